#pragma once

#include <QString>
#include <QUrl>

class QQmlApplicationEngine;
class ShowOverview;

// Loads the main window with its injected objects; the app and the QML smoke test share it
// so the test loads exactly what users see.
namespace MainWindow {

QUrl url(); // qrc:/qml/Main.qml
// `errorText` non-empty shows the error screen instead of the show (e.g. a refused database).
bool load(QQmlApplicationEngine &engine, ShowOverview *overview, const QString &errorText);

} // namespace MainWindow
