#include "extract/sentencesplitter.h"

#include "extract/textscan.h"

namespace SentenceSplitter {
namespace {

using ExtractText::isSpace;
using ExtractText::isWordChar;

bool isAbbreviation(QStringView word)
{
    // Titles, suffixes, month and reference abbreviations that are followed by a capital or a
    // number far more often than they end a sentence.
    static const char *const list[] = {
        "dr",     "mr",  "mrs",  "ms",   "jr",   "sr",  "st",  "prof", "vs",  "inc", "ltd", "co",
        "corp",   "no",  "nos",  "vol",  "ep",   "eps", "jan", "feb",  "mar", "apr", "jun", "jul",
        "aug",    "sep", "sept", "oct",  "nov",  "dec", "gen", "gov",  "sen", "rep", "mt",  "ft",
        "approx", "est", "fig",  "dept", "univ", "op",  "pt",  "ch",   "ca"};
    if (word.size() > 6)
        return false;
    for (const char *a : list) {
        if (word.compare(QLatin1String(a), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isClosing(char16_t c)
{
    return c == u'"' || c == u')' || c == u']' || c == u'\'' || c == 0x201D || c == 0x2019 ||
           c == 0x00BB;
}

bool opensSentence(char16_t c)
{
    // Scripts without case (Hangul, Thai, CJK) can only be told by the punctuation.
    const bool caseless =
        c >= 128 && QChar::isLetter(c) && !QChar::isLower(c) && !QChar::isUpper(c);
    return caseless || QChar::isUpper(c) || (c >= u'0' && c <= u'9') || c == u'"' || c == u'(' ||
           c == u'\'' || c == 0x201C || c == 0x2018 || c == 0x00AB || c == u'[';
}

bool isBlank(char16_t c)
{
    return isSpace(c) || c == u'\r';
}

bool isClauseBreakAt(const char16_t *s, int i, int from, int to)
{
    const char16_t c = s[i];
    if (c == u',' || c == u';' || c == u':')
        return true;
    // A dash standing between spaces; "Ji-hu" and "2025-26" are one word.
    return ExtractText::isDash(c) && i > from && i + 1 < to && isBlank(s[i - 1]) &&
           isBlank(s[i + 1]);
}

// Where a piece of [from, to) at most `maxLength` long ends (see split()).
int pieceEnd(const char16_t *s, int from, int to, int maxLength)
{
    int limit = from + maxLength;
    if (limit >= to)
        return to;
    if (QChar::isLowSurrogate(s[limit]))
        --limit; // a piece never ends between the halves of one character
    const int half = from + maxLength / 2;
    for (int i = limit - 1; i >= half; --i) {
        if (isClauseBreakAt(s, i, from, to))
            return i + 1;
    }
    for (int i = limit; i > half; --i) {
        if (isBlank(s[i - 1]))
            return i;
    }
    return limit;
}

struct Splitter {
    QList<Span> &out;
    const char16_t *s;
    int maxLength;

    void addTrimmed(int from, int to, int paragraph)
    {
        while (from < to && isBlank(s[from]))
            ++from;
        while (to > from && isBlank(s[to - 1]))
            --to;
        if (to - from <= maxLength) {
            if (to > from)
                out.append({from, to - from, paragraph, false, false, false, from});
            return;
        }
        const int sentence = from;
        while (from < to) {
            const int end = pieceEnd(s, from, to, maxLength);
            int last = end;
            while (last > from && isBlank(s[last - 1]))
                --last;
            if (last > from)
                out.append({from, last - from, paragraph, false, false, true, sentence});
            from = end;
            while (from < to && isBlank(s[from]))
                ++from;
        }
    }

    void splitParagraph(int from, int to, int paragraph);
};

void Splitter::splitParagraph(int from, int to, int paragraph)
{
    const int before = int(out.size());
    int start = from;
    int i = from;
    while (i < to) {
        const char16_t c = s[i];
        const bool period = c == u'.';
        const bool ellipsis =
            c == 0x2026 || (period && i + 2 < to && s[i + 1] == u'.' && s[i + 2] == u'.');
        if (!period && !ellipsis && c != u'!' && c != u'?') {
            ++i;
            continue;
        }
        // The word before a single period: an abbreviation or an initial keeps the sentence.
        bool abbreviation = false;
        if (period && !ellipsis) {
            int w = i;
            while (w > from && isWordChar(s[w - 1]))
                --w;
            const QStringView word(s + w, i - w);
            abbreviation =
                word.size() == 1 ? QChar::isLetter(word[0].unicode()) : isAbbreviation(word);
            // "1. Sweet Home": a list number opening the paragraph is not a sentence.
            bool digits = !word.isEmpty() && word.size() <= 3;
            for (QChar ch : word)
                digits = digits && ch.isDigit();
            abbreviation = abbreviation || (digits && w == from);
        }
        int end = i + 1;
        while (end < to && (s[end] == u'.' || s[end] == u'!' || s[end] == u'?' ||
                            s[end] == 0x2026 || isClosing(s[end])))
            ++end;
        int next = end;
        while (next < to && isSpace(s[next]))
            ++next;
        if (next == end && next < to) { // "7.2", "U.S.", "e.g.x": no space, no boundary
            i = end;
            continue;
        }
        bool boundary = next >= to;
        if (!boundary) {
            const char16_t n = s[next];
            if (ellipsis)
                boundary = QChar::isUpper(n);
            else if (period)
                boundary = !abbreviation && opensSentence(n);
            else
                boundary = true;
        }
        if (boundary) {
            addTrimmed(start, end, paragraph);
            start = next;
        }
        i = end;
    }
    addTrimmed(start, to, paragraph);
    if (out.size() > before) {
        out[before].first = true;
        out.last().last = true;
    }
}

} // namespace

QList<Span> split(QStringView text, int maxLength)
{
    QList<Span> out;
    const char16_t *s = text.utf16();
    const int n = int(text.size());
    Splitter splitter{out, s, std::max(2, maxLength)};
    int paragraph = 0;
    int lineStart = 0;
    for (int i = 0; i <= n; ++i) {
        if (i < n && s[i] != u'\n')
            continue;
        const int before = int(out.size());
        splitter.splitParagraph(lineStart, i, paragraph);
        if (out.size() > before)
            ++paragraph;
        lineStart = i + 1;
    }
    return out;
}

} // namespace SentenceSplitter
