#pragma once

#include <QJsonDocument>
#include <QProcess>
#include <QStringList>

#include <functional>

// Runs the real cliffhanger binary, as scripts would.
struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

CliResult runCli(const QStringList &arguments, int timeoutMs = 60000);

// Runs the CLI and SIGKILLs it the moment `killNow` turns true (checked every millisecond while
// the event loop also serves any loopback server in this process). `*killed` says whether it
// was killed or finished first (then the result is the finished run's).
CliResult runCliKilledWhen(const QStringList &arguments, const std::function<bool()> &killNow,
                           bool *killed, int timeoutMs = 60000);

// Another program (a shell script that runs the CLI, say), served the same way.
CliResult runProgram(const QString &program, const QStringList &arguments, int timeoutMs = 60000);
