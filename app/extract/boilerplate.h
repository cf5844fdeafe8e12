#pragma once

#include <QStringView>

// Navigation, promotion and legal lines that scrapers leave in article text. They name other
// articles ("See also: ... season 3 release date"), so reading them would invent claims and
// links to shows the article is not about.
namespace Boilerplate {

enum class Kind {
    None,
    Navigation, // starts like a link line: "See also", "Read more", "Related:", "Tags:"
    Footer,     // newsletter, app, social, cookie and copyright text anywhere in the sentence
};

// `realLength` (optional) gets how much of a Footer sentence comes before the footer phrase:
// scrapers glue "click here to watch" onto a real sentence, which is still read up to there.
// `folded` is the sentence folded (ExtractText::fold, same length).
Kind classify(QStringView folded, int *realLength = nullptr);

inline bool isBoilerplate(QStringView sentence)
{
    return classify(sentence) != Kind::None;
}

} // namespace Boilerplate
