#pragma once

#include "domain/textkeys.h"

#include <QChar>
#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>

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

// The character classes and the one character fold are the domain's (TextKeys), shared with the
// ledger's lookup keys, so the extractor and the database agree on what "the same" text is.
using TextKeys::fold;
using TextKeys::isApostrophe;
using TextKeys::isDash;
using TextKeys::isSpace;

// Lower-cased copy with typographic variants folded; used for lexicon lookups.
QString folded(QStringView text);

// Whether `word` is one of `words` (lower case): the small fixed lists the rules keep.
template <std::size_t N> bool isOneOf(QStringView word, const char *const (&words)[N])
{
    for (const char *w : words) {
        if (word == QLatin1String(w))
            return true;
    }
    return false;
}

} // namespace ExtractText
