#pragma once

#include "domain/releasewindow.h"
#include "extract/tokens.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QStringView>

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

struct Sentence {
    QStringView text;
    int offset = -1; // in ArticleInput::text; -1 for the headline
    int paragraph = -1;
    bool headline = false;
    bool heading = false; // a short line of its own: a section title or list item
    bool question = false;

    QList<Token> tokens;
    QList<int> clause;  // clause index of each token
    QList<bool> inDate; // token is part of a date phrase
    QList<DateSpan> dates;
    QList<ShowMention> shows; // sorted by position
    QList<SeasonMention> seasons;
    quint64 classes = 0; // union of the lexicon classes outside date phrases

    bool has(quint64 mask) const { return (classes & mask) != 0; }
    // Classes of the tokens in [from, to) outside date phrases.
    quint64 classesIn(int from, int to) const;
    // Token index of a UTF-16 offset within `text` (the token containing or after it).
    int tokenAt(int offset) const;
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
