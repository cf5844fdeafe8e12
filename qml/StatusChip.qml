import QtQuick

// A small coloured label for a status (confirmed, expected, rumoured, not reported).
Rectangle {
    id: chip
    required property Theme theme
    property string status
    property string label

    implicitWidth: caption.implicitWidth + 16
    implicitHeight: caption.implicitHeight + 6
    radius: height / 2
    color: Qt.rgba(theme.statusColor(status).r, theme.statusColor(status).g, theme.statusColor(status).b, 0.1)
    border.color: theme.statusColor(status)

    Text {
        id: caption
        anchors.centerIn: parent
        text: chip.label
        font.pixelSize: chip.theme.tiny
        color: chip.theme.statusColor(chip.status)
    }
}
