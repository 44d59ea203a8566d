// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "configfiles.h"

#include <QHash>
#include <QString>

namespace pgpilot {

// The worksheet's settings section in the files the runbook writes (configfiles.h): the DBA's
// PostgreSQL parameters in a file of their own, the HAProxy and Keepalived timings in their files.

// HAProxy's time syntax for a duration in milliseconds: 30m, 5s, 500ms.
QString haproxyTime(int ms);
// Keepalived's seconds with up to two decimals for a duration in milliseconds: 0.2, 1, 1.5.
QString keepalivedSeconds(int ms);

// The values the haproxy.cfg template takes for the timings: timeout_connect, timeout_client,
// timeout_server, timeout_check, check_timings ("inter 1s fastinter 1s downinter 500ms fall 3
// rise 1") and check_comment. The defaults render the file pgpilot wrote before the section.
QHash<QString, QString> haproxyTimingValues(const ClusterSpec& spec);
// The same for keepalived.conf: advert_int, check_interval, check_timeout, check_fall, check_rise,
// advert_comment and check_comment.
QHash<QString, QString> keepalivedTimingValues(const ClusterSpec& spec);

namespace render {
// conf.d/pgpilot-settings.conf (postgres, 0644): settings.postgresql, one "name = 'value'" line
// each, sorted; a file with only its header when the worksheet sets none, so that parameters
// removed from the worksheet leave the node too.
RenderedFile postgresSettings(const ClusterSpec& spec, const NodeSpec& node);
} // namespace render

} // namespace pgpilot
