#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Turns a feed body in whatever encoding into UTF-8, which is what the XML and JSON parsers read.
//
// Precedence: a byte order mark (UTF-8, UTF-16 LE/BE), then the XML declaration's encoding, then
// the HTTP charset, then UTF-8 or, for XML that is not UTF-8, windows-1252. The declaration
// outranks HTTP because feeds are files copied between servers, and servers label them with a
// blanket default (often ISO-8859-1) while the file itself was written knowing its encoding. For
// the same reason an HTTP charset is ignored when the body is valid UTF-8, which text in a legacy
// 8-bit encoding practically never is. ISO-8859-1 and US-ASCII are read as windows-1252 (as
// browsers do): the two agree except where windows-1252 has the curly quotes and dashes that such
// feeds really contain.
//
// When nothing usable names the encoding and the bytes are not UTF-8, an XML feed is read as
// windows-1252, the fallback of browsers and feedparser, with a warning (U+FFFD for every accented
// letter would lose the text). The exception is text that is UTF-8 but damaged (a multi-byte letter
// cut in two by a byte-wise truncation): when valid multi-byte sequences outnumber the invalid
// bytes it stays UTF-8, because reading it as windows-1252 would garble every accented letter to
// save one. Invalid bytes become U+FFFD later, when the UTF-8 is turned into QStrings.
struct FeedEncoding {
    QByteArray utf8;  // owned, detached: the XML parser parses it in place
    QString encoding; // what was used, e.g. "UTF-8", "EUC-KR"
    QStringList warnings;
};

// What undeclared bytes that are not UTF-8 are: JSON is UTF-8 by definition (RFC 8259), an XML
// feed is probably windows-1252.
enum class UndeclaredEncoding { Utf8, GuessWindows1252 };

// `declaredEncoding` is the XML declaration's (empty for JSON or when absent).
FeedEncoding decodeFeedBody(const QByteArray &body, const QByteArray &declaredEncoding,
                            const QString &httpCharset,
                            UndeclaredEncoding undeclared = UndeclaredEncoding::Utf8);

// The BOM-announced encoding ("UTF-8", "UTF-16LE", "UTF-16BE") and the BOM length, or an empty
// name; also recognises BOM-less UTF-16 that starts with "<?" as the XML spec's appendix F does.
QByteArray sniffUnicodeEncoding(const QByteArray &body, int *bomLength);
