// SPDX-License-Identifier: GPL-3.0-or-later
#include "pausedialog.h"

#include "monitor/pausetext.h"
#include "ops/pause.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pgpilot {

PauseDialog::PauseDialog(const QString& cluster, QWidget* parent)
    : QDialog(parent)
    , m_window(new QLineEdit(QStringLiteral("60m"), this))
    , m_reason(new QLineEdit(this))
    , m_minutes(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("pauseDialog"));
    setWindowTitle(tr("Pause automatic failover of %1").arg(cluster));
    m_window->setObjectName(QStringLiteral("pauseWindow"));
    m_reason->setObjectName(QStringLiteral("pauseReason"));
    m_error->setObjectName(QStringLiteral("pauseError"));
    m_window->setPlaceholderText(QStringLiteral("60m"));
    m_reason->setPlaceholderText(tr("e.g. kernel update on pg2"));
    m_reason->setMaxLength(kMaxPauseReasonLength);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #ff8a80;"));
    auto* intro = new QLabel(tr("While automatic failover is paused, repmgrd on every node takes no action "
                                "when the primary fails. Every dashboard, the wall and pgpilot watch show "
                                "the pause, and raise a critical alarm once the window has passed."),
        this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Window (30m, 2h, 1h30m; at most 24h):"), m_window);
    form->addRow(QString(), m_minutes);
    form->addRow(tr("&Reason:"), m_reason);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Continue\u2026"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_window, &QLineEdit::textChanged, this, &PauseDialog::check);
    connect(m_reason, &QLineEdit::textChanged, this, &PauseDialog::check);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!canContinue())
            return;
        Q_EMIT pauseRequested(m_window->text().trimmed(), m_reason->text().trimmed());
        accept();
    });
    resize(520, sizeHint().height());
    check();
}

QString PauseDialog::errorText() const
{
    return m_error->text();
}

bool PauseDialog::canContinue() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void PauseDialog::check()
{
    QString error;
    const auto minutes = parsePauseWindow(m_window->text(), &error);
    if (minutes) {
        m_minutes->setText(tr("= %1").arg(pauseSpanText(*minutes * 60.0)));
        error = pauseReasonError(m_reason->text().trimmed());
    } else {
        m_minutes->clear();
    }
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

} // namespace pgpilot
