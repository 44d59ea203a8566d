// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;

namespace pgpilot {

// The time scrubber of the dashboard and the wall (issue 18, replay): a slider over the stored
// history, second by second, with play/pause at 1x to 600x, steps of a second and a minute, and
// "Live" to leave the replay. It only chooses a time: whoever owns it reads the history at that
// time (HistoryReader) and shows it. Keys: Left/Right one second, Shift+Left/Right a minute,
// Space play/pause, End live.
class ReplayBar : public QWidget
{
    Q_OBJECT
public:
    explicit ReplayBar(QWidget* parent = nullptr);

    // The stored span (UTC). The position is kept inside it.
    void setRange(const QDateTime& first, const QDateTime& last);
    QDateTime first() const { return m_first; }
    QDateTime last() const { return m_last; }
    // Moves the slider without emitting positionChanged (the owner's own moves).
    void setPosition(const QDateTime& time);
    QDateTime position() const { return m_position; }
    // What the history says about the position: "gap: pgpilot did not watch", "3 alarms", ...
    void setNote(const QString& note);
    bool isPlaying() const { return m_play.isActive(); }
    void setPlaying(bool playing);
    int speed() const; // seconds of history per second
    void setSpeed(int speed); // one of 1, 10, 60, 600
    // The wall's look: large type, white on black.
    void setWallStyle(bool wall);
    void step(int seconds); // moves and emits positionChanged

Q_SIGNALS:
    void positionChanged(const QDateTime& time);
    void liveRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateLabel();
    void moveTo(const QDateTime& time, bool emitChange);

    QSlider* m_slider;
    QLabel* m_time;
    QLabel* m_note;
    QPushButton* m_playButton;
    QComboBox* m_speed;
    QTimer m_play;
    QDateTime m_first;
    QDateTime m_last;
    QDateTime m_position;
    bool m_sliderSync = false;
};

} // namespace pgpilot
