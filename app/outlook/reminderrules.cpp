#include "outlook/reminderrules.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace {

// Gives lupdate and the runtime the same context for this file's strings.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Reminders)
};

// Which fact of the season a change reminder is about, so the baseline moves per fact.
enum class Aspect { Release, Status, Episodes, Cast, None };

Aspect aspectOf(const QString &kind)
{
    if (kind == QLatin1String("window_changed") || kind == QLatin1String("window_narrowed"))
        return Aspect::Release;
    if (kind == QLatin1String("renewed") || kind == QLatin1String("cancelled"))
        return Aspect::Status;
    if (kind == QLatin1String("episodes_confirmed"))
        return Aspect::Episodes;
    if (kind == QLatin1String("cast_confirmed"))
        return Aspect::Cast;
    return Aspect::None;
}

QString seasonName(const SeasonFacts &f)
{
    return Tr::tr("%1 season %2").arg(f.show).arg(f.season);
}

// A change is due once it was learnt, and never before the season was followed.
QDateTime learnt(const QDateTime &knownAt, const ToldState &told)
{
    if (!knownAt.isValid())
        return told.followedAt.toUTC();
    return std::max(knownAt, told.followedAt).toUTC();
}

// The local moment a dated reminder falls due: `hour` o'clock on `day` in `zone`. A time that
// a DST change skips is moved forward by Qt, so the reminder still falls on that day.
QDateTime localMoment(const QDate &day, int hour, const QTimeZone &zone)
{
    return QDateTime(day, QTime(hour, 0), zone).toUTC();
}

QString windowText(const std::optional<ReleaseWindow> &w)
{
    return w ? w->label() : Tr::tr("no date known");
}

QString provenance(const SeasonRelease &r)
{
    switch (r.basis) {
    case SeasonRelease::Basis::FirstEpisode:
        return Tr::tr("from the episode list");
    case SeasonRelease::Basis::Premiere:
        return Tr::tr("the announced premiere");
    case SeasonRelease::Basis::Outlook:
        break;
    }
    if (!r.claim)
        return QString();
    QString text = Tr::tr("%1, from %2").arg(wireName(r.claim->claim.tier), r.claim->source.title);
    if (!r.claim->source.url.isEmpty())
        text += QStringLiteral(" <%1>").arg(r.claim->source.url);
    return text;
}

bool inside(const ReleaseWindow &inner, const ReleaseWindow &outer)
{
    return inner.earliest >= outer.earliest && inner.latest <= outer.latest && !(inner == outer);
}

void addDated(QList<Reminder> *out, const SeasonFacts &f, const ToldState &told,
              const ReminderSettings &settings, const QTimeZone &zone)
{
    // Never a date the window does not pin down: a month, a season, a year give no day.
    if (!f.release || !f.release->isExactDay())
        return;
    const QDate day = f.release->day();
    const QDateTime dayStarts = QDateTime(day, QTime(0, 0), zone).toUTC();
    const QString dayText = QLocale::c().toString(day, QStringLiteral("dddd d MMMM yyyy"));
    if (settings.releaseDay && day >= told.followedAt.toTimeZone(zone).date()) {
        Reminder r;
        r.kind = QStringLiteral("release_day");
        r.key = QStringLiteral("release_day:%1").arg(day.toString(Qt::ISODate));
        r.title = Tr::tr("%1 is out today").arg(seasonName(f));
        r.body = Tr::tr("Released on %1 (%2).").arg(dayText, provenance(*f.release));
        r.dueAt = localMoment(day, settings.hour, zone);
        *out << r;
    }
    // Nearest first, so each one knows when the next nearer one replaces it: "in 7 days" is
    // stale once "tomorrow" is due, and both once the day has come.
    QList<int> daysBefore = settings.daysBefore;
    std::sort(daysBefore.begin(), daysBefore.end());
    QDateTime replacedAt = dayStarts;
    for (int days : daysBefore) {
        if (days <= 0)
            continue;
        Reminder r;
        r.kind = QStringLiteral("days_before");
        r.key = QStringLiteral("days_before:%1:%2").arg(days).arg(day.toString(Qt::ISODate));
        r.title = days == 1 ? Tr::tr("%1 is out tomorrow").arg(seasonName(f))
                            : Tr::tr("%1 is out in %2 days").arg(seasonName(f)).arg(days);
        r.body = Tr::tr("Due on %1 (%2).").arg(dayText, provenance(*f.release));
        r.dueAt = localMoment(day.addDays(-days), settings.hour, zone);
        r.expiresAt = replacedAt;
        replacedAt = r.dueAt;
        // Followed after this one's moment: it would arrive late, and the next one is coming.
        if (r.dueAt >= told.followedAt.toUTC())
            *out << r;
    }
}

