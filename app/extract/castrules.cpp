#include "extract/lexicon.h"
#include "extract/rules.h"

#include <QJsonObject>
#include <QVarLengthArray>

#include <algorithm>

// Cast pairs, read between two names the show knows (adjacent in the sentence):
//   actor-first:     "Actor as Character", "Actor returns as Character", "Actor, who plays
//                    Character", "Actor seen as / in the role of Character", "Actor's
//                    Character", "Actor (Character)"
//   character-first: "Character, played by Actor", "Character (Actor)"
// Lists are consecutive pairs ("A as X, B as Y and C as Z"). Only the actor slot decides who
// the person is: an unknown actor is never a claim. A known actor may take a new character
// name ("Actor as Seo Yu-ri") when it looks like a name: capitalised words the lexicon does not
// know. The season is the one the pair is about; a returning verb ("returns", "reprise",
// "back") puts it in the upcoming season even when "who played On-jo in season 1" names the
// old one. Negative phrasing ("will not return", "killed off", "exits") gives no claim.

namespace ExtractDetail {

using namespace Lexicon;

namespace {

enum class Slots { None, ActorFirst, CharacterFirst, ByKind };

class CastFinder {
public:
    explicit CastFinder(const RuleContext &ctx) : m_ctx(ctx), m_s(ctx.s) {}

    void run(QList<ExtractedClaim> *out)
    {
        if (m_ctx.names.isEmpty())
            return;
        indexReturningVerbs();
        const QList<NameHit> &names = m_ctx.names;
        QList<bool> paired(names.size(), false);
        respectively(&paired, out);
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
                paired[i] = paired[i + 1] = true;
        }
        for (int i = 0; i < names.size(); ++i) {
            if (!paired.at(i) && names.at(i).actor)
                newCharacter(
                    names.at(i),
                    i + 1 < names.size() ? names.at(i + 1).tokBegin : int(m_s.tokens.size()), out);
        }
    }

private:
    const Token &tok(int i) const { return m_s.tokens.at(i); }

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
    void respectively(QList<bool> *paired, QList<ExtractedClaim> *out)
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
        // A list line: "Jang Ha-ri - Ha Seung-ri", "Nam On-jo: Park Ji-hu"
        if (count == 1 && (tok(from).isPunct(u'-') || tok(from).isPunct(u':')) && a.tokBegin == 0 &&
            b.tokEnd == m_s.tokens.size()) {
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
            if (tok(j).kind == Token::Word && !tok(j).capitalised && tok(j).classes == 0 &&
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
        if (back == 0 && m_s.has(Death | CastNegative))
            return true;
        for (int k = std::max(0, begin - 6); k < std::min(end + 3, int(m_s.tokens.size())); ++k) {
            if (word(k, "whether") || word(k, "unclear") || word(k, "unknown"))
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
              const QString &how, bool pastPlay, QList<ExtractedClaim> *out)
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
    void newCharacter(const NameHit &actor, int limit, QList<ExtractedClaim> *out)
    {
        int k = actor.tokEnd;
        int as = -1;
        for (int j = k; j < std::min(limit, k + 7); ++j) {
            if (tok(j).kind != Token::Word || separator(j))
                return;
            if (tok(j).word == QLatin1String("as")) {
                as = j;
                break;
            }
        }
        if (as < 0)
            return;
        int first = as + 1;
        if (word(first, "the") || word(first, "a"))
            return; // "as the new villain": a description, not a name
        int last = first;
        while (last < limit && last < first + 3 && isNameWord(last) && !tok(last).possessive)
            ++last;
        if (last == first || (last < m_s.tokens.size() && tok(last).possessive))
            return;
        const int words = last - first;
        bool hyphenated = false;
        for (int j = first; j < last; ++j)
            hyphenated = hyphenated || tok(j).word.contains(u'-');
        if (words < 2 && !hyphenated)
            return; // one plain capitalised word is too often a place or a group
        if (!m_ctx.ours(actor.tokBegin) || denied(actor.tokBegin, last))
            return;
        const SeasonPick pick = seasonFor(actor.tokBegin, last, false);
        if (pick.season <= 0)
            return;
        const Credit &a = m_ctx.show.credits.credit(actor.credit);
        const QString name =
            m_s.text.mid(tok(first).start, tok(last - 1).end - tok(first).start).toString();
        ExtractedClaim claim =
            makeClaim(m_ctx, ClaimKind::Cast, pick, QStringLiteral("cast: Actor as new character"));
        claim.claim.value =
            QJsonObject{{QStringLiteral("actor"), a.actor}, {QStringLiteral("character"), name}};
        out->append(claim);
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

} // namespace

void castClaims(const RuleContext &ctx, QList<ExtractedClaim> *out)
{
    CastFinder(ctx).run(out);
}

} // namespace ExtractDetail
