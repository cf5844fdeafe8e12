#include "feeds/season/jsontree.h"

#include "domain/utf8sequence.h"
#include "storage/contenthash.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>
#include <QtAlgorithms>

#include <cmath>
#include <cstring>
#include <limits>

namespace {

// Qt's own texts, so its translations apply (QJsonParseError::errorString()).
enum class Problem {
    UnterminatedObject,
    MissingNameSeparator,
    UnterminatedArray,
    MissingValueSeparator,
    IllegalValue,
    TerminationByNumber,
    IllegalNumber,
    IllegalEscapeSequence,
    IllegalUtf8String,
    UnterminatedString,
    MissingObject,
    DeepNesting,
    DocumentTooLarge,
    GarbageAtEnd
};

QString describe(Problem problem)
{
    const char *text = "";
    switch (problem) {
    case Problem::UnterminatedObject:
        text = QT_TRANSLATE_NOOP("QJsonParseError", "unterminated object");
        break;
    case Problem::MissingNameSeparator:
        text = QT_TRANSLATE_NOOP("QJsonParseError", "missing name separator");
        break;
    case Problem::UnterminatedArray:
        text = QT_TRANSLATE_NOOP("QJsonParseError", "unterminated array");
        break;
    case Problem::MissingValueSeparator:
        text = QT_TRANSLATE_NOOP("QJsonParseError", "missing value separator");
        break;
    case Problem::IllegalValue:
        text = QT_TRANSLATE_NOOP("QJsonParseError", "illegal value");
        break;
    case Problem::TerminationByNumber:
        text = QT_TRANSLATE_NOOP("QJsonParseError", "invalid termination by number");
        break;
    case Problem::IllegalNumber:
        text = QT_TRANSLATE_NOOP("QJsonParseError", "illegal number");
        break;
    case Problem::IllegalEscapeSequence:
        text = QT_TRANSLATE_NOOP("QJsonParseError", "invalid escape sequence");
        break;
    case Problem::IllegalUtf8String:
        text = QT_TRANSLATE_NOOP("QJsonParseError", "invalid UTF8 string");
        break;
    case Problem::UnterminatedString:
        text = QT_TRANSLATE_NOOP("QJsonParseError", "unterminated string");
        break;
    case Problem::MissingObject:
        text = QT_TRANSLATE_NOOP("QJsonParseError", "object is missing after a comma");
        break;
    case Problem::DeepNesting:
        text = QT_TRANSLATE_NOOP("QJsonParseError", "too deeply nested document");
        break;
    case Problem::DocumentTooLarge:
        text = QT_TRANSLATE_NOOP("QJsonParseError", "too large document");
        break;
    case Problem::GarbageAtEnd:
        text = QT_TRANSLATE_NOOP("QJsonParseError", "garbage at the end of the document");
        break;
    }
    return QCoreApplication::translate("QJsonParseError", text);
}

constexpr int kNestingLimit = 1024;

// Bytes a string's text runs over without a second look: ASCII but '"' and '\\'.
constexpr struct PlainBytes {
    bool table[256] = {};
    constexpr PlainBytes()
    {
        for (int c = 0; c < 0x80; ++c)
            table[c] = c != '"' && c != '\\';
    }
    constexpr bool operator[](unsigned char c) const { return table[c]; }
} kPlainByte;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// A JSON integer literal without sign, fraction or exponent, up to 18 digits: read here, since
// nearly every number in a season feed is one (episode numbers, runtimes).
bool smallInteger(const char *p, std::size_t length, qint64 *out)
{
    std::size_t i = p[0] == '-' ? 1 : 0;
    if (length == i || length - i > 18)
        return false;
    qint64 n = 0;
    for (std::size_t k = i; k < length; ++k) {
        if (p[k] < '0' || p[k] > '9')
            return false;
        n = n * 10 + (p[k] - '0');
    }
    *out = i ? -n : n;
    return true;
}

} // namespace

// The recursive descent over the bytes, following the structure (and the error choices) of
// Qt's JSON parser.
class JsonParser {
public:
    JsonParser(JsonTree &tree, const QByteArray &json)
        : m_tree(tree), m_head(json.constData()), m_p(json.constData()),
          m_end(json.constData() + json.size())
    {
    }

