#include "extract/lexicon.h"
#include "extract/rules.h"
#include "extract/textscan.h"

#include <QJsonObject>
#include <QVarLengthArray>

#include <algorithm>

// Cast pairs, read between two names the show knows (adjacent in the sentence):
//   actor-first:     "Actor as Character", "Actor returns as Character", "Actor, who plays
//                    Character", "Actor seen as / in the role of Character", "Actor's
//                    Character", "Actor (Character)"
//   character-first: "Character, played by Actor", "Character (Actor)"
// Lists are consecutive pairs ("A as X, B as Y and C as Z"). People the ledger does not know
// are read by ShapedCast (below) from the shape of their names. A known actor may take a new
// character name ("Actor as Seo Yu-ri") when it looks like a name: capitalised words the lexicon
// does not know. The season is the one the pair is about; a returning verb ("returns", "reprise",
// "back") puts it in the upcoming season even when "who played On-jo in season 1" names the
// old one. Negative phrasing ("will not return", "killed off", "exits") gives no claim.

namespace ExtractDetail {

using namespace Lexicon;

namespace {

enum class Slots { None, ActorFirst, CharacterFirst, ByKind };

class ShapedCast;

// "MI5", "FBI", "NYPD": an agency or unit, written in capitals or with digits, that describes a
// role ("as MI5 chief Diana Taverner"); never a person's or a character's name of its own.
bool acronym(const Sentence &s, int k)
{
    const Token &t = s.tokens.at(k);
    if (t.kind != Token::Word || t.end - t.start < 2)
        return false;
    bool digit = false;
    for (int i = t.start; i < t.end; ++i) {
        const QChar c = s.text.at(i);
        if (c.isLower())
            return false;
        digit = digit || c.isDigit();
    }
    return digit || (t.end - t.start >= 3 && t.end - t.start <= 5); // not "IU", a stage name
}

class CastFinder {
public:
    explicit CastFinder(const RuleContext &ctx) : m_ctx(ctx), m_s(ctx.s) {}

    void run(QList<ExtractedClaim> *out)
    {
        if (m_ctx.names.isEmpty() && !mayNameNewPeople())
            return;
        indexReturningVerbs();
        const QList<NameHit> &names = m_ctx.names;
        QList<bool> paired(names.size(), false);
        QList<bool> claimed(names.size(), false); // in a pair, not only in a list
        respectively(&paired, &claimed, out);
        for (int i = 0; i + 1 < names.size(); ++i) {
            if (paired.at(i) || paired.at(i + 1))
                continue;
            QString how;
            bool pastPlay = false;
            const Slots shape = between(names.at(i), names.at(i + 1), &how, &pastPlay);
            if (shape == Slots::None)
                continue;
            const NameHit *actor = nullptr;
            const NameHit *character = nullptr;
            const NameHit &a = names.at(i);
            const NameHit &b = names.at(i + 1);
            if (shape == Slots::ActorFirst) {
                // "Cho Yi-hyun and Lomon return as Nam-ra": a list of actors whose roles did
                // not line up one to one; pairing the last actor with the first role is a guess.
                if (i > 0 && names.at(i - 1).actor && !inRoleSlot(names.at(i - 1)) &&
                    joined(names.at(i - 1).tokEnd, a.tokBegin))
                    continue;
                actor = &a;
                character = &b;
            } else if (shape == Slots::CharacterFirst) {
                actor = &b;
                character = &a;
            } else if (a.actor != b.actor) {
                actor = a.actor ? &a : &b;
                character = a.actor ? &b : &a;
            } else {
                continue;
            }
            if (pair(*actor, *character, a.tokBegin, b.tokEnd, how, pastPlay, out))
                paired[i] = paired[i + 1] = claimed[i] = claimed[i + 1] = true;
        }
        for (int i = 0; i < names.size(); ++i) {
            if (!paired.at(i) && names.at(i).actor &&
                newCharacter(
                    names.at(i),
                    i + 1 < names.size() ? names.at(i + 1).tokBegin : int(m_s.tokens.size()), out))
                paired[i] = claimed[i] = true;
        }
        shapedPairs(claimed, out);
    }

private:
    friend class ShapedCast;
    void shapedPairs(const QList<bool> &paired, QList<ExtractedClaim> *out) const;
    const Token &tok(int i) const { return m_s.tokens.at(i); }

    // A pattern that can pair people the ledger does not know needs "as", a play verb or a
    // bracket: most sentences have none and skip the shape pass.
    bool mayNameNewPeople() const
    {
        if (m_s.has(PlayVerb | ReturnVerb))
            return true;
        for (const Token &t : m_s.tokens) {
            if (t.word == QLatin1String("as") || t.isPunct(u'(') || t.isPunct(u'-') || t.is(Role) ||
                t.word == QLatin1String("voices") || t.word == QLatin1String("voiced") ||
                t.word == QLatin1String("voice") || t.word == QLatin1String("cast"))
                return true;
        }
        return false;
    }

    // The name fills the second slot of a pattern: "as Lomon", "played by", "role of".
    bool inRoleSlot(const NameHit &h) const
    {
        const int k = h.tokBegin - 1;
        return k >= 0 && (word(k, "as") || word(k, "by") || word(k, "of") || tok(k).is(PlayVerb));
    }

    // Only list glue between two tokens: ",", "and", "&".
    bool joined(int from, int to) const
    {
        if (from >= to)
            return false;
        for (int k = from; k < to; ++k) {
            if (!(tok(k).isPunct(u',') || tok(k).isPunct(u'&') || word(k, "and")))
                return false;
        }
        return true;
    }

