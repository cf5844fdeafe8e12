#include "cli/cli.h"

#include "cli/command.h"
#include "cli/options.h"
#include "feeds/season/defaultfeed.h"
#include "feeds/tvmaze/tvmazeapi.h"
#include "storage/database.h"
#include "storage/ledgerqueries.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>
#include <cstdio>

namespace Cli {

namespace {

// Gives lupdate and the runtime the same context for this file's strings.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QList<Command> allCommands()
{
    return ledgerCommands() + feedCommands() + analysisCommands() + tvmazeCommands() +
           watchCommands();
}

const Command *findCommand(const QList<Command> &commands, const QString &name)
{
    for (const Command &c : commands)
        if (c.name == name)
            return &c;
    return nullptr;
}

QString helpText(const QCommandLineParser &parser, const QList<Command> &commands)
{
    QString text = parser.helpText();
    text += QLatin1Char('\n') + Tr::tr("Commands:") + QLatin1Char('\n');
    for (const Command &c : commands)
        text += QStringLiteral("  %1\n      %2\n").arg(c.synopsis, c.description);
    text +=
        QLatin1Char('\n') +
        Tr::tr(
            "Without a command, Cliffhanger opens its window. Exit status: 0 success, 1 failure, "
            "2 usage error.") +
        QLatin1Char('\n');
    return text;
}

// How long a command waits for the window's writer to finish a transaction: a big sync's
// commit takes seconds; anything past this is a window that hangs, reported as an error.
constexpr int kWaitForWindowMs = 120000;

int reportUsage(QTextStream &err, const QString &message)
{
    err << Tr::tr("cliffhanger: %1").arg(message) << Qt::endl
        << Tr::tr("Try 'cliffhanger --help' for more information.") << Qt::endl;
    return UsageError;
}

} // namespace

int CommandContext::usage(const QString &message) const
{
    return reportUsage(err, message);
}

int CommandContext::failure(const QString &message) const
{
    err << Tr::tr("cliffhanger: %1").arg(message) << Qt::endl;
    return Failure;
}

qint64 CommandContext::showNamed(const QString &title, int *exitCode) const
{
    QString error;
    const auto id = LedgerQueries(db).findShow(title, &error);
    if (!error.isEmpty()) {
        *exitCode = failure(error);
        return 0;
    }
    if (!id) {
        // A usage error in every command: the name given is wrong, nothing failed; scripts
        // tell the two apart by the exit code (README, "Command line").
        *exitCode = usage(
            Tr::tr("no show called '%1'. 'cliffhanger shows' lists the known shows.").arg(title));
        return 0;
    }
    return *id;
}

bool CommandContext::seasonOption(std::optional<int> *season, int *exitCode) const
{
    if (!parser.isSet(QStringLiteral("season")))
        return true;
    const QString error = valueError(parser);
    if (!error.isEmpty()) {
        *exitCode = usage(error);
        return false;
    }
    *season = parser.value(QStringLiteral("season")).toInt();
    return true;
}

QDate CommandContext::today() const
{
    return parser.isSet(QStringLiteral("today"))
               ? QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate)
               : QDate::currentDate();
}

QString valueError(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("season"))) {
        bool ok = false;
        const int n = parser.value(QStringLiteral("season")).toInt(&ok);
        if (!ok || n < 1)
            return Tr::tr("--season needs a season number (1 or more), not '%1'.")
                .arg(parser.value(QStringLiteral("season")));
    }
    for (const QString &name : {QStringLiteral("today"), QStringLiteral("published")})
        if (parser.isSet(name) && !QDate::fromString(parser.value(name), Qt::ISODate).isValid())
            return Tr::tr("--%1 needs a date as YYYY-MM-DD, not '%2'.")
                .arg(name, parser.value(name));
    ClaimKind kind;
    if (parser.isSet(QStringLiteral("kind")) &&
        !fromWireName(parser.value(QStringLiteral("kind")), &kind))
        return Tr::tr("--kind must be one of %1, not '%2'.")
            .arg(wireNames<ClaimKind>().join(QLatin1String(", ")),
                 parser.value(QStringLiteral("kind")));
    return QString();
}

void CommandContext::printJson(const QJsonValue &value) const
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
}

