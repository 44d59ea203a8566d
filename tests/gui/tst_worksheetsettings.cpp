// SPDX-License-Identifier: GPL-3.0-or-later
// The worksheet's settings section in the main window: PostgreSQL parameters as table rows (add,
// edit, remove) and the HAProxy/Keepalived timings as spin boxes, to and from the worksheet;
// problems marked on their row or under their field; whole text, keyboard access; screenshots
// with PGPILOT_SCREENSHOT_DIR.
#include "core/settings.h"
#include "mainwindow.h"
#include "secrets/memorysecretstore.h"
#include "setupwizard.h"
#include "uichecks.h"
#include "worksheetpage.h"
#include "worksheettesting.h"

#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>

using namespace pgpilot;
using namespace worksheettest;

namespace {

ClusterSpec settingsSpec()
{
    ClusterSpec spec = backupSpec();
    spec.archiving.mode = ArchivingMode::Off;
    spec.settings.postgresql = {{QStringLiteral("shared_buffers"), QStringLiteral("2GB")},
        {QStringLiteral("work_mem"), QStringLiteral("64MB")},
        {QStringLiteral("log_line_prefix"), QStringLiteral("%m [%p] %q%u@%d ")}};
    spec.settings.haproxy.checkInterMs = 2000;
    spec.settings.haproxy.timeoutClientS = 3600;
    spec.settings.keepalived.advertIntMs = 300;
    spec.settings.keepalived.checkFall = 4;
    return spec;
}

// Empties a cell as a user does: its editor opened, the text selected and deleted, Enter.
void clearCell(QTableView* table, int row, int column)
{
    const QModelIndex index = table->model()->index(row, column);
    table->setFocus();
    table->setCurrentIndex(index);
    QLineEdit* editor = nullptr;
    for (QLineEdit* e : table->viewport()->findChildren<QLineEdit*>()) {
        if (e->isVisible())
            editor = e;
    }
    if (!editor) {
        table->edit(index);
        for (QLineEdit* e : table->viewport()->findChildren<QLineEdit*>()) {
            if (e->isVisible())
                editor = e;
        }
    }
    QVERIFY2(editor, "the cell editor did not open");
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(index.data(Qt::EditRole).toString().isEmpty());
}

QString cell(QTableView* table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

} // namespace

class TestWorksheetSettings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;

    std::unique_ptr<MainWindow> newWindow()
    {
        auto window = std::make_unique<MainWindow>(m_secrets.get(), m_settings.get());
        window->resize(1280, 860);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("window not exposed");
        return window;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_secrets = std::make_unique<MemorySecretStore>();
    }

