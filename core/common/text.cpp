// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/text.h"

namespace tw::text {

QString printable(const QString &text, Breaks breaks)
{
    QString out = text;
    const bool keepLines = breaks == Breaks::ToLineSeparators;
    for (QChar &c : out) {
        const char16_t v = c.unicode();
        if (v == u'\n')
            c = keepLines ? QChar(QChar::LineSeparator) : QChar(u' ');
        else if (c.category() == QChar::Other_Control)
            c = QChar(u' ');
        else if (!keepLines && (v == QChar::LineSeparator || v == QChar::ParagraphSeparator))
            c = QChar(u' ');
        else if (v == 0x061c || v == 0x200e || v == 0x200f || (v >= 0x202a && v <= 0x202e) || (v >= 0x2066 && v <= 0x2069))
            c = QChar(QChar::ReplacementCharacter);
    }
    return out;
}

} // namespace tw::text
