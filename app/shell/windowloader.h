#pragma once

#include <QUrl>

class AppComposition;
class QQmlApplicationEngine;

// Loads the main window with the composition's objects; the app and the QML smoke test share
// it, so the test loads exactly what users see.
namespace WindowLoader {

QUrl url(); // qrc:/qml/Main.qml
// The window shows the error screen while `composition` has an error text (a refused
// database), and its pages once the composition is ready.
bool load(QQmlApplicationEngine &engine, AppComposition *composition);

} // namespace WindowLoader
