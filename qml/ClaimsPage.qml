pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Every claim about the upcoming season, newest first, with its source and the reader's
// verdict: confirm, dismiss, or mark wrong. Dismissed and wrong claims stop shaping the outlook.
Item {
    id: page
    required property Theme theme
    required property var overview
    required property var controller

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: page.theme.margin
        spacing: page.theme.gap

        Text {
            text: qsTr("Claims about season %1").arg(page.overview.upcomingSeason)
            font.pixelSize: page.theme.title
            font.bold: true
            color: page.theme.ink
            Accessible.role: Accessible.Heading
        }
        Text {
            Layout.fillWidth: true
            text: page.controller.message.length > 0 ? page.controller.message
                  : qsTr("Each claim keeps the source it came from. Your verdict is kept even when the source is read again.")
            color: page.controller.message.length > 0 ? page.theme.accent : page.theme.muted
            font.pixelSize: page.theme.small
            wrapMode: Text.WordWrap
        }

        ListView {
            id: list
            objectName: "claimList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: page.overview.claims
            activeFocusOnTab: true
            keyNavigationEnabled: true
            ScrollBar.vertical: ScrollBar {}
            Accessible.name: qsTr("Claims")

            delegate: Rectangle {
                id: row
                required property int index
                required property var claimId
                required property string kind
                required property string summary
                required property string source
                required property string published
                required property string tier
                required property string status
                required property string quote

                readonly property bool counted: status === "open" || status === "confirmed"

                width: list.width
                implicitHeight: content.implicitHeight + 20
                radius: page.theme.radius
                color: page.theme.card
                opacity: counted ? 1.0 : 0.6
                border.color: list.activeFocus && list.currentIndex === row.index ? page.theme.accent : page.theme.line

                RowLayout {
                    id: content
                    anchors.fill: parent
                    anchors.margins: 10
                    spacing: 12

                    Text {
                        text: row.kind
                        Layout.preferredWidth: 90
                        font.pixelSize: page.theme.tiny
                        font.bold: true
                        font.capitalization: Font.AllUppercase
                        color: page.theme.muted
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Text {
                            Layout.fillWidth: true
                            text: row.summary
                            font.pixelSize: page.theme.body
                            color: page.theme.ink
                            elide: Text.ElideRight
                            // A source's own words may be longer than any layout.
                            readonly property bool elidesData: true
                        }
                        Text {
                            Layout.fillWidth: true
                            text: qsTr("%1 · %2 · %3 · %4").arg(row.source).arg(row.published).arg(row.tier).arg(row.status)
                            font.pixelSize: page.theme.tiny
                            color: page.theme.muted
                            elide: Text.ElideRight
                            // The source's title leads the line: its length is the source's.
                            readonly property bool elidesData: true
                        }
                        Text {
                            Layout.fillWidth: true
                            visible: row.quote.length > 0
                            text: "“" + row.quote + "”"
                            font.pixelSize: page.theme.tiny
                            font.italic: true
                            color: page.theme.muted
                            // The source's own words: two lines, then cut.
                            wrapMode: Text.Wrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                            readonly property bool elidesData: true
                        }
                    }
                    Button {
                        text: qsTr("Confirm")
                        enabled: row.status !== "confirmed"
                        onClicked: page.controller.reviewClaim(row.claimId, "confirm")
                    }
                    Button {
                        text: qsTr("Dismiss")
                        enabled: row.status !== "dismissed"
                        onClicked: page.controller.reviewClaim(row.claimId, "dismiss")
                    }
                    Button {
                        text: qsTr("Wrong")
                        enabled: row.status !== "contradicted"
                        onClicked: page.controller.reviewClaim(row.claimId, "wrong")
                    }
                }
            }
        }
    }
}