    bool parse(JsonTree::Error *error)
    {
        if (m_end - m_p > qsizetype(std::numeric_limits<std::uint32_t>::max() / 2))
            return fail(Problem::DocumentTooLarge, error);
        m_tree.m_nodes.reserve(std::size_t((m_end - m_p) / 8) + 16);
        if (m_end - m_p > 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
            m_p += 3;
        const char token = nextToken();
        bool ok = false;
        if (token == '[')
            ok = array();
        else if (token == '{')
            ok = object();
        else
            m_problem = Problem::IllegalValue;
        if (ok) {
            eatSpace();
            if (m_p < m_end) {
                m_problem = Problem::GarbageAtEnd;
                ok = false;
            }
        }
        if (!ok)
            return fail(m_problem, error);
        *error = JsonTree::Error();
        return true;
    }

private:
    using Node = JsonTree::Node;
    using Type = JsonTree::Type;

    bool fail(Problem problem, JsonTree::Error *error)
    {
        error->offset = m_p - m_head;
        error->message = describe(problem);
        m_tree.m_nodes.clear();
        m_tree.m_numbers.clear();
        return false;
    }

    bool stop(Problem problem)
    {
        m_problem = problem;
        return false;
    }

    bool eatSpace()
    {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
        return m_p < m_end;
    }

    // The next structural character, consumed; 0 (consumed too) for anything else.
    char nextToken()
    {
        if (!eatSpace())
            return 0;
        const char token = *m_p++;
        switch (token) {
        case '[':
        case '{':
        case ':':
        case ',':
        case ']':
        case '}':
        case '"':
            return token;
        default:
            return 0;
        }
    }

    std::uint32_t add(Type type)
    {
        Node node;
        node.type = std::uint8_t(type);
        m_tree.m_nodes.push_back(node);
        return std::uint32_t(m_tree.m_nodes.size() - 1);
    }

    void close(std::uint32_t index, std::uint32_t count)
    {
        Node &node = m_tree.m_nodes[index];
        node.next = std::uint32_t(m_tree.m_nodes.size());
        node.count = count;
    }

    // An object or array, whose opening bracket was the last byte read, ends at m_p.
    std::uint32_t openContainer(Type type)
    {
        const std::uint32_t index = add(type);
        m_tree.m_nodes[index].begin = std::uint32_t(m_p - 1 - m_head);
        return index;
    }
    void closeContainer(std::uint32_t index, std::uint32_t count)
    {
        close(index, count);
        Node &node = m_tree.m_nodes[index];
        node.length = std::uint32_t(m_p - m_head) - node.begin;
    }

    bool object()
    {
        if (++m_depth > kNestingLimit)
            return stop(Problem::DeepNesting);
        const std::uint32_t index = openContainer(Type::Object);
        std::uint32_t members = 0;
        char token = nextToken();
        while (token == '"') {
            if (!string())
                return false;
            if (nextToken() != ':')
                return stop(Problem::MissingNameSeparator);
            if (!eatSpace())
                return stop(Problem::UnterminatedObject);
            if (!value())
                return false;
            ++members;
            token = nextToken();
            if (token != ',')
                break;
            token = nextToken();
            if (token == '}')
                return stop(Problem::MissingObject);
        }
        if (token != '}')
            return stop(Problem::UnterminatedObject);
        --m_depth;
        closeContainer(index, members);
        return true;
    }

    bool array()
    {
        if (++m_depth > kNestingLimit)
            return stop(Problem::DeepNesting);
        const std::uint32_t index = openContainer(Type::Array);
        std::uint32_t elements = 0;
        if (!eatSpace())
            return stop(Problem::UnterminatedArray);
        if (*m_p == ']') {
            ++m_p;
        } else {
            while (true) {
                if (!eatSpace())
                    return stop(Problem::UnterminatedArray);
                if (!value())
                    return false;
                ++elements;
                const char token = nextToken();
                if (token == ']')
                    break;
                if (token != ',')
                    return stop(eatSpace() ? Problem::MissingValueSeparator
                                           : Problem::UnterminatedArray);
            }
        }
        --m_depth;
        closeContainer(index, elements);
        return true;
    }

    bool literal(const char *rest, std::size_t length, Type type, bool truth)
    {
        // As Qt: the literal must leave at least one byte after it (a document never ends in
        // one: its top level is an object or an array).
        if (std::size_t(m_end - m_p) < length + 1 || std::memcmp(m_p, rest, length) != 0) {
            m_p += std::min<std::size_t>(std::size_t(m_end - m_p), length);
            return stop(Problem::IllegalValue);
        }
        m_p += length;
        const std::uint32_t index = add(type);
        m_tree.m_nodes[index].flags = truth ? 1 : 0;
        close(index, 0);
        return true;
    }

    bool value()
    {
        const char c = *m_p++;
        switch (c) {
        case 'n':
            return literal("ull", 3, Type::Null, false);
        case 't':
            return literal("rue", 3, Type::Bool, true);
        case 'f':
            return literal("alse", 4, Type::Bool, false);
        case '"':
            return string();
        case '[':
            return array();
        case '{':
            return object();
        case ',':
            return stop(Problem::IllegalValue);
        case '}':
        case ']':
            return stop(Problem::MissingObject);
        default:
            --m_p;
            return number();
        }
    }

    bool number()
    {
        const char *start = m_p;
        bool isInt = true;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (m_p < m_end && *m_p == '0') {
            ++m_p;
        } else {
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
                isInt = isInt && *m_p == '0';
                ++m_p;
            }
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            isInt = false;
            ++m_p;
            if (m_p < m_end && (*m_p == '-' || *m_p == '+'))
                ++m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        if (m_p >= m_end)
            return stop(Problem::TerminationByNumber);
        const std::size_t length = std::size_t(m_p - start);
        JsonTree::Number number;
        bool integer = false;
        if (isInt && smallInteger(start, length, &number.integer)) {
            integer = true;
            number.value = double(number.integer);
        } else {
            const QByteArray text = QByteArray::fromRawData(start, qsizetype(length));
            bool ok = false;
            if (isInt) {
                number.integer = text.toLongLong(&ok);
                integer = ok;
                number.value = double(number.integer);
            }
            if (!ok) {
                number.value = text.toDouble(&ok);
                if (!ok)
                    return stop(Problem::IllegalNumber);
                // Qt keeps an integral double as an integer.
                const double d = number.value;
                if (std::isfinite(d) && d == std::trunc(d) && d >= -9.2233720368547758e18 &&
                    d < 9.2233720368547758e18) {
                    number.integer = qint64(d);
                    integer = true;
                }
            }
        }
        const std::uint32_t index = add(Type::Number);
        Node &node = m_tree.m_nodes[index];
        node.begin = std::uint32_t(start - m_head);
        node.length = std::uint32_t(length);
        node.flags = integer ? 1 : 0;
        close(index, std::uint32_t(m_tree.m_numbers.size()));
        m_tree.m_numbers.push_back(number);
        return true;
    }

    // After the opening quote.
    bool string()
    {
        const char *start = m_p;
        bool escaped = false;
        bool nonAscii = false;
        const auto *end = reinterpret_cast<const unsigned char *>(m_end);
        while (m_p < m_end) {
            // The common run: ASCII that is neither a quote nor a backslash.
            while (m_p < m_end && kPlainByte[static_cast<unsigned char>(*m_p)])
                ++m_p;
            if (m_p >= m_end)
                break;
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"')
                break;
            if (c == '\\') {
                escaped = true;
                if (++m_p >= m_end)
                    return stop(Problem::IllegalEscapeSequence);
                if (*m_p++ == 'u') {
                    if (m_end - m_p < 4)
                        return stop(Problem::IllegalEscapeSequence);
                    for (int i = 0; i < 4; ++i)
                        if (hexValue(*m_p++) < 0)
                            return stop(Problem::IllegalEscapeSequence);
                }
                continue;
            }
            if (c < 0x80) {
                ++m_p;
                continue;
            }
            nonAscii = true;
            char32_t ignored = 0;
            const int length =
                Utf8Sequence::length(reinterpret_cast<const unsigned char *>(m_p), end, &ignored);
            if (!length)
                return stop(Problem::IllegalUtf8String);
            m_p += length;
        }
        const char *close = m_p;
        ++m_p;
        if (m_p >= m_end)
            return stop(Problem::UnterminatedString);
        const std::uint32_t index = add(Type::String);
        Node &node = m_tree.m_nodes[index];
        node.begin = std::uint32_t(start - m_head);
        node.length = std::uint32_t(close - start);
        node.flags =
            std::uint8_t((escaped ? JsonTree::kEscaped : 0) | (nonAscii ? JsonTree::kNonAscii : 0));
        node.next = index + 1;
        return true;
    }

    JsonTree &m_tree;
    const char *m_head;
    const char *m_p;
    const char *m_end;
    int m_depth = 0;
    Problem m_problem = Problem::IllegalValue;
};

bool JsonTree::parse(const QByteArray &json, Error *error)
{
    m_json = json;
    m_nodes.clear();
    m_numbers.clear();
    return JsonParser(*this, m_json).parse(error);
}

QString JsonTree::decode(const Node &node) const
{
    const char *p = m_json.constData() + node.begin;
    if (!(node.flags & kEscaped)) {
        if (!(node.flags & kNonAscii))
            return QString::fromLatin1(p, node.length);
        // Not QString::fromUtf8, which takes a U+FEFF that opens the text for a byte-order mark
        // and drops it: inside a JSON string it is text, and "\uFEFF" is not the key "".
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        return utf8(QByteArrayView(p, node.length));
    }
    const char *end = p + node.length;
    QString out;
    out.reserve(node.length);
    while (p < end) {
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c != '\\') {
            if (c < 0x80) {
                out += QLatin1Char(char(c));
                ++p;
            } else {
                char32_t codePoint = 0;
                p += Utf8Sequence::length(reinterpret_cast<const unsigned char *>(p),
                                          reinterpret_cast<const unsigned char *>(end), &codePoint);
                for (const char16_t unit : QChar::fromUcs4(codePoint))
                    out += QChar(unit);
            }
            continue;
        }
        const char escape = p[1];
        p += 2;
        switch (escape) {
        case 'b':
            out += QChar(0x8);
            break;
        case 'f':
            out += QChar(0xC);
            break;
        case 'n':
            out += QChar(0xA);
            break;
        case 'r':
            out += QChar(0xD);
            break;
        case 't':
            out += QChar(0x9);
            break;
        case 'u': {
            // One UTF-16 unit per escape: a surrogate pair written as two escapes becomes the
            // pair, a lone one stays a lone unit, as Qt reads them.
            char16_t unit = 0;
            for (int i = 0; i < 4; ++i)
                unit = char16_t((unit << 4) | hexValue(p[i]));
            p += 4;
            out += QChar(unit);
            break;
        }
        default: // '"', '\\', '/', and any other character escaped for no reason
            out += QLatin1Char(escape);
        }
    }
    return out;
}

