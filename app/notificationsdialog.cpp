// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationsdialog.h"

#include "notificationkinds.h"
#include "notify/dispatcher.h"
#include "notify/overlaysecretstore.h"
#include "notify/smtpsender.h"
#include "notify/webhook.h"
#include "secrets/secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <map>
#include <memory>

namespace pgpilot {

namespace {

const QString kWebhookKey = QStringLiteral("pgpilot:notify:webhook");
const QString kSmtpKey = QStringLiteral("pgpilot:notify:smtp");
constexpr int kMaxSeconds = 30 * 86400;

enum Column
{
    KindColumn,
    MutedColumn,
    ThresholdColumn,
    SeverityColumn,
    RepeatColumn,
    ColumnCount
};

int channelRank(const QString& channel)
{
    return int(
        QStringList {QStringLiteral("webhook"), QStringLiteral("smtp"), QStringLiteral("desktop")}.indexOf(
            channel));
}

QComboBox* severityCombo(QWidget* parent, const QString& unset)
{
    auto* combo = new QComboBox(parent);
    combo->addItem(unset, QString());
    combo->addItem(NotificationsDialog::tr("Warning"), toId(Severity::Warning));
    combo->addItem(NotificationsDialog::tr("Critical"), toId(Severity::Critical));
    return combo;
}

void selectData(QComboBox* combo, const QString& data)
{
    combo->setCurrentIndex(qMax(0, combo->findData(data)));
}

QSpinBox* secondsBox(QWidget* parent, int min)
{
    auto* box = new QSpinBox(parent);
    box->setRange(min, kMaxSeconds);
    box->setSuffix(NotificationsDialog::tr(" s"));
    box->setAccelerated(true);
    return box;
}

} // namespace

NotificationsDialog::NotificationsDialog(SecretStore* secrets, const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_path(path)
{
    setObjectName(QStringLiteral("notificationsDialog"));
    setWindowTitle(tr("Notifications"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Where alarms are sent and when; the same file pgpilot watch --notify-config "
                                "reads: %1")
                                 .arg(QDir::toNativeSeparators(path)),
        this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(intro);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("notify-tabs"));
    tabs->setAccessibleName(tr("Notification settings"));
    tabs->addTab(channelsPage(), tr("&Channels"));
    tabs->addTab(policyPage(), tr("&When"));
    layout->addWidget(tabs, 1);
    m_results = new QLabel(this);
    m_results->setObjectName(QStringLiteral("notify-test-results"));
    m_results->setWordWrap(true);
    m_results->setTextFormat(Qt::RichText);
    m_results->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_results->hide();
    layout->addWidget(m_results);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("notify-problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();
    layout->addWidget(m_problems);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_testButton = buttons->addButton(tr("Send &test notification"), QDialogButtonBox::ActionRole);
    m_testButton->setObjectName(QStringLiteral("notify-test"));
    m_saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("notify-save"));
    m_saveButton->setDefault(true);
    connect(m_testButton, &QPushButton::clicked, this, &NotificationsDialog::sendTest);
    connect(m_saveButton, &QPushButton::clicked, this, &NotificationsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    NotifyConfig initial;
    if (QFileInfo::exists(path)) {
        const NotifyConfigLoad loaded = loadNotifyConfig(path);
        if (loaded.config) {
            initial = *loaded.config;
        } else {
            QStringList problems;
            for (const NotifyConfigIssue& i : loaded.issues)
                problems << i.text();
            showProblems(
                QStringList {tr("%1 could not be read; the fields show the defaults and Save replaces it:")
                                 .arg(QFileInfo(path).fileName())}
                + problems);
        }
    }
    setConfig(initial);
    resize(760, 620);
}

NotificationsDialog::~NotificationsDialog() = default;

QWidget* NotificationsDialog::channelsPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    const auto addLine = [page](QFormLayout* form, const QString& label, const QString& name) {
        auto* edit = new QLineEdit(page);
        edit->setObjectName(name);
        form->addRow(label, edit);
        return edit;
    };

    m_webhookOn = new QCheckBox(tr("&Webhook: POST each notification as JSON"), page);
    m_webhookOn->setObjectName(QStringLiteral("notify-webhook-on"));
    layout->addWidget(m_webhookOn);
    auto* webhook = new QFormLayout;
    m_webhookUrl = addLine(webhook, tr("URL:"), QStringLiteral("notify-webhook-url"));
    m_webhookUrl->setToolTip(tr("Kept in the keychain, not in the file: chat webhooks carry a token."));
    m_webhookUrl->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_webhookKey = addLine(webhook, tr("Keychain entry:"), QStringLiteral("notify-webhook-key"));
    layout->addLayout(webhook);

    m_smtpOn = new QCheckBox(tr("&E-mail over SMTP"), page);
    m_smtpOn->setObjectName(QStringLiteral("notify-smtp-on"));
    layout->addWidget(m_smtpOn);
    auto* smtp = new QFormLayout;
    auto* server = new QHBoxLayout;
    m_smtpHost = new QLineEdit(page);
    m_smtpHost->setObjectName(QStringLiteral("notify-smtp-host"));
    m_smtpPort = new QSpinBox(page);
    m_smtpPort->setObjectName(QStringLiteral("notify-smtp-port"));
    m_smtpPort->setRange(1, 65535);
    m_smtpPort->setAccessibleName(tr("Port"));
    m_smtpTls = new QComboBox(page);
    m_smtpTls->setObjectName(QStringLiteral("notify-smtp-tls"));
    m_smtpTls->setAccessibleName(tr("Encryption"));
    m_smtpTls->addItem(tr("STARTTLS"), toId(SmtpSettings::Tls::StartTls));
    m_smtpTls->addItem(tr("TLS (implicit)"), toId(SmtpSettings::Tls::Implicit));
    m_smtpTls->addItem(tr("None"), toId(SmtpSettings::Tls::None));
    server->addWidget(m_smtpHost, 1);
    server->addWidget(new QLabel(tr("Port:"), page));
    server->addWidget(m_smtpPort);
    server->addWidget(m_smtpTls);
    smtp->addRow(tr("Server:"), server);
    m_smtpHost->setAccessibleName(tr("Server"));
    m_smtpPlaintext = new QCheckBox(tr("Allow no encryption to a server that is not on this machine"), page);
    m_smtpPlaintext->setObjectName(QStringLiteral("notify-smtp-plaintext"));
    smtp->addRow(QString(), m_smtpPlaintext);
    m_smtpFrom = addLine(smtp, tr("From:"), QStringLiteral("notify-smtp-from"));
    m_smtpTo = addLine(smtp, tr("To:"), QStringLiteral("notify-smtp-to"));
    m_smtpTo->setPlaceholderText(tr("oncall@example.net, dba@example.net"));
    m_smtpUser = addLine(smtp, tr("User:"), QStringLiteral("notify-smtp-user"));
    m_smtpUser->setPlaceholderText(tr("empty: no login"));
    m_smtpPassword = addLine(smtp, tr("Password:"), QStringLiteral("notify-smtp-password"));
    m_smtpPassword->setEchoMode(QLineEdit::Password);
    m_smtpKey = addLine(smtp, tr("Keychain entry:"), QStringLiteral("notify-smtp-key"));
    auto* ca = new QHBoxLayout;
    m_smtpCa = new QLineEdit(page);
    m_smtpCa->setObjectName(QStringLiteral("notify-smtp-ca"));
    m_smtpCa->setPlaceholderText(tr("the system's CAs"));
    m_smtpCa->setAccessibleName(tr("CA file"));
    auto* browse = new QPushButton(tr("&Browse..."), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("CA certificate"), m_smtpCa->text(), tr("PEM files (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_smtpCa->setText(file);
    });
    ca->addWidget(m_smtpCa, 1);
    ca->addWidget(browse);
    smtp->addRow(tr("CA file:"), ca);
    layout->addLayout(smtp);

    m_desktopOn = new QCheckBox(tr("&Desktop notifications (critical ones stay until dismissed)"), page);
    m_desktopOn->setObjectName(QStringLiteral("notify-desktop-on"));
    layout->addWidget(m_desktopOn);
    layout->addStretch(1);

    for (QCheckBox* box : {m_webhookOn, m_smtpOn})
        connect(box, &QCheckBox::toggled, this, &NotificationsDialog::updateEnabled);
    connect(m_smtpTls, &QComboBox::currentIndexChanged, this, [this] {
        const auto tls = smtpTlsFromId(m_smtpTls->currentData().toString());
        // The usual port of the mode, unless one was set by hand.
        if (m_smtpPort->value() == 587 || m_smtpPort->value() == 465 || m_smtpPort->value() == 25)
            m_smtpPort->setValue(tls == SmtpSettings::Tls::Implicit ? 465
                    : tls == SmtpSettings::Tls::None                ? 25
                                                                    : 587);
        updateEnabled();
    });
    return page;
}

QWidget* NotificationsDialog::policyPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    m_minSeverity = new QComboBox(page);
    m_minSeverity->setObjectName(QStringLiteral("notify-min-severity"));
    m_minSeverity->addItem(tr("Warning"), toId(Severity::Warning));
    m_minSeverity->addItem(tr("Critical"), toId(Severity::Critical));
    form->addRow(tr("Notify from severity:"), m_minSeverity);
    m_groupWait = secondsBox(page, 0);
    m_groupWait->setObjectName(QStringLiteral("notify-group-wait"));
    form->addRow(tr("Group the first alarms for:"), m_groupWait);
    m_clearHold = secondsBox(page, 0);
    m_clearHold->setObjectName(QStringLiteral("notify-clear-hold"));
    form->addRow(tr("Resolved after no alarm for:"), m_clearHold);
    m_repeat = secondsBox(page, 0);
    m_repeat->setObjectName(QStringLiteral("notify-repeat"));
    m_repeat->setSpecialValueText(tr("never"));
    form->addRow(tr("Repeat an open incident every:"), m_repeat);
    layout->addLayout(form);
    auto* about
        = new QLabel(tr("Per alarm: muted ones are never sent (they stay on the dashboard); the others "
                        "can have their own threshold, severity and repeat interval. An incident still "
                        "groups every alarm of a cluster."),
            page);
    about->setWordWrap(true);
    layout->addWidget(about);

    const QList<AlarmKind> kinds = allAlarmKinds();
    m_rules = new QTableWidget(int(kinds.size()), ColumnCount, page);
    m_rules->setObjectName(QStringLiteral("notify-rules"));
    m_rules->setAccessibleName(tr("Rules per alarm"));
    m_rules->setHorizontalHeaderLabels(
        {tr("Alarm"), tr("Muted"), tr("Notify from"), tr("Notify as"), tr("Repeat every")});
    m_rules->verticalHeader()->hide();
    m_rules->setSelectionMode(QAbstractItemView::NoSelection);
    m_rules->setTabKeyNavigation(false);
    for (int row = 0; row < kinds.size(); ++row) {
        const AlarmKind kind = kinds.at(row);
        auto* item = new QTableWidgetItem(alarmKindName(kind));
        item->setData(Qt::UserRole, toId(kind));
        item->setToolTip(toId(kind));
        item->setFlags(Qt::ItemIsEnabled);
        m_rules->setItem(row, KindColumn, item);
        auto* muted = new QCheckBox(m_rules);
        muted->setAccessibleName(tr("%1 muted").arg(alarmKindName(kind)));
        m_rules->setCellWidget(row, MutedColumn, muted);
        auto* threshold = severityCombo(m_rules, tr("Default"));
        threshold->setAccessibleName(tr("%1 notified from").arg(alarmKindName(kind)));
        m_rules->setCellWidget(row, ThresholdColumn, threshold);
        auto* severity = severityCombo(m_rules, tr("As raised"));
        severity->setAccessibleName(tr("%1 notified as").arg(alarmKindName(kind)));
        m_rules->setCellWidget(row, SeverityColumn, severity);
        auto* repeat = secondsBox(m_rules, -1);
        repeat->setSpecialValueText(tr("Default"));
        repeat->setAccessibleName(tr("%1 repeated every").arg(alarmKindName(kind)));
        m_rules->setCellWidget(row, RepeatColumn, repeat);
        connect(muted, &QCheckBox::toggled, this, [threshold, severity, repeat](bool on) {
            for (QWidget* w : std::initializer_list<QWidget*> {threshold, severity, repeat})
                w->setEnabled(!on);
        });
    }
    m_rules->resizeColumnsToContents();
    m_rules->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::Stretch);
    layout->addWidget(m_rules, 1);
    return page;
}

