// SPDX-License-Identifier: GPL-3.0-or-later
// The window in another language (PGPILOT_TEST_LANG, default de) and at any QT_SCALE_FACTOR:
// the worksheet (complete and with problems), every phase page of the real runbook, the dashboard
// (healthy, failover) and wall mode. On every one, no label or button is narrower than its text
// or cut off by the window's edge (clipped text fails the test), and no two labels, buttons or
// menus share an Alt+letter. With PGPILOT_SCREENSHOT_DIR set,
// the views are saved as NAME-LANG.png for the user guide (docs/images). The switchover dialog is
// shown on a session that never connects (its pre-checks refuse at once, without any traffic),
// then fed passed pre-checks and a verified result through the runner's own signals.
#include "cluster/specfile.h"
#include "clusterdashboard.h"
#include "core/settings.h"
#include "core/translations.h"
#include "mainwindow.h"
#include "monitor/demosnapshots.h"
#include "monitor/derive.h"
#include "monitor/eventlog.h"
#include "offlineswitchover.h"
#include "phasepage.h"
#include "runbook/builder.h"
#include "secrets/memorysecretstore.h"
#include "uichecks.h"
#include "wallview.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pgpilot;

namespace {

QString lang()
{
    return qEnvironmentVariable("PGPILOT_TEST_LANG", QStringLiteral("de"));
}

ClusterSpec labSpec()
{
    ClusterSpec spec = ClusterSpec::guideDefaults();
    spec.name = QStringLiteral("prod");
    spec.platform = Platform::Debian13;
    spec.install.source = InstallSource::Distro;
    spec.network.subnet = QStringLiteral("10.0.1.0/24");
    spec.network.vip = QStringLiteral("10.0.1.100");
    spec.application.subnet = QStringLiteral("10.0.2.0/24");
    for (int i = 0; i < spec.nodes.size(); ++i) {
        spec.nodes[i].address = QStringLiteral("10.0.1.%1").arg(11 + i);
        spec.nodes[i].interface = QStringLiteral("ens3");
        spec.nodes[i].ssh.keyFile = QStringLiteral("/home/dba/.ssh/id_ed25519");
    }
    return spec;
}

ClusterSnapshot scenario(DemoScenario which, quint64 tick)
{
    const QDateTime start(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC);
    ClusterSnapshot s = demoSnapshot(which, 3, tick, start.addSecs(qint64(tick)));
    deriveCluster(s);
    return s;
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QStringList m_problems;

    void check(QWidget* window, const QString& name)
    {
        QTest::qWait(150); // let layouts settle, as they would before a person looks
        const QString dir = qEnvironmentVariable("PGPILOT_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(window->grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, lang()))));
        }
        for (const QString& c : uichecks::clipped(window))
            m_problems << name + QStringLiteral(": ") + c;
        for (const QString& c : uichecks::ambiguousMnemonics(window))
            m_problems << name + QStringLiteral(": ambiguous ") + c;
        for (const QString& c : uichecks::unnamedControls(window))
            m_problems << name + QStringLiteral(": no accessible name: ") + c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(lang()));
        // English is the source language: there is no catalogue to load.
        const bool loaded
            = installTranslations(QCoreApplication::instance(), QLocale(), QStringLiteral(PGPILOT_QM_DIR));
        QVERIFY2(loaded || lang() == QLatin1String("en"),
            qPrintable(QStringLiteral("no pgpilot_%1.qm in %2").arg(lang(), QStringLiteral(PGPILOT_QM_DIR))));
        if (qEnvironmentVariableIsSet("PGPILOT_TEST_DARK")) {
            // A dark desktop palette (as Fusion with a dark colour scheme would give).
            QApplication::setStyle(QStringLiteral("Fusion"));
            QPalette dark;
            dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
            dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
            dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
            dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
            dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
            dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
            dark.setColor(QPalette::HighlightedText, Qt::white);
            dark.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
            dark.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
            dark.setColor(QPalette::ToolTipText, QColor(0xee, 0xee, 0xee));
            QApplication::setPalette(dark);
        }
        qInfo("language %s, scale factor %s", qPrintable(lang()),
            qPrintable(qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"))));
    }

    void worksheet()
    {
        Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        MemorySecretStore secrets;
        const QString file = m_dir.filePath(QStringLiteral("prod.json"));
        QString error;
        QVERIFY2(saveSpecFile(labSpec(), file, &error), qPrintable(error));
        {
            MainWindow window(&secrets, &settings);
            window.resize(1280, 860);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            check(&window, QStringLiteral("worksheet-empty"));
            QVERIFY(window.openFile(file));
            check(&window, QStringLiteral("worksheet-valid"));
        }
    }

    void phasePages()
    {
        const ClusterSpec spec = labSpec();
        const Runbook runbook = buildRunbook(spec);
        QStringList nodes;
        for (const NodeSpec& n : spec.nodes)
            nodes << n.name;
        QVERIFY(runbook.phases.size() >= 6);
        for (const Phase& phase : runbook.phases) {
            PhasePage page(phase, nodes);
            page.resize(1280, 860);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            check(&page, QStringLiteral("wizard-phase%1").arg(phase.number));
        }
    }

    void dashboard()
    {
        ClusterDashboard dashboard;
        dashboard.resize(1400, 900);
        QList<HistorySample> samples;
        QList<ClusterEvent> events;
        ClusterSnapshot previous;
        for (quint64 t = 1; t <= 200; ++t) {
            const ClusterSnapshot s
                = scenario(t < 150 ? DemoScenario::Healthy : DemoScenario::FailoverInProgress, t);
            samples << toHistorySample(s);
            events << diffSnapshots(previous, s);
            previous = s;
        }
        dashboard.setHistory(samples.mid(0, 149));
        dashboard.appendEvents(events.mid(0, 149));
        dashboard.showSnapshot(scenario(DemoScenario::Healthy, 149));
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        check(&dashboard, QStringLiteral("dashboard-healthy"));
        dashboard.setHistory(samples);
        dashboard.appendEvents(events.mid(149));
        dashboard.showSnapshot(scenario(DemoScenario::FailoverInProgress, 199));
        check(&dashboard, QStringLiteral("dashboard-failover"));
    }

    void wall()
    {
        WallView wall;
        wall.resize(1920, 1080);
        wall.addPanel()->showSnapshot(scenario(DemoScenario::SplitBrain, 240));
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        check(&wall, QStringLiteral("wall-splitbrain"));
    }

    void operationDialog()
    {
        OfflineSwitchover ops(labSpec(), m_dir.path());
        OperationDialog& dialog = ops.dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("precheckStatus"));
        auto* next = dialog.findChild<QPushButton*>(QStringLiteral("nextButton"));
        // Never connected: refused before anything runs.
        QTRY_VERIFY(status->text().startsWith(u'\u2718'));
        check(&dialog, QStringLiteral("ops-prechecks-refused"));

        const QList<OperationCheck> passed = OfflineSwitchover::passedPrechecks();
        Q_EMIT ops.runner->prechecksDone(passed, true);
        check(&dialog, QStringLiteral("ops-prechecks"));
        next->click();
        QCOMPARE(dialog.page(), OperationDialog::Page::Confirm);
        check(&dialog, QStringLiteral("ops-confirm"));

        next->click(); // the runner refuses (never connected): the result page says so
        QTRY_COMPARE(dialog.page(), OperationDialog::Page::Result);
        check(&dialog, QStringLiteral("ops-result-refused"));
        OperationResult done;
        done.request = OfflineSwitchover::request();
        done.ok = true;
        done.durationMs = 9300;
        done.writeOutageMs = 2400;
        done.writesOk = 61;
        done.failedWrites = 18;
        done.oldPrimary = QStringLiteral("pg1");
        done.newPrimary = QStringLiteral("pg2");
        done.prechecks = passed;
        done.verification = passed;
        Q_EMIT ops.runner->finished(done);
        check(&dialog, QStringLiteral("ops-result"));
    }

    void cleanupTestCase()
    {
        for (const QString& p : std::as_const(m_problems))
            qWarning().noquote() << p;
        QVERIFY2(m_problems.isEmpty(),
            qPrintable(QStringLiteral("%1 problem(s) in the %2 window (listed above)")
                           .arg(m_problems.size())
                           .arg(lang())));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
