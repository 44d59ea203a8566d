// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewdialog.h"

#include "exec/executor.h"
#include "exec/job.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QSyntaxHighlighter>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace pgpilot {

namespace {

// Added lines green, removed lines red, hunk headers blue: a diff read at a glance.
class DiffHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString& text) override
    {
        QTextCharFormat f;
        if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---")))
            f.setFontWeight(QFont::Bold);
        else if (text.startsWith(QLatin1Char('+')))
            f.setForeground(QColor(0x1a, 0x7f, 0x37));
        else if (text.startsWith(QLatin1Char('-')))
            f.setForeground(QColor(0xb3, 0x1d, 0x28));
        else if (text.startsWith(QLatin1String("@@")))
            f.setForeground(QColor(0x1f, 0x5f, 0xbf));
        else
            return;
        setFormat(0, int(text.size()), f);
    }
};

QString fileState(const FilePreview& f)
{
    switch (f.state) {
    case FilePreview::State::Same:
        return !f.wantOwner.isEmpty() && !f.owner.isEmpty() && f.owner != f.wantOwner
            ? QCoreApplication::translate("pgpilot::PreviewDialog", "owner and mode change")
            : QCoreApplication::translate("pgpilot::PreviewDialog", "same");
    case FilePreview::State::Changed:
        return QCoreApplication::translate("pgpilot::PreviewDialog", "changed");
    case FilePreview::State::New:
        return QCoreApplication::translate("pgpilot::PreviewDialog", "new file");
    case FilePreview::State::NotCompared:
        return QCoreApplication::translate("pgpilot::PreviewDialog", "from the keychain (not shown)");
    case FilePreview::State::Unread:
        return QCoreApplication::translate("pgpilot::PreviewDialog", "could not be compared");
    }
    return {};
}

enum Role
{
    DetailRole = Qt::UserRole + 1
};

} // namespace

