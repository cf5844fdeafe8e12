import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// One show in a list (Home's "coming up", the Library): its initials, title, awaited season
// with its status and the best release window, at the precision the sources give.
ItemDelegate {
    id: row
    required property Theme theme
    required property int index
    required property var showId
    required property string title
    required property string originalTitle
    required property string network
    required property string initials
    required property int upcomingSeason
    required property string status
    required property string statusLabel
    required property string releaseLabel
    required property string lastChangeLabel
    required property bool followed
    property bool showLastChange: false
    // The Library shows a Follow button on each row; Home does not (its rows are followed first).
    property var session: null

    implicitHeight: theme.rowHeight + theme.gapSmall
    Accessible.name: upcomingSeason > 0
                     ? qsTr("%1, season %2, %3, %4").arg(title).arg(upcomingSeason).arg(statusLabel)
                       .arg(releaseLabel.length > 0 ? releaseLabel : qsTr("no date known"))
                     : title
    Accessible.role: Accessible.ListItem

    background: Rectangle {
        color: row.ListView.isCurrentItem && row.ListView.view.activeFocus ? row.theme.accentSoft
               : row.hovered ? row.theme.raised : "transparent"
        border.color: row.ListView.isCurrentItem && row.ListView.view.activeFocus ? row.theme.focus : "transparent"
        radius: row.theme.radius
    }

    contentItem: RowLayout {
        spacing: row.theme.gap
        Rectangle {
            Layout.preferredWidth: 40
            Layout.preferredHeight: 40
            radius: 20
            color: row.theme.accentSoft
            Text {
                anchors.centerIn: parent
                text: row.initials
                font.pixelSize: row.theme.small
                font.bold: true
                color: row.theme.accent
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Text {
                Layout.fillWidth: true
                text: row.originalTitle.length > 0 ? row.title + "  <font color='" + row.theme.muted + "'>" + row.originalTitle + "</font>" : row.title
                textFormat: Text.StyledText
                font.pixelSize: row.theme.body
                font.bold: true
                color: row.theme.ink
                elide: Text.ElideRight
                // A source's own words (titles, quotes) may be too long for any layout.
                readonly property bool elidesData: true
            }
            Text {
                Layout.fillWidth: true
                text: {
                    const parts = [];
                    if (row.followed)
                        parts.push(qsTr("followed"));
                    if (row.network.length > 0)
                        parts.push(row.network);
                    if (row.upcomingSeason > 0)
                        parts.push(qsTr("Season %1").arg(row.upcomingSeason));
                    if (row.showLastChange && row.lastChangeLabel.length > 0)
                        parts.push(qsTr("changed %1").arg(row.lastChangeLabel));
                    return parts.join(" · ");
                }
                font.pixelSize: row.theme.small
                color: row.theme.muted
                elide: Text.ElideRight
            }
        }
        StatusChip {
            theme: row.theme
            visible: row.upcomingSeason > 0
            status: row.status === "filming" || row.status === "post_production" ? "expected" : row.status === "renewed" ? "confirmed" : ""
            label: row.statusLabel
        }
        Button {
            objectName: "rowFollowButton"
            visible: row.session !== null
            flat: !row.followed
            highlighted: row.followed
            // Flat: a raised button draws its shadow through a layer and a shader effect, which
            // software GL compiles at start (issue 13's first-frame budget); a list of rows
            // reads as well without it.
            Material.elevation: 0
            text: row.followed ? qsTr("Following ✓") : qsTr("Follow")
            Accessible.name: row.followed ? qsTr("Stop following %1").arg(row.title) : qsTr("Follow %1").arg(row.title)
            onClicked: row.session.setFollowed(row.showId, !row.followed)
        }
        Text {
            // As wide as the window needs, at most 220: the title gets the rest.
            Layout.preferredWidth: Math.min(implicitWidth, 220)
            horizontalAlignment: Text.AlignRight
            // Some languages word a window at length ("finales de 2026 o principios de 2027").
            wrapMode: Text.WordWrap
            text: row.upcomingSeason <= 0 ? qsTr("nothing awaited")
                  : row.releaseLabel.length > 0 ? row.releaseLabel : qsTr("no date known yet")
            font.pixelSize: row.theme.body
            font.bold: row.releaseLabel.length > 0
            color: row.releaseLabel.length > 0 ? row.theme.ink : row.theme.muted
        }
    }
}
