#pragma once

#include <QDBusVariant>
#include <QObject>
#include <QString>

// Light or dark: the user's choice in Settings (kept in QSettings), else the desktop's
// preference from the freedesktop settings portal (org.freedesktop.appearance color-scheme),
// asked once at start and followed when it changes. No portal (no session bus, or none
// answers) means light. `--theme` on the command line overrides both for one run.
class Appearance : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString choice READ choice WRITE setChoice NOTIFY changed) // system, light, dark
    Q_PROPERTY(bool dark READ dark NOTIFY changed)
    Q_PROPERTY(bool desktopAnswered READ desktopAnswered NOTIFY changed)

public:
    explicit Appearance(QObject *parent = nullptr);

    QString choice() const { return m_choice; }
    void setChoice(const QString &choice);
    // For this run only (the --theme option), not saved.
    void overrideChoice(const QString &choice);
    bool dark() const;
    bool desktopAnswered() const { return m_desktopAnswered; }

    // Asks the portal; harmless where none runs.
    void askDesktop();

    static bool isChoice(const QString &text);

signals:
    void changed();

private slots:
    void onPortalSettingChanged(const QString &ns, const QString &key, const QDBusVariant &value);

private:
    void setDesktopScheme(uint scheme);

    QString m_choice = QStringLiteral("system");
    bool m_desktopAnswered = false;
    uint m_desktopScheme = 0; // 0 no preference, 1 dark, 2 light (the portal's values)
};
