#include "cli/command.h"
#include "cli/jsonviews.h"
#include "domain/displaylabels.h"
#include "outlook/reminderrules.h"
#include "pipeline/calendarexport.h"
#include "pipeline/watching.h"
#include "storage/database.h"
#include "storage/ledgerqueries.h"
#include "storage/reminderstore.h"
#include "storage/watchlist.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace Cli {

namespace {

// Gives lupdate and the runtime the same context for this file's strings.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The state of a show and, when `season` is set, the index of that season (usage error when
// the show has no such season).
std::optional<Watching::ShowState> loadShow(const CommandContext &ctx, qint64 showId,
                                            std::optional<int> season, int *index, int *code)
{
    QString error;
    auto state = Watching::load(ctx.db, showId, ctx.today(), &error);
    if (!state) {
        *code = ctx.failure(error);
        return std::nullopt;
    }
    *index = season ? Watching::seasonIndex(*state, *season) : -1;
    if (season && *index < 0) {
        *code = ctx.usage(Tr::tr("%1 has no season %2.").arg(state->show.title).arg(*season));
        return std::nullopt;
    }
    return state;
}

QList<const Episode *> regularEpisodes(const Season &season)
{
    QList<const Episode *> list;
    for (const Episode &e : season.episodes)
        if (!e.special)
            list << &e;
    std::sort(list.begin(), list.end(),
              [](const Episode *a, const Episode *b) { return a->number < b->number; });
    return list;
}

// Watched and listed episodes of the given seasons, and the first one not watched.
struct Progress {
    int watched = 0;
    int episodes = 0;
    std::optional<std::pair<int, const Episode *>> next; // season number, episode
};

Progress progressOf(Database &db, const Watching::ShowState &state, const QList<int> &indexes)
{
    Progress p;
    Watchlist watchlist(db);
    for (int i : indexes) {
        const Season &season = state.show.seasons[i];
        const QSet<int> watched = watchlist.watched(state.showId, season.number);
        for (const Episode *e : regularEpisodes(season)) {
            ++p.episodes;
            if (watched.contains(e->number))
                ++p.watched;
            else if (!p.next)
                p.next = std::make_pair(season.number, e);
        }
    }
    return p;
}

QJsonValue nextJson(const Progress &p)
{
    if (!p.next)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("season"), p.next->first},
                       {QStringLiteral("number"), p.next->second->number},
                       {QStringLiteral("title"), p.next->second->title}};
}

QJsonValue releaseJson(const std::optional<SeasonRelease> &release)
{
    return release ? QJsonValue(JsonViews::releaseWindow(release->window, release->claim))
                   : QJsonValue();
}

int runWatchList(CommandContext &ctx)
{
    QString error;
    const QList<Follow> follows = Watchlist(ctx.db).follows(&error);
    if (!error.isEmpty())
        return ctx.failure(error);
    QJsonArray list;
    for (const Follow &f : follows) {
        const auto state = Watching::load(ctx.db, f.showId, ctx.today(), &error);
        if (!state)
            return ctx.failure(error);
        QList<int> indexes;
        int shown = -1; // the season whose status and release stand for the entry
        if (f.season == 0) {
            for (int i = 0; i < state->show.seasons.size(); ++i)
                indexes << i;
            shown = OutlookCalculator::upcomingSeasonIndex(state->show);
            if (shown < 0)
                shown = int(state->show.seasons.size()) - 1;
        } else {
            shown = Watching::seasonIndex(*state, f.season);
            if (shown >= 0)
                indexes << shown;
        }
        const Progress progress = progressOf(ctx.db, *state, indexes);
        const Season *season = shown >= 0 ? &state->show.seasons[shown] : nullptr;
        const std::optional<SeasonRelease> release =
            shown >= 0 ? state->releases[shown] : std::nullopt;
        if (ctx.json) {
            list << QJsonObject{
                {QStringLiteral("show"), state->show.title},
                {QStringLiteral("season"), f.season ? QJsonValue(f.season) : QJsonValue()},
                {QStringLiteral("status"),
                 season ? QJsonValue(wireName(season->status)) : QJsonValue()},
                {QStringLiteral("release"), releaseJson(release)},
                {QStringLiteral("releaseSeason"),
                 season ? QJsonValue(season->number) : QJsonValue()},
                {QStringLiteral("watched"), progress.watched},
                {QStringLiteral("episodes"), progress.episodes},
                {QStringLiteral("next"), nextJson(progress)},
                {QStringLiteral("followedAt"), f.followedAt.toUTC().toString(Qt::ISODate)}};
            continue;
        }
        const QString who = f.season ? Tr::tr("%1 season %2").arg(state->show.title).arg(f.season)
                                     : state->show.title;
        const int episodes = progress.episodes;
        QString line = Tr::tr("%1: %2 of %n episode(s) watched", nullptr, episodes)
                           .arg(who)
                           .arg(progress.watched);
        if (season)
            line += Tr::tr("; season %1 %2, release %3")
                        .arg(season->number)
                        .arg(DisplayLabels::seasonStatus(season->status),
                             release ? release->window.label() : Tr::tr("not known"));
        ctx.out << line << Qt::endl;
    }
    if (ctx.json)
        ctx.printJson(list);
    else if (follows.isEmpty())
        ctx.out << Tr::tr("Nothing followed. Follow a show with 'cliffhanger watch add TITLE'.")
                << Qt::endl;
    return Success;
}