void NotificationsDialog::updateEnabled()
{
    for (QWidget* w : std::initializer_list<QWidget*> {m_webhookUrl, m_webhookKey})
        w->setEnabled(m_webhookOn->isChecked());
    for (QWidget* w : std::initializer_list<QWidget*> {m_smtpHost, m_smtpPort, m_smtpTls, m_smtpFrom,
             m_smtpTo, m_smtpUser, m_smtpPassword, m_smtpKey, m_smtpCa})
        w->setEnabled(m_smtpOn->isChecked());
    m_smtpPlaintext->setEnabled(
        m_smtpOn->isChecked() && m_smtpTls->currentData().toString() == toId(SmtpSettings::Tls::None));
}

void NotificationsDialog::markStored(QLineEdit* edit, const QString& key)
{
    edit->setPlaceholderText(QString());
    if (!m_secrets || key.isEmpty())
        return;
    const QPointer<QLineEdit> target(edit);
    m_secrets->read(key, [target](const SecretStore::Result& r) {
        if (target && r.status == SecretStore::Status::Ok && !r.value.isEmpty())
            target->setPlaceholderText(tr("stored in the keychain; type to replace"));
    });
}

void NotificationsDialog::setConfig(const NotifyConfig& c)
{
    m_webhookOn->setChecked(c.webhook.has_value());
    m_webhookUrl->setText(c.webhook ? c.webhook->url : QString());
    m_webhookKey->setText(c.webhook && !c.webhook->urlSecret.isEmpty() ? c.webhook->urlSecret : kWebhookKey);
    markStored(m_webhookUrl, c.webhook ? c.webhook->urlSecret : QString());

    const NotifyConfig::Smtp smtp = c.smtp.value_or(NotifyConfig::Smtp {});
    m_smtpOn->setChecked(c.smtp.has_value());
    m_smtpHost->setText(smtp.settings.host);
    selectData(m_smtpTls, toId(smtp.settings.tls));
    m_smtpPort->setValue(smtp.settings.port);
    m_smtpPlaintext->setChecked(smtp.settings.allowPlaintext);
    m_smtpFrom->setText(smtp.settings.from);
    m_smtpTo->setText(smtp.settings.to.join(QStringLiteral(", ")));
    m_smtpUser->setText(smtp.settings.user);
    m_smtpPassword->clear();
    m_smtpKey->setText(smtp.passwordSecret.isEmpty() ? kSmtpKey : smtp.passwordSecret);
    markStored(m_smtpPassword, smtp.passwordSecret);
    m_smtpCa->setText(smtp.settings.caFile);
    m_desktopOn->setChecked(c.desktop);

    selectData(m_minSeverity, toId(c.policy.minSeverity));
    m_groupWait->setValue(c.policy.groupWaitSeconds);
    m_clearHold->setValue(c.policy.clearHoldSeconds);
    m_repeat->setValue(c.policy.repeatSeconds);
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        const AlarmRule rule
            = c.policy.rule(*alarmKindFromId(m_rules->item(row, KindColumn)->data(Qt::UserRole).toString()));
        qobject_cast<QCheckBox*>(m_rules->cellWidget(row, MutedColumn))->setChecked(rule.muted);
        selectData(qobject_cast<QComboBox*>(m_rules->cellWidget(row, ThresholdColumn)),
            rule.minSeverity ? toId(*rule.minSeverity) : QString());
        selectData(qobject_cast<QComboBox*>(m_rules->cellWidget(row, SeverityColumn)),
            rule.severity ? toId(*rule.severity) : QString());
        qobject_cast<QSpinBox*>(m_rules->cellWidget(row, RepeatColumn))
            ->setValue(rule.repeatSeconds.value_or(-1));
    }
    updateEnabled();
}

