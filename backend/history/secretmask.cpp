// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretmask.h"

#include "audit/auditlog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace pgpilot {

QString maskSecretText(const QString& text, const SecretMasker* masker)
{
    static const QRegularExpression assignment(
        QStringLiteral("([A-Za-z0-9_.-]*(?:password|passwd|pwd|secret|token|api[_-]?key)[A-Za-z0-9_.-]*"
                       "[\"']?\\s*[=:]\\s*)(\"[^\"]*\"|'[^']*'|[^\\s\"'&;,]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression userInfo(QStringLiteral("\\b([A-Za-z][A-Za-z0-9+.-]*://)[^/\\s@]+@"));
    static const QRegularExpression query(
        QStringLiteral("\\b([A-Za-z][A-Za-z0-9+.-]*://[^\\s?#\"']*)\\?[^\\s#\"']*"));
    QString out = masker ? masker->mask(text) : text;
    out.replace(assignment, QStringLiteral("\\1****"));
    out.replace(userInfo, QStringLiteral("\\1****@"));
    out.replace(query, QStringLiteral("\\1?****"));
    return out;
}

QJsonValue maskSecretJson(const QJsonValue& value, const SecretMasker* masker)
{
    if (value.isString())
        return maskSecretText(value.toString(), masker);
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray())
            array.append(maskSecretJson(item, masker));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = maskSecretJson(it.value(), masker);
        return object;
    }
    return value;
}

} // namespace pgpilot
