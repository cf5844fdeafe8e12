pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Every season's episodes with air dates and runtimes; specials after each season's numbered
// episodes, under their own heading.
ListView {
    id: list
    objectName: "episodeList"
    required property Theme theme
    required property var overview
    clip: true
    focus: true
    leftMargin: theme.margin
    rightMargin: theme.margin
    topMargin: theme.gap
    model: overview.allEpisodes
    keyNavigationEnabled: true
    highlightMoveDuration: 0
    reuseItems: true
    Accessible.name: qsTr("Episodes")
    Accessible.role: Accessible.List
    ScrollBar.vertical: ScrollBar {}
    delegate: Column {
        id: row
        required property int index
        required property int number
        required property string title
        required property string airDate
        required property string runtime
        required property bool special
        required property string heading
        width: ListView.view.width - list.leftMargin - list.rightMargin

        GroupHeading {
            theme: list.theme
            large: true
            width: row.width
            text: row.heading
        }
        ItemDelegate {
            width: row.width
            implicitHeight: 40
            Accessible.name: qsTr("Episode %1: %2, %3").arg(row.number).arg(row.title).arg(row.airDate)
            background: Rectangle {
                color: row.ListView.isCurrentItem && list.activeFocus ? list.theme.accentSoft : "transparent"
                border.color: row.ListView.isCurrentItem && list.activeFocus ? list.theme.focus : "transparent"
                radius: 6
            }
            contentItem: RowLayout {
                spacing: list.theme.gap
                Text {
                    Layout.preferredWidth: 36
                    text: row.special ? qsTr("SP") : row.number
                    font.pixelSize: list.theme.small
                    color: list.theme.muted
                }
                Text {
                    Layout.fillWidth: true
                    text: row.title.length > 0 ? row.title : qsTr("Episode %1").arg(row.number)
                    font.pixelSize: list.theme.body
                    color: list.theme.ink
                    elide: Text.ElideRight
                }
                Text {
                    text: row.runtime
                    font.pixelSize: list.theme.small
                    color: list.theme.muted
                }
                Text {
                    Layout.preferredWidth: 110
                    horizontalAlignment: Text.AlignRight
                    text: row.airDate.length > 0 ? row.airDate : qsTr("date unknown")
                    font.pixelSize: list.theme.small
                    color: list.theme.muted
                }
            }
        }
    }
    Text {
        anchors.centerIn: parent
        visible: list.count === 0
        text: qsTr("No episodes are known yet.")
        font.pixelSize: list.theme.body
        color: list.theme.muted
    }
}
