pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Every show: filtered as you type (Ctrl+F), sorted by title, next release or last change.
FocusScope {
    id: page
    required property Theme theme
    required property var app
    readonly property var library: app.session.library

    function focusSearch() {
        search.forceActiveFocus();
        search.selectAll();
    }
    Connections {
        target: page.app
        function onSearchAsked() {
            page.focusSearch();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: page.theme.margin
        spacing: page.theme.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: page.theme.gap
            Text {
                text: qsTr("Library")
                font.pixelSize: page.theme.title
                font.bold: true
                color: page.theme.ink
                Accessible.role: Accessible.Heading
            }
            Text {
                objectName: "libraryCount"
                Layout.fillWidth: true
                text: page.library.text.length > 0
                      ? qsTr("%1 of %n show(s)", "", page.app.session.showCount).arg(page.library.count)
                      : qsTr("%n show(s)", "", page.library.count)
                font.pixelSize: page.theme.small
                color: page.theme.muted
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: page.theme.gap
            TextField {
                id: search
                objectName: "librarySearch"
                Layout.fillWidth: true
                placeholderText: qsTr("Find a show by title, original title or network (Ctrl+F)")
                text: page.library.text
                onTextChanged: page.library.text = text
                Keys.onDownPressed: {
                    if (list.currentIndex < 0 && list.count > 0)
                        list.currentIndex = 0;
                    list.forceActiveFocus();
                }
                Keys.onReturnPressed: if (list.count > 0) page.app.openShow(page.library.showIdAt(0))
                Accessible.name: qsTr("Find a show")
            }
            Label {
                text: qsTr("Sort by")
                color: page.theme.muted
                font.pixelSize: page.theme.small
            }
            ComboBox {
                id: sortBox
                objectName: "librarySort"
                Layout.preferredWidth: 190
                model: [qsTr("Title"), qsTr("Next release"), qsTr("Last change")]
                currentIndex: page.library.sortKey
                onActivated: index => page.library.sortKey = index
                Accessible.name: qsTr("Sort the library by")
            }
        }

        ListView {
            id: list
            objectName: "libraryList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            model: page.library
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            reuseItems: true
            Accessible.name: qsTr("Shows")
            Accessible.role: Accessible.List
            ScrollBar.vertical: ScrollBar {}
            delegate: ShowRow {
                theme: page.theme
                width: list.width
                showLastChange: true
                session: page.app.session
                onClicked: page.app.openShow(showId)
                Keys.onReturnPressed: page.app.openShow(showId)
                Keys.onEnterPressed: page.app.openShow(showId)
            }
            Text {
                anchors.centerIn: parent
                visible: list.count === 0
                text: page.library.text.length > 0 ? qsTr("No show matches “%1”.").arg(page.library.text)
                                                   : qsTr("No shows yet: add a feed on the Feeds page.")
                color: page.theme.muted
                font.pixelSize: page.theme.body
            }
        }
    }
}
