#include "shell/appearance.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QSettings>

namespace {

const char kPortalService[] = "org.freedesktop.portal.Desktop";
const char kPortalPath[] = "/org/freedesktop/portal/desktop";
const char kSettingsInterface[] = "org.freedesktop.portal.Settings";
const char kAppearance[] = "org.freedesktop.appearance";
const char kColorScheme[] = "color-scheme";
const char kSettingsKey[] = "appearance/theme";

// Read() answers a variant holding a variant (the portal's documented quirk); unwrap all.
uint schemeOf(QVariant value)
{
    while (value.canConvert<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    return value.toUInt();
}

} // namespace

Appearance::Appearance(QObject *parent) : QObject(parent)
{
    const QString saved = QSettings().value(QLatin1String(kSettingsKey)).toString();
    if (isChoice(saved))
        m_choice = saved;
}

bool Appearance::isChoice(const QString &text)
{
    return text == QLatin1String("system") || text == QLatin1String("light") ||
           text == QLatin1String("dark");
}

void Appearance::setChoice(const QString &choice)
{
    if (!isChoice(choice) || choice == m_choice)
        return;
    m_choice = choice;
    QSettings().setValue(QLatin1String(kSettingsKey), choice);
    emit changed();
}

void Appearance::overrideChoice(const QString &choice)
{
    if (!isChoice(choice) || choice == m_choice)
        return;
    m_choice = choice;
    emit changed();
}

bool Appearance::dark() const
{
    if (m_choice == QLatin1String("dark"))
        return true;
    if (m_choice == QLatin1String("light"))
        return false;
    return m_desktopScheme == 1;
}

void Appearance::askDesktop()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    bus.connect(QLatin1String(kPortalService), QLatin1String(kPortalPath),
                QLatin1String(kSettingsInterface), QStringLiteral("SettingChanged"), this,
                SLOT(onPortalSettingChanged(QString, QString, QDBusVariant)));
    QDBusMessage call =
        QDBusMessage::createMethodCall(QLatin1String(kPortalService), QLatin1String(kPortalPath),
                                       QLatin1String(kSettingsInterface), QStringLiteral("Read"));
    call << QLatin1String(kAppearance) << QLatin1String(kColorScheme);
    // Asynchronous: a slow or absent portal never holds up the first frame.
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 2000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<QVariant> reply = *w;
        if (!reply.isError())
            setDesktopScheme(schemeOf(reply.value()));
        w->deleteLater();
    });
}

void Appearance::onPortalSettingChanged(const QString &ns, const QString &key,
                                        const QDBusVariant &value)
{
    if (ns == QLatin1String(kAppearance) && key == QLatin1String(kColorScheme))
        setDesktopScheme(schemeOf(value.variant()));
}

void Appearance::setDesktopScheme(uint scheme)
{
    m_desktopAnswered = true;
    m_desktopScheme = scheme;
    emit changed();
}
