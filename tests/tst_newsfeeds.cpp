// News feed parsing: format detection, the four formats, encodings, XML safety, bad input, and
// the HTML-to-text pass. Fixtures are invented, in tests/fixtures/news/.

#include "domain/htmltext.h"
#include "feeds/news/newsfeedparser.h"
#include "storage/articlestore.h"

#include <QFile>
#include <QSet>
#include <QStringEncoder>
#include <QTest>

#include <optional>

Q_DECLARE_METATYPE(std::optional<NewsFormat>)

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(CLIFFHANGER_FIXTURES "/news/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

// The feed parsed from `body`; std::nullopt, with the error logged, when it does not parse.
std::optional<ParsedNewsFeed> parseOk(const QByteArray &body, const QString &charset = QString())
{
    ParsedNewsFeed feed;
    FeedError error;
    if (!NewsFeedParser::parse(body, charset, &feed, &error)) {
        qWarning("unexpected parse error: %s", qPrintable(error.message));
        return std::nullopt;
    }
    return feed;
}

// The error of a body that must not parse; std::nullopt when it parses or still yields items.
std::optional<FeedError> parseError(const QByteArray &body)
{
    ParsedNewsFeed feed;
    FeedError error;
    if (NewsFeedParser::parse(body, QString(), &feed, &error) || !feed.items.isEmpty())
        return std::nullopt;
    return error;
}

// Declare `name` as the feed parsed from the arguments, or the error of a body that must not
// parse; anything else fails the test here (a QVERIFY inside a helper leaves only the helper).
#define PARSE_OK(name, ...)                                                                        \
    const std::optional<ParsedNewsFeed> name##Parsed = parseOk(__VA_ARGS__);                       \
    QVERIFY(name##Parsed);                                                                         \
    const ParsedNewsFeed &name = *name##Parsed
#define PARSE_ERROR(name, body)                                                                    \
    const std::optional<FeedError> name##Error = parseError(body);                                 \
    QVERIFY(name##Error);                                                                          \
    const FeedError &name = *name##Error

QDateTime utc(const char *iso)
{
    QDateTime d = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    return d.toUTC();
}

bool anyFieldContains(const ParsedNewsFeed &feed, const QString &needle)
{
    if (feed.title.contains(needle) || feed.link.contains(needle))
        return true;
    for (const FeedItem &item : feed.items) {
        for (const QString &field :
             {item.guid, item.link, item.title, item.author, QString::fromUtf8(item.summaryHtml),
              QString::fromUtf8(item.contentHtml), item.summaryText, item.contentText}) {
            if (field.contains(needle))
                return true;
        }
    }
    return false;
}

} // namespace

class TestNewsFeeds : public QObject {
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void detectJsonFeed_data();
    void detectJsonFeed();
    void rss20();
    void rss091();
    void rdf();
    void atom();
    void jsonFeed();
    void jsonFeedBadItems();
    void encodings_data();
    void encodings();
    void httpCharsetIgnoredForValidUtf8();
    void unknownDeclaredEncodingFallsBack();
    void latin1LabelReadsWindows1252Punctuation();
    void cdata();
    void entities();
    void billionLaughsIsNotExpanded();
    void externalEntityIsNotFetched();
    void truncatedXmlNamesThePosition();
    void invalidUtf8BecomesReplacementCharacters();
    void badItemIsSkippedNotTheFeed();
    void untitledRssItemsAreKept();
    void untitledAtomEntriesAreKept();
    void untitledJsonItemsAreKept();
    void untitledItemsHaveStableKeys();
    void escapedMarkupInRssIsText();
    void escapedMarkupInAtomIsText();
    void jsonFeedTextIsTextAndHtmlIsHtml();
    void undeclaredNonUtf8IsWindows1252();
    void undeclaredDamagedUtf8StaysUtf8();
    void rssExtensionsFillEmptyFields();
    void atomExtensionsFillEmptyFields();
    void notAFeed_data();
    void notAFeed();
    void namespacesAreMatchedByUri();
    void plainTextOption();
    void survivesTruncationAndCorruption();
    void htmlToPlainText_data();
    void htmlToPlainText();
    void looksLikeHtml_data();
    void looksLikeHtml();
};

void TestNewsFeeds::detect_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<std::optional<NewsFormat>>("expected");
    const std::optional<NewsFormat> none;
    QTest::newRow("rss 2.0") << "rss20.xml" << std::optional(NewsFormat::Rss);
    QTest::newRow("rss 0.91 with doctype") << "rss091.xml" << std::optional(NewsFormat::Rss);
    QTest::newRow("rdf") << "rdf.xml" << std::optional(NewsFormat::Rdf);
    QTest::newRow("atom") << "atom.xml" << std::optional(NewsFormat::Atom);
    QTest::newRow("json feed 1.1") << "jsonfeed.json" << std::optional(NewsFormat::JsonFeed);
    QTest::newRow("json feed 1.0")
        << "jsonfeed-bad-items.json" << std::optional(NewsFormat::JsonFeed);
    QTest::newRow("utf-8 bom") << "utf8-bom.xml" << std::optional(NewsFormat::Rss);
    QTest::newRow("utf-16le bom") << "utf16le-bom.xml" << std::optional(NewsFormat::Rss);
    QTest::newRow("utf-16be bom") << "utf16be-bom.xml" << std::optional(NewsFormat::Rss);
    QTest::newRow("euc-kr") << "euc-kr.xml" << std::optional(NewsFormat::Rss);
    QTest::newRow("html page") << "not-a-feed.html" << none;
    QTest::newRow("random json") << "random.json" << none;
}

void TestNewsFeeds::detect()
{
    QFETCH(QString, file);
    QFETCH(std::optional<NewsFormat>, expected);
    QCOMPARE(NewsFeedParser::detect(fixture(file)), expected);
}

void TestNewsFeeds::detectJsonFeed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("isFeed");
    QTest::newRow("escaped slashes")
        << QByteArray(R"({"version": "https:\/\/jsonfeed.org\/version\/1.1", "items": []})")
        << true;
    QTest::newRow("version last")
        << QByteArray(
               R"({"title": "x", "items": [{"id": "1", "n": {"a": [1, "}"]}}], "version": "https://jsonfeed.org/version/1"})")
        << true;
    QTest::newRow("nested version only")
        << QByteArray(R"({"meta": {"version": "https://jsonfeed.org/version/1.1"}})") << false;
    QTest::newRow("version 2") << QByteArray(R"({"version": "https://jsonfeed.org/version/2"})")
                               << false;
    QTest::newRow("array") << QByteArray(R"([{"version": "https://jsonfeed.org/version/1.1"}])")
                           << false;
    QTest::newRow("unterminated") << QByteArray(R"({"title": "x)") << false;
    QStringEncoder toUtf16(QStringEncoder::Utf16LE);
    const QByteArray utf16 =
        toUtf16(QStringLiteral(R"({"version": "https://jsonfeed.org/version/1.1"})"));
    QTest::newRow("utf-16le with bom") << QByteArray("\xFF\xFE", 2) + utf16 << true;
}

void TestNewsFeeds::detectJsonFeed()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, isFeed);
    QCOMPARE(NewsFeedParser::detect(body).has_value(), isFeed);
    if (isFeed)
        QCOMPARE(*NewsFeedParser::detect(body), NewsFormat::JsonFeed);
}

void TestNewsFeeds::rss20()
{
    PARSE_OK(feed, fixture(QStringLiteral("rss20.xml")));
    QCOMPARE(feed.format, NewsFormat::Rss);
    QCOMPARE(feed.title, QStringLiteral("Screen Chatter & Co."));
    QCOMPARE(feed.link, QStringLiteral("https://screenchatter.example/"));
    QCOMPARE(feed.items.size(), 3);
    QVERIFY2(feed.warnings.isEmpty(), qPrintable(feed.warnings.join(u'|')));

    const FeedItem &first = feed.items[0];
    QCOMPARE(first.title, QStringLiteral("Harbor Lights season 2 begins filming in Busan"));
    QCOMPARE(first.link,
             QStringLiteral("https://screenchatter.example/2025/06/harbor-lights-filming"));
    QCOMPARE(first.guid, QStringLiteral("screenchatter-4711"));
    QCOMPARE(first.author, QStringLiteral("Mina Park"));
    QCOMPARE(first.published, utc("2025-06-03T00:30:00Z"));
    QCOMPARE(first.published.timeSpec(), Qt::UTC);
    QVERIFY(!first.updated.isValid());
    QCOMPARE(first.categories, QStringList({"Harbor Lights", "Production"}));
    QCOMPARE(QString::fromUtf8(first.summaryHtml),
             QStringLiteral("<p>Cameras are rolling on <em>Harbor Lights</em> "
                            "season 2.</p><p>The streamer expects a late 2026 "
                            "premiere.</p>"));
    QCOMPARE(first.summaryText, QStringLiteral("Cameras are rolling on Harbor Lights season 2.\n"
                                               "The streamer expects a late 2026 premiere."));
    QCOMPARE(first.contentText,
             QStringLiteral("Cameras are rolling on Harbor Lights season 2 & "
                            "the cast is back.\nAnother 8 episodes are planned."));

    const FeedItem &second = feed.items[1];
    QCOMPARE(second.title, QStringLiteral("Static Bloom renewed"));
    QCOMPARE(second.link,
             QStringLiteral("https://screenchatter.example/2025/06/static-bloom-renewed"));
    QCOMPARE(second.guid, QStringLiteral("https://screenchatter.example/?p=4712"));
    QCOMPARE(second.author, QStringLiteral("Jonas Vale"));
    QCOMPARE(second.published, utc("2025-06-04T18:00:00Z"));
    QCOMPARE(second.summaryText, QStringLiteral("Static Bloom will return for a third season."));

    const FeedItem &third = feed.items[2];
    QVERIFY(third.title.isEmpty());
    QCOMPARE(third.link, QStringLiteral("https://screenchatter.example/?p=4713")); // permalink guid
    QCOMPARE(third.summaryText,
             QStringLiteral("Only a description here: the writers' room opens in July."));
    QCOMPARE(third.published, utc("2025-06-05T07:00:00Z"));
    QCOMPARE(third.updated, utc("2025-06-05T07:15:00Z"));
}

void TestNewsFeeds::rss091()
{
    PARSE_OK(feed, fixture(QStringLiteral("rss091.xml")));
    QCOMPARE(feed.format, NewsFormat::Rss);
    QCOMPARE(feed.title, QStringLiteral("Old School TV Notes"));
    QCOMPARE(feed.link, QStringLiteral("http://oldschooltv.example/"));
    QCOMPARE(feed.items.size(), 2);
    QVERIFY(feed.warnings.isEmpty()); // a DOCTYPE without entity declarations is unremarkable
    QCOMPARE(feed.items[0].title, QStringLiteral("The Long Winter Road gets a second season"));
    QCOMPARE(feed.items[0].link,
             QStringLiteral("http://oldschooltv.example/notes/long-winter-road"));
    QCOMPARE(feed.items[0].summaryText,
             QStringLiteral("The drama returns next year with six episodes."));
    QVERIFY(!feed.items[0].published.isValid());
    QCOMPARE(feed.items[1].title, QStringLiteral("Casting call for Lantern Street"));
    QVERIFY(feed.items[1].summaryHtml.isEmpty());
}

void TestNewsFeeds::rdf()
{
    PARSE_OK(feed, fixture(QStringLiteral("rdf.xml")));
    QCOMPARE(feed.format, NewsFormat::Rdf);
    QCOMPARE(feed.title, QStringLiteral("Serial Watch"));
    QCOMPARE(feed.link, QStringLiteral("https://serialwatch.example/"));
    QCOMPARE(feed.items.size(), 2);
    const FeedItem &first = feed.items[0];
    QCOMPARE(first.title, QStringLiteral("Lantern Street adds two names to its cast"));
    QCOMPARE(first.guid, QStringLiteral("https://serialwatch.example/a/1")); // rdf:about
    QCOMPARE(first.link, QStringLiteral("https://serialwatch.example/a/1"));
    QCOMPARE(first.author, QStringLiteral("Sam Okafor"));
    QCOMPARE(first.published, utc("2025-05-30T10:00:00Z"));
    QCOMPARE(first.categories, QStringList{QStringLiteral("Casting")});
    QCOMPARE(first.summaryText, QStringLiteral("Rhea Cole joins as Detective Amara Lind."));
    const FeedItem &second = feed.items[1];
    QCOMPARE(QString::fromUtf8(second.contentHtml),
             QStringLiteral("<p>Filming wrapped on Friday.</p>"));
    QCOMPARE(second.contentText, QStringLiteral("Filming wrapped on Friday."));
    QCOMPARE(second.published, utc("2025-06-01T00:00:00Z"));
}

void TestNewsFeeds::atom()
{
    PARSE_OK(feed, fixture(QStringLiteral("atom.xml")));
    QCOMPARE(feed.format, NewsFormat::Atom);
    QCOMPARE(feed.title, QStringLiteral("Showrunner Dispatch"));
    QCOMPARE(feed.link, QStringLiteral("https://showrunner.example/news/"));
    QCOMPARE(feed.items.size(), 2);

    const FeedItem &first = feed.items[0];
    QCOMPARE(first.guid, QStringLiteral("tag:showrunner.example,2025:hl-window"));
    QCOMPARE(first.title, QStringLiteral("Harbor Lights: release window narrows to late 2026"));
    // rel="related" and a non-HTML alternate lose to the rel-less link, resolved by xml:base
    QCOMPARE(first.link, QStringLiteral("https://showrunner.example/news/harbor-lights-window"));
    QCOMPARE(first.author, QStringLiteral("Ada Reyes, Tomas Lind"));
    QCOMPARE(first.published, utc("2025-06-02T13:00:00Z"));
    QCOMPARE(first.updated, utc("2025-06-02T14:30:00.250Z"));
    QCOMPARE(first.categories, QStringList({"Harbor Lights", "Release dates"}));
    QCOMPARE(first.summaryText,
             QStringLiteral("Plain summary with <tags> that are text & stay text."));
    QCOMPARE(QString::fromUtf8(first.summaryHtml),
             QStringLiteral("Plain summary with &lt;tags&gt; that are text "
                            "&amp; stay text."));
    QVERIFY2(QString::fromUtf8(first.contentHtml)
                 .contains(QLatin1String(
                     "<p>The streamer now says <strong>late</strong> <em>2026</em>.</p>")),
             qPrintable(QString::fromUtf8(first.contentHtml)));
    QVERIFY(QString::fromUtf8(first.contentHtml)
                .contains(QLatin1String("<em>early</em> 2026.<br>No trailer yet.")));
    QVERIFY(!QString::fromUtf8(first.contentHtml).contains(QLatin1String("xmlns")));
    QVERIFY(!QString::fromUtf8(first.contentHtml).contains(QLatin1String("<div")));
    QCOMPARE(first.contentText, QStringLiteral("The streamer now says late 2026.\nFans & critics "
                                               "had hoped for early 2026.\nNo trailer yet."));

    const FeedItem &second = feed.items[1];
    QCOMPARE(second.title, QStringLiteral("Static Bloom finale date set"));
    QCOMPARE(second.link, QStringLiteral("https://showrunner.example/news/static-bloom-finale"));
    QCOMPARE(second.author, QStringLiteral("Dispatch Desk")); // inherited from the feed
    QVERIFY(!second.published.isValid());
    QCOMPARE(second.updated, utc("2025-06-03T12:00:00Z"));
    QCOMPARE(second.summaryText, QStringLiteral("The finale airs on June 20.\nTickets for the "
                                                "premiere event sold out."));
    QVERIFY(second.contentHtml.isEmpty());
}

void TestNewsFeeds::jsonFeed()
{
    PARSE_OK(feed, fixture(QStringLiteral("jsonfeed.json")));
    QCOMPARE(feed.format, NewsFormat::JsonFeed);
    QCOMPARE(feed.title, QStringLiteral("Episode Ledger"));
    QCOMPARE(feed.link, QStringLiteral("https://episodeledger.example/"));
    QCOMPARE(feed.items.size(), 2);
    QVERIFY(feed.warnings.isEmpty());

    const FeedItem &first = feed.items[0];
    QCOMPARE(first.guid, QStringLiteral("el-1001"));
    QCOMPARE(first.link, QStringLiteral("https://episodeledger.example/posts/1001"));
    QCOMPARE(first.title, QStringLiteral("The Long Winter Road: 10 episodes confirmed"));
    QCOMPARE(first.author, QStringLiteral("Hana Seo, Leo Brandt"));
    QCOMPARE(first.published, utc("2025-06-01T00:00:00Z"));
    QCOMPARE(first.updated, utc("2025-06-01T10:00:00Z"));
    QCOMPARE(first.categories, QStringList({"The Long Winter Road", "Episodes"}));
    QCOMPARE(first.contentText, QStringLiteral("The second season will have 10 episodes.\n"
                                               "Filming began in March."));
    QCOMPARE(first.summaryText, QStringLiteral("Episode count confirmed."));

    const FeedItem &second = feed.items[1];
    QCOMPARE(second.guid, QStringLiteral("1002")); // numeric ids are read as text
    QCOMPARE(second.link, QStringLiteral("https://episodeledger.example/posts/1002"));
    QVERIFY(second.title.isEmpty());
    QCOMPARE(second.author, QStringLiteral("Ledger Staff"));
    QCOMPARE(second.contentText,
             QStringLiteral("Lantern Street will premiere in early 2026.\nMore news soon."));
    QCOMPARE(second.published, utc("2025-06-02T00:00:00Z"));
}

void TestNewsFeeds::jsonFeedBadItems()
{
    PARSE_OK(feed, fixture(QStringLiteral("jsonfeed-bad-items.json")));
    QCOMPARE(feed.items.size(), 4);
    QCOMPARE(feed.items[0].guid, QStringLiteral("ok-1"));
    QCOMPARE(feed.items[0].author, QStringLiteral("Old Style Author")); // JSON Feed 1.0 "author"
    QCOMPARE(feed.items[1].guid, QStringLiteral("empty-3"));            // an id alone keeps an item
    QCOMPARE(feed.items[2].guid, QStringLiteral("typed-4"));
    QVERIFY(feed.items[2].title.isEmpty());
    QVERIFY(feed.items[2].categories.isEmpty());
    QCOMPARE(feed.items[2].contentText, QStringLiteral("Kept."));
    QCOMPARE(feed.items[3].guid, QStringLiteral("ok-5"));
    QVERIFY(!feed.items[3].published.isValid());
    const QString warnings = feed.warnings.join(u'\n');
    QCOMPARE(feed.warnings.size(), 3);
    QVERIFY2(warnings.contains(QLatin1String("Item 2 is not a JSON object")), qPrintable(warnings));
    QVERIFY(warnings.contains(QStringLiteral("Item 4: the field “title”")));
    QVERIFY(warnings.contains(QStringLiteral("“yesterday”")));
}

void TestNewsFeeds::encodings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("charset");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("text");
    QTest::newRow("windows-1252") << "windows-1252.xml" << QString()
                                  << QString::fromUtf8("“Café Noir” returns – €5 tickets")
                                  << QString::fromUtf8("Naïve fans can’t wait.");
    QTest::newRow("iso-8859-1") << "iso-8859-1.xml" << QStringLiteral("UTF-8")
                                << QString::fromUtf8("König der Lüfte: Staffel 2 © Sender")
                                << QString::fromUtf8("Die Dreharbeiten für Été beginnen.");
    QTest::newRow("euc-kr") << "euc-kr.xml" << QString()
                            << QString::fromUtf8("지금 우리 학교는 시즌 2 촬영 시작")
                            << QString::fromUtf8("두 번째 시즌은 2026년 하반기에 공개됩니다.");
    QTest::newRow("utf-8 bom") << "utf8-bom.xml" << QStringLiteral("ISO-8859-1")
                               << QString::fromUtf8("BOM ✓ été")
                               << QStringLiteral("Byte order mark first.");
    QTest::newRow("utf-16le bom") << "utf16le-bom.xml" << QString()
                                  << QString::fromUtf8("UTF-16 → 한국어 🎬")
                                  << QStringLiteral("Sixteen bits per unit.");
    QTest::newRow("utf-16be bom") << "utf16be-bom.xml" << QStringLiteral("windows-1252")
                                  << QString::fromUtf8("UTF-16 → 한국어 🎬")
                                  << QStringLiteral("Sixteen bits per unit.");
    QTest::newRow("http charset only")
        << "http-charset.xml" << QStringLiteral("windows-1252")
        << QString::fromUtf8("Schöne “Grüße”") << QStringLiteral("From the header.");
}

void TestNewsFeeds::encodings()
{
    QFETCH(QString, file);
    QFETCH(QString, charset);
    QFETCH(QString, title);
    QFETCH(QString, text);
    PARSE_OK(feed, fixture(file), charset);
    QCOMPARE(feed.title, QStringLiteral("Encoding test"));
    QCOMPARE(feed.items.size(), 1);
    QCOMPARE(feed.items[0].title, title);
    QCOMPARE(feed.items[0].summaryText, text);
    QCOMPARE(feed.items[0].link, QStringLiteral("https://enc.example/1"));
    QVERIFY2(feed.warnings.isEmpty(), qPrintable(feed.warnings.join(u'|')));
}

void TestNewsFeeds::httpCharsetIgnoredForValidUtf8()
{
    // Servers label everything ISO-8859-1 by default; valid UTF-8 is not taken for Latin-1.
    const QByteArray body =
        QString::fromUtf8("<rss version=\"2.0\"><channel><title>Été</title>"
                          "<item><title>Ça tourne</title></item></channel></rss>")
            .toUtf8();
    PARSE_OK(feed, body, QStringLiteral("ISO-8859-1"));
    QCOMPARE(feed.title, QString::fromUtf8("Été"));
    QCOMPARE(feed.items.value(0).title, QString::fromUtf8("Ça tourne"));
}

void TestNewsFeeds::unknownDeclaredEncodingFallsBack()
{
    const QByteArray body =
        "<?xml version=\"1.0\" encoding=\"x-made-up\"?><rss version=\"2.0\">"
        "<channel><title>T</title><item><title>A</title></item></channel></rss>";
    PARSE_OK(feed, body);
    QCOMPARE(feed.items.size(), 1);
    QCOMPARE(feed.warnings.size(), 1);
    QVERIFY(feed.warnings[0].contains(QLatin1String("x-made-up")));
}

void TestNewsFeeds::latin1LabelReadsWindows1252Punctuation()
{
    // Labelled ISO-8859-1, written on Windows: 0x92 is a right quote, not a C1 control.
    const QByteArray body = "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss version=\"2.0\">"
                            "<channel><title>T</title><item><title>It\x92s caf\xe9 \x96 "
                            "\x93on\x94</title></item></channel></rss>";
    PARSE_OK(feed, body);
    QCOMPARE(feed.items.value(0).title, QString::fromUtf8("It’s café – “on”"));
}

void TestNewsFeeds::cdata()
{
    PARSE_OK(feed, fixture(QStringLiteral("cdata.xml")));
    QCOMPARE(feed.title, QStringLiteral("CDATA & Friends"));
    QCOMPARE(feed.items.size(), 2);
    const FeedItem &first = feed.items[0];
    QCOMPARE(first.title, QStringLiteral("Harbor Lights cast list grows"));
    QCOMPARE(first.link, QStringLiteral("https://cdata.example/a?x=1&y=2"));
    QCOMPARE(QString::fromUtf8(first.summaryHtml),
             QStringLiteral("<p>Ji-ho Han plays Captain Seo.</p><p>A &amp; B "
                            "stay &lt;literal&gt; in CDATA.</p>"));
    QCOMPARE(first.summaryText,
             QStringLiteral("Ji-ho Han plays Captain Seo.\nA & B stay <literal> in CDATA."));
    const FeedItem &second = feed.items[1];
    QCOMPARE(QString::fromUtf8(second.summaryHtml), QStringLiteral("Before & <b>inside</b> after"));
    QCOMPARE(second.summaryText, QStringLiteral("Before & inside after"));
}

void TestNewsFeeds::entities()
{
    PARSE_OK(feed, fixture(QStringLiteral("entities.xml")));
    QCOMPARE(feed.title, QStringLiteral("Entity Check")); // &nbsp; then whitespace folding
    QCOMPARE(feed.items.size(), 2);
    const FeedItem &first = feed.items[0];
    QCOMPARE(first.title, QString::fromUtf8("Café scene… “Season 2” — it’s – here ’"));
    QCOMPARE(first.link, QStringLiteral("https://entities.example/a?x=1&y=2"));
    QCOMPARE(QString::fromUtf8(first.summaryHtml),
             QStringLiteral("<p>Tom &amp; Jerry&nbsp;return&hellip;</p>"
                            "<p>Price: 5&euro; &copy; 2025</p>"));
    QCOMPARE(first.summaryText, QString::fromUtf8("Tom & Jerry return…\nPrice: 5€ © 2025"));
    QCOMPARE(feed.items[1].title, QStringLiteral("AT&T double-escaped & unknown &foo; stays"));
}

void TestNewsFeeds::billionLaughsIsNotExpanded()
{
    // Not expanded, so nothing of the entities' text appears (bench_parse times the parse).
    PARSE_OK(feed, fixture(QStringLiteral("billion-laughs.xml")));
    QCOMPARE(feed.title, QStringLiteral("&lol9;"));
    QCOMPARE(feed.items.size(), 1);
    QCOMPARE(feed.items[0].title, QStringLiteral("&lol9;"));
    QCOMPARE(QString::fromUtf8(feed.items[0].summaryHtml), QStringLiteral("&lol9;&lol9;"));
    QCOMPARE(feed.items[0].summaryText, QStringLiteral("&lol9;&lol9;"));
    QVERIFY(!anyFieldContains(feed, QStringLiteral("lollol")));
    QCOMPARE(feed.warnings.size(), 1);
    QVERIFY(feed.warnings[0].contains(QLatin1String("DTD declares entities")));
}

void TestNewsFeeds::externalEntityIsNotFetched()
{
    PARSE_OK(feed, fixture(QStringLiteral("xxe.xml")));
    QCOMPARE(feed.title, QStringLiteral("XXE probe"));
    QCOMPARE(feed.items.size(), 1);
    QCOMPARE(feed.items[0].title, QStringLiteral("&xxe;"));
    QCOMPARE(feed.items[0].summaryText, QStringLiteral("Secret: &xxe;"));
    QVERIFY(!anyFieldContains(feed, QStringLiteral("root:")));
    QVERIFY(!anyFieldContains(feed, QStringLiteral("/bin/")));
    QVERIFY(feed.warnings.join(u'\n').contains(QLatin1String("DTD declares entities")));
}

void TestNewsFeeds::truncatedXmlNamesThePosition()
{
    PARSE_ERROR(error, fixture(QStringLiteral("truncated.xml")));
    QCOMPARE(error.kind, FeedError::Kind::Parse);
    QVERIFY2(error.message.contains(QLatin1String("line 11, column 47")),
             qPrintable(error.message));
    QVERIFY(error.message.contains(QLatin1String("truncated")));

    PARSE_ERROR(midTag, "<rss version=\"2.0\"><channel>\n<item><tit");
    QVERIFY2(midTag.message.contains(QLatin1String("line 2")), qPrintable(midTag.message));
}

void TestNewsFeeds::invalidUtf8BecomesReplacementCharacters()
{
    PARSE_OK(feed, fixture(QStringLiteral("invalid-utf8.xml")));
    QCOMPARE(feed.items.size(), 1);
    const QString title = feed.items[0].title;
    QVERIFY2(title.startsWith(QStringLiteral("Broken \uFFFD")), qPrintable(title));
    QVERIFY(title.endsWith(QStringLiteral("\uFFFD here")));
    QVERIFY(feed.items[0].summaryText.startsWith(QStringLiteral("Still \uFFFD")));
    QVERIFY(feed.items[0].summaryText.endsWith(QString::fromUtf8("readable é.")));

    // The same bytes in JSON are repaired, not refused.
    const QByteArray json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":"
                            "[{\"id\":\"1\",\"title\":\"bad \xff byte\"}]}";
    PARSE_OK(jsonFeed, json);
    QCOMPARE(jsonFeed.items.value(0).title, QStringLiteral("bad \uFFFD byte"));
}

void TestNewsFeeds::badItemIsSkippedNotTheFeed()
{
    PARSE_OK(feed, fixture(QStringLiteral("bad-item.xml")));
    QCOMPARE(feed.items.size(), 4);
    QCOMPARE(feed.items[0].title, QStringLiteral("Good item one"));
    // Only a guid, an unreadable date and a category: untitled, but the guid identifies it.
    QVERIFY(feed.items[1].title.isEmpty());
    QCOMPARE(feed.items[1].guid, QStringLiteral("only-a-guid"));
    QVERIFY(!feed.items[1].published.isValid());
    QCOMPARE(feed.items[2].title, QStringLiteral("Good item two"));
    QCOMPARE(feed.items[3].title, QStringLiteral("Good item three"));
    QVERIFY(feed.items[2].link.isEmpty()); // javascript: is no link to open
    // HTML pasted into the description unescaped is kept as markup, not lost
    QCOMPARE(QString::fromUtf8(feed.items[2].summaryHtml),
             QStringLiteral("<p>Raw <b>HTML</b> <i>pasted</i> without "
                            "escaping.</p><p>Second paragraph.</p>"));
    QCOMPARE(feed.items[2].summaryText,
             QStringLiteral("Raw HTML pasted without escaping.\nSecond paragraph."));
    const QString warnings = feed.warnings.join(u'\n');
    QCOMPARE(feed.warnings.size(), 3);
    QVERIFY2(
        warnings.contains(QLatin1String("Item 4 has no id, title, link, date, author or text")),
        qPrintable(warnings));
    QVERIFY(warnings.contains(QStringLiteral("“not a date at all”")));
    QVERIFY(warnings.contains(QStringLiteral("“javascript:alert(1)”")));
}

void TestNewsFeeds::untitledRssItemsAreKept()
{
    // Like feedparser: an id, a date, an author or any text is enough to keep an item.
    PARSE_OK(feed, fixture(QStringLiteral("untitled-rss.xml")));
    QCOMPARE(feed.items.size(), 5);
    for (const FeedItem &item : feed.items.first(4)) {
        QVERIFY(item.title.isEmpty());
        QVERIFY(item.link.isEmpty());
    }
    QCOMPARE(feed.items[0].guid, QStringLiteral("untitled-guid-only"));
    QCOMPARE(feed.items[1].published, utc("2025-06-03T09:00:00Z"));
    QCOMPARE(feed.items[2].author, QStringLiteral("Noor Haddad"));
    QCOMPARE(feed.items[3].summaryText,
             QStringLiteral("A note with no headline: the table read is on Monday."));
    QCOMPARE(feed.items[4].title, QStringLiteral("Titled and linked"));
    // A blank title, a category and an unreadable date identify nothing.
    const QString warnings = feed.warnings.join(u'\n');
    QVERIFY2(
        warnings.contains(QLatin1String("Item 5 has no id, title, link, date, author or text")),
        qPrintable(warnings));
}

void TestNewsFeeds::untitledAtomEntriesAreKept()
{
    PARSE_OK(feed, fixture(QStringLiteral("untitled-atom.xml")));
    QCOMPARE(feed.items.size(), 3);
    QCOMPARE(feed.items[0].guid, QStringLiteral("tag:untitled.example,2025:only-an-id"));
    QCOMPARE(feed.items[0].author, QStringLiteral("Night Desk")); // inherited, once kept
    QCOMPARE(feed.items[1].updated, utc("2025-06-04T07:30:00Z"));
    QCOMPARE(feed.items[2].summaryText,
             QStringLiteral("Nothing but a summary about the second unit's schedule."));
    // The feed's author is inherited, but it does not make an empty entry worth keeping.
    QCOMPARE(feed.warnings.size(), 1);
    QVERIFY2(feed.warnings[0].contains(QLatin1String("Item 4 has no id")),
             qPrintable(feed.warnings[0]));
}

void TestNewsFeeds::untitledJsonItemsAreKept()
{
    PARSE_OK(feed, fixture(QStringLiteral("untitled.json")));
    QCOMPARE(feed.items.size(), 4);
    QCOMPARE(feed.items[0].guid, QStringLiteral("json-only-id"));
    QCOMPARE(feed.items[0].author, QStringLiteral("Feed Desk"));
    QCOMPARE(feed.items[1].published, utc("2025-06-05T12:00:00Z"));
    QCOMPARE(feed.items[2].author, QStringLiteral("Ines Moreau"));
    QCOMPARE(feed.items[3].contentText, QStringLiteral("Text with no title and no address."));
    QCOMPARE(feed.warnings.size(), 1);
    QVERIFY2(feed.warnings[0].contains(QLatin1String("Item 5 has no id")),
             qPrintable(feed.warnings[0]));
}

void TestNewsFeeds::untitledItemsHaveStableKeys()
{
    // The article store keys an item by guid, else link, else a hash of its content: the kept
    // untitled items must get distinct keys that survive a re-parse, or a re-sync duplicates them.
    const std::pair<const char *, int> files[] = {
        {"untitled-rss.xml", 5}, {"untitled-atom.xml", 3}, {"untitled.json", 4}};
    for (const auto &[file, kept] : files) {
        const QByteArray body = fixture(QString::fromLatin1(file));
        PARSE_OK(first, body);
        PARSE_OK(again, body);
        QCOMPARE(first.items.size(), kept);
        QSet<QString> keys;
        for (qsizetype i = 0; i < first.items.size(); ++i) {
            const QString key = ArticleStore::dedupeKey(first.items[i]);
            QCOMPARE(ArticleStore::dedupeKey(again.items[i]), key);
            keys.insert(key);
        }
        QCOMPARE(keys.size(), first.items.size());
    }
}

void TestNewsFeeds::escapedMarkupInRssIsText()
{
    PARSE_OK(feed, fixture(QStringLiteral("escaped-markup-rss.xml")));
    QCOMPARE(feed.title, QStringLiteral("Markup <notes> desk"));
    QCOMPARE(feed.items.size(), 4);
    // An RSS title is text unless it looks like HTML (a closing tag or an entity reference, and
    // only known HTML elements): feedparser's rule.
    QCOMPARE(feed.items[0].title, QStringLiteral("History of the <blink> tag"));
    QCOMPARE(feed.items[1].title, QStringLiteral("Bold renewal news"));
    QCOMPARE(feed.items[2].title, QStringLiteral("Episode <3 of 8> & more"));
    QCOMPARE(feed.items[3].title, QStringLiteral("The <marquee> scroller </marquee> returns"));
    // A description is HTML: escaped once it is markup, escaped twice it is text.
    QCOMPARE(feed.items[0].summaryText, QStringLiteral("Why the <blink> tag faded away."));
}

void TestNewsFeeds::escapedMarkupInAtomIsText()
{
    PARSE_OK(feed, fixture(QStringLiteral("escaped-markup-atom.xml")));
    QCOMPARE(feed.title, QStringLiteral("Markup <notes> desk"));
    QCOMPARE(feed.items.size(), 3);
    const FeedItem &text = feed.items[0];
    QCOMPARE(text.title, QStringLiteral("History of the <blink> tag"));
    QCOMPARE(text.summaryText, QStringLiteral("Plain text: <blink> is a word here."));
    const FeedItem &html = feed.items[1];
    QCOMPARE(html.title, QStringLiteral("History of the <blink> tag revisited"));
    QCOMPARE(html.summaryText, QStringLiteral("The <blink> tag was loud."));
    const FeedItem &xhtml = feed.items[2];
    QCOMPARE(xhtml.title, QStringLiteral("History of the <blink> tag"));
    QCOMPARE(xhtml.summaryText, QStringLiteral("Only text: the <blink> tag & friends."));
    QCOMPARE(QString::fromUtf8(xhtml.summaryHtml),
             QStringLiteral("Only text: the &lt;blink&gt; tag &amp; friends."));
    QCOMPARE(xhtml.contentText, QStringLiteral("Inside markup the <blink> tag is text."));
}

void TestNewsFeeds::jsonFeedTextIsTextAndHtmlIsHtml()
{
    PARSE_OK(feed, fixture(QStringLiteral("escaped-markup.json")));
    QCOMPARE(feed.title, QStringLiteral("Markup <notes> desk"));
    QCOMPARE(feed.items.size(), 2);
    QCOMPARE(feed.items[0].title, QStringLiteral("History of the <blink> tag"));
    QCOMPARE(feed.items[0].contentText, QStringLiteral("The <blink> tag & its fans."));
    QCOMPARE(QString::fromUtf8(feed.items[0].contentHtml),
             QStringLiteral("The &lt;blink&gt; tag &amp; its fans."));
    QCOMPARE(feed.items[0].summaryText, QStringLiteral("Plain <blink> summary."));
    QCOMPARE(feed.items[1].contentText, QStringLiteral("The <blink> tag blinked."));
}

void TestNewsFeeds::undeclaredNonUtf8IsWindows1252()
{
    PARSE_OK(feed, fixture(QStringLiteral("undeclared-windows-1252.xml")));
    QCOMPARE(feed.items.size(), 1);
    QCOMPARE(feed.items[0].title, QString::fromUtf8("Café “Noir” – à bientôt"));
    QCOMPARE(feed.items[0].summaryText, QString::fromUtf8("Les acteurs reviennent à l’automne."));
    QCOMPARE(feed.warnings.size(), 1);
    QVERIFY2(feed.warnings[0].contains(QLatin1String("windows-1252")),
             qPrintable(feed.warnings[0]));
}

void TestNewsFeeds::undeclaredDamagedUtf8StaysUtf8()
{
    // Mostly valid UTF-8 with one cut sequence is UTF-8 with damage: reading it all as
    // windows-1252 would garble every accented letter to save one.
    PARSE_OK(feed, fixture(QStringLiteral("undeclared-damaged-utf8.xml")));
    QCOMPARE(feed.items.size(), 1);
    QCOMPARE(feed.items[0].title, QString::fromUtf8("Été à Séoul, déjà vu"));
    QCOMPARE(feed.items[0].summaryText, QString::fromUtf8("Coupé ici \uFFFD"));
    QCOMPARE(feed.warnings.size(), 1);
    QVERIFY2(feed.warnings[0].contains(QLatin1String("not valid UTF-8")),
             qPrintable(feed.warnings[0]));
}

void TestNewsFeeds::rssExtensionsFillEmptyFields()
{
    PARSE_OK(feed, fixture(QStringLiteral("extensions-rss.xml")));
    QCOMPARE(feed.items.size(), 7);
    QVERIFY2(feed.warnings.isEmpty(), qPrintable(feed.warnings.join(u'|')));
    QCOMPARE(feed.items[0].author, QStringLiteral("Priya Raman"));
    QCOMPARE(feed.items[0].summaryText,
             QStringLiteral("Two showrunners compare notes on season arcs."));
    QCOMPARE(feed.items[1].author, QStringLiteral("Lena Voss"));
    QCOMPARE(feed.items[2].title, QStringLiteral("Trailer breakdown for Static Bloom"));
    QCOMPARE(feed.items[2].summaryText,
             QStringLiteral("A scene-by-scene look at the new trailer."));
    QCOMPARE(feed.items[3].title, QStringLiteral("Clip with an <aside> in its name"));
    QCOMPARE(feed.items[3].summaryText, QStringLiteral("The clip runs two minutes."));
    QCOMPARE(feed.items[3].author, QStringLiteral("Tariq Bell"));
    QCOMPARE(feed.items[4].summaryText, QStringLiteral("The core description."));
    QCOMPARE(feed.items[5].contentText,
             QStringLiteral("Only full content here: the cast read-through went well."));
    QVERIFY(feed.items[5].summaryText.isEmpty());
    QCOMPARE(feed.items[6].title, QStringLiteral("Dublin Core title for item seven"));
    QCOMPARE(feed.items[6].summaryText, QStringLiteral("Dublin Core words about item seven."));
}

void TestNewsFeeds::atomExtensionsFillEmptyFields()
{
    PARSE_OK(feed, fixture(QStringLiteral("extensions-atom.xml")));
    QCOMPARE(feed.items.size(), 2);
    QCOMPARE(feed.items[0].author, QStringLiteral("Studio Channel"));
    QCOMPARE(feed.items[0].summaryText, QStringLiteral("Crew interviews from the Busan set."));
    QCOMPARE(feed.items[1].author, QStringLiteral("Atom Author"));
    QCOMPARE(feed.items[1].title, QStringLiteral("Media title stands in"));
    QCOMPARE(feed.items[1].summaryText, QStringLiteral("The Atom summary stays."));
}

void TestNewsFeeds::notAFeed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("html page") << fixture(QStringLiteral("not-a-feed.html")) << "HTML page";
    QTest::newRow("random json") << fixture(QStringLiteral("random.json")) << "not a JSON Feed";
    QTest::newRow("malformed json")
        << QByteArray("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [")
        << "JSON is malformed";
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("whitespace") << QByteArray(" \n\t ") << "empty";
    QTest::newRow("plain text") << QByteArray("Season 2 is coming.") << "neither XML nor JSON";
    QTest::newRow("other xml") << QByteArray("<?xml version=\"1.0\"?><svg/>") << "<svg>";
    QTest::newRow("rdf without rss")
        << QByteArray("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>")
        << "<RDF>";
    QTest::newRow("feed without atom namespace") << QByteArray("<feed><entry/></feed>") << "<feed>";
    QTest::newRow("rss without channel")
        << QByteArray("<rss version=\"2.0\"><item/></rss>") << "no <channel>";
}

void TestNewsFeeds::notAFeed()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    PARSE_ERROR(error, body);
    QCOMPARE(error.kind, FeedError::Kind::Parse);
    QVERIFY2(error.message.contains(expected), qPrintable(error.message));
}

