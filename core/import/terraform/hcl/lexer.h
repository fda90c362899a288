// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/terraform/hcl/ast.h"

#include <string_view>
#include <vector>

namespace tw::hcl {

enum class TokenType : quint8 {
    Eof,
    Error, ///< a lexical error; Lexer::error() says which
    Newline,
    Ident,
    Number,
    OQuote,
    CQuote,
    QuotedLit, ///< literal text inside "...", still escaped
    OHeredoc,  ///< <<MARKER or <<-MARKER, including the newline after it
    CHeredoc,
    StringLit, ///< one line (or less) of literal heredoc text, still escaped
    TemplateInterp,  ///< ${ or ${~
    TemplateControl, ///< %{ or %{~
    TemplateSeqEnd,  ///< } or ~} closing a ${ or %{
    OBrace,
    CBrace,
    OBrack,
    CBrack,
    OParen,
    CParen,
    Comma,
    Dot,
    Ellipsis,
    Star,
    Slash,
    Percent,
    Plus,
    Minus,
    Equal,
    EqualEqual,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    And,
    Or,
    Bang,
    Question,
    Colon,
    FatArrow,
    DoubleColon,
};

struct Token
{
    enum Flag : quint8 {
        Strip = 1,       ///< ${~, %{~ or ~}
        NeedsDecode = 2, ///< literal contains escapes ($${, %%{, or \x in quoted strings)
        Flush = 4,       ///< <<- heredoc
    };

    TokenType type = TokenType::Eof;
    quint8 flags = 0;
    Range range;
};

/**
 * Turns UTF-8 source into tokens on demand. Like HashiCorp's scanner it tracks template and
 * heredoc nesting itself (a stack of modes), so the token stream does not depend on the parser;
 * the parser only decides whether newlines matter. Consecutive newlines and line comments collapse
 * into one Newline token, which is all the grammar needs. Positions are computed incrementally,
 * so the cost is linear in the input.
 */
class Lexer
{
public:
    explicit Lexer(std::string_view source);

    Token next();

    /** Set once next() returned an Error token. */
    const Diagnostic &error() const { return m_error; }
    bool hasError() const { return m_hasError; }

    std::string_view text(const Token &token) const
    {
        return m_source.substr(std::size_t(token.range.start.byte),
                               std::size_t(token.range.end.byte - token.range.start.byte));
    }
    std::string_view source() const { return m_source; }

    static bool isIdStart(int codePoint);
    static bool isIdContinue(int codePoint);

private:
    enum class ModeKind : quint8 { Root, Brace, Interp, Quoted, Heredoc };
    struct Mode
    {
        explicit Mode(ModeKind k) : kind(k) {}
        ModeKind kind;
        bool flush = false;
        bool lineStart = false;
        std::string_view marker;
    };

    Token nextNormal();
    Token nextQuoted();
    Token nextHeredoc();
    Token make(TokenType type, std::size_t start, std::size_t end, quint8 flags = 0);
    // For ASCII tokens without newlines: skips the position scan when the gap allows it.
    Token makeAscii(TokenType type, std::size_t start, std::size_t end, quint8 flags = 0);
    Token fail(std::size_t start, std::size_t end, const QString &summary, const QString &detail);
    Token failCharacter(std::size_t at);
    Position positionAt(std::size_t byte);
    std::size_t scanIdentifier(std::size_t at) const;
    bool tryTemplateOpen(std::size_t at, Token &out);
    // Validates one character of literal text at `at`; returns its length, 0 on error.
    std::size_t literalChar(std::size_t at, Token &errorOut);

    std::string_view m_source;
    std::size_t m_pos = 0;
    std::vector<Mode> m_modes;
    TokenType m_previous = TokenType::Newline;

    // Incremental position tracker: every position asked for is >= the previous one.
    std::size_t m_trackByte = 0;
    int m_trackLine = 1;
    int m_trackColumn = 1;

    bool m_simpleGap = false;
    bool m_hasError = false;
    Diagnostic m_error;
};

} // namespace tw::hcl
