// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifyconfig.h"

#include "core/atomicfile.h"
#include "mailmessage.h"
#include "webhook.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

#include <algorithm>
#include <climits>
#include <functional>

namespace pgpilot {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("pgpilot::NotifyConfig", text);
}

constexpr int kMaxGroupWait = 3600;
constexpr int kMaxClearHold = 86400;
constexpr int kMaxRepeat = 30 * 86400;

// Collects issues while reading one JSON object tree; knows the file's text to find lines.
class Reader
{
public:
    explicit Reader(const QByteArray& text)
        : m_text(text)
    { }
    QList<NotifyConfigIssue> issues;

    void issue(const QString& field, const QString& message)
    {
        issues << NotifyConfigIssue {field, message, lineOf(field)};
    }

    // Every key of o is one of known; an issue for each other.
    void onlyKnown(const QJsonObject& o, const QString& where, const QStringList& known)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                issue(join(where, it.key()),
                    tr("unknown field (a typo?); %1 takes: %2")
                        .arg(where.isEmpty() ? tr("the file") : where, known.join(QStringLiteral(", "))));
        }
    }

    std::optional<QJsonObject> object(const QJsonObject& o, const QString& where, const QString& key)
    {
        if (!o.contains(key))
            return std::nullopt;
        if (!o.value(key).isObject()) {
            issue(join(where, key), tr("must be an object ({ ... })"));
            return std::nullopt;
        }
        return o.value(key).toObject();
    }

    void integer(const QJsonObject& o, const QString& where, const QString& key, int max, int* out)
    {
        if (!o.contains(key))
            return;
        const QJsonValue v = o.value(key);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(qint64(d)) || d < 0 || d > max)
            return issue(join(where, key), tr("must be a whole number of seconds from 0 to %1").arg(max));
        *out = int(d);
    }

    void boolean(const QJsonObject& o, const QString& where, const QString& key, bool* out)
    {
        if (!o.contains(key))
            return;
        if (!o.value(key).isBool())
            return issue(join(where, key), tr("must be true or false"));
        *out = o.value(key).toBool();
    }

    std::optional<QString> string(const QJsonObject& o, const QString& where, const QString& key)
    {
        if (!o.contains(key))
            return std::nullopt;
        if (!o.value(key).isString()) {
            issue(join(where, key), tr("must be a string"));
            return std::nullopt;
        }
        return o.value(key).toString();
    }

    std::optional<Severity> severity(const QJsonObject& o, const QString& where, const QString& key)
    {
        const auto s = string(o, where, key);
        if (!s)
            return std::nullopt;
        const auto severity = severityFromId(*s);
        if (!severity)
            issue(join(where, key), tr("\"%1\" is not a severity: warning or critical").arg(*s));
        return severity;
    }

    static QString join(const QString& where, const QString& key)
    {
        return where.isEmpty() ? key : where + QLatin1Char('.') + key;
    }

private:
    // The line of the field's last key, found key by key from the top: the first "a" then the
    // first "b" after it, ... 0 when not found (a field that is missing).
    int lineOf(const QString& field) const
    {
        if (field.isEmpty())
            return 0;
        qsizetype at = 0;
        for (const QString& key : field.split(QLatin1Char('.'))) {
            at = m_text.indexOf('"' + key.toUtf8() + '"', at);
            if (at < 0)
                return 0;
        }
        return int(m_text.left(at).count('\n')) + 1;
    }

    QByteArray m_text;
};

