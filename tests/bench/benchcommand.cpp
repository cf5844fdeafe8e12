#include "benchcommand.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <algorithm>
#include <sys/resource.h>

namespace {

double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

} // namespace

QString builtBinary()
{
    return QStringLiteral(CLIFFHANGER_BINARY);
}

ProcessRun timeProcess(const QString &binary, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return timeProcess(binary, arguments, env);
}

ProcessRun timeProcess(const QString &binary, const QStringList &arguments,
                       const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    ProcessRun run;
    // The children's CPU time grows when a child is reaped, so the difference is this one's.
    const double cpuBefore = childrenCpuMs();
    QElapsedTimer timer;
    timer.start();
    process.start(binary, arguments);
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.wallMs = double(timer.nsecsElapsed()) / 1e6;
    run.cpuMs = childrenCpuMs() - cpuBefore;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

QString summary(const QList<double> &values)
{
    if (values.isEmpty())
        return QStringLiteral("not measured");
    return QStringLiteral("median %1 ms (min %2, max %3, N=%4)")
        .arg(median(values), 0, 'f', 0)
        .arg(*std::min_element(values.begin(), values.end()), 0, 'f', 0)
        .arg(*std::max_element(values.begin(), values.end()), 0, 'f', 0)
        .arg(values.size());
}

BenchServer::BenchServer() : m_server(new LoopbackServer)
{
    m_server->moveToThread(&m_thread);
    m_thread.start();
}

BenchServer::~BenchServer()
{
    LoopbackServer *server = m_server;
    QMetaObject::invokeMethod(
        server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool BenchServer::start(const std::function<void(LoopbackServer &)> &routes)
{
    bool listening = false;
    QMetaObject::invokeMethod(
        m_server,
        [&] {
            routes(*m_server);
            listening = m_server->listen();
        },
        Qt::BlockingQueuedConnection);
    return listening;
}

QString BenchServer::url(const QString &path) const
{
    return m_server->url(path).toString();
}

double feedsmithMs(const QString &file, int runs, QString *why)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString modules = QStringLiteral(CLIFFHANGER_BENCH_NODE_DIR "/node_modules/feedsmith");
    if (node.isEmpty() || !QFile::exists(modules)) {
        *why = QStringLiteral(
            "the peer comparison is opt-in: configure with -DCLIFFHANGER_BENCH_PEERS=ON (the bench "
            "target then installs feedsmith 3.0.1 with npm), or run 'npm install "
            "--prefix " CLIFFHANGER_BENCH_NODE_DIR " feedsmith@3.0.1'; it also needs node");
        return -1;
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"),
               QStringLiteral(CLIFFHANGER_BENCH_NODE_DIR "/node_modules"));
    p.setProcessEnvironment(env);
    // An .mjs resolves bare imports from its own folder upwards, so run a copy beside node_modules.
    const QString script = QStringLiteral(CLIFFHANGER_BENCH_NODE_DIR "/feedsmith-parse.mjs");
    QFile::remove(script);
    QFile::copy(QStringLiteral(CLIFFHANGER_BENCH_SOURCE_DIR "/feedsmith-parse.mjs"), script);
    p.start(node, {script, file, QString::number(runs)});
    if (!p.waitForFinished(300000) || p.exitCode() != 0) {
        *why = QStringLiteral("node failed: ") + QString::fromLocal8Bit(p.readAllStandardError());
        return -1;
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput())
        .object()
        .value(QStringLiteral("medianMs"))
        .toDouble(-1);
}
