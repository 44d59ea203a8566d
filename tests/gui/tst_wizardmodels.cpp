// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's table models on their own (no widgets): the phase page's steps and checkpoint and
// the connect page's nodes. The state is data; text, colour and tooltip follow from it.
#include "checkpointmodel.h"
#include "connectnodemodel.h"
#include "darkpalette.h"
#include "phasestepmodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTest>

#include <tuple>

using namespace pgpilot;

namespace {

const QStringList nodes {QStringLiteral("pg1"), QStringLiteral("pg2"), QStringLiteral("pg3")};

Step step(const QString& id, const QStringList& on)
{
    Step s;
    s.id = id;
    s.title = QStringLiteral("Title of %1").arg(id);
    for (const QString& n : on) {
        NodeWork w;
        w.node = n;
        s.work << w;
    }
    return s;
}

Phase twoSteps()
{
    Phase phase;
    phase.number = 3;
    phase.steps << step(QStringLiteral("p3.all"), nodes)
                << step(QStringLiteral("p3.standbys"), {QStringLiteral("pg2"), QStringLiteral("pg3")});
    return phase;
}

QColor foreground(const QModelIndex& index)
{
    return qvariant_cast<QBrush>(index.data(Qt::ForegroundRole)).color();
}

// The one dataChanged a change emitted, as (row, first column, last column).
QList<int> onlyChange(const QSignalSpy& spy)
{
    if (spy.size() != 1)
        return {-1, int(spy.size())};
    const auto from = spy.at(0).at(0).toModelIndex();
    const auto to = spy.at(0).at(1).toModelIndex();
    return from.row() == to.row() ? QList<int> {from.row(), from.column(), to.column()} : QList<int> {-2};
}

} // namespace

class TestWizardModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stepsHaveARowPerStepAndAColumnPerNode()
    {
        PhaseStepModel model(twoSteps(), nodes);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 5);
        QStringList headers;
        for (int c = 0; c < model.columnCount(); ++c)
            headers << model.headerData(c, Qt::Horizontal).toString();
        QCOMPARE(headers,
            (QStringList {QStringLiteral("Step"), QStringLiteral("pg1"), QStringLiteral("pg2"),
                QStringLiteral("pg3"), QStringLiteral("Time")}));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Title of p3.standbys"));
        QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("p3.standbys"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("\u25cb pending"));
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("\u2014")); // no work on pg1
        QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("\u25cb pending"));
        QCOMPARE(model.index(0, 4).data().toString(), QString()); // no time yet
        QCOMPARE(model.workCount(), 5);
        QCOMPARE(model.timeColumn(), 4);
        QCOMPARE(model.nodeColumn(QStringLiteral("pg3")), 3);
        QCOMPARE(model.nodeColumn(QStringLiteral("pg9")), -1);
        QCOMPARE(model.stepIndex(QStringLiteral("p3.standbys"), 2), model.index(1, 2));
        QVERIFY(!model.stepIndex(QStringLiteral("p9.none")).isValid());
        QCOMPARE(model.index(0, 0).flags() & Qt::ItemIsEditable, Qt::NoItemFlags);
    }

    void aPhaseWithoutStepsSaysItOnlyChecks()
    {
        Phase phase;
        PhaseStepModel model(phase, nodes);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(),
            QStringLiteral("This phase only checks; it changes nothing on the nodes."));
        QCOMPARE(model.index(0, 1).data().toString(), QString());
        QCOMPARE(model.workCount(), 0);
    }

    void everyStateHasItsMarkWordAndColour()
    {
        using S = PhaseStepModel::State;
        const QList<std::tuple<S, QString, QColor, QColor>> expected {
            {S::NotOnNode, QStringLiteral("\u2014"), QColor(0x55, 0x55, 0x55), QColor(0xbb, 0xbb, 0xbb)},
            {S::Pending, QStringLiteral("\u25cb pending"), QColor(0x55, 0x55, 0x55),
                QColor(0xbb, 0xbb, 0xbb)},
            {S::Running, QStringLiteral("\u25b6 running"), QColor(0x0b, 0x4f, 0x9c),
                QColor(0x90, 0xc2, 0xff)},
            {S::Done, QStringLiteral("\u2714 done"), QColor(0x14, 0x50, 0x1a), QColor(0x8b, 0xd9, 0x8f)},
            {S::AlreadyDone, QStringLiteral("\u2714 already done"), QColor(0x14, 0x50, 0x1a),
                QColor(0x8b, 0xd9, 0x8f)},
            {S::DoneEarlier, QStringLiteral("\u2714 done earlier"), QColor(0x14, 0x50, 0x1a),
                QColor(0x8b, 0xd9, 0x8f)},
            {S::Failed, QStringLiteral("\u2716 FAILED"), QColor(0xa3, 0x0b, 0x0b), QColor(0xff, 0x8a, 0x80)},
            {S::Cancelled, QStringLiteral("\u25a0 cancelled"), QColor(0x55, 0x55, 0x55),
                QColor(0xbb, 0xbb, 0xbb)},
        };
        for (const auto& [state, text, light, dark] : expected) {
            QCOMPARE(PhaseStepModel::stateText(state), text);
            QCOMPARE(PhaseStepModel::stateColour(state, false), light);
            QCOMPARE(PhaseStepModel::stateColour(state, true), dark);
        }
        QCOMPARE(PhaseStepModel::state(NodeStepResult::Status::Done), S::Done);
        QCOMPARE(PhaseStepModel::state(NodeStepResult::Status::Skipped), S::AlreadyDone);
        QCOMPARE(PhaseStepModel::state(NodeStepResult::Status::Resumed), S::DoneEarlier);
        QCOMPARE(PhaseStepModel::state(NodeStepResult::Status::Failed), S::Failed);
        QCOMPARE(PhaseStepModel::state(NodeStepResult::Status::Cancelled), S::Cancelled);
    }

    void updatesChangeOnlyTheirCell()
    {
        using S = PhaseStepModel::State;
        PhaseStepModel model(twoSteps(), nodes);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const bool dark = isDarkPalette(QPalette::Base);
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);

        model.setState(QStringLiteral("p3.standbys"), QStringLiteral("pg2"), S::Running);
        QCOMPARE(onlyChange(spy), (QList<int> {1, 2, 2}));
        const QModelIndex cell = model.index(1, 2);
        QCOMPARE(cell.data().toString(), QStringLiteral("\u25b6 running"));
        QCOMPARE(foreground(cell), PhaseStepModel::stateColour(S::Running, dark));
        QCOMPARE(cell.data(PhaseStepModel::StateRole).toInt(), int(S::Running));
        QCOMPARE(model.state(QStringLiteral("p3.standbys"), QStringLiteral("pg2")), S::Running);

        // The same state again, a node the step has no work on, unknown steps and nodes: nothing.
        spy.clear();
        model.setState(QStringLiteral("p3.standbys"), QStringLiteral("pg2"), S::Running);
        model.setState(QStringLiteral("p3.standbys"), QStringLiteral("pg1"), S::Done);
        model.setState(QStringLiteral("p9.none"), QStringLiteral("pg1"), S::Done);
        model.setState(QStringLiteral("p3.all"), QStringLiteral("pg9"), S::Done);
        QCOMPARE(spy.size(), 0);
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("\u2014"));

        // A finished node: its state and the step's time.
        NodeStepResult done;
        done.durationMs = 1540;
        model.setFinished(QStringLiteral("p3.all"), QStringLiteral("pg1"), done);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(0).at(0).toModelIndex(), model.index(0, 1));
        QCOMPARE(spy.at(1).at(0).toModelIndex(), model.index(0, 4));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("\u2714 done"));
        QCOMPARE(foreground(model.index(0, 1)), PhaseStepModel::stateColour(S::Done, dark));
        QCOMPARE(model.index(0, 4).data().toString(), QStringLiteral("1.5 s"));
    }

    void aFailedStepShowsTheFailureColour()
    {
        using S = PhaseStepModel::State;
        PhaseStepModel model(twoSteps(), nodes);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        NodeStepResult failed;
        failed.status = NodeStepResult::Status::Failed;
        failed.error = QStringLiteral("could not connect to the primary");
        model.setFinished(QStringLiteral("p3.all"), QStringLiteral("pg2"), failed);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(0).at(0).toModelIndex(), model.index(0, 2));
        const QModelIndex cell = model.index(0, 2);
        QCOMPARE(cell.data().toString(), QStringLiteral("\u2716 FAILED"));
        QCOMPARE(cell.data(PhaseStepModel::StateRole).toInt(), int(S::Failed));
        const QColor red
            = isDarkPalette(QPalette::Base) ? QColor(0xff, 0x8a, 0x80) : QColor(0xa3, 0x0b, 0x0b);
        QCOMPARE(foreground(cell), red);
        // its neighbours keep theirs
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("\u25cb pending"));
        QVERIFY(foreground(model.index(0, 1)) != red);

        // Retry phase: every cell with work is pending again, the cells without stay a dash.
        spy.clear();
        model.resetToPending();
        QCOMPARE(onlyChange(spy), (QList<int> {0, 1, 3}));
        QCOMPARE(cell.data().toString(), QStringLiteral("\u25cb pending"));
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("\u2014"));
    }

    void checkpointShowsVerdictsAndCauses()
    {
        CheckpointModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 5);
        QStringList headers;
        for (int c = 0; c < model.columnCount(); ++c)
            headers << model.headerData(c, Qt::Horizontal).toString();
        QCOMPARE(headers,
            (QStringList {QStringLiteral("Result"), QStringLiteral("Criterion"), QStringLiteral("Node"),
                QStringLiteral("Expected"), QStringLiteral("Seen")}));

        CheckpointResult result;
        CheckpointResult::Item pass {QStringLiteral("wal"), QStringLiteral("wal_level is replica"),
            {true, QStringLiteral("pg1"), QStringLiteral("replica"), QStringLiteral("replica"), {}}};
        CheckpointResult::Item fail {QStringLiteral("wal"), QStringLiteral("wal_level is replica"),
            {false, QStringLiteral("pg2"), QStringLiteral("replica"), QStringLiteral("minimal"),
                QStringLiteral("the drop-in was not read")}};
        CheckpointResult::Item bare {QStringLiteral("port"), QStringLiteral("port 5432 is free"),
            {false, QStringLiteral("pg3"), QStringLiteral("free"), QStringLiteral("in use"), {}}};
        result.items << pass << fail << bare;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setResult(result);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(2).toInt(), 2); // rows 0 to 2
        QCOMPARE(removed.size(), 0);
        QCOMPARE(model.rowCount(), 3);

        QCOMPARE(model.index(0, CheckpointModel::Result).data().toString(), QStringLiteral("\u2714 PASS"));
        QCOMPARE(foreground(model.index(0, CheckpointModel::Result)), QColor(0x14, 0x50, 0x1a));
        QCOMPARE(model.index(0, CheckpointModel::Criterion).data(Qt::ToolTipRole).toString(),
            QStringLiteral("wal_level is replica"));
        QCOMPARE(model.index(0, CheckpointModel::Node).data().toString(), QStringLiteral("pg1"));
        QCOMPARE(model.index(0, CheckpointModel::Seen).data().toString(), QStringLiteral("replica"));
        QVERIFY(model.index(0, 0).data(CheckpointModel::PassedRole).toBool());

        QCOMPARE(model.index(1, CheckpointModel::Result).data().toString(), QStringLiteral("\u2716 FAIL"));
        QCOMPARE(foreground(model.index(1, CheckpointModel::Result)), QColor(0xa3, 0x0b, 0x0b));
        QCOMPARE(model.index(1, CheckpointModel::Criterion).data(Qt::ToolTipRole).toString(),
            QStringLiteral("Likely cause: the drop-in was not read"));
        QCOMPARE(model.index(1, CheckpointModel::Expected).data().toString(), QStringLiteral("replica"));
        const QString seen = QStringLiteral("minimal \u2014 likely cause: the drop-in was not read");
        QCOMPARE(model.index(1, CheckpointModel::Seen).data().toString(), seen);
        QCOMPARE(model.index(1, CheckpointModel::Seen).data(Qt::ToolTipRole).toString(), seen);
        QVERIFY(!model.index(1, 0).data(CheckpointModel::PassedRole).toBool());

        QCOMPARE(model.index(2, CheckpointModel::Seen).data().toString(), QStringLiteral("in use"));

        // A new result replaces the rows.
        result.items = {fail};
        model.setResult(result);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, CheckpointModel::Node).data().toString(), QStringLiteral("pg2"));
        model.clear();
        QCOMPARE(removed.size(), 2);
        QCOMPARE(model.rowCount(), 0);
    }

    void connectRowsKeepTheirStateAsData()
    {
        using S = ConnectNodeModel::State;
        ClusterSpec spec = ClusterSpec::guideDefaults();
        spec.postgresVersion = 17;
        ConnectNodeModel model(spec);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), int(spec.nodes.size()));
        QCOMPARE(model.columnCount(), int(ConnectNodeModel::ColumnCount));
        QStringList headers;
        for (int c = 0; c < model.columnCount(); ++c)
            headers << model.headerData(c, Qt::Horizontal).toString();
        QCOMPARE(headers,
            (QStringList {QStringLiteral("Node"), QStringLiteral("Connection"),
                QStringLiteral("Operating system"), QStringLiteral("postgresql-17 available"),
                QStringLiteral("Host key (SHA256)"), QString()}));
        const QString pg1 = spec.nodes.at(0).name;
        const QString pg2 = spec.nodes.at(1).name;
        QCOMPARE(model.nodes().at(1), pg2);
        QCOMPARE(model.rowOf(pg2), 1);
        QCOMPARE(model.index(0, ConnectNodeModel::NodeCol).data().toString(),
            QStringLiteral("%1 (%2)").arg(pg1, spec.nodes.at(0).address));
        QCOMPARE(
            model.index(0, ConnectNodeModel::StateCol).data().toString(), QStringLiteral("\u25cb not yet"));
        QVERIFY(!model.allConnected());

        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        model.setState(pg1, S::Connecting);
        QCOMPARE(onlyChange(spy), (QList<int> {0, 0, ConnectNodeModel::ColumnCount - 1}));
        QCOMPARE(model.index(0, ConnectNodeModel::StateCol).data().toString(),
            QStringLiteral("\u25b6 connecting..."));
        QCOMPARE(model.state(pg1), S::Connecting);

        // A node that answered: connected in green, its OS, no package yet, its key.
        RunResult answered;
        answered.failure = RunResult::Failure::None;
        answered.exitCode = 0;
        answered.offeredFingerprint = QStringLiteral("SHA256:abc");
        NodeProbe probe {true, QStringLiteral("Debian GNU/Linux 12 (bookworm)"), QStringLiteral("(none)")};
        spy.clear();
        model.setResult(pg1, answered, probe);
        QCOMPARE(onlyChange(spy), (QList<int> {0, 0, ConnectNodeModel::ColumnCount - 1}));
        QCOMPARE(model.state(pg1), S::Connected);
        QCOMPARE(
            model.index(0, ConnectNodeModel::StateCol).data().toString(), QStringLiteral("\u2714 connected"));
        QCOMPARE(foreground(model.index(0, ConnectNodeModel::StateCol)), QColor(0x14, 0x50, 0x1a));
        QCOMPARE(model.index(0, ConnectNodeModel::OsCol).data().toString(), probe.os);
        QCOMPARE(model.index(0, ConnectNodeModel::PackageCol).data().toString(),
            QStringLiteral("not yet (phase 1 sets up the install source)"));
        QCOMPARE(model.index(0, ConnectNodeModel::KeyCol).data().toString(), QStringLiteral("SHA256:abc"));
        QCOMPARE(model.index(0, ConnectNodeModel::KeyCol).data(Qt::ToolTipRole).toString(),
            QStringLiteral("SHA256:abc"));
        probe.candidate = QStringLiteral("17.2-1.pgdg120+1");
        model.setResult(pg1, answered, probe);
        QCOMPARE(model.index(0, ConnectNodeModel::PackageCol).data().toString(), probe.candidate);

        // An unknown host key: failed in red with the reason, the key kept for Trust.
        RunResult unknown;
        unknown.failure = RunResult::Failure::HostKeyUnknown;
        unknown.offeredFingerprint = QStringLiteral("SHA256:new");
        model.setResult(pg2, unknown, NodeProbe {});
        QCOMPARE(model.state(pg2), S::Failed);
        QCOMPARE(model.failure(pg2), RunResult::Failure::HostKeyUnknown);
        QCOMPARE(model.offeredFingerprint(pg2), QStringLiteral("SHA256:new"));
        QCOMPARE(model.index(1, ConnectNodeModel::StateCol).data().toString(),
            QStringLiteral("\u2716 host-key-unknown"));
        QCOMPARE(foreground(model.index(1, ConnectNodeModel::StateCol)), QColor(0xa3, 0x0b, 0x0b));
        QCOMPARE(model.index(1, ConnectNodeModel::PackageCol).data().toString(), QString());
        QCOMPARE(model.index(1, ConnectNodeModel::StateCol).data(ConnectNodeModel::StateRole).toInt(),
            int(S::Failed));

        // Connecting again keeps what the last answer found until the next one; stopping says so.
        model.setState(pg2, S::Connecting);
        QCOMPARE(model.offeredFingerprint(pg2), QStringLiteral("SHA256:new"));
        QCOMPARE(model.index(1, ConnectNodeModel::KeyCol).data().toString(), QStringLiteral("SHA256:new"));
        model.setState(pg2, S::Stopped);
        QCOMPARE(model.index(1, ConnectNodeModel::StateCol).data().toString(),
            QStringLiteral("\u25a0 stopped: not connected"));

        for (const NodeSpec& n : spec.nodes)
            model.setResult(n.name, answered, NodeProbe {true, {}, {}});
        QVERIFY(model.allConnected());
        model.setState(QStringLiteral("pg9"), S::Failed); // unknown node: ignored
        QVERIFY(model.allConnected());
    }
};

QTEST_MAIN(TestWizardModels)
#include "tst_wizardmodels.moc"
