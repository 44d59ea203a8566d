// SPDX-License-Identifier: GPL-3.0-or-later
#include "adoptparse.h"

#include <QRegularExpression>

namespace pgpilot {

namespace {

// Text up to an unquoted '#', for files where '#' starts a comment.
QString withoutComment(const QString& line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        else if (c == QLatin1Char('#') && !quoted)
            return line.left(i);
    }
    return line;
}

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\''))) {
        value = value.mid(1, value.size() - 2);
        value.replace(QStringLiteral("''"), QStringLiteral("'"));
    }
    return value;
}

int portOf(const QString& text)
{
    // "*:5000", "0.0.0.0:5000", "[::]:5000", ":5000", "10.0.1.11:5000"
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int port = text.mid(colon + 1).toInt(&ok);
    return ok && port > 0 && port < 65536 ? port : 0;
}

} // namespace

RepmgrConf parseRepmgrConf(const QString& text, const QString& path)
{
    RepmgrConf conf;
    conf.path = path;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = withoutComment(lines.at(i)).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (line.isEmpty() || eq <= 0)
            continue;
        const QString key = line.left(eq).trimmed();
        conf.values.insert(key, unquote(line.mid(eq + 1)));
        conf.lines.insert(key, i + 1);
    }
    return conf;
}

QHash<QString, QString> parseConninfo(const QString& conninfo)
{
    QHash<QString, QString> values;
    qsizetype i = 0;
    const qsizetype n = conninfo.size();
    while (i < n) {
        while (i < n && conninfo.at(i).isSpace())
            ++i;
        const qsizetype keyStart = i;
        while (i < n && conninfo.at(i) != QLatin1Char('=') && !conninfo.at(i).isSpace())
            ++i;
        const QString key = conninfo.mid(keyStart, i - keyStart);
        while (i < n && conninfo.at(i).isSpace())
            ++i;
        if (i >= n || conninfo.at(i) != QLatin1Char('='))
            break; // not key=value: stop rather than guess
        ++i;
        while (i < n && conninfo.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && conninfo.at(i) == QLatin1Char('\'')) {
            ++i;
            while (i < n && conninfo.at(i) != QLatin1Char('\'')) {
                if (conninfo.at(i) == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value += conninfo.at(i++);
            }
            ++i;
        } else {
            while (i < n && !conninfo.at(i).isSpace()) {
                if (conninfo.at(i) == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value += conninfo.at(i++);
            }
        }
        if (!key.isEmpty())
            values.insert(key, value);
    }
    return values;
}

QByteArray pgpassPassword(const QByteArray& pgpass, const QString& role)
{
    const QByteArray wanted = role.toUtf8();
    for (const QByteArray& raw : pgpass.split('\n')) {
        const QByteArray line = raw.endsWith('\r') ? raw.chopped(1) : raw;
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        QList<QByteArray> fields {QByteArray()};
        for (qsizetype i = 0; i < line.size(); ++i) {
            const char c = line.at(i);
            if (c == '\\' && i + 1 < line.size()) {
                fields.last() += line.at(++i);
            } else if (c == ':' && fields.size() < 5) {
                fields.append(QByteArray());
            } else {
                fields.last() += c;
            }
        }
        if (fields.size() == 5 && (fields.at(3) == wanted || fields.at(3) == "*"))
            return fields.at(4);
    }
    return {};
}

std::optional<ConfigLine> HaproxySection::find(const QString& words) const
{
    for (const ConfigLine& d : directives) {
        if (d.text == words || d.text.startsWith(words + QLatin1Char(' ')))
            return d;
    }
    return std::nullopt;
}

const HaproxySection* HaproxyConfig::section(const QString& kind, const QString& name) const
{
    for (const HaproxySection& s : sections) {
        if (s.name == name
            && (s.kind == kind || (s.kind == QLatin1String("listen") && kind != QLatin1String("defaults"))))
            return &s;
    }
    return nullptr;
}

const HaproxySection* HaproxyConfig::frontendOn(int port) const
{
    for (const HaproxySection& s : sections) {
        if ((s.kind == QLatin1String("frontend") || s.kind == QLatin1String("listen"))
            && s.bindPorts.contains(port))
            return &s;
    }
    return nullptr;
}

const HaproxySection* HaproxyConfig::backendOf(const HaproxySection* frontend) const
{
    if (!frontend)
        return nullptr;
    if (frontend->kind == QLatin1String("listen"))
        return frontend;
    return section(QStringLiteral("backend"), frontend->defaultBackend);
}

namespace {
bool namedLike(const HaproxySection* s, std::initializer_list<const char*> words)
{
    if (!s)
        return false;
    const QString name = s->name.toLower();
    for (const char* w : words) {
        if (name.contains(QLatin1String(w)))
            return true;
    }
    return false;
}
} // namespace

const HaproxySection* HaproxyConfig::writeFrontend() const
{
    const HaproxySection* first = nullptr;
    for (const HaproxySection& s : sections) {
        if (s.bindPorts.isEmpty() || s.stats
            || (s.kind != QLatin1String("frontend") && s.kind != QLatin1String("listen")))
            continue;
        if (namedLike(&s, {"write", "primary", "master", "rw"})
            || namedLike(backendOf(&s), {"primary", "master", "write", "rw"}))
            return &s;
        if (!first)
            first = &s;
    }
    return first;
}

const HaproxySection* HaproxyConfig::readFrontend() const
{
    const HaproxySection* write = writeFrontend();
    const HaproxySection* other = nullptr;
    for (const HaproxySection& s : sections) {
        if (&s == write || s.bindPorts.isEmpty() || s.stats
            || (s.kind != QLatin1String("frontend") && s.kind != QLatin1String("listen")))
            continue;
        if (namedLike(&s, {"read", "replica", "standby", "ro"})
            || namedLike(backendOf(&s), {"replica", "read", "standby"}))
            return &s;
        if (!other)
            other = &s;
    }
    return other;
}

const HaproxySection* HaproxyConfig::statsListener() const
{
    for (const HaproxySection& s : sections) {
        if (s.stats && !s.bindPorts.isEmpty())
            return &s;
    }
    return nullptr;
}

HaproxyConfig parseHaproxyConfig(const QString& text)
{
    static const QStringList kinds {QStringLiteral("global"), QStringLiteral("defaults"),
        QStringLiteral("frontend"), QStringLiteral("backend"), QStringLiteral("listen")};
    HaproxyConfig config;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = withoutComment(lines.at(i)).simplified();
        if (line.isEmpty())
            continue;
        const QStringList words = line.split(QLatin1Char(' '));
        if (kinds.contains(words.first())) {
            HaproxySection s;
            s.kind = words.first();
            s.name = words.value(1);
            s.line = i + 1;
            // "listen name addr:port" binds on its header line (older syntax)
            if (s.kind == QLatin1String("listen") && words.size() > 2)
                s.bindPorts << portOf(words.at(2));
            config.sections.append(s);
            continue;
        }
        if (config.sections.isEmpty())
            continue;
        HaproxySection& s = config.sections.last();
        s.directives.append({i + 1, line});
        const QString& head = words.first();
        if (head == QLatin1String("bind") && words.size() > 1) {
            for (const QString& address : words.at(1).split(QLatin1Char(','))) {
                if (const int port = portOf(address))
                    s.bindPorts << port;
            }
        } else if ((head == QLatin1String("default_backend") || head == QLatin1String("use_backend"))
            && words.size() > 1 && s.defaultBackend.isEmpty()) {
            s.defaultBackend = words.at(1);
        } else if (head == QLatin1String("stats")
            && (words.value(1) == QLatin1String("enable") || words.value(1) == QLatin1String("uri"))) {
            s.stats = true;
        } else if (head == QLatin1String("server") && words.size() > 2) {
            HaproxyServerLine server;
            server.line = i + 1;
            server.name = words.at(1);
            const QString address = words.at(2);
            const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
            server.address = colon > 0 ? address.left(colon) : address;
            server.port = colon > 0 ? portOf(address) : 0;
            for (int w = 3; w < words.size(); ++w) {
                if (words.at(w) == QLatin1String("check"))
                    server.check = true;
                else if (words.at(w) == QLatin1String("backup"))
                    server.backup = true;
                else if (words.at(w) == QLatin1String("port") && w + 1 < words.size())
                    server.checkPort = words.at(++w).toInt();
            }
            s.servers.append(server);
        }
    }
    return config;
}

namespace {

// Keepalived's syntax: words and braces, '#' and '!' start comments.
struct Token
{
    QString word;
    int line;
};

QList<Token> keepalivedTokens(const QString& text)
{
    QList<Token> tokens;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        const qsizetype hash = line.indexOf(QRegularExpression(QStringLiteral("[#!]")));
        if (hash >= 0)
            line.truncate(hash);
        line.replace(QLatin1Char('{'), QStringLiteral(" { "))
            .replace(QLatin1Char('}'), QStringLiteral(" } "));
        for (const QString& w : line.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            tokens.append({w.trimmed(), i + 1});
    }
    tokens.removeIf([](const Token& t) { return t.word.isEmpty(); });
    return tokens;
}

// The words of a block's statements: [start, end) of the tokens inside the braces at index open.
qsizetype blockEnd(const QList<Token>& t, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < t.size(); ++i) {
        if (t.at(i).word == QLatin1String("{"))
            ++depth;
        else if (t.at(i).word == QLatin1String("}") && --depth == 0)
            return i;
    }
    return t.size();
}

} // namespace

