#pragma once

#include "domain/feeditem.h"

#include <QByteArrayView>
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
    // How a field's text (entities already decoded once, by the XML reader) is to be read. Atom
    // says so (type="text", "html", "xhtml"), JSON Feed says so by the key (content_text,
    // content_html). RSS titles and the extensions' text are nominally plain but often carry
    // markup; they are read as feedparser reads them: plain unless looksLikeHtml().
    enum class TextType { Plain, Html, PlainOrHtml };

    // Markup to keep as summaryHtml/contentHtml for plain-text sources, so that those fields are
    // always markup.
    static QString plainToHtml(const QString &text);
    // `text` of the given type as markup.
    static QString toHtml(const QString &text, TextType type);
    // A title: plain text, one line.
    static QString plainTitle(const QString &text, TextType type);
    // "editor@example.com (Jane Doe)", RSS's required form, becomes "Jane Doe".
    static QString authorName(const QString &text);
    static void addCategory(QStringList *categories, const QString &category);
    // QString::simplified(), without its cost for the usual text that needs nothing done.
    static QString simplified(QString text);
    // Empty or only whitespace (trimmed().isEmpty() without the copy).
    static bool isBlank(const QString &text);
    static bool isBlank(const QByteArray &utf8);

    // Fills the plain-text fields from the markup; false (with a warning) when the item has
    // nothing that identifies it (no id, title, link, readable date, author or text) and is
    // skipped. An untitled item with any of them is kept, as feedparser keeps it: the article
    // store keys it by its id, else its link, else a hash of its content. Call it before giving
    // the item a feed-wide default (an Atom feed's author), which identifies no item.
    // `position` is 1-based, for messages.
    bool finish(FeedItem *item, int position, QStringList *warnings);
    // Appends the summary warnings (unreadable dates, dropped links).
    void flushWarnings(QStringList *warnings) const;
    bool plainText() const { return m_plainText; }
    // Takes in what another finisher saw on the items after this one's, so the summary warnings
    // read as one pass over them all would have written them.
    void absorb(const ItemFinisher &later);

private:
    bool m_plainText;
    int m_badDates = 0;
    QString m_firstBadDate;
    int m_droppedLinks = 0;
    QString m_firstDroppedLink;
    QString m_baseText;
    QUrl m_base; // the parsed m_baseText; bases repeat item after item, so it is kept
};
