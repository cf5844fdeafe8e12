// Claim extraction from article text: sentence splitting, boilerplate, show and season
// context, each claim kind's patterns, swapped cast, keys and offsets, and the quality of the
// whole evaluation corpus (tests/fixtures/articles), and that the coverage corpus
// (tests/fixtures/coverage) loads, labels only open seasons of known shows and keeps its split.
// Timing lives in tests/bench; the coverage corpus's figures are measured by extract_eval.

#include "eval/evaluation.h"
#include "eval/runonarticle.h"
#include "extract/boilerplate.h"
#include "extract/claimextractor.h"
#include "extract/sentencesplitter.h"
#include "extract/textscan.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <functional>
#include <thread>

using namespace ExtractEvaluation;

namespace {

const QDate kPublished(2025, 9, 18);

QString describe(const ExtractedClaim &c)
{
    QString s = wireName(c.claim.kind) + QStringLiteral(" s") +
                QString::number(c.claim.season.value_or(0)) + u' ' + valueText(c.claim);
    if (c.claim.status != ClaimStatus::Open)
        s += u' ' + wireName(c.claim.status);
    return s;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

const QString kCoverage = QStringLiteral(CLIFFHANGER_FIXTURES "/coverage");

// How far the peak resident size rose above the size before `work`, in kB. The kernel's
// high-water mark is reset first where allowed (/proc/self/clear_refs); otherwise the growth
// of the process's peak is all that can be seen, which is less but never more.
qint64 peakGrowthKb(const std::function<void()> &work)
{
    QFile reset(QStringLiteral("/proc/self/clear_refs"));
    const bool wasReset = reset.open(QIODevice::WriteOnly) && reset.write("5") == 1;
    reset.close();
    const qint64 before = wasReset ? statusKb("VmRSS") : statusKb("VmHWM");
    work();
    return statusKb("VmHWM") - before;
}

} // namespace

class TestExtract : public QObject {
    Q_OBJECT

private:
    QList<KnownShow> m_shows;
    QHash<QString, qint64> m_keys;
    qint64 m_aouad = 0;

    // Claims of one kind (all kinds when `kind` is empty) for All of Us Are Dead, described.
    QStringList claims(const QString &title, const QString &text, const QString &kind = {},
                       QDate published = kPublished, Tier tier = Tier::Reported) const
    {
        ArticleInput a;
        a.title = title;
        a.text = text;
        a.published = published;
        a.tier = tier;
        QStringList out;
        for (const ExtractedClaim &c : ClaimExtractor::extract(a, m_shows)) {
            if (c.showId == m_aouad && (kind.isEmpty() || wireName(c.claim.kind) == kind))
                out << describe(c);
        }
        out.removeDuplicates();
        out.sort();
        return out;
    }

    QList<ExtractedClaim> extracted(const QString &title, const QString &text,
                                    QDate published = kPublished) const
    {
        ArticleInput a;
        a.title = title;
        a.text = text;
        a.published = published;
        return ClaimExtractor::extract(a, m_shows);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(
            loadShows({QStringLiteral(CLIFFHANGER_SOURCE_DIR "/resources/default-feed.json"),
                       QStringLiteral(CLIFFHANGER_FIXTURES "/articles/shows/invented-shows.json")},
                      &m_shows, &m_keys, &error),
            qPrintable(error));
        m_aouad = m_keys.value(QStringLiteral("all-of-us-are-dead"));
        QVERIFY(m_aouad > 0);
        const KnownShow &aouad = m_shows.at(int(m_aouad - 1));
        QCOMPARE(aouad.upcomingSeason, 2);
        QCOMPARE(aouad.latestPremiere, QDate(2022, 1, 28));
        QVERIFY(aouad.aliases.contains(QStringLiteral("Jigeum Uri Hakgyoneun")));
        QVERIFY(aouad.credits.size() >= 13);
    }

    void sentenceSplitting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("sentences");
        QTest::newRow("titles") << "Dr. Lee said so. Netflix agreed."
                                << QStringList{"Dr. Lee said so.", "Netflix agreed."};
        QTest::newRow("suffix") << "Park Jr. arrived on set. Then he left."
                                << QStringList{"Park Jr. arrived on set.", "Then he left."};
        QTest::newRow("month abbreviation")
            << "It lands on Oct. 28, 2026. Fans cheered."
            << QStringList{"It lands on Oct. 28, 2026.", "Fans cheered."};
        QTest::newRow("number") << "It is the No. 1 show. Next question."
                                << QStringList{"It is the No. 1 show.", "Next question."};
        QTest::newRow("initials") << "J. K. Park wrote it. Fans read it."
                                  << QStringList{"J. K. Park wrote it.", "Fans read it."};
        QTest::newRow("decimal") << "It is rated 7.2 on IMDb. Good."
                                 << QStringList{"It is rated 7.2 on IMDb.", "Good."};
        QTest::newRow("ellipsis pause")
            << "Wait... what happened next?" << QStringList{"Wait... what happened next?"};
        QTest::newRow("ellipsis end") << "It ended... Then season 2 came."
                                      << QStringList{"It ended...", "Then season 2 came."};
        QTest::newRow("paragraphs") << "Line one\nLine two" << QStringList{"Line one", "Line two"};
        QTest::newRow("U.S.") << "U.S. viewers like it. Others too."
                              << QStringList{"U.S. viewers like it.", "Others too."};
        QTest::newRow("closing quote") << "He said \"it is done.\" Then he left."
                                       << QStringList{"He said \"it is done.\"", "Then he left."};
        QTest::newRow("list number") << "1. Kingdom" << QStringList{"1. Kingdom"};
        QTest::newRow("caseless script")
            << "Season 2 is coming. \uc9c0\uae08 \uc6b0\ub9ac \ud559\uad50\ub294 is back."
            << QStringList{"Season 2 is coming.",
                           "\uc9c0\uae08 \uc6b0\ub9ac \ud559\uad50\ub294 is back."};
        QTest::newRow("question and exclamation")
            << "Is it out? Yes! Watch it." << QStringList{"Is it out?", "Yes!", "Watch it."};
    }

