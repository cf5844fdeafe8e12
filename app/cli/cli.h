#pragma once

#include <QStringList>

// The command-line front end: the same core as the window, no display needed.
namespace Cli {

// True when the arguments ask for no window: a command, --help or --version.
bool wantsCommandLine(const QStringList &arguments);
// Runs with an existing Q(Core|Gui)Application; returns the process exit code.
int run(const QStringList &arguments);

} // namespace Cli
