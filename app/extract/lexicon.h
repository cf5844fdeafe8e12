#pragma once

#include <QString>

// The closed word lists the rules reason with. One lookup per token gives every class a word
// belongs to ("dropped" is both a release verb and past tense), so a rule tests bits instead
// of comparing strings.
namespace Lexicon {

enum Class : quint64 {
    ReleaseStrong = 1ull << 0,  // premiere, release, debut, arrive, drop, stream, air, return...
    ReleaseWeak = 1ull << 1,    // expected, slated, due, scheduled: release only with a subject
    ProductionNoun = 1ull << 2, // filming, shooting, production, cameras, photography
    StartVerb = 1ull << 3,      // began, start, commenced, under way...
    WrapVerb = 1ull << 4,       // wrapped, finished, completed...
    PreProduction = 1ull << 5,
    PostProduction = 1ull << 6,
    FilmingVerb = 1ull << 7, // "filmed", "filming" read as a verb after is/being/currently
    Renew = 1ull << 8,
    Cancel = 1ull << 9,
    Announce = 1ull << 10,   // announced, confirmed: renewal only right next to a season
    OtherEvent = 1ull << 11, // teaser, trailer, photos, interview, film, award...
    Negation = 1ull << 12,
    HedgeRumour = 1ull << 13,
    HedgeEstimate = 1ull << 14,
    Conditional = 1ull << 15, // if, whether, hope, could...: no renewal claim
    Retracted = 1ull << 16,   // originally, initially, previously: an old prediction
    Past = 1ull << 17,        // was, had, dropped...: past tense
    ReturnVerb = 1ull << 18,
    CastNegative = 1ull << 19, // killed off, exits, leaving, replaced, recast
    PlayVerb = 1ull << 20,
    NumberWord = 1ull << 21,     // one..twenty (value)
    Ordinal = 1ull << 22,        // first..tenth (value)
    SeasonNoun = 1ull << 23,     // season, series, instalment...
    UpcomingAdj = 1ull << 24,    // new, next, upcoming, returning, another
    Sequel = 1ull << 25,         // sequel, follow-up
    ClauseWord = 1ull << 26,     // but, while, whereas, although, though
    CountAdjective = 1ull << 27, // new, more, fresh, additional... between a number and "episodes"
    CountExclude = 1ull << 28,   // first, last, final, opening: "the first two episodes"
    StopCapital = 1ull << 29,    // capitalised words that are not show titles
    SubjectNoun = 1ull << 30,    // show, series, drama: a weak release word's subject
    PerWeek = 1ull << 31,        // week, weekly: "two episodes a week"
    Copula = 1ull << 32,         // is, are, be, being: before a filming verb
    Possessive = 1ull << 33,     // its, their
    Role = 1ull << 34,           // role, character, part
    Death = 1ull << 35,          // dies, death: a cast pair in a recap, unless returning
    Desire = 1ull << 36,         // "would love to return", "hopes to return": not news
};

struct Entry {
    quint64 classes = 0;
    int value = -1; // number and ordinal words
};

// `word` must be folded (ExtractText::folded) and without a possessive "'s".
Entry lookup(QStringView word);

inline bool has(quint64 classes, quint64 mask)
{
    return (classes & mask) != 0;
}

} // namespace Lexicon
