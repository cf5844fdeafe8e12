#include "domain/compactjson.h"

#include <QCborValue>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

void CompactJson::open()
{
    m_bytes += '{';
    m_first = true;
}

void CompactJson::member(const char *name)
{
    if (!m_first)
        m_bytes += ',';
    m_first = false;
    m_bytes += '"';
    m_bytes += name;
    m_bytes += "\":";
}

void CompactJson::string(QStringView text)
{
    // Written through a raw pointer into room for the worst case (six bytes per unit, "\u001f"),
    // then cut to size: appending byte by byte cost most of a fingerprint.
    const std::size_t start = m_bytes.size();
    m_bytes.resize(start + 2 + std::size_t(text.size()) * 6);
    char *out = m_bytes.data() + start;
    *out++ = '"';
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p != end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            if (u < 0x20 || u == '"' || u == '\\')
                out = escape(out, u);
            else
                *out++ = char(u);
        } else if (u < 0x800) {
            *out++ = char(0xC0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3F));
        } else if (!QChar::isSurrogate(u)) {
            *out++ = char(0xE0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3F));
            *out++ = char(0x80 | (u & 0x3F));
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            *out++ = char(0xF0 | (c >> 18));
            *out++ = char(0x80 | ((c >> 12) & 0x3F));
            *out++ = char(0x80 | ((c >> 6) & 0x3F));
            *out++ = char(0x80 | (c & 0x3F));
        } else { // a lone surrogate is no UTF-8: Qt writes it as an escape
            *out++ = '\\';
            *out++ = 'u';
            out = hex4(out, u);
        }
    }
    *out++ = '"';
    m_bytes.resize(std::size_t(out - m_bytes.data()));
}

void CompactJson::integer(qint64 n)
{
    char buffer[24];
    char *end = buffer + sizeof buffer;
    char *p = end;
    // Digits from the end; the magnitude as unsigned so the most negative value works too.
    quint64 magnitude = n < 0 ? 0 - quint64(n) : quint64(n);
    do {
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (n < 0)
        *--p = '-';
    m_bytes.append(p, std::size_t(end - p));
}

void CompactJson::orNull(const std::optional<int> &n)
{
    if (n)
        integer(*n);
    else
        null();
}

void CompactJson::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        m_bytes += v.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double: {
        // Qt keeps integers apart from doubles and writes each its own way.
        const QCborValue cbor = QCborValue::fromJsonValue(v);
        if (cbor.isInteger()) {
            integer(cbor.toInteger());
        } else {
            const double d = v.toDouble();
            if (std::isfinite(d))
                m_bytes += QByteArray::number(d, 'g', QLocale::FloatingPointShortest).toStdString();
            else
                null();
        }
        break;
    }
    case QJsonValue::String:
        string(v.toString());
        break;
    case QJsonValue::Array:
        array(v.toArray());
        break;
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        m_bytes += '{';
        for (auto it = o.begin(); it != o.end(); ++it) { // QJsonObject iterates in key order
            if (it != o.begin())
                m_bytes += ',';
            string(it.key());
            m_bytes += ':';
            value(it.value());
        }
        m_bytes += '}';
        break;
    }
    default:
        null();
    }
}

void CompactJson::array(const QJsonArray &a)
{
    m_bytes += '[';
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (i)
            m_bytes += ',';
        value(a.at(i));
    }
    m_bytes += ']';
}

void CompactJson::strings(const QStringList &list)
{
    m_bytes += '[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i)
            m_bytes += ',';
        string(list[i]);
    }
    m_bytes += ']';
}

char *CompactJson::hex4(char *out, char16_t u)
{
    static const char digits[] = "0123456789abcdef";
    *out++ = digits[(u >> 12) & 0xF];
    *out++ = digits[(u >> 8) & 0xF];
    *out++ = digits[(u >> 4) & 0xF];
    *out++ = digits[u & 0xF];
    return out;
}

char *CompactJson::escape(char *out, char16_t u)
{
    *out++ = '\\';
    switch (u) {
    case '"':
        *out++ = '"';
        break;
    case '\\':
        *out++ = '\\';
        break;
    case '\b':
        *out++ = 'b';
        break;
    case '\f':
        *out++ = 'f';
        break;
    case '\n':
        *out++ = 'n';
        break;
    case '\r':
        *out++ = 'r';
        break;
    case '\t':
        *out++ = 't';
        break;
    default:
        *out++ = 'u';
        out = hex4(out, u);
    }
    return out;
}
