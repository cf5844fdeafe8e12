#include "feeds/tvmaze/tvmazeparser.h"

#include "domain/htmltext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

// Gives lupdate and the runtime the same context for this file's strings.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TvMazeParser)
};

QDate dateOf(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

SeasonStatus statusFor(const QDate &premiere, const QDate &today, bool *known)
{
    // Only a past premiere is certain; anything else must not overwrite what the ledger knows.
    *known = premiere.isValid() && premiere <= today;
    return *known ? SeasonStatus::Released : SeasonStatus::Announced;
}

bool parseJson(const QByteArray &body, QJsonDocument *doc, FeedError *error)
{
    QJsonParseError parseError;
    *doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = FeedError::parse(Tr::tr("The TVmaze data is not valid JSON at byte %1: %2")
                                      .arg(parseError.offset)
                                      .arg(parseError.errorString()));
        return false;
    }
    return true;
}

Season &seasonNumbered(Show &show, int number)
{
    for (Season &s : show.seasons)
        if (s.number == number)
            return s;
    Season s;
    s.number = number;
    s.statusIsWeak = true;
    show.seasons << s;
    return show.seasons.last();
}

void addEpisodes(Show &show, const QJsonArray &episodes, const QDate &today)
{
    QHash<int, int> specialsPerSeason;
    for (const QJsonValue &v : episodes) {
        const QJsonObject o = v.toObject();
        const int seasonNumber = o.value(QLatin1String("season")).toInt();
        if (seasonNumber < 1)
            continue;
        Episode e;
        const bool regular = o.value(QLatin1String("type")).toString(QStringLiteral("regular")) ==
                                 QLatin1String("regular") &&
                             o.value(QLatin1String("number")).isDouble();
        // Specials have no number of their own; they are numbered apart in airing order.
        e.special = !regular;
        e.number =
            regular ? o.value(QLatin1String("number")).toInt() : ++specialsPerSeason[seasonNumber];
        e.title = o.value(QLatin1String("name")).toString();
        // TVmaze's airdate is the release date; an empty airtime on a web channel means the
        // whole season dropped that day, so the date is all there is to keep.
        e.airDate = dateOf(o.value(QLatin1String("airdate")));
        e.runtime = o.value(QLatin1String("runtime")).toInt();
        e.synopsis = htmlToPlainText(o.value(QLatin1String("summary")).toString());
        e.url = o.value(QLatin1String("url")).toString();
        Season &season = seasonNumbered(show, seasonNumber);
        season.episodes << e;
        if (!e.special && e.airDate.isValid() &&
            (!season.premiere.isValid() || e.airDate < season.premiere))
            season.premiere = e.airDate;
    }
    for (Season &s : show.seasons) {
        bool known = false;
        s.status = statusFor(s.premiere, today, &known);
        s.statusIsWeak = !known;
    }
}

} // namespace

namespace TvMazeParser {

Kind detect(const QByteArray &body)
{
    const QByteArray head = body.left(2048).trimmed();
    if (head.startsWith('{') && head.contains("\"url\"") && head.contains("tvmaze.com/shows/"))
        return Kind::Show;
    if (head.startsWith('[') && head.contains("tvmaze.com/seasons/") &&
        head.contains("\"episodeOrder\""))
        return Kind::Seasons;
    return Kind::None;
}

QString showUrl(qint64 tvmazeId)
{
    return QStringLiteral("https://www.tvmaze.com/shows/%1").arg(tvmazeId);
}

bool parseShow(const QByteArray &body, const QDate &today, Catalog *out, FeedError *error)
{
    QJsonDocument doc;
    if (!parseJson(body, &doc, error))
        return false;
    const QJsonObject o = doc.object();
    // toInteger(): 0 unless a whole number a qint64 holds (a cast of 9e27 is undefined).
    const qint64 id = o.value(QLatin1String("id")).toInteger();
    const QString name = o.value(QLatin1String("name")).toString().trimmed();
    if (!doc.isObject() || id <= 0 || name.isEmpty()) {
        *error = FeedError::parse(Tr::tr("The TVmaze show has no id or name."));
        return false;
    }
    Show show;
    show.key = QStringLiteral("tvmaze-%1").arg(id);
    show.title = name;
    show.url = showUrl(id);
    const QJsonObject channel = o.value(QLatin1String("webChannel")).isObject()
                                    ? o.value(QLatin1String("webChannel")).toObject()
                                    : o.value(QLatin1String("network")).toObject();
    show.network = channel.value(QLatin1String("name")).toString();
    for (const QJsonValue &g : o.value(QLatin1String("genres")).toArray())
        show.genres << g.toString();
    show.synopsis = htmlToPlainText(o.value(QLatin1String("summary")).toString());

    const QJsonObject embedded = o.value(QLatin1String("_embedded")).toObject();
    addEpisodes(show, embedded.value(QLatin1String("episodes")).toArray(), today);

    // TVmaze's cast is the show's current main cast: credit it to the newest aired season.
    int castSeason = 1;
    for (const Season &s : show.seasons)
        if (s.premiere.isValid() && s.premiere <= today)
            castSeason = std::max(castSeason, s.number);
    int order = 0;
    for (const QJsonValue &v : embedded.value(QLatin1String("cast")).toArray()) {
        const QJsonObject c = v.toObject();
        Credit credit;
        credit.actor = c.value(QLatin1String("person"))
                           .toObject()
                           .value(QLatin1String("name"))
                           .toString()
                           .trimmed();
        const QJsonObject character = c.value(QLatin1String("character")).toObject();
        credit.character = character.value(QLatin1String("name")).toString().trimmed();
        if (credit.actor.isEmpty() || credit.character.isEmpty())
            continue;
        credit.season = castSeason;
        credit.order = ++order;
        credit.role = QStringLiteral("main");
        credit.url = character.value(QLatin1String("url")).toString();
        show.credits << credit;
    }
    out->title = name;
    out->shows = {show};
    return true;
}

bool parseSeasons(const QByteArray &body, const QString &feedUrl, const QDate &today, Catalog *out,
                  FeedError *error)
{
    static const QRegularExpression idInUrl(QStringLiteral("/shows/(\\d+)/seasons"));
    const auto match = idInUrl.match(feedUrl);
    if (!match.hasMatch()) {
        *error = FeedError::parse(Tr::tr("A TVmaze season list must come from an address ending in "
                                         "/shows/ID/seasons, not %1.")
                                      .arg(feedUrl));
        return false;
    }
    QJsonDocument doc;
    if (!parseJson(body, &doc, error))
        return false;
    if (!doc.isArray()) {
        *error = FeedError::parse(Tr::tr("The TVmaze season list is not a JSON array."));
        return false;
    }
    Show show;
    show.key = QStringLiteral("tvmaze-%1").arg(match.captured(1));
    show.url = showUrl(match.captured(1).toLongLong());
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        const int number = o.value(QLatin1String("number")).toInt();
        if (number < 1)
            continue;
        Season &s = seasonNumbered(show, number);
        s.premiere = dateOf(o.value(QLatin1String("premiereDate")));
        if (o.value(QLatin1String("episodeOrder")).isDouble())
            s.episodeCount = o.value(QLatin1String("episodeOrder")).toInt();
        s.synopsis = htmlToPlainText(o.value(QLatin1String("summary")).toString());
        bool known = false;
        s.status = statusFor(s.premiere, today, &known);
        s.statusIsWeak = !known;
    }
    out->shows = {show};
    return true;
}

} // namespace TvMazeParser
