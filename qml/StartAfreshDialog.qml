import QtQuick
import QtQuick.Controls

// "Start afresh?": the refused database is renamed to a backup beside itself, never deleted,
// and a new one is made in its place. Made the first time it is asked for (Main.qml).
Dialog {
    id: dialog
    objectName: "confirmStartAfresh"
    required property Theme theme
    required property var session // AppComposition

    anchors.centerIn: parent
    width: Math.min(520, parent ? parent.width - 2 * theme.margin : 520)
    modal: true
    title: qsTr("Start afresh?")
    standardButtons: Dialog.Cancel | Dialog.Ok
    onAccepted: dialog.session.startAfresh()
    Text {
        width: parent.width
        text: qsTr("%1 will be renamed to a backup in the same folder, as it is now, and a new database will be made in its place. Nothing is deleted.").arg(dialog.session.databasePath)
        wrapMode: Text.WordWrap
        font.pixelSize: dialog.theme.body
        color: dialog.theme.ink
    }
}