    // "Park Ji-hu, Lomon and Cho Yi-hyun return as On-jo, Su-hyeok and Nam-ra (respectively)":
    // equally long lists of actors and roles around one "as", paired in order.
    void respectively(QList<bool> *paired, QList<bool> *claimed, QList<ExtractedClaim> *out)
    {
        const QList<NameHit> &names = m_ctx.names;
        int i = 0;
        while (i < names.size()) {
            if (inRoleSlot(names.at(i))) { // "Lee Su-hyeok as Lomon and Cho Yi-hyun as ..."
                ++i;
                continue;
            }
            int j = i;
            while (j + 1 < names.size() && names.at(j).actor && names.at(j + 1).actor &&
                   joined(names.at(j).tokEnd, names.at(j + 1).tokBegin))
                ++j;
            const int actors = j - i + 1;
            if (actors < 2 || !names.at(j).actor || j + 1 >= names.size()) {
                i = j + 1;
                continue;
            }
            QString how;
            bool pastPlay = false;
            if (between(names.at(j), names.at(j + 1), &how, &pastPlay) != Slots::ActorFirst) {
                i = j + 1;
                continue;
            }
            int k = j + 1;
            while (k + 1 < names.size() && !names.at(k).actor && !names.at(k + 1).actor &&
                   joined(names.at(k).tokEnd, names.at(k + 1).tokBegin))
                ++k;
            const int roles = k - j;
            if (roles == actors) {
                for (int n = 0; n < actors; ++n) {
                    const NameHit &a = names.at(i + n);
                    const NameHit &c = names.at(j + 1 + n);
                    pair(a, c, a.tokBegin, names.at(k).tokEnd,
                         QStringLiteral("Actors as Characters (list)"), pastPlay, out);
                }
                for (int n = i; n <= k; ++n)
                    (*claimed)[n] = true;
            }
            // Matched or not, these names are a list: never pair them one by one.
            for (int n = i; n <= k; ++n)
                (*paired)[n] = true;
            i = k + 1;
        }
    }
    bool word(int i, const char *w) const
    {
        return i >= 0 && i < m_s.tokens.size() && tok(i).word == QLatin1String(w);
    }

    // Words that separate list items or introduce another person: never inside a pair.
    bool separator(int k) const
    {
        static const char *const words[] = {
            "and",  "with",   "alongside", "opposite", "while", "but",     "or",       "plus",
            "like", "unlike", "than",      "whereas",  "by",    "besides", "including"};
        for (const char *w : words) {
            if (word(k, w))
                return true;
        }
        return false;
    }

    Slots between(const NameHit &a, const NameHit &b, QString *how, bool *pastPlay) const
    {
        const int from = a.tokEnd;
        const int to = b.tokBegin;
        const int count = to - from;
        // "Character (Actor)", "Actor (Character)"
        if (count == 1 && tok(from).isPunct(u'(') && b.tokEnd < m_s.tokens.size() &&
            tok(b.tokEnd).isPunct(u')')) {
            *how = QStringLiteral("X (Y)");
            return Slots::ByKind;
        }
        // A list line: "Jang Ha-ri - Ha Seung-ri", "Nam On-jo: Park Ji-hu", and a table row
        // "Yuji Itadori | Junya Enoki | Returning" (a "Not returning" row is denied later).
        const bool tableRow = count == 1 && tok(from).isPunct(u'|') && a.tokBegin == 0 &&
                              b.tokEnd < m_s.tokens.size() && tok(b.tokEnd).isPunct(u'|');
        if (tableRow || (count == 1 && (tok(from).isPunct(u'-') || tok(from).isPunct(u':')) &&
                         a.tokBegin == 0 && b.tokEnd == m_s.tokens.size())) {
            *how = QStringLiteral("X - Y (list line)");
            return Slots::ByKind;
        }
        // "Actor's Character"
        if (count == 0 && tok(a.tokEnd - 1).possessive && a.actor && !b.actor) {
            *how = QStringLiteral("Actor's Character");
            return Slots::ActorFirst;
        }
        if (count <= 0 || count > 9)
            return Slots::None;
        // "Character, played by Actor", "Character (played by Actor)"
        for (int k = from; k + 1 < to; ++k) {
            if (tok(k).is(PlayVerb) && word(k + 1, "by") && k + 2 == to) {
                for (int j = from; j < k; ++j) {
                    if (!(tok(j).isPunct(u',') || tok(j).isPunct(u'(') || tok(j).is(Copula) ||
                          word(j, "who") || word(j, "will") || word(j, "be") || word(j, "now")))
                        return Slots::None;
                }
                *how = QStringLiteral("Character, played by Actor");
                return Slots::CharacterFirst;
            }
        }
        // Actor-first: optional ", who", filler words, then "as" / a play verb / "role of".
        int k = from;
        if (tok(k).isPunct(u',') || tok(k).isPunct(u'(') || tok(k).isPunct(u'-'))
            ++k;
        if (word(k, "who"))
            ++k;
        int verb = -1;
        for (int j = k; j < to; ++j) {
            const Token &t = tok(j);
            if (t.isPunct(u',') && verb < 0 && word(j + 1, "as")) // "is back too, as Nam-ra"
                continue;
            if (t.kind != Token::Word || separator(j))
                return Slots::None;
            if (t.word == QLatin1String("as") || t.is(PlayVerb) ||
                (t.word == QLatin1String("of") && word(j - 1, "role")))
                verb = j;
        }
        if (verb < 0)
            return Slots::None;
        // After the verb only an article, "role of"/"character" or up to two lower-case
        // descriptive words may come: "as the character", "as the hybrid Nam-ra".
        int descriptive = 0;
        for (int j = verb + 1; j < to; ++j) {
            if (word(j, "the") || word(j, "role") || word(j, "of") || word(j, "character") ||
                word(j, "a") || word(j, "an"))
                continue;
            if (((tok(j).kind == Token::Word && !tok(j).capitalised && tok(j).classes == 0) ||
                 acronym(m_s, j)) &&
                ++descriptive <= 2)
                continue;
            return Slots::None;
        }
        if (tok(verb).is(PlayVerb)) {
            *how = QStringLiteral("Actor plays Character");
            *pastPlay = tok(verb).is(Past) || tok(verb).word == QLatin1String("played") ||
                        tok(verb).word == QLatin1String("portrayed");
        } else if (tok(verb).word == QLatin1String("of")) {
            *how = QStringLiteral("Actor in the role of Character");
        } else {
            *how = QStringLiteral("Actor as Character");
        }
        return Slots::ActorFirst;
    }

