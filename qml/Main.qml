import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ApplicationWindow {
    id: window
    required property var overview
    required property var feedsController
    // The composition: its errorText is set when the database cannot be used.
    required property var session
    readonly property string errorText: session.errorText

    width: 1180
    height: 760
    minimumWidth: 760
    minimumHeight: 520
    visible: true
    title: overview.loaded ? qsTr("%1 · Cliffhanger").arg(overview.title) : qsTr("Cliffhanger")
    color: appTheme.window

    Theme {
        id: appTheme
    }

    Shortcut {
        sequence: "Ctrl+Q"
        onActivated: Qt.quit()
    }

    ColumnLayout {
        objectName: "errorPage"
        anchors.centerIn: parent
        width: Math.min(parent.width - 80, 560)
        visible: window.errorText.length > 0
        spacing: 12
        Text {
            text: qsTr("Cliffhanger cannot open its data")
            font.pixelSize: 22
            font.bold: true
            color: appTheme.ink
        }
        Text {
            Layout.fillWidth: true
            text: window.errorText
            wrapMode: Text.WordWrap
            font.pixelSize: 14
            color: appTheme.muted
        }
    }

    header: TabBar {
        id: tabs
        visible: window.errorText.length === 0
        TabButton {
            text: qsTr("Show")
            width: implicitWidth + 24
        }
        TabButton {
            objectName: "feedsTab"
            text: qsTr("Feeds")
            width: implicitWidth + 24
        }
        TabButton {
            objectName: "claimsTab"
            text: qsTr("Claims")
            width: implicitWidth + 24
        }
    }

    Shortcut {
        sequence: "Ctrl+1"
        onActivated: tabs.currentIndex = 0
    }
    Shortcut {
        sequence: "Ctrl+2"
        onActivated: tabs.currentIndex = 1
    }
    Shortcut {
        sequence: "Ctrl+3"
        onActivated: tabs.currentIndex = 2
    }

    // Loaded only when there is a database to show feeds from.
    Loader {
        id: feedsLoader
        objectName: "feedsLoader"
        anchors.fill: parent
        visible: tabs.currentIndex === 1
        Component.onCompleted: {
            if (window.errorText.length === 0 && window.feedsController)
                setSource("FeedsPage.qml", {
                    "theme": appTheme,
                    "controller": window.feedsController
                });
        }
    }

    Loader {
        objectName: "claimsLoader"
        anchors.fill: parent
        visible: tabs.currentIndex === 2
        Component.onCompleted: {
            if (window.errorText.length === 0 && window.feedsController)
                setSource("ClaimsPage.qml", {
                    "theme": appTheme,
                    "overview": window.overview,
                    "controller": window.feedsController
                });
        }
    }

    ScrollView {
        id: page
        anchors.fill: parent
        visible: window.errorText.length === 0 && window.overview.loaded && tabs.currentIndex === 0
        contentWidth: availableWidth

        ColumnLayout {
            width: page.availableWidth
            spacing: appTheme.gap

            ColumnLayout {
                Layout.fillWidth: true
                Layout.margins: 28
                Layout.bottomMargin: 0
                spacing: 6
                RowLayout {
                    spacing: 14
                    Text {
                        objectName: "showTitle"
                        text: window.overview.title
                        font.pixelSize: 34
                        font.bold: true
                        color: appTheme.ink
                        Accessible.role: Accessible.Heading
                    }
                    Text {
                        text: window.overview.originalTitle
                        visible: text.length > 0
                        font.pixelSize: 22
                        color: appTheme.muted
                    }
                }
                Text {
                    text: window.overview.subtitle
                    font.pixelSize: 14
                    color: appTheme.accent
                }
                Text {
                    Layout.fillWidth: true
                    Layout.maximumWidth: 900
                    text: window.overview.synopsis
                    wrapMode: Text.WordWrap
                    maximumLineCount: 4
                    elide: Text.ElideRight
                    font.pixelSize: 14
                    lineHeight: 1.2
                    color: appTheme.ink
                }
            }

            GridLayout {
                Layout.fillWidth: true
                Layout.margins: 28
                Layout.topMargin: 4
                columns: page.availableWidth > 1000 ? 3 : 1
                columnSpacing: appTheme.gap
                rowSpacing: appTheme.gap

                OutlookCard {
                    theme: appTheme
                    overview: window.overview
                    Layout.fillWidth: true
                    Layout.preferredWidth: 3
                    Layout.alignment: Qt.AlignTop
                    visible: window.overview.upcomingSeason > 0
                }
                CastList {
                    theme: appTheme
                    overview: window.overview
                    Layout.fillWidth: true
                    Layout.preferredWidth: 2
                    Layout.alignment: Qt.AlignTop
                }
                EpisodeList {
                    theme: appTheme
                    overview: window.overview
                    Layout.fillWidth: true
                    Layout.preferredWidth: 2
                    Layout.alignment: Qt.AlignTop
                    visible: window.overview.episodesSeason > 0
                }
            }
        }
    }
}
