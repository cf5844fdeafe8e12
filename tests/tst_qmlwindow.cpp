#include "feeds/season/defaultfeed.h"
#include "models/feedscontroller.h"
#include "models/showoverview.h"
#include "shell/windowloader.h"
#include "storage/ledgerqueries.h"
#include "support/testdatabase.h"

#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtTest>

namespace {

QStringList g_messages;
QtMessageHandler g_previous = nullptr;

// Any warning while loading QML is a bug: a broken binding works in one case and not another.
void collectMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_messages << message;
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

class QmlWindowTest : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        g_messages.clear();
        g_previous = qInstallMessageHandler(collectMessages);
    }

    void cleanup() { qInstallMessageHandler(g_previous); }

    void showsTheEmbeddedShow()
    {
        TestDatabase t;
        FeedError error;
        QVERIFY(DefaultFeed::import(t.db(), &error));
        ShowOverview overview;
        QString loadError;
        QVERIFY(overview.load(t.db(), LedgerQueries(t.db()).shows().first().id, &loadError));

        FeedsController feeds(t.db(), t.path());
        QQmlApplicationEngine engine;
        QVERIFY(MainWindow::load(engine, &overview, &feeds, QString()));
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));

        auto *title = window->findChild<QQuickItem *>(QStringLiteral("showTitle"));
        QVERIFY(title);
        QCOMPARE(title->property("text").toString(), QStringLiteral("All of Us Are Dead"));
        auto *release = window->findChild<QQuickItem *>(QStringLiteral("releaseLabel"));
        QVERIFY(release);
        QCOMPARE(release->property("text").toString(), QStringLiteral("late 2026 – early 2027"));
        QVERIFY(release->isVisible());
        auto *source = window->findChild<QQuickItem *>(QStringLiteral("releaseSource"));
        QVERIFY(source->property("text").toString().contains(QStringLiteral("Moneycontrol")));
        auto *cast = window->findChild<QQuickItem *>(QStringLiteral("castList"));
        QCOMPARE(cast->property("count").toInt(), 13);
        auto *episodes = window->findChild<QQuickItem *>(QStringLiteral("episodeList"));
        QCOMPARE(episodes->property("count").toInt(), 12);
        QCOMPARE(window->title(), QStringLiteral("All of Us Are Dead · Cliffhanger"));

        const QImage frame = window->grabWindow();
        QVERIFY(!frame.isNull());
        QCOMPARE(frame.pixelColor(frame.width() / 2, 3), QColor(QStringLiteral("#f4f1ec")));
        if (qEnvironmentVariableIsSet("CLIFFHANGER_SCREENSHOT"))
            frame.save(qEnvironmentVariable("CLIFFHANGER_SCREENSHOT"));
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
    }

    void feedsPageListsAndValidates()
    {
        TestDatabase t;
        FeedError error;
        QVERIFY(DefaultFeed::import(t.db(), &error));
        ShowOverview overview;
        FeedsController feeds(t.db(), t.path());
        QQmlApplicationEngine engine;
        QVERIFY(MainWindow::load(engine, &overview, &feeds, QString()));
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(QTest::qWaitForWindowExposed(window));

        QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier); // the Feeds tab, by keyboard
        auto *list = window->findChild<QQuickItem *>(QStringLiteral("feedList"));
        QVERIFY(list);
        QTRY_VERIFY(list->isVisible());
        QCOMPARE(list->property("count").toInt(), 1);

        auto *field = window->findChild<QQuickItem *>(QStringLiteral("feedUrlField"));
        auto *add = window->findChild<QQuickItem *>(QStringLiteral("addFeedButton"));
        auto *hint = window->findChild<QQuickItem *>(QStringLiteral("urlError"));
        QVERIFY(field && add && hint);
        field->setProperty("text", QStringLiteral("ftp://example.com/feed.xml"));
        QVERIFY(!add->property("enabled").toBool());
        QVERIFY(
            hint->property("text").toString().contains(QStringLiteral("https, http, file or qrc")));
        field->setProperty("text", QStringLiteral("https://example.com/feed.xml"));
        QVERIFY(add->property("enabled").toBool());
        QCOMPARE(hint->property("text").toString(), QString());
        if (qEnvironmentVariableIsSet("CLIFFHANGER_FEEDS_SCREENSHOT"))
            window->grabWindow().save(qEnvironmentVariable("CLIFFHANGER_FEEDS_SCREENSHOT"));
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
    }

    void claimsPageReviewsThroughTheWriter()
    {
        TestDatabase t;
        FeedError error;
        QVERIFY(DefaultFeed::import(t.db(), &error));
        ShowOverview overview;
        QString loadError;
        const qint64 showId = LedgerQueries(t.db()).shows().first().id;
        QVERIFY(overview.load(t.db(), showId, &loadError));
        FeedsController feeds(t.db(), t.path());
        QObject::connect(&feeds, &FeedsController::ledgerChanged, &overview, [&] {
            QString ignored;
            overview.load(t.db(), showId, &ignored);
        });
        feeds.start();
        QQmlApplicationEngine engine;
        QVERIFY(MainWindow::load(engine, &overview, &feeds, QString()));
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
        auto *list = window->findChild<QQuickItem *>(QStringLiteral("claimList"));
        QVERIFY(list);
        QTRY_VERIFY(list->isVisible());
        QVERIFY(list->property("count").toInt() > 30);
        if (qEnvironmentVariableIsSet("CLIFFHANGER_CLAIMS_SCREENSHOT"))
            window->grabWindow().save(qEnvironmentVariable("CLIFFHANGER_CLAIMS_SCREENSHOT"));

        // Dismissing S4's window (the current outlook) moves the outlook to the next best claim.
        QCOMPARE(overview.releaseLabel(), QStringLiteral("late 2026 – early 2027"));
        ClaimFilter filter;
        filter.kind = ClaimKind::ReleaseWindow;
        filter.season = 2;
        qint64 s4 = 0;
        for (const ClaimRecord &r : LedgerQueries(t.db()).claims(filter))
            if (r.source.publisher == QLatin1String("Moneycontrol"))
                s4 = r.id;
        QVERIFY(s4 > 0);
        feeds.reviewClaim(s4, QStringLiteral("dismiss"));
        QTRY_COMPARE_WITH_TIMEOUT(overview.releaseLabel(), QStringLiteral("early 2024"), 10000);
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
    }

    void showsTheErrorScreen()
    {
        ShowOverview overview;
        QQmlApplicationEngine engine;
        QVERIFY(
            MainWindow::load(engine, &overview, nullptr,
                             QStringLiteral("The database was written by a newer Cliffhanger.")));
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *page = window->findChild<QQuickItem *>(QStringLiteral("errorPage"));
        QVERIFY(page);
        QVERIFY(page->isVisible());
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(QmlWindowTest)
#include "tst_qmlwindow.moc"
