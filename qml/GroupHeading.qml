import QtQuick

// The heading a list row shows above itself when it starts a group (its "heading" role).
Text {
    id: heading
    required property Theme theme
    property bool large: false

    visible: text.length > 0
    topPadding: theme.gap
    bottomPadding: theme.gapTiny
    font.pixelSize: large ? theme.heading : theme.small
    font.bold: true
    font.capitalization: large ? Font.MixedCase : Font.AllUppercase
    font.letterSpacing: large ? 0 : 1
    color: large ? theme.ink : theme.muted
    Accessible.role: Accessible.Heading
}
