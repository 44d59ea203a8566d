// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodetablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace pgpilot;

class TestNodeTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelIsConsistent()
    {
        NodeTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNodes(ClusterSpec::guideDefaults().nodes);
        QCOMPARE(model.rowCount(), 3);
        model.appendNode(NodeSpec {QStringLiteral("pg4"), {}, NodeRole::Standby, {}, {}});
        QCOMPARE(model.rowCount(), 4);
        model.removeNodeAt(1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.nodes().at(1).name, QStringLiteral("pg3"));
        model.setNodes({});
        QCOMPARE(model.rowCount(), 0);
    }

    void editsAreTypedAndChecked()
    {
        NodeTableModel model;
        model.setNodes(ClusterSpec::guideDefaults().nodes);
        QVERIFY(model.setData(model.index(0, NodeTableModel::SshPort), QStringLiteral("2222")));
        QCOMPARE(model.nodes().at(0).ssh.port, 2222);
        QVERIFY(!model.setData(model.index(0, NodeTableModel::SshPort), QStringLiteral("twenty")));
        QVERIFY(!model.setData(model.index(0, NodeTableModel::Role), QStringLiteral("leader")));
        QVERIFY(model.setData(model.index(1, NodeTableModel::Sudo), QStringLiteral("nopasswd")));
        QCOMPARE(model.nodes().at(1).ssh.sudo, SudoMode::NoPassword);
        QVERIFY(model.setData(model.index(2, NodeTableModel::Address), QStringLiteral(" 10.0.0.3 ")));
        QCOMPARE(model.nodes().at(2).address, QStringLiteral("10.0.0.3"));
    }

    void issuesLandOnTheirCells()
    {
        NodeTableModel model;
        model.setNodes(ClusterSpec::guideDefaults().nodes);
        model.setIssues({{QStringLiteral("nodes[1].address"), QStringLiteral("bad address")},
            {QStringLiteral("nodes[2].ssh.secretRef"), QStringLiteral("needs a password")},
            {QStringLiteral("network.vip"), QStringLiteral("not a node issue")}});
        QCOMPARE(model.index(1, NodeTableModel::Address).data(Qt::ToolTipRole).toString(),
            QStringLiteral("bad address"));
        QVERIFY(!model.index(1, NodeTableModel::Address).data(Qt::DecorationRole).isNull());
        QVERIFY(model.index(1, NodeTableModel::Name).data(Qt::DecorationRole).isNull());
        QCOMPARE(model.index(2, NodeTableModel::Auth).data(Qt::ToolTipRole).toString(),
            QStringLiteral("needs a password"));
    }
};

QTEST_MAIN(TestNodeTableModel)
#include "tst_nodetablemodel.moc"
