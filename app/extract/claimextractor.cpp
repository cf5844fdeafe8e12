#include "extract/claimextractor.h"

#include "extract/boilerplate.h"
#include "extract/creditindex.h"
#include "extract/events.h"
#include "extract/explain.h"
#include "extract/lexicon.h"
#include "extract/rules.h"
#include "extract/sentence.h"
#include "extract/sentencesplitter.h"
#include "extract/showcontext.h"
#include "extract/showmatcher.h"
#include "extract/textscan.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

// Orchestration: find the shows an article names (fast, most articles name none), split the
// text, drop boilerplate, and walk the sentences in order keeping two pieces of state: which
// show the text is about (the last one named; a section heading or list item returns to the
// headline's show) and which season each paragraph talks about. Every sentence is analysed
// once and handed to the per-kind rules for each show it may be about.

namespace ExtractDetail {

class CompiledShows {
public:
    explicit CompiledShows(QList<KnownShow> known)
    {
        for (int i = 0; i < known.size(); ++i) {
            CompiledShow c;
            c.show = std::move(known[i]);
            c.credits = CreditIndex(c.show.credits);
            for (int s : std::as_const(c.show.seasons))
                c.maxSeason = std::max(c.maxSeason, s);
            c.maxSeason = std::max(c.maxSeason, c.show.upcomingSeason);
            if (c.show.upcomingSeason > 0)
                c.maxSeason = std::max(c.maxSeason, c.show.upcomingSeason - 1);
            matcher.add(c.show.title, i);
            for (const QString &alias : std::as_const(c.show.aliases))
                matcher.add(alias, i);
            nameWords.unite(c.credits.nameWords());
            shows.append(std::move(c));
        }
    }

