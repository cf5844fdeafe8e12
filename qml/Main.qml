pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ApplicationWindow {
    id: window
    required property var overview
    required property string errorText

    width: 1180
    height: 760
    minimumWidth: 760
    minimumHeight: 520
    visible: true
    title: overview.loaded ? qsTr("%1 · Cliffhanger").arg(overview.title) : qsTr("Cliffhanger")
    color: theme.window

    Theme {
        id: theme
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
            color: theme.ink
        }
        Text {
            Layout.fillWidth: true
            text: window.errorText
            wrapMode: Text.WordWrap
            font.pixelSize: 14
            color: theme.muted
        }
    }

    ScrollView {
        id: page
        anchors.fill: parent
        visible: window.errorText.length === 0 && window.overview.loaded
        contentWidth: availableWidth

        ColumnLayout {
            width: page.availableWidth
            spacing: theme.gap

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
                        color: theme.ink
                        Accessible.role: Accessible.Heading
                    }
                    Text {
                        text: window.overview.originalTitle
                        visible: text.length > 0
                        font.pixelSize: 22
                        color: theme.muted
                    }
                }
                Text {
                    text: window.overview.subtitle
                    font.pixelSize: 14
                    color: theme.accent
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
                    color: theme.ink
                }
            }

            GridLayout {
                Layout.fillWidth: true
                Layout.margins: 28
                Layout.topMargin: 4
                columns: page.availableWidth > 1000 ? 3 : 1
                columnSpacing: theme.gap
                rowSpacing: theme.gap

                OutlookCard {
                    theme: theme
                    overview: window.overview
                    Layout.fillWidth: true
                    Layout.preferredWidth: 3
                    Layout.alignment: Qt.AlignTop
                    visible: window.overview.upcomingSeason > 0
                }
                CastList {
                    theme: theme
                    overview: window.overview
                    Layout.fillWidth: true
                    Layout.preferredWidth: 2
                    Layout.alignment: Qt.AlignTop
                }
                EpisodeList {
                    theme: theme
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