void checkSmtp(
    const NotifyConfig::Smtp& smtp, const std::function<void(const QString&, const QString&)>& issue)
{
    const SmtpSettings& s = smtp.settings;
    const QString at = QStringLiteral("channels.smtp.");
    if (const QString p = mail::hostProblem(s.host); !p.isEmpty())
        issue(at + QStringLiteral("host"), p);
    if (s.port == 0)
        issue(at + QStringLiteral("port"), tr("must be a port from 1 to 65535"));
    if (const QString p = mail::addressProblem(s.from); !p.isEmpty())
        issue(at + QStringLiteral("from"), p);
    if (s.to.isEmpty())
        issue(at + QStringLiteral("to"), tr("no recipient: give a list of addresses"));
    for (const QString& to : s.to) {
        if (const QString p = mail::addressProblem(to); !p.isEmpty())
            issue(at + QStringLiteral("to"), p);
    }
    if (s.tls == SmtpSettings::Tls::None && !SmtpSender::isLoopback(s.host) && !s.allowPlaintext)
        issue(at + QStringLiteral("tls"),
            tr("none sends the messages and the password readable over the network: only to a server on this "
               "machine (127.0.0.1, localhost), or with \"allow_plaintext\": true"));
    if (!s.user.isEmpty() && smtp.passwordSecret.isEmpty())
        issue(at + QStringLiteral("password_secret"),
            tr("a user needs the keychain entry holding the password (pgpilot secrets set KEY, or the "
               "notification settings' password field)"));
    if (!smtp.passwordSecret.isEmpty()) {
        if (const QString p = secretKeyProblem(smtp.passwordSecret); !p.isEmpty())
            issue(at + QStringLiteral("password_secret"), p);
        if (s.user.isEmpty())
            issue(at + QStringLiteral("user"), tr("a password entry but no user to log in as"));
    }
    for (const QChar c : s.user) {
        if (c.category() == QChar::Other_Control) {
            issue(at + QStringLiteral("user"), tr("holds a control character"));
            break;
        }
    }
}

void checkPolicy(const NotifyConfig& c, const std::function<void(const QString&, const QString&)>& issue)
{
    const NotifyPolicy& p = c.policy;
    if (p.groupWaitSeconds < 0 || p.groupWaitSeconds > kMaxGroupWait)
        issue(QStringLiteral("policy.group_wait"), tr("must be from 0 to %1 seconds").arg(kMaxGroupWait));
    if (p.clearHoldSeconds < 0 || p.clearHoldSeconds > kMaxClearHold)
        issue(QStringLiteral("policy.clear_hold"), tr("must be from 0 to %1 seconds").arg(kMaxClearHold));
    if (p.repeatSeconds < 0 || p.repeatSeconds > kMaxRepeat)
        issue(QStringLiteral("policy.repeat"), tr("must be from 0 to %1 seconds").arg(kMaxRepeat));
    for (const auto& [kind, rule] : p.rules) {
        if (rule.repeatSeconds && (*rule.repeatSeconds < 0 || *rule.repeatSeconds > kMaxRepeat))
            issue(QStringLiteral("alarms.%1.repeat").arg(toId(kind)),
                tr("must be from 0 to %1 seconds").arg(kMaxRepeat));
    }
    if (c.webhook) {
        if (c.webhook->url.isEmpty() == c.webhook->urlSecret.isEmpty())
            issue(QStringLiteral("channels.webhook"),
                tr("give either url or url_secret (the keychain entry holding the URL)"));
        if (!c.webhook->url.isEmpty()) {
            if (const QString problem = WebhookSender::urlProblem(QUrl(c.webhook->url, QUrl::StrictMode));
                !problem.isEmpty())
                issue(QStringLiteral("channels.webhook.url"), problem);
        }
        if (!c.webhook->urlSecret.isEmpty()) {
            if (const QString problem = secretKeyProblem(c.webhook->urlSecret); !problem.isEmpty())
                issue(QStringLiteral("channels.webhook.url_secret"), problem);
        }
    }
    if (c.smtp)
        checkSmtp(*c.smtp, issue);
}

} // namespace

QString NotifyConfigIssue::text() const
{
    QString where;
    if (line > 0)
        where = tr("line %1").arg(line);
    if (!field.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + field;
    return where.isEmpty() ? message : QStringLiteral("%1: %2").arg(where, message);
}

QString secretKeyProblem(const QString& key)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9:._/@-]{0,199}$"));
    if (!valid.match(key).hasMatch())
        return tr("\"%1\" is not a keychain entry name: letters, digits and : . _ / @ - only")
            .arg(key.simplified());
    return {};
}

