#include "eval/runonarticle.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ExtractEvaluation {

// The regression fixture's clauses joined into one paragraph of at least `length` characters.
bool runOnArticle(qsizetype length, ArticleInput *out)
{
    QFile file(QStringLiteral(CLIFFHANGER_EVAL_FIXTURES "/regressions/run-on-paragraph.json"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray clauses = o.value(QLatin1String("clauses")).toArray();
    const QString joiner = o.value(QLatin1String("joiner")).toString();
    if (clauses.isEmpty())
        return false;
    out->title = o.value(QLatin1String("title")).toString();
    out->published = QDate::fromString(o.value(QLatin1String("published")).toString(), Qt::ISODate);
    out->text.clear();
    out->text.reserve(length + 200);
    for (int i = 0; out->text.size() < length; ++i) {
        if (i > 0)
            out->text += joiner;
        out->text += clauses.at(i % clauses.size()).toString();
    }
    out->text += u'.';
    return true;
}

// A field of /proc/self/status in kB ("VmHWM", "VmRSS"), or -1.
qint64 statusKb(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace ExtractEvaluation
