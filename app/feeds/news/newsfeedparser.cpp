#include "feeds/news/newsfeedparser.h"

#include "feeds/news/atomparser.h"
#include "feeds/news/feedencoding.h"
#include "feeds/news/itemfinisher.h"
#include "feeds/news/jsonfeedparser.h"
#include "feeds/news/rdfparser.h"
#include "feeds/news/rssparser.h"
#include "feeds/news/xmlprolog.h"
#include "feeds/news/xmlreader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <cstring>

namespace {

// Character data is left undecoded (parse_escapes off): XmlReader decodes XML's and HTML's
// entities in one pass, which avoids decoding twice. No DTD is ever read: without parse_doctype
// pugixml skips the DOCTYPE, and it never expands declared entities or fetches external ones.
constexpr unsigned kXmlOptions = pugi::parse_cdata | pugi::parse_eol;

bool isXmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

char firstSignificantByte(const QByteArray &utf8)
{
    qsizetype i = utf8.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < utf8.size() && isXmlSpace(utf8[i]))
        ++i;
    return i < utf8.size() ? utf8[i] : '\0';
}

std::optional<NewsFormat> formatFromProlog(const XmlProlog &prolog)
{
    if (!prolog.hasRoot)
        return std::nullopt;
    const QByteArray &local = prolog.rootLocalName;
    if (local == "rss") // some RSS 2.0 feeds declare a namespace of their own
        return NewsFormat::Rss;
    if (local == "feed" && (prolog.rootNamespace == "http://www.w3.org/2005/Atom" ||
                            prolog.rootNamespace == "http://purl.org/atom/ns#"))
        return NewsFormat::Atom;
    if (local == "RDF" && prolog.rootNamespace == "http://www.w3.org/1999/02/22-rdf-syntax-ns#" &&
        (prolog.rootNamespaces.contains("http://purl.org/rss/1.0/") ||
         prolog.rootNamespaces.contains("http://my.netscape.com/rdf/simple/0.9/")))
        return NewsFormat::Rdf;
    return std::nullopt;
}

QJsonObject jsonFeedRoot(const QByteArray &utf8, QJsonParseError *jsonError)
{
    const QJsonDocument document = QJsonDocument::fromJson(utf8, jsonError);
    return document.isObject() ? document.object() : QJsonObject();
}

// The first bytes as UTF-8: enough of the document to see its prolog and root element.
QByteArray headAsUtf8(const QByteArray &body)
{
    int bomLength = 0;
    const QByteArray unicode = sniffUnicodeEncoding(body, &bomLength);
    if (!unicode.startsWith("UTF-16"))
        return body;
    constexpr qsizetype kHead = 64 * 1024;
    QStringDecoder decoder(unicode.constData());
    return QString(decoder.decode(body.mid(bomLength, kHead))).toUtf8();
}

QString notAFeedMessage(const XmlProlog &prolog, bool json)
{
    if (json)
        return QCoreApplication::translate(
            "NewsFeedParser",
            "The document is JSON but not a JSON Feed: its “version” does not name "
            "jsonfeed.org version 1.");
    if (prolog.hasRoot && prolog.rootLocalName.compare("html", Qt::CaseInsensitive) == 0)
        return QCoreApplication::translate("NewsFeedParser",
                                           "The document is an HTML page, not a news feed.");
    if (prolog.hasRoot)
        return QCoreApplication::translate(
                   "NewsFeedParser",
                   "The document is XML with the root element <%1>, not a news feed (RSS, RDF, "
                   "Atom or JSON Feed).")
            .arg(QString::fromUtf8(prolog.rootLocalName));
    return QCoreApplication::translate(
        "NewsFeedParser", "The document is neither XML nor JSON, so it is not a news feed.");
}

QString describe(pugi::xml_parse_status status)
{
    switch (status) {
    case pugi::status_end_element_mismatch:
        return QCoreApplication::translate(
            "NewsFeedParser",
            "an element is not closed or its end tag does not match (is the document "
            "truncated?)");
    case pugi::status_bad_start_element:
        return QCoreApplication::translate("NewsFeedParser", "malformed start tag");
    case pugi::status_bad_end_element:
        return QCoreApplication::translate("NewsFeedParser", "malformed end tag");
    case pugi::status_bad_attribute:
        return QCoreApplication::translate("NewsFeedParser", "malformed attribute");
    case pugi::status_bad_comment:
        return QCoreApplication::translate("NewsFeedParser", "malformed comment");
    case pugi::status_bad_cdata:
        return QCoreApplication::translate("NewsFeedParser", "malformed CDATA section");
    case pugi::status_bad_doctype:
        return QCoreApplication::translate("NewsFeedParser", "malformed DOCTYPE");
    case pugi::status_bad_pi:
        return QCoreApplication::translate("NewsFeedParser", "malformed processing instruction");
    case pugi::status_no_document_element:
        return QCoreApplication::translate("NewsFeedParser", "no root element");
    default:
        return QCoreApplication::translate("NewsFeedParser", "malformed markup");
    }
}

