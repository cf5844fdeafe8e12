#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// Words, numbers and punctuation of one sentence, each with its lexicon classes. Rules look
// at tokens rather than characters so that spacing, case and curly quotes never matter.
namespace ExtractDetail {

struct Token {
    enum Kind : quint8 { Word, Number, Punct };

    int start = 0; // UTF-16 offsets in the tokenized text
    int end = 0;
    Kind kind = Word;
    char16_t punct = 0;       // Punct: the character, dashes folded to '-'
    bool capitalised = false; // first character is an upper-case letter
    bool spaceBefore = true;
    bool possessive = false; // "Netflix's": the "'s" is not part of `word`
    int value = -1;          // Number: its value; Word: a number or ordinal word's value
    quint64 classes = 0;     // Lexicon::Class bits
    QStringView word;        // folded, a view into the caller's folded text; empty for punctuation

    bool is(quint64 mask) const { return (classes & mask) != 0; }
    bool isPunct(char16_t c) const { return kind == Punct && punct == c; }
    // Punctuation that ends a clause: , ; : ( ) and dashes standing alone.
    bool isClauseBreak() const;
};

// `folded` is ExtractText::fold applied to `text` (same length): tokens view into it, so
// tokenizing allocates nothing per word.
QList<Token> tokenize(QStringView text, QStringView folded);

} // namespace ExtractDetail
