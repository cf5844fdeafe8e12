#include "extract/showmatcher.h"

#include "extract/textscan.h"

namespace ExtractDetail {

using namespace ExtractText;

namespace {

constexpr quint32 fnvOffset = 2166136261u;
constexpr quint32 fnvPrime = 16777619u;

inline quint32 mix(quint32 h, char16_t c)
{
    return (h ^ c) * fnvPrime;
}

} // namespace

void ShowMatcher::add(const QString &name, int show)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return;
    Needle needle;
    needle.show = show;
    QString f;
    f.reserve(trimmed.size());
    for (QChar c : trimmed)
        f.append(QChar(fold(c.unicode())));
    needle.folded = f;
    needle.original = trimmed;
    int firstWordEnd = 0;
    quint32 h = fnvOffset;
    while (firstWordEnd < f.size() && isWordChar(f.at(firstWordEnd).unicode()))
        h = mix(h, f.at(firstWordEnd++).unicode());
    if (firstWordEnd == 0)
        return; // a name must start with a letter or digit to be word-bounded
    needle.capitalRequired = firstWordEnd == f.size() && trimmed.at(0).isUpper();
    for (const Needle &existing : m_needles) {
        if (existing.folded == needle.folded && existing.show == show)
            return;
    }
    const char16_t first = f.at(0).unicode();
    if (first < 128)
        m_firstAscii[first >> 6] |= 1ull << (first & 63);
    else
        m_nonAsciiFirst = true;
    m_hashBits[(h & 0xFFFF) >> 6] |= 1ull << (h & 63);
    m_byFirstWord[h].append(int(m_needles.size()));
    m_needles.push_back(needle);
}

int ShowMatcher::matchAt(const char16_t *s, int n, int start, const Needle &needle,
                         bool *properCase) const
{
    if (needle.capitalRequired && !QChar::isUpper(s[start]))
        return -1;
    const QChar *p = needle.folded.constData();
    const QChar *o = needle.original.constData();
    const int m = int(needle.folded.size());
    int j = start;
    *properCase = true;
    for (int k = 0; k < m; ++k) {
        const char16_t nc = p[k].unicode();
        if (o[k].isUpper() && j < n && QChar::isLower(s[j]))
            *properCase = false;
        if (nc == u' ') {
            if (j >= n || !(s[j] == u' ' || isSpace(s[j])))
                return -1;
            while (j < n && (s[j] == u' ' || isSpace(s[j])))
                ++j;
            continue;
        }
        if (j >= n || fold(s[j]) != nc)
            return -1;
        ++j;
    }
    if (j < n && isWordChar(s[j]))
        return -1;
    return j;
}

template <typename OnHit> void ShowMatcher::run(QStringView text, OnHit &&onHit) const
{
    const char16_t *s = text.utf16();
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const char16_t c = s[i];
        if (!isWordChar(c)) {
            ++i;
            continue;
        }
        const int start = i;
        const char16_t f = fold(c);
        const bool candidate = f < 128 ? (m_firstAscii[f >> 6] >> (f & 63)) & 1 : m_nonAsciiFirst;
        if (!candidate) {
            while (i < n && isWordChar(s[i]))
                ++i;
            continue;
        }
        quint32 h = fnvOffset;
        while (i < n && isWordChar(s[i]))
            h = mix(h, fold(s[i++]));
        if (!((m_hashBits[(h & 0xFFFF) >> 6] >> (h & 63)) & 1))
            continue;
        const auto it = m_byFirstWord.constFind(h);
        if (it == m_byFirstWord.constEnd())
            continue;
        int bestEnd = -1;
        int bestShow = -1;
        bool bestProper = false;
        for (int index : it.value()) {
            const Needle &needle = m_needles[size_t(index)];
            bool proper = false;
            const int end = matchAt(s, n, start, needle, &proper);
            if (end > bestEnd) {
                bestEnd = end;
                bestShow = needle.show;
                bestProper = proper;
            }
        }
        if (bestEnd < 0)
            continue;
        if (!onHit(Hit{start, bestEnd, bestShow, bestProper}))
            return;
        i = bestEnd;
    }
}

void ShowMatcher::scan(QStringView text, QList<Hit> *hits, int base) const
{
    if (m_needles.empty())
        return;
    run(text, [&](Hit hit) {
        hit.start += base;
        hit.end += base;
        hits->append(hit);
        return true;
    });
}

bool ShowMatcher::any(QStringView text) const
{
    bool found = false;
    if (m_needles.empty())
        return false;
    run(text, [&](const Hit &) {
        found = true;
        return false;
    });
    return found;
}

} // namespace ExtractDetail
