// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/statuscommand.h"
#include "monitor/demosnapshots.h"
#include "monitor/derive.h"
#include "monitor/eventlog.h"
#include "monitor/probeparse.h"
#include "monitor/vipprobe.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace pgpilot;

namespace {

// HAProxy 2.6 CSV, shortened to the columns before "type" plus a few after.
const QByteArray kCsv
    = "# pxname,svname,qcur,qmax,scur,smax,slim,stot,bin,bout,dreq,dresp,ereq,econ,eresp,wretr,wredis,"
      "status,weight,act,bck,chkfail,chkdown,lastchg,downtime,qlimit,pid,iid,sid,throttle,lbtot,tracked,"
      "type,rate,\n"
      "stats,FRONTEND,,,1,1,262124,3,0,0,0,0,0,,,,,OPEN,,,,,,,,,1,2,0,,,,0,0,\n"
      "stats,BACKEND,0,0,0,0,26213,0,0,0,0,0,,0,0,0,0,UP,0,0,0,,0,10,,,1,2,0,,0,,1,0,\n"
      "pg_write,FRONTEND,,,2,5,4000,12,0,0,0,0,0,,,,,OPEN,,,,,,,,,1,3,0,,,,0,0,\n"
      "pg_primary,pg1,0,0,2,3,,12,0,0,,0,,0,0,0,0,UP,1,1,0,0,0,10,0,,1,5,1,,12,,2,0,\n"
      "pg_primary,pg2,0,0,0,0,,0,0,0,,0,,0,0,0,0,DOWN,1,1,0,1,1,9,9,,1,5,2,,0,,2,0,\n"
      "pg_primary,pg3,0,0,0,0,,0,0,0,,0,,0,0,0,0,DOWN,1,1,0,1,1,9,9,,1,5,3,,0,,2,0,\n"
      "pg_primary,BACKEND,0,0,2,3,400,12,0,0,0,0,,0,0,0,0,UP,1,1,0,,0,10,0,,1,5,0,,12,,1,0,\n"
      "pg_replicas,pg1,0,0,0,0,,0,0,0,,0,,0,0,0,0,DOWN,1,1,0,1,1,9,9,,1,6,1,,0,,2,0,\n"
      "pg_replicas,pg2,0,0,4,4,,40,0,0,,0,,0,0,0,0,UP,1,1,0,0,0,10,0,,1,6,2,,20,,2,0,\n"
      "pg_replicas,pg3,0,0,3,4,,38,0,0,,0,,0,0,0,0,UP 1/2,1,1,0,0,0,10,0,,1,6,3,,18,,2,0,\n"
      "pg_replicas,BACKEND,0,0,7,8,400,78,0,0,0,0,,0,0,0,0,UP,2,2,0,,0,10,0,,1,6,0,,38,,1,0,\n";

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

class TestMonitorParse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lsn()
    {
        QCOMPARE(parseLsn(QStringLiteral("16/B374D848")), std::optional<quint64>(0x16B374D848ULL));
        QCOMPARE(parseLsn(QStringLiteral("0/0")), std::optional<quint64>(0));
        QVERIFY(!parseLsn(QString()));
        QVERIFY(!parseLsn(QStringLiteral("16B374D848")));
        QVERIFY(!parseLsn(QStringLiteral("x/1")));
        QVERIFY(!parseLsn(QStringLiteral("1/")));
        QCOMPARE(formatLsn(0x16B374D848ULL), QStringLiteral("16/B374D848"));
        QCOMPARE(formatLsn(std::nullopt), QString());
    }

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

