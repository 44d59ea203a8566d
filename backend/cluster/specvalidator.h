// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clusterspec.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace pgpilot {

struct ValidationIssue
{
    // Path of the field the problem belongs to, e.g. "network.vip" or "nodes[1].address".
    QString field;
    QString message;

    bool operator==(const ValidationIssue&) const = default;
};

using ValidationIssues = QList<ValidationIssue>;

// Checks a whole worksheet and returns every problem at once. Anything that later reaches a
// shell on a node is held to its exact expected form here, so the runbook may rely on it.
ValidationIssues validate(const ClusterSpec& spec);

// Individual rules, shared with the worksheet's inline checks.
namespace rules {
inline constexpr qsizetype kMaxPathLength = 1024; // key files, known_hosts, archive directory
inline constexpr qsizetype kMaxUrlLength = 2048; // mirror address
inline constexpr qsizetype kMaxPlainLength = 255; // longer values are reported with their length
bool isHostName(const QString& text); // RFC 1123
bool isInterfaceName(const QString& text); // what Linux accepts, restricted to shell-safe characters
bool isUnixUserName(const QString& text);
bool isSqlIdentifier(const QString& text); // unquoted, lower case
bool isSafeAbsolutePath(const QString& text);
bool isSecretRef(const QString& text);
bool isSha256Fingerprint(const QString& text);
bool isSizeSetting(const QString& text); // e.g. 10GB
// network.monitorSources: the first entry that is not an IPv4/IPv6 address or CIDR network (they
// reach the health unit's command line), a null string when all are.
QString badMonitorSource(const QStringList& entries);
// Describes what makes text unsafe or malformed ("contains ';'"), empty when nothing stands out.
// Line breaks, shell characters, invisible (control, zero-width, bidirectional) and non-ASCII
// characters (look-alikes such as Cyrillic 'а' or fullwidth digits) with their code point and
// position, and values longer than kMaxPlainLength.
QString describeBadCharacters(const QString& text);
// A regular expression that matches all of text ('$' alone also matches before a final "\n").
bool matchesWhole(const QRegularExpression& pattern, const QString& text);
// The same for a pattern given as text (compiled once per thread and pattern).
bool matchesPattern(const QString& text, const QString& pattern);
// text for a message: at most maxLength characters, with "\n", "\t", "\r" and
// "<U+200B>"-style escapes for invisible characters.
QString printable(const QString& text, qsizetype maxLength);
} // namespace rules

// The settings section's rules (specsettings.cpp), shared with the worksheet's table and the
// settings against the server (settings/pgparameters.h).
namespace settingsrules {
inline constexpr qsizetype kMaxNameLength = 63; // PostgreSQL's NAMEDATALEN - 1
inline constexpr qsizetype kMaxValueLength = 1024;
inline constexpr qsizetype kMaxParameters = 200;
// A lower-case name: work_mem, or a module's auto_explain.log_min_duration.
bool isParameterName(const QString& name);
// A parameter pgpilot sets itself (conf.d/pgpilot.conf, repmgr, TLS, Debian's layout): the
// worksheet key or part of pgpilot that owns it, empty when the DBA may set it.
QString ownedParameterOwner(const QString& name);
// The message that refuses it, naming who owns it; empty when the DBA may set it.
QString ownedParameterMessage(const QString& name);
// Why value cannot be written between single quotes in a configuration file (empty: it can): one
// line of printable ASCII without quotes, backslashes or '{{' (placeholders), not empty (spaces
// are kept: log_line_prefix ends with one).
QString valueProblem(const QString& value);
} // namespace settingsrules

} // namespace pgpilot
