#include "domain/htmltext.h"

#include "domain/htmlentities.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <string_view>

namespace {

enum class TagKind { Inline, Cell, Block, RawText };

bool isAsciiAlpha(char16_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isAsciiAlnum(char16_t c)
{
    return isAsciiAlpha(c) || (c >= '0' && c <= '9');
}

bool nameIs(const char *name, std::size_t length, const char *candidate)
{
    return std::strlen(candidate) == length && std::memcmp(name, candidate, length) == 0;
}

// Elements whose boundaries are paragraph (line) boundaries in rendered text. Switching on the
// length first keeps this cheap: it runs for every tag of every description.
TagKind classify(const char *n, std::size_t length)
{
    auto is = [n](const char *candidate, std::size_t size) {
        return std::memcmp(n, candidate, size) == 0;
    };
    switch (length) {
    case 1:
        return n[0] == 'p' ? TagKind::Block : TagKind::Inline;
    case 2:
        if ((n[0] == 'h' && n[1] >= '1' && n[1] <= '6') || is("br", 2) || is("li", 2) ||
            is("ul", 2) || is("ol", 2) || is("tr", 2) || is("hr", 2) || is("dd", 2) ||
            is("dt", 2) || is("dl", 2))
            return TagKind::Block;
        return is("td", 2) || is("th", 2) ? TagKind::Cell : TagKind::Inline;
    case 3:
        return is("div", 3) || is("pre", 3) || is("nav", 3) ? TagKind::Block : TagKind::Inline;
    case 4:
        return is("main", 4) ? TagKind::Block : TagKind::Inline;
    case 5:
        if (is("style", 5))
            return TagKind::RawText;
        return is("table", 5) || is("aside", 5) || is("title", 5) ? TagKind::Block
                                                                  : TagKind::Inline;
    case 6:
        if (is("script", 6))
            return TagKind::RawText;
        return is("figure", 6) || is("footer", 6) || is("header", 6) ? TagKind::Block
                                                                     : TagKind::Inline;
    case 7:
        return is("address", 7) || is("article", 7) || is("section", 7) ? TagKind::Block
                                                                        : TagKind::Inline;
    case 10:
        return is("blockquote", 10) || is("figcaption", 10) ? TagKind::Block : TagKind::Inline;
    default:
        return TagKind::Inline;
    }
}

// Appends text while collapsing whitespace: a pending break is written only when more text
// follows, which also trims both ends.
class Writer {
public:
    // Output never outgrows the input: every character written, break included, consumed at
    // least one input unit, and a surrogate pair comes from a reference of 8+ characters or from
    // four bytes of UTF-8.
    explicit Writer(qsizetype capacity)
    {
        m_out.resize(capacity);
        m_begin = m_end = m_out.data();
    }

    void space()
    {
        if (m_pending == Pending::None)
            m_pending = Pending::Space;
    }
    void line() { m_pending = Pending::Line; }
    // A run of text units that need no look (see isPlainUnit), copied as they are.
    template <typename Markup> void putRun(const Markup &html, qsizetype from, qsizetype to)
    {
        if (m_pending != Pending::None && m_end != m_begin)
            *m_end++ = m_pending == Pending::Line ? u'\n' : u' ';
        m_pending = Pending::None;
        for (qsizetype i = from; i < to; ++i)
            *m_end++ = char16_t(html.at(i));
    }
    void put(char16_t c)
    {
        if (m_pending != Pending::None && m_end != m_begin)
            *m_end++ = m_pending == Pending::Line ? u'\n' : u' ';
        m_pending = Pending::None;
        *m_end++ = c;
    }
    void putCodePoint(char32_t c)
    {
        if (c == 0xA0 || (c > 0x7F && c < 0x10000 && QChar(char16_t(c)).isSpace())) {
            space();
        } else if (c == 0xAD || c == 0x200B || c == 0xFEFF) {
            // invisible: soft hyphen, zero-width space, BOM
        } else if (c >= 0x10000) {
            put(QChar::highSurrogate(c));
            *m_end++ = QChar::lowSurrogate(c);
        } else {
            put(char16_t(c));
        }
    }
    QString take()
    {
        m_out.truncate(m_end - m_begin);
        return std::move(m_out);
    }

private:
    enum class Pending { None, Space, Line };
    QString m_out;
    QChar *m_begin = nullptr;
    QChar *m_end = nullptr;
    Pending m_pending = Pending::None;
};

// The markup as the pass reads it, UTF-16 code units or UTF-8 bytes. Tags, entities and the
// whitespace that matters are ASCII in both, so only the text between them is read differently:
// at(i) is the unit at i (>= 0x80 for anything not ASCII), character() decodes the non-ASCII
// character there.
struct Utf16Markup {
    QStringView text;

    qsizetype size() const { return text.size(); }
    char16_t at(qsizetype i) const { return text[i].unicode(); }
    qsizetype find(QLatin1String needle, qsizetype from) const
    {
        return text.indexOf(needle, from);
    }
    qsizetype find(char needle, qsizetype from) const
    {
        return text.indexOf(QLatin1Char(needle), from);
    }
    bool startsWithAt(qsizetype i, QLatin1String prefix) const
    {
        return text.mid(i, prefix.size()) == prefix;
    }
    std::size_t entity(qsizetype i, char32_t *codePoint) const
    {
        return HtmlEntities::decode(text.mid(i), codePoint);
    }
    // Surrogate halves pass through one by one, so pairs stay intact.
    char32_t character(qsizetype i, qsizetype *length) const
    {
        *length = 1;
        return text[i].unicode();
    }
};

struct Utf8Markup {
    QByteArrayView text;

    qsizetype size() const { return text.size(); }
    unsigned char at(qsizetype i) const { return static_cast<unsigned char>(text[i]); }
    qsizetype find(QLatin1String needle, qsizetype from) const
    {
        return text.indexOf(QByteArrayView(needle.data(), needle.size()), from);
    }
    qsizetype find(char needle, qsizetype from) const { return text.indexOf(needle, from); }
    bool startsWithAt(qsizetype i, QLatin1String prefix) const
    {
        return text.sliced(i).startsWith(QByteArrayView(prefix.data(), prefix.size()));
    }
    std::size_t entity(qsizetype i, char32_t *codePoint) const
    {
        return HtmlEntities::decode(text.data() + i, std::size_t(text.size() - i), codePoint);
    }
    // The text is valid UTF-8 (the parsers make sure); a stray byte still reads as U+FFFD.
    char32_t character(qsizetype i, qsizetype *length) const
    {
        const unsigned char lead = at(i);
        const int count = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (count == 1 || i + count > size()) {
            *length = 1;
            return 0xFFFD;
        }
        char32_t c = lead & (0x7F >> count);
        for (int k = 1; k < count; ++k) {
            const unsigned char next = at(i + k);
            if ((next & 0xC0) != 0x80) {
                *length = 1;
                return 0xFFFD;
            }
            c = (c << 6) | (next & 0x3F);
        }
        *length = count;
        return c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF) ? 0xFFFD : c;
    }
};

// Index just past the '>' that closes a tag starting at `from`, ignoring '>' inside quoted
// attribute values; text.size() when the tag never closes.
template <typename Markup> qsizetype tagEnd(const Markup &text, qsizetype from)
{
    char16_t quote = 0;
    char16_t previous = 0;
    for (qsizetype i = from; i < text.size(); ++i) {
        const char16_t c = text.at(i);
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '>') {
            return i + 1;
        } else if ((c == '"' || c == '\'') && previous == '=') {
            quote = c;
        }
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            previous = c;
    }
    return text.size();
}

