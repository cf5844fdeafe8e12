#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>
#include <QStringView>
#include <optional>
#include <string>

// Writes exactly the bytes QJsonDocument::toJson(QJsonDocument::Compact) writes (strings escaped
// as Qt escapes them, numbers as Qt formats them), without building a QJsonObject first. Stored
// values depend on those bytes (claim fingerprints, review keys, the JSON list columns), so they
// must not change; building QJsonObjects for them cost a sixth of a 20,000-article sync and most
// of a big season feed's import. tst_bulkpath checks it against QJsonDocument.
class CompactJson {
public:
    CompactJson() { m_bytes.reserve(256); }

    QByteArrayView bytes() const
    {
        return QByteArrayView(m_bytes.data(), qsizetype(m_bytes.size()));
    }
    QByteArray toByteArray() const { return QByteArray(m_bytes.data(), qsizetype(m_bytes.size())); }

    // An object: open(), then member() and a value for each member in the order QJsonObject keeps
    // them (sorted by UTF-16 code unit, which for ASCII names is byte order), then close().
    void open();
    void member(const char *name);
    void close() { m_bytes += '}'; }

    void string(QStringView text);
    void integer(qint64 n);
    void null() { m_bytes += "null"; }
    void orNull(const std::optional<int> &n);
    void value(const QJsonValue &v);
    void array(const QJsonArray &a);
    void strings(const QStringList &list);

private:
    static char *hex4(char *out, char16_t u);
    static char *escape(char *out, char16_t u);
    std::string m_bytes; // std::string appends inline; QByteArray's cost a call per byte
    bool m_first = true; // no member written yet in the current object
};
