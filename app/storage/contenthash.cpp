#include "storage/contenthash.h"

#include <QtEndian>
#include <cstring>

namespace ContentHash {

quint64 of(QByteArrayView data, quint64 seed)
{
    // MurmurHash64A by Austin Appleby (public domain).
    constexpr quint64 m = 0xc6a4a7935bd1e995ULL;
    constexpr int r = 47;
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype length = data.size();
    quint64 h = seed ^ (quint64(length) * m);
    const qsizetype words = length / 8;
    for (qsizetype i = 0; i < words; ++i) {
        quint64 k = qFromLittleEndian<quint64>(bytes + i * 8);
        k *= m;
        k ^= k >> r;
        k *= m;
        h ^= k;
        h *= m;
    }
    const unsigned char *tail = bytes + words * 8;
    switch (length & 7) {
    case 7:
        h ^= quint64(tail[6]) << 48;
        Q_FALLTHROUGH();
    case 6:
        h ^= quint64(tail[5]) << 40;
        Q_FALLTHROUGH();
    case 5:
        h ^= quint64(tail[4]) << 32;
        Q_FALLTHROUGH();
    case 4:
        h ^= quint64(tail[3]) << 24;
        Q_FALLTHROUGH();
    case 3:
        h ^= quint64(tail[2]) << 16;
        Q_FALLTHROUGH();
    case 2:
        h ^= quint64(tail[1]) << 8;
        Q_FALLTHROUGH();
    case 1:
        h ^= quint64(tail[0]);
        h *= m;
    }
    h ^= h >> r;
    h *= m;
    h ^= h >> r;
    return h;
}

QByteArray text(quint64 hash)
{
    static const char digits[] = "0123456789abcdef";
    QByteArray out = kPrefix.toByteArray();
    out.resize(kPrefix.size() + 16);
    char *p = out.data() + kPrefix.size();
    for (int shift = 60; shift >= 0; shift -= 4)
        *p++ = digits[(hash >> shift) & 0xF];
    return out;
}

} // namespace ContentHash
