// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace pgpilot {

namespace {

// Much of pgpilot translates in free functions or through a local lambda, e.g.
//   auto tr = [](const char* t) { return QCoreApplication::translate("pgpilot::RoleStyle", t); };
// lupdate files such strings under the context it sees (the enclosing namespace or class), while
// the lookup at run time names the lambda's context. This translator tries the caller's context
// first and then the catalogue's flattened copy (pgpilot-any_LANG.qm: every message once under the
// context "any", built by translations/ts-tool.py flatten), so both shapes find their translation.
class PgpilotTranslator : public QTranslator
{
public:
    explicit PgpilotTranslator(QObject* parent)
        : QTranslator(parent)
        , m_any(this)
    { }

    bool loadBoth(const QLocale& locale, const QString& directory)
    {
        return load(locale, QStringLiteral("pgpilot"), QStringLiteral("_"), directory)
            && m_any.load(locale, QStringLiteral("pgpilot-any"), QStringLiteral("_"), directory);
    }

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
        int n = -1) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (text.isNull())
            text = m_any.translate("any", sourceText, disambiguation, n);
        return text;
    }

private:
    QTranslator m_any;
};

} // namespace

bool installTranslations(QCoreApplication* app, const QLocale& locale, const QString& directory)
{
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QStringLiteral(":/i18n/qt")))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto* own = new PgpilotTranslator(app);
    if (own->loadBoth(locale, directory)) {
        QCoreApplication::installTranslator(own);
        qCDebug(lcUi) << "translation" << own->filePath() << "for" << locale.uiLanguages();
        return true;
    }
    delete own;
    qCDebug(lcUi) << "no translation for" << locale.uiLanguages() << "- using English";
    return false;
}

} // namespace pgpilot
