// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QFont;
class QObject;
class QPalette;
class QsciLexer;

namespace tw::ui {

/**
 * The QScintilla lexer for a file, by name: YAML, JSON, HCL/Terraform (a C-like lexer taught
 * HCL's keywords and # comments; QScintilla has no HCL lexer), Dockerfiles and shell scripts
 * (bash), Python, JavaScript/TypeScript, Java, C#, Go and other C-like languages (C++), XML,
 * Markdown, INI-like files. nullptr for plain text.
 */
QsciLexer *createLexer(const QString &fileName, QObject *parent);

/** Re-colours a lexer for the palette (light or dark) and gives every style `font`. */
void adaptLexerToPalette(QsciLexer *lexer, const QPalette &palette, const QFont &font);

} // namespace tw::ui