    bool negated(int from, int to) const
    {
        for (int k = std::max(0, from - 3); k < to; ++k) {
            if (!m_s.inDate.at(k) && tok(k).is(Negation))
                return true;
        }
        return false;
    }

    // Negated, returning verb negated or only wished for ("would love to return"), a death in
    // a recap ("Cheong-san, played by ..., dies"), or an open question ("whether ... returns").
    bool denied(int begin, int end) const
    {
        const int back = returning(begin, end);
        if (negated(begin, end) || back < 0)
            return true;
        // "returns after her surprise exit" is news; "has left the show" is not a role.
        if (back == 0 && deathOrExit())
            return true;
        for (int k = std::max(0, begin - 6); k < std::min(end + 3, int(m_s.tokens.size())); ++k) {
            if (word(k, "whether") || word(k, "unclear") || word(k, "unknown"))
                return true;
        }
        return false;
    }

    // "dies", "exits", "killed off" outside a show's title ("All of Us Are Dead").
    bool deathOrExit() const
    {
        if (!m_s.has(Death | CastNegative))
            return false;
        for (int k = 0; k < m_s.tokens.size(); ++k) {
            if (m_s.inDate.at(k) || !tok(k).is(Death | CastNegative))
                continue;
            bool inTitle = false;
            for (const ShowMention &m : m_s.shows)
                inTitle = inTitle || (k >= m.tokBegin && k < m.tokEnd);
            if (!inTitle)
                return true;
        }
        return false;
    }

    // The returning verb nearest to a pair: 1 returning, -1 negated ("is not expected to
    // return"), 0 none.
    // The verb is the pair's own ("returns as"), else the first one after it that no other
    // person comes before ("X, who played Y in season 1, will return"), else one before it.
    int returning(int begin, int end) const
    {
        auto verdict = [&](int k) {
            return negated(k, k) || (m_s.classesIn(k - 3, k) & Desire) ? -1 : 1;
        };
        const int n = int(m_s.tokens.size());
        const int next = begin < n ? m_nextReturn.at(begin) : n;
        if (next < end)
            return verdict(next);
        // After the pair, up to and including where the next actor's name begins.
        const QList<NameHit> &names = m_ctx.names;
        const auto from = std::lower_bound(names.cbegin(), names.cend(), end,
                                           [](const NameHit &h, int t) { return h.tokBegin < t; });
        const int nextActor = m_nextActor.at(int(from - names.cbegin()));
        const int someoneElse = nextActor < names.size() ? names.at(nextActor).tokBegin : n - 1;
        const int after = end < n ? m_nextReturn.at(end) : n;
        if (after <= someoneElse && after < n)
            return verdict(after);
        const int before = m_prevReturn.at(std::min(begin, n));
        return before >= 0 ? verdict(before) : 0;
    }

    // Where the nearest returning verb is from any token: returning() asks for every pair.
    void indexReturningVerbs()
    {
        const int n = int(m_s.tokens.size());
        m_nextReturn.resize(n + 1);
        m_nextReturn[n] = n;
        m_prevReturn.resize(n + 1);
        m_prevReturn[0] = -1;
        for (int k = 0; k < n; ++k) {
            const bool isReturn = !m_s.inDate.at(k) && tok(k).is(ReturnVerb);
            m_prevReturn[k + 1] = isReturn ? k : m_prevReturn.at(k);
        }
        for (int k = n - 1; k >= 0; --k) {
            const bool isReturn = !m_s.inDate.at(k) && tok(k).is(ReturnVerb);
            m_nextReturn[k] = isReturn ? k : m_nextReturn.at(k + 1);
        }
        const QList<NameHit> &names = m_ctx.names;
        m_nextActor.resize(names.size() + 1);
        m_nextActor[names.size()] = int(names.size());
        for (int j = int(names.size()) - 1; j >= 0; --j)
            m_nextActor[j] = names.at(j).actor ? j : m_nextActor.at(j + 1);
    }

    // The season of a pair, or 0 when it is not about an open season.
    SeasonPick seasonFor(int begin, int end, bool pastPlay) const
    {
        SeasonPick pick = m_ctx.season(begin, end);
        const bool open = pick.source != SeasonSource::None && m_ctx.show.isOpen(pick.season);
        if (returning(begin, end) > 0 && m_ctx.show.show.upcomingSeason > 0 &&
            (!open || pick.source != SeasonSource::Explicit))
            return {m_ctx.show.show.upcomingSeason,
                    pick.source == SeasonSource::Explicit && open ? pick.source
                                                                  : SeasonSource::Fallback,
                    pick.wording};
        if (!open)
            return {};
        if (pick.source != SeasonSource::Explicit && pastPlay)
            return {}; // "Park Ji-hu played On-jo": the released season
        return pick;
    }