int runWatch(CommandContext &ctx)
{
    const QString action = ctx.args.first();
    if (action == QLatin1String("list")) {
        if (ctx.args.size() != 1 || ctx.parser.isSet(QStringLiteral("season")))
            return ctx.usage(Tr::tr("'watch list' takes no title or --season."));
        return runWatchList(ctx);
    }
    if (action != QLatin1String("add") && action != QLatin1String("remove"))
        return ctx.usage(
            Tr::tr("unknown watch command '%1': use watch add|remove TITLE [--season N] or "
                   "watch list.")
                .arg(action));
    if (ctx.args.size() != 2)
        return ctx.usage(Tr::tr("'watch %1' needs a show title.").arg(action));
    int code = Success;
    std::optional<int> season;
    if (!ctx.seasonOption(&season, &code))
        return code;
    const qint64 showId = ctx.showNamed(ctx.args[1], &code);
    if (!showId)
        return code;
    int index = -1;
    const auto state = loadShow(ctx, showId, season, &index, &code);
    if (!state)
        return code;
    const QString who =
        season ? Tr::tr("%1 season %2").arg(state->show.title).arg(*season) : state->show.title;
    QString error;
    if (action == QLatin1String("add")) {
        bool added = false;
        if (!Watching::follow(ctx.db, showId, season.value_or(0), QDateTime::currentDateTimeUtc(),
                              &added, &error))
            return ctx.failure(error);
        ctx.out << (added ? Tr::tr("Following %1.").arg(who)
                          : Tr::tr("Already following %1.").arg(who))
                << Qt::endl;
        return Success;
    }
    bool removed = false;
    if (!Watching::unfollow(ctx.db, showId, season.value_or(0), &removed, &error))
        return ctx.failure(error);
    if (!removed)
        return ctx.usage(Tr::tr("%1 is not followed.").arg(who));
    ctx.out << Tr::tr("No longer following %1.").arg(who) << Qt::endl;
    return Success;
}

// --episode / --up-to: a listed episode number, or a usage error.
bool episodeOption(const CommandContext &ctx, const QString &name, std::optional<int> *out,
                   int *code)
{
    if (!ctx.parser.isSet(name))
        return true;
    bool ok = false;
    const int n = ctx.parser.value(name).toInt(&ok);
    if (!ok || n < 1) {
        *code = ctx.usage(Tr::tr("--%1 needs an episode number (1 or more), not '%2'.")
                              .arg(name, ctx.parser.value(name)));
        return false;
    }
    *out = n;
    return true;
}

