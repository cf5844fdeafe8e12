#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

// Normalisation shared by every lookup that must not care about case, accents or dashes: the
// extractor's scanners (one character at a time, no allocation) and the ledger's keys.
namespace TextKeys {

inline bool isDash(char16_t c)
{
    return c == u'-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

inline bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC;
}

inline bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == 0x00A0 || c == 0x202F || (c >= 0x2000 && c <= 0x200A);
}

// Folds case and the typographic variants that differ between sources (curly apostrophes,
// dashes, non-breaking spaces), so "All Of Us Are Dead" and "all of us are dead" compare equal.
inline char16_t fold(char16_t c)
{
    if (c < 128)
        return (c >= u'A' && c <= u'Z') ? char16_t(c | 0x20) : c;
    if (isApostrophe(c))
        return u'\'';
    if (isDash(c))
        return u'-';
    if (isSpace(c))
        return u' ';
    return char16_t(QChar::toCaseFolded(c));
}

// A lookup key: the characters folded as fold() does, accents dropped, and punctuation and
// dashes read as word breaks.

// "All of Us Are Dead" / "ALL OF US ARE DEAD!" / "all-of-us are dead" → "all of us are dead"
QString fold(const QString &text);
QString toJsonArray(const QStringList &list); // "" for an empty list, so it binds as NULL
QStringList fromJsonArray(const QString &json);

} // namespace TextKeys
