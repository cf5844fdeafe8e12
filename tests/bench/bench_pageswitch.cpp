// Page switches in process (issue 13, item 9): the window as main.cpp builds it (the same
// AppComposition and Main.qml) on the scale database; once it is ready and drawn, each page is
// opened the way the navigation opens it (the window's currentPage, the show page's currentTab;
// the show page after AppComposition::openShow, as a click in the Library does) and timed from
// the change to the next frameSwapped: the page built, its models read, laid out and drawn.
// Then scrolling (issue 13, item 9): the Library's list and the show's episode list are moved
// 40 px a frame (a quick wheel or flick, 2,400 px/s at 60 frames a second) for --scroll-frames
// frames each, every frame timed from the move to its swap; the goal is no frame over 16 ms.
//
//   bench_pageswitch --db PATH [--show TITLE] [--runs N] [--scroll-frames N]
#include "shell/appcomposition.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QMap>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace {

// The user's way through the pages: each step is timed from the one before it.
struct Step {
    const char *label;
    const char *page;
    int tab; // the show page's tab, or -1
};
const Step kSteps[] = {
    {"home", "home", -1}, {"library", "library", -1}, {"show (overview)", "show", 0},
    {"cast", "show", 1},  {"episodes", "show", 2},    {"claims", "show", 3},
    {"news", "show", 4},  {"feeds", "feeds", -1},     {"settings", "settings", -1}};

// Runs the event loop until `window` has swapped a frame (or 10 s went by: -1).
double untilNextFrame(QQuickWindow *window, const QElapsedTimer &since)
{
    QEventLoop loop;
    double ms = -1;
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &loop,
        [&] {
            ms = double(since.nsecsElapsed()) / 1e6;
            loop.quit();
        },
        Qt::SingleShotConnection);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    window->update();
    loop.exec();
    return ms;
}

// Draws the next frame, untimed: what was set before it is laid out and shown.
void settle(QQuickWindow *window)
{
    QElapsedTimer unused;
    unused.start();
    untilNextFrame(window, unused);
}

QObject *pageItem(QQuickWindow *window)
{
    QObject *loader = window->findChild<QObject *>(QStringLiteral("pageLoader"));
    return loader ? loader->property("item").value<QObject *>() : nullptr;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v[v.size() / 2];
}

