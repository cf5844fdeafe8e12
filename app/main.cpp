#include "cli/cli.h"
#include "cli/options.h"
#include "feeds/season/defaultfeed.h"
#include "models/feedscontroller.h"
#include "models/showoverview.h"
#include "shell/windowloader.h"
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

// Wires the window: the database, the embedded data, the overview of the first show.
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

    QString errorText;
    std::unique_ptr<FeedsController> feeds;
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : Database::defaultPath();
    Database::OpenResult opened = Database::open(path);
    ShowOverview overview;
    if (!opened.database) {
        errorText = opened.error;
    } else {
        FeedError feedError;
        if (!parser.isSet(QStringLiteral("no-default-data")) &&
            !DefaultFeed::importIfEmpty(*opened.database, &feedError))
            errorText = feedError.message;
        if (errorText.isEmpty())
            overview.loadFirst(*opened.database, &errorText);
        feeds = std::make_unique<FeedsController>(*opened.database, path);
        // A sync that changed the ledger refreshes the show page on the GUI thread.
        QObject::connect(feeds.get(), &FeedsController::ledgerChanged, &overview, [&] {
            QString ignored; // the page keeps what it showed; the Feeds page shows sync errors
            overview.loadFirst(*opened.database, &ignored);
        });
    }
    if (!errorText.isEmpty())
        std::fprintf(stderr, "cliffhanger: %s\n", qPrintable(errorText));

    QQmlApplicationEngine engine;
    if (!MainWindow::load(engine, &overview, feeds.get(), errorText))
        return 1;
    if (feeds)
        feeds->start();
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