    void settingsRoundTrip()
    {
        auto window = newWindow();
        QWidget* w = window.get();
        auto* page = window->wizard()->worksheetPage();
        const ClusterSpec expected = settingsSpec();
        page->setSpec(expected);
        QVERIFY2(page->issues().isEmpty(), qPrintable(visibleErrors(w).join(QLatin1Char('\n'))));

        auto* table = child<QTableView>(w, "settingsTable");
        QCOMPARE(table->model()->rowCount(), 3);
        QCOMPARE(cell(table, 0, 0), QStringLiteral("log_line_prefix")); // sorted by name
        QCOMPARE(cell(table, 0, 1), QStringLiteral("%m [%p] %q%u@%d "));
        QCOMPARE(cell(table, 2, 0), QStringLiteral("work_mem"));
        QCOMPARE(cell(table, 2, 1), QStringLiteral("64MB"));
        QCOMPARE(child<QSpinBox>(w, "haproxyCheckInter")->value(), 2000);
        QCOMPARE(child<QSpinBox>(w, "haproxyCheckInter")->suffix(), QStringLiteral(" ms"));
        QCOMPARE(child<QSpinBox>(w, "haproxyTimeoutClient")->value(), 3600);
        QCOMPARE(child<QSpinBox>(w, "haproxyTimeoutClient")->suffix(), QStringLiteral(" s"));
        QCOMPARE(child<QSpinBox>(w, "haproxyCheckFall")->value(), 3);
        QCOMPARE(child<QSpinBox>(w, "keepalivedAdvertInt")->value(), 300);
        QCOMPARE(child<QSpinBox>(w, "keepalivedCheckFall")->value(), 4);

        // An edit elsewhere reads every editor back: nothing of the section changes.
        typeInto(w, "knownHostsFile", QStringLiteral("/home/dba/.ssh/known_hosts"));
        ClusterSpec read = page->spec();
        read.knownHostsFile.clear();
        QCOMPARE(read.settings, expected.settings);

        // A new row, typed as a user does; then a value changed and a row removed.
        child<QPushButton>(w, "addParameter")->click();
        QCOMPARE(table->model()->rowCount(), 4);
        QVERIFY(page->issues().isEmpty()); // an empty row is no problem yet
        typeInCell(table, 3, 0, QStringLiteral("random_page_cost"));
        typeInCell(table, 3, 1, QStringLiteral("1.1"));
        QCOMPARE(page->spec().settings.postgresql.value(QStringLiteral("random_page_cost")),
            QStringLiteral("1.1"));
        typeInCell(table, 2, 1, QStringLiteral("128MB"));
        QCOMPARE(page->spec().settings.postgresql.value(QStringLiteral("work_mem")), QStringLiteral("128MB"));
        table->setCurrentIndex(table->model()->index(1, 0)); // shared_buffers
        table->selectRow(1);
        child<QPushButton>(w, "removeParameter")->click();
        QCOMPARE(table->model()->rowCount(), 3);
        QVERIFY(!page->spec().settings.postgresql.contains(QStringLiteral("shared_buffers")));
        QCOMPARE(page->spec().settings.postgresql.size(), 3);

        // Timings: typed into their spin boxes; Default timings puts them back, rows untouched.
        auto* inter = child<QSpinBox>(w, "haproxyCheckInter");
        inter->setValue(1500);
        QCOMPARE(page->spec().settings.haproxy.checkInterMs, 1500);
        child<QSpinBox>(w, "keepalivedCheckTimeout")->setValue(5);
        QCOMPARE(page->spec().settings.keepalived.checkTimeoutS, 5);
        child<QPushButton>(w, "defaultTimings")->click();
        QCOMPARE(page->spec().settings.haproxy, HaproxyTimings());
        QCOMPARE(page->spec().settings.keepalived, KeepalivedTimings());
        QCOMPARE(inter->value(), 1000);
        QCOMPARE(page->spec().settings.postgresql.size(), 3);
        QVERIFY2(page->issues().isEmpty(), qPrintable(visibleErrors(w).join(QLatin1Char('\n'))));
    }

    void problemsAreMarked()
    {
        auto window = newWindow();
        QWidget* w = window.get();
        auto* page = window->wizard()->worksheetPage();
        ClusterSpec spec = settingsSpec();
        spec.settings.postgresql.insert(QStringLiteral("port"), QStringLiteral("5433"));
        page->setSpec(spec);
        QVERIFY(!page->isComplete());
        auto* table = child<QTableView>(w, "settingsTable");
        auto* error = child<QLabel>(w, "settings_postgresql_error");
        QVERIFY(error->isVisibleTo(w));
        QVERIFY2(error->text().contains(QLatin1String("ports.postgres")), qPrintable(error->text()));
        // The row of "port" is marked, the others are not.
        int portRow = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (cell(table, r, 0) == QLatin1String("port"))
                portRow = r;
        }
        QVERIFY(portRow >= 0);
        const QModelIndex port = table->model()->index(portRow, 0);
        QVERIFY(port.data(Qt::BackgroundRole).isValid());
        QVERIFY(port.data(Qt::ToolTipRole).toString().contains(QLatin1String("ports.postgres")));
        QVERIFY(table->model()->index(portRow, 1).data(Qt::BackgroundRole).isValid());
        QVERIFY(!table->model()->index(portRow == 0 ? 1 : 0, 0).data(Qt::BackgroundRole).isValid());
        scrollTo(w, "settingsGroup");
        saveScreenshot(w, QStringLiteral("worksheet-settings-invalid.png"));