template <typename Markup> qsizetype skipMarkupDeclaration(const Markup &html, qsizetype i)
{
    if (html.startsWithAt(i, QLatin1String("<!--"))) {
        const qsizetype end = html.find(QLatin1String("-->"), i + 4);
        return end < 0 ? html.size() : end + 3;
    }
    const qsizetype end = html.find('>', i);
    return end < 0 ? html.size() : end + 1;
}

// HTML's tag names match ASCII-case-insensitively: only A-Z fold to a-z. Both text forms use
// this one loop. Folding with `| 0x20` made a control character match ('\x0f' | 0x20 == '/'),
// and Unicode folding made "</\u017Ftyle" ("long s") close a style element: the UTF-8 and
// UTF-16 paths disagreed (fuzz_htmltext).
template <typename Markup>
qsizetype findAsciiCaseless(const Markup &html, QLatin1String needle, qsizetype from)
{
    // The needle is an end tag, so it starts with '<': jump from one '<' to the next.
    Q_ASSERT(needle.size() > 0 && needle.front() == '<');
    const auto lower = [](char32_t c) { return c >= 'A' && c <= 'Z' ? c | 0x20 : c; };
    for (qsizetype i = html.find('<', from); i >= 0 && i + needle.size() <= html.size();
         i = html.find('<', i + 1)) {
        qsizetype n = 0;
        while (n < needle.size() && lower(html.at(i + n)) == lower(uchar(needle.data()[n])))
            ++n;
        if (n == needle.size())
            return i;
    }
    return -1;
}

