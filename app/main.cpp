#include "cli/cli.h"
#include "cli/options.h"
#include "domain/uilanguage.h"
#include "feeds/tvmaze/tvmazeapi.h"
#include "shell/appcomposition.h"
#include "shell/desktopidentity.h"
#include "shell/singleinstance.h"
#include "shell/windowcapture.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <cstdio>
#include <memory>

namespace {

// --lang names a language with a catalogue, or the run stops with a usage error (2) before
// anything is opened. An empty value is the command line's own usage error.
bool checkLanguage(const QString &code)
{
    if (code.isEmpty() || UiLanguage::isCode(code))
        return true;
    std::fprintf(
        stderr, "cliffhanger: %s\n",
        qPrintable(QCoreApplication::translate("main", "--lang wants en, ko or es, not \"%1\"")
                       .arg(code)));
    return false;
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("cliffhanger"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLIFFHANGER_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral("cliffhanger.app"));
}

// The window: the composition builds and wires every part (the writer thread opens the
// database); this function only owns the application objects and their order.
// The window's options, checked before any window exists; a usage error exits with 2.
bool readCapture(const QCommandLineParser &parser, CaptureRequest *request, QString *theme)
{
    auto value = [&](const char *name) { return parser.value(QString::fromLatin1(name)); };
    request->file = value("screenshot");
    request->page = value("page");
    request->show = value("show");
    request->quitAfterFirstFrame = parser.isSet(QStringLiteral("quit-after-first-frame"));
    *theme = value("theme");
    QString problem = request->problem();
    if (problem.isEmpty() && parser.isSet(QStringLiteral("size")) &&
        !CaptureRequest::parseSize(value("size"), &request->size))
        problem = QCoreApplication::translate("main", "--size wants WxH, e.g. 1280x800, not \"%1\"")
                      .arg(value("size"));
    if (problem.isEmpty() && !theme->isEmpty() && !Appearance::isChoice(*theme))
        problem =
            QCoreApplication::translate("main", "--theme wants light, dark or system, not \"%1\"")
                .arg(*theme);
    if (problem.isEmpty())
        return true;
    std::fprintf(stderr, "cliffhanger: %s\n", qPrintable(problem));
    return false;
}

// The window: the composition builds and wires every part (the writer thread opens the
// database); this function only owns the application objects and their order.
int runWindow(int argc, char **argv, const QElapsedTimer &sinceMain)
{
    QApplication app(argc, argv); // a QApplication: the tray icon (QSystemTrayIcon) needs one
    setIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Cliffhanger"));
    DesktopIdentity::apply();
    QQuickStyle::setStyle(QStringLiteral("Material"));

    QCommandLineParser parser;
    parser.addOptions(Options::all());
    parser.parse(QCoreApplication::arguments()); // only window options reach here
    CaptureRequest capture;
    QString theme;
    if (!readCapture(parser, &capture, &theme))
        return 2;
    const bool capturing = !capture.file.isEmpty() || capture.quitAfterFirstFrame;
    const QString language = parser.value(QStringLiteral("lang"));
    if (!checkLanguage(language))
        return 2;

    AppComposition::Settings settings;
    settings.databasePath = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                               : Database::defaultPath();
    settings.importDefaultData = !parser.isSet(QStringLiteral("no-default-data"));
    settings.syncOnStart = !capturing; // a screenshot shows the database as it is
    settings.language = language;
    if (parser.isSet(QStringLiteral("tvmaze-base"))) {
        QString error;
        settings.tvmazeBase =
            TvMazeApi::validateBase(parser.value(QStringLiteral("tvmaze-base")), &error);
        if (!settings.tvmazeBase.isValid()) {
            std::fprintf(stderr, "cliffhanger: %s\n", qPrintable(error));
            return 2;
        }
    }
    // One window per database: a later launch raises the running one (on its --show) and
    // exits before opening a second writer. Captures render the database as it is, alone.
    SingleInstance instance;
    if (!capturing) {
        const SingleInstance::Role role = instance.claim(settings.databasePath, capture.show);
        if (role == SingleInstance::Role::HandedOver) {
            std::fprintf(stderr, "cliffhanger: %s\n",
                         qPrintable(QCoreApplication::translate(
                             "main", "Cliffhanger is already open on this database; raised it.")));
            return 0;
        }
        if (role == SingleInstance::Role::Failed)
            std::fprintf(stderr, "cliffhanger: %s\n", qPrintable(instance.errorString()));
    }
    AppComposition composition(settings);
    if (!theme.isEmpty())
        composition.appearance()->overrideChoice(theme);
    QQmlApplicationEngine engine; // after the composition: destroyed first
    if (!composition.loadWindow(engine))
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (window && capture.size.isValid())
        window->resize(capture.size);
    if (window && !capture.show.isEmpty() && capture.file.isEmpty())
        QObject::connect(&composition, &AppComposition::readyChanged, &composition,
                         [&composition, &capture, window] {
                             if (composition.openShowNamed(capture.show))
                                 window->setProperty("currentPage", QStringLiteral("show"));
                         });
    if (window)
        instance.raiseOnActivation(&composition, window);
    std::unique_ptr<WindowCapture> capturer;
    if (window && capturing) {
        capturer = std::make_unique<WindowCapture>(&composition, window, capture, sinceMain);
        capturer->start();
    }
    // Started at login: out of the way, in the tray when it lives there.
    if (window && !capturing && parser.isSet(QStringLiteral("minimized"))) {
        if (composition.presence()->hidesOnClose()) {
            window->hide();
            composition.presence()->showTrayIcon();
        } else {
            window->showMinimized();
        }
    }
    composition.start();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!Cli::wantsCommandLine(arguments))
        return runWindow(argc, argv, sinceMain);
    QCoreApplication app(argc, argv);
    setIdentity();
    // Before the parser is built: --help and every message are in the chosen language.
    const QString language = UiLanguage::fromArguments(QCoreApplication::arguments());
    if (!checkLanguage(language))
        return 2;
    Translations translations;
    translations.install(
        UiLanguage::resolve(language.isEmpty() ? UiLanguage::savedChoice() : language));
    return Cli::run(QCoreApplication::arguments());
}
