#include "feeds/season/seasonfeedreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace {

// Gives lupdate and the runtime the same context for this file's strings.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SeasonFeedReader)
};

// Walks the document keeping the JSON path of the current value, so every error can say
// exactly where it is ("claims[3].window.earliest").
class Validator {
public:
    QString error;

    bool failed() const { return !error.isEmpty(); }

    void fail(const QString &path, const QString &message)
    {
        if (error.isEmpty())
            error = Tr::tr("%1: %2").arg(path, message);
    }

    QString string(const QJsonObject &o, const QString &path, const char *key, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString at = path + QLatin1Char('.') + QLatin1String(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(at, Tr::tr("is required"));
            return {};
        }
        if (!v.isString()) {
            fail(at, Tr::tr("must be a string"));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty())
            fail(at, Tr::tr("must not be empty"));
        return v.toString();
    }

    QStringList strings(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString at = path + QLatin1Char('.') + QLatin1String(key);
        QStringList list;
        if (v.isUndefined() || v.isNull())
            return list;
        if (!v.isArray()) {
            fail(at, Tr::tr("must be an array of strings"));
            return list;
        }
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                fail(QStringLiteral("%1[%2]").arg(at).arg(i), Tr::tr("must be a string"));
            else
                list << a.at(i).toString();
        }
        return list;
    }

    std::optional<int> integer(const QJsonObject &o, const QString &path, const char *key,
                               bool required, int minimum)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString at = path + QLatin1Char('.') + QLatin1String(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(at, Tr::tr("is required"));
            return std::nullopt;
        }
        const double d = v.toDouble(-1e18);
        if (!v.isDouble() || d != double(qint64(d)) || d > 1e9) {
            fail(at, Tr::tr("must be an integer"));
            return std::nullopt;
        }
        if (d < minimum) {
            fail(at, Tr::tr("must be at least %1").arg(minimum));
            return std::nullopt;
        }
        return int(d);
    }

    QDate date(const QJsonObject &o, const QString &path, const char *key, bool required)
    {
        const QString text = string(o, path, key, required);
        if (text.isEmpty())
            return {};
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid() || text.size() != 10)
            fail(path + QLatin1Char('.') + QLatin1String(key),
                 Tr::tr("must be a date written YYYY-MM-DD, not \"%1\"").arg(text));
        return d;
    }

    template <typename E>
    E enumeration(const QJsonObject &o, const QString &path, const char *key, bool required,
                  E fallback)
    {
        const QString text = string(o, path, key, required);
        if (text.isEmpty())
            return fallback;
        E value = fallback;
        if (!fromWireName(text, &value))
            fail(path + QLatin1Char('.') + QLatin1String(key),
                 Tr::tr("\"%1\" is not one of: %2")
                     .arg(text, wireNames<E>().join(QLatin1String(", "))));
        return value;
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const char *key, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path + QLatin1Char('.') + QLatin1String(key), Tr::tr("is required"));
            return {};
        }
        if (!v.isArray())
            fail(path + QLatin1Char('.') + QLatin1String(key), Tr::tr("must be an array"));
        return v.toArray();
    }

    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject())
            fail(path, Tr::tr("must be an object"));
        return v.toObject();
    }
};

QString indexed(const QString &path, int i)
{
    return QStringLiteral("%1[%2]").arg(path).arg(i);
}

ReleaseWindow readWindow(Validator &v, const QJsonObject &o, const QString &path)
{
    ReleaseWindow w;
    w.earliest = v.date(o, path, "earliest", true);
    w.latest = v.date(o, path, "latest", true);
    const QString precision = v.string(o, path, "precision", true);
    bool ok = false;
    w.precision = precisionFromName(precision, &ok);
    if (!precision.isEmpty() && !ok)
        v.fail(path + QStringLiteral(".precision"),
               Tr::tr("\"%1\" is not a known precision").arg(precision));
    w.wording = v.string(o, path, "wording", false);
    if (w.earliest.isValid() && w.latest.isValid() && w.earliest > w.latest)
        v.fail(path, Tr::tr("earliest is after latest"));
    return w;
}

Episode readEpisode(Validator &v, const QJsonObject &o, const QString &path)
{
    Episode e;
    e.number = v.integer(o, path, "number", true, 1).value_or(0);
    e.title = v.string(o, path, "title", false);
    e.airDate = v.date(o, path, "airDate", false);
    e.runtime = v.integer(o, path, "runtime", false, 1).value_or(0);
    e.synopsis = v.string(o, path, "synopsis", false);
    return e;
}