void TestNewsFeeds::namespacesAreMatchedByUri()
{
    // Prefixed Atom root, and Dublin Core under an unusual prefix.
    PARSE_OK(atom, "<a:feed xmlns:a=\"http://www.w3.org/2005/Atom\"><a:title>Prefixed</a:title>"
                   "<a:entry><a:id>1</a:id><a:title>Entry</a:title>"
                   "<a:link href=\"https://p.example/1\"/></a:entry></a:feed>");
    QCOMPARE(atom.format, NewsFormat::Atom);
    QCOMPARE(atom.title, QStringLiteral("Prefixed"));
    QCOMPARE(atom.items.value(0).link, QStringLiteral("https://p.example/1"));

    PARSE_OK(rss, "<rss version=\"2.0\" xmlns=\"http://backend.userland.com/rss2\" "
                  "xmlns:meta=\"http://purl.org/dc/elements/1.1/\"><channel><title>NS</title>"
                  "<item><title>T</title><meta:creator>Rhea Cole</meta:creator>"
                  "<dc:creator>Not Dublin Core</dc:creator></item></channel></rss>");
    QCOMPARE(rss.format, NewsFormat::Rss);
    QCOMPARE(rss.items.value(0).author, QStringLiteral("Rhea Cole, Not Dublin Core"));

    // A foreign element that happens to be called "title" is not the item's title.
    PARSE_OK(foreign,
             "<rss version=\"2.0\" xmlns:media=\"http://search.yahoo.com/mrss/\"><channel>"
             "<item><media:title>Wrong</media:title><title>Right</title></item></channel></rss>");
    QCOMPARE(foreign.items.value(0).title, QStringLiteral("Right"));
}