    void haproxyCsv()
    {
        QList<HaproxyBackend> backends;
        QString error;
        QVERIFY(parseHaproxyCsv(kCsv, &backends, &error));
        QCOMPARE(backends.size(), 2); // "stats" has no servers
        QCOMPARE(backends[0].name, QStringLiteral("pg_primary"));
        QCOMPARE(backends[0].status, QStringLiteral("UP"));
        QCOMPARE(backends[0].servers.size(), 3);
        QCOMPARE(backends[0].upServers(), QStringList {QStringLiteral("pg1")});
        QCOMPARE(backends[0].servers[0].currentSessions, 2);
        QCOMPARE(backends[0].servers[0].totalSessions, 12);
        QCOMPARE(backends[1].upServers(), (QStringList {QStringLiteral("pg2"), QStringLiteral("pg3")}));
        HaproxyStatus status;
        status.backends = backends;
        QCOMPARE(status.writeBackend()->name, QStringLiteral("pg_primary"));
        QCOMPARE(status.readBackend()->name, QStringLiteral("pg_replicas"));
    }

    void haproxyCsvOtherNamesAndColumnOrder()
    {
        const QByteArray csv = "# svname,pxname,status,type\n"
                               "a,be_rw,UP,2\nb,be_rw,DOWN,2\nBACKEND,be_rw,UP,1\n"
                               "b,be_ro,UP,2\nBACKEND,be_ro,UP,1\n";
        QList<HaproxyBackend> backends;
        QVERIFY(parseHaproxyCsv(csv, &backends, nullptr));
        HaproxyStatus status;
        status.backends = backends;
        QCOMPARE(status.writeBackend()->upServers(), QStringList {QStringLiteral("a")});
        QCOMPARE(status.readBackend()->upServers(), QStringList {QStringLiteral("b")});
    }

