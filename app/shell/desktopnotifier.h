#pragma once

#include "domain/reminder.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <functional>

class QSystemTrayIcon;

// Tells the user of delivered reminders outside the window: a freedesktop notification over
// D-Bus (org.freedesktop.Notifications) with an "Open" action, or, where no notification
// service answers on the session bus, a message from the tray icon. The window's list of
// reminders (Home) has every reminder in any case.
class DesktopNotifier : public QObject {
    Q_OBJECT

public:
    explicit DesktopNotifier(const QDBusConnection &bus = QDBusConnection::sessionBus(),
                             QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // Sends one notification per reminder; never blocks (the calls are asynchronous).
    void notify(const QList<Reminder> &reminders);
    // The weekly digest: one notification for all of them (their titles, one a line); "Open"
    // shows the first one's show.
    void notifyDigest(const QList<Reminder> &reminders);

signals:
    // The notification server took the notification (its id) or refused it.
    void sent(uint notificationId, qint64 showId);
    void fellBackToTray(const QString &reason);
    // The user chose "Open" on a notification: the window shows this show.
    void openRequested(qint64 showId);

private slots:
    void onActionInvoked(uint id, const QString &actionKey);
    void onClosed(uint id, uint reason);

private:
    void showInTray(const Reminder &reminder, const QString &reason);

    QDBusConnection m_bus;
    QHash<uint, qint64> m_showOfNotification; // open notifications and their shows
    QSystemTrayIcon *m_tray = nullptr;        // made the first time it is needed
    qint64 m_trayShow = 0;                    // the show of the tray's last message
};
