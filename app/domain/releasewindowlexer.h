#pragma once

#include <QStringView>
#include <QtGlobal>

#include <vector>

// The lexer of the release-window grammar (releasewindowparser.cpp): one hand-written pass
// over the text that turns letters, digits and punctuation into tokens, with the few dozen
// words the grammar knows looked up in a fixed table. Most prose is words the grammar does not
// know; a run of them is kept as one token, so scanning an article costs one table lookup per
// word and the grammar only runs where a token could begin a date.
namespace ReleaseWindowLexer {

enum class Kind : quint8 { Word, Number, Punct, End };

// Word classes of the grammar; everything else is Other.
enum Word : quint8 {
    Other,
    MonthName,
    SeasonName,
    Early,
    Mid,
    Middle,
    Late,
    Later,
    EndWord,
    Beginning,
    Ordinal, // first..fourth
    Latter,
    Half,
    Quarter,
    LetterQ,
    LetterH,
    Of,
    The,
    This,
    Next,
    YearWord,
    MonthWord,
    Months,
    In,
    Within,
    Over,
    Coming,
    Few,
    Couple,
    CountWord, // two..twelve
    Or,
    To, // to, through, until, into, ...
    And,
    Between,
    By,
    Before,
    Halloween,
    Christmas,
    DayWord,
    Hedge, // "or possibly"
    OrdinalSuffix,
    LabelWord,   // a number after it is a label, not a year: "Episode 2024"
    CountNoun,   // a number before it is a count, not a year: "2000 fans"
    ReleaseNoun, // a yearless season before it is the next one: "Spring Return", "a fall release"
    Weekday,     // monday..sunday (value 1-7, as QDate::dayOfWeek): "this Friday"
    NewWord,     // "in the new year"
};

enum TokenFlag : quint8 { Capitalised = 1, Abbreviation = 2, NewlineBefore = 4 };

// A number token's value when it has ten digits or more (more than an int holds). It is below
// every range the grammar accepts (a year is 1900..2100, a day 1..31), so such a number is no
// year, day or count; the grammar checks a value's range before it computes with it.
constexpr int kOverflowingNumber = -1;

struct Token {
    qsizetype start = 0;
    qsizetype end = 0;
    // Number: its value, or kOverflowingNumber. Word: its detail (month 1-12, season 0-3,
    // count).
    int value = 0;
    Kind kind = Kind::End;
    Word word = Other;
    quint8 digits = 0;  // Number: how many digits, up to 255
    quint8 flags = 0;   // TokenFlag bits
    char16_t punct = 0; // Punct: the character, dashes folded to '-'
};

// The tokens of `text`, always followed by one End token at text.size(), so a reader may look
// one token past the last real one.
std::vector<Token> tokenize(QStringView text);

} // namespace ReleaseWindowLexer
