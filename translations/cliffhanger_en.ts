<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/feedcommands.cpp" line="63"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/feedcommands.cpp" line="121"/>
        <source>%n stored article(s)</source>
        <translation>
            <numerusform>%n stored article</numerusform>
            <numerusform>%n stored articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/feedcommands.cpp" line="122"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewsFeedParser</name>
    <message numerus="yes">
        <location filename="../app/feeds/news/itemfinisher.cpp" line="131"/>
        <source>%n date(s) could not be read, for example “%1”.</source>
        <translation>
            <numerusform>%n date could not be read, for example “%1”.</numerusform>
            <numerusform>%n dates could not be read, for example “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/feeds/news/itemfinisher.cpp" line="137"/>
        <source>%n link(s) that were not web addresses were dropped, for example “%1”.</source>
        <translation>
            <numerusform>%n link that was not a web address was dropped, for example “%1”.</numerusform>
            <numerusform>%n links that were not web addresses were dropped, for example “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <source>%n show(s)</source>
        <translation>
            <numerusform>%n show</numerusform>
            <numerusform>%n shows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
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
        <source>%1 of %n show(s)</source>
        <translation>
            <numerusform>%1 of %n show</numerusform>
            <numerusform>%1 of %n shows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n show(s)</source>
        <translation>
            <numerusform>%n show</numerusform>
            <numerusform>%n shows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CastBoard</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftChart</name>
    <message numerus="yes">
        <source>Drift chart of %n prediction(s)</source>
        <translation>
            <numerusform>Drift chart of %n prediction</numerusform>
            <numerusform>Drift chart of %n predictions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShowOverview</name>
    <message numerus="yes">
        <source>%1 – %2 across %n predictions</source>
        <translation>
            <numerusform>%1 – %2 across %n prediction</numerusform>
            <numerusform>%1 – %2 across %n predictions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedsPage</name>
    <message numerus="yes">
        <source>%1 · last sync %2 · %n item(s)</source>
        <translation>
            <numerusform>%1 · last sync %2 · %n item</numerusform>
            <numerusform>%1 · last sync %2 · %n items</numerusform>
        </translation>
    </message>
</context>
</TS>
