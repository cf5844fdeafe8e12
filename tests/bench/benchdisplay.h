#pragma once

// Where the window benchmarks draw: Qt's offscreen platform, or an X server of their own (Xvfb,
// started and stopped by the benchmark) with the xcb platform, which is closer to a desktop:
// a real window system, GLX through Mesa. Both are measured when Xvfb is installed.

#include "benchcommand.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <memory>

class BenchDisplay {
public:
    // QT_QPA_PLATFORM=offscreen, no display.
    BenchDisplay();
    ~BenchDisplay();
    // Starts Xvfb on a free display (1920x1080x24) and targets it with QT_QPA_PLATFORM=xcb;
    // false with *error when Xvfb is not installed or does not start.
    bool startXvfb(QString *error);

    QString name() const { return m_name; }
    QProcessEnvironment environment() const { return m_env; }

private:
    QString m_name;
    QProcessEnvironment m_env;
    std::unique_ptr<QProcess> m_xvfb;
};

// The process as timeProcess() runs it, under /usr/bin/time for its peak resident set size
// (*peakKb, -1 when /usr/bin/time is missing).
ProcessRun timeProcessWithPeak(const QString &binary, const QStringList &arguments,
                               const QProcessEnvironment &env, qint64 *peakKb);
// The N of "first frame: N ms" in a window's output, or -1.
double firstFrameMs(const QByteArray &out);
// "LABEL: N ms" in a program's output (cliffhanger's "page frame"), or -1.
double frameMs(const QByteArray &out, const char *label);
