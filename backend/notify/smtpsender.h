// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mailmessage.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QSslSocket;
class QTimer;

namespace pgpilot {

// Where and how e-mail goes (docs/notifications.md, "E-mail").
struct SmtpSettings
{
    enum class Tls
    {
        StartTls, // plain connection upgraded by STARTTLS (port 587); required unless the server is loopback
        Implicit, // TLS from the first byte (port 465)
        None // never encrypted: only to a loopback server, or with allowPlaintext
    };
    QString host;
    quint16 port = 587;
    Tls tls = Tls::StartTls;
    bool allowPlaintext = false; // Tls::None to a server that is not loopback (the admin's choice)
    QString from;
    QStringList to;
    QString user; // empty: no AUTH
    QByteArray password; // from the SecretStore; kept in memory only, never in a message
    QString caFile; // PEM: a private CA the server's certificate is verified against (with the system's)
};
QString toId(SmtpSettings::Tls tls); // "starttls", "tls", "none"
std::optional<SmtpSettings::Tls> smtpTlsFromId(const QString& id);

// Sends e-mail over SMTP (RFC 5321): EHLO, STARTTLS, AUTH PLAIN or LOGIN, MAIL FROM, RCPT TO for
// every recipient, DATA. One message at a time, in order, a connection each. A message that could
// not go (no connection, no answer within the timeout, a 4xx reply) is tried again after 1, 2, 4
// ... s, up to maxAttempts; a 5xx reply, a certificate that does not verify or a server without
// STARTTLS is final. A recipient refused while others were accepted: the others get the message
// and failed() names the refused ones. The server's certificate is always verified (its name
// against host); messages name host:port and the server's replies, never the password.
class SmtpSender : public QObject
{
    Q_OBJECT
public:
    explicit SmtpSender(SmtpSettings settings, QObject* parent = nullptr);
    ~SmtpSender() override;

    // Why settings cannot send (empty: they can): the host, every address, the TLS mode (none
    // only to loopback unless allowPlaintext), a user without password, the CA file.
    static QString settingsProblem(const SmtpSettings& settings);
    static bool isLoopback(const QString& host);

    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Queues message (its from and to are the settings'); the id names it in the signals. A
    // message whose settings have a problem fails at once (in the event loop, not in this call).
    quint64 send(const QString& subject, const QString& body,
        const QList<std::pair<QByteArray, QString>>& headers = {});
    int pending() const { return int(m_queue.size()) + (m_current.id ? 1 : 0); }
    QString target() const; // host:port, for messages

Q_SIGNALS:
    // reply: the server's answer to the message's end ("250 2.0.0 Ok: queued as ...").
    void delivered(quint64 id, const QString& reply, int attempts, qint64 ms);
    void failed(quint64 id, const QString& error, int attempts);

private:
    enum class Step
    {
        Idle,
        Greeting,
        Ehlo,
        StartTls,
        Handshake,
        EhloAgain,
        AuthPlain,
        AuthLogin,
        AuthLoginUser,
        AuthLoginPassword,
        MailFrom,
        RcptTo,
        Data,
        Body
    };
    struct Item
    {
        quint64 id = 0;
        QByteArray data; // rendered, not yet dot-stuffed
        qint64 queuedAtMs = 0;
        int attempts = 0;
    };
    void next();
    void startAttempt();
    void onReadyRead();
    void onReply(int code, const QStringList& lines);
    void command(const QByteArray& line, Step step, bool secret = false);
    void afterEhlo();
    void startMail();
    void nextRecipient();
    // Ends the attempt: delivered (ok), retried (transient) or failed.
    void finish(bool ok, const QString& text, bool transient);
    void closeSocket(bool quit);

    SmtpSettings m_settings;
    QTimer* m_retry;
    QTimer* m_timeout;
    QList<Item> m_queue;
    Item m_current;
    quint64 m_lastId = 0;
    QPointer<QSslSocket> m_socket;
    Step m_step = Step::Idle;
    QByteArray m_buffer;
    QStringList m_replyLines;
    QStringList m_extensions; // EHLO's answer, upper case
    QByteArray m_lastCommand; // for the timeout's message ("AUTH ..." never in full)
    int m_recipient = 0;
    QStringList m_accepted;
    QStringList m_refused;
    QString m_sslErrors;
    int m_maxAttempts = 5;
    int m_timeoutMs = 30000;
};

} // namespace pgpilot