QList<NotifyConfigIssue> validate(const NotifyConfig& config)
{
    QList<NotifyConfigIssue> issues;
    checkPolicy(config, [&](const QString& field, const QString& message) {
        issues << NotifyConfigIssue {field, message};
    });
    return issues;
}

NotifyConfigLoad parseNotifyConfig(const QByteArray& json)
{
    NotifyConfigLoad out;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(error.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(error.offset - (before.lastIndexOf('\n') + 1)) + 1;
        out.issues << NotifyConfigIssue {
            {}, tr("not JSON: %1 (column %2)").arg(error.errorString()).arg(column), line};
        return out;
    }
    if (!doc.isObject()) {
        out.issues << NotifyConfigIssue {{}, tr("must be a JSON object ({ ... })"), 1};
        return out;
    }
    Reader r(json);
    const QJsonObject root = doc.object();
    NotifyConfig c;
    r.onlyKnown(root, {},
        {QStringLiteral("version"), QStringLiteral("policy"), QStringLiteral("alarms"),
            QStringLiteral("channels")});
    if (root.contains(QStringLiteral("version")) && root.value(QStringLiteral("version")).toInt(-1) != 1)
        r.issue(QStringLiteral("version"), tr("must be 1 (this pgpilot reads version 1)"));
    if (const auto policy = r.object(root, {}, QStringLiteral("policy"))) {
        const QString at = QStringLiteral("policy");
        r.onlyKnown(*policy, at,
            {QStringLiteral("min_severity"), QStringLiteral("group_wait"), QStringLiteral("critical_at_once"),
                QStringLiteral("clear_hold"), QStringLiteral("repeat")});
        if (const auto s = r.severity(*policy, at, QStringLiteral("min_severity")))
            c.policy.minSeverity = *s;
        r.integer(*policy, at, QStringLiteral("group_wait"), kMaxGroupWait, &c.policy.groupWaitSeconds);
        r.boolean(*policy, at, QStringLiteral("critical_at_once"), &c.policy.criticalAtOnce);
        r.integer(*policy, at, QStringLiteral("clear_hold"), kMaxClearHold, &c.policy.clearHoldSeconds);
        r.integer(*policy, at, QStringLiteral("repeat"), kMaxRepeat, &c.policy.repeatSeconds);
    }
    if (const auto alarms = r.object(root, {}, QStringLiteral("alarms"))) {
        for (auto it = alarms->begin(); it != alarms->end(); ++it) {
            const QString at = QStringLiteral("alarms.") + it.key();
            const auto kind = alarmKindFromId(it.key());
            if (!kind) {
                QStringList ids;
                for (const AlarmKind k : allAlarmKinds())
                    ids << toId(k);
                r.issue(at, tr("not an alarm kind; the kinds are: %1").arg(ids.join(QStringLiteral(", "))));
                continue;
            }
            if (!it.value().isObject()) {
                r.issue(at, tr("must be an object ({ \"muted\": true, ... })"));
                continue;
            }
            const QJsonObject o = it.value().toObject();
            r.onlyKnown(o, at,
                {QStringLiteral("muted"), QStringLiteral("min_severity"), QStringLiteral("repeat"),
                    QStringLiteral("severity")});
            AlarmRule rule;
            r.boolean(o, at, QStringLiteral("muted"), &rule.muted);
            rule.minSeverity = r.severity(o, at, QStringLiteral("min_severity"));
            rule.severity = r.severity(o, at, QStringLiteral("severity"));
            if (o.contains(QStringLiteral("repeat"))) {
                int repeat = -1;
                r.integer(o, at, QStringLiteral("repeat"), kMaxRepeat, &repeat);
                if (repeat >= 0)
                    rule.repeatSeconds = repeat;
            }
            if (!rule.isDefault())
                c.policy.rules[*kind] = rule;
        }
    }
    if (const auto channels = r.object(root, {}, QStringLiteral("channels"))) {
        r.onlyKnown(*channels, QStringLiteral("channels"),
            {QStringLiteral("webhook"), QStringLiteral("smtp"), QStringLiteral("desktop")});
        if (const auto hook = r.object(*channels, QStringLiteral("channels"), QStringLiteral("webhook"))) {
            const QString at = QStringLiteral("channels.webhook");
            r.onlyKnown(*hook, at, {QStringLiteral("url"), QStringLiteral("url_secret")});
            NotifyConfig::Webhook w;
            w.url = r.string(*hook, at, QStringLiteral("url")).value_or(QString());
            w.urlSecret = r.string(*hook, at, QStringLiteral("url_secret")).value_or(QString());
            c.webhook = w;
        }
        if (const auto smtp = r.object(*channels, QStringLiteral("channels"), QStringLiteral("smtp"))) {
            const QString at = QStringLiteral("channels.smtp");
            r.onlyKnown(*smtp, at,
                {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("tls"),
                    QStringLiteral("allow_plaintext"), QStringLiteral("from"), QStringLiteral("to"),
                    QStringLiteral("user"), QStringLiteral("password_secret"), QStringLiteral("ca_file")});
            NotifyConfig::Smtp m;
            SmtpSettings& s = m.settings;
            s.host = r.string(*smtp, at, QStringLiteral("host")).value_or(QString());
            if (const auto tls = r.string(*smtp, at, QStringLiteral("tls"))) {
                if (const auto mode = smtpTlsFromId(*tls))
                    s.tls = *mode;
                else
                    r.issue(at + QStringLiteral(".tls"),
                        tr("\"%1\" is not a mode: starttls, tls or none").arg(*tls));
            }
            s.port = s.tls == SmtpSettings::Tls::Implicit ? 465 : s.tls == SmtpSettings::Tls::None ? 25 : 587;
            if (smtp->contains(QStringLiteral("port"))) {
                const double port = smtp->value(QStringLiteral("port")).toDouble(-1);
                if (port < 1 || port > 65535 || port != double(int(port)))
                    r.issue(at + QStringLiteral(".port"), tr("must be a port from 1 to 65535"));
                else
                    s.port = quint16(port);
            }
            r.boolean(*smtp, at, QStringLiteral("allow_plaintext"), &s.allowPlaintext);
            s.from = r.string(*smtp, at, QStringLiteral("from")).value_or(QString());
            const QJsonValue to = smtp->value(QStringLiteral("to"));
            if (to.isArray()) {
                for (const QJsonValue& v : to.toArray()) {
                    if (v.isString())
                        s.to << v.toString();
                    else
                        r.issue(at + QStringLiteral(".to"), tr("must be a list of addresses (strings)"));
                }
            } else if (!to.isUndefined()) {
                r.issue(at + QStringLiteral(".to"), tr("must be a list of addresses: [\"ops@example.net\"]"));
            }
            s.user = r.string(*smtp, at, QStringLiteral("user")).value_or(QString());
            m.passwordSecret = r.string(*smtp, at, QStringLiteral("password_secret")).value_or(QString());
            s.caFile = r.string(*smtp, at, QStringLiteral("ca_file")).value_or(QString());
            c.smtp = m;
        }
        if (const auto desktop = r.object(*channels, QStringLiteral("channels"), QStringLiteral("desktop"))) {
            r.onlyKnown(*desktop, QStringLiteral("channels.desktop"), {QStringLiteral("enabled")});
            c.desktop = true;
            r.boolean(*desktop, QStringLiteral("channels.desktop"), QStringLiteral("enabled"), &c.desktop);
        }
    }
    // The checks a config built in code gets too; not repeated for a field already refused.
    checkPolicy(c, [&](const QString& field, const QString& message) {
        for (const NotifyConfigIssue& i : std::as_const(r.issues)) {
            if (i.field == field)
                return;
        }
        r.issue(field, message);
    });
    out.issues = r.issues;
    // Top to bottom as in the file; those without a line (a field missing) last.
    std::stable_sort(
        out.issues.begin(), out.issues.end(), [](const NotifyConfigIssue& a, const NotifyConfigIssue& b) {
            return (a.line > 0 ? a.line : INT_MAX) < (b.line > 0 ? b.line : INT_MAX);
        });
    if (out.issues.isEmpty())
        out.config = c;
    return out;
}

