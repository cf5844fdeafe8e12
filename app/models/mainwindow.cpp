#include "models/mainwindow.h"

#include "models/showoverview.h"

#include <QQmlApplicationEngine>

namespace MainWindow {

QUrl url()
{
    return QUrl(QStringLiteral("qrc:/qml/Main.qml"));
}

bool load(QQmlApplicationEngine &engine, ShowOverview *overview, const QString &errorText)
{
    engine.setInitialProperties({{QStringLiteral("overview"), QVariant::fromValue(overview)},
                                 {QStringLiteral("errorText"), errorText}});
    engine.load(url());
    return !engine.rootObjects().isEmpty();
}

} // namespace MainWindow