NotifyConfig NotificationsDialog::config() const
{
    NotifyConfig c;
    if (m_webhookOn->isChecked()) {
        // A URL typed here goes to the keychain entry; the file only names it.
        c.webhook = NotifyConfig::Webhook {{}, m_webhookKey->text().trimmed()};
    }
    if (m_smtpOn->isChecked()) {
        NotifyConfig::Smtp smtp;
        SmtpSettings& s = smtp.settings;
        s.host = m_smtpHost->text().trimmed();
        s.port = quint16(m_smtpPort->value());
        s.tls = smtpTlsFromId(m_smtpTls->currentData().toString()).value_or(SmtpSettings::Tls::StartTls);
        s.allowPlaintext = s.tls == SmtpSettings::Tls::None && m_smtpPlaintext->isChecked();
        s.from = m_smtpFrom->text().trimmed();
        for (const QString& to :
            m_smtpTo->text().split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts))
            s.to << to.trimmed();
        s.user = m_smtpUser->text().trimmed();
        s.caFile = m_smtpCa->text().trimmed();
        if (!s.user.isEmpty())
            smtp.passwordSecret = m_smtpKey->text().trimmed();
        c.smtp = smtp;
    }
    c.desktop = m_desktopOn->isChecked();
    c.policy.minSeverity
        = severityFromId(m_minSeverity->currentData().toString()).value_or(Severity::Warning);
    c.policy.groupWaitSeconds = m_groupWait->value();
    c.policy.clearHoldSeconds = m_clearHold->value();
    c.policy.repeatSeconds = m_repeat->value();
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        AlarmRule rule;
        rule.muted = qobject_cast<QCheckBox*>(m_rules->cellWidget(row, MutedColumn))->isChecked();
        rule.minSeverity = severityFromId(
            qobject_cast<QComboBox*>(m_rules->cellWidget(row, ThresholdColumn))->currentData().toString());
        rule.severity = severityFromId(
            qobject_cast<QComboBox*>(m_rules->cellWidget(row, SeverityColumn))->currentData().toString());
        if (const int repeat = qobject_cast<QSpinBox*>(m_rules->cellWidget(row, RepeatColumn))->value();
            repeat >= 0)
            rule.repeatSeconds = repeat;
        if (!rule.isDefault())
            c.policy.rules[*alarmKindFromId(m_rules->item(row, KindColumn)->data(Qt::UserRole).toString())]
                = rule;
    }
    return c;
}

