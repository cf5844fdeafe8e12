#pragma once

#include "extract/claimextractor.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// Measures the extractor against a hand-labelled corpus: one JSON file per article in a
// directory (see tests/fixtures/articles/README.md for the format and
// tests/fixtures/coverage/README.md for the coverage corpus). Lives in the core so the test
// suite, the evaluation program and a future CLI command score the same way.
namespace ExtractEvaluation {

struct ExpectedClaim {
    QString show; // show key, e.g. "all-of-us-are-dead"
    ClaimKind kind = ClaimKind::ReleaseWindow;
    int season = 0;
    QString value; // canonical text, see valueText()
    std::optional<ClaimStatus> status;
};

struct CorpusArticle {
    QString id;
    QString style;
    QString file;
    ArticleInput input;
    QList<ExpectedClaim> expected;
    bool negative = false; // must yield no release window for `negativeShow`
    QString negativeShow;
};

// Every *.json file directly in `dir`, sorted by name; each holds one article object or an
// array of them. Returns false with `error` set on the first malformed file.
bool loadCorpus(const QString &dir, QList<CorpusArticle> *articles, QString *error);

// Labels that cannot be right against these known shows, one line each: an expected claim or a
// negative article naming a show that is not known, a claim about a season that is already
// released (claims are only made about open seasons), an article id used twice. A corpus with
// problems would score its own mistakes, so the evaluation program refuses it.
QStringList labelProblems(const QList<CorpusArticle> &articles, const QList<KnownShow> &shows,
                          const QHash<QString, qint64> &showKeys);

// A show object of a season feed (our JSON: title, aliases, originalTitle,
// originalTitleRomanised, seasons[{number, status, premiere}], credits[]) as a KnownShow: the
// upcoming season is the lowest one that is not released, latestPremiere the newest
// premiere of a released season.
KnownShow knownShowFromFeed(const QJsonObject &show, qint64 id);

// The shows of season-feed files, ids 1.. in order; `keys` maps feed ids to show ids.
bool loadShows(const QStringList &feedFiles, QList<KnownShow> *shows, QHash<QString, qint64> *keys,
               QString *error);

// The value a claim is matched on: release windows "earliest..latest" ("earliest..open" for a
// lower bound such as "not before 2027", which a label writes as "latest": "open"), counts the
// number, cast "actor / character", renewal the event, production the milestone.
QString valueText(const Claim &claim);

struct Count {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    double precision() const { return tp + fp ? double(tp) / (tp + fp) : 1.0; }
    double recall() const { return tp + fn ? double(tp) / (tp + fn) : 1.0; }
};

struct Mismatch {
    QString article;
    bool falsePositive = false;
    QString kind;
    QString show;
    int season = 0;
    QString value;
    QString sentence; // the quote (FP) or empty (FN)
    QString note;
};

struct Report {
    QMap<QString, Count> perKind; // by wire name
    Count overall;
    QList<Mismatch> mismatches;
    int articles = 0;
    int sentences = 0; // of the article texts, as the extractor splits them (headlines not counted)
    int negativeArticles = 0;
    QStringList negativeViolations; // negative articles that produced a release window
};

// Matching rule: same show, kind and season, equal value, and the expected status if one is
// given. Claims are de-duplicated per article on that key before matching (an article that
// says "12 episodes" twice makes one claim).
Report evaluate(const QList<CorpusArticle> &articles, const QList<KnownShow> &shows,
                const QHash<QString, qint64> &showKeys);

QString formatReport(const Report &report, bool verbose);

} // namespace ExtractEvaluation
