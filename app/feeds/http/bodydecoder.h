#pragma once

#include <QByteArray>

#include <memory>
#include <optional>

// Undoes a response's Content-Encoding (gzip or deflate) as the bytes arrive, and stops the
// moment the decoded body would pass a size limit.
//
// Why not QNAM's automatic decoding: QNAM inflates in its own thread before handing over a
// single byte, and its archive-bomb check then fails the reply with a bare "Decompression failed"
// (UnknownContentError), the same as for corrupt data. Decoding here keeps memory within the cap
// and lets users tell "too large" from "broken".
class BodyDecoder {
public:
    enum class Encoding { Identity, Gzip, Deflate };
    enum class Status { Ok, TooLarge, Corrupt };

    // The encodings we advertise in Accept-Encoding, and so the only ones we can undo.
    static QByteArray acceptEncoding() { return QByteArrayLiteral("gzip, deflate"); }
    // From a Content-Encoding value; nothing when it is one we do not support.
    static std::optional<Encoding> encodingFor(const QByteArray &contentEncoding);

    explicit BodyDecoder(Encoding encoding);
    ~BodyDecoder();
    BodyDecoder(const BodyDecoder &) = delete;
    BodyDecoder &operator=(const BodyDecoder &) = delete;

    Encoding encoding() const { return m_encoding; }
    // Appends the decoded form of `data` to `out`; TooLarge as soon as `out` would pass `limit`.
    Status feed(const QByteArray &data, QByteArray *out, qint64 limit);
    // After the last byte: Corrupt when a compressed stream stopped before its end.
    Status finish() const;

private:
    struct Stream;
    Encoding m_encoding;
    std::unique_ptr<Stream> m_stream;
};