PreviewDialog::PreviewDialog(Executor* executor, const Phase& phase, bool confirm, QWidget* parent)
    : QDialog(parent)
    , m_plan(previewPlan(phase))
{
    setObjectName(QStringLiteral("previewDialog"));
    setWindowTitle(tr("What phase %1 would change").arg(phase.number));
    m_status = new QLabel(tr("Reading every node (nothing is changed)..."), this);
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setWordWrap(true);
    auto* summary = new QLabel(phase.summary, this);
    summary->setObjectName(QStringLiteral("previewSummary"));
    summary->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("previewTree"));
    m_tree->setAccessibleName(tr("Changes per node"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Node, step, file"), tr("Change")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("previewDetail"));
    m_detail->setAccessibleName(tr("Difference"));
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new DiffHighlighter(m_detail->document());
    m_services = new QLabel(this);
    m_services->setObjectName(QStringLiteral("previewServices"));
    m_services->setWordWrap(true);
    m_services->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tree);
    split->addWidget(m_detail);
    split->setSizes({500, 600});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("Copy as text"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("previewCopy"));
    m_copy->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(previewText(m_preview)); });
    if (confirm) {
        m_apply = buttons->addButton(tr("Apply phase %1").arg(phase.number), QDialogButtonBox::AcceptRole);
        m_apply->setObjectName(QStringLiteral("previewApply"));
        m_apply->setEnabled(false);
        connect(m_apply, &QPushButton::clicked, this, [this] {
            Q_EMIT applyRequested();
            accept();
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem* item, QTreeWidgetItem*) { select(item); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    layout->addWidget(m_services);
    layout->addWidget(buttons);
    resize(1100, 700);
    start(executor);
}

void PreviewDialog::start(Executor* executor)
{
    if (!executor)
        return showPreview({}, tr("Not connected."));
    m_job = executor->runCheckpoint(m_plan.phase);
    connect(m_job, &Job::finished, this, [this, job = m_job] {
        if (!job)
            return;
        showPreview(readPreview(m_plan, job->checkpointResult()), job->error());
    });
    connect(this, &QDialog::rejected, this, [this] {
        if (m_job && !m_job->isFinished())
            m_job->cancel();
    });
}

void PreviewDialog::showPreview(const PhasePreview& preview, const QString& error)
{
    m_preview = preview;
    m_read = true;
    m_tree->clear();
    QStringList services;
    for (const QString& node : preview.nodes()) {
        auto* nodeItem = new QTreeWidgetItem(m_tree, {node});
        int runs = 0;
        for (const StepPreview& s : preview.steps) {
            if (s.node != node)
                continue;
            QString state = !s.reached ? tr("could not be read")
                : s.wouldRun           ? tr("would run")
                : s.mayRun             ? tr("if needed")
                                       : tr("unchanged");
            auto* stepItem = new QTreeWidgetItem(nodeItem, {s.title, state});
            stepItem->setToolTip(0, s.title);
            QString detail;
            if (!s.reached)
                detail = s.error;
            for (const QString& c : s.commands)
                detail += tr("runs: %1\n").arg(c);
            for (const auto& [effect, unit] : s.services) {
                const QString line = tr("%1 %2").arg(serviceEffectWord(effect), unit)
                    + (s.mayRun ? tr(" (if needed)") : QString());
                detail += line + QLatin1Char('\n');
                if (s.wouldRun || s.mayRun)
                    services << tr("%1: %2").arg(node, line);
            }
            stepItem->setData(0, DetailRole, detail.isEmpty() ? tr("Nothing to run.") : detail);
            if (!s.wouldRun && !s.mayRun) {
                const QBrush grey = m_tree->palette().brush(QPalette::Disabled, QPalette::Text);
                stepItem->setForeground(0, grey);
                stepItem->setForeground(1, grey);
                continue;
            }
            ++runs;
            for (const FilePreview& f : s.files) {
                if (s.mayRun)
                    break;
                auto* fileItem = new QTreeWidgetItem(stepItem, {f.path, fileState(f)});
                fileItem->setToolTip(0, f.path);
                QString text = f.diff;
                if (f.state == FilePreview::State::New)
                    text = tr("New file:\n") + f.diff;
                else if (f.state == FilePreview::State::Same)
                    text = tr("The content is the same.");
                else if (f.state == FilePreview::State::NotCompared)
                    text = tr("Written from the keychain; its content is not shown.");
                if (!f.wantOwner.isEmpty() && !f.owner.isEmpty() && f.owner != f.wantOwner)
                    text = tr("Owner and mode: %1 -> %2\n").arg(f.owner, f.wantOwner) + text;
                fileItem->setData(0, DetailRole, text);
            }
            stepItem->setExpanded(true);
        }
        nodeItem->setText(1, tr("%n step(s) to run", nullptr, runs));
        nodeItem->setExpanded(true);
    }
    services.removeDuplicates();
    m_services->setText(services.isEmpty()
            ? tr("No service would be reloaded, restarted or stopped.")
            : tr("Services affected: %1").arg(services.join(QStringLiteral("; "))));
    const bool complete = error.isEmpty() && preview.allRead();
    if (!error.isEmpty())
        m_status->setText(tr("The preview could not be read: %1").arg(error));
    else if (!preview.allRead())
        m_status->setText(
            tr("Some nodes could not be read (marked below): the preview is incomplete, so the phase "
               "cannot be applied from here."));
    else if (!preview.changesAnything())
        m_status->setText(
            tr("Nothing to change: every step of phase %1 is already done.").arg(preview.phase));
    else
        m_status->setText(
            tr("Phase %1 would make the changes below. Nothing has been changed yet; select a file to "
               "see its difference.")
                .arg(preview.phase));
    m_copy->setEnabled(true);
    if (m_apply)
        m_apply->setEnabled(complete);
    // The first file that changes, shown at once.
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->childCount() == 0 && (*it)->parent() && (*it)->parent()->parent()) {
            m_tree->setCurrentItem(*it);
            break;
        }
    }
    Q_EMIT read();
}

void PreviewDialog::select(QTreeWidgetItem* item)
{
    m_detail->setPlainText(item ? item->data(0, DetailRole).toString() : QString());
}

} // namespace pgpilot
