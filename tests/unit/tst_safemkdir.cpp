// SPDX-License-Identifier: GPL-3.0-or-later
// The runbook's directory creation (mkdirCommand, e.g. the WAL archive directory) run for real
// with /bin/sh as root: who creates what, and what is refused when another account could swap a
// directory for a link (issue 16, finding 1). Skipped when not root (CI runs as root).
#include "runbook/builder.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace pgpilot;

namespace {

constexpr uid_t kDaemon = 1; // Debian's "daemon" account, with a group of its own name

struct Ran
{
    int exitCode = -1;
    QByteArray stdErr;
};

Ran runMkdir(const QString& path, const QString& owner, const QString& mode)
{
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), mkdirCommand(path, owner, mode)});
    if (!sh.waitForFinished(20000))
        return {};
    return {sh.exitCode(), sh.readAllStandardError()};
}

bool chownTo(const QString& path, uid_t uid)
{
    return ::lchown(QFile::encodeName(path).constData(), uid, uid) == 0;
}

} // namespace

class TestSafeMkdir : public QObject
{
    Q_OBJECT

    // Not below /tmp: a world-writable ancestor is (rightly) refused.
    QTemporaryDir m_base {QStringLiteral("/run/pgpilot-mkdir-XXXXXX")};

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("needs root (chown, runuser)");
        QVERIFY(m_base.isValid());
        QCOMPARE(::chmod(QFile::encodeName(m_base.path()).constData(), 0755), 0);
    }

    void rootsDirectoriesAboveThenRootCreates()
    {
        const QString path = m_base.filePath(QStringLiteral("a/b/archive"));
        const Ran r = runMkdir(path, QStringLiteral("daemon"), QStringLiteral("0700"));
        QVERIFY2(r.exitCode == 0, r.stdErr.constData());
        const QFileInfo made(path);
        QVERIFY(made.isDir());
        QCOMPARE(made.ownerId(), kDaemon);
        QCOMPARE(made.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        QCOMPARE(QFileInfo(m_base.filePath(QStringLiteral("a"))).ownerId(), 0u);
        // Again: nothing to do, still fine.
        QCOMPARE(runMkdir(path, QStringLiteral("daemon"), QStringLiteral("0700")).exitCode, 0);
    }

    void insideTheOwnersHomeItIsCreatedAsTheOwner()
    {
        const QString home = m_base.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(home) && chownTo(home, kDaemon));
        const QString path = home + QStringLiteral("/wal/archive");
        const Ran r = runMkdir(path, QStringLiteral("daemon"), QStringLiteral("0700"));
        QVERIFY2(r.exitCode == 0, r.stdErr.constData());
        QCOMPARE(QFileInfo(path).ownerId(), kDaemon);
        QCOMPARE(QFileInfo(home + QStringLiteral("/wal")).ownerId(), kDaemon);
    }

    void aLinkTheOwnerPlantedLeadsNowhereItCouldNotGo()
    {
        const QString victim = m_base.filePath(QStringLiteral("victim")); // root's, like /etc
        const QString home = m_base.filePath(QStringLiteral("home2"));
        QVERIFY(QDir().mkpath(victim) && QDir().mkpath(home) && chownTo(home, kDaemon));
        const QString link = home + QStringLiteral("/archive-parent");
        QVERIFY(QFile::link(victim, link) && chownTo(link, kDaemon));
        const Ran r
            = runMkdir(link + QStringLiteral("/archive"), QStringLiteral("daemon"), QStringLiteral("0700"));
        QVERIFY2(r.exitCode != 0, "created a directory through daemon's link into root's directory");
        QVERIFY(QDir(victim).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).isEmpty());
    }

    void refusedWhereAnotherAccountOrEveryoneCouldSwapIt()
    {
        // A root-owned directory wanted inside daemon's: refused, nothing created.
        const QString home = m_base.filePath(QStringLiteral("home3"));
        QVERIFY(QDir().mkpath(home) && chownTo(home, kDaemon));
        Ran r = runMkdir(home + QStringLiteral("/lib"), QStringLiteral("root"), QStringLiteral("0755"));
        QCOMPARE(r.exitCode, 73);
        QVERIFY2(r.stdErr.contains("belongs to daemon"), r.stdErr.constData());
        QVERIFY(!QFileInfo::exists(home + QStringLiteral("/lib")));

        // Below a directory everyone may write to, even with the sticky bit (like /tmp).
        const QString open = m_base.filePath(QStringLiteral("open"));
        QVERIFY(QDir().mkpath(open));
        QCOMPARE(::chmod(QFile::encodeName(open).constData(), 01777), 0);
        r = runMkdir(open + QStringLiteral("/archive"), QStringLiteral("daemon"), QStringLiteral("0700"));
        QCOMPARE(r.exitCode, 73);
        QVERIFY2(r.stdErr.contains("can be changed by accounts other than root"), r.stdErr.constData());
        QVERIFY(!QFileInfo::exists(open + QStringLiteral("/archive")));

        // The directory itself already a link: left alone.
        const QString link = m_base.filePath(QStringLiteral("already-a-link"));
        QVERIFY(QFile::link(m_base.filePath(QStringLiteral("a")), link));
        r = runMkdir(link, QStringLiteral("daemon"), QStringLiteral("0700"));
        QCOMPARE(r.exitCode, 73);
        QCOMPARE(QFileInfo(m_base.filePath(QStringLiteral("a"))).ownerId(), 0u);
    }
};

QTEST_GUILESS_MAIN(TestSafeMkdir)
#include "tst_safemkdir.moc"
