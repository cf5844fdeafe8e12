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
            font.pixelSize: 14
            font.bold: true
        }
        Text {
            visible: outlook.overview.expectedEpisodes > 0
            text: qsTr("· %1 episodes expected").arg(outlook.overview.expectedEpisodes)
            color: outlook.theme.muted
            font.pixelSize: 14
        }
    }
    Text {
        objectName: "releaseLabel"
        Layout.fillWidth: true
        text: outlook.overview.releaseLabel.length > 0 ? outlook.overview.releaseLabel : qsTr("No date known yet")
        font.pixelSize: 30
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
        font.pixelSize: 13
        wrapMode: Text.WordWrap
    }
    Text {
        Layout.fillWidth: true
        text: outlook.overview.agreeing > 0
              ? qsTr("Independent sources agreeing: %1").arg(outlook.overview.agreeing)
              : qsTr("No other source agrees yet")
        color: outlook.theme.muted
        font.pixelSize: 13
    }
    Rectangle {
        Layout.fillWidth: true
        Layout.topMargin: 6
        implicitHeight: 1
        color: outlook.theme.line
    }
    Text {
        text: qsTr("How the prediction changed")
        font.pixelSize: 13
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
            Layout.fillWidth: true
            spacing: 10

            Rectangle {
                implicitWidth: 10
                implicitHeight: 10
                radius: 5
                color: entry.current ? outlook.theme.accent : outlook.theme.line
            }
            Text {
                text: entry.published
                color: outlook.theme.muted
                font.pixelSize: 13
                Layout.preferredWidth: 76
            }
            Text {
                text: entry.label
                color: entry.current ? outlook.theme.ink : outlook.theme.muted
                font.pixelSize: 14
                font.bold: entry.current
                Layout.preferredWidth: 170
            }
            Text {
                text: entry.source + " · " + entry.tier
                color: outlook.theme.muted
                font.pixelSize: 13
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
    }
}
