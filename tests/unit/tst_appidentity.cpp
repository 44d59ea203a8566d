// SPDX-License-Identifier: GPL-3.0-or-later
// The application id io.github.pgpilot.pgpilot as Qt identity, and the move of the old identity's
// settings, data and cache (organization and application "pgpilot") to the new places: contents
// and file modes kept, nothing overwritten, nothing created when there is nothing to move, and a
// second start does nothing.
#include "core/appidentity.h"
#include "core/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace pgpilot;

Q_DECLARE_METATYPE(pgpilot::MigrationMethod)
Q_DECLARE_METATYPE(pgpilot::MigrationOutcome)

namespace {

// Every entry below root: relative path -> "mode kind content", mode the exact st_mode bits.
using Tree = QMap<QString, QString>;

Tree snapshot(const QString& root)
{
    Tree tree;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st = {};
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            continue;
        QString entry = QString::number(st.st_mode & 07777, 8) + QLatin1Char(' ');
        if (S_ISLNK(st.st_mode)) {
            char target[4096] = {};
            const ssize_t n = ::readlink(QFile::encodeName(path).constData(), target, sizeof target - 1);
            entry += QStringLiteral("link ") + QString::fromLocal8Bit(target, int(qMax<ssize_t>(n, 0)));
        } else if (S_ISDIR(st.st_mode)) {
            entry += QStringLiteral("dir");
        } else {
            QFile f(path);
            entry += QStringLiteral("file ")
                + (f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll())
                                               : QStringLiteral("<unreadable>"));
        }
        tree.insert(QDir(root).relativeFilePath(path), entry);
    }
    return tree;
}

bool writeFile(const QString& path, const QByteArray& data, mode_t mode)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size() && (f.close(), true)
        && ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

bool makeDir(const QString& path, mode_t mode)
{
    return QDir().mkpath(path) && ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

mode_t modeOf(const QString& path)
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 0;
}

// The old identity's files as a user of an earlier pgpilot has them (known_hosts and the audit
// log private, the data directory owner-only, a relative link to show links stay links).
bool makeOldLayout(const BaseDirectories& base, const QByteArray& tag = "old")
{
    const IdentityLocations old = legacyLocations(base);
    return writeFile(old.settingsFile, "[files]\nlastDirectory=/srv/" + tag + "\n", 0600)
        && makeDir(old.dataDirectory, 0700)
        && writeFile(
            old.dataDirectory + QStringLiteral("/known_hosts"), "pg1 ssh-ed25519 AAAA" + tag + "\n", 0600)
        && writeFile(
            old.dataDirectory + QStringLiteral("/audit.log"), "2026-01-01 pg1 true # " + tag + "\n", 0600)
        && writeFile(old.dataDirectory + QStringLiteral("/progress/lab.json"), "{\"phase\": 2}\n", 0644)
        && makeDir(old.dataDirectory + QStringLiteral("/progress"), 0750)
        && ::symlink("progress/lab.json",
               QFile::encodeName(old.dataDirectory + QStringLiteral("/last-progress")).constData())
        == 0
        && writeFile(old.cacheDirectory + QStringLiteral("/thumbnail"), tag, 0644);
}

} // namespace

class TestAppIdentity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_xdg;

