// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditlog.h"
#include "history/historyrecorder.h"
#include "history/incidentbundle.h"
#include "history/secretmask.h"
#include "monitor/demosnapshots.h"
#include "monitor/derive.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pgpilot;

namespace {

const QDateTime kStart(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
// Planted secrets: none of them may reach the bundle.
const QByteArray kKnownSecret("hunter2-xyz-secret"); // known to the masker (a keychain value)
const QByteArray kPasswordValue("Sup3rS3cretValue"); // after password=
const QByteArray kUrlPassword("Tok3nPass"); // URL user information
const QByteArray kQueryToken("QueryTok3n"); // URL query

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void append(const QString& path, const QByteArray& data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    QCOMPARE(file.write(data), data.size());
}

// tar with arguments in dir: its exit code, its output in *out.
int tar(const QStringList& arguments, const QString& dir, QByteArray* out)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("tar"), arguments);
    if (!process.waitForFinished(30000))
        return -1;
    *out = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class TestIncidentBundle : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QDateTime m_now = kStart;
    HistoryOptions m_history;
    QString m_audit;
    SecretMasker m_masker;

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("tar")).isEmpty())
            QSKIP("no tar on this system to read the bundle back");
        m_masker.addSecret(kKnownSecret);
        m_history.root = m_dir.filePath(QStringLiteral("history"));
        m_history.clock = [this] {
            return m_now;
        };
        m_audit = m_dir.filePath(QStringLiteral("audit.log"));

        // Ten healthy minutes, a failover of two minutes, ten healthy minutes.
        HistoryRecorder recorder(QStringLiteral("main"), m_history);
        QVERIFY(recorder.start());
        quint64 tick = 0;
        ClusterSnapshot previous;
        auto feed = [&](DemoScenario scenario, int seconds) {
            for (int i = 0; i < seconds; ++i) {
                ClusterSnapshot s = demoSnapshot(scenario, 3, ++tick, m_now);
                s.nodes[0].pg.error = QStringLiteral("connect failed: password=%1 rejected")
                                          .arg(QString::fromLatin1(kPasswordValue)); // in every frame
                deriveCluster(s);
                recorder.feed(s);
                recorder.addEvents(diffSnapshots(previous, s));
                previous = s;
                m_now = m_now.addSecs(1);
            }
        };
        feed(DemoScenario::Healthy, 600);
        feed(DemoScenario::FailoverInProgress, 120);
        feed(DemoScenario::Healthy, 600);
        recorder.stop();
        // An event line as an older pgpilot (or a hand) may have stored it, secrets unmasked.
        const QString day
            = QDir(m_history.root).filePath(QStringLiteral("main/") + historyDayFileName(kStart.date()));
        append(day,
            historyEventLine({kStart.addSecs(650), ClusterEvent::Kind::Operation, QStringLiteral("pg1"),
                QStringLiteral("webhook https://alice:%1@hooks.example.com/x?token=%2 with %3")
                    .arg(QString::fromLatin1(kUrlPassword), QString::fromLatin1(kQueryToken),
                        QString::fromLatin1(kKnownSecret)),
                Severity::Warning})
                + '\n');

        // The audit log: this cluster in and out of the window, another cluster, a rotated file.
        auto entry = [](const QDateTime& time, const QString& cluster, const QString& command) {
            return QJsonDocument(QJsonObject {{QStringLiteral("time"), time.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("cluster"), cluster},
                                     {QStringLiteral("node"), QStringLiteral("pg2")},
                                     {QStringLiteral("kind"), QStringLiteral("run")},
                                     {QStringLiteral("command"), command}, {QStringLiteral("exit"), 0}})
                       .toJson(QJsonDocument::Compact)
                + '\n';
        };
        append(m_audit + QStringLiteral(".1"),
            entry(kStart.addSecs(610), QStringLiteral("main"), QStringLiteral("repmgr standby promote")));
        append(m_audit,
            entry(kStart.addSecs(620), QStringLiteral("main"),
                QStringLiteral("psql -c \"ALTER ROLE repmgr PASSWORD '%1'\"")
                    .arg(QString::fromLatin1(kKnownSecret)))
                + entry(kStart.addSecs(630), QStringLiteral("other"), QStringLiteral("other cluster"))
                + entry(kStart.addSecs(-3600), QStringLiteral("main"), QStringLiteral("long before"))
                + "garbage\n");
    }

    void findsTheIncidentWindow()
    {
        const HistoryReader reader(QStringLiteral("main"), m_history);
        const auto window = lastIncidentWindow(reader, QDateTime());
        QVERIFY(window);
        QCOMPARE(window->first, kStart.addSecs(600 - 300));
        QCOMPARE(window->second, kStart.addSecs(720 + 300));
    }

    void bundleIsAReadableTarWithMatchingDigests()
    {
        IncidentBundleOptions options;
        options.cluster = QStringLiteral("main");
        options.from = kStart.addSecs(300);
        options.to = kStart.addSecs(1020);
        options.history = m_history;
        options.auditLogPath = m_audit;
        options.masker = &m_masker;
        options.pgpilotVersion = QStringLiteral("9.9.9");
        const QString path = m_dir.filePath(QStringLiteral("incident.tar"));
        IncidentBundleResult result;
        QVERIFY2(writeIncidentBundle(path, options, &result), qPrintable(result.error));
        QCOMPARE(int(QFileInfo(path).permissions() & 0x0fff), 0x600);
        QCOMPARE(QFileInfo(path).size() % 512, 0);
        QCOMPARE(result.auditEntries, 2);
        QCOMPARE(result.skipped, 1); // the audit log's garbage line
        QVERIFY(result.frames >= 4); // before, at the failover, the keyframes, after
        QVERIFY(result.events >= 4);

        // Never replaces a file.
        const QByteArray before = readAll(path);
        IncidentBundleResult again;
        QVERIFY(!writeIncidentBundle(path, options, &again));
        QVERIFY2(again.error.contains(QStringLiteral("exists")), qPrintable(again.error));
        QCOMPARE(readAll(path), before);

        // The system's tar reads it.
        QByteArray listing;
        QCOMPARE(tar({QStringLiteral("-tvf"), path}, m_dir.path(), &listing), 0);
        const QString prefix = QStringLiteral("pgpilot-incident-main-20261126T100500Z/");
        for (const char* member :
            {"manifest.json", "summary.txt", "frames.jsonl", "events.jsonl", "events.csv", "audit.jsonl"})
            QVERIFY2(listing.contains((prefix + QLatin1String(member)).toUtf8()), listing.constData());
        QVERIFY2(listing.contains("-rw-------"), listing.constData());
        const QString out = m_dir.filePath(QStringLiteral("out"));
        QDir().mkpath(out);
        QByteArray output;
        QCOMPARE(tar({QStringLiteral("-xf"), path}, out, &output), 0);

        // The manifest's digests are those of the members.
        const QJsonObject manifest = QJsonDocument::fromJson(
            readAll(out + QLatin1Char('/') + prefix + QStringLiteral("manifest.json")))
                                         .object();
        QCOMPARE(manifest.value(QStringLiteral("cluster")).toString(), QStringLiteral("main"));
        QCOMPARE(manifest.value(QStringLiteral("pgpilotVersion")).toString(), QStringLiteral("9.9.9"));
        QCOMPARE(
            manifest.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-26T10:05:00.000Z"));
        QCOMPARE(
            manifest.value(QStringLiteral("counts")).toObject().value(QStringLiteral("auditEntries")).toInt(),
            2);
        const QJsonArray members = manifest.value(QStringLiteral("members")).toArray();
        QCOMPARE(members.size(), 5);
        for (const QJsonValue& member : members) {
            const QByteArray data
                = readAll(out + QLatin1Char('/') + prefix + member[QStringLiteral("name")].toString());
            QCOMPARE(member[QStringLiteral("size")].toInteger(), qint64(data.size()));
            QCOMPARE(member[QStringLiteral("sha256")].toString().toLatin1(),
                QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        }

        // What the members say.
        const QByteArray summary = readAll(out + QLatin1Char('/') + prefix + QStringLiteral("summary.txt"));
        QVERIFY2(summary.contains("At the start (2026-11-26T10:0"), summary.constData());
        QVERIFY(summary.contains("): pg1 primary+vip, pg2 standby, pg3 standby; writes -> pg1"));
        QVERIFY(summary.contains("Incidents:\n  2026-11-26T10:10:00Z .. 2026-11-26T10:12:00Z  critical"));
        QVERIFY(summary.contains("role"));
        QVERIFY(summary.contains("alarm-raised"));
        const QByteArray audit = readAll(out + QLatin1Char('/') + prefix + QStringLiteral("audit.jsonl"));
        QCOMPARE(audit.count('\n'), 2);
        QVERIFY(audit.contains("repmgr standby promote")); // from audit.log.1
        QVERIFY(!audit.contains("other cluster"));
        QVERIFY(!audit.contains("long before"));
        const QByteArray csv = readAll(out + QLatin1Char('/') + prefix + QStringLiteral("events.csv"));
        QVERIFY(csv.startsWith("time,kind,node,severity,text\r\n"));
        const QByteArray frames = readAll(out + QLatin1Char('/') + prefix + QStringLiteral("frames.jsonl"));
        QCOMPARE(frames.count('\n'), result.frames);
        QVERIFY(frames.contains("password=****"));

        // No planted secret anywhere in the archive.
        for (const QByteArray& secret : {kKnownSecret, kPasswordValue, kUrlPassword, kQueryToken})
            QVERIFY2(!before.contains(secret), secret.constData());
        QVERIFY(before.contains("https://****@hooks.example.com/x?****"));
    }

    void refusesAWindowBackwards()
    {
        IncidentBundleOptions options;
        options.cluster = QStringLiteral("main");
        options.from = kStart.addSecs(100);
        options.to = kStart;
        options.history = m_history;
        IncidentBundleResult result;
        QVERIFY(makeIncidentBundle(options, &result).isEmpty());
        QVERIFY(!result.error.isEmpty());
        options.cluster = QStringLiteral("../x");
        options.to = kStart.addSecs(200);
        QVERIFY(makeIncidentBundle(options, &result).isEmpty());
        QVERIFY(!result.error.isEmpty());
    }

    void masksSecretLookingValues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("masked");
        QTest::newRow("password=") << "psql password=abc123 host=x"
                                   << "psql password=**** host=x";
        QTest::newRow("PGPASSWORD") << "PGPASSWORD='a b' psql"
                                    << "PGPASSWORD=**** psql";
        QTest::newRow("json") << R"({"client_secret": "xyz"})"
                              << R"({"client_secret": ****})";
        QTest::newRow("token:") << "token: abc.def"
                                << "token: ****";
        QTest::newRow("url") << "https://bob:pw@h.example/p?a=1&token=2#f"
                             << "https://****@h.example/p?****";
        QTest::newRow("plain") << "pg2: standby -> primary"
                               << "pg2: standby -> primary";
        QTest::newRow("libpq") << "password authentication failed for user"
                               << "password authentication failed for user";
        QTest::newRow("known") << "ALTER ROLE x PASSWORD 'hunter2-xyz-secret'"
                               << "ALTER ROLE x PASSWORD '****'";
    }
    void masksSecretLookingValues()
    {
        QFETCH(QString, text);
        QFETCH(QString, masked);
        QCOMPARE(maskSecretText(text, &m_masker), masked);
    }

    void tarHeadersAreUstar()
    {
        const QByteArray tarBytes = ustarArchive({{QStringLiteral("d/a.txt"), "hello"}}, kStart);
        QCOMPARE(tarBytes.size(), 512 * 2 + 512 + 1024); // directory, header, one data block, end
        const QByteArray header = tarBytes.mid(512, 512);
        QCOMPARE(header.mid(257, 6), QByteArray("ustar\0", 6));
        unsigned sum = 0;
        for (int i = 0; i < 512; ++i)
            sum += (i >= 148 && i < 156) ? unsigned(' ') : static_cast<unsigned char>(header.at(i));
        QCOMPARE(header.mid(148, 6).toUInt(nullptr, 8), sum);
        QCOMPARE(tarBytes.mid(1024, 5), QByteArray("hello"));
    }
};

QTEST_GUILESS_MAIN(TestIncidentBundle)
#include "tst_incidentbundle.moc"
