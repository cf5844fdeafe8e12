#include "feeds/http/redirectrules.h"

#include <QCoreApplication>

namespace RedirectRules {

QString refusal(const QUrl &from, const QUrl &to)
{
    if (!to.isValid() || to.isRelative() || to.host().isEmpty())
        return QCoreApplication::translate("FeedFetcher",
                                           "The server redirected to an invalid address (%1).")
            .arg(to.toDisplayString());
    const QString scheme = to.scheme().toLower();
    // file: or qrc: here would let any web server make us read local files.
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return QCoreApplication::translate("FeedFetcher",
                                           "Refused a redirect to a non-web address (%1).")
            .arg(to.toDisplayString());
    if (from.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 &&
        scheme == QLatin1String("http"))
        return QCoreApplication::translate(
                   "FeedFetcher",
                   "Refused a redirect from a secure https address to an insecure http one (%1).")
            .arg(to.toDisplayString());
    return {};
}

} // namespace RedirectRules