private:
    BaseDirectories basesIn(const QTemporaryDir& dir) const
    {
        return {dir.filePath(QStringLiteral("config")), dir.filePath(QStringLiteral("data")),
            dir.filePath(QStringLiteral("cache"))};
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The user's base directories point into a temporary directory: nothing here may touch the
        // real ~/.config, ~/.local/share or ~/.cache.
        QVERIFY(m_xdg.isValid());
        qputenv("XDG_CONFIG_HOME", m_xdg.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_xdg.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CACHE_HOME", m_xdg.filePath(QStringLiteral("cache")).toUtf8());
        applyApplicationIdentity();
    }

    void identityIsTheApplicationId()
    {
        QCOMPARE(applicationId(), QStringLiteral("io.github.pgpilot.pgpilot"));
        QCOMPARE(QCoreApplication::organizationName(), QStringLiteral("io.github.pgpilot"));
        QCOMPARE(QCoreApplication::organizationDomain(), QStringLiteral("pgpilot.github.io"));
        QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("pgpilot"));
    }

    void locationsAreWhereQtPutsThem()
    {
        // The migration's idea of the new and old places must be Qt's, or it would move the files
        // where nothing reads them.
        const BaseDirectories base = userBaseDirectories();
        QCOMPARE(base.config, m_xdg.filePath(QStringLiteral("config")));
        QCOMPARE(base.data, m_xdg.filePath(QStringLiteral("data")));
        QCOMPARE(base.cache, m_xdg.filePath(QStringLiteral("cache")));
        const IdentityLocations now = currentLocations(base);
        QCOMPARE(now.settingsFile, m_xdg.filePath(QStringLiteral("config/io.github.pgpilot/pgpilot.conf")));
        QCOMPARE(now.dataDirectory, m_xdg.filePath(QStringLiteral("data/io.github.pgpilot/pgpilot")));
        QCOMPARE(now.cacheDirectory, m_xdg.filePath(QStringLiteral("cache/io.github.pgpilot/pgpilot")));
        const DataLocations qt = dataLocations();
        QCOMPARE(qt.settingsFile, now.settingsFile);
        QCOMPARE(qt.dataDirectory, now.dataDirectory);
        QCOMPARE(qt.cacheDirectory, now.cacheDirectory);

        const IdentityLocations old = legacyLocations(base);
        QCOMPARE(old.settingsFile, m_xdg.filePath(QStringLiteral("config/pgpilot/pgpilot.conf")));
        QCOMPARE(old.dataDirectory, m_xdg.filePath(QStringLiteral("data/pgpilot/pgpilot")));
        QCOMPARE(old.cacheDirectory, m_xdg.filePath(QStringLiteral("cache/pgpilot/pgpilot")));
        // ... which is where Qt put them under the old identity.
        QCoreApplication::setOrganizationName(QStringLiteral("pgpilot"));
        QCoreApplication::setOrganizationDomain(QString());
        QCoreApplication::setApplicationName(QStringLiteral("pgpilot"));
        const DataLocations before = dataLocations();
        applyApplicationIdentity();
        QCOMPARE(before.settingsFile, old.settingsFile);
        QCOMPARE(before.dataDirectory, old.dataDirectory);
        QCOMPARE(before.cacheDirectory, old.cacheDirectory);
        QVERIFY(!QFileInfo::exists(m_xdg.filePath(QStringLiteral("config")))); // asking created nothing
    }

    void oldLayoutIsMovedWithContentsAndModes_data()
    {
        QTest::addColumn<MigrationMethod>("method");
        QTest::addColumn<MigrationOutcome>("outcome");
        QTest::newRow("rename") << MigrationMethod::RenameOrCopy << MigrationOutcome::Moved;
        // What happens when ~/.local/share is on another file system than the old directory.
        QTest::newRow("copy") << MigrationMethod::CopyOnly << MigrationOutcome::Copied;
    }

    void oldLayoutIsMovedWithContentsAndModes()
    {
        QFETCH(MigrationMethod, method);
        QFETCH(MigrationOutcome, outcome);
        QTemporaryDir dir;
        const BaseDirectories base = basesIn(dir);
        QVERIFY(makeOldLayout(base));
        const IdentityLocations old = legacyLocations(base);
        const IdentityLocations now = currentLocations(base);
        const Tree data = snapshot(old.dataDirectory);
        const Tree cache = snapshot(old.cacheDirectory);
        const mode_t dataMode = modeOf(old.dataDirectory);
        QCOMPARE(dataMode, mode_t(0700));
        QCOMPARE(data.size(), 5); // known_hosts, audit.log, progress/, progress/lab.json, last-progress

        const QList<MigrationResult> results = migrateLegacyLocations(base, method);
        QCOMPARE(results.size(), 3);
        for (const MigrationResult& r : results) {
            QVERIFY2(r.outcome == outcome, qPrintable(r.from + QLatin1Char(' ') + r.error));
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        }

        // The new places hold exactly what the old ones held, with the same modes.
        QCOMPARE(snapshot(now.dataDirectory), data);
        QCOMPARE(snapshot(now.cacheDirectory), cache);
        QCOMPARE(modeOf(now.dataDirectory), dataMode);
        QCOMPARE(modeOf(now.dataDirectory + QStringLiteral("/known_hosts")), mode_t(0600));
        QCOMPARE(modeOf(now.dataDirectory + QStringLiteral("/audit.log")), mode_t(0600));
        QCOMPARE(modeOf(now.settingsFile), mode_t(0600));
        QCOMPARE(QFileInfo(now.dataDirectory + QStringLiteral("/last-progress")).symLinkTarget(),
            now.dataDirectory + QStringLiteral("/progress/lab.json"));
        // ... and Qt reads them there.
        QCOMPARE(
            QSettings(now.settingsFile, QSettings::IniFormat).value(QStringLiteral("files/lastDirectory")),
            QVariant(QStringLiteral("/srv/old")));

        // The old ones are gone, their emptied organization directories too; no copy left over.
        for (const QString& p : {old.settingsFile, old.dataDirectory, old.cacheDirectory})
            QVERIFY2(!QFileInfo::exists(p), qPrintable(p));
        for (const QString& root : {base.config, base.data, base.cache}) {
            QVERIFY2(!QFileInfo::exists(root + QStringLiteral("/pgpilot")), qPrintable(root));
            QCOMPARE(QDir(root).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                QStringList {QStringLiteral("io.github.pgpilot")});
            QCOMPARE(QDir(root + QStringLiteral("/io.github.pgpilot"))
                         .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                QStringList {
                    root == base.config ? QStringLiteral("pgpilot.conf") : QStringLiteral("pgpilot")});
        }
    }

    void bothPresentKeepsTheNewAndLeavesTheOld()
    {
        QTemporaryDir dir;
        const BaseDirectories base = basesIn(dir);
        QVERIFY(makeOldLayout(base, "old"));
        const IdentityLocations now = currentLocations(base);
        QVERIFY(writeFile(now.settingsFile, "[files]\nlastDirectory=/srv/new\n", 0640));
        QVERIFY(writeFile(now.dataDirectory + QStringLiteral("/known_hosts"), "pg1 ssh-ed25519 NEW\n", 0600));
        QVERIFY(writeFile(now.cacheDirectory + QStringLiteral("/thumbnail"), "new", 0644));
        const Tree before = snapshot(dir.path());

        // One warning per location, saying which one is used.
        for (int location = 0; location < 3; ++location) {
            QTest::ignoreMessage(QtWarningMsg,
                QRegularExpression(
                    QStringLiteral("^both .*/pgpilot/pgpilot(\\.conf)? and "
                                   ".*/io\\.github\\.pgpilot/pgpilot(\\.conf)? exist: using "
                                   ".*/io\\.github\\.pgpilot/pgpilot(\\.conf)?, leaving .* as it is$")));
        }
        const QList<MigrationResult> results = migrateLegacyLocations(base);
        for (const MigrationResult& r : results)
            QCOMPARE(r.outcome, MigrationOutcome::BothExist);
        QCOMPARE(snapshot(dir.path()), before);
    }

    void onlySomeOldLocationsAreMovedAlone()
    {
        // The data directory alone (a user who never changed a setting): only it moves.
        QTemporaryDir dir;
        const BaseDirectories base = basesIn(dir);
        const IdentityLocations old = legacyLocations(base);
        const IdentityLocations now = currentLocations(base);
        QVERIFY(writeFile(old.dataDirectory + QStringLiteral("/audit.log"), "x\n", 0600));
        const QList<MigrationResult> results = migrateLegacyLocations(base);
        QCOMPARE(results.at(0).outcome, MigrationOutcome::NothingToMigrate);
        QCOMPARE(results.at(1).outcome, MigrationOutcome::Moved);
        QCOMPARE(results.at(2).outcome, MigrationOutcome::NothingToMigrate);
        QCOMPARE(modeOf(now.dataDirectory + QStringLiteral("/audit.log")), mode_t(0600));
        QVERIFY(!QFileInfo::exists(base.config));
        QVERIFY(!QFileInfo::exists(base.cache));
    }

    void nothingPresentCreatesNothing()
    {
        QTemporaryDir dir;
        const BaseDirectories base = basesIn(dir);
        for (const MigrationResult& r : migrateLegacyLocations(base))
            QCOMPARE(r.outcome, MigrationOutcome::NothingToMigrate);
        QCOMPARE(snapshot(dir.path()), Tree {});
        // Existing, empty base directories stay empty too.
        for (const QString& p : {base.config, base.data, base.cache})
            QVERIFY(QDir().mkpath(p));
        const Tree empty = snapshot(dir.path());
        migrateLegacyLocations(base);
        QCOMPARE(snapshot(dir.path()), empty);
    }

    void secondRunChangesNothing()
    {
        QTemporaryDir dir;
        const BaseDirectories base = basesIn(dir);
        QVERIFY(makeOldLayout(base));
        const Tree original = snapshot(legacyLocations(base).dataDirectory);
        migrateLegacyLocations(base);
        const Tree afterFirst = snapshot(dir.path());
        for (const MigrationResult& r : migrateLegacyLocations(base))
            QCOMPARE(r.outcome, MigrationOutcome::NothingToMigrate);
        QCOMPARE(snapshot(dir.path()), afterFirst);
        QCOMPARE(snapshot(currentLocations(base).dataDirectory), original);
    }

    void aFileIsNeverOverwritten()
    {
        QTemporaryDir dir;
        const QString from = dir.filePath(QStringLiteral("a/old.conf"));
        const QString to = dir.filePath(QStringLiteral("b/new.conf"));
        QVERIFY(writeFile(from, "old", 0600));
        QVERIFY(writeFile(to, "new", 0644));
        for (MigrationMethod method : {MigrationMethod::RenameOrCopy, MigrationMethod::CopyOnly}) {
            QCOMPARE(migratePath(from, to, method).outcome, MigrationOutcome::BothExist);
            QCOMPARE(
                snapshot(dir.path()).value(QStringLiteral("b/new.conf")), QStringLiteral("644 file new"));
            QCOMPARE(
                snapshot(dir.path()).value(QStringLiteral("a/old.conf")), QStringLiteral("600 file old"));
        }
        // A dangling link counts as something there: not replaced either.
        const QString link = dir.filePath(QStringLiteral("b/link.conf"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("b/nowhere")), link));
        QCOMPARE(migratePath(from, link).outcome, MigrationOutcome::BothExist);
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(QFileInfo::exists(from));
    }
};

QTEST_GUILESS_MAIN(TestAppIdentity)
#include "tst_appidentity.moc"
