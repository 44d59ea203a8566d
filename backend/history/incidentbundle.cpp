// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentbundle.h"

#include "audit/auditlog.h"
#include "historyframe.h"
#include "monitor/eventlog.h"
#include "secretmask.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace pgpilot {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("pgpilot::IncidentBundle", text);
}

QString iso(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

// "pg1 primary+vip, pg2 standby, pg3 down; writes -> pg1; reads -> pg2,pg3"
QString rolesLine(const ClusterSnapshot& s)
{
    QStringList nodes;
    for (const NodeSnapshot& n : s.nodes)
        nodes << n.name + QLatin1Char(' ') + toId(n.state)
                + (n.vip.known && n.vip.holds ? QStringLiteral("+vip") : QString());
    return nodes.join(QStringLiteral(", "))
        + QStringLiteral("; writes -> %1; reads -> %2")
              .arg(s.writeTarget.isEmpty() ? QStringLiteral("-") : s.writeTarget,
                  s.readTargets.isEmpty() ? QStringLiteral("-") : s.readTargets.join(QLatin1Char(',')));
}

// Octal, zero-padded, NUL-terminated into a ustar field of `width` bytes.
void octal(char* field, int width, qint64 value)
{
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}

QByteArray tarHeader(const QByteArray& name, qint64 size, char type, int mode, qint64 mtime)
{
    QByteArray header(512, '\0');
    char* h = header.data();
    std::memcpy(h, name.constData(), size_t(qMin<qsizetype>(name.size(), 100)));
    octal(h + 100, 8, mode);
    octal(h + 108, 8, 0); // uid
    octal(h + 116, 8, 0); // gid
    octal(h + 124, 12, size);
    octal(h + 136, 12, mtime);
    std::memset(h + 148, ' ', 8); // the checksum counts itself as spaces
    h[156] = type;
    std::memcpy(h + 257, "ustar", 6); // magic with its NUL
    std::memcpy(h + 263, "00", 2);
    std::memcpy(h + 265, "pgpilot", 7); // uname
    std::memcpy(h + 297, "pgpilot", 7); // gname
    octal(h + 329, 8, 0);
    octal(h + 337, 8, 0);
    unsigned sum = 0;
    for (char c : header)
        sum += static_cast<unsigned char>(c);
    const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(h + 148, checksum.constData(), 6);
    h[154] = '\0';
    h[155] = ' ';
    return header;
}

QByteArray jsonLine(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// The audit log's entries of one cluster in [from, to], oldest file first, masked.
QByteArray auditExcerpt(const QString& path, const QString& cluster, const QDateTime& from,
    const QDateTime& to, const SecretMasker* masker, int* count, int* skipped)
{
    QByteArray out;
    QStringList files;
    for (int i = 99; i >= 1; --i) {
        const QString rotated = QStringLiteral("%1.%2").arg(path).arg(i);
        if (QFile::exists(rotated))
            files << rotated;
    }
    files << path;
    for (const QString& name : files) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // The audit log rotates at 10 MiB: a file is read whole.
        for (QByteArray line : file.readAll().split('\n')) {
            line = line.trimmed();
            if (line.isEmpty())
                continue;
            const QJsonDocument document = QJsonDocument::fromJson(line);
            const QJsonObject o = document.object();
            const QDateTime time
                = QDateTime::fromString(o.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
            if (!document.isObject() || !time.isValid()) {
                ++*skipped;
                continue;
            }
            if (o.value(QLatin1String("cluster")).toString() != cluster || time < from || time > to)
                continue;
            out += jsonLine(maskSecretJson(o, masker).toObject());
            ++*count;
        }
    }
    return out;
}

QString summaryText(const IncidentBundleOptions& options, const HistorySpan& span,
    const QList<HistoryIncident>& incidents, const QList<ClusterEvent>& events)
{
    QString text = tr("pgpilot incident bundle: cluster %1, %2 to %3 (UTC)\n")
                       .arg(options.cluster, iso(options.from), iso(options.to));
    if (const StoredFrame* first = span.frameAt(options.from); first && !span.frames.isEmpty())
        text += tr("At the start (%1): %2\n").arg(iso(first->time), rolesLine(first->snapshot));
    else if (!span.frames.isEmpty())
        text += tr("First frame (%1): %2\n")
                    .arg(iso(span.frames.first().time), rolesLine(span.frames.first().snapshot));
    else
        text += tr("No frame was recorded in this window.\n");
    text += tr("\nIncidents:\n");
    if (incidents.isEmpty())
        text += tr("  none\n");
    for (const HistoryIncident& incident : incidents)
        text += QStringLiteral("  %1 .. %2  %3  %4\n")
                    .arg(iso(incident.from), incident.to.isValid() ? iso(incident.to) : tr("still open"),
                        toId(incident.worst), incident.alarms.join(QStringLiteral("; ")));
    text += tr("\nTimeline:\n");
    // Events and gaps in time order.
    QList<std::pair<QDateTime, QString>> lines;
    for (const ClusterEvent& e : events)
        lines.append({e.time,
            QStringLiteral("  %1 %2 %3 %4\n")
                .arg(iso(e.time), toId(e.kind).leftJustified(13),
                    (e.node.isEmpty() ? QStringLiteral("-") : e.node).leftJustified(8), e.text)});
    for (const HistoryGap& gap : span.gaps)
        lines.append({gap.from,
            QStringLiteral("  %1 %2\n")
                .arg(iso(gap.from),
                    tr("nothing recorded until %1 (pgpilot was not running, or its monitor stalled)")
                        .arg(gap.to.isValid() ? iso(gap.to) : tr("now")))});
    std::stable_sort(
        lines.begin(), lines.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    if (lines.isEmpty())
        text += tr("  no event\n");
    for (const auto& line : lines)
        text += line.second;
    if (!span.frames.isEmpty()) {
        const ClusterSnapshot& last = span.frames.last().snapshot;
        text += tr("\nAt the end (%1): %2\n").arg(iso(span.frames.last().time), rolesLine(last));
        for (const Alarm& alarm : last.alarms)
            text += QStringLiteral("  %1: %2\n").arg(toId(alarm.severity).toUpper(), alarm.title);
    }
    return maskSecretText(text, options.masker);
}

} // namespace

std::optional<std::pair<QDateTime, QDateTime>> lastIncidentWindow(
    const HistoryReader& reader, const QDateTime& before, int marginSeconds)
{
    const QList<HistoryIncident> incidents = reader.incidents(QDateTime(), before);
    if (incidents.isEmpty())
        return std::nullopt;
    const HistoryIncident& last = incidents.last();
    const QDateTime end
        = last.to.isValid() ? last.to : (before.isValid() ? before : QDateTime::currentDateTimeUtc());
    return std::pair {last.from.addSecs(-marginSeconds), end.addSecs(marginSeconds)};
}

QByteArray ustarArchive(const QList<TarMember>& members, const QDateTime& mtime)
{
    const qint64 seconds = qMax<qint64>(0, mtime.toSecsSinceEpoch());
    QByteArray tar;
    QStringList directories;
    for (const TarMember& member : members) {
        const qsizetype slash = member.name.lastIndexOf(QLatin1Char('/'));
        const QString directory = slash > 0 ? member.name.left(slash + 1) : QString();
        if (!directory.isEmpty() && !directories.contains(directory)) {
            directories << directory;
            tar += tarHeader(directory.toUtf8(), 0, '5', 0700, seconds);
        }
        tar += tarHeader(member.name.toUtf8(), member.data.size(), '0', 0600, seconds);
        tar += member.data;
        tar += QByteArray((512 - member.data.size() % 512) % 512, '\0');
    }
    tar += QByteArray(1024, '\0');
    return tar;
}

QByteArray makeIncidentBundle(const IncidentBundleOptions& options, IncidentBundleResult* result)
{
    *result = {};
    const HistoryReader reader(options.cluster, options.history);
    if (!reader.problem().isEmpty()) {
        result->error = reader.problem();
        return {};
    }
    if (!options.from.isValid() || !options.to.isValid() || options.from > options.to) {
        result->error = tr("The bundle needs a window: a start before its end.");
        return {};
    }
    // The frame before the window too, so that its summary starts with the cluster as it was.
    const HistoryReader::At before = reader.frameAt(options.from);
    HistorySpan span = reader.read(options.from, options.to);
    if (before.frame && (span.frames.isEmpty() || span.frames.first().time > options.from))
        span.frames.prepend(*before.frame);
    result->skipped = span.skipped;

    QByteArray frames;
    for (const StoredFrame& frame : span.frames) {
        const QJsonValue masked = maskSecretJson(frameFromSnapshot(frame.snapshot), options.masker);
        frames += historyLine(frame.time, "frame", QJsonObject {{QStringLiteral("frame"), masked}}) + '\n';
    }
    QList<ClusterEvent> events = span.events;
    QByteArray eventLines;
    for (ClusterEvent& event : events) {
        event.node = maskSecretText(event.node, options.masker);
        event.text = maskSecretText(event.text, options.masker);
        eventLines += historyEventLine(event) + '\n';
    }
    result->frames = int(span.frames.size());
    result->events = int(events.size());
    const QByteArray audit = auditExcerpt(
        options.auditLogPath.isEmpty() ? AuditLog::defaultPath() : options.auditLogPath, options.cluster,
        options.from, options.to, options.masker, &result->auditEntries, &result->skipped);
    const QList<HistoryIncident> incidents = reader.incidents(options.from, options.to);
    const QString prefix
        = QStringLiteral("pgpilot-incident-%1-%2/")
              .arg(options.cluster, options.from.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    QList<TarMember> members {
        {prefix + QStringLiteral("summary.txt"), summaryText(options, span, incidents, events).toUtf8()},
        {prefix + QStringLiteral("frames.jsonl"), frames},
        {prefix + QStringLiteral("events.jsonl"), eventLines},
        {prefix + QStringLiteral("events.csv"), EventLog::toCsv(events)},
        {prefix + QStringLiteral("audit.jsonl"), audit},
    };
    QJsonArray list;
    for (const TarMember& member : members)
        list.append(QJsonObject {{QStringLiteral("name"), member.name.mid(prefix.size())},
            {QStringLiteral("size"), double(member.data.size())},
            {QStringLiteral("sha256"),
                QString::fromLatin1(
                    QCryptographicHash::hash(member.data, QCryptographicHash::Sha256).toHex())}});
    const QDateTime created = options.history.now();
    const QJsonObject manifest {{QStringLiteral("format"), QStringLiteral("pgpilot-incident")},
        {QStringLiteral("version"), 1}, {QStringLiteral("cluster"), options.cluster},
        {QStringLiteral("from"), options.from.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("to"), options.to.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("created"), created.toString(Qt::ISODateWithMs)},
        {QStringLiteral("pgpilotVersion"),
            options.pgpilotVersion.isEmpty() ? QCoreApplication::applicationVersion()
                                             : options.pgpilotVersion},
        {QStringLiteral("counts"),
            QJsonObject {{QStringLiteral("frames"), result->frames},
                {QStringLiteral("events"), result->events},
                {QStringLiteral("incidents"), int(incidents.size())},
                {QStringLiteral("gaps"), int(span.gaps.size())},
                {QStringLiteral("auditEntries"), result->auditEntries},
                {QStringLiteral("skippedLines"), result->skipped}}},
        {QStringLiteral("masked"),
            QStringLiteral("known secrets, password/secret/token values, URL user information and queries")},
        {QStringLiteral("members"), list}};
    result->manifest = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    members.prepend({prefix + QStringLiteral("manifest.json"), result->manifest});
    return ustarArchive(members, created);
}

bool writeIncidentBundle(
    const QString& path, const IncidentBundleOptions& options, IncidentBundleResult* result)
{
    const QByteArray tar = makeIncidentBundle(options, result);
    if (!result->error.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(
            QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        result->error = file.exists()
            ? tr("%1 exists: the bundle never replaces a file; name another one.").arg(path)
            : tr("Cannot create %1: %2.").arg(path, file.errorString());
        return false;
    }
    if (file.write(tar) != tar.size() || !file.flush()) {
        result->error = tr("Cannot write %1: %2.").arg(path, file.errorString());
        file.close();
        file.remove();
        return false;
    }
    return true;
}

} // namespace pgpilot
