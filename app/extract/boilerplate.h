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

Kind classify(QStringView sentence);

inline bool isBoilerplate(QStringView sentence)
{
    return classify(sentence) != Kind::None;
}

} // namespace Boilerplate
