#include "extract/boilerplate.h"

#include "extract/showmatcher.h"
#include "extract/textscan.h"

#include <QString>
#include <QStringList>

#include <iterator>

namespace Boilerplate {
namespace {

// Matched at the start of a sentence, followed by anything.
const char *const navigationPrefixes[] = {
    "see also",
    "also read",
    "also see",
    "read also",
    "read more",
    "read next",
    "read:",
    "related",
    "recommended",
    "trending",
    "must read",
    "must-read",
    "don't miss",
    "dont miss",
    "more:",
    "more from",
    "more on",
    "watch:",
    "watch now",
    "watch the",
    "listen:",
    "advertisement",
    "sponsored",
    "click here",
    "share this",
    "share on",
    "tags:",
    "tagged:",
    "image:",
    "photo:",
    "image credit",
    "photo credit",
    "credit:",
    "source:",
    "copyright",
    "\u00a9",
    "subscribe",
    "sign up",
    "download our",
    "download the",
    "follow us",
    "join our",
    "we use cookies",
    "this site uses",
    "this website uses",
    "by continuing",
    "accept all",
    "cookie",
    "up next",
    "next article",
    "previous article",
    "next story",
    "previous story",
    "get the latest",
    "newsletter",
    "home \u00bb",
    "home >",
    "home /",
    "skip to",
    "back to top",
    "log in",
    "login",
    "sign in",
    "you may also like",
    "you might also like",
    "editor's pick",
    "editors' picks",
    "top stories",
    "latest news",
    "catch up",
};

// Matched anywhere: footers glued into a paragraph by a scraper.
const char *const footerPhrases[] = {
    "subscribe to our",      "our newsletter",     "download our app",
    "download the app",      "follow us on",       "uses cookies",
    "use cookies",           "cookie policy",      "privacy policy",
    "all rights reserved",   "sign up for our",    "click here",
    "terms of service",      "terms of use",       "accept all cookies",
    "manage preferences",    "get the app",        "available on the app store",
    "turn on notifications", "share this article", "join our telegram",
    "join our whatsapp",
};

QStringList toList(const char *const *items, size_t count)
{
    QStringList list;
    for (size_t i = 0; i < count; ++i)
        list << QString::fromUtf8(items[i]);
    return list;
}

bool startsWithWord(QStringView text, const QString &prefix)
{
    if (!text.startsWith(prefix))
        return false;
    if (text.size() == prefix.size())
        return true;
    // "Related:" and "See also Sweet Home" both qualify; "Relatedly" does not.
    return !text.at(prefix.size()).isLetterOrNumber() || !prefix.back().isLetter();
}

// Built once: prefixes bucketed by their first character, footers in the word-hash matcher
// the show titles use, so a sentence costs one pass however many phrases there are.
struct Phrases {
    Phrases()
    {
        for (const QString &p : toList(navigationPrefixes, std::size(navigationPrefixes)))
            byFirst[p.at(0).unicode() & 127].append(p);
        for (const QString &f : toList(footerPhrases, std::size(footerPhrases)))
            footers.add(f, 0);
    }
    QList<QString> byFirst[128];
    ExtractDetail::ShowMatcher footers;
};

} // namespace

Kind classify(QStringView folded, int *realLength)
{
    if (realLength)
        *realLength = 0;
    static const Phrases phrases; // immutable after first use
    const QStringView text = folded.trimmed();
    if (text.isEmpty())
        return Kind::None;
    for (const QString &prefix : phrases.byFirst[text.at(0).unicode() & 127]) {
        if (startsWithWord(text, prefix))
            return Kind::Navigation;
    }
    QList<ExtractDetail::ShowMatcher::Hit> hits;
    phrases.footers.scan(folded, &hits);
    if (!hits.isEmpty()) {
        if (realLength)
            *realLength = hits.first().start;
        return Kind::Footer;
    }
    return Kind::None;
}

} // namespace Boilerplate
