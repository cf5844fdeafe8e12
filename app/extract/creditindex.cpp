#include "extract/creditindex.h"

#include "extract/textscan.h"

namespace ExtractDetail {

QString CreditIndex::key(const QString &word)
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
    auto addName = [&](const QString &text, int credit, bool actor, bool isShort) {
        Name name;
        name.credit = credit;
        name.actor = actor;
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
        for (const QString &s : shorts) {
            if (s.simplified() != c.character.simplified())
                addName(s, i, false, true);
        }
    }
    for (const Name &name : shortNames) {
        if (shortNameOwners.value(name.words.join(u' ')) == name.credit)
            m_names << name;
    }
    for (int i = 0; i < m_names.size(); ++i) {
        m_byFirstWord[m_names.at(i).words.first()].append(i);
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
        if (t.kind != Token::Word || !t.capitalised)
            continue;
        const auto it = m_byFirstWord.constFind(key(t.word));
        if (it == m_byFirstWord.constEnd())
            continue;
        int bestEnd = -1;
        int best = -1;
        for (int index : it.value()) {
            const Name &name = m_names.at(index);
            const int end = i + int(name.words.size());
            if (end > n || end <= bestEnd)
                continue;
            bool ok = true;
            for (int k = 1; k < name.words.size() && ok; ++k) {
                const Token &w = tokens.at(i + k);
                // Only the last word may carry a possessive ("Park Ji-hu's").
                ok = w.kind == Token::Word && !tokens.at(i + k - 1).possessive &&
                     key(w.word) == name.words.at(k);
            }
            if (ok) {
                bestEnd = end;
                best = index;
            }
        }
        if (best < 0)
            continue;
        hits.append({i, bestEnd, m_names.at(best).credit, m_names.at(best).actor});
        i = bestEnd - 1;
    }
    return hits;
}

} // namespace ExtractDetail
