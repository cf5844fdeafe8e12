pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The awaited season's cast grouped by what is known: confirmed, expected, rumoured, not
// reported; each with how many independent sources say so.
ListView {
    id: board
    objectName: "castBoard"
    required property Theme theme
    required property var overview
    clip: true
    focus: true
    leftMargin: theme.margin
    rightMargin: theme.margin
    topMargin: theme.gap
    model: overview.cast
    keyNavigationEnabled: true
    highlightMoveDuration: 0
    Accessible.name: qsTr("Cast for season %1").arg(overview.upcomingSeason)
    Accessible.role: Accessible.List
    ScrollBar.vertical: ScrollBar {}
    delegate: Column {
        id: person
        required property int index
        required property string actor
        required property string character
        required property string status
        required property string statusLabel
        required property int sources
        required property string initials
        required property string heading
        width: ListView.view.width - board.leftMargin - board.rightMargin

        GroupHeading {
            theme: board.theme
            large: false
            width: person.width
            text: person.heading
        }
        ItemDelegate {
            width: person.width
            Accessible.name: qsTr("%1 as %2: %3").arg(person.actor).arg(person.character).arg(person.statusLabel)
            background: Rectangle {
                color: person.ListView.isCurrentItem && board.activeFocus ? board.theme.accentSoft : "transparent"
                border.color: person.ListView.isCurrentItem && board.activeFocus ? board.theme.focus : "transparent"
                radius: board.theme.radius
            }
            contentItem: RowLayout {
                spacing: board.theme.gap
                Rectangle {
                    Layout.preferredWidth: 36
                    Layout.preferredHeight: 36
                    radius: 18
                    color: Qt.rgba(board.theme.statusColor(person.status).r, board.theme.statusColor(person.status).g, board.theme.statusColor(person.status).b, 0.15)
                    Text {
                        anchors.centerIn: parent
                        text: person.initials
                        font.pixelSize: board.theme.tiny
                        font.bold: true
                        color: board.theme.statusColor(person.status)
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Text {
                        Layout.fillWidth: true
                        text: person.actor
                        font.pixelSize: board.theme.body
                        font.bold: true
                        color: board.theme.ink
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("as %1").arg(person.character)
                        font.pixelSize: board.theme.small
                        color: board.theme.muted
                    }
                }
                Text {
                    visible: person.sources > 0
                    text: qsTr("%n source(s)", "", person.sources)
                    font.pixelSize: board.theme.small
                    color: board.theme.muted
                }
                StatusChip {
                    theme: board.theme
                    status: person.status
                    label: person.statusLabel
                }
            }
        }
    }
    Text {
        anchors.centerIn: parent
        visible: board.count === 0
        text: qsTr("No cast known for this season yet.")
        font.pixelSize: board.theme.body
        color: board.theme.muted
    }
}
