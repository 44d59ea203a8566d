// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/diagnostics.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "core/appidentity.h"
#include "core/logging.h"
#include "core/settings.h"
#include "core/translations.h"
#include "estatewall.h"
#include "mainwindow.h"
#include "secrets/filesecretstore.h"
#include "secrets/keychainsecretstore.h"
#include "wallview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QSysInfo>
#include <QTimer>

#include <cstdio>

namespace {

void setIdentity()
{
    pgpilot::applyApplicationIdentity();
    QCoreApplication::setApplicationVersion(QStringLiteral(PGPILOT_VERSION));
}

// Settings, data and cache of the old application id move to the new one before anything reads
// them (the window and the commands; --help and --version touch no file).
void migrateOldLocations()
{
    pgpilot::migrateLegacyLocations(pgpilot::userBaseDirectories());
}

// --lang LANG (en, de, fr, ...) wins over LANGUAGE/LANG; it is read before any QCoreApplication
// exists and taken out of the arguments, so it may stand before or after a command.
QStringList applyLanguageOption(QStringList arguments)
{
    for (int i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--"))
            break;
        if (arguments.at(i) == QLatin1String("--lang")) {
            QLocale::setDefault(QLocale(arguments.at(i + 1)));
            arguments.remove(i, 2);
            break;
        }
    }
    return arguments;
}

void installTranslators(QCoreApplication& app)
{
    pgpilot::installTranslations(&app);
}

// pgpilot wall a.json b.json ... [--secrets-file FILE] [--screenshot FILE]: the estate wall, full
// screen (Escape leaves); with --screenshot, a 1920x1080 picture once every panel shows its
// cluster (at most 20 s), then quit.
int runWall(const QStringList& args)
{
    QStringList files;
    QString screenshot;
    QString secretsFile;
    bool sound = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--sound"))
            sound = true;
        else if (args.at(i) == QLatin1String("--screenshot") && i + 1 < args.size())
            screenshot = args.at(++i);
        else if (args.at(i) == QLatin1String("--secrets-file") && i + 1 < args.size())
            secretsFile = args.at(++i);
        else if (!args.at(i).startsWith(QLatin1Char('-')))
            files << args.at(i);
        else {
            std::fprintf(stderr, "pgpilot wall: unknown option %s\n", qPrintable(args.at(i)));
            return 2;
        }
    }
    if (files.isEmpty()) {
        std::fputs(
            "usage: pgpilot wall cluster.json... [--secrets-file FILE] [--sound] [--screenshot FILE]\n",
            stderr);
        return 2;
    }
    std::unique_ptr<pgpilot::SecretStore> secrets;
    if (!secretsFile.isEmpty())
        secrets = pgpilot::cli::openSecretStore(secretsFile, stderr);
    else
        secrets = std::make_unique<pgpilot::KeychainSecretStore>();
    if (!secrets)
        return 3;
    pgpilot::EstateWall wall(files, secrets.get());
    pgpilot::WallView* view = wall.view();
    view->setSoundEnabled(sound);
    QObject::connect(view, &pgpilot::WallView::leaveRequested, &wall, [] { QCoreApplication::exit(0); });
    if (screenshot.isEmpty()) {
        view->showFullScreen();
        return QCoreApplication::exec();
    }
    view->resize(1920, 1080);
    view->show();
    QElapsedTimer waited;
    waited.start();
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, view, [&] {
        if (!wall.allShown() && waited.elapsed() < 20000)
            return;
        poll.stop();
        const bool saved = view->grab().save(screenshot);
        std::fprintf(
            saved ? stdout : stderr, "%s %s\n", saved ? "saved" : "could not save", qPrintable(screenshot));
        QCoreApplication::exit(saved ? 0 : 1);
    });
    poll.start(500);
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    arguments = applyLanguageOption(arguments);
    pgpilot::logrecorder::install();
    if (pgpilot::cli::isHeadlessCommand(arguments)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        migrateOldLocations();
        installTranslators(app);
        return pgpilot::cli::runHeadless(arguments, stdout, stderr);
    }
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslators(app);
        pgpilot::cli::print(stdout, pgpilot::cli::generalHelp());
        return 0;
    }
    if (arguments.contains(QStringLiteral("--version"))) {
        std::printf("pgpilot %s\n", PGPILOT_VERSION);
        return 0;
    }
    const QString advice = pgpilot::cli::missingDisplayAdvice();
    if (!advice.isEmpty()) {
        std::fputs(advice.toLocal8Bit().constData(), stderr);
        return 2;
    }

    QApplication app(argc, argv);
    setIdentity();
    migrateOldLocations();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/pgpilot.svg")));
    QApplication::setDesktopFileName(pgpilot::applicationId());
    installTranslators(app);
    if (arguments.value(1) == QLatin1String("wall"))
        return runWall(arguments.mid(2));

    qCInfo(pgpilot::lcUi).noquote() << "pgpilot" << PGPILOT_VERSION << "Qt" << qVersion() << "on"
                                    << QSysInfo::prettyProductName() << QGuiApplication::platformName();
    pgpilot::Settings settings;
    pgpilot::KeychainSecretStore secrets;
    pgpilot::MainWindow window(&secrets, &settings);
    window.show();
    const QStringList args = app.arguments().mid(1);
    QString screenshot;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--screenshot") && i + 1 < args.size())
            screenshot = args.at(++i);
        else if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            ++i;
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
