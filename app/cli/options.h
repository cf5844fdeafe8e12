#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

// Every option the program knows, defined once: the window and every command share them.
namespace Options {

QList<QCommandLineOption> all();
// Options that take a value, so argument scanning can skip the value.
bool takesValue(const QString &name);
// Options that any command (and the window) accept.
bool isGlobal(const QString &name);
// Options the window accepts: the global ones and its own (--screenshot, --page, --show...).
bool isWindowOption(const QString &name);

} // namespace Options
