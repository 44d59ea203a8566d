// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/snapshot.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace pgpilot {

class ClusterMonitor;

// When the ops-room wall sounds (pure: time and alarms come in, a yes/no comes out). A critical
// alarm not heard before sounds at once; while critical alarms stay, the sound repeats every
// repeatSeconds; silence() quiets the ones firing now, and only a critical alarm that was not
// firing then sounds again. Warnings never sound.
class AlarmSoundPolicy
{
public:
    explicit AlarmSoundPolicy(int repeatSeconds = 60)
        : m_repeatSeconds(repeatSeconds)
    { }

    // criticalKeys: every critical alarm firing now, over all clusters ("cluster/kind/node").
    // Returns whether to play the sound now.
    bool update(const QSet<QString>& criticalKeys, const QDateTime& now);
    void silence() { m_silenced = m_firing; }
    bool silenced() const { return !m_firing.isEmpty() && m_firing == (m_firing & m_silenced); }
    bool sounding() const { return !m_firing.isEmpty() && !silenced(); }

private:
    int m_repeatSeconds;
    QSet<QString> m_firing;
    QSet<QString> m_silenced;
    QDateTime m_lastPlayed;
};

// The wall's optional alarm sound: listens to every monitor on the wall and plays a short tone
// (Qt Multimedia, when pgpilot was built with it) as AlarmSoundPolicy says. Off until enabled.
class AlarmSound : public QObject
{
    Q_OBJECT
public:
    explicit AlarmSound(QObject* parent = nullptr);
    ~AlarmSound() override;

    // Whether this build can play sound at all (built with Qt Multimedia).
    static bool available();
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void watch(ClusterMonitor* monitor);
    void silence();
    bool sounding() const { return m_policy.sounding(); }
    // Tests and the benchmark replace the player (the default one plays the tone).
    void setPlayer(std::function<void()> player) { m_player = std::move(player); }
    // The tone as a WAV file (mono 16-bit PCM): two short beeps.
    static QByteArray toneWav();

Q_SIGNALS:
    void played();
    void stateChanged(); // sounding or silenced changed

private:
    void reevaluate();
    void playTone();

    AlarmSoundPolicy m_policy;
    bool m_enabled = false;
    bool m_wasSounding = false;
    QHash<ClusterMonitor*, QPointer<ClusterMonitor>> m_monitors;
    QTimer m_repeatTimer;
    std::function<void()> m_player;
    struct Tone;
    std::unique_ptr<Tone> m_tone;
};

} // namespace pgpilot
