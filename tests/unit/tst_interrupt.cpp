// SPDX-License-Identifier: GPL-3.0-or-later
// The headless commands' Ctrl+C: a signal becomes a Qt signal in the event loop (once), with the
// shell's exit code; without a listener, or after the watcher is gone, the signal acts as before.
#include "core/interrupt.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace pgpilot;

class TestInterrupt : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sigintBecomesASignal()
    {
        InterruptWatcher watcher;
        QVERIFY(watcher.isActive());
        QSignalSpy spy(&watcher, &InterruptWatcher::interrupted);
        QCOMPARE(watcher.exitCode(), 0);
        ::raise(SIGINT); // the process would end here without the watcher
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(0).toInt(), SIGINT);
        QCOMPARE(watcher.received(), SIGINT);
        QCOMPARE(watcher.exitCode(), 130);
    }

    // A signal that came while the command was ending, before the event loop read it, still counts.
    void signalNotYetReadCounts()
    {
        InterruptWatcher watcher;
        QObject::connect(&watcher, &InterruptWatcher::interrupted, [] {});
        ::raise(SIGTERM); // no event loop runs before the next line
        QCOMPARE(watcher.received(), 0);
        watcher.collectPending();
        QCOMPARE(watcher.exitCode(), 143);
    }

    void onlyOneWatcherAtATime()
    {
        InterruptWatcher first;
        InterruptWatcher second;
        QVERIFY(first.isActive());
        QVERIFY(!second.isActive());
    }

    // In a child: SIGTERM twice ends the process with 143 at once; the first reaches the listener.
    void secondSignalEndsTheProcess()
    {
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            InterruptWatcher watcher;
            int seen = 0;
            QObject::connect(&watcher, &InterruptWatcher::interrupted, [&seen](int s) { seen = s; });
            ::raise(SIGTERM);
            QTest::qWait(200);
            if (seen != SIGTERM)
                ::_exit(10);
            ::raise(SIGTERM);
            QTest::qWait(2000);
            ::_exit(11); // still alive: wrong
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 143);
    }

    void dispositionRestored()
    {
        struct sigaction before = {};
        ::sigaction(SIGINT, nullptr, &before);
        {
            InterruptWatcher watcher;
            struct sigaction during = {};
            ::sigaction(SIGINT, nullptr, &during);
            QVERIFY(during.sa_handler != before.sa_handler);
        }
        struct sigaction after = {};
        ::sigaction(SIGINT, nullptr, &after);
        QVERIFY(after.sa_handler == before.sa_handler);
    }
};

QTEST_GUILESS_MAIN(TestInterrupt)
#include "tst_interrupt.moc"
