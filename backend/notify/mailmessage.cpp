// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailmessage.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLocale>
#include <QRegularExpression>

namespace pgpilot::mail {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("pgpilot::Mail", text);
}

bool isDnsName(const QString& name)
{
    static const QRegularExpression label(QStringLiteral(
        "^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    return name.size() <= 253 && label.match(name).hasMatch();
}

} // namespace

QString addressProblem(const QString& address)
{
    if (address.isEmpty())
        return tr("an empty address");
    for (const QChar c : address) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return tr("%1 holds a space, a line break or a character outside ASCII")
                .arg(address.simplified());
    }
    if (address.size() > 254)
        return tr("%1 is longer than 254 characters").arg(address.left(40) + QStringLiteral("\u2026"));
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1)
        return tr("%1 is not local@domain").arg(address);
    static const QRegularExpression local(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$"));
    if (address.left(at).size() > 64 || !local.match(address.left(at)).hasMatch())
        return tr(
            "%1: the part before @ may hold letters, digits, dots (not two in a row) and !#$%&'*+/=?^_`{|}~-")
            .arg(address);
    if (!isDnsName(address.mid(at + 1)))
        return tr("%1: %2 is not a domain name").arg(address, address.mid(at + 1));
    return {};
}

QString hostProblem(const QString& host)
{
    if (host.isEmpty())
        return tr("no server given");
    QHostAddress ip;
    if (ip.setAddress(host))
        return {};
    if (!isDnsName(host))
        return tr("%1 is neither a host name nor an IP address").arg(host.simplified());
    return {};
}

QByteArray quotedPrintable(const QString& text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QList<QByteArray> lines = normalized.toUtf8().split('\n');
    QByteArray out;
    static const char hex[] = "0123456789ABCDEF";
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        QByteArray current;
        for (qsizetype j = 0; j < line.size(); ++j) {
            const auto c = static_cast<unsigned char>(line.at(j));
            const bool last = j == line.size() - 1;
            QByteArray piece;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                piece = QByteArray(1, char(c));
            else
                piece = QByteArray("=") + hex[c >> 4] + hex[c & 15];
            // 76 columns at most, the soft break's "=" included.
            if (current.size() + piece.size() > (last ? 76 : 75)) {
                out += current + "=\r\n";
                current.clear();
            }
            current += piece;
        }
        out += current;
        if (i < lines.size() - 1)
            out += "\r\n";
    }
    return out;
}

QByteArray encodeHeader(const QString& text, int nameLength)
{
    QString value;
    for (const QChar c : text)
        value += (c.category() == QChar::Other_Control || c == QChar::LineSeparator
                     || c == QChar::ParagraphSeparator)
            ? QLatin1Char(' ')
            : c;
    value = value.simplified();
    bool ascii = true;
    for (const QChar c : value)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    // "=?" in plain text would read as an encoded word: encode those too.
    if (ascii && !value.contains(QStringLiteral("=?"))) {
        // Fold at spaces so that no line passes 78 columns where it can be helped.
        QByteArray out;
        int column = nameLength + 2;
        const QStringList words = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QByteArray word = words.at(i).toLatin1();
            if (i > 0) {
                if (column + 1 + word.size() > 78) {
                    out += "\r\n ";
                    column = 1;
                } else {
                    out += ' ';
                    ++column;
                }
            }
            out += word;
            column += int(word.size());
        }
        return out;
    }
    // Encoded words of whole UTF-8 characters, each at most 75 characters long.
    QByteArray out;
    QByteArray chunk;
    const auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        QString character(value.at(i));
        if (value.at(i).isHighSurrogate() && i + 1 < value.size())
            character += value.at(++i);
        const QByteArray bytes = character.toUtf8();
        // Lines of at most 76: "=?UTF-8?B?" and "?=" around base64 (4 characters per 3 bytes),
        // after "Name: " on the first line, after one space on the others.
        const int room = 76 - 12 - (out.isEmpty() ? nameLength + 2 : 1);
        if (chunk.size() + bytes.size() > room / 4 * 3)
            flush();
        chunk += bytes;
    }
    flush();
    return out;
}

QByteArray dotStuffed(const QByteArray& data)
{
    QByteArray normalized = data;
    normalized.replace("\r\n", "\n");
    normalized.replace('\r', '\n');
    QList<QByteArray> lines = normalized.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    QByteArray out;
    for (const QByteArray& line : std::as_const(lines)) {
        if (line.startsWith('.'))
            out += '.';
        out += line + "\r\n";
    }
    return out;
}

QByteArray rfc5322Date(const QDateTime& time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1()
        + " +0000";
}

QByteArray render(const Message& m, const QDateTime& date, const QByteArray& messageIdLeft)
{
    const QByteArray domain = m.from.mid(m.from.lastIndexOf(QLatin1Char('@')) + 1).toLatin1();
    QByteArray out;
    out += "Date: " + rfc5322Date(date) + "\r\n";
    out += "Message-ID: <" + messageIdLeft + "@" + domain + ">\r\n";
    out += "From: pgpilot <" + m.from.toLatin1() + ">\r\n";
    QByteArray to;
    for (const QString& r : m.to)
        to += (to.isEmpty() ? "" : ",\r\n ") + r.toLatin1();
    out += "To: " + to + "\r\n";
    out += "Subject: " + encodeHeader(m.subject, 7) + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: quoted-printable\r\n";
    // Not a reply to anyone: vacation responders stay quiet (RFC 3834).
    out += "Auto-Submitted: auto-generated\r\n";
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9-]{1,60}$"));
    for (const auto& [header, value] : m.headers) {
        if (!name.match(QString::fromLatin1(header)).hasMatch())
            continue; // a programming error, never user input: dropped rather than sent broken
        out += header + ": " + encodeHeader(value, int(header.size())) + "\r\n";
    }
    out += "\r\n";
    out += quotedPrintable(m.body);
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}

} // namespace pgpilot::mail
