#pragma once
#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

// Helpers the fuzz targets share for turning libFuzzer's bytes into arguments.
namespace FuzzInput {

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A choice among `count` options that the input decides without taking any of its bytes (so a
// fixture seeds the target as it is): the length, which libFuzzer varies all the time.
inline int pick(std::size_t size, int count)
{
    return int(size % std::size_t(count));
}

// Whether the bytes are valid UTF-8 (decoding replaces nothing).
inline bool isUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

} // namespace FuzzInput
