// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuppanel.h"

#include "darkpalette.h"
#include "monitor/backuptext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace pgpilot {

BackupPanel::BackupPanel(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(tr("Backups"), this))
    , m_state(new QLabel(this))
    , m_host(new QLabel(this))
    , m_details(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("backupPanel"));
    m_title->setObjectName(QStringLiteral("title"));
    m_state->setObjectName(QStringLiteral("state"));
    m_host->setObjectName(QStringLiteral("host"));
    m_details->setObjectName(QStringLiteral("details"));
    m_error->setObjectName(QStringLiteral("error"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_host->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    // Takes the width the dashboard gives, like the node tiles beside it; long values wrap.
    for (auto* label : {m_title, m_host, m_details, m_error})
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_state);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_host);
    layout->addWidget(m_details);
    layout->addWidget(m_error);
    layout->addStretch();
    m_error->hide();
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Backups"));
    hide();
    applyStyle();
}

QString BackupPanel::stateText() const
{
    return m_state->text();
}

QString BackupPanel::detailsText() const
{
    return m_details->text();
}

void BackupPanel::setSnapshot(const ClusterSnapshot& s)
{
    const BackupStatus& b = s.backup;
    if (!b.configured) {
        hide();
        return;
    }
    Level level = b.polled ? Level::Ok : Level::Waiting;
    QStringList alarms;
    for (const Alarm& a : s.alarms) {
        if (!isBackupAlarm(a.kind))
            continue;
        if (a.kind != AlarmKind::BackupStatusUnread) // its text is the read's error, said below
            alarms << a.title;
        level = qMax(level, a.severity == Severity::Critical ? Level::Critical : Level::Warning);
    }
    m_level = level;
    switch (level) {
    case Level::Waiting:
        m_state->setText(tr("\u2026 NOT READ YET"));
        break;
    case Level::Ok:
        m_state->setText(tr("\u2714 OK"));
        break;
    case Level::Warning:
        m_state->setText(tr("\u25b2 WARNING"));
        break;
    case Level::Critical:
        m_state->setText(tr("\u26a0 CRITICAL"));
        break;
    }
    QString host = tr("on %1 \u00b7 stanza %2").arg(b.host, b.stanza);
    if (!b.pgbackrestVersion.isEmpty())
        host += QStringLiteral(" \u00b7 pgBackRest ") + b.pgbackrestVersion;
    m_host->setText(host);
    auto row = [](const QString& label, const QString& value) {
        // "20 s ago", "5 d 17 h": a number stays with its unit when the value wraps.
        static const QRegularExpression unit(QStringLiteral("(\\d) (?=(s|min|h|d|B|KiB|MiB|GiB|TiB)\\b|%)"));
        QString html = value.toHtmlEscaped();
        html.replace(unit, QStringLiteral("\\1&nbsp;"));
        return QStringLiteral("<tr><td>%1&nbsp;&nbsp;</td><td><b>%2</b></td></tr>")
            .arg(label.toHtmlEscaped(), html);
    };
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='1'>");
    html += row(tr("Last backup"), lastBackupText(b, s.time));
    if (const QString running = runningBackupText(b); !running.isEmpty())
        html += row(tr("Now"), running);
    html += row(tr("Archive"), archiveText(s));
    html += row(tr("Failures"), archiveFailuresText(s));
    html += row(tr("Next"), nextBackupText(b, s.time));
    html += row(tr("Last runs"), lastRunText(b));
    html += row(tr("Repository"), repositoryText(b));
    html += row(tr("WAL archive"), walArchiveText(s, false)); // why not checked: in the tooltip
    html += QStringLiteral("</table>");
    m_details->setText(html);
    // Why the values may be old, and what the alarms say, in words.
    QStringList lines;
    if (!b.error.isEmpty())
        lines << tr("Not read: %1").arg(b.error);
    for (const QString& title : std::as_const(alarms))
        lines << QStringLiteral("\u2022 ") + title;
    const QString error = lines.join(QLatin1Char('\n'));
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    QString tip;
    if (const BackupSet* newest = b.newest())
        tip = tr("Newest backup %1 (%2), stopped %3 UTC")
                  .arg(newest->label, newest->type,
                      newest->stop.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (!b.archiveMax.isEmpty())
        tip += (tip.isEmpty() ? QString() : QStringLiteral("\n"))
            + tr("WAL in the repository: %1 to %2").arg(b.archiveMin, b.archiveMax);
    if (!b.walError.isEmpty())
        tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + tr("WAL archive: %1").arg(b.walError);
    for (const WalGap& g : b.walGaps) {
        tip += (tip.isEmpty() ? QString() : QStringLiteral("\n"))
            + (g.healed() ? tr("Gap %1 to %2 (%3 segments), healed by %4")
                                .arg(g.first, g.last)
                                .arg(g.count)
                                .arg(g.healedBy)
                          : tr("Gap %1 to %2 (%3 segments): breaks %4")
                                .arg(g.first, g.last)
                                .arg(g.count)
                                .arg(g.breaks.join(QStringLiteral(", "))));
    }
    setToolTip(tip);
    applyStyle();
    show();
}

void BackupPanel::applyStyle()
{
    QString border;
    QString badge;
    QString badgeText = QStringLiteral("#ffffff");
    switch (m_level) {
    case Level::Waiting:
        border = QStringLiteral("#808080");
        badge = QStringLiteral("#808080");
        break;
    case Level::Ok:
        border = QStringLiteral("#2e7d32");
        badge = QStringLiteral("#2e7d32");
        break;
    case Level::Warning:
        border = QStringLiteral("#ffc107");
        badge = QStringLiteral("#ffc107");
        badgeText = QStringLiteral("#000000");
        break;
    case Level::Critical:
        border = QStringLiteral("#b00020");
        badge = QStringLiteral("#b00020");
        break;
    }
    const bool dark = isDarkPalette(palette(), QPalette::Base);
    setStyleSheet(
        QStringLiteral(
            "pgpilot--BackupPanel { background: palette(base); border: 4px %1 %2; border-radius: 8px; }"
            "QLabel { color: palette(text); background: transparent; font-size: 12px; }"
            "QLabel#title { font-size: 18px; font-weight: bold; }"
            "QLabel#state { background: %3; color: %4; font-size: 13px; font-weight: bold;"
            " padding: 2px 8px; border-radius: 4px; }"
            "QLabel#error { color: %5; }")
            .arg(m_level == Level::Critical ? QStringLiteral("dashed") : QStringLiteral("solid"), border,
                badge, badgeText, dark ? QStringLiteral("#ffb37a") : QStringLiteral("#8a3b00")));
}

} // namespace pgpilot