KeepalivedConfig parseKeepalivedConfig(const QString& text)
{
    KeepalivedConfig config;
    const QList<Token> t = keepalivedTokens(text);
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QString& w = t.at(i).word;
        if ((w == QLatin1String("vrrp_script") || w == QLatin1String("vrrp_instance")) && i + 2 < t.size()
            && t.at(i + 2).word == QLatin1String("{")) {
            const qsizetype end = blockEnd(t, i + 2);
            if (w == QLatin1String("vrrp_script")) {
                config.scripts << t.at(i + 1).word;
                i = end;
                continue;
            }
            VrrpInstance v;
            v.name = t.at(i + 1).word;
            v.line = t.at(i).line;
            for (qsizetype j = i + 3; j < end; ++j) {
                const QString& k = t.at(j).word;
                auto next = [&]() {
                    return j + 1 < end ? t.at(j + 1).word : QString();
                };
                if (k == QLatin1String("interface"))
                    v.interface = next();
                else if (k == QLatin1String("virtual_router_id"))
                    v.routerId = next().toInt();
                else if (k == QLatin1String("priority"))
                    v.priority = next().toInt();
                else if (k == QLatin1String("state"))
                    v.state = next();
                else if (k == QLatin1String("nopreempt"))
                    v.nopreempt = true;
                else if (k == QLatin1String("authentication"))
                    v.authentication = true;
                else if ((k == QLatin1String("virtual_ipaddress") || k == QLatin1String("track_script"))
                    && next() == QLatin1String("{")) {
                    const qsizetype inner = blockEnd(t, j + 1);
                    // Each entry starts a line: its first word is the address or script name.
                    int lastLine = -1;
                    for (qsizetype e = j + 2; e < inner; ++e) {
                        if (t.at(e).line == lastLine)
                            continue;
                        lastLine = t.at(e).line;
                        (k == QLatin1String("track_script") ? v.trackScripts : v.addresses) << t.at(e).word;
                    }
                    j = inner;
                }
            }
            config.instances.append(v);
            i = end;
        }
    }
    return config;
}