bool JsonTree::keyIs(const Node &node, std::string_view key) const
{
    if (!(node.flags & kEscaped))
        return node.length == key.size() &&
               std::memcmp(m_json.constData() + node.begin, key.data(), key.size()) == 0;
    return decode(node) == QLatin1String(key.data(), qsizetype(key.size()));
}

QJsonValue JsonTree::toJson(std::uint32_t index) const
{
    const Node &node = m_nodes[index];
    switch (Type(node.type)) {
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return QJsonValue(node.flags != 0);
    case Type::Number: {
        const Number &n = m_numbers[node.count];
        return node.flags ? QJsonValue(n.integer) : QJsonValue(n.value);
    }
    case Type::String:
        return QJsonValue(decode(node));
    case Type::Array: {
        QJsonArray array;
        for (std::uint32_t i = index + 1; i < node.next; i = m_nodes[i].next)
            array.append(toJson(i));
        return array;
    }
    case Type::Object: {
        QJsonObject object;
        for (std::uint32_t i = index + 1; i < node.next;) {
            const std::uint32_t valueIndex = i + 1;
            object.insert(decode(m_nodes[i]), toJson(valueIndex)); // a later duplicate wins
            i = m_nodes[valueIndex].next;
        }
        return object;
    }
    }
    return QJsonValue();
}