    void sentenceSplitting()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, sentences);
        QStringList got;
        for (const SentenceSplitter::Span &s : SentenceSplitter::split(text))
            got << text.mid(s.offset, s.length);
        QCOMPARE(got, sentences);
    }

    void sentenceOffsetsAndParagraphs()
    {
        const QString text = QStringLiteral("  First one. Second one.\n\nThird one.");
        const QList<SentenceSplitter::Span> spans = SentenceSplitter::split(text);
        QCOMPARE(spans.size(), 3);
        QCOMPARE(spans.at(0).offset, 2);
        QCOMPARE(spans.at(1).paragraph, 0);
        QCOMPARE(spans.at(2).paragraph, 1); // empty lines do not count
        QVERIFY(spans.at(2).first && spans.at(2).last);
    }

    // Issue 12: a sentence over the limit comes in pieces cut after a clause break, else at a
    // space, else at the limit; together they hold every character of the sentence.
    void longSentencesComeInPieces()
    {
        const QString clause = QStringLiteral("Season 2 arrives in late 2026"); // a comma every 31
        QString commas = QStringLiteral("Short one. ");
        const int sentenceStart = int(commas.size());
        while (commas.size() < 500)
            commas += clause + QStringLiteral(", ");
        commas += QStringLiteral("end. Last one.");
        const QString spaces = QString(QStringLiteral("word ")).repeated(60);
        const QString solid = QString(250, u'x');
        for (const QString &text : {commas, spaces, solid}) {
            const QList<SentenceSplitter::Span> spans = SentenceSplitter::split(text, 100);
            QString joined;
            for (const SentenceSplitter::Span &sp : spans) {
                QVERIFY2(sp.length <= 100, qPrintable(QString::number(sp.length)));
                QCOMPARE(sp.paragraph, 0);
                joined += text.mid(sp.offset, sp.length);
            }
            QString expected = text;
            expected.remove(u' ');
            joined.remove(u' ');
            QCOMPARE(joined, expected);
            // The same text without a limit is one piece per sentence.
            for (const SentenceSplitter::Span &sp : SentenceSplitter::split(text))
                QVERIFY(!sp.piece && sp.sentenceOffset == sp.offset);
        }
        const QList<SentenceSplitter::Span> spans = SentenceSplitter::split(commas, 100);
        QVERIFY(spans.size() > 5);
        QVERIFY(!spans.first().piece && !spans.last().piece);
        for (int i = 1; i + 1 < spans.size(); ++i) {
            const SentenceSplitter::Span &sp = spans.at(i);
            QVERIFY(sp.piece);
            QCOMPARE(sp.sentenceOffset, sentenceStart);
            if (i + 2 < spans.size()) // all but the sentence's last piece end at a comma
                QCOMPARE(commas.at(sp.offset + sp.length - 1), u',');
        }
        QCOMPARE(SentenceSplitter::split(spaces, 100).first().length, 99); // "word word ... word"
        QCOMPARE(SentenceSplitter::split(solid, 100).first().length, 100);
    }

    void boilerplate_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<bool>("boilerplate");
        QTest::newRow("see also") << "See also: All of Us Are Dead season 2 trailer" << true;
        QTest::newRow("also read") << "Also read: Sweet Home season 3 review" << true;
        QTest::newRow("read more") << "Read more about the cast here" << true;
        QTest::newRow("related") << "Related: Squid Game season 2 arrives in December" << true;
        QTest::newRow("newsletter") << "Subscribe to our newsletter for K-drama news!" << true;
        QTest::newRow("app") << "Download our app for breaking news." << true;
        QTest::newRow("social") << "Follow us on Instagram and X." << true;
        QTest::newRow("cookies") << "We use cookies to improve your experience." << true;
        QTest::newRow("footer glued") << "Great show, click here to watch free" << true;
        QTest::newRow("prose") << "Season 2 arrives in late 2026." << false;
        QTest::newRow("relatedly") << "Relatedly, filming began in July 2025." << false;
        QTest::newRow("seen as") << "Cho Yi-hyun will be seen as Nam-ra again." << false;
    }

    void boilerplate()
    {
        QFETCH(QString, sentence);
        QFETCH(bool, boilerplate);
        QCOMPARE(Boilerplate::isBoilerplate(ExtractText::folded(sentence)), boilerplate);
    }

    void releaseWindows_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("published");
        QTest::addColumn<QStringList>("expected");
        const QString s2 = QStringLiteral("All of Us Are Dead season 2: what we know");
        const QString plain = QStringLiteral("All of Us Are Dead: the latest");
        QTest::newRow("conditional prediction")
            << plain
            << "If filming began in September 2022, we can expect season 2 of All of Us Are "
               "Dead in late 2023."
            << QDate(2022, 11, 15) << QStringList{"release_window s2 2023-09-01..2023-12-31"};
        QTest::newRow("speculation debut")
            << s2 << "Speculation points to an early 2024 debut." << QDate(2023, 7, 20)
            << QStringList{"release_window s2 2024-01-01..2024-04-30"};
        QTest::newRow("best guess two phrases")
            << s2 << "Our best guess for the release: late 2025, probably October or November."
            << QDate(2025, 6, 12)
            << QStringList{"release_window s2 2025-09-01..2025-12-31",
                           "release_window s2 2025-10-01..2025-11-30"};
        QTest::newRow("joined interval")
            << s2 << "Netflix is now eyeing a release in late 2026 or early 2027." << kPublished
            << QStringList{"release_window s2 2026-09-01..2027-04-30"};
        QTest::newRow("relative next year")
            << plain << "Netflix says season 2 of All of Us Are Dead will premiere next year."
            << QDate(2025, 10, 1) << QStringList{"release_window s2 2026-01-01..2026-12-31"};
        QTest::newRow("expected with season subject")
            << plain << "All of Us Are Dead season 2 is expected in late 2026 or early 2027."
            << kPublished << QStringList{"release_window s2 2026-09-01..2027-04-30"};
        QTest::newRow("filming date is no release")
            << s2 << "Filming began in July 2025 and is expected to wrap in February 2026."
            << kPublished << QStringList{};
        QTest::newRow("teaser") << s2 << "A teaser for season 2 dropped in October 2025."
                                << QDate(2025, 9, 1) << QStringList{};
        QTest::newRow("past window") << s2 << "Season 2 was expected to arrive in early 2024."
                                     << kPublished << QStringList{};
        QTest::newRow("season one premiere")
            << s2 << "When the first season dropped in January 2022, it topped the charts."
            << QDate(2021, 12, 1) << QStringList{};
        QTest::newRow("negated") << s2 << "Season 2 will not premiere in 2026." << kPublished
                                 << QStringList{};
        // A negated "before" is a lower bound: a window from the date, with no end.
        QTest::newRow("bound") << s2 << "The new season will not land before 2026." << kPublished
                               << QStringList{"release_window s2 2026-01-01..open"};
        QTest::newRow("don't expect it before")
            << s2 << "If it does happen, don't expect new episodes before 2027." << kPublished
            << QStringList{"release_window s2 2027-01-01..open"};
        QTest::newRow("no earlier than")
            << s2 << "Season 2 will premiere no earlier than March 2026." << kPublished
            << QStringList{"release_window s2 2026-03-01..open"};
        QTest::newRow("arrives before is no bound")
            << s2 << "Season 2 arrives before 2027." << kPublished << QStringList{};
        QTest::newRow("bound without negation")
            << s2 << "I will be surprised if the new season lands before 2027." << kPublished
            << QStringList{};
        QTest::newRow("no release words")
            << s2 << "In late 2025, the cast met for a script reading." << QDate(2025, 6, 1)
            << QStringList{};
        QTest::newRow("fallback to upcoming")
            << plain << "The zombie drama returns in late 2026." << kPublished
            << QStringList{"release_window s2 2026-09-01..2026-12-31"};
        QTest::newRow("no fallback for weak words")
            << plain << "It is expected in late 2026." << kPublished << QStringList{};
        QTest::newRow("other show")
            << plain << "Sweet Home season 3 arrives in July 2026." << kPublished << QStringList{};
        QTest::newRow("retracted") << s2
                                   << "Several outlets said season 2 would arrive in late 2025; "
                                      "that now looks impossible."
                                   << QDate(2025, 8, 1) << QStringList{};
        QTest::newRow("question lends its release verb")
            << s2 << "When will it premiere?\nOur best guess: late 2026." << kPublished
            << QStringList{"release_window s2 2026-09-01..2026-12-31"};
        QTest::newRow("another project")
            << s2 << "Park Ji-hu's new film arrives in March 2026." << kPublished << QStringList{};
        // Issue 17: release phrasing of real coverage.
        const QDate dec2025(2025, 12, 1);
        QTest::newRow("won't arrive until")
            << s2 << "The new season won't arrive until 2027." << dec2025
            << QStringList{"release_window s2 2027-01-01..2027-12-31"};
        QTest::newRow("isn't due until")
            << s2 << "Fans will have to wait: season 2 isn't due until 2027." << dec2025
            << QStringList{"release_window s2 2027-01-01..2027-12-31"};
        // The second batch of tune articles (corrections, the writer's guess, the network as
        // subject, slips, datings, "the new year").
        const QDate mar2026(2026, 3, 18);
        QTest::newRow("a correction keeps the later window")
            << s2
            << "A summer 2026 launch looked likely at first\u2014now an autumn 2026 return is on "
               "the cards."
            << mar2026 << QStringList{"release_window s2 2026-09-01..2026-11-30"};
        QTest::newRow("the writer's guess is a date")
            << s2 << "Our best guess is October." << mar2026
            << QStringList{"release_window s2 2026-10-01..2026-10-31"};
        QTest::newRow("the network targets a date")
            << s2 << "Netflix is targeting January 2027, a source said." << mar2026
            << QStringList{"release_window s2 2027-01-01..2027-01-31"};
        QTest::newRow("a slip to a year")
            << s2 << "The new season could slip to 2027." << mar2026
            << QStringList{"release_window s2 2027-01-01..2027-12-31"};
        QTest::newRow("a dating") << plain
                                  << "Netflix has dated All of Us Are Dead season 2: February 12."
                                  << dec2025
                                  << QStringList{"release_window s2 2026-02-12..2026-02-12"};
        QTest::newRow("the new year") << s2 << "Season 2 returns in the new year." << dec2025
                                      << QStringList{"release_window s2 2026-01-01..2026-04-30"};
        QTest::newRow("an aside about season 1 after a comma")
            << s2 << "Best guess: March 2026, given how long the first season took." << dec2025
            << QStringList{"release_window s2 2026-03-01..2026-03-31"};
        QTest::newRow("a streaming service is no video")
            << s2 << "Prime Video says season 2 arrives on February 12." << dec2025
            << QStringList{"release_window s2 2026-02-12..2026-02-12"};
        QTest::newRow("a trade-press bow")
            << s2 << "The drama is slated for a spring 2026 bow." << dec2025
            << QStringList{"release_window s2 2026-03-01..2026-05-31"};
        QTest::newRow("announcing the date is no window")
            << s2 << "Netflix will announce the release date in the spring." << dec2025
            << QStringList{};
        QTest::newRow("the release date given")
            << s2 << "Netflix confirmed the release date: March 6." << dec2025
            << QStringList{"release_window s2 2026-03-06..2026-03-06"};
        QTest::newRow("the release date is set for")
            << s2 << "The release date is set for March 6." << dec2025
            << QStringList{"release_window s2 2026-03-06..2026-03-06"};
        // The third batch of tune articles: schedules, update logs, parts, old plans.
        QTest::newRow("an update stamp is no window")
            << s2 << "Update, September 20: Netflix said season 2 is expected sometime in 2027."
            << QDate(2026, 9, 1) << QStringList{"release_window s2 2027-01-01..2027-12-31"};
        QTest::newRow("a later part following")
            << s2
            << "Season 2 will be released on January 29, with Part 2 following on February 26."
            << dec2025 << QStringList{"release_window s2 2026-01-29..2026-01-29"};
        QTest::newRow("an old plan before a but")
            << s2 << "Season 2 had been expected to launch in October, but Netflix pushed it back."
            << QDate(2026, 6, 1) << QStringList{};
        QTest::newRow("a span running into a date")
            << s2 << "Effects work on the new season runs into the new year." << QDate(2026, 6, 1)
            << QStringList{};
        QTest::newRow("ruled out")
            << s2 << "The shoot rules out a release of season 2 in the spring." << dec2025
            << QStringList{};
        QTest::newRow("a timeline points to a year")
            << s2 << "The production timeline points to 2027." << dec2025
            << QStringList{"release_window s2 2027-01-01..2027-12-31"};
        QTest::newRow("put the new season in")
            << s2 << "A two-year gap would put the new season in the second half of 2027."
            << dec2025 << QStringList{"release_window s2 2027-07-01..2027-12-31"};
        QTest::newRow("a bet on a date") << s2 << "We'd bet on late 2027." << dec2025
                                         << QStringList{"release_window s2 2027-09-01..2027-12-31"};
        QTest::newRow("shown on a channel from a date")
            << s2 << "Season 2 will be shown on Monday nights from 28 September."
            << QDate(2026, 9, 1) << QStringList{"release_window s2 2026-09-28..2026-09-28"};
        QTest::newRow("won't be until")
            << s2 << "The second season won't be until 2027 now." << dec2025
            << QStringList{"release_window s2 2027-01-01..2027-12-31"};
        QTest::newRow("a later episode's date")
            << s2 << "Episode two, which airs on 18 January, follows On-jo." << dec2025
            << QStringList{};
        QTest::newRow("the finale's date")
            << s2 << "The finale lands on Friday, April 30." << dec2025 << QStringList{};
        QTest::newRow("the back half of a year")
            << s2 << "Season 2 is set for the back half of 2026." << dec2025
            << QStringList{"release_window s2 2026-07-01..2026-12-31"};
        QTest::newRow("the season as the subject")
            << s2 << "Netflix said the season is expected sometime in 2027." << dec2025
            << QStringList{"release_window s2 2027-01-01..2027-12-31"};
        QTest::newRow("after its slot")
            << s2 << "Season 2 won't be until 2027 now, after its September slot fell through."
            << dec2025 << QStringList{"release_window s2 2027-01-01..2027-12-31"};
        QTest::newRow("streams until is a bound")
            << s2 << "Season 1 streams on Netflix until 2027." << dec2025 << QStringList{};
        QTest::newRow("narrowing after a dash")
            << s2
            << "Season 2 is expected to land on Prime Video in early 2026\u2014possibly "
               "February or March."
            << QDate(2025, 10, 1)
            << QStringList{"release_window s2 2026-01-01..2026-04-30",
                           "release_window s2 2026-02-01..2026-03-31"};
        QTest::newRow("narrowing into a past event")
            << s2
            << "Season 2 should air in a spring 2026 slot\u2014possibly in April, when "
               "season 1 debuted."
            << QDate(2025, 10, 1)
            << QStringList{"release_window s2 2026-03-01..2026-05-31",
                           "release_window s2 2026-04-01..2026-04-30"};
        QTest::newRow("anime quarter")
            << s2 << "Season 2 will air in the Fall 2026 anime season." << QDate(2025, 10, 1)
            << QStringList{"release_window s2 2026-10-01..2026-12-31"};
        QTest::newRow("winter anime quarter")
            << s2 << "Season 2 will air in the Winter 2026 anime season." << QDate(2025, 10, 1)
            << QStringList{"release_window s2 2026-01-01..2026-03-31"};
        QTest::newRow("dateline")
            << s2
            << "SEOUL, Nov. 13 \u2014 Netflix confirmed that All of Us Are Dead will return "
               "for a second season."
            << QDate(2025, 11, 13) << QStringList{};
        QTest::newRow("page stamp in the headline")
            << "All of Us Are Dead Season 2 Release Date Confirmed? (October 2025)"
            << "The cast is back." << QDate(2025, 10, 1) << QStringList{};
        QTest::newRow("later part")
            << s2
            << "Netflix will release it in two parts: Part 1 on January 29, 2026, and Part 2 "
               "on February 26."
            << QDate(2025, 12, 1) << QStringList{"release_window s2 2026-01-29..2026-01-29"};
        QTest::newRow("expected to shoot")
            << s2 << "The second season is expected to shoot next spring." << QDate(2025, 10, 1)
            << QStringList{};
        QTest::newRow("dated list line")
            << plain << "All of Us Are Dead season 2 \u2014 Friday, January 16 on Netflix"
            << QDate(2025, 12, 15) << QStringList{"release_window s2 2026-01-16..2026-01-16"};
        QTest::newRow("begins on a channel")
            << s2 << "The second season will begin on Netflix in May." << QDate(2026, 1, 9)
            << QStringList{"release_window s2 2026-05-01..2026-05-31"};
        QTest::newRow("begins filming is no release")
            << s2 << "The second season will begin filming in May." << QDate(2026, 1, 9)
            << QStringList{};
        QTest::newRow("a season before a release noun")
            << s2 << "Netflix eyes an autumn return for season 2." << QDate(2025, 11, 20)
            << QStringList{"release_window s2 2026-09-01..2026-11-30"};
        QTest::newRow("in May") << s2 << "Season 2 will premiere in May, fans may hope."
                                << QDate(2026, 1, 9)
                                << QStringList{"release_window s2 2026-05-01..2026-05-31"};
        QTest::newRow("this Friday")
            << s2 << "Season 2 premieres this Friday." << QDate(2026, 1, 12)
            << QStringList{"release_window s2 2026-01-16..2026-01-16"};
        QTest::newRow("a person returning to write is no show")
            << plain
            << "Netflix confirmed a second season of All of Us Are Dead, with director Lee "
               "Jae-kyoo returning to write it.\nThe new season will premiere in late 2026."
            << kPublished << QStringList{"release_window s2 2026-09-01..2026-12-31"};
        QTest::newRow("on the cards")
            << s2 << "Season 2 is on the cards for late 2026." << kPublished
            << QStringList{"release_window s2 2026-09-01..2026-12-31"};
        QTest::newRow("hit screens")
            << s2 << "Season 2 will hit screens in summer 2026." << kPublished
            << QStringList{"release_window s2 2026-06-01..2026-08-31"};
        QTest::newRow("wait until")
            << s2 << "Viewers will have to wait until next year for season 2." << kPublished
            << QStringList{"release_window s2 2026-01-01..2026-12-31"};
        QTest::newRow("the network's drama is no other show")
            << plain << "The second season of the BBC's award-winning drama premieres in October."
            << kPublished << QStringList{"release_window s2 2025-10-01..2025-10-31"};
        QTest::newRow("the network's thriller is no other show")
            << plain << "The second season of the JTBC thriller premieres in October." << kPublished
            << QStringList{"release_window s2 2025-10-01..2025-10-31"};
        QTest::newRow("in the autumn")
            << s2 << "The second season will air on Netflix in the autumn." << QDate(2026, 1, 9)
            << QStringList{"release_window s2 2026-09-01..2026-11-30"};
        QTest::newRow("a broadcast is the goal")
            << s2 << "A broadcast in 2027 is the goal, the company said." << QDate(2025, 12, 1)
            << QStringList{"release_window s2 2027-01-01..2027-12-31"};
    }

    void releaseWindows()
    {
        QFETCH(QString, title);
        QFETCH(QString, text);
        QFETCH(QDate, published);
        QFETCH(QStringList, expected);
        QCOMPARE(claims(title, text, QStringLiteral("release_window"), published), expected);
    }

    void hedgeTiers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Tier>("articleTier");
        QTest::addColumn<Tier>("tier");
        QTest::newRow("plain") << "Season 2 arrives in late 2026." << Tier::Reported
                               << Tier::Reported;
        QTest::newRow("official") << "Season 2 arrives in late 2026." << Tier::Official
                                  << Tier::Official;
        QTest::newRow("could") << "Season 2 could arrive in late 2026." << Tier::Reported
                               << Tier::Estimate;
        QTest::newRow("if") << "If filming wraps soon, season 2 arrives in late 2026."
                            << Tier::Official << Tier::Estimate;
        QTest::newRow("rumoured") << "Season 2 is rumoured to arrive in late 2026."
                                  << Tier::Reported << Tier::Rumour;
        QTest::newRow("reportedly")
            << "Season 2 will reportedly arrive in late 2026." << Tier::Official << Tier::Rumour;
        QTest::newRow("fans hope")
            << "Fans hope season 2 arrives in late 2026." << Tier::Reported << Tier::Rumour;
        QTest::newRow("never raised")
            << "Season 2 arrives in late 2026." << Tier::Estimate << Tier::Estimate;
        QTest::newRow("both hedges") << "Insiders say season 2 could arrive in late 2026."
                                     << Tier::Reported << Tier::Estimate;
    }

    void hedgeTiers()
    {
        QFETCH(QString, text);
        QFETCH(Tier, articleTier);
        QFETCH(Tier, tier);
        ArticleInput a;
        a.title = QStringLiteral("All of Us Are Dead season 2");
        a.text = text;
        a.published = kPublished;
        a.tier = articleTier;
        const QList<ExtractedClaim> got = ClaimExtractor::extract(a, m_shows);
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.first().claim.tier, tier);
    }

    // Issue 17: spun text. A pattern still matches around a word that does not belong, and the
    // claim says so at a lower tier.
    void spunText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<Tier>("tier");
        QTest::newRow("vietnamese in a release")
            << "All of Us Are Dead season 2 is set \u0111\u1ec3 return next spring."
            << "release_window s2 2026-03-01..2026-05-31" << Tier::Rumour;
        QTest::newRow("cyrillic in a cast pair")
            << "Park Ji-hu \u0441\u043b\u043e\u0442\u044b returns as Nam On-jo."
            << "cast s2 Park Ji-hu / Nam On-jo" << Tier::Rumour;
        QTest::newRow("clean text keeps its tier")
            << "All of Us Are Dead season 2 is set to return next spring."
            << "release_window s2 2026-03-01..2026-05-31" << Tier::Reported;
        QTest::newRow("accents are not noise")
            << "Park Ji-hu returns as Nam On-jo, the caf\u00e9 owner."
            << "cast s2 Park Ji-hu / Nam On-jo" << Tier::Reported;
    }

    void spunText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(Tier, tier);
        const QList<ExtractedClaim> got =
            extracted(QStringLiteral("All of Us Are Dead season 2"), text);
        QCOMPARE(got.size(), 1);
        QCOMPARE(describe(got.first()), expected);
        QCOMPARE(got.first().claim.tier, tier);
        QCOMPARE(got.first().claim.note.contains(QLatin1String("unknown word")),
                 tier != Tier::Reported);
    }

    // A headline's verb after the title is no other show ("Gets Season 2"), nor is a
    // nationality before a release noun ("the Korean broadcast"): either had taken the
    // article's focus away.
    void focusSurvivesHeadlineVerbsAndNationalities()
    {
        QCOMPARE(claims(QStringLiteral("'All of Us Are Dead' Gets Season 2 Green Light"),
                        QStringLiteral("The order is for eight episodes."),
                        QStringLiteral("episode_count")),
                 QStringList{QStringLiteral("episode_count s2 8")});
        QCOMPARE(claims(QStringLiteral("All of Us Are Dead season 2 news"),
                        QStringLiteral("It will stream an hour after the Korean broadcast. The new "
                                       "season is an eight-episode run."),
                        QStringLiteral("episode_count")),
                 QStringList{QStringLiteral("episode_count s2 8")});
    }

    // A headline without a season: the one open season the article names holds for its
    // later paragraphs, as a headline's would.
    void theArticlesSeasonStandsInForTheHeadlines()
    {
        const QString title = QStringLiteral("All of Us Are Dead: the latest");
        const QString text = QStringLiteral("Filming of the second season wrapped in May.\n\n"
                                            "On-jo, played by Park Ji-hu, leads the cast.");
        QCOMPARE(claims(title, text, QStringLiteral("cast")),
                 QStringList{QStringLiteral("cast s2 Park Ji-hu / Nam On-jo")});
        // Without a season in the article the pair has none.
        QCOMPARE(claims(title, QStringLiteral("On-jo, played by Park Ji-hu, leads the cast."),
                        QStringLiteral("cast")),
                 QStringList{});
    }

    void episodeCounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("a premiere's batch")
            << "Season 2 will debut on March 5 with two episodes." << QStringList{};
        QTest::newRow("each part and the total")
            << "The new season comes in two parts. Each part has four episodes, for eight in all."
            << QStringList{"episode_count s2 8"};
        QTest::newRow("the second and final season")
            << "The second and final season will be ten episodes long."
            << QStringList{"episode_count s2 10"};
        QTest::newRow("another") << "Fans can expect another 12 episodes."
                                 << QStringList{"episode_count s2 12"};
        QTest::newRow("plain") << "Season 2 will have 12 episodes, each at least 50 minutes long."
                               << QStringList{"episode_count s2 12"};
        QTest::newRow("hyphenated word")
            << "It will be an eight-episode season." << QStringList{"episode_count s2 8"};
        QTest::newRow("hyphenated digits")
            << "Netflix ordered a 10-episode run." << QStringList{"episode_count s2 10"};
        QTest::newRow("episode count of")
            << "Expect an episode count of 10." << QStringList{"episode_count s2 10"};
        QTest::newRow("number word")
            << "Twelve new episodes are planned." << QStringList{"episode_count s2 12"};
        QTest::newRow("dozen") << "The new season has a dozen episodes."
                               << QStringList{"episode_count s2 12"};
        // Issue 17: the shapes coverage writes counts in.
        QTest::newRow("made up of, noun left out")
            << "Like the first, the new season will be made up of eight as well."
            << QStringList{"episode_count s2 8"};
        QTest::newRow("runs to") << "The final season runs to six."
                                 << QStringList{"episode_count s2 6"};
        QTest::newRow("runs to hours") << "The final season runs to six hours." << QStringList{};
        QTest::newRow("six-part") << "Netflix has ordered a six-part series."
                                  << QStringList{"episode_count s2 6"};
        QTest::newRow("part two is no count")
            << "The new season's second part arrives in March." << QStringList{};
        QTest::newRow("fact box") << "Episodes: 10" << QStringList{"episode_count s2 10"};
        QTest::newRow("fact box range") << "Episodes: 10 to 12" << QStringList{};
        QTest::newRow("spelled-out tens")
            << "The sequel will have twenty-four episodes." << QStringList{"episode_count s2 24"};
        QTest::newRow("other season's count")
            << "Season 2 will have ten episodes, two more than season 1's eight."
            << QStringList{"episode_count s2 10"};
        QTest::newRow("label") << "Episode 12 ended on the roof." << QStringList{};
        QTest::newRow("season one")
            << "All 12 episodes of season 1 are streaming." << QStringList{};
        QTest::newRow("past tense") << "The show had 12 episodes." << QStringList{};
        QTest::newRow("part") << "The first two episodes are the best." << QStringList{};
        QTest::newRow("range") << "Season 2 will have 10 to 12 episodes." << QStringList{};
        QTest::newRow("schedule") << "Netflix will drop two episodes a week." << QStringList{};
        QTest::newRow("negated") << "Do not expect a shorter, eight-episode season."
                                 << QStringList{};
    }

    void episodeCounts()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(claims(QStringLiteral("All of Us Are Dead season 2"), text,
                        QStringLiteral("episode_count")),
                 expected);
    }

    void cast_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("list") << "The cast includes Park Ji-hu as Nam On-jo, Lomon as Lee "
                                 "Su-hyeok and Cho Yi-hyun as Nam-ra."
                              << QStringList{"cast s2 Cho Yi-hyun / Choi Nam-ra",
                                             "cast s2 Lomon / Lee Su-hyeok",
                                             "cast s2 Park Ji-hu / Nam On-jo"};
        QTest::newRow("plays") << "Lomon plays Su-hyeok."
                               << QStringList{"cast s2 Lomon / Lee Su-hyeok"};
        QTest::newRow("who plays") << "Lomon, who plays Lee Su-hyeok, is confirmed."
                                   << QStringList{"cast s2 Lomon / Lee Su-hyeok"};
        QTest::newRow("seen as") << "Cho Yi-hyun will be seen as Nam-ra again."
                                 << QStringList{"cast s2 Cho Yi-hyun / Choi Nam-ra"};
        QTest::newRow("in the role of") << "Im Jae-hyuk returns in the role of Dae-su."
                                        << QStringList{"cast s2 Im Jae-hyuk / Yang Dae-su"};
        QTest::newRow("character (actor)")
            << "Nam-ra (Cho Yi-hyun) is back." << QStringList{"cast s2 Cho Yi-hyun / Choi Nam-ra"};
        QTest::newRow("actor (character)")
            << "Lomon (Su-hyeok) is back." << QStringList{"cast s2 Lomon / Lee Su-hyeok"};
        QTest::newRow("played by") << "On-jo, played by Park Ji-hu, returns."
                                   << QStringList{"cast s2 Park Ji-hu / Nam On-jo"};
        QTest::newRow("possessive") << "Kim Bo-yoon's Hyo-ryung should be back."
                                    << QStringList{"cast s2 Kim Bo-yoon / Hyo-ryung"};
        QTest::newRow("respectively")
            << "Cho Yi-hyun and Lomon also return as Nam-ra and Su-hyeok respectively."
            << QStringList{"cast s2 Cho Yi-hyun / Choi Nam-ra", "cast s2 Lomon / Lee Su-hyeok"};
        QTest::newRow("short name")
            << "Im Jae-hyuk returns as Dae-su." << QStringList{"cast s2 Im Jae-hyuk / Yang Dae-su"};
        QTest::newRow("name without hyphen")
            << "Park Jihu returns as Onjo." << QStringList{"cast s2 Park Ji-hu / Nam On-jo"};
        QTest::newRow("noise inside") << "Park Ji-hu \u0441\u043b\u043e\u0442\u044b returns as "
                                         "Nam On-jo."
                                      << QStringList{"cast s2 Park Ji-hu / Nam On-jo"};
        QTest::newRow("swapped") << "Lee Su-hyeok as Lomon."
                                 << QStringList{"cast s2 Lee Su-hyeok / Lomon contradicted"};
        QTest::newRow("wrong role") << "Park Ji-hu returns as Nam-ra."
                                    << QStringList{"cast s2 Park Ji-hu / Choi Nam-ra contradicted"};
        QTest::newRow("new character")
            << "Park Ji-hu returns as Seo Yu-ri." << QStringList{"cast s2 Park Ji-hu / Seo Yu-ri"};
        // People the ledger does not know, by the shape of a name (issue 17).
        QTest::newRow("unknown actor")
            << "Kim Min-ji returns as Nam On-jo." << QStringList{"cast s2 Kim Min-ji / Nam On-jo"};
        QTest::newRow("has been cast as")
            << "Rhea Calloway has been cast as Lorna Pike, a teacher from Busan."
            << QStringList{"cast s2 Rhea Calloway / Lorna Pike"};
        QTest::newRow("will portray one-word role") << "Tobin Reyes will portray her brother, Lev."
                                                    << QStringList{"cast s2 Tobin Reyes / Lev"};
        QTest::newRow("voices") << "Ayane Kuroda voices the new student, Hoshun."
                                << QStringList{"cast s2 Ayane Kuroda / Hoshun"};
        QTest::newRow("takes on the role of")
            << "Mikaela Hoover takes on the role of Tony Tony Chopper."
            << QStringList{"cast s2 Mikaela Hoover / Tony Tony Chopper"};
        QTest::newRow("newcomer who plays")
            << "Newcomer Dominic Ashgrove, who plays the hired gun Vasyl, was seen on set."
            << QStringList{"cast s2 Dominic Ashgrove / Vasyl"};
        QTest::newRow("boards the series as") << "Harlan Voss boards the series as Peter Judd."
                                              << QStringList{"cast s2 Harlan Voss / Peter Judd"};
        QTest::newRow("tapped to play") << "Mira Castell has been tapped to play Emma Flyte."
                                        << QStringList{"cast s2 Mira Castell / Emma Flyte"};
        QTest::newRow("steps into the role of") << "Dev Sharma steps into the role of Roddy Ho."
                                                << QStringList{"cast s2 Dev Sharma / Roddy Ho"};
        QTest::newRow("lands the role of") << "Tessa Marlowe lands the role of Molly Doran."
                                           << QStringList{"cast s2 Tessa Marlowe / Molly Doran"};
        QTest::newRow("an agency before a known character")
            << "Park Ji-hu returns as NIS agent Nam On-jo."
            << QStringList{"cast s2 Park Ji-hu / Nam On-jo"};
        QTest::newRow("an agency is no new character")
            << "Rhea Calloway has been cast as MI5 chief Yoon Ha-ri."
            << QStringList{"cast s2 Rhea Calloway / Yoon Ha-ri"};
        QTest::newRow("other work in brackets")
            << "Harlan Voss (The Crown, Bodyguard) joins the cast as Peter Judd."
            << QStringList{"cast s2 Harlan Voss / Peter Judd"};
        QTest::newRow("a rank before a new character")
            << "Newcomer Priya Lanning takes on the role of Sheriff Dana Holt."
            << QStringList{"cast s2 Priya Lanning / Dana Holt"};
        QTest::newRow("joins as a description then the name")
            << "New cast member Lee Ha-rin joins as On-jo's younger sister, Nam Ji-bin."
            << QStringList{"cast s2 Lee Ha-rin / Nam Ji-bin"};
        QTest::newRow("whose clause between")
            << "Eva Lindqvist, whose casting was announced in December, plays the school's new "
               "headmistress, Astrid Vahl."
            << QStringList{"cast s2 Eva Lindqvist / Astrid Vahl"};
        QTest::newRow("reprise their roles with descriptions")
            << "Park Ji-hu and Lomon will reprise their roles as class president Nam On-jo and "
               "her friend Lee Su-hyeok."
            << QStringList{"cast s2 Lomon / Lee Su-hyeok", "cast s2 Park Ji-hu / Nam On-jo"};
        QTest::newRow("new people in a list")
            << "Kim Min-ji, Jo Woo-ri and Han Ba-da return as Seo Ah-ra, Jang Dong-hwa and Oh "
               "Ji-na."
            << QStringList{"cast s2 Han Ba-da / Oh Ji-na", "cast s2 Jo Woo-ri / Jang Dong-hwa",
                           "cast s2 Kim Min-ji / Seo Ah-ra"};
        QTest::newRow("known role (new actor)")
            << "Nam-ra (Kim Min-ji) is back." << QStringList{"cast s2 Kim Min-ji / Choi Nam-ra"};
        QTest::newRow("rank before a known role")
            << "Lomon returns as Dr Lee Su-hyeok." << QStringList{"cast s2 Lomon / Lee Su-hyeok"};
        QTest::newRow("honorific role") << "Kim Min-ji will play Mr. 0, the head of the gang."
                                        << QStringList{"cast s2 Kim Min-ji / Mr. 0"};
        QTest::newRow("list row of new names")
            << "Kim Min-ji \u2013 Seo Ah-ra" << QStringList{"cast s2 Kim Min-ji / Seo Ah-ra"};
        QTest::newRow("caption of new names")
            << "Kim Min-ji as Seo Ah-ra in All of Us Are Dead season 2. Photo: Netflix"
            << QStringList{"cast s2 Kim Min-ji / Seo Ah-ra"};
        QTest::newRow("a new role played by a new actor")
            << "Seo Ah-ra, the new class president, will be played by Kim Min-ji."
            << QStringList{"cast s2 Kim Min-ji / Seo Ah-ra"};
        QTest::newRow("voiced by") << "Seo Ah-ra will be voiced by Kim Min-ji."
                                   << QStringList{"cast s2 Kim Min-ji / Seo Ah-ra"};
        QTest::newRow("playing is")
            << "Playing Seo Ah-ra is Kim Min-ji." << QStringList{"cast s2 Kim Min-ji / Seo Ah-ra"};
        QTest::newRow("a rank with a period") << "Kim Min-ji has been cast as Dr. Seo Ah-ra."
                                              << QStringList{"cast s2 Kim Min-ji / Seo Ah-ra"};
        QTest::newRow("lower-case forum names") << "park ji-hu is back as on-jo in the new season"
                                                << QStringList{"cast s2 Park Ji-hu / Nam On-jo"};
        QTest::newRow("leads opposite him as") << "Kim Min-ji leads opposite him as Seo Ah-ra."
                                               << QStringList{"cast s2 Kim Min-ji / Seo Ah-ra"};
        QTest::newRow("landed a recurring role as")
            << "Kim Min-ji has landed a recurring role as the nurse Seo Ah-ra."
            << QStringList{"cast s2 Kim Min-ji / Seo Ah-ra"};
        QTest::newRow("joins the cast of season 2 as")
            << "Kim Min-ji joins the cast of season 2 as Seo Ah-ra."
            << QStringList{"cast s2 Kim Min-ji / Seo Ah-ra"};
        QTest::newRow("will voice") << "Kim Min-ji will voice Seo Ah-ra, a new student."
                                    << QStringList{"cast s2 Kim Min-ji / Seo Ah-ra"};
        QTest::newRow("a table row") << "Nam On-jo | Park Ji-hu | Returning"
                                     << QStringList{"cast s2 Park Ji-hu / Nam On-jo"};
        QTest::newRow("a table row not returning")
            << "Nam On-jo | Park Ji-hu | Not returning" << QStringList{};
        QTest::newRow("as well as is no role")
            << "Kim Min-ji as well as Seo Ah-ra joined the new season." << QStringList{};
        QTest::newRow("fan casting")
            << "Fans want Kim Min-ji to play Seo Ah-ra in the new season." << QStringList{};
        QTest::newRow("new person in the past")
            << "Kim Min-ji, who played Seo Ah-ra, has a new film." << QStringList{};
        QTest::newRow("two new names in brackets")
            << "The Culling Game (Part One) will be adapted in the new season." << QStringList{};
        QTest::newRow("description ends at a preposition")
            << "Kim Min-ji joins as head of Lumon Industries." << QStringList{};
        QTest::newRow("a director is no actor")
            << "Director Kim Seong-hun returns as Showrunner Park." << QStringList{};
        QTest::newRow("companies are not people")
            << "Prime Video as Amazon Studios put it, is a new home." << QStringList{};
        QTest::newRow("names without roles")
            << "Kim Min-ji and Jo Woo-ri are also in the cast." << QStringList{};
        QTest::newRow("would need to return")
            << "Park Ji-hu and Lomon would all need to return as On-jo and Su-hyeok."
            << QStringList{};
        QTest::newRow("new person not returning")
            << "Kim Min-ji is not expected to return as Seo Ah-ra." << QStringList{};
        QTest::newRow("will not return")
            << "Yoon Chan-young will not return as Lee Cheong-san." << QStringList{};
        QTest::newRow("killed off") << "Yoo In-soo's Gwi-nam was killed off." << QStringList{};
        QTest::newRow("wish") << "Lomon, who plays Su-hyeok, would love to return."
                              << QStringList{};
        QTest::newRow("season one recap")
            << "In season 1, Park Ji-hu played On-jo." << QStringList{};
        QTest::newRow("returning despite season one")
            << "Park Ji-hu, who played On-jo in season 1, will return."
            << QStringList{"cast s2 Park Ji-hu / Nam On-jo"};
        // "by" opening a sentence: the rule looked at the token before it (fuzz_extract: a read
        // before the token list, a Q_ASSERT in the sanitizer build).
        QTest::newRow("by as the first word")
            << "By now Lomon returns as Su-hyeok." << QStringList{"cast s2 Lomon / Lee Su-hyeok"};
        QTest::newRow("actor list without roles")
            << "Park Ji-hu, Lomon and Cho Yi-hyun are all expected to return." << QStringList{};
    }

    void cast()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(
            claims(QStringLiteral("All of Us Are Dead season 2"), text, QStringLiteral("cast")),
            expected);
    }

    void production_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("window"); // earliest..latest of the first claim, or empty
        QTest::newRow("renewed second season")
            << "Netflix renewed All of Us Are Dead for a second season in June 2022."
            << QStringList{"renewal s2 renewed"} << "2022-06-01..2022-06-30";
        QTest::newRow("officially renewed") << "The show has been officially renewed."
                                            << QStringList{"renewal s2 renewed"} << QString();
        QTest::newRow("confirmed season") << "Netflix confirmed season 2 on Monday."
                                          << QStringList{"renewal s2 renewed"} << QString();
        QTest::newRow("cancelled") << "Netflix has cancelled the show."
                                   << QStringList{"renewal s2 cancelled"} << QString();
        QTest::newRow("not renewed")
            << "Netflix has not renewed the show yet." << QStringList{} << QString();
        QTest::newRow("could be renewed")
            << "The show could be renewed soon." << QStringList{} << QString();
        QTest::newRow("coming back for a season")
            << "All of Us Are Dead is coming back for a second season."
            << QStringList{"renewal s2 renewed"} << QString();
        QTest::newRow("confirmed it is coming back")
            << "Netflix has confirmed that the show is coming back."
            << QStringList{"renewal s2 renewed"} << QString();
        QTest::newRow("a dated return is a release")
            << "All of Us Are Dead will return for a second season in late 2026." << QStringList{}
            << QString();
        QTest::newRow("people who return")
            << "Here is who we think will return for season 2:" << QStringList{} << QString();
        QTest::newRow("ordered a season")
            << "Netflix ordered the second season in June 2022."
            << QStringList{"renewal s2 renewed"} << "2022-06-01..2022-06-30";
        QTest::newRow("recommissioned") << "The show has been recommissioned."
                                        << QStringList{"renewal s2 renewed"} << QString();
        QTest::newRow("a confirmation in another clause")
            << "Netflix confirmed a second season in June 2022; the first premiered in January "
               "2022."
            << QStringList{"renewal s2 renewed"} << "2022-06-01..2022-06-30";
        QTest::newRow("denied cancellation")
            << "Netflix denies the show's cancellation." << QStringList{} << QString();
        QTest::newRow("filming began")
            << "Filming on season 2 began in July 2025."
            << QStringList{"production s2 filming_started"} << "2025-07-01..2025-07-31";
        QTest::newRow("under way") << "Filming is under way in Seoul."
                                   << QStringList{"production s2 filming_started"} << QString();
        QTest::newRow("wrapped") << "Filming wrapped in February 2026."
                                 << QStringList{"production s2 filming_wrapped"}
                                 << "2026-02-01..2026-02-28";
        QTest::newRow("pre-production")
            << "Season 2 entered pre-production on 13 July 2022."
            << QStringList{"production s2 pre_production"} << "2022-07-13..2022-07-13";
        QTest::newRow("not started")
            << "Park Ji-hu said production had not started."
            << QStringList{"production s2 filming_not_started"} << QString();
        QTest::newRow("post-production")
            << "The series is now in post-production."
            << QStringList{"production s2 post_production"} << QString();
        QTest::newRow("fact box") << "Filming: wrapped in February 2026"
                                  << QStringList{"production s2 filming_wrapped"}
                                  << "2026-02-01..2026-02-28";
        QTest::newRow("already been filmed")
            << "Season 2 has already been filmed." << QStringList{"production s2 filming_wrapped"}
            << QString();
        QTest::newRow("took place") << "Filming took place in Seoul over the winter."
                                    << QStringList{"production s2 filming_started"} << QString();
        QTest::newRow("expected to shoot")
            << "The new season is expected to shoot in Busan."
            << QStringList{"production s2 filming_started"} << QString();
        QTest::newRow("set to get going")
            << "Filming is set to get going in Seoul."
            << QStringList{"production s2 filming_started"} << QString();
        QTest::newRow("premise") << "If filming began in September 2022, it is nearly done."
                                 << QStringList{} << QString();
        QTest::newRow("season one shoot")
            << "The first season was filmed in 2020." << QStringList{} << QString();
        QTest::newRow("noun") << "A year passes between the start of filming and release."
                              << QStringList{} << QString();
    }

    void production()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QFETCH(QString, window);
        const QString title = QStringLiteral("All of Us Are Dead: news");
        QStringList got = claims(title, text, QStringLiteral("renewal"), QDate(2026, 3, 1));
        got += claims(title, text, QStringLiteral("production"), QDate(2026, 3, 1));
        QCOMPARE(got, expected);
        if (!window.isEmpty()) {
            const QList<ExtractedClaim> all = extracted(title, text, QDate(2026, 3, 1));
            QVERIFY(!all.isEmpty());
            const ReleaseWindow &w = all.first().claim.window;
            QCOMPARE(w.earliest.toString(Qt::ISODate) + QStringLiteral("..") +
                         w.latest.toString(Qt::ISODate),
                     window);
        }
    }

    void swappedCastPointsAtTheRealCredit()
    {
        const QList<ExtractedClaim> got =
            extracted(QStringLiteral("All of Us Are Dead season 2 cast"),
                      QStringLiteral("Returning: Lee Su-hyeok as Lomon."));
        QCOMPARE(got.size(), 1);
        const ExtractedClaim &c = got.first();
        QCOMPARE(c.claim.kind, ClaimKind::Cast);
        QCOMPARE(c.claim.status, ClaimStatus::Contradicted);
        QCOMPARE(c.contradictsActor, QStringLiteral("Lomon"));
        QCOMPARE(c.contradictsCharacter, QStringLiteral("Lee Su-hyeok"));
        // The pair as written: no new person, both names are the show's own.
        const QJsonObject pair = c.claim.value.toObject();
        QCOMPARE(pair.value(QLatin1String("actor")).toString(), QStringLiteral("Lee Su-hyeok"));
        QCOMPARE(pair.value(QLatin1String("character")).toString(), QStringLiteral("Lomon"));
        QVERIFY(c.claim.note.contains(QLatin1String("swapped")));
    }

    void seasonOneIsNotSeasonTwo()
    {
        const QString text = QStringLiteral(
            "When the first season of All of Us Are Dead dropped on January 28, 2022, it topped "
            "the charts.\nIts 12 episodes were released all at once.\nPark Ji-hu as Nam On-jo "
            "and Yoon Chan-young as Lee Cheong-san anchored the story.\nThe series was shot "
            "long before its premiere.");
        QCOMPARE(claims(QStringLiteral("Why All of Us Are Dead's first season still bites"), text,
                        {}, QDate(2024, 1, 28)),
                 QStringList{});
        // The same sentence in a season 2 article: season 1's count stays season 1's.
        QCOMPARE(claims(QStringLiteral("All of Us Are Dead season 2"),
                        QStringLiteral("Season 1 had 12 episodes."), {}, QDate(2024, 1, 28)),
                 QStringList{});
    }

    void otherShowsGiveNoClaims()
    {
        ArticleInput a;
        a.title = QStringLiteral("Crimson Ward season 2 sets October premiere");
        a.text = QStringLiteral(
            "Crimson Ward season 2 will premiere on Netflix in October 2026.\nLike All of Us Are "
            "Dead, the new season will have 12 episodes.\nFans of All of Us Are Dead will find "
            "plenty to enjoy when Crimson Ward returns in October.");
        a.published = kPublished;
        QCOMPARE(ClaimExtractor::linkedShows(a, m_shows), QList<qint64>{m_aouad});
        QVERIFY(ClaimExtractor::extract(a, m_shows).isEmpty());

        a.title = QStringLiteral("Ashfall Academy season 3 review");
        a.text = QStringLiteral("Ashfall Academy season 3 arrives on July 19, 2026 with eight "
                                "episodes.");
        QVERIFY(ClaimExtractor::linkedShows(a, m_shows).isEmpty());
        QVERIFY(ClaimExtractor::extract(a, m_shows).isEmpty());
    }

    void claimsGoToTheShowNamed()
    {
        ArticleInput a;
        a.title = QStringLiteral("What's coming in 2026");
        a.text = QStringLiteral("Hollow Tide season 3 arrives in March 2026.\nAll of Us Are Dead "
                                "season 2 is expected in late 2026 or early 2027.");
        a.published = kPublished;
        QSet<QString> got;
        for (const ExtractedClaim &c : ClaimExtractor::extract(a, m_shows))
            got.insert(QString::number(c.showId) + u' ' + describe(c));
        const qint64 hollow = m_keys.value(QStringLiteral("hollow-tide"));
        QCOMPARE(got,
                 (QSet<QString>{QString::number(hollow) +
                                    QStringLiteral(" release_window s3 2026-03-01..2026-03-31"),
                                QString::number(m_aouad) +
                                    QStringLiteral(" release_window s2 2026-09-01..2027-04-30")}));
    }

    void boilerplateIsSkippedAndTheRestRead()
    {
        ArticleInput a;
        a.title = QStringLiteral("Sweet Home season 3 review");
        a.text = QStringLiteral("Sweet Home is back.\nSee also: All of Us Are Dead season 2 "
                                "arrives in late 2026\nSubscribe to our newsletter!");
        a.published = kPublished;
        QVERIFY2(ClaimExtractor::linkedShows(a, m_shows).isEmpty(),
                 "a navigation line does not link the article");
        QVERIFY(ClaimExtractor::extract(a, m_shows).isEmpty());

        const QString text = QStringLiteral(
            "Related: All of Us Are Dead season 2 release date rumours\nSeason 2 is expected in "
            "late 2026 or early 2027. Subscribe to our newsletter! Filming began in July 2025.\n"
            "We use cookies to improve your experience.");
        QCOMPARE(claims(QStringLiteral("All of Us Are Dead season 2"), text),
                 (QStringList{"production s2 filming_started",
                              "release_window s2 2026-09-01..2027-04-30"}));
    }

    void linkedShows_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("linked");
        QTest::newRow("title") << "All of Us Are Dead season 2"
                               << "" << true;
        QTest::newRow("case-insensitive") << ""
                                          << "ALL OF US ARE DEAD returns." << true;
        QTest::newRow("alias") << ""
                               << "AOUAD S2 news." << true;
        QTest::newRow("romanised") << ""
                                   << "Jigeum Uri Hakgyoneun season 2." << true;
        QTest::newRow("korean") << "\uc9c0\uae08 \uc6b0\ub9ac \ud559\uad50\ub294 \uc2dc\uc98c2"
                                << "" << true;
        QTest::newRow("word boundary") << ""
                                       << "All of Us Are Deadline fans." << false;
        QTest::newRow("one-word alias needs its capital") << ""
                                                          << "aouad is not a word." << false;
        QTest::newRow("unrelated") << "Markets rally"
                                   << "Shares rose." << false;
    }

    void linkedShows()
    {
        QFETCH(QString, title);
        QFETCH(QString, text);
        QFETCH(bool, linked);
        ArticleInput a;
        a.title = title;
        a.text = text;
        QCOMPARE(ClaimExtractor::linkedShows(a, m_shows).contains(m_aouad), linked);
    }

    void extractReportsLinkedShowsInTheSamePass()
    {
        const Extractor extractor(m_shows);
        ArticleInput a;
        a.title = QStringLiteral("Hollow Tide and All of Us Are Dead");
        a.text = QStringLiteral("Season 2 is expected in late 2026.");
        a.published = kPublished;
        QList<qint64> linked{42};
        const QList<ExtractedClaim> claims = extractor.extract(a, &linked);
        QCOMPARE(linked, extractor.linkedShows(a));
        QCOMPARE(linked.size(), 2);
        QCOMPARE(claims.size(), extractor.extract(a).size());
        a.title = QStringLiteral("Markets rally");
        a.text = QStringLiteral("Shares rose.");
        QVERIFY(extractor.extract(a, &linked).isEmpty());
        QVERIFY(linked.isEmpty());
    }

    void lowerCaseMentionLinksButClaimsNothing()
    {
        ArticleInput a;
        a.title = QStringLiteral("Evening classes");
        a.text = QStringLiteral("Our school now offers evening classes. The festival returns in "
                                "late 2026.");
        a.published = kPublished;
        QCOMPARE(ClaimExtractor::linkedShows(a, m_shows), QList<qint64>{m_aouad});
        QVERIFY(ClaimExtractor::extract(a, m_shows).isEmpty());
    }

    void questionsAssertNothing()
    {
        QCOMPARE(claims(QStringLiteral("All of Us Are Dead season 2"),
                        QStringLiteral("Has filming started? Will it arrive in late 2026?")),
                 QStringList{});
    }

    void quotesOffsetsAndKeys()
    {
        ArticleInput a;
        a.title = QStringLiteral("All of Us Are Dead season 2 wraps filming");
        a.text = QStringLiteral("Intro line.\nSeason 2 is expected in late 2026 or early 2027. "
                                "Lomon returns as Su-hyeok.");
        a.published = kPublished;
        a.tier = Tier::Official;
        const Extractor extractor(m_shows);
        const QList<ExtractedClaim> first = extractor.extract(a);
        const QList<ExtractedClaim> second = extractor.extract(a);
        QCOMPARE(first.size(), 3);
        QSet<QString> keys;
        for (int i = 0; i < first.size(); ++i) {
            const Claim &c = first.at(i).claim;
            QCOMPARE(c.key, second.at(i).claim.key); // stable across runs
            keys.insert(c.key);
            QCOMPARE(c.showKey, QString::number(m_aouad));
            QVERIFY(!c.note.isEmpty());
            if (c.quoteOffset < 0) {
                QCOMPARE(c.quote, a.title);
            } else {
                QCOMPARE(a.text.mid(c.quoteOffset, c.quote.size()), c.quote);
            }
        }
        QCOMPARE(keys.size(), first.size());
        QCOMPARE(first.first().claim.quoteOffset, -1); // the headline's wrap
        QCOMPARE(first.first().claim.kind, ClaimKind::Production);
    }

    void extractorIsSafeAcrossThreads()
    {
        const Extractor extractor(m_shows);
        ArticleInput a;
        a.title = QStringLiteral("All of Us Are Dead season 2");
        a.text = QStringLiteral("Season 2 is expected in late 2026. Lomon returns as Su-hyeok. "
                                "Filming began in July 2025.");
        a.published = kPublished;
        const int expected = int(extractor.extract(a).size());
        QVERIFY(expected == 3);
        std::atomic<int> mismatches{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 300; ++i) {
                    if (extractor.extract(a).size() != expected)
                        ++mismatches;
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(mismatches.load(), 0);
    }

    // Issue 12: one sentence of 300,000 characters took 4.9 s and 3.5 GB (every scan reread
    // the sentence, every candidate claim copied it as its quote). Memory is checked here, time
    // in tests/bench/bench_extract.
    void runOnParagraphCostIsBounded()
    {
        ArticleInput a;
        QVERIFY(runOnArticle(300000, &a));
        const Extractor extractor(m_shows);
        QList<ExtractedClaim> found;
        QStringList warnings;
        const qint64 growthKb =
            peakGrowthKb([&] { found = extractor.extract(a, nullptr, &warnings); });
        QVERIFY(growthKb >= 0);
        QVERIFY2(growthKb < 200 * 1024, qPrintable(QString::number(growthKb / 1024) + " MB"));
        QVERIFY(!found.isEmpty());
        for (const ExtractedClaim &c : std::as_const(found)) {
            const Claim &claim = c.claim;
            QVERIFY2(claim.quote.size() <= ExtractLimits::kSentenceChars,
                     qPrintable(QString::number(claim.quote.size())));
            if (claim.quoteOffset >= 0)
                QCOMPARE(a.text.mid(claim.quoteOffset, claim.quote.size()), claim.quote);
        }
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(QLatin1String("in pieces")),
                 qPrintable(warnings.first()));

        // Read in pieces, the paragraph still says what one pass over its clauses says.
        ArticleInput once;
        QVERIFY(runOnArticle(1000, &once));
        QStringList expected;
        for (const ExtractedClaim &c : extractor.extract(once))
            expected << describe(c);
        QStringList got;
        for (const ExtractedClaim &c : std::as_const(found))
            got << describe(c);
        expected.removeDuplicates();
        expected.sort();
        got.removeDuplicates();
        got.sort();
        QCOMPARE(got, expected);
    }

    // An article longer than ExtractLimits::kArticleChars is read up to there, and says so.
    void overlongArticleIsTruncatedWithAWarning()
    {
        ArticleInput a;
        a.title = QStringLiteral("All of Us Are Dead season 2: a very long page");
        a.published = kPublished;
        a.text = QStringLiteral("Season 2 of All of Us Are Dead arrives in late 2026.\n");
        const QString filler = QStringLiteral("The cast met fans at a long event in Seoul. ");
        while (a.text.size() < ExtractLimits::kArticleChars)
            a.text += filler;
        a.text += QStringLiteral("\nLomon returns as Su-hyeok.");
        QStringList warnings;
        const QList<ExtractedClaim> found = Extractor(m_shows).extract(a, nullptr, &warnings);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(QString::number(ExtractLimits::kArticleChars)),
                 qPrintable(warnings.first()));
        QStringList kinds;
        for (const ExtractedClaim &c : found) {
            QVERIFY(c.claim.quoteOffset + c.claim.quote.size() <= ExtractLimits::kArticleChars);
            kinds << wireName(c.claim.kind);
        }
        QVERIFY2(kinds.contains(QLatin1String("release_window")), qPrintable(kinds.join(u',')));
        QVERIFY2(!kinds.contains(QLatin1String("cast")),
                 qPrintable(kinds.join(u','))); // past the limit
    }

    void corpusQuality()
    {
        QList<CorpusArticle> articles;
        QString error;
        QVERIFY2(loadCorpus(QStringLiteral(CLIFFHANGER_FIXTURES "/articles"), &articles, &error),
                 qPrintable(error));
        QVERIFY(articles.size() >= 30);
        int negatives = 0;
        for (const CorpusArticle &a : std::as_const(articles))
            negatives += a.negative;
        QVERIFY(negatives >= 5);
        const Report report = evaluate(articles, m_shows, m_keys);
        qInfo().noquote() << formatReport(report, true);
        QVERIFY2(report.negativeViolations.isEmpty(),
                 qPrintable(report.negativeViolations.join(QStringLiteral(", "))));
        QVERIFY2(report.overall.precision() >= 0.95,
                 qPrintable(QString::number(report.overall.precision())));
        QVERIFY2(report.overall.recall() >= 0.85,
                 qPrintable(QString::number(report.overall.recall())));
    }

    // "not before 2027" is labelled with an open end and scored as earliest..open, the same
    // text an extracted window with a start and no end gets.
    void lowerBoundLabels()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("a.json")),
                          R"({"id": "a", "text": "Not before 2027.", "expected": [
                              {"kind": "release_window", "season": 2,
                               "window": {"earliest": "2027-01-01", "latest": "open"}}]})"));
        QList<CorpusArticle> articles;
        QString error;
        QVERIFY2(loadCorpus(dir.path(), &articles, &error), qPrintable(error));
        QCOMPARE(articles.size(), 1);
        QCOMPARE(articles.at(0).expected.at(0).value, QStringLiteral("2027-01-01..open"));
        Claim lowerBound;
        lowerBound.kind = ClaimKind::ReleaseWindow;
        lowerBound.window.earliest = QDate(2027, 1, 1);
        QCOMPARE(valueText(lowerBound), QStringLiteral("2027-01-01..open"));

        QVERIFY(writeFile(dir.filePath(QStringLiteral("a.json")),
                          R"({"id": "a", "text": "Backwards.", "expected": [
                              {"kind": "release_window", "season": 2,
                               "window": {"earliest": "2027-05-01", "latest": "2027-01-31"}}]})"));
        articles.clear();
        QVERIFY(!loadCorpus(dir.path(), &articles, &error));
        QVERIFY2(error.contains(QStringLiteral("ends before it starts")), qPrintable(error));
    }

    void labelProblemsFindUnknownShowsAndReleasedSeasons()
    {
        CorpusArticle a;
        a.id = QStringLiteral("a");
        a.negative = true;
        a.negativeShow = QStringLiteral("no-such-show");
        ExpectedClaim released;
        released.show = QStringLiteral("all-of-us-are-dead");
        released.kind = ClaimKind::EpisodeCount;
        released.season = 1; // season 1 is out: claims are only about open seasons
        released.value = QStringLiteral("12");
        ExpectedClaim unknown = released;
        unknown.show = QStringLiteral("no-such-show");
        unknown.season = 2;
        ExpectedClaim fine = released;
        fine.season = 2;
        a.expected = {released, unknown, fine};
        const QStringList problems = labelProblems({a, a}, m_shows, m_keys);
        QCOMPARE(problems.size(), 7); // three per copy of the article, and the repeated id
        QVERIFY(problems.contains(QStringLiteral("a: article id used twice")));
        QVERIFY(
            problems.filter(QStringLiteral("season 1 of all-of-us-are-dead is released")).size() ==
            2);
        QVERIFY(problems.filter(QStringLiteral("show 'no-such-show' is not a known show")).size() ==
                2);
        QVERIFY(problems.filter(QStringLiteral("negativeShow 'no-such-show'")).size() == 2);
    }

    // Issue 17: thresholds on the tune half only (the held-back half is measured by
    // extract_eval and reported, never pinned: a test on it would be tuning on it). Every kind
    // at the issue's targets (windows were held to R 0.85 until the tune half reached 0.88).
    void coverageTuneHalfMeetsItsThresholds()
    {
        QList<KnownShow> shows;
        QHash<QString, qint64> keys;
        QString error;
        QVERIFY2(loadShows({kCoverage + QStringLiteral("/shows/coverage-shows.json")}, &shows,
                           &keys, &error),
                 qPrintable(error));
        QList<CorpusArticle> tune;
        QVERIFY2(loadCorpus(kCoverage + QStringLiteral("/tune"), &tune, &error), qPrintable(error));
        const Report report = evaluate(tune, shows, keys);
        struct Bar {
            const char *kind;
            double precision;
            double recall;
        };
        const Bar bars[] = {
            {"cast", 0.92, 0.75}, {"episode_count", 0.95, 0.95}, {"release_window", 0.92, 0.88}};
        for (const Bar &bar : bars) {
            const Count c = report.perKind.value(QLatin1String(bar.kind));
            QVERIFY2(c.tp > 0, bar.kind);
            QVERIFY2(
                c.precision() >= bar.precision,
                qPrintable(QStringLiteral("%1 precision %2").arg(bar.kind).arg(c.precision())));
            QVERIFY2(c.recall() >= bar.recall,
                     qPrintable(QStringLiteral("%1 recall %2").arg(bar.kind).arg(c.recall())));
        }
        QVERIFY(report.negativeViolations.isEmpty());
    }

    // The coverage corpus is scored by extract_eval; here it must load, label only open seasons
    // of its known shows, be as big as promised, and keep the split it was measured with.
    void coverageCorpusLoadsAndKeepsItsSplit()
    {
        QList<KnownShow> shows;
        QHash<QString, qint64> keys;
        QString error;
        QVERIFY2(loadShows({kCoverage + QStringLiteral("/shows/coverage-shows.json")}, &shows,
                           &keys, &error),
                 qPrintable(error));
        QList<CorpusArticle> tune;
        QList<CorpusArticle> heldback;
        QVERIFY2(loadCorpus(kCoverage + QStringLiteral("/tune"), &tune, &error), qPrintable(error));
        QVERIFY2(loadCorpus(kCoverage + QStringLiteral("/heldback"), &heldback, &error),
                 qPrintable(error));
        const QList<CorpusArticle> all = tune + heldback;
        const QStringList problems = labelProblems(all, shows, keys);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        QVERIFY(all.size() >= 40);
        QSet<QString> series;
        int negatives = 0;
        for (const CorpusArticle &a : all) {
            negatives += a.negative;
            for (const ExpectedClaim &e : a.expected)
                series.insert(e.show);
        }
        QVERIFY(series.size() >= 25);
        QVERIFY(negatives >= 3);
        const Report report = evaluate(all, shows, keys);
        QVERIFY2(report.sentences >= 250, qPrintable(QString::number(report.sentences)));

        // The split: ids sorted by SHA-256, the first half in tune/. Moving an article between
        // the halves would tune on held-back text. Articles written after the split to cover
        // families of phrasing the tune half lacked ("added-..." ids) are tune articles only.
        QStringList ids;
        qsizetype added = 0;
        for (const CorpusArticle &a : all) {
            if (a.id.startsWith(QLatin1String("added-"))) {
                QVERIFY2(std::any_of(tune.cbegin(), tune.cend(),
                                     [&](const CorpusArticle &t) { return t.id == a.id; }),
                         qPrintable(a.id));
                ++added;
                continue;
            }
            ids << a.id;
        }
        std::sort(ids.begin(), ids.end(), [](const QString &x, const QString &y) {
            return QCryptographicHash::hash(x.toUtf8(), QCryptographicHash::Sha256) <
                   QCryptographicHash::hash(y.toUtf8(), QCryptographicHash::Sha256);
        });
        const qsizetype half = (ids.size() + 1) / 2;
        QCOMPARE(tune.size() - added, half);
        for (const CorpusArticle &a : tune)
            QVERIFY2(a.id.startsWith(QLatin1String("added-")) || ids.indexOf(a.id) < half,
                     qPrintable(a.id));
        for (const CorpusArticle &a : heldback)
            QVERIFY2(ids.indexOf(a.id) >= half, qPrintable(a.id));
    }
};

QTEST_GUILESS_MAIN(TestExtract)
#include "tst_extract.moc"
