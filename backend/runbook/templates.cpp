// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates.h"

#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>

namespace pgpilot {

Q_LOGGING_CATEGORY(lcRunbook, "pgpilot.runbook")

QString templateText(const QString& name)
{
    QFile file(QStringLiteral(":/templates/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcRunbook) << "no template" << name;
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QString substituteTemplate(const QString& text, const QHash<QString, QString>& values, QStringList* missing)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([a-z][a-z0-9_]*)\\}\\}"));
    QString out;
    out.reserve(text.size() + 256);
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        const auto value = values.constFind(name);
        if (value == values.constEnd()) {
            qCWarning(lcRunbook) << "template value missing:" << name;
            if (missing)
                missing->append(name);
        } else {
            out += *value;
        }
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString renderTemplate(const QString& name, const QHash<QString, QString>& values, QStringList* missing)
{
    return substituteTemplate(templateText(name), values, missing);
}

} // namespace pgpilot
