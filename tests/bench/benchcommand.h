#pragma once

// What the command benchmarks share: the real cliffhanger binary run as a user runs it and timed
// as a whole process, a loopback server on its own thread, medians, and the feedsmith peer.

#include "support/loopbackserver.h"

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QThread>
#include <functional>

struct ProcessRun {
    double wallMs = 0; // fork to exit, as `time` reports it
    double cpuMs = 0;  // user + system of the process, all its threads
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The cliffhanger binary this build made (CLIFFHANGER_BINARY).
QString builtBinary();
// Runs `binary arguments` to completion without a display; wall time and CPU time.
ProcessRun timeProcess(const QString &binary, const QStringList &arguments);
// The same in the environment given (a window benchmark chooses its display).
ProcessRun timeProcess(const QString &binary, const QStringList &arguments,
                       const QProcessEnvironment &env);

double median(QList<double> values);
// "median 612 ms (min 590, max 700, N=7)".
QString summary(const QList<double> &values);

// A LoopbackServer living on its own thread, like a separate process would, so a child process
// can fetch from it while this thread blocks on the child.
class BenchServer {
public:
    BenchServer();
    ~BenchServer();
    // Registers the routes (on the server's thread) and listens; false if it cannot.
    bool start(const std::function<void(LoopbackServer &)> &routes);
    QString url(const QString &path) const;

private:
    QThread m_thread;
    LoopbackServer *m_server;
};

// feedsmith 3.0.1 parsing `file` (parse only, median of `runs` in one node process), in ms; -1
// when the peer is not installed (it is opt-in) or fails; *why says which.
double feedsmithMs(const QString &file, int runs, QString *why);
