#pragma once

#include "domain/feeditem.h"

#include <QString>
#include <QStringList>
#include <QUrl>

// The steps every format shares once an item's raw fields are read: dates, links, authors, the
// plain-text fields, and the decision to keep or skip the item. One per parse call; it keeps the
// problems it saw so a feed with 20,000 bad dates gets one warning, not 20,000.
class ItemFinisher {
public:
    explicit ItemFinisher(bool plainText) : m_plainText(plainText) {}

    // A UTC date, or invalid (counted for one summary warning) when the text is not empty but
    // unreadable.
    QDateTime date(const QString &text);
    // An absolute http(s) link: relative ones are resolved against `base` when it is absolute,
    // other schemes (javascript:, data:, file:) are dropped because the UI opens these links.
    QString link(const QString &raw, const QString &base);
    // Markup to keep as summaryHtml/contentHtml for plain-text sources, so that those fields are
    // always markup.
    static QString plainToHtml(const QString &text);
    // Titles are plain text, but RSS titles often carry escaped markup or double-escaped entities.
    static QString plainTitle(const QString &text, bool mayBeHtml);
    // "editor@example.com (Jane Doe)", RSS's required form, becomes "Jane Doe".
    static QString authorName(const QString &text);
    static void addCategory(QStringList *categories, const QString &category);
    // QString::simplified(), without its cost for the usual text that needs nothing done.
    static QString simplified(QString text);

    // Fills the plain-text fields from the markup; false (with a warning) when the item has no
    // title, link or text and is skipped. `position` is 1-based, for messages.
    bool finish(FeedItem *item, int position, QStringList *warnings);
    // Appends the summary warnings (unreadable dates, dropped links).
    void flushWarnings(QStringList *warnings) const;

private:
    bool m_plainText;
    int m_badDates = 0;
    QString m_firstBadDate;
    int m_droppedLinks = 0;
    QString m_firstDroppedLink;
    QString m_baseText;
    QUrl m_base; // the parsed m_baseText; bases repeat item after item, so it is kept
};
