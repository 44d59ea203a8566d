// SPDX-License-Identifier: GPL-3.0-or-later
#include "probeparse.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVarLengthArray>

#include <charconv>
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

namespace {

// HAProxy's CSV has no quoting: a line is its fields between commas. Views into the body, no
// copies: the monitor parses every node's stats page every second.
QByteArrayView takeLine(QByteArrayView* rest)
{
    const qsizetype nl = rest->indexOf('\n');
    const QByteArrayView line = nl < 0 ? *rest : rest->first(nl);
    *rest = nl < 0 ? QByteArrayView() : rest->sliced(nl + 1);
    return line;
}

// The fields of line at the wanted column indexes (count of them), each trimmed; absent ones empty.
void fieldsAt(QByteArrayView line, const int* wanted, QByteArrayView* out, int count)
{
    int last = -1;
    for (int k = 0; k < count; ++k) {
        out[k] = {};
        last = qMax(last, wanted[k]);
    }
    qsizetype from = 0;
    for (int column = 0; column <= last && from <= line.size(); ++column) {
        qsizetype comma = line.indexOf(',', from);
        if (comma < 0)
            comma = line.size();
        for (int k = 0; k < count; ++k) {
            if (wanted[k] == column)
                out[k] = line.sliced(from, comma - from).trimmed();
        }
        from = comma + 1;
    }
}

} // namespace

