#include "models/pagereader.h"
#include "pipeline/appwriter.h"
#include "shell/appcomposition.h"
#include "storage/database.h"
#include "storage/ledgerqueries.h"
#include "support/cliprocess.h"
#include "support/loopbackserver.h"
#include "support/rssbuilder.h"
#include "support/testdatabase.h"
#include "support/windowsession.h"

#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTranslator>

#include <QAccessible>
#include <QCloseEvent>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtTest>

#include <atomic>

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

QQuickItem *findItem(QQuickWindow *window, const char *name)
{
    return window->findChild<QQuickItem *>(QString::fromLatin1(name));
}

// The page the window's loader holds now.
QObject *currentPage(QQuickWindow *window)
{
    return Session::currentPage(window);
}

// Every visible text in the scene: what a user (or a screen reader) could read.
void collectTexts(QQuickItem *item, QStringList *out)
{
    if (!item->isVisible())
        return;
    const QVariant text = item->property("text");
    if (text.isValid() && !text.toString().isEmpty())
        *out << text.toString();
    for (QQuickItem *child : item->childItems())
        collectTexts(child, out);
}

// The first visible item called `name` in the visual tree (a view's delegates have no QObject
// parent, so findChild does not reach them).
QQuickItem *visibleItemNamed(QQuickItem *item, const char *name)
{
    if (!item->isVisible())
        return nullptr;
    if (item->objectName() == QLatin1String(name))
        return item;
    for (QQuickItem *child : item->childItems())
        if (QQuickItem *found = visibleItemNamed(child, name))
            return found;
    return nullptr;
}

QStringList sceneTexts(QQuickWindow *window)
{
    QStringList texts;
    collectTexts(window->contentItem(), &texts);
    return texts;
}

// QTest::keyClicks exists for widgets only; a window gets one key event per character.
void typeText(QQuickWindow *window, const char *text)
{
    for (const char *c = text; *c; ++c)
        QTest::keyClick(window, *c);
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            seen.insert(image.pixel(x, y));
    return int(seen.size());
}

double meanLightness(const QImage &image)
{
    double sum = 0;
    int n = 0;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5, ++n)
            sum += image.pixelColor(x, y).lightnessF();
    return n ? sum / n : 0;
}

// Adds the feed at `url` to the database file and syncs it, with the CLI, before the window
// opens on it.
bool addAndSync(const QString &db, const QString &url)
{
    return runCli({QStringLiteral("feeds"), QStringLiteral("add"), url, QStringLiteral("--db"), db})
                   .exitCode == 0 &&
           runCli({QStringLiteral("sync"), QStringLiteral("--all"), QStringLiteral("--db"), db})
                   .exitCode == 0;
}

// Opens the show page's Claims tab by keyboard, as a reader would.
QQuickItem *openClaimsTab(QQuickWindow *window)
{
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
    if (!QTest::qWaitFor([&] { return window->property("currentPage") == QStringLiteral("show"); }))
        return nullptr;
    currentPage(window)->setProperty("currentTab", 3);
    QQuickItem *list = nullptr;
    if (!QTest::qWaitFor(
            [&] { return (list = findItem(window, "claimList")) && list->isVisible(); }))
        return nullptr;
    return list;
}

// The claim ids a model holds, in its order.
QList<qint64> claimIds(const QAbstractItemModel &model)
{
    const int role = model.roleNames().key("claimId");
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(role).toLongLong();
    return ids;
}

// The claim ids of `claims` whose stored names match each of `wanted` (role → name).
QList<qint64> claimIdsWhere(const QAbstractItemModel &claims, const QVariantMap &wanted)
{
    const QHash<int, QByteArray> roles = claims.roleNames();
    QList<qint64> ids;
    for (int row = 0; row < claims.rowCount(); ++row) {
        const QModelIndex i = claims.index(row, 0);
        bool all = true;
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
            all = all && i.data(roles.key(it.key().toUtf8())) == it.value();
        if (all)
            ids << i.data(roles.key("claimId")).toLongLong();
    }
    return ids;
}

// Chooses `value` in a filter menu by keyboard: focus, then Down until it is the current one.
bool chooseByKeyboard(QQuickWindow *window, QQuickItem *menu, const QVariantList &choices,
                      const QString &value)
{
    menu->forceActiveFocus(Qt::TabFocusReason);
    int target = -1;
    for (int i = 0; i < choices.size(); ++i)
        if (choices.at(i).toMap().value(QStringLiteral("value")) == value)
            target = i;
    if (target < 0 || !menu->hasActiveFocus())
        return false;
    while (menu->property("currentIndex").toInt() > target)
        QTest::keyClick(window, Qt::Key_Up);
    while (menu->property("currentIndex").toInt() < target)
        QTest::keyClick(window, Qt::Key_Down);
    return true;
}

// The visible delegates of a list view (those with a claimId), each one's `property`.
QStringList delegateValues(QQuickItem *list, const char *property)
{
    QStringList out;
    const auto content = list->property("contentItem").value<QQuickItem *>();
    for (QQuickItem *row : content->childItems())
        if (row->isVisible() && row->property("claimId").isValid())
            out << row->property(property).toString();
    return out;
}

} // namespace

class QmlWindowTest : public QObject {
    Q_OBJECT

    QTranslator m_plurals;

private slots:
    void initTestCase()
    {
        // The English plural forms the app loads ("1 show", "2 articles"), from its build.
        const QString qm = QFileInfo(QStringLiteral(CLIFFHANGER_BINARY))
                               .dir()
                               .filePath(QStringLiteral("cliffhanger_en.qm"));
        QVERIFY2(m_plurals.load(qm), qPrintable(qm));
        QCoreApplication::installTranslator(&m_plurals);
    }

    void init()
    {
        g_messages.clear();
        g_previous = qInstallMessageHandler(collectMessages);
    }

    void cleanup() { qInstallMessageHandler(g_previous); }

    void ctrlQQuits()
    {
        // The quit key, now written as a string rather than StandardKey.Quit.
        Session session;
        QVERIFY(session.open());
        QSignalSpy quit(&session.engine, &QQmlEngine::quit);
        QTest::keyClick(session.window, Qt::Key_Q, Qt::ControlModifier);
        QCOMPARE(quit.count(), 1);
    }