void TestNewsFeeds::survivesTruncationAndCorruption()
{
    // Every prefix of every fixture, and copies with bytes overwritten: no crash, and either
    // items or a parse error, never both.
    const QStringList files = {"rss20.xml",     "rdf.xml",      "atom.xml",
                               "jsonfeed.json", "entities.xml", "utf16le-bom.xml",
                               "euc-kr.xml",    "cdata.xml",    "billion-laughs.xml"};
    quint32 state = 12345;
    auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    int parsed = 0;
    for (const QString &file : files) {
        const QByteArray body = fixture(file);
        for (qsizetype length = 0; length <= body.size(); length += 7) {
            QList<QByteArray> variants{body.left(length)};
            QByteArray corrupt = body;
            for (int i = 0; i < 4; ++i)
                corrupt[qsizetype(next() % quint32(corrupt.size()))] = char(next() & 0xFF);
            variants.append(corrupt);
            for (const QByteArray &variant : std::as_const(variants)) {
                ParsedNewsFeed feed;
                FeedError error;
                const bool ok = NewsFeedParser::parse(variant, QString(), &feed, &error);
                QCOMPARE(ok, !error.isError());
                if (!ok)
                    QVERIFY(feed.items.isEmpty() && !error.message.isEmpty());
                NewsFeedParser::detect(variant);
                parsed += ok;
            }
        }
    }
    QVERIFY(parsed > 0);
}

