pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The feeds Cliffhanger keeps in sync: add (with the address checked as you type), remove,
// sync now, and each feed's status, last sync, item count and error.
Item {
    id: page
    required property Theme theme
    required property var controller

    function askToRemove(feedId, name) {
        confirmRemove.feedId = feedId;
        confirmRemove.feedName = name;
        confirmRemove.impact = page.controller.removalImpact(feedId);
        confirmRemove.open();
    }

    function submit() {
        if (urlField.text.length === 0 || page.controller.validateUrl(urlField.text).length > 0)
            return;
        page.controller.addFeed(urlField.text, nameField.text);
        urlField.clear();
        nameField.clear();
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: page.theme.margin
        spacing: page.theme.gap

        RowLayout {
            Layout.fillWidth: true
            Text {
                text: qsTr("Feeds")
                font.pixelSize: page.theme.title
                font.bold: true
                color: page.theme.ink
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            BusyIndicator {
                running: page.controller.busy
                visible: running
                implicitWidth: 28
                implicitHeight: 28
            }
            Button {
                objectName: "syncAllButton"
                text: qsTr("Sync all")
                enabled: !page.controller.busy
                onClicked: page.controller.syncAll()
            }
        }

        Card {
            theme: page.theme
            heading: qsTr("Add a feed")
            Layout.fillWidth: true

            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                TextField {
                    id: urlField
                    objectName: "feedUrlField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("https://example.com/feed.xml")
                    selectByMouse: true
                    Accessible.name: qsTr("Feed address")
                    onAccepted: page.submit()
                }
                TextField {
                    id: nameField
                    Layout.preferredWidth: 220
                    placeholderText: qsTr("Name (optional)")
                    selectByMouse: true
                    Accessible.name: qsTr("Feed name")
                    onAccepted: page.submit()
                }
                Button {
                    objectName: "addFeedButton"
                    text: qsTr("Add")
                    enabled: urlField.text.length > 0 && page.controller.validateUrl(urlField.text).length === 0
                    onClicked: page.submit()
                }
            }
            Text {
                objectName: "urlError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: urlField.text.length > 0 ? page.controller.validateUrl(urlField.text) : page.controller.message
                color: page.theme.accent
                wrapMode: Text.WordWrap
                font.pixelSize: page.theme.small
            }
        }

        ListView {
            id: list
            objectName: "feedList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: page.controller.feeds
            activeFocusOnTab: true
            keyNavigationEnabled: true
            ScrollBar.vertical: ScrollBar {}
            Accessible.name: qsTr("Feeds")

            delegate: Rectangle {
                id: row
                required property int index
                required property var feedId
                required property string name
                required property string url
                required property string format
                required property string statusLabel
                required property string status
                required property string lastSync
                required property int itemCount
                required property string error
                required property bool builtin
                required property bool syncing
                required property real progress

                width: list.width
                implicitHeight: content.implicitHeight + 24
                radius: page.theme.radius
                color: page.theme.card
                border.color: list.activeFocus && list.currentIndex === row.index ? page.theme.accent : page.theme.line
                // The current row takes the list's focus, so Del reaches it: it asks first.
                focus: true
                Keys.onDeletePressed: {
                    if (!row.builtin)
                        page.askToRemove(row.feedId, row.name);
                }

                RowLayout {
                    id: content
                    anchors.fill: parent
                    anchors.margins: 12
                    spacing: 12

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Text {
                            Layout.fillWidth: true
                            text: row.name
                            font.pixelSize: page.theme.body
                            font.bold: true
                            color: page.theme.ink
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            text: row.url
                            font.pixelSize: page.theme.tiny
                            color: page.theme.muted
                            elide: Text.ElideMiddle
                        }
                        Text {
                            Layout.fillWidth: true
                            text: qsTr("%1 · last sync %2 · %n item(s)", "", row.itemCount).arg(row.statusLabel).arg(row.lastSync)
                                  + (row.format.length > 0 ? " · " + row.format : "")
                            font.pixelSize: page.theme.tiny
                            color: row.status === "error" ? page.theme.accent : row.status === "deferred" ? page.theme.rumoured : page.theme.muted
                        }
                        Text {
                            Layout.fillWidth: true
                            visible: row.error.length > 0
                            text: row.error
                            font.pixelSize: page.theme.tiny
                            color: page.theme.accent
                            wrapMode: Text.WordWrap
                        }
                        ProgressBar {
                            Layout.fillWidth: true
                            visible: row.syncing
                            indeterminate: row.progress < 0
                            value: Math.max(0, row.progress)
                        }
                    }
                    Button {
                        text: qsTr("Sync now")
                        enabled: !row.syncing
                        onClicked: page.controller.syncNow(row.feedId)
                    }
                    Button {
                        objectName: "removeFeedButton"
                        text: qsTr("Remove")
                        visible: !row.builtin
                        onClicked: page.askToRemove(row.feedId, row.name)
                        Accessible.name: qsTr("Remove feed: %1").arg(row.name)
                    }
                }
            }
        }
    }

    // Removing deletes the feed's articles: it is said first, and asked.
    Dialog {
        id: confirmRemove
        objectName: "confirmRemoveFeed"
        property var feedId: 0
        property string feedName
        property string impact
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(520, parent ? parent.width - 2 * page.theme.margin : 520)
        modal: true
        title: qsTr("Remove “%1”?").arg(feedName)
        focus: true
        standardButtons: Dialog.Cancel | Dialog.Ok
        onAccepted: page.controller.removeFeed(feedId)
        onClosed: list.forceActiveFocus()
        Text {
            width: parent.width
            text: confirmRemove.impact
            wrapMode: Text.WordWrap
            font.pixelSize: page.theme.body
            color: page.theme.ink
        }
    }
}