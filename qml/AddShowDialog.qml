pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// "Add show" (Ctrl+N): search TVmaze by name as you type, pick a match (year, network and
// country tell same-named shows apart) and add it: its TVmaze feeds are created and synced.
Dialog {
    id: dialog
    objectName: "addShowDialog"
    required property Theme theme
    required property var controller // AddShowController

    title: qsTr("Add a show")
    modal: true
    focus: true
    standardButtons: Dialog.Close
    width: Math.min(parent ? parent.width - 2 * theme.margin : 640, 640)
    height: Math.min(parent ? parent.height - 2 * theme.margin : 560, 560)
    anchors.centerIn: parent

    onOpened: {
        field.forceActiveFocus();
        field.selectAll();
    }

    // Waits for a pause in typing before asking TVmaze, so one word is one request.
    Timer {
        id: pause
        interval: 300
        onTriggered: dialog.controller.search(field.text)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: dialog.theme.gap
        TextField {
            id: field
            objectName: "addShowField"
            Layout.fillWidth: true
            placeholderText: qsTr("Show title, e.g. All of Us Are Dead")
            onTextChanged: pause.restart()
            Keys.onReturnPressed: {
                pause.stop();
                dialog.controller.search(text);
            }
            Keys.onDownPressed: {
                if (results.count === 0)
                    return;
                results.currentIndex = 0; // after a new answer the view has no current row
                results.forceActiveFocus();
            }
            Accessible.name: qsTr("Search TVmaze for a show")
        }
        Text {
            objectName: "addShowMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            text: dialog.controller.searching ? qsTr("Searching TVmaze…") : dialog.controller.message
            color: dialog.controller.failed ? dialog.theme.accent : dialog.theme.muted
            font.pixelSize: dialog.theme.small
            wrapMode: Text.WordWrap
        }
        ListView {
            id: results
            objectName: "addShowResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: dialog.controller.results
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            // Enter adds the current match (the view, not the row, has the key focus here).
            Keys.onReturnPressed: if (currentIndex >= 0) dialog.controller.add(dialog.controller.results.get(currentIndex).tvmazeId)
            Keys.onEnterPressed: if (currentIndex >= 0) dialog.controller.add(dialog.controller.results.get(currentIndex).tvmazeId)
            Accessible.name: qsTr("Matches on TVmaze")
            Accessible.role: Accessible.List
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: match
                required property var tvmazeId
                required property string title
                required property string details
                width: results.width
                onClicked: dialog.controller.add(tvmazeId)
                Accessible.name: qsTr("Add %1 (%2)").arg(title).arg(details)
                background: Rectangle {
                    color: match.ListView.isCurrentItem && results.activeFocus ? dialog.theme.accentSoft : "transparent"
                    border.color: match.ListView.isCurrentItem && results.activeFocus ? dialog.theme.focus : "transparent"
                    radius: dialog.theme.radius
                }
                contentItem: RowLayout {
                    spacing: dialog.theme.gap
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Text {
                            Layout.fillWidth: true
                            text: match.title
                            textFormat: Text.PlainText
                            font.pixelSize: dialog.theme.body
                            font.bold: true
                            color: dialog.theme.ink
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            text: match.details
                            textFormat: Text.PlainText
                            font.pixelSize: dialog.theme.small
                            color: dialog.theme.muted
                            elide: Text.ElideRight
                        }
                    }
                    Button {
                        text: qsTr("Add")
                        enabled: !dialog.controller.adding
                        onClicked: dialog.controller.add(match.tvmazeId)
                        Accessible.name: qsTr("Add %1").arg(match.title)
                    }
                }
            }
        }
        Text {
            Layout.fillWidth: true
            text: dialog.controller.attribution
            font.pixelSize: dialog.theme.tiny
            color: dialog.theme.muted
            wrapMode: Text.WordWrap
        }
    }
}
