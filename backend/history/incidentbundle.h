// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historystore.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace pgpilot {

class SecretMasker;

// An incident of one cluster as one file to attach to a post-mortem (docs/history.md): an
// uncompressed POSIX ustar archive with, under pgpilot-incident-<cluster>-<from>/,
//   manifest.json   cluster, window, pgpilot version, counts, size and sha256 of each member
//   summary.txt     the timeline for a person: roles, VIP moves, alarms raised and cleared, gaps
//   frames.jsonl    the stored frames of the window (historystore.h's lines)
//   events.jsonl    the stored events of the window
//   events.csv      the same events as the dashboard exports them (EventLog::toCsv)
//   audit.jsonl     the audit log's entries of this cluster in the window (audit.log and its
//                   rotated files)
// Every text is masked on its way in (maskSecretText: the masker's secrets, password=/secret=/
// token= values, URL user information and queries).
struct IncidentBundleOptions
{
    QString cluster;
    QDateTime from;
    QDateTime to;
    HistoryOptions history;
    QString auditLogPath; // audit.log; its rotations (.1 ... .N) are read too. Empty: AuditLog::defaultPath()
    const SecretMasker* masker = nullptr; // not owned
    QString pgpilotVersion; // empty: QCoreApplication::applicationVersion()
};

struct IncidentBundleResult
{
    QString error; // empty: made
    int frames = 0;
    int events = 0;
    int auditEntries = 0;
    int skipped = 0; // lines of the history or the audit log that were not valid
    QByteArray manifest;
};

// The window around the last incident that began at or before `before` (invalid: now): from
// margin before it began to margin after it ended (or `before`, when it has not ended). Nothing
// when the history has no incident.
std::optional<std::pair<QDateTime, QDateTime>> lastIncidentWindow(
    const HistoryReader& reader, const QDateTime& before, int marginSeconds = 300);

// The bundle's bytes (the tar archive).
QByteArray makeIncidentBundle(const IncidentBundleOptions& options, IncidentBundleResult* result);
// Writes it to path, created new with mode 0600: an existing file is never replaced.
bool writeIncidentBundle(
    const QString& path, const IncidentBundleOptions& options, IncidentBundleResult* result);

// A ustar archive: a directory entry for every directory named, then each file (mode 0600; the
// directories 0700), then the two empty blocks that end it. Names up to 100 bytes.
struct TarMember
{
    QString name;
    QByteArray data;
};
QByteArray ustarArchive(const QList<TarMember>& members, const QDateTime& mtime);

} // namespace pgpilot