bool JsonTree::Value::is(Type type) const
{
    return m_tree && m_tree->m_nodes[m_index].type == std::uint8_t(type);
}

bool JsonTree::Value::toBool(bool fallback) const
{
    return isBool() ? m_tree->m_nodes[m_index].flags != 0 : fallback;
}

double JsonTree::Value::toDouble(double fallback) const
{
    return isNumber() ? m_tree->m_numbers[m_tree->m_nodes[m_index].count].value : fallback;
}

QString JsonTree::Value::toString() const
{
    return isString() ? m_tree->decode(m_tree->m_nodes[m_index]) : QString();
}

JsonTree::Value JsonTree::Value::value(std::string_view key) const
{
    if (!isObject())
        return Value();
    const Node *nodes = m_tree->m_nodes.data();
    const char *json = m_tree->m_json.constData();
    const std::uint32_t end = nodes[m_index].next;
    Value found;
    for (std::uint32_t i = m_index + 1; i < end;) {
        const Node &k = nodes[i];
        const std::uint32_t valueIndex = i + 1;
        // Most keys differ in length; an escaped key is decoded to be compared.
        if ((k.flags & kEscaped) ? m_tree->keyIs(k, key)
                                 : k.length == key.size() &&
                                       std::memcmp(json + k.begin, key.data(), key.size()) == 0)
            found = Value(m_tree, valueIndex);
        i = nodes[valueIndex].next;
    }
    return found;
}