    void syncStandbyNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("count");
        QTest::addColumn<QStringList>("names");
        const int unknown = int(SyncMode::Unknown);
        const int quorum = int(SyncMode::Quorum);
        const int priority = int(SyncMode::Priority);
        auto row = [](const char* tag, const QString& text, int mode, int count, const QStringList& names) {
            QTest::newRow(tag) << text << mode << count << names;
        };
        row("empty", QString(), int(SyncMode::Async), 0, {});
        row("any", QStringLiteral("ANY 2 (pg1, \"pg2\", pg3)"), quorum, 2,
            {QStringLiteral("pg1"), QStringLiteral("pg2"), QStringLiteral("pg3")});
        row("pgpilot's own", QStringLiteral("ANY 1 (\"pg1\", \"pg2\", \"pg3\")"), quorum, 1,
            {QStringLiteral("pg1"), QStringLiteral("pg2"), QStringLiteral("pg3")});
        row("any lower case, no spaces", QStringLiteral("any 1(a,b)"), quorum, 1,
            {QStringLiteral("a"), QStringLiteral("b")});
        row("first", QStringLiteral("FIRST 1 (a,b)"), priority, 1,
            {QStringLiteral("a"), QStringLiteral("b")});
        row("First mixed case", QStringLiteral("First 2 (a, b, c)"), priority, 2,
            {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        row("number alone is first", QStringLiteral("2 (a,b,c)"), priority, 2,
            {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        row("plain list is first 1", QStringLiteral("a, b"), priority, 1,
            {QStringLiteral("a"), QStringLiteral("b")});
        row("one name", QStringLiteral("pg2"), priority, 1, {QStringLiteral("pg2")});
        row("star", QStringLiteral("*"), priority, 1, {QStringLiteral("*")});
        row("any star", QStringLiteral("ANY 1 (*)"), quorum, 1, {QStringLiteral("*")});
        row("a number is a name", QStringLiteral("1"), priority, 1, {QStringLiteral("1")});
        row("names with keywords inside", QStringLiteral("anyone, firstly, _x$1"), priority, 1,
            {QStringLiteral("anyone"), QStringLiteral("firstly"), QStringLiteral("_x$1")});
        row("whitespace everywhere", QStringLiteral("\t ANY\n 2 ( a ,\r b ) "), quorum, 2,
            {QStringLiteral("a"), QStringLiteral("b")});
        row("quoted with space and quote", QStringLiteral("FIRST 1 (\"my standby\", \"say \"\"hi\"\"\")"),
            priority, 1, {QStringLiteral("my standby"), QStringLiteral("say \"hi\"")});
        row("quoted keyword and comma", QStringLiteral("ANY 1 (\"ANY\", \"a,b\")"), quorum, 1,
            {QStringLiteral("ANY"), QStringLiteral("a,b")});
        row("case kept", QStringLiteral("PG1, Pg2"), priority, 1,
            {QStringLiteral("PG1"), QStringLiteral("Pg2")});
        row("non-ascii name", QStringLiteral("n\u00f6de1"), priority, 1, {QStringLiteral("n\u00f6de1")});
        // What PostgreSQL refuses.
        row("blank", QStringLiteral("   "), unknown, 0, {});
        row("zero", QStringLiteral("ANY 0 (a)"), unknown, 0, {});
        row("first zero", QStringLiteral("0 (a, b)"), unknown, 0, {});
        row("no names", QStringLiteral("ANY 1 ()"), unknown, 0, {});
        row("no count", QStringLiteral("ANY (a, b)"), unknown, 0, {});
        row("no parentheses", QStringLiteral("ANY 1 a, b"), unknown, 0, {});
        row("unclosed", QStringLiteral("FIRST 1 (a, b"), unknown, 0, {});
        row("trailing text", QStringLiteral("ANY 1 (a) b"), unknown, 0, {});
        row("trailing comma", QStringLiteral("a, b,"), unknown, 0, {});
        row("keyword as name", QStringLiteral("first"), unknown, 0, {});
        row("unterminated quote", QStringLiteral("\"pg1"), unknown, 0, {});
        row("empty quotes", QStringLiteral("\"\""), unknown, 0, {});
        row("single quotes", QStringLiteral("'pg1'"), unknown, 0, {});
        row("junk", QStringLiteral("pg1; DROP"), unknown, 0, {});
        row("hyphen", QStringLiteral("pg-1"), unknown, 0, {});
        row("digits then letters", QStringLiteral("1abc"), unknown, 0, {});
        row("negative", QStringLiteral("ANY -1 (a)"), unknown, 0, {});
        row("huge count", QStringLiteral("ANY 99999999999999999999 (a)"), unknown, 0, {});
        row("nested", QStringLiteral("ANY 1 (FIRST 1 (a))"), unknown, 0, {});
    }

    void syncStandbyNames()
    {
        QFETCH(QString, text);
        QFETCH(int, mode);
        QFETCH(int, count);
        QFETCH(QStringList, names);
        const SyncSetting s = parseSyncStandbyNames(text);
        QCOMPARE(int(s.mode), mode);
        QCOMPARE(s.count, count);
        QCOMPARE(s.names, names);
    }

    void syncSettingMatchesLikePostgres()
    {
        const SyncSetting named = parseSyncStandbyNames(QStringLiteral("ANY 1 (PG2, \"pg3\")"));
        QVERIFY(named.matches(QStringLiteral("pg2"))); // case-insensitive, as PostgreSQL compares
        QVERIFY(named.matches(QStringLiteral("PG3")));
        QVERIFY(!named.matches(QStringLiteral("pg4")));
        QVERIFY(!named.matches(QString()));
        const SyncSetting any = parseSyncStandbyNames(QStringLiteral("*"));
        QVERIFY(any.matches(QStringLiteral("walreceiver")));
        QVERIFY(!parseSyncStandbyNames(QString()).matches(QStringLiteral("pg2")));
    }

    void haproxyCsvEdgeCases()
    {
        // CRLF line ends, no "type" column, a short line, spaces around fields, no final newline,
        // a header without svname.
        const QByteArray csv = "# pxname, svname ,status,scur\r\n"
                               "pg_primary,pg1, UP ,4\r\n"
                               "pg_primary,pg2\r\n"
                               "pg_primary,BACKEND,UP,4";
        QList<HaproxyBackend> backends;
        QVERIFY(parseHaproxyCsv(csv, &backends, nullptr));
        QCOMPARE(backends.size(), 1);
        QCOMPARE(backends[0].status, QStringLiteral("UP"));
        QCOMPARE(backends[0].servers.size(), 2);
        QCOMPARE(backends[0].servers[0].status, QStringLiteral("UP"));
        QCOMPARE(backends[0].servers[0].currentSessions, 4);
        QCOMPARE(backends[0].servers[1].status, QString());
        QCOMPARE(backends[0].upServers(), QStringList {QStringLiteral("pg1")});
        QString error;
        QVERIFY(!parseHaproxyCsv("# pxname,status\nx,UP\n", &backends, &error));
        QVERIFY(error.contains(QLatin1String("svname")));
        QVERIFY(!parseHaproxyCsv(QByteArray(), &backends, &error));
    }

    void haproxyCsvRejectsHtml()
    {
        QList<HaproxyBackend> backends;
        QString error;
        QVERIFY(!parseHaproxyCsv("<html>stats</html>", &backends, &error));
        QVERIFY(!error.isEmpty());
    }

    void healthBody()
    {
        HealthStatus h;
        QVERIFY(
            parseHealthBody(R"({"lag_bytes": 2048, "receive_lsn": "0/3000060", "replay_delay_seconds": 0.5,
            "replay_lsn": "0/3000060", "role": "replica", "server_version": "17.4", "timeline": 3,
            "wal_lsn": null, "wal_receiver": "streaming"})",
                &h));
        QCOMPARE(h.role, QStringLiteral("replica"));
        QCOMPARE(h.timeline, std::optional<int>(3));
        QCOMPARE(h.lagBytes, std::optional<qint64>(2048));
        QCOMPARE(h.walReceiver, QStringLiteral("streaming"));
        HealthStatus down;
        QVERIFY(parseHealthBody(R"({"error": "query timed out after 3.0s", "role": "unknown"})", &down));
        QCOMPARE(down.role, QStringLiteral("unknown"));
        QCOMPARE(down.bodyError, QStringLiteral("query timed out after 3.0s"));
        QVERIFY(!parseHealthBody("not json", &down));
    }

    void roleOnlyHealthService()
    {
        // The guide's pgchk.py: the HTTP status of /master, then of /replica, is the answer.
        auto answer = [](int status, qint64 ms) {
            HealthStatus h;
            h.polled = true;
            h.reachable = status != 0;
            h.httpStatus = status;
            h.latencyMs = ms;
            if (!status)
                h.error = QStringLiteral("Connection refused");
            return h;
        };
        const HealthStatus primary = roleOnlyHealth(answer(200, 3), std::nullopt, "OK - Primary\n");
        QCOMPARE(primary.role, QStringLiteral("primary"));
        QVERIFY(primary.ok());
        const HealthStatus replica = roleOnlyHealth(answer(503, 3), answer(200, 4), "OK - Replica\n");
        QCOMPARE(replica.role, QStringLiteral("replica"));
        QCOMPARE(replica.latencyMs, qint64(7));
        QVERIFY(replica.ok());
        // It cannot ask PostgreSQL (the guide's unit runs it as root: peer authentication refuses).
        const HealthStatus neither
            = roleOnlyHealth(answer(503, 1), answer(503, 1), "PostgreSQL Unreachable\n");
        QVERIFY(neither.role.isEmpty());
        QCOMPARE(neither.bodyError, QStringLiteral("PostgreSQL Unreachable"));
        QVERIFY(!neither.ok());
        const HealthStatus down = roleOnlyHealth(answer(0, 2000), std::nullopt, {});
        QVERIFY(!down.reachable);
        QCOMPARE(down.error, QStringLiteral("Connection refused"));
        // Whatever answers chooses its words: one short printable line is kept.
        const HealthStatus hostile
            = roleOnlyHealth(answer(503, 1), answer(404, 1), QByteArray(300, 'x') + "\x1b[2J\nsecond line");
        QCOMPARE(hostile.bodyError.size(), 120);
        const HealthStatus escape = roleOnlyHealth(answer(503, 1), answer(404, 1), "a\x1b[2Jb\nc");
        QCOMPARE(escape.bodyError, QStringLiteral("a[2Jb"));
    }

    void vipOutput()
    {
        const QString vip = QStringLiteral("10.0.1.100");
        QVERIFY(SshVipProbe::outputHoldsVip(
            "2: ens3    inet 10.0.1.100/24 scope global secondary ens3\\       valid_lft forever\n", vip));
        QVERIFY(!SshVipProbe::outputHoldsVip("", vip));
        QVERIFY(!SshVipProbe::outputHoldsVip("2: ens3    inet 10.0.1.10/24 scope global ens3\n", vip));
        QVERIFY(!SshVipProbe::outputHoldsVip("2: ens3    inet 10.0.1.1000/24 scope global ens3\n", vip));
        QCOMPARE(SshVipProbe::command(vip), QStringLiteral("ip -o addr show to 10.0.1.100"));
    }

    void diffFirstSnapshotReportsRolesAndAlarms()
    {
        ClusterSnapshot next = demoSnapshot(DemoScenario::FailoverInProgress, 3);
        deriveCluster(next);
        const QList<ClusterEvent> events = diffSnapshots({}, next);
        int roles = 0;
        int raised = 0;
        for (const auto& e : events) {
            roles += e.kind == ClusterEvent::Kind::RoleChange;
            raised += e.kind == ClusterEvent::Kind::AlarmRaised;
        }
        QCOMPARE(roles, 3);
        QCOMPARE(raised, next.alarms.size());
    }

    void diffFailoverSequence()
    {
        ClusterSnapshot a = demoSnapshot(DemoScenario::Healthy, 3, 1);
        ClusterSnapshot b = demoSnapshot(DemoScenario::FailoverInProgress, 3, 2);
        ClusterSnapshot c = demoSnapshot(DemoScenario::SplitBrain, 3, 3);
        for (auto* s : {&a, &b, &c})
            deriveCluster(*s);
        QVERIFY(diffSnapshots(a, a).isEmpty());
        const QList<ClusterEvent> ab = diffSnapshots(a, b);
        QVERIFY(std::any_of(ab.cbegin(), ab.cend(), [](const ClusterEvent& e) {
            return e.kind == ClusterEvent::Kind::RoleChange && e.node == QLatin1String("pg1")
                && e.text.contains(QStringLiteral("primary \u2192 down"));
        }));
        QVERIFY(std::any_of(ab.cbegin(), ab.cend(),
            [](const ClusterEvent& e) { return e.kind == ClusterEvent::Kind::AlarmRaised; }));
        const QList<ClusterEvent> bc = diffSnapshots(b, c);
        QVERIFY(std::any_of(bc.cbegin(), bc.cend(), [](const ClusterEvent& e) {
            return e.kind == ClusterEvent::Kind::VipMove
                && e.text == QStringLiteral("VIP moved pg1 \u2192 pg2");
        }));
        QVERIFY(std::any_of(bc.cbegin(), bc.cend(), [](const ClusterEvent& e) {
            return e.kind == ClusterEvent::Kind::AlarmCleared
                && e.text.contains(QStringLiteral("No primary"));
        }));
    }

    void diffNewRepmgrEvents()
    {
        ClusterSnapshot a = demoSnapshot(DemoScenario::Healthy, 3, 1);
        ClusterSnapshot b = demoSnapshot(DemoScenario::Healthy, 3, 2);
        const QDateTime t = QDateTime(QDate(2025, 3, 14), QTime(9, 31), Qt::UTC);
        a.nodes[0].pg.repmgrEvents = {{1, QStringLiteral("primary_register"), true, t.addSecs(-600), {}}};
        b.nodes[0].pg.repmgrEvents
            = {{2, QStringLiteral("standby_promote"), true, t, QStringLiteral("promoted")},
                a.nodes[0].pg.repmgrEvents.first()};
        b.nodes[1].pg.repmgrEvents = b.nodes[0].pg.repmgrEvents; // same rows seen from another node
        deriveCluster(a);
        deriveCluster(b);
        const QList<ClusterEvent> events = diffSnapshots(a, b);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, ClusterEvent::Kind::Repmgr);
        QVERIFY(events.first().text.contains(QStringLiteral("standby_promote")));
    }

