import QtQuick

// Colours and sizes of the first window; one place to change the look.
QtObject {
    readonly property color window: "#f4f1ec"
    readonly property color card: "#ffffff"
    readonly property color ink: "#1d1b19"
    readonly property color muted: "#6b645c"
    readonly property color line: "#e2ddd5"
    readonly property color accent: "#b3261e"
    readonly property color accentSoft: "#fbe9e7"
    readonly property color confirmed: "#2e7d32"
    readonly property color expected: "#1565c0"
    readonly property color rumoured: "#b26a00"
    readonly property color unknown: "#8a8580"
    readonly property int gap: 16
    readonly property int radius: 10

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
