// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodeevents.h"

#include "core/shell.h"
#include "remote/remotehost.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace pgpilot {

namespace {
constexpr qint64 kReadCapBytes = 1024 * 1024; // per file and read; the script rotates at 256 KiB
const QByteArray kOldMarker = "pgpilot-events old\n";
const QByteArray kCurrentMarker = "\npgpilot-events current ";

// Complete lines of data parsed into records; returns how many bytes they took.
qint64 parseLines(const QByteArray& data, NodeEventRead* read)
{
    qint64 pos = 0;
    while (true) {
        const qint64 end = data.indexOf('\n', pos);
        if (end < 0)
            break;
        const QByteArray line = data.mid(pos, end - pos).trimmed();
        pos = end + 1;
        if (line.isEmpty())
            continue;
        if (const auto record = parseNodeEventLine(line))
            read->records.append(*record);
        else
            ++read->skippedLines;
    }
    return pos;
}
} // namespace

std::optional<NodeEventRecord> parseNodeEventLine(const QByteArray& line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const QJsonValue id = o.value(QLatin1String("node_id"));
    const QJsonValue event = o.value(QLatin1String("event"));
    const QJsonValue ok = o.value(QLatin1String("successful"));
    const QJsonValue time = o.value(QLatin1String("time"));
    if (!id.isDouble() || !event.isString() || !ok.isBool() || !time.isString())
        return std::nullopt;
    const double n = id.toDouble();
    static const QRegularExpression name(QStringLiteral("^[a-z_]{1,64}$"));
    if (n < 1 || n > 2147483647.0 || n != double(qint64(n)) || !name.match(event.toString()).hasMatch())
        return std::nullopt;
    NodeEventRecord r;
    r.nodeId = int(n);
    r.event = event.toString();
    r.successful = ok.toBool();
    r.time = QDateTime::fromString(time.toString(), Qt::ISODateWithMs);
    if (!r.time.isValid())
        return std::nullopt;
    r.time = r.time.toUTC();
    return r;
}

QString repmgrEventKey(int nodeId, const QString& event, const QDateTime& time)
{
    return QStringLiteral("%1/%2/%3").arg(nodeId).arg(event).arg(time.toSecsSinceEpoch());
}

QString nodeEventsCommand(const QString& path, const NodeEventCursor& cursor)
{
    // The current file's inode and size first, then: the rest of path.1 when the file known so
    // far has been rotated to it (or all of path.1 on a first read), and the new part of path.
    // The size read first bounds what is read of path: a line appended meanwhile waits for the
    // next read.
    const QString known = QString::number(cursor.inode);
    const QString offset = QString::number(cursor.offset);
    return QStringLiteral(
        "f=%1; c=$(stat -c '%i %s' -- \"$f\" 2>/dev/null) || c='0 0'; i=${c%% *}; s=${c#* }; "
        "o=$(stat -c %i -- \"$f.1\" 2>/dev/null) || o=0; same=no; "
        "[ \"$i\" = %2 ] && [ \"$s\" -ge %3 ] && same=yes; echo 'pgpilot-events old'; "
        "if [ $same = no ]; then if [ \"$o\" = %2 ]; then tail -c +$((%3 + 1)) -- \"$f.1\" | head -c %4; "
        "elif [ \"$o\" != 0 ]; then head -c %4 -- \"$f.1\"; fi; fi; "
        "echo; echo \"pgpilot-events current $i $s $same\"; "
        "if [ $same = yes ]; then n=$((s - %3)); from=$((%3 + 1)); else n=$s; from=1; fi; "
        "[ \"$n\" -gt %4 ] && n=%4; "
        "if [ \"$i\" != 0 ] && [ \"$n\" -gt 0 ]; then tail -c +$from -- \"$f\" | head -c \"$n\"; fi; exit 0")
        .arg(shellQuote(path), known, offset, QString::number(kReadCapBytes));
}

NodeEventRead parseNodeEventsOutput(const QByteArray& output, const NodeEventCursor& before)
{
    NodeEventRead read;
    read.cursor = before;
    const qint64 old = output.indexOf(kOldMarker);
    const qint64 current = output.indexOf(kCurrentMarker, old < 0 ? 0 : old);
    if (old < 0 || current < 0)
        return read; // not our command's answer: nothing read, the cursor stays
    const qint64 headerStart = current + kCurrentMarker.size();
    const qint64 headerEnd = output.indexOf('\n', headerStart);
    if (headerEnd < 0)
        return read;
    const QList<QByteArray> header = output.mid(headerStart, headerEnd - headerStart).split(' ');
    bool inodeOk = false;
    const quint64 inode = header.value(0).toULongLong(&inodeOk);
    if (header.size() != 3 || !inodeOk)
        return read;
    const bool same = header.at(2) == "yes";
    const qint64 oldStart = old + kOldMarker.size();
    parseLines(output.mid(oldStart, current - oldStart) + '\n', &read);
    const qint64 consumed = parseLines(output.mid(headerEnd + 1), &read);
    read.hasFile = inode != 0;
    read.cursor.inode = inode;
    read.cursor.offset = inode == 0 ? 0 : (same ? before.offset : 0) + consumed;
    return read;
}

SshNodeEventProbe::SshNodeEventProbe(
    const QString& path, const QList<Source>& sources, int timeoutMs, QObject* parent)
    : NodeEventProbe(parent)
    , m_path(path)
    , m_timeoutMs(timeoutMs)
{
    for (const Source& source : sources) {
        RemoteHost* host = source.host;
        const int index = int(m_nodes.size());
        m_nodes.append(
            {host, host->nodeName(), source.runAs.isEmpty() ? QStringLiteral("root") : source.runAs, {}, 0});
        connect(host, &RemoteHost::finished, this, [this, index](quint64 jobId, const RunResult& r) {
            Node& node = m_nodes[index];
            if (node.job == 0 || node.job != jobId)
                return; // not ours: the host serves other jobs too
            node.job = 0;
            if (!r.ok()) {
                Q_EMIT result(
                    node.name, {}, r.error.isEmpty() ? QString::fromUtf8(r.stdErr).trimmed() : r.error);
                return;
            }
            const NodeEventRead read = parseNodeEventsOutput(r.stdOut, node.cursor);
            node.cursor = read.cursor;
            Q_EMIT result(node.name, read.records, {});
        });
    }
}

void SshNodeEventProbe::read()
{
    for (Node& node : m_nodes) {
        if (!node.host || node.job != 0)
            continue; // gone, or still waiting for the previous answer
        RunRequest request;
        request.command = nodeEventsCommand(m_path, node.cursor);
        request.runAs = node.runAs;
        request.timeoutMs = m_timeoutMs;
        node.job = node.host->run(request);
    }
}

} // namespace pgpilot
