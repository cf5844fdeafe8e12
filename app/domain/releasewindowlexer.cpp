#include "domain/releasewindowlexer.h"

#include <QChar>

#include <algorithm>
#include <array>
#include <cstring>

namespace ReleaseWindowLexer {
namespace {

// ---- vocabulary -------------------------------------------------------------------------

struct VocabEntry {
    const char *text;
    Word word;
    int value;
    quint8 flags;
};

const VocabEntry vocabulary[] = {
    {"january", MonthName, 1, 0},
    {"jan", MonthName, 1, Abbreviation},
    {"february", MonthName, 2, 0},
    {"feb", MonthName, 2, Abbreviation},
    {"march", MonthName, 3, 0},
    {"mar", MonthName, 3, Abbreviation},
    {"april", MonthName, 4, 0},
    {"apr", MonthName, 4, Abbreviation},
    {"may", MonthName, 5, 0},
    {"june", MonthName, 6, 0},
    {"jun", MonthName, 6, Abbreviation},
    {"july", MonthName, 7, 0},
    {"jul", MonthName, 7, Abbreviation},
    {"august", MonthName, 8, 0},
    {"aug", MonthName, 8, Abbreviation},
    {"september", MonthName, 9, 0},
    {"sep", MonthName, 9, Abbreviation},
    {"sept", MonthName, 9, Abbreviation},
    {"october", MonthName, 10, 0},
    {"oct", MonthName, 10, Abbreviation},
    {"november", MonthName, 11, 0},
    {"nov", MonthName, 11, Abbreviation},
    {"december", MonthName, 12, 0},
    {"dec", MonthName, 12, Abbreviation},
    {"spring", SeasonName, 0, 0},
    {"summer", SeasonName, 1, 0},
    {"fall", SeasonName, 2, 0},
    {"autumn", SeasonName, 2, 0},
    {"winter", SeasonName, 3, 0},
    {"early", Early, 0, 0},
    {"mid", Mid, 0, 0},
    {"middle", Middle, 0, 0},
    {"late", Late, 0, 0},
    {"later", Later, 0, 0},
    {"end", EndWord, 0, 0},
    {"beginning", Beginning, 0, 0},
    {"start", Beginning, 0, 0},
    {"first", Ordinal, 1, 0},
    {"second", Ordinal, 2, 0},
    {"third", Ordinal, 3, 0},
    {"fourth", Ordinal, 4, 0},
    {"latter", Latter, 2, 0},
    {"back", Latter, 2, 0},  // "the back half of 2026"
    {"front", Latter, 1, 0}, // "the front half of 2027"
    {"half", Half, 0, 0},
    {"quarter", Quarter, 0, 0},
    {"q", LetterQ, 0, 0},
    {"h", LetterH, 0, 0},
    {"of", Of, 0, 0},
    {"the", The, 0, 0},
    {"this", This, 0, 0},
    {"new", NewWord, 0, 0},
    {"next", Next, 0, 0},
    {"year", YearWord, 0, 0},
    {"month", MonthWord, 0, 0},
    {"months", Months, 0, 0},
    {"in", In, 0, 0},
    {"within", Within, 0, 0},
    {"over", Over, 0, 0},
    {"coming", Coming, 0, 0},
    {"few", Few, 6, 0},
    {"several", Few, 6, 0},
    {"couple", Couple, 2, 0},
    {"two", CountWord, 2, 0},
    {"three", CountWord, 3, 0},
    {"four", CountWord, 4, 0},
    {"five", CountWord, 5, 0},
    {"six", CountWord, 6, 0},
    {"seven", CountWord, 7, 0},
    {"eight", CountWord, 8, 0},
    {"nine", CountWord, 9, 0},
    {"ten", CountWord, 10, 0},
    {"eleven", CountWord, 11, 0},
    {"twelve", CountWord, 12, 0},
    {"or", Or, 0, 0},
    {"to", To, 0, 0},
    {"through", To, 0, 0},
    {"thru", To, 0, 0},
    {"until", To, 0, 0},
    {"till", To, 0, 0},
    {"into", To, 0, 0},
    {"and", And, 0, 0},
    {"between", Between, 0, 0},
    {"by", By, 0, 0},
    {"before", Before, 0, 0},
    {"halloween", Halloween, 0, 0},
    {"christmas", Christmas, 0, 0},
    {"xmas", Christmas, 0, 0},
    {"day", DayWord, 0, 0},
    {"possibly", Hedge, 0, 0},
    {"perhaps", Hedge, 0, 0},
    {"maybe", Hedge, 0, 0},
    {"even", Hedge, 0, 0},
    {"potentially", Hedge, 0, 0},
    {"st", OrdinalSuffix, 0, 0},
    {"nd", OrdinalSuffix, 0, 0},
    {"rd", OrdinalSuffix, 0, 0},
    {"th", OrdinalSuffix, 0, 0},
    {"episode", LabelWord, 0, 0},
    {"episodes", CountNoun, 0, 0},
    {"ep", LabelWord, 0, 0},
    {"season", LabelWord, 0, 0},
    {"seasons", CountNoun, 0, 0},
    {"series", LabelWord, 0, 0},
    {"chapter", LabelWord, 0, 0},
    {"part", LabelWord, 0, 0},
    {"volume", LabelWord, 0, 0},
    {"vol", LabelWord, 0, 0},
    {"no", LabelWord, 0, 0},
    {"number", LabelWord, 0, 0},
    {"page", LabelWord, 0, 0},
    {"issue", LabelWord, 0, 0},
    {"room", LabelWord, 0, 0},
    {"flight", LabelWord, 0, 0},
    {"route", LabelWord, 0, 0},
    {"model", LabelWord, 0, 0},
    {"version", LabelWord, 0, 0},
    {"channel", LabelWord, 0, 0},
    {"track", LabelWord, 0, 0},
    {"level", LabelWord, 0, 0},
    {"code", LabelWord, 0, 0},
    {"top", LabelWord, 0, 0},
    {"hours", CountNoun, 0, 0},
    {"hour", CountNoun, 0, 0},
    {"minutes", CountNoun, 0, 0},
    {"mins", CountNoun, 0, 0},
    {"seconds", CountNoun, 0, 0},
    {"days", CountNoun, 0, 0},
    {"weeks", CountNoun, 0, 0},
    {"years", CountNoun, 0, 0},
    {"people", CountNoun, 0, 0},
    {"fans", CountNoun, 0, 0},
    {"viewers", CountNoun, 0, 0},
    {"views", CountNoun, 0, 0},
    {"votes", CountNoun, 0, 0},
    {"times", CountNoun, 0, 0},
    {"points", CountNoun, 0, 0},
    {"dollars", CountNoun, 0, 0},
    {"euros", CountNoun, 0, 0},
    {"won", CountNoun, 0, 0},
    {"yen", CountNoun, 0, 0},
    {"pounds", CountNoun, 0, 0},
    {"hundred", CountNoun, 0, 0},
    {"thousand", CountNoun, 0, 0},
    {"million", CountNoun, 0, 0},
    {"billion", CountNoun, 0, 0},
    {"percent", CountNoun, 0, 0},
    {"km", CountNoun, 0, 0},
    {"miles", CountNoun, 0, 0},
    {"meters", CountNoun, 0, 0},
    {"metres", CountNoun, 0, 0},
    {"feet", CountNoun, 0, 0},
    {"members", CountNoun, 0, 0},
    {"users", CountNoun, 0, 0},
    {"subscribers", CountNoun, 0, 0},
    {"followers", CountNoun, 0, 0},
    {"likes", CountNoun, 0, 0},
    {"copies", CountNoun, 0, 0},
    {"units", CountNoun, 0, 0},
    {"words", CountNoun, 0, 0},
    {"pages", CountNoun, 0, 0},
    {"reviews", CountNoun, 0, 0},
    {"students", CountNoun, 0, 0},
    {"zombies", CountNoun, 0, 0},
    {"households", CountNoun, 0, 0},
    {"screens", CountNoun, 0, 0},
    {"titles", CountNoun, 0, 0},
    {"shows", CountNoun, 0, 0},
    {"films", CountNoun, 0, 0},
    {"movies", CountNoun, 0, 0},
    {"return", ReleaseNoun, 0, 0},
    {"premiere", ReleaseNoun, 0, 0},
    {"release", ReleaseNoun, 0, 0},
    {"debut", ReleaseNoun, 0, 0},
    {"launch", ReleaseNoun, 0, 0},
    {"comeback", ReleaseNoun, 0, 0},
    {"slot", ReleaseNoun, 0, 0},
    {"monday", Weekday, 1, 0},
    {"tuesday", Weekday, 2, 0},
    {"wednesday", Weekday, 3, 0},
    {"thursday", Weekday, 4, 0},
    {"friday", Weekday, 5, 0},
    {"saturday", Weekday, 6, 0},
    {"sunday", Weekday, 7, 0},
};

// Words are hashed from their length and three letters, not every letter: the tokenizer then
// only has to find where a word ends, and the rare candidate is compared in full.
constexpr quint32 wordHash(int length, char16_t first, char16_t second, char16_t last)
{
    quint32 h = quint32(length);
    h = h * 31 + (first | 0x20);
    h = h * 31 + (second | 0x20);
    h = h * 31 + (last | 0x20);
    return h ^ (h >> 9);
}

template <typename Char> quint32 hashOf(const Char *w, int length)
{
    return wordHash(length, char16_t(w[0]), length > 1 ? char16_t(w[1]) : u'\0',
                    char16_t(w[length - 1]));
}

// Open addressing over a power-of-two table: the vocabulary is fixed, so a lookup is one cheap
// hash and usually at most one comparison, far cheaper than building a QString per word.
class VocabularyTable {
public:
    VocabularyTable()
    {
        for (const VocabEntry &e : vocabulary) {
            const int length = int(std::strlen(e.text));
            m_maxLength = std::max(m_maxLength, length);
            const quint32 hash = hashOf(e.text, length);
            quint32 slot = hash & mask;
            while (m_slots[slot].entry)
                slot = (slot + 1) & mask;
            m_slots[slot] = {hash, length, &e};
        }
    }

