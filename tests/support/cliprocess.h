#pragma once

#include <QJsonDocument>
#include <QProcess>
#include <QStringList>

// Runs the real cliffhanger binary, as scripts would.
struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

CliResult runCli(const QStringList &arguments, int timeoutMs = 60000);
