#include "seasongen.h"

#include "benchrandom.h"

#include <cstdio>

namespace {

using Random = BenchRandom;

const char *const kAdjectives[] = {"Quiet",   "Burning", "Hidden", "Silver",  "Broken", "Northern",
                                   "Distant", "Crimson", "Hollow", "Endless", "Paper",  "Glass"};
const char *const kNouns[] = {"Orchard", "Harbor", "Meridian", "Lantern", "Tide",   "Comet",
                              "Winter",  "Street", "Garden",   "Signal",  "Valley", "Bridge"};
const char *const kNetworks[] = {"Netflix", "HBO", "Apple TV+", "Prime Video", "Disney+", "BBC"};
const char *const kGenres[] = {"Drama", "Thriller", "Comedy", "Horror", "Mystery", "Fantasy"};
const char *const kFirst[] = {"Mina", "Jonas", "Ada", "Sam", "Hana", "Leo", "Rhea", "Tomas"};
const char *const kLast[] = {"Park", "Vale", "Reyes", "Okafor", "Seo", "Brandt", "Cole", "Lind"};
const char *const kPublishers[] = {"TV News Example", "Screen Weekly Example",
                                   "Series Tracker Example"};
// Synopses in our own words, generic enough for any show.
const char *const kSynopses[] = {
    "A storm cuts the town off and old rivalries come back to the surface.",
    "The team follows a lead that points to someone they trusted.",
    "A missing letter turns up and changes what everyone thought they knew.",
    "Two friends take opposite sides when the council votes on the plan.",
    "An accident on the night shift starts a chain of small lies.",
    "The season's mystery deepens when a second witness disappears.",
    "A wedding is planned in a hurry while the harbour floods.",
    "The truth about the fire comes out at the worst possible moment."};

void append(QByteArray &out, const char *text)
{
    out += text;
}

void appendNumber(QByteArray &out, int n)
{
    out += QByteArray::number(n);
}

void appendDate(QByteArray &out, int year, int month, int day)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "\"%04d-%02d-%02d\"", year, month, day);
    out += buffer;
}

QByteArray showId(int show)
{
    return "show-" + QByteArray::number(show + 1);
}

void appendShow(QByteArray &out, const SeasonFeedShape &shape, Random &random, int show)
{
    show += shape.firstShow;
    const char *adjective = kAdjectives[show % 12];
    const char *noun = kNouns[(show / 12) % 12];
    const QByteArray n = QByteArray::number(show + 1);
    out += "    {\"id\": \"" + showId(show) + "\", \"title\": \"" + generatedShowTitle(show) +
           "\", \"aliases\": [\"" + noun + ' ' + adjective + " Files " + n + "\"],\n";
    out += "     \"network\": \"";
    append(out, random.pick(kNetworks));
    out += "\", \"country\": \"GB\", \"language\": \"en\", \"genres\": [\"";
    append(out, random.pick(kGenres));
    out += "\"],\n     \"synopsis\": \"";
    append(out, random.pick(kSynopses));
    out += "\",\n     \"seasons\": [\n";
    const int firstYear = 2015 + random.below(8);
    for (int s = 1; s <= shape.seasonsPerShow; ++s) {
        const bool released = s + 2 <= shape.seasonsPerShow;
        const bool last = s == shape.seasonsPerShow;
        out += "      {\"number\": ";
        appendNumber(out, s);
        out += released ? ", \"status\": \"released\""
               : last   ? ", \"status\": \"renewed\""
                        : ", \"status\": \"filming\"";
        if (!last) {
            out += ", \"episodeCount\": ";
            appendNumber(out, shape.episodesPerSeason);
        }
        if (released) {
            out += ", \"premiere\": ";
            appendDate(out, firstYear + s, 3, 1 + s);
        }
        out += ", \"runtimeMinutes\": {\"min\": 44, \"max\": 58},\n       \"episodes\": [\n";
        for (int e = 1; e <= shape.episodesPerSeason; ++e) {
            out += "  {\"number\": ";
            appendNumber(out, e);
            out += ", \"title\": \"The ";
            append(out, random.pick(kNouns));
            out += '"';
            if (released) { // seasons still in the making have titles but no dates yet
                out += ", \"airDate\": ";
                appendDate(out, firstYear + s, 3 + (e + 1) / 5, 1 + (e * 7) % 28);
            }
            const int runtime = 44 + random.below(15);
            if (e % 2 == 0) { // some episodes' runtimes are known, and some synopses written
                out += ", \"runtime\": ";
                appendNumber(out, runtime);
            }
            if (e == 1) {
                out += ", \"synopsis\": \"";
                append(out, random.pick(kSynopses));
                out += '"';
            }
            out += e < shape.episodesPerSeason ? "},\n" : "}\n";
        }
        out += s < shape.seasonsPerShow ? "      ]},\n" : "      ]}\n";
    }
    out += "     ],\n     \"credits\": [\n";
    for (int c = 0; c < shape.creditsPerShow; ++c) {
        out += "      {\"actor\": \"";
        append(out, kFirst[(show + c) % 8]);
        out += ' ';
        append(out, kLast[(show / 8 + c) % 8]);
        out += "\", \"character\": \"Character ";
        appendNumber(out, c + 1);
        out += " of ";
        out += n;
        out += "\", \"season\": 1, \"order\": ";
        appendNumber(out, c + 1);
        out += c < 2 ? ", \"role\": \"main\"}" : ", \"role\": \"supporting\"}";
        out += c + 1 < shape.creditsPerShow ? ",\n" : "\n";
    }
    out += "     ]}";
}

