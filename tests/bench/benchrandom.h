#pragma once

#include <QtGlobal>

// xorshift32 for the generators: tiny, and the same numbers on every platform (std::
// distributions are not), so a generated feed is the same bytes everywhere.
class BenchRandom {
public:
    explicit BenchRandom(quint32 seed) : m_state(seed ? seed : 0x9E3779B9u) {}
    quint32 next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return m_state;
    }
    int below(int n) { return int(next() % quint32(n)); }
    template <typename T, int N> const T &pick(const T (&list)[N]) { return list[below(N)]; }

private:
    quint32 m_state;
};
