import QtQuick
import QtQuick.Layouts

// A titled white panel; content goes into the column below the heading.
Rectangle {
    id: card
    required property Theme theme
    property string heading
    default property alias content: body.data

    color: theme.card
    radius: theme.radius
    border.color: theme.line
    implicitHeight: column.implicitHeight + 2 * theme.gap
    implicitWidth: column.implicitWidth + 2 * theme.gap

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: card.theme.gap
        spacing: 10

        Text {
            text: card.heading
            font.pixelSize: card.theme.small
            font.bold: true
            font.capitalization: Font.AllUppercase
            font.letterSpacing: 1
            color: card.theme.muted
            visible: card.heading.length > 0
            Accessible.role: Accessible.Heading
        }
        ColumnLayout {
            id: body
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8
        }
    }
}
