// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpsender.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QSysInfo>
#include <QTimer>

namespace pgpilot {

QString toId(SmtpSettings::Tls tls)
{
    switch (tls) {
    case SmtpSettings::Tls::StartTls:
        return QStringLiteral("starttls");
    case SmtpSettings::Tls::Implicit:
        return QStringLiteral("tls");
    case SmtpSettings::Tls::None:
        return QStringLiteral("none");
    }
    return {};
}

std::optional<SmtpSettings::Tls> smtpTlsFromId(const QString& id)
{
    for (const auto tls :
        {SmtpSettings::Tls::StartTls, SmtpSettings::Tls::Implicit, SmtpSettings::Tls::None}) {
        if (toId(tls) == id)
            return tls;
    }
    return std::nullopt;
}

SmtpSender::SmtpSender(SmtpSettings settings, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_retry(new QTimer(this))
    , m_timeout(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &SmtpSender::startAttempt);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        const QString after
            = m_lastCommand.isEmpty() ? tr("the connection") : QString::fromLatin1(m_lastCommand);
        finish(false,
            tr("%1: no answer within %2 s (after %3)").arg(target()).arg(m_timeoutMs / 1000.0).arg(after),
            true);
    });
}

SmtpSender::~SmtpSender()
{
    m_settings.password.fill('\0');
    if (m_socket)
        m_socket->abort();
}

bool SmtpSender::isLoopback(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString SmtpSender::settingsProblem(const SmtpSettings& s)
{
    if (const QString p = mail::hostProblem(s.host); !p.isEmpty())
        return tr("the server: %1").arg(p);
    if (s.port == 0)
        return tr("the port: 0 is not a port");
    if (const QString p = mail::addressProblem(s.from); !p.isEmpty())
        return tr("the sender (from): %1").arg(p);
    if (s.to.isEmpty())
        return tr("no recipient (to)");
    for (const QString& to : s.to) {
        if (const QString p = mail::addressProblem(to); !p.isEmpty())
            return tr("a recipient (to): %1").arg(p);
    }
    if (s.tls == SmtpSettings::Tls::None && !isLoopback(s.host) && !s.allowPlaintext)
        return tr("without TLS the password and the messages would cross the network readable: tls none is "
                  "only for a server on this machine (127.0.0.1, localhost); use starttls or tls, or set "
                  "allow_plaintext if you really mean it");
    for (const QChar c : s.user) {
        if (c.category() == QChar::Other_Control)
            return tr("the user holds a control character");
    }
    if (!s.user.isEmpty() && s.password.isEmpty())
        return tr("a user (%1) but no password: store it in the keychain entry named by password_secret")
            .arg(s.user);
    if (!s.caFile.isEmpty() && !QFileInfo(s.caFile).isReadable())
        return tr("the CA file %1 cannot be read").arg(s.caFile);
    return {};
}

QString SmtpSender::target() const
{
    const bool v6 = m_settings.host.contains(QLatin1Char(':'));
    return (v6 ? QStringLiteral("[%1]:%2") : QStringLiteral("%1:%2"))
        .arg(m_settings.host)
        .arg(m_settings.port);
}

quint64 SmtpSender::send(
    const QString& subject, const QString& body, const QList<std::pair<QByteArray, QString>>& headers)
{
    Item item;
    item.id = ++m_lastId;
    item.queuedAtMs = QDateTime::currentMSecsSinceEpoch();
    const mail::Message message {m_settings.from, m_settings.to, subject, body, headers};
    const QByteArray left = QByteArray::number(item.queuedAtMs) + '.'
        + QByteArray::number(QRandomGenerator::global()->generate64(), 36) + ".pgpilot";
    if (settingsProblem(m_settings).isEmpty())
        item.data = mail::render(message, QDateTime::currentDateTimeUtc(), left);
    m_queue << item;
    if (!m_current.id && !m_retry->isActive())
        QTimer::singleShot(0, this, &SmtpSender::next);
    return item.id;
}

void SmtpSender::next()
{
    if (m_current.id || m_retry->isActive() || m_queue.isEmpty())
        return;
    m_current = m_queue.takeFirst();
    startAttempt();
}

void SmtpSender::startAttempt()
{
    ++m_current.attempts;
    if (const QString problem = settingsProblem(m_settings); !problem.isEmpty())
        return finish(false, tr("%1: %2").arg(target(), problem), false);
    m_buffer.clear();
    m_replyLines.clear();
    m_extensions.clear();
    m_lastCommand.clear();
    m_sslErrors.clear();
    m_accepted.clear();
    m_refused.clear();
    m_recipient = 0;

    auto* socket = new QSslSocket(this);
    m_socket = socket;
    socket->setProxy(QNetworkProxy::NoProxy);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_settings.caFile.isEmpty()) {
        const QList<QSslCertificate> ca = QSslCertificate::fromPath(m_settings.caFile, QSsl::Pem);
        if (ca.isEmpty())
            return finish(false,
                tr("%1: no PEM certificate in the CA file %2").arg(target(), m_settings.caFile), false);
        tls.addCaCertificates(ca);
    }
    socket->setSslConfiguration(tls);
    connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
        QStringList texts;
        for (const QSslError& e : errors)
            texts << e.errorString();
        m_sslErrors = texts.join(QStringLiteral("; "));
    });
    connect(socket, &QSslSocket::readyRead, this, &SmtpSender::onReadyRead);
    connect(socket, &QSslSocket::encrypted, this, [this] {
        if (m_step == Step::Handshake)
            command({}, Step::EhloAgain); // EHLO again: what the server offers may change (RFC 3207 4.2)
    });
    connect(
        socket, &QAbstractSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
            if (socket != m_socket || m_step == Step::Idle)
                return;
            if (!m_sslErrors.isEmpty() || error == QAbstractSocket::SslHandshakeFailedError)
                return finish(false,
                    tr("%1: the server's certificate is not trusted (%2); give the CA that signed it as "
                       "ca_file")
                        .arg(target(), m_sslErrors.isEmpty() ? socket->errorString() : m_sslErrors),
                    false);
            finish(false, tr("%1: %2").arg(target(), socket->errorString()), true);
        });
    m_step = Step::Greeting;
    m_timeout->start(m_timeoutMs);
    if (m_settings.tls == SmtpSettings::Tls::Implicit)
        socket->connectToHostEncrypted(m_settings.host, m_settings.port);
    else
        socket->connectToHost(m_settings.host, m_settings.port);
}