QHash<QString, QByteArray> NotificationsDialog::typedSecrets() const
{
    QHash<QString, QByteArray> typed;
    if (m_webhookOn->isChecked() && !m_webhookUrl->text().trimmed().isEmpty())
        typed.insert(m_webhookKey->text().trimmed(), m_webhookUrl->text().trimmed().toUtf8());
    if (m_smtpOn->isChecked() && !m_smtpUser->text().trimmed().isEmpty() && !m_smtpPassword->text().isEmpty())
        typed.insert(m_smtpKey->text().trimmed(), m_smtpPassword->text().toUtf8());
    return typed;
}

QStringList NotificationsDialog::problems() const
{
    QStringList out;
    for (const NotifyConfigIssue& i : validate(config()))
        out << i.text();
    const QString url = m_webhookUrl->text().trimmed();
    if (m_webhookOn->isChecked() && !url.isEmpty()) {
        if (const QString p = WebhookSender::urlProblem(QUrl(url, QUrl::StrictMode)); !p.isEmpty())
            out << tr("The webhook URL: %1").arg(p);
    }
    return out;
}

void NotificationsDialog::showProblems(const QStringList& problems)
{
    m_problems->setVisible(!problems.isEmpty());
    m_problems->setText(problems.isEmpty()
            ? QString()
            : QStringLiteral("\u2022 ") + problems.join(QStringLiteral("\n\u2022 ")));
}

