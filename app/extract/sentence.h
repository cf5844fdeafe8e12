#pragma once

#include "domain/releasewindow.h"
#include "extract/tokens.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QStringView>
#include <QVarLengthArray>

// One sentence, analysed once and shared by every rule: tokens, clauses, date phrases, and
// which shows and seasons it names.
namespace ExtractDetail {

struct DateSpan {
    int tokBegin = 0;
    int tokEnd = 0;
    ReleaseWindow window;
};

// A show named in the sentence: a known one (show >= 0), or another show (-1) recognised
// from its shape ("Sweet Home season 3", "when Hellbound returns").
struct ShowMention {
    int tokBegin = 0;
    int tokEnd = 0;
    int show = -1;
    // Named in passing ("like All of Us Are Dead", "fans of ...", "the webtoon Now at Our
    // School"): the article links to the show, but nothing in the sentence is about it.
    bool passing = false;
};

enum : int { Unattached = -2, Foreign = -1 };

struct SeasonMention {
    int tokBegin = 0;
    int tokEnd = 0;
    int number = 0;        // explicit season number; 0 for an upcoming marker
    bool upcoming = false; // "the new season", "next season", "the sequel"
    int show = Unattached; // the show it is attached to ("AOUAD season 2"), Foreign, Unattached
    QStringView text;
};

// A clause of a sentence, by clause index.
struct ClauseSpan {
    int begin = -1;      // its first token; -1 when no token has this clause index
    int end = -1;        // one past its last token
    quint64 classes = 0; // of its tokens outside date phrases
};

// Running counts of the tokens before a token index.
struct TokensBefore {
    int negations = 0;     // Negation, outside date phrases
    int estimateWords = 0; // HedgeEstimate, date phrases included
};

struct Sentence {
    QStringView text;
    int offset = -1; // in ArticleInput::text; -1 for the headline
    int paragraph = -1;
    bool headline = false;
    bool heading = false; // a short line of its own: a section title or list item
    bool question = false;

    QList<Token> tokens;
    QList<int> clause;    // clause index of each token, never decreasing
    QList<bool> inDate;   // token is part of a date phrase
    QList<bool> inSeason; // token is part of a season mention ("S2", "the third season")
    QList<DateSpan> dates;
    QList<ShowMention> shows;     // sorted by position
    QList<SeasonMention> seasons; // in order, non-overlapping
    quint64 classes = 0;          // union of the lexicon classes outside date phrases

    // Indexes built once, so that a question a rule asks for every phrase costs no scan of the
    // sentence: one run-on sentence can be thousands of tokens with a phrase every few. Inline
    // storage covers a sentence of ordinary length without an allocation.
    QVarLengthArray<ClauseSpan, 8> clauses;   // by clause index
    QVarLengthArray<TokensBefore, 48> before; // by token index 0..n
    QVarLengthArray<int, 8> activeShows;      // indexes into `shows` of the mentions not passing
    int firstEstimateHedge = -1; // token index of the first HedgeEstimate outside dates
    int firstRumourHedge = -1;   // token index of the first HedgeRumour outside dates

    bool has(quint64 mask) const { return (classes & mask) != 0; }
    // Classes of the tokens in [from, to) outside date phrases.
    quint64 classesIn(int from, int to) const;
    // Token index of a UTF-16 offset within `text` (the token containing or after it).
    int tokenAt(int offset) const;
    // Token range of the clause containing token `tok`.
    int clauseBegin(int tok) const { return clauses.at(clause.at(tok)).begin; }
    int clauseEnd(int tok) const { return clauses.at(clause.at(tok)).end; }
    quint64 clauseClassesAt(int tok) const { return clauses.at(clause.at(tok)).classes; }
    // Negation tokens outside dates in [from, to), clamped to the sentence.
    bool negatedIn(int from, int to) const;
};

struct KnownMention {
    int start = 0; // offsets within the sentence text
    int end = 0;
    int show = 0;
    bool properCase = true; // otherwise a passing mention
};

// `nameWords`: words of people's names, which are never taken for another show's title.
// `folded` is `text` folded (ExtractText::fold, same length); it must outlive the Sentence.
Sentence analyse(QStringView text, QStringView folded, int offset, QDate reference,
                 const QList<KnownMention> &known, const QSet<QString> &nameWords);

} // namespace ExtractDetail