        // Fixed: the mark goes.
        typeInCell(table, portRow, 0, QStringLiteral("work_mem2"));
        QVERIFY(!error->isVisibleTo(w));
        QVERIFY(!table->model()->index(portRow, 0).data(Qt::BackgroundRole).isValid());

        // What the worksheet cannot hold: a name twice, a value without a name.
        typeInCell(table, portRow, 0, QStringLiteral("work_mem"));
        QVERIFY(error->isVisibleTo(w));
        QVERIFY2(error->text().contains(QLatin1String("work_mem is on rows")), qPrintable(error->text()));
        QVERIFY(!page->isComplete());
        clearCell(table, portRow, 0);
        QVERIFY2(
            error->text().contains(QLatin1String("has a value but no parameter")), qPrintable(error->text()));
        clearCell(table, portRow, 1); // an empty row again: ignored
        QVERIFY2(page->issues().isEmpty(), qPrintable(error->text()));

        // A value that cannot go into the file.
        typeInCell(table, portRow, 0, QStringLiteral("search_path"));
        typeInCell(table, portRow, 1, QStringLiteral("'$user', public"));
        QVERIFY2(error->text().contains(QLatin1String("quote")), qPrintable(error->text()));
        typeInCell(table, portRow, 1, QStringLiteral("app, public"));
        QVERIFY(page->issues().isEmpty());

        // A timing out of range: its error under its spin box, with the unit.
        auto* inter = child<QSpinBox>(w, "haproxyCheckInter");
        inter->setValue(50);
        expectErrorAt(
            w, "haproxyCheckInter", "settings_haproxy_checkInterMs_error", QStringLiteral("100 to 60000 ms"));
        child<QSpinBox>(w, "keepalivedAdvertInt")->setValue(205);
        expectErrorAt(w, "keepalivedAdvertInt", "settings_keepalived_advertIntMs_error",
            QStringLiteral("multiple of 10 ms"));
        QVERIFY(!page->isComplete());
        inter->setValue(1000);
        child<QSpinBox>(w, "keepalivedAdvertInt")->setValue(200);
        QVERIFY2(page->isComplete(), qPrintable(visibleErrors(w).join(QLatin1Char('\n'))));
    }

    void sectionReadsWholeAndTabs()
    {
        auto window = newWindow();
        QWidget* w = window.get();
        window->wizard()->worksheetPage()->setSpec(settingsSpec());
        scrollTo(w, "settingsGroup");
        QStringList problems = uichecks::screenshotProblems(w, QStringLiteral("worksheet-settings.png"));
        problems << uichecks::ambiguousMnemonics(w) << uichecks::unreachableByKeyboard(w)
                 << uichecks::tabOrderJumps(w);
        // Reached by Tab in reading order: the table and its buttons, HAProxy's, Keepalived's.
        const QList<QWidget*> cycle = uichecks::tabCycle(w, false);
        const int table = int(cycle.indexOf(child<QWidget>(w, "settingsTable")));
        const int add = int(cycle.indexOf(child<QWidget>(w, "addParameter")));
        const int inter = int(cycle.indexOf(child<QWidget>(w, "haproxyCheckInter")));
        const int server = int(cycle.indexOf(child<QWidget>(w, "haproxyTimeoutServer")));
        const int advert = int(cycle.indexOf(child<QWidget>(w, "keepalivedAdvertInt")));
        const int defaults = int(cycle.indexOf(child<QWidget>(w, "defaultTimings")));
        QVERIFY2(table >= 0 && table < add && add < inter && inter < server && server < advert
                && advert < defaults,
            qPrintable(QStringLiteral("%1 %2 %3 %4 %5 %6")
                           .arg(table)
                           .arg(add)
                           .arg(inter)
                           .arg(server)
                           .arg(advert)
                           .arg(defaults)));
        // Every spin box is named after its label for a screen reader.
        QCOMPARE(child<QSpinBox>(w, "haproxyCheckInter")->accessibleName(),
            QStringLiteral("Check an up node every"));
        for (const QString& p : std::as_const(problems))
            qWarning().noquote() << p;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestWorksheetSettings)
#include "tst_worksheetsettings.moc"
