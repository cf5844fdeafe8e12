#include "support/rssbuilder.h"

QByteArray buildRss(const QList<RssTestItem> &items, const QString &title)
{
    QString xml =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                       "<title>%1</title><link>https://news.example.test/</link>")
            .arg(title.toHtmlEscaped());
    for (const RssTestItem &item : items)
        xml +=
            QStringLiteral(
                "<item><guid>%1</guid><title>%2</title><link>%3</link><description>%4</description>"
                "<pubDate>%5</pubDate></item>")
                .arg(item.guid.toHtmlEscaped(), item.title.toHtmlEscaped(),
                     item.link.toHtmlEscaped(), item.description.toHtmlEscaped(), item.pubDate);
    xml += QStringLiteral("</channel></rss>\n");
    return xml.toUtf8();
}

RssTestItem rssItem(int n, const QString &description)
{
    return {QStringLiteral("item-%1").arg(n), QStringLiteral("Story number %1").arg(n),
            QStringLiteral("https://news.example.test/story/%1").arg(n),
            description.isEmpty() ? QStringLiteral("<p>Body of story %1.</p>").arg(n) : description,
            QStringLiteral("Tue, 03 Jun 2025 0%1:15:00 GMT").arg(n % 10)};
}
