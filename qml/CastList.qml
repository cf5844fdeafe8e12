pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts

// The cast with each actor's status for the upcoming season.
Card {
    id: castCard
    required property var overview
    heading: qsTr("Cast for season %1").arg(overview.upcomingSeason)

    ListView {
        id: list
        objectName: "castList"
        Layout.fillWidth: true
        Layout.preferredHeight: contentHeight
        interactive: false
        model: castCard.overview.cast
        activeFocusOnTab: true
        keyNavigationEnabled: true
        highlightMoveDuration: 0
        Accessible.name: castCard.heading
        delegate: Item {
            id: row
            required property int index
            required property string actor
            required property string character
            required property string status
            required property string statusLabel
            width: list.width
            implicitHeight: 44

            Rectangle {
                anchors.fill: parent
                radius: 6
                color: castCard.theme.accentSoft
                visible: list.activeFocus && list.currentIndex === row.index
            }

            Column {
                anchors.left: parent.left
                anchors.leftMargin: 6
                anchors.right: chip.left
                anchors.rightMargin: 8
                anchors.verticalCenter: parent.verticalCenter
                Text {
                    width: parent.width
                    text: row.actor
                    font.pixelSize: 14
                    color: castCard.theme.ink
                    elide: Text.ElideRight
                }
                Text {
                    width: parent.width
                    text: qsTr("as %1").arg(row.character)
                    font.pixelSize: 12
                    color: castCard.theme.muted
                    elide: Text.ElideRight
                }
            }
            StatusChip {
                id: chip
                theme: castCard.theme
                anchors.right: parent.right
                anchors.rightMargin: 6
                anchors.verticalCenter: parent.verticalCenter
                status: row.status
                label: row.statusLabel
            }
        }
    }
}