Season readSeason(Validator &v, const QJsonObject &o, const QString &path)
{
    Season s;
    s.number = v.integer(o, path, "number", true, 1).value_or(0);
    s.status = v.enumeration(o, path, "status", true, SeasonStatus::Announced);
    s.episodeCount = v.integer(o, path, "episodeCount", false, 0);
    s.premiere = v.date(o, path, "premiere", false);
    s.synopsis = v.string(o, path, "synopsis", false);
    const QJsonValue runtime = o.value(QLatin1String("runtimeMinutes"));
    if (!runtime.isUndefined() && !runtime.isNull()) {
        const QJsonObject r = v.object(runtime, path + QStringLiteral(".runtimeMinutes"));
        s.runtimeMin =
            v.integer(r, path + QStringLiteral(".runtimeMinutes"), "min", false, 1).value_or(0);
        s.runtimeMax =
            v.integer(r, path + QStringLiteral(".runtimeMinutes"), "max", false, 1).value_or(0);
    }
    const QString at = path + QStringLiteral(".episodes");
    const QJsonArray episodes = v.array(o, path, "episodes", false);
    QSet<int> numbers;
    for (int i = 0; i < episodes.size() && !v.failed(); ++i) {
        Episode e = readEpisode(v, v.object(episodes.at(i), indexed(at, i)), indexed(at, i));
        if (numbers.contains(e.number))
            v.fail(indexed(at, i) + QStringLiteral(".number"),
                   Tr::tr("episode %1 appears twice").arg(e.number));
        numbers.insert(e.number);
        s.episodes << e;
    }
    return s;
}

Credit readCredit(Validator &v, const QJsonObject &o, const QString &path)
{
    Credit c;
    c.actor = v.string(o, path, "actor", true).trimmed();
    c.character = v.string(o, path, "character", true).trimmed();
    c.season = v.integer(o, path, "season", true, 1).value_or(0);
    c.order = v.integer(o, path, "order", false, 0).value_or(0);
    c.role = v.string(o, path, "role", false);
    c.characterAliases = v.strings(o, path, "characterAliases");
    c.note = v.string(o, path, "note", false);
    return c;
}

Show readShow(Validator &v, const QJsonObject &o, const QString &path)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    Show s;
    s.key = v.string(o, path, "id", true);
    if (!s.key.isEmpty() && !keyPattern.match(s.key).hasMatch())
        v.fail(path + QStringLiteral(".id"), Tr::tr("must use only a-z, 0-9 and '-'"));
    s.title = v.string(o, path, "title", true).trimmed();
    s.originalTitle = v.string(o, path, "originalTitle", false);
    s.originalTitleRomanised = v.string(o, path, "originalTitleRomanised", false);
    s.aliases = v.strings(o, path, "aliases");
    s.network = v.string(o, path, "network", false);
    s.country = v.string(o, path, "country", false);
    s.language = v.string(o, path, "language", false);
    s.basedOn = v.string(o, path, "basedOn", false);
    s.creators = v.strings(o, path, "creators");
    s.directors = v.strings(o, path, "directors");
    s.writers = v.strings(o, path, "writers");
    s.genres = v.strings(o, path, "genres");
    s.synopsis = v.string(o, path, "synopsis", false);
    s.reception = v.array(o, path, "reception", false);

    const QString seasonsAt = path + QStringLiteral(".seasons");
    const QJsonArray seasons = v.array(o, path, "seasons", false);
    QSet<int> numbers;
    for (int i = 0; i < seasons.size() && !v.failed(); ++i) {
        Season season =
            readSeason(v, v.object(seasons.at(i), indexed(seasonsAt, i)), indexed(seasonsAt, i));
        if (numbers.contains(season.number))
            v.fail(indexed(seasonsAt, i) + QStringLiteral(".number"),
                   Tr::tr("season %1 appears twice").arg(season.number));
        numbers.insert(season.number);
        s.seasons << season;
    }
    const QString creditsAt = path + QStringLiteral(".credits");
    const QJsonArray credits = v.array(o, path, "credits", false);
    for (int i = 0; i < credits.size() && !v.failed(); ++i)
        s.credits << readCredit(v, v.object(credits.at(i), indexed(creditsAt, i)),
                                indexed(creditsAt, i));
    return s;
}