void SmtpSender::onReadyRead()
{
    if (!m_socket)
        return;
    m_buffer += m_socket->readAll();
    for (;;) {
        const qsizetype end = m_buffer.indexOf('\n');
        if (end < 0) {
            if (m_buffer.size() > 64 * 1024)
                finish(false, tr("%1: a reply line longer than 64 KiB").arg(target()), false);
            return;
        }
        QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        bool ok = false;
        const int code = line.left(3).toInt(&ok);
        if (!ok || line.size() < 3 || (line.size() > 3 && line.at(3) != '-' && line.at(3) != ' '))
            return finish(false,
                tr("%1: not an SMTP reply: %2").arg(target(), QString::fromLatin1(line.left(200))), false);
        m_replyLines << QString::fromUtf8(line);
        if (line.size() > 3 && line.at(3) == '-')
            continue;
        const QStringList lines = m_replyLines;
        m_replyLines.clear();
        m_timeout->stop();
        onReply(code, lines);
        if (!m_socket || m_step == Step::Idle)
            return;
    }
}

void SmtpSender::command(const QByteArray& line, Step step, bool secret)
{
    QByteArray text = line;
    if (step == Step::Ehlo || step == Step::EhloAgain) {
        const QString name = QSysInfo::machineHostName();
        text = "EHLO "
            + (mail::hostProblem(name).isEmpty() && !name.isEmpty() ? name.toLatin1()
                                                                    : QByteArray("localhost"));
    }
    // The timeout's message names the command; credentials never.
    m_lastCommand = secret ? QByteArray("AUTH (the credentials)") : text;
    m_step = step;
    m_timeout->start(m_timeoutMs);
    m_socket->write(text + "\r\n");
}

void SmtpSender::onReply(int code, const QStringList& lines)
{
    const QString reply = lines.isEmpty() ? QString() : lines.last();
    const auto refuse = [&](const QString& what) {
        finish(false, tr("%1: %2: %3").arg(target(), what, lines.join(QStringLiteral(" / "))),
            code >= 400 && code < 500);
    };
    switch (m_step) {
    case Step::Idle:
    case Step::Handshake:
        return;
    case Step::Greeting:
        if (code != 220)
            return refuse(tr("the server does not take mail now"));
        return command({}, Step::Ehlo);
    case Step::Ehlo:
    case Step::EhloAgain:
        if (code != 250)
            return refuse(tr("EHLO refused"));
        m_extensions.clear();
        for (qsizetype i = 1; i < lines.size(); ++i)
            m_extensions << lines.at(i).mid(4).trimmed().toUpper();
        return afterEhlo();
    case Step::StartTls:
        if (code != 220)
            return refuse(tr("STARTTLS refused"));
        m_step = Step::Handshake;
        m_timeout->start(m_timeoutMs);
        m_buffer.clear(); // nothing sent before TLS may be read after it (RFC 3207 4.2)
        m_socket->startClientEncryption();
        return;
    case Step::AuthPlain:
    case Step::AuthLoginPassword:
        if (code != 235)
            return refuse(tr("the login as %1 was refused").arg(m_settings.user));
        return startMail();
    case Step::AuthLogin:
        if (code != 334)
            return refuse(tr("AUTH LOGIN refused"));
        return command(m_settings.user.toUtf8().toBase64(), Step::AuthLoginUser, true);
    case Step::AuthLoginUser:
        if (code != 334)
            return refuse(tr("the login as %1 was refused").arg(m_settings.user));
        return command(m_settings.password.toBase64(), Step::AuthLoginPassword, true);
    case Step::MailFrom:
        if (code != 250)
            return refuse(tr("the sender %1 was refused").arg(m_settings.from));
        return nextRecipient();
    case Step::RcptTo: {
        const QString to = m_settings.to.at(m_recipient - 1);
        if (code == 250 || code == 251)
            m_accepted << to;
        else if (code >= 400 && code < 500)
            return refuse(tr("the recipient %1 was refused for now").arg(to));
        else
            m_refused << QStringLiteral("%1 (%2)").arg(to, reply);
        return nextRecipient();
    }
    case Step::Data:
        if (code != 354)
            return refuse(tr("DATA refused"));
        m_step = Step::Body;
        m_lastCommand = "DATA (the message)";
        m_timeout->start(m_timeoutMs);
        m_socket->write(mail::dotStuffed(m_current.data) + ".\r\n");
        return;
    case Step::Body:
        if (code != 250)
            return refuse(tr("the message was refused"));
        if (!m_refused.isEmpty())
            return finish(false,
                tr("%1: delivered to %2 only; refused: %3")
                    .arg(target(), m_accepted.join(QStringLiteral(", ")),
                        m_refused.join(QStringLiteral("; "))),
                false);
        return finish(true, reply, false);
    }
}

