#include "feeds/news/itemfinisher.h"

#include "domain/htmltext.h"
#include "feeds/news/feeddates.h"

#include <QCoreApplication>

namespace {

// The scheme of an absolute URL ("http"), or an empty view for a relative reference.
QStringView schemeOf(QStringView url)
{
    for (qsizetype i = 0; i < url.size(); ++i) {
        const char16_t c = url[i].unicode();
        if (c == ':')
            return i > 0 ? url.left(i) : QStringView();
        const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool other = (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
        if (!alpha && !(i > 0 && other))
            return QStringView();
    }
    return QStringView();
}

bool isWebScheme(QStringView scheme)
{
    return scheme.compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 ||
           scheme.compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
}

// Titles and authors arrive simplified, so empty means absent; ids and text may be blank.
bool identifiable(const FeedItem &item)
{
    return !item.title.isEmpty() || !item.link.isEmpty() || !ItemFinisher::isBlank(item.guid) ||
           item.published.isValid() || item.updated.isValid() || !item.author.isEmpty() ||
           !ItemFinisher::isBlank(item.summaryHtml) || !ItemFinisher::isBlank(item.contentHtml);
}

} // namespace

QDateTime ItemFinisher::date(const QString &text)
{
    if (text.isEmpty())
        return QDateTime();
    QDateTime parsed = parseFeedDate(text);
    if (!parsed.isValid() && m_badDates++ == 0)
        m_firstBadDate = text.trimmed().left(80);
    return parsed;
}

QString ItemFinisher::link(const QString &raw, const QString &base)
{
    const QString trimmed = raw.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const QStringView scheme = schemeOf(trimmed);
    if (isWebScheme(scheme))
        return trimmed;
    if (scheme.isEmpty() && isWebScheme(schemeOf(base))) {
        if (base != m_baseText) {
            m_baseText = base;
            m_base = QUrl(base);
        }
        const QUrl resolved = m_base.resolved(QUrl(trimmed));
        if (resolved.isValid())
            return resolved.toString();
    }
    if (!scheme.isEmpty() && m_droppedLinks++ == 0)
        m_firstDroppedLink = trimmed.left(80);
    // A relative link with nothing to resolve it against is kept: it is still a useful hint.
    return scheme.isEmpty() ? trimmed : QString();
}

QString ItemFinisher::plainToHtml(const QString &text)
{
    return text.toHtmlEscaped();
}

QString ItemFinisher::simplified(QString text)
{
    const qsizetype size = text.size();
    const QChar *data = text.constData(); // text[i] would detach, copying the caller's string
    bool previousSpace = true;            // a leading space needs work too
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = data[i].unicode();
        const bool space = c == ' ';
        if ((space && previousSpace) || (c < ' ') || (c >= 0x80 && QChar::isSpace(c)))
            return std::move(text).simplified();
        previousSpace = space;
    }
    return previousSpace && size > 0 ? std::move(text).simplified() : text;
}

bool ItemFinisher::isBlank(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

bool ItemFinisher::isBlank(const QByteArray &utf8)
{
    for (const char c : utf8) {
        // Anything not ASCII is read the careful way; markup rarely starts with it.
        if (static_cast<unsigned char>(c) >= 0x80)
            return isBlank(QString::fromUtf8(utf8));
        if (!QChar::isSpace(uchar(c)))
            return false;
    }
    return true;
}

QString ItemFinisher::toHtml(const QString &text, TextType type)
{
    if (type == TextType::Html || (type == TextType::PlainOrHtml && looksLikeHtml(text)))
        return text;
    return plainToHtml(text);
}

QString ItemFinisher::plainTitle(const QString &text, TextType type)
{
    const bool html = type == TextType::Html ? text.contains(u'<') || text.contains(u'&')
                                             : type == TextType::PlainOrHtml && looksLikeHtml(text);
    return simplified(html ? htmlToPlainText(text) : text);
}

QString ItemFinisher::authorName(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype open = trimmed.indexOf(QLatin1String(" ("));
    if (open > 0 && trimmed.endsWith(u')') && trimmed.left(open).contains(u'@'))
        return trimmed.mid(open + 2, trimmed.size() - open - 3).trimmed();
    return trimmed;
}

void ItemFinisher::addCategory(QStringList *categories, const QString &category)
{
    const QString trimmed = simplified(category);
    if (!trimmed.isEmpty() && !categories->contains(trimmed))
        categories->append(trimmed);
}

bool ItemFinisher::finish(FeedItem *item, int position, QStringList *warnings)
{
    if (!identifiable(*item)) {
        warnings->append(
            QCoreApplication::translate(
                "NewsFeedParser",
                "Item %1 has no id, title, link, date, author or text; it was skipped.")
                .arg(position));
        return false;
    }
    if (m_plainText) {
        if (item->summaryText.isEmpty() && !item->summaryHtml.isEmpty())
            item->summaryText = htmlToPlainText(item->summaryHtml);
        if (item->contentText.isEmpty() && !item->contentHtml.isEmpty())
            item->contentText = htmlToPlainText(item->contentHtml);
    }
    return true;
}

void ItemFinisher::absorb(const ItemFinisher &later)
{
    if (m_badDates == 0)
        m_firstBadDate = later.m_firstBadDate;
    m_badDates += later.m_badDates;
    if (m_droppedLinks == 0)
        m_firstDroppedLink = later.m_firstDroppedLink;
    m_droppedLinks += later.m_droppedLinks;
}

void ItemFinisher::flushWarnings(QStringList *warnings) const
{
    if (m_badDates > 0)
        warnings->append(QCoreApplication::translate(
                             "NewsFeedParser", "%n date(s) could not be read, for example “%1”.",
                             nullptr, m_badDates)
                             .arg(m_firstBadDate));
    if (m_droppedLinks > 0)
        warnings->append(
            QCoreApplication::translate("NewsFeedParser",
                                        "%n link(s) that were not web addresses were dropped, for "
                                        "example “%1”.",
                                        nullptr, m_droppedLinks)
                .arg(m_firstDroppedLink));
}
