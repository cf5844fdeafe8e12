#include "domain/textkeys.h"

#include "domain/compactjson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace TextKeys {

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty())
                out += QLatin1Char(' ');
            pendingSpace = false;
            out += QChar(fold(c.unicode()));
        } else if (!isApostrophe(c.unicode())) {
            pendingSpace = true; // punctuation and dashes separate words like spaces do
        }
    }
    return out;
}

QString toJsonArray(const QStringList &list)
{
    if (list.isEmpty())
        return QString();
    CompactJson json; // the bytes QJsonDocument writes, without building the document
    json.strings(list);
    return QString::fromUtf8(json.bytes());
}

QStringList fromJsonArray(const QString &json)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        list << v.toString();
    return list;
}

} // namespace TextKeys
