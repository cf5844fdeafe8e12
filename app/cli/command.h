#pragma once

#include <QCommandLineParser>
#include <QDate>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <optional>

class Database;

namespace Cli {

// The first problem with the values of --season and --kind, or empty: checked before the
// database is opened, so a typo is a usage error whatever the database's state.
QString valueError(const QCommandLineParser &parser);

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

struct CommandContext {
    Database &db;
    const QCommandLineParser &parser;
    QStringList args; // positional arguments after the command name
    QTextStream &out;
    QTextStream &err;
    bool json = false;

    // Prints a usage error on stderr and returns UsageError, so handlers can `return usage(...)`.
    int usage(const QString &message) const;
    int failure(const QString &message) const;
    void printJson(const QJsonValue &value) const;

    // The show called `title` (title or alias), or 0 after reporting why; *exitCode says how.
    qint64 showNamed(const QString &title, int *exitCode) const;
    // --season N when it is given; false after reporting a usage error in *exitCode.
    bool seasonOption(std::optional<int> *season, int *exitCode) const;
    // The day predictions are judged on: --today DATE (checked by valueError), else the clock's.
    QDate today() const;
};

struct Command {
    QString name;
    QString synopsis;    // "show TITLE [--json]"
    QString description; // one translated line for --help
    QStringList options; // command-specific option names it accepts
    int minArgs = 0;
    int maxArgs = 0; // -1: unbounded
    bool needsDatabase = true;
    std::function<int(CommandContext &)> run;
};

// Each concern adds its commands; cli.cpp collects them.
QList<Command> ledgerCommands();
QList<Command> feedCommands();
QList<Command> analysisCommands();
QList<Command> tvmazeCommands();
QList<Command> watchCommands();

} // namespace Cli
