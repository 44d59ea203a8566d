// SPDX-License-Identifier: GPL-3.0-or-later
#include "probeparse.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace pgpilot {

namespace {

std::optional<qint64> toInt64(double value)
{
    // 2^63 is exactly representable; NaN, infinities and anything at or beyond +-2^63 do not fit.
    constexpr double kLimit = 9223372036854775808.0;
    if (!std::isfinite(value) || value >= kLimit || value < -kLimit)
        return std::nullopt;
    return qint64(value);
}

} // namespace

bool parseHaproxyCsv(const QByteArray& csv, QList<HaproxyBackend>* backends, QString* error)
{
    backends->clear();
    const QList<QByteArray> lines = csv.split('\n');
    if (lines.isEmpty() || !lines.first().startsWith("# ")) {
        if (error)
            *error = QCoreApplication::translate("pgpilot::Monitor", "not HAProxy CSV statistics");
        return false;
    }
    QHash<QByteArray, int> column;
    const QList<QByteArray> header = lines.first().mid(2).trimmed().split(',');
    for (int i = 0; i < header.size(); ++i)
        column.insert(header.at(i).trimmed(), i);
    const int px = column.value("pxname", -1);
    const int sv = column.value("svname", -1);
    const int status = column.value("status", -1);
    const int scur = column.value("scur", -1);
    const int stot = column.value("stot", -1);
    const int type = column.value("type", -1);
    if (px < 0 || sv < 0 || status < 0) {
        if (error)
            *error
                = QCoreApplication::translate("pgpilot::Monitor", "HAProxy CSV without pxname/svname/status");
        return false;
    }
    QList<HaproxyBackend> all;
    auto backendFor = [&all](const QString& name) -> HaproxyBackend& {
        for (auto& b : all) {
            if (b.name == name)
                return b;
        }
        all.append(HaproxyBackend {name, {}, {}});
        return all.last();
    };
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> f = line.split(',');
        auto field = [&f](int index) {
            return index >= 0 && index < f.size() ? QString::fromUtf8(f.at(index)) : QString();
        };
        const QString proxy = field(px);
        const QString server = field(sv);
        const QString kind = field(type);
        if (server == QLatin1String("FRONTEND") || kind == QLatin1String("0") || kind == QLatin1String("3"))
            continue;
        if (server == QLatin1String("BACKEND") || kind == QLatin1String("1")) {
            backendFor(proxy).status = field(status);
            continue;
        }
        HaproxyServer s;
        s.name = server;
        s.status = field(status);
        s.currentSessions = field(scur).toInt();
        s.totalSessions = field(stot).toLongLong();
        backendFor(proxy).servers.append(s);
    }
    // Proxies without servers (the stats listener, frontends) route nothing.
    for (const auto& b : all) {
        if (!b.servers.isEmpty())
            backends->append(b);
    }
    return true;
}

bool parseHealthBody(const QByteArray& body, HealthStatus* status)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    status->role = o.value(QLatin1String("role")).toString();
    const QJsonValue tli = o.value(QLatin1String("timeline"));
    if (tli.isDouble())
        status->timeline = tli.toInt();
    const QJsonValue lag = o.value(QLatin1String("lag_bytes"));
    if (lag.isDouble()) {
        // A number outside qint64 (1e300) would make the conversion undefined: treat it as absent.
        if (auto bytes = toInt64(lag.toDouble()))
            status->lagBytes = *bytes;
    }
    status->walReceiver = o.value(QLatin1String("wal_receiver")).toString();
    status->bodyError = o.value(QLatin1String("error")).toString();
    status->fenced = o.value(QLatin1String("fenced")).toBool(false);
    return true;
}

HealthStatus roleOnlyHealth(
    const HealthStatus& primary, const std::optional<HealthStatus>& replica, const QByteArray& lastBody)
{
    if (!primary.reachable)
        return primary;
    HealthStatus h = replica ? *replica : primary;
    h.latencyMs = primary.latencyMs + (replica ? replica->latencyMs : 0);
    if (!h.reachable)
        return h;
    if (!replica && primary.httpStatus == 200) {
        h.role = QStringLiteral("primary");
        return h;
    }
    if (replica && replica->httpStatus == 200) {
        h.role = QStringLiteral("replica");
        return h;
    }
    // Neither: the service could not ask PostgreSQL, or the node is neither. Its own words, on
    // one short line of printable text (whatever answers on the port chooses them).
    QString reason = QString::fromUtf8(lastBody.left(512)).section(QLatin1Char('\n'), 0, 0).trimmed();
    reason.removeIf([](QChar c) { return !c.isPrint(); });
    h.bodyError = reason.left(120);
    return h;
}