    bool pair(const NameHit &actor, const NameHit &character, int begin, int end,
              const QString &how, bool pastPlay, QList<ExtractedClaim> *out) const
    {
        if (!m_ctx.ours(begin) || denied(begin, end))
            return false;
        const bool swapped = !actor.actor && character.actor;
        if (!swapped && !(actor.actor && !character.actor))
            return false;
        const SeasonPick pick = seasonFor(begin, end, pastPlay);
        if (pick.season <= 0)
            return true; // a pair, just not a claim: keep its names out of other patterns
        const Credit &a = m_ctx.show.credits.credit(actor.credit);
        const Credit &c = m_ctx.show.credits.credit(character.credit);
        ExtractedClaim claim =
            makeClaim(m_ctx, ClaimKind::Cast, pick, QStringLiteral("cast: ") + how);
        if (swapped) {
            // Written the wrong way round: keep what was written, point at the real credit.
            claim.claim.value = QJsonObject{{QStringLiteral("actor"), a.character},
                                            {QStringLiteral("character"), c.actor}};
            claim.claim.status = ClaimStatus::Contradicted;
            claim.contradictsActor = c.actor;
            claim.contradictsCharacter = c.character;
            claim.claim.note += QStringLiteral("; swapped actor and character");
        } else {
            claim.claim.value = QJsonObject{{QStringLiteral("actor"), a.actor},
                                            {QStringLiteral("character"), c.character}};
            if (actor.credit != character.credit) {
                claim.claim.status = ClaimStatus::Contradicted;
                claim.contradictsActor = a.actor;
                claim.contradictsCharacter = a.character;
                claim.claim.note += QStringLiteral("; character belongs to ") + c.actor;
            }
        }
        out->append(claim);
        return true;
    }

    // "Park Ji-hu as Seo Yu-ri": a known actor and a name the show does not know yet.
    bool newCharacter(const NameHit &actor, int limit, QList<ExtractedClaim> *out)
    {
        int k = actor.tokEnd;
        int as = -1;
        for (int j = k; j < std::min(limit, k + 7); ++j) {
            if (tok(j).kind != Token::Word || separator(j))
                return false;
            if (tok(j).word == QLatin1String("as")) {
                as = j;
                break;
            }
        }
        if (as < 0)
            return false;
        int first = as + 1;
        if (word(first, "the") || word(first, "a"))
            return false; // "as the new villain": a description, not a name
        int last = first;
        while (last < limit && last < first + 3 && isNameWord(last) && !tok(last).possessive)
            ++last;
        if (last == first || (last < m_s.tokens.size() && tok(last).possessive))
            return false;
        const int words = last - first;
        bool hyphenated = false;
        for (int j = first; j < last; ++j)
            hyphenated = hyphenated || tok(j).word.contains(u'-');
        if (words < 2 && !hyphenated)
            return false; // one plain capitalised word is too often a place or a group
        if (!m_ctx.ours(actor.tokBegin) || denied(actor.tokBegin, last))
            return false;
        const SeasonPick pick = seasonFor(actor.tokBegin, last, false);
        if (pick.season <= 0)
            return false;
        const Credit &a = m_ctx.show.credits.credit(actor.credit);
        const QString name =
            m_s.text.mid(tok(first).start, tok(last - 1).end - tok(first).start).toString();
        ExtractedClaim claim =
            makeClaim(m_ctx, ClaimKind::Cast, pick, QStringLiteral("cast: Actor as new character"));
        claim.claim.value =
            QJsonObject{{QStringLiteral("actor"), a.actor}, {QStringLiteral("character"), name}};
        out->append(claim);
        return true;
    }

    bool isNameWord(int j) const
    {
        if (j >= m_s.tokens.size() || m_s.inDate.at(j))
            return false;
        const Token &t = tok(j);
        if (t.kind != Token::Word || !t.capitalised || t.classes != 0)
            return false;
        for (const ShowMention &m : m_s.shows) {
            if (j >= m.tokBegin && j < m.tokEnd)
                return false;
        }
        return true;
    }

    const RuleContext &m_ctx;
    const Sentence &m_s;
    QVarLengthArray<int, 48> m_nextReturn; // per token index: the next returning verb from it, or n
    QVarLengthArray<int, 48> m_prevReturn; // per token index: the last returning verb before it
    QVarLengthArray<int, 8> m_nextActor;   // per name index: the first actor's name from it
};

// People and roles the ledger does not know, by the shape of a name: two or three capitalised
// words the lexicon does not know ("Rhea Calloway"), or a known name. Read around the anchors
// coverage uses: "as", a play verb ("will portray", "voices"), "the role of", brackets, "played
// by" and list rows, with lists on both sides paired in order ("A and B will reprise their
// roles as C and D"). A new person is only ever in the actor slot of one of these patterns; a
// pair of two known names is the CastFinder's.
class ShapedCast {
public:
    ShapedCast(const CastFinder &f, const QList<bool> &paired) : m_f(f), m_s(f.m_s)
    {
        for (int i = 0; i < paired.size(); ++i) {
            if (paired.at(i))
                m_done.append({f.m_ctx.names.at(i).tokBegin, f.m_ctx.names.at(i).tokEnd});
        }
    }

    void run(QList<ExtractedClaim> *out)
    {
        const int n = int(m_s.tokens.size());
        if (listRow(out))
            return;
        for (int k = 0; k < n; ++k) {
            const Token &t = m_s.tokens.at(k);
            if (t.kind == Token::Punct) {
                if (t.punct == u'(')
                    bracket(k, out);
                continue;
            }
            if (k > 0 && word(k, "by") && (tok(k - 1).is(PlayVerb) || word(k - 1, "voiced"))) {
                playedBy(k, out);
                continue;
            }
            if (word(k, "playing") && (k == 0 || tok(k - 1).kind == Token::Punct))
                playingIs(k, out);
            if (word(k, "as") || t.is(PlayVerb) || voiceVerb(k) ||
                (word(k, "of") && word(k - 1, "role")))
                anchor(k, out);
        }
    }

private:
    struct Name {
        int begin = -1; // tokens of the name as written, rank and title words left out
        int end = -1;
        int hit = -1; // index into the known names, or -1 for a new name
        bool valid() const { return begin >= 0; }
    };

