#include "commandline.h"
#include "core/settings.h"
#include "mainwindow.h"
#include "secrets/keychainsecretstore.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("pgpilot"));
    QCoreApplication::setApplicationName(QStringLiteral("pgpilot"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PGPILOT_VERSION));
}

void installTranslators(QCoreApplication& app)
{
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("pgpilot"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (pgpilot::isHeadlessCommand(arguments)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslators(app);
        return pgpilot::runHeadless(arguments, stdout, stderr);
    }
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        std::printf("usage: pgpilot [cluster.json]          open the setup wizard and dashboard\n"
                    "       pgpilot validate cluster.json [--json]\n"
                    "       pgpilot exec cluster.json [--node NAME] [--accept-host-key NAME=SHA256:...] -- "
                    "command\n");
        return 0;
    }
    if (arguments.contains(QStringLiteral("--version"))) {
        std::printf("pgpilot %s\n", PGPILOT_VERSION);
        return 0;
    }
    const QString advice = pgpilot::missingDisplayAdvice();
    if (!advice.isEmpty()) {
        std::fputs(advice.toLocal8Bit().constData(), stderr);
        return 2;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/pgpilot.svg")));
    QApplication::setDesktopFileName(QStringLiteral("pgpilot"));
    installTranslators(app);

    pgpilot::Settings settings;
    pgpilot::KeychainSecretStore secrets;
    pgpilot::MainWindow window(&secrets, &settings);
    window.show();
    const QStringList args = app.arguments().mid(1);
    QString screenshot;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--screenshot") && i + 1 < args.size())
            screenshot = args.at(++i);
        else if (!args.at(i).startsWith(QLatin1Char('-')))
            window.openFile(args.at(i));
    }
    if (!screenshot.isEmpty()) {
        // For documentation and checks: the window as a person would see it, then quit.
        QTimer::singleShot(1500, &window, [&window, screenshot] {
            const bool saved = window.grab().save(screenshot);
            std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "saved" : "could not save",
                qPrintable(screenshot));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
