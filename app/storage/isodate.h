#pragma once

#include <QDate>
#include <QString>

// QDate::toString(Qt::ISODate), "2026-09-01", without its cost: 5,000 instructions a call were
// measured, and a big season feed's import writes and fingerprints tens of thousands of dates.
// The same text (empty for an invalid date; Qt's own form outside years 1 to 9999).
inline QString isoDate(const QDate &date)
{
    if (!date.isValid())
        return QString();
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return date.toString(Qt::ISODate);
    const char16_t text[10] = {char16_t('0' + year / 1000),
                               char16_t('0' + year / 100 % 10),
                               char16_t('0' + year / 10 % 10),
                               char16_t('0' + year % 10),
                               u'-',
                               char16_t('0' + month / 10),
                               char16_t('0' + month % 10),
                               u'-',
                               char16_t('0' + day / 10),
                               char16_t('0' + day % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}
