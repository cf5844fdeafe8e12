pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts

// The episodes of the latest released season.
Card {
    id: episodesCard
    required property var overview
    heading: qsTr("Season %1 episodes").arg(overview.episodesSeason)

    ListView {
        id: list
        objectName: "episodeList"
        Layout.fillWidth: true
        Layout.preferredHeight: contentHeight
        interactive: false
        model: episodesCard.overview.episodes
        activeFocusOnTab: true
        keyNavigationEnabled: true
        highlightMoveDuration: 0
        Accessible.name: episodesCard.heading
        delegate: Item {
            id: row
            required property int index
            required property int number
            required property string title
            required property string airDate
            width: list.width
            implicitHeight: 34

            Rectangle {
                anchors.fill: parent
                radius: 6
                color: episodesCard.theme.accentSoft
                visible: list.activeFocus && list.currentIndex === row.index
            }

            Text {
                id: numberText
                anchors.left: parent.left
                anchors.leftMargin: 6
                anchors.verticalCenter: parent.verticalCenter
                width: 28
                text: row.number
                font.pixelSize: 13
                color: episodesCard.theme.muted
            }
            Text {
                anchors.left: numberText.right
                anchors.right: date.left
                anchors.rightMargin: 8
                anchors.verticalCenter: parent.verticalCenter
                text: row.title
                font.pixelSize: 14
                color: episodesCard.theme.ink
                elide: Text.ElideRight
            }
            Text {
                id: date
                anchors.right: parent.right
                anchors.rightMargin: 6
                anchors.verticalCenter: parent.verticalCenter
                text: row.airDate
                font.pixelSize: 13
                color: episodesCard.theme.muted
            }
        }
    }
}
