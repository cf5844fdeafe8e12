#pragma once

// One UTF-8 rule for every reader of raw bytes (feed encoding detection, the season feed's
// JSON reader): the length of the sequence at p (a byte >= 0x80) and, when asked, its code
// point; 0 when it is not valid UTF-8 (no overlong forms, no surrogates, nothing above
// U+10FFFF).
namespace Utf8Sequence {

int length(const unsigned char *p, const unsigned char *end, char32_t *codePoint = nullptr);

} // namespace Utf8Sequence
