#include "feeds/season/seasonfeedreader.h"

#include "feeds/season/jsontree.h"
#include "storage/contenthash.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>
#include <algorithm>
#include <cmath>

namespace {

// Gives lupdate and the runtime the same context for this file's strings.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SeasonFeedReader)
};

using Json = JsonTree::Value;

// Where a value is in the document ("claims[3].window.earliest"), kept as a chain of stack
// frames and written out only for an error message: building the text for every field of a
// 100,000-episode feed cost more than reading it.
class Path {
public:
    explicit Path(const char *label) : m_name(label) {}
    Path(const Path &parent, const char *key) : m_parent(&parent), m_name(key) {}
    Path(const Path &parent, int index) : m_parent(&parent), m_index(index) {}

    QString text() const
    {
        if (!m_parent)
            return QLatin1String(m_name);
        if (m_name)
            return m_parent->text() + QLatin1Char('.') + QLatin1String(m_name);
        return QStringLiteral("%1[%2]").arg(m_parent->text()).arg(m_index);
    }

private:
    const Path *m_parent = nullptr;
    const char *m_name = nullptr;
    int m_index = -1;
};

// One object's members, collected in one pass by the names its kind has (JsonTree::Keys), so
// the reader's questions by name cost a lookup in a small table each.
class Fields {
public:
    Fields(const Json &object, const JsonTree::Keys &keys) : m_keys(keys), m_values(keys.size())
    {
        object.collect(keys, m_values.data());
    }

    Json value(const char *key) const
    {
        const int i = m_keys.indexOf(key);
        Q_ASSERT_X(i >= 0, "Fields::value", key); // a name the kind's Keys does not list
        return i >= 0 ? m_values[i] : Json();
    }

private:
    const JsonTree::Keys &m_keys;
    QVarLengthArray<Json, 24> m_values;
};

// Walks the document; every error names the path of the value it is about.
class Validator {
public:
    QString error;

    bool failed() const { return !error.isEmpty(); }

    void fail(const Path &path, const QString &message)
    {
        if (error.isEmpty())
            error = Tr::tr("%1: %2").arg(path.text(), message);
    }

    QString string(const Fields &o, const Path &path, const char *key, bool required)
    {
        const Json v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(Path(path, key), Tr::tr("is required"));
            return {};
        }
        if (!v.isString()) {
            fail(Path(path, key), Tr::tr("must be a string"));
            return {};
        }
        QString text = v.toString();
        if (required && text.trimmed().isEmpty())
            fail(Path(path, key), Tr::tr("must not be empty"));
        return text;
    }

    QStringList strings(const Fields &o, const Path &path, const char *key)
    {
        const Json v = o.value(key);
        QStringList list;
        if (v.isUndefined() || v.isNull())
            return list;
        const Path at(path, key);
        if (!v.isArray()) {
            fail(at, Tr::tr("must be an array of strings"));
            return list;
        }
        list.reserve(v.size());
        int i = 0;
        for (Json e = v.first(); !e.isUndefined(); e = e.next(), ++i) {
            if (!e.isString())
                fail(Path(at, i), Tr::tr("must be a string"));
            else
                list << e.toString();
        }
        return list;
    }

    std::optional<int> integer(const Fields &o, const Path &path, const char *key, bool required,
                               int minimum)
    {
        const Json v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(Path(path, key), Tr::tr("is required"));
            return std::nullopt;
        }
        const double d = v.toDouble(-1e18);
        // The range first: converting a double outside qint64 (2e75, say) is undefined.
        if (!v.isNumber() || d > 1e9 || d < -1e9 || d != std::trunc(d)) {
            fail(Path(path, key), Tr::tr("must be an integer"));
            return std::nullopt;
        }
        if (d < minimum) {
            fail(Path(path, key), Tr::tr("must be at least %1").arg(minimum));
            return std::nullopt;
        }
        return int(d);
    }

    QDate date(const Fields &o, const Path &path, const char *key, bool required)
    {
        // The usual case, a well-formed date, read from the bytes; anything else goes the long
        // way, which says what is wrong with it.
        std::string_view raw;
        if (o.value(key).rawString(&raw)) {
            const QDate d = isoDate(raw);
            if (d.isValid())
                return d;
        }
        const QString text = string(o, path, key, required);
        if (text.isEmpty())
            return {};
        const QDate d = isoDate(text);
        if (!d.isValid())
            fail(Path(path, key),
                 Tr::tr("must be a date written YYYY-MM-DD, not \"%1\"").arg(text));
        return d;
    }

    template <typename E>
    E enumeration(const Fields &o, const Path &path, const char *key, bool required, E fallback)
    {
        const QString text = string(o, path, key, required);
        if (text.isEmpty())
            return fallback;
        E value = fallback;
        if (!fromWireName(text, &value))
            fail(Path(path, key), Tr::tr("\"%1\" is not one of: %2")
                                      .arg(text, wireNames<E>().join(QLatin1String(", "))));
        return value;
    }

    Json array(const Fields &o, const Path &path, const char *key, bool required)
    {
        const Json v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(Path(path, key), Tr::tr("is required"));
            return {};
        }
        if (!v.isArray()) {
            fail(Path(path, key), Tr::tr("must be an array"));
            return {};
        }
        return v;
    }

    Json object(const Json &v, const Path &path)
    {
        if (!v.isObject()) {
            fail(path, Tr::tr("must be an object"));
            return {};
        }
        return v;
    }

