// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlogdialog.h"
#include "uichecks.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pgpilot;

namespace {

AuditEntry runEntry(int second, const QString& command, int exitCode, const QString& failure)
{
    AuditEntry e;
    e.time = QDateTime(QDate(2025, 3, 14), QTime(9, 30, second), Qt::UTC);
    e.cluster = QStringLiteral("prod");
    e.node = QStringLiteral("pg2");
    e.login = QStringLiteral("admin");
    e.runAs = QStringLiteral("postgres");
    e.kind = QStringLiteral("run");
    e.command = command;
    e.exitCode = exitCode;
    e.failure = failure;
    e.durationMs = 120 + second;
    e.step = QStringLiteral("p3.register-standby");
    return e;
}

} // namespace

class TestAuditLogDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheEntriesNewestFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.log"));
        AuditLog log(path);
        QVERIFY(
            log.append(runEntry(1, QStringLiteral("repmgr standby register"), 0, QStringLiteral("none"))));
        QVERIFY(log.append(runEntry(2, QStringLiteral("sleep 600"), -1, QStringLiteral("timeout"))));
        AuditEntry write = runEntry(3, {}, 0, QStringLiteral("none"));
        write.kind = QStringLiteral("write");
        write.runAs = QStringLiteral("root");
        write.path = QStringLiteral("/etc/haproxy/haproxy.cfg");
        write.sha256 = QStringLiteral("0123456789abcdef0123456789abcdef");
        QVERIFY(log.append(write));

        AuditLogDialog dialog(path);
        AuditLogModel* model = dialog.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog.objectName(), QStringLiteral("auditDialog"));
        QCOMPARE(dialog.table()->objectName(), QStringLiteral("auditTable"));
        QCOMPARE(dialog.table()->model(), model);
        QVERIFY(dialog.windowTitle().contains(path));
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->columnCount(), 8);
        const QStringList titles {QStringLiteral("Time (UTC)"), QStringLiteral("Cluster"),
            QStringLiteral("Node"), QStringLiteral("As"), QStringLiteral("Step"), QStringLiteral("Exit"),
            QStringLiteral("Duration"), QStringLiteral("Command or file")};
        for (int c = 0; c < titles.size(); ++c)
            QCOMPARE(model->headerData(c, Qt::Horizontal).toString(), titles.at(c));

        auto cell = [model](int row, int column) {
            return model->index(row, column).data().toString();
        };
        // Newest first: the write, then the command that timed out, then the first one.
        QCOMPARE(cell(0, AuditLogModel::Time), QStringLiteral("2025-03-14T09:30:03Z"));
        QCOMPARE(cell(0, AuditLogModel::Action),
            QStringLiteral("write /etc/haproxy/haproxy.cfg (sha256 0123456789ab)"));
        QCOMPARE(cell(0, AuditLogModel::RunAs), QStringLiteral("root"));
        QCOMPARE(cell(1, AuditLogModel::Exit), QStringLiteral("timeout"));
        QCOMPARE(cell(1, AuditLogModel::Action), QStringLiteral("sleep 600"));
        QCOMPARE(cell(2, AuditLogModel::Cluster), QStringLiteral("prod"));
        QCOMPARE(cell(2, AuditLogModel::Node), QStringLiteral("pg2"));
        QCOMPARE(cell(2, AuditLogModel::Step), QStringLiteral("p3.register-standby"));
        QCOMPARE(cell(2, AuditLogModel::Exit), QStringLiteral("0"));
        QCOMPARE(cell(2, AuditLogModel::Duration), QStringLiteral("121 ms"));
        QCOMPARE(model->entries().first().time, write.time);
        for (int c = 0; c < AuditLogModel::ColumnCount; ++c) // the whole text on hover
            QCOMPARE(model->index(1, c).data(Qt::ToolTipRole).toString(), cell(1, c));
        QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsEditable));

        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // What tst_keyboard asks of the audit log window too.
        QStringList problems = uichecks::unreachableByKeyboard(&dialog);
        problems << uichecks::tabOrderJumps(&dialog);
        if (uichecks::tabCycle(&dialog, false).isEmpty())
            problems << QStringLiteral("Tab reaches nothing");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const QString shots = qEnvironmentVariable("PGPILOT_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            QTest::qWait(200);
            QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("audit-log.png"))));
        }
    }

    void showsTheLastThousand()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.log"));
        AuditLog log(path);
        for (int i = 0; i < AuditLogDialog::kShownEntries + 5; ++i)
            QVERIFY(
                log.append(runEntry(i % 60, QStringLiteral("echo %1").arg(i), 0, QStringLiteral("none"))));
        AuditLogDialog dialog(path);
        QCOMPARE(dialog.model()->rowCount(), AuditLogDialog::kShownEntries);
        QCOMPARE(dialog.model()->index(0, AuditLogModel::Action).data().toString(),
            QStringLiteral("echo %1").arg(AuditLogDialog::kShownEntries + 4));
        QCOMPARE(
            dialog.model()->index(AuditLogDialog::kShownEntries - 1, AuditLogModel::Action).data().toString(),
            QStringLiteral("echo 5"));
    }

    void emptyWithoutALog()
    {
        QTemporaryDir dir;
        AuditLogDialog dialog(dir.filePath(QStringLiteral("none.log")));
        QCOMPARE(dialog.model()->rowCount(), 0);
        dialog.model()->setEntries({runEntry(1, QStringLiteral("true"), 0, QStringLiteral("none"))});
        QCOMPARE(dialog.model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestAuditLogDialog)
#include "tst_auditlogdialog.moc"
