<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CastBoard</name>
    <message numerus="yes">
        <location filename="../qml/CastBoard.qml" line="85"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsPage</name>
    <message numerus="yes">
        <location filename="../qml/ClaimsPage.qml" line="87"/>
        <source>%1 of %n claim(s)</source>
        <translation>
            <numerusform>%1 of %n claim</numerusform>
            <numerusform>%1 of %n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/feedcommands.cpp" line="66"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/feedcommands.cpp" line="126"/>
        <source>%n stored article(s)</source>
        <translation>
            <numerusform>%n stored article</numerusform>
            <numerusform>%n stored articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/feedcommands.cpp" line="127"/>
        <location filename="../app/cli/ledgercommands.cpp" line="60"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/feedcommands.cpp" line="226"/>
        <source>Calendar file %1 updated (%n event(s)).</source>
        <translation>
            <numerusform>Calendar file %1 updated (%n event).</numerusform>
            <numerusform>Calendar file %1 updated (%n events).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ledgercommands.cpp" line="59"/>
        <source>%n season(s)</source>
        <translation>
            <numerusform>%n season</numerusform>
            <numerusform>%n seasons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ledgercommands.cpp" line="72"/>
        <source> (%1, from %2; %n other source(s) agree)</source>
        <translation>
            <numerusform> (%1, from %2; %n other source agrees)</numerusform>
            <numerusform> (%1, from %2; %n other sources agree)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/watchcommands.cpp" line="142"/>
        <source>%1: %2 of %n episode(s) watched</source>
        <translation>
            <numerusform>%1: %2 of %n episode watched</numerusform>
            <numerusform>%1: %2 of %n episodes watched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/watchcommands.cpp" line="271"/>
        <source>%1 season %2: %3 of %n episode(s) watched.</source>
        <translation>
            <numerusform>%1 season %2: %3 of %n episode watched.</numerusform>
            <numerusform>%1 season %2: %3 of %n episodes watched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/watchcommands.cpp" line="569"/>
        <source>Wrote %n event(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n event to %1.</numerusform>
            <numerusform>Wrote %n events to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/watchcommands.cpp" line="573"/>
        <source>%n followed season(s) have no date a calendar can hold yet.</source>
        <translation>
            <numerusform>%n followed season has no date a calendar can hold yet.</numerusform>
            <numerusform>%n followed seasons have no date a calendar can hold yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/syncreportline.cpp" line="34"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/syncreportline.cpp" line="35"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message numerus="yes">
        <location filename="../app/shell/desktopnotifier.cpp" line="70"/>
        <source>This week: %n reminder(s)</source>
        <translation>
            <numerusform>This week: %n reminder</numerusform>
            <numerusform>This week: %n reminders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftChart</name>
    <message numerus="yes">
        <location filename="../qml/DriftChart.qml" line="22"/>
        <source>Drift chart of %n prediction(s)</source>
        <translation>
            <numerusform>Drift chart of %n prediction</numerusform>
            <numerusform>Drift chart of %n predictions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedsController</name>
    <message numerus="yes">
        <location filename="../app/models/feedscontroller.cpp" line="66"/>
        <source>Its %n stored article(s) will be deleted.</source>
        <translation>
            <numerusform>Its %n stored article will be deleted.</numerusform>
            <numerusform>Its %n stored articles will be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/feedscontroller.cpp" line="68"/>
        <source>%n claim(s) from them stay in the ledger, marked “feed removed”.</source>
        <translation>
            <numerusform>%n claim from them stays in the ledger, marked “feed removed”.</numerusform>
            <numerusform>%n claims from them stay in the ledger, marked “feed removed”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedsPage</name>
    <message numerus="yes">
        <location filename="../qml/FeedsPage.qml" line="168"/>
        <source>%1 · last sync %2 · %n item(s)</source>
        <translation>
            <numerusform>%1 · last sync %2 · %n item</numerusform>
            <numerusform>%1 · last sync %2 · %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <location filename="../qml/HomePage.qml" line="35"/>
        <source>%n show(s) with a season on the way</source>
        <translation>
            <numerusform>%n show with a season on the way</numerusform>
            <numerusform>%n shows with a season on the way</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message numerus="yes">
        <location filename="../qml/LibraryPage.qml" line="44"/>
        <source>%1 of %n show(s)</source>
        <translation>
            <numerusform>%1 of %n show</numerusform>
            <numerusform>%1 of %n shows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/LibraryPage.qml" line="45"/>
        <source>%n show(s)</source>
        <translation>
            <numerusform>%n show</numerusform>
            <numerusform>%n shows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <location filename="../qml/Main.qml" line="357"/>
        <source>%n show(s)</source>
        <translation>
            <numerusform>%n show</numerusform>
            <numerusform>%n shows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewsFeedParser</name>
    <message numerus="yes">
        <location filename="../app/feeds/news/itemfinisher.cpp" line="177"/>
        <source>%n date(s) could not be read, for example “%1”.</source>
        <translation>
            <numerusform>%n date could not be read, for example “%1”.</numerusform>
            <numerusform>%n dates could not be read, for example “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/news/itemfinisher.cpp" line="183"/>
        <source>%n link(s) that were not web addresses were dropped, for example “%1”.</source>
        <translation>
            <numerusform>%n link that was not a web address was dropped, for example “%1”.</numerusform>
            <numerusform>%n links that were not web addresses were dropped, for example “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/news/feedencoding.cpp" line="102"/>
        <source>The document declares no encoding and is not valid UTF-8: it reads as UTF-8 but for %n invalid byte(s), which were replaced.</source>
        <translation>
            <numerusform>The document declares no encoding and is not valid UTF-8: it reads as UTF-8 but for %n invalid byte, which was replaced.</numerusform>
            <numerusform>The document declares no encoding and is not valid UTF-8: it reads as UTF-8 but for %n invalid bytes, which were replaced.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderSettingsController</name>
    <message numerus="yes">
        <location filename="../app/models/remindersettingscontroller.cpp" line="32"/>
        <source>Wrote %n event(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n event to %1.</numerusform>
            <numerusform>Wrote %n events to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShowOverview</name>
    <message numerus="yes">
        <location filename="../app/models/showoverview.cpp" line="165"/>
        <source>%1 – %2 across %n predictions</source>
        <translation>
            <numerusform>%1 – %2 across %n prediction</numerusform>
            <numerusform>%1 – %2 across %n predictions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/showoverview.cpp" line="271"/>
        <source>Season %1 · %2 of %n watched</source>
        <translation>
            <numerusform>Season %1 · %2 of %n watched</numerusform>
            <numerusform>Season %1 · %2 of %n watched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/showoverview.cpp" line="298"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
</TS>
