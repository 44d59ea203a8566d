// SPDX-License-Identifier: GPL-3.0-or-later
// The worksheet's PostgreSQL parameters against pg_settings rows of real PostgreSQL 15 and 17
// servers (tests/data/pgsettings): every value the servers took or refused with SET, judged the
// same; units, ranges, booleans, enums; what a change needs; the query's output read back.
#include "settings/pgparameters.h"
#include "testconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pgpilot;

namespace {

QByteArray dataFile(const QString& name)
{
    QFile f(QStringLiteral(PGPILOT_TEST_DATA_DIR "/pgsettings/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

QList<PgSetting> rowsOf(const QString& name)
{
    QString error;
    const auto rows = parseSettingsRows(dataFile(name), &error);
    if (!rows)
        qFatal("%s: %s", qPrintable(name), qPrintable(error));
    return *rows;
}

PgSetting rowNamed(const QList<PgSetting>& rows, const QString& name)
{
    for (const PgSetting& r : rows) {
        if (r.name == name)
            return r;
    }
    qFatal("no row %s", qPrintable(name));
}

} // namespace

class TestPgParameters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheQueryOutput()
    {
        const QList<PgSetting> rows = rowsOf(QStringLiteral("pg17-rows.json"));
        QCOMPARE(rows.size(), 22);
        const PgSetting sb = rowNamed(rows, QStringLiteral("shared_buffers"));
        QVERIFY(sb.known);
        QCOMPARE(sb.vartype, QStringLiteral("integer"));
        QCOMPARE(sb.unit, QStringLiteral("8kB"));
        QCOMPARE(sb.minVal, QStringLiteral("16"));
        QCOMPARE(sb.maxVal, QStringLiteral("1073741823"));
        QCOMPARE(sb.context, QStringLiteral("postmaster"));
        QCOMPARE(sb.setting, QStringLiteral("16384"));
        QCOMPARE(sb.current, QStringLiteral("128MB"));
        QVERIFY(!sb.pendingRestart);
        QVERIFY(!sb.inSettingsFile);
        const PgSetting wc = rowNamed(rows, QStringLiteral("wal_compression"));
        QCOMPARE(wc.enumVals,
            QStringList({QStringLiteral("pglz"), QStringLiteral("lz4"), QStringLiteral("zstd"),
                QStringLiteral("on"), QStringLiteral("off")}));
        const PgSetting typo = rowNamed(rows, QStringLiteral("work_mem_typo"));
        QVERIFY(!typo.known);
        QVERIFY(typo.vartype.isEmpty());

        // The file's lines, once written and reloaded.
        const QList<PgSetting> applied = rowsOf(QStringLiteral("pg17-applied.json"));
        const PgSetting pending = rowNamed(applied, QStringLiteral("shared_buffers"));
        QVERIFY(pending.inSettingsFile);
        QVERIFY(pending.pendingRestart);
        QCOMPARE(pending.fileValue, QStringLiteral("256MB"));
        QCOMPARE(pending.fileError, QStringLiteral("setting could not be applied"));
        QVERIFY(!pending.fileApplied);
        const PgSetting wm = rowNamed(applied, QStringLiteral("work_mem"));
        QVERIFY(wm.fileApplied);
        QVERIFY(wm.fileError.isEmpty());
        QCOMPARE(wm.setting, QStringLiteral("65536"));
        QVERIFY(wm.sourceFile.endsWith(QLatin1String("/conf.d/pgpilot-settings.conf")));

        QString error;
        QVERIFY(!parseSettingsRows("psql: error: connection to server failed", &error));
        QVERIFY2(error.contains(QLatin1String("connection to server failed")), qPrintable(error));
        QVERIFY(!parseSettingsRows("{\"name\": 1}", &error));
        QCOMPARE(parseSettingsRows("[]\n", &error)->size(), 0);
    }

    // Every value the real servers were asked about with SET: accepted or refused alike, and an
    // accepted one normalized to the setting the server then showed.
    void agreesWithTheServer_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("answer");
        for (const QString& version : {QStringLiteral("15"), QStringLiteral("17")}) {
            const QList<QByteArray> lines
                = dataFile(QStringLiteral("oracle-%1.jsonl").arg(version)).split('\n');
            for (const QByteArray& line : lines) {
                if (line.trimmed().isEmpty())
                    continue;
                const QJsonArray a = QJsonDocument::fromJson(line).array();
                QTest::addRow("%s %s '%s'", qPrintable(version), qPrintable(a.at(0).toString()),
                    qPrintable(a.at(1).toString()))
                    << version << a.at(0).toString() << a.at(1).toString() << a.at(2).toBool()
                    << a.at(3).toString();
            }
        }
    }
    void agreesWithTheServer()
    {
        QFETCH(QString, version);
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        QFETCH(QString, answer);
        const PgSetting row = rowNamed(rowsOf(QStringLiteral("pg%1-rows.json").arg(version)), name);
        const ParameterCheck c = checkParameter(row, value);
        QVERIFY2(
            c.ok == accepted, qPrintable(QStringLiteral("server: %1; pgpilot: %2").arg(answer, c.error)));
        if (!accepted) {
            QVERIFY2(c.error.startsWith(name), qPrintable(c.error)); // the message names the parameter
            return;
        }
        QVERIFY(c.error.isEmpty());
        if (row.vartype == QLatin1String("real"))
            QCOMPARE(c.normalized.toDouble(), answer.toDouble());
        else
            QCOMPARE(c.normalized, answer);
        // The value the server showed is in effect by pgpilot's reading too.
        PgSetting after = row;
        after.setting = answer;
        QVERIFY(isInEffect(after, c.normalized));
    }

    void unitsAndRanges()
    {
        const QList<PgSetting> rows15 = rowsOf(QStringLiteral("pg15-rows.json"));
        const QList<PgSetting> rows17 = rowsOf(QStringLiteral("pg17-rows.json"));
        const PgSetting sb = rowNamed(rows17, QStringLiteral("shared_buffers"));
        // 8kB pages: MB and GB become pages, a fraction rounds to the next smaller unit.
        QCOMPARE(checkParameter(sb, QStringLiteral("128MB")).normalized, QStringLiteral("16384"));
        QCOMPARE(checkParameter(sb, QStringLiteral("2GB")).normalized, QStringLiteral("262144"));
        QCOMPARE(checkParameter(sb, QStringLiteral("1.5GB")).normalized, QStringLiteral("196608"));
        QCOMPARE(checkParameter(sb, QStringLiteral("1000")).normalized, QStringLiteral("1000"));
        QVERIFY(!checkParameter(sb, QStringLiteral("8TB")).ok); // one page more than the ceiling
        const ParameterCheck tooSmall = checkParameter(sb, QStringLiteral("64kB"));
        QVERIFY(!tooSmall.ok);
        QVERIFY2(tooSmall.error.contains(QLatin1String("128kB to 8589934584kB")), qPrintable(tooSmall.error));
        const ParameterCheck badUnit = checkParameter(sb, QStringLiteral("2 GiB"));
        QVERIFY(!badUnit.ok);
        QVERIFY2(badUnit.error.contains(QLatin1String("B, kB, MB, GB, TB")), qPrintable(badUnit.error));
        QCOMPARE(checkParameter(sb, QStringLiteral("2GB")).applyBy, ApplyBy::Restart);

        // max_connections takes no unit, and its ceiling is the server's.
        const PgSetting mc = rowNamed(rows17, QStringLiteral("max_connections"));
        QVERIFY(checkParameter(mc, QStringLiteral("500")).ok);
        QVERIFY2(checkParameter(mc, QStringLiteral("500MB")).error.contains(QLatin1String("without a unit")),
            qPrintable(checkParameter(mc, QStringLiteral("500MB")).error));
        QVERIFY(!checkParameter(mc, QStringLiteral("262144")).ok);
        QVERIFY(!checkParameter(mc, QStringLiteral("many")).ok);

        // Time: the base unit of each parameter (ms, s), other units converted.
        const PgSetting ct = rowNamed(rows17, QStringLiteral("checkpoint_timeout"));
        QCOMPARE(checkParameter(ct, QStringLiteral("15min")).normalized, QStringLiteral("900"));
        QCOMPARE(checkParameter(ct, QStringLiteral("1h")).normalized, QStringLiteral("3600"));
        QCOMPARE(checkParameter(ct, QStringLiteral("1d")).normalized, QStringLiteral("86400"));
        QVERIFY(!checkParameter(ct, QStringLiteral("2d")).ok); // beyond 86400 s
        QVERIFY(!checkParameter(ct, QStringLiteral("10s")).ok); // below 30 s
        QCOMPARE(checkParameter(ct, QStringLiteral("90000ms")).normalized, QStringLiteral("90"));
        QCOMPARE(checkParameter(ct, QStringLiteral("15min")).applyBy, ApplyBy::Reload);
        const PgSetting mws = rowNamed(rows17, QStringLiteral("max_wal_size"));
        QCOMPARE(checkParameter(mws, QStringLiteral("4GB")).normalized, QStringLiteral("4096"));
        QCOMPARE(checkParameter(mws, QStringLiteral("4096")).normalized, QStringLiteral("4096"));
        // wal_buffers: -1 (automatic) is in its range.
        QCOMPARE(
            checkParameter(rowNamed(rows17, QStringLiteral("wal_buffers")), QStringLiteral("-1")).normalized,
            QStringLiteral("-1"));

        // maintenance_work_mem: 64kB is the floor on 17, 1MB on 15.
        QVERIFY(
            checkParameter(rowNamed(rows17, QStringLiteral("maintenance_work_mem")), QStringLiteral("512kB"))
                .ok);
        const ParameterCheck m15 = checkParameter(
            rowNamed(rows15, QStringLiteral("maintenance_work_mem")), QStringLiteral("512kB"));
        QVERIFY(!m15.ok);
        QVERIFY2(m15.error.contains(QLatin1String("1MB to")), qPrintable(m15.error));

        // Reals: plain numbers, units where the parameter has one.
        const PgSetting rpc = rowNamed(rows17, QStringLiteral("random_page_cost"));
        QCOMPARE(checkParameter(rpc, QStringLiteral("1.1")).normalized, QStringLiteral("1.1"));
        QVERIFY(!checkParameter(rpc, QStringLiteral("1,1")).ok); // never the locale's comma
        const PgSetting asf = rowNamed(rows17, QStringLiteral("autovacuum_vacuum_scale_factor"));
        QVERIFY(checkParameter(asf, QStringLiteral("0.05")).ok);
        QVERIFY(!checkParameter(asf, QStringLiteral("101")).ok);
    }

    void booleansEnumsAndStrings()
    {
        const QList<PgSetting> rows = rowsOf(QStringLiteral("pg17-rows.json"));
        const PgSetting jit = rowNamed(rows, QStringLiteral("jit"));
        QCOMPARE(checkParameter(jit, QStringLiteral("OFF")).normalized, QStringLiteral("off"));
        QCOMPARE(checkParameter(jit, QStringLiteral("ye")).normalized, QStringLiteral("on"));
        const ParameterCheck notBool = checkParameter(jit, QStringLiteral("maybe"));
        QVERIFY(!notBool.ok);
        QVERIFY2(notBool.error.contains(QLatin1String("on or off")), qPrintable(notBool.error));

        // wal_compression is an enum from 15 on; "on" means pglz.
        const PgSetting wc = rowNamed(rows, QStringLiteral("wal_compression"));
        QCOMPARE(checkParameter(wc, QStringLiteral("zstd")).normalized, QStringLiteral("zstd"));
        QCOMPARE(checkParameter(wc, QStringLiteral("on")).normalized, QStringLiteral("pglz"));
        QCOMPARE(checkParameter(wc, QStringLiteral("zstd")).applyBy, ApplyBy::Reload); // superuser
        PgSetting noLz4 = wc; // a build without lz4 does not list it
        noLz4.enumVals.removeAll(QStringLiteral("lz4"));
        const ParameterCheck lz4 = checkParameter(noLz4, QStringLiteral("lz4"));
        QVERIFY(!lz4.ok);
        QVERIFY2(lz4.error.contains(QLatin1String("pglz, zstd, on, off")), qPrintable(lz4.error));
        // huge_pages: an enum with on and off, so the boolean spellings too; needs a restart.
        const PgSetting hp = rowNamed(rows, QStringLiteral("huge_pages"));
        QCOMPARE(checkParameter(hp, QStringLiteral("try")).applyBy, ApplyBy::Restart);
        QCOMPARE(checkParameter(hp, QStringLiteral("yes")).normalized, QStringLiteral("on"));
        QVERIFY(!checkParameter(hp, QStringLiteral("y")).ok); // hidden spellings are whole words

        const PgSetting prefix = rowNamed(rows, QStringLiteral("log_line_prefix"));
        const ParameterCheck s = checkParameter(prefix, QStringLiteral("%m [%p] %q%u@%d "));
        QVERIFY(s.ok);
        QCOMPARE(s.normalized, QStringLiteral("%m [%p] %q%u@%d "));
        QCOMPARE(s.applyBy, ApplyBy::Reload);
    }

    void refusedParameters()
    {
        const QList<PgSetting> rows = rowsOf(QStringLiteral("pg15-rows.json"));
        const ParameterCheck typo
            = checkParameter(rowNamed(rows, QStringLiteral("work_mem_typo")), QStringLiteral("1"));
        QVERIFY(!typo.ok);
        QVERIFY2(typo.error.startsWith(QLatin1String("work_mem_typo is not a parameter of this server")),
            qPrintable(typo.error));
        const ParameterCheck module = checkParameter(
            rowNamed(rows, QStringLiteral("auto_explain.log_min_duration")), QStringLiteral("1s"));
        QVERIFY(!module.ok);
        QVERIFY2(module.error.contains(QLatin1String("module is not loaded")), qPrintable(module.error));
        const ParameterCheck internal
            = checkParameter(rowNamed(rows, QStringLiteral("block_size")), QStringLiteral("8192"));
        QVERIFY(!internal.ok);
        QCOMPARE(internal.applyBy, ApplyBy::Refused);
        QVERIFY2(internal.error.contains(QLatin1String("cannot be changed")), qPrintable(internal.error));
    }

    void whatAChangeNeeds()
    {
        QCOMPARE(applyByContext(QStringLiteral("postmaster")), ApplyBy::Restart);
        for (const char* c : {"sighup", "superuser", "user", "backend", "superuser-backend"})
            QCOMPARE(applyByContext(QString::fromLatin1(c)), ApplyBy::Reload);
        QCOMPARE(applyByContext(QStringLiteral("internal")), ApplyBy::Refused);
        QCOMPARE(applyByContext(QStringLiteral("something-new")), ApplyBy::Restart);
    }

    void amountsInWords()
    {
        QCOMPARE(describeAmount(QStringLiteral("16384"), QStringLiteral("8kB")), QStringLiteral("128MB"));
        QCOMPARE(describeAmount(QStringLiteral("65536"), QStringLiteral("kB")), QStringLiteral("64MB"));
        QCOMPARE(describeAmount(QStringLiteral("2147483647"), QStringLiteral("kB")),
            QStringLiteral("2147483647kB"));
        QCOMPARE(describeAmount(QStringLiteral("60000"), QStringLiteral("ms")), QStringLiteral("1min"));
        QCOMPARE(describeAmount(QStringLiteral("86400"), QStringLiteral("s")), QStringLiteral("1d"));
        QCOMPARE(describeAmount(QStringLiteral("-1"), QStringLiteral("ms")), QStringLiteral("-1"));
        QCOMPARE(describeAmount(QStringLiteral("1000"), QString()), QStringLiteral("1000"));
        QCOMPARE(describeAmount(QStringLiteral("0.5"), QStringLiteral("ms")), QStringLiteral("0.5 ms"));
    }

    void queryAndFileLine()
    {
        const QString sql
            = settingsQuerySql({QStringLiteral("work_mem"), QStringLiteral("auto_explain.log_min_duration"),
                                   QStringLiteral("x'; DROP")},
                QStringLiteral("/etc/postgresql/17/main/conf.d/pgpilot-settings.conf"));
        QVERIFY(sql.contains(QLatin1String("ARRAY['work_mem','auto_explain.log_min_duration']::text[]")));
        QVERIFY(!sql.contains(QLatin1String("DROP"))); // a name that is not one never reaches the SQL
        QVERIFY(sql.contains(
            QLatin1String("sourcefile = '/etc/postgresql/17/main/conf.d/pgpilot-settings.conf'")));
        QVERIFY(settingsQuerySql({}, QStringLiteral("/f")).contains(QLatin1String("ARRAY[]::text[]")));
        QCOMPARE(
            postgresSettingsFile(15), QStringLiteral("/etc/postgresql/15/main/conf.d/pgpilot-settings.conf"));
        QCOMPARE(configLine(QStringLiteral("work_mem"), QStringLiteral("64MB")),
            QStringLiteral("work_mem = '64MB'"));
        QCOMPARE(
            configLine(QStringLiteral("x"), QStringLiteral("a'b\\c")), QStringLiteral("x = 'a''b\\\\c'"));
    }
};

QTEST_GUILESS_MAIN(TestPgParameters)
#include "tst_pgparameters.moc"