int runWatched(CommandContext &ctx)
{
    int code = Success;
    std::optional<int> season, episode, upTo;
    if (!ctx.seasonOption(&season, &code) ||
        !episodeOption(ctx, QStringLiteral("episode"), &episode, &code) ||
        !episodeOption(ctx, QStringLiteral("up-to"), &upTo, &code))
        return code;
    if (!season)
        return ctx.usage(Tr::tr("'watched' needs --season N."));
    if (episode && upTo)
        return ctx.usage(Tr::tr("use --episode or --up-to, not both."));
    const qint64 showId = ctx.showNamed(ctx.args.first(), &code);
    if (!showId)
        return code;
    int index = -1;
    const auto state = loadShow(ctx, showId, season, &index, &code);
    if (!state)
        return code;
    const QList<const Episode *> episodes = regularEpisodes(state->show.seasons[index]);
    if (episodes.isEmpty())
        return ctx.usage(
            Tr::tr("%1 season %2 has no episodes listed yet.").arg(state->show.title).arg(*season));
    const std::optional<int> named = episode ? episode : upTo;
    if (named && std::none_of(episodes.begin(), episodes.end(),
                              [&](const Episode *e) { return e->number == *named; }))
        return ctx.usage(Tr::tr("%1 season %2 has no episode %3.")
                             .arg(state->show.title)
                             .arg(*season)
                             .arg(*named));
    const QList<int> numbers = Watching::episodesToMark(state->show.seasons[index], episode, upTo);
    QString error;
    const bool watched = !ctx.parser.isSet(QStringLiteral("unset"));
    if (!Watchlist(ctx.db).setWatched(showId, *season, numbers, watched,
                                      QDateTime::currentDateTimeUtc(), &error))
        return ctx.failure(error);
    const Progress progress = progressOf(ctx.db, *state, {index});
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("show"), state->show.title},
                                  {QStringLiteral("season"), *season},
                                  {QStringLiteral("watched"), progress.watched},
                                  {QStringLiteral("episodes"), progress.episodes},
                                  {QStringLiteral("next"), nextJson(progress)}});
        return Success;
    }
    const int episodeCount = progress.episodes;
    ctx.out << Tr::tr("%1 season %2: %3 of %n episode(s) watched.", nullptr, episodeCount)
                   .arg(state->show.title)
                   .arg(*season)
                   .arg(progress.watched);
    if (progress.next)
        ctx.out << QLatin1Char(' ')
                << Tr::tr("Next: episode %1, %2.")
                       .arg(progress.next->second->number)
                       .arg(progress.next->second->title);
    ctx.out << Qt::endl;
    return Success;
}

QJsonObject reminderJson(const Reminder &r)
{
    return {{QStringLiteral("show"), r.show},
            {QStringLiteral("season"), r.season},
            {QStringLiteral("kind"), r.kind},
            {QStringLiteral("title"), r.title},
            {QStringLiteral("body"), r.body},
            {QStringLiteral("dueAt"), r.dueAt.toUTC().toString(Qt::ISODate)}};
}

void printReminders(const CommandContext &ctx, const QString &key, const QList<Reminder> &list)
{
    if (ctx.json) {
        QJsonArray array;
        for (const Reminder &r : list)
            array << reminderJson(r);
        ctx.printJson(QJsonObject{{key, array}});
        return;
    }
    if (list.isEmpty())
        ctx.out << Tr::tr("No reminders due.") << Qt::endl;
    for (const Reminder &r : list)
        ctx.out << r.dueAt.toUTC().toString(Qt::ISODate) << QStringLiteral("  ") << r.title
                << Qt::endl
                << QStringLiteral("    ") << r.body << Qt::endl;
}

// --at ISO_DATETIME (a date and a time, with or without a zone: without one it is local), or
// now. Anything else is a usage error.
bool atOption(const CommandContext &ctx, QDateTime *at, int *code)
{
    if (!ctx.parser.isSet(QStringLiteral("at"))) {
        *at = QDateTime::currentDateTimeUtc();
        return true;
    }
    const QString text = ctx.parser.value(QStringLiteral("at")).trimmed();
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!text.contains(QLatin1Char('T')) || !parsed.isValid()) {
        *code = ctx.usage(Tr::tr("--at needs a date and time such as 2026-10-16T09:00 or "
                                 "2026-10-16T07:00:00Z, not '%1'.")
                              .arg(text));
        return false;
    }
    *at = parsed.toUTC();
    return true;
}

