#include "eval/evaluation.h"

#include "extract/sentencesplitter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace ExtractEvaluation {

namespace {

QString fail(const QString &file, const QString &what)
{
    return QFileInfo(file).fileName() + QStringLiteral(": ") + what;
}

bool parseDate(const QJsonValue &v, QDate *out)
{
    *out = QDate::fromString(v.toString(), Qt::ISODate);
    return out->isValid();
}

bool parseExpected(const QJsonObject &o, ExpectedClaim *e, QString *why)
{
    e->show = o.value(QLatin1String("show")).toString(QStringLiteral("all-of-us-are-dead"));
    if (!fromWireName(o.value(QLatin1String("kind")).toString(), &e->kind)) {
        *why = QStringLiteral("unknown kind");
        return false;
    }
    e->season = o.value(QLatin1String("season")).toInt();
    if (o.contains(QLatin1String("status"))) {
        ClaimStatus s;
        if (!fromWireName(o.value(QLatin1String("status")).toString(), &s)) {
            *why = QStringLiteral("unknown status");
            return false;
        }
        e->status = s;
    }
    Claim c;
    c.kind = e->kind;
    if (e->kind == ClaimKind::ReleaseWindow) {
        const QJsonObject w = o.value(QLatin1String("window")).toObject();
        const QJsonValue latest = w.value(QLatin1String("latest"));
        const bool open = latest == QLatin1String("open"); // a lower bound: no latest date
        if (!parseDate(w.value(QLatin1String("earliest")), &c.window.earliest) ||
            (!open && !parseDate(latest, &c.window.latest))) {
            *why = QStringLiteral("window needs earliest (YYYY-MM-DD) and latest (YYYY-MM-DD or "
                                  "\"open\")");
            return false;
        }
        if (!open && c.window.latest < c.window.earliest) {
            *why = QStringLiteral("window ends before it starts");
            return false;
        }
    } else {
        c.value = o.value(QLatin1String("value"));
    }
    e->value = valueText(c);
    if (e->value.isEmpty()) {
        *why = QStringLiteral("missing value");
        return false;
    }
    return true;
}

bool parseArticle(const QJsonObject &o, const QString &file, CorpusArticle *a, QString *error)
{
    a->file = QFileInfo(file).fileName();
    a->id = o.value(QLatin1String("id")).toString();
    a->style = o.value(QLatin1String("style")).toString();
    a->input.title = o.value(QLatin1String("title")).toString();
    const QJsonValue text = o.value(QLatin1String("text"));
    if (text.isArray()) { // paragraphs, easier to write and review than one long string
        QStringList paragraphs;
        for (const QJsonValue &p : text.toArray())
            paragraphs << p.toString();
        a->input.text = paragraphs.join(u'\n');
    } else {
        a->input.text = text.toString();
    }
    a->input.published =
        QDate::fromString(o.value(QLatin1String("published")).toString(), Qt::ISODate);
    if (o.contains(QLatin1String("tier")) &&
        !fromWireName(o.value(QLatin1String("tier")).toString(), &a->input.tier)) {
        *error = fail(file, a->id + QStringLiteral(": unknown tier"));
        return false;
    }
    a->negative = o.value(QLatin1String("negative")).toBool();
    a->negativeShow =
        o.value(QLatin1String("negativeShow")).toString(QStringLiteral("all-of-us-are-dead"));
    if (a->id.isEmpty() || a->input.text.isEmpty()) {
        *error = fail(file, QStringLiteral("article needs id and text"));
        return false;
    }
    for (const QJsonValue &v : o.value(QLatin1String("expected")).toArray()) {
        ExpectedClaim e;
        QString why;
        if (!parseExpected(v.toObject(), &e, &why)) {
            *error = fail(file, a->id + QStringLiteral(": expected claim: ") + why);
            return false;
        }
        a->expected.append(e);
    }
    return true;
}

QString keyOf(const QString &show, ClaimKind kind, int season, const QString &value)
{
    return show + u'|' + wireName(kind) + u'|' + QString::number(season) + u'|' + value;
}

} // namespace

QString valueText(const Claim &claim)
{
    switch (claim.kind) {
    case ClaimKind::ReleaseWindow:
        // A window with a start and no end is a lower bound ("not before 2027"); the labels
        // write it as "open", so an extractor that learns to produce one is scored the same way.
        if (claim.window.earliest.isValid() && claim.window.latest.isNull())
            return claim.window.earliest.toString(Qt::ISODate) + QStringLiteral("..open");
        if (!claim.window.isValid())
            return {};
        return claim.window.earliest.toString(Qt::ISODate) + QStringLiteral("..") +
               claim.window.latest.toString(Qt::ISODate);
    case ClaimKind::EpisodeCount:
        return claim.value.isDouble() ? QString::number(claim.value.toInt()) : QString();
    case ClaimKind::Cast: {
        const QJsonObject o = claim.value.toObject();
        if (o.isEmpty())
            return {};
        return o.value(QLatin1String("actor")).toString() + QStringLiteral(" / ") +
               o.value(QLatin1String("character")).toString();
    }
    case ClaimKind::Renewal:
        return claim.value.toObject().value(QLatin1String("event")).toString();
    case ClaimKind::Production:
        return claim.value.toObject().value(QLatin1String("milestone")).toString();
    case ClaimKind::Plot:
        return claim.value.toString();
    }
    return {};
}

