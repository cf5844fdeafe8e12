pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts

// The upcoming season at a glance: the best release window, its source, and how the
// prediction drifted over time.
Card {
    id: outlook
    required property var overview
    heading: qsTr("Season %1 outlook").arg(overview.upcomingSeason)

    RowLayout {
        spacing: 8
        Text {
            text: outlook.overview.upcomingStatus
            color: outlook.theme.accent
            font.pixelSize: outlook.theme.body
            font.bold: true
        }
        Text {
            visible: outlook.overview.expectedEpisodes > 0
            text: qsTr("· %1 episodes expected").arg(outlook.overview.expectedEpisodes)
            color: outlook.theme.muted
            font.pixelSize: outlook.theme.body
        }
    }
    Text {
        objectName: "releaseLabel"
        Layout.fillWidth: true
        text: outlook.overview.releaseLabel.length > 0 ? outlook.overview.releaseLabel : qsTr("No date known yet")
        font.pixelSize: outlook.theme.display
        font.bold: true
        color: outlook.theme.ink
        wrapMode: Text.WordWrap
    }
    Text {
        objectName: "releaseSource"
        Layout.fillWidth: true
        visible: outlook.overview.releaseSource.length > 0
        text: qsTr("Source: %1 (%2)").arg(outlook.overview.releaseSource).arg(outlook.overview.releaseTier)
        color: outlook.theme.muted
        font.pixelSize: outlook.theme.small
        wrapMode: Text.WordWrap
    }
    Text {
        Layout.fillWidth: true
        text: outlook.overview.agreeing > 0
              ? qsTr("Independent sources agreeing: %1").arg(outlook.overview.agreeing)
              : qsTr("No other source agrees yet")
        color: outlook.theme.muted
        font.pixelSize: outlook.theme.small
    }
    Text {
        objectName: "spreadLabel"
        Layout.fillWidth: true
        visible: outlook.overview.spreadLabel.length > 0
        text: qsTr("Spread of the predictions still open: %1").arg(outlook.overview.spreadLabel)
        color: outlook.theme.muted
        font.pixelSize: outlook.theme.small
        wrapMode: Text.WordWrap
    }
    Rectangle {
        Layout.fillWidth: true
        Layout.topMargin: 6
        implicitHeight: 1
        color: outlook.theme.line
    }
    Text {
        text: qsTr("How the prediction changed")
        font.pixelSize: outlook.theme.small
        font.bold: true
        color: outlook.theme.ink
    }
    Repeater {
        model: outlook.overview.history
        delegate: RowLayout {
            id: entry
            required property string label
            required property string published
            required property string source
            required property string tier
            required property bool current
            required property bool missed
            Layout.fillWidth: true
            spacing: 10

            Rectangle {
                implicitWidth: 10
                implicitHeight: 10
                radius: 5
                color: entry.current ? outlook.theme.accent : entry.missed ? outlook.theme.missed : outlook.theme.expected
            }
            Text {
                text: entry.published
                color: outlook.theme.muted
                font.pixelSize: outlook.theme.small
                Layout.preferredWidth: 76
            }
            Text {
                text: entry.missed ? qsTr("%1 (missed)").arg(entry.label) : entry.label
                font.strikeout: entry.missed
                color: entry.current ? outlook.theme.ink : outlook.theme.muted
                font.pixelSize: outlook.theme.body
                font.bold: entry.current
                Layout.preferredWidth: 280
                wrapMode: Text.WordWrap
            }
            Text {
                text: entry.source + " · " + entry.tier
                color: outlook.theme.muted
                font.pixelSize: outlook.theme.small
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
    }
}
