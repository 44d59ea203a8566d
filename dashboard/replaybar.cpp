// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaybar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include <limits>

namespace pgpilot {

namespace {
constexpr int kTickMs = 200; // the playing slider moves five times a second
}

ReplayBar::ReplayBar(QWidget* parent)
    : QWidget(parent)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_note(new QLabel(this))
    , m_playButton(new QPushButton(this))
    , m_speed(new QComboBox(this))
{
    setObjectName(QStringLiteral("replayBar"));
    setFocusPolicy(Qt::StrongFocus);
    m_slider->setObjectName(QStringLiteral("replaySlider"));
    m_slider->setSingleStep(1);
    m_slider->setPageStep(60);
    m_time->setObjectName(QStringLiteral("replayTime"));
    m_note->setObjectName(QStringLiteral("replayNote"));
    m_time->setTextFormat(Qt::PlainText);
    m_note->setTextFormat(Qt::PlainText);
    QFont bold = m_time->font();
    bold.setBold(true);
    m_time->setFont(bold);

    auto button = [this](const QString& text, const QString& tip, const char* name, int seconds) {
        auto* b = new QPushButton(text, this);
        b->setToolTip(tip);
        b->setObjectName(QLatin1String(name));
        b->setFocusPolicy(Qt::TabFocus);
        connect(b, &QPushButton::clicked, this, [this, seconds] { step(seconds); });
        return b;
    };
    m_playButton->setObjectName(QStringLiteral("replayPlay"));
    m_playButton->setText(tr("Play"));
    connect(m_playButton, &QPushButton::clicked, this, [this] { setPlaying(!isPlaying()); });
    for (int s : {1, 10, 60, 600})
        m_speed->addItem(tr("%1\u00d7").arg(s), s);
    m_speed->setObjectName(QStringLiteral("replaySpeed"));
    m_speed->setToolTip(tr("Seconds of history replayed per second"));
    auto* live = new QPushButton(tr("Live"), this);
    live->setObjectName(QStringLiteral("replayLive"));
    live->setToolTip(tr("Leave the replay and show the cluster as it is now (End)"));
    connect(live, &QPushButton::clicked, this, [this] {
        setPlaying(false);
        Q_EMIT liveRequested();
    });

    auto* controls = new QHBoxLayout;
    controls->addWidget(
        button(tr("\u2212 1 min"), tr("One minute back (Shift+Left)"), "replayBackMinute", -60));
    controls->addWidget(button(tr("\u2212 1 s"), tr("One second back (Left)"), "replayBackSecond", -1));
    controls->addWidget(m_playButton);
    controls->addWidget(button(tr("+ 1 s"), tr("One second on (Right)"), "replayForwardSecond", 1));
    controls->addWidget(button(tr("+ 1 min"), tr("One minute on (Shift+Right)"), "replayForwardMinute", 60));
    controls->addWidget(m_speed);
    controls->addSpacing(12);
    controls->addWidget(m_time);
    controls->addSpacing(12);
    controls->addWidget(m_note, 1);
    controls->addWidget(live);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_slider);
    layout->addLayout(controls);

    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (m_sliderSync || !m_first.isValid())
            return;
        moveTo(m_first.addSecs(value), true);
    });
    m_play.setInterval(kTickMs);
    connect(&m_play, &QTimer::timeout, this, [this] {
        const qint64 ms = qint64(speed()) * kTickMs;
        QDateTime next = m_position.addMSecs(ms);
        if (next >= m_last) {
            next = m_last;
            setPlaying(false);
        }
        moveTo(next, true);
    });
    updateLabel();
}

void ReplayBar::setRange(const QDateTime& first, const QDateTime& last)
{
    m_first = first.toUTC();
    m_last = qMax(last.toUTC(), m_first);
    m_sliderSync = true;
    m_slider->setRange(0, int(qMin<qint64>(m_first.secsTo(m_last), std::numeric_limits<int>::max())));
    m_sliderSync = false;
    moveTo(m_position.isValid() ? m_position : m_last, false);
}

void ReplayBar::setPosition(const QDateTime& time)
{
    moveTo(time, false);
}

void ReplayBar::moveTo(const QDateTime& time, bool emitChange)
{
    if (!m_first.isValid())
        return;
    QDateTime t = time.toUTC();
    if (t < m_first)
        t = m_first;
    if (t > m_last)
        t = m_last;
    const bool changed = t != m_position;
    m_position = t;
    m_sliderSync = true;
    m_slider->setValue(int(m_first.secsTo(t)));
    m_sliderSync = false;
    updateLabel();
    if (emitChange && changed)
        Q_EMIT positionChanged(m_position);
}

void ReplayBar::setNote(const QString& note)
{
    m_note->setText(note);
}

void ReplayBar::setPlaying(bool playing)
{
    if (playing == isPlaying())
        return;
    if (playing) {
        if (m_position >= m_last)
            moveTo(m_first, true); // play from the start again
        m_play.start();
    } else {
        m_play.stop();
    }
    m_playButton->setText(playing ? tr("Pause") : tr("Play"));
}

int ReplayBar::speed() const
{
    return m_speed->currentData().toInt();
}

void ReplayBar::setSpeed(int speed)
{
    const int index = m_speed->findData(speed);
    if (index >= 0)
        m_speed->setCurrentIndex(index);
}

void ReplayBar::step(int seconds)
{
    moveTo(m_position.addSecs(seconds), true);
}

void ReplayBar::setWallStyle(bool wall)
{
    if (!wall) {
        setStyleSheet({});
        return;
    }
    setStyleSheet(QStringLiteral("QWidget#replayBar { background: #111; }"
                                 "QLabel { color: #fff; font-size: 22pt; }"
                                 "QPushButton, QComboBox { font-size: 18pt; padding: 4px 14px; }"));
}

void ReplayBar::updateLabel()
{
    if (!m_position.isValid()) {
        m_time->setText(tr("No history stored yet"));
        return;
    }
    const qint64 ago = m_position.secsTo(QDateTime::currentDateTimeUtc());
    QString agoText;
    if (ago < 120)
        agoText = tr("%n second(s) ago", nullptr, int(ago));
    else if (ago < 2 * 3600)
        agoText = tr("%n minute(s) ago", nullptr, int(ago / 60));
    else if (ago < 2 * 86400)
        agoText = tr("%n hour(s) ago", nullptr, int(ago / 3600));
    else
        agoText = tr("%n day(s) ago", nullptr, int(ago / 86400));
    m_time->setText(
        tr("Replay %1 (%2)")
            .arg(m_position.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), agoText));
}

void ReplayBar::keyPressEvent(QKeyEvent* event)
{
    const int unit = event->modifiers() & Qt::ShiftModifier ? 60 : 1;
    switch (event->key()) {
    case Qt::Key_Left:
        step(-unit);
        return;
    case Qt::Key_Right:
        step(unit);
        return;
    case Qt::Key_Space:
        setPlaying(!isPlaying());
        return;
    case Qt::Key_End:
        setPlaying(false);
        Q_EMIT liveRequested();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace pgpilot
