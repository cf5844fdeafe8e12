#include "feeds/news/xmlprolog.h"

#include <cstring>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

class Scanner {
public:
    Scanner(const char *data, qsizetype size) : m_data(data), m_size(size) {}

    bool atEnd() const { return m_pos >= m_size; }
    qsizetype pos() const { return m_pos; }
    char peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_size ? m_data[m_pos + ahead] : '\0';
    }
    bool startsWith(const char *text) const
    {
        const auto length = qsizetype(std::strlen(text));
        return m_size - m_pos >= length && std::memcmp(m_data + m_pos, text, length) == 0;
    }
    void skipSpaces()
    {
        while (!atEnd() && isSpace(m_data[m_pos]))
            ++m_pos;
    }
    // Moves past the next occurrence of `text`; to the end when there is none.
    void skipPast(const char *text)
    {
        const auto length = qsizetype(std::strlen(text));
        while (m_pos < m_size && !startsWith(text))
            ++m_pos;
        m_pos = qMin(m_size, m_pos + length);
    }
    void advance(qsizetype n = 1) { m_pos = qMin(m_size, m_pos + n); }
    QByteArray name()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && !isSpace(peek()) && peek() != '=' && peek() != '>' && peek() != '/' &&
               peek() != '?')
            ++m_pos;
        return QByteArray(m_data + start, m_pos - start);
    }
    // A quoted value after optional spaces and '='.
    bool attributeValue(QByteArray *value)
    {
        skipSpaces();
        if (peek() != '=')
            return false;
        advance();
        skipSpaces();
        const char quote = peek();
        if (quote != '"' && quote != '\'')
            return false;
        advance();
        const qsizetype start = m_pos;
        while (!atEnd() && peek() != quote)
            ++m_pos;
        *value = QByteArray(m_data + start, m_pos - start);
        advance();
        return true;
    }

private:
    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
};

void scanDeclaration(Scanner &s, XmlProlog &prolog)
{
    prolog.declarationBegin = s.pos();
    s.advance(5);
    while (!s.atEnd() && !s.startsWith("?>")) {
        s.skipSpaces();
        const QByteArray attribute = s.name();
        QByteArray value;
        if (attribute.isEmpty() || !s.attributeValue(&value))
            break;
        if (attribute == "encoding")
            prolog.declaredEncoding = value.trimmed();
    }
    s.skipPast("?>");
    prolog.declarationEnd = s.pos();
}

// Walks the DOCTYPE, its quoted literals and its internal subset, noting entity declarations.
void scanDoctype(Scanner &s, XmlProlog &prolog)
{
    prolog.hasDoctype = true;
    s.advance(9);
    bool inSubset = false;
    while (!s.atEnd()) {
        const char c = s.peek();
        if (c == '"' || c == '\'') {
            s.advance();
            while (!s.atEnd() && s.peek() != c)
                s.advance();
        } else if (inSubset && s.startsWith("<!--")) {
            s.skipPast("-->");
            continue;
        } else if (inSubset && s.startsWith("<!ENTITY")) {
            prolog.declaresEntities = true;
        } else if (c == '[') {
            inSubset = true;
        } else if (c == ']') {
            inSubset = false;
        } else if (c == '>' && !inSubset) {
            s.advance();
            return;
        }
        s.advance();
    }
}

void scanRootElement(Scanner &s, XmlProlog &prolog)
{
    s.advance(); // '<'
    const QByteArray qualified = s.name();
    const qsizetype colon = qualified.indexOf(':');
    const QByteArray prefix = colon < 0 ? QByteArray() : qualified.left(colon);
    prolog.rootLocalName = colon < 0 ? qualified : qualified.mid(colon + 1);
    prolog.hasRoot = !prolog.rootLocalName.isEmpty();
    for (;;) {
        s.skipSpaces();
        if (s.atEnd() || s.peek() == '>' || s.peek() == '/')
            return;
        const QByteArray attribute = s.name();
        QByteArray value;
        if (attribute.isEmpty() || !s.attributeValue(&value))
            return;
        if (attribute == "xmlns" || attribute.startsWith("xmlns:")) {
            prolog.rootNamespaces.append(value);
            const QByteArray declared = attribute.size() > 6 ? attribute.mid(6) : QByteArray();
            if (declared == prefix)
                prolog.rootNamespace = value;
        }
    }
}

} // namespace

XmlProlog scanXmlProlog(const char *data, qsizetype size)
{
    XmlProlog prolog;
    Scanner s(data, size);
    if (s.startsWith("\xEF\xBB\xBF"))
        s.advance(3);
    for (;;) {
        s.skipSpaces();
        if (s.atEnd() || s.peek() != '<')
            return prolog;
        if (s.startsWith("<?xml") && isSpace(s.peek(5)) && prolog.declarationBegin < 0) {
            scanDeclaration(s, prolog);
        } else if (s.startsWith("<?")) {
            s.skipPast("?>");
        } else if (s.startsWith("<!--")) {
            s.skipPast("-->");
        } else if (s.startsWith("<!DOCTYPE") || s.startsWith("<!doctype")) {
            scanDoctype(s, prolog);
        } else if (s.peek(1) != '!' && s.peek(1) != '?' && s.peek(1) != '/') {
            scanRootElement(s, prolog);
            return prolog;
        } else {
            return prolog;
        }
    }
}