    QList<CompiledShow> shows;
    ShowMatcher matcher;
    QSet<QString> nameWords;
};

namespace {

using namespace Lexicon;

// The article split into sentences, with boilerplate marked and the shows it names.
struct Layout {
    QStringView text; // the article's text up to ExtractLimits::kArticleChars
    QStringList warnings;
    QString folded; // the text folded once (same offsets); tokens and filters view into it
    QString foldedTitle;
    QList<SentenceSplitter::Span> spans; // a sentence with a glued-on footer is cut before it
    QList<bool> boilerplate;
    QList<ShowMatcher::Hit> titleHits;
    QList<ShowMatcher::Hit> textHits;
    QList<int> linked; // show indexes, in the order of the show list
    // Some name is written the way the show writes it. Without one, every mention is passing
    // ("Our school now offers ...") and no sentence can be about the show: nothing to read.
    bool properCase = false;
};

// The first kArticleChars of the text, not ending between the halves of one character.
QStringView readableText(const QString &text, QStringList *warnings)
{
    if (text.size() <= ExtractLimits::kArticleChars)
        return text;
    qsizetype end = ExtractLimits::kArticleChars;
    if (QChar::isLowSurrogate(text.at(end).unicode()))
        --end;
    warnings->append(QStringLiteral("article text has %1 characters; only the first %2 were read")
                         .arg(text.size())
                         .arg(ExtractLimits::kArticleChars));
    return QStringView(text).left(end);
}

// `forExtraction`: give up as soon as it is clear no sentence can be about a known show.
bool layout(const CompiledShows &shows, const ArticleInput &article, Layout *out,
            bool forExtraction)
{
    out->text = readableText(article.text, &out->warnings);
    if (shows.matcher.isEmpty())
        return false;
    shows.matcher.scan(article.title, &out->titleHits);
    shows.matcher.scan(out->text, &out->textHits);
    if (out->titleHits.isEmpty() && out->textHits.isEmpty())
        return false; // the common case: an article about something else
    if (forExtraction) {
        bool proper = false;
        for (const auto *hits : {&out->titleHits, &out->textHits}) {
            for (const ShowMatcher::Hit &h : *hits)
                proper = proper || h.properCase;
        }
        if (!proper)
            return false;
    }

    const QStringView text = out->text;
    out->folded = ExtractText::folded(text);
    out->foldedTitle = ExtractText::folded(article.title);
    out->spans = SentenceSplitter::split(text, ExtractLimits::kSentenceChars);
    int pieces = 0;
    for (const SentenceSplitter::Span &sp : std::as_const(out->spans))
        pieces += sp.piece;
    if (pieces > 0)
        out->warnings.append(QStringLiteral("sentences longer than %1 characters were read in "
                                            "pieces (%2 pieces)")
                                 .arg(ExtractLimits::kSentenceChars)
                                 .arg(pieces));
    out->boilerplate = QList<bool>(out->spans.size(), false);
    for (int i = 0; i < out->spans.size(); ++i) {
        SentenceSplitter::Span &sp = out->spans[i];
        int realLength = 0;
        const Boilerplate::Kind kind =
            Boilerplate::classify(QStringView(out->folded).mid(sp.offset, sp.length), &realLength);
        out->boilerplate[i] = kind != Boilerplate::Kind::None;
        if (kind == Boilerplate::Kind::Footer) {
            const QStringView before = text.mid(sp.offset, realLength).trimmed();
            // "All of Us Are Dead season 2 will release in 2025 ... click here to watch"
            if (before.size() >= 24 && before.count(u' ') >= 4) {
                sp.length = int(before.size());
                out->boilerplate[i] = false;
            }
        }
        // A navigation line ("Related: ...") takes its whole short paragraph with it.
        if (kind == Boilerplate::Kind::Navigation && sp.first) {
            int j = i;
            int length = 0;
            while (j < out->spans.size() && out->spans.at(j).paragraph == sp.paragraph)
                length += out->spans.at(j++).length;
            if (length <= 300) {
                for (int k = i; k < j; ++k)
                    out->boilerplate[k] = true;
                i = j - 1;
            }
        }
    }
    QSet<int> named;
    for (const ShowMatcher::Hit &h : std::as_const(out->titleHits)) {
        named.insert(h.show);
        out->properCase = out->properCase || h.properCase;
    }
    int span = 0;
    for (const ShowMatcher::Hit &h : std::as_const(out->textHits)) {
        while (span < out->spans.size() &&
               out->spans.at(span).offset + out->spans.at(span).length <= h.start)
            ++span;
        if (span < out->spans.size() && !out->boilerplate.at(span)) {
            named.insert(h.show);
            out->properCase = out->properCase || h.properCase;
        }
    }
    for (int i = 0; i < shows.shows.size(); ++i) {
        if (named.contains(i))
            out->linked.append(i);
    }
    return !out->linked.isEmpty();
}

// The hits are in order and do not overlap: the sentence's own are found by bisection, not by
// a walk over every hit of the article.
QList<KnownMention> mentionsIn(const QList<ShowMatcher::Hit> &hits, int from, int to)
{
    QList<KnownMention> out;
    auto h = std::lower_bound(hits.cbegin(), hits.cend(), from,
                              [](const ShowMatcher::Hit &hit, int f) { return hit.start < f; });
    for (; h != hits.cend() && h->start < to; ++h) {
        if (h->end <= to)
            out.append({h->start - from, h->end - from, h->show, h->properCase});
    }
    return out;
}

bool startsWithListMarker(QStringView paragraph)
{
    int i = 0;
    while (i < paragraph.size() && i < 3 && paragraph.at(i).isDigit())
        ++i;
    return i > 0 && i < paragraph.size() && (paragraph.at(i) == u'.' || paragraph.at(i) == u')');
}

// A line of its own that reads as a section title: short and without a closing period.
bool isHeading(QStringView paragraph)
{
    if (startsWithListMarker(paragraph))
        return true;
    const QStringView t = paragraph.trimmed();
    if (t.isEmpty() || t.size() > 90 || t.endsWith(u'.'))
        return false;
    return t.count(u' ') < 12;
}

// The claim's value in a word or two: "2026-09-01..2027-04-30", "12", "Lomon/Lee Su-hyeok".
QString valueText(const Claim &claim)
{
    QString value;
    switch (claim.kind) {
    case ClaimKind::ReleaseWindow:
        value = claim.window.earliest.toString(Qt::ISODate) + QStringLiteral("..") +
                claim.window.latest.toString(Qt::ISODate);
        break;
    case ClaimKind::EpisodeCount:
        value = QString::number(claim.value.toInt());
        break;
    case ClaimKind::Cast: {
        const QJsonObject o = claim.value.toObject();
        value = o.value(QLatin1String("actor")).toString() + u'/' +
                o.value(QLatin1String("character")).toString();
        break;
    }
    case ClaimKind::Renewal:
        value = claim.value.toObject().value(QLatin1String("event")).toString();
        break;
    case ClaimKind::Production:
        value = claim.value.toObject().value(QLatin1String("milestone")).toString();
        break;
    case ClaimKind::Plot:
        value = claim.value.toString();
        break;
    }
    return value;
}

// "release_window s2 2026-09-01..2027-04-30 [reported]: <note>", for explanations.
QString describe(const Claim &claim)
{
    return QStringLiteral("%1 s%2 %3 [%4]: %5")
        .arg(wireName(claim.kind), QString::number(claim.season.value_or(0)), valueText(claim),
             wireName(claim.tier), claim.note);
}

class ArticleRun {
public:
    ArticleRun(const CompiledShows &shows, const ArticleInput &article, const Layout &layout)
        : m_shows(shows), m_article(article), m_layout(layout)
    {
    }