    bool word(int k, const char *w) const { return m_f.word(k, w); }
    const Token &tok(int k) const { return m_s.tokens.at(k); }

    bool voiceVerb(int k) const
    {
        return word(k, "voices") || word(k, "voicing") ||
               (word(k, "voice") && (word(k - 1, "will") || word(k - 1, "to")));
    }

    // Capitalised words that open a name without being part of it: a rank or title, or the
    // noun coverage puts before a new person ("newcomer Kit Halloran").
    static bool titleWord(QStringView w)
    {
        static const char *const words[] = {
            "ds",       "di",        "dci",        "dcs",        "dc",        "dsi",
            "pc",       "sgt",       "sergeant",   "inspector",  "detective", "lady",
            "lord",     "sir",       "dame",       "dr",         "doctor",    "prince",
            "princess", "king",      "queen",      "crown",      "captain",   "agent",
            "officer",  "professor", "newcomer",   "newcomers",  "actor",     "actress",
            "star",     "stars",     "veteran",    "singer",     "rapper",    "comedian",
            "idol",     "member",    "cast",       "joining",    "returning", "director",
            "writer",   "producer",  "showrunner", "creator",    "author",    "executive",
            "composer", "filmmaker", "host",       "sheriff",    "deputy",    "constable",
            "judge",    "mayor",     "colonel",    "lieutenant", "commander"};
        return ExtractText::isOneOf(w, words);
    }

    // The crew: a name after one of these is not a cast member's.
    static bool crewWord(QStringView w)
    {
        static const char *const words[] = {"director",  "writer", "producer",  "showrunner",
                                            "creator",   "author", "executive", "composer",
                                            "filmmaker", "host"};
        return ExtractText::isOneOf(w, words);
    }

    // Capitalised words that name companies, places and formats, not people.
    static bool organisationWord(QStringView w)
    {
        static const char *const words[] = {
            "prime",         "video",    "disney",      "apple",   "hbo",    "max",
            "hulu",          "bbc",      "itv",         "channel", "studio", "studios",
            "entertainment", "pictures", "productions", "network", "tv",     "plus",
            "paramount",     "peacock",  "crunchyroll", "amazon",  "photo",  "photos",
            "credit",        "courtesy", "getty",       "images",  "season", "series",
            "part",          "episode",  "trailer",     "teaser",  "poster", "first",
            "look"};
        return ExtractText::isOneOf(w, words);
    }

    bool nameWord(int k) const
    {
        if (k < 0 || k >= m_s.tokens.size() || !m_f.isNameWord(k) || acronym(m_s, k))
            return false;
        return !organisationWord(tok(k).word);
    }

    // The first known name whose token span satisfies `matches(tokBegin, tokEnd)`, or -1.
    template <typename Match> int findKnown(Match matches) const
    {
        const QList<NameHit> &names = m_f.m_ctx.names;
        for (int i = 0; i < names.size(); ++i) {
            if (matches(names.at(i).tokBegin, names.at(i).tokEnd))
                return i;
        }
        return -1;
    }
    int knownAt(int begin, int end) const // a known name exactly on [begin, end)
    {
        return findKnown([=](int b, int e) { return b == begin && e == end; });
    }
    int knownEndingAt(int end) const
    {
        return findKnown([=](int, int e) { return e == end; });
    }
    int knownStartingAt(int begin) const
    {
        return findKnown([=](int b, int) { return b == begin; });
    }

    // The name ending just before token `end`: a known one, or two or three name words.
    Name nameEndingAt(int end) const
    {
        const int hit = knownEndingAt(end);
        if (hit >= 0)
            return {m_f.m_ctx.names.at(hit).tokBegin, end, hit};
        int begin = end;
        while (begin > 0 && end - begin < 4 && nameWord(begin - 1) &&
               !(begin < end && tok(begin - 1).possessive))
            --begin;
        while (begin < end && titleWord(tok(begin).word)) {
            if (crewWord(tok(begin).word))
                return {}; // "Director Kim Seong-hun": not in front of the camera
            ++begin;
        }
        if (end - begin < 2 || end - begin > 3)
            return {};
        if (begin > 0 && nameWord(begin - 1) && !titleWord(tok(begin - 1).word))
            return {}; // four capitalised words in a row: a title, not a person
        return {begin, end, -1};
    }

    // The name starting at token `begin` (rank words skipped): a known one or one to three
    // name words; one word only when `single` allows it.
    Name nameStartingAt(int begin, bool single) const
    {
        while (begin < m_s.tokens.size() && titleWord(tok(begin).word) &&
               (nameWord(begin + 1) ||
                (begin + 2 < m_s.tokens.size() && tok(begin + 1).isPunct(u'.') &&
                 nameWord(begin + 2)))) { // "Dr. Kureha"
            if (crewWord(tok(begin).word))
                return {};
            begin += tok(begin + 1).isPunct(u'.') ? 2 : 1;
        }
        const int hit = knownStartingAt(begin);
        if (hit >= 0)
            return {begin, m_f.m_ctx.names.at(hit).tokEnd, hit};
        if (const Name h = honorificName(begin); h.valid())
            return h;
        int end = begin;
        while (end < m_s.tokens.size() && end - begin < 4 && nameWord(end)) {
            ++end;
            if (tok(end - 1).possessive)
                return {}; // "Nevermore's": a description follows
        }
        if (end == begin || end - begin > 3 || (end - begin == 1 && !single))
            return {};
        return {begin, end, -1};
    }

