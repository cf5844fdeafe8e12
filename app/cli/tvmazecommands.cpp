#include "cli/command.h"
#include "cli/jsonviews.h"
#include "cli/syncreportline.h"
#include "feeds/http/feedfetcher.h"
#include "feeds/sync/syncservice.h"
#include "feeds/tvmaze/tvmazeapi.h"
#include "feeds/tvmaze/tvmazeclient.h"
#include "feeds/tvmaze/tvmazesearch.h"
#include "pipeline/articleclaims.h"
#include "pipeline/tvmazeshowadder.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace Cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// TVmaze's licence asks for attribution wherever its data is shown.
QString attribution()
{
    return Tr::tr("Show data from TVmaze (https://www.tvmaze.com), licensed CC BY-SA 4.0.");
}

// run() has already refused a malformed --tvmaze-base.
QUrl tvmazeBase(const CommandContext &ctx)
{
    if (!ctx.parser.isSet(QStringLiteral("tvmaze-base")))
        return TvMazeApi::defaultBase();
    QString error;
    return TvMazeApi::validateBase(ctx.parser.value(QStringLiteral("tvmaze-base")), &error);
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

// The search JSON's fields, fixed by the issue: tvmazeId, title, premiered, network, country,
// url; unknown values are null.
QJsonObject matchJson(const TvMazeMatch &m)
{
    return {{QStringLiteral("tvmazeId"), m.tvmazeId},
            {QStringLiteral("title"), m.title},
            {QStringLiteral("premiered"),
             m.premiered.isValid() ? QJsonValue(m.premiered.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("network"), orNull(m.network)},
            {QStringLiteral("country"), orNull(m.country)},
            {QStringLiteral("url"), orNull(m.url)}};
}

int runSearch(CommandContext &ctx)
{
    const QString name = ctx.args.join(QLatin1Char(' ')).simplified();
    if (name.isEmpty())
        return ctx.usage(Tr::tr("'search' needs a show's name."));
    TvMazeClient client(tvmazeBase(ctx));
    QList<TvMazeMatch> matches;
    TvMazeError error;
    QEventLoop loop;
    QObject::connect(
        &client, &TvMazeClient::searchFinished,
        [&](quint64, const QString &, const QList<TvMazeMatch> &found, const TvMazeError &failure) {
            matches = found;
            error = failure;
            loop.quit();
        });
    client.search(name);
    loop.exec();
    if (error.isError())
        return ctx.failure(error.message);
    if (ctx.json) {
        QJsonArray list;
        for (const TvMazeMatch &m : matches)
            list << matchJson(m);
        ctx.printJson(list);
    }
    if (matches.isEmpty())
        return ctx.failure(Tr::tr("nothing found on TVmaze for '%1'.").arg(name));
    if (ctx.json)
        return Success;
    // The ids in a column, each show's page under its title.
    int idWidth = 0;
    for (const TvMazeMatch &m : matches)
        idWidth = std::max(idWidth, int(QString::number(m.tvmazeId).size()));
    const QString indent(idWidth + 2, QLatin1Char(' '));
    for (const TvMazeMatch &m : matches)
        ctx.out << QStringLiteral("%1  %2\n%3%4")
                       .arg(m.tvmazeId, -idWidth)
                       .arg(TvMazeSearch::describe(m), indent, m.url)
                << Qt::endl;
    ctx.out << Qt::endl
            << Tr::tr("'cliffhanger add-show ID' adds one.") << Qt::endl
            << attribution() << Qt::endl;
    return Success;
}

void printReport(QTextStream &out, const SyncReport &r)
{
    out << QStringLiteral("  ") << syncReportLine(r);
    out << Qt::endl;
}

int runAddShow(CommandContext &ctx)
{
    const QString request = ctx.args.join(QLatin1Char(' ')).simplified();
    bool isId = false;
    const qint64 id = request.toLongLong(&isId);
    if (request.isEmpty() || (isId && id < 1))
        return ctx.usage(Tr::tr("'add-show' needs a TVmaze id (1 or more) or a show's name."));

    FeedFetcher fetcher;
    ArticleClaims extraction(ctx.db);
    SyncService service(ctx.db, &fetcher, &extraction);
    TvMazeClient client(tvmazeBase(ctx));
    TvMazeShowAdder adder(ctx.db, &service, &client);
    std::optional<AddShowResult> result;
    QEventLoop loop;
    QObject::connect(&adder, &TvMazeShowAdder::finished, [&](const AddShowResult &r) {
        result = r;
        loop.quit();
    });
    if (isId)
        adder.addById(id);
    else
        adder.addByName(request);
    if (!result) // a show found in the library by id is refused at once
        loop.exec();

    const bool synced =
        std::all_of(result->syncReports.cbegin(), result->syncReports.cend(),
                    [](const SyncReport &r) { return r.status != SyncStatus::Error; });
    const int code = result->added() && synced ? Success : Failure;
    if (ctx.json) {
        QJsonArray reports;
        for (const SyncReport &r : result->syncReports)
            reports << JsonViews::syncReport(r);
        QJsonArray feeds;
        for (qint64 feedId : result->feedIds)
            feeds << feedId;
        const bool known = !result->match.title.isEmpty();
        ctx.printJson(QJsonObject{
            {QStringLiteral("outcome"), result->outcomeName()},
            {QStringLiteral("request"), result->request},
            {QStringLiteral("tvmaze"), known ? QJsonValue(matchJson(result->match)) : QJsonValue()},
            {QStringLiteral("title"), orNull(result->libraryTitle)},
            {QStringLiteral("feeds"), feeds},
            {QStringLiteral("sync"), reports},
            {QStringLiteral("error"), orNull(result->error.kindName())},
            {QStringLiteral("retryAfter"),
             result->error.retryAfter.isValid()
                 ? QJsonValue(result->error.retryAfter.toString(Qt::ISODate))
                 : QJsonValue()},
            {QStringLiteral("message"), result->message}});
        return code;
    }
    QTextStream &stream = code == Success ? ctx.out : ctx.err;
    stream << result->message << Qt::endl;
    for (const SyncReport &r : result->syncReports)
        printReport(stream, r);
    if (!result->match.title.isEmpty())
        stream << attribution() << Qt::endl;
    return code;
}

} // namespace

QList<Command> tvmazeCommands()
{
    return {
        {QStringLiteral("search"),
         QStringLiteral("search NAME [--json]"),
         Tr::tr("Search TVmaze for shows by name: id, title, year, network and country. Exit 1 "
                "when nothing is found or TVmaze cannot answer."),
         {QStringLiteral("json")},
         1,
         -1,
         false,
         runSearch},
        {QStringLiteral("add-show"),
         QStringLiteral("add-show TVMAZE_ID|NAME [--json]"),
         Tr::tr("Add a show from TVmaze (by id, or the best match for a name) with its TVmaze "
                "feeds, and sync them. A show already in the library is not added again."),
         {QStringLiteral("json")},
         1,
         -1,
         true,
         runAddShow},
    };
}

} // namespace Cli
