#include "cli/cli.h"
#include "cli/options.h"
#include "feeds/tvmaze/tvmazeapi.h"
#include "shell/appcomposition.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QTranslator>
#include <cstdio>
#include <memory>

namespace {

// English plural forms ("1 item" / "2 items") come from a translation of the source language,
// loaded for every language, so %n strings read naturally.
void installPluralForms(QCoreApplication &app)
{
    auto *plurals = new QTranslator(&app);
    if (plurals->load(QStringLiteral(":/i18n/cliffhanger_en.qm")))
        QCoreApplication::installTranslator(plurals);
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("cliffhanger"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLIFFHANGER_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral("cliffhanger.app"));
}

// The window: the composition builds and wires every part (the writer thread opens the
// database); this function only owns the application objects and their order.
int runWindow(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    setIdentity();
    installPluralForms(app);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Cliffhanger"));
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    QCommandLineParser parser;
    parser.addOptions(Options::all());
    parser.parse(QCoreApplication::arguments()); // only globals reach here; Cli reports the rest

    AppComposition::Settings settings;
    settings.databasePath = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                               : Database::defaultPath();
    settings.importDefaultData = !parser.isSet(QStringLiteral("no-default-data"));
    if (parser.isSet(QStringLiteral("tvmaze-base"))) {
        QString error;
        settings.tvmazeBase =
            TvMazeApi::validateBase(parser.value(QStringLiteral("tvmaze-base")), &error);
        if (!settings.tvmazeBase.isValid()) {
            std::fprintf(stderr, "cliffhanger: %s\n", qPrintable(error));
            return 2;
        }
    }
    AppComposition composition(settings);
    QQmlApplicationEngine engine; // after the composition: destroyed first
    if (!composition.loadWindow(engine))
        return 1;
    composition.start();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!Cli::wantsCommandLine(arguments))
        return runWindow(argc, argv);
    QCoreApplication app(argc, argv);
    setIdentity();
    installPluralForms(app);
    return Cli::run(QCoreApplication::arguments());
}
