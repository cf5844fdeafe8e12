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
    readonly property var filter: page.overview.claimFilter

    function askToDismiss(claimId, summary, source) {
        confirmDismiss.claimId = claimId;
        confirmDismiss.summary = summary;
        confirmDismiss.source = source;
        confirmDismiss.open();
    }

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

        // Which claims the list shows: one kind, tier or status, or all of them.
        Flow {
            Layout.fillWidth: true
            spacing: page.theme.gap

            ComboBox {
                id: kindChoice
                objectName: "claimFilter_kind"
                model: page.filter.kindChoices
                textRole: "label"
                valueRole: "value"
                implicitContentWidthPolicy: ComboBox.WidestText
                currentIndex: Math.max(0, indexOfValue(page.filter.kind))
                onActivated: page.filter.kind = currentValue
                Accessible.name: qsTr("Kind: %1").arg(displayText)
            }
            ComboBox {
                id: tierChoice
                objectName: "claimFilter_tier"
                model: page.filter.tierChoices
                textRole: "label"
                valueRole: "value"
                implicitContentWidthPolicy: ComboBox.WidestText
                currentIndex: Math.max(0, indexOfValue(page.filter.tier))
                onActivated: page.filter.tier = currentValue
                Accessible.name: qsTr("Tier: %1").arg(displayText)
            }
            ComboBox {
                id: statusChoice
                objectName: "claimFilter_status"
                model: page.filter.statusChoices
                textRole: "label"
                valueRole: "value"
                implicitContentWidthPolicy: ComboBox.WidestText
                currentIndex: Math.max(0, indexOfValue(page.filter.status))
                onActivated: page.filter.status = currentValue
                Accessible.name: qsTr("Status: %1").arg(displayText)
            }
            Text {
                objectName: "claimCount"
                // As tall as the menus beside it, so its words sit on their line.
                height: kindChoice.height
                verticalAlignment: Text.AlignVCenter
                text: qsTr("%1 of %n claim(s)", "", page.filter.total).arg(page.filter.count)
                font.pixelSize: page.theme.small
                color: page.theme.muted
            }
        }

        ListView {
            id: list
            objectName: "claimList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: page.filter
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
                required property string statusLabel
                required property string quote

                readonly property bool counted: status === "open" || status === "confirmed"

                // The current row takes the list's focus, so Del reaches it: it asks first.
                focus: true
                Keys.onDeletePressed: {
                    if (row.status !== "dismissed")
                        page.askToDismiss(row.claimId, row.summary, row.source);
                }
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("%1: %2 from %3").arg(row.kind).arg(row.summary).arg(row.source)

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
                            text: qsTr("%1 · %2 · %3 · %4").arg(row.source).arg(row.published).arg(row.tier).arg(row.statusLabel)
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
                        Accessible.name: qsTr("Confirm claim: %1 from %2").arg(row.summary).arg(row.source)
                    }
                    Button {
                        text: qsTr("Dismiss")
                        enabled: row.status !== "dismissed"
                        onClicked: page.controller.reviewClaim(row.claimId, "dismiss")
                        Accessible.name: qsTr("Dismiss claim: %1 from %2").arg(row.summary).arg(row.source)
                    }
                    Button {
                        text: qsTr("Wrong")
                        enabled: row.status !== "contradicted"
                        onClicked: page.controller.reviewClaim(row.claimId, "wrong")
                        Accessible.name: qsTr("Mark claim wrong: %1 from %2").arg(row.summary).arg(row.source)
                    }
                }
            }
        }
    }

    // Del asks first: a dismissed claim stops shaping the outlook.
    Dialog {
        id: confirmDismiss
        objectName: "confirmDismissClaim"
        property var claimId: 0
        property string summary
        property string source
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(520, parent ? parent.width - 2 * page.theme.margin : 520)
        modal: true
        focus: true
        title: qsTr("Dismiss this claim?")
        standardButtons: Dialog.Cancel | Dialog.Ok
        onAccepted: page.controller.reviewClaim(claimId, "dismiss")
        onClosed: list.forceActiveFocus()
        Text {
            width: parent.width
            text: qsTr("“%1” from %2 will no longer shape the outlook. You can confirm it again later.").arg(confirmDismiss.summary).arg(confirmDismiss.source)
            wrapMode: Text.WordWrap
            font.pixelSize: page.theme.body
            color: page.theme.ink
        }
    }
}
