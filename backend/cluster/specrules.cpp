// SPDX-License-Identifier: GPL-3.0-or-later
// The individual rules of the worksheet's validation (specvalidator.h), shared with its inline
// checks.
#include "netaddr.h"
#include "specvalidator.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace pgpilot {

namespace rules {

namespace {

bool isInvisible(QChar c)
{
    const auto category = c.category();
    return category == QChar::Other_Control || category == QChar::Other_Format
        || category == QChar::Separator_Line || category == QChar::Separator_Paragraph;
}

QString codePoint(QChar c)
{
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

bool matches(const QString& text, const QString& pattern)
{
    return matchesPattern(text, pattern);
}

} // namespace

bool matchesPattern(const QString& text, const QString& pattern)
{
    // Validation runs on every keystroke: compile each pattern once per thread.
    thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(pattern));
    return matchesWhole(*it, text);
}

bool isHostName(const QString& text)
{
    if (text.size() > 253)
        return false;
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    const QStringList labels = text.split(QLatin1Char('.'));
    for (const QString& part : labels) {
        if (!matchesWhole(label, part))
            return false;
    }
    // A name made only of digits and dots would read as an address.
    static const QRegularExpression numeric(QStringLiteral("^[0-9.]+$"));
    return !matchesWhole(numeric, text);
}

bool isInterfaceName(const QString& text)
{
    // Linux allows up to 15 bytes except '/', ':' and white space; we also keep out shell metacharacters.
    return text != QLatin1String(".") && text != QLatin1String("..")
        && matches(text, QStringLiteral("^[A-Za-z0-9_.][A-Za-z0-9_.\\-]{0,14}$"));
}

bool isUnixUserName(const QString& text)
{
    return matches(text, QStringLiteral("^[a-z_][a-z0-9_\\-]{0,31}$"));
}

bool isSqlIdentifier(const QString& text)
{
    return matches(text, QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
}

bool isSafeAbsolutePath(const QString& text)
{
    return text.size() <= kMaxPathLength && matches(text, QStringLiteral("^/[A-Za-z0-9._/\\-]*$"))
        && !text.contains(QLatin1String("/../")) && !text.endsWith(QLatin1String("/.."));
}

bool isSecretRef(const QString& text)
{
    return matches(text, QStringLiteral("^pgpilot:[a-z0-9][a-z0-9-]{0,31}:[a-z0-9][a-z0-9.\\-]{0,63}$"));
}

bool isSha256Fingerprint(const QString& text)
{
    return matches(text, QStringLiteral("^SHA256:[A-Za-z0-9+/]{43}$"));
}

bool isSizeSetting(const QString& text)
{
    return matches(text, QStringLiteral("^[1-9][0-9]{0,6}(MB|GB|TB)$"));
}

QString describeBadCharacters(const QString& text)
{
    struct Bad
    {
        QChar ch;
        const char* what;
    };
    static const Bad bad[] = {
        {QLatin1Char('\n'), QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "It contains a line break.")},
        {QLatin1Char('\r'), QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "It contains a carriage return.")},
        {QLatin1Char('\t'), QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "It contains a tab.")},
        {QLatin1Char(' '), QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "It contains a space.")},
        {QLatin1Char('\''), QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "It contains a quote (').")},
        {QLatin1Char('"'), QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "It contains a quote (\").")},
        {QLatin1Char('`'), QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "It contains a backtick (`).")},
        {QLatin1Char('$'), QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "It contains '$'.")},
        {QLatin1Char(';'), QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "It contains ';'.")},
        {QLatin1Char('&'), QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "It contains '&'.")},
        {QLatin1Char('|'), QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "It contains '|'.")},
        {QLatin1Char('<'), QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "It contains '<'.")},
        {QLatin1Char('>'), QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "It contains '>'.")},
        {QLatin1Char('\\'), QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "It contains a backslash.")},
        {QLatin1Char('*'), QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "It contains '*'.")},
    };
    for (const Bad& b : bad) {
        if (text.contains(b.ch))
            return QCoreApplication::translate("pgpilot::SpecValidator", b.what);
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isInvisible(c))
            return QCoreApplication::translate("pgpilot::SpecValidator",
                "It contains the invisible character %1 at position %2: delete it and type the value again.")
                .arg(codePoint(c))
                .arg(i + 1);
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() > 0x7e)
            return QCoreApplication::translate("pgpilot::SpecValidator",
                "It contains the non-ASCII character '%1' (%2) at position %3: it may look like a Latin "
                "letter, digit or sign but is not one. Type the value again with a plain keyboard layout.")
                .arg(c.isPrint() && !c.isSpace() ? QString(c) : QStringLiteral("?"), codePoint(c))
                .arg(i + 1);
    }
    if (text.size() > kMaxPlainLength)
        return QCoreApplication::translate("pgpilot::SpecValidator", "It is %1 characters long.")
            .arg(text.size());
    return {};
}

bool matchesWhole(const QRegularExpression& pattern, const QString& text)
{
    // '$' also matches just before a final line break ("root\n"): the match must end at the end.
    const QRegularExpressionMatch m = pattern.match(text);
    return m.hasMatch() && m.capturedStart(0) == 0 && m.capturedEnd(0) == text.size();
}

QString badMonitorSource(const QStringList& entries)
{
    for (const QString& entry : entries) {
        const bool shaped = matches(entry, QStringLiteral("^[0-9A-Fa-f.:]{2,45}(/[0-9]{1,3})?$"));
        const bool ok = shaped
            && (entry.contains(QLatin1Char('/')) ? parseSubnet(entry).subnet.has_value()
                                                 : parseIpAddress(entry).has_value());
        if (!ok)
            return entry.isNull() ? QStringLiteral("") : entry;
    }
    return {};
}

QString printable(const QString& text, qsizetype maxLength)
{
    const bool cut = text.size() > maxLength;
    const QString head = cut ? text.left(qMax<qsizetype>(0, maxLength - 3)) : text;
    QString shown;
    shown.reserve(head.size() + 8);
    for (const QChar c : head) {
        if (c == QLatin1Char('\n'))
            shown += QStringLiteral("\\n");
        else if (c == QLatin1Char('\t'))
            shown += QStringLiteral("\\t");
        else if (c == QLatin1Char('\r'))
            shown += QStringLiteral("\\r");
        else if (isInvisible(c) || c.isSurrogate())
            shown += QStringLiteral("<%1>").arg(codePoint(c));
        else
            shown += c;
    }
    if (cut)
        shown += QStringLiteral("...");
    return shown;
}

} // namespace rules

} // namespace pgpilot
