#include "extract/creditindex.h"

#include "extract/lexicon.h"
#include "extract/textscan.h"

namespace ExtractDetail {

namespace {

bool ignored(char16_t c)
{
    return ExtractText::isDash(c) || ExtractText::isApostrophe(c);
}

// Hash and comparison of a word's key without building it: no allocation per token.
quint32 keyHash(QStringView word)
{
    quint32 h = 2166136261u;
    for (QChar c : word) {
        if (!ignored(c.unicode()))
            h = (h ^ ExtractText::fold(c.unicode())) * 16777619u;
    }
    return h;
}

bool sameKey(QStringView word, const QString &key)
{
    qsizetype k = 0;
    for (QChar c : word) {
        if (ignored(c.unicode()))
            continue;
        if (k >= key.size() || key.at(k++).unicode() != ExtractText::fold(c.unicode()))
            return false;
    }
    return k == key.size();
}

// "Jack Lowden", "Kristin Scott Thomas": two or three words, no hyphen, each long enough to be
// a name rather than an initial.
bool westernName(const QStringList &parts)
{
    if (parts.size() < 2 || parts.size() > 3)
        return false;
    for (const QString &p : parts) {
        if (p.size() < 3 || p.contains(u'-') || p.contains(u'.') || !p.at(0).isUpper())
            return false;
    }
    return true;
}

bool capitalisedWord(const QList<Token> &tokens, int i)
{
    return i >= 0 && i < tokens.size() && tokens.at(i).kind == Token::Word &&
           tokens.at(i).capitalised && !tokens.at(i).is(Lexicon::StopCapital); // not "As Lamb"
}

} // namespace

QString CreditIndex::key(QStringView word)
{
    QString out;
    out.reserve(word.size());
    for (QChar c : word) {
        const char16_t u = c.unicode();
        if (ExtractText::isDash(u) || ExtractText::isApostrophe(u))
            continue;
        out.append(QChar(ExtractText::fold(u)));
    }
    return out;
}

CreditIndex::CreditIndex(const QList<Credit> &credits) : m_credits(credits)
{
    // Short names that two credits share would pick a person at random: they are left out.
    QHash<QString, int> shortNameOwners;
    QList<Name> shortNames;
    auto addName = [&](const QString &text, int credit, bool actor, bool isShort,
                       bool bare = false) {
        Name name;
        name.credit = credit;
        name.actor = actor;
        name.bare = bare;
        name.distinctive = !bare && (text.contains(u'-') || text.count(u' ') >= 1);
        for (const QString &w : text.split(u' ', Qt::SkipEmptyParts))
            name.words << key(w);
        if (name.words.isEmpty())
            return;
        if (!isShort) {
            m_names << name;
            return;
        }
        const QString joined = name.words.join(u' ');
        auto owner = shortNameOwners.find(joined);
        if (owner == shortNameOwners.end())
            shortNameOwners.insert(joined, credit);
        else if (owner.value() != credit)
            owner.value() = -1;
        shortNames << name;
    };
    for (int i = 0; i < credits.size(); ++i) {
        const Credit &c = credits.at(i);
        addName(c.actor, i, true, false);
        addName(c.character, i, false, false);
        QStringList shorts = c.characterAliases;
        const QStringList parts = c.character.split(u' ', Qt::SkipEmptyParts);
        if (parts.size() > 1 && parts.last().contains(u'-'))
            shorts << parts.last();
        // "Captain Seo Gil-man" is also written "Seo Gil-man": the name after a title word.
        if (parts.size() > 2)
            shorts << QStringList(parts.mid(1)).join(u' ');
        for (const QString &s : shorts) {
            if (s.simplified() != c.character.simplified())
                addName(s, i, false, true);
        }
        // British and American coverage names people by surname ("Lowden and Reeves return as
        // Cartwright and Standish") and characters by first name too ("back as Catherine").
        // Only for names written in the Western order without hyphens: "Zo In-sung" is never
        // "In-sung" in an article, and "Ji-hu" is already the character short name above.
        const QStringList actorParts = c.actor.split(u' ', Qt::SkipEmptyParts);
        if (westernName(actorParts))
            addName(actorParts.last(), i, true, true, true);
        if (westernName(parts)) {
            addName(parts.last(), i, false, true, true);
            addName(parts.first(), i, false, true, true);
        }
    }
    for (const Name &name : shortNames) {
        if (shortNameOwners.value(name.words.join(u' ')) == name.credit)
            m_names << name;
    }
    for (int i = 0; i < m_names.size(); ++i) {
        m_byFirstWord[keyHash(m_names.at(i).words.first())].append(i);
        for (const QString &w : m_names.at(i).words)
            m_nameWords.insert(w);
    }
}

QList<NameHit> CreditIndex::find(const QList<Token> &tokens) const
{
    QList<NameHit> hits;
    if (m_names.isEmpty())
        return hits;
    const int n = int(tokens.size());
    for (int i = 0; i < n; ++i) {
        const Token &t = tokens.at(i);
        // Forum text is often all lower case ("zo in-sung is back as doo-sik"): a full name or
        // a hyphenated one still reads as that person; a single plain word does not.
        if (t.kind != Token::Word)
            continue;
        const auto it = m_byFirstWord.constFind(keyHash(t.word));
        if (it == m_byFirstWord.constEnd())
            continue;
        int bestEnd = -1;
        int best = -1;
        for (int index : it.value()) {
            const Name &name = m_names.at(index);
            const int end = i + int(name.words.size());
            if (end > n || end <= bestEnd || (!t.capitalised && !name.distinctive))
                continue;
            bool ok = sameKey(t.word, name.words.first());
            for (int k = 1; k < name.words.size() && ok; ++k) {
                const Token &w = tokens.at(i + k);
                // Only the last word may carry a possessive ("Park Ji-hu's").
                ok = w.kind == Token::Word && !tokens.at(i + k - 1).possessive &&
                     sameKey(w.word, name.words.at(k));
            }
            if (ok) {
                bestEnd = end;
                best = index;
            }
        }
        if (best < 0)
            continue;
        // A surname or first name alone, with another capitalised word beside it, is part of
        // someone else's name ("Tom Jones" is not Suranne Jones).
        if (m_names.at(best).bare &&
            (capitalisedWord(tokens, i - 1) || (!t.possessive && capitalisedWord(tokens, bestEnd))))
            continue;
        hits.append({i, bestEnd, m_names.at(best).credit, m_names.at(best).actor});
        i = bestEnd - 1;
    }
    return hits;
}

} // namespace ExtractDetail