    // "Mr. 0", "Miss All Sunday", "Miss Wednesday": after an honorific any capitalised word or
    // number is part of a character's name, even one the lexicon or a show title has.
    Name honorificName(int begin) const
    {
        const int n = int(m_s.tokens.size());
        if (begin >= n || !tok(begin).capitalised ||
            !(word(begin, "mr") || word(begin, "miss") || word(begin, "mrs") || word(begin, "ms")))
            return {};
        int end = begin + 1;
        if (end < n && tok(end).isPunct(u'.'))
            ++end;
        const int first = end;
        while (end < n && end - first < 3 &&
               ((tok(end).kind == Token::Word && tok(end).capitalised) ||
                (tok(end).kind == Token::Number && end == first)))
            ++end;
        return end > first ? Name{begin, end, -1} : Name{};
    }

    bool isActor(const Name &n) const { return n.hit < 0 || m_f.m_ctx.names.at(n.hit).actor; }
    bool isRole(const Name &n) const { return n.hit < 0 || !m_f.m_ctx.names.at(n.hit).actor; }

    bool listGlue(int from, int to) const { return m_f.joined(from, to); }

    // Words between an actor and the anchor: auxiliaries, the verbs that introduce a role, a
    // ", who" clause.
    static bool verbPhraseWord(QStringView w)
    {
        static const char *const words[] = {
            "will",      "would",     "has",       "have",       "had",        "been",
            "be",        "is",        "are",       "was",        "cast",       "back",
            "return",    "returns",   "returning", "reprise",    "reprises",   "reprising",
            "their",     "his",       "her",       "roles",      "role",       "join",
            "joins",     "joined",    "joining",   "stars",      "star",       "starring",
            "again",     "also",      "too",       "now",        "set",        "to",
            "signed",    "on",        "who",       "officially", "reportedly", "takes",
            "take",      "taking",    "lands",     "land",       "landed",     "the",
            "newly",     "confirmed", "sure",      "expected",   "seen",       "in",
            "talks",     "appear",    "appears",   "both",       "all",        "once",
            "more",      "still",     "boards",    "board",      "boarded",    "series",
            "show",      "tapped",    "steps",     "step",       "stepping",   "into",
            "leads",     "lead",      "opposite",  "him",        "them",       "a",
            "recurring", "guest",     "main",      "supporting", "of",         "being",
            "shall"};
        return ExtractText::isOneOf(w, words);
    }

    // Actors before the anchor at `k`: a name, then more joined by "," / "and".
    QVarLengthArray<Name, 4> actorsBefore(int k) const
    {
        QVarLengthArray<Name, 4> actors;
        int j = k - 1;
        for (int skipped = 0; j >= 0 && skipped < 8; --j, ++skipped) {
            const Token &t = tok(j);
            if (t.kind == Token::Word && !t.capitalised && verbPhraseWord(t.word))
                continue;
            if (m_s.inSeason.at(j)) // "joins the cast of season 4 as"
                continue;
            // "Harlan Voss (The Crown) joins the cast as": the credits of other work in brackets
            if (t.isPunct(u')')) {
                int open = j - 1;
                while (open > std::max(0, j - 8) && !tok(open).isPunct(u'(') &&
                       !tok(open).isPunct(u')'))
                    --open;
                if (open > 0 && tok(open).isPunct(u'(')) {
                    j = open;
                    continue;
                }
            }
            if (t.isPunct(u',') && (word(j + 1, "who") || word(j + 1, "as") || word(j - 1, "too")))
                continue;
            if (t.kind == Token::Word && !t.capitalised && !m_f.separator(j) && t.classes == 0 &&
                skipped < 3 && word(j + 1, "as"))
                continue; // "is back behind the wheel as"
            break;
        }
        // "Eva Lindqvist, whose casting was announced in December, plays ...": skip the clause.
        if (j >= 0 && tok(j).isPunct(u',')) {
            for (int c = j - 1; c >= std::max(0, j - 12); --c) {
                if (tok(c).isPunct(u',') && (word(c + 1, "whose") || word(c + 1, "who"))) {
                    j = c - 1;
                    break;
                }
            }
        }
        Name a = nameEndingAt(j + 1);
        while (a.valid() && isActor(a) && !covered(a)) {
            actors.append(a);
            // Move to the previous item across list glue.
            int g = a.begin;
            while (g > 0 &&
                   (tok(g - 1).isPunct(u',') || word(g - 1, "and") || tok(g - 1).isPunct(u'&')))
                --g;
            if (g == a.begin || g == 0 || actors.size() >= 4)
                break;
            a = nameEndingAt(g);
        }
        std::reverse(actors.begin(), actors.end());
        return actors;
    }

