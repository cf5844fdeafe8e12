#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QSize>
#include <QString>
#include <functional>
#include <vector>

class AppComposition;
class QQuickWindow;

// What `--screenshot` and `--quit-after-first-frame` ask of the window.
struct CaptureRequest {
    QString file; // PNG to write; empty: no screenshot
    QString page; // home, library, show, cast, episodes, claims, news, feeds, settings
    QString show; // title or alias of the show to open first; empty: the first show
    QSize size;   // window size; invalid: the default
    bool quitAfterFirstFrame = false;

    static QStringList pages();
    // The first problem with the request, or empty (checked before any window exists).
    QString problem() const;
    static bool parseSize(const QString &text, QSize *size);
};

// Renders one page of the window from the database and saves it, or reports how long the
// first frame took and the first frame that holds the page (the window's first page is made
// over the frames after its first: Main.qml); then quits the application with an exit code
// (0 done, 1 failed).
class WindowCapture : public QObject {
    Q_OBJECT

public:
    WindowCapture(AppComposition *composition, QQuickWindow *window, CaptureRequest request,
                  QElapsedTimer sinceMain, QObject *parent = nullptr);

    void start();

private slots:
    void onFirstFrameShown(); // Main.qml's firstFrameShownChanged: a QML property, string connect

private:
    void onDataReady();
    void applyPage();
    // Calls then() once the window makes pages (just after its first frame; at once after).
    void whenPagesAreMade(const std::function<void()> &then);
    void grabNextFrame();
    // Calls then() once the window has drawn its next frame (and asks for one).
    void afterNextFrame(const std::function<void()> &then);
    // "WHAT: N ms" from main() to the last frame afterNextFrame saw, on stdout: the figure
    // bench_firstframe reads.
    void printElapsed(const char *what) const;
    void finish(int exitCode, const QString &message);

    AppComposition *m_composition;
    QQuickWindow *m_window;
    CaptureRequest m_request;
    QElapsedTimer m_sinceMain;
    bool m_applied = false;
    qint64 m_frameAt = 0; // ms from main() to the frame afterNextFrame last saw swapped
    std::vector<std::function<void()>> m_whenSettled;
};
