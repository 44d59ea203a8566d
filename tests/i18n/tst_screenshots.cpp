// The window in another language (PGPILOT_TEST_LANG, default de) and at any QT_SCALE_FACTOR:
// the worksheet (complete and with problems), every phase page of the real runbook, the dashboard
// (healthy, failover) and wall mode. On every one, no label or button is narrower than its text
// or cut off by the window's edge (clipped text fails the test), and no two labels, buttons or
// menus share an Alt+letter. With PGPILOT_SCREENSHOT_DIR set,
// the views are saved as NAME-LANG.png for the user guide (docs/images).
#include "clusterdashboard.h"
#include "core/settings.h"
#include "core/translations.h"
#include "mainwindow.h"
#include "monitor/demosnapshots.h"
#include "monitor/derive.h"
#include "monitor/eventlog.h"
#include "phasepage.h"
#include "runbook/builder.h"
#include "secrets/memorysecretstore.h"
#include "spec/specfile.h"
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

// What a widget's text must stay inside: the contents of the scroll area it is in (scrolling
// reaches the rest), else the window.
QWidget* frameOf(QWidget* w, QWidget* window)
{
    for (QWidget* p = w; p && p != window; p = p->parentWidget()) {
        if (auto* area
            = qobject_cast<QScrollArea*>(p->parentWidget() ? p->parentWidget()->parentWidget() : nullptr);
            area && area->widget() == p)
            return p;
    }
    return window;
}

// Widgets whose text does not fit: narrower than their size hint, or running past the window.
QStringList clipped(QWidget* window)
{
    QStringList found;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window) || w->width() <= 0)
            continue;
        QString text;
        bool wraps = false;
        if (auto* h = qobject_cast<QHeaderView*>(w); h && h->orientation() == Qt::Horizontal && h->model()) {
            // Column titles must fit their column (a stretched last section takes what is left).
            for (int i = 0; i < h->count() - (h->stretchLastSection() ? 1 : 0); ++i) {
                const QString title = h->model()->headerData(i, Qt::Horizontal).toString();
                const int needed = h->fontMetrics().horizontalAdvance(title) + 4;
                if (!h->isSectionHidden(i) && h->sectionSize(i) < needed)
                    found << QStringLiteral("column '%1': %2 wide, needs %3")
                                 .arg(title)
                                 .arg(h->sectionSize(i))
                                 .arg(needed);
            }
            continue;
        }
        // A field squeezed below its value: the value scrolls out of sight.
        const QLineEdit* edit = qobject_cast<QLineEdit*>(w);
        if (auto* combo = qobject_cast<QComboBox*>(w); combo && !combo->isEditable())
            edit = nullptr, text = combo->currentText();
        else if (edit && !qobject_cast<QAbstractSpinBox*>(w->parentWidget())
            && !qobject_cast<QComboBox*>(w->parentWidget()))
            text = edit->text();
        if (!text.isEmpty() && (edit || qobject_cast<QComboBox*>(w))) {
            const int needed = w->fontMetrics().horizontalAdvance(text) + (edit ? 8 : 24);
            if (w->width() < needed)
                found << QStringLiteral("%1 '%2': %3 wide, needs %4")
                             .arg(QString::fromLatin1(w->metaObject()->className()), text)
                             .arg(w->width())
                             .arg(needed);
            continue;
        }
        if (auto* l = qobject_cast<QLabel*>(w)) {
            text = l->text();
            wraps = l->wordWrap();
        } else if (auto* b = qobject_cast<QAbstractButton*>(w)) {
            text = b->text();
        } else {
            continue;
        }
        if (text.trimmed().isEmpty())
            continue;
        QWidget* frame = frameOf(w, window);
        const QRect bounds = frame->rect();
        const QRect onWindow(w->mapTo(frame, QPoint(0, 0)), w->size());
        const bool narrow = !wraps && w->width() + 1 < w->sizeHint().width();
        const bool outside = onWindow.right() > bounds.right() + 1 || onWindow.bottom() > bounds.bottom() + 1;
        if (narrow || outside)
            found << QStringLiteral("%1 '%2': %3x%4 at %5,%6, needs %7 wide%8")
                         .arg(QString::fromLatin1(w->metaObject()->className()), text.left(60))
                         .arg(w->width())
                         .arg(w->height())
                         .arg(onWindow.x())
                         .arg(onWindow.y())
                         .arg(w->sizeHint().width())
                         .arg(outside ? QStringLiteral(", outside the window") : QString());
    }
    return found;
}

// Alt+letter must be unambiguous in a window: labels (with a buddy), buttons and the menu bar.
QStringList ambiguousMnemonics(QWidget* window)
{
    QHash<QChar, QStringList> owners;
    auto add = [&owners](const QString& text, const QString& what) {
        const qsizetype i = text.indexOf(QLatin1Char('&'));
        if (i >= 0 && i + 1 < text.size() && text.at(i + 1) != QLatin1Char('&'))
            owners[text.at(i + 1).toLower()] << what + QStringLiteral(" '") + text + QLatin1Char('\'');
    };
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window))
            continue;
        if (auto* l = qobject_cast<QLabel*>(w); l && l->buddy())
            add(l->text(), QStringLiteral("label"));
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            add(b->text(), QStringLiteral("button"));
    }
    if (auto* mw = qobject_cast<QMainWindow*>(window)) {
        for (QAction* a : mw->menuBar()->actions())
            add(a->text(), QStringLiteral("menu"));
    }
    QStringList found;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            found << QStringLiteral("Alt+%1: %2")
                         .arg(it.key().toUpper(), it.value().join(QStringLiteral(", ")));
    }
    return found;
}

// Controls a screen reader must be able to name: an accessible name, or a label whose buddy it is.
QStringList unnamedControls(QWidget* window)
{
    QSet<const QWidget*> labelled;
    for (QLabel* l : window->findChildren<QLabel*>()) {
        if (l->buddy())
            labelled.insert(l->buddy());
    }
    QStringList found;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window) || !w->accessibleName().isEmpty() || labelled.contains(w))
            continue;
        const bool inner = qobject_cast<QAbstractSpinBox*>(w->parentWidget())
            || qobject_cast<QComboBox*>(w->parentWidget());
        const bool input = (qobject_cast<QLineEdit*>(w) && !inner) || qobject_cast<QComboBox*>(w)
            || qobject_cast<QAbstractSpinBox*>(w)
            || (qobject_cast<QAbstractItemView*>(w) && !qobject_cast<QHeaderView*>(w))
            || qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QTabWidget*>(w);
        if (input
            && !qobject_cast<QAbstractItemView*>(
                w->parentWidget() ? w->parentWidget()->parentWidget() : nullptr))
            found << QStringLiteral("%1 %2").arg(
                QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }
    return found;
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
        for (const QString& c : clipped(window))
            m_problems << name + QStringLiteral(": ") + c;
        for (const QString& c : ambiguousMnemonics(window))
            m_problems << name + QStringLiteral(": ambiguous ") + c;
        for (const QString& c : unnamedControls(window))
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
