#pragma once

#include <QList>
#include <QStringView>

#include <limits>

// Splits plain article text into paragraphs ('\n') and sentences, with UTF-16 offsets into the
// text. One pass, no regular expressions: it runs on every article that names a known show.
namespace SentenceSplitter {

struct Span {
    int offset = 0; // trimmed: no leading or trailing white space
    int length = 0;
    int paragraph = 0;      // index among non-empty paragraphs
    bool first = false;     // first sentence of its paragraph
    bool last = false;      // last sentence of its paragraph
    bool piece = false;     // part of a sentence longer than the limit split() was given
    int sentenceOffset = 0; // where the sentence starts: `offset`, unless this is a piece
};

// A period ends a sentence only when white space and then an upper-case letter, a digit or an
// opening quote follow, and the word before it is not an abbreviation ("Dr.", "Jr.", "Oct.",
// "No.", "vs.") or an initial ("J. K."). Decimals ("7.2") and "U.S." never have that shape.
// An ellipsis is a pause unless an upper-case letter follows. '!' and '?' always end one.
//
// A sentence longer than `maxLength` is given as pieces of at most that length, each cut after
// the last clause break (',', ';', ':', a dash between spaces) in its second half, else at the
// last space there, else at the limit itself (never inside a surrogate pair).
QList<Span> split(QStringView text, int maxLength = std::numeric_limits<int>::max());

} // namespace SentenceSplitter