// Line and column (in characters) of a byte offset in UTF-8 text.
QString positionOf(const QByteArray &utf8, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, utf8.size());
    const char *data = utf8.constData();
    qsizetype line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (data[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    qsizetype column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((static_cast<unsigned char>(data[i]) & 0xC0) != 0x80)
            ++column;
    }
    return QCoreApplication::translate("NewsFeedParser", "line %1, column %2")
        .arg(line)
        .arg(column);
}

// Blanks "<?xml ... encoding=...?>" once the text is UTF-8, so that nothing reading the buffer can
// take the old encoding name at its word. Offsets stay put, which keeps error positions right.
void neutraliseDeclaration(QByteArray &utf8, const XmlProlog &prolog)
{
    if (prolog.declarationBegin >= 0 && prolog.declarationEnd > prolog.declarationBegin)
        std::memset(utf8.data() + prolog.declarationBegin, ' ',
                    std::size_t(prolog.declarationEnd - prolog.declarationBegin));
}

class Parse {
public:
    Parse(const QByteArray &body, const QString &httpCharset,
          const NewsFeedParser::Options &options)
        : m_body(body), m_httpCharset(httpCharset), m_plainText(options.plainText)
    {
    }

    bool run(ParsedNewsFeed *out, QString *error)
    {
        if (firstSignificantByte(m_body) == '\0') {
            *error = QCoreApplication::translate("NewsFeedParser", "The document is empty.");
            return false;
        }
        int bomLength = 0;
        if (sniffUnicodeEncoding(m_body, &bomLength).isEmpty())
            m_declaredEncoding = scanXmlProlog(m_body.constData(), m_body.size()).declaredEncoding;
        // Without a BOM the body is ASCII-compatible, so its first byte tells JSON from XML.
        m_undeclared = firstSignificantByte(m_body) == '{' ? UndeclaredEncoding::Utf8
                                                           : UndeclaredEncoding::GuessWindows1252;
        FeedEncoding decoded = decode();
        if (firstSignificantByte(decoded.utf8) == '{')
            return parseJson(decoded, out, error);
        const XmlProlog prolog = scanXmlProlog(decoded.utf8.constData(), decoded.utf8.size());
        const std::optional<NewsFormat> format = formatFromProlog(prolog);
        if (!format) {
            *error = notAFeedMessage(prolog, false);
            return false;
        }
        // Whitespace-only text between elements is dropped unless it can matter ("<b>Rhea
        // Cole</b> <i>as</i>"): always in Atom, whose xhtml content is inline XML; in RSS only
        // when an item turns out to hold raw markup, at the price of a second parse. Keeping it
        // for every RSS feed would cost every feed about 15%.
        const bool keepWhitespace = *format == NewsFormat::Atom;
        const Outcome outcome = parseXml(decoded, prolog, *format, keepWhitespace, out, error);
        if (outcome != Outcome::RetryKeepingWhitespace)
            return outcome == Outcome::Ok;
        *out = ParsedNewsFeed();
        decoded = decode();
        return parseXml(decoded, prolog, *format, true, out, error) == Outcome::Ok;
    }

private:
    enum class Outcome { Ok, Failed, RetryKeepingWhitespace };

    // The body as valid UTF-8: invalid sequences become U+FFFD here, once, so every field the
    // parsers take from the buffer is valid UTF-8 whether it is kept as bytes or as a QString.
    FeedEncoding decode() const
    {
        FeedEncoding decoded =
            decodeFeedBody(m_body, m_declaredEncoding, m_httpCharset, m_undeclared);
        if (!decoded.utf8.isValidUtf8())
            decoded.utf8 = QString::fromUtf8(decoded.utf8).toUtf8();
        return decoded;
    }

