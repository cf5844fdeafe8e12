#include "feeds/http/retryafter.h"

#include <QList>
#include <QLocale>

namespace {

int monthNumber(const QByteArray &name)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    const QByteArray lower = name.toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower == months[i])
            return i + 1;
    }
    return 0;
}

bool isDigits(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

QTime parseClock(const QByteArray &text)
{
    const QList<QByteArray> parts = text.split(':');
    if (parts.size() != 3)
        return {};
    for (const QByteArray &p : parts) {
        if (p.size() != 2 || !isDigits(p))
            return {};
    }
    return QTime(parts[0].toInt(), parts[1].toInt(), parts[2].toInt());
}

bool isWeekday(QByteArray token)
{
    if (token.endsWith(','))
        token.chop(1);
    if (token.size() < 3)
        return false;
    for (char c : token) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return false;
    }
    return true;
}

// RFC 850 two-digit years: a year more than 50 years ahead is the most recent one in the past.
int expandYear(int yy)
{
    const int thisYear = QDate::currentDate().year();
    int year = thisYear - thisYear % 100 + yy;
    if (year > thisYear + 50)
        year -= 100;
    return year;
}

QDateTime build(int year, int month, int day, const QTime &time)
{
    const QDate date(year, month, day);
    if (!date.isValid() || !time.isValid() || month == 0)
        return {};
    return QDateTime(date, time, Qt::UTC);
}

bool isGmt(const QByteArray &zone)
{
    return zone == "GMT" || zone == "UTC";
}

} // namespace

namespace RetryAfter {

QDateTime parseHttpDate(const QByteArray &value)
{
    const QList<QByteArray> t = value.simplified().split(' ');
    // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
    if (t.size() == 6 && t[0].endsWith(',') && isWeekday(t[0]) && isDigits(t[1]) &&
        t[1].size() <= 2 && isDigits(t[3]) && t[3].size() == 4 && isGmt(t[5]))
        return build(t[3].toInt(), monthNumber(t[2]), t[1].toInt(), parseClock(t[4]));
    // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
    if (t.size() == 4 && t[0].endsWith(',') && isWeekday(t[0]) && isGmt(t[3])) {
        const QList<QByteArray> d = t[1].split('-');
        if (d.size() != 3 || !isDigits(d[0]) || !isDigits(d[2]))
            return {};
        const int year =
            d[2].size() == 2 ? expandYear(d[2].toInt()) : (d[2].size() == 4 ? d[2].toInt() : -1);
        if (year < 0)
            return {};
        return build(year, monthNumber(d[1]), d[0].toInt(), parseClock(t[2]));
    }
    // asctime: Sun Nov  6 08:49:37 1994 (simplified() folded the double space)
    if (t.size() == 5 && isWeekday(t[0]) && !t[0].endsWith(',') && isDigits(t[2]) &&
        t[2].size() <= 2 && isDigits(t[4]) && t[4].size() == 4)
        return build(t[4].toInt(), monthNumber(t[1]), t[2].toInt(), parseClock(t[3]));
    return {};
}

QByteArray toHttpDate(const QDateTime &when)
{
    return QLocale::c()
        .toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

QDateTime parse(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray v = value.trimmed();
    if (isDigits(v)) {
        // A delta too large for 64 bits still means "a very long time": the caller clamps it.
        constexpr qint64 century = qint64(100) * 365 * 24 * 3600;
        bool ok = false;
        const qint64 seconds = v.toLongLong(&ok);
        return nowUtc.addSecs(ok && seconds < century ? seconds : century);
    }
    const QDateTime at = parseHttpDate(v);
    if (!at.isValid())
        return {};
    return at < nowUtc ? nowUtc : at;
}

} // namespace RetryAfter
