#include "extract/textscan.h"

namespace ExtractText {

QString folded(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    char16_t *d = reinterpret_cast<char16_t *>(out.data());
    for (qsizetype i = 0; i < text.size(); ++i)
        d[i] = fold(text.utf16()[i]);
    return out;
}

} // namespace ExtractText