bool loadCorpus(const QString &dir, QList<CorpusArticle> *articles, QString *error)
{
    const QFileInfoList files =
        QDir(dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        *error = QStringLiteral("no *.json articles in ") + dir;
        return false;
    }
    for (const QFileInfo &info : files) {
        QFile f(info.absoluteFilePath());
        if (!f.open(QIODevice::ReadOnly)) {
            *error = fail(info.filePath(), f.errorString());
            return false;
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        if (doc.isNull()) {
            *error = fail(info.filePath(), pe.errorString());
            return false;
        }
        QJsonArray items = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
        for (const QJsonValue &item : std::as_const(items)) {
            CorpusArticle a;
            if (!parseArticle(item.toObject(), info.filePath(), &a, error))
                return false;
            articles->append(a);
        }
    }
    return true;
}

QStringList labelProblems(const QList<CorpusArticle> &articles, const QList<KnownShow> &shows,
                          const QHash<QString, qint64> &showKeys)
{
    QStringList problems;
    QHash<qint64, const KnownShow *> byId;
    for (const KnownShow &s : shows)
        byId.insert(s.id, &s);
    // The extractor's rule (CompiledShow::isOpen): the upcoming season and later ones, or any
    // season after every known one when none is upcoming.
    auto open = [](const KnownShow &s, int season) {
        if (season <= 0)
            return false;
        if (s.upcomingSeason > 0)
            return season >= s.upcomingSeason;
        return std::all_of(s.seasons.cbegin(), s.seasons.cend(),
                           [season](int known) { return season > known; });
    };
    QSet<QString> ids;
    for (const CorpusArticle &a : articles) {
        if (ids.contains(a.id))
            problems << a.id + QStringLiteral(": article id used twice");
        ids.insert(a.id);
        if (a.negative && !showKeys.contains(a.negativeShow))
            problems << a.id + QStringLiteral(": negativeShow '%1' is not a known show")
                                   .arg(a.negativeShow);
        for (const ExpectedClaim &e : a.expected) {
            const KnownShow *show = byId.value(showKeys.value(e.show));
            const QString what = QStringLiteral("%1: %2 s%3 %4")
                                     .arg(a.id, wireName(e.kind))
                                     .arg(e.season)
                                     .arg(e.value);
            if (!show)
                problems << what + QStringLiteral(": show '%1' is not a known show").arg(e.show);
            else if (!open(*show, e.season))
                problems << what + QStringLiteral(": season %1 of %2 is released")
                                       .arg(e.season)
                                       .arg(e.show);
        }
    }
    return problems;
}

KnownShow knownShowFromFeed(const QJsonObject &show, qint64 id)
{
    KnownShow k;
    k.id = id;
    k.title = show.value(QLatin1String("title")).toString();
    for (const QJsonValue &a : show.value(QLatin1String("aliases")).toArray())
        k.aliases << a.toString();
    for (const char *field : {"originalTitle", "originalTitleRomanised"}) {
        const QString t = show.value(QLatin1String(field)).toString();
        if (!t.isEmpty() && !k.aliases.contains(t))
            k.aliases << t;
    }
    int upcoming = 0;
    for (const QJsonValue &v : show.value(QLatin1String("seasons")).toArray()) {
        const QJsonObject s = v.toObject();
        const int number = s.value(QLatin1String("number")).toInt();
        if (number <= 0)
            continue;
        k.seasons << number;
        const QString status = s.value(QLatin1String("status")).toString();
        if (status == QLatin1String("released")) {
            const QDate premiere =
                QDate::fromString(s.value(QLatin1String("premiere")).toString(), Qt::ISODate);
            if (premiere.isValid() && (!k.latestPremiere.isValid() || premiere > k.latestPremiere))
                k.latestPremiere = premiere;
        } else if (status != QLatin1String("cancelled") && (upcoming == 0 || number < upcoming)) {
            upcoming = number;
        }
    }
    k.upcomingSeason = upcoming;
    for (const QJsonValue &v : show.value(QLatin1String("credits")).toArray()) {
        const QJsonObject o = v.toObject();
        Credit c;
        c.actor = o.value(QLatin1String("actor")).toString();
        c.character = o.value(QLatin1String("character")).toString();
        c.season = o.value(QLatin1String("season")).toInt();
        c.role = o.value(QLatin1String("role")).toString();
        for (const QJsonValue &a : o.value(QLatin1String("characterAliases")).toArray())
            c.characterAliases << a.toString();
        k.credits << c;
    }
    return k;
}

bool loadShows(const QStringList &feedFiles, QList<KnownShow> *shows, QHash<QString, qint64> *keys,
               QString *error)
{
    for (const QString &file : feedFiles) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = fail(file, f.errorString());
            return false;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
        const QJsonArray list = doc.object().value(QLatin1String("shows")).toArray();
        if (list.isEmpty()) {
            *error = fail(file, QStringLiteral("no shows"));
            return false;
        }
        for (const QJsonValue &v : list) {
            const qint64 id = shows->size() + 1;
            shows->append(knownShowFromFeed(v.toObject(), id));
            keys->insert(v.toObject().value(QLatin1String("id")).toString(), id);
        }
    }
    return true;
}

