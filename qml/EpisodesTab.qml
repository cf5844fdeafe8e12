pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Every season's episodes with air dates and runtimes; specials after each season's numbered
// episodes, under their own heading. Each numbered episode has a watched box and "up to here";
// each season's heading says its progress and marks the whole season watched or not. The marks
// go through the app's writer (session.setWatched), as `cliffhanger watched` does.
ListView {
    id: list
    objectName: "episodeList"
    required property Theme theme
    required property var overview
    required property var session
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
        required property int season
        required property int number
        required property string title
        required property string airDate
        required property string runtime
        required property bool special
        required property string heading
        required property bool watched
        width: ListView.view.width - list.leftMargin - list.rightMargin

        RowLayout {
            width: row.width
            visible: row.heading.length > 0
            GroupHeading {
                theme: list.theme
                large: true
                Layout.fillWidth: true
                text: row.heading
            }
            Button {
                visible: !row.special
                flat: true
                text: qsTr("Season watched")
                Accessible.name: qsTr("Mark season %1 watched").arg(row.season)
                onClicked: list.session.setWatched(list.overview.showId, row.season, 0, false, true)
            }
            Button {
                visible: !row.special
                flat: true
                text: qsTr("Unwatch season")
                Accessible.name: qsTr("Mark season %1 not watched").arg(row.season)
                onClicked: list.session.setWatched(list.overview.showId, row.season, 0, false, false)
            }
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
                CheckBox {
                    objectName: "watchedBox"
                    enabled: !row.special
                    opacity: row.special ? 0 : 1
                    checked: row.watched
                    Accessible.name: qsTr("Watched episode %1").arg(row.number)
                    onClicked: list.session.setWatched(list.overview.showId, row.season, row.number, false, checked)
                }
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
                Button {
                    visible: !row.special
                    flat: true
                    text: qsTr("Up to here")
                    Accessible.name: qsTr("Mark episodes 1 to %1 watched").arg(row.number)
                    onClicked: list.session.setWatched(list.overview.showId, row.season, row.number, true, true)
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
