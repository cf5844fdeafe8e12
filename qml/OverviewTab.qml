pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The show's Overview tab: the awaited season's outlook with its confidence, the drift chart
// of every prediction, the production timeline and the synopsis.
ScrollView {
    id: tab
    required property Theme theme
    required property var overview
    contentWidth: availableWidth
    clip: true

    GridLayout {
        width: tab.availableWidth - 2 * tab.theme.margin
        x: tab.theme.margin
        y: tab.theme.gap
        columns: tab.availableWidth > 1100 ? 2 : 1
        columnSpacing: tab.theme.gap
        rowSpacing: tab.theme.gap

        OutlookCard {
            theme: tab.theme
            overview: tab.overview
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            Layout.rowSpan: 2
            visible: tab.overview.upcomingSeason > 0
        }
        Card {
            theme: tab.theme
            heading: qsTr("How the predictions drifted")
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            visible: tab.overview.upcomingSeason > 0 && tab.overview.history.count > 0
            DriftChart {
                objectName: "driftChart"
                theme: tab.theme
                history: tab.overview.history
                todayDay: tab.overview.todayDay
                Layout.fillWidth: true
                Layout.preferredHeight: implicitHeight
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Each bar runs from a prediction's earliest to its latest day, placed where it was said. Grey, struck bars were missed.")
                wrapMode: Text.WordWrap
                font.pixelSize: tab.theme.tiny
                color: tab.theme.muted
            }
        }
        Card {
            theme: tab.theme
            heading: qsTr("Production")
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            visible: tab.overview.upcomingSeason > 0
            Text {
                visible: tab.overview.production.count === 0
                text: qsTr("No production news yet.")
                font.pixelSize: tab.theme.body
                color: tab.theme.muted
            }
            Repeater {
                model: tab.overview.production
                delegate: RowLayout {
                    id: step
                    required property string published
                    required property string kind
                    required property string summary
                    required property string source
                    Layout.fillWidth: true
                    spacing: tab.theme.gap
                    Text {
                        Layout.preferredWidth: 76
                        text: step.published
                        font.pixelSize: tab.theme.small
                        color: tab.theme.muted
                    }
                    Text {
                        Layout.fillWidth: true
                        text: step.summary + "  <font color='" + tab.theme.muted + "'>" + step.source + "</font>"
                        textFormat: Text.StyledText
                        wrapMode: Text.WordWrap
                        font.pixelSize: tab.theme.body
                        color: tab.theme.ink
                    }
                }
            }
        }
        Card {
            theme: tab.theme
            heading: qsTr("About the show")
            Layout.fillWidth: true
            Layout.columnSpan: parent.columns
            visible: tab.overview.synopsis.length > 0
            Text {
                Layout.fillWidth: true
                text: tab.overview.synopsis
                wrapMode: Text.WordWrap
                font.pixelSize: tab.theme.body
                lineHeight: 1.2
                color: tab.theme.ink
            }
        }
        Item {
            Layout.preferredHeight: tab.theme.gap
        }
    }
}
