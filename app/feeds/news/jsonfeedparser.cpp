#include "feeds/news/jsonfeedparser.h"

#include "feeds/news/itemfinisher.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <optional>

namespace {

// Reads typed fields and notes, once per item, a field of the wrong type (a number where text
// belongs is converted: ids are often numbers).
class Fields {
public:
    explicit Fields(const QJsonObject &object) : m_object(object) {}

    QString text(QLatin1String key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isString())
            return value.toString();
        if (value.isDouble())
            return QString::number(value.toDouble(), 'g', 17);
        if (!value.isUndefined() && !value.isNull())
            noteWrongType(key);
        return QString();
    }
    QJsonArray array(QLatin1String key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isArray() && !value.isUndefined() && !value.isNull())
            noteWrongType(key);
        return value.toArray();
    }
    QJsonObject object(QLatin1String key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isObject() && !value.isUndefined() && !value.isNull())
            noteWrongType(key);
        return value.toObject();
    }
    QLatin1String wrongType() const { return m_wrongType; }

private:
    void noteWrongType(QLatin1String key)
    {
        if (m_wrongType.isEmpty())
            m_wrongType = key;
    }

    const QJsonObject &m_object;
    QLatin1String m_wrongType;
};

// Version 1.1's "authors" array, or version 1.0's single "author".
QStringList authorNames(Fields &fields)
{
    QStringList names;
    for (const QJsonValue author : fields.array(QLatin1String("authors"))) {
        const QString name = author.toObject().value(QLatin1String("name")).toString().simplified();
        if (!name.isEmpty())
            names.append(name);
    }
    if (names.isEmpty()) {
        const QString name =
            fields.object(QLatin1String("author")).value(QLatin1String("name")).toString();
        if (!name.trimmed().isEmpty())
            names.append(name.simplified());
    }
    return names;
}

FeedItem readItem(const QJsonObject &object, ItemFinisher &finisher, const QString &base,
                  QLatin1String *wrongType)
{
    Fields fields(object);
    FeedItem item;
    item.guid = fields.text(QLatin1String("id")).trimmed();
    QString url = fields.text(QLatin1String("url"));
    if (url.trimmed().isEmpty())
        url = fields.text(QLatin1String("external_url"));
    item.link = finisher.link(url, base);
    item.title = ItemFinisher::plainTitle(fields.text(QLatin1String("title")),
                                          ItemFinisher::TextType::Plain);
    item.contentHtml = fields.text(QLatin1String("content_html")).toUtf8();
    const QString contentText = fields.text(QLatin1String("content_text"));
    if (item.contentHtml.isEmpty() && !contentText.isEmpty())
        item.contentHtml = ItemFinisher::plainToHtml(contentText).toUtf8();
    item.contentText = contentText;
    item.summaryText = fields.text(QLatin1String("summary"));
    item.summaryHtml = ItemFinisher::plainToHtml(item.summaryText).toUtf8();
    item.published = finisher.date(fields.text(QLatin1String("date_published")));
    item.updated = finisher.date(fields.text(QLatin1String("date_modified")));
    item.author = authorNames(fields).join(QLatin1String(", "));
    for (const QJsonValue tag : fields.array(QLatin1String("tags")))
        ItemFinisher::addCategory(&item.categories, tag.toString());
    *wrongType = fields.wrongType();
    return item;
}

bool isJsonFeedVersion(QStringView version)
{
    return version.startsWith(QLatin1String("https://jsonfeed.org/version/1")) ||
           version.startsWith(QLatin1String("http://jsonfeed.org/version/1"));
}

// Just enough JSON to walk the top-level object: strings (escapes kept, except "\/", which
// encoders like PHP's write in URLs) and nested values skipped by bracket depth.
class JsonSkimmer {
public:
    explicit JsonSkimmer(const QByteArray &utf8) : m_p(utf8.constData()), m_end(m_p + utf8.size())
    {
    }

    // The top-level string value of `key`, or nothing when absent or the text is not JSON.
    std::optional<QByteArray> topLevelString(const char *key)
    {
        if (!take('{'))
            return std::nullopt;
        for (;;) {
            QByteArray name;
            if (!string(&name) || !take(':'))
                return std::nullopt;
            skipSpace();
            if (name == key) {
                QByteArray value;
                return string(&value) ? std::optional(value) : std::nullopt;
            }
            if (!skipValue())
                return std::nullopt;
            if (take('}') || !take(','))
                return std::nullopt;
        }
    }

private:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool take(char c)
    {
        skipSpace();
        if (m_p >= m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }
    // Reads a string into `out`, or skips it when `out` is null.
    bool string(QByteArray *out)
    {
        if (!take('"'))
            return false;
        while (m_p < m_end && *m_p != '"') {
            if (*m_p == '\\' && m_p + 1 < m_end) {
                if (out && m_p[1] != '/')
                    out->append('\\');
                ++m_p;
            }
            if (out)
                out->append(*m_p);
            ++m_p;
        }
        if (m_p >= m_end)
            return false;
        ++m_p;
        return true;
    }
    bool skipValue()
    {
        int depth = 0;
        while (m_p < m_end) {
            const char c = *m_p;
            if (c == '"') {
                if (!string(nullptr))
                    return false;
                continue;
            }
            if (depth == 0 && (c == ',' || c == '}'))
                return true;
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth < 0)
                return false;
            ++m_p;
        }
        return false;
    }

    const char *m_p;
    const char *m_end;
};

} // namespace

namespace JsonFeedParser {

bool isJsonFeed(const QJsonObject &root)
{
    return isJsonFeedVersion(root.value(QLatin1String("version")).toString());
}

bool looksLikeJsonFeed(const QByteArray &utf8)
{
    const std::optional<QByteArray> version = JsonSkimmer(utf8).topLevelString("version");
    return version && isJsonFeedVersion(QString::fromUtf8(*version));
}

void parse(const QJsonObject &root, ItemFinisher &finisher, ParsedNewsFeed *out)
{
    Fields feed(root);
    out->title =
        ItemFinisher::plainTitle(feed.text(QLatin1String("title")), ItemFinisher::TextType::Plain);
    out->link = finisher.link(feed.text(QLatin1String("home_page_url")), QString());
    const QString feedAuthor = authorNames(feed).join(QLatin1String(", "));
    int position = 0;
    for (const QJsonValue value : feed.array(QLatin1String("items"))) {
        ++position;
        if (!value.isObject()) {
            out->warnings.append(
                QCoreApplication::translate("NewsFeedParser",
                                            "Item %1 is not a JSON object; it was skipped.")
                    .arg(position));
            continue;
        }
        QLatin1String wrongType;
        FeedItem item = readItem(value.toObject(), finisher, out->link, &wrongType);
        if (wrongType.size())
            out->warnings.append(
                QCoreApplication::translate(
                    "NewsFeedParser", "Item %1: the field “%2” has the wrong type and was ignored.")
                    .arg(position)
                    .arg(wrongType));
        if (!finisher.finish(&item, position, &out->warnings))
            continue;
        if (item.author.isEmpty()) // the feed's authors stand in, once the item is kept
            item.author = feedAuthor;
        out->items.append(std::move(item));
    }
}

} // namespace JsonFeedParser
