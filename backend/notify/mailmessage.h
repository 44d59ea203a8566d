// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace pgpilot {

// Plain-text e-mail as it goes over SMTP (RFC 5322 with MIME, UTF-8): what SmtpSender sends.
namespace mail {

// Why address cannot be an envelope or header address (empty: it can). Only a bare addr-spec,
// local@domain, in ASCII: no display name, no angle brackets, no spaces, no CR/LF or other
// control character, so nothing it holds can become a header or an SMTP command.
QString addressProblem(const QString& address);
// Why host cannot be an SMTP server name (empty: it can): a DNS name or an IP address.
QString hostProblem(const QString& host);

// Quoted-printable (RFC 2045 6.7) of UTF-8 text: CRLF line ends, soft breaks at 76 columns.
QByteArray quotedPrintable(const QString& text);
// A header value in ASCII, or in RFC 2047 encoded words (UTF-8, base64) when it needs more; line
// breaks in text become spaces, so a value never starts another header. Folded under 78 columns.
QByteArray encodeHeader(const QString& text, int nameLength);
// Lines starting with "." get another (RFC 5321 4.5.2), bare LF becomes CRLF; ends with CRLF.
QByteArray dotStuffed(const QByteArray& data);
// "Fri, 05 Dec 2026 03:00:11 +0000" (RFC 5322 3.3).
QByteArray rfc5322Date(const QDateTime& time);

struct Message
{
    QString from;
    QStringList to;
    QString subject;
    QString body;
    // Extra headers (name: value); names are checked, values encoded like the subject.
    QList<std::pair<QByteArray, QString>> headers;
};

// The whole message (headers and quoted-printable body, CRLF line ends, not dot-stuffed). The
// Message-ID is made from messageIdLeft and the sender's domain.
QByteArray render(const Message& message, const QDateTime& date, const QByteArray& messageIdLeft);

} // namespace mail
} // namespace pgpilot
