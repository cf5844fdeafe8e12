#include "shell/windowloader.h"

#include "models/claimlistfilter.h"
#include "shell/appcomposition.h"
#include "shell/desktopidentity.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <qqml.h>

namespace WindowLoader {

QUrl url()
{
    return QUrl(QStringLiteral("qrc:/qml/Main.qml"));
}

bool load(QQmlApplicationEngine &engine, AppComposition *composition)
{
    qmlRegisterTypesAndRevisions<ClaimListFilter>("Cliffhanger", 1);
    engine.setInitialProperties(
        {{QStringLiteral("overview"), QVariant::fromValue(composition->overview())},
         {QStringLiteral("feedsController"), QVariant::fromValue(composition->feeds())},
         {QStringLiteral("session"), QVariant::fromValue(composition)},
         {QStringLiteral("appIcon"), DesktopIdentity::iconUrl()}});
    engine.load(url());
    if (engine.rootObjects().isEmpty())
        return false;
    // The icon is not in the first frame (the title bar shows it a moment later).
    if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()))
        QObject::connect(window, &QQuickWindow::frameSwapped, window, &DesktopIdentity::applyIcon,
                         Qt::SingleShotConnection);
    return true;
}

} // namespace WindowLoader
