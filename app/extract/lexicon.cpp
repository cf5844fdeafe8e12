#include "extract/lexicon.h"

#include <QHash>

#include <vector>

namespace Lexicon {
namespace {

struct Row {
    const char *words; // space-separated
    quint64 classes;
};

// Spelling variants are listed rather than stemmed: a stemmer would turn "aired" and
// "airport" into the same kind of evidence, and the lists stay auditable.
const Row rows[] = {
    {"premiere premieres premiered premiering release releases released releasing debut debuts "
     "debuted debuting arrive arrives arrived arriving arrival drop drops dropped dropping stream "
     "streams streamed streaming air airs aired airing launch launches launched launching land "
     "lands landing hits hitting return returns returning comeback broadcast broadcasts bow "
     "bows",
     ReleaseStrong},
    {"expect expected expecting slated due scheduled coming set pencilled penciled earmarked "
     "targeted targeting targets eyed eyeing aiming readied lists listed listing",
     ReleaseWeak},
    {"back", ReleaseWeak | ReturnVerb},
    {"filming shooting production cameras photography shoot", ProductionNoun},
    {"film", ProductionNoun | OtherEvent},
    {"begin began begun begins beginning start started starts starting commence commenced "
     "commences commencing kicked underway rolling ongoing resumed resume",
     StartVerb},
    {"wrap wraps wrapped wrapping finish finished finishes finishing complete completed completes "
     "concluded concludes ended ends",
     WrapVerb},
    {"roll rolls rolled", StartVerb},
    {"pre-production preproduction", PreProduction},
    {"post-production postproduction", PostProduction},
    {"filmed filming shot", FilmingVerb},
    {"renew renews renewed renewing renewal recommission recommissions recommissioned "
     "recommissioning greenlit green-lit greenlighted greenlight "
     "greenlights green-light green-lights green-lighted",
     Renew},
    {"cancel cancels cancelled canceled cancelling canceling cancellation axed axes scrapped",
     Cancel},
    {"announced announce announces announcement confirmed confirms confirm confirmation", Announce},
    {"teaser teasers trailer trailers photo photos pictures picture images image footage video "
     "videos clip clips poster posters interview interviews told event panel festival award "
     "awards ceremony anniversary webtoon comic novel book script reading audition auditions "
     "casting birthday wedding enlistment enlisted military concert tour album movie movies "
     "films project musical fan-meeting fanmeeting livestream instagram twitter tiktok "
     "weibo post posted finale finales screening screenings",
     OtherEvent},
    {"not no never cannot can't won't isn't aren't wasn't weren't hasn't haven't hadn't doesn't "
     "don't didn't shouldn't wouldn't couldn't neither nor unlikely yet without deny denies "
     "denied denying refutes refuted dismissed dismisses",
     Negation},
    {"rumour rumours rumoured rumor rumors rumored speculation speculated speculate speculative "
     "reportedly allegedly alleged unconfirmed whispers buzz insider insiders leak leaks leaked "
     "hope hopes hoping hoped theory theories theorise theorize appears appeared appear seems "
     "seemed seem apparently gossip",
     HedgeRumour},
    {"if assuming unless could might would should probably likely possibly perhaps maybe guess "
     "estimate estimated estimates predict predicts predicted prediction predictions projected "
     "presumably potentially possible expect whether unclear",
     HedgeEstimate},
    {"if whether unless could might would may hope hopes hoping possible possibility chance "
     "chances odds potential potentially",
     Conditional},
    {"originally initially previously formerly impossible wrong outdated obsolete", Retracted},
    {"was were had dropped premiered released debuted aired arrived landed streamed ran "
     "consisted comprised starred",
     Past},
    {"return returns returning returned reprise reprises reprising rejoin rejoins rejoining",
     ReturnVerb},
    {"killed exit exits exited exiting leave leaves leaving left departure departs departed "
     "replaced recast axed fired gone",
     CastNegative},
    {"dies died death dead", Death},
    {"love like hope hopes hoping want wants wanted wish wishes eager keen need needs", Desire},
    {"play plays played playing portray portrays portrayed portraying", PlayVerb},
    {"season seasons series instalment installment outing chapter", SeasonNoun},
    {"new next upcoming returning forthcoming another", UpcomingAdj},
    {"sequel follow-up followup", Sequel},
    {"but while whereas although though however", ClauseWord},
    {"new more fresh additional total brand-new hour-long full whole long extra full-length",
     CountAdjective},
    {"first last final opening initial top remaining earlier previous", CountExclude},
    {"the a an this that these those its it their his her our your my next new upcoming "
     "netflix korean k-drama for of in on at to and or with about will when is are was were "
     "does did do why how what where who until before after season part official officially "
     "confirmed release premiere cast plot trailer teaser date everything know coming return "
     "returns renewed renews update news latest exclusive report first second third final whole "
     "entire full zombie drama series show episode episodes if as but so then now also even "
     "still fans viewers hit popular korea seoul all both each every another than here there "
     "however meanwhile while unlike like season's",
     StopCapital},
    {"show series drama sequel it anthology season", SubjectNoun},
    {"week weekly weeks", PerWeek},
    {"is are be being been currently now was were", Copula},
    {"its their his her", Possessive},
    {"role character part", Role},
};

const char *const numberWords[] = {
    "zero",     "one",     "two",     "three",     "four",     "five",     "six",
    "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
const char *const ordinalWords[] = {"zeroth", "first",   "second", "third", "fourth", "fifth",
                                    "sixth",  "seventh", "eighth", "ninth", "tenth"};

QHash<QString, Entry> build()
{
    QHash<QString, Entry> table;
    for (const Row &row : rows) {
        const QStringList words = QString::fromLatin1(row.words).split(u' ', Qt::SkipEmptyParts);
        for (const QString &w : words)
            table[w].classes |= row.classes;
    }
    for (int i = 1; i <= 20; ++i) {
        Entry &e = table[QString::fromLatin1(numberWords[i])];
        e.classes |= NumberWord;
        e.value = i;
    }
    for (int i = 1; i <= 10; ++i) {
        Entry &e = table[QString::fromLatin1(ordinalWords[i])];
        e.classes |= Ordinal;
        e.value = i;
    }
    Entry &sophomore = table[QStringLiteral("sophomore")];
    sophomore.classes |= Ordinal;
    sophomore.value = 2;
    return table;
}

// Open addressing keyed by a hash of the view: a lookup allocates nothing, which matters
// because every token of every sentence of a linked article is looked up.
class Table {
public:
    Table()
    {
        const QHash<QString, Entry> words = build();
        size_t size = 1;
        while (size < size_t(words.size()) * 4)
            size <<= 1;
        m_mask = size - 1;
        m_slots.resize(size);
        for (auto it = words.cbegin(); it != words.cend(); ++it) {
            size_t slot = hash(it.key()) & m_mask;
            while (!m_slots[slot].key.isNull())
                slot = (slot + 1) & m_mask;
            m_slots[slot] = {it.key(), it.value()};
        }
    }

    Entry find(QStringView word) const
    {
        for (size_t slot = hash(word) & m_mask; !m_slots[slot].key.isNull();
             slot = (slot + 1) & m_mask) {
            if (m_slots[slot].key == word)
                return m_slots[slot].entry;
        }
        return {};
    }

private:
    static size_t hash(QStringView w)
    {
        quint32 h = 2166136261u;
        for (QChar c : w)
            h = (h ^ c.unicode()) * 16777619u;
        return h;
    }

    struct Slot {
        QString key;
        Entry entry;
    };
    std::vector<Slot> m_slots;
    size_t m_mask = 0;
};

} // namespace

Entry lookup(QStringView word)
{
    static const Table table; // immutable after first use
    return table.find(word);
}

} // namespace Lexicon
