// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop conventions that need no display: the settings table, where files go (QStandardPaths,
// never next to the binary), logging categories, and the diagnostics report (no secrets).
#include "audit/diagnostics.h"
#include "core/appidentity.h"
#include "core/logging.h"
#include "core/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pgpilot;

class TestDesktop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyApplicationIdentity(); // what app/main.cpp sets
        logrecorder::install(50);
    }

    void settingsTableHasUniqueKeysWithScopeAndDefault()
    {
        QSet<QString> keys;
        for (const SettingKey* k : setting::all()) {
            QVERIFY2(!keys.contains(QLatin1String(k->key)), k->key);
            keys.insert(QLatin1String(k->key));
            QVERIFY2(k->defaultValue.isValid(), k->key);
        }
        QVERIFY(keys.size() >= 3);
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("s.ini")));
        QCOMPARE(s.value(setting::LastDirectory), setting::LastDirectory.defaultValue);
        s.setValue(setting::LastDirectory, QStringLiteral("/srv"));
        QCOMPARE(s.value(setting::LastDirectory).toString(), QStringLiteral("/srv"));
    }

    void filesGoToTheUsersDirectoriesNotNextToTheBinary()
    {
        const DataLocations l = dataLocations();
        const QString binary = QCoreApplication::applicationDirPath();
        for (const QString& p : {l.settingsFile, l.dataDirectory, l.cacheDirectory}) {
            QVERIFY2(!p.isEmpty(), "empty location");
            QVERIFY2(!p.startsWith(binary), qPrintable(p));
            QVERIFY2(QDir::isAbsolutePath(p), qPrintable(p));
        }
        // Every location is named after the application id io.github.pgpilot.pgpilot.
        QVERIFY2(l.settingsFile.endsWith(QLatin1String("/io.github.pgpilot/pgpilot.conf")),
            qPrintable(l.settingsFile));
        QVERIFY2(l.dataDirectory.endsWith(QLatin1String("/io.github.pgpilot/pgpilot")),
            qPrintable(l.dataDirectory));
        QVERIFY2(l.cacheDirectory.endsWith(QLatin1String("/io.github.pgpilot/pgpilot")),
            qPrintable(l.cacheDirectory));
    }

    void categoriesAreNamedPerSubsystem()
    {
        for (const QLoggingCategory& c :
            {std::cref(lcSpec()), std::cref(lcSecrets()), std::cref(lcSsh()), std::cref(lcExec()),
                std::cref(lcMonitor()), std::cref(lcOps()), std::cref(lcSettings()), std::cref(lcUi())})
            QVERIFY2(QByteArray(c.categoryName()).startsWith("pgpilot."), c.categoryName());
        QVERIFY(lcSsh().isInfoEnabled());
        QVERIFY(!lcSsh().isDebugEnabled()); // QT_LOGGING_RULES="pgpilot.ssh.debug=true" turns it on
    }

    void diagnosticsHaveVersionSpecAndLogButNoSecrets()
    {
        qCInfo(lcSsh) << "pg1 connected";
        qCWarning(lcExec) << "sudo password=hunter2 was typed into a log line";
        ClusterSpec spec = ClusterSpec::guideDefaults();
        spec.name = QStringLiteral("prod");
        spec.nodes[0].address = QStringLiteral("10.0.1.11");
        spec.nodes[0].ssh.secretRef = QStringLiteral("pgpilot:prod:pg1-ssh");
        DiagnosticsInput in;
        in.appVersion = QStringLiteral("9.8.7");
        in.clusterFile = QStringLiteral("/home/dba/prod.json");
        in.spec = spec;
        const QString report = diagnosticsReport(in);
        QVERIFY(report.contains(QLatin1String("pgpilot: 9.8.7")));
        QVERIFY(report.contains(QLatin1String(qVersion())));
        QVERIFY(report.contains(QLatin1String("10.0.1.11")));
        QVERIFY(report.contains(QLatin1String("pgpilot.ssh info: pg1 connected")));
        QVERIFY2(!report.contains(QLatin1String("hunter2")), qPrintable(report));
        QVERIFY2(!report.contains(QLatin1String("pgpilot:prod:pg1-ssh")), "secret reference leaked");
        QVERIFY2(!report.contains(QLatin1String("pgpilot:prod:repmgr")), "secret reference leaked");
    }

    void recorderKeepsOnlyTheLastLines()
    {
        for (int i = 0; i < 80; ++i)
            qCInfo(lcUi) << "line" << i;
        const QStringList lines = logrecorder::recentLines(1000);
        QCOMPARE(lines.size(), 50);
        QVERIFY(lines.last().endsWith(QLatin1String("line 79")));
    }
};

QTEST_GUILESS_MAIN(TestDesktop)
#include "tst_desktop.moc"
