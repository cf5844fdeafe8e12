#include "shell/windowloader.h"

#include "models/feedscontroller.h"
#include "models/showoverview.h"

#include <QQmlApplicationEngine>

namespace MainWindow {

QUrl url()
{
    return QUrl(QStringLiteral("qrc:/qml/Main.qml"));
}

bool load(QQmlApplicationEngine &engine, ShowOverview *overview, FeedsController *feeds,
          const QString &errorText)
{
    engine.setInitialProperties({{QStringLiteral("overview"), QVariant::fromValue(overview)},
                                 {QStringLiteral("feedsController"), QVariant::fromValue(feeds)},
                                 {QStringLiteral("errorText"), errorText}});
    engine.load(url());
    return !engine.rootObjects().isEmpty();
}

} // namespace MainWindow
