#pragma once

#include "snapshot.h"

#include <QByteArray>

namespace pgpilot {

// HAProxy's CSV statistics ("/stats;csv"): one HaproxyBackend per proxy that has server lines,
// whatever the proxies are called. Columns are found by the header line, not by position, so
// HAProxy versions that add columns parse the same. Returns false (and sets error) when the text
// is not HAProxy CSV.
bool parseHaproxyCsv(const QByteArray& csv, QList<HaproxyBackend>* backends, QString* error);

// The health service's JSON body (role, timeline, lag_bytes, wal_receiver, error) into status.
// HTTP fields (reachable, httpStatus) are the caller's. False when the body is not a JSON object.
bool parseHealthBody(const QByteArray& body, HealthStatus* status);

} // namespace pgpilot