std::optional<double> parseSqlReal(const SqlField& field)
{
    if (!field)
        return std::nullopt;
    bool ok = false;
    const double value = QString::fromUtf8(*field).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<qint64> parseSqlInteger(const SqlField& field)
{
    const auto value = parseSqlReal(field);
    return value ? toInt64(*value) : std::nullopt;
}

ReplicationPeer parseReplicationRow(const QList<SqlField>& row)
{
    auto field = [&row](int column) {
        return column < row.size() ? row.at(column) : SqlField {};
    };
    auto text = [&field](int column) {
        const SqlField f = field(column);
        return f ? QString::fromUtf8(*f) : QString();
    };
    ReplicationPeer peer;
    peer.applicationName = text(0);
    peer.clientAddress = text(1);
    peer.state = text(2);
    peer.syncState = text(3);
    peer.sentLsn = parseLsn(text(4));
    peer.writeLsn = parseLsn(text(5));
    peer.flushLsn = parseLsn(text(6));
    peer.replayLsn = parseLsn(text(7));
    peer.sentLagBytes = parseSqlInteger(field(8));
    peer.writeLagBytes = parseSqlInteger(field(9));
    peer.flushLagBytes = parseSqlInteger(field(10));
    peer.replayLagBytes = parseSqlInteger(field(11));
    peer.writeLagSeconds = parseSqlReal(field(12));
    peer.flushLagSeconds = parseSqlReal(field(13));
    peer.replayLagSeconds = parseSqlReal(field(14));
    return peer;
}

namespace {

// One token of synchronous_standby_names, as syncrep_scanner.l cuts them.
struct SyncToken
{
    enum Kind
    {
        Name, // identifier, quoted name or "*"
        Number,
        Any,
        First,
        Open,
        Close,
        Comma,
        End,
        Junk
    };
    Kind kind = End;
    QString text;
};

bool isIdentStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c.unicode() >= 0x80;
}

bool isIdentChar(QChar c)
{
    return isIdentStart(c) || c.isDigit() || c == u'$';
}

QList<SyncToken> tokenizeSyncNames(const QString& text)
{
    QList<SyncToken> tokens;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v') {
            ++i;
        } else if (c == u'(' || c == u')' || c == u',' || c == u'*') {
            const SyncToken::Kind kind = c == u'(' ? SyncToken::Open
                : c == u')'                        ? SyncToken::Close
                : c == u','                        ? SyncToken::Comma
                                                   : SyncToken::Name;
            tokens.append(SyncToken {kind, QString(c)});
            ++i;
        } else if (c == u'"') {
            // A quoted name: anything up to the closing quote, "" stands for one quote.
            QString name;
            ++i;
            bool closed = false;
            while (i < n) {
                if (text.at(i) == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        name += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                name += text.at(i++);
            }
            if (!closed || name.isEmpty())
                return {SyncToken {SyncToken::Junk, {}}};
            tokens.append(SyncToken {SyncToken::Name, name});
        } else if (c >= u'0' && c <= u'9') {
            const int start = i;
            while (i < n && text.at(i) >= u'0' && text.at(i) <= u'9')
                ++i;
            tokens.append(SyncToken {SyncToken::Number, text.mid(start, i - start)});
        } else if (isIdentStart(c)) {
            const int start = i;
            while (i < n && isIdentChar(text.at(i)))
                ++i;
            const QString word = text.mid(start, i - start);
            SyncToken::Kind kind = SyncToken::Name;
            if (word.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0)
                kind = SyncToken::Any;
            else if (word.compare(QLatin1String("first"), Qt::CaseInsensitive) == 0)
                kind = SyncToken::First;
            tokens.append(SyncToken {kind, word});
        } else {
            return {SyncToken {SyncToken::Junk, {}}};
        }
    }
    tokens.append(SyncToken {SyncToken::End, {}});
    return tokens;
}

} // namespace

SyncSetting parseSyncStandbyNames(const QString& text)
{
    SyncSetting setting;
    if (text.isEmpty()) {
        setting.mode = SyncMode::Async;
        return setting;
    }
    const QList<SyncToken> tokens = tokenizeSyncNames(text);
    int at = 0;
    auto peek = [&tokens, &at](int ahead = 0) {
        return at + ahead < tokens.size() ? tokens.at(at + ahead).kind : SyncToken::Junk;
    };
    // standby_list: name (',' name)*, where a number is a name too.
    auto list = [&]() -> std::optional<QStringList> {
        QStringList names;
        while (true) {
            if (peek() != SyncToken::Name && peek() != SyncToken::Number)
                return std::nullopt;
            names << tokens.at(at++).text;
            if (peek() != SyncToken::Comma)
                return names;
            ++at;
        }
    };
    SyncMode mode = SyncMode::Priority;
    std::optional<QString> count;
    bool parenthesised = false;
    if (peek() == SyncToken::Any || peek() == SyncToken::First) {
        mode = peek() == SyncToken::Any ? SyncMode::Quorum : SyncMode::Priority;
        ++at;
        if (peek() != SyncToken::Number || peek(1) != SyncToken::Open)
            return {};
        count = tokens.at(at).text;
        at += 2;
        parenthesised = true;
    } else if (peek() == SyncToken::Number && peek(1) == SyncToken::Open) {
        count = tokens.at(at).text;
        at += 2;
        parenthesised = true;
    }
    const std::optional<QStringList> names = list();
    if (!names || (parenthesised && peek() != SyncToken::Close))
        return {};
    if (parenthesised)
        ++at;
    if (peek() != SyncToken::End)
        return {};
    int k = 1;
    if (count) {
        // PostgreSQL refuses 0; a count beyond any cluster is as unknown as garbage.
        bool ok = false;
        k = count->toInt(&ok);
        if (!ok || k < 1 || k > 1000)
            return {};
    }
    setting.mode = mode;
    setting.count = k;
    setting.names = *names;
    return setting;
}

} // namespace pgpilot
