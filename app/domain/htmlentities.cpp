#include "domain/htmlentities.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <string_view>

namespace {

struct Entity {
    std::string_view name;
    char32_t codePoint;
};

// HTML's common named references (the HTML 4 Latin-1 set and typographic punctuation; the full
// HTML5 list has over 2,000), sorted by name in byte order for binary search.
constexpr Entity kEntities[] = {
    {"AElig", 0xC6},    {"Aacute", 0xC1},   {"Acirc", 0xC2},    {"Agrave", 0xC0},
    {"Aring", 0xC5},    {"Atilde", 0xC3},   {"Auml", 0xC4},     {"Ccedil", 0xC7},
    {"Dagger", 0x2021}, {"ETH", 0xD0},      {"Eacute", 0xC9},   {"Ecirc", 0xCA},
    {"Egrave", 0xC8},   {"Euml", 0xCB},     {"Iacute", 0xCD},   {"Icirc", 0xCE},
    {"Igrave", 0xCC},   {"Iuml", 0xCF},     {"Ntilde", 0xD1},   {"OElig", 0x152},
    {"Oacute", 0xD3},   {"Ocirc", 0xD4},    {"Ograve", 0xD2},   {"Oslash", 0xD8},
    {"Otilde", 0xD5},   {"Ouml", 0xD6},     {"Scaron", 0x160},  {"THORN", 0xDE},
    {"Uacute", 0xDA},   {"Ucirc", 0xDB},    {"Ugrave", 0xD9},   {"Uuml", 0xDC},
    {"Yacute", 0xDD},   {"Yuml", 0x178},    {"aacute", 0xE1},   {"acirc", 0xE2},
    {"acute", 0xB4},    {"aelig", 0xE6},    {"agrave", 0xE0},   {"amp", 0x26},
    {"apos", 0x27},     {"aring", 0xE5},    {"atilde", 0xE3},   {"auml", 0xE4},
    {"bdquo", 0x201E},  {"brvbar", 0xA6},   {"bull", 0x2022},   {"ccedil", 0xE7},
    {"cedil", 0xB8},    {"cent", 0xA2},     {"circ", 0x2C6},    {"copy", 0xA9},
    {"curren", 0xA4},   {"dagger", 0x2020}, {"darr", 0x2193},   {"deg", 0xB0},
    {"divide", 0xF7},   {"eacute", 0xE9},   {"ecirc", 0xEA},    {"egrave", 0xE8},
    {"emsp", 0x2003},   {"ensp", 0x2002},   {"eth", 0xF0},      {"euml", 0xEB},
    {"euro", 0x20AC},   {"frac12", 0xBD},   {"frac14", 0xBC},   {"frac34", 0xBE},
    {"gt", 0x3E},       {"harr", 0x2194},   {"hellip", 0x2026}, {"iacute", 0xED},
    {"icirc", 0xEE},    {"iexcl", 0xA1},    {"igrave", 0xEC},   {"iquest", 0xBF},
    {"iuml", 0xEF},     {"laquo", 0xAB},    {"larr", 0x2190},   {"ldquo", 0x201C},
    {"lsaquo", 0x2039}, {"lsquo", 0x2018},  {"lt", 0x3C},       {"macr", 0xAF},
    {"mdash", 0x2014},  {"micro", 0xB5},    {"middot", 0xB7},   {"minus", 0x2212},
    {"nbsp", 0xA0},     {"ndash", 0x2013},  {"not", 0xAC},      {"ntilde", 0xF1},
    {"oacute", 0xF3},   {"ocirc", 0xF4},    {"oelig", 0x153},   {"ograve", 0xF2},
    {"ordf", 0xAA},     {"ordm", 0xBA},     {"oslash", 0xF8},   {"otilde", 0xF5},
    {"ouml", 0xF6},     {"para", 0xB6},     {"permil", 0x2030}, {"plusmn", 0xB1},
    {"pound", 0xA3},    {"prime", 0x2032},  {"quot", 0x22},     {"raquo", 0xBB},
    {"rarr", 0x2192},   {"rdquo", 0x201D},  {"reg", 0xAE},      {"rsaquo", 0x203A},
    {"rsquo", 0x2019},  {"sbquo", 0x201A},  {"scaron", 0x161},  {"sect", 0xA7},
    {"shy", 0xAD},      {"sup1", 0xB9},     {"sup2", 0xB2},     {"sup3", 0xB3},
    {"szlig", 0xDF},    {"thinsp", 0x2009}, {"thorn", 0xFE},    {"tilde", 0x2DC},
    {"times", 0xD7},    {"trade", 0x2122},  {"uacute", 0xFA},   {"uarr", 0x2191},
    {"ucirc", 0xFB},    {"ugrave", 0xF9},   {"uml", 0xA8},      {"uuml", 0xFC},
    {"yacute", 0xFD},   {"yen", 0xA5},      {"yuml", 0xFF},     {"zwj", 0x200D},
    {"zwnj", 0x200C},
};

constexpr std::size_t kMaxNameLength = 8;

// HTML's windows-1252 reading of &#128;..&#159; (0 where the byte is unassigned there).
constexpr char32_t kC1[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                              0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                              0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                              0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool isAsciiAlnum(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

int hexValue(char32_t c)
{
    if (c >= '0' && c <= '9')
        return int(c - '0');
    if (c >= 'a' && c <= 'f')
        return int(c - 'a' + 10);
    if (c >= 'A' && c <= 'F')
        return int(c - 'A' + 10);
    return -1;
}

// One scanner for both byte and QChar input; `at(i)` yields the i-th unit as a code unit value.
template <typename At> std::size_t decodeAt(At at, std::size_t available, char32_t *codePoint)
{
    if (available < 3)
        return 0;
    if (at(1) == '#') {
        const bool hex = available > 3 && (at(2) == 'x' || at(2) == 'X');
        std::size_t i = hex ? 3 : 2;
        const std::size_t digitsStart = i;
        char32_t value = 0;
        for (; i < available; ++i) {
            const int digit =
                hex ? hexValue(at(i)) : (at(i) >= '0' && at(i) <= '9' ? int(at(i) - '0') : -1);
            if (digit < 0)
                break;
            if (value <= 0x10FFFF) // keep accumulating harmlessly; numeric() rejects large values
                value = value * (hex ? 16 : 10) + char32_t(digit);
        }
        if (i == digitsStart || i >= available || at(i) != ';')
            return 0;
        *codePoint = HtmlEntities::numeric(value);
        return i + 1;
    }
    char name[kMaxNameLength];
    std::size_t i = 1;
    for (; i < available && i - 1 < kMaxNameLength && isAsciiAlnum(at(i)); ++i)
        name[i - 1] = char(at(i));
    if (i == 1 || i >= available || at(i) != ';')
        return 0;
    const char32_t found = HtmlEntities::named(name, i - 1);
    if (!found)
        return 0;
    *codePoint = found;
    return i + 1;
}

} // namespace

namespace HtmlEntities {

char32_t named(const char *name, std::size_t length)
{
    // Escaped markup in feeds is mostly these; answer them without a search.
    switch (length) {
    case 2:
        if (name[1] == 't' && (name[0] == 'l' || name[0] == 'g'))
            return name[0] == 'l' ? U'<' : U'>';
        break;
    case 3:
        if (std::memcmp(name, "amp", 3) == 0)
            return U'&';
        break;
    case 4:
        if (std::memcmp(name, "quot", 4) == 0)
            return U'"';
        if (std::memcmp(name, "nbsp", 4) == 0)
            return 0xA0;
        break;
    }
    const std::string_view key(name, length);
    const auto it =
        std::lower_bound(std::begin(kEntities), std::end(kEntities), key,
                         [](const Entity &e, std::string_view k) { return e.name < k; });
    return it != std::end(kEntities) && it->name == key ? it->codePoint : 0;
}

char32_t named(QStringView name)
{
    if (name.size() > qsizetype(kMaxNameLength))
        return 0;
    char buffer[kMaxNameLength];
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        if (c > 0x7F)
            return 0;
        buffer[i] = char(c);
    }
    return named(buffer, std::size_t(name.size()));
}

char32_t numeric(char32_t value)
{
    if (value >= 0x80 && value <= 0x9F)
        return kC1[value - 0x80] ? kC1[value - 0x80] : 0xFFFD;
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0xFFFD;
    return value;
}

std::size_t decode(const char *text, std::size_t available, char32_t *codePoint)
{
    return decodeAt([text](std::size_t i) { return char32_t(static_cast<unsigned char>(text[i])); },
                    available, codePoint);
}

std::size_t decode(QStringView text, char32_t *codePoint)
{
    return decodeAt([text](std::size_t i) { return char32_t(text[qsizetype(i)].unicode()); },
                    std::size_t(text.size()), codePoint);
}

} // namespace HtmlEntities
