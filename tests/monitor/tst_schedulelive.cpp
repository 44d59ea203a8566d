// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduled operations (issue 20 item 5) against a real PostgreSQL: the statements pgpilot runs
// on the primary (insert, claim, finish, cancel, abandon, list) do what they say with hostile
// text, only one claim wins, and the monitor's poll reads the table as its monitoring role, on
// the primary and on the standby that replays it.
#include "monitor/pgpoller.h"
#include "ops/schedule.h"
#include "pgfixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <libpq-fe.h>

using namespace pgpilot;

namespace {

const QByteArray kPassword = "s3cret-monitor";
const QString kHostile = QStringLiteral("pg2'); DROP TABLE t; -- \\ \"x\" é");

} // namespace

class TestScheduleLive : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<PgFixture> m_pg;
    PGconn* m_conn = nullptr;
    quint64 m_job = 0;

    // Runs a statement string as psql -c does (the last result's rows, one line each, columns
    // joined with '|'); the error, if any, in *error.
    QStringList exec(const QString& sql, QString* error = nullptr)
    {
        QStringList lines;
        PGresult* r = PQexec(m_conn, sql.toUtf8().constData());
        const ExecStatusType st = PQresultStatus(r);
        if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
            if (error)
                *error = QString::fromUtf8(PQresultErrorMessage(r));
        } else {
            for (int i = 0; i < PQntuples(r); ++i) {
                QStringList fields;
                for (int c = 0; c < PQnfields(r); ++c)
                    fields << QString::fromUtf8(PQgetvalue(r, i, c));
                lines << fields.join(QLatin1Char('|'));
            }
        }
        PQclear(r);
        return lines;
    }

    qint64 number(const QStringList& lines, const QString& marker)
    {
        ScheduleAnswer a;
        a.ok = true;
        a.lines = lines;
        return scheduleAnswerNumber(a, marker);
    }

    PgStatus poll(const PgFixture::Server& server)
    {
        PgTarget t;
        t.nodeName = QStringLiteral("n");
        t.host = QStringLiteral("127.0.0.1");
        t.port = server.port;
        t.user = QStringLiteral("pgpilot_monitor");
        t.password = kPassword;
        t.sslMode = QStringLiteral("disable");
        PgPoller poller(t);
        // Two polls: the first learns which statements apply (the schedule's in a second string).
        PgStatus status;
        for (int i = 0; i < 2; ++i) {
            QSignalSpy spy(&poller, &PgPoller::finished);
            if (!poller.poll(++m_job))
                return {};
            QElapsedTimer clock;
            clock.start();
            while (spy.isEmpty() && clock.elapsed() < 10000)
                spy.wait(10000 - int(clock.elapsed()));
            if (spy.isEmpty())
                return {};
            status = spy.at(0).at(1).value<PgStatus>();
        }
        return status;
    }

    qint64 insert(const OperationRequest& request, const QDateTime& at, const QString& by)
    {
        QString error;
        const QStringList out = exec(scheduleInsertSql(request, at, 15, by), &error);
        if (!error.isEmpty())
            qWarning() << error;
        return number(out, QStringLiteral("pgpilot-scheduled"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (PgFixture::binDir().isEmpty())
            QSKIP("PostgreSQL server binaries are not installed (scripts/install-deps.sh test)");
        m_pg = std::make_unique<PgFixture>();
        QVERIFY2(m_pg->setUp(kPassword), qPrintable(m_pg->lastOutput()));
        // The fixture's superuser (as postgres is on the nodes), over TCP with its password.
        m_conn = PQconnectdb(QStringLiteral("host=127.0.0.1 port=%1 user=repmgr dbname=repmgr password=%2")
                                 .arg(m_pg->primary.port)
                                 .arg(QString::fromLatin1(kPassword))
                                 .toUtf8()
                                 .constData());
        QVERIFY2(PQstatus(m_conn) == CONNECTION_OK, PQerrorMessage(m_conn));
    }

    void cleanupTestCase()
    {
        if (m_conn)
            PQfinish(m_conn);
        m_pg.reset();
    }

    void scheduleClaimFinishCancel()
    {
        // No table yet: the monitor reads nothing and fails nothing.
        PgStatus before = poll(m_pg->primary);
        QVERIFY2(before.reachable, qPrintable(before.error));
        QVERIFY(!before.schedule.read);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        OperationRequest switchover;
        switchover.node = kHostile;
        const qint64 later = insert(switchover, now.addSecs(3600), kHostile);
        QVERIFY(later > 0);
        QVERIFY(exec(QStringLiteral("SELECT count(*) FROM t")).value(0) == QLatin1String("0")); // still there
        OperationRequest upgrade;
        upgrade.kind = OperationKind::Upgrade;
        upgrade.packages = {QStringLiteral("postgresql"), QStringLiteral("repmgr")};
        upgrade.switchBack = true;
        const qint64 due = insert(upgrade, now.addSecs(-30), QStringLiteral("alice@ws1"));
        QCOMPARE(due, later + 1);

        // The monitor reads both as pgpilot_monitor (pg_monitor's grant).
        const PgStatus status = poll(m_pg->primary);
        QVERIFY(status.schedule.read);
        QCOMPARE(status.schedule.rows.size(), 2);
        const ScheduledOperation& first = status.schedule.rows.at(0); // by time: the due one
        QCOMPARE(first.id, due);
        QCOMPARE(first.kind, QStringLiteral("upgrade"));
        QCOMPARE(first.packages, upgrade.packages);
        QVERIFY(first.switchBack);
        QCOMPARE(first.state, QStringLiteral("scheduled"));
        QVERIFY(first.secondsUntil && *first.secondsUntil < -25 && *first.secondsUntil > -60);
        const ScheduledOperation& second = status.schedule.rows.at(1);
        QCOMPARE(second.node, kHostile);
        QCOMPARE(second.requestedBy, kHostile);
        QCOMPARE(second.at.toSecsSinceEpoch(), now.addSecs(3600).toSecsSinceEpoch());
        QVERIFY(second.secondsUntil && *second.secondsUntil > 3500);

        // Claims: not before its time; once due, one claimant only.
        QCOMPARE(
            number(exec(scheduleClaimSql(later, QStringLiteral("w1"))), QStringLiteral("pgpilot-claimed")),
            0);
        QCOMPARE(number(exec(scheduleClaimSql(due, QStringLiteral("w1 pid 1"))),
                     QStringLiteral("pgpilot-claimed")),
            1);
        QCOMPARE(number(exec(scheduleClaimSql(due, QStringLiteral("w2 pid 2"))),
                     QStringLiteral("pgpilot-claimed")),
            0);
        // Only the claimant records the result.
        const QString summary = QStringLiteral("Rolling upgrade: FAILED after 3 s: it's 'broken' \\ here");
        QCOMPARE(number(exec(scheduleFinishSql(due, QStringLiteral("w2 pid 2"), true, summary)),
                     QStringLiteral("pgpilot-recorded")),
            0);
        QCOMPARE(number(exec(scheduleFinishSql(due, QStringLiteral("w1 pid 1"), false, summary)),
                     QStringLiteral("pgpilot-recorded")),
            1);
        QCOMPARE(exec(QStringLiteral("SELECT state, claimed_by, summary, finished_at IS NOT NULL FROM "
                                     "pgpilot.scheduled_operation WHERE id = %1")
                          .arg(due)),
            QStringList {QStringLiteral("failed|w1 pid 1|") + summary + QStringLiteral("|t")});

        // Cancel: a scheduled one once; then it says what it is; an unknown id says none.
        QCOMPARE(exec(scheduleCancelSql(later, QStringLiteral("bob@ws2"))),
            QStringList {QStringLiteral("pgpilot-cancelled 1 scheduled")});
        QCOMPARE(exec(scheduleCancelSql(later, QStringLiteral("bob@ws2"))),
            QStringList {QStringLiteral("pgpilot-cancelled 0 cancelled")});
        QCOMPARE(exec(scheduleCancelSql(due, QStringLiteral("bob@ws2"))),
            QStringList {QStringLiteral("pgpilot-cancelled 0 failed")});
        QCOMPARE(exec(scheduleCancelSql(999, QStringLiteral("bob@ws2"))),
            QStringList {QStringLiteral("pgpilot-cancelled 0 none")});

        // Abandoned: running for over two hours is marked failed, never before.
        const qint64 stuck = insert(switchover, now.addSecs(-10), QStringLiteral("carol@ws3"));
        QCOMPARE(number(exec(scheduleClaimSql(stuck, QStringLiteral("dead pid 9"))),
                     QStringLiteral("pgpilot-claimed")),
            1);
        QCOMPARE(number(exec(scheduleAbandonSql(stuck, QStringLiteral("w1"))),
                     QStringLiteral("pgpilot-abandoned")),
            0);
        exec(QStringLiteral(
            "UPDATE pgpilot.scheduled_operation SET started_at = now() - interval '3 hours' WHERE id = %1")
                 .arg(stuck));
        QCOMPARE(number(exec(scheduleAbandonSql(stuck, QStringLiteral("w1"))),
                     QStringLiteral("pgpilot-abandoned")),
            1);

        // The list, as `pgpilot schedule` reads it.
        const QList<ScheduledOperation> rows = scheduleRowsFromLines(exec(scheduleListSql()));
        QCOMPARE(rows.size(), 3);
        QStringList states;
        for (const ScheduledOperation& op : rows)
            states << QStringLiteral("%1:%2").arg(op.id).arg(op.state);
        QCOMPARE(states,
            QStringList({QStringLiteral("%1:failed").arg(due), QStringLiteral("%1:failed").arg(stuck),
                QStringLiteral("%1:cancelled").arg(later)}));
        QVERIFY(rows.at(1).summary.contains(QLatin1String("2 h")));
        QCOMPARE(rows.at(2).node, kHostile);

        // The standby replays the table: the monitor reads the same rows there.
        QElapsedTimer clock;
        clock.start();
        PgStatus standby;
        while (clock.elapsed() < 20000) {
            standby = poll(m_pg->standby);
            if (standby.schedule.read && standby.schedule.rows.size() == 3)
                break;
            QTest::qWait(200);
        }
        QVERIFY2(standby.schedule.read, qPrintable(standby.error));
        QCOMPARE(standby.schedule.rows.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestScheduleLive)
#include "tst_schedulelive.moc"
