#pragma once

#include <QString>
#include <QUrl>

class QQmlApplicationEngine;
class FeedsController;
class ShowOverview;

// Loads the main window with its injected objects; the app and the QML smoke test share it
// so the test loads exactly what users see.
namespace MainWindow {

QUrl url(); // qrc:/qml/Main.qml
// `errorText` non-empty shows the error screen instead of the show (e.g. a refused database).
// `feeds` may be null when there is no database.
bool load(QQmlApplicationEngine &engine, ShowOverview *overview, FeedsController *feeds,
          const QString &errorText);

} // namespace MainWindow
