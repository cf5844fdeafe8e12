// HTTP body decoding (bodydecoder.h) over any bytes. The first three bytes choose how:
//   [0] gzip, deflate, identity, or a round trip (the rest compressed with zlib, then decoded)
//   [1] the size limit, 2^(b % 24) bytes
//   [2] the size of the pieces the body arrives in (1..256 bytes)
// What must hold: a body that passes the limit is TooLarge, found within one inflate step; pieces
// decode to exactly what the whole body decodes to, with the same outcome; a round trip under the
// limit gives the input.
#include "feeds/http/bodydecoder.h"
#include "fuzzcheck.h"
#include "fuzzinput.h"

#include <zlib.h>

namespace {

struct Decoded {
    BodyDecoder::Status status = BodyDecoder::Status::Ok;
    QByteArray body;
};

Decoded decode(BodyDecoder::Encoding encoding, const QByteArray &input, qsizetype piece,
               qint64 limit)
{
    BodyDecoder decoder(encoding);
    Decoded out;
    for (qsizetype at = 0; at < input.size(); at += piece) {
        out.status = decoder.feed(input.mid(at, piece), &out.body, limit);
        // Inflating goes in steps of 64 KiB and stops after the step that passes the limit.
        FUZZ_CHECK(out.body.size() <= limit + 64 * 1024,
                   "decoding stops within a step of the limit");
        if (out.status != BodyDecoder::Status::Ok)
            return out;
        FUZZ_CHECK(out.body.size() <= limit, "a body within the limit is Ok, one past it is not");
    }
    out.status = decoder.finish();
    return out;
}

QByteArray compress(const QByteArray &plain, bool gzip)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, gzip ? 31 : 15, 8,
                     Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&stream, uLong(plain.size()))) + 32, '\0');
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.constData()));
    stream.avail_in = uInt(plain.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return result == Z_STREAM_END ? out : QByteArray();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 3)
        return 0;
    const int mode = data[0] % 4;
    const qint64 limit = qint64(1) << (data[1] % 24);
    const qsizetype piece = qsizetype(data[2]) + 1;
    const QByteArray rest = FuzzInput::bytes(data + 3, size - 3);
    static const BodyDecoder::Encoding encodings[] = {
        BodyDecoder::Encoding::Gzip, BodyDecoder::Encoding::Deflate,
        BodyDecoder::Encoding::Identity, BodyDecoder::Encoding::Gzip};
    const BodyDecoder::Encoding encoding = encodings[mode];
    const QByteArray input = mode == 3 ? compress(rest, data[2] % 2 == 0) : rest;
    const BodyDecoder::Encoding inputEncoding =
        mode == 3 && data[2] % 2 != 0 ? BodyDecoder::Encoding::Deflate : encoding;

    const Decoded whole = decode(inputEncoding, input, qMax<qsizetype>(input.size(), 1), limit);
    const Decoded pieces = decode(inputEncoding, input, piece, limit);
    FUZZ_CHECK(whole.status == pieces.status, "pieces decode with the same outcome");
    if (whole.status == BodyDecoder::Status::Ok)
        FUZZ_CHECK(whole.body == pieces.body, "pieces decode to the same body");
    if (mode == 3 && !input.isEmpty()) {
        if (rest.size() <= limit) {
            FUZZ_CHECK(whole.status == BodyDecoder::Status::Ok, "a round trip decodes");
            FUZZ_CHECK(whole.body == rest, "a round trip gives the input back");
        } else {
            FUZZ_CHECK(whole.status == BodyDecoder::Status::TooLarge,
                       "over the limit is too large");
        }
    }
    if (mode == 2 && whole.status == BodyDecoder::Status::Ok)
        FUZZ_CHECK(whole.body == rest, "identity is the body itself");
    return 0;
}