QString quietText(const ReminderSettings &s)
{
    return s.hasQuietHours() ? QStringLiteral("%1-%2").arg(s.quietStart).arg(s.quietEnd)
                             : QStringLiteral("off");
}

QString settingsText(const ReminderSettings &s)
{
    auto onOff = [](bool b) { return b ? QStringLiteral("on") : QStringLiteral("off"); };
    QStringList days;
    for (int d : s.daysBefore)
        days << QString::number(d);
    return Tr::tr("release-day     %1\ndays-before     %2\nwindow-changes  %3\nconfirmations   "
                  "%4\nrenewals        %5\nhour            %6\ndigest          %7\ndigest-day      "
                  "%8\nquiet-hours     %9")
        .arg(onOff(s.releaseDay), days.isEmpty() ? QStringLiteral("none") : days.join(','),
             onOff(s.windowChanges), onOff(s.confirmations), onOff(s.renewals))
        .arg(s.hour)
        .arg(onOff(s.weeklyDigest))
        .arg(s.digestDay)
        .arg(quietText(s));
}

QJsonObject settingsJson(const ReminderSettings &s)
{
    QJsonArray days;
    for (int d : s.daysBefore)
        days << d;
    return {{QStringLiteral("releaseDay"), s.releaseDay},
            {QStringLiteral("daysBefore"), days},
            {QStringLiteral("windowChanges"), s.windowChanges},
            {QStringLiteral("confirmations"), s.confirmations},
            {QStringLiteral("renewals"), s.renewals},
            {QStringLiteral("hour"), s.hour},
            {QStringLiteral("digest"), s.weeklyDigest},
            {QStringLiteral("digestDay"), s.digestDay},
            {QStringLiteral("quietHours"), quietText(s)},
            {QStringLiteral("calendarFile"),
             s.calendarFile.isEmpty() ? QJsonValue() : QJsonValue(s.calendarFile)}};
}

void printSettings(const CommandContext &ctx, const ReminderSettings &s)
{
    if (ctx.json) {
        ctx.printJson(settingsJson(s));
        return;
    }
    ctx.out << settingsText(s) << Qt::endl
            << Tr::tr("calendar-file   %1")
                   .arg(s.calendarFile.isEmpty() ? QStringLiteral("off") : s.calendarFile)
            << Qt::endl;
}

// calendar-file PATH|off: the file every sync rewrites. It is written at once, so a path that
// cannot be written is refused now rather than failing quietly at the next sync.
int setCalendarFile(CommandContext &ctx, ReminderSettings *s)
{
    const QString value = ctx.args[3].trimmed();
    QString error;
    if (value.isEmpty())
        return ctx.usage(Tr::tr("calendar-file needs a file path, or off."));
    if (value.compare(QLatin1String("off"), Qt::CaseInsensitive) == 0) {
        s->calendarFile.clear();
    } else {
        // Absolute: a sync from another directory, or the app, writes the same file.
        const QString path = QFileInfo(value).absoluteFilePath();
        const auto written =
            CalendarExport::writeFile(ctx.db, path, QDateTime::currentDateTimeUtc(), false, &error);
        if (!written)
            return ctx.failure(error);
        s->calendarFile = path;
    }
    if (!ReminderStore(ctx.db).saveSettings(*s, &error))
        return ctx.failure(error);
    printSettings(ctx, *s);
    return Success;
}