    // Explaining: every sentence read (boilerplate too) gets an entry in `out`.
    void explainInto(QList<SentenceExplanation> *out) { m_explain = out; }

    QList<ExtractedClaim> run()
    {
        headline();
        const QStringView text = m_layout.text;
        int paragraph = -1;
        for (int i = 0; i < m_layout.spans.size(); ++i) {
            const SentenceSplitter::Span &sp = m_layout.spans.at(i);
            if (sp.paragraph != paragraph) {
                paragraph = sp.paragraph;
                m_paragraphSeason.clear();
                int end = i;
                while (end < m_layout.spans.size() && m_layout.spans.at(end).paragraph == paragraph)
                    ++end;
                const SentenceSplitter::Span &last = m_layout.spans.at(end - 1);
                const QStringView whole =
                    text.mid(sp.offset, last.offset + last.length - sp.offset);
                m_heading = isHeading(whole) && (end - i == 1 || startsWithListMarker(whole));
                if (m_heading)
                    m_focus = m_headlineShow;
            }
            if (m_layout.boilerplate.at(i)) {
                if (m_explain)
                    m_explain->append({text.mid(sp.offset, sp.length).toString(),
                                       sp.offset,
                                       {},
                                       QStringLiteral("boilerplate: a navigation, share or "
                                                      "footer line")});
                continue;
            }
            Sentence s = analyse(text.mid(sp.offset, sp.length),
                                 QStringView(m_layout.folded).mid(sp.offset, sp.length), sp.offset,
                                 m_article.published,
                                 mentionsIn(m_layout.textHits, sp.offset, sp.offset + sp.length),
                                 m_shows.nameWords);
            s.paragraph = sp.paragraph;
            s.heading = m_heading;
            sentence(s);
        }
        return finish();
    }

private:
    void headline()
    {
        if (m_article.title.trimmed().isEmpty())
            return;
        Sentence s = analyse(m_article.title, m_layout.foldedTitle, -1, m_article.published,
                             mentionsIn(m_layout.titleHits, 0, int(m_article.title.size())),
                             m_shows.nameWords);
        s.headline = true;
        QSet<int> known;
        bool foreign = false;
        for (const ShowMention &m : std::as_const(s.shows)) {
            if (m.passing)
                continue;
            if (m.show >= 0)
                known.insert(m.show);
            else
                foreign = true;
        }
        m_headlineShow = known.size() == 1 && !foreign ? *known.cbegin() : Foreign;
        for (int show : std::as_const(m_layout.linked)) {
            QSet<int> seasons;
            for (const SeasonMention &m : std::as_const(s.seasons)) {
                const int number = m.upcoming ? m_shows.shows.at(show).nextSeason() : m.number;
                if (number > 0 &&
                    (m.show == show || (m.show == Unattached && m_headlineShow == show)))
                    seasons.insert(number);
            }
            if (seasons.size() == 1)
                m_headlineSeason.insert(show, *seasons.cbegin());
        }
        m_focus = m_headlineShow;
        sentence(s);
        m_focus = m_headlineShow; // the headline's own mentions set the focus already
    }

