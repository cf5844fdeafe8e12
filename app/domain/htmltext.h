#pragma once

#include <QString>
#include <QStringView>

// Markup to readable, extractable plain text in one pass over the characters (a full HTML parser
// measured 30x slower on feed descriptions): tags dropped, <script>/<style>/comments dropped with
// their contents, entities decoded, whitespace collapsed to single spaces, and block boundaries
// (<br>, <p>, <div>, <li>, headings, ...) kept as one '\n' so sentences in different paragraphs
// never run together. Leading and trailing whitespace is trimmed. Thread-safe.
QString htmlToPlainText(QStringView html);
