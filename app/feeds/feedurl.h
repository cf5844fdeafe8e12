#pragma once

#include <QString>
#include <QUrl>

// Which feed addresses Cliffhanger accepts: https, http, file and the built-in qrc.
namespace FeedUrl {

// Returns the normalised URL, or an invalid QUrl with *error set (translated).
QUrl validate(const QString &text, QString *error);

} // namespace FeedUrl
