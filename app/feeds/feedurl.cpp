#include "feeds/feedurl.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace FeedUrl {

QUrl validate(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    // A bare path is what people paste for local files; treat it as file://.
    QUrl url = trimmed.startsWith(QLatin1Char('/')) ? QUrl::fromLocalFile(trimmed)
                                                    : QUrl(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (trimmed.isEmpty() || !url.isValid() || scheme.isEmpty()) {
        *error = QCoreApplication::translate("FeedUrl", "'%1' is not a valid feed address.")
                     .arg(trimmed);
        return {};
    }
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http") &&
        scheme != QLatin1String("file") && scheme != QLatin1String("qrc")) {
        *error =
            QCoreApplication::translate(
                "FeedUrl", "'%1' uses the %2: scheme; feeds must use https, http, file or qrc.")
                .arg(trimmed, scheme);
        return {};
    }
    if ((scheme == QLatin1String("https") || scheme == QLatin1String("http")) &&
        url.host().isEmpty()) {
        *error = QCoreApplication::translate("FeedUrl", "'%1' has no host name.").arg(trimmed);
        return {};
    }
    if (scheme == QLatin1String("file") && !QFileInfo(url.toLocalFile()).isAbsolute()) {
        *error = QCoreApplication::translate("FeedUrl", "'%1' must be an absolute file path.")
                     .arg(trimmed);
        return {};
    }
    url.setScheme(scheme);
    return url.adjusted(QUrl::NormalizePathSegments);
}

} // namespace FeedUrl
