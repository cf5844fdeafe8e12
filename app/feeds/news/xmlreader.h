#pragma once

#include <QByteArray>
#include <QString>

#include <pugixml.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The namespaces the news formats use. Elements are matched by namespace URI, not by prefix,
// because feeds pick their own prefixes.
enum class XmlNs : unsigned char {
    None,
    Other,
    Rss,
    Atom,
    Atom03,
    Dc,
    Content,
    Rdf,
    Xhtml,
    Media,
    Itunes
};

XmlNs namespaceFromUri(const char *uri);

// A pugixml document parsed without entity expansion (parse_escapes off: character data stays
// exactly as written), plus the reading helpers the per-format parsers share. One per parse call;
// it owns scratch buffers, so it is not shared between threads.
class XmlReader {
public:
    struct Name {
        XmlNs ns;
        const char *local;
    };

    // Collects the prefixes declared on `scope` (the root element, usually) for name().
    void declareNamespaces(pugi::xml_node scope);
    // Namespace and local name of an element. Prefixes declared below the root are looked up on
    // the element itself, then the conventional ones (dc:, content:, atom:, rdf:) are assumed.
    Name name(pugi::xml_node element) const;

    // Character data of the element's own text and CDATA children, entities decoded (XML's and
    // HTML's named ones, which feeds use without declaring them, and numeric ones). CDATA is taken
    // literally. Child elements are ignored.
    QString text(pugi::xml_node element);
    // The element's content as markup: its text when it has only text (escaped HTML or CDATA in
    // RSS), or its children serialised when it holds inline XML (Atom xhtml, or HTML pasted
    // unescaped into an RSS description).
    QString innerMarkup(pugi::xml_node element);
    // The same as UTF-8, for the fields that go to the database as they are (descriptions,
    // content): no round trip through UTF-16.
    QByteArray textUtf8(pugi::xml_node element);
    QByteArray innerMarkupUtf8(pugi::xml_node element);
    // An attribute's value with entities decoded.
    QString attribute(pugi::xml_node element, const char *name);

    static bool hasElementChildren(pugi::xml_node element);
    // Whether innerMarkup() met element children: markup inside a text field, where whitespace
    // between elements is part of the text.
    bool sawInlineMarkup() const { return m_sawInlineMarkup; }
    // Takes in what a copy of this reader, used on another thread for part of the document,
    // has seen.
    void absorb(const XmlReader &copy)
    {
        m_sawInlineMarkup = m_sawInlineMarkup || copy.m_sawInlineMarkup;
    }

private:
    // Views into the document or into m_scratch, valid until the next call.
    std::string_view textView(pugi::xml_node element);
    std::string_view markupView(pugi::xml_node element);
    void appendDecoded(const char *text);
    void appendEscaped(const char *text);
    void serialise(pugi::xml_node node, int depth);

    XmlNs m_defaultNs = XmlNs::None;
    std::vector<std::pair<std::string, XmlNs>> m_prefixes;
    std::string m_scratch;
    bool m_sawInlineMarkup = false;
};