    bool parseJson(FeedEncoding &decoded, ParsedNewsFeed *out, QString *error)
    {
        QByteArray &utf8 = decoded.utf8; // valid UTF-8, which Qt's JSON parser insists on
        QJsonParseError jsonError;
        const QJsonObject root = jsonFeedRoot(utf8, &jsonError);
        if (jsonError.error != QJsonParseError::NoError) {
            *error =
                QCoreApplication::translate("NewsFeedParser", "The JSON is malformed at %1: %2.")
                    .arg(positionOf(utf8, jsonError.offset), jsonError.errorString());
            return false;
        }
        if (!JsonFeedParser::isJsonFeed(root)) {
            *error = notAFeedMessage(XmlProlog(), true);
            return false;
        }
        out->format = NewsFormat::JsonFeed;
        out->warnings = decoded.warnings;
        ItemFinisher finisher(m_plainText);
        JsonFeedParser::parse(root, finisher, out);
        finisher.flushWarnings(&out->warnings);
        return true;
    }

    Outcome parseXml(FeedEncoding &decoded, const XmlProlog &prolog, NewsFormat format,
                     bool keepWhitespace, ParsedNewsFeed *out, QString *error)
    {
        QByteArray &utf8 = decoded.utf8;
        neutraliseDeclaration(utf8, prolog);
        pugi::xml_document document;
        const unsigned options = kXmlOptions | (keepWhitespace ? pugi::parse_ws_pcdata : 0);
        const pugi::xml_parse_result result = document.load_buffer_inplace(
            utf8.data(), std::size_t(utf8.size()), options, pugi::encoding_utf8);
        if (!result) {
            // The buffer was edited in place; positions are counted on a fresh copy.
            *error =
                QCoreApplication::translate("NewsFeedParser", "The XML is malformed at %1: %2.")
                    .arg(positionOf(decode().utf8, qsizetype(result.offset)),
                         describe(result.status));
            return Outcome::Failed;
        }
        out->format = format;
        out->warnings = decoded.warnings;
        if (prolog.declaresEntities)
            out->warnings.append(QCoreApplication::translate(
                "NewsFeedParser", "The document's DTD declares entities; they were ignored, "
                                  "not expanded."));
        const pugi::xml_node root = document.document_element();
        XmlReader xml;
        xml.declareNamespaces(root);
        ItemFinisher finisher(m_plainText);
        if (!readFormat(format, root, xml, finisher, out, error))
            return Outcome::Failed;
        if (!keepWhitespace && xml.sawInlineMarkup())
            return Outcome::RetryKeepingWhitespace;
        finisher.flushWarnings(&out->warnings);
        return Outcome::Ok;
    }

    static bool readFormat(NewsFormat format, pugi::xml_node root, XmlReader &xml,
                           ItemFinisher &finisher, ParsedNewsFeed *out, QString *error)
    {
        switch (format) {
        case NewsFormat::Rss:
            return RssParser::parse(root, xml, finisher, out, error);
        case NewsFormat::Rdf:
            return RdfParser::parse(root, xml, finisher, out, error);
        case NewsFormat::Atom:
            return AtomParser::parse(root, xml, finisher, out, error);
        case NewsFormat::JsonFeed:
            break;
        }
        return false;
    }

    const QByteArray &m_body;
    const QString &m_httpCharset;
    const bool m_plainText;
    QByteArray m_declaredEncoding;
    UndeclaredEncoding m_undeclared = UndeclaredEncoding::Utf8;
};

} // namespace

namespace NewsFeedParser {

std::optional<NewsFormat> detect(const QByteArray &body)
{
    const QByteArray head = headAsUtf8(body);
    if (firstSignificantByte(head) == '{') {
        int bomLength = 0;
        const bool plainUtf8 = sniffUnicodeEncoding(body, &bomLength).isEmpty();
        if (JsonFeedParser::looksLikeJsonFeed(
                plainUtf8 ? body : decodeFeedBody(body, QByteArray(), QString()).utf8))
            return NewsFormat::JsonFeed;
        return std::nullopt;
    }
    return formatFromProlog(scanXmlProlog(head.constData(), head.size()));
}

bool parse(const QByteArray &body, const QString &httpCharset, ParsedNewsFeed *out,
           FeedError *error)
{
    return parse(body, httpCharset, out, error, Options());
}

bool parse(const QByteArray &body, const QString &httpCharset, ParsedNewsFeed *out,
           FeedError *error, const Options &options)
{
    *out = ParsedNewsFeed();
    QString message;
    if (Parse(body, httpCharset, options).run(out, &message)) {
        if (error)
            *error = FeedError();
        return true;
    }
    *out = ParsedNewsFeed();
    if (error)
        *error = FeedError::parse(message);
    return false;
}

} // namespace NewsFeedParser
