#include "support/cliprocess.h"

#include <QEventLoop>
#include <QProcessEnvironment>
#include <QTimer>

namespace {

CliResult runWatched(const QString &program, const QStringList &arguments,
                     const std::function<bool()> &killNow, bool *killed, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No display is needed; make sure nothing tries to open one.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(env);
    // Spin an event loop rather than block, so a loopback server in this process keeps serving.
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    // The condition is polled, not waited for with a sleep: the kill follows the event it
    // watches (a file's growth, bytes served) within a millisecond.
    QTimer watch;
    watch.setInterval(1);
    watch.setTimerType(Qt::PreciseTimer);
    bool wasKilled = false;
    if (killNow)
        QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
            if (!wasKilled && process.state() == QProcess::Running && killNow()) {
                wasKilled = true;
                process.kill(); // SIGKILL
            }
        });
    process.start(program, arguments);
    deadline.start(timeoutMs);
    if (killNow)
        watch.start();
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    watch.stop();
    if (killed)
        *killed = wasKilled;
    CliResult result;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

CliResult runCli(const QStringList &arguments, int timeoutMs)
{
    return runWatched(QStringLiteral(CLIFFHANGER_BINARY), arguments, nullptr, nullptr, timeoutMs);
}

CliResult runCliKilledWhen(const QStringList &arguments, const std::function<bool()> &killNow,
                           bool *killed, int timeoutMs)
{
    return runWatched(QStringLiteral(CLIFFHANGER_BINARY), arguments, killNow, killed, timeoutMs);
}

CliResult runProgram(const QString &program, const QStringList &arguments, int timeoutMs)
{
    return runWatched(program, arguments, nullptr, nullptr, timeoutMs);
}
