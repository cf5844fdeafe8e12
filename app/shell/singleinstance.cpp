#include "shell/singleinstance.h"

#include "shell/appcomposition.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QPointer>
#include <QQuickWindow>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

// Off by default; QT_LOGGING_RULES="cliffhanger.instance.info=true" shows the hand-overs (the
// single-instance test waits on these lines).
Q_LOGGING_CATEGORY(lcInstance, "cliffhanger.instance", QtWarningMsg)

namespace {

// Bounds, not pacing: a running window answers within milliseconds; these only keep a hung
// one from holding a launch forever.
constexpr int kConnectTimeoutMs = 1000;
constexpr int kReplyTimeoutMs = 5000;
const QByteArray kAck = QByteArrayLiteral("ok\n");

// The database's path as every launch spells it: absolute, cleaned, its folder's symlinks
// resolved (the file itself may not exist yet on a first launch).
QString canonicalDatabasePath(const QString &path)
{
    const QFileInfo info(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') + info.fileName();
}

QString userId()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

} // namespace

SingleInstance::SingleInstance(QObject *parent) : QObject(parent)
{
    // Only this user may connect, whatever folder the socket is in.
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
}

QString SingleInstance::serverName(const QString &databasePath)
{
    const QByteArray hash = QCryptographicHash::hash(canonicalDatabasePath(databasePath).toUtf8(),
                                                     QCryptographicHash::Sha1)
                                .toHex()
                                .left(16);
    const QString file =
        QStringLiteral("cliffhanger-%1-%2").arg(userId(), QString::fromLatin1(hash));
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        return QDir(runtime).filePath(file);
    return QDir(QDir::tempPath()).filePath(file);
}

SingleInstance::Role SingleInstance::claim(const QString &databasePath, const QString &show)
{
    const QString name = serverName(databasePath);
    // Two launches at once must not both find no window and both listen: the lock makes
    // "connect, else take over" one step. QLockFile breaks a lock whose process died.
    QLockFile lock(name + QStringLiteral(".lock"));
    if (!lock.lock()) {
        m_error = tr("Cannot lock %1.lock to check for a running window.").arg(name);
        return Role::Failed;
    }
    if (handOver(name, show))
        return Role::HandedOver;
    // Nobody answered: a socket file still there is a crashed window's.
    QLocalServer::removeServer(name);
    if (!m_server.listen(name)) {
        m_error = tr("Cannot listen on %1: %2").arg(name, m_server.errorString());
        return Role::Failed;
    }
    qCInfo(lcInstance).noquote() << "listening on" << name;
    return Role::First;
}

bool SingleInstance::handOver(const QString &name, const QString &show)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(kConnectTimeoutMs))
        return false;
    const QJsonObject message{{QStringLiteral("show"), show}};
    socket.write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(kReplyTimeoutMs))
        return false;
    // The running window answers once it has the message, so a launch that exits 0 was taken.
    while (!socket.canReadLine())
        if (!socket.waitForReadyRead(kReplyTimeoutMs))
            return false;
    return socket.readLine() == kAck;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QJsonObject message = QJsonDocument::fromJson(socket->readLine()).object();
            socket->write(kAck);
            socket->flush();
            socket->disconnectFromServer();
            const QString show = message.value(QStringLiteral("show")).toString();
            qCInfo(lcInstance).noquote() << "activated by a later launch, show:"
                                         << (show.isEmpty() ? QStringLiteral("(none)") : show);
            emit activated(show);
        });
    }
}

void SingleInstance::raiseOnActivation(AppComposition *composition, QQuickWindow *window)
{
    QPointer<QQuickWindow> target(window);
    auto openShow = [composition, target](const QString &show) {
        const bool opened = composition->openShowNamed(show);
        if (opened && target)
            target->setProperty("currentPage", QStringLiteral("show"));
        qCInfo(lcInstance).noquote() << (opened ? "opened the show" : "no show called") << show;
    };
    connect(this, &SingleInstance::activated, window,
            [composition, target, openShow](const QString &show) {
                if (!target)
                    return;
                target->show();
                target->raise();
                target->requestActivate();
                if (show.isEmpty())
                    return;
                if (composition->isReady()) {
                    openShow(show);
                    return;
                }
                // Still opening the database: open the show once it is ready.
                auto *once = new QObject(composition);
                connect(composition, &AppComposition::readyChanged, once, [openShow, show, once] {
                    openShow(show);
                    once->deleteLater();
                });
            });
}