QByteArray sourceId(int show, int k)
{
    return "S" + QByteArray::number(show + 1) + "-" + QByteArray::number(k + 1);
}

void appendSource(QByteArray &out, const SeasonFeedShape &shape, Random &random, int show, int k)
{
    show += shape.firstShow;
    out += "    {\"id\": \"" + sourceId(show, k) + "\", \"title\": \"News about show " +
           QByteArray::number(show + 1) + ", part " + QByteArray::number(k + 1) +
           "\", \"publisher\": \"";
    append(out, random.pick(kPublishers));
    out += "\", \"url\": \"https://news.example/shows/" + QByteArray::number(show + 1) + "/" +
           QByteArray::number(k + 1) + "\", \"published\": ";
    appendDate(out, 2024 + k, 1 + random.below(12), 1 + random.below(28));
    out += ", \"precision\": \"day\"}";
}

void appendClaim(QByteArray &out, const SeasonFeedShape &shape, Random &random, int show, int k,
                 bool changed)
{
    show += shape.firstShow;
    const int season = shape.seasonsPerShow;
    out += "    {\"id\": \"c" + QByteArray::number(show + 1) + "-" + QByteArray::number(k + 1) +
           "\", \"show\": \"" + showId(show) + "\", \"season\": " + QByteArray::number(season) +
           ", \"source\": \"" + sourceId(show, k % shape.sourcesPerShow) + "\", ";
    const int year = 2026 + random.below(2);
    switch (k % 4) {
    case 0:
        out += "\"kind\": \"release_window\", \"tier\": \"estimate\", \"window\": "
               "{\"earliest\": ";
        appendDate(out, changed ? year + 1 : year, 9, 1);
        out += ", \"latest\": ";
        appendDate(out, changed ? year + 1 : year, 12, 31);
        out += ", \"precision\": \"part_of_year\", \"wording\": \"late ";
        appendNumber(out, changed ? year + 1 : year);
        out += changed ? "\"}, \"quote\": \"The new season now looks set for late next year.\"}"
                       : "\"}, \"quote\": \"The new season is expected late in the year.\"}";
        break;
    case 1:
        out += "\"kind\": \"episode_count\", \"tier\": \"reported\", \"value\": ";
        appendNumber(out, 6 + random.below(7));
        out += changed ? ", \"quote\": \"The order was revised.\"}"
                       : ", \"quote\": \"The new season has a full order.\"}";
        break;
    case 2:
        out += "\"kind\": \"cast\", \"tier\": \"rumour\", \"value\": {\"actor\": \"";
        append(out, kFirst[(show + 1) % 8]);
        out += ' ';
        append(out, kLast[(show + 3) % 8]);
        out += "\", \"character\": \"Character 1 of " + QByteArray::number(show + 1) + "\"}";
        out += changed ? ", \"quote\": \"A return was hinted at again.\"}"
                       : ", \"quote\": \"A return was hinted at.\"}";
        break;
    default:
        out += "\"kind\": \"production\", \"tier\": \"reported\", \"value\": {\"milestone\": "
               "\"filming_started\"}, \"window\": {\"earliest\": ";
        appendDate(out, year - 1, 5, 1);
        out += ", \"latest\": ";
        appendDate(out, year - 1, 5, 31);
        out += ", \"precision\": \"month\", \"wording\": \"May\"}";
        out += changed ? ", \"quote\": \"Cameras rolled in late spring.\"}"
                       : ", \"quote\": \"Cameras rolled in May.\"}";
        break;
    }
}

} // namespace

QByteArray generatedShowTitle(int show)
{
    return QByteArray("The ") + kAdjectives[show % 12] + ' ' + kNouns[(show / 12) % 12] + ' ' +
           QByteArray::number(show + 1);
}

QByteArray generateSeasonFeed(const SeasonFeedShape &shape, quint32 seed, int changedClaim)
{
    Random random(seed);
    QByteArray out;
    out.reserve(qsizetype(shape.shows) * 5600 + 1024);
    out += "{\n  \"format\": \"cliffhanger-season-feed\",\n  \"version\": 1,\n"
           "  \"title\": \"Generated season feed for benchmarks\",\n  \"shows\": [\n";
    for (int show = 0; show < shape.shows; ++show) {
        appendShow(out, shape, random, show);
        out += show + 1 < shape.shows ? ",\n" : "\n";
    }
    out += "  ],\n  \"sources\": [\n";
    for (int show = 0; show < shape.shows; ++show) {
        for (int k = 0; k < shape.sourcesPerShow; ++k) {
            appendSource(out, shape, random, show, k);
            out += show + 1 < shape.shows || k + 1 < shape.sourcesPerShow ? ",\n" : "\n";
        }
    }
    out += "  ],\n  \"claims\": [\n";
    // A separate stream for the claims, so changing one leaves every other byte as it was.
    Random claims(seed ^ 0x5A5A5A5Au);
    for (int show = 0; show < shape.shows; ++show) {
        for (int k = 0; k < shape.claimsPerShow; ++k) {
            const int index = show * shape.claimsPerShow + k;
            appendClaim(out, shape, claims, show, k, index == changedClaim);
            out += show + 1 < shape.shows || k + 1 < shape.claimsPerShow ? ",\n" : "\n";
        }
    }
    out += "  ]\n}\n";
    return out;
}
