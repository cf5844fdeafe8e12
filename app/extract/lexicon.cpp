#include "extract/lexicon.h"

#include <QHash>

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
     "lands landing hits hitting return returns returning comeback",
     ReleaseStrong},
    {"expect expected expecting slated due scheduled coming set", ReleaseWeak},
    {"back", ReleaseWeak | ReturnVerb},
    {"filming shooting production cameras photography shoot", ProductionNoun},
    {"film", ProductionNoun | OtherEvent},
    {"begin began begun begins beginning start started starts starting commence commenced "
     "commences commencing kicked underway rolling ongoing resumed resume",
     StartVerb},
    {"wrap wraps wrapped wrapping finish finished finishes finishing complete completed completes "
     "concluded concludes ended ends",
     WrapVerb},
    {"pre-production preproduction", PreProduction},
    {"post-production postproduction", PostProduction},
    {"filmed filming shot", FilmingVerb},
    {"renew renews renewed renewing renewal greenlit green-lit greenlighted greenlight "
     "green-light green-lighted",
     Renew},
    {"cancel cancels cancelled canceled cancelling canceling cancellation axed axes scrapped",
     Cancel},
    {"announced announce announces announcement confirmed confirms confirm confirmation", Announce},
    {"teaser teasers trailer trailers photo photos pictures picture images image footage video "
     "videos clip clips poster posters interview interviews told event panel festival award "
     "awards ceremony anniversary webtoon comic novel book script reading audition auditions "
     "casting birthday wedding enlistment enlisted military concert tour album movie movies "
     "films project musical fan-meeting fanmeeting livestream instagram twitter tiktok "
     "weibo post posted",
     OtherEvent},
    {"not no never cannot can't won't isn't aren't wasn't weren't hasn't haven't hadn't doesn't "
     "don't didn't shouldn't wouldn't couldn't neither nor unlikely yet without",
     Negation},
    {"rumour rumours rumoured rumor rumors rumored speculation speculated speculate speculative "
     "reportedly allegedly alleged unconfirmed whispers buzz insider insiders leak leaks leaked "
     "hope hopes hoping hoped theory theories theorise theorize appears appeared appear seems "
     "seemed seem apparently gossip",
     HedgeRumour},
    {"if assuming unless could might would should probably likely possibly perhaps maybe guess "
     "estimate estimated estimates predict predicts predicted prediction predictions projected "
     "presumably potentially possible",
     HedgeEstimate},
    {"if whether unless could might would may hope hopes hoping possible possibility chance "
     "chances odds potential potentially",
     Conditional},
    {"originally initially previously formerly", Retracted},
    {"was were had dropped premiered released debuted aired arrived landed streamed ran "
     "consisted comprised starred",
     Past},
    {"return returns returning returned reprise reprises reprising rejoin rejoins rejoining",
     ReturnVerb},
    {"killed exit exits exited exiting leave leaves leaving left departure departs departed "
     "replaced recast axed fired",
     CastNegative},
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
    {"show series drama sequel it", SubjectNoun},
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

} // namespace

Entry lookup(const QString &word)
{
    static const QHash<QString, Entry> table = build(); // immutable after first use
    return table.value(word);
}

} // namespace Lexicon
