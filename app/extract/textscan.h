#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

#include <array>

// Character classes and case folding shared by the extractor's scanners. ASCII takes a table
// lookup; only other characters pay for QChar's Unicode tables.
namespace ExtractText {

namespace detail {
constexpr std::array<quint8, 128> asciiWordChars = [] {
    std::array<quint8, 128> table{};
    for (int c = 0; c < 128; ++c)
        table[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return table;
}();
} // namespace detail

inline bool isWordChar(char16_t c)
{
    if (c < 128)
        return detail::asciiWordChars[c];
    return QChar::isLetterOrNumber(c);
}

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

// Lower-cased copy with typographic variants folded; used for lexicon lookups.
QString folded(QStringView text);

} // namespace ExtractText