// Moves the list called `name` on the current page down `frames` times, 40 px each (back to
// the top when it reaches the end), and prints what each frame took from the move to its swap.
// False when there is no such list.
bool scroll(QQuickWindow *window, const char *label, const char *name, int frames)
{
    QObject *list = window->findChild<QObject *>(QString::fromLatin1(name));
    if (!list)
        return false;
    list->setProperty("contentY", list->property("originY").toDouble());
    settle(window);
    QList<double> times;
    for (int i = 0; i < frames; ++i) {
        const double top = list->property("originY").toDouble();
        const double end =
            top + list->property("contentHeight").toDouble() - list->property("height").toDouble();
        double y = list->property("contentY").toDouble() + 40;
        if (y > end)
            y = top;
        QElapsedTimer timer;
        timer.start();
        list->setProperty("contentY", y);
        times << untilNextFrame(window, timer);
    }
    const qsizetype over =
        std::count_if(times.begin(), times.end(), [](double t) { return t > 16; });
    QList<double> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    std::printf("  scroll %-11s %lld frames of %s rows: median %.1f ms, 95th %.1f, max %.1f; over "
                "16 ms: %lld\n",
                label, static_cast<long long>(times.size()),
                qPrintable(list->property("count").toString()), median(times),
                sorted[sorted.size() * 95 / 100], sorted.last(), static_cast<long long>(over));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    const QStringList args = app.arguments();
    QString dbPath, show;
    int runs = 7;
    int scrollFrames = 300;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--db"))
            dbPath = args[++i];
        else if (args[i] == QLatin1String("--show"))
            show = args[++i];
        else if (args[i] == QLatin1String("--runs"))
            runs = qMax(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--scroll-frames"))
            scrollFrames = qMax(1, args[++i].toInt());
    }
    if (dbPath.isEmpty()) {
        std::fprintf(stderr, "usage: bench_pageswitch --db PATH [--show TITLE] [--runs N] "
                             "[--scroll-frames N]\n");
        return 2;
    }
    AppComposition::Settings settings;
    settings.databasePath = dbPath;
    settings.syncOnStart = false; // the database as it is
    AppComposition composition(settings);
    QQmlApplicationEngine engine;
    if (!composition.loadWindow(engine))
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    QElapsedTimer sinceStart;
    sinceStart.start();
    composition.start();
    {
        QEventLoop loop;
        QObject::connect(&composition, &AppComposition::readyChanged, &loop, &QEventLoop::quit);
        QObject::connect(&composition, &AppComposition::errorTextChanged, &loop, &QEventLoop::quit);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!composition.isReady()) {
        std::fprintf(stderr, "bench_pageswitch: %s\n", qPrintable(composition.errorText()));
        return 1;
    }
    const double readyMs = double(sinceStart.nsecsElapsed()) / 1e6;
    const double homeDrawnMs = untilNextFrame(window, sinceStart);
    std::printf("bench_pageswitch: %s, %d shows; database open and pages loaded %.0f ms, home "
                "drawn %.0f ms after the writer started\n",
                qPrintable(dbPath), composition.showCount(), readyMs, homeDrawnMs);

    // Every round starts from the last step's page, so the first round's "home" is a switch too.
    window->setProperty("currentPage", QString::fromLatin1(std::end(kSteps)[-1].page));
    untilNextFrame(window, sinceStart);
    QMap<QString, QList<double>> times;
    for (int run = 0; run < runs; ++run) {
        for (const Step &step : kSteps) {
            QElapsedTimer timer;
            timer.start();
            if (step.tab == 0 && !show.isEmpty() && !composition.openShowNamed(show)) {
                std::fprintf(stderr, "bench_pageswitch: no show called \"%s\"\n", qPrintable(show));
                return 1;
            }
            window->setProperty("currentPage", QString::fromLatin1(step.page));
            if (step.tab >= 0) {
                QObject *page = pageItem(window);
                if (!page) {
                    std::fprintf(stderr, "bench_pageswitch: the show page did not load\n");
                    return 1;
                }
                page->setProperty("currentTab", step.tab);
            }
            const double ms = untilNextFrame(window, timer);
            if (ms < 0) {
                std::fprintf(stderr, "bench_pageswitch: no frame after %s\n", step.label);
                return 1;
            }
            times[QString::fromLatin1(step.label)] << ms;
        }
    }
    bool met = true;
    for (const Step &step : kSteps) {
        const QList<double> &t = times[QString::fromLatin1(step.label)];
        const double m = median(t);
        met = met && m < 100;
        std::printf("  %-18s median %6.1f ms (min %.1f, max %.1f, N=%lld)\n", step.label, m,
                    *std::min_element(t.begin(), t.end()), *std::max_element(t.begin(), t.end()),
                    static_cast<long long>(t.size()));
    }
    window->setProperty("currentPage", QStringLiteral("library"));
    settle(window);
    if (!scroll(window, "library", "libraryList", scrollFrames)) {
        std::fprintf(stderr, "bench_pageswitch: no library list\n");
        return 1;
    }
    if (!show.isEmpty())
        composition.openShowNamed(show);
    window->setProperty("currentPage", QStringLiteral("show"));
    settle(window);
    if (QObject *page = pageItem(window))
        page->setProperty("currentTab", 2);
    settle(window);
    if (!scroll(window, "episodes", "episodeList", scrollFrames)) {
        std::fprintf(stderr, "bench_pageswitch: no episode list\n");
        return 1;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("  budget under 100 ms a switch: %s; peak RSS of this process %ld MB\n",
                met ? "met" : "NOT MET", usage.ru_maxrss / 1024);
    return 0;
}
