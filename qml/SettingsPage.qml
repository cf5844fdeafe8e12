pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts

// Settings: the theme (follow the desktop, light or dark), the language, the reminder rules
// (what `cliffhanger reminders rules` shows and sets), the calendar, and where things live.
FocusScope {
    id: page
    required property Theme theme
    required property var app
    readonly property var appearance: app.session.appearance
    readonly property var rules: app.session.reminderSettings

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroller.availableWidth - 2 * page.theme.margin
            x: page.theme.margin
            y: page.theme.margin
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
                        Accessible.name: text
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
                heading: qsTr("Reminders")
                Layout.fillWidth: true
                Layout.maximumWidth: 640
                enabled: page.rules.ready

                Switch {
                    objectName: "reminderReleaseDay"
                    text: qsTr("On the release day")
                    checked: page.rules.releaseDay
                    onToggled: page.rules.releaseDay = checked
                    font.pixelSize: page.theme.body
                    Accessible.name: text
                }
                RowLayout {
                    spacing: page.theme.gapSmall
                    Label {
                        text: qsTr("Days before (once the date is exact to the day)")
                        font.pixelSize: page.theme.body
                        color: page.theme.ink
                    }
                    TextField {
                        objectName: "reminderDaysBefore"
                        text: page.rules.daysBefore
                        placeholderText: qsTr("none")
                        Layout.preferredWidth: 120
                        font.pixelSize: page.theme.body
                        // Saved when the field is left or Enter is pressed; a wrong list is said
                        // below and the field shows the stored days again.
                        onEditingFinished: page.rules.setDaysBefore(text)
                        Accessible.name: qsTr("Days before the release day, separated by commas")
                    }
                }
                Switch {
                    objectName: "reminderWindowChanges"
                    text: qsTr("When the expected window changes or narrows")
                    checked: page.rules.windowChanges
                    onToggled: page.rules.windowChanges = checked
                    font.pixelSize: page.theme.body
                    Accessible.name: text
                }
                Switch {
                    objectName: "reminderConfirmations"
                    text: qsTr("When the episode count or a cast member is confirmed")
                    checked: page.rules.confirmations
                    onToggled: page.rules.confirmations = checked
                    font.pixelSize: page.theme.body
                    Accessible.name: text
                }
                Switch {
                    objectName: "reminderRenewals"
                    text: qsTr("When a season is renewed or cancelled")
                    checked: page.rules.renewals
                    onToggled: page.rules.renewals = checked
                    font.pixelSize: page.theme.body
                    Accessible.name: text
                }
                RowLayout {
                    spacing: page.theme.gapSmall
                    Label {
                        text: qsTr("Dated reminders at")
                        font.pixelSize: page.theme.body
                        color: page.theme.ink
                    }
                    SpinBox {
                        objectName: "reminderHour"
                        from: 0
                        to: 23
                        value: page.rules.hour
                        textFromValue: (value, locale) => qsTr("%1:00").arg(value)
                        valueFromText: (text, locale) => parseInt(text)
                        onValueModified: page.rules.hour = value
                        font.pixelSize: page.theme.body
                        Accessible.name: qsTr("Hour of the dated reminders")
                    }
                }
                Switch {
                    id: quietSwitch
                    objectName: "reminderQuietHours"
                    text: qsTr("Quiet hours: hold reminders until they end")
                    checked: page.rules.quietHours
                    onToggled: page.rules.quietHours = checked
                    font.pixelSize: page.theme.body
                    Accessible.name: text
                }
                RowLayout {
                    spacing: page.theme.gapSmall
                    enabled: quietSwitch.checked
                    Label {
                        text: qsTr("From")
                        font.pixelSize: page.theme.body
                        color: page.theme.ink
                    }
                    SpinBox {
                        objectName: "reminderQuietFrom"
                        from: 0
                        to: 23
                        value: page.rules.quietFrom
                        textFromValue: (value, locale) => qsTr("%1:00").arg(value)
                        valueFromText: (text, locale) => parseInt(text)
                        onValueModified: page.rules.quietFrom = value
                        font.pixelSize: page.theme.body
                        Accessible.name: qsTr("Quiet hours start at")
                    }
                    Label {
                        text: qsTr("to")
                        font.pixelSize: page.theme.body
                        color: page.theme.ink
                    }
                    SpinBox {
                        objectName: "reminderQuietTo"
                        from: 0
                        to: 23
                        value: page.rules.quietTo
                        textFromValue: (value, locale) => qsTr("%1:00").arg(value)
                        valueFromText: (text, locale) => parseInt(text)
                        onValueModified: page.rules.quietTo = value
                        font.pixelSize: page.theme.body
                        Accessible.name: qsTr("Quiet hours end at")
                    }
                }
                Switch {
                    id: digestSwitch
                    objectName: "reminderDigest"
                    text: qsTr("One weekly digest instead of single reminders")
                    checked: page.rules.digest
                    onToggled: page.rules.digest = checked
                    font.pixelSize: page.theme.body
                    Accessible.name: text
                }
                RowLayout {
                    spacing: page.theme.gapSmall
                    enabled: digestSwitch.checked
                    Label {
                        text: qsTr("Digest day")
                        font.pixelSize: page.theme.body
                        color: page.theme.ink
                    }
                    ComboBox {
                        id: digestDayBox
                        objectName: "reminderDigestDay"
                        // 1 Monday .. 7 Sunday, named in the window's language.
                        readonly property var dayLocale: Qt.locale(page.app.session.language.code)
                        model: 7
                        currentIndex: page.rules.digestDay - 1
                        displayText: digestDayBox.dayLocale.dayName((currentIndex + 1) % 7, Locale.LongFormat)
                        onActivated: index => page.rules.digestDay = index + 1
                        delegate: ItemDelegate {
                            required property int index
                            width: digestDayBox.width
                            text: digestDayBox.dayLocale.dayName((index + 1) % 7, Locale.LongFormat)
                            font.pixelSize: page.theme.body
                        }
                        Layout.preferredWidth: 180
                        font.pixelSize: page.theme.body
                        Accessible.name: qsTr("Digest day")
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("No reminder is ever based on a date the expected window does not pin down. The command line shows the same rules: cliffhanger reminders rules.")
                    wrapMode: Text.WordWrap
                    font.pixelSize: page.theme.small
                    color: page.theme.muted
                }
            }

            Card {
                theme: page.theme
                heading: qsTr("Calendar")
                Layout.fillWidth: true
                Layout.maximumWidth: 640
                enabled: page.rules.ready

                Text {
                    Layout.fillWidth: true
                    text: qsTr("Exact release days become all-day events with the reminders above as alarms; a month window is a marker on its first day.")
                    wrapMode: Text.WordWrap
                    font.pixelSize: page.theme.body
                    color: page.theme.ink
                }
                Button {
                    objectName: "exportCalendarButton"
                    text: qsTr("Export calendar…")
                    onClicked: exportDialog.open()
                    font.pixelSize: page.theme.body
                    Accessible.name: qsTr("Export the calendar to a file")
                }
                Label {
                    text: qsTr("Calendar file kept up to date after each sync")
                    font.pixelSize: page.theme.body
                    color: page.theme.ink
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: page.theme.gapSmall
                    TextField {
                        objectName: "calendarFileField"
                        Layout.fillWidth: true
                        text: page.rules.calendarFile
                        placeholderText: qsTr("None: no file is kept")
                        font.pixelSize: page.theme.body
                        onEditingFinished: {
                            if (text !== page.rules.calendarFile)
                                page.rules.setCalendarFile(text);
                        }
                        Accessible.name: qsTr("Calendar file kept up to date")
                    }
                    Button {
                        objectName: "chooseCalendarFileButton"
                        text: qsTr("Choose…")
                        onClicked: keptDialog.open()
                        font.pixelSize: page.theme.body
                        Accessible.name: qsTr("Choose the calendar file to keep up to date")
                    }
                    Button {
                        objectName: "stopCalendarFileButton"
                        text: qsTr("Stop")
                        enabled: page.rules.calendarFile.length > 0
                        onClicked: page.rules.setCalendarFile("")
                        font.pixelSize: page.theme.body
                        Accessible.name: qsTr("Stop keeping a calendar file")
                    }
                }
                Text {
                    objectName: "reminderSettingsMessage"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: page.rules.message
                    wrapMode: Text.WordWrap
                    font.pixelSize: page.theme.small
                    color: page.theme.accent
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }

            Card {
                theme: page.theme
                heading: qsTr("Desktop")
                Layout.fillWidth: true
                Layout.maximumWidth: 640

                Switch {
                    objectName: "startAtLogin"
                    text: qsTr("Start at login")
                    checked: page.app.session.presence.startAtLogin
                    onToggled: page.app.session.presence.startAtLogin = checked
                    font.pixelSize: page.theme.body
                    Accessible.name: text
                }
                Switch {
                    objectName: "keepInTray"
                    text: qsTr("Keep running in the tray when the window is closed")
                    checked: page.app.session.presence.keepInTray
                    onToggled: page.app.session.presence.keepInTray = checked
                    font.pixelSize: page.theme.body
                    Accessible.name: text
                }
                Text {
                    Layout.fillWidth: true
                    text: page.app.session.presence.message.length > 0 ? page.app.session.presence.message
                          : page.app.session.presence.trayAvailable ? qsTr("In the tray, reminders keep coming while the window is closed; the tray icon's menu opens the window again or quits.")
                                                                    : qsTr("This desktop shows no tray icons, so closing the window quits Cliffhanger.")
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
        }
    }

    FileDialog {
        id: exportDialog
        objectName: "exportCalendarDialog"
        title: qsTr("Export calendar")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "ics"
        nameFilters: [qsTr("iCalendar files (*.ics)")]
        onAccepted: page.rules.exportCalendarTo(selectedFile)
    }
    FileDialog {
        id: keptDialog
        objectName: "calendarFileDialog"
        title: qsTr("Calendar file to keep up to date")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "ics"
        nameFilters: [qsTr("iCalendar files (*.ics)")]
        onAccepted: page.rules.keepCalendarFile(selectedFile)
    }
}

