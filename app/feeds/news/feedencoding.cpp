#include "feeds/news/feedencoding.h"

#include "domain/utf8sequence.h"
#include "feeds/hugepages.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <climits>
#include <cstring>

namespace {

bool startsWith(const QByteArray &body, const char *bytes, int length)
{
    return body.size() >= length && std::memcmp(body.constData(), bytes, length) == 0;
}

// Canonical name, or empty for UTF-8 (which needs no transcoding).
QByteArray normalise(QByteArray name)
{
    name = name.trimmed().toLower();
    if (name.startsWith('"') && name.endsWith('"') && name.size() >= 2)
        name = name.mid(1, name.size() - 2);
    if (name == "utf-8" || name == "utf8" || name == "unicode-1-1-utf-8")
        return QByteArray();
    if (name == "iso-8859-1" || name == "iso8859-1" || name == "iso_8859-1" || name == "latin1" ||
        name == "l1" || name == "us-ascii" || name == "ascii" || name == "cp819")
        return QByteArrayLiteral("windows-1252");
    return name;
}

bool isUtf16Or32(const QByteArray &name)
{
    return name.startsWith("utf-16") || name.startsWith("utf-32") || name.startsWith("ucs");
}

// Whether we can decode with this name. UTF-16 and UTF-32 labels on a body that was readable as
// ASCII are lies: real UTF-16 was recognised by its BOM or its first bytes.
bool usable(const QByteArray &name)
{
    return name.isEmpty() || (!isUtf16Or32(name) && QStringDecoder(name.constData()).isValid());
}

FeedEncoding transcode(const QByteArray &bytes, const QByteArray &name)
{
    FeedEncoding result;
    QStringDecoder decoder(name.constData());
    result.encoding = QString::fromLatin1(decoder.name());
    result.utf8 = QString(decoder.decode(bytes)).toUtf8();
    return result;
}

FeedEncoding keepUtf8(const QByteArray &body, int bomLength)
{
    FeedEncoding result;
    result.encoding = QStringLiteral("UTF-8");
    // A copy of its own: the XML parser edits it in place. Fresh memory, so huge pages first.
    result.utf8 = QByteArray(body.size() - bomLength, Qt::Uninitialized);
    adviseHugePages(result.utf8.data(), result.utf8.size());
    std::memcpy(result.utf8.data(), body.constData() + bomLength,
                std::size_t(body.size() - bomLength));
    return result;
}

struct Utf8Census {
    qsizetype multiByte = 0; // valid sequences of two bytes or more
    qsizetype invalid = 0;   // bytes that start no valid sequence
};

Utf8Census utf8Census(const QByteArray &body)
{
    Utf8Census census;
    const auto *p = reinterpret_cast<const unsigned char *>(body.constData());
    const unsigned char *end = p + body.size();
    while (p < end) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int length = Utf8Sequence::length(p, end);
        if (length) {
            ++census.multiByte;
            p += length;
        } else {
            ++census.invalid;
            ++p;
        }
    }
    return census;
}

// Undeclared bytes that are not UTF-8: windows-1252, unless they are UTF-8 with a few
// invalid bytes (see the header).
FeedEncoding decodeUndeclared(const QByteArray &body, QStringList *warnings)
{
    const Utf8Census census = utf8Census(body);
    if (census.multiByte > census.invalid) {
        // A plain variable as the count: lupdate 6.4 never returns from a count argument
        // with a comma inside nested parentheses (int(qMin(a, b))).
        const int invalidBytes = int(qMin(census.invalid, qsizetype(INT_MAX)));
        warnings->append(QCoreApplication::translate(
            "NewsFeedParser",
            "The document declares no encoding and is not valid UTF-8: it reads as UTF-8 "
            "but for %n invalid byte(s), which were replaced.",
            nullptr, invalidBytes));
        return keepUtf8(body, 0);
    }
    warnings->append(QCoreApplication::translate(
        "NewsFeedParser",
        "The document declares no encoding and is not valid UTF-8; it was read as "
        "windows-1252."));
    return transcode(body, QByteArrayLiteral("windows-1252"));
}

FeedEncoding decodeWithoutBom(const QByteArray &body, const QByteArray &declaredEncoding,
                              const QString &httpCharset, UndeclaredEncoding undeclared,
                              QStringList *warnings)
{
    if (!declaredEncoding.isEmpty()) {
        const QByteArray declared = normalise(declaredEncoding);
        if (usable(declared))
            return declared.isEmpty() ? keepUtf8(body, 0) : transcode(body, declared);
        warnings->append(QCoreApplication::translate(
                             "NewsFeedParser",
                             "The XML declaration names the encoding “%1”, which cannot be "
                             "used; the document was read with the next best guess.")
                             .arg(QString::fromLatin1(declaredEncoding)));
    }
    const QByteArray hinted = normalise(httpCharset.toLatin1());
    if (hinted.isEmpty() && undeclared == UndeclaredEncoding::Utf8)
        return keepUtf8(body, 0);
    // Only now is the body checked: most feeds declare their encoding and skip this pass.
    if (body.isValidUtf8())
        return keepUtf8(body, 0);
    if (!hinted.isEmpty()) {
        if (usable(hinted))
            return transcode(body, hinted);
        warnings->append(QCoreApplication::translate("NewsFeedParser",
                                                     "The HTTP charset “%1” cannot be used; the "
                                                     "document was read with the next best guess.")
                             .arg(httpCharset));
    }
    if (undeclared == UndeclaredEncoding::Utf8)
        return keepUtf8(body, 0);
    return decodeUndeclared(body, warnings);
}

} // namespace

QByteArray sniffUnicodeEncoding(const QByteArray &body, int *bomLength)
{
    *bomLength = 0;
    if (startsWith(body, "\xEF\xBB\xBF", 3)) {
        *bomLength = 3;
        return QByteArrayLiteral("UTF-8");
    }
    if (startsWith(body, "\xFF\xFE", 2)) {
        *bomLength = 2;
        return QByteArrayLiteral("UTF-16LE");
    }
    if (startsWith(body, "\xFE\xFF", 2)) {
        *bomLength = 2;
        return QByteArrayLiteral("UTF-16BE");
    }
    if (startsWith(body, "<\0?\0", 4))
        return QByteArrayLiteral("UTF-16LE");
    if (startsWith(body, "\0<\0?", 4))
        return QByteArrayLiteral("UTF-16BE");
    return QByteArray();
}

FeedEncoding decodeFeedBody(const QByteArray &body, const QByteArray &declaredEncoding,
                            const QString &httpCharset, UndeclaredEncoding undeclared)
{
    int bomLength = 0;
    const QByteArray unicode = sniffUnicodeEncoding(body, &bomLength);
    if (unicode == "UTF-8")
        return keepUtf8(body, bomLength);
    if (!unicode.isEmpty())
        return transcode(body.mid(bomLength), unicode);
    QStringList warnings;
    FeedEncoding result =
        decodeWithoutBom(body, declaredEncoding, httpCharset, undeclared, &warnings);
    result.warnings = warnings;
    return result;
}
