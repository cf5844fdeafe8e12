#include "shell/desktoppresence.h"

#include "shell/desktopidentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <algorithm>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DesktopPresence)
};

constexpr const char *kKeepInTrayKey = "desktop/keepInTray";

// An argument of Exec (Desktop Entry Specification, "The Exec key"): quoted when it has a
// reserved character, with ", `, $ and \ escaped inside the quotes; % is doubled always.
QString execArgument(const QString &argument)
{
    QString arg = argument;
    arg.replace(QLatin1Char('%'), QStringLiteral("%%"));
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    if (std::none_of(arg.begin(), arg.end(), [](QChar c) { return reserved.contains(c); }))
        return arg;
    QString quoted;
    for (const QChar c : arg) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') ||
            c == QLatin1Char('\\'))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

DesktopPresence::DesktopPresence(bool trayAvailable, QObject *parent)
    : QObject(parent), m_trayAvailable(trayAvailable),
      m_keepInTray(QSettings().value(QLatin1String(kKeepInTrayKey), false).toBool())
{
    applyQuitRule();
}

void DesktopPresence::applyQuitRule()
{
    // Living in the tray, the hidden window is no reason to quit: only the tray's Quit (or
    // Ctrl+Q) ends the app. Otherwise the last window closed quits, as Qt does by default.
    QGuiApplication::setQuitOnLastWindowClosed(!hidesOnClose());
}

DesktopPresence::~DesktopPresence()
{
    delete m_tray;
}

QString DesktopPresence::autostartPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/" CLIFFHANGER_APP_ID ".desktop");
}

QByteArray DesktopPresence::autostartEntry(const QString &program)
{
    // Name and Comment as the installed entry has them (packaging/), so the desktop's list of
    // startup programs shows the app as the menu does.
    return QByteArrayLiteral("[Desktop Entry]\n"
                             "Type=Application\n"
                             "Name=Cliffhanger\n"
                             "Comment=What is actually known about the next season of your shows\n"
                             "Exec=") +
           execArgument(program).toUtf8() +
           QByteArrayLiteral(" --minimized\n"
                             "Icon=" CLIFFHANGER_APP_ID "\n"
                             "Terminal=false\n"
                             "X-GNOME-Autostart-enabled=true\n");
}

bool DesktopPresence::startAtLogin() const
{
    return QFile::exists(autostartPath());
}

void DesktopPresence::setStartAtLogin(bool on)
{
    const QString path = autostartPath();
    setMessage(QString());
    if (on) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        const QByteArray entry = autostartEntry(QCoreApplication::applicationFilePath());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(entry) != entry.size() || !file.commit())
            setMessage(Tr::tr("Cannot start at login: %1 cannot be written (%2).")
                           .arg(path, file.errorString()));
    } else if (QFile::exists(path) && !QFile::remove(path)) {
        setMessage(Tr::tr("Still starting at login: %1 cannot be removed.").arg(path));
    }
    emit changed();
}

void DesktopPresence::setKeepInTray(bool on)
{
    if (on == m_keepInTray)
        return;
    m_keepInTray = on;
    QSettings().setValue(QLatin1String(kKeepInTrayKey), on);
    applyQuitRule();
    if (!on && m_tray)
        m_tray->hide();
    emit changed();
}

void DesktopPresence::showTrayIcon()
{
    // Only where a tray shows it: elsewhere hidesOnClose() is false and this is not reached.
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QGuiApplication::windowIcon());
        m_tray->setToolTip(QStringLiteral("Cliffhanger"));
        auto *menu = new QMenu;
        connect(m_tray, &QObject::destroyed, menu, &QObject::deleteLater);
        menu->addAction(Tr::tr("Open Cliffhanger"), this, &DesktopPresence::openRequested);
        menu->addAction(Tr::tr("Quit"), this, &DesktopPresence::quitRequested);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger ||
                        reason == QSystemTrayIcon::DoubleClick)
                        emit openRequested();
                });
    }
    m_tray->show();
}

void DesktopPresence::setMessage(const QString &message)
{
    m_message = message;
}