    // Roles after the anchor at `k`: descriptive words, then a name; more joined by "," /
    // "and" (each with its own description: "her rival Kang Tae-yul").
    QVarLengthArray<Name, 4> rolesAfter(int k, bool strong) const
    {
        QVarLengthArray<Name, 4> roles;
        int j = k + 1;
        while (roles.size() < 4) {
            int described = 0;
            for (; j < m_s.tokens.size() && described < 5; ++j) {
                const Token &t = tok(j);
                if ((t.kind == Token::Word && !t.capitalised && !m_f.separator(j) &&
                     !m_s.inDate.at(j) && !t.is(Negation | ReturnVerb) && !descriptionBreak(j)) ||
                    acronym(m_s, j)) { // "as MI5 chief Diana Taverner"
                    ++described;
                    continue;
                }
                if (t.kind == Token::Word && t.possessive && described < 4) { // "Nevermore's new"
                    ++described;
                    continue;
                }
                if (t.isPunct(u',') && described > 0 && nameWord(j + 1) && !word(j - 1, "and"))
                    continue; // "her brother, Lev"
                break;
            }
            if (roles.isEmpty() && described > 0 && word(j - 1, "of") && word(j - 2, "voice"))
                described = 0; // "as the voice of Sung Jinwoo" names the role itself
            const Name r = nameStartingAt(j, strong || described > 0 || !roles.isEmpty());
            if (!r.valid() || !isRole(r))
                break;
            roles.append(r);
            int g = r.end;
            bool glued = false;
            while (g < m_s.tokens.size() && (tok(g).isPunct(u',') || word(g, "and"))) {
                glued = true;
                ++g;
            }
            if (!glued)
                break;
            j = g;
        }
        return roles;
    }

    // A verb or a preposition ends a role's description: "as head of Lumon Industries", "as
    // it moves to Seoul"; only "the voice of", "the role of" lead on to the name.
    bool descriptionBreak(int j) const
    {
        static const char *const words[] = {
            "is",    "are",    "was",  "were",  "will", "has",  "have", "had",  "that",  "which",
            "who",   "in",     "on",   "at",    "for",  "to",   "from", "into", "about", "over",
            "after", "before", "when", "where", "it",   "they", "he",   "she",  "we",    "than"};
        for (const char *w : words) {
            if (word(j, w))
                return true;
        }
        return word(j, "of") && !word(j - 1, "voice") && !word(j - 1, "role");
    }

    bool covered(const Name &n) const
    {
        for (const auto &d : m_done) {
            if (n.begin < d.second && d.first < n.end)
                return true;
        }
        return false;
    }

    // "as well as", "such as", "as soon as", "known as", "as part of": not a role.
    bool otherAs(int k) const
    {
        return word(k, "as") &&
               (word(k + 1, "well") || word(k + 1, "soon") || word(k + 1, "part") ||
                word(k + 1, "much") || word(k + 1, "many") || word(k + 1, "long") ||
                word(k - 1, "such") || word(k - 1, "known") || word(k - 1, "same") ||
                word(k - 1, "so") || word(k - 1, "as"));
    }

    // Fan casting and conditions ("fans want X as Y", "X would be perfect as Y", "if X
    // returns as Y") are not news about the season; a past verb ("X, who played Y") is
    // history unless the season is named.
    bool wished(int from, int to) const
    {
        return (m_s.classesIn(std::max(0, from - 4), to) & (Conditional | Desire)) != 0;
    }

    void anchor(int k, QList<ExtractedClaim> *out)
    {
        if (otherAs(k))
            return;
        const QVarLengthArray<Name, 4> actors = actorsBefore(k);
        if (actors.isEmpty())
            return;
        const bool strong = !word(k, "as") || word(k - 1, "cast") || m_s.has(ReturnVerb);
        const QVarLengthArray<Name, 4> roles = rolesAfter(k, strong);
        if (roles.isEmpty())
            return;
        if (actors.size() > 1 && actors.size() != roles.size())
            return; // the roles do not line up one to one
        const int count = std::min(actors.size(), roles.size());
        bool past = false;
        for (int j = std::max(actors.back().end, k - 1); j <= k; ++j) // "starred as", "played"
            past = past || tok(j).is(Past) || word(j, "played") || word(j, "portrayed") ||
                   word(j, "voiced");
        for (int i = 0; i < count; ++i) {
            const bool unknown = actors.at(i).hit < 0 || roles.at(i).hit < 0;
            if (unknown && wished(actors.front().begin, roles.at(count - 1).end))
                continue;
            claimPair(actors.at(i), roles.at(i), actors.front().begin, roles.at(count - 1).end,
                      QStringLiteral("new names: Actor as Character"), past, out);
        }
    }

    // "Erik Dahl, will be played by Jeppe Lund", "Mai Sumida, a transfer student, will be
    // voiced by Saori Onishi", "Abby, played by Kaitlyn Dever": the role first, then "by" and
    // the actor (`k` is "by"). A description between commas is skipped.
    void playedBy(int k, QList<ExtractedClaim> *out)
    {
        const Name actor = nameStartingAt(k + 1, false);
        if (!actor.valid())
            return;
        bool past = false;
        int e = k - 1; // the verb
        while (e > 0 && (tok(e - 1).isPunct(u',') ||
                         (tok(e - 1).kind == Token::Word && !tok(e - 1).capitalised &&
                          verbPhraseWord(tok(e - 1).word)))) {
            past = past || word(e - 1, "was") || word(e - 1, "had");
            --e;
        }
        Name role = nameEndingAt(e);
        if (!role.valid() && e > 0) {
            // "Mai Sumida, a transfer student who hunts aliens, will be": the name before the
            // description, within a few words.
            for (int c = e - 2; c > 0 && c >= e - 12 && !role.valid(); --c) {
                if (tok(c).isPunct(u','))
                    role = nameEndingAt(c);
            }
        }
        if (!role.valid() && e > 0 && (e == 1 || tok(e - 2).kind == Token::Punct))
            role = singleRole(e - 1); // "Abby, played by Kaitlyn Dever"
        if (!role.valid() || (role.hit >= 0 && actor.hit >= 0))
            return; // two known names are the CastFinder's
        claimPair(actor, role, role.begin, actor.end,
                  QStringLiteral("new names: Character, played by Actor"), past, out);
    }