int runRules(CommandContext &ctx)
{
    ReminderStore store(ctx.db);
    QString error;
    ReminderSettings s = store.settings(&error);
    if (!error.isEmpty())
        return ctx.failure(error);
    if (ctx.args.size() > 1) {
        if (ctx.args.size() != 4 || ctx.args[1] != QLatin1String("set"))
            return ctx.usage(Tr::tr("use 'reminders rules' or 'reminders rules set KEY VALUE'."));
        const QString key = ctx.args[2];
        if (key == QLatin1String("calendar-file"))
            return setCalendarFile(ctx, &s);
        const QString value = ctx.args[3].trimmed().toLower();
        const bool isSwitch = value == QLatin1String("on") || value == QLatin1String("off");
        bool ok = false;
        if (key == QLatin1String("days-before")) {
            const std::optional<QList<int>> days = ReminderRules::parseDaysBefore(value);
            ok = days.has_value();
            s.daysBefore = days.value_or(QList<int>());
        } else if (key == QLatin1String("hour")) {
            s.hour = value.toInt(&ok);
            ok = ok && s.hour >= 0 && s.hour <= 23;
        } else if (key == QLatin1String("digest-day")) {
            s.digestDay = value.toInt(&ok);
            ok = ok && s.digestDay >= 1 && s.digestDay <= 7;
        } else if (key == QLatin1String("quiet-hours")) {
            // H-H (22-7 runs over midnight), or off
            const QStringList hours = value.split(QLatin1Char('-'));
            bool okStart = false, okEnd = false;
            if (value == QLatin1String("off")) {
                ok = true;
                s.quietStart = s.quietEnd = -1;
            } else if (hours.size() == 2) {
                s.quietStart = hours[0].trimmed().toInt(&okStart);
                s.quietEnd = hours[1].trimmed().toInt(&okEnd);
                ok = okStart && okEnd && s.quietStart >= 0 && s.quietStart <= 23 &&
                     s.quietEnd >= 0 && s.quietEnd <= 23 && s.quietStart != s.quietEnd;
            }
        } else if (isSwitch) {
            ok = true;
            const bool on = value == QLatin1String("on");
            if (key == QLatin1String("release-day"))
                s.releaseDay = on;
            else if (key == QLatin1String("window-changes"))
                s.windowChanges = on;
            else if (key == QLatin1String("confirmations"))
                s.confirmations = on;
            else if (key == QLatin1String("renewals"))
                s.renewals = on;
            else if (key == QLatin1String("digest"))
                s.weeklyDigest = on;
            else
                ok = false;
        }
        if (!ok)
            return ctx.usage(
                Tr::tr("'%1 %2' is not a rule: use days-before N,N|none, hour 0-23, "
                       "digest-day 1-7 (1 Monday), quiet-hours H-H|off, or release-day, "
                       "window-changes, confirmations, renewals, digest with on|off, or "
                       "calendar-file PATH|off.")
                    .arg(key, ctx.args[3]));
        if (!store.saveSettings(s, &error))
            return ctx.failure(error);
        // The kept calendar's alarms follow the rules, as the app's Settings page keeps them.
        const CalendarExport::KeptFile kept =
            CalendarExport::refreshKeptFile(ctx.db, QDateTime::currentDateTimeUtc());
        if (!kept.error.isEmpty())
            ctx.err << Tr::tr("warning: %1").arg(kept.error) << Qt::endl;
    }
    printSettings(ctx, s);
    return Success;
}

// --show TITLE [--season N]: a followed show or season, else a usage error.
bool reminderFilter(const CommandContext &ctx, Watching::Filter *filter, int *code)
{
    if (!ctx.seasonOption(&filter->season, code))
        return false;
    if (!ctx.parser.isSet(QStringLiteral("show"))) {
        if (filter->season) {
            *code = ctx.usage(Tr::tr("--season needs --show TITLE."));
            return false;
        }
        return true;
    }
    const qint64 showId = ctx.showNamed(ctx.parser.value(QStringLiteral("show")), code);
    if (!showId)
        return false;
    int index = -1;
    const auto state = loadShow(ctx, showId, filter->season, &index, code);
    if (!state)
        return false;
    filter->showId = showId;
    Watchlist watchlist(ctx.db);
    bool followed = false;
    if (filter->season)
        followed = watchlist.followedSince(showId, *filter->season).has_value();
    else
        for (const Follow &f : watchlist.follows())
            followed = followed || f.showId == showId;
    if (!followed) {
        *code = ctx.usage(filter->season ? Tr::tr("%1 season %2 is not followed: 'cliffhanger "
                                                  "watch add' follows it.")
                                               .arg(state->show.title)
                                               .arg(*filter->season)
                                         : Tr::tr("%1 is not followed: 'cliffhanger watch add' "
                                                  "follows it.")
                                               .arg(state->show.title));
        return false;
    }
    return true;
}

