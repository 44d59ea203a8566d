// SPDX-License-Identifier: GPL-3.0-or-later
#include "alarmsound.h"

#include "monitor/clustermonitor.h"

#include <QDir>
#include <QTemporaryFile>
#include <QUrl>
#include <QtEndian>

#include <cmath>

#ifdef PGPILOT_HAVE_MULTIMEDIA
#include <QSoundEffect>
#endif

namespace pgpilot {

bool AlarmSoundPolicy::update(const QSet<QString>& criticalKeys, const QDateTime& now)
{
    const bool fresh = !(criticalKeys - m_firing - m_silenced).isEmpty();
    m_firing = criticalKeys;
    m_silenced &= criticalKeys; // an alarm that cleared and comes back sounds again
    if (m_firing.isEmpty()) {
        m_lastPlayed = {};
        return false;
    }
    if (silenced())
        return false;
    if (fresh || !m_lastPlayed.isValid() || m_lastPlayed.secsTo(now) >= m_repeatSeconds) {
        m_lastPlayed = now;
        return true;
    }
    return false;
}

struct AlarmSound::Tone
{
    QTemporaryFile file;
#ifdef PGPILOT_HAVE_MULTIMEDIA
    QSoundEffect effect;
#endif
};

AlarmSound::AlarmSound(QObject* parent)
    : QObject(parent)
{
    // The repeat needs no new snapshot: a wall whose monitors all stopped answering still repeats.
    m_repeatTimer.setInterval(1000);
    connect(&m_repeatTimer, &QTimer::timeout, this, &AlarmSound::reevaluate);
}

AlarmSound::~AlarmSound() = default;

bool AlarmSound::available()
{
#ifdef PGPILOT_HAVE_MULTIMEDIA
    return true;
#else
    return false;
#endif
}

void AlarmSound::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled)
        m_repeatTimer.start();
    else
        m_repeatTimer.stop();
    reevaluate();
}

void AlarmSound::watch(ClusterMonitor* monitor)
{
    if (!monitor || m_monitors.contains(monitor))
        return;
    m_monitors.insert(monitor, monitor);
    connect(monitor, &ClusterMonitor::snapshotReady, this, &AlarmSound::reevaluate);
    connect(monitor, &QObject::destroyed, this, [this, monitor] {
        m_monitors.remove(monitor);
        reevaluate();
    });
    reevaluate();
}

void AlarmSound::silence()
{
    m_policy.silence();
    reevaluate();
}

void AlarmSound::reevaluate()
{
    QSet<QString> critical;
    for (const QPointer<ClusterMonitor>& monitor : std::as_const(m_monitors)) {
        if (!monitor)
            continue;
        for (const Alarm& alarm : monitor->latest().alarms) {
            if (alarm.severity == Severity::Critical)
                critical.insert(monitor->cluster() + QLatin1Char('/') + alarm.key());
        }
    }
    const bool play = m_policy.update(critical, QDateTime::currentDateTimeUtc());
    if (play && m_enabled) {
        if (m_player)
            m_player();
        else
            playTone();
        Q_EMIT played();
    }
    if (m_policy.sounding() != m_wasSounding) {
        m_wasSounding = m_policy.sounding();
        Q_EMIT stateChanged();
    }
}

QByteArray AlarmSound::toneWav()
{
    constexpr int rate = 22050;
    QByteArray pcm;
    auto beep = [&](double hz, double seconds) {
        const int n = int(rate * seconds);
        for (int i = 0; i < n; ++i) {
            // A short fade in and out: no click at either end.
            const double edge = std::min({1.0, i / (0.01 * rate), (n - i) / (0.01 * rate)});
            const auto sample = qint16(std::lround(12000.0 * edge * std::sin(2.0 * M_PI * hz * i / rate)));
            char bytes[2];
            qToLittleEndian(sample, bytes);
            pcm.append(bytes, 2);
        }
    };
    auto pause = [&](double seconds) {
        pcm.append(QByteArray(int(rate * seconds) * 2, '\0'));
    };
    beep(880.0, 0.18);
    pause(0.08);
    beep(660.0, 0.18);
    pause(0.08);
    beep(880.0, 0.18);

    QByteArray wav;
    auto u32 = [&](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        wav.append(b, 4);
    };
    auto u16 = [&](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        wav.append(b, 2);
    };
    wav.append("RIFF");
    u32(quint32(36 + pcm.size()));
    wav.append("WAVEfmt ");
    u32(16);
    u16(1); // PCM
    u16(1); // mono
    u32(rate);
    u32(rate * 2);
    u16(2);
    u16(16);
    wav.append("data");
    u32(quint32(pcm.size()));
    wav.append(pcm);
    return wav;
}

void AlarmSound::playTone()
{
#ifdef PGPILOT_HAVE_MULTIMEDIA
    if (!m_tone) {
        m_tone = std::make_unique<Tone>();
        m_tone->file.setFileTemplate(QDir::tempPath() + QStringLiteral("/pgpilot-alarm-XXXXXX.wav"));
        if (!m_tone->file.open() || m_tone->file.write(toneWav()) < 0 || !m_tone->file.flush())
            return;
        m_tone->effect.setSource(QUrl::fromLocalFile(m_tone->file.fileName()));
    }
    m_tone->effect.play();
#endif
}

} // namespace pgpilot
