// The season feed reader (docs/feed-format.md) over any bytes, and its JSON parser against Qt's:
// JsonTree promises to accept and reject what QJsonDocument::fromJson does, and to read the
// same values (jsontree.h).
#include "feeds/season/jsontree.h"
#include "feeds/season/seasonfeedreader.h"
#include "fuzzcheck.h"
#include "fuzzinput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = FuzzInput::bytes(data, size);
    SeasonFeedReader::looksLikeSeasonFeed(body);
    Catalog catalog;
    FeedError error;
    if (!SeasonFeedReader::read(body, &catalog, &error)) {
        FUZZ_CHECK(error.kind == FeedError::Kind::Parse, "a failure is a parse error");
        FUZZ_CHECK(!error.message.isEmpty(), "a parse error names the field");
    }

    JsonTree tree;
    JsonTree::Error treeError;
    const bool treeParsed = tree.parse(body, &treeError);
    QJsonParseError qtError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &qtError);
    const bool qtParsed = qtError.error == QJsonParseError::NoError;
    FUZZ_CHECK(treeParsed == qtParsed, "JsonTree accepts what QJsonDocument accepts");
    if (treeParsed) {
        // Qt is no oracle for a string that opens with U+FEFF: it drops it when the string is
        // read, where JsonTree keeps it (tst_bulkpath aLeadingZeroWidthNoBreakSpaceIsText).
        const bool innerFeff =
            body.indexOf("\xEF\xBB\xBF", body.startsWith("\xEF\xBB\xBF") ? 3 : 0) >= 0;
        const QJsonValue qtRoot =
            document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        if (!innerFeff)
            FUZZ_CHECK(tree.root().toJsonValue() == qtRoot, "JsonTree reads what Qt reads");
    } else {
        FUZZ_CHECK(!treeError.message.isEmpty(), "a JSON error says why");
    }
    return 0;
}
