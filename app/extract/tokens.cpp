#include "extract/tokens.h"

#include "extract/lexicon.h"
#include "extract/textscan.h"

namespace ExtractDetail {

using namespace ExtractText;

bool Token::isClauseBreak() const
{
    if (kind != Punct)
        return false;
    switch (punct) {
    case u',':
    case u';':
    case u':':
    case u'(':
    case u')':
    case u'[':
    case u']':
    case u'-':
    case u'?':
    case u'!':
        return true;
    default:
        return false;
    }
}

// A hyphen joins a word ("Ji-hu"); an en or em dash between words separates them, even
// without spaces ("early 2026\u2014possibly March").
static bool isHyphen(char16_t c)
{
    return c == u'-' || c == 0x2010 || c == 0x2011;
}

QList<Token> tokenize(QStringView text, QStringView foldedText)
{
    QList<Token> tokens;
    tokens.reserve(text.size() / 5 + 4);
    const char16_t *s = text.utf16();
    const int n = int(text.size());
    bool space = true;
    int i = 0;
    while (i < n) {
        const char16_t c = s[i];
        if (c == u' ' || c == u'\n' || c == u'\r' || isSpace(c)) {
            space = true;
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        t.spaceBefore = space;
        space = false;
        if (!isWordChar(c)) {
            t.kind = Token::Punct;
            t.punct = isDash(c) ? u'-' : (isApostrophe(c) ? u'\'' : c);
            t.end = ++i;
            tokens.append(t);
            continue;
        }
        // A word runs over letters and digits, and over an apostrophe or hyphen that has word
        // characters on both sides ("Ji-hu", "won't", "pre-production").
        int j = i + 1;
        bool digitsOnly = c >= u'0' && c <= u'9';
        while (j < n) {
            const char16_t d = s[j];
            if (isWordChar(d)) {
                digitsOnly = digitsOnly && d >= u'0' && d <= u'9';
                ++j;
            } else if ((isHyphen(d) || isApostrophe(d)) && j + 1 < n && isWordChar(s[j + 1])) {
                digitsOnly = false;
                ++j;
            } else {
                break;
            }
        }
        t.end = j;
        const QChar first(c);
        t.capitalised = first.isUpper();
        if (digitsOnly) {
            t.kind = Token::Number;
            t.value = j - i <= 6 ? text.mid(i, j - i).toInt() : -1;
            t.word = foldedText.mid(i, j - i);
        } else {
            int wordEnd = j;
            if (j - i > 2 && isApostrophe(s[j - 2]) && (s[j - 1] | 0x20) == u's') {
                t.possessive = true;
                wordEnd = j - 2;
            } else if (j < n && isApostrophe(s[j]) && (j + 1 >= n || !isWordChar(s[j + 1]))) {
                t.possessive = true; // "fans' theories": plural possessive
            }
            t.word = foldedText.mid(i, wordEnd - i);
            const Lexicon::Entry e = Lexicon::lookup(t.word);
            t.classes = e.classes;
            t.value = e.value;
            // "May" is a month, "may" a hedge.
            if (t.capitalised && t.word == QLatin1String("may"))
                t.classes = 0;
            else if (t.word == QLatin1String("may"))
                t.classes |= Lexicon::HedgeEstimate;
            // "Prime Video", "Paramount+ Video": part of a streaming service's name, not a
            // video released.
            else if (t.capitalised && t.word == QLatin1String("video") && !tokens.isEmpty() &&
                     tokens.last().kind == Token::Word && tokens.last().capitalised)
                t.classes &= ~quint64(Lexicon::OtherEvent);
        }
        tokens.append(t);
        i = j;
    }
    return tokens;
}

} // namespace ExtractDetail