void addWindowChange(QList<Reminder> *out, const SeasonFacts &f, const ToldState &told)
{
    const std::optional<ReleaseWindow> now =
        f.release ? std::optional<ReleaseWindow>(f.release->window) : std::nullopt;
    if (ReminderRules::windowKey(now) == ReminderRules::windowKey(told.release))
        return;
    Reminder r;
    const bool narrowed = now && told.release && inside(*now, *told.release);
    r.kind = narrowed ? QStringLiteral("window_narrowed") : QStringLiteral("window_changed");
    r.key = QStringLiteral("window:%1->%2")
                .arg(ReminderRules::windowKey(told.release), ReminderRules::windowKey(now));
    r.title = narrowed ? Tr::tr("%1: release narrowed to %2").arg(seasonName(f), windowText(now))
                       : Tr::tr("%1: release now %2").arg(seasonName(f), windowText(now));
    r.body = Tr::tr("Before: %1. After: %2.").arg(windowText(told.release), windowText(now));
    if (f.release && !provenance(*f.release).isEmpty())
        r.body += QLatin1Char(' ') + Tr::tr("Source: %1.").arg(provenance(*f.release));
    r.dueAt = learnt(f.releaseKnownAt, told);
    *out << r;
}

void addConfirmations(QList<Reminder> *out, const SeasonFacts &f, const ToldState &told)
{
    if (f.episodeCount && f.episodeCount != told.episodeCount) {
        Reminder r;
        r.kind = QStringLiteral("episodes_confirmed");
        r.key = QStringLiteral("episodes:%1").arg(*f.episodeCount);
        r.title = Tr::tr("%1: %2 episodes confirmed").arg(seasonName(f)).arg(*f.episodeCount);
        r.body = told.episodeCount ? Tr::tr("The official count is now %1 (was %2).")
                                         .arg(*f.episodeCount)
                                         .arg(*told.episodeCount)
                                   : Tr::tr("The official count is %1.").arg(*f.episodeCount);
        r.dueAt = learnt(f.episodesKnownAt, told);
        *out << r;
    }
    for (const QString &actor : f.confirmedCast) {
        if (told.confirmedCast.contains(actor))
            continue;
        Reminder r;
        r.kind = QStringLiteral("cast_confirmed");
        r.key = QStringLiteral("cast:%1").arg(actor);
        r.title = Tr::tr("%1: %2 confirmed").arg(seasonName(f), actor);
        r.body = Tr::tr("%1 is confirmed for season %2.").arg(actor).arg(f.season);
        r.dueAt = learnt(f.castKnownAt, told);
        *out << r;
    }
}

void addStatus(QList<Reminder> *out, const SeasonFacts &f, const ToldState &told)
{
    const bool cancelled = f.status == SeasonStatus::Cancelled;
    const bool renewed = !cancelled && (!told.known || (f.status == SeasonStatus::Renewed &&
                                                        told.status != SeasonStatus::Renewed));
    if (!renewed && !(cancelled && (!told.known || told.status != SeasonStatus::Cancelled)))
        return;
    Reminder r;
    r.kind = cancelled ? QStringLiteral("cancelled") : QStringLiteral("renewed");
    r.key = r.kind;
    r.title = cancelled ? Tr::tr("%1 is cancelled").arg(seasonName(f))
                        : Tr::tr("%1 is on its way").arg(seasonName(f));
    r.body =
        cancelled
            ? Tr::tr("The season will not be made.")
            : Tr::tr("%1 has a season %2 (%3).").arg(f.show).arg(f.season).arg(wireName(f.status));
    r.dueAt = told.followedAt.toUTC();
    *out << r;
}

} // namespace