    void diffRepmgrEventsOnlyNewerThanBefore()
    {
        ClusterSnapshot a = demoSnapshot(DemoScenario::Healthy, 3, 1);
        ClusterSnapshot b = demoSnapshot(DemoScenario::Healthy, 3, 2);
        const QDateTime t = QDateTime(QDate(2025, 3, 14), QTime(9, 31), Qt::UTC);
        const RepmgrEvent newest {1, QStringLiteral("standby_register"), true, t, {}};
        a.nodes[1].pg.repmgrEvents = {newest};
        b.nodes[0].pg.repmgrEvents
            = {{3, QStringLiteral("standby_follow"), false, t.addMSecs(1), QStringLiteral("later by 1 ms")},
                {2, QStringLiteral("same_time"), true, t, {}}, // as new as the newest before: not new
                {2, QStringLiteral("no_time"), true, QDateTime(), {}}, // no time: never reported
                {2, QStringLiteral("older"), true, t.addSecs(-1), {}}, newest};
        b.nodes[2].pg.repmgrEvents = b.nodes[0].pg.repmgrEvents;
        deriveCluster(a);
        deriveCluster(b);
        QSet<QString> reported;
        const QList<ClusterEvent> events = diffSnapshots(a, b, &reported);
        QCOMPARE(events.size(), 1);
        QCOMPARE(
            events.first().text, QStringLiteral("repmgr: standby_follow on node 3 (failed): later by 1 ms"));
        QCOMPARE(events.first().time, t.addMSecs(1));
        QCOMPARE(reported.size(), 1);
        QVERIFY(diffSnapshots(b, b, &reported).isEmpty());
        // Nothing before (the first tick): no repmgr event is news.
        const QList<ClusterEvent> first = diffSnapshots(ClusterSnapshot(), b);
        QVERIFY(std::none_of(first.cbegin(), first.cend(),
            [](const ClusterEvent& e) { return e.kind == ClusterEvent::Kind::Repmgr; }));
    }

