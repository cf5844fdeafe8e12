#pragma once

#include <QList>
#include <QStringView>

// Splits plain article text into paragraphs ('\n') and sentences, with UTF-16 offsets into the
// text. One pass, no regular expressions: it runs on every article that names a known show.
namespace SentenceSplitter {

struct Span {
    int offset = 0; // trimmed: no leading or trailing white space
    int length = 0;
    int paragraph = 0;  // index among non-empty paragraphs
    bool first = false; // first sentence of its paragraph
    bool last = false;  // last sentence of its paragraph
};

// A period ends a sentence only when white space and then an upper-case letter, a digit or an
// opening quote follow, and the word before it is not an abbreviation ("Dr.", "Jr.", "Oct.",
// "No.", "vs.") or an initial ("J. K."). Decimals ("7.2") and "U.S." never have that shape.
// An ellipsis is a pause unless an upper-case letter follows. '!' and '?' always end one.
QList<Span> split(QStringView text);

} // namespace SentenceSplitter
