// SPDX-License-Identifier: GPL-3.0-or-later
// PgPoller's statement readers (pgstatements.h) on results built in memory with libpq's own
// functions (PQmakeEmptyPGresult, PQsetvalue): what each column becomes in the poll's PgStatus,
// NULLs and values out of range included. PGPILOT_MONITOR_BENCH=1 also times the readers.
#include "monitor/pgstatements.h"

#include <QTest>

#include <ctime>
#include <libpq-fe.h>
#include <memory>
#include <vector>

using namespace pgpilot;

namespace {

using Cell = std::optional<QByteArray>; // nullopt: SQL NULL
using Row = QList<Cell>;

struct ResultDeleter
{
    void operator()(PGresult* r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

// A text-format result with columns c0, c1, ... and these rows, as a query would give it.
Result makeResult(int columns, const QList<Row>& rows)
{
    Result result(PQmakeEmptyPGresult(nullptr, PGRES_TUPLES_OK));
    std::vector<QByteArray> names; // PQsetResultAttrs copies them
    names.reserve(static_cast<size_t>(columns));
    std::vector<PGresAttDesc> attributes(static_cast<size_t>(columns));
    for (int c = 0; c < columns; ++c) {
        names.push_back("c" + QByteArray::number(c));
        attributes[size_t(c)] = PGresAttDesc {names.back().data(), 0, 0, 0, 25 /* text */, -1, -1};
    }
    if (!PQsetResultAttrs(result.get(), columns, attributes.data()))
        return nullptr;
    for (int i = 0; i < rows.size(); ++i) {
        for (int c = 0; c < columns; ++c) {
            const Cell cell = c < rows.at(i).size() ? rows.at(i).at(c) : Cell();
            QByteArray bytes = cell.value_or(QByteArray());
            if (!PQsetvalue(result.get(), i, c, cell ? bytes.data() : nullptr, cell ? int(bytes.size()) : -1))
                return nullptr;
        }
    }
    return result;
}

PgStatus read(PollStatement statement, const Result& result)
{
    PgStatus status;
    kPollStatements[statement].read(result.get(), status);
    return status;
}

const QByteArray kDetails = "node \"pg2\" (ID: 2) promoted to primary; old primary \"pg1\" (ID: 1) marked "
                            "as failed";

// repmgr.events as the poll reads it: 20 rows, newest first.
QList<Row> repmgrEventRows()
{
    static const char* const kEvents[] = {"repmgrd_failover_promote", "standby_promote",
        "repmgrd_standby_reconnect", "standby_register", "repmgrd_start"};
    QList<Row> rows;
    for (int i = 0; i < 20; ++i)
        rows.append({QByteArray::number(1 + i % 3), QByteArray(kEvents[i % 5]), QByteArray(i % 7 ? "t" : "f"),
            QByteArray::number(1741944660123LL - 60000LL * i), kDetails});
    return rows;
}

Row statusRow(bool standby)
{
    return {QByteArray(standby ? "t" : "f"), QByteArray("3"), QByteArray("17.4 (Debian 17.4-1.pgdg120+2)"),
        standby ? Cell() : Cell("16/B374D848"), standby ? Cell("16/B374D848") : Cell(),
        standby ? Cell("16/B374D000") : Cell(), standby ? Cell("streaming") : Cell(),
        standby ? Cell("10.0.1.11") : Cell(), standby ? Cell("0.012345") : Cell(), QByteArray("t"),
        QByteArray("t"), QByteArray("ANY 1 (\"pg1\", \"pg2\", \"pg3\")"), QByteArray("on")};
}

Row replicationRow(const QByteArray& name, const QByteArray& address)
{
    return {name, address, QByteArray("streaming"), QByteArray("quorum"), QByteArray("16/B374D848"),
        QByteArray("16/B374D848"), QByteArray("16/B374D000"), QByteArray("16/B374C000"), QByteArray("0"),
        QByteArray("0"), QByteArray("2120"), QByteArray("6216"), QByteArray("0.000512"),
        QByteArray("0.001023"), QByteArray("0.002311"), QByteArray("ANY 1 (\"pg1\", \"pg2\", \"pg3\")"),
        QByteArray("on")};
}

} // namespace

class TestPgStatements : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void repmgrEvents()
    {
        const Result result = makeResult(5, repmgrEventRows());
        QVERIFY(result);
        const PgStatus s = read(RepmgrEventsStatement, result);
        QCOMPARE(s.repmgrEvents.size(), 20);
        const RepmgrEvent& first = s.repmgrEvents.first();
        QCOMPARE(first.nodeId, 1);
        QCOMPARE(first.event, QStringLiteral("repmgrd_failover_promote"));
        QCOMPARE(first.successful, false);
        QCOMPARE(first.timestamp, QDateTime::fromMSecsSinceEpoch(1741944660123LL, Qt::UTC));
        QCOMPARE(first.details, QString::fromUtf8(kDetails));
        const RepmgrEvent& last = s.repmgrEvents.last();
        QCOMPARE(last.nodeId, 2);
        QCOMPARE(last.event, QStringLiteral("repmgrd_start"));
        QCOMPARE(last.successful, true);
        QCOMPARE(last.timestamp.toMSecsSinceEpoch(), 1741944660123LL - 60000LL * 19);
    }

