#include "domain/releasewindow.h"

#include <QtTest>

// A fuzzy window in the words a native speaker of each language would write, over every shape
// a window has: a day, one unit or a run of units (months, quarters, seasons, parts of the
// year) in one year or across two, the halves, years, an interval no unit fits, and none.
class WindowWordingTest : public QObject {
    Q_OBJECT

    struct Shape {
        const char *name;
        QDate earliest;
        QDate latest;
        DatePrecision precision;
    };

    static QList<Shape> shapes()
    {
        using P = DatePrecision;
        auto d = [](int y, int m, int day) { return QDate(y, m, day); };
        return {
            {"day", d(2022, 1, 28), d(2022, 1, 28), P::Day},
            {"month", d(2025, 10, 1), d(2025, 10, 31), P::Month},
            {"months in a year", d(2025, 10, 1), d(2025, 11, 30), P::Month},
            {"months across years", d(2025, 12, 1), d(2026, 1, 31), P::Month},
            {"quarter", d(2026, 1, 1), d(2026, 3, 31), P::Quarter},
            {"quarters in a year", d(2026, 1, 1), d(2026, 6, 30), P::Quarter},
            {"quarters across years", d(2025, 10, 1), d(2026, 3, 31), P::Quarter},
            {"season", d(2026, 3, 1), d(2026, 5, 31), P::Season},
            {"seasons in a year", d(2026, 3, 1), d(2026, 8, 31), P::Season},
            {"winter", d(2025, 12, 1), d(2026, 2, 28), P::Season},
            {"seasons across years", d(2025, 12, 1), d(2026, 5, 31), P::Season},
            {"early", d(2026, 1, 1), d(2026, 4, 30), P::PartOfYear},
            {"mid", d(2025, 5, 1), d(2025, 8, 31), P::PartOfYear},
            {"late", d(2026, 9, 1), d(2026, 12, 31), P::PartOfYear},
            {"early to mid", d(2026, 1, 1), d(2026, 8, 31), P::PartOfYear},
            {"mid to late", d(2026, 5, 1), d(2026, 12, 31), P::PartOfYear},
            {"early to late", d(2026, 1, 1), d(2026, 12, 31), P::PartOfYear},
            {"late then early", d(2026, 9, 1), d(2027, 4, 30), P::PartOfYear},
            {"mid then early", d(2026, 5, 1), d(2027, 4, 30), P::PartOfYear},
            {"first half", d(2026, 1, 1), d(2026, 6, 30), P::PartOfYear},
            {"second half", d(2026, 7, 1), d(2026, 12, 31), P::PartOfYear},
            {"year", d(2026, 1, 1), d(2026, 12, 31), P::Year},
            {"years", d(2025, 1, 1), d(2026, 12, 31), P::Year},
            {"no unit fits", d(2025, 10, 15), d(2025, 11, 30), P::Month},
            {"invalid", QDate(), QDate(), P::Day},
        };
    }

    // One expected label per shape, in the order of shapes().
    static void addRows(const char *language, const QStringList &labels)
    {
        const QList<Shape> all = shapes();
        QCOMPARE(labels.size(), all.size());
        for (int i = 0; i < all.size(); ++i)
            QTest::addRow("%s: %s", language, all[i].name)
                << QLocale(QString::fromLatin1(language)) << all[i].earliest << all[i].latest
                << all[i].precision << labels[i];
    }

private slots:
    void label_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QDate>("earliest");
        QTest::addColumn<QDate>("latest");
        QTest::addColumn<DatePrecision>("precision");
        QTest::addColumn<QString>("label");

        addRows("en", {"28 January 2022",
                       "October 2025",
                       "October\u2013November 2025",
                       "December 2025 \u2013 January 2026",
                       "Q1 2026",
                       "Q1\u2013Q2 2026",
                       "Q4 2025 \u2013 Q1 2026",
                       "spring 2026",
                       "spring\u2013summer 2026",
                       "winter 2025",
                       "winter 2025 \u2013 spring 2026",
                       "early 2026",
                       "mid 2025",
                       "late 2026",
                       "early\u2013mid 2026",
                       "mid\u2013late 2026",
                       "early\u2013late 2026",
                       "late 2026 \u2013 early 2027",
                       "mid 2026 \u2013 early 2027",
                       "first half of 2026",
                       "second half of 2026",
                       "2026",
                       "2025\u20132026",
                       "2025-10-15 \u2013 2025-11-30",
                       "unknown"});
        addRows("ko", {"2022년 1월 28일",
                       "2025년 10월",
                       "2025년 10~11월",
                       "2025년 12월~2026년 1월",
                       "2026년 1분기",
                       "2026년 1~2분기",
                       "2025년 4분기~2026년 1분기",
                       "2026년 봄",
                       "2026년 봄~여름",
                       "2025년 겨울",
                       "2025년 겨울~2026년 봄",
                       "2026년 초",
                       "2025년 중반",
                       "2026년 말",
                       "2026년 초중반",
                       "2026년 중후반",
                       "2026년 초~말",
                       "2026년 말 또는 2027년 초",
                       "2026년 중반~2027년 초",
                       "2026년 상반기",
                       "2026년 하반기",
                       "2026년",
                       "2025~2026년",
                       "2025-10-15 ~ 2025-11-30",
                       "미정"});
        addRows("es", {"28 de enero de 2022",
                       "octubre de 2025",
                       "octubre\u2013noviembre de 2025",
                       "diciembre de 2025 \u2013 enero de 2026",
                       "primer trimestre de 2026",
                       "del primer al segundo trimestre de 2026",
                       "del cuarto trimestre de 2025 al primer trimestre de 2026",
                       "primavera de 2026",
                       "primavera\u2013verano de 2026",
                       "invierno de 2025",
                       "invierno de 2025 \u2013 primavera de 2026",
                       "principios de 2026",
                       "mediados de 2025",
                       "finales de 2026",
                       "entre principios y mediados de 2026",
                       "entre mediados y finales de 2026",
                       "entre principios y finales de 2026",
                       "finales de 2026 o principios de 2027",
                       "entre mediados de 2026 y principios de 2027",
                       "primera mitad de 2026",
                       "segunda mitad de 2026",
                       "2026",
                       "2025\u20132026",
                       "2025-10-15 \u2013 2025-11-30",
                       "sin fecha"});
    }

    void label()
    {
        QFETCH(QLocale, locale);
        QFETCH(QDate, earliest);
        QFETCH(QDate, latest);
        QFETCH(DatePrecision, precision);
        QFETCH(QString, label);
        ReleaseWindow w;
        w.earliest = earliest;
        w.latest = latest;
        w.precision = precision;
        QCOMPARE(w.label(locale), label);
    }

    // label() speaks QLocale's default, which the chosen language sets; the C locale (the
    // language-neutral JSON) is English.
    void followsTheDefaultLocale()
    {
        ReleaseWindow w;
        w.earliest = QDate(2025, 5, 1);
        w.latest = QDate(2025, 8, 31);
        w.precision = DatePrecision::PartOfYear;
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("ko")));
        const QString korean = w.label();
        QLocale::setDefault(QLocale(QStringLiteral("es")));
        const QString spanish = w.label();
        QLocale::setDefault(before);
        QCOMPARE(korean, QStringLiteral("2025년 중반"));
        QCOMPARE(spanish, QStringLiteral("mediados de 2025"));
        QCOMPARE(w.label(QLocale::c()), QStringLiteral("mid 2025"));
    }
};

QTEST_GUILESS_MAIN(WindowWordingTest)
#include "tst_windowwording.moc"
