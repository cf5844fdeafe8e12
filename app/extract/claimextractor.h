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
//   A sentence over ExtractLimits::kSentenceChars is read, and quoted, piece by piece: a claim
//   quotes the piece it was first found in, and its key names no offset, so the pieces of one
//   sentence give each claim once.
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
//   Contradicted too (naming the actor's own credit). A person the ledger does not know is
//   recognised by the shape of a name (two or three capitalised words the lexicon does not
//   know, not a show, company or crew title) only in the actor slot of a strong pattern ("has
//   been cast as", "will portray", "voices", "the role of", "C (A)", list rows); a known actor
//   may be paired with a new, properly capitalised character name. Negative, wished-for,
//   conditional and past phrasing ("will not return", "fans want", "who played", "killed
//   off") yields no cast claim.
// - Spun text: a sentence carrying a lower-case Cyrillic or Vietnamese word still gives its
//   claims, one tier lower, with the word in the note.
// - Renewal: a renewal or cancellation stated only as a possibility ("if Netflix renews",
//   "could be cancelled") is no claim; "reportedly renewed" is a rumour. Renewals and
//   production milestones without a season in sight go to the upcoming season (the next one
//   when none is upcoming): a renewal or a shoot is always for a season not out yet.
// - Which show: a sentence is about the show it names (the nearest name before a phrase, else
//   one after it in the same clause), else about the show the text was last about; a section
//   heading or list item ("3. Kingdom") returns to the headline's show. Another show is
//   recognised from its shape ("Sweet Home season 3", "when Hellbound returns") and takes
//   its sentences away. A name in passing ("like All of Us Are Dead", "fans of ...", "the
//   webtoon Now at Our School") or not in the show's capitalisation ("our school now offers",
//   "all of us are dead tired") links the article but never makes it about the show.
// - Which season: "season 2", "Season Two", "second season", "S2", "All of Us Are Dead 2",
//   "series 2"; "the new season", "next season", "the sequel" mean the upcoming season (the
//   next one when none is upcoming). "Part 2" is not a season (Netflix splits seasons into
//   parts). Otherwise the paragraph's last season, else the headline's. With none, only a
//   release window in the future with a release verb goes to the upcoming season; counts and
//   cast need a season (or, for cast, a returning verb).
// - Release windows need a release event nearest to the date in the sentence: "premiere",
//   "release", "debut", "arrive", "drop", "stream", "air", "return", "land"...; "expected",
//   "slated", "due", "coming" count only with the season or show as subject. Dates nearer a
//   filming, renewal, teaser, interview or another project are not release windows. Windows
//   entirely before the publication date are history; negated ("will not premiere in 2026"),
//   bounded ("before 2026", "until 2027") and retracted ("originally", "now looks
//   impossible") ones are skipped.
// - Questions assert nothing ("Has filming started?"): no claims, but they set the context,
//   and a question or heading about a release lends its release verb to the next sentence
//   ("When will it premiere? Best guess: late 2025.").
// - Premises are not reports: "if filming began in September 2022" gives no production claim
//   (the sentence's prediction is still a claim, tier estimate).
// - Boilerplate (navigation lines, newsletter/app/social/cookie footers) gives no claims and
//   does not link; a footer glued onto a real sentence is cut off and the sentence still read.
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

// One sentence as the extractor read it (`extract --explain`): the claims it gave, each with the
// rule that fired, or why it gave none.
struct SentenceExplanation {
    QString text;
    int offset = -1;   // in ArticleInput::text; -1 for the headline
    QStringList fired; // "release_window s2 2026-09-01..2027-04-30 [reported]: <the claim's note>"
    QString reason;    // why nothing fired; empty when something did
};

struct ExtractedClaim {
    qint64 showId = 0;
    Claim claim;
    QString contradictsActor; // for a contradicted cast pair: the credit it contradicts
    QString contradictsCharacter;
};

// What one article may cost (issue 12). Real text never comes near either limit; they bound
// what a page glued together by a scraper, or a feed that is not prose, can take.
namespace ExtractLimits {
// A longer sentence is read in pieces of at most this many characters, cut at clause breaks
// (SentenceSplitter::split), and a claim quotes the piece it was found in. The longest
// sentence in the evaluation corpus has 160 characters, a 100-word English sentence about 600:
// a sentence of 2,000 characters is a list or a paragraph without its periods. A quote never
// carries more than this, whatever the page.
constexpr int kSentenceChars = 2000;
// Only the first this many characters of an article's text are read. A long read is 10,000
// words, some 60,000 characters; a million is a book (175,000 words) and, read in full at the
// extractor's speed, still well under a second.
constexpr int kArticleChars = 1000000;
} // namespace ExtractLimits

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

    // `linked`, when given, gets linkedShows(article) from the same pass (the sync needs both).
    // `warnings`, when given, gets one line for each ExtractLimits limit the article reached
    // (the text was cut, sentences were read in pieces); empty when it reached none.
    QList<ExtractedClaim> extract(const ArticleInput &article, QList<qint64> *linked = nullptr,
                                  QStringList *warnings = nullptr) const;
    QList<qint64> linkedShows(const ArticleInput &article) const;
    // Every sentence of the article (the headline first), what it gave and why; the claims are
    // the ones extract() gives.
    QList<SentenceExplanation> explain(const ArticleInput &article) const;

private:
    std::unique_ptr<const ExtractDetail::CompiledShows> m_shows;
};

namespace ClaimExtractor {
QList<ExtractedClaim> extract(const ArticleInput &article, const QList<KnownShow> &shows);
// Which known shows an article is about (title or alias mentioned, word-boundary,
// case-insensitive; mentions inside navigation and boilerplate lines do not count).
QList<qint64> linkedShows(const ArticleInput &article, const QList<KnownShow> &shows);
// The stable key of a claim within its article: show, kind, season and value. Not where it is said:
// an edit elsewhere in the article moves every offset, and the claim must keep its identity
// (the ledger then records the moved quote as a new version, not a retraction). A fact said
// twice in one article is one claim, quoted where it is first said.
QString claimKey(const Claim &claim);
} // namespace ClaimExtractor
