// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to backend/cluster (callers use specvalidator.h): the worksheet's checks by topic.
//   specvalidator.cpp   identity, platform, install, network, nodes and their SSH logins, ports,
//                       replication, archiving, application; validate() runs them all
//   specbackup.cpp      the backup section (pgBackRest repository) and the adopted section
//   specsettings.cpp    the settings section (PostgreSQL parameters, HAProxy/Keepalived timings)
// Every message is under the "pgpilot::SpecValidator" context.

#include "specvalidator.h"

namespace pgpilot::speccheck {

QString tr(const char* text);
// The value as a message shows it: quoted, shortened, invisible characters escaped.
QString quoted(const QString& text);
// rule, preceded by what makes text malformed when something stands out (describeBadCharacters).
QString withReason(const QString& text, const QString& rule);

// One SSH login (a node's, or the backup repository host's); its fields under prefix ("nodes[1].ssh.").
void checkSsh(const NodeSpec& node, const QString& prefix, const QString& label, ValidationIssues& issues);
void checkBackup(const ClusterSpec& spec, ValidationIssues& issues);
void checkAdopted(const ClusterSpec& spec, ValidationIssues& issues);
void checkSettings(const ClusterSpec& spec, ValidationIssues& issues);

} // namespace pgpilot::speccheck
