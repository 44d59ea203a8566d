// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pgpilot;

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("pgpilot.ini")));
        QVERIFY(settings.recentFiles().isEmpty());
        QCOMPARE(settings.value(setting::LastDirectory).toString(), QString());
    }

    void recentFilesOrderAndLimit()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("pgpilot.ini")));
        QStringList paths;
        for (int i = 0; i < setting::kMaxRecentFiles + 2; ++i) {
            const QString p = dir.filePath(QStringLiteral("c%1.json").arg(i));
            QFile f(p);
            QVERIFY(f.open(QIODevice::WriteOnly));
            paths << p;
            settings.addRecentFile(p);
        }
        QCOMPARE(settings.recentFiles().size(), setting::kMaxRecentFiles);
        QCOMPARE(settings.recentFiles().first(), paths.last());
        settings.addRecentFile(paths.at(5));
        QCOMPARE(settings.recentFiles().first(), paths.at(5));
        QCOMPARE(settings.recentFiles().count(paths.at(5)), 1);
        // A file that vanished drops out of the list.
        QVERIFY(QFile::remove(paths.last()));
        settings.addRecentFile(paths.at(5));
        QVERIFY(!settings.recentFiles().contains(paths.last()));
        QCOMPARE(settings.value(setting::LastDirectory).toString(), dir.path());
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