private:
    // "YYYY-MM-DD" exactly (a valid date in that form is what the format allows), without the
    // cost of QDate::fromString per date.
    static int unit(QStringView text, int i) { return text[i].unicode(); }
    static int unit(std::string_view text, int i) { return static_cast<unsigned char>(text[i]); }

    template <typename Text> static QDate isoDate(const Text &text)
    {
        if (text.size() != 10 || unit(text, 4) != '-' || unit(text, 7) != '-')
            return {};
        int fields[3] = {0, 0, 0};
        const int starts[3] = {0, 5, 8};
        const int lengths[3] = {4, 2, 2};
        for (int f = 0; f < 3; ++f) {
            for (int i = starts[f]; i < starts[f] + lengths[f]; ++i) {
                const int c = unit(text, i);
                if (c < '0' || c > '9')
                    return {};
                fields[f] = fields[f] * 10 + (c - '0');
            }
        }
        return QDate(fields[0], fields[1], fields[2]);
    }
    static QDate isoDate(const QString &text) { return isoDate(QStringView(text)); }
};

// The episode (or season) numbers one list has given so far. Lists are short, so a few
// comparisons beat a hash set per season; a long one moves to a set, so no list can make the
// check quadratic.
class NumberSet {
public:
    // False when `n` was there already.
    bool insert(int n)
    {
        if (!m_set.isEmpty()) {
            if (m_set.contains(n))
                return false;
            m_set.insert(n);
            return true;
        }
        if (std::find(m_small.begin(), m_small.end(), n) != m_small.end())
            return false;
        m_small.push_back(n);
        if (m_small.size() == kSmall)
            m_set = QSet<int>(m_small.begin(), m_small.end());
        return true;
    }

private:
    static constexpr qsizetype kSmall = 64;
    QVarLengthArray<int, kSmall> m_small;
    QSet<int> m_set;
};

ReleaseWindow readWindow(Validator &v, const Json &object, const Path &path)
{
    static const JsonTree::Keys keys{"earliest", "latest", "precision", "wording"};
    const Fields o(object, keys);
    ReleaseWindow w;
    w.earliest = v.date(o, path, "earliest", true);
    w.latest = v.date(o, path, "latest", true);
    const QString precision = v.string(o, path, "precision", true);
    bool ok = false;
    w.precision = precisionFromName(precision, &ok);
    if (!precision.isEmpty() && !ok)
        v.fail(Path(path, "precision"), Tr::tr("\"%1\" is not a known precision").arg(precision));
    w.wording = v.string(o, path, "wording", false);
    if (w.earliest.isValid() && w.latest.isValid() && w.earliest > w.latest)
        v.fail(path, Tr::tr("earliest is after latest"));
    return w;
}

