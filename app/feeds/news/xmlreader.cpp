#include "feeds/news/xmlreader.h"

#include "domain/htmlentities.h"

#include <cstring>

namespace {

struct KnownNamespace {
    const char *uri;
    XmlNs ns;
};

// RSS 1.0 and 0.90 share a structure, as do the RSS 2.0 namespace some feeds declare and none.
constexpr KnownNamespace kNamespaces[] = {
    {"http://purl.org/rss/1.0/", XmlNs::Rss},
    {"http://my.netscape.com/rdf/simple/0.9/", XmlNs::Rss},
    {"http://backend.userland.com/rss2", XmlNs::None},
    {"http://blogs.law.harvard.edu/tech/rss", XmlNs::None},
    {"http://www.w3.org/2005/Atom", XmlNs::Atom},
    {"http://purl.org/atom/ns#", XmlNs::Atom03},
    {"http://purl.org/dc/elements/1.1/", XmlNs::Dc},
    {"http://purl.org/rss/1.0/modules/content/", XmlNs::Content},
    {"http://www.w3.org/1999/02/22-rdf-syntax-ns#", XmlNs::Rdf},
    {"http://www.w3.org/1999/xhtml", XmlNs::Xhtml},
    {"http://search.yahoo.com/mrss/", XmlNs::Media},
    {"http://search.yahoo.com/mrss", XmlNs::Media}, // the spec's first version had no slash
    {"http://www.itunes.com/dtds/podcast-1.0.dtd", XmlNs::Itunes},
    {"http://www.itunes.com/DTDs/PodCast-1.0.dtd", XmlNs::Itunes}, // Apple's old documents
};

constexpr std::pair<const char *, XmlNs> kConventionalPrefixes[] = {
    {"dc", XmlNs::Dc},       {"content", XmlNs::Content}, {"atom", XmlNs::Atom},
    {"rdf", XmlNs::Rdf},     {"xhtml", XmlNs::Xhtml},     {"html", XmlNs::Xhtml},
    {"media", XmlNs::Media}, {"itunes", XmlNs::Itunes},
};

bool isVoidHtmlElement(const char *name)
{
    static const char *const voids[] = {"area",  "base", "br",   "col",    "embed", "hr", "img",
                                        "input", "link", "meta", "source", "track", "wbr"};
    for (const char *v : voids) {
        if (std::strcmp(v, name) == 0)
            return true;
    }
    return false;
}

constexpr int kMaxMarkupDepth = 200;

const char *localPart(const char *qualified)
{
    const char *colon = std::strchr(qualified, ':');
    return colon ? colon + 1 : qualified;
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

QString fromUtf8(const char *text, std::size_t length)
{
    return QString::fromUtf8(text, qsizetype(length));
}

} // namespace

XmlNs namespaceFromUri(const char *uri)
{
    for (const KnownNamespace &known : kNamespaces) {
        if (std::strcmp(known.uri, uri) == 0)
            return known.ns;
    }
    return XmlNs::Other;
}

void XmlReader::declareNamespaces(pugi::xml_node scope)
{
    for (pugi::xml_attribute a : scope.attributes()) {
        const char *name = a.name();
        if (std::strcmp(name, "xmlns") == 0)
            m_defaultNs = namespaceFromUri(a.value());
        else if (std::strncmp(name, "xmlns:", 6) == 0)
            m_prefixes.emplace_back(name + 6, namespaceFromUri(a.value()));
    }
}

XmlReader::Name XmlReader::name(pugi::xml_node element) const
{
    const char *qualified = element.name();
    const char *colon = std::strchr(qualified, ':');
    if (!colon)
        return {m_defaultNs, qualified};
    const std::size_t prefixLength = std::size_t(colon - qualified);
    for (const auto &[prefix, ns] : m_prefixes) {
        if (prefix.size() == prefixLength &&
            std::memcmp(prefix.data(), qualified, prefixLength) == 0)
            return {ns, colon + 1};
    }
    std::string declaration = "xmlns:";
    declaration.append(qualified, prefixLength);
    if (const pugi::xml_attribute a = element.attribute(declaration.c_str()))
        return {namespaceFromUri(a.value()), colon + 1};
    for (const auto &[prefix, ns] : kConventionalPrefixes) {
        if (std::strlen(prefix) == prefixLength &&
            std::memcmp(prefix, qualified, prefixLength) == 0)
            return {ns, colon + 1};
    }
    return {XmlNs::Other, colon + 1};
}

bool XmlReader::hasElementChildren(pugi::xml_node element)
{
    for (pugi::xml_node child = element.first_child(); child; child = child.next_sibling()) {
        if (child.type() == pugi::node_element)
            return true;
    }
    return false;
}

void XmlReader::appendDecoded(const char *text)
{
    const std::size_t length = std::strlen(text);
    std::size_t i = 0;
    while (i < length) {
        const char *amp = static_cast<const char *>(std::memchr(text + i, '&', length - i));
        const std::size_t runEnd = amp ? std::size_t(amp - text) : length;
        m_scratch.append(text + i, runEnd - i);
        i = runEnd;
        if (i >= length)
            break;
        char32_t codePoint = 0;
        if (const std::size_t used = HtmlEntities::decode(text + i, length - i, &codePoint)) {
            appendUtf8(m_scratch, codePoint);
            i += used;
        } else {
            m_scratch += '&'; // not a reference we know (or an undeclared DTD entity): keep it
            ++i;
        }
    }
}

void XmlReader::appendEscaped(const char *text)
{
    for (const char *p = text; *p; ++p) {
        switch (*p) {
        case '&':
            m_scratch += "&amp;";
            break;
        case '<':
            m_scratch += "&lt;";
            break;
        case '>':
            m_scratch += "&gt;";
            break;
        default:
            m_scratch += *p;
        }
    }
}

std::string_view XmlReader::textView(pugi::xml_node element)
{
    const pugi::xml_node first = element.first_child();
    if (first && !first.next_sibling()) { // the common case: one text or CDATA node
        const char *value = first.value();
        if (first.type() == pugi::node_cdata ||
            (first.type() == pugi::node_pcdata && !std::strchr(value, '&')))
            return std::string_view(value);
    }
    m_scratch.clear();
    for (pugi::xml_node child = first; child; child = child.next_sibling()) {
        if (child.type() == pugi::node_pcdata)
            appendDecoded(child.value());
        else if (child.type() == pugi::node_cdata)
            m_scratch += child.value();
    }
    return m_scratch;
}

QString XmlReader::text(pugi::xml_node element)
{
    const std::string_view view = textView(element);
    return fromUtf8(view.data(), view.size());
}

QByteArray XmlReader::textUtf8(pugi::xml_node element)
{
    const std::string_view view = textView(element);
    return QByteArray(view.data(), qsizetype(view.size()));
}

QString XmlReader::attribute(pugi::xml_node element, const char *name)
{
    const char *value = element.attribute(name).value();
    if (!std::strchr(value, '&'))
        return fromUtf8(value, std::strlen(value));
    m_scratch.clear();
    appendDecoded(value);
    return fromUtf8(m_scratch.data(), m_scratch.size());
}

// Writes HTML: character data stays as written (it is already escaped), CDATA gets escaped,
// prefixes are dropped (xhtml:p is p) and namespace declarations left out. Nesting deeper than any
// real article is cut off so that a hostile document cannot exhaust the stack.
void XmlReader::serialise(pugi::xml_node node, int depth)
{
    if (depth > kMaxMarkupDepth)
        return;
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
        switch (child.type()) {
        case pugi::node_pcdata:
            m_scratch += child.value();
            break;
        case pugi::node_cdata:
            appendEscaped(child.value());
            break;
        case pugi::node_element: {
            const char *name = localPart(child.name());
            m_scratch += '<';
            m_scratch += name;
            for (pugi::xml_attribute a : child.attributes()) {
                if (std::strncmp(a.name(), "xmlns", 5) == 0)
                    continue;
                const char quote = std::strchr(a.value(), '"') ? '\'' : '"';
                m_scratch += ' ';
                m_scratch += a.name();
                m_scratch += '=';
                m_scratch += quote;
                m_scratch += a.value();
                m_scratch += quote;
            }
            if (!child.first_child() && isVoidHtmlElement(name)) {
                m_scratch += '>';
                break;
            }
            m_scratch += '>';
            serialise(child, depth + 1);
            m_scratch += "</";
            m_scratch += name;
            m_scratch += '>';
            break;
        }
        default:
            break;
        }
    }
}

std::string_view XmlReader::markupView(pugi::xml_node element)
{
    if (!hasElementChildren(element))
        return textView(element);
    m_sawInlineMarkup = true;
    m_scratch.clear();
    serialise(element, 0);
    return m_scratch;
}

QString XmlReader::innerMarkup(pugi::xml_node element)
{
    const std::string_view view = markupView(element);
    return fromUtf8(view.data(), view.size());
}

QByteArray XmlReader::innerMarkupUtf8(pugi::xml_node element)
{
    const std::string_view view = markupView(element);
    return QByteArray(view.data(), qsizetype(view.size()));
}