QHash<QString, QString> parseOsRelease(const QString& text)
{
    QHash<QString, QString> values;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))))
            value = value.mid(1, value.size() - 2);
        values.insert(line.left(eq).trimmed(), value);
    }
    return values;
}

QList<InterfaceAddress> parseIpAddr(const QString& text)
{
    // "2: host0    inet 10.231.0.11/24 brd 10.231.0.255 scope global host0\       valid_lft ..."
    static const QRegularExpression re(
        QStringLiteral("^\\d+:\\s+([^\\s@:]+)(?:@\\S+)?:?\\s+inet6?\\s+(\\S+)"));
    QList<InterfaceAddress> list;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const auto m = re.match(line.trimmed());
        if (m.hasMatch())
            list.append({m.captured(1), m.captured(2)});
    }
    return list;
}

QHash<QString, QString> splitSections(const QString& output)
{
    static const QRegularExpression marker(QStringLiteral("^@@pgpilot-adopt:([a-z0-9-]+)@@$"));
    QHash<QString, QString> sections;
    QString current;
    QStringList body;
    auto flush = [&] {
        if (!current.isEmpty())
            sections.insert(current, body.join(QLatin1Char('\n')));
        body.clear();
    };
    for (const QString& line : output.split(QLatin1Char('\n'))) {
        const auto m = marker.match(line);
        if (m.hasMatch()) {
            flush();
            current = m.captured(1);
        } else if (!current.isEmpty()) {
            body << line;
        }
    }
    flush();
    return sections;
}

} // namespace pgpilot