void TestNewsFeeds::plainTextOption()
{
    ParsedNewsFeed feed;
    NewsFeedParser::Options options;
    options.plainText = false;
    QVERIFY(NewsFeedParser::parse(fixture(QStringLiteral("rss20.xml")), QString(), &feed, nullptr,
                                  options));
    QCOMPARE(feed.items.size(), 3);
    QVERIFY(!feed.items[0].summaryHtml.isEmpty());
    QVERIFY(feed.items[0].summaryText.isEmpty());
}

void TestNewsFeeds::htmlToPlainText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    auto row = [](const char *name, const char *html, const char *text) {
        QTest::newRow(name) << QString::fromUtf8(html) << QString::fromUtf8(text);
    };
    row("empty", "", "");
    row("plain", "Season 2 is coming.", "Season 2 is coming.");
    row("trim and collapse", "  a \n\t b   c  ", "a b c");
    row("inline tags glue", "<b>Harbor</b><i>Lights</i>", "HarborLights");
    row("paragraphs keep sentences apart", "<p>First sentence</p><p>Second one.</p>",
        "First sentence\nSecond one.");
    row("closing p between sentences", "It ends here.</p>Next begins.",
        "It ends here.\nNext begins.");
    row("br", "one<br>two<br/>three<BR />four", "one\ntwo\nthree\nfour");
    row("runs of breaks collapse", "a<br><br>\n<br> <p></p>b", "a\nb");
    row("div li headings", "<div>x</div><ul><li>one</li><li>two</li></ul><h2>Title</h2>y",
        "x\none\ntwo\nTitle\ny");
    row("table cells", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\nc");
    row("script and style dropped", "a<script>var x = '<p>';</script>b<style>p{}</style>c", "abc");
    row("script close is case-insensitive", "a<SCRIPT>x</Script >b", "ab");
    // Only ASCII letters fold in an end tag (fuzz_htmltext: the two paths disagreed on both).
    row("a control character is no slash", "a<style>x<\x0fstyle>y", "a");
    row("no Unicode folding in an end tag", "a<style>x</\u017Ftyle>y", "a");
    row("comments dropped", "a<!-- <p>hidden</p> -->b<!---->c", "abc");
    row("unterminated comment", "a<!-- never closed", "a");
    row("named entities", "Tom &amp; Jerry &lt;3 &quot;x&quot; &apos;y&apos; &hellip;",
        "Tom & Jerry <3 \"x\" 'y' …");
    row("latin-1 entities", "caf&eacute; &Uuml;ber &ntilde; &copy; &reg; &trade; &euro;",
        "café Über ñ © ® ™ €");
    row("nbsp is a space", "a&nbsp;&nbsp;b", "a b");
    row("numeric entities", "&#8220;x&#8221; &#x2014; &#X41; &#65;", "“x” — A A");
    row("windows-1252 numeric", "it&#146;s &#150; ok", "it’s – ok");
    row("astral numeric", "&#x1F3AC;", "🎬");
    row("invalid numeric", "a&#0;b&#xD800;c&#1114112;d", "a\uFFFDb\uFFFDc\uFFFDd");
    row("unknown entity kept", "&madeup; &amp", "&madeup; &amp");
    row("bare ampersand", "R&D and A & B", "R&D and A & B");
    row("entity does not make markup", "&lt;p&gt;not a tag&lt;/p&gt;", "<p>not a tag</p>");
    row("less-than as text", "x < y and 3<4", "x < y and 3<4");
    row("quoted > in attribute", "<a title=\"a > b\" href='x>y'>link</a> text", "link text");
    row("unclosed tag at end", "text <a href=\"x", "text");
    row("soft hyphen dropped", "ex&shy;ample", "example");
    row("doctype and pi", "<!DOCTYPE html><?xml x?>body", "body");
    row("img inline", "a<img src=x alt=\"pic\">b", "ab");
    row("unicode text", "<p>지금 우리 학교는</p><p>시즌 2</p>", "지금 우리 학교는\n시즌 2");
}

