// SPDX-License-Identifier: GPL-3.0-or-later
#include "alarmbanner.h"

#include <QGridLayout>
#include <QLabel>

namespace pgpilot {

AlarmBanner::AlarmBanner(QWidget* parent)
    : QFrame(parent)
    , m_severity(new QLabel(this))
    , m_title(new QLabel(this))
    , m_meaning(new QLabel(this))
    , m_action(new QLabel(this))
    , m_more(new QLabel(this))
{
    setObjectName(QStringLiteral("alarmBanner"));
    m_severity->setObjectName(QStringLiteral("severity"));
    m_title->setObjectName(QStringLiteral("title"));
    m_meaning->setObjectName(QStringLiteral("meaning"));
    m_action->setObjectName(QStringLiteral("action"));
    m_more->setObjectName(QStringLiteral("more"));
    for (auto* label : {m_title, m_meaning, m_action, m_more}) {
        label->setWordWrap(true);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    auto* layout = new QGridLayout(this);
    layout->addWidget(m_severity, 0, 0, 3, 1, Qt::AlignTop);
    layout->addWidget(m_title, 0, 1);
    layout->addWidget(m_meaning, 1, 1);
    layout->addWidget(m_action, 2, 1);
    layout->addWidget(m_more, 3, 1);
    layout->setColumnStretch(1, 1);
    hide();
}

QString AlarmBanner::titleText() const
{
    return m_title->text();
}

void AlarmBanner::setAlarms(const QList<Alarm>& alarms)
{
    if (alarms.isEmpty()) {
        hide();
        return;
    }
    const Alarm& top = alarms.first(); // derived alarms come most severe first
    m_level = top.severity;
    m_severity->setText(top.severity == Severity::Critical ? tr("\u26a0\nCRITICAL") : tr("\u25b2\nWARNING"));
    m_title->setText(top.title);
    m_meaning->setText(top.meaning);
    m_action->setText(tr("What to do: %1").arg(top.action));
    if (alarms.size() > 1) {
        QStringList others;
        for (int i = 1; i < alarms.size() && i < 4; ++i)
            others << alarms.at(i).title;
        m_more->setText(tr("+ %n more: %1", nullptr, int(alarms.size() - 1))
                            .arg(others.join(QStringLiteral(" \u00b7 "))
                                + (alarms.size() > 4 ? QStringLiteral(" \u2026") : QString())));
        m_more->show();
    } else {
        m_more->hide();
    }
    applyStyle();
    show();
}

void AlarmBanner::setWallMode(bool wall, double scale)
{
    m_wall = wall;
    m_scale = scale;
    applyStyle();
}

void AlarmBanner::applyStyle()
{
    const bool critical = m_level == Severity::Critical;
    const double s = m_wall ? m_scale * 2.2 : 1.0;
    auto px = [s](int size) {
        return QString::number(int(size * s));
    };
    // Hatched border on critical alarms: a second cue besides the colour.
    setStyleSheet(
        QStringLiteral("pgpilot--AlarmBanner { background: %1; border: %2px %3 %4; border-radius: 6px; }"
                       "QLabel { color: %5; background: transparent; font-size: %6px; }"
                       "QLabel#severity { font-size: %7px; font-weight: bold; padding-right: 12px; }"
                       "QLabel#title { font-size: %8px; font-weight: bold; }")
            .arg(critical ? QStringLiteral("#b00020") : QStringLiteral("#ffc107"), px(4),
                critical ? QStringLiteral("dashed") : QStringLiteral("solid"),
                critical ? QStringLiteral("#ffffff") : QStringLiteral("#000000"),
                critical ? QStringLiteral("#ffffff") : QStringLiteral("#000000"), px(13), px(20), px(17)));
}

} // namespace pgpilot
