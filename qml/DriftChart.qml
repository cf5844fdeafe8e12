pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls

// How the predictions drifted: each release-window claim is a vertical bar from its earliest
// to its latest day (the vertical axis is the release date), placed at the date it was made
// (the horizontal axis). The current best is in the accent colour, missed predictions (their
// latest day has passed) are grey and struck through, and a line marks today. The same
// entries are listed as text under the chart for screen readers and keyboard users.
Item {
    id: chart
    required property Theme theme
    required property var history // RowListModel: publishedDay, earliestDay, latestDay, ...
    required property var todayDay

    readonly property int axisWidth: 52
    readonly property int axisHeight: 24
    property var range: computeRange()
    implicitHeight: 240
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Drift chart of %n prediction(s)", "", history.count)

    function computeRange() {
        const count = history.count; // a dependency: recomputed when the rows change
        let x0 = todayDay, x1 = todayDay, y0 = todayDay, y1 = todayDay;
        for (let i = 0; i < count; ++i) {
            const row = history.get(i);
            x0 = Math.min(x0, row.publishedDay);
            x1 = Math.max(x1, row.publishedDay);
            y0 = Math.min(y0, row.earliestDay);
            y1 = Math.max(y1, row.latestDay);
        }
        const padX = Math.max(30, (x1 - x0) * 0.05), padY = Math.max(30, (y1 - y0) * 0.05);
        return { "x0": x0 - padX, "x1": x1 + padX, "y0": y0 - padY, "y1": y1 + padY };
    }
    function xOf(day) {
        return axisWidth + (day - range.x0) / (range.x1 - range.x0) * (width - axisWidth - 8);
    }
    function yOf(day) {
        return (range.y1 - day) / (range.y1 - range.y0) * (height - axisHeight);
    }
    function yearOf(day) {
        return new Date((day - 2440588) * 86400000).getUTCFullYear();
    }
    function dayOfYear(year) {
        return Date.UTC(year, 0, 1) / 86400000 + 2440588;
    }
    function years(from, to) {
        const list = [];
        for (let y = yearOf(from) + 1; y <= yearOf(to); ++y)
            list.push(y);
        return list;
    }

    Rectangle {
        x: chart.axisWidth
        width: parent.width - chart.axisWidth
        height: parent.height - chart.axisHeight
        color: chart.theme.raised
        radius: 4
    }

    // Year lines on the release-date axis.
    Repeater {
        model: chart.years(chart.range.y0, chart.range.y1)
        delegate: Item {
            id: yearLine
            required property int modelData
            y: chart.yOf(chart.dayOfYear(modelData))
            width: chart.width
            Rectangle {
                x: chart.axisWidth
                width: chart.width - chart.axisWidth
                height: 1
                color: chart.theme.line
            }
            Text {
                y: -height / 2
                width: chart.axisWidth - 8
                horizontalAlignment: Text.AlignRight
                text: yearLine.modelData
                font.pixelSize: chart.theme.tiny
                color: chart.theme.muted
            }
        }
    }
    // Year marks on the "said on" axis.
    Repeater {
        model: chart.years(chart.range.x0, chart.range.x1)
        delegate: Text {
            required property int modelData
            x: chart.xOf(chart.dayOfYear(modelData)) - width / 2
            y: chart.height - chart.axisHeight + 4
            text: modelData
            font.pixelSize: chart.theme.tiny
            color: chart.theme.muted
        }
    }

    // Today, on the release axis: everything below it has passed.
    Rectangle {
        objectName: "driftToday"
        x: chart.axisWidth
        y: chart.yOf(chart.todayDay)
        width: chart.width - chart.axisWidth
        height: 2
        color: chart.theme.accent
        opacity: 0.5
    }
    Text {
        x: chart.axisWidth + 4
        y: chart.yOf(chart.todayDay) + 2
        text: qsTr("today")
        font.pixelSize: chart.theme.tiny
        color: chart.theme.accent
    }

    Repeater {
        model: chart.history
        delegate: Rectangle {
            id: bar
            required property string label
            required property string published
            required property string source
            required property string tier
            required property bool current
            required property bool missed
            required property var earliestDay
            required property var latestDay
            required property var publishedDay
            x: chart.xOf(publishedDay) - width / 2
            y: chart.yOf(latestDay)
            width: current ? 12 : 9
            height: Math.max(4, chart.yOf(earliestDay) - chart.yOf(latestDay))
            radius: 3
            color: current ? chart.theme.accent : missed ? chart.theme.missed : chart.theme.expected
            opacity: hover.hovered || current ? 1 : 0.75
            border.color: current ? chart.theme.ink : "transparent"
            Accessible.role: Accessible.Graphic
            Accessible.name: bar.missed ? qsTr("%1, said %2 by %3: missed").arg(bar.label).arg(bar.published).arg(bar.source)
                                        : qsTr("%1, said %2 by %3").arg(bar.label).arg(bar.published).arg(bar.source)
            Rectangle {
                visible: bar.missed
                anchors.centerIn: parent
                width: parent.width + 6
                height: 2
                color: chart.theme.muted
            }
            HoverHandler {
                id: hover
            }
            ToolTip.visible: hover.hovered
            ToolTip.text: (bar.missed ? qsTr("Missed: ") : "") + bar.label + "\n" + bar.source + " · " + bar.tier + " · " + bar.published
        }
    }
}