void TestNewsFeeds::htmlToPlainText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(::htmlToPlainText(html), text);
    // The bulk path reads the UTF-8 bytes as they came: the same text.
    const QByteArray utf8 = html.toUtf8();
    QCOMPARE(::htmlToPlainText(QByteArrayView(utf8)), text);
}

void TestNewsFeeds::looksLikeHtml_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("html");
    auto row = [](const char *text, bool html) {
        QTest::newRow(text) << QString::fromUtf8(text) << html;
    };
    row("History of the <blink> tag", false); // no closing tag, no reference
    row("<b>Bold</b> renewal news", true);
    row("<p>One paragraph</p>", true);
    row("AT&amp;T", true); // what a double-escaped title decodes to once
    row("Caf&#233; and &hellip;", true);
    row("Fans <3 the finale", false);
    row("I <3 <b>this</b>", false); // "<3" is no HTML element
    row("The <marquee> scroller </marquee> returns", false);
    row("An unknown &madeup; reference", false);
    row("x < y and y > z", false);
    row("Line<br>two", false);
    row("Plain words", false);
}

void TestNewsFeeds::looksLikeHtml()
{
    QFETCH(QString, text);
    QFETCH(bool, html);
    QCOMPARE(::looksLikeHtml(text), html);
}

QTEST_GUILESS_MAIN(TestNewsFeeds)
#include "tst_newsfeeds.moc"
