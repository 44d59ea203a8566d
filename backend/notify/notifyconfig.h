// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incident.h"
#include "smtpsender.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace pgpilot {

// Where notifications go and when (docs/notifications.md, "The configuration file"): the
// policy, per-alarm rules and the channels. Secrets are never in it: the webhook's URL may be
// (when it holds no token), or the name of the SecretStore entry holding it; the SMTP password
// only ever by the name of its entry.
struct NotifyConfig
{
    struct Webhook
    {
        QString url; // one of url and urlSecret
        QString urlSecret;
        bool operator==(const Webhook&) const = default;
    };
    struct Smtp
    {
        SmtpSettings settings; // without the password
        QString passwordSecret; // the SecretStore entry with the password (when settings.user is set)
        bool operator==(const Smtp& o) const
        {
            const SmtpSettings& a = settings;
            const SmtpSettings& b = o.settings;
            return passwordSecret == o.passwordSecret && a.host == b.host && a.port == b.port
                && a.tls == b.tls && a.allowPlaintext == b.allowPlaintext && a.from == b.from && a.to == b.to
                && a.user == b.user && a.caFile == b.caFile;
        }
    };

    NotifyPolicy policy;
    std::optional<Webhook> webhook;
    std::optional<Smtp> smtp;
    bool desktop = false;

    bool hasChannel() const { return webhook || smtp || desktop; }
    bool operator==(const NotifyConfig&) const = default;
};

struct NotifyConfigIssue
{
    QString field; // "channels.smtp.port", "alarms.lag-high.repeat"; empty for the whole file
    QString message;
    int line = 0; // in the file, when known (1-based)
    QString text() const; // "line 12, channels.smtp.port: ..."
};

struct NotifyConfigLoad
{
    std::optional<NotifyConfig> config; // only when there is no issue
    QList<NotifyConfigIssue> issues;
};

// Reads the JSON strictly: unknown fields, wrong types and out-of-range values are issues, each
// naming the field and, where it can be found, its line.
NotifyConfigLoad parseNotifyConfig(const QByteArray& json);
NotifyConfigLoad loadNotifyConfig(const QString& path);
// What is wrong with config (empty: nothing); the same checks as parsing, for a config built in code.
QList<NotifyConfigIssue> validate(const NotifyConfig& config);
QByteArray notifyConfigToJson(const NotifyConfig& config);
// Written atomically, readable by its owner only.
bool saveNotifyConfig(const QString& path, const NotifyConfig& config, QString* error);
// ~/.config/pgpilot/notifications.json (the application's configuration folder).
QString defaultNotifyConfigPath();
// Why key cannot name a SecretStore entry (empty: it can).
QString secretKeyProblem(const QString& key);

} // namespace pgpilot