Report evaluate(const QList<CorpusArticle> &articles, const QList<KnownShow> &shows,
                const QHash<QString, qint64> &showKeys)
{
    Report r;
    const Extractor extractor(shows);
    QHash<qint64, QString> keyOfId;
    for (auto it = showKeys.cbegin(); it != showKeys.cend(); ++it)
        keyOfId.insert(it.value(), it.key());
    for (const CorpusArticle &a : articles) {
        ++r.articles;
        r.sentences += int(SentenceSplitter::split(a.input.text).size());
        const QList<ExtractedClaim> claims = extractor.extract(a.input);
        // Extracted, de-duplicated on the matching key.
        QHash<QString, const ExtractedClaim *> got;
        QStringList order;
        for (const ExtractedClaim &c : claims) {
            const QString show = keyOfId.value(c.showId);
            const QString k =
                keyOf(show, c.claim.kind, c.claim.season.value_or(0), valueText(c.claim));
            if (!got.contains(k)) {
                got.insert(k, &c);
                order << k;
            }
        }
        QSet<QString> matched;
        for (const ExpectedClaim &e : a.expected) {
            const QString k = keyOf(e.show, e.kind, e.season, e.value);
            Count &kind = r.perKind[wireName(e.kind)];
            const ExtractedClaim *c = got.value(k);
            const bool ok =
                c && !matched.contains(k) && (!e.status || *e.status == c->claim.status);
            if (ok) {
                matched.insert(k);
                ++kind.tp;
                ++r.overall.tp;
            } else {
                ++kind.fn;
                ++r.overall.fn;
                r.mismatches.append({a.id,
                                     false,
                                     wireName(e.kind),
                                     e.show,
                                     e.season,
                                     e.value,
                                     {},
                                     e.status ? wireName(*e.status) : QString()});
            }
        }
        for (const QString &k : std::as_const(order)) {
            if (matched.contains(k))
                continue;
            const ExtractedClaim *c = got.value(k);
            Count &kind = r.perKind[wireName(c->claim.kind)];
            ++kind.fp;
            ++r.overall.fp;
            r.mismatches.append({a.id, true, wireName(c->claim.kind), keyOfId.value(c->showId),
                                 c->claim.season.value_or(0), valueText(c->claim), c->claim.quote,
                                 c->claim.note + QStringLiteral("; tier: ") +
                                     wireName(c->claim.tier) + QStringLiteral("; status: ") +
                                     wireName(c->claim.status)});
        }
        if (a.negative) {
            ++r.negativeArticles;
            const qint64 id = showKeys.value(a.negativeShow);
            for (const ExtractedClaim &c : claims) {
                if (c.showId == id && c.claim.kind == ClaimKind::ReleaseWindow) {
                    r.negativeViolations << a.id;
                    break;
                }
            }
        }
    }
    return r;
}

QString formatReport(const Report &report, bool verbose)
{
    QString out;
    auto line = [&](const QString &name, const Count &c) {
        out += QStringLiteral("%1  TP %2  FP %3  FN %4  precision %5  recall %6\n")
                   .arg(name, -15)
                   .arg(c.tp, 3)
                   .arg(c.fp, 3)
                   .arg(c.fn, 3)
                   .arg(c.precision(), 0, 'f', 3)
                   .arg(c.recall(), 0, 'f', 3);
    };
    out += QStringLiteral("articles: %1 (negative: %2), sentences: %3\n")
               .arg(report.articles)
               .arg(report.negativeArticles)
               .arg(report.sentences);
    for (auto it = report.perKind.cbegin(); it != report.perKind.cend(); ++it)
        line(it.key(), it.value());
    line(QStringLiteral("overall"), report.overall);
    out += QStringLiteral("release windows from negative articles: %1%2\n")
               .arg(report.negativeViolations.size())
               .arg(report.negativeViolations.isEmpty()
                        ? QString()
                        : QStringLiteral(" (") +
                              report.negativeViolations.join(QStringLiteral(", ")) + u')');
    if (verbose) {
        for (const Mismatch &m : report.mismatches) {
            out += QStringLiteral("%1 %2: %3 %4 s%5 %6\n")
                       .arg(m.falsePositive ? QStringLiteral("FP") : QStringLiteral("FN"),
                            m.article, m.show, m.kind)
                       .arg(m.season)
                       .arg(m.value);
            if (!m.sentence.isEmpty())
                out += QStringLiteral("     sentence: ") + m.sentence + u'\n';
            if (!m.note.isEmpty())
                out += QStringLiteral("     note: ") + m.note + u'\n';
        }
    }
    return out;
}

} // namespace ExtractEvaluation
