// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <optional>

namespace pgpilot {

class RemoteHost;

// One line of a node's repmgr event file (resources/templates/pgpilot_health/events.py): what
// repmgr's event_notification_command recorded there, also while no database answered.
struct NodeEventRecord
{
    int nodeId = 0;
    QString event;
    bool successful = true;
    QDateTime time; // UTC, milliseconds

    bool operator==(const NodeEventRecord&) const = default;
};

// {"event":"...","node_id":2,"successful":true,"time":"2026-12-05T05:40:12.123Z"}; anything else
// (not JSON, a field missing or of another type, an event name that is not repmgr's) is nothing.
std::optional<NodeEventRecord> parseNodeEventLine(const QByteArray& line);

// The same repmgr event wherever it was read (repmgr.events over SQL, a node's file): node id,
// event name and its time to the second (repmgr gives the file the row's own timestamp).
QString repmgrEventKey(int nodeId, const QString& event, const QDateTime& time);

// Where the reading of one node's file stands: the current file's inode and how many of its bytes
// were read (complete lines only), so the next read asks only for what was appended since.
struct NodeEventCursor
{
    quint64 inode = 0; // 0: nothing read yet (the next read takes both files whole)
    qint64 offset = 0;
};

// What one read gave: the records (oldest first), the cursor for the next read, whether the node
// has the file at all (an adopted cluster whose repmgr.conf is not pgpilot's has none) and how
// many lines were not records (skipped, counted).
struct NodeEventRead
{
    QList<NodeEventRecord> records;
    NodeEventCursor cursor;
    bool hasFile = false;
    int skippedLines = 0;
};

// The shell command that prints the new part of path (and of path.1, when the file was rotated
// since cursor) for /bin/sh on the node, and its output parsed. Bounded: the script rotates at
// 256 KiB, so a first read is at most two such files.
QString nodeEventsCommand(const QString& path, const NodeEventCursor& cursor);
NodeEventRead parseNodeEventsOutput(const QByteArray& output, const NodeEventCursor& before);

// Reads the nodes' repmgr event files. An interface so that tests can stand in for SSH. read()
// returns at once; one result() per node follows (a node whose previous read still runs is
// skipped).
class NodeEventProbe : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~NodeEventProbe() override = default;

    virtual void read() = 0;

Q_SIGNALS:
    // error: the read failed (no SSH, timeout); records then is empty and the cursor unchanged.
    void result(const QString& node, const QList<pgpilot::NodeEventRecord>& records, const QString& error);
};

// nodeEventsCommand over each node's RemoteHost (not owned, as for SshVipProbe), as runAs (the SSH
// login itself: the file is world-readable, no sudo needed).
class SshNodeEventProbe : public NodeEventProbe
{
    Q_OBJECT
public:
    struct Source
    {
        RemoteHost* host = nullptr;
        QString runAs;
    };
    SshNodeEventProbe(
        const QString& path, const QList<Source>& sources, int timeoutMs = 10000, QObject* parent = nullptr);

    void read() override;

private:
    struct Node
    {
        QPointer<RemoteHost> host;
        QString name;
        QString runAs;
        NodeEventCursor cursor;
        quint64 job = 0; // in flight; 0: none
    };
    QString m_path;
    int m_timeoutMs;
    QList<Node> m_nodes;
};

} // namespace pgpilot

Q_DECLARE_METATYPE(pgpilot::NodeEventRecord)