namespace ReminderRules {

std::optional<QList<int>> parseDaysBefore(const QString &text)
{
    const QString value = text.trimmed().toLower();
    QList<int> days;
    if (value == QLatin1String("none"))
        return days;
    for (const QString &part : value.split(QLatin1Char(','))) {
        bool isNumber = false;
        const int d = part.trimmed().toInt(&isNumber);
        if (!isNumber || d < 1 || d > 365)
            return std::nullopt;
        if (!days.contains(d))
            days << d;
    }
    std::sort(days.begin(), days.end(), std::greater<int>());
    return days;
}

QString windowKey(const std::optional<ReleaseWindow> &w)
{
    if (!w || !w->isValid())
        return QStringLiteral("none");
    return QStringLiteral("%1..%2/%3")
        .arg(w->earliest.toString(Qt::ISODate), w->latest.toString(Qt::ISODate),
             precisionName(w->precision));
}

QList<Reminder> schedule(const SeasonFacts &facts, const ToldState &told,
                         const ReminderSettings &settings, const QTimeZone &zone)
{
    QList<Reminder> out;
    addDated(&out, facts, told, settings, zone);
    if (settings.windowChanges)
        addWindowChange(&out, facts, told);
    if (settings.confirmations)
        addConfirmations(&out, facts, told);
    if (settings.renewals)
        addStatus(&out, facts, told);
    for (Reminder &r : out) {
        r.showId = facts.showId;
        r.show = facts.show;
        r.season = facts.season;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Reminder &a, const Reminder &b) { return a.dueAt < b.dueAt; });
    return out;
}

namespace {

// Whether local hour-of-day `local` lies in the quiet hours [start, end), over midnight too.
bool inQuietHours(const QTime &local, const ReminderSettings &s)
{
    const int h = local.hour();
    return s.quietStart < s.quietEnd ? h >= s.quietStart && h < s.quietEnd
                                     : h >= s.quietStart || h < s.quietEnd;
}

} // namespace

QDateTime heldUntil(const QDateTime &due, const ReminderSettings &s, const QTimeZone &zone)
{
    QDateTime moment = due.toUTC();
    if (s.weeklyDigest) {
        const QDate day = moment.toTimeZone(zone).date();
        const int ahead = (s.digestDay - day.dayOfWeek() + 7) % 7;
        QDateTime digest = localMoment(day.addDays(ahead), s.hour, zone);
        if (digest < moment) // the digest of that day has gone: the next week's
            digest = localMoment(day.addDays(ahead + 7), s.hour, zone);
        moment = digest;
    }
    if (s.hasQuietHours()) {
        const QDateTime local = moment.toTimeZone(zone);
        if (inQuietHours(local.time(), s)) {
            // They end at quietEnd o'clock today, or tomorrow when they began before midnight.
            QDate endDay = local.date();
            if (s.quietStart > s.quietEnd && local.time().hour() >= s.quietStart)
                endDay = endDay.addDays(1);
            moment = localMoment(endDay, s.quietEnd, zone);
        }
    }
    return moment;
}

QList<Reminder> held(const QList<Reminder> &scheduled, const ReminderSettings &settings,
                     const QTimeZone &zone)
{
    QList<Reminder> out;
    for (Reminder r : scheduled) {
        const QDateTime moment = heldUntil(r.dueAt, settings, zone);
        if (r.expiresAt.isValid())
            r.expiresAt = r.expiresAt.addSecs(r.dueAt.secsTo(moment));
        r.dueAt = moment;
        out << r;
    }
    return out;
}

QList<Reminder> dueAt(const QList<Reminder> &scheduled, const QDateTime &at)
{
    QList<Reminder> due;
    for (const Reminder &r : scheduled)
        if (r.dueAt <= at && (!r.expiresAt.isValid() || at < r.expiresAt))
            due << r;
    return due;
}

ToldState toldAfter(const SeasonFacts &facts, const ToldState &told, const QList<Reminder> &pending)
{
    auto waiting = [&pending](Aspect aspect) {
        return std::any_of(pending.begin(), pending.end(),
                           [aspect](const Reminder &r) { return aspectOf(r.kind) == aspect; });
    };
    ToldState next = told;
    if (!waiting(Aspect::Status)) {
        next.known = true;
        next.status = facts.status;
    }
    if (!waiting(Aspect::Release))
        next.release =
            facts.release ? std::optional<ReleaseWindow>(facts.release->window) : std::nullopt;
    if (!waiting(Aspect::Episodes))
        next.episodeCount = facts.episodeCount;
    if (!waiting(Aspect::Cast))
        next.confirmedCast = facts.confirmedCast;
    return next;
}

ToldState toldAtFollow(const SeasonFacts &facts, const QDateTime &followedAt)
{
    ToldState told;
    told.known = true;
    told.followedAt = followedAt;
    told = toldAfter(facts, told, {});
    return told;
}

} // namespace ReminderRules
