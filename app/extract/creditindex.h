#pragma once

#include "domain/catalog.h"
#include "extract/tokens.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

// The people and roles of one show, found in a sentence's tokens. Names compare without case
// and hyphens ("Ji-hu", "Jihu", "JI-HU"), and a character's short name ("Dae-su", or the last
// hyphenated part of "Yang Dae-su") stands for the full one.
namespace ExtractDetail {

struct NameHit {
    int tokBegin = 0;
    int tokEnd = 0; // one past the last token
    int credit = 0; // index into the credits
    bool actor = false;
};

class CreditIndex {
public:
    CreditIndex() = default;
    explicit CreditIndex(const QList<Credit> &credits);

    // Longest names first at each token, left to right, without overlaps.
    QList<NameHit> find(const QList<Token> &tokens) const;

    const Credit &credit(int index) const { return m_credits.at(index); }
    bool isEmpty() const { return m_names.isEmpty(); }
    // Words of every name (folded, hyphens removed): a capitalised word that is part of a
    // person's name is not a show title.
    const QSet<QString> &nameWords() const { return m_nameWords; }

    static QString key(QStringView word); // folded, hyphens and apostrophes removed

private:
    struct Name {
        QStringList words; // keys
        int credit = 0;
        bool actor = false;
        bool bare = false;        // a surname or first name alone: only where no name continues
        bool distinctive = false; // two words or a hyphen: found in lower case too
    };
    QList<Credit> m_credits;
    QList<Name> m_names;
    QHash<quint32, QList<int>> m_byFirstWord; // by hash of the first word's key
    QSet<QString> m_nameWords;
};

} // namespace ExtractDetail
