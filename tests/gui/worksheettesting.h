// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the worksheet's GUI tests share: finding widgets, typing as a user does, a complete
// worksheet (with or without a backup repository host), and where errors and screenshots go.
#include "cluster/clusterspec.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

namespace worksheettest {

using namespace pgpilot;

template <typename T> T* child(QWidget* root, const char* name)
{
    T* w = root->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget named %s", name);
    return w;
}

inline void typeInto(QWidget* root, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(root, name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Edits one cell the way a user does: open the editor, type, press Enter.
inline void typeInCell(QTableView* table, int row, int column, const QString& text)
{
    const QModelIndex index = table->model()->index(row, column);
    table->setFocus();
    table->setCurrentIndex(index); // with AllEditTriggers this may open the editor already
    auto openEditor = [table] {
        QLineEdit* found = nullptr;
        for (QLineEdit* e : table->viewport()->findChildren<QLineEdit*>()) {
            if (e->isVisible())
                found = e;
        }
        return found;
    };
    QLineEdit* editor = openEditor();
    if (!editor) {
        table->edit(index);
        editor = openEditor();
    }
    QVERIFY2(editor, "the cell editor did not open");
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop.
    QTRY_COMPARE(index.data(Qt::EditRole).toString(), text);
}

// Chooses an item of a combo box by its data, as a user picking it from the list does.
inline void choose(QWidget* root, const char* name, const QString& id)
{
    auto* combo = child<QComboBox>(root, name);
    const int i = combo->findData(id);
    QVERIFY2(i >= 0, qPrintable(QStringLiteral("%1 offers no %2").arg(QLatin1String(name), id)));
    combo->setCurrentIndex(i);
}

// The journey list's steps, without the current-step marker.
inline QStringList journey(QWidget* root)
{
    QStringList steps;
    auto* list = child<QListWidget>(root, "wizardSteps");
    for (int i = 0; i < list->count(); ++i)
        steps << list->item(i)->data(Qt::UserRole + 1).toString();
    return steps;
}

// A complete worksheet like fillValidWorksheet's, with the repository host's section filled.
inline ClusterSpec backupSpec()
{
    ClusterSpec spec = ClusterSpec::guideDefaults();
    spec.name = QStringLiteral("prod");
    spec.repmgrPasswordRef = spec.secretKey(QStringLiteral("repmgr-password"));
    spec.network.subnet = QStringLiteral("10.0.1.0/24");
    spec.network.vip = QStringLiteral("10.0.1.100");
    spec.application.subnet = QStringLiteral("10.0.2.0/24");
    for (int i = 0; i < spec.nodes.size(); ++i) {
        spec.nodes[i].address = QStringLiteral("10.0.1.%1").arg(11 + i);
        spec.nodes[i].interface = QStringLiteral("ens3");
        spec.nodes[i].ssh.keyFile = QStringLiteral("/home/dba/.ssh/id_ed25519");
    }
    spec.archiving.mode = ArchivingMode::PgBackRest;
    BackupSpec& b = spec.backup;
    b.host.name = QStringLiteral("pgbackup");
    b.host.address = QStringLiteral("10.0.1.20");
    b.host.ssh.user = QStringLiteral("dba");
    b.host.ssh.port = 2222;
    b.host.ssh.auth = SshAuth::Password;
    b.host.ssh.keyFile = QStringLiteral("/home/dba/.ssh/backup_ed25519");
    b.host.ssh.sudo = SudoMode::Password;
    b.host.ssh.secretRef = QStringLiteral("pgpilot:prod:backup-login");
    b.host.ssh.hostKeyFingerprint = QStringLiteral("SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s");
    b.path = QStringLiteral("/srv/pgbackrest");
    b.retentionFull = 3;
    b.retentionDiff = 9;
    b.fullSchedule = QStringLiteral("Sat *-*-* 02:00:00");
    b.diffSchedule = QStringLiteral("Sun..Fri *-*-* 03:15:00");
    b.encrypted = false;
    b.cipherPassRef = QStringLiteral("pgpilot:prod:repo-passphrase");
    b.processMax = 4;
    b.archiveQueueMax = QStringLiteral("16GB");
    return spec;
}

// The field's error line sits in the same box as its editor, right under it.
inline void expectErrorAt(QWidget* root, const char* editor, const char* errorLabel, const QString& text)
{
    auto* edit = child<QWidget>(root, editor);
    auto* error = child<QLabel>(root, errorLabel);
    QVERIFY2(error->isVisibleTo(root), errorLabel);
    QVERIFY2(error->text().contains(text), qPrintable(error->text()));
    QCOMPARE(error->parentWidget(), edit->parentWidget());
    QVERIFY(error->geometry().top() >= edit->geometry().bottom());
}

inline QStringList visibleErrors(QWidget* root)
{
    QStringList errors;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (label->objectName().endsWith(QLatin1String("_error")) && label->isVisibleTo(root)
            && !label->text().isEmpty())
            errors << label->objectName() + QStringLiteral(": ") + label->text();
    }
    return errors;
}

// The worksheet's required fields filled in as a user types them, so that it is complete.
inline void fillValidWorksheet(QWidget* window)
{
    typeInto(window, "clusterName", QStringLiteral("prod"));
    typeInto(window, "subnet", QStringLiteral("10.0.1.0/24"));
    typeInto(window, "vip", QStringLiteral("10.0.1.100"));
    typeInto(window, "appSubnet", QStringLiteral("10.0.2.0/24"));
    auto* table = child<QTableView>(window, "nodeTable");
    for (int row = 0; row < 3; ++row) {
        typeInCell(table, row, 1, QStringLiteral("10.0.1.%1").arg(11 + row));
        typeInCell(table, row, 3, QStringLiteral("ens3"));
        typeInCell(table, row, 8, QStringLiteral("/home/dba/.ssh/id_ed25519"));
    }
}

// Scrolls the worksheet so that the named widget's top is at the top of the view.
inline void scrollTo(QWidget* window, const char* name)
{
    QTest::qWait(50); // the layout settles first
    auto* scroll = child<QScrollArea>(window, "worksheetScroll");
    scroll->verticalScrollBar()->setValue(
        child<QWidget>(window, name)->mapTo(scroll->widget(), QPoint(0, 0)).y());
}

// Saves the window as name in PGPILOT_SCREENSHOT_DIR, when it is set.
inline void saveScreenshot(QWidget* window, const QString& name)
{
    const QString dir = qEnvironmentVariable("PGPILOT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    // Let pending layout requests settle, as they would before a person looks.
    QTest::qWait(200);
    QVERIFY(window->grab().save(QDir(dir).filePath(name)));
}

} // namespace worksheettest