Episode readEpisode(Validator &v, const Json &object, const Path &path)
{
    static const JsonTree::Keys keys{"number", "title", "airDate", "runtime", "synopsis"};
    const Fields o(object, keys);
    Episode e;
    e.number = v.integer(o, path, "number", true, 1).value_or(0);
    e.title = v.string(o, path, "title", false);
    e.airDate = v.date(o, path, "airDate", false);
    e.runtime = v.integer(o, path, "runtime", false, 1).value_or(0);
    e.synopsis = v.string(o, path, "synopsis", false);
    return e;
}

Season readSeason(Validator &v, const Json &object, const Path &path)
{
    static const JsonTree::Keys keys{"number",   "status",         "episodeCount", "premiere",
                                     "synopsis", "runtimeMinutes", "episodes"};
    static const JsonTree::Keys runtimeKeys{"min", "max"};
    const Fields o(object, keys);
    Season s;
    s.number = v.integer(o, path, "number", true, 1).value_or(0);
    s.status = v.enumeration(o, path, "status", true, SeasonStatus::Announced);
    s.episodeCount = v.integer(o, path, "episodeCount", false, 0);
    s.premiere = v.date(o, path, "premiere", false);
    s.synopsis = v.string(o, path, "synopsis", false);
    const Json runtime = o.value("runtimeMinutes");
    if (!runtime.isUndefined() && !runtime.isNull()) {
        const Path at(path, "runtimeMinutes");
        const Fields r(v.object(runtime, at), runtimeKeys);
        s.runtimeMin = v.integer(r, at, "min", false, 1).value_or(0);
        s.runtimeMax = v.integer(r, at, "max", false, 1).value_or(0);
    }
    const Path at(path, "episodes");
    const Json episodes = v.array(o, path, "episodes", false);
    s.episodes.reserve(episodes.size());
    NumberSet numbers;
    int i = 0;
    for (Json e = episodes.first(); !e.isUndefined() && !v.failed(); e = e.next(), ++i) {
        const Path element(at, i);
        Episode episode = readEpisode(v, v.object(e, element), element);
        if (!numbers.insert(episode.number))
            v.fail(Path(element, "number"), Tr::tr("episode %1 appears twice").arg(episode.number));
        s.episodes << std::move(episode);
    }
    return s;
}

Credit readCredit(Validator &v, const Json &object, const Path &path)
{
    static const JsonTree::Keys keys{"actor", "character",        "season", "order",
                                     "role",  "characterAliases", "note"};
    const Fields o(object, keys);
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

bool isShowKey(const QString &key)
{
    // ^[a-z0-9][a-z0-9-]*$
    for (qsizetype i = 0; i < key.size(); ++i) {
        const char16_t c = key[i].unicode();
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum && !(i > 0 && c == '-'))
            return false;
    }
    return !key.isEmpty();
}