bool parseHaproxyCsv(const QByteArray& csv, QList<HaproxyBackend>* backends, QString* error)
{
    backends->clear();
    QByteArrayView rest(csv);
    const QByteArrayView head = takeLine(&rest);
    if (!head.startsWith("# ")) {
        if (error)
            *error = QCoreApplication::translate("pgpilot::Monitor", "not HAProxy CSV statistics");
        return false;
    }
    enum Column
    {
        Px,
        Sv,
        Status,
        Scur,
        Stot,
        Type,
        ColumnCount
    };
    static constexpr const char* kNames[ColumnCount] = {"pxname", "svname", "status", "scur", "stot", "type"};
    int wanted[ColumnCount] = {-1, -1, -1, -1, -1, -1};
    {
        QByteArrayView names = head.sliced(2).trimmed();
        for (int index = 0;; ++index) {
            const qsizetype comma = names.indexOf(',');
            const QByteArrayView name = (comma < 0 ? names : names.first(comma)).trimmed();
            for (int k = 0; k < ColumnCount; ++k) {
                if (wanted[k] < 0 && name == kNames[k])
                    wanted[k] = index;
            }
            if (comma < 0)
                break;
            names = names.sliced(comma + 1);
        }
    }
    if (wanted[Px] < 0 || wanted[Sv] < 0 || wanted[Status] < 0) {
        if (error)
            *error
                = QCoreApplication::translate("pgpilot::Monitor", "HAProxy CSV without pxname/svname/status");
        return false;
    }
    // Only columns the header has are looked for.
    int present[ColumnCount];
    int presentCount = 0;
    int slot[ColumnCount];
    for (int k = 0; k < ColumnCount; ++k) {
        slot[k] = -1;
        if (wanted[k] >= 0) {
            slot[k] = presentCount;
            present[presentCount++] = wanted[k];
        }
    }
    QList<HaproxyBackend> all;
    QList<QByteArrayView> allNames; // all's names as they are in csv
    auto backendFor = [&all, &allNames](QByteArrayView name) -> HaproxyBackend& {
        for (qsizetype i = 0; i < allNames.size(); ++i) {
            if (allNames.at(i) == name)
                return all[i];
        }
        allNames.append(name);
        all.append(HaproxyBackend {QString::fromUtf8(name), {}, {}});
        return all.last();
    };
    QByteArrayView f[ColumnCount];
    auto field = [&f, &slot](Column c) {
        return slot[c] < 0 ? QByteArrayView() : f[slot[c]];
    };
    while (!rest.isEmpty()) {
        const QByteArrayView line = takeLine(&rest).trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        fieldsAt(line, present, f, presentCount);
        const QByteArrayView server = field(Sv);
        const QByteArrayView kind = field(Type);
        if (server == "FRONTEND" || kind == "0" || kind == "3")
            continue;
        if (server == "BACKEND" || kind == "1") {
            backendFor(field(Px)).status = QString::fromUtf8(field(Status));
            continue;
        }
        HaproxyServer s;
        s.name = QString::fromUtf8(server);
        s.status = QString::fromUtf8(field(Status));
        s.currentSessions = field(Scur).toInt();
        s.totalSessions = field(Stot).toLongLong();
        backendFor(field(Px)).servers.append(s);
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
    const QJsonValue vip = o.value(QLatin1String("vip"));
    if (vip.isObject()) {
        const QJsonObject v = vip.toObject();
        status->vipAddress = v.value(QLatin1String("address")).toString().left(64);
        const QJsonValue holds = v.value(QLatin1String("holds"));
        status->vipKnown = holds.isBool();
        status->vipHolds = holds.toBool(false);
        if (!status->vipKnown)
            status->vipError = v.value(QLatin1String("error")).toString().left(200);
    }
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

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The numbers PostgreSQL prints for bigint, numeric and float8: [-]digits[.digits][e[+-]digits],
// short enough (40 characters, three exponent digits) that nothing but rounding happens in the
// conversion. integerDigits: how many digits when there is neither a point nor an exponent, else 0.
bool isPlainNumber(QByteArrayView text, qsizetype* integerDigits)
{
    *integerDigits = 0;
    if (text.size() > 40)
        return false;
    const char* p = text.data();
    const char* const end = p + text.size();
    if (p != end && *p == '-')
        ++p;
    const char* const digits = p;
    while (p != end && isDigit(*p))
        ++p;
    if (p == digits)
        return false;
    if (p == end) {
        *integerDigits = p - digits;
        return true;
    }
    if (*p == '.') {
        const char* const fraction = ++p;
        while (p != end && isDigit(*p))
            ++p;
        if (p == fraction)
            return false;
    }
    if (p != end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p != end && (*p == '+' || *p == '-'))
            ++p;
        const char* const exponent = p;
        while (p != end && isDigit(*p))
            ++p;
        if (p == exponent || p - exponent > 3)
            return false;
    }
    return p == end;
}

// The reference: what these parsers did for every text before they read digits themselves.
std::optional<double> realThroughQString(QByteArrayView text)
{
    bool ok = false;
    const double value = QString::fromUtf8(text).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// 1 to 8 hexadecimal digits (PostgreSQL prints each half of an LSN with %X).
bool shortHex(QByteArrayView text, quint64* value)
{
    if (text.isEmpty() || text.size() > 8)
        return false;
    quint64 v = 0;
    for (const char c : text) {
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        if (digit < 0)
            return false;
        v = v << 4 | quint64(digit);
    }
    *value = v;
    return true;
}

} // namespace

std::optional<double> parseSqlRealText(QByteArrayView text)
{
    qsizetype integerDigits = 0;
    if (isPlainNumber(text, &integerDigits)) {
        // Correctly rounded, as QString::toDouble is; out of range (overflow, underflow to zero)
        // is an error here, and the QString conversion refuses those too.
        double value = 0;
        const char* const end = text.data() + text.size();
        const auto [stop, error] = std::from_chars(text.data(), end, value);
        if (error == std::errc() && stop == end && std::isfinite(value))
            return value;
    }
    return realThroughQString(text);
}

std::optional<qint64> parseSqlIntegerText(QByteArrayView text)
{
    qsizetype integerDigits = 0;
    if (isPlainNumber(text, &integerDigits) && integerDigits > 0 && integerDigits <= 15) {
        // Below 10^15 < 2^53 a double holds the integer exactly: the digits are the answer.
        qint64 value = 0;
        for (const char c : text) {
            if (c != '-')
                value = value * 10 + (c - '0');
        }
        return text.front() == '-' ? -value : value;
    }
    const auto value = parseSqlRealText(text);
    return value ? toInt64(*value) : std::nullopt;
}

std::optional<quint64> parseSqlLsnText(QByteArrayView text)
{
    const qsizetype slash = text.indexOf('/');
    quint64 high = 0;
    quint64 low = 0;
    if (slash > 0 && shortHex(text.first(slash), &high) && shortHex(text.sliced(slash + 1), &low))
        return high << 32 | low;
    return parseLsn(QString::fromUtf8(text)); // spaces, "0x", leading zeros, or no LSN at all
}

std::optional<double> parseSqlReal(const SqlField& field)
{
    return field ? parseSqlRealText(*field) : std::nullopt;
}

std::optional<qint64> parseSqlInteger(const SqlField& field)
{
    return field ? parseSqlIntegerText(*field) : std::nullopt;
}

ReplicationPeer parseReplicationRow(const QList<SqlField>& row)
{
    QVarLengthArray<SqlFieldView, 17> columns;
    for (const SqlField& field : row)
        columns.append(field ? SqlFieldView(*field) : std::nullopt);
    return parseReplicationRow(columns.constData(), columns.size());
}

ReplicationPeer parseReplicationRow(const SqlFieldView* columns, qsizetype count)
{
    auto field = [columns, count](int column) {
        return column < count ? columns[column] : std::nullopt;
    };
    auto text = [&field](int column) {
        const SqlFieldView f = field(column);
        return f ? QString::fromUtf8(*f) : QString();
    };
    auto lsn = [&field](int column) {
        const SqlFieldView f = field(column);
        return f ? parseSqlLsnText(*f) : std::nullopt;
    };
    auto integer = [&field](int column) {
        const SqlFieldView f = field(column);
        return f ? parseSqlIntegerText(*f) : std::nullopt;
    };
    auto real = [&field](int column) {
        const SqlFieldView f = field(column);
        return f ? parseSqlRealText(*f) : std::nullopt;
    };
    ReplicationPeer peer;
    peer.applicationName = text(0);
    peer.clientAddress = text(1);
    peer.state = text(2);
    peer.syncState = text(3);
    peer.sentLsn = lsn(4);
    peer.writeLsn = lsn(5);
    peer.flushLsn = lsn(6);
    peer.replayLsn = lsn(7);
    peer.sentLagBytes = integer(8);
    peer.writeLagBytes = integer(9);
    peer.flushLagBytes = integer(10);
    peer.replayLagBytes = integer(11);
    peer.writeLagSeconds = real(12);
    peer.flushLagSeconds = real(13);
    peer.replayLagSeconds = real(14);
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