    void opensOnHomeAndReachesTheShowByKeyboard()
    {
        Session session;
        QVERIFY(session.open());
        QTRY_VERIFY_WITH_TIMEOUT(session.composition->isReady(), 30000); // a loaded CI machine
        QQuickWindow *window = session.window;
        QCOMPARE(window->property("currentPage").toString(), QStringLiteral("home"));

        // Home lists the embedded show's awaited season with its best window.
        auto *coming = findItem(window, "comingUpList");
        QVERIFY(coming);
        QTRY_COMPARE(coming->property("count").toInt(), 1);
        QTRY_VERIFY(sceneTexts(window).contains(QStringLiteral("late 2026 – early 2027")));
        auto *recent = findItem(window, "recentChangesList");
        QVERIFY(recent && recent->property("count").toInt() > 0);

        // Enter on the focused row opens the show; Esc goes back to Home.
        QTRY_VERIFY(coming->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_COMPARE(window->property("currentPage").toString(), QStringLiteral("show"));
        auto *title = findItem(window, "showTitle");
        QVERIFY(title);
        QCOMPARE(title->property("text").toString(), QStringLiteral("All of Us Are Dead"));
        auto *release = findItem(window, "releaseLabel");
        QVERIFY(release);
        QCOMPARE(release->property("text").toString(), QStringLiteral("late 2026 – early 2027"));
        auto *source = findItem(window, "releaseSource");
        QVERIFY(source->property("text").toString().contains(QStringLiteral("Moneycontrol")));
        QVERIFY(findItem(window, "driftChart"));
        QCOMPARE(window->title(), QStringLiteral("All of Us Are Dead · Cliffhanger"));

        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_COMPARE(window->property("currentPage").toString(), QStringLiteral("home"));
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
    }

    void showTabsLoadOnlyWhenShown()
    {
        Session session;
        QVERIFY(session.open());
        QTRY_VERIFY_WITH_TIMEOUT(session.composition->isReady(), 30000); // a loaded CI machine
        QQuickWindow *window = session.window;
        QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(window->property("currentPage").toString(), QStringLiteral("show"));
        QObject *page = currentPage(window);
        QVERIFY(page);
        QVERIFY(!findItem(window, "castBoard")); // not loaded until its tab is shown
        page->setProperty("currentTab", 1);
        auto *cast = findItem(window, "castBoard");
        QVERIFY(cast);
        QCOMPARE(cast->property("count").toInt(), 13);
        const QStringList castTexts = sceneTexts(window);
        for (const char *group : {"Confirmed", "Expected", "Rumoured", "Not reported"})
            QVERIFY2(castTexts.contains(QString::fromLatin1(group)), group);
        page->setProperty("currentTab", 2);
        QTRY_VERIFY(!findItem(window, "castBoard")); // the old tab is deleted, not hidden
        auto *episodes = findItem(window, "episodeList");
        QVERIFY(episodes);
        QCOMPARE(episodes->property("count").toInt(), 12); // season 1; season 2 has none yet
        page->setProperty("currentTab", 4);
        QVERIFY(findItem(window, "newsList"));
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
    }

    void librarySearchesAsYouType()
    {
        Session session;
        QVERIFY(session.open());
        QTRY_VERIFY_WITH_TIMEOUT(session.composition->isReady(), 30000); // a loaded CI machine
        QQuickWindow *window = session.window;
        QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier); // Find: the Library's field
        QTRY_COMPARE(window->property("currentPage").toString(), QStringLiteral("library"));
        auto *field = findItem(window, "librarySearch");
        auto *list = findItem(window, "libraryList");
        QVERIFY(field && list);
        QTRY_VERIFY(field->hasActiveFocus());
        QCOMPARE(list->property("count").toInt(), 1);
        typeText(window, "zombie school");
        QCOMPARE(list->property("count").toInt(), 0);
        // The view drops the filtered row's delegate at its next layout.
        QTRY_VERIFY2(
            sceneTexts(window).contains(QStringLiteral("No show matches “zombie school”.")),
            qPrintable(sceneTexts(window).join(QLatin1String(" | "))));
        field->setProperty("text", QString());
        typeText(window, "ALL of us");
        QCOMPARE(list->property("count").toInt(), 1);
        // Accents and case are ignored; the Korean title matches too.
        field->setProperty("text", QStringLiteral("지금 우리"));
        QCOMPARE(list->property("count").toInt(), 1);
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_COMPARE(window->property("currentPage").toString(), QStringLiteral("show"));
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
    }

    void addsAShowByNameFromALoopbackTvmaze()
    {
        // A server that answers like TVmaze: a search, the show with its episodes, its seasons.
        LoopbackServer server;
        QVERIFY(server.listen());
        const QByteArray show = readFixture(QStringLiteral("tvmaze/lantern-show.json"));
        server.route(QStringLiteral("/api/search/shows"),
                     LoopbackResponse::ok(readFixture(QStringLiteral("tvmaze/search-lantern.json")),
                                          "application/json"));
        server.route(QStringLiteral("/api/shows/90001"),
                     LoopbackResponse::ok(show, "application/json"));
        server.route(
            QStringLiteral("/api/shows/90001/seasons"),
            LoopbackResponse::ok(readFixture(QStringLiteral("tvmaze/lantern-seasons.json")),
                                 "application/json"));
        Session session(QStringLiteral("addshow.sqlite"), false,
                        server.url(QStringLiteral("/api")));
        QVERIFY(session.open());
        QTRY_VERIFY_WITH_TIMEOUT(session.composition->isReady(), 30000); // a loaded CI machine
        QQuickWindow *window = session.window;
        QCOMPARE(session.composition->showCount(), 1);

        QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier); // Add show, by keyboard
        auto *field = findItem(window, "addShowField");
        QVERIFY(field);
        QTRY_VERIFY(field->hasActiveFocus());
        typeText(window, "lantern");
        QTest::keyClick(window, Qt::Key_Return);
        auto *results = findItem(window, "addShowResults");
        QTRY_COMPARE_WITH_TIMEOUT(results->property("count").toInt(), 3, 10000);
        QVERIFY(sceneTexts(window).contains(QStringLiteral("The Lantern Keepers")));
        QVERIFY(sceneTexts(window).contains(
            QStringLiteral("Search results and show data from TVmaze.com (CC BY-SA 4.0)")));

