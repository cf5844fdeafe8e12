#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>

class AppComposition;
class QQuickWindow;

// One window per database and user: the first launch listens on a local socket named after
// the user and the database's path; a later launch on the same database hands its --show over
// to it and exits instead of opening a second writer. A different --db gets its own socket, so
// two databases run side by side. A socket left behind by a crash is found by a failed connect
// and removed (under a lock file, so two launches at once do not both take over).
class SingleInstance : public QObject {
    Q_OBJECT
public:
    enum class Role {
        First,      // no window ran on this database: this process listens now
        HandedOver, // a running window took the launch; this process should exit 0
        Failed,     // no window answered and this one cannot listen; it runs without one
    };

    explicit SingleInstance(QObject *parent = nullptr);

    // The socket's name for `databasePath`: in $XDG_RUNTIME_DIR when set (a per-user folder),
    // else in the temporary folder with the user's id in the name.
    static QString serverName(const QString &databasePath);

    // Hands `show` (may be empty) to the window running on `databasePath`, or becomes it.
    Role claim(const QString &databasePath, const QString &show);
    QString errorString() const { return m_error; }

    // Raises `window` whenever a later launch arrives, and opens the show it passed on (once
    // the composition is ready, if it is not yet).
    void raiseOnActivation(AppComposition *composition, QQuickWindow *window);

signals:
    // A later launch on this database arrived; `show` is its --show, or empty.
    void activated(const QString &show);

private:
    bool handOver(const QString &name, const QString &show);
    void onNewConnection();

    QLocalServer m_server;
    QString m_error;
};