    void statusOutput()
    {
        ClusterSnapshot healthy = demoSnapshot(DemoScenario::Healthy, 3);
        deriveCluster(healthy);
        QCOMPARE(statusExitCode(healthy), 0);
        const QJsonObject json = snapshotToJson(healthy);
        QCOMPARE(json.value(QLatin1String("healthy")).toBool(), true);
        QCOMPARE(json.value(QLatin1String("nodes")).toArray().size(), 3);
        QCOMPARE(json.value(QLatin1String("vip_holder")).toString(), QStringLiteral("pg1"));
        QCOMPARE(json.value(QLatin1String("nodes"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("state"))
                     .toString(),
            QStringLiteral("primary"));
        const QString text = snapshotToText(healthy);
        QVERIFY(text.contains(QStringLiteral("healthy")));
        QVERIFY(text.contains(QStringLiteral("primary+vip")));
        ClusterSnapshot split = demoSnapshot(DemoScenario::SplitBrain, 3);
        deriveCluster(split);
        QCOMPARE(statusExitCode(split), 2);
        QVERIFY(snapshotToText(split).contains(QStringLiteral("CRITICAL: Split brain")));
        QCOMPARE(snapshotToJson(split)
                     .value(QLatin1String("alarms"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("kind"))
                     .toString(),
            QStringLiteral("split-brain"));
        ClusterSnapshot warn = demoSnapshot(DemoScenario::Healthy, 3);
        warn.nodes[1].pg.repmgrdRunning = false;
        deriveCluster(warn);
        QCOMPARE(statusExitCode(warn), 1);
    }

    void statusShowsSynchronousReplication()
    {
        ClusterSnapshot healthy = demoSnapshot(DemoScenario::Healthy, 3);
        deriveCluster(healthy);
        const QJsonObject json = snapshotToJson(healthy);
        const QJsonObject replication = json.value(QLatin1String("replication")).toObject();
        QCOMPARE(replication.value(QLatin1String("mode")).toString(), QStringLiteral("quorum"));
        QCOMPARE(replication.value(QLatin1String("count")).toInt(), 1);
        QCOMPARE(replication.value(QLatin1String("confirming")).toInt(), 2);
        QCOMPARE(replication.value(QLatin1String("candidates")).toArray().size(), 2);
        QCOMPARE(replication.value(QLatin1String("synchronous_commit")).toString(), QStringLiteral("on"));
        const QJsonArray nodes = json.value(QLatin1String("nodes")).toArray();
        QCOMPARE(nodes.at(0).toObject().value(QLatin1String("sync_state")).toString(), QString());
        QCOMPARE(
            nodes.at(1).toObject().value(QLatin1String("sync_state")).toString(), QStringLiteral("quorum"));
        QCOMPARE(nodes.at(1)
                     .toObject()
                     .value(QLatin1String("postgres"))
                     .toObject()
                     .value(QLatin1String("synchronous_standby_names"))
                     .toString(),
            QStringLiteral("ANY 1 (\"pg1\", \"pg2\", \"pg3\")"));
        const QString text = snapshotToText(healthy);
        QVERIFY2(
            text.contains(QStringLiteral("synchronous quorum: ANY 1 of 2 standbys\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(" quorum ")), qPrintable(text));

        ClusterSnapshot lost = demoSnapshot(DemoScenario::QuorumLost, 3);
        deriveCluster(lost);
        QCOMPARE(statusExitCode(lost), 2);
        const QJsonObject first
            = snapshotToJson(lost).value(QLatin1String("alarms")).toArray().first().toObject();
        QCOMPARE(first.value(QLatin1String("kind")).toString(), QStringLiteral("sync-quorum-lost"));
        QCOMPARE(first.value(QLatin1String("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(first.value(QLatin1String("node")).toString(), QStringLiteral("pg1"));
        const QString lostText = snapshotToText(lost);
        QVERIFY2(
            lostText.contains(QStringLiteral("CRITICAL: Writes wait: no standby of the synchronous quorum")),
            qPrintable(lostText));
        QVERIFY2(lostText.contains(QStringLiteral("what to do: Start or repair pg2, pg3 (not streaming)")),
            qPrintable(lostText));

        ClusterSnapshot async = demoSnapshot(DemoScenario::Healthy, 3);
        for (auto& n : async.nodes) {
            n.pg.syncStandbyNames.clear();
            n.pg.sync = parseSyncStandbyNames(QString());
        }
        for (auto& peer : async.nodes[0].pg.replication)
            peer.syncState = QStringLiteral("async");
        deriveCluster(async);
        QCOMPARE(snapshotToJson(async)
                     .value(QLatin1String("replication"))
                     .toObject()
                     .value(QLatin1String("mode"))
                     .toString(),
            QStringLiteral("async"));
        QVERIFY(snapshotToText(async).contains(QStringLiteral("asynchronous replication\n")));
    }

    void eventLogBoundedAndExported()
    {
        EventLog log(3);
        const QDateTime t = QDateTime(QDate(2025, 3, 14), QTime(9, 30, 0, 250), Qt::UTC);
        QList<ClusterEvent> events;
        for (int i = 0; i < 5; ++i)
            events.append({t.addSecs(i), ClusterEvent::Kind::Operation, QStringLiteral("pg%1").arg(i),
                QStringLiteral("op %1").arg(i), Severity::Warning});
        events[4].text = QStringLiteral("switchover \"pg1\" to pg2, now");
        QCOMPARE(log.append(events), 2);
        QCOMPARE(log.events().size(), 3);
        QCOMPARE(log.totalAppended(), quint64(5));
        QCOMPARE(log.events().first().text, QStringLiteral("op 2"));
        const QByteArray csv = EventLog::toCsv(log.events());
        QVERIFY(csv.startsWith("time,kind,node,severity,text\r\n"));
        QVERIFY(csv.contains(
            "2025-03-14T09:30:04.250Z,operation,pg4,warning,\"switchover \"\"pg1\"\" to pg2, now\"\r\n"));
        const QString text = EventLog::toText(log.events());
        QCOMPARE(text.count(QLatin1Char('\n')), 3);
        QVERIFY(text.startsWith(QStringLiteral("2025-03-14T09:30:02Z operation")));
    }
};

QTEST_GUILESS_MAIN(TestMonitorParse)
#include "tst_monitorparse.moc"