    // The pieces of a long sentence (SentenceSplitter::Span::piece) give each claim once, like
    // the sentence read whole would: the key names no offset.
    void sentence(const Sentence &s)
    {
        const SentenceEvents events = findEvents(s);
        QList<ExtractedClaim> found;
        // A question asserts nothing ("Has filming started?"); it still sets the context.
        const bool asserts = !s.question;
        SentenceFacts facts; // for the explanation of a sentence that gives nothing
        facts.published = m_article.published;
        for (int show : std::as_const(m_layout.linked)) {
            bool involved = m_focus == show;
            for (const ShowMention &m : s.shows)
                involved = involved || (m.show == show && !m.passing);
            if (!involved)
                continue;
            const CompiledShow &compiled = m_shows.shows.at(show);
            const QList<NameHit> names = compiled.credits.find(s.tokens);
            if (m_explain) {
                facts.involved = true;
                facts.namesPeople = facts.namesPeople || !names.isEmpty();
                for (const SeasonMention &m : s.seasons) {
                    const int number = m.upcoming ? compiled.nextSeason() : m.number;
                    if (number <= 0 || (m.show != show && m.show != Unattached))
                        continue;
                    if (compiled.isOpen(number))
                        facts.namesOpenSeason = true;
                    else
                        facts.releasedSeason = number;
                }
            }
            const SeasonIndexes seasons = eligibleSeasons(s, compiled, show);
            const RuleContext ctx{s,
                                  events,
                                  names,
                                  compiled,
                                  seasons,
                                  show,
                                  m_focus,
                                  m_paragraphSeason.value(show),
                                  m_headlineSeason.contains(show) ? m_headlineSeason.value(show)
                                                                  : m_articleSeason.value(show),
                                  m_article.published,
                                  m_article.tier,
                                  m_inheritRelease};
            if (asserts) {
                releaseWindowClaims(ctx, &found);
                episodeCountClaims(ctx, &found);
                castClaims(ctx, &found);
                productionClaims(ctx, &found);
                renewalClaims(ctx, &found);
            }
            for (const SeasonMention &m : s.seasons) {
                if (m.show == show || (m.show == Unattached && ctx.showAt(m.tokBegin) == show)) {
                    const int number = ctx.seasonOf(m);
                    if (number > 0)
                        m_paragraphSeason.insert(show, number);
                    // A headline that names no season: the one open season the article names
                    // stands in for it in later paragraphs ("... after production on the third
                    // season wrapped", then "Abby, played by Kaitlyn Dever, ..."). Two open
                    // seasons named: neither.
                    if (number > 0 && compiled.isOpen(number) && !m_headlineSeason.contains(show))
                        m_articleSeason.insert(
                            show, m_articleSeason.value(show, number) == number ? number : -1);
                }
            }
        }
        // The key does not depend on the quote: a candidate copies its sentence only once it
        // has survived de-duplication.
        QStringList fired;
        for (ExtractedClaim &c : found) {
            c.claim.showKey = QString::number(c.showId);
            c.claim.key = ClaimExtractor::claimKey(c.claim);
            if (m_explain)
                fired << describe(c.claim) +
                             (m_keys.contains(c.claim.key)
                                  ? QStringLiteral(" (said earlier in the article: not again)")
                                  : QString());
            if (!m_keys.contains(c.claim.key)) {
                m_keys.insert(c.claim.key);
                c.claim.quote = s.headline ? m_article.title : s.text.toString();
                c.claim.quoteOffset = s.offset;
                m_claims.append(c);
            }
        }
        for (const ShowMention &m : s.shows) {
            if (!m.passing)
                m_focus = m.show;
        }
        m_inheritRelease = (s.question || s.heading) && s.has(ReleaseStrong) && s.dates.isEmpty();
        if (m_explain)
            m_explain->append({s.headline ? m_article.title : s.text.toString(), s.offset, fired,
                               fired.isEmpty() ? whyNothing(s, events, facts) : QString()});
    }

