// SPDX-License-Identifier: GPL-3.0-or-later
// What libpq's text values become: the number and LSN parsers (probeparse.h) against the QString
// conversion they replaced, and PgPoller's statement readers (pgstatements.h) on results built in
// memory with libpq's own functions (PQmakeEmptyPGresult, PQsetvalue), NULLs and values out of
// range included. PGPILOT_MONITOR_BENCH=1 also times the readers.
#include "monitor/pgstatements.h"
#include "monitor/probeparse.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <ctime>
#include <libpq-fe.h>
#include <limits>
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

// What parseSqlReal and parseSqlInteger gave when they converted through QString (until issue 18):
// the reference the faster parsers must agree with on every input.
std::optional<double> referenceReal(const SqlField& field)
{
    if (!field)
        return std::nullopt;
    bool ok = false;
    const double value = QString::fromUtf8(*field).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<qint64> referenceInteger(const SqlField& field)
{
    const auto value = referenceReal(field);
    constexpr double kLimit = 9223372036854775808.0;
    if (!value || *value >= kLimit || *value < -kLimit)
        return std::nullopt;
    return qint64(*value);
}

// Same value, or both nothing; -0.0 and 0.0 apart.
bool sameReal(const std::optional<double>& a, const std::optional<double>& b)
{
    if (!a || !b)
        return !a && !b;
    return *a == *b && std::signbit(*a) == std::signbit(*b);
}

} // namespace

