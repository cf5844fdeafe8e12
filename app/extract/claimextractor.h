#pragma once

#include "domain/catalog.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

// Claims from news articles: deterministic, explainable, conservative (precision before
// recall). Pure functions of the article and the known shows: no database, no network.
//
// Decisions (tests pin them; the rule files explain the details):
// - Quotes: a claim quotes its sentence; quoteOffset is the UTF-16 offset of the sentence in
//   ArticleInput::text. A claim from the headline has quoteOffset -1 and quote = the title.
// - Tier: the article's tier, lowered by hedges in the sentence. Rumour words ("rumoured",
//   "speculation", "reportedly", "fans hope", "appeared to") give at most `rumour`; estimate
//   words ("if", "could", "might", "should", "probably", "likely", "best guess", "we expect")
//   give at most `estimate`. "Lower" is by tierRank: official > reported > rumour > estimate,
//   so a sentence with both kinds of hedge is an estimate. "expected" alone is not a hedge:
//   "season 2 is expected in late 2026" is how trade press reports a plan.
// - Seasons: claims are kept only for seasons that are not released yet (>= upcomingSeason,
//   or above every known season when there is no upcoming one). What a released season did is
//   history, and official feeds own it.
// - Several release phrases in one sentence ("late 2025, probably October or November") give
//   one claim each: the ledger keeps every window the source named, the outlook combines them.
// - Cast: value is {actor, character} with the known full names. A pair written the other way
//   round (a known character in the actor slot, a known actor in the character slot) keeps
//   the pair as written, status Contradicted, and contradictsActor/contradictsCharacter name
//   the real credit; a known actor paired with another known actor's character is
//   Contradicted too (naming the actor's own credit). Pairs whose actor is not known are
//   skipped (a new person must come from an official feed); a known actor may be paired with
//   a new, properly capitalised character name. Negative phrasing ("will not return",
//   "killed off", "exits") yields no cast claim.
// - Renewal: a renewal or cancellation stated only as a possibility ("if Netflix renews",
//   "could be cancelled") is no claim; "reportedly renewed" is a rumour.
struct KnownShow {
    qint64 id = 0;
    QString title;
    QStringList aliases;    // other names incl. original/romanised titles
    QList<int> seasons;     // season numbers that exist
    int upcomingSeason = 0; // the newest not-yet-released season (0 if none)
    QList<Credit> credits;  // actor, character, characterAliases (short names like "Dae-su")
    // Premiere of the newest released season, if known: production and renewal events dated
    // before it belong to a released season.
    QDate latestPremiere;
};

struct ArticleInput {
    QString title;
    QString text;    // plain text (HTML already stripped), paragraphs separated by '\n'
    QDate published; // may be invalid
    Tier tier = Tier::Reported;
};

struct ExtractedClaim {
    qint64 showId = 0;
    Claim claim;
    QString contradictsActor; // for a contradicted cast pair: the credit it contradicts
    QString contradictsCharacter;
};

namespace ExtractDetail {
class CompiledShows;
}

// Compiles the per-show matchers once; extract() is const and safe to call from many threads.
class Extractor {
public:
    explicit Extractor(QList<KnownShow> shows);
    ~Extractor();
    Extractor(Extractor &&) noexcept;
    Extractor &operator=(Extractor &&) noexcept;

    QList<ExtractedClaim> extract(const ArticleInput &article) const;
    QList<qint64> linkedShows(const ArticleInput &article) const;

private:
    std::unique_ptr<const ExtractDetail::CompiledShows> m_shows;
};

namespace ClaimExtractor {
QList<ExtractedClaim> extract(const ArticleInput &article, const QList<KnownShow> &shows);
// Which known shows an article is about (title or alias mentioned, word-boundary,
// case-insensitive; mentions inside navigation and boilerplate lines do not count).
QList<qint64> linkedShows(const ArticleInput &article, const QList<KnownShow> &shows);
// The stable key of a claim: kind, season, value and sentence offset.
QString claimKey(const Claim &claim);
} // namespace ClaimExtractor