    // "Playing Diana Taverner once more is Kristin Scott Thomas" (`k` is "Playing").
    void playingIs(int k, QList<ExtractedClaim> *out)
    {
        const Name role = nameStartingAt(k + 1, true);
        if (!role.valid())
            return;
        int j = role.end;
        while (j < m_s.tokens.size() &&
               (word(j, "once") || word(j, "more") || word(j, "again") || word(j, "this") ||
                word(j, "time") || word(j, "now") || tok(j).isPunct(u',')))
            ++j;
        if (!(word(j, "is") || (word(j, "will") && word(j + 1, "be"))))
            return;
        j += word(j, "is") ? 1 : 2;
        const Name actor = nameStartingAt(j, false);
        if (!actor.valid())
            return;
        claimPair(actor, role, k, actor.end, QStringLiteral("Playing Character is Actor"), false,
                  out);
    }

    // One capitalised word the lexicon does not know, as a character's name: only where the
    // sentence itself makes it a role ("Abby, played by").
    Name singleRole(int k) const
    {
        if (k < 0 || !nameWord(k))
            return {};
        const int hit = knownStartingAt(k);
        if (hit >= 0)
            return {k, m_f.m_ctx.names.at(hit).tokEnd, hit};
        return {k, k + 1, -1};
    }

    // "Maomao (Aoi Yuki)", "Rhea Calloway (Lorna Pike)": one side known, or both names.
    void bracket(int k, QList<ExtractedClaim> *out)
    {
        const Name before = nameEndingAt(k);
        Name inside = nameStartingAt(k + 1, true);
        if (!before.valid() || !inside.valid() || inside.end >= m_s.tokens.size() ||
            !tok(inside.end).isPunct(u')'))
            return;
        if ((before.hit >= 0) == (inside.hit >= 0))
            return; // two known names are the CastFinder's; two new ones may be anything

        const bool actorFirst =
            before.hit >= 0 ? isActor(before) : !(inside.hit >= 0 && isActor(inside));
        if (inside.hit < 0 && inside.end - inside.begin < 2 && !actorFirst)
            return;
        if (actorFirst)
            claimPair(before, inside, before.begin, inside.end + 1,
                      QStringLiteral("new names: X (Y)"), false, out);
        else
            claimPair(inside, before, before.begin, inside.end + 1,
                      QStringLiteral("new names: X (Y)"), false, out);
    }

    // A line of its own: "Yui Sakamoto – Orla Venn", the actor first unless the names say
    // otherwise.
    bool listRow(QList<ExtractedClaim> *out)
    {
        const int n = int(m_s.tokens.size());
        for (int k = 1; k + 1 < n; ++k) {
            if (!(tok(k).isPunct(u'-') || tok(k).isPunct(u'|')))
                continue;
            const Name a = nameStartingAt(0, false);
            const Name b = nameStartingAt(k + 1, false);
            if (!a.valid() || a.end != k || !b.valid() || (b.end != n && !tok(b.end).isPunct(u'|')))
                return false;
            if (a.hit >= 0 && b.hit >= 0)
                return false;
            if (a.hit < 0 && b.hit < 0 && !m_s.heading)
                return false;
            if (isActor(a) && isRole(b))
                claimPair(a, b, 0, b.end, QStringLiteral("new names: list row Actor - Character"),
                          false, out);
            else if (isActor(b) && isRole(a))
                claimPair(b, a, 0, b.end, QStringLiteral("new names: list row Character - Actor"),
                          false, out);
            return true;
        }
        return false;
    }

    void claimPair(const Name &actor, const Name &role, int begin, int end, const QString &how,
                   bool past, QList<ExtractedClaim> *out)
    {
        if (covered(actor) || covered(role))
            return;
        const QList<NameHit> &names = m_f.m_ctx.names;
        if (actor.hit >= 0 && role.hit >= 0) { // "returns as DS Morwenna Lusk": a rank between
            if (m_f.pair(names.at(actor.hit), names.at(role.hit), begin, end, how, past, out)) {
                m_done.append({actor.begin, actor.end});
                m_done.append({role.begin, role.end});
            }
            return;
        }
        if (!m_f.m_ctx.ours(begin) || m_f.denied(begin, end))
            return;
        const SeasonPick pick = m_f.seasonFor(begin, end, past);
        m_done.append({actor.begin, actor.end});
        m_done.append({role.begin, role.end});
        if (pick.season <= 0)
            return;
        const CreditIndex &credits = m_f.m_ctx.show.credits;
        const QString actorName =
            actor.hit >= 0 ? credits.credit(names.at(actor.hit).credit).actor : text(actor);
        const QString roleName =
            role.hit >= 0 ? credits.credit(names.at(role.hit).credit).character : text(role);
        ExtractedClaim claim =
            makeClaim(m_f.m_ctx, ClaimKind::Cast, pick, QStringLiteral("cast: ") + how);
        claim.claim.value = QJsonObject{{QStringLiteral("actor"), actorName},
                                        {QStringLiteral("character"), roleName}};
        out->append(claim);
    }

    QString text(const Name &n) const
    {
        return m_s.text.mid(tok(n.begin).start, tok(n.end - 1).end - tok(n.begin).start).toString();
    }

    const CastFinder &m_f;
    const Sentence &m_s;
    QVarLengthArray<std::pair<int, int>, 8> m_done; // token ranges of names already paired
};

void CastFinder::shapedPairs(const QList<bool> &paired, QList<ExtractedClaim> *out) const
{
    ShapedCast(*this, paired).run(out);
}

} // namespace

void castClaims(const RuleContext &ctx, QList<ExtractedClaim> *out)
{
    CastFinder(ctx).run(out);
}

} // namespace ExtractDetail