Show readShow(Validator &v, const Json &object, const Path &path)
{
    static const JsonTree::Keys keys{
        "id",      "title",    "originalTitle", "originalTitleRomanised",
        "aliases", "network",  "country",       "language",
        "basedOn", "creators", "directors",     "writers",
        "genres",  "synopsis", "reception",     "seasons",
        "credits"};
    const Fields o(object, keys);
    Show s;
    // Bump the seed when this reader or the importer start reading or storing a show's entry
    // differently: every show is then imported once more instead of skipped as unchanged.
    constexpr quint64 kEntryHashSeed = 0x5EA50001;
    s.entryHash = ContentHash::text(object.contentHash(kEntryHashSeed));
    s.key = v.string(o, path, "id", true);
    if (!s.key.isEmpty() && !isShowKey(s.key))
        v.fail(Path(path, "id"), Tr::tr("must use only a-z, 0-9 and '-'"));
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
    const Json reception = v.array(o, path, "reception", false);
    if (!reception.isUndefined())
        s.reception = reception.toJsonValue().toArray();

    const Path seasonsAt(path, "seasons");
    const Json seasons = v.array(o, path, "seasons", false);
    s.seasons.reserve(seasons.size());
    NumberSet numbers;
    int i = 0;
    for (Json e = seasons.first(); !e.isUndefined() && !v.failed(); e = e.next(), ++i) {
        const Path element(seasonsAt, i);
        Season season = readSeason(v, v.object(e, element), element);
        if (!numbers.insert(season.number))
            v.fail(Path(element, "number"), Tr::tr("season %1 appears twice").arg(season.number));
        s.seasons << std::move(season);
    }
    const Path creditsAt(path, "credits");
    const Json credits = v.array(o, path, "credits", false);
    i = 0;
    for (Json e = credits.first(); !e.isUndefined() && !v.failed(); e = e.next(), ++i) {
        const Path element(creditsAt, i);
        s.credits << readCredit(v, v.object(e, element), element);
    }
    return s;
}

