// SPDX-License-Identifier: GPL-3.0-or-later
// The German catalogue at run time: every text the main window, the wizard's pages and the
// dashboard show that is an English source string of the catalogue must appear translated.
// This catches strings whose translation context at run time differs from the one lupdate
// recorded (they would stay English although the catalogue is complete), and English texts
// that never went through tr() (a heuristic: common English words in a text that is neither a
// source nor a translation of the catalogue).
#include "clusterdashboard.h"
#include "core/settings.h"
#include "core/translations.h"
#include "mainwindow.h"
#include "monitor/demosnapshots.h"
#include "monitor/derive.h"
#include "phasepage.h"
#include "runbook/builder.h"
#include "secrets/memorysecretstore.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace pgpilot;

namespace {

QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text.remove(QLatin1Char('&'));
    return text.trimmed();
}

struct Catalogue
{
    QHash<QString, QString> translationOf; // plain source -> plain translation
    QSet<QString> translations;
};

Catalogue readCatalogue(const QString& path)
{
    Catalogue c;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return c;
    QXmlStreamReader xml(&f);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source"))
            source = plain(xml.readElementText());
        else if (xml.name() == QLatin1String("translation") || xml.name() == QLatin1String("numerusform")) {
            const QString t = plain(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            if (!t.isEmpty()) {
                c.translationOf.insert(source, t);
                c.translations.insert(t);
            }
        }
    }
    return c;
}

QStringList shownTexts(QWidget* root)
{
    QStringList texts;
    auto add = [&texts](const QString& t) {
        if (!plain(t).isEmpty())
            texts << plain(t);
    };
    add(root->windowTitle());
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (auto* l = qobject_cast<QLabel*>(w))
            add(l->text());
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            add(b->text());
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            add(g->title());
        else if (auto* e = qobject_cast<QLineEdit*>(w))
            add(e->placeholderText());
        else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        } else if (auto* h = qobject_cast<QHeaderView*>(w)) {
            if (h->model()) {
                for (int i = 0; i < h->count(); ++i)
                    add(h->model()->headerData(i, h->orientation()).toString());
            }
        }
        if (!w->toolTip().isEmpty())
            add(w->toolTip());
        for (QAction* a : w->actions())
            add(a->text());
    }
    return texts;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Catalogue m_de;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY2(installTranslations(QCoreApplication::instance(), QLocale(), QStringLiteral(PGPILOT_QM_DIR)),
            "pgpilot_de.qm not found in " PGPILOT_QM_DIR);
        m_de = readCatalogue(QStringLiteral(PGPILOT_SOURCE_DIR "/translations/pgpilot_de.ts"));
        QVERIFY(m_de.translationOf.size() > 100);
    }

    void mainWindowIsGerman()
    {
        Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        MemorySecretStore secrets;
        MainWindow window(&secrets, &settings);
        window.resize(1280, 860);
        window.show();
        QTest::qWait(100);
        QStringList texts = shownTexts(&window);
        for (QWidget* top : QApplication::topLevelWidgets())
            texts += shownTexts(top);
        // The pages the wizard adds once connected, and the dashboard with a failover on it.
        ClusterSpec spec = ClusterSpec::guideDefaults();
        spec.network.subnet = QStringLiteral("10.0.1.0/24");
        QStringList nodes;
        for (const NodeSpec& n : spec.nodes)
            nodes << n.name;
        for (const Phase& phase : buildRunbook(spec).phases) {
            PhasePage page(phase, nodes);
            texts += shownTexts(&page);
        }
        ClusterDashboard dashboard;
        ClusterSnapshot failover
            = demoSnapshot(DemoScenario::FailoverInProgress, 3, 1, QDateTime::currentDateTimeUtc());
        deriveCluster(failover);
        dashboard.showSnapshot(failover);
        dashboard.show();
        texts += shownTexts(&dashboard);
        texts.removeDuplicates();
        QVERIFY(texts.size() > 20);

        QStringList untranslated;
        QStringList notInCatalogue;
        static const QRegularExpression kEnglish(
            QStringLiteral("\\b(the|and|of|to|is|are|not|with|from|this|your|every)\\b"));
        for (const QString& t : std::as_const(texts)) {
            const auto it = m_de.translationOf.constFind(t);
            if (it != m_de.translationOf.constEnd() && it.value() != t)
                untranslated << t;
            else if (it == m_de.translationOf.constEnd() && !m_de.translations.contains(t)
                && kEnglish.match(t).hasMatch())
                notInCatalogue << t;
        }
        QVERIFY2(untranslated.isEmpty(),
            qPrintable(QStringLiteral("shown in English although pgpilot_de.ts translates them:\n  ")
                + untranslated.join(QStringLiteral("\n  "))));
        QVERIFY2(notInCatalogue.isEmpty(),
            qPrintable(QStringLiteral("English texts that are in no catalogue (tr() missing, or run "
                                      "update_translations):\n  ")
                + notInCatalogue.join(QStringLiteral("\n  "))));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
