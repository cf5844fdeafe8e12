// Reminder delivery in the app and its desktop notifications, on a real private session bus:
// ctest runs this under `dbus-run-session`, and the test registers its own small notification
// server there (org.freedesktop.Notifications), which records every call.
#include "models/reminderengine.h"
#include "shell/appcomposition.h"
#include "shell/desktopnotifier.h"
#include "storage/ledgerqueries.h"
#include "support/cliprocess.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>
#include <atomic>

namespace {

// The freedesktop notification server, as small as a test needs: it takes every Notify,
// answers with increasing ids, and can say that the user chose an action.
class NotificationServer : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call {
        QString appName;
        QString summary;
        QString body;
        QStringList actions;
    };
    QList<Call> calls;

    // On a connection of its own, so its calls go through the bus daemon as another
    // program's would.
    bool registerOnBus()
    {
        m_bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                              QStringLiteral("notification-server"));
        return m_bus.isConnected() &&
               m_bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this,
                                    QDBusConnection::ExportAllSlots |
                                        QDBusConnection::ExportAllSignals) &&
               m_bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
    }
    ~NotificationServer() override
    {
        if (m_bus.isConnected()) {
            m_bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
            m_bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
            QDBusConnection::disconnectFromBus(QStringLiteral("notification-server"));
        }
    }

    void invoke(uint id, const QString &action) { emit ActionInvoked(id, action); }

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expireTimeout)
    {
        Q_UNUSED(replacesId);
        Q_UNUSED(appIcon);
        Q_UNUSED(hints);
        Q_UNUSED(expireTimeout);
        calls << Call{appName, summary, body, actions};
        emit notified();
        return uint(calls.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = QStringLiteral("Cliffhanger tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("test-notifications");
    }

signals:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);
    void notified(); // not on the bus's interface in spirit: the test waits on it

private:
    QDBusConnection m_bus{QString()};
};

// A database with Hollow Tide season 2 followed (released on 2031-10-16, an official day),
// built with the real CLI as a user would.
bool followHollowTide(const QString &db)
{
    const QString feed = QStringLiteral(CLIFFHANGER_FIXTURES "/watch/hollow-tide.json");
    for (const QStringList &command :
         {QStringList{QStringLiteral("feeds"), QStringLiteral("add"), feed},
          QStringList{QStringLiteral("sync"), QStringLiteral("--all")},
          QStringList{QStringLiteral("watch"), QStringLiteral("add"), QStringLiteral("Hollow Tide"),
                      QStringLiteral("--season"), QStringLiteral("2")}})
        if (runCli(command + QStringList{QStringLiteral("--db"), db}).exitCode != 0)
            return false;
    return true;
}

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

// The app as main.cpp builds it (no window needed), on a clock the test moves.
struct App {
    std::shared_ptr<std::atomic<qint64>> now = std::make_shared<std::atomic<qint64>>(0);
    std::unique_ptr<AppComposition> composition;

    App(const QString &db, const QDateTime &at)
    {
        setNow(at);
        AppComposition::Settings settings;
        settings.databasePath = db;
        settings.syncOnStart = false;
        settings.zone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
        auto clock = now;
        settings.clock = [clock] { return QDateTime::fromSecsSinceEpoch(*clock, Qt::UTC); };
        composition = std::make_unique<AppComposition>(settings);
    }
    void setNow(const QDateTime &at) { *now = at.toSecsSinceEpoch(); }
    ReminderEngine *engine() { return composition->reminderEngine(); }
};

} // namespace

class NotificationsTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        // The CLI this test runs judges in the system zone: the same as the app's here.
        qputenv("TZ", "Europe/Berlin");
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "no session bus: run under dbus-run-session (ctest does)");
    }

    void withoutANotificationServiceTheTrayIsUsed()
    {
        // Nothing owns org.freedesktop.Notifications yet on this private bus.
        QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(
            QStringLiteral("org.freedesktop.Notifications")));
        DesktopNotifier notifier;
        QSignalSpy fellBack(&notifier, &DesktopNotifier::fellBackToTray);
        QSignalSpy sent(&notifier, &DesktopNotifier::sent);
        Reminder r;
        r.showId = 1;
        r.title = QStringLiteral("A title");
        r.body = QStringLiteral("A body");
        notifier.notify({r});
        QVERIFY(fellBack.wait(10000));
        QCOMPARE(sent.count(), 0);
    }

    void aMissedReminderArrivesOnceAndOpensItsShow()
    {
        const QString db = m_dir.filePath(QStringLiteral("notify.sqlite"));
        QVERIFY(followHollowTide(db));
        // What the CLI says is due on the release day: the notification must say the same.
        const CliResult due = runCli({QStringLiteral("reminders"), QStringLiteral("--at"),
                                      QStringLiteral("2031-10-16T12:00:00Z"),
                                      QStringLiteral("--json"), QStringLiteral("--db"), db});
        QCOMPARE(due.exitCode, 0);
        const QJsonArray expected = due.json().object().value(QStringLiteral("due")).toArray();
        QCOMPARE(expected.size(), 1);
        const QJsonObject releaseDay = expected.first().toObject();
        QCOMPARE(releaseDay.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("release_day"));

        NotificationServer server;
        QVERIFY(server.registerOnBus());
        QSignalSpy notified(&server, &NotificationServer::notified);

        // The app was closed across the release day and starts at noon on it: catch-up.
        App app(db, utc(2031, 10, 16, 12));
        QSignalSpy checked(app.engine(), &ReminderEngine::checked);
        QSignalSpy sent(app.composition->notifier(), &DesktopNotifier::sent);
        app.composition->start();
        QVERIFY(notified.wait(30000));
        QCOMPARE(server.calls.size(), 1);
        QCOMPARE(server.calls[0].summary, releaseDay.value(QStringLiteral("title")).toString());
        QCOMPARE(server.calls[0].body, releaseDay.value(QStringLiteral("body")).toString());
        QCOMPARE(server.calls[0].actions,
                 (QStringList{QStringLiteral("open"), QStringLiteral("Open")}));
        if (sent.isEmpty())
            QVERIFY(sent.wait(10000));
        const uint id = sent.first().at(0).toUInt();

        // The window's list has it, as delivered.
        RowListModel *list = app.composition->reminders();
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 1, 10000);
        QCOMPARE(list->get(0).value(QStringLiteral("kind")).toString(),
                 QStringLiteral("release_day"));
        // Listed as due at first; as delivered once the check's delivery is read back.
        QTRY_VERIFY_WITH_TIMEOUT(list->get(0).value(QStringLiteral("delivered")).toBool(), 10000);

        // A second check, an hour later, delivers nothing again.
        app.setNow(utc(2031, 10, 16, 13));
        const int checksBefore = int(checked.count());
        app.engine()->check();
        QTRY_VERIFY_WITH_TIMEOUT(checked.count() > checksBefore, 10000);
        QCOMPARE(checked.last().at(0).toInt(), 0);
        QCOMPARE(server.calls.size(), 1);

        // "Open" on the notification opens Hollow Tide.
        QSignalSpy requested(app.composition.get(), &AppComposition::showRequested);
        server.invoke(id, QStringLiteral("open"));
        QVERIFY(requested.wait(10000));
        const qint64 showId = requested.first().at(0).toLongLong();
        QCOMPARE(app.composition->overview()->showId(), showId);
        QCOMPARE(app.composition->overview()->title(), QStringLiteral("Hollow Tide"));
        // Another action key, or another program's notification id, opens nothing.
        server.invoke(id, QStringLiteral("default-other"));
        server.invoke(id + 100, QStringLiteral("open"));
        app.engine()->check(); // a round trip through the writer, after both signals
        const int checksNow = int(checked.count());
        QTRY_VERIFY_WITH_TIMEOUT(checked.count() > checksNow, 10000);
        QCOMPARE(requested.count(), 1);
    }

    void aRestartDeliversNothingTwice()
    {
        // The database of the test before: its release-day reminder was delivered.
        const QString db = m_dir.filePath(QStringLiteral("notify.sqlite"));
        QVERIFY(QFileInfo::exists(db));
        NotificationServer server;
        QVERIFY(server.registerOnBus());
        App app(db, utc(2031, 10, 17, 8));
        QSignalSpy checked(app.engine(), &ReminderEngine::checked);
        app.composition->start();
        QVERIFY(checked.wait(30000));
        QCOMPARE(checked.first().at(0).toInt(), 0);
        QCOMPARE(checked.first().at(1).toString(), QString());
        QCOMPARE(server.calls.size(), 0);
    }

    void aWeeklyDigestIsOneNotification()
    {
        // Digest on Mondays at 09:00 in Berlin: Thursday 2031-10-16's "tomorrow" and release
        // day are both held to Monday 2031-10-20, 07:00 UTC, and told in one notification.
        const QString db = m_dir.filePath(QStringLiteral("digest.sqlite"));
        QVERIFY(followHollowTide(db));
        for (const QStringList &rule :
             {QStringList{QStringLiteral("digest"), QStringLiteral("on")},
              QStringList{QStringLiteral("digest-day"), QStringLiteral("1")}})
            QCOMPARE(runCli(QStringList{QStringLiteral("reminders"), QStringLiteral("rules"),
                                        QStringLiteral("set")} +
                            rule + QStringList{QStringLiteral("--db"), db})
                         .exitCode,
                     0);
        // Held: on the release day only "in 7 days" is due (told in Monday the 13th's digest,
        // still current until the 19th); the release day waits for the 20th.
        const CliResult onTheDay = runCli({QStringLiteral("reminders"), QStringLiteral("--at"),
                                           QStringLiteral("2031-10-16T12:00:00Z"),
                                           QStringLiteral("--json"), QStringLiteral("--db"), db});
        const QJsonArray heldDue = onTheDay.json().object().value(QStringLiteral("due")).toArray();
        QCOMPARE(heldDue.size(), 1);
        QCOMPARE(heldDue.first().toObject().value(QStringLiteral("dueAt")).toString(),
                 QStringLiteral("2031-10-13T07:00:00Z"));
        NotificationServer server;
        QVERIFY(server.registerOnBus());
        QSignalSpy notified(&server, &NotificationServer::notified);
        App app(db, utc(2031, 10, 20, 7, 30));
        QSignalSpy checked(app.engine(), &ReminderEngine::checked);
        app.composition->start();
        QVERIFY(notified.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 10000);
        QCOMPARE(checked.first().at(0).toInt(), 2);
        QCOMPARE(server.calls.size(), 1);
        QCOMPARE(server.calls[0].summary, QStringLiteral("This week: 2 reminders"));
        QCOMPARE(server.calls[0].body.count(QLatin1Char('\n')), 1);
    }

    void theTimerChecksByTheWallClockInTheUsersZone()
    {
        // 7 days before 2031-10-16 at 09:00 in Berlin (summer time): 07:00 UTC on the 9th.
        const QString db = m_dir.filePath(QStringLiteral("zone.sqlite"));
        QVERIFY(followHollowTide(db));
        NotificationServer server;
        QVERIFY(server.registerOnBus());
        QSignalSpy notified(&server, &NotificationServer::notified);
        App app(db, utc(2031, 10, 9, 6, 59));
        QSignalSpy checked(app.engine(), &ReminderEngine::checked);
        app.composition->start();
        QVERIFY(checked.wait(30000));
        QCOMPARE(checked.last().at(0).toInt(), 0); // 08:59 in Berlin: not yet
        // A tick a minute before the deadline does not even ask the writer.
        QVERIFY(!app.engine()->checkIfDue());
        // The machine slept and woke at 07:40 UTC: the next tick sees the wall clock.
        app.setNow(utc(2031, 10, 9, 7, 40));
        QVERIFY(app.engine()->checkIfDue());
        QVERIFY(notified.wait(30000));
        QCOMPARE(server.calls.size(), 1);
        QVERIFY2(server.calls[0].summary.contains(QStringLiteral("Hollow Tide")),
                 qPrintable(server.calls[0].summary));
        QTRY_VERIFY_WITH_TIMEOUT(checked.size() >= 2, 10000);
        QCOMPARE(checked.last().at(0).toInt(), 1);
        // The next deadline is "tomorrow" on the 15th: a tick on the 10th does nothing...
        app.setNow(utc(2031, 10, 10, 7, 41));
        QVERIFY(app.engine()->checkIfDue()); // a new day in Berlin: one check
        QTRY_VERIFY_WITH_TIMEOUT(checked.size() >= 3, 10000);
        QCOMPARE(checked.last().at(0).toInt(), 0);
        QVERIFY(!app.engine()->checkIfDue()); // and no other that day
        QCOMPARE(server.calls.size(), 1);
    }
};

QTEST_MAIN(NotificationsTest)
#include "tst_notifications.moc"
