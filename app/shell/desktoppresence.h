#pragma once

#include <QObject>
#include <QString>

class QSystemTrayIcon;

// How the app stays with the user outside its window, both off by default: start at login (an
// XDG autostart entry, $XDG_CONFIG_HOME/autostart/<app id>.desktop, written when switched on
// and removed when off; the file itself is the setting) and tray residence (kept in QSettings:
// closing the window hides it behind a tray icon with Open and Quit, so the reminder engine
// keeps running; without a tray closing quits as before).
class DesktopPresence : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool startAtLogin READ startAtLogin WRITE setStartAtLogin NOTIFY changed)
    Q_PROPERTY(bool keepInTray READ keepInTray WRITE setKeepInTray NOTIFY changed)
    Q_PROPERTY(bool trayAvailable READ trayAvailable CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    // `trayAvailable`: whether the desktop shows tray icons (QSystemTrayIcon asks it).
    explicit DesktopPresence(bool trayAvailable, QObject *parent = nullptr);
    ~DesktopPresence() override;

    bool startAtLogin() const;
    void setStartAtLogin(bool on);
    bool keepInTray() const { return m_keepInTray; }
    void setKeepInTray(bool on);
    bool trayAvailable() const { return m_trayAvailable; }
    QString message() const { return m_message; }

    // Closing the window hides it instead of quitting: tray residence on and a tray to live in.
    Q_INVOKABLE bool hidesOnClose() const { return m_keepInTray && m_trayAvailable; }
    // The window was hidden: the tray icon shows (made the first time).
    Q_INVOKABLE void showTrayIcon();

    // $XDG_CONFIG_HOME/autostart/io.github.cliffhanger.Cliffhanger.desktop
    static QString autostartPath();
    // The autostart entry that runs `program` (quoted as the Desktop Entry spec wants) with
    // --minimized.
    static QByteArray autostartEntry(const QString &program);

signals:
    void changed();
    void openRequested(); // the tray's Open (or a click on the icon)
    void quitRequested(); // the tray's Quit

private:
    void setMessage(const QString &message);
    void applyQuitRule();

    bool m_trayAvailable = false;
    bool m_keepInTray = false;
    QString m_message;
    QSystemTrayIcon *m_tray = nullptr;
};
