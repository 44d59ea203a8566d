// SPDX-License-Identifier: GPL-3.0-or-later
// The connect page without nodes to reach: a session that was never opened refuses every probe at
// once, so each row goes from "not yet" over "connecting" to the failure, in the failure colour.
// PGPILOT_SCREENSHOT_DIR saves the page.
#include "connectpage.h"
#include "exec/clustersession.h"
#include "secrets/memorysecretstore.h"

#include <QAbstractItemModel>
#include <QBrush>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace pgpilot;

class TestConnectPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusedProbesShowOnEveryRow()
    {
        ClusterSpec spec = ClusterSpec::guideDefaults();
        for (int i = 0; i < spec.nodes.size(); ++i)
            spec.nodes[i].address = QStringLiteral("10.0.1.1%1").arg(i + 1);
        MemorySecretStore secrets;
        ClusterSession session(spec, &secrets);
        ConnectPage page(&session);
        page.resize(1100, 400);
        page.show();
        auto* view = page.findChild<QTableView*>(QStringLiteral("connectTable"));
        QVERIFY(view);
        const QAbstractItemModel* table = view->model();
        auto text = [table](int r, int c) {
            return table->index(r, c).data().toString();
        };
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Connection"));
        QCOMPARE(table->headerData(3, Qt::Horizontal).toString(),
            QStringLiteral("postgresql-%1 available").arg(spec.postgresVersion));
        QCOMPARE(text(0, 0), QStringLiteral("%1 (10.0.1.11)").arg(spec.nodes.at(0).name));
        for (int r = 0; r < 3; ++r)
            QCOMPARE(text(r, 1), QStringLiteral("\u25cb not yet"));

        page.activated(); // connects every node that is not connected
        QVERIFY(page.isBusy());
        QCOMPARE(text(2, 1), QStringLiteral("\u25b6 connecting..."));
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("stopConnecting"))->isEnabled());
        QTRY_VERIFY(!page.isBusy());
        for (int r = 0; r < 3; ++r) {
            QCOMPARE(text(r, 1), QStringLiteral("\u2716 unreachable"));
            QCOMPARE(qvariant_cast<QBrush>(table->index(r, 1).data(Qt::ForegroundRole)).color(),
                QColor(0xa3, 0x0b, 0x0b));
            QCOMPARE(text(r, 3), QString()); // no package without an answer
        }
        QVERIFY(!page.isComplete());
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("connectSummary"))->text(),
            QStringLiteral("Not connected."));
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("connectAgain"))->isEnabled());
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("stopConnecting"))->isEnabled());
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("trust_%1").arg(spec.nodes.at(0).name)));
        const QString dir = qEnvironmentVariable("PGPILOT_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QTest::qWait(200); // the layout settles first
            QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("wizard-connect-refused.png"))));
        }

        // Connect again tries the failed nodes afresh.
        page.connectAll();
        QCOMPARE(text(0, 1), QStringLiteral("\u25b6 connecting..."));
        QTRY_VERIFY(!page.isBusy());
        QCOMPARE(text(0, 1), QStringLiteral("\u2716 unreachable"));
    }
};

QTEST_MAIN(TestConnectPage)
#include "tst_connectpage.moc"
