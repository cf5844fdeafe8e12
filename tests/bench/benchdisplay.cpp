#include "benchdisplay.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>

BenchDisplay::BenchDisplay()
    : m_name(QStringLiteral("offscreen (QT_QPA_PLATFORM=offscreen)")),
      m_env(QProcessEnvironment::systemEnvironment())
{
    m_env.remove(QStringLiteral("DISPLAY"));
    m_env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
}

BenchDisplay::~BenchDisplay()
{
    if (m_xvfb) {
        m_xvfb->terminate();
        if (!m_xvfb->waitForFinished(5000))
            m_xvfb->kill();
        m_xvfb->waitForFinished();
    }
}

bool BenchDisplay::startXvfb(QString *error)
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (xvfb.isEmpty()) {
        *error = QStringLiteral("Xvfb is not installed (apt-get install xvfb)");
        return false;
    }
    m_xvfb = std::make_unique<QProcess>();
    // -displayfd: the server picks a free display and writes its number when it is ready.
    m_xvfb->start(xvfb,
                  {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                   QStringLiteral("0"), QStringLiteral("1920x1080x24"), QStringLiteral("-nolisten"),
                   QStringLiteral("tcp")});
    QByteArray number;
    while (!number.contains('\n') && m_xvfb->waitForReadyRead(10000))
        number += m_xvfb->readAllStandardOutput();
    bool ok = false;
    const int display = number.trimmed().toInt(&ok);
    if (!ok) {
        *error = QStringLiteral("Xvfb did not start: ") +
                 QString::fromLocal8Bit(m_xvfb->readAllStandardError());
        return false;
    }
    m_name = QStringLiteral("Xvfb :%1 (QT_QPA_PLATFORM=xcb)").arg(display);
    m_env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":%1").arg(display));
    m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    return true;
}

ProcessRun timeProcessWithPeak(const QString &binary, const QStringList &arguments,
                               const QProcessEnvironment &env, qint64 *peakKb)
{
    static const QString time = QFile::exists(QStringLiteral("/usr/bin/time"))
                                    ? QStringLiteral("/usr/bin/time")
                                    : QString();
    *peakKb = -1;
    if (time.isEmpty())
        return timeProcess(binary, arguments, env);
    QTemporaryFile report;
    report.open();
    // time's own start is in the wall time; it is the same small cost for every command.
    ProcessRun run = timeProcess(time,
                                 QStringList{QStringLiteral("-f"), QStringLiteral("%M"),
                                             QStringLiteral("-o"), report.fileName(), binary} +
                                     arguments,
                                 env);
    *peakKb = report.readAll().trimmed().toLongLong();
    return run;
}

double frameMs(const QByteArray &out, const char *label)
{
    const QRegularExpression line(QLatin1String(label) + QStringLiteral(": (\\d+) ms"));
    const QRegularExpressionMatch m = line.match(QString::fromUtf8(out));
    return m.hasMatch() ? m.captured(1).toDouble() : -1;
}

double firstFrameMs(const QByteArray &out)
{
    return frameMs(out, "first frame");
}
