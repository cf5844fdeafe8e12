pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Settings: the theme (follow the desktop, light or dark) and where things live.
FocusScope {
    id: page
    required property Theme theme
    required property var app
    readonly property var appearance: app.session.appearance

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: page.theme.margin
        spacing: page.theme.gap

        Text {
            text: qsTr("Settings")
            font.pixelSize: page.theme.title
            font.bold: true
            color: page.theme.ink
            Accessible.role: Accessible.Heading
        }

        Card {
            theme: page.theme
            heading: qsTr("Theme")
            Layout.fillWidth: true
            Layout.maximumWidth: 640
            ButtonGroup {
                id: themeGroup
            }
            Repeater {
                model: [
                    { "choice": "system", "label": qsTr("Follow the desktop") },
                    { "choice": "light", "label": qsTr("Light") },
                    { "choice": "dark", "label": qsTr("Dark") }
                ]
                delegate: RadioButton {
                    required property var modelData
                    required property int index
                    objectName: "theme_" + modelData.choice
                    text: modelData.label
                    focus: index === 0
                    ButtonGroup.group: themeGroup
                    checked: page.appearance.choice === modelData.choice
                    onClicked: page.appearance.choice = modelData.choice
                    font.pixelSize: page.theme.body
                }
            }
            Text {
                Layout.fillWidth: true
                text: page.appearance.desktopAnswered ? qsTr("The desktop prefers a %1 theme.").arg(page.appearance.dark && page.appearance.choice === "system" ? qsTr("dark") : qsTr("light"))
                                                      : qsTr("The desktop did not say which it prefers; following it means light.")
                wrapMode: Text.WordWrap
                font.pixelSize: page.theme.small
                color: page.theme.muted
            }
        }

        Card {
            theme: page.theme
            heading: qsTr("Language")
            Layout.fillWidth: true
            Layout.maximumWidth: 640
            Text {
                Layout.fillWidth: true
                text: qsTr("Cliffhanger follows the system's language. Start it with --lang CODE to choose another.")
                wrapMode: Text.WordWrap
                font.pixelSize: page.theme.body
                color: page.theme.ink
            }
        }

        Card {
            theme: page.theme
            heading: qsTr("Feeds")
            Layout.fillWidth: true
            Layout.maximumWidth: 640
            Text {
                Layout.fillWidth: true
                text: qsTr("New feeds sync every 6 hours and count as reported news; the command line sets another interval or trust (cliffhanger feeds add URL --interval MINUTES --tier TIER).")
                wrapMode: Text.WordWrap
                font.pixelSize: page.theme.body
                color: page.theme.ink
            }
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
