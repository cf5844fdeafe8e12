pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// What is coming: every show with an awaited season, soonest first, with its best window at
// the precision the sources give; and what changed lately across shows, each with its source.
FocusScope {
    id: page
    required property Theme theme
    required property var app
    readonly property var session: app.session

    RowLayout {
        anchors.fill: parent
        anchors.margins: page.theme.margin
        spacing: page.theme.margin
        visible: page.session.showCount > 0

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: page.theme.gapSmall

            Text {
                text: qsTr("Coming up")
                font.pixelSize: page.theme.title
                font.bold: true
                color: page.theme.ink
                Accessible.role: Accessible.Heading
            }
            Text {
                text: qsTr("%n show(s) with a season on the way", "", page.session.comingUp.count)
                font.pixelSize: page.theme.small
                color: page.theme.muted
            }
            ListView {
                id: coming
                objectName: "comingUpList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                focus: true
                model: page.session.comingUp
                keyNavigationEnabled: true
                highlightMoveDuration: 0
                reuseItems: true
                Accessible.name: qsTr("Coming up")
                Accessible.role: Accessible.List
                ScrollBar.vertical: ScrollBar {}
                delegate: ShowRow {
                    theme: page.theme
                    width: coming.width
                    onClicked: page.app.openShow(showId)
                    Keys.onReturnPressed: page.app.openShow(showId)
                    Keys.onEnterPressed: page.app.openShow(showId)
                }
                Text {
                    anchors.centerIn: parent
                    visible: coming.count === 0
                    text: qsTr("No awaited season. Every show in the library is released or cancelled.")
                    color: page.theme.muted
                    font.pixelSize: page.theme.body
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            spacing: page.theme.gapSmall

            // Reminders due now for the seasons you follow (shown, not marked delivered).
            Text {
                visible: page.session.reminders.count > 0
                text: qsTr("Reminders")
                font.pixelSize: page.theme.title
                font.bold: true
                color: page.theme.ink
                Accessible.role: Accessible.Heading
            }
            Repeater {
                model: page.session.reminders
                delegate: Rectangle {
                    id: reminder
                    required property string title
                    required property string body
                    required property string due
                    required property bool delivered
                    Layout.fillWidth: true
                    implicitHeight: reminderText.implicitHeight + 2 * page.theme.gapSmall
                    radius: page.theme.radius
                    color: page.theme.accentSoft
                    Accessible.role: Accessible.StaticText
                    Accessible.name: title + ". " + body
                    ColumnLayout {
                        id: reminderText
                        anchors.fill: parent
                        anchors.margins: page.theme.gapSmall
                        spacing: 2
                        Text {
                            Layout.fillWidth: true
                            text: reminder.title
                            font.pixelSize: page.theme.body
                            font.bold: true
                            color: page.theme.ink
                            wrapMode: Text.WordWrap
                        }
                        Text {
                            Layout.fillWidth: true
                            text: reminder.body
                            font.pixelSize: page.theme.small
                            color: page.theme.ink
                            wrapMode: Text.WordWrap
                        }
                        Text {
                            text: reminder.delivered ? qsTr("Told %1").arg(reminder.due) : qsTr("Due %1").arg(reminder.due)
                            font.pixelSize: page.theme.tiny
                            color: page.theme.muted
                        }
                    }
                }
            }
            Text {
                text: qsTr("What changed lately")
                font.pixelSize: page.theme.title
                font.bold: true
                color: page.theme.ink
                Accessible.role: Accessible.Heading
            }
            Text {
                text: qsTr("The newest moves of the outlook, with their sources")
                font.pixelSize: page.theme.small
                color: page.theme.muted
            }
            ListView {
                id: changes
                objectName: "recentChangesList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: page.theme.gapSmall
                model: page.session.recentChanges
                keyNavigationEnabled: true
                activeFocusOnTab: true
                highlightMoveDuration: 0
                Accessible.name: qsTr("What changed lately")
                Accessible.role: Accessible.List
                ScrollBar.vertical: ScrollBar {}
                delegate: ItemDelegate {
                    id: change
                    required property var showId
                    required property string show
                    required property int season
                    required property string summary
                    required property string source
                    required property string published
                    width: changes.width
                    onClicked: page.app.openShow(showId)
                    Keys.onReturnPressed: page.app.openShow(showId)
                    Accessible.name: qsTr("%1 season %2: %3, from %4, %5").arg(show).arg(season).arg(summary).arg(source).arg(published)
                    background: Rectangle {
                        color: change.ListView.isCurrentItem && changes.activeFocus ? page.theme.accentSoft : page.theme.card
                        border.color: change.ListView.isCurrentItem && changes.activeFocus ? page.theme.focus : page.theme.line
                        radius: page.theme.radius
                    }
                    contentItem: ColumnLayout {
                        spacing: 2
                        Text {
                            Layout.fillWidth: true
                            text: qsTr("%1 · season %2").arg(change.show).arg(change.season)
                            font.pixelSize: page.theme.small
                            font.bold: true
                            color: page.theme.accent
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            text: change.summary
                            font.pixelSize: page.theme.body
                            color: page.theme.ink
                            wrapMode: Text.WordWrap
                        }
                        Text {
                            Layout.fillWidth: true
                            text: qsTr("%1 · %2").arg(change.source).arg(change.published)
                            font.pixelSize: page.theme.tiny
                            color: page.theme.muted
                            elide: Text.ElideRight
                            // An article's title may be longer than any layout.
                            readonly property bool elidesData: true
                        }
                    }
                }
                Text {
                    anchors.centerIn: parent
                    width: changes.width
                    visible: changes.count === 0
                    text: qsTr("Nothing has moved yet.")
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    color: page.theme.muted
                    font.pixelSize: page.theme.body
                }
            }
        }
    }

    // The first run without any show: say how to get one.
    ColumnLayout {
        objectName: "homeEmpty"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * page.theme.margin, 560)
        visible: page.session.showCount === 0
        spacing: page.theme.gap
        Text {
            text: qsTr("No shows yet")
            font.pixelSize: page.theme.title
            font.bold: true
            color: page.theme.ink
            Accessible.role: Accessible.Heading
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Add a feed on the Feeds page (Ctrl+4): a season feed, a TVmaze show or a news feed. Its shows appear here with their next release.")
            wrapMode: Text.WordWrap
            font.pixelSize: page.theme.body
            color: page.theme.muted
        }
        Button {
            text: qsTr("Go to Feeds")
            onClicked: page.app.go("feeds")
        }
    }
}
