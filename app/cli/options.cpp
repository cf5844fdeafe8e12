#include "cli/options.h"

#include <QCoreApplication>

namespace {

struct Spec {
    const char *name;
    const char *description;
    const char *valueName; // nullptr: a flag
    bool global;
    bool window = false; // also an option of the window (cliffhanger without a command)
};

// QT_TRANSLATE_NOOP keeps the texts visible to lupdate; they are translated at use.
const Spec kSpecs[] = {
    {"db", QT_TRANSLATE_NOOP("Options", "Use the database at PATH instead of the default."), "PATH",
     true},
    {"lang",
     QT_TRANSLATE_NOOP("Options", "Use the language CODE (en, ko, es) instead of the system's."),
     "CODE", true},
    {"no-default-data",
     QT_TRANSLATE_NOOP("Options",
                       "Do not import the embedded default data into an empty database."),
     nullptr, true},
    {"reset-db",
     QT_TRANSLATE_NOOP(
         "Options", "If the database cannot be opened (not an SQLite file, damaged, written by a "
                    "newer version), move it aside as a dated backup next to it and start a "
                    "fresh one. A database that opens is left as it is."),
     nullptr, true},
    {"tvmaze-base",
     QT_TRANSLATE_NOOP("Options",
                       "Ask the TVmaze API at URL (default https://api.tvmaze.com), e.g. a mirror "
                       "or a test server."),
     "URL", true},
    {"json", QT_TRANSLATE_NOOP("Options", "Print JSON for scripts."), nullptr, false},
    {"show",
     QT_TRANSLATE_NOOP("Options",
                       "Only the show with this title or alias (the window: open this show)."),
     "TITLE", false, true},
    {"season", QT_TRANSLATE_NOOP("Options", "Only season N."), "N", false},
    {"kind",
     QT_TRANSLATE_NOOP("Options", "Only claims of this kind (release_window, episode_count, cast, "
                                  "renewal, production, plot)."),
     "KIND", false},
    {"feed", QT_TRANSLATE_NOOP("Options", "Only the feed with this URL or id."), "URL|ID", false},
    {"name", QT_TRANSLATE_NOOP("Options", "A display name for the feed."), "NAME", false},
    {"interval", QT_TRANSLATE_NOOP("Options", "Minutes between syncs of the feed (default 360)."),
     "MINUTES", false},
    {"tier",
     QT_TRANSLATE_NOOP("Options",
                       "How much to trust the feed: official, reported, rumour or estimate."),
     "TIER", false},
    {"rebuild", QT_TRANSLATE_NOOP("Options", "Extract again from every stored article."), nullptr,
     false},
    {"all", QT_TRANSLATE_NOOP("Options", "Every feed, due or not."), nullptr, false},
    {"yes", QT_TRANSLATE_NOOP("Options", "Do it without asking (for scripts)."), nullptr, false},
    {"explain",
     QT_TRANSLATE_NOOP("Options", "Read the article FILE and say, per sentence, which rule gave "
                                  "which claim, or why none did (nothing is stored)."),
     nullptr, false},
    {"published",
     QT_TRANSLATE_NOOP("Options", "The article's publication date (YYYY-MM-DD) for --explain; "
                                  "relative dates resolve against it (default: today)."),
     "DATE", false},
    {"today",
     QT_TRANSLATE_NOOP("Options", "Judge predictions as of DATE (YYYY-MM-DD) instead of today: a "
                                  "window whose latest day is before it is missed."),
     "DATE", false},
    {"screenshot",
     QT_TRANSLATE_NOOP("Options", "The window: render a page offscreen into FILE (PNG) and exit."),
     "FILE", false, true},
    {"page",
     QT_TRANSLATE_NOOP("Options", "The window: the page to show (home, library, show, cast, "
                                  "episodes, claims, news, feeds, settings)."),
     "PAGE", false, true},
    {"size", QT_TRANSLATE_NOOP("Options", "The window: its size, e.g. 1280x800."), "WxH", false,
     true},
    {"theme", QT_TRANSLATE_NOOP("Options", "The window: light, dark or system, for this run."),
     "THEME", false, true},
    {"quit-after-first-frame",
     QT_TRANSLATE_NOOP("Options",
                       "The window: print the milliseconds from start to the first frame, exit."),
     nullptr, false, true},
    {"minimized",
     QT_TRANSLATE_NOOP("Options", "The window: start in the tray when tray residence is on and "
                                  "the desktop has a tray, else minimized (start at login uses "
                                  "it)."),
     nullptr, false, true},
    {"episode", QT_TRANSLATE_NOOP("Options", "Only episode M."), "M", false},
    {"up-to", QT_TRANSLATE_NOOP("Options", "Every episode up to and including M."), "M", false},
    {"unset", QT_TRANSLATE_NOOP("Options", "Mark as not watched."), nullptr, false},
    {"at", QT_TRANSLATE_NOOP("Options", "At this moment instead of now (ISO 8601 date and time)."),
     "ISO_DATETIME", false},
    {"confirmed-only", QT_TRANSLATE_NOOP("Options", "Only officially confirmed dates."), nullptr,
     false},
    {"wide-windows",
     QT_TRANSLATE_NOOP("Options",
                       "Windows wider than a month as tentative blocks over all their days."),
     nullptr, false},
};

} // namespace

namespace Options {

QList<QCommandLineOption> all()
{
    QList<QCommandLineOption> list;
    for (const Spec &s : kSpecs) {
        QCommandLineOption option(QString::fromLatin1(s.name),
                                  QCoreApplication::translate("Options", s.description));
        if (s.valueName)
            option.setValueName(QString::fromLatin1(s.valueName));
        list << option;
    }
    return list;
}

bool takesValue(const QString &name)
{
    for (const Spec &s : kSpecs)
        if (name == QLatin1String(s.name))
            return s.valueName != nullptr;
    return false;
}

bool isWindowOption(const QString &name)
{
    for (const Spec &s : kSpecs)
        if (name == QLatin1String(s.name))
            return s.global || s.window;
    return false;
}

bool isGlobal(const QString &name)
{
    for (const Spec &s : kSpecs)
        if (name == QLatin1String(s.name))
            return s.global;
    return name == QLatin1String("help") || name == QLatin1String("version");
}

} // namespace Options
