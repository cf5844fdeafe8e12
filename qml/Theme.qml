import QtQuick

// The look in one place: the light and dark palettes, one type scale and one spacing scale.
// Pages use these names, never literal colours, font sizes or margins.
QtObject {
    property bool dark: false

    readonly property color window: dark ? "#17161a" : "#f4f1ec"
    readonly property color card: dark ? "#221f24" : "#ffffff"
    readonly property color raised: dark ? "#2c2930" : "#f9f7f3"
    readonly property color ink: dark ? "#ece8e3" : "#1d1b19"
    readonly property color muted: dark ? "#a39d96" : "#6b645c"
    readonly property color line: dark ? "#3a363d" : "#e2ddd5"
    readonly property color accent: dark ? "#ff8a80" : "#b3261e"
    readonly property color accentSoft: dark ? "#3d2423" : "#fbe9e7"
    readonly property color inkOnAccent: dark ? "#1d1b19" : "#ffffff"
    readonly property color confirmed: dark ? "#81c784" : "#2e7d32"
    readonly property color expected: dark ? "#90caf9" : "#1565c0"
    readonly property color rumoured: dark ? "#ffb74d" : "#b26a00"
    readonly property color unknown: dark ? "#9e9994" : "#8a8580"
    readonly property color missed: dark ? "#6d6870" : "#b8b2aa"
    readonly property color focus: dark ? "#ffab91" : "#d84315"

    // Type scale (pixels).
    readonly property int display: 30
    readonly property int title: 24
    readonly property int heading: 17
    readonly property int body: 14
    readonly property int small: 13
    readonly property int tiny: 12

    // Spacing scale.
    readonly property int gap: 16
    readonly property int gapSmall: 8
    readonly property int gapTiny: 4
    readonly property int margin: 28
    readonly property int radius: 10
    readonly property int rowHeight: 56
    readonly property int navWidth: 200
    readonly property int iconSize: 28 // the app's icon in the rail

    function statusColor(status: string): color {
        if (status === "confirmed")
            return confirmed;
        if (status === "expected")
            return expected;
        if (status === "rumoured")
            return rumoured;
        return unknown;
    }
}