    void repmgrEventsWithOddValues()
    {
        const Result result = makeResult(5,
            {{Cell(), QByteArray("standby_clone"), Cell(), Cell(), Cell()},
                {QByteArray("99999999999999999999"), QByteArray("x"), QByteArray("t"), QByteArray("NaN"),
                    QByteArray("d\xc3\xa9tails")},
                {QByteArray("-3"), QByteArray(""), QByteArray("true"), QByteArray("1e400"), QByteArray("")},
                {QByteArray("2.9"), QByteArray("y"), QByteArray("f"), QByteArray("-1000"), Cell()}});
        QVERIFY(result);
        const PgStatus s = read(RepmgrEventsStatement, result);
        QCOMPARE(s.repmgrEvents.size(), 4);
        QCOMPARE(s.repmgrEvents[0].nodeId, 0); // NULL
        QCOMPARE(s.repmgrEvents[0].successful, false);
        QVERIFY(!s.repmgrEvents[0].timestamp.isValid());
        QVERIFY(s.repmgrEvents[0].details.isNull());
        QCOMPARE(s.repmgrEvents[1].nodeId, 0); // beyond qint64: as NULL
        QVERIFY(!s.repmgrEvents[1].timestamp.isValid()); // NaN
        QCOMPARE(s.repmgrEvents[1].details, QStringLiteral("d\u00e9tails"));
        QCOMPARE(s.repmgrEvents[2].nodeId, -3);
        QCOMPARE(s.repmgrEvents[2].successful, true); // 't' is all that is looked at
        QVERIFY(!s.repmgrEvents[2].timestamp.isValid()); // 1e400
        QVERIFY(!s.repmgrEvents[2].details.isNull());
        QCOMPARE(s.repmgrEvents[3].nodeId, 2); // truncated, as the QString conversion did
        QCOMPARE(s.repmgrEvents[3].timestamp.toMSecsSinceEpoch(), -1000);
    }

    void statusOfAStandbyAndAPrimary()
    {
        const Result standbyResult = makeResult(13, {statusRow(true)});
        QVERIFY(standbyResult);
        const PgStatus standby = read(StatusStatement, standbyResult);
        QVERIFY(standby.inRecovery);
        QCOMPARE(standby.timeline, std::optional<int>(3));
        QCOMPARE(standby.serverVersion, QStringLiteral("17.4 (Debian 17.4-1.pgdg120+2)"));
        QVERIFY(!standby.currentLsn);
        QCOMPARE(standby.receiveLsn, Lsn(0x16B374D848ULL));
        QCOMPARE(standby.replayLsn, Lsn(0x16B374D000ULL));
        QCOMPARE(standby.walReceiverStatus, QStringLiteral("streaming"));
        QCOMPARE(standby.upstreamHost, QStringLiteral("10.0.1.11"));
        QCOMPARE(standby.replayDelaySeconds, std::optional<double>(0.012345));
        QVERIFY(standby.repmgrInstalled);
        QCOMPARE(standby.sync.mode, SyncMode::Quorum);
        QCOMPARE(standby.synchronousCommit, QStringLiteral("on"));
        QCOMPARE(repmgrStatements(standbyResult.get()),
            PollStatements(
                pollBit(RepmgrNodesStatement) | pollBit(RepmgrEventsStatement) | pollBit(RepmgrdStatement)));

        Row odd = statusRow(false);
        odd[1] = QByteArray("4294967296000"); // 1000 * 2^32: beyond int, wraps as int() does
        odd[3] = QByteArray("100000000/0"); // not an LSN
        odd[8] = QByteArray("Infinity");
        const Result primaryResult = makeResult(13, {odd});
        QVERIFY(primaryResult);
        const PgStatus primary = read(StatusStatement, primaryResult);
        QVERIFY(!primary.inRecovery);
        QCOMPARE(primary.timeline, std::optional<int>(0));
        QVERIFY(!primary.currentLsn);
        QVERIFY(!primary.receiveLsn);
        QVERIFY(!primary.replayDelaySeconds);
    }

