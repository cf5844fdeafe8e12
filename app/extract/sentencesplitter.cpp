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

void addTrimmed(QList<Span> &out, const char16_t *s, int from, int to, int paragraph)
{
    while (from < to && (isSpace(s[from]) || s[from] == u'\r'))
        ++from;
    while (to > from && (isSpace(s[to - 1]) || s[to - 1] == u'\r'))
        --to;
    if (to > from)
        out.append({from, to - from, paragraph, false, false});
}

void splitParagraph(QList<Span> &out, const char16_t *s, int from, int to, int paragraph)
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
            addTrimmed(out, s, start, end, paragraph);
            start = next;
        }
        i = end;
    }
    addTrimmed(out, s, start, to, paragraph);
    if (out.size() > before) {
        out[before].first = true;
        out.last().last = true;
    }
}

} // namespace

QList<Span> split(QStringView text)
{
    QList<Span> out;
    const char16_t *s = text.utf16();
    const int n = int(text.size());
    int paragraph = 0;
    int lineStart = 0;
    for (int i = 0; i <= n; ++i) {
        if (i < n && s[i] != u'\n')
            continue;
        const int before = int(out.size());
        splitParagraph(out, s, lineStart, i, paragraph);
        if (out.size() > before)
            ++paragraph;
        lineStart = i + 1;
    }
    return out;
}

} // namespace SentenceSplitter