NotifyConfigLoad loadNotifyConfig(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        NotifyConfigLoad out;
        out.issues << NotifyConfigIssue {{}, tr("cannot read %1: %2").arg(path, file.errorString())};
        return out;
    }
    return parseNotifyConfig(file.readAll());
}

QByteArray notifyConfigToJson(const NotifyConfig& c)
{
    QJsonObject policy {{QStringLiteral("min_severity"), toId(c.policy.minSeverity)},
        {QStringLiteral("group_wait"), c.policy.groupWaitSeconds},
        {QStringLiteral("critical_at_once"), c.policy.criticalAtOnce},
        {QStringLiteral("clear_hold"), c.policy.clearHoldSeconds},
        {QStringLiteral("repeat"), c.policy.repeatSeconds}};
    QJsonObject alarms;
    for (const auto& [kind, rule] : c.policy.rules) {
        if (rule.isDefault())
            continue;
        QJsonObject o;
        if (rule.muted)
            o.insert(QStringLiteral("muted"), true);
        if (rule.minSeverity)
            o.insert(QStringLiteral("min_severity"), toId(*rule.minSeverity));
        if (rule.repeatSeconds)
            o.insert(QStringLiteral("repeat"), *rule.repeatSeconds);
        if (rule.severity)
            o.insert(QStringLiteral("severity"), toId(*rule.severity));
        alarms.insert(toId(kind), o);
    }
    QJsonObject channels;
    if (c.webhook) {
        QJsonObject o;
        if (!c.webhook->url.isEmpty())
            o.insert(QStringLiteral("url"), c.webhook->url);
        if (!c.webhook->urlSecret.isEmpty())
            o.insert(QStringLiteral("url_secret"), c.webhook->urlSecret);
        channels.insert(QStringLiteral("webhook"), o);
    }
    if (c.smtp) {
        const SmtpSettings& s = c.smtp->settings;
        QJsonObject o {{QStringLiteral("host"), s.host}, {QStringLiteral("port"), s.port},
            {QStringLiteral("tls"), toId(s.tls)}, {QStringLiteral("from"), s.from},
            {QStringLiteral("to"), QJsonArray::fromStringList(s.to)}};
        if (s.allowPlaintext)
            o.insert(QStringLiteral("allow_plaintext"), true);
        if (!s.user.isEmpty())
            o.insert(QStringLiteral("user"), s.user);
        if (!c.smtp->passwordSecret.isEmpty())
            o.insert(QStringLiteral("password_secret"), c.smtp->passwordSecret);
        if (!s.caFile.isEmpty())
            o.insert(QStringLiteral("ca_file"), s.caFile);
        channels.insert(QStringLiteral("smtp"), o);
    }
    channels.insert(QStringLiteral("desktop"), QJsonObject {{QStringLiteral("enabled"), c.desktop}});
    QJsonObject root {{QStringLiteral("version"), 1}, {QStringLiteral("policy"), policy},
        {QStringLiteral("channels"), channels}};
    if (!alarms.isEmpty())
        root.insert(QStringLiteral("alarms"), alarms);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool saveNotifyConfig(const QString& path, const NotifyConfig& config, QString* error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = tr("cannot create the folder %1").arg(QFileInfo(path).absolutePath());
        return false;
    }
    return writeFileAtomically(
        path, notifyConfigToJson(config), error, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QString defaultNotifyConfigPath()
{
    return QFileInfo(QSettings().fileName()).absolutePath() + QStringLiteral("/notifications.json");
}

} // namespace pgpilot
