#include "shell/desktopnotifier.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QIcon>
#include <QSystemTrayIcon>

namespace {

const char kService[] = "org.freedesktop.Notifications";
const char kPath[] = "/org/freedesktop/Notifications";
const char kInterface[] = "org.freedesktop.Notifications";
const char kOpenAction[] = "open";

} // namespace

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent), m_bus(bus)
{
    if (!m_bus.isConnected())
        return;
    m_bus.connect(QLatin1String(kService), QLatin1String(kPath), QLatin1String(kInterface),
                  QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(QLatin1String(kService), QLatin1String(kPath), QLatin1String(kInterface),
                  QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::notify(const QList<Reminder> &reminders)
{
    for (const Reminder &reminder : reminders) {
        if (!m_bus.isConnected()) {
            showInTray(reminder, tr("no session bus"));
            continue;
        }
        QDBusMessage call =
            QDBusMessage::createMethodCall(QLatin1String(kService), QLatin1String(kPath),
                                           QLatin1String(kInterface), QStringLiteral("Notify"));
        const QStringList actions{QLatin1String(kOpenAction), tr("Open")};
        call << QGuiApplication::applicationDisplayName() << uint(0)
             << QStringLiteral("cliffhanger") << reminder.title << reminder.body << actions
             << QVariantMap{{QStringLiteral("category"), QStringLiteral("x-cliffhanger.reminder")}}
             << int(-1);
        auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this,
                [this, reminder](QDBusPendingCallWatcher *w) {
                    w->deleteLater();
                    const QDBusPendingReply<uint> reply = *w;
                    if (reply.isError()) {
                        // No notification service (or it failed): the tray says it instead.
                        showInTray(reminder, reply.error().message());
                        return;
                    }
                    m_showOfNotification.insert(reply.value(), reminder.showId);
                    emit sent(reply.value(), reminder.showId);
                });
    }
}

void DesktopNotifier::notifyDigest(const QList<Reminder> &reminders)
{
    if (reminders.size() < 2) {
        notify(reminders);
        return;
    }
    Reminder digest = reminders.first();
    digest.title = tr("This week: %n reminder(s)", nullptr, int(reminders.size()));
    QStringList lines;
    for (const Reminder &r : reminders)
        lines << r.title;
    digest.body = lines.join(QLatin1Char('\n'));
    notify({digest});
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    // The signal goes to every client of the server: only our own notifications count.
    const auto it = m_showOfNotification.constFind(id);
    if (it == m_showOfNotification.constEnd() || actionKey != QLatin1String(kOpenAction))
        return;
    emit openRequested(it.value());
}

void DesktopNotifier::onClosed(uint id, uint)
{
    m_showOfNotification.remove(id);
}

void DesktopNotifier::showInTray(const Reminder &reminder, const QString &reason)
{
    emit fellBackToTray(reason);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return; // nowhere outside the window: Home's list has it
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QGuiApplication::windowIcon(), this);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_trayShow)
                emit openRequested(m_trayShow);
        });
    }
    m_trayShow = reminder.showId;
    m_tray->show();
    m_tray->showMessage(reminder.title, reminder.body);
}
