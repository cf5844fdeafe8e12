#pragma once

#include "extract/events.h"
#include "extract/sentence.h"

#include <QDate>
#include <QString>

// Why a sentence the rules read gave no claim, for `extract --explain`. Read from the sentence's
// analysis after the rules ran, not from inside them: the rules stay as they are, and the reason
// is the first of a fixed list that applies (so it names the likeliest cause, not a proof).
namespace ExtractDetail {

struct SentenceFacts {
    bool involved = false;  // some known show is named in it or in focus
    int releasedSeason = 0; // a season it names that is already out (0: none)
    bool namesOpenSeason = false;
    bool namesPeople = false; // a known actor or character of an involved show
    QDate published;
};

QString whyNothing(const Sentence &s, const SentenceEvents &events, const SentenceFacts &facts);

} // namespace ExtractDetail
