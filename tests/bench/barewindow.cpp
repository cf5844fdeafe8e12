// The baseline of bench_firstframe: a bare Qt Quick Controls window (one Label), started the way
// cliffhanger starts its window (QGuiApplication, the Material style, a QML file from resources)
// and timed the same way: "first frame: N ms" from main() to the first frameSwapped, then exit.
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.load(QUrl(QStringLiteral("qrc:/BareWindow.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app,
        [&sinceMain] {
            std::printf("first frame: %lld ms\n", static_cast<long long>(sinceMain.elapsed()));
            std::fflush(stdout);
            // Queued, as in the app, so the frame being delivered finishes first.
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        },
        Qt::SingleShotConnection);
    return app.exec();
}
