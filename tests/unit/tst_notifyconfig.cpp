// SPDX-License-Identifier: GPL-3.0-or-later
// The notification configuration file (issue 18): the documented example parses to what it says,
// a config survives save and load unchanged, and every kind of mistake is refused with its field
// and line; no secret is ever written into it.
#include "notify/notifyconfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pgpilot;

namespace {

// The example of docs/notifications.md ("The configuration file").
const QByteArray kExample = "{\n"
                            "  \"version\": 1,\n"
                            "  \"policy\": {\n"
                            "    \"min_severity\": \"warning\",\n"
                            "    \"group_wait\": 1,\n"
                            "    \"critical_at_once\": true,\n"
                            "    \"clear_hold\": 30,\n"
                            "    \"repeat\": 14400\n"
                            "  },\n"
                            "  \"alarms\": {\n"
                            "    \"lag-high\": { \"min_severity\": \"critical\", \"repeat\": 0 },\n"
                            "    \"certificate-expiring\": { \"muted\": true },\n"
                            "    \"no-primary\": { \"repeat\": 900 },\n"
                            "    \"haproxy-down\": { \"severity\": \"critical\" }\n"
                            "  },\n"
                            "  \"channels\": {\n"
                            "    \"webhook\": { \"url_secret\": \"pgpilot:notify:webhook\" },\n"
                            "    \"smtp\": {\n"
                            "      \"host\": \"smtp.example.net\",\n"
                            "      \"port\": 587,\n"
                            "      \"tls\": \"starttls\",\n"
                            "      \"from\": \"pgpilot@example.net\",\n"
                            "      \"to\": [\"oncall@example.net\", \"dba@example.net\"],\n"
                            "      \"user\": \"pgpilot\",\n"
                            "      \"password_secret\": \"pgpilot:notify:smtp\",\n"
                            "      \"ca_file\": \"/etc/ssl/private-ca.pem\"\n"
                            "    },\n"
                            "    \"desktop\": { \"enabled\": true }\n"
                            "  }\n"
                            "}\n";

QString issues(const NotifyConfigLoad& load)
{
    QStringList out;
    for (const NotifyConfigIssue& i : load.issues)
        out << i.text();
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestNotifyConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentedExample()
    {
        const NotifyConfigLoad load = parseNotifyConfig(kExample);
        QVERIFY2(load.config, qPrintable(issues(load)));
        const NotifyConfig& c = *load.config;
        QCOMPARE(c.policy.minSeverity, Severity::Warning);
        QCOMPARE(c.policy.clearHoldSeconds, 30);
        QCOMPARE(c.policy.repeatSeconds, 14400);
        QVERIFY(c.policy.criticalAtOnce);
        const NotifyConfigLoad waits = parseNotifyConfig("{\"policy\": {\"critical_at_once\": false}}");
        QVERIFY2(waits.config, qPrintable(issues(waits)));
        QVERIFY(!waits.config->policy.criticalAtOnce);
        QVERIFY(parseNotifyConfig(notifyConfigToJson(*waits.config)).config->policy.criticalAtOnce == false);
        QCOMPARE(c.policy.rules.size(), size_t(4));
        QCOMPARE(c.policy.rule(AlarmKind::LagHigh).minSeverity, std::optional(Severity::Critical));
        QCOMPARE(c.policy.rule(AlarmKind::LagHigh).repeatSeconds, std::optional(0));
        QVERIFY(c.policy.rule(AlarmKind::CertificateExpiring).muted);
        QCOMPARE(c.policy.repeatFor(AlarmKind::NoPrimary), 900);
        QCOMPARE(c.policy.repeatFor(AlarmKind::SplitBrain), 14400);
        QCOMPARE(c.policy.rule(AlarmKind::HaproxyDown).severity, std::optional(Severity::Critical));
        QVERIFY(c.webhook);
        QCOMPARE(c.webhook->urlSecret, QStringLiteral("pgpilot:notify:webhook"));
        QVERIFY(c.smtp);
        QCOMPARE(c.smtp->settings.host, QStringLiteral("smtp.example.net"));
        QCOMPARE(c.smtp->settings.tls, SmtpSettings::Tls::StartTls);
        QCOMPARE(c.smtp->settings.to.size(), 2);
        QCOMPARE(c.smtp->passwordSecret, QStringLiteral("pgpilot:notify:smtp"));
        QVERIFY(c.smtp->settings.password.isEmpty());
        QVERIFY(c.desktop);
        QVERIFY(validate(c).isEmpty());
    }

    void defaultsAndPorts()
    {
        const NotifyConfigLoad empty = parseNotifyConfig("{}");
        QVERIFY(empty.config);
        QCOMPARE(empty.config->policy, NotifyPolicy {});
        QVERIFY(!empty.config->hasChannel());
        const NotifyConfigLoad tls
            = parseNotifyConfig("{\"channels\": {\"smtp\": {\"host\": \"mail.example.net\", \"tls\": "
                                "\"tls\", \"from\": \"a@example.net\", \"to\": [\"b@example.net\"]}}}");
        QVERIFY2(tls.config, qPrintable(issues(tls)));
        QCOMPARE(tls.config->smtp->settings.port, quint16(465));
        const NotifyConfigLoad local
            = parseNotifyConfig("{\"channels\": {\"smtp\": {\"host\": \"127.0.0.1\", \"tls\": \"none\", "
                                "\"from\": \"a@example.net\", \"to\": [\"b@example.net\"]}}}");
        QVERIFY2(local.config, qPrintable(issues(local)));
        QCOMPARE(local.config->smtp->settings.port, quint16(25));
    }

    void roundTrip()
    {
        NotifyConfig c = *parseNotifyConfig(kExample).config;
        c.policy.rules[AlarmKind::SplitBrain].severity = Severity::Warning;
        c.smtp->settings.allowPlaintext = true;
        c.smtp->settings.tls = SmtpSettings::Tls::None;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/notifications.json"));
        QString error;
        QVERIFY2(saveNotifyConfig(path, c, &error), qPrintable(error));
        QCOMPARE(QFile(path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const NotifyConfigLoad back = loadNotifyConfig(path);
        QVERIFY2(back.config, qPrintable(issues(back)));
        QVERIFY(*back.config == c);
        // A webhook URL without a token may be in the file.
        c.webhook = NotifyConfig::Webhook {QStringLiteral("https://hooks.example.net/pgpilot"), {}};
        QVERIFY(*parseNotifyConfig(notifyConfigToJson(c)).config == c);
    }

    void mistakesNameTheFieldAndLine_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("{\n  \"policy\": {\n    \"repeat\": 10,\n  }\n}")
                                  << QString() << 4 << QStringLiteral("not JSON");
        QTest::newRow("array") << QByteArray("[]") << QString() << 1 << QStringLiteral("object");
        QTest::newRow("unknown top") << QByteArray("{\n \"polcy\": {}\n}") << QStringLiteral("polcy") << 2
                                     << QStringLiteral("unknown field");
        QTest::newRow("version") << QByteArray("{\"version\": 2}") << QStringLiteral("version") << 1
                                 << QStringLiteral("must be 1");
        QTest::newRow("severity") << QByteArray("{\n\"policy\": {\n\"min_severity\": \"error\"}}")
                                  << QStringLiteral("policy.min_severity") << 3
                                  << QStringLiteral("warning or critical");
        QTest::newRow("negative") << QByteArray("{\"policy\": {\"clear_hold\": -1}}")
                                  << QStringLiteral("policy.clear_hold") << 1
                                  << QStringLiteral("whole number");
        QTest::newRow("fraction") << QByteArray("{\"policy\": {\"repeat\": 1.5}}")
                                  << QStringLiteral("policy.repeat") << 1 << QStringLiteral("whole number");
        QTest::newRow("string seconds")
            << QByteArray("{\"policy\": {\"group_wait\": \"1\"}}") << QStringLiteral("policy.group_wait") << 1
            << QStringLiteral("whole number");
        QTest::newRow("unknown kind") << QByteArray("{\n\"alarms\": {\n  \"lag\": {\"muted\": true}}}")
                                      << QStringLiteral("alarms.lag") << 3 << QStringLiteral("lag-high");
        QTest::newRow("rule field") << QByteArray("{\"alarms\": {\"lag-high\": {\"mute\": true}}}")
                                    << QStringLiteral("alarms.lag-high.mute") << 1
                                    << QStringLiteral("unknown field");
        QTest::newRow("muted type") << QByteArray("{\"alarms\": {\"lag-high\": {\"muted\": \"yes\"}}}")
                                    << QStringLiteral("alarms.lag-high.muted") << 1
                                    << QStringLiteral("true or false");
        QTest::newRow("webhook both")
            << QByteArray(
                   "{\"channels\": {\"webhook\": {\"url\": \"https://a.example/x\", \"url_secret\": \"k\"}}}")
            << QStringLiteral("channels.webhook") << 1 << QStringLiteral("either url or url_secret");
        QTest::newRow("webhook creds")
            << QByteArray("{\"channels\": {\"webhook\": {\"url\": \"https://u:p@a.example/x\"}}}")
            << QStringLiteral("channels.webhook.url") << 1 << QStringLiteral("keychain");
        QTest::newRow("smtp port") << QByteArray(
            "{\"channels\": {\"smtp\": {\n\"host\": \"m.example.net\", \"from\": \"a@example.net\", "
            "\"to\": [\"b@example.net\"],\n\"port\": 70000}}}")
                                   << QStringLiteral("channels.smtp.port") << 3
                                   << QStringLiteral("1 to 65535");
        QTest::newRow("smtp tls") << QByteArray(
            "{\"channels\": {\"smtp\": {\"host\": \"m.example.net\", \"tls\": \"ssl\", \"from\": "
            "\"a@example.net\", \"to\": [\"b@example.net\"]}}}")
                                  << QStringLiteral("channels.smtp.tls") << 1
                                  << QStringLiteral("starttls, tls or none");
        QTest::newRow("smtp plain remote")
            << QByteArray("{\"channels\": {\"smtp\": {\"host\": \"m.example.net\", \"tls\": \"none\", "
                          "\"from\": \"a@example.net\", \"to\": [\"b@example.net\"]}}}")
            << QStringLiteral("channels.smtp.tls") << 1 << QStringLiteral("allow_plaintext");
        QTest::newRow("smtp to string")
            << QByteArray("{\"channels\": {\"smtp\": {\"host\": \"m.example.net\", \"from\": "
                          "\"a@example.net\", \"to\": \"b@example.net\"}}}")
            << QStringLiteral("channels.smtp.to") << 1 << QStringLiteral("list of addresses");
        QTest::newRow("smtp injected to")
            << QByteArray("{\"channels\": {\"smtp\": {\"host\": \"m.example.net\", \"from\": "
                          "\"a@example.net\", \"to\": [\"b@example.net\\r\\nBcc: c@example.net\"]}}}")
            << QStringLiteral("channels.smtp.to") << 1 << QStringLiteral("line break");
        QTest::newRow("smtp password")
            << QByteArray(
                   "{\"channels\": {\"smtp\": {\"host\": \"m.example.net\", \"from\": \"a@example.net\", "
                   "\"to\": [\"b@example.net\"], \"user\": \"u\", \"password\": \"hunter2\"}}}")
            << QStringLiteral("channels.smtp.password") << 1 << QStringLiteral("unknown field");
        QTest::newRow("smtp no secret")
            << QByteArray("{\"channels\": {\"smtp\": {\"host\": \"m.example.net\", \"from\": "
                          "\"a@example.net\", \"to\": [\"b@example.net\"], \"user\": \"u\"}}}")
            << QStringLiteral("channels.smtp.password_secret") << 0 << QStringLiteral("keychain");
        QTest::newRow("secret name") << QByteArray(
            "{\"channels\": {\"webhook\": {\"url_secret\": \"a key; rm -rf\"}}}")
                                     << QStringLiteral("channels.webhook.url_secret") << 1
                                     << QStringLiteral("keychain entry name");
        QTest::newRow("desktop") << QByteArray("{\"channels\": {\"desktop\": {\"enabled\": 1}}}")
                                 << QStringLiteral("channels.desktop.enabled") << 1
                                 << QStringLiteral("true or false");
    }

    void mistakesNameTheFieldAndLine()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(int, line);
        QFETCH(QString, says);
        const NotifyConfigLoad load = parseNotifyConfig(json);
        QVERIFY(!load.config);
        QVERIFY(!load.issues.isEmpty());
        const NotifyConfigIssue& issue = load.issues.first();
        QCOMPARE(issue.field, field);
        QCOMPARE(issue.line, line);
        QVERIFY2(issue.text().contains(says), qPrintable(issue.text()));
        if (line > 0)
            QVERIFY2(issue.text().startsWith(QStringLiteral("line %1").arg(line)), qPrintable(issue.text()));
    }

    void validateCatchesACodeBuiltConfig()
    {
        NotifyConfig c;
        c.policy.clearHoldSeconds = -5;
        c.smtp = NotifyConfig::Smtp {};
        c.smtp->settings.host = QStringLiteral("mail.example.net");
        c.smtp->settings.from = QStringLiteral("not an address");
        QStringList fields;
        for (const NotifyConfigIssue& i : validate(c))
            fields << i.field;
        QVERIFY2(
            fields.contains(QStringLiteral("policy.clear_hold")), qPrintable(fields.join(QLatin1Char(','))));
        QVERIFY(fields.contains(QStringLiteral("channels.smtp.from")));
        QVERIFY(fields.contains(QStringLiteral("channels.smtp.to")));
    }

    void idsAreTheMonitorsOwn()
    {
        for (const AlarmKind kind : allAlarmKinds())
            QCOMPARE(alarmKindFromId(toId(kind)), std::optional(kind));
        QCOMPARE(allAlarmKinds().size(), int(AlarmKind::ScheduledOperationMissed) + 1);
        QVERIFY(!alarmKindFromId(QStringLiteral("unknown")));
    }
};

QTEST_GUILESS_MAIN(TestNotifyConfig)
#include "tst_notifyconfig.moc"