void NotificationsDialog::sendTest()
{
    const QStringList problems = this->problems();
    showProblems(problems);
    if (!problems.isEmpty())
        return;
    const NotifyConfig c = config();
    if (!c.hasChannel()) {
        m_results->setText(tr("No channel is on: nothing to test."));
        m_results->show();
        return;
    }
    if (m_test)
        m_test->deleteLater();
    auto* dispatcher = new NotifyDispatcher(this);
    m_test = dispatcher;
    auto* store = new OverlaySecretStore(m_secrets, typedSecrets(), dispatcher);
    m_testButton->setEnabled(false);
    m_results->setText(tr("Sending a test notification to every channel\u2026"));
    m_results->show();
    // One line per channel, in the channels' order whatever order they answer in.
    auto lines = std::make_shared<std::map<int, QString>>();
    auto setupOk = std::make_shared<bool>(true);
    const auto show = [this, lines] {
        QStringList text;
        for (const auto& [rank, line] : *lines)
            text << line;
        m_results->setText(text.join(QStringLiteral("<br>")));
    };
    const auto line = [](bool ok, const QString& channel, const QString& text) {
        return QStringLiteral("<span style=\"color:%1\"><b>%2 %3</b></span>: %4")
            .arg(ok ? QStringLiteral("#1a7f37") : QStringLiteral("#c62828"),
                ok ? QStringLiteral("\u2714") : QStringLiteral("\u2718"), channel.toHtmlEscaped(),
                text.toHtmlEscaped());
    };
    connect(dispatcher, &NotifyDispatcher::testResult, this,
        [lines, show, line](const QString& channel, bool ok, const QString& detail) {
            (*lines)[channelRank(channel)] = line(
                ok, channel, ok ? tr("delivered: %1").arg(detail) : tr("NOT delivered: %1").arg(detail));
            show();
        });
    connect(dispatcher, &NotifyDispatcher::testFinished, this, [this, dispatcher, setupOk](bool ok) {
        if (dispatcher != m_test)
            return;
        m_testButton->setEnabled(true);
        Q_EMIT testFinished(ok && *setupOk);
    });
    dispatcher->configure(
        c, store, [this, dispatcher, lines, show, line, setupOk](const QList<ChannelProblem>& setup) {
            if (dispatcher != m_test)
                return;
            for (const ChannelProblem& p : setup) {
                if (p.channel == QLatin1String("desktop"))
                    continue; // its test result says the same
                (*lines)[channelRank(p.channel)] = line(false, p.channel, p.text);
                *setupOk = false;
            }
            // The test shows the first attempt: a retry a minute later would not be seen here.
            dispatcher->limitAttempts(1);
            show();
            if (dispatcher->sendTest(m_testCluster) == 0) {
                m_testButton->setEnabled(true);
                Q_EMIT testFinished(false);
            }
        });
}

