#pragma once

#include <QString>
#include <QStringList>

// Normalisation shared by every lookup that must not care about case, accents or dashes.
namespace TextKeys {

// "All of Us Are Dead" / "ALL OF US ARE DEAD!" / "all-of-us are dead" → "all of us are dead"
QString fold(const QString &text);
QString toJsonArray(const QStringList &list); // "" for an empty list, so it binds as NULL
QStringList fromJsonArray(const QString &json);

} // namespace TextKeys
