#include "shell/desktopidentity.h"

#include <QGuiApplication>
#include <QIcon>

namespace DesktopIdentity {

void apply()
{
    QGuiApplication::setDesktopFileName(QStringLiteral(CLIFFHANGER_APP_ID));
}

void applyIcon()
{
    const QString icons = QStringLiteral(":/packaging/icons/");
    const QString file = QStringLiteral(CLIFFHANGER_APP_ID);
    QIcon icon(icons + file + QStringLiteral(".svg"));
    for (const char *size : {"48", "128", "256"})
        icon.addFile(icons + QLatin1String(size) + QLatin1Char('/') + file +
                     QStringLiteral(".png"));
    QGuiApplication::setWindowIcon(icon);
}

QUrl iconUrl()
{
    return QUrl(QStringLiteral("qrc:/packaging/icons/128/") + QStringLiteral(CLIFFHANGER_APP_ID) +
                QStringLiteral(".png"));
}

} // namespace DesktopIdentity
