#pragma once

#include "extract/sentence.h"

#include <QList>

// What happens in a sentence (a release, a filming milestone, a renewal, something else such
// as a teaser or an interview) and which event each date phrase belongs to. A date is only
// ever read as the date of one event: "filming began in September 2022" is never a release.
namespace ExtractDetail {

enum class Milestone {
    None,
    PreProduction,
    FilmingStarted,
    FilmingWrapped,
    FilmingNotStarted,
    PostProduction
};

QString milestoneName(Milestone milestone); // "pre_production", "filming_started", ...

struct Event {
    enum Kind { Release, ReleaseWeak, Production, Renewal, Cancellation, Other };
    Kind kind = Other;
    int tok = 0; // the token that names the event
    Milestone milestone = Milestone::None;
    bool negated = false;     // "has not been renewed", "has not wrapped"
    bool conditional = false; // "if Netflix renews it", "could be cancelled"
    bool weak = false;        // renewal read from "announced"/"confirmed" next to a season
    bool premise = false;     // "if filming began in 2022": dates still belong to it
    bool takesNoDate = false; // "will return for a second season in 2026": the date is the
                              // release's, the renewal is read from the words alone
};

struct SentenceEvents {
    QList<Event> events;
    QList<int> dateEvent; // for each Sentence::dates entry: index into events, or -1
    QList<int> eventDate; // for each event: the first Sentence::dates entry it has, or -1
};

// Nearest event wins, measured in tokens: crossing a clause costs more, an event after the
// date costs a little more than one before it, and a weak release word ("expected") loses a
// tie against a specific verb.
SentenceEvents findEvents(const Sentence &s);

} // namespace ExtractDetail
