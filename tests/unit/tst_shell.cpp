// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/shell.h"

#include <QProcess>
#include <QTest>

using namespace pgpilot;

class TestShell : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quotesSurviveARealShell_data()
    {
        QTest::addColumn<QString>("argument");
        for (const char* a :
            {"plain", "", "two words", "it's", "'", "''", "$(id)", "`id`", "a;b|c&d", "new\nline",
                "back\\slash", "\"dq\"", "*", "~root", "-n", "héllo wörld ✓", "$HOME", "!event"})
            QTest::newRow(a) << QString::fromUtf8(a);
    }
    void quotesSurviveARealShell()
    {
        QFETCH(QString, argument);
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"), QStringLiteral("printf %s ") + shellQuote(argument)});
        QVERIFY(sh.waitForFinished(5000));
        QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), argument);
    }
    void plainWordsStayReadable()
    {
        QCOMPARE(shellQuote(QStringLiteral("/etc/repmgr.conf")), QStringLiteral("/etc/repmgr.conf"));
        QCOMPARE(shellJoin({QStringLiteral("systemctl"), QStringLiteral("restart"),
                     QStringLiteral("postgresql@17-main")}),
            QStringLiteral("systemctl restart postgresql@17-main"));
        QCOMPARE(shellQuote(QStringLiteral("a b")), QStringLiteral("'a b'"));
    }
};

QTEST_GUILESS_MAIN(TestShell)
#include "tst_shell.moc"
