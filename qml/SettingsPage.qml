pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Settings: the theme (follow the desktop, light or dark), the language, and where things live.
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
            ComboBox {
                id: languageBox
                objectName: "languageBox"
                readonly property var language: page.app.session.language
                Layout.preferredWidth: 240
                model: languageBox.language.choices
                textRole: "label"
                valueRole: "choice"
                // "System" is the one entry in the current language; the others are in their own.
                displayText: languageBox.language.choice === "system" ? qsTr("System") : currentText
                // Found in the list itself: indexOfValue() runs before the model is set and is not
                // evaluated again.
                currentIndex: languageBox.language.choices.findIndex(c => c.choice === languageBox.language.choice)
                onActivated: languageBox.language.choice = currentValue
                font.pixelSize: page.theme.body
                Accessible.name: qsTr("Language")
                contentItem: Text {
                    leftPadding: 12
                    text: languageBox.displayText
                    font: languageBox.font
                    color: page.theme.ink
                    verticalAlignment: Text.AlignVCenter
                }
                delegate: ItemDelegate {
                    required property var modelData
                    width: languageBox.width
                    text: modelData.choice === "system" ? qsTr("System") : modelData.label
                    font.pixelSize: page.theme.body
                }
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("System follows the desktop's language. The command line's --lang CODE (en, ko, es) chooses one for a single run.")
                wrapMode: Text.WordWrap
                font.pixelSize: page.theme.small
                color: page.theme.muted
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
