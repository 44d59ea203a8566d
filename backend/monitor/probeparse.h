// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace pgpilot {

// HAProxy's CSV statistics ("/stats;csv"): one HaproxyBackend per proxy that has server lines,
// whatever the proxies are called. Columns are found by the header line, not by position, so
// HAProxy versions that add columns parse the same. Returns false (and sets error) when the text
// is not HAProxy CSV.
bool parseHaproxyCsv(const QByteArray& csv, QList<HaproxyBackend>* backends, QString* error);

// The health service's JSON body (role, timeline, lag_bytes, wal_receiver, error) into status.
// HTTP fields (reachable, httpStatus) are the caller's. False when the body is not a JSON object.
bool parseHealthBody(const QByteArray& body, HealthStatus* status);

// A health service that answers only the role with its HTTP status (the guide's pgchk.py): the
// answer to the primary path, and to the replica path when the first was not 200 (nullopt when
// it was not asked). 200 on the first is "primary", 200 on the second "replica"; no answer is
// unreachable; two refusals give no role, with the last body's first line (e.g. "PostgreSQL
// Unreachable") as bodyError. Latencies add up.
HealthStatus roleOnlyHealth(
    const HealthStatus& primary, const std::optional<HealthStatus>& replica, const QByteArray& lastBody);

// One value of a libpq result as text; nullopt for SQL NULL.
using SqlField = std::optional<QByteArray>;
// The same without a copy: a view of the text libpq holds (PQgetvalue, PQgetlength).
using SqlFieldView = std::optional<QByteArrayView>;

// A number column ("12345", "1.5e3", "NaN"): nullopt for NULL, text that is no number, and values
// outside qint64 (converting those to an integer would be undefined behaviour). The integer is
// the real number truncated, so digits beyond a double's precision round as a double does.
std::optional<qint64> parseSqlInteger(const SqlField& field);
std::optional<double> parseSqlReal(const SqlField& field); // finite values only
// The same on the text of a value that is not NULL, read in place: the poll reads thousands a
// second. What PostgreSQL prints ([-]digits[.digits][e[+-]digits]) is converted directly; any
// other text (whitespace, "+", NaN, Infinity, non-ASCII) goes through QString::toDouble, so
// every text gives exactly what the QString conversion gave.
std::optional<qint64> parseSqlIntegerText(QByteArrayView text);
std::optional<double> parseSqlRealText(QByteArrayView text);
// A pg_lsn column ("16/B374D848"), as parseLsn() reads it.
std::optional<quint64> parseSqlLsnText(QByteArrayView text);

// One row of the monitor's pg_stat_replication query, columns in its order: application_name,
// client_addr, state, sync_state, sent/write/flush/replay LSN, the four lags in bytes, then
// write/flush/replay lag in seconds. Missing columns read as NULL.
ReplicationPeer parseReplicationRow(const QList<SqlField>& row);
ReplicationPeer parseReplicationRow(const SqlFieldView* columns, qsizetype count);

// synchronous_standby_names by PostgreSQL's own grammar (syncrep_gram.y): '' is asynchronous;
// "ANY k (names)" a quorum; "FIRST k (names)", "k (names)" and a plain list (k = 1) priority.
// Names are identifiers, numbers, "*" or double-quoted ("" inside quotes is one quote); ANY and
// FIRST are case-insensitive keywords. Text PostgreSQL would refuse (k = 0, stray characters,
// no names) gives SyncMode::Unknown.
SyncSetting parseSyncStandbyNames(const QString& text);

} // namespace pgpilot
