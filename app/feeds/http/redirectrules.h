#pragma once

#include <QString>
#include <QUrl>

// Which redirects a feed fetch may follow. A redirect is the server choosing the next URL for us,
// so it may only go to the web and never lower the transport's security.
namespace RedirectRules {

// Why `from` may not redirect to `to`, translated; empty when it may.
QString refusal(const QUrl &from, const QUrl &to);

} // namespace RedirectRules
