#pragma once

#include "storage/articlestore.h"

#include <QList>
#include <QString>

// Runs inside a news feed's sync transaction on the articles it inserted or changed, so what is
// derived from them (show links, extracted claims) commits together with them.
class ArticleHook {
public:
    virtual ~ArticleHook() = default;
    // Called with every parsed item before the articles are written, so pure work on them can
    // run on the other core meanwhile. `items` stays alive until batchDone() returns.
    virtual void itemsParsed(qint64 feedId, const QList<FeedItem> &items)
    {
        Q_UNUSED(feedId);
        Q_UNUSED(items);
    }
    virtual bool articlesChanged(qint64 feedId, const QList<ChangedArticle> &articles,
                                 QString *error) = 0;
    // Always called after itemsParsed(), whatever happened in between: background work on the
    // items must end here, before they are freed.
    virtual void batchDone() {}
    // Problems met on the way that did not stop the batch (an article too long to read whole),
    // for the sync report; cleared by the call.
    virtual QStringList takeWarnings() { return {}; }
};
