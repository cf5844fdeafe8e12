// The baseline of bench_firstframe: a bare Qt Quick Controls window, the app's size and style.
import QtQuick
import QtQuick.Controls

ApplicationWindow {
    width: 1280
    height: 800
    visible: true
    title: "Bare window"

    Label {
        anchors.centerIn: parent
        text: "Hello"
    }
}
