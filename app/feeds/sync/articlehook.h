#pragma once

#include "storage/articlestore.h"

#include <QList>
#include <QString>

// Runs inside a news feed's sync transaction on the articles it inserted or changed, so what is
// derived from them (show links, extracted claims) commits together with them.
class ArticleHook {
public:
    virtual ~ArticleHook() = default;
    virtual bool articlesChanged(qint64 feedId, const QList<ChangedArticle> &articles,
                                 QString *error) = 0;
};
