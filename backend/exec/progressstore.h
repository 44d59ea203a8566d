// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace pgpilot {

// Which step finished on which node, persisted per cluster after every change, so a pgpilot
// killed mid-phase shows on restart what was done and resumes from there.
class ProgressStore
{
public:
    explicit ProgressStore(QString path);
    static QString defaultPath(const QString& cluster); // <user data dir>/progress/<cluster>.json

    QString path() const { return m_path; }
    bool load(QString* error = nullptr);
    bool isDone(const QString& stepId, const QString& node) const;
    QDateTime doneAt(const QString& stepId, const QString& node) const;
    bool markDone(const QString& stepId, const QString& node);
    // Forgets the steps whose id starts with prefix (e.g. "p3." to run phase 3 again from scratch).
    bool forget(const QString& stepIdPrefix);

private:
    bool save();

    QString m_path;
    QHash<QString, QDateTime> m_done; // "stepId|node" -> when
};

} // namespace pgpilot