Source readSource(Validator &v, const QJsonObject &o, const QString &path)
{
    Source s;
    s.key = v.string(o, path, "id", true);
    s.title = v.string(o, path, "title", true);
    s.publisher = v.string(o, path, "publisher", false);
    s.url = v.string(o, path, "url", false);
    s.inferred = o.value(QLatin1String("inferred")).toBool(false);
    const QString published = v.string(o, path, "published", false);
    if (!published.isEmpty()) {
        static const QRegularExpression form(
            QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
        const auto m = form.match(published);
        const QDate d = m.hasMatch() ? QDate(m.captured(1).toInt(),
                                             m.captured(2).isEmpty() ? 1 : m.captured(2).toInt(),
                                             m.captured(3).isEmpty() ? 1 : m.captured(3).toInt())
                                     : QDate();
        if (!d.isValid()) {
            v.fail(path + QStringLiteral(".published"),
                   Tr::tr("must be YYYY, YYYY-MM or YYYY-MM-DD, not \"%1\"").arg(published));
        } else {
            s.published = d;
            s.precision = !m.captured(3).isEmpty()   ? DatePrecision::Day
                          : !m.captured(2).isEmpty() ? DatePrecision::Month
                                                     : DatePrecision::Year;
        }
    }
    return s;
}

void readClaimValue(Validator &v, const QJsonObject &o, const QString &path, Claim *c)
{
    const QJsonValue value = o.value(QLatin1String("value"));
    const QString at = path + QStringLiteral(".value");
    switch (c->kind) {
    case ClaimKind::ReleaseWindow:
        break;
    case ClaimKind::EpisodeCount:
        c->value = v.integer(o, path, "value", true, 1).value_or(0);
        break;
    case ClaimKind::Cast: {
        const QJsonObject pair = v.object(value, at);
        const QString actor = v.string(pair, at, "actor", true).trimmed();
        const QString character = v.string(pair, at, "character", true).trimmed();
        c->value =
            QJsonObject{{QStringLiteral("actor"), actor}, {QStringLiteral("character"), character}};
        break;
    }
    case ClaimKind::Renewal:
    case ClaimKind::Production: {
        const char *field = c->kind == ClaimKind::Renewal ? "event" : "milestone";
        const QJsonObject event = v.object(value, at);
        c->value = QJsonObject{{QLatin1String(field), v.string(event, at, field, true)}};
        break;
    }
    case ClaimKind::Plot:
        c->value = v.string(o, path, "value", true);
        break;
    }
}

Claim readClaim(Validator &v, const QJsonObject &o, const QString &path)
{
    Claim c;
    c.key = v.string(o, path, "id", true);
    c.showKey = v.string(o, path, "show", true);
    c.season = v.integer(o, path, "season", false, 1);
    c.kind = v.enumeration(o, path, "kind", true, ClaimKind::Plot);
    c.tier = v.enumeration(o, path, "tier", true, Tier::Reported);
    c.status = v.enumeration(o, path, "status", false, ClaimStatus::Open);
    c.sourceKey = v.string(o, path, "source", true);
    c.quote = v.string(o, path, "quote", false);
    c.note = v.string(o, path, "note", false);
    c.contradicts = v.strings(o, path, "contradicts");
    const QJsonValue window = o.value(QLatin1String("window"));
    if (!window.isUndefined() && !window.isNull())
        c.window = readWindow(v, v.object(window, path + QStringLiteral(".window")),
                              path + QStringLiteral(".window"));
    else if (c.kind == ClaimKind::ReleaseWindow)
        v.fail(path + QStringLiteral(".window"), Tr::tr("is required for a release_window claim"));
    if (!v.failed())
        readClaimValue(v, o, path, &c);
    return c;
}

void checkReferences(Validator &v, const Catalog &catalog)
{
    QSet<QString> shows, sources, claims;
    for (int i = 0; i < catalog.shows.size(); ++i) {
        if (shows.contains(catalog.shows[i].key))
            v.fail(indexed(QStringLiteral("shows"), i) + QStringLiteral(".id"),
                   Tr::tr("id is not unique"));
        shows.insert(catalog.shows[i].key);
    }
    for (int i = 0; i < catalog.sources.size(); ++i) {
        if (sources.contains(catalog.sources[i].key))
            v.fail(indexed(QStringLiteral("sources"), i) + QStringLiteral(".id"),
                   Tr::tr("id is not unique"));
        sources.insert(catalog.sources[i].key);
    }
    for (int i = 0; i < catalog.claims.size(); ++i) {
        const Claim &c = catalog.claims[i];
        const QString at = indexed(QStringLiteral("claims"), i);
        if (claims.contains(c.key))
            v.fail(at + QStringLiteral(".id"), Tr::tr("id is not unique"));
        claims.insert(c.key);
        if (!shows.contains(c.showKey))
            v.fail(at + QStringLiteral(".show"),
                   Tr::tr("names no show in this feed: \"%1\"").arg(c.showKey));
        if (!sources.contains(c.sourceKey))
            v.fail(at + QStringLiteral(".source"),
                   Tr::tr("names no source in this feed: \"%1\"").arg(c.sourceKey));
    }
    for (int i = 0; i < catalog.claims.size(); ++i)
        for (const QString &other : catalog.claims[i].contradicts)
            if (!claims.contains(other))
                v.fail(indexed(QStringLiteral("claims"), i) + QStringLiteral(".contradicts"),
                       Tr::tr("names no claim in this feed: \"%1\"").arg(other));
}

QString lineColumn(const QByteArray &body, int offset)
{
    const QByteArray before = body.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = offset - int(before.lastIndexOf('\n'));
    return QCoreApplication::translate("SeasonFeedReader", "line %1, column %2")
        .arg(line)
        .arg(column);
}

} // namespace

