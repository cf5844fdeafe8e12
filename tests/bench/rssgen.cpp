#include "rssgen.h"

#include "benchrandom.h"

#include <cstdio>

namespace {

using Random = BenchRandom;

const char *const kShows[] = {"Harbor Lights",     "Static Bloom",   "The Long Winter Road",
                              "Lantern Street",    "Paper Comets",   "All of Us Are Dead",
                              "The Quiet Orchard", "Neon Tidewater", "Glass Meridian"};
const char *const kEvents[] = {
    "season 2 begins filming", "is renewed for another season",   "adds three names to its cast",
    "wraps production",        "gets a late 2026 release window", "teaser trailer drops",
    "confirms 8 episodes",     "showrunner talks finale"};
const char *const kPeople[] = {"Mina Park", "Jonas Vale", "Ada Reyes", "Sam Okafor",
                               "Hana Seo",  "Leo Brandt", "Rhea Cole", "Tomas Lind"};
const char *const kCategories[] = {"News",          "Casting", "Production",
                                   "Release dates", "Reviews", "Interviews"};
const char *const kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
const char *const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char *const kZones[] = {"+0000", "GMT", "-0500", "+0900", "+0100", "PDT"};
const char *const kSentences[] = {
    "Cameras are rolling again &amp; the cast is said to be in high spirits.",
    "The streamer has not confirmed a date, but insiders point to late 2026&hellip;",
    "Another 8 episodes are planned, matching the first season&#8217;s run.",
    "&ldquo;We wanted the story to breathe,&rdquo; the showrunner said in an interview.",
    "Filming moved to a new location in Busan after weather delays&nbsp;in spring.",
    "Fans noticed two new faces in the set photos shared on Friday.",
    "The first season ended on a cliffhanger that left several questions open.",
    "A teaser is expected before the end of the year &mdash; if all goes to plan.",
    "Rumours of a spin-off were dismissed as &quot;premature&quot; by the studio.",
    "Critics praised the pacing, the score &amp; the young ensemble cast."};

// A description as an author writes it; escaped into XML unless it goes in CDATA.
QByteArray descriptionHtml(Random &random, const char *show)
{
    QByteArray html = "<p><strong>";
    html += show;
    html += "</strong> ";
    html += random.pick(kSentences);
    html += "</p><p>";
    for (int i = 0, n = 2 + random.below(2); i < n; ++i) {
        html += random.pick(kSentences);
        html += ' ';
    }
    html += "</p><p>Read <a href=\"https://tvnews.example/shows/";
    html += QByteArray::number(random.below(1000));
    html += "\">our full coverage</a> or see the <em>cast list</em>.<br/>";
    html += random.pick(kSentences);
    html += "</p>";
    return html;
}

QByteArray escapeXml(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size() * 5 / 4);
    for (const char c : text) {
        switch (c) {
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '&':
            out += "&amp;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray pubDate(Random &random)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%s, %02d %s %d %02d:%02d:%02d %s", random.pick(kDays),
                  1 + random.below(28), random.pick(kMonths), 2022 + random.below(4),
                  random.below(24), random.below(60), random.below(60), random.pick(kZones));
    return buffer;
}

void appendItem(QByteArray &feed, Random &random, int index, const QList<QByteArray> &shows)
{
    const char *show =
        shows.isEmpty() ? random.pick(kShows) : shows[random.below(int(shows.size()))].constData();
    const QByteArray id = QByteArray::number(100000 + index);
    feed += "    <item>\n      <title>";
    feed += show;
    feed += ' ';
    feed += random.pick(kEvents);
    feed += "</title>\n      <link>https://tvnews.example/2025/06/story-";
    feed += id;
    feed += "</link>\n      <guid isPermaLink=\"false\">tvnews-story-";
    feed += id;
    feed += "</guid>\n      <pubDate>";
    feed += pubDate(random);
    feed += "</pubDate>\n      <dc:creator>";
    feed += random.pick(kPeople);
    feed += "</dc:creator>\n      <category>";
    feed += random.pick(kCategories);
    feed += "</category>\n      <category>";
    feed += show;
    feed += "</category>\n      <category>Season ";
    feed += QByteArray::number(1 + random.below(4));
    feed += "</category>\n      <description>";
    const QByteArray html = descriptionHtml(random, show);
    if (random.below(10) < 3) {
        feed += "<![CDATA[";
        feed += html;
        feed += "]]>";
    } else {
        feed += escapeXml(html);
    }
    feed += "</description>\n    </item>\n";
}

} // namespace

QByteArray generateRssFeed(int items, quint32 seed)
{
    RssShape shape;
    shape.items = items;
    shape.seed = seed;
    return generateRssFeed(shape);
}

QByteArray generateRssFeed(const RssShape &shape)
{
    Random random(shape.seed);
    QByteArray feed;
    feed.reserve(qsizetype(shape.items) * 1100 + 1024);
    feed += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
            "xmlns:atom=\"http://www.w3.org/2005/Atom\">\n"
            "  <channel>\n"
            "    <title>TV News Example</title>\n"
            "    <link>https://tvnews.example/</link>\n"
            "    <description>Generated news about television seasons.</description>\n"
            "    <atom:link href=\"https://tvnews.example/feed.xml\" rel=\"self\" "
            "type=\"application/rss+xml\"/>\n";
    for (int i = 0; i < shape.items; ++i)
        appendItem(feed, random, shape.firstIndex + i, shape.shows);
    feed += "  </channel>\n</rss>\n";
    return feed;
}
