#pragma once

#include "domain/releasewindow.h"

#include <QList>
#include <QStringView>
#include <optional>

// Turns English date phrases into ReleaseWindow intervals. One grammar serves both the
// whole-phrase parser (feeds, tests) and the scanner that finds phrases in running prose.
namespace ReleaseWindowParser {

// The whole phrase must be a date expression (leading/trailing space and punctuation allowed).
// Relative phrases ("next year", "this fall", "within the next few months") resolve against
// `reference`; without a valid reference they give nothing.
std::optional<ReleaseWindow> parse(QStringView phrase, QDate reference = {});

struct Match {
    qsizetype offset = 0; // in UTF-16 code units of the scanned text
    qsizetype length = 0;
    ReleaseWindow window; // window.wording is the matched text
};

// Every date expression in `text`, left to right, longest match first, non-overlapping.
QList<Match> findAll(QStringView text, QDate reference = {});

} // namespace ReleaseWindowParser