namespace SeasonFeedReader {

bool looksLikeSeasonFeed(const QByteArray &body)
{
    // Cheap enough for format detection on any body; read() does the real check.
    const QByteArray head = body.left(4096).replace("\xEF\xBB\xBF", "");
    return head.trimmed().startsWith('{') && head.contains("\"cliffhanger-season-feed\"");
}

bool read(const QByteArray &body, Catalog *out, FeedError *error)
{
    // A UTF-8 byte-order mark is legal in a file but not in JSON text.
    const QByteArray json = body.startsWith("\xEF\xBB\xBF") ? body.mid(3) : body;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = FeedError::parse(
            Tr::tr("The season feed is not valid JSON at %1: %2")
                .arg(lineColumn(json, parseError.offset), parseError.errorString()));
        return false;
    }
    if (!doc.isObject()) {
        *error = FeedError::parse(Tr::tr("The season feed must be a JSON object."));
        return false;
    }
    const QJsonObject root = doc.object();
    Validator v;
    const QString format = v.string(root, QStringLiteral("$"), "format", true);
    if (!v.failed() && format != QLatin1String("cliffhanger-season-feed"))
        v.fail(QStringLiteral("$.format"), Tr::tr("must be \"cliffhanger-season-feed\""));
    const int version = v.integer(root, QStringLiteral("$"), "version", true, 1).value_or(0);
    if (!v.failed() && version > kFormatVersion) {
        *error =
            FeedError::parse(Tr::tr("This season feed uses format version %1; this Cliffhanger "
                                    "reads version %2 and older. Update Cliffhanger to read it.")
                                 .arg(version)
                                 .arg(kFormatVersion));
        return false;
    }

    Catalog catalog;
    catalog.title = v.string(root, QStringLiteral("$"), "title", false);
    const QJsonArray shows = v.array(root, QStringLiteral("$"), "shows", true);
    for (int i = 0; i < shows.size() && !v.failed(); ++i) {
        const QString at = indexed(QStringLiteral("shows"), i);
        catalog.shows << readShow(v, v.object(shows.at(i), at), at);
    }
    const QJsonArray sources = v.array(root, QStringLiteral("$"), "sources", false);
    for (int i = 0; i < sources.size() && !v.failed(); ++i) {
        const QString at = indexed(QStringLiteral("sources"), i);
        catalog.sources << readSource(v, v.object(sources.at(i), at), at);
    }
    const QJsonArray claims = v.array(root, QStringLiteral("$"), "claims", false);
    for (int i = 0; i < claims.size() && !v.failed(); ++i) {
        const QString at = indexed(QStringLiteral("claims"), i);
        catalog.claims << readClaim(v, v.object(claims.at(i), at), at);
    }
    if (!v.failed())
        checkReferences(v, catalog);
    if (v.failed()) {
        *error = FeedError::parse(Tr::tr("Invalid season feed: %1").arg(v.error));
        return false;
    }
    *out = std::move(catalog);
    return true;
}

} // namespace SeasonFeedReader