class TestPgStatements : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Numbers as libpq hands them (text), and what the monitor makes of them. Pinned from the
    // QString conversion these parsers used first: NULL, empty, PostgreSQL's NaN and Infinity,
    // values beyond qint64, exponents, whitespace, and text that is no number.
    void sqlNumbers_data()
    {
        QTest::addColumn<SqlField>("field");
        QTest::addColumn<bool>("isReal");
        QTest::addColumn<double>("real");
        QTest::addColumn<bool>("isInteger");
        QTest::addColumn<qint64>("integer");
        auto both = [](const char* tag, const QByteArray& text, double real, qint64 integer) {
            QTest::newRow(tag) << SqlField(text) << true << real << true << integer;
        };
        auto realOnly = [](const char* tag, const QByteArray& text, double real) {
            QTest::newRow(tag) << SqlField(text) << true << real << false << qint64(0);
        };
        auto none = [](const char* tag, const SqlField& field) {
            QTest::newRow(tag) << field << false << 0.0 << false << qint64(0);
        };
        constexpr qint64 kMin = std::numeric_limits<qint64>::min();
        none("NULL", std::nullopt);
        none("empty", QByteArray(""));
        none("blank", QByteArray(" "));
        both("integer", "12", 12, 12);
        both("negative", "-12", -12, -12);
        both("epoch milliseconds", "1741944660123", 1741944660123.0, 1741944660123);
        both("numeric seconds", "0.123456", 0.123456, 0);
        both("float8 exponent", "1e-05", 1e-05, 0);
        both("exponent", "1e3", 1000, 1000);
        both("fraction and exponent", "1.5e3", 1500, 1500);
        both("capital exponent with sign", "1E+3", 1000, 1000);
        both("fraction truncated", "1.5", 1.5, 1);
        both("negative fraction truncated towards zero", "-1.5", -1.5, -1);
        both("trailing point", "1.", 1, 1);
        both("leading point", ".5", 0.5, 0);
        both("negative leading point", "-.5", -0.5, 0);
        both("leading zeros", "007", 7, 7);
        both("many leading zeros", "00000000000000000000000000000000001", 1, 1);
        both("long exponent", "1e0000000000000000000000000000001", 10, 10);
        both("plus sign", "+12", 12, 12);
        both("spaces around", " 12 ", 12, 12);
        both("tab and newline", "\t12\n", 12, 12);
        both("no-break space (UTF-8)",
            "\xc2\xa0"
            "12",
            12, 12);
        both("em space (UTF-8)",
            "\xe2\x80\x83"
            "5",
            5, 5);
        both("zero with exponent", "0e0", 0, 0);
        both("smallest subnormal", "4.9e-324", 4.9406564584124654e-324, 0);
        both("2^53 + 1 rounds to 2^53", "9007199254740993", 9007199254740992.0, 9007199254740992);
        realOnly("qint64 max rounds to 2^63", "9223372036854775807", 9223372036854775808.0);
        realOnly("just above the largest double below 2^63", "9223372036854775296", 9223372036854775808.0);
        both("largest double below 2^63", "9223372036854774784", 9223372036854774784.0, 9223372036854774784);
        both("rounds down to it", "9223372036854775295", 9223372036854774784.0, 9223372036854774784);
        both("qint64 min", "-9223372036854775808", -9223372036854775808.0, kMin);
        both("rounds to qint64 min", "-9223372036854775809", -9223372036854775808.0, kMin);
        realOnly("below qint64 min", "-9223372036854777856", -9223372036854777856.0);
        realOnly("30 digits", "123456789012345678901234567890", 1.2345678901234568e+29);
        none("NaN", QByteArray("NaN"));
        none("nan", QByteArray("nan"));
        none("Infinity", QByteArray("Infinity"));
        none("-Infinity", QByteArray("-Infinity"));
        none("inf", QByteArray("inf"));
        none("overflow", QByteArray("1e400"));
        none("negative overflow", QByteArray("-1e400"));
        none("underflow", QByteArray("1e-400"));
        none("hexadecimal", QByteArray("0x10"));
        none("group separator", QByteArray("1,000"));
        none("underscore", QByteArray("1_000"));
        none("exponent without digits", QByteArray("1e"));
        none("exponent sign without digits", QByteArray("1e+"));
        none("exponent alone", QByteArray("e1"));
        none("two minus signs", QByteArray("--1"));
        none("minus alone", QByteArray("-"));
        none("point alone", QByteArray("."));
        none("trailing minus", QByteArray("1-"));
        none("fractional exponent", QByteArray("1e3.5"));
        none("Fortran exponent", QByteArray("1d3"));
        none("space inside", QByteArray("1 2"));
        none("Arabic-Indic digits", QByteArray("\xd9\xa1\xd9\xa2"));
        none("NUL inside", QByteArray("12\0", 3));
        none("invalid UTF-8", QByteArray("12\xff"));
    }

    void sqlNumbers()
    {
        QFETCH(SqlField, field);
        QFETCH(bool, isReal);
        QFETCH(double, real);
        QFETCH(bool, isInteger);
        QFETCH(qint64, integer);
        const std::optional<double> r = parseSqlReal(field);
        QCOMPARE(bool(r), isReal);
        if (r)
            QCOMPARE(*r, real);
        const std::optional<qint64> i = parseSqlInteger(field);
        QCOMPARE(bool(i), isInteger);
        if (i)
            QCOMPARE(*i, integer);
        QVERIFY(sameReal(r, referenceReal(field)));
        QCOMPARE(i, referenceInteger(field));
        if (field) { // the same read in place, as the poll reads libpq's values
            QVERIFY(sameReal(parseSqlRealText(*field), r));
            QCOMPARE(parseSqlIntegerText(*field), i);
        }
    }

    void sqlNegativeZeroKeepsItsSign()
    {
        const auto zero = parseSqlReal(QByteArray("-0"));
        QVERIFY(zero && *zero == 0.0 && std::signbit(*zero));
        QCOMPARE(parseSqlInteger(QByteArray("-0")), std::optional<qint64>(0));
    }

    // Random text over the characters numbers are made of (and some they are not): the parsers
    // agree with the QString conversion on every one.
    void sqlNumbersAgreeWithTheReference()
    {
        static const QByteArray kAlphabet[] = {"0", "1", "5", "9", "0", "7", ".", "-", "+", "e", "E", " ",
            "\t", "N", "a", "I", "n", "f", "i", "t", "y", "x", ",", "\xc2\xa0", "\xff", "1e308", "e-3",
            "4.9e-324", "2.4703282292062327e-324", "1.7976931348623157e308", "9223372036854775", "000000"};
        QRandomGenerator random(18);
        int numbers = 0;
        for (int n = 0; n < 20000; ++n) {
            QByteArray text;
            const int parts = random.bounded(1, 8);
            for (int p = 0; p < parts; ++p)
                text += kAlphabet[random.bounded(int(std::size(kAlphabet)))];
            const SqlField field(text);
            const std::optional<double> real = parseSqlReal(field);
            numbers += bool(real);
            QVERIFY2(sameReal(real, referenceReal(field)), text.toPercentEncoding().constData());
            QVERIFY2(parseSqlInteger(field) == referenceInteger(field), text.toPercentEncoding().constData());
        }
        QVERIFY2(numbers > 1000, qPrintable(QString::number(numbers))); // not only refusals
    }

    void lsnText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<quint64>("lsn");
        auto row = [](const char* tag, const QByteArray& text, bool valid, quint64 lsn) {
            QTest::newRow(tag) << text << valid << lsn;
        };
        row("PostgreSQL's form", "16/B374D848", true, 0x16B374D848ULL);
        row("zero", "0/0", true, 0);
        row("largest", "FFFFFFFF/FFFFFFFF", true, 0xFFFFFFFFFFFFFFFFULL);
        row("lower case", "ab/cd", true, 0xAB000000CDULL);
        row("leading zeros", "000000001/2", true, 0x100000002ULL);
        row("0x prefix", "0x1/0", true, 0x100000000ULL);
        row("0x prefix after the slash", "1/0x2", true, 0x100000002ULL);
        row("spaces", " 1 / 2 ", true, 0x100000002ULL);
        row("plus", "+1/2", true, 0x100000002ULL);
        row("high part too large", "100000000/0", false, 0);
        row("low part too large", "0/100000000", false, 0);
        row("minus", "-1/2", false, 0);
        row("minus after the slash", "1/-2", false, 0);
        row("two slashes", "1/2/3", false, 0);
        row("no slash", "16B374D848", false, 0);
        row("nothing before", "/1", false, 0);
        row("nothing after", "1/", false, 0);
        row("space after", "1/ ", false, 0);
        row("not hexadecimal", "x/1", false, 0);
        row("empty", "", false, 0);
    }

    void lsnText()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(quint64, lsn);
        const std::optional<quint64> parsed = parseLsn(QString::fromUtf8(text));
        QCOMPARE(bool(parsed), valid);
        if (parsed)
            QCOMPARE(*parsed, lsn);
        QCOMPARE(parseSqlLsnText(text), parsed);
    }

    void lsnTextAgreesWithParseLsn()
    {
        static const QByteArray kAlphabet[] = {"0", "1", "9", "A", "f", "F", "B374D848", "/", "/", " ", "x",
            "0x", "-", "+", "G", "123456789", "\xc2\xa0"};
        QRandomGenerator random(18);
        for (int n = 0; n < 20000; ++n) {
            QByteArray text;
            const int parts = random.bounded(1, 6);
            for (int p = 0; p < parts; ++p)
                text += kAlphabet[random.bounded(int(std::size(kAlphabet)))];
            QVERIFY2(parseSqlLsnText(text) == parseLsn(QString::fromUtf8(text)),
                text.toPercentEncoding().constData());
        }
    }

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