    QList<ExtractedClaim> finish() { return m_claims; }

    const CompiledShows &m_shows;
    const ArticleInput &m_article;
    const Layout &m_layout;
    int m_headlineShow = Foreign;
    int m_focus = Foreign;
    bool m_heading = false;
    bool m_inheritRelease = false;
    QHash<int, int> m_headlineSeason;
    QHash<int, int> m_paragraphSeason;
    QHash<int, int> m_articleSeason; // per show, without a headline season: see sentence()
    QSet<QString> m_keys;
    QList<ExtractedClaim> m_claims;
    QList<SentenceExplanation> *m_explain = nullptr;
};

} // namespace
} // namespace ExtractDetail

using namespace ExtractDetail;

Extractor::Extractor(QList<KnownShow> shows)
    : m_shows(std::make_unique<const CompiledShows>(std::move(shows)))
{
}

Extractor::~Extractor() = default;
Extractor::Extractor(Extractor &&) noexcept = default;
Extractor &Extractor::operator=(Extractor &&) noexcept = default;

QList<ExtractedClaim> Extractor::extract(const ArticleInput &article, QList<qint64> *linked,
                                         QStringList *warnings) const
{
    Layout l;
    if (linked)
        linked->clear();
    const bool found = layout(*m_shows, article, &l, linked == nullptr);
    if (warnings)
        *warnings = l.warnings;
    if (!found)
        return {};
    if (linked) {
        for (int i : std::as_const(l.linked))
            linked->append(m_shows->shows.at(i).show.id);
    }
    if (!l.properCase)
        return {};
    return ArticleRun(*m_shows, article, l).run();
}

QList<SentenceExplanation> Extractor::explain(const ArticleInput &article) const
{
    Layout l;
    QList<SentenceExplanation> out;
    if (layout(*m_shows, article, &l, true) && l.properCase) {
        ArticleRun run(*m_shows, article, l);
        run.explainInto(&out);
        run.run();
        return out;
    }
    // Nothing in the article can be about a known show: one reason for every sentence.
    const QString reason =
        l.titleHits.isEmpty() && l.textHits.isEmpty()
            ? QStringLiteral("no known show is named in the article")
        : l.spans.isEmpty()
            ? QStringLiteral("the article names a known show only in passing or not in the "
                             "show's own capitalisation")
            : QStringLiteral("the article names a known show only in boilerplate lines");
    if (!article.title.trimmed().isEmpty())
        out.append({article.title, -1, {}, reason});
    const QStringView text = readableText(article.text, &l.warnings);
    for (const SentenceSplitter::Span &sp :
         SentenceSplitter::split(text, ExtractLimits::kSentenceChars))
        out.append({text.mid(sp.offset, sp.length).toString(), sp.offset, {}, reason});
    return out;
}

QList<qint64> Extractor::linkedShows(const ArticleInput &article) const
{
    Layout l;
    QList<qint64> ids;
    if (!layout(*m_shows, article, &l, false))
        return ids;
    for (int i : std::as_const(l.linked))
        ids.append(m_shows->shows.at(i).show.id);
    return ids;
}

namespace ClaimExtractor {

QList<ExtractedClaim> extract(const ArticleInput &article, const QList<KnownShow> &shows)
{
    return Extractor(shows).extract(article);
}

QList<qint64> linkedShows(const ArticleInput &article, const QList<KnownShow> &shows)
{
    return Extractor(shows).linkedShows(article);
}

QString claimKey(const Claim &claim)
{
    return QStringLiteral("x:%1:%2:s%3:%4")
        .arg(claim.showKey, wireName(claim.kind), QString::number(claim.season.value_or(0)),
             ExtractDetail::valueText(claim));
}

} // namespace ClaimExtractor
