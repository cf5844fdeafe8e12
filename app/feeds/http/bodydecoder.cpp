#include "feeds/http/bodydecoder.h"

#include <utility>
#include <zlib.h>

namespace {

constexpr int kOutChunk = 64 * 1024;
// 15 + 32: a zlib or a gzip header, whichever the data starts with.
constexpr int kAutoHeader = 15 + 32;
constexpr int kRawDeflate = -15;

// HTTP's "deflate" means zlib-wrapped, but some servers send raw deflate; the two bytes of a
// zlib header tell them apart (RFC 1950: method 8, window <= 32K, check bits).
bool isZlibHeader(const QByteArray &head)
{
    const auto cmf = uchar(head.at(0));
    const auto flg = uchar(head.at(1));
    return (cmf & 0x0f) == 8 && (cmf >> 4) <= 7 && ((cmf << 8) | flg) % 31 == 0;
}

bool isGzipMember(const Bytef *next, uInt avail)
{
    return avail >= 2 && next[0] == 0x1f && next[1] == 0x8b;
}

} // namespace

struct BodyDecoder::Stream {
    z_stream zs{};
    bool open = false;
    bool ended = false; // the last stream (or gzip member) ended cleanly
    bool junk = false;  // what follows the last gzip member is not another one: ignored
    QByteArray head;    // the first bytes, until there are enough to pick the format
    QByteArray carry;   // a lone 0x1f that may begin the next gzip member
    qint64 inputBytes = 0;

    ~Stream()
    {
        if (open)
            inflateEnd(&zs);
    }
};

std::optional<BodyDecoder::Encoding> BodyDecoder::encodingFor(const QByteArray &contentEncoding)
{
    const QByteArray value = contentEncoding.trimmed().toLower();
    if (value.isEmpty() || value == "identity")
        return Encoding::Identity;
    if (value == "gzip" || value == "x-gzip")
        return Encoding::Gzip;
    if (value == "deflate")
        return Encoding::Deflate;
    return std::nullopt;
}

BodyDecoder::BodyDecoder(Encoding encoding) : m_encoding(encoding)
{
    if (encoding != Encoding::Identity)
        m_stream = std::make_unique<Stream>();
}

BodyDecoder::~BodyDecoder() = default;

BodyDecoder::Status BodyDecoder::feed(const QByteArray &data, QByteArray *out, qint64 limit)
{
    if (m_encoding == Encoding::Identity) {
        if (out->size() + data.size() > limit)
            return Status::TooLarge;
        if (out->isEmpty() && out->capacity() < data.size())
            *out = data; // shares the reply's buffer instead of copying it
        else
            out->append(data);
        return Status::Ok;
    }

    Stream &s = *m_stream;
    s.inputBytes += data.size();
    if (s.junk)
        return Status::Ok;
    QByteArray input = s.carry.isEmpty() ? data : s.carry + data;
    s.carry.clear();
    if (!s.open) {
        s.head += data;
        if (s.head.size() < 2)
            return Status::Ok;
        const bool raw = m_encoding == Encoding::Deflate && !isZlibHeader(s.head);
        if (inflateInit2(&s.zs, raw ? kRawDeflate : kAutoHeader) != Z_OK)
            return Status::Corrupt;
        s.open = true;
        input = std::exchange(s.head, QByteArray());
    }

    s.zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData())); // read only
    s.zs.avail_in = uInt(input.size());
    // Inflate in 64 KiB steps and check after each, so a bomb stops within a step of the limit.
    // Keep going while input is left or the last step filled its buffer (zlib may hold more).
    do {
        if (s.ended) {
            // RFC 1952 allows several gzip members in a row; trailing junk is ignored.
            if (s.zs.avail_in == 1 && s.zs.next_in[0] == 0x1f) {
                s.carry = QByteArray(1, char(0x1f));
                break;
            }
            if (!isGzipMember(s.zs.next_in, s.zs.avail_in)) {
                s.junk = true;
                break;
            }
            if (inflateReset(&s.zs) != Z_OK)
                return Status::Corrupt;
            s.ended = false;
        }
        const qsizetype before = out->size();
        out->resize(before + kOutChunk);
        s.zs.next_out = reinterpret_cast<Bytef *>(out->data() + before);
        s.zs.avail_out = kOutChunk;
        const int rc = inflate(&s.zs, Z_NO_FLUSH);
        const uInt spare = s.zs.avail_out;
        out->resize(before + (kOutChunk - qsizetype(spare)));
        if (out->size() > limit)
            return Status::TooLarge;
        if (rc == Z_STREAM_END) {
            s.ended = true;
            continue;
        }
        if (rc == Z_BUF_ERROR) // no progress possible: everything is consumed and flushed
            break;
        if (rc != Z_OK)
            return Status::Corrupt;
        if (s.zs.avail_in == 0 && spare > 0)
            break;
    } while (s.zs.avail_in > 0 || !s.ended);
    return Status::Ok;
}

BodyDecoder::Status BodyDecoder::finish() const
{
    if (m_encoding == Encoding::Identity || m_stream->inputBytes == 0)
        return Status::Ok; // an empty body is empty whatever its declared encoding
    return m_stream->ended ? Status::Ok : Status::Corrupt;
}
