#pragma once

#include "shell/appcomposition.h"

#include <QDate>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The window as main.cpp builds it: the same composition, on a real database file in a fresh
// folder, for the window and load tests.
struct Session {
    QTemporaryDir dir;
    std::unique_ptr<AppComposition> composition;
    QQmlApplicationEngine engine;
    QQuickWindow *window = nullptr;

    explicit Session(const QString &fileName = QStringLiteral("window.sqlite"),
                     bool syncOnStart = false, const QUrl &tvmazeBase = QUrl())
    {
        settings.databasePath = dir.filePath(fileName);
        settings.syncOnStart = syncOnStart;
        // The embedded windows are judged on a fixed day, not the clock's: all but S4's passed.
        settings.today = QDate(2026, 12, 1);
        settings.tvmazeBase = tvmazeBase;
        // Window tests never post to the desktop's notification service (tst_notifications
        // tests that on a private bus).
        settings.desktopNotifications = false;
    }
    // The composition is built on first use, so a test can set `settings` (or fill the
    // database with the CLI) before.
    AppComposition::Settings settings;
    void build()
    {
        if (!composition)
            composition = std::make_unique<AppComposition>(settings);
    }
    // Shows the window first and starts the writer after, as the app does.
    bool open()
    {
        build();
        if (!composition->loadWindow(engine))
            return false;
        window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        composition->start();
        // Open as a user sees it: the window shown and its first page made (just after the
        // first frame; later pages are made at once).
        return window && QTest::qWaitForWindowExposed(window) &&
               QTest::qWaitFor([this] { return !awaitsFirstPage(window); });
    }
    // The window has no page yet: its first page is made just after its first frame.
    static bool awaitsFirstPage(QQuickWindow *window)
    {
        return !window->property("firstFrameShown").toBool();
    }
    // The page the window shows (the page Loader's item), or null.
    static QObject *currentPage(QQuickWindow *window)
    {
        QObject *loader = window->findChild<QObject *>(QStringLiteral("pageLoader"));
        return loader ? loader->property("item").value<QObject *>() : nullptr;
    }
    ~Session() { engine.clearComponentCache(); }
};