Source readSource(Validator &v, const Json &object, const Path &path)
{
    static const JsonTree::Keys keys{"id", "title", "publisher", "url", "inferred", "published"};
    const Fields o(object, keys);
    Source s;
    s.key = v.string(o, path, "id", true);
    s.title = v.string(o, path, "title", true);
    s.publisher = v.string(o, path, "publisher", false);
    s.url = v.string(o, path, "url", false);
    s.inferred = o.value("inferred").toBool(false);
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
            v.fail(Path(path, "published"),
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

void readClaimValue(Validator &v, const Fields &o, const Path &path, Claim *c)
{
    static const JsonTree::Keys pairKeys{"actor", "character"};
    static const JsonTree::Keys eventKeys{"event", "milestone"};
    const Json value = o.value("value");
    const Path at(path, "value");
    switch (c->kind) {
    case ClaimKind::ReleaseWindow:
        break;
    case ClaimKind::EpisodeCount:
        c->value = v.integer(o, path, "value", true, 1).value_or(0);
        break;
    case ClaimKind::Cast: {
        const Fields pair(v.object(value, at), pairKeys);
        const QString actor = v.string(pair, at, "actor", true).trimmed();
        const QString character = v.string(pair, at, "character", true).trimmed();
        c->value =
            QJsonObject{{QStringLiteral("actor"), actor}, {QStringLiteral("character"), character}};
        break;
    }
    case ClaimKind::Renewal:
    case ClaimKind::Production: {
        const char *field = c->kind == ClaimKind::Renewal ? "event" : "milestone";
        const Fields event(v.object(value, at), eventKeys);
        c->value = QJsonObject{{QLatin1String(field), v.string(event, at, field, true)}};
        break;
    }
    case ClaimKind::Plot:
        c->value = v.string(o, path, "value", true);
        break;
    }
}

Claim readClaim(Validator &v, const Json &object, const Path &path)
{
    static const JsonTree::Keys keys{"id",     "show",  "season", "kind",        "tier",   "status",
                                     "source", "quote", "note",   "contradicts", "window", "value"};
    const Fields o(object, keys);
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
    const Json window = o.value("window");
    if (!window.isUndefined() && !window.isNull()) {
        const Path at(path, "window");
        c.window = readWindow(v, v.object(window, at), at);
    } else if (c.kind == ClaimKind::ReleaseWindow) {
        v.fail(Path(path, "window"), Tr::tr("is required for a release_window claim"));
    }
    if (!v.failed())
        readClaimValue(v, o, path, &c);
    return c;
}

void checkReferences(Validator &v, const Catalog &catalog)
{
    const Path showsAt("shows"), sourcesAt("sources"), claimsAt("claims");
    QSet<QString> shows, sources, claims;
    shows.reserve(catalog.shows.size());
    sources.reserve(catalog.sources.size());
    claims.reserve(catalog.claims.size());
    for (int i = 0; i < catalog.shows.size(); ++i) {
        if (shows.contains(catalog.shows[i].key))
            v.fail(Path(Path(showsAt, i), "id"), Tr::tr("id is not unique"));
        shows.insert(catalog.shows[i].key);
    }
    for (int i = 0; i < catalog.sources.size(); ++i) {
        if (sources.contains(catalog.sources[i].key))
            v.fail(Path(Path(sourcesAt, i), "id"), Tr::tr("id is not unique"));
        sources.insert(catalog.sources[i].key);
    }
    for (int i = 0; i < catalog.claims.size(); ++i) {
        const Claim &c = catalog.claims[i];
        const Path at(claimsAt, i);
        if (claims.contains(c.key))
            v.fail(Path(at, "id"), Tr::tr("id is not unique"));
        claims.insert(c.key);
        if (!shows.contains(c.showKey))
            v.fail(Path(at, "show"), Tr::tr("names no show in this feed: \"%1\"").arg(c.showKey));
        if (!sources.contains(c.sourceKey))
            v.fail(Path(at, "source"),
                   Tr::tr("names no source in this feed: \"%1\"").arg(c.sourceKey));
    }
    for (int i = 0; i < catalog.claims.size(); ++i)
        for (const QString &other : catalog.claims[i].contradicts)
            if (!claims.contains(other))
                v.fail(Path(Path(claimsAt, i), "contradicts"),
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
    JsonTree tree;
    JsonTree::Error parseError;
    if (!tree.parse(json, &parseError)) {
        *error = FeedError::parse(
            Tr::tr("The season feed is not valid JSON at %1: %2")
                .arg(lineColumn(json, int(parseError.offset)), parseError.message));
        return false;
    }
    if (!tree.root().isObject()) {
        *error = FeedError::parse(Tr::tr("The season feed must be a JSON object."));
        return false;
    }
    static const JsonTree::Keys rootKeys{"format", "version", "title",
                                         "shows",  "sources", "claims"};
    const Fields root(tree.root(), rootKeys);
    Validator v;
    const Path top("$");
    const QString format = v.string(root, top, "format", true);
    if (!v.failed() && format != QLatin1String("cliffhanger-season-feed"))
        v.fail(Path(top, "format"), Tr::tr("must be \"cliffhanger-season-feed\""));
    const int version = v.integer(root, top, "version", true, 1).value_or(0);
    if (!v.failed() && version > kFormatVersion) {
        *error =
            FeedError::parse(Tr::tr("This season feed uses format version %1; this Cliffhanger "
                                    "reads version %2 and older. Update Cliffhanger to read it.")
                                 .arg(version)
                                 .arg(kFormatVersion));
        return false;
    }

    Catalog catalog;
    catalog.title = v.string(root, top, "title", false);
    // Array elements are named from the array ("shows[3]"), the top-level members from "$".
    const Path showsAt("shows"), sourcesAt("sources"), claimsAt("claims");
    const Json shows = v.array(root, top, "shows", true);
    catalog.shows.reserve(shows.size());
    int i = 0;
    for (Json e = shows.first(); !e.isUndefined() && !v.failed(); e = e.next(), ++i) {
        const Path at(showsAt, i);
        catalog.shows << readShow(v, v.object(e, at), at);
    }
    const Json sources = v.array(root, top, "sources", false);
    catalog.sources.reserve(sources.size());
    i = 0;
    for (Json e = sources.first(); !e.isUndefined() && !v.failed(); e = e.next(), ++i) {
        const Path at(sourcesAt, i);
        catalog.sources << readSource(v, v.object(e, at), at);
    }
    const Json claims = v.array(root, top, "claims", false);
    catalog.claims.reserve(claims.size());
    i = 0;
    for (Json e = claims.first(); !e.isUndefined() && !v.failed(); e = e.next(), ++i) {
        const Path at(claimsAt, i);
        catalog.claims << readClaim(v, v.object(e, at), at);
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
