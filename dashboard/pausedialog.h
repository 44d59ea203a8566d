// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pgpilot {

// Cluster → Pause automatic failover...: asks the window (30m, 2h, 1h30m; default 60m, at most
// 24h) and the reason, checked as the admin types (parsePauseWindow, pauseReasonError) with the
// error shown and Continue off while one is wrong. Continue emits pauseRequested; the operation's
// own dialog then runs the pre-checks and asks for the confirmation.
class PauseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PauseDialog(const QString& cluster, QWidget* parent = nullptr);

    QLineEdit* windowEdit() const { return m_window; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QString errorText() const;
    bool canContinue() const;

Q_SIGNALS:
    // window as typed (checked), reason trimmed
    void pauseRequested(const QString& window, const QString& reason);

private:
    void check();

    QLineEdit* m_window;
    QLineEdit* m_reason;
    QLabel* m_minutes;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace pgpilot
