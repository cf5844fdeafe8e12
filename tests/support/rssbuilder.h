#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Small RSS 2.0 documents for sync tests, so each test states exactly what the feed holds.
struct RssTestItem {
    QString guid;
    QString title;
    QString link;
    QString description;
    QString pubDate; // RFC 822
};

QByteArray buildRss(const QList<RssTestItem> &items,
                    const QString &title = QStringLiteral("Test news"));
RssTestItem rssItem(int n, const QString &description = QString());
