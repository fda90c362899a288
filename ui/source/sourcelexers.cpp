// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcelexers.h"

#include <QFileInfo>
#include <QFont>
#include <QPalette>

#include <Qsci/qscilexerbash.h>
#include <Qsci/qscilexercpp.h>
#include <Qsci/qscilexercsharp.h>
#include <Qsci/qscilexerjava.h>
#include <Qsci/qscilexerjavascript.h>
#include <Qsci/qscilexerjson.h>
#include <Qsci/qscilexermarkdown.h>
#include <Qsci/qscilexerproperties.h>
#include <Qsci/qscilexerpython.h>
#include <Qsci/qscilexerxml.h>
#include <Qsci/qscilexeryaml.h>

namespace tw::ui {
namespace {

/**
 * HCL (Terraform) read with the C++ lexer: braces, strings, numbers, // and block comments are
 * the same; HCL's block types and literals are its keywords, and "#" comments (which the C++
 * lexer takes for preprocessor lines) are drawn as comments.
 */
class HclLexer : public QsciLexerCPP
{
public:
    explicit HclLexer(QObject *parent)
        : QsciLexerCPP(parent)
    {
        setFoldComments(true);
    }

    const char *language() const override { return "HCL"; }

    const char *keywords(int set) const override
    {
        if (set == 1) {
            return "resource data variable output locals module provider terraform backend required_providers "
                   "dynamic content for_each count depends_on lifecycle provisioner connection moved import "
                   "check for in if true false null";
        }
        if (set == 2)
            return "var local module data each count self path terraform";
        return nullptr;
    }

    QColor defaultColor(int style) const override
    {
        if (style == PreProcessor || style == InactivePreProcessor)
            return QsciLexerCPP::defaultColor(CommentLine);
        return QsciLexerCPP::defaultColor(style);
    }

    QFont defaultFont(int style) const override
    {
        if (style == PreProcessor || style == InactivePreProcessor)
            return QsciLexerCPP::defaultFont(CommentLine);
        return QsciLexerCPP::defaultFont(style);
    }
};

bool endsWithAny(const QString &name, std::initializer_list<const char *> suffixes)
{
    for (const char *suffix : suffixes) {
        if (name.endsWith(QLatin1StringView(suffix)))
            return true;
    }
    return false;
}

} // namespace

QsciLexer *createLexer(const QString &fileName, QObject *parent)
{
    const QString name = QFileInfo(fileName).fileName().toLower();
    if (endsWithAny(name, {".yaml", ".yml"}))
        return new QsciLexerYAML(parent);
    if (endsWithAny(name, {".json", ".tf.json", ".json.unprocessed", ".tfstate", ".ipynb"}))
        return new QsciLexerJSON(parent);
    if (endsWithAny(name, {".tf", ".hcl", ".tfvars", ".nomad"}))
        return new HclLexer(parent);
    if (name == QLatin1StringView("dockerfile") || name.startsWith(QLatin1StringView("dockerfile."))
        || name.endsWith(QLatin1StringView(".dockerfile")) || name == QLatin1StringView("containerfile")
        || endsWithAny(name, {".sh", ".bash", ".zsh", ".ksh"}) || name == QLatin1StringView(".env"))
        return new QsciLexerBash(parent);
    if (endsWithAny(name, {".py", ".pyw", ".pyi"}))
        return new QsciLexerPython(parent);
    if (endsWithAny(name, {".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx"}))
        return new QsciLexerJavaScript(parent);
    if (endsWithAny(name, {".java", ".kt", ".kts", ".scala", ".groovy", ".gradle"}))
        return new QsciLexerJava(parent);
    if (endsWithAny(name, {".cs"}))
        return new QsciLexerCSharp(parent);
    if (endsWithAny(name, {".go", ".c", ".h", ".cc", ".cpp", ".hpp", ".cxx", ".rs", ".swift", ".php", ".proto"}))
        return new QsciLexerCPP(parent);
    if (endsWithAny(name, {".xml", ".pom", ".csproj", ".config", ".plist", ".svg"}))
        return new QsciLexerXML(parent);
    if (endsWithAny(name, {".md", ".markdown"}))
        return new QsciLexerMarkdown(parent);
    if (endsWithAny(name, {".ini", ".cfg", ".conf", ".properties", ".toml"})
        || name == QLatin1StringView("requirements.txt"))
        return new QsciLexerProperties(parent);
    return nullptr;
}

void adaptLexerToPalette(QsciLexer *lexer, const QPalette &palette, const QFont &font)
{
    if (!lexer)
        return;
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = base.lightness() < 128;
    lexer->setDefaultPaper(base);
    lexer->setDefaultColor(text);
    lexer->setDefaultFont(font);
    for (int style = 0; style < 128; ++style) {
        if (lexer->description(style).isEmpty())
            continue;
        // The lexers' colours are made for white paper; on dark paper each keeps its hue and
        // gets the mirrored lightness, so keywords stay keywords and nothing is unreadable.
        QColor colour = style == lexer->defaultStyle() ? text : lexer->defaultColor(style);
        if (dark && colour.lightness() < 150) {
            float h, s, l, a;
            colour.getHslF(&h, &s, &l, &a);
            colour = QColor::fromHslF(h, s, 1.0f - l * 0.6f, a);
        }
        QFont styled = font;
        styled.setBold(lexer->defaultFont(style).bold());
        styled.setItalic(lexer->defaultFont(style).italic());
        lexer->setColor(colour, style);
        lexer->setPaper(base, style);
        lexer->setFont(styled, style);
    }
}

} // namespace tw::ui