    // `w` is ASCII letters in any case.
    const VocabEntry *find(const char16_t *w, int length) const
    {
        if (length > m_maxLength)
            return nullptr;
        const quint32 hash = hashOf(w, length);
        for (quint32 slot = hash & mask; m_slots[slot].entry; slot = (slot + 1) & mask) {
            const Slot &candidate = m_slots[slot];
            if (candidate.hash == hash && candidate.length == length &&
                equalsIgnoringCase(candidate.entry->text, w, length))
                return candidate.entry;
        }
        return nullptr;
    }

private:
    static bool equalsIgnoringCase(const char *lower, const char16_t *w, int length)
    {
        for (int i = 0; i < length; ++i) {
            if (char16_t(lower[i]) != (w[i] | 0x20))
                return false;
        }
        return true;
    }

    struct Slot {
        quint32 hash = 0;
        int length = 0;
        const VocabEntry *entry = nullptr;
    };
    static constexpr quint32 mask = 511;
    std::array<Slot, mask + 1> m_slots{};
    int m_maxLength = 0;
};

const VocabularyTable &vocabularyTable()
{
    static const VocabularyTable table;
    return table;
}

// ---- tokenizer --------------------------------------------------------------------------

enum CharClass : quint8 { Space, Newline, Digit, Letter, Symbol };

constexpr std::array<quint8, 128> asciiClasses = [] {
    std::array<quint8, 128> classes{};
    for (int c = 0; c < 128; ++c) {
        if (c == '\n' || c == '\r')
            classes[c] = Newline;
        else if (c == ' ' || c == '\t' || c == '\f' || c == '\v')
            classes[c] = Space;
        else if (c >= '0' && c <= '9')
            classes[c] = Digit;
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            classes[c] = Letter;
        else
            classes[c] = Symbol;
    }
    return classes;
}();

CharClass classOf(char16_t c)
{
    if (c < 128)
        return CharClass(asciiClasses[c]);
    if (QChar::isSpace(c))
        return Space;
    return QChar::isLetter(c) ? Letter : Symbol;
}

bool isDash(char16_t c)
{
    return c == u'-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

class Tokenizer {
public:
    explicit Tokenizer(QStringView text) : m_text(text) {}

    std::vector<Token> run() const
    {
        std::vector<Token> tokens;
        tokens.reserve(size_t(m_text.size() / 8 + 2));
        const char16_t *s = m_text.utf16();
        const qsizetype n = m_text.size();
        bool newline = false;
        qsizetype i = 0;
        while (i < n) {
            const char16_t c = s[i];
            if (c == u' ') { // by far the most common separator: skip the class lookup
                ++i;
                continue;
            }
            const CharClass cls = classOf(c);
            if (cls == Space || cls == Newline) {
                newline = newline || cls == Newline;
                ++i;
                continue;
            }
            Token t;
            if (cls == Letter)
                i = word(s, n, i, t);
            else if (cls == Digit)
                i = number(s, n, i, t);
            else
                i = punct(c, i, t);
            if (newline)
                t.flags |= NewlineBefore;
            newline = false;
            // Most prose is words the grammar does not know; a run of them separated by
            // spaces is one obstacle, so it is kept as one token.
            if (t.kind == Kind::Word && t.word == Other && !tokens.empty() &&
                tokens.back().kind == Kind::Word && tokens.back().word == Other) {
                tokens.back().end = t.end;
                tokens.back().flags |= t.flags & NewlineBefore;
            } else {
                tokens.push_back(t);
            }
        }
        Token end;
        end.start = end.end = n;
        tokens.push_back(end);
        return tokens;
    }

private:
    static qsizetype number(const char16_t *s, qsizetype n, qsizetype i, Token &t)
    {
        t.kind = Kind::Number;
        t.start = i;
        int digits = 0;
        qint64 value = 0;
        for (; i < n && s[i] >= u'0' && s[i] <= u'9'; ++i) {
            if (digits < 10)
                value = value * 10 + (s[i] - u'0');
            ++digits;
        }
        t.value = value > 999999999 ? kOverflowingNumber : int(value);
        t.digits = quint8(std::min(digits, 255));
        t.end = i;
        return i;
    }

    qsizetype word(const char16_t *s, qsizetype n, qsizetype i, Token &t) const
    {
        t.kind = Kind::Word;
        t.start = i;
        if (s[i] >= u'A' && s[i] <= u'Z')
            t.flags |= Capitalised;
        while (i < n && s[i] < 128 && asciiClasses[s[i]] == Letter)
            ++i;
        bool ascii = true; // only plain ASCII words can be in the vocabulary
        while (i < n && classOf(s[i]) == Letter) {
            ascii = ascii && s[i] < 128;
            ++i;
        }
        t.end = i;
        if (ascii) {
            if (const VocabEntry *e = m_vocabulary.find(s + t.start, int(i - t.start))) {
                t.word = e->word;
                t.value = e->value;
                t.flags |= e->flags;
            }
        }
        return i;
    }

    static qsizetype punct(char16_t c, qsizetype i, Token &t)
    {
        t.kind = Kind::Punct;
        t.start = i;
        t.end = i + 1;
        t.punct = isDash(c) ? u'-' : c;
        return i + 1;
    }

    QStringView m_text;
    const VocabularyTable &m_vocabulary = vocabularyTable();
};

} // namespace

std::vector<Token> tokenize(QStringView text)
{
    return Tokenizer(text).run();
}

} // namespace ReleaseWindowLexer