// Handles the tag at html[i] == '<' whose next character starts a name or is '/'; returns where
// the text continues.
template <typename Markup> qsizetype handleTag(const Markup &html, qsizetype i, Writer &out)
{
    const bool closing = html.at(i + 1) == u'/';
    qsizetype n = i + (closing ? 2 : 1);
    char name[12];
    std::size_t length = 0;
    for (; n < html.size() && isAsciiAlnum(html.at(n)); ++n) {
        if (length < sizeof name)
            name[length] = char(html.at(n) | 0x20); // ASCII lowercase
        ++length;
    }
    qsizetype next = tagEnd(html, n);
    if (length == 0 || length > sizeof name)
        return next; // "</>" and absurdly long names are dropped silently
    switch (classify(name, length)) {
    case TagKind::Inline:
        break;
    case TagKind::Cell:
        out.space();
        break;
    case TagKind::Block:
        out.line();
        break;
    case TagKind::RawText:
        if (!closing) {
            const auto endTag =
                QLatin1String(nameIs(name, length, "script") ? "</script" : "</style");
            const qsizetype close = findAsciiCaseless(html, endTag, next);
            next = close < 0 ? html.size() : tagEnd(html, close);
        }
        break;
    }
    return next;
}

// ASCII that is text as it stands: not markup ('<', '&'), not whitespace to collapse. Most of a
// description is runs of these, which are copied in one go.
constexpr struct PlainUnits {
    bool table[128] = {};
    constexpr PlainUnits()
    {
        for (int c = 0; c < 128; ++c)
            table[c] = c != '<' && c != '&' && c != ' ' && c != '\n' && c != '\t' && c != '\r' &&
                       c != '\f';
    }
} kPlainUnits;

template <typename Unit> bool isPlainUnit(Unit c)
{
    return c < 128 && kPlainUnits.table[c];
}

template <typename Markup> QString plainTextOf(const Markup &html)
{
    Writer out(html.size());
    const qsizetype size = html.size();
    qsizetype i = 0;
    while (i < size) {
        const char16_t c = html.at(i);
        if (isPlainUnit(c)) {
            // A single space between words stays as it is, so a run goes on over it; a space
            // before markup or other whitespace is left to the collapsing below.
            qsizetype end = i + 1;
            while (end < size) {
                if (isPlainUnit(html.at(end)))
                    ++end;
                else if (html.at(end) == ' ' && end + 1 < size && isPlainUnit(html.at(end + 1)))
                    end += 2;
                else
                    break;
            }
            out.putRun(html, i, end);
            i = end;
            continue;
        }
        if (c == '<' && i + 1 < size) {
            const char16_t next = html.at(i + 1);
            if (isAsciiAlpha(next) || (next == '/' && i + 2 < size)) {
                i = handleTag(html, i, out);
                continue;
            }
            if (next == '!' || next == '?') {
                i = skipMarkupDeclaration(html, i);
                continue;
            }
        } else if (c == '&') {
            char32_t codePoint = 0;
            if (const std::size_t used = html.entity(i, &codePoint)) {
                out.putCodePoint(codePoint);
                i += qsizetype(used);
                continue;
            }
        }
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
            out.space();
        } else if (c < 0x80) {
            out.put(c);
        } else {
            qsizetype length = 1;
            out.putCodePoint(html.character(i, &length));
            i += length;
            continue;
        }
        ++i;
    }
    return out.take();
}

