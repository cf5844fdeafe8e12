// Claim extraction (claimextractor.h) from any text, against the shows of the embedded season
// feed and the corpus's invented ones: a quote is inside the text and never longer than
// ExtractLimits::kSentenceChars, every claim and link is about a known show, and the links
// extract() reports are the ones linkedShows() gives.
#include "eval/evaluation.h"
#include "extract/claimextractor.h"
#include "fuzzcheck.h"
#include "fuzzinput.h"

#include <QSet>

namespace {

const Extractor &extractor(QSet<qint64> *known)
{
    static QSet<qint64> ids;
    static const Extractor compiled = [] {
        QList<KnownShow> shows;
        QHash<QString, qint64> keys;
        QString error;
        const bool loaded = ExtractEvaluation::loadShows(
            {QStringLiteral(CLIFFHANGER_SOURCE_DIR "/resources/default-feed.json"),
             QStringLiteral(CLIFFHANGER_SOURCE_DIR
                            "/tests/fixtures/articles/shows/invented-shows.json")},
            &shows, &keys, &error);
        FUZZ_CHECK(loaded && !shows.isEmpty(), qPrintable(error));
        for (const KnownShow &show : shows)
            ids.insert(show.id);
        return Extractor(shows);
    }();
    *known = ids;
    return compiled;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QSet<qint64> known;
    const Extractor &claims = extractor(&known);
    const QString all = QString::fromUtf8(FuzzInput::bytes(data, size));
    // The first line is the headline, as a feed item's title.
    const qsizetype newline = all.indexOf(QLatin1Char('\n'));
    ArticleInput article;
    article.title = newline < 0 ? all : all.left(newline);
    article.text = newline < 0 ? QString() : all.mid(newline + 1);
    article.published = FuzzInput::pick(size, 2) ? QDate(2026, 6, 1) : QDate();

    QList<qint64> linked;
    const QList<ExtractedClaim> found = claims.extract(article, &linked);
    FUZZ_CHECK(linked == claims.linkedShows(article), "extract() links what linkedShows() does");
    for (const qint64 id : linked)
        FUZZ_CHECK(known.contains(id), "a link is to a known show");
    for (const ExtractedClaim &claim : found) {
        FUZZ_CHECK(known.contains(claim.showId), "a claim is about a known show");
        FUZZ_CHECK(claim.claim.quote.size() <= ExtractLimits::kSentenceChars ||
                       claim.claim.quoteOffset < 0,
                   "a quote is at most one piece of a sentence");
        if (claim.claim.quoteOffset >= 0) {
            FUZZ_CHECK(claim.claim.quoteOffset < article.text.size(), "a quote is in the text");
        }
    }
    return 0;
}