int runReminders(CommandContext &ctx)
{
    const QString action = ctx.args.value(0);
    if (action == QLatin1String("rules"))
        return runRules(ctx);
    if (!action.isEmpty() && action != QLatin1String("deliver"))
        return ctx.usage(
            Tr::tr("unknown reminders command '%1': use reminders [deliver|rules].").arg(action));
    if (ctx.args.size() > 1)
        return ctx.usage(Tr::tr("too many arguments for 'reminders %1'.").arg(action));
    int code = Success;
    QDateTime at;
    if (!atOption(ctx, &at, &code))
        return code;
    const QTimeZone zone = QTimeZone::systemTimeZone();
    QString error;
    if (action == QLatin1String("deliver")) {
        if (ctx.parser.isSet(QStringLiteral("show")) || ctx.parser.isSet(QStringLiteral("season")))
            return ctx.usage(Tr::tr("'reminders deliver' delivers for every followed season."));
        const auto delivered = Watching::deliver(ctx.db, at, zone, &error);
        if (!delivered)
            return ctx.failure(error);
        printReminders(ctx, QStringLiteral("delivered"), *delivered);
        return Success;
    }
    Watching::Filter filter;
    if (!reminderFilter(ctx, &filter, &code))
        return code;
    const QList<Reminder> due = Watching::due(ctx.db, at, zone, filter, &error);
    if (!error.isEmpty())
        return ctx.failure(error);
    printReminders(ctx, QStringLiteral("due"), due);
    return Success;
}

int runExportIcs(CommandContext &ctx)
{
    QString error;
    const QString path = ctx.args.first();
    const auto result =
        CalendarExport::writeFile(ctx.db, path, QDateTime::currentDateTimeUtc(),
                                  ctx.parser.isSet(QStringLiteral("confirmed-only")), &error,
                                  ctx.parser.isSet(QStringLiteral("wide-windows")));
    if (!result)
        return ctx.failure(error);
    const int events = result->events;
    ctx.out << Tr::tr("Wrote %n event(s) to %1.", nullptr, events).arg(path);
    const int skipped = result->skipped;
    if (skipped > 0)
        ctx.out << QLatin1Char(' ')
                << Tr::tr("%n followed season(s) have no date a calendar can hold yet.", nullptr,
                          skipped);
    ctx.out << Qt::endl;
    return Success;
}

} // namespace

QList<Command> watchCommands()
{
    return {
        {QStringLiteral("watch"),
         QStringLiteral("watch add|remove TITLE [--season N]  |  watch list [--json]"),
         Tr::tr("Follow a show or one season (reminders, calendar), stop following it, or list "
                "what you follow with your progress."),
         {QStringLiteral("json"), QStringLiteral("season")},
         1,
         2,
         true,
         runWatch},
        {QStringLiteral("watched"),
         QStringLiteral("watched TITLE --season N [--episode M | --up-to M] [--unset] [--json]"),
         Tr::tr("Mark a season's episodes watched (all, one, or up to one); --unset unmarks."),
         {QStringLiteral("json"), QStringLiteral("season"), QStringLiteral("episode"),
          QStringLiteral("up-to"), QStringLiteral("unset")},
         1,
         1,
         true,
         runWatched},
        {QStringLiteral("reminders"),
         QStringLiteral("reminders [--at ISO_DATETIME] [--show TITLE [--season N]] [--json]  |  "
                        "reminders deliver [--at ISO_DATETIME] [--json]  |  reminders rules [set "
                        "KEY VALUE]"),
         Tr::tr("What the followed seasons' reminders say now (or at --at), without marking them; "
                "deliver prints and marks them; rules shows or sets the defaults."),
         {QStringLiteral("json"), QStringLiteral("at"), QStringLiteral("show"),
          QStringLiteral("season")},
         0,
         4,
         true,
         runReminders},
        {QStringLiteral("export-ics"),
         QStringLiteral("export-ics FILE [--confirmed-only] [--wide-windows]"),
         Tr::tr("Write the followed seasons' release dates as an iCalendar file (exact days and "
                "month markers only)."),
         {QStringLiteral("confirmed-only"), QStringLiteral("wide-windows")},
         1,
         1,
         true,
         runExportIcs},
    };
}

} // namespace Cli