bool wantsCommandLine(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--"))
            return i + 1 < arguments.size();
        if (a.startsWith(QLatin1Char('-'))) {
            const QString name =
                a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1).section(QLatin1Char('='), 0, 0);
            if (name == QLatin1String("help") || name == QLatin1String("h") ||
                name == QLatin1String("version") || name == QLatin1String("v") ||
                name == QLatin1String("help-all") || name == QLatin1String("reset-db"))
                return true; // --reset-db alone resets and exits; the window has its dialog
            // Anything but the window's own options goes to the command line, which
            // reports it properly instead of opening a window that ignores it.
            if (!Options::isGlobal(name) && !Options::isWindowOption(name))
                return true;
            if (!a.contains(QLatin1Char('=')) && Options::takesValue(name)) {
                if (i + 1 >= arguments.size())
                    return true; // "--db" without its value: a usage error, not a window
                ++i;
            }
            continue;
        }
        return true;
    }
    return false;
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QList<Command> commands = allCommands();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Cliffhanger: what is actually known about the next season of your shows."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addOptions(Options::all());
    parser.addPositionalArgument(QStringLiteral("command"),
                                 Tr::tr("The command to run (see below)."),
                                 QStringLiteral("[command] [arguments...]"));

    auto usageError = [&err](const QString &message) { return reportUsage(err, message); };

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        out << helpText(parser, commands);
        return Success;
    }
    if (parser.isSet(version)) {
        out << QCoreApplication::applicationName() << QLatin1Char(' ')
            << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    const bool resetDb = parser.isSet(QStringLiteral("reset-db"));
    if (positional.isEmpty() && !resetDb)
        return usageError(Tr::tr("no command given."));
    const Command *command =
        positional.isEmpty() ? nullptr : findCommand(commands, positional.first());
    if (positional.isEmpty()) {
        for (const QString &name : parser.optionNames())
            if (!Options::isGlobal(name))
                return usageError(Tr::tr("the option --%1 needs a command.").arg(name));
    } else if (!command) {
        return usageError(Tr::tr("unknown command '%1'.").arg(positional.first()));
    }
    const QStringList args = positional.mid(1);
    if (command) {
        for (const QString &name : parser.optionNames())
            if (!Options::isGlobal(name) && !command->options.contains(name))
                return usageError(
                    Tr::tr("the option --%1 does not apply to '%2'.").arg(name, command->name));
        if (args.size() < command->minArgs)
            return usageError(
                Tr::tr("'%1' needs more arguments: %2").arg(command->name, command->synopsis));
        if (command->maxArgs >= 0 && args.size() > command->maxArgs)
            return usageError(
                Tr::tr("too many arguments for '%1': %2").arg(command->name, command->synopsis));
    }
    for (const QString &name :
         {QStringLiteral("db"), QStringLiteral("lang"), QStringLiteral("tvmaze-base")})
        if (parser.isSet(name) && parser.value(name).trimmed().isEmpty())
            return usageError(Tr::tr("--%1 needs a value.").arg(name));
    // A bad value is a usage error before the database is opened, whatever state that is in.
    if (const QString error = valueError(parser); !error.isEmpty())
        return usageError(error);
    if (parser.isSet(QStringLiteral("tvmaze-base"))) {
        QString error;
        if (!TvMazeApi::validateBase(parser.value(QStringLiteral("tvmaze-base")), &error).isValid())
            return usageError(error);
    }

    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : Database::defaultPath();
    Database::OpenResult opened = Database::open(path);
    if (!opened.database && resetDb && Database::canResetAside(opened.kind)) {
        QString backup;
        QString error;
        if (!Database::resetAside(path, &backup, &error)) {
            err << Tr::tr("cliffhanger: %1").arg(opened.error) << Qt::endl
                << Tr::tr("cliffhanger: --reset-db: %1").arg(error) << Qt::endl;
            return Failure;
        }
        err << Tr::tr("cliffhanger: %1").arg(opened.error) << Qt::endl
            << Tr::tr("cliffhanger: --reset-db: the old file was moved to %1 (kept as it was); "
                      "starting a fresh database at %2.")
                   .arg(backup, path)
            << Qt::endl;
        opened = Database::open(path);
    } else if (opened.database && resetDb) {
        err << Tr::tr("cliffhanger: --reset-db: %1 opens as it is; it was not reset.").arg(path)
            << Qt::endl;
    }
    if (!opened.database) {
        err << Tr::tr("cliffhanger: %1").arg(opened.error) << Qt::endl;
        if (!resetDb && Database::canResetAside(opened.kind))
            err << Tr::tr("cliffhanger: to keep this file as a backup and start a fresh database: "
                          "cliffhanger --db %1 --reset-db")
                       .arg(path)
                << Qt::endl;
        return Failure;
    }
    // A command is short-lived: its commits stay in the WAL for SQLite to copy back later, instead
    // of the copy and two fsyncs being on every command's path (Database::leaveWalOnClose).
    opened.database->leaveWalOnClose();
    // The window may be writing (a sync): a command's write waits for it and says so once,
    // rather than failing with "database is locked" after the default 5 s.
    opened.database->waitForOtherWriters(kWaitForWindowMs, [&err] {
        err << Tr::tr("cliffhanger: the database is busy (Cliffhanger's window is writing to it); "
                      "waiting...")
            << Qt::endl;
    });
    if (!parser.isSet(QStringLiteral("no-default-data"))) {
        FeedError error;
        if (!DefaultFeed::importIfEmpty(*opened.database, &error)) {
            err << Tr::tr("cliffhanger: cannot import the default data: %1").arg(error.message)
                << Qt::endl;
            return Failure;
        }
    }
    if (!command)
        return Success; // --reset-db alone: the database is ready
    CommandContext context{
        *opened.database, parser, args, out, err, parser.isSet(QStringLiteral("json"))};
    const int code = command->run(context);
    out.flush();
    err.flush();
    return code;
}

} // namespace Cli
