pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// The window: a navigation rail (Home, Library, Show, Feeds, Settings; Ctrl+1..5) beside the
// current page. One navigation model: `go(page)` moves and remembers where the user came from,
// Esc goes back. Each page is loaded only while it is shown.
ApplicationWindow {
    id: window
    required property var overview
    required property var feedsController
    // The composition: its errorText is set when the database cannot be used.
    required property var session
    // The app's icon, for the rail: its SVG, or a PNG where Qt cannot draw SVG.
    required property url appIcon
    readonly property string errorText: session.errorText
    property string currentPage: "home"
    property var backStack: []
    // Set by WindowLoader just after the window's first frame: pages are made from then on, so
    // the first frame (rail, title, theme) does not wait for one. Made at once, never
    // asynchronously: a Loader that reads a page's types on the QML loader thread crashes Qt
    // 6.4 when the window closes mid-read (QQmlTypeLoader::setCachedUnit during ~QQmlEngine).
    property bool firstFrameShown: false
    // Ctrl+F: the Library page, made by then, puts the focus in its search field.
    signal searchAsked()
    readonly property var pages: [
        { "name": "home", "label": qsTr("Home"), "key": "Ctrl+1" },
        { "name": "library", "label": qsTr("Library"), "key": "Ctrl+2" },
        { "name": "show", "label": qsTr("Show"), "key": "Ctrl+3" },
        { "name": "feeds", "label": qsTr("Feeds"), "key": "Ctrl+4" },
        { "name": "settings", "label": qsTr("Settings"), "key": "Ctrl+5" }
    ]

    function go(page: string) {
        if (page === currentPage)
            return;
        backStack = backStack.concat([currentPage]);
        currentPage = page;
    }
    function back() {
        if (backStack.length === 0)
            return;
        currentPage = backStack[backStack.length - 1];
        backStack = backStack.slice(0, backStack.length - 1);
    }
    // Only the shown page exists; its required properties are given as it is created.
    function loadPage() {
        if (!firstFrameShown)
            return;
        if (errorText.length > 0) {
            pageLoader.source = "";
            return;
        }
        const files = {
            "home": "HomePage.qml",
            "library": "LibraryPage.qml",
            "show": "ShowPage.qml",
            "feeds": "FeedsPage.qml",
            "settings": "SettingsPage.qml"
        };
        const properties = { "theme": appTheme };
        if (currentPage === "feeds")
            properties.controller = feedsController;
        else
            properties.app = window;
        pageLoader.setSource(files[currentPage], properties);
    }
    onCurrentPageChanged: loadPage()
    onFirstFrameShownChanged: loadPage()
    onErrorTextChanged: {
        showErrorPage();
        loadPage();
    }
    Component.onCompleted: showErrorPage()

    function openShow(showId: int) {
        window.session.openShow(showId);
        go("show");
    }
    // A notification's "Open": the composition has loaded the show; come forward and show it.
    Connections {
        target: window.session
        function onShowRequested() {
            window.go("show");
            window.show();
            window.raise();
            window.requestActivate();
        }
        // The tray's Open.
        function onWindowRequested() {
            window.show();
            window.raise();
            window.requestActivate();
        }
    }
    // With tray residence on (and a tray), closing hides the window and the app keeps running
    // behind the tray icon, reminders and syncs included; otherwise closing quits.
    onClosing: close => {
        if (window.session.presence.hidesOnClose()) {
            close.accepted = false;
            window.hide();
            window.session.presence.showTrayIcon();
        }
    }

    width: 1280
    height: 800
    minimumWidth: 900
    minimumHeight: 560
    visible: true
    title: overview.loaded && currentPage === "show" ? qsTr("%1 · Cliffhanger").arg(overview.title) : qsTr("Cliffhanger")
    color: appTheme.window

    Material.theme: appTheme.dark ? Material.Dark : Material.Light
    Material.accent: appTheme.accent
    Material.background: appTheme.window
    Material.foreground: appTheme.ink

    Theme {
        id: appTheme
        dark: window.session.appearance.dark
    }

    // Linux desktops' standard keys (StandardKey.Quit, Find, New), written out: qmllint 6.4
    // cannot see the StandardKey enum, so it could not check these bindings.
    Shortcut {
        sequence: "Ctrl+Q"
        onActivated: Qt.quit()
    }
    Shortcut {
        sequence: "Esc"
        enabled: window.backStack.length > 0
        onActivated: window.back()
    }
    Shortcut {
        sequence: "Ctrl+F"
        onActivated: {
            window.go("library");
            // The page takes it: Main.qml names pages by file only, so their types are not read
            // with the window (see makeDialog).
            window.searchAsked();
        }
    }
    Shortcut {
        sequence: "Ctrl+N"
        enabled: window.errorText.length === 0
        onActivated: window.openAddShow()
    }
    // The dialogs are their own files, loaded and made the first time they open: not even their
    // types are read with the window, so they are no part of its first frame (issue 13's
    // budget).
    function makeDialog(file: string, properties: var): var {
        const component = Qt.createComponent(file);
        if (component.status !== Component.Ready) {
            console.warn(component.errorString());
            return null;
        }
        properties.parent = Overlay.overlay;
        return component.createObject(Overlay.overlay, properties);
    }
    property var addShow: null
    function openAddShow() {
        if (!addShow)
            addShow = makeDialog("AddShowDialog.qml", {
                "theme": appTheme,
                "controller": window.session.addShow
            });
        if (addShow)
            addShow.open();
    }
    Shortcut {
        sequence: "Ctrl+R"
        enabled: window.errorText.length === 0
        onActivated: window.feedsController.syncAll()
    }
    // Ctrl+1..5: shortcuts need no item of their own.
    Instantiator {
        model: window.pages
        delegate: Shortcut {
            required property var modelData
            sequence: modelData.key
            onActivated: window.go(modelData.name)
        }
    }

    // The error screen is made the first time there is an error: most starts never make it.
    Component {
        id: errorPageComponent
        ColumnLayout {
            objectName: "errorPage"
            anchors.centerIn: parent
            width: Math.min(parent.width - 80, 560)
            visible: window.errorText.length > 0
            spacing: appTheme.gap
            Text {
                text: qsTr("Cliffhanger cannot open its data")
                font.pixelSize: appTheme.title
                font.bold: true
                color: appTheme.ink
                Accessible.role: Accessible.Heading
            }
            Text {
                Layout.fillWidth: true
                text: window.errorText
                wrapMode: Text.WordWrap
                font.pixelSize: appTheme.body
                color: appTheme.muted
            }
            // A way out that loses nothing: the refused file is renamed beside itself, never
            // deleted, and the app starts again from its embedded data.
            Text {
                Layout.fillWidth: true
                visible: window.session.canStartAfresh
                text: qsTr("You can start afresh: the file is kept as a backup beside it, unchanged, and Cliffhanger begins again with its built-in data.")
                wrapMode: Text.WordWrap
                font.pixelSize: appTheme.body
                color: appTheme.ink
            }
            Button {
                id: startAfreshButton
                objectName: "startAfreshButton"
                visible: window.session.canStartAfresh
                text: qsTr("Start afresh…")
                leftPadding: appTheme.gap
                rightPadding: appTheme.gap
                font.pixelSize: appTheme.body
                font.bold: true
                // The one way on from this screen, so it looks like the main action (as Add show).
                background: Rectangle {
                    implicitHeight: 40
                    radius: appTheme.radius / 2
                    color: startAfreshButton.down ? Qt.darker(appTheme.accent, 1.2) : appTheme.accent
                    border.color: startAfreshButton.visualFocus ? appTheme.ink : "transparent"
                    border.width: 2
                }
                contentItem: Text {
                    text: startAfreshButton.text
                    font: startAfreshButton.font
                    color: appTheme.inkOnAccent
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                focus: visible
                onClicked: window.openStartAfresh()
                Accessible.name: qsTr("Start afresh, keeping %1 as a backup").arg(window.session.databasePath)
            }
        }
    }

    property Item errorPage: null
    function showErrorPage() {
        if (errorText.length > 0 && !errorPage)
            errorPage = errorPageComponent.createObject(window.contentItem) as Item;
    }
    property var confirmStartAfresh: null
    function openStartAfresh() {
        if (!confirmStartAfresh)
            confirmStartAfresh = makeDialog("StartAfreshDialog.qml", {
                "theme": appTheme,
                "session": window.session
            });
        if (confirmStartAfresh)
            confirmStartAfresh.open();
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        visible: window.errorText.length === 0

        // The navigation rail.
        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: appTheme.navWidth
            color: appTheme.card
            border.color: appTheme.line

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: appTheme.gapSmall
                spacing: appTheme.gapTiny

                RowLayout {
                    Layout.margins: appTheme.gapSmall
                    Layout.bottomMargin: appTheme.gap
                    spacing: appTheme.gapSmall
                    Image {
                        objectName: "railIcon"
                        source: window.appIcon
                        // Drawn at the size shown (and the screen's pixel ratio), so it is crisp.
                        sourceSize.width: appTheme.iconSize
                        sourceSize.height: appTheme.iconSize
                        Layout.preferredWidth: appTheme.iconSize
                        Layout.preferredHeight: appTheme.iconSize
                        fillMode: Image.PreserveAspectFit
                        smooth: true
                        // Decoded off the GUI thread: the first frame does not wait for it.
                        asynchronous: true
                        // The app's name is written beside it.
                        Accessible.ignored: true
                    }
                    Text {
                        text: qsTr("Cliffhanger")
                        font.pixelSize: appTheme.heading
                        font.bold: true
                        color: appTheme.accent
                    }
                }
                Repeater {
                    model: window.pages
                    delegate: ItemDelegate {
                        id: navItem
                        required property var modelData
                        required property int index
                        objectName: "nav_" + modelData.name
                        Layout.fillWidth: true
                        text: modelData.label
                        highlighted: window.currentPage === modelData.name
                        enabled: modelData.name !== "show" || window.overview.loaded
                        font.pixelSize: appTheme.body
                        leftPadding: appTheme.gap
                        rightPadding: appTheme.gap
                        // The rail's own look, in the theme's colours: the style's delegate (its
                        // ripple and icon label) is not made at all, which keeps the first frame
                        // light (issue 13's budget).
                        background: Rectangle {
                            implicitHeight: 44
                            radius: appTheme.radius / 2
                            color: navItem.highlighted ? appTheme.accentSoft : navItem.down || navItem.hovered ? appTheme.raised : "transparent"
                            border.width: 2
                            border.color: navItem.visualFocus ? appTheme.focus : "transparent"
                        }
                        contentItem: Text {
                            text: navItem.text
                            font: navItem.font
                            color: navItem.highlighted ? appTheme.accent : appTheme.ink
                            opacity: navItem.enabled ? 1 : 0.45
                            verticalAlignment: Text.AlignVCenter
                            elide: Text.ElideRight
                        }
                        onClicked: window.go(modelData.name)
                        Accessible.name: qsTr("%1 page (%2)").arg(modelData.label).arg(modelData.key)
                        Accessible.role: Accessible.PageTab
                    }
                }
                Item {
                    Layout.fillHeight: true
                }
                // Sync state, always visible: what is happening and what last went wrong.
                Text {
                    objectName: "syncState"
                    Layout.fillWidth: true
                    Layout.margins: appTheme.gapSmall
                    text: window.feedsController.busy ? qsTr("Syncing…") : qsTr("%n show(s)", "", window.session.showCount)
                    font.pixelSize: appTheme.small
                    color: appTheme.muted
                    wrapMode: Text.WordWrap
                }
                Button {
                    objectName: "addShowButton"
                    Layout.fillWidth: true
                    id: addShowButton
                    text: qsTr("Add show…")
                    font.pixelSize: appTheme.body
                    font.bold: true
                    background: Rectangle {
                        radius: appTheme.radius / 2
                        color: addShowButton.down ? Qt.darker(appTheme.accent, 1.2) : appTheme.accent
                        border.color: addShowButton.visualFocus ? appTheme.ink : "transparent"
                        border.width: 2
                    }
                    contentItem: Text {
                        text: addShowButton.text
                        font: addShowButton.font
                        color: appTheme.inkOnAccent
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                    onClicked: window.openAddShow()
                    Accessible.name: qsTr("Add a show from TVmaze (Ctrl+N)")
                }
                Button {
                    objectName: "syncAllButton"
                    Layout.fillWidth: true
                    text: qsTr("Sync all")
                    // Flat: a raised button draws its shadow through a layer and a shader
                    // effect, whose shaders software GL (llvmpipe) compiles before the first
                    // frame: 100 ms of it under Xvfb (issue 13's budget).
                    Material.elevation: 0
                    enabled: !window.feedsController.busy
                    onClicked: window.feedsController.syncAll()
                    Accessible.name: qsTr("Sync every feed now (Ctrl+R)")
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            // A non-blocking banner: what last went wrong, with a way to dismiss it.
            Rectangle {
                id: banner
                objectName: "errorBanner"
                property string shown: window.session.notice.length > 0 && !noticeSeen ? window.session.notice : window.feedsController.message
                // The backup notice shows until it is dismissed once; feed messages after it.
                property bool noticeSeen: false
                property bool dismissed: false
                onShownChanged: dismissed = false
                Layout.fillWidth: true
                visible: shown.length > 0 && !dismissed
                implicitHeight: bannerRow.implicitHeight + 2 * appTheme.gapSmall
                color: appTheme.accentSoft
                RowLayout {
                    id: bannerRow
                    anchors.fill: parent
                    anchors.leftMargin: appTheme.gap
                    anchors.rightMargin: appTheme.gapSmall
                    Text {
                        Layout.fillWidth: true
                        text: banner.shown
                        wrapMode: Text.WordWrap
                        color: appTheme.ink
                        font.pixelSize: appTheme.small
                    }
                    ToolButton {
                        text: qsTr("Dismiss")
                        onClicked: {
                            if (banner.shown === window.session.notice)
                                banner.noticeSeen = true;
                            else
                                banner.dismissed = true;
                        }
                        Accessible.name: qsTr("Dismiss message: %1").arg(banner.shown)
                    }
                }
            }

            // The page: made at once when asked for (the first just after the window's first
            // frame: firstFrameShown), so a switch shows it in its next frame.
            Loader {
                id: pageLoader
                objectName: "pageLoader"
                Layout.fillWidth: true
                Layout.fillHeight: true
                focus: true
                onLoaded: (item as Item).forceActiveFocus()
            }
        }
    }
}
