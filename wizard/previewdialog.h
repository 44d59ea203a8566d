// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/preview.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace pgpilot {

class Executor;
class Job;

// What a phase would change, before it runs (runbook/preview.h): per node, each step that would run,
// each file with its diff, the commands and the services reloaded, restarted or stopped. Reading
// changes nothing on the nodes. With confirm, "Apply phase N" accepts the dialog (applyRequested):
// the wizard runs the phase only from there on a cluster in service.
class PreviewDialog : public QDialog
{
    Q_OBJECT
public:
    PreviewDialog(Executor* executor, const Phase& phase, bool confirm, QWidget* parent = nullptr);

    // For tests and the screenshot: the preview once read, its text.
    bool isRead() const { return m_read; }
    const PhasePreview& preview() const { return m_preview; }

Q_SIGNALS:
    void applyRequested();
    void read(); // the nodes answered (or could not be asked)

private:
    void start(Executor* executor);
    void showPreview(const PhasePreview& preview, const QString& error);
    void select(QTreeWidgetItem* item);

    PreviewPlan m_plan;
    PhasePreview m_preview;
    bool m_read = false;
    QPointer<Job> m_job;
    QLabel* m_status = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPlainTextEdit* m_detail = nullptr;
    QLabel* m_services = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_copy = nullptr;
};

} // namespace pgpilot
