// The baseline of bench_firstframe: a bare Qt Quick Controls window (one Label), started the way
// cliffhanger starts its window (QGuiApplication, the Material style, a QML file from resources)
// and timed the same way: "first frame: N ms" from main() to the first frameSwapped, then exit.
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
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
    // Timed as the app times it (WindowCapture): as the frame is swapped, printed after.
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app,
        [&sinceMain] {
            const long long at = sinceMain.elapsed();
            QMetaObject::invokeMethod(
                qApp,
                [at] {
                    std::printf("first frame: %lld ms\n", at);
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                },
                Qt::QueuedConnection);
        },
        Qt::ConnectionType(Qt::DirectConnection | Qt::SingleShotConnection));
    return app.exec();
}