JsonTree::Keys::Keys(std::initializer_list<std::string_view> names) : m_names(names)
{
    Q_ASSERT(m_names.size() <= 64);
    for (std::size_t i = 0; i < m_names.size(); ++i)
        m_byLength[std::min<std::size_t>(m_names[i].size(), 32)] |= std::uint64_t(1) << i;
}

int JsonTree::Keys::indexOf(const char *literal) const
{
    // The reader asks with the same string literals it listed: the same pointers, usually.
    for (std::size_t i = 0; i < m_names.size(); ++i)
        if (m_names[i].data() == literal)
            return int(i);
    return indexOf(std::string_view(literal));
}

int JsonTree::Keys::indexOf(std::string_view key) const
{
    const std::size_t length = key.size();
    for (std::uint64_t candidates = m_byLength[std::min<std::size_t>(length, 32)]; candidates;
         candidates &= candidates - 1) {
        const int i = int(qCountTrailingZeroBits(candidates));
        const std::string_view name = m_names[std::size_t(i)];
        // Names are short: compared in place rather than by a call per candidate.
        std::size_t k = 0;
        while (k < length && name[k] == key[k])
            ++k;
        if (k == length && name.size() == length)
            return i;
    }
    return -1;
}

void JsonTree::Value::collect(const Keys &keys, Value *out) const
{
    for (int i = 0; i < keys.size(); ++i)
        out[i] = Value();
    if (!isObject())
        return;
    const Node *nodes = m_tree->m_nodes.data();
    const char *json = m_tree->m_json.constData();
    const std::uint32_t end = nodes[m_index].next;
    for (std::uint32_t i = m_index + 1; i < end;) {
        const Node &k = nodes[i];
        const std::uint32_t valueIndex = i + 1;
        int which = -1;
        if (k.flags & kEscaped)
            which = keys.indexOf(m_tree->decode(k).toStdString());
        else
            which = keys.indexOf(std::string_view(json + k.begin, k.length));
        if (which >= 0)
            out[which] = Value(m_tree, valueIndex);
        i = nodes[valueIndex].next;
    }
}

quint64 JsonTree::Value::contentHash(quint64 seed) const
{
    if (!m_tree)
        return seed;
    const auto &nodes = m_tree->m_nodes;
    const char *json = m_tree->m_json.constData();
    quint64 h = seed;
    const std::uint32_t end = nodes[m_index].next;
    // Each node seeds the next with its type: a string's or number's bytes (their length is
    // mixed in), a container's count, a boolean's value.
    for (std::uint32_t i = m_index; i < end; ++i) {
        const Node &node = nodes[i];
        const quint64 typed = h ^ (quint64(node.type + 1) * 0x9E3779B97F4A7C15ULL);
        switch (Type(node.type)) {
        case Type::String:
        case Type::Number:
            h = ContentHash::of(QByteArrayView(json + node.begin, node.length), typed);
            break;
        case Type::Array:
        case Type::Object:
            h = ContentHash::of(
                QByteArrayView(reinterpret_cast<const char *>(&node.count), sizeof node.count),
                typed);
            break;
        case Type::Bool:
        case Type::Null:
            h = ContentHash::of(
                QByteArrayView(reinterpret_cast<const char *>(&node.flags), sizeof node.flags),
                typed);
            break;
        }
    }
    return h;
}

bool JsonTree::Value::rawString(std::string_view *utf8) const
{
    if (!isString())
        return false;
    const Node &node = m_tree->m_nodes[m_index];
    if (node.flags & kEscaped)
        return false;
    *utf8 = std::string_view(m_tree->m_json.constData() + node.begin, node.length);
    return true;
}

qsizetype JsonTree::Value::size() const
{
    return isArray() || isObject() ? qsizetype(m_tree->m_nodes[m_index].count) : 0;
}

JsonTree::Value JsonTree::Value::first() const
{
    if (!isArray() || m_tree->m_nodes[m_index].count == 0)
        return Value();
    Value element(m_tree, m_index + 1);
    element.m_end = m_tree->m_nodes[m_index].next;
    return element;
}

JsonTree::Value JsonTree::Value::next() const
{
    if (!m_tree)
        return Value();
    const std::uint32_t index = m_tree->m_nodes[m_index].next;
    if (index >= m_end)
        return Value();
    Value element(m_tree, index);
    element.m_end = m_end;
    return element;
}

QJsonValue JsonTree::Value::toJsonValue() const
{
    return m_tree ? m_tree->toJson(m_index) : QJsonValue(QJsonValue::Undefined);
}
