// SPDX-License-Identifier: GPL-3.0-or-later
// The wall's backup strip (wallview.h).
#include "monitor/backuptext.h"
#include "monitor/snapshottext.h"
#include "wallview.h"

#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QLabel>
#include <QRegularExpression>

namespace pgpilot {

WallBackupStrip::WallBackupStrip(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(tr("BACKUPS"), this))
    , m_state(new QLabel(this))
    , m_last(new QLabel(this))
    , m_archiving(new QLabel(this))
    , m_next(new QLabel(this))
{
    setObjectName(QStringLiteral("wallBackup"));
    m_title->setObjectName(QStringLiteral("wallBackupTitle"));
    m_state->setObjectName(QStringLiteral("wallBackupState"));
    m_last->setObjectName(QStringLiteral("wallBackupLast"));
    m_archiving->setObjectName(QStringLiteral("wallBackupArchiving"));
    m_next->setObjectName(QStringLiteral("wallBackupNext"));
    auto* grid = new QGridLayout(this);
    grid->addWidget(m_title, 0, 0);
    grid->addWidget(m_state, 1, 0, Qt::AlignLeft | Qt::AlignTop);
    const QString captions[] = {tr("LAST BACKUP"), tr("ARCHIVING"), tr("NEXT RUN")};
    QLabel* values[] = {m_last, m_archiving, m_next};
    for (int i = 0; i < 3; ++i) {
        auto* caption = new QLabel(captions[i], this);
        caption->setObjectName(QStringLiteral("wallBackupCaption"));
        m_captions << caption;
        grid->addWidget(caption, 0, i + 1);
        QLabel* value = values[i];
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        // The columns share the width by their stretch (setSnapshot), not by their text's size
        // hint; long values wrap.
        value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        grid->addWidget(value, 1, i + 1, Qt::AlignTop);
        value->installEventFilter(this);
    }
    setAccessibleName(tr("Backups"));
    setAttribute(Qt::WA_StyledBackground);
    hide();
    applyStyle();
}

QString WallBackupStrip::stateText() const
{
    return m_state->text();
}

QString WallBackupStrip::lastText() const
{
    return m_last->text().replace(QChar(0x00a0), QLatin1Char(' '));
}

QString WallBackupStrip::archivingText() const
{
    return m_archiving->text().replace(QChar(0x00a0), QLatin1Char(' '));
}

QString WallBackupStrip::nextText() const
{
    return m_next->text().replace(QChar(0x00a0), QLatin1Char(' '));
}

void WallBackupStrip::setSnapshot(const ClusterSnapshot& s)
{
    const BackupStatus& b = s.backup;
    if (!b.configured) {
        hide();
        return;
    }
    Level level = b.polled ? Level::Ok : Level::Waiting;
    for (const Alarm& a : s.alarms) {
        if (isBackupAlarm(a.kind))
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
    m_lastText = lastBackupShortText(b, s.time);
    m_lastShortText = m_lastText;
    if (const BackupSet* newest = b.newest(); newest && newest->size)
        m_lastShortText.remove(QStringLiteral(" \u00b7 ") + formatBytes(*newest->size));
    m_archivingText = archivingStateText(s);
    m_nextText = nextBackupShortText(b, s.time);
    // The value an alarm is about stands out from the others.
    bool archiveAlarm = false;
    for (const Alarm& a : s.alarms)
        archiveAlarm = archiveAlarm || a.kind == AlarmKind::ArchiveFailing || a.kind == AlarmKind::ArchiveLag;
    m_archivingFails = archiveAlarm;
    setToolTip(b.error.isEmpty() ? QString() : tr("Not read: %1").arg(b.error));
    applyStyle();
    // The columns share the width as their captions and values need it on one line.
    auto* grid = static_cast<QGridLayout*>(layout());
    const QString texts[] = {m_lastText, m_archivingText, m_nextText};
    QLabel* labels[] = {m_last, m_archiving, m_next};
    for (int i = 0; i < 3; ++i) {
        QLabel* caption = m_captions.at(i);
        labels[i]->ensurePolished();
        caption->ensurePolished();
        const int width = qMax(QFontMetrics(labels[i]->font()).horizontalAdvance(texts[i]),
            QFontMetrics(caption->font()).horizontalAdvance(caption->text()));
        grid->setColumnStretch(i + 1, qMax(1, width / 8));
    }
    show();
    layout()->activate(); // the columns' new widths now, for the fit
    fitTexts();
}

bool WallBackupStrip::eventFilter(QObject* watched, QEvent* event)
{
    // A value's column got another width (the strip's size, another value's stretch): fit again.
    // Its text changes only its height, so this does not come back.
    if (event->type() == QEvent::Resize)
        fitTexts();
    return QFrame::eventFilter(watched, event);
}

// The values as their columns' widths allow: the last backup without its size when that does not
// fit on one line; a value that wraps breaks after a " · " rather than inside a part that fits
// on a line ("6 h 4 min ago"), never before the dot, and a number stays with its unit.
void WallBackupStrip::fitTexts()
{
    static const QRegularExpression unit(QStringLiteral("(\\d) (?=(s|min|h|d|B|KiB|MiB|GiB|TiB)\\b)"));
    const QString dot = QStringLiteral(" \u00b7 ");
    auto fit = [&](QLabel* label, const QString& text) {
        label->ensurePolished(); // the style sheet's font
        const QFontMetrics metrics(label->font());
        const int width = label->contentsRect().width();
        QStringList parts = text.split(dot);
        for (QString& part : parts) {
            part.replace(unit, QStringLiteral("\\1\u00a0"));
            QString joined = part;
            joined.replace(QLatin1Char(' '), QChar(0x00a0));
            if (metrics.horizontalAdvance(joined + dot) <= width)
                part = joined;
        }
        label->setText(parts.join(QChar(0x00a0) + dot.mid(1)));
    };
    m_last->ensurePolished();
    const bool whole
        = QFontMetrics(m_last->font()).horizontalAdvance(m_lastText) <= m_last->contentsRect().width();
    fit(m_last, whole ? m_lastText : m_lastShortText);
    fit(m_archiving, m_archivingText);
    fit(m_next, m_nextText);
}

void WallBackupStrip::setScale(double scale)
{
    m_scale = scale;
    applyStyle();
}

void WallBackupStrip::applyStyle()
{
    auto px = [this](int size) {
        return QString::number(qMax(1, int(size * m_scale)));
    };
    // The wall's colours: blue when all is well (the status badge's), amber for warnings, red and a
    // dashed border for critical alarms (the alarm banner's), grey before the first read.
    QString colour = QStringLiteral("#808080");
    QString badgeText = QStringLiteral("#000000");
    switch (m_level) {
    case Level::Waiting:
        break;
    case Level::Ok:
        colour = QStringLiteral("#5b9bd5");
        break;
    case Level::Warning:
        colour = QStringLiteral("#ffc107");
        break;
    case Level::Critical:
        colour = QStringLiteral("#b00020");
        badgeText = QStringLiteral("#ffffff");
        break;
    }
    const int margin = qMax(4, int(12 * m_scale));
    layout()->setContentsMargins(margin, margin / 2, margin, margin / 2);
    static_cast<QGridLayout*>(layout())->setHorizontalSpacing(qMax(6, int(28 * m_scale)));
    static_cast<QGridLayout*>(layout())->setVerticalSpacing(qMax(1, int(2 * m_scale)));
    setStyleSheet(
        QStringLiteral(
            "pgpilot--WallBackupStrip { background: #111111; border: %1px %2 %3; border-radius: 8px; }"
            "QLabel { color: #ffffff; background: transparent; }"
            "QLabel#wallBackupTitle { color: #bbbbbb; font-size: %4px; font-weight: bold; }"
            "QLabel#wallBackupCaption { color: #bbbbbb; font-size: %4px; }"
            "QLabel#wallBackupState { background: %3; color: %5; font-size: %6px; font-weight: bold;"
            " padding: 2px %7px; border-radius: 6px; }"
            "QLabel#wallBackupLast, QLabel#wallBackupArchiving, QLabel#wallBackupNext"
            " { font-size: %8px; font-weight: bold; }"
            "QLabel#wallBackupArchiving { color: %9; }")
            .arg(px(4), m_level == Level::Critical ? QStringLiteral("dashed") : QStringLiteral("solid"),
                colour, px(20), badgeText, px(28), px(12), px(32),
                m_archivingFails ? QStringLiteral("#ffb37a") : QStringLiteral("#ffffff")));
}

} // namespace pgpilot