        // Down into the matches, down again to the one the server has (id 90001), Enter adds it:
        // its feeds are created and synced.
        RowListModel *matches = session.composition->addShow()->results();
        int lantern = -1;
        for (int i = 0; i < matches->rowCount(); ++i)
            if (matches->get(i).value(QStringLiteral("tvmazeId")).toLongLong() == 90001)
                lantern = i;
        QVERIFY(lantern >= 0);
        QTest::keyClick(window, Qt::Key_Down);
        QTRY_VERIFY(results->hasActiveFocus());
        for (int i = 0; i < lantern; ++i)
            QTest::keyClick(window, Qt::Key_Down);
        QCOMPARE(results->property("currentIndex").toInt(), lantern);
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(session.composition->showCount() == 2,
                                  qPrintable(session.composition->addShow()->message()), 20000);
        auto *message = findItem(window, "addShowMessage");
        QTRY_VERIFY(
            message->property("text").toString().contains(QStringLiteral("The Lantern Keepers")));
        QVERIFY(!session.composition->addShow()->failed());
        // Adding it again is refused and says so; the library still has two shows.
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!session.composition->addShow()->adding(), 20000);
        QCOMPARE(session.composition->showCount(), 2);
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
    }

    void followsAShowFromItsPage()
    {
        Session session;
        QVERIFY(session.open());
        QTRY_VERIFY_WITH_TIMEOUT(session.composition->isReady(), 30000); // a loaded CI machine
        QQuickWindow *window = session.window;
        QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
        auto *follow = findItem(window, "followButton");
        QVERIFY(follow);
        QCOMPARE(follow->property("text").toString(), QStringLiteral("Follow"));
        const auto clickFollow = [&] {
            QTest::mouseClick(
                window, Qt::LeftButton, {},
                follow->mapToScene(QPointF(follow->width() / 2, follow->height() / 2)).toPoint());
        };
        clickFollow();
        // Through the writer: the page reloads from the database and says so.
        QTRY_VERIFY_WITH_TIMEOUT(session.composition->overview()->followed(), 10000);
        QTRY_COMPARE(follow->property("text").toString(), QStringLiteral("Following ✓"));
        LibraryModel *library = session.composition->libraryModel();
        QVERIFY(library->index(0).data(LibraryModel::FollowedRole).toBool());
        {
            QSqlQuery q(session.composition->reader()->connection());
            QVERIFY(
                q.exec(QStringLiteral("SELECT count(*) FROM watchlist WHERE season_number = 0")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        } // a live query would hold the reader's snapshot
        // And back, by keyboard this time (a second click this soon would be a double click).
        follow->forceActiveFocus();
        QVERIFY(follow->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(!session.composition->overview()->followed(), 10000);
        QVERIFY(!library->index(0).data(LibraryModel::FollowedRole).toBool());
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
    }

    void homeListsTheRemindersTheAppDelivered()
    {
        // A followed season with a known release day, and a clock on that day in Berlin: the app
        // starts after the reminder fell due, delivers it (catch-up) and lists it.
        Session session(QStringLiteral("reminders.sqlite"));
        const QString db = session.dir.filePath(QStringLiteral("reminders.sqlite"));
        const QString feed = QStringLiteral(CLIFFHANGER_FIXTURES "/watch/hollow-tide.json");
        for (const QStringList &command :
             {QStringList{QStringLiteral("feeds"), QStringLiteral("add"), feed},
              QStringList{QStringLiteral("sync"), QStringLiteral("--all")},
              QStringList{QStringLiteral("watch"), QStringLiteral("add"),
                          QStringLiteral("Hollow Tide"), QStringLiteral("--season"),
                          QStringLiteral("2")}})
            QCOMPARE(runCli(command + QStringList{QStringLiteral("--db"), db}).exitCode, 0);
        session.settings.zone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
        session.settings.clock = [] {
            return QDateTime(QDate(2031, 10, 16), QTime(12, 0), Qt::UTC);
        };
        session.build();
        QSignalSpy checked(session.composition->reminderEngine(), &ReminderEngine::checked);
        QVERIFY(session.open());
        QTRY_VERIFY_WITH_TIMEOUT(session.composition->isReady(), 30000); // a loaded CI machine
        // The check may have run while waiting for ready: count it, do not wait for another.
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 30000);
        QCOMPARE(checked.first().at(0).toInt(), 1);
        RowListModel *reminders = session.composition->reminders();
        QTRY_COMPARE(reminders->rowCount(), 1);
        QCOMPARE(reminders->get(0).value(QStringLiteral("kind")).toString(),
                 QStringLiteral("release_day"));
        QTRY_VERIFY(reminders->get(0).value(QStringLiteral("delivered")).toBool());
        const QString title = reminders->get(0).value(QStringLiteral("title")).toString();
        QTRY_VERIFY2(sceneTexts(session.window).contains(title), qPrintable(title));
        // Delivered once, by the app: the CLI no longer finds it due.
        const CliResult due = runCli({QStringLiteral("reminders"), QStringLiteral("--at"),
                                      QStringLiteral("2031-10-16T12:00:00Z"),
                                      QStringLiteral("--json"), QStringLiteral("--db"), db});
        QCOMPARE(due.json().object().value(QStringLiteral("due")).toArray().size(), 0);
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
    }

    void episodesTabMarksWatchedThroughTheWriter()
    {
        Session session(QStringLiteral("episodes.sqlite"));
        const QString db = session.dir.filePath(QStringLiteral("episodes.sqlite"));
        const QString feed = QStringLiteral(CLIFFHANGER_FIXTURES "/watch/hollow-tide.json");
        for (const QStringList &command :
             {QStringList{QStringLiteral("feeds"), QStringLiteral("add"), feed},
              QStringList{QStringLiteral("sync"), QStringLiteral("--all")}})
            QCOMPARE(runCli(command + QStringList{QStringLiteral("--db"), db}).exitCode, 0);
        QVERIFY(session.open());
        QTRY_VERIFY_WITH_TIMEOUT(session.composition->isReady(), 30000);
        QVERIFY(session.composition->openShowNamed(QStringLiteral("Hollow Tide")));
        ShowOverview *overview = session.composition->overview();
        const qint64 showId = overview->showId();
        QCOMPARE(overview->nextUnwatched(), QStringLiteral("Next: S1 E1 · Low Water"));
        session.window->setProperty("currentPage", QStringLiteral("show"));
        QTRY_VERIFY(currentPage(session.window));
        currentPage(session.window)->setProperty("currentTab", 2);
        QTRY_VERIFY(
            sceneTexts(session.window).contains(QStringLiteral("Season 1 · 0 of 3 watched")));
        auto watchedOf = [&](int number) {
            RowListModel *rows = overview->allEpisodes();
            for (int i = 0; i < rows->rowCount(); ++i)
                if (rows->get(i).value(QStringLiteral("season")).toInt() == 1 &&
                    rows->get(i).value(QStringLiteral("number")).toInt() == number)
                    return rows->get(i).value(QStringLiteral("watched")).toBool();
            return false;
        };
        // "Up to here" on episode 2.
        session.composition->setWatched(showId, 1, 2, true, true);
        QTRY_COMPARE_WITH_TIMEOUT(overview->nextUnwatched(),
                                  QStringLiteral("Next: S1 E3 · Salt Lines"), 10000);
        QVERIFY(watchedOf(1));
        QVERIFY(watchedOf(2));
        QVERIFY(!watchedOf(3));
        QTRY_VERIFY(
            sceneTexts(session.window).contains(QStringLiteral("Next: S1 E3 · Salt Lines")));
        QTRY_VERIFY(
            sceneTexts(session.window).contains(QStringLiteral("Season 1 · 2 of 3 watched")));
        // One episode: the last; nothing regular is left (season 2 lists no episodes yet).
        session.composition->setWatched(showId, 1, 3, false, true);
        QTRY_VERIFY_WITH_TIMEOUT(overview->nextUnwatched().isEmpty(), 10000);
        // One episode unwatched, then the whole season.
        session.composition->setWatched(showId, 1, 2, false, false);
        QTRY_COMPARE_WITH_TIMEOUT(overview->nextUnwatched(),
                                  QStringLiteral("Next: S1 E2 · The Keeper's Log"), 10000);
        session.composition->setWatched(showId, 1, 0, false, false);
        QTRY_COMPARE_WITH_TIMEOUT(overview->nextUnwatched(),
                                  QStringLiteral("Next: S1 E1 · Low Water"), 10000);
        QVERIFY(!watchedOf(1) && !watchedOf(3));
        session.composition->setWatched(showId, 1, 0, false, true);
        QTRY_VERIFY_WITH_TIMEOUT(watchedOf(3), 10000);
        // The CLI reads the same marks from the database.
        const CliResult cli =
            runCli({QStringLiteral("watched"), QStringLiteral("Hollow Tide"),
                    QStringLiteral("--season"), QStringLiteral("1"), QStringLiteral("--episode"),
                    QStringLiteral("1"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        QCOMPARE(cli.json().object().value(QStringLiteral("watched")).toInt(), 3);
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
    }

    void libraryRowsHaveAFollowButton()
    {
        Session session;
        QVERIFY(session.open());
        QTRY_VERIFY_WITH_TIMEOUT(session.composition->isReady(), 30000);
        QTest::keyClick(session.window, Qt::Key_2, Qt::ControlModifier);
        QQuickItem *follow = nullptr;
        QTRY_VERIFY((follow = visibleItemNamed(session.window->contentItem(), "rowFollowButton")));
        QCOMPARE(follow->property("text").toString(), QStringLiteral("Follow"));
        QTest::mouseClick(
            session.window, Qt::LeftButton, {},
            follow->mapToScene(QPointF(follow->width() / 2, follow->height() / 2)).toPoint());
        // The row the button is on, and its show in the model.
        QQuickItem *row = follow;
        while (row && !row->property("showId").isValid())
            row = row->parentItem();
        QVERIFY(row);
        LibraryModel *library = session.composition->libraryModel();
        const int index = library->rowOfShow(row->property("showId").toLongLong());
        QVERIFY(index >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(library->index(index).data(LibraryModel::FollowedRole).toBool(),
                                 10000);
        QTRY_COMPARE(follow->property("text").toString(), QStringLiteral("Following ✓"));
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
    }

    void removingAFeedSaysWhatGoesAndAsksFirst()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/news.xml"),
                     LoopbackResponse::ok(buildRss({rssItem(1), rssItem(2)})));
        Session session(QStringLiteral("remove.sqlite"));
        const QString db = session.dir.filePath(QStringLiteral("remove.sqlite"));
        const QString url = server.url(QStringLiteral("/news.xml")).toString();
        QVERIFY(addAndSync(db, url));
        QVERIFY(session.open());
        QTRY_VERIFY_WITH_TIMEOUT(session.composition->isReady(), 30000); // a loaded CI machine
        QQuickWindow *window = session.window;
        QTest::keyClick(window, Qt::Key_4, Qt::ControlModifier);
        auto *list = findItem(window, "feedList");
        QVERIFY(list);
        QTRY_COMPARE(list->property("count").toInt(), 2);
        QQuickItem *remove = nullptr; // the view creates its rows at its next layout
        QTRY_VERIFY((remove = visibleItemNamed(window->contentItem(), "removeFeedButton")));
        auto *dialog = window->findChild<QObject *>(QStringLiteral("confirmRemoveFeed"));
        QVERIFY(dialog);
        const auto click = [&](QQuickItem *item) {
            QTest::mouseClick(
                window, Qt::LeftButton, {},
                item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint());
        };
        click(remove);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QCOMPARE(dialog->property("impact").toString(),
                 QStringLiteral("Its 2 stored articles will be deleted. 0 claims from them stay "
                                "in the ledger, marked “feed removed”."));
        // Cancel keeps it.
        QVERIFY(QMetaObject::invokeMethod(dialog, "reject"));
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QCOMPARE(list->property("count").toInt(), 2);
        // OK removes it, through the writer.
        click(remove);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QVERIFY(QMetaObject::invokeMethod(dialog, "accept"));
        QTRY_COMPARE_WITH_TIMEOUT(list->property("count").toInt(), 1, 10000);
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
    }

    void delOnAFeedAsksToRemoveIt()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/news.xml"), LoopbackResponse::ok(buildRss({rssItem(1)})));
        Session session(QStringLiteral("del.sqlite"));
        const QString db = session.dir.filePath(QStringLiteral("del.sqlite"));
        QCOMPARE(
            runCli({QStringLiteral("feeds"), QStringLiteral("add"),
                    server.url(QStringLiteral("/news.xml")).toString(), QStringLiteral("--db"), db})
                .exitCode,
            0);
        QVERIFY(session.open());
        QTRY_VERIFY_WITH_TIMEOUT(session.composition->isReady(), 30000); // a loaded CI machine
        QQuickWindow *window = session.window;
        QTest::keyClick(window, Qt::Key_4, Qt::ControlModifier);
        auto *list = findItem(window, "feedList");
        auto *dialog = window->findChild<QObject *>(QStringLiteral("confirmRemoveFeed"));
        QVERIFY(list && dialog);
        QTRY_COMPARE(list->property("count").toInt(), 2);
        // The added feed's row (the built-in one cannot be removed).
        const QAbstractItemModel &feeds = *session.composition->feeds()->feeds();
        int row = -1;
        for (int r = 0; r < feeds.rowCount(); ++r)
            if (!feeds.index(r, 0).data(FeedListModel::BuiltinRole).toBool())
                row = r;
        QVERIFY(row >= 0);
        list->forceActiveFocus(Qt::TabFocusReason);
        QTRY_VERIFY(list->hasActiveFocus());
        while (list->property("currentIndex").toInt() < row)
            QTest::keyClick(window, Qt::Key_Down);
        while (list->property("currentIndex").toInt() > row)
            QTest::keyClick(window, Qt::Key_Up);

        // Esc keeps it, and stays on the page.
        QTest::keyClick(window, Qt::Key_Delete);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QCOMPARE(dialog->property("feedId").toLongLong(),
                 feeds.index(row, 0).data(FeedListModel::IdRole).toLongLong());
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QCOMPARE(window->property("currentPage").toString(), QStringLiteral("feeds"));
        QCOMPARE(list->property("count").toInt(), 2);

        // Del again, then OK: removed through the writer.
        QTRY_VERIFY(list->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_Delete);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QVERIFY(QMetaObject::invokeMethod(dialog, "accept"));
        QTRY_COMPARE_WITH_TIMEOUT(list->property("count").toInt(), 1, 10000);
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
    }

    void theRailShowsTheAppIcon()
    {
        Session session;
        QVERIFY(session.open());
        auto *icon = findItem(session.window, "railIcon");
        QVERIFY(icon);
        // Loaded (Image.Ready), drawn at the size it is shown, not scaled from another size.
        QTRY_COMPARE(icon->property("status").toInt(), 1);
        QCOMPARE(icon->property("sourceSize").toSize(), icon->size().toSize());
        QVERIFY(icon->width() > 0 && icon->isVisible());
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
    }

    // The window icon's PNGs are decoded after the first frame, not before it; then the icon
    // has every size the desktop may ask for.
    void theWindowIconFollowsTheFirstFrame()
    {
        QGuiApplication::setWindowIcon(QIcon());
        Session session;
        session.build();
        QVERIFY(session.composition->loadWindow(session.engine));
        auto *window = qobject_cast<QQuickWindow *>(session.engine.rootObjects().constFirst());
        QVERIFY(window);
        QVERIFY(QGuiApplication::windowIcon().isNull());
        QSignalSpy swapped(window, &QQuickWindow::frameSwapped);
        QVERIFY(swapped.wait(20000));
        QTRY_VERIFY(!QGuiApplication::windowIcon().isNull());
        const QList<QSize> sizes = QGuiApplication::windowIcon().availableSizes();
        for (int side : {48, 128, 256})
            QVERIFY2(sizes.contains(QSize(side, side)), qPrintable(QString::number(side)));
    }

    void everyPageRendersInBothThemes_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<int>("tab");
        QTest::addColumn<QString>("expected"); // a text the page must show
        QTest::newRow("home") << "home" << -1 << "Coming up";
        QTest::newRow("library") << "library" << -1 << "Library";
        QTest::newRow("overview") << "show" << 0 << "late 2026 – early 2027";
        QTest::newRow("cast") << "show" << 1 << "Park Ji-hu";
        QTest::newRow("episodes") << "show" << 2 << "Season 1 · 0 of 12 watched";
        QTest::newRow("claims") << "show" << 3 << "Claims about season 2";
        QTest::newRow("news") << "show" << 4 << "News";
        QTest::newRow("feeds") << "feeds" << -1 << "Feeds";
        QTest::newRow("settings") << "settings" << -1 << "Theme";
    }

    void everyPageRendersInBothThemes()
    {
        QFETCH(QString, page);
        QFETCH(int, tab);
        QFETCH(QString, expected);
        Session session;
        QVERIFY(session.open());
        QTRY_VERIFY_WITH_TIMEOUT(session.composition->isReady(), 30000); // a loaded CI machine
        QQuickWindow *window = session.window;
        window->setProperty("currentPage", page);
        if (tab >= 0)
            currentPage(window)->setProperty("currentTab", tab);
        double lightness[2] = {0, 0};
        for (const bool dark : {false, true}) {
            session.composition->appearance()->overrideChoice(dark ? QStringLiteral("dark")
                                                                   : QStringLiteral("light"));
            const QImage frame = window->grabWindow();
            QVERIFY(!frame.isNull());
            QCOMPARE(frame.size(), window->size() * window->devicePixelRatio());
            QVERIFY2(distinctColours(frame) > 8, "the page is blank");
            lightness[dark] = meanLightness(frame);
        }
        // The dark theme is dark, the light one light (the page's mean lightness, 0..1).
        QVERIFY2(lightness[0] > 0.7, qPrintable(QString::number(lightness[0])));
        QVERIFY2(lightness[1] < 0.3, qPrintable(QString::number(lightness[1])));
        const QStringList texts = sceneTexts(window);
        QVERIFY2(texts.contains(expected), qPrintable(texts.join(QLatin1String(" | "))));
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
    }

    // The Settings page's reminder controls write through the app's writer: what they set is
    // what `cliffhanger reminders rules` reports next, and the export writes a calendar.
    void settingsPageSetsTheReminderRules()
    {
        QAccessible::setActive(true); // controls name themselves only when a screen reader asks
        Session session;
        QVERIFY(session.open());
        QTRY_VERIFY_WITH_TIMEOUT(session.composition->isReady(), 30000); // a loaded CI machine
        QQuickWindow *window = session.window;
        QTest::keyClick(window, Qt::Key_5, Qt::ControlModifier); // Settings, by keyboard
        ReminderSettingsController *rules = session.composition->reminderSettings();
        QSignalSpy saved(rules, &ReminderSettingsController::saved);
        // Each change is one save by the writer; counted, so one arriving early is not missed.
        int saves = 0;
        const auto savedOnce = [&saved, &saves] {
            ++saves;
            return QTest::qWaitFor([&] { return saved.count() >= saves; }, 10000) &&
                   saved.count() == saves;
        };
        const QString db = session.settings.databasePath;
        const auto reported = [&db] {
            return runCli({QStringLiteral("reminders"), QStringLiteral("rules"),
                           QStringLiteral("--json"), QStringLiteral("--db"), db})
                .json()
                .object();
        };
        QCOMPARE(reported().value(QStringLiteral("releaseDay")).toBool(), true);

        // Every control has a name a screen reader says and is reached by Tab.
        QQuickItem *pageItem = qobject_cast<QQuickItem *>(currentPage(window));
        QVERIFY(pageItem);
        int controls = 0;
        std::function<void(QQuickItem *)> visit = [&](QQuickItem *item) {
            // The controls themselves, not the text inputs inside a SpinBox.
            if (item->activeFocusOnTab() && item->isVisible() && item->inherits("QQuickControl")) {
                ++controls;
                QAccessibleInterface *a = QAccessible::queryAccessibleInterface(item);
                QString where = item->objectName();
                for (QQuickItem *p = item->parentItem(); p; p = p->parentItem())
                    where += QLatin1Char('<') + QString::fromLatin1(p->metaObject()->className()) +
                             p->objectName();
                QVERIFY2(a && !a->text(QAccessible::Name).isEmpty(), qPrintable(where));
            }
            for (QQuickItem *child : item->childItems())
                visit(child);
        };
        visit(pageItem);
        // The theme's three, the language, and the reminder and calendar controls enabled now.
        QVERIFY2(controls >= 14, qPrintable(QString::number(controls)));

        auto *releaseDay = findItem(window, "reminderReleaseDay");
        QVERIFY(releaseDay);
        releaseDay->forceActiveFocus();
        QVERIFY(releaseDay->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_Space);
        QVERIFY2(!releaseDay->property("checked").toBool(), "space did not toggle it");
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
        QVERIFY(savedOnce());
        QCOMPARE(reported().value(QStringLiteral("releaseDay")).toBool(), false);

        // Tab from the switch reaches the days field; typed days are saved on Enter.
        QTest::keyClick(window, Qt::Key_Tab);
        auto *days = findItem(window, "reminderDaysBefore");
        QVERIFY(days);
        QVERIFY(days->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
        typeText(window, "3, 14");
        QTest::keyClick(window, Qt::Key_Return);
        QVERIFY(savedOnce());
        QCOMPARE(reported().value(QStringLiteral("daysBefore")).toArray(), (QJsonArray{14, 3}));
        // A list that is none: said on the page, nothing saved, the field shows the stored days.
        QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
        typeText(window, "soon");
        QTest::keyClick(window, Qt::Key_Return);
        QVERIFY(rules->message().contains(QStringLiteral("soon")));
        QCOMPARE(days->property("text").toString(), QStringLiteral("14, 3"));
        QCOMPARE(reported().value(QStringLiteral("daysBefore")).toArray(), (QJsonArray{14, 3}));

        for (const char *name : {"reminderQuietHours", "reminderDigest", "reminderRenewals"}) {
            auto *toggle = findItem(window, name);
            QVERIFY2(toggle, name);
            toggle->forceActiveFocus();
            QTest::keyClick(window, Qt::Key_Space);
            QVERIFY2(savedOnce(), name);
        }
        const QJsonObject after = reported();
        QCOMPARE(after.value(QStringLiteral("quietHours")).toString(), QStringLiteral("22-7"));
        QCOMPARE(after.value(QStringLiteral("digest")).toBool(), true);
        QCOMPARE(after.value(QStringLiteral("renewals")).toBool(), false);

        // The kept calendar file, typed in: written at once and reported by the CLI.
        const QString kept = session.dir.filePath(QStringLiteral("kept.ics"));
        auto *keptField = findItem(window, "calendarFileField");
        QVERIFY(keptField);
        keptField->forceActiveFocus();
        typeText(window, kept.toUtf8().constData());
        QTest::keyClick(window, Qt::Key_Return);
        QVERIFY(savedOnce());
        QCOMPARE(reported().value(QStringLiteral("calendarFile")).toString(), kept);
        QVERIFY(QFileInfo::exists(kept));

        // Export calendar…: the dialog's accepted file gets what export-ics writes.
        QObject *dialog = window->findChild<QObject *>(QStringLiteral("exportCalendarDialog"));
        QVERIFY(dialog);
        const QString exportPath = session.dir.filePath(QStringLiteral("export.ics"));
        QSignalSpy exported(rules, &ReminderSettingsController::exported);
        // The file as a user would pick it: the dialog opened by the button, in its folder.
        dialog->setProperty("currentFolder", QUrl::fromLocalFile(session.dir.path()));
        dialog->setProperty("selectedFile", QUrl::fromLocalFile(exportPath));
        auto *exportButton = findItem(window, "exportCalendarButton");
        QVERIFY(exportButton);
        exportButton->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_Space);
        QTRY_VERIFY(dialog->property("visible").toBool());
        QVERIFY(QMetaObject::invokeMethod(dialog, "accept"));
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.first().at(2).toString(), QString());
        QCOMPARE(exported.first().at(0).toString(), exportPath);
        QFile file(exportPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
    }

    // Start at login writes a valid XDG autostart entry and removes it again; with tray
    // residence on closing hides the window while the reminder engine keeps running, and the
    // tray's Open brings it back; off, closing closes the last window (the app quits).
    void startAtLoginAndTrayResidence()
    {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        const QByteArray previousConfig = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
        Session session;
        // The offscreen platform has no tray; what closing does is the window's, tested here.
        session.settings.trayAvailable = true;
        QVERIFY(session.open());
        DesktopPresence *presence = session.composition->presence();
        const auto restore = qScopeGuard([&] {
            presence->setKeepInTray(false); // QSettings is the test home's, kept across runs
            qputenv("XDG_CONFIG_HOME", previousConfig);
        });
        QTRY_VERIFY_WITH_TIMEOUT(session.composition->isReady(), 30000); // a loaded CI machine
        QQuickWindow *window = session.window;
        QVERIFY(!presence->startAtLogin()); // both off by default
        QVERIFY(!presence->keepInTray());
        window->setProperty("currentPage", QStringLiteral("settings"));

        auto *login = findItem(window, "startAtLogin");
        QVERIFY(login);
        login->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_Space);
        const QString entry =
            config.filePath(QStringLiteral("autostart/io.github.cliffhanger.Cliffhanger.desktop"));
        QCOMPARE(DesktopPresence::autostartPath(), entry);
        QVERIFY(presence->startAtLogin());
        QFile file(entry);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("\nExec=" + QCoreApplication::applicationFilePath().toUtf8() +
                               " --minimized\n"),
                 text.constData());
        const QString validator =
            QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        QVERIFY2(!validator.isEmpty(), "desktop-file-validate (desktop-file-utils) is missing");
        QProcess validate;
        validate.start(validator, {entry});
        QVERIFY(validate.waitForFinished(30000));
        QCOMPARE(validate.exitCode(), 0);
        QCOMPARE(validate.readAll(), QByteArray());
        QTest::keyClick(window, Qt::Key_Space);
        QVERIFY(!QFileInfo::exists(entry));
        QVERIFY(!presence->startAtLogin());

        QVERIFY(QGuiApplication::quitOnLastWindowClosed());
        auto *tray = findItem(window, "keepInTray");
        QVERIFY(tray);
        tray->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_Space);
        QVERIFY(presence->keepInTray());
        QVERIFY(presence->hidesOnClose());
        // The window's close as the window manager sends it: refused, the window hidden, and
        // the app not quitting for want of windows; the reminder engine goes on.
        QVERIFY(!QGuiApplication::quitOnLastWindowClosed());
        QCloseEvent toTray;
        QCoreApplication::sendEvent(window, &toTray);
        QVERIFY(!toTray.isAccepted());
        QVERIFY(!window->isVisible());
        QVERIFY(session.composition->reminderEngine()->isRunning());
        emit presence->openRequested(); // the tray's Open
        QVERIFY(window->isVisible());
        // The offscreen platform cannot raise a window; a desktop's can.
        g_messages.removeAll(QStringLiteral("This plugin does not support raise()"));

        // Off: the close is taken, and closing the last window quits.
        tray->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_Space);
        QVERIFY(!presence->keepInTray());
        QVERIFY(QGuiApplication::quitOnLastWindowClosed());
        QCloseEvent quit;
        QCoreApplication::sendEvent(window, &quit);
        QVERIFY(quit.isAccepted());
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
    }

    void feedsPageListsAndValidates()
    {
        Session session;
        QVERIFY(session.open());
        QTRY_VERIFY_WITH_TIMEOUT(session.composition->isReady(), 30000); // a loaded CI machine
        QQuickWindow *window = session.window;

        QTest::keyClick(window, Qt::Key_4, Qt::ControlModifier); // the Feeds page, by keyboard
        auto *list = findItem(window, "feedList");
        QVERIFY(list);
        QTRY_VERIFY(list->isVisible());
        QCOMPARE(list->property("count").toInt(), 1);
        // The format is a label, not its stored name.
        const QString texts = sceneTexts(window).join(QLatin1Char('|'));
        QVERIFY2(texts.contains(QLatin1String("season feed")), qPrintable(texts));
        QVERIFY2(!texts.contains(QLatin1String("season_feed")), qPrintable(texts));

        auto *field = findItem(window, "feedUrlField");
        auto *add = findItem(window, "addFeedButton");
        auto *hint = findItem(window, "urlError");
        QVERIFY(field && add && hint);
        field->setProperty("text", QStringLiteral("ftp://example.com/feed.xml"));
        QVERIFY(!add->property("enabled").toBool());
        QVERIFY(
            hint->property("text").toString().contains(QStringLiteral("https, http, file or qrc")));
        field->setProperty("text", QStringLiteral("https://example.com/feed.xml"));
        QVERIFY(add->property("enabled").toBool());
        QCOMPARE(hint->property("text").toString(), QString());
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
    }

    void claimsPageReviewsThroughTheWriter()
    {
        Session session;
        QVERIFY(session.open());
        QTRY_VERIFY_WITH_TIMEOUT(session.composition->isReady(), 30000); // a loaded CI machine
        QQuickWindow *window = session.window;
        ShowOverview &overview = *session.composition->overview();
        FeedsController &feeds = *session.composition->feeds();
        QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(window->property("currentPage").toString(), QStringLiteral("show"));
        currentPage(window)->setProperty("currentTab", 3);
        auto *list = findItem(window, "claimList");
        QVERIFY(list);
        QTRY_VERIFY(list->isVisible());
        QVERIFY(list->property("count").toInt() > 30);

        // Dismissing S4's window (the current outlook) leaves no window: every other one was
        // missed by 2026-12-01.
        QCOMPARE(overview.releaseLabel(), QStringLiteral("late 2026 – early 2027"));
        ClaimFilter filter;
        filter.kind = ClaimKind::ReleaseWindow;
        filter.season = 2;
        qint64 s4 = 0;
        for (const ClaimRecord &r : LedgerQueries(*session.composition->reader()).claims(filter))
            if (r.source.publisher == QLatin1String("Moneycontrol"))
                s4 = r.id;
        QVERIFY(s4 > 0);
        feeds.reviewClaim(s4, QStringLiteral("dismiss"));
        QTRY_COMPARE_WITH_TIMEOUT(overview.releaseLabel(), QString(), 10000);
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
    }

    void claimsTabFiltersByKindTierAndStatus()
    {
        Session session;
        QVERIFY(session.open());
        QTRY_VERIFY_WITH_TIMEOUT(session.composition->isReady(), 30000); // a loaded CI machine
        QQuickWindow *window = session.window;
        QQuickItem *list = openClaimsTab(window);
        QVERIFY(list);
        auto *kind = findItem(window, "claimFilter_kind");
        auto *tier = findItem(window, "claimFilter_tier");
        auto *status = findItem(window, "claimFilter_status");
        auto *count = findItem(window, "claimCount");
        QVERIFY(kind && tier && status && count);
        const RowListModel &claims = *session.composition->overview()->claims();
        ClaimListFilter &filter = *session.composition->overview()->claimFilter();
        const int total = claims.rowCount();
        QVERIFY(total > 30);
        QCOMPARE(list->property("count").toInt(), total);
        QCOMPARE(count->property("text").toString(), QStringLiteral("%1 of %1 claims").arg(total));

        // Cast only: exactly the cast claims, each row saying so in words, not stored names.
        QVERIFY(chooseByKeyboard(window, kind, filter.kindChoices(), QStringLiteral("cast")));
        const QList<qint64> cast = claimIdsWhere(claims, {{QStringLiteral("kindKey"), "cast"}});
        QVERIFY(!cast.isEmpty() && cast.size() < total);
        QTRY_COMPARE(list->property("count").toInt(), int(cast.size()));
        QCOMPARE(claimIds(filter), cast);
        QCOMPARE(kind->property("displayText").toString(), QStringLiteral("Cast"));
        // The rows that went are deleted later: wait until only the cast rows are in the view.
        const auto onlyCastShown = [&] {
            const QStringList kinds = delegateValues(list, "kind");
            return !kinds.isEmpty() && kinds.count(QStringLiteral("Cast")) == kinds.size();
        };
        QTRY_VERIFY(onlyCastShown());
        QCOMPARE(count->property("text").toString(),
                 QStringLiteral("%1 of %2 claims").arg(cast.size()).arg(total));

        // Then confirmed ones of that kind, and a tier on top.
        QVERIFY(
            chooseByKeyboard(window, status, filter.statusChoices(), QStringLiteral("confirmed")));
        const QList<qint64> confirmed = claimIdsWhere(
            claims, {{QStringLiteral("kindKey"), "cast"}, {QStringLiteral("status"), "confirmed"}});
        QVERIFY(!confirmed.isEmpty() && confirmed.size() < cast.size());
        QTRY_COMPARE(claimIds(filter), confirmed);
        QCOMPARE(list->property("count").toInt(), int(confirmed.size()));
        QVERIFY(chooseByKeyboard(window, tier, filter.tierChoices(), QStringLiteral("official")));
        const QList<qint64> official =
            claimIdsWhere(claims, {{QStringLiteral("kindKey"), "cast"},
                                   {QStringLiteral("status"), "confirmed"},
                                   {QStringLiteral("tierKey"), "official"}});
        QTRY_COMPARE(claimIds(filter), official);
        QCOMPARE(list->property("count").toInt(), int(official.size()));

        // "Every kind" again: every confirmed official claim, whatever its kind.
        QVERIFY(chooseByKeyboard(window, kind, filter.kindChoices(), QString()));
        QTRY_COMPARE(claimIds(filter),
                     claimIdsWhere(claims, {{QStringLiteral("status"), "confirmed"},
                                            {QStringLiteral("tierKey"), "official"}}));
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
    }

    void delOnAClaimAsksToDismissIt()
    {
        Session session;
        QVERIFY(session.open());
        QTRY_VERIFY_WITH_TIMEOUT(session.composition->isReady(), 30000); // a loaded CI machine
        QQuickWindow *window = session.window;
        QQuickItem *list = openClaimsTab(window);
        QVERIFY(list);
        auto *dialog = window->findChild<QObject *>(QStringLiteral("confirmDismissClaim"));
        QVERIFY(dialog);
        const RowListModel &claims = *session.composition->overview()->claims();
        const int statusRole = claims.roleNames().key("status");
        const QList<qint64> open = claimIdsWhere(claims, {{QStringLiteral("status"), "open"}});
        QVERIFY(open.size() > 1);
        const auto statusOf = [&](qint64 id) {
            return claims.index(int(claimIds(claims).indexOf(id)), 0).data(statusRole).toString();
        };
        // The second open claim, reached with the arrow keys.
        const int row = int(claimIds(claims).indexOf(open.at(1)));
        list->forceActiveFocus(Qt::TabFocusReason);
        QTRY_VERIFY(list->hasActiveFocus());
        while (list->property("currentIndex").toInt() < row)
            QTest::keyClick(window, Qt::Key_Down);
        QCOMPARE(list->property("currentIndex").toInt(), row);

        // Esc keeps it, and stays on the tab.
        QTest::keyClick(window, Qt::Key_Delete);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QCOMPARE(dialog->property("claimId").toLongLong(), open.at(1));
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QCOMPARE(window->property("currentPage").toString(), QStringLiteral("show"));
        QCOMPARE(statusOf(open.at(1)), QStringLiteral("open"));
        QTRY_VERIFY(list->hasActiveFocus());

        // OK dismisses it through the writer; the page reads it back dismissed.
        QTest::keyClick(window, Qt::Key_Delete);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QVERIFY(QMetaObject::invokeMethod(dialog, "accept"));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(open.at(1)), QStringLiteral("dismissed"), 10000);
        QCOMPARE(statusOf(open.at(0)), QStringLiteral("open"));
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
    }

    void showsTheErrorScreen()
    {
        // A file that is not a database: refused, left as it was, and the window says why.
        Session session(QStringLiteral("not-a-database.sqlite"));
        const QString path = session.dir.filePath(QStringLiteral("not-a-database.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are someone's notes, not SQLite");
        file.close();
        QVERIFY(session.open());
        QTRY_VERIFY(!session.composition->errorText().isEmpty());
        auto *page = session.window->findChild<QQuickItem *>(QStringLiteral("errorPage"));
        QVERIFY(page);
        QTRY_VERIFY(page->isVisible());
        QVERIFY(!session.composition->isReady());
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("these are someone's notes, not SQLite"));
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
    }

    void aRefusedFileCanBeStartedAfreshKeepingIt()
    {
        // The way out of the error screen: the refused file is renamed beside itself, byte for
        // byte, after a confirmation (Esc cancels it), and the window opens on fresh data.
        Session session(QStringLiteral("notes.sqlite"));
        const QString path = session.dir.filePath(QStringLiteral("notes.sqlite"));
        const QByteArray notes("these are someone's notes, not SQLite");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(notes);
        file.close();
        QVERIFY(session.open());
        QQuickWindow *window = session.window;
        QTRY_VERIFY(session.composition->canStartAfresh());
        QQuickItem *button = findItem(window, "startAfreshButton");
        QVERIFY(button);
        QTRY_VERIFY(button->isVisible());
        // The question is made when it is first asked, not with the window.
        QVERIFY(!window->findChild<QObject *>(QStringLiteral("confirmStartAfresh")));
        // By keyboard: the button has the focus; Space opens the question, Esc cancels it.
        QTRY_VERIFY(button->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_Space);
        QObject *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<QObject *>(QStringLiteral("confirmStartAfresh"))));
        QTRY_VERIFY(dialog->property("opened").toBool());
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->property("visible").toBool());
        const auto backups = [&] {
            return QDir(session.dir.path())
                .entryList({QStringLiteral("notes.sqlite.backup-*")}, QDir::Files);
        };
        QVERIFY(backups().isEmpty());
        QVERIFY(!session.composition->isReady());

        QTest::mouseClick(
            window, Qt::LeftButton, {},
            button->mapToScene(QPointF(button->width() / 2, button->height() / 2)).toPoint());
        QTRY_VERIFY(dialog->property("opened").toBool());
        QVERIFY(QMetaObject::invokeMethod(dialog, "accept"));
        QTRY_VERIFY_WITH_TIMEOUT(session.composition->isReady(), 30000); // a loaded CI machine
        QVERIFY(session.composition->errorText().isEmpty());
        QVERIFY(!session.composition->canStartAfresh());
        QVERIFY(session.composition->showCount() > 0); // the embedded data, in a fresh file
        QCOMPARE(backups().size(), 1);
        QFile backup(session.dir.filePath(backups().first()));
        QVERIFY(backup.open(QIODevice::ReadOnly));
        QCOMPARE(backup.readAll(), notes);
        // The window says where the old file went, and shows its pages again.
        const QString notice = session.composition->notice();
        QVERIFY2(notice.contains(backups().first()), qPrintable(notice));
        QTRY_VERIFY(sceneTexts(window).contains(notice));
        QTRY_VERIFY(currentPage(window));
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
    }

    // An article's markup is never rendered as markup: its images, tracking pixels and iframes
    // are never fetched, and its file: link is never offered. The server counts every request.
    void articleMarkupNeverLoadsAnything()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        const QString pixel = server.url(QStringLiteral("/pixel.gif")).toString();
        const QString frame = server.url(QStringLiteral("/frame.html")).toString();
        server.route(QStringLiteral("/pixel.gif"), LoopbackResponse::ok("GIF89a", "image/gif"));
        server.route(QStringLiteral("/frame.html"), LoopbackResponse::ok("<p>x</p>", "text/html"));
        RssTestItem item = rssItem(
            1, QStringLiteral("<p>All of Us Are Dead season 2 has wrapped filming.<img src=\"%1\" "
                              "width=\"1\" height=\"1\"><iframe src=\"%2\"></iframe></p>")
                   .arg(pixel, frame));
        item.link = QStringLiteral("file:///etc/passwd");
        server.route(QStringLiteral("/news.xml"), LoopbackResponse::ok(buildRss({item})));
        Session session(QStringLiteral("markup.sqlite"));
        const QString db = session.dir.filePath(QStringLiteral("markup.sqlite"));
        const QString url = server.url(QStringLiteral("/news.xml")).toString();
        QVERIFY(addAndSync(db, url));
        QVERIFY(session.open());
        QTRY_VERIFY_WITH_TIMEOUT(session.composition->isReady(), 30000); // a loaded CI machine
        QQuickWindow *window = session.window;
        QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(window->property("currentPage").toString(), QStringLiteral("show"));
        currentPage(window)->setProperty("currentTab", 4);
        QTRY_VERIFY(sceneTexts(window).contains(
            QStringLiteral("All of Us Are Dead season 2 has wrapped filming.")));
        QVERIFY(QTest::qWaitForWindowExposed(window));
        const QImage frameShot = window->grabWindow(); // a whole frame, drawn
        QVERIFY(!frameShot.isNull());
        for (const LoopbackRequest &r : server.requests())
            QVERIFY2(r.path == QByteArray("/news.xml"), r.path.constData());
        QVERIFY(!sceneTexts(window).contains(QStringLiteral("Open in browser")));
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
    }

    void theFirstLoadIsReadOffTheGuiThread()
    {
        // On a big ledger the first read takes seconds: read on the page reader's thread, it
        // never holds the window's first frame. Ready means that read has been applied.
        Session session;
        session.build();
        std::atomic<int> snapshots{0};
        QThread *readOn = nullptr;
        connect(
            session.composition->pageReader(), &PageReader::snapshotRead,
            session.composition->pageReader(),
            [&] {
                readOn = QThread::currentThread();
                ++snapshots;
            },
            Qt::DirectConnection);
        int snapshotsWhenReady = -1;
        QObject counter;
        connect(session.composition.get(), &AppComposition::readyChanged, &counter,
                [&] { snapshotsWhenReady = snapshots; });
        QVERIFY(session.open());
        QTRY_VERIFY_WITH_TIMEOUT(session.composition->isReady(), 30000); // a loaded CI machine
        QCOMPARE(snapshotsWhenReady, 1);
        QVERIFY(readOn && readOn != QThread::currentThread());
        QVERIFY(session.composition->libraryModel()->rowCount() > 0);
        QVERIFY(session.composition->overview()->loaded());
    }

    void theGuiThreadOnlyReads()
    {
        Session session;
        QVERIFY(session.open());
        QTRY_VERIFY_WITH_TIMEOUT(session.composition->isReady(), 30000); // a loaded CI machine
        // The writer (migrations, the embedded import, syncs) runs on its own thread...
        QVERIFY(session.composition->writer()->thread() != QThread::currentThread());
        // ...and the GUI thread's connection refuses to write.
        QSqlQuery q(session.composition->reader()->connection());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM claims")));
        QVERIFY2(q.lastError().databaseText().contains(QStringLiteral("readonly")),
                 qPrintable(q.lastError().databaseText()));
        QSqlQuery count(session.composition->reader()->connection());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM claims")) && count.next());
        QVERIFY(count.value(0).toInt() > 30);
    }

    void aCompositionNeverStartedFreesItsWriter()
    {
        QPointer<AppWriter> writer;
        {
            AppComposition::Settings settings;
            QTemporaryDir dir;
            settings.databasePath = dir.filePath(QStringLiteral("never.sqlite"));
            AppComposition composition(settings);
            writer = composition.writer();
            QVERIFY(writer);
        }
        QVERIFY(writer.isNull());
    }

    void aBurstOfSyncsReloadsThePagesOnce()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        Session session(QStringLiteral("burst.sqlite"), true);
        const QString db = session.dir.filePath(QStringLiteral("burst.sqlite"));
        // Three feeds, added before the app starts (the CLI is the writer while it runs).
        for (int n = 1; n <= 3; ++n) {
            const QString route = QStringLiteral("/burst-%1.xml").arg(n);
            server.route(route, LoopbackResponse::ok(buildRss({rssItem(n)})));
            const CliResult added =
                runCli({QStringLiteral("feeds"), QStringLiteral("add"),
                        server.url(route).toString(), QStringLiteral("--db"), db});
            QCOMPARE(added.exitCode, 0);
        }
        session.build();
        int finished = 0;
        int ledgerChanges = 0;
        int idles = 0;
        // Counted on this thread: the writer's signals arrive here in the order it sent them,
        // so when idle() arrives every ledgerChanged() of the burst has arrived before it.
        QObject counter;
        connect(session.composition->feeds(), &FeedsController::feedFinished, &counter,
                [&](const SyncReport &r) { finished += r.status == SyncStatus::Updated; });
        connect(session.composition->writer(), &AppWriter::ledgerChanged, &counter,
                [&] { ++ledgerChanges; });
        connect(session.composition->writer(), &AppWriter::idle, &counter, [&] { ++idles; });
        QVERIFY(session.open());
        QTRY_VERIFY_WITH_TIMEOUT(idles > 0 && finished == 3, 20000);
        QCOMPARE(ledgerChanges, 1);
    }
};

QTEST_MAIN(QmlWindowTest)
#include "tst_qmlwindow.moc"