void NotificationsDialog::save()
{
    const QStringList problems = this->problems();
    showProblems(problems);
    if (!problems.isEmpty())
        return;
    const NotifyConfig c = config();
    const QHash<QString, QByteArray> typed = typedSecrets();
    if (!typed.isEmpty() && !m_secrets) {
        showProblems({tr("There is no keychain to keep the URL or password in.")});
        return;
    }
    m_saveButton->setEnabled(false);
    auto remaining = std::make_shared<int>(int(typed.size()) + 1);
    auto errors = std::make_shared<QStringList>();
    const QPointer<NotificationsDialog> self(this);
    const auto finish = [self, remaining, errors, c] {
        if (--*remaining > 0 || !self)
            return;
        self->m_saveButton->setEnabled(true);
        if (!errors->isEmpty())
            return self->showProblems(*errors);
        QString error;
        if (!saveNotifyConfig(self->m_path, c, &error))
            return self->showProblems({tr("Cannot write %1: %2").arg(self->m_path, error)});
        Q_EMIT self->saved(c);
        self->accept();
    };
    for (auto it = typed.begin(); it != typed.end(); ++it) {
        const QString key = it.key();
        m_secrets->write(key, it.value(), [errors, finish, key](const SecretStore::Result& r) {
            if (r.status != SecretStore::Status::Ok)
                *errors << tr("The keychain entry %1 could not be written: %2").arg(key, r.error);
            finish();
        });
    }
    finish();
}

} // namespace pgpilot
