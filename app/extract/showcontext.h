#pragma once

#include "extract/claimextractor.h"
#include "extract/creditindex.h"
#include "extract/events.h"
#include "extract/sentence.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVarLengthArray>

// Which show and which season a phrase in a sentence is about, and how much the sentence
// hedges. Every rule asks the same questions the same way, so the answers stay consistent.
namespace ExtractDetail {

struct CompiledShow {
    KnownShow show;
    CreditIndex credits;
    int maxSeason = 0;

    // What "the new season" / "next season" means: the upcoming season, or without one the
    // season after the last known one.
    int nextSeason() const { return show.upcomingSeason > 0 ? show.upcomingSeason : maxSeason + 1; }

    // Claims are only made about seasons that have not been released.
    bool isOpen(int season) const
    {
        if (season <= 0)
            return false;
        return show.upcomingSeason > 0 ? season >= show.upcomingSeason : season > maxSeason;
    }
};

enum class SeasonSource { None, Explicit, Paragraph, Headline, Fallback };

struct SeasonPick {
    int season = 0;
    SeasonSource source = SeasonSource::None;
    QStringView wording; // the mention, when explicit
};

// Indexes into Sentence::seasons; a sentence names few seasons.
using SeasonIndexes = QVarLengthArray<int, 8>;

struct RuleContext {
    const Sentence &s;
    const SentenceEvents &events;
    const QList<NameHit> &names; // this show's people in the sentence, in order
    const CompiledShow &show;
    const SeasonIndexes &seasons; // indexes into s.seasons of the mentions eligible() for this show
    int showIndex = 0;
    int focus = Foreign;     // the show the article is about here, for phrases naming none
    int paragraphSeason = 0; // the last season this paragraph talked about (0 none)
    int headlineSeason = 0;
    QDate published;
    Tier articleTier = Tier::Reported;
    bool inheritedRelease = false; // the previous heading or question asked about a release

    // The show a phrase at token `tok` is about: the nearest show named before it in the
    // sentence, else one named after it in the same clause, else the article's focus.
    int showAt(int tok) const;
    bool ours(int tok) const { return showAt(tok) == showIndex; }

    // The season of the phrase [tokBegin, tokEnd): a mention attached right after it
    // ("12 episodes of season 1", "renewed for a second season"), else the nearest mention
    // before it in its clause, after it in its clause, before it in the sentence; else the
    // paragraph's season, else the headline's.
    SeasonPick season(int tokBegin, int tokEnd) const;
    bool commaBetween(int from, int to) const; // a "," token in [from, to)
    int seasonOf(const SeasonMention &m) const { return m.upcoming ? show.nextSeason() : m.number; }
    bool eligible(const SeasonMention &m) const
    {
        return (m.show == showIndex || m.show == Unattached) && seasonOf(m) > 0;
    }

    // The article's tier lowered by the sentence's hedges; `hedge` gets the word that did it.
    Tier tier(QString *hedge) const;

    // Token range of the clause containing `tok`.
    int clauseBegin(int tok) const { return s.clauseBegin(tok); }
    int clauseEnd(int tok) const { return s.clauseEnd(tok); }
    bool clauseHas(int tok, quint64 mask) const { return (s.clauseClassesAt(tok) & mask) != 0; }
};

// The season mentions of `s` that are eligible for the show (the RuleContext's `seasons`).
SeasonIndexes eligibleSeasons(const Sentence &s, const CompiledShow &show, int showIndex);

QString seasonSourceName(SeasonSource source);
Tier lowerTier(Tier a, Tier b);

} // namespace ExtractDetail
