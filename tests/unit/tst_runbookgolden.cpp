// SPDX-License-Identifier: GPL-3.0-or-later
// Golden files for every file the runbook writes and for the exported script, per platform
// profile. Update them with PGPILOT_UPDATE_GOLDEN=1 and review the diff.
#include "cluster/specvalidator.h"
#include "runbook/backupfiles.h"
#include "runbook/builder.h"
#include "runbook/configfiles.h"
#include "runbookspecs.h"
#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace pgpilot;

class TestRunbookGolden : public QObject
{
    Q_OBJECT

private:
    static ClusterSpec specFor(const QString& profile)
    {
        for (const auto& p : runbookTestSpecs()) {
            if (p.profile == profile)
                return p.spec;
        }
        return {};
    }

    static bool updating() { return qEnvironmentVariableIntValue("PGPILOT_UPDATE_GOLDEN") == 1; }

    static void compareGolden(const QString& relative, const QByteArray& actual)
    {
        const QString path = QStringLiteral(PGPILOT_TEST_DATA_DIR "/golden/") + relative;
        if (updating()) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile out(path);
            QVERIFY2(out.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
            out.write(actual);
            return;
        }
        QFile in(path);
        QVERIFY2(in.open(QIODevice::ReadOnly),
            qPrintable(
                QStringLiteral("missing golden file %1 (run with PGPILOT_UPDATE_GOLDEN=1)").arg(path)));
        const QByteArray expected = in.readAll();
        if (expected != actual) {
            const QList<QByteArray> e = expected.split('\n');
            const QList<QByteArray> a = actual.split('\n');
            int line = 0;
            while (line < e.size() && line < a.size() && e.at(line) == a.at(line))
                ++line;
            QFAIL(qPrintable(QStringLiteral("%1 differs at line %2:\n  golden: %3\n  actual: %4\n"
                                            "(PGPILOT_UPDATE_GOLDEN=1 rewrites the golden files)")
                                 .arg(relative)
                                 .arg(line + 1)
                                 .arg(QString::fromUtf8(e.value(line)), QString::fromUtf8(a.value(line)))));
        }
    }

private Q_SLOTS:
    void specsAreValid_data() { renderedFiles_data(); }
    void specsAreValid()
    {
        QFETCH(QString, profile);
        const ClusterSpec spec = specFor(profile);
        const auto issues = validate(spec);
        QStringList text;
        for (const auto& i : issues)
            text << i.field + QStringLiteral(": ") + i.message;
        QVERIFY2(issues.isEmpty(), qPrintable(text.join(QLatin1Char('\n'))));
    }

    void renderedFiles_data()
    {
        QTest::addColumn<QString>("profile");
        for (const auto& p : runbookTestSpecs())
            QTest::newRow(qPrintable(p.profile)) << p.profile;
    }
    void renderedFiles()
    {
        QFETCH(QString, profile);
        const ClusterSpec spec = specFor(profile);
        for (const NodeSpec& node : spec.nodes) {
            for (const RenderedFile& f : renderNodeFiles(spec, node)) {
                QVERIFY2(!f.content.isEmpty(), qPrintable(f.id));
                // Every {{name}} was filled; only secret placeholders remain.
                QByteArray rest = f.content;
                rest.replace("{{secret:", "").replace("{{pgpass:", "").replace("{{scram:", "");
                QVERIFY2(!rest.contains("{{"), qPrintable(f.id + QStringLiteral(": unfilled placeholder")));
                compareGolden(QStringLiteral("%1/%2/%3").arg(profile, node.name, f.id), f.content);
                if (QTest::currentTestFailed())
                    return;
            }
        }
        // The backup repository host's files (phase 6), in their own folder.
        for (const RenderedFile& f : renderBackupHostFiles(spec)) {
            QByteArray rest = f.content;
            rest.replace("{{secret:", "");
            QVERIFY2(!rest.contains("{{"), qPrintable(f.id + QStringLiteral(": unfilled placeholder")));
            compareGolden(QStringLiteral("%1/%2/%3").arg(profile, spec.backup.host.name, f.id), f.content);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void exportedScript_data() { renderedFiles_data(); }
    void exportedScript()
    {
        QFETCH(QString, profile);
        const ClusterSpec spec = specFor(profile);
        const auto scripts = exportScripts(buildRunbook(spec));
        const QString first = spec.nodes.first().name;
        QVERIFY(scripts.contains(first));
        compareGolden(QStringLiteral("%1/export-%2.sh").arg(profile, first), scripts.value(first).toUtf8());
        if (spec.hasBackupHost()) {
            const QString repo = spec.backup.host.name;
            QVERIFY(scripts.contains(repo));
            compareGolden(QStringLiteral("%1/export-%2.sh").arg(profile, repo), scripts.value(repo).toUtf8());
        }
    }
};

QTEST_GUILESS_MAIN(TestRunbookGolden)
#include "tst_runbookgolden.moc"
