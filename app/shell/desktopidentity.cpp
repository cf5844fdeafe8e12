#include "shell/desktopidentity.h"

#include <QGuiApplication>
#include <QIcon>
#include <QImageReader>

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
    const QString file = QStringLiteral(CLIFFHANGER_APP_ID);
    if (QImageReader::supportedImageFormats().contains("svg"))
        return QUrl(QStringLiteral("qrc:/packaging/icons/") + file + QStringLiteral(".svg"));
    return QUrl(QStringLiteral("qrc:/packaging/icons/256/") + file + QStringLiteral(".png"));
}

} // namespace DesktopIdentity
