// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QString>

namespace tw::text {

/**
 * Text as far as a table cell, a graph label or a title can show it. Measuring, shaping and
 * eliding cost time in every character they are given, and a name from a hostile file may be
 * megabytes long (tests/hostile/tst_hostilegui): cut it once, before any of them sees it. The
 * model, reports and exports keep the whole text.
 */
inline QString shown(const QString &text, qsizetype most = 256)
{
    return text.size() <= most ? text : text.left(most) + QChar(0x2026);
}

/** What becomes of line breaks in printable(). */
enum class Breaks { ToSpaces, ToLineSeparators };

/**
 * Text from inputs made safe to put on a terminal, a title bar or a page: control characters
 * (ESC included, so no terminal escape sequence survives) become spaces, and bidirectional
 * overrides, isolates and marks — which could make a name read differently from what it is
 * ("Trojan Source") — the replacement character. Line breaks become spaces or, for text laid
 * out in paragraphs, line separators.
 */
QString printable(const QString &text, Breaks breaks = Breaks::ToSpaces);

} // namespace tw::text
