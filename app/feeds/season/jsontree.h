#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

// A read-only JSON document over its UTF-8 bytes, for the season feed: one pass builds a flat
// array of nodes (type, where the text is, where the subtree ends) and strings are decoded only
// when asked for. QJsonDocument::fromJson took 350-640 ms of a 13.5 MB feed's import here and
// walking its objects 130-200 ms more; this parses the same feed several times faster.
//
// It accepts and rejects what QJsonDocument::fromJson accepts and rejects, with the same error
// wording (Qt's own translated texts) at about the same offset: RFC 8259 with Qt's leniencies
// (a UTF-8 BOM, control characters in strings, an unknown escape read as its character), the
// top level an object or array, nesting up to 1024 deep, strings valid UTF-8. As in QJsonObject,
// a key given twice means its last value, and a number with an integral value is an integer.
class JsonTree {
    enum class Type : std::uint8_t { Null, Bool, Number, String, Array, Object };

public:
    struct Error {
        qsizetype offset = 0;
        QString message; // empty when the document parsed
    };

    // The member names one kind of object has, for Value::collect(): a reader asks for each
    // of an object's members by name, and scanning the members once per name cost more than
    // the rest of reading a big feed.
    class Keys {
    public:
        Keys(std::initializer_list<std::string_view> names);
        int size() const { return int(m_names.size()); }
        // The index of `key` among the names, or -1.
        int indexOf(std::string_view key) const;
        int indexOf(const char *literal) const;

    private:
        std::vector<std::string_view> m_names;
        std::uint64_t m_byLength[33] = {}; // bit i: names[i] has that length (32: longer)
    };

    // `json` must outlive the tree (it is shared, not copied). False with *error when the text
    // is not JSON.
    bool parse(const QByteArray &json, Error *error);

    class Value {
    public:
        Value() = default;

        bool isUndefined() const { return !m_tree; } // a member that is not there
        bool isNull() const { return is(Type::Null); }
        bool isBool() const { return is(Type::Bool); }
        bool isNumber() const { return is(Type::Number); }
        bool isString() const { return is(Type::String); }
        bool isArray() const { return is(Type::Array); }
        bool isObject() const { return is(Type::Object); }

        bool toBool(bool fallback = false) const;
        double toDouble(double fallback = 0) const;
        QString toString() const; // empty for anything but a string
        // A hash (ContentHash) of the value's tokens (types, strings and numbers as written,
        // members in their order) without the whitespace between them: what an entry says,
        // however the document is indented.
        quint64 contentHash(quint64 seed) const;
        // A string's UTF-8 as it is in the document, when it has no escapes (most do not):
        // true and *utf8 set, for callers that parse the text rather than keep it.
        bool rawString(std::string_view *utf8) const;
        // The member named `key` (the last one when it is given twice), or an undefined value.
        Value value(std::string_view key) const;
        // Arrays: the number of elements and a walk over them (first(), then next() until
        // isUndefined()); objects: the number of members.
        qsizetype size() const;
        Value first() const;
        Value next() const; // the next element of the array this value is in
        // An object's members by name in one pass: out[i] is the member named keys[i] (the
        // last one when it is given twice), undefined when absent. Unknown members are skipped.
        void collect(const Keys &keys, Value *out) const;
        // The value as Qt JSON, for the few members kept as JSON (a show's reception).
        QJsonValue toJsonValue() const;

    private:
        friend class JsonTree;
        Value(const JsonTree *tree, std::uint32_t index) : m_tree(tree), m_index(index) {}
        bool is(Type type) const;
        const JsonTree *m_tree = nullptr;
        std::uint32_t m_index = 0;
        std::uint32_t m_end = 0; // for next(): where the enclosing array's nodes end
    };

    Value root() const { return m_nodes.empty() ? Value() : Value(this, 0); }

private:
    friend class Value;
    friend class JsonParser;
    struct Node {
        std::uint32_t begin = 0;  // where its text starts (a string's after the opening quote)
        std::uint32_t length = 0; // how many bytes (a string's inside the quotes)
        std::uint32_t next = 0;   // the node after this value and everything inside it
        std::uint32_t count = 0;  // array: elements; object: members; number: index in m_numbers
        std::uint8_t type = 0;
        std::uint8_t flags = 0; // string: kEscaped, kNonAscii; bool: true; number: integer
    };
    static constexpr std::uint8_t kEscaped = 1, kNonAscii = 2;
    struct Number {
        double value = 0;
        qint64 integer = 0;
    };

    QString decode(const Node &node) const;
    bool keyIs(const Node &node, std::string_view key) const;
    QJsonValue toJson(std::uint32_t index) const;

    QByteArray m_json;
    std::vector<Node> m_nodes;
    std::vector<Number> m_numbers;
};
