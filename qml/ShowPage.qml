pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One show: its header, then tabs (Overview, Cast, Episodes, Claims, News). Only the shown
// tab is loaded. Left/Right on the tab bar move between tabs.
FocusScope {
    id: page
    required property Theme theme
    required property var app
    readonly property var overview: app.overview
    property alias currentTab: tabs.currentIndex
    readonly property var tabFiles: ["OverviewTab.qml", "CastBoard.qml", "EpisodesTab.qml", "ClaimsPage.qml", "NewsTab.qml"]

    function loadTab() {
        const properties = { "theme": page.theme, "overview": page.overview };
        if (currentTab === 3)
            properties.controller = page.app.feedsController;
        if (currentTab === 2)
            properties.session = page.app.session;
        tabLoader.setSource(tabFiles[currentTab], properties);
    }
    onCurrentTabChanged: loadTab()
    Component.onCompleted: loadTab()

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        visible: page.overview.loaded

        ColumnLayout {
            Layout.fillWidth: true
            Layout.margins: page.theme.margin
            Layout.bottomMargin: page.theme.gapSmall
            spacing: page.theme.gapTiny
            RowLayout {
                Layout.fillWidth: true
                spacing: page.theme.gap
                Text {
                    objectName: "showTitle"
                    text: page.overview.title
                    font.pixelSize: page.theme.display
                    font.bold: true
                    color: page.theme.ink
                    Accessible.role: Accessible.Heading
                }
                Text {
                    Layout.fillWidth: true
                    text: page.overview.originalTitle
                    visible: text.length > 0
                    font.pixelSize: page.theme.title
                    color: page.theme.muted
                    elide: Text.ElideRight
                }
                Button {
                    objectName: "followButton"
                    text: page.overview.followed ? qsTr("Following ✓") : qsTr("Follow")
                    highlighted: page.overview.followed
                    onClicked: page.app.session.setFollowed(page.overview.showId, !page.overview.followed)
                    Accessible.name: page.overview.followed ? qsTr("Stop following %1").arg(page.overview.title)
                                                            : qsTr("Follow %1: it comes first on Home").arg(page.overview.title)
                }
            }
            Text {
                Layout.fillWidth: true
                text: page.overview.subtitle
                font.pixelSize: page.theme.body
                color: page.theme.accent
                elide: Text.ElideRight
            }
            Text {
                // The next episode to watch ("Next: S1 E3 · Title"), while one is left.
                objectName: "nextUnwatched"
                Layout.fillWidth: true
                visible: page.overview.nextUnwatched.length > 0
                text: page.overview.nextUnwatched
                font.pixelSize: page.theme.body
                font.bold: true
                color: page.theme.ink
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                visible: page.overview.attribution.length > 0
                text: page.overview.attribution
                font.pixelSize: page.theme.tiny
                color: page.theme.muted
            }
        }

        TabBar {
            id: tabs
            objectName: "showTabs"
            Layout.fillWidth: true
            Layout.leftMargin: page.theme.margin
            Layout.rightMargin: page.theme.margin
            focus: true
            Repeater {
                model: [qsTr("Overview"), qsTr("Cast"), qsTr("Episodes"), qsTr("Claims"), qsTr("News")]
                delegate: TabButton {
                    required property string modelData
                    text: modelData
                    width: implicitWidth + 2 * page.theme.gap
                    Accessible.name: qsTr("%1 tab").arg(modelData)
                }
            }
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: page.theme.line
        }

        // Only the shown tab exists; its required properties are given as it is created.
        Loader {
            id: tabLoader
            objectName: "tabLoader"
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }

    Text {
        anchors.centerIn: parent
        visible: !page.overview.loaded
        text: qsTr("Choose a show on Home or in the Library.")
        font.pixelSize: page.theme.body
        color: page.theme.muted
    }
}
