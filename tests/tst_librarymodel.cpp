#include "feeds/season/defaultfeed.h"
#include "models/libraryfilter.h"
#include "models/librarymodel.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

namespace {

LibraryModel::Row row(qint64 id, const QString &title, int claims = 0)
{
    LibraryModel::Row r;
    r.show.id = id;
    r.show.title = title;
    r.show.claimCount = claims;
    r.searchText = title.toLower();
    return r;
}

QList<qint64> ids(const LibraryModel &model)
{
    QList<qint64> out;
    for (int i = 0; i < model.rowCount(); ++i)
        out << model.index(i).data(LibraryModel::ShowIdRole).toLongLong();
    return out;
}

} // namespace

// The Library's model: after a sync it changes row by row, never by a reset (a reset loses the
// view's scroll position and keyboard focus); the filter and the sort orders it feeds.
class LibraryModelTest : public QObject {
    Q_OBJECT

private slots:
    void reloadsRowByRowNeverByAReset()
    {
        LibraryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.apply({row(1, QStringLiteral("A")), row(3, QStringLiteral("C")),
                     row(5, QStringLiteral("E"))});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // 1 stays, 2 and 4 are new, 3 is gone, 5 changed, 6 is new at the end.
        model.apply({row(1, QStringLiteral("A")), row(2, QStringLiteral("B")),
                     row(4, QStringLiteral("D")), row(5, QStringLiteral("E"), 7),
                     row(6, QStringLiteral("F"))});
        QCOMPARE(ids(model), (QList<qint64>{1, 2, 4, 5, 6}));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toModelIndex().row(), 3);
        QCOMPARE(model.index(3).data(LibraryModel::ClaimCountRole).toInt(), 7);
        int insertedRows = 0;
        for (const QList<QVariant> &args : inserted)
            insertedRows += args.at(2).toInt() - args.at(1).toInt() + 1;
        QCOMPARE(insertedRows, 3);

        // The same rows again change nothing at all.
        reset.clear();
        inserted.clear();
        removed.clear();
        changed.clear();
        model.apply({row(1, QStringLiteral("A")), row(2, QStringLiteral("B")),
                     row(4, QStringLiteral("D")), row(5, QStringLiteral("E"), 7),
                     row(6, QStringLiteral("F"))});
        QCOMPARE(inserted.count() + removed.count() + changed.count() + reset.count(), 0);
        QCOMPARE(model.rowOfShow(4), 2);
        QCOMPARE(model.rowOfShow(3), -1);
    }

    void filtersAndSorts()
    {
        LibraryModel model;
        LibraryModel::Row soon = row(1, QStringLiteral("Zulu"));
        soon.show.upcomingSeason = 2;
        soon.release =
            ReleaseWindow{QDate(2027, 1, 1), QDate(2027, 3, 31), DatePrecision::Quarter, {}};
        LibraryModel::Row later = row(2, QStringLiteral("Alpha"));
        later.show.upcomingSeason = 3;
        later.release =
            ReleaseWindow{QDate(2027, 7, 1), QDate(2027, 12, 31), DatePrecision::PartOfYear, {}};
        LibraryModel::Row unknown = row(3, QStringLiteral("Mike"));
        unknown.show.upcomingSeason = 2;                          // awaited, no window known
        LibraryModel::Row done = row(4, QStringLiteral("Bravo")); // nothing awaited
        model.apply({soon, later, unknown, done});

        LibraryFilter filter;
        filter.setSourceModel(&model);
        auto order = [&] {
            QList<qint64> out;
            for (int i = 0; i < filter.rowCount(); ++i)
                out << filter.showIdAt(i);
            return out;
        };
        QCOMPARE(order(), (QList<qint64>{2, 4, 3, 1})); // by title
        filter.setSortKey(LibraryFilter::ByRelease);
        QCOMPARE(order(), (QList<qint64>{1, 2, 3, 4})); // soonest first, unknown last
        filter.setUpcomingOnly(true);
        QCOMPARE(order(), (QList<qint64>{1, 2, 3}));
        filter.setText(QStringLiteral("ALP"));
        QCOMPARE(order(), (QList<qint64>{2}));
        QCOMPARE(filter.count(), 1);
    }

    void readsEveryShowOfARealLedger()
    {
        TestDatabase t;
        FeedError error;
        QVERIFY(DefaultFeed::import(t.db(), &error));
        LibraryModel model;
        QString loadError;
        QVERIFY2(model.reload(t.db(), QDate(2026, 12, 1), &loadError), qPrintable(loadError));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex show = model.index(0);
        QCOMPARE(show.data(LibraryModel::TitleRole).toString(),
                 QStringLiteral("All of Us Are Dead"));
        QCOMPARE(show.data(LibraryModel::UpcomingSeasonRole).toInt(), 2);
        // The same best window the show page shows.
        QCOMPARE(show.data(LibraryModel::ReleaseLabelRole).toString(),
                 QStringLiteral("late 2026 – early 2027"));
        QCOMPARE(show.data(LibraryModel::InitialsRole).toString(), QStringLiteral("AU"));
        QVERIFY(show.data(LibraryModel::LastChangeRole).toDateTime().isValid());
    }
};

QTEST_GUILESS_MAIN(LibraryModelTest)
#include "tst_librarymodel.moc"
