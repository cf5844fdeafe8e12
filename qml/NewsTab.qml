pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The show's articles, newest first, as plain text (no remote image or script is ever
// loaded), each with the claims it gave. Links open in the browser only for http and https.
ListView {
    id: list
    objectName: "newsList"
    required property Theme theme
    required property var overview
    clip: true
    focus: true
    spacing: theme.gap
    leftMargin: theme.margin
    rightMargin: theme.margin
    topMargin: theme.gap
    bottomMargin: theme.gap
    model: overview.news
    keyNavigationEnabled: true
    highlightMoveDuration: 0
    Accessible.name: qsTr("News")
    Accessible.role: Accessible.List
    ScrollBar.vertical: ScrollBar {}

    function isWebLink(link: string): bool {
        return /^https?:\/\//i.test(link);
    }

    delegate: Card {
        id: article
        required property int index
        required property string title
        required property string published
        required property string feed
        required property string text
        required property string link
        required property var claims
        theme: list.theme
        width: ListView.view.width - list.leftMargin - list.rightMargin
        border.color: ListView.isCurrentItem && list.activeFocus ? list.theme.focus : list.theme.line
        Accessible.name: qsTr("%1, %2, %3").arg(title).arg(feed).arg(published)
        Accessible.role: Accessible.ListItem
        Keys.onReturnPressed: if (list.isWebLink(link)) Qt.openUrlExternally(link)

        Text {
            Layout.fillWidth: true
            text: article.title
            textFormat: Text.PlainText
            font.pixelSize: list.theme.heading
            font.bold: true
            color: list.theme.ink
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            text: article.feed + (article.published.length > 0 ? " · " + article.published : "")
            textFormat: Text.PlainText
            font.pixelSize: list.theme.small
            color: list.theme.muted
            elide: Text.ElideRight
        }
        Text {
            Layout.fillWidth: true
            text: article.text
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            maximumLineCount: 6
            elide: Text.ElideRight
            font.pixelSize: list.theme.body
            color: list.theme.ink
        }
        Flow {
            Layout.fillWidth: true
            spacing: list.theme.gapSmall
            visible: article.claims.length > 0
            Repeater {
                model: article.claims
                delegate: Rectangle {
                    id: chip
                    required property string modelData
                    implicitWidth: claimText.implicitWidth + 2 * list.theme.gapSmall
                    implicitHeight: claimText.implicitHeight + list.theme.gapTiny * 2
                    radius: height / 2
                    color: list.theme.accentSoft
                    Text {
                        id: claimText
                        anchors.centerIn: parent
                        text: chip.modelData
                        textFormat: Text.PlainText
                        font.pixelSize: list.theme.tiny
                        color: list.theme.accent
                    }
                }
            }
        }
        Button {
            visible: list.isWebLink(article.link)
            text: qsTr("Open in browser")
            flat: true
            onClicked: Qt.openUrlExternally(article.link)
            Accessible.name: qsTr("Open in browser: %1").arg(article.title)
        }
    }
    Text {
        anchors.centerIn: parent
        visible: list.count === 0
        text: qsTr("No articles about this show yet. News feeds you add on the Feeds page appear here.")
        font.pixelSize: list.theme.body
        color: list.theme.muted
    }
}
