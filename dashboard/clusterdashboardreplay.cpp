// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's replay of the history on disk, its incident bundle, and the "while closed" note.
#include "clusterdashboard.h"
#include "dashboardmodels.h"
#include "history/historycursor.h"
#include "history/incidentbundle.h"
#include "lagchart.h"
#include "replaybar.h"

#include <QFileDialog>
#include <QLabel>
#include <QPushButton>

namespace pgpilot {

bool ClusterDashboard::enterReplay()
{
    // A new cursor each time: the cluster or where its history is read may have changed.
    const QString cluster = m_monitor ? m_monitor->cluster() : m_latest.cluster;
    m_cursor = std::make_unique<HistoryCursor>(cluster, m_historyOptions);
    if (!m_cursor->refresh()) {
        m_updated->setText(m_cursor->problem());
        return false;
    }
    m_replaying = true;
    m_replayButton->setEnabled(false);
    m_replayBar->setRange(m_cursor->first(), m_cursor->last());
    m_replayBar->setPosition(m_cursor->last());
    m_replayBar->show();
    m_bundleButton->show();
    m_replayBar->setFocus();
    updateActions();
    showMoment(m_replayBar->position());
    return true;
}

void ClusterDashboard::leaveReplay()
{
    if (!m_replaying)
        return;
    m_replaying = false;
    m_replayBar->setPlaying(false);
    m_replayBar->hide();
    m_bundleButton->hide();
    m_replayButton->setEnabled(true);
    m_updated->setStyleSheet({});
    if (m_monitor) {
        showSnapshot(m_monitor->latest());
        setHistory(m_monitor->history());
    }
    updateActions();
}

void ClusterDashboard::showMoment(const QDateTime& time)
{
    if (!m_replaying || !m_cursor)
        return;
    const HistoryCursor::Moment m = m_cursor->at(time);
    m_replayBar->setNote(m.note);
    if (m.snapshot)
        showSnapshot(*m.snapshot);
    setHistory(m.samples);
    // The header says it is the past, in the warning colour, whatever showSnapshot wrote.
    m_updated->setText(tr("REPLAY %1").arg(time.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    m_updated->setStyleSheet(QStringLiteral("color: #b35c00; font-weight: bold;"));
}

void ClusterDashboard::showWhileClosed(const QString& text, const QList<ClusterEvent>& events)
{
    m_whileClosed->setText(text);
    m_whileClosed->setVisible(!text.isEmpty());
    m_earlierEvents = events;
    m_events->clear();
    appendEvents(m_earlierEvents);
    if (m_monitor)
        appendEvents(m_monitor->events().events());
}

bool ClusterDashboard::exportIncidentBundle(const QString& path, QString* summary)
{
    const QString cluster = m_cursor ? m_cursor->cluster() : m_latest.cluster;
    const HistoryReader reader(cluster, m_historyOptions);
    const QDateTime at = m_replaying ? m_replayBar->position() : QDateTime::currentDateTimeUtc();
    // The incident the replayed moment falls in, or the last one before it, five minutes either side.
    const auto window = lastIncidentWindow(reader, at.addSecs(1));
    IncidentBundleOptions options;
    options.cluster = cluster;
    options.history = m_historyOptions;
    options.from = window ? window->first : at.addSecs(-900);
    options.to = window ? window->second : at.addSecs(300);
    options.auditLogPath = m_auditLogPath;
    IncidentBundleResult result;
    const bool ok = writeIncidentBundle(path, options, &result);
    *summary = ok ? tr("Incident bundle written: %1 (%2 snapshots, %3 events, %4 audit entries, %5 to %6)")
                        .arg(path)
                        .arg(result.frames)
                        .arg(result.events)
                        .arg(result.auditEntries)
                        .arg(options.from.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                            options.to.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                  : tr("The incident bundle was not written: %1").arg(result.error);
    return ok;
}

void ClusterDashboard::askBundlePath()
{
    auto* dialog = new QFileDialog(this, tr("Export the incident"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("Incident bundle (*.tar)"));
    dialog->setDefaultSuffix(QStringLiteral("tar"));
    dialog->selectFile(m_title->text() + QStringLiteral("-incident"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        QString summary;
        exportIncidentBundle(path, &summary);
        m_replayBar->setNote(summary);
    });
    dialog->open(); // window-modal, no nested event loop
}

QString ClusterDashboard::whileClosedText() const
{
    return m_whileClosed->isHidden() ? QString() : m_whileClosed->text();
}

} // namespace pgpilot
