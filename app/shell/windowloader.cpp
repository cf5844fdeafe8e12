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
    // The icon and the first page are not in the first frame: the title bar's icon and the
    // page follow a moment later. Queued: on the GUI thread (frameSwapped comes from the render
    // thread where there is one), and after the frame's own signal has been delivered.
    if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()))
        QObject::connect(
            window, &QQuickWindow::frameSwapped, window,
            [window] {
                window->setProperty("firstFrameShown", true);
                DesktopIdentity::applyIcon();
            },
            Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    return true;
}

} // namespace WindowLoader
