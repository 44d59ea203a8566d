// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/specfile.h"
#include "core/settings.h"
#include "mainwindow.h"
#include "secrets/memorysecretstore.h"
#include "setupwizard.h"
#include "worksheetpage.h"
#include "worksheettesting.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pgpilot;

using namespace worksheettest;

class TestWorksheetPage : public QObject
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

    void newWorksheetIsIncomplete()
    {
        auto window = newWindow();
        auto* next = child<QPushButton>(window.get(), "nextButton");
        QVERIFY(!next->isEnabled());
        QVERIFY(child<QLabel>(window.get(), "issueSummary")->text().contains(QStringLiteral("problem")));
        // Empty addresses are named per node.
        QVERIFY(child<QLabel>(window.get(), "nodes_error")
                    ->text()
                    .contains(QStringLiteral("pg1 has no IP address")));
    }

    void validWorksheetEnablesNext()
    {
        auto window = newWindow();
        fillValidWorksheet(window.get());
        auto* page = window->wizard()->worksheetPage();
        QVERIFY2(page->issues().isEmpty(), qPrintable(visibleErrors(window.get()).join(QLatin1Char('\n'))));
        QVERIFY(child<QPushButton>(window.get(), "nextButton")->isEnabled());
        QVERIFY(visibleErrors(window.get()).isEmpty());
        QVERIFY(child<QLabel>(window.get(), "issueSummary")->text().contains(QStringLiteral("complete")));
        QVERIFY(window->isWindowModified());
        QCOMPARE(page->spec().nodes.at(2).address, QStringLiteral("10.0.1.13"));
        child<QScrollArea>(window.get(), "worksheetScroll")
            ->ensureWidgetVisible(child<QTableView>(window.get(), "nodeTable"));
        saveScreenshot(window.get(), QStringLiteral("worksheet-valid.png"));
    }

    void invalidInputShowsMessagesAndDisablesNext()
    {
        auto window = newWindow();
        fillValidWorksheet(window.get());
        auto* next = child<QPushButton>(window.get(), "nextButton");
        QVERIFY(next->isEnabled());

        typeInto(window.get(), "vip", QStringLiteral("10.0.9.5"));
        QVERIFY(!next->isEnabled());
        auto* vipError = child<QLabel>(window.get(), "network_vip_error");
        QVERIFY(vipError->isVisibleTo(window.get()));
        QVERIFY2(vipError->text().contains(QStringLiteral("outside the subnet 10.0.1.0/24")),
            qPrintable(vipError->text()));

        auto* table = child<QTableView>(window.get(), "nodeTable");
        typeInCell(table, 2, 1, QStringLiteral("10.0.1.11"));
        auto* nodesError = child<QLabel>(window.get(), "nodes_error");
        QVERIFY(nodesError->text().contains(QStringLiteral("already used by node 1")));
        // The cell itself carries the warning, with an icon and not only a colour.
        const QModelIndex cell = table->model()->index(2, 1);
        QVERIFY(!cell.data(Qt::DecorationRole).isNull());
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("already used")));

        typeInto(window.get(), "clusterName", QStringLiteral("Prod;rm"));
        QVERIFY(child<QLabel>(window.get(), "name_error")
                    ->text()
                    .contains(QStringLiteral("It contains &#x27;;&#x27;"))
            || child<QLabel>(window.get(), "name_error")->text().contains(QStringLiteral("contains ';'")));
        saveScreenshot(window.get(), QStringLiteral("worksheet-invalid.png"));

        // Fixing the problems enables Next again.
        typeInto(window.get(), "vip", QStringLiteral("10.0.1.100"));
        typeInCell(table, 2, 1, QStringLiteral("10.0.1.13"));
        typeInto(window.get(), "clusterName", QStringLiteral("prod"));
        QVERIFY(next->isEnabled());
        QVERIFY(!child<QLabel>(window.get(), "network_vip_error")->isVisibleTo(window.get()));
    }

    void platformChangeOffersItsVersions()
    {
        auto window = newWindow();
        auto* platform = child<QComboBox>(window.get(), "platform");
        platform->setCurrentIndex(platform->findData(QStringLiteral("debian-12")));
        auto* version = child<QComboBox>(window.get(), "postgresVersion");
        QCOMPARE(version->count(), 1);
        QCOMPARE(version->currentData().toInt(), 15);
        const ClusterSpec spec = window->wizard()->worksheetPage()->spec();
        QCOMPARE(spec.platform, Platform::Debian12);
        QCOMPARE(spec.postgresVersion, 15);
        QCOMPARE(spec.install.source, InstallSource::Distro);
    }

    void saveAndReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("prod.json"));
        ClusterSpec saved;
        {
            auto window = newWindow();
            fillValidWorksheet(window.get());
            typeInto(window.get(), "repmgrPassword", QStringLiteral("Tr0ub4dor&3"));
            QSignalSpy stored(window.get(), &MainWindow::secretsStored);
            QVERIFY(window->saveTo(path));
            QVERIFY(!window->isWindowModified());
            QTRY_COMPARE(stored.count(), 1);
            QCOMPARE(stored.first().first().toInt(), 1);
            saved = window->wizard()->worksheetPage()->spec();
            QVERIFY(child<QLineEdit>(window.get(), "repmgrPassword")->text().isEmpty());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains("Tr0ub4dor"), "a password reached the cluster file");
        QVERIFY(bytes.contains("pgpilot:prod:repmgr-password"));
        const auto secret = m_secrets->readNow(QStringLiteral("pgpilot:prod:repmgr-password"));
        QCOMPARE(secret.value, QByteArray("Tr0ub4dor&3"));

        auto window = newWindow();
        QVERIFY(window->openFile(path));
        QCOMPARE(window->wizard()->worksheetPage()->spec(), saved);
        QVERIFY(child<QPushButton>(window.get(), "nextButton")->isEnabled());
        QVERIFY(window->windowTitle().contains(QStringLiteral("prod.json")));
        QCOMPARE(m_settings->recentFiles().value(0), QFileInfo(path).absoluteFilePath());
    }

    void damagedFileKeepsWorksheet()
    {
        auto window = newWindow();
        fillValidWorksheet(window.get());
        const ClusterSpec before = window->wizard()->worksheetPage()->spec();
        const QString path = m_dir.filePath(QStringLiteral("damaged.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\":\"pgpilot-cluster\",\"schemaVersion\":1,\"nodes\":[");
        file.close();

        QVERIFY(!window->openFile(path));
        QVERIFY(window->lastError().contains(QStringLiteral("not valid JSON")));
        QVERIFY(window->lastError().contains(QStringLiteral("unchanged")));
        QCOMPARE(window->wizard()->worksheetPage()->spec(), before);
        auto* box = window->findChild<QMessageBox*>(QStringLiteral("errorBox"));
        QVERIFY(box);
        QVERIFY(box->text().contains(path));
        box->close();
    }
};

QTEST_MAIN(TestWorksheetPage)
#include "tst_worksheetpage.moc"
