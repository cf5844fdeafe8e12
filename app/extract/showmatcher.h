#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <vector>

// Finds show titles and aliases in text. Most articles name no known show, so this is the
// extractor's hot path: one pass over the characters, a bitmap test per word and a hash
// lookup only for words that can begin a name. Cost does not grow with the number of shows.
namespace ExtractDetail {

class ShowMatcher {
public:
    struct Hit {
        int start = 0;
        int end = 0;
        int show = 0; // index into the shows the matcher was built from
        // Every word the name capitalises is capitalised in the text too ("All Of Us Are
        // Dead", "ALL OF US ARE DEAD"); "Our school now offers..." matches, but weakly.
        bool properCase = true;
    };

    // Names are matched word-bounded and case-insensitively, with typographic variants folded
    // and any run of spaces matching one. A one-word name written with a capital ("AOUAD",
    // "Kingdom") must start with a capital in the text too, so a title that is also an
    // ordinary word does not link every article that uses the word.
    void add(const QString &name, int show);

    bool isEmpty() const { return m_needles.empty(); }

    // Appends every occurrence, left to right, the longest name at each position, without
    // overlaps. `base` is added to the offsets.
    void scan(QStringView text, QList<Hit> *hits, int base = 0) const;

    // Same test without collecting: true at the first occurrence.
    bool any(QStringView text) const;

private:
    struct Needle {
        QString folded;
        QString original; // simplified: capitals of the name, position by position
        int show = 0;
        bool capitalRequired = false;
    };

    template <typename OnHit> void run(QStringView text, OnHit &&onHit) const;
    int matchAt(const char16_t *s, int n, int start, const Needle &needle, bool *properCase) const;

    std::vector<Needle> m_needles;
    QHash<quint32, QVarLengthArray<int, 2>> m_byFirstWord;
    std::vector<quint64> m_hashBits = std::vector<quint64>(1024, 0); // 65,536-bit filter
    quint64 m_firstAscii[2] = {0, 0}; // folded ASCII first characters of the names
    bool m_nonAsciiFirst = false;
};

} // namespace ExtractDetail