// Ordinary HTML elements, the ones a feed's text may use as markup, sorted for binary search.
// Obsolete effects (blink, marquee) and active content (script, style, iframe) are not listed:
// text naming them is about them, not marked up with them.
constexpr std::string_view kHtmlElements[] = {
    "a",        "abbr",     "acronym",    "address", "area",       "article",  "aside",    "audio",
    "b",        "bdi",      "bdo",        "big",     "blockquote", "br",       "button",   "canvas",
    "caption",  "center",   "cite",       "code",    "col",        "colgroup", "data",     "dd",
    "del",      "details",  "dfn",        "dialog",  "dir",        "div",      "dl",       "dt",
    "em",       "fieldset", "figcaption", "figure",  "font",       "footer",   "form",     "h1",
    "h2",       "h3",       "h4",         "h5",      "h6",         "header",   "hr",       "i",
    "img",      "input",    "ins",        "kbd",     "label",      "legend",   "li",       "main",
    "map",      "mark",     "menu",       "meter",   "nav",        "ol",       "optgroup", "option",
    "output",   "p",        "picture",    "pre",     "progress",   "q",        "rp",       "rt",
    "ruby",     "s",        "samp",       "section", "select",     "small",    "source",   "span",
    "strike",   "strong",   "sub",        "summary", "sup",        "table",    "tbody",    "td",
    "textarea", "tfoot",    "th",         "thead",   "time",       "tr",       "tt",       "u",
    "ul",       "var",      "video",      "wbr"};

// Python's \w, which feedparser's tag pattern uses: letters, digits and '_'.
bool isWordCharacter(QChar c)
{
    return c == u'_' || (c.unicode() < 0x80 ? isAsciiAlnum(c.unicode()) : c.isLetterOrNumber());
}

bool isHtmlElement(QStringView name)
{
    char lower[12];
    if (name.size() > qsizetype(sizeof lower))
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        if (!isAsciiAlnum(c))
            return false;
        lower[i] = char(c | 0x20); // digits are unchanged by this
    }
    const std::string_view key(lower, std::size_t(name.size()));
    return std::binary_search(std::begin(kHtmlElements), std::end(kHtmlElements), key);
}

} // namespace

bool looksLikeHtml(QStringView text)
{
    bool markupSeen = false;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text[i].unicode();
        if (c == '&') {
            char32_t codePoint = 0;
            markupSeen = markupSeen || HtmlEntities::decode(text.mid(i), &codePoint) != 0;
        } else if (c == '<') {
            const bool closing = i + 1 < size && text[i + 1] == u'/';
            const qsizetype begin = i + 1 + (closing ? 1 : 0);
            qsizetype end = begin;
            while (end < size && isWordCharacter(text[end]))
                ++end;
            if (end == begin)
                continue; // "< 3" or "<>": no tag
            if (!isHtmlElement(text.mid(begin, end - begin)))
                return false;
            markupSeen = markupSeen || (closing && end < size && text[end] == u'>');
        }
    }
    return markupSeen;
}

QString htmlToPlainText(QStringView html)
{
    return plainTextOf(Utf16Markup{html});
}

QString htmlToPlainText(QByteArrayView utf8)
{
    return plainTextOf(Utf8Markup{utf8});
}