    void replicationRows()
    {
        Row second = replicationRow("pg3", "10.0.1.13");
        second[8] = Cell();
        second[12] = QByteArray("NaN");
        second[7] = QByteArray("16/B374C00"); // shorter, still an LSN
        const Result result = makeResult(17, {replicationRow("pg2", "10.0.1.12"), second});
        QVERIFY(result);
        const PgStatus s = read(ReplicationStatement, result);
        QCOMPARE(s.replication.size(), 2);
        const ReplicationPeer& a = s.replication.first();
        QCOMPARE(a.applicationName, QStringLiteral("pg2"));
        QCOMPARE(a.clientAddress, QStringLiteral("10.0.1.12"));
        QCOMPARE(a.syncState, QStringLiteral("quorum"));
        QCOMPARE(a.sentLsn, Lsn(0x16B374D848ULL));
        QCOMPARE(a.replayLsn, Lsn(0x16B374C000ULL));
        QCOMPARE(a.sentLagBytes, std::optional<qint64>(0));
        QCOMPARE(a.replayLagBytes, std::optional<qint64>(6216));
        QCOMPARE(a.writeLagSeconds, std::optional<double>(0.000512));
        QCOMPARE(a.replayLagSeconds, std::optional<double>(0.002311));
        const ReplicationPeer& b = s.replication.last();
        QVERIFY(!b.sentLagBytes);
        QVERIFY(!b.writeLagSeconds);
        QCOMPARE(b.replayLsn, Lsn(0x160B374C00ULL));
        QCOMPARE(s.sync.mode, SyncMode::Quorum);
        QCOMPARE(s.synchronousCommit, QStringLiteral("on"));
    }

    void slotsAndRepmgrNodes()
    {
        const Result slots = makeResult(6,
            {{QByteArray("pg2"), QByteArray("physical"), QByteArray("t"), QByteArray("16/B3000000"),
                 QByteArray("7657544"), QByteArray("reserved")},
                {QByteArray("old"), QByteArray("physical"), QByteArray("f"), Cell(), Cell(),
                    QByteArray("lost")}});
        QVERIFY(slots);
        const PgStatus s = read(SlotsStatement, slots);
        QCOMPARE(s.slots.size(), 2);
        QCOMPARE(s.slots[0].restartLsn, Lsn(0x16B3000000ULL));
        QCOMPARE(s.slots[0].retainedBytes, std::optional<qint64>(7657544));
        QVERIFY(s.slots[0].active);
        QVERIFY(!s.slots[1].restartLsn);
        QVERIFY(!s.slots[1].retainedBytes);

        const Result nodes = makeResult(6,
            {{QByteArray("1"), QByteArray("pg1"), QByteArray("primary"), QByteArray("t"), Cell(),
                 QByteArray("100")},
                {QByteArray("2"), QByteArray("pg2"), QByteArray("standby"), QByteArray("t"), QByteArray("1"),
                    Cell()}});
        QVERIFY(nodes);
        const PgStatus n = read(RepmgrNodesStatement, nodes);
        QCOMPARE(n.repmgrNodes.size(), 2);
        QVERIFY(!n.repmgrNodes[0].upstreamNodeId);
        QCOMPARE(n.repmgrNodes[1].upstreamNodeId, std::optional<int>(1));
        QCOMPARE(n.repmgrNodes[1].priority, 100); // NULL: repmgr's default

        const Result repmgrd = makeResult(2, {{QByteArray("t"), QByteArray("2")}});
        QVERIFY(repmgrd);
        const PgStatus d = read(RepmgrdStatement, repmgrd);
        QCOMPARE(d.repmgrdRunning, std::optional<bool>(true));
        QCOMPARE(d.localRepmgrNodeId, std::optional<int>(2));
    }

    // Informational: CPU per call of the readers on the results a poll of a standby brings
    // (status, 20 repmgr.events rows) and of a primary (2 replication rows).
    void benchmarkReaders()
    {
        if (qEnvironmentVariableIsEmpty("PGPILOT_MONITOR_BENCH"))
            QSKIP("set PGPILOT_MONITOR_BENCH=1 to time the statement readers");
        const Result events = makeResult(5, repmgrEventRows());
        const Result status = makeResult(13, {statusRow(true)});
        const Result replication
            = makeResult(17, {replicationRow("pg2", "10.0.1.12"), replicationRow("pg3", "10.0.1.13")});
        QVERIFY(events && status && replication);
        const struct
        {
            const char* name;
            PollStatement statement;
            const Result& result;
        } cases[] = {{"repmgr.events (20 rows)", RepmgrEventsStatement, events},
            {"status (standby)", StatusStatement, status},
            {"replication (2 rows)", ReplicationStatement, replication}};
        for (const auto& c : cases) {
            constexpr int n = 20000;
            qsizetype sink = 0;
            const std::clock_t start = std::clock();
            for (int i = 0; i < n; ++i) {
                PgStatus s;
                kPollStatements[c.statement].read(c.result.get(), s);
                sink += s.repmgrEvents.size() + s.replication.size() + s.serverVersion.size();
            }
            const double us = 1e6 * double(std::clock() - start) / CLOCKS_PER_SEC / n;
            qInfo("%s: %.2f us per call", c.name, us);
            QVERIFY(sink > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestPgStatements)
#include "tst_pgstatements.moc"