void SmtpSender::afterEhlo()
{
    const bool encrypted = m_socket->isEncrypted();
    if (m_settings.tls == SmtpSettings::Tls::StartTls && !encrypted) {
        if (m_extensions.contains(QStringLiteral("STARTTLS")))
            return command("STARTTLS", Step::StartTls);
        if (!isLoopback(m_settings.host))
            return finish(false,
                tr("%1: the server does not offer STARTTLS, and without it the messages (and the password) "
                   "would cross the network readable; use tls (port 465) if it speaks TLS from the start")
                    .arg(target()),
                false);
    }
    if (m_settings.user.isEmpty())
        return startMail();
    QStringList mechanisms;
    for (const QString& e : std::as_const(m_extensions)) {
        if (e.startsWith(QLatin1String("AUTH ")) || e.startsWith(QLatin1String("AUTH=")))
            mechanisms << e.mid(5).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    if (mechanisms.contains(QStringLiteral("PLAIN"))) {
        const QByteArray token = QByteArray(1, '\0') + m_settings.user.toUtf8() + '\0' + m_settings.password;
        return command("AUTH PLAIN " + token.toBase64(), Step::AuthPlain, true);
    }
    if (mechanisms.contains(QStringLiteral("LOGIN")))
        return command("AUTH LOGIN", Step::AuthLogin);
    finish(false,
        mechanisms.isEmpty()
            ? tr("%1: the server offers no login (AUTH) on this connection; leave the user empty if it takes "
                 "mail without one")
                  .arg(target())
            : tr("%1: the server offers no login pgpilot speaks (PLAIN, LOGIN); it offers %2")
                  .arg(target(), mechanisms.join(QLatin1Char(' '))),
        false);
}

void SmtpSender::startMail()
{
    command("MAIL FROM:<" + m_settings.from.toLatin1() + ">", Step::MailFrom);
}

void SmtpSender::nextRecipient()
{
    if (m_recipient < m_settings.to.size()) {
        const QString to = m_settings.to.at(m_recipient++);
        return command("RCPT TO:<" + to.toLatin1() + ">", Step::RcptTo);
    }
    if (m_accepted.isEmpty())
        return finish(false,
            tr("%1: every recipient was refused: %2").arg(target(), m_refused.join(QStringLiteral("; "))),
            false);
    command("DATA", Step::Data);
}

void SmtpSender::closeSocket(bool quit)
{
    QSslSocket* socket = m_socket;
    m_socket = nullptr;
    if (!socket)
        return;
    socket->disconnect(this);
    if (quit && socket->state() == QAbstractSocket::ConnectedState) {
        socket->write("QUIT\r\n");
        socket->disconnectFromHost();
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(2000, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        return;
    }
    socket->abort();
    socket->deleteLater();
}

void SmtpSender::finish(bool ok, const QString& text, bool transient)
{
    if (m_step == Step::Idle && !m_current.id)
        return;
    m_timeout->stop();
    closeSocket(ok || !transient);
    m_step = Step::Idle;
    const Item item = m_current;
    const qint64 ms = QDateTime::currentMSecsSinceEpoch() - item.queuedAtMs;
    if (ok) {
        m_current = {};
        Q_EMIT delivered(item.id, text, item.attempts, ms);
        return next();
    }
    if (!transient || item.attempts >= m_maxAttempts) {
        m_current = {};
        Q_EMIT failed(item.id, text, item.attempts);
        return next();
    }
    m_retry->start(1000 << qMin(item.attempts - 1, 5));
}

} // namespace pgpilot
