#pragma once

#include <QStringView>

#include <cstddef>

// HTML character references, shared by the XML text reader (pugixml leaves entities it does not
// know as text) and the HTML-to-text pass. Stateless, so any thread may call them.
namespace HtmlEntities {

// The code point a named entity stands for (name without '&' and ';'), or 0 when unknown.
char32_t named(const char *name, std::size_t length);
char32_t named(QStringView name);

// The code point for a numeric reference's value, with HTML's repairs: the C1 range 0x80-0x9F
// means windows-1252 (feeds written on Windows say &#146; for a right quote), and NUL, surrogates
// or out-of-range values become U+FFFD.
char32_t numeric(char32_t value);

// Parses the reference that starts at text[0] == '&'. On success returns how many characters it
// spans (including '&' and ';') and sets *codePoint; returns 0 when it is not a reference we know,
// in which case the '&' is literal text.
std::size_t decode(const char *text, std::size_t available, char32_t *codePoint);
std::size_t decode(QStringView text, char32_t *codePoint);

} // namespace HtmlEntities
