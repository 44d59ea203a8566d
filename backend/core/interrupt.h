// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace pgpilot {

// Turns SIGINT and SIGTERM into a Qt signal for the headless commands, so Ctrl+C can stop the
// running step cleanly (its remote commands killed, progress saved) instead of killing pgpilot
// with commands still running on the nodes. The handler only writes the signal number to a
// socket pair; everything else happens in the event loop. The second signal (or the first, when
// nothing is connected to interrupted()) ends the process at once with 128 + the signal number.
// One watcher per process; the previous dispositions come back when it is destroyed.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject* parent = nullptr);
    ~InterruptWatcher() override;

    bool isActive() const { return m_notifier != nullptr; }
    // 0 until a signal came; then the first signal's number.
    int received() const { return m_first; }
    // Takes a signal that came but the event loop did not get to (the command was ending anyway), so
    // exitCode() counts it. Call once the event loop has returned.
    void collectPending();
    // The exit code for a command that stopped because of the signal: 130 for SIGINT, 143 for SIGTERM.
    int exitCode() const { return m_first ? 128 + m_first : 0; }

Q_SIGNALS:
    void interrupted(int signalNumber);

private:
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
    int m_first = 0;
};

} // namespace pgpilot
