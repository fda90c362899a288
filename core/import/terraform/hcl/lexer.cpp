// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/terraform/hcl/lexer.h"

#include "common/utf8.h"

#include <QChar>

#include <cstring>

namespace tw::hcl {

namespace {

inline bool isAsciiIdStart(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

inline bool isAsciiIdContinue(unsigned char c)
{
    return isAsciiIdStart(c) || (c >= '0' && c <= '9') || c == '-';
}

inline bool isDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

Lexer::Lexer(std::string_view source) : m_source(source)
{
    m_modes.reserve(16);
    m_modes.push_back(Mode(ModeKind::Root));
}

bool Lexer::isIdStart(int cp)
{
    if (cp < 0x80)
        return isAsciiIdStart(static_cast<unsigned char>(cp));
    switch (QChar::category(char32_t(cp))) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_Letter:
        return true;
    default:
        return false;
    }
}

bool Lexer::isIdContinue(int cp)
{
    if (cp < 0x80)
        return isAsciiIdContinue(static_cast<unsigned char>(cp));
    if (isIdStart(cp))
        return true;
    switch (QChar::category(char32_t(cp))) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Number_DecimalDigit:
    case QChar::Punctuation_Connector:
        return true;
    default:
        return false;
    }
}

Position Lexer::positionAt(std::size_t byte)
{
    // Walks forward from the last position asked for; tokens come in order, so every byte is
    // visited once (gaps between tokens are short, so a plain loop beats memchr here). Columns
    // count code points: UTF-8 continuation bytes do not advance them.
    const char *p = m_source.data() + m_trackByte;
    const char *end = m_source.data() + byte;
    int line = m_trackLine;
    int column = m_trackColumn;
    for (; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c == '\n') {
            ++line;
            column = 1;
        } else {
            column += (c & 0xC0) != 0x80;
        }
    }
    m_trackByte = byte;
    m_trackLine = line;
    m_trackColumn = column;
    return Position{line, column, qsizetype(byte)};
}

Token Lexer::make(TokenType type, std::size_t start, std::size_t end, quint8 flags)
{
    Token token;
    token.type = type;
    token.flags = flags;
    token.range.start = positionAt(start);
    token.range.end = positionAt(end);
    m_pos = end;
    m_previous = type;
    return token;
}

Token Lexer::makeAscii(TokenType type, std::size_t start, std::size_t end, quint8 flags)
{
    if (!m_simpleGap)
        return make(type, start, end, flags);
    Token token;
    token.type = type;
    token.flags = flags;
    const int startColumn = m_trackColumn + int(start - m_trackByte);
    const int endColumn = startColumn + int(end - start);
    token.range.start = Position{m_trackLine, startColumn, qsizetype(start)};
    token.range.end = Position{m_trackLine, endColumn, qsizetype(end)};
    m_trackByte = end;
    m_trackColumn = endColumn;
    m_pos = end;
    m_previous = type;
    return token;
}

Token Lexer::fail(std::size_t start, std::size_t end, const QString &summary, const QString &detail)
{
    Token token;
    token.type = TokenType::Error;
    if (!m_hasError) {
        m_hasError = true;
        m_error.range.start = positionAt(start);
        m_error.range.end = positionAt(end);
        m_error.summary = summary;
        m_error.detail = detail;
    }
    token.range = m_error.range;
    m_pos = m_source.size();
    return token;
}

Token Lexer::failCharacter(std::size_t at)
{
    const auto c = static_cast<unsigned char>(m_source[at]);
    int length = 1;
    if (c >= 0x80) {
        const int cp = decodeUtf8(m_source, at, length);
        if (cp < 0) {
            return fail(at, at + 1, QStringLiteral("Invalid character encoding"),
                        QStringLiteral("All input files must be UTF-8 encoded. Ensure that UTF-8 "
                                       "encoding is selected in your editor."));
        }
        if (cp == 0x201C || cp == 0x201D) {
            return fail(at, at + std::size_t(length), QStringLiteral("Invalid character"),
                        QStringLiteral("\"Curly quotes\" are not valid here. These can sometimes be "
                                       "inadvertently introduced when sharing code via documents or "
                                       "discussion forums. It might help to replace the character "
                                       "with a \"straight quote\"."));
        }
    }
    switch (c) {
    case ';':
        return fail(at, at + 1, QStringLiteral("Invalid character"),
                    QStringLiteral("The \";\" character is not valid. Use newlines to separate "
                                   "arguments and blocks, and commas to separate items in "
                                   "collection values."));
    case '\'':
        return fail(at, at + 1, QStringLiteral("Invalid character"),
                    QStringLiteral("Single quotes are not valid. Use double quotes (\") to enclose "
                                   "strings."));
    case '`':
        return fail(at, at + 1, QStringLiteral("Invalid character"),
                    QStringLiteral("The \"`\" character is not valid. To create a multi-line "
                                   "string, use the \"heredoc\" syntax, like \"<<EOT\"."));
    case '&':
    case '|':
    case '^':
        return fail(at, at + 1, QStringLiteral("Unsupported operator"),
                    QStringLiteral("Bitwise operators are not supported."));
    case 0:
        return fail(at, at + 1, QStringLiteral("Invalid character"),
                    QStringLiteral("NUL bytes are not allowed in HCL source."));
    default:
        break;
    }
    return fail(at, at + std::size_t(length), QStringLiteral("Invalid character"),
                QStringLiteral("This character is not used within the language."));
}

std::size_t Lexer::scanIdentifier(std::size_t at) const
{
    const std::size_t n = m_source.size();
    while (at < n) {
        const auto c = static_cast<unsigned char>(m_source[at]);
        if (c < 0x80) {
            if (!isAsciiIdContinue(c))
                break;
            ++at;
            continue;
        }
        int length = 1;
        const int cp = decodeUtf8(m_source, at, length);
        if (cp < 0 || !isIdContinue(cp))
            break;
        at += std::size_t(length);
    }
    return at;
}

Token Lexer::next()
{
    if (m_hasError)
        return Token{TokenType::Error, 0, m_error.range};
    switch (m_modes.back().kind) {
    case ModeKind::Quoted:
        return nextQuoted();
    case ModeKind::Heredoc:
        return nextHeredoc();
    default:
        return nextNormal();
    }
}

bool Lexer::tryTemplateOpen(std::size_t at, Token &out)
{
    // "${" / "%{" open a template sequence; "$${" / "%%{" are escapes and stay literal text.
    const std::size_t n = m_source.size();
    if (at + 1 >= n || m_source[at + 1] != '{')
        return false;
    std::size_t end = at + 2;
    quint8 flags = 0;
    if (end < n && m_source[end] == '~') {
        ++end;
        flags = Token::Strip;
    }
    out = make(m_source[at] == '$' ? TokenType::TemplateInterp : TokenType::TemplateControl, at,
               end, flags);
    m_modes.push_back(Mode(ModeKind::Interp));
    return true;
}

std::size_t Lexer::literalChar(std::size_t at, Token &errorOut)
{
    const auto c = static_cast<unsigned char>(m_source[at]);
    if (c >= 0x80) {
        int length = 1;
        if (decodeUtf8(m_source, at, length) < 0) {
            errorOut = failCharacter(at);
            return 0;
        }
        return std::size_t(length);
    }
    if (c == 0) {
        errorOut = failCharacter(at);
        return 0;
    }
    return 1;
}

Token Lexer::nextQuoted()
{
    const std::size_t n = m_source.size();
    const std::size_t start = m_pos;
    std::size_t i = start;
    if (i >= n)
        return make(TokenType::Eof, n, n);
    const char first = m_source[i];
    if (first == '"') {
        m_modes.pop_back();
        return make(TokenType::CQuote, i, i + 1);
    }
    if (first == '$' || first == '%') {
        Token token;
        if (tryTemplateOpen(i, token))
            return token;
    }
    quint8 flags = 0;
    while (i < n) {
        const char c = m_source[i];
        if (c == '"' || c == '\n')
            break;
        if (c == '\r' && i + 1 < n && m_source[i + 1] == '\n')
            break;
        if (c == '\\') {
            flags |= Token::NeedsDecode;
            if (i + 1 >= n || m_source[i + 1] == '\n' || m_source[i + 1] == '\r') {
                ++i;
                continue;
            }
            if (static_cast<unsigned char>(m_source[i + 1]) < 0x80 && m_source[i + 1] != 0) {
                i += 2;
                continue;
            }
            ++i;
            continue;
        }
        if ((c == '$' || c == '%') && i + 1 < n) {
            if (m_source[i + 1] == '{')
                break;
            if (m_source[i + 1] == c && i + 2 < n && m_source[i + 2] == '{') {
                flags |= Token::NeedsDecode;
                i += 3;
                continue;
            }
            ++i;
            continue;
        }
        if (static_cast<unsigned char>(c) >= 0x80 || c == 0) {
            Token error;
            const std::size_t length = literalChar(i, error);
            if (length == 0)
                return error;
            i += length;
            continue;
        }
        ++i;
    }
    if (i == start) {
        // Only a newline can stop us without consuming anything: strings are single-line.
        return fail(i, i + 1, QStringLiteral("Invalid multi-line string"),
                    QStringLiteral("Quoted strings may not be split over multiple lines. To produce "
                                   "a multi-line string, either use the \\n escape to represent a "
                                   "newline character or use the \"heredoc\" multi-line template "
                                   "syntax."));
    }
    return make(TokenType::QuotedLit, start, i, flags);
}

Token Lexer::nextHeredoc()
{
    const std::size_t n = m_source.size();
    const std::size_t modeIndex = m_modes.size() - 1;
    const Mode mode = m_modes[modeIndex];
    const std::size_t start = m_pos;
    if (start >= n)
        return make(TokenType::Eof, n, n);
    if (mode.lineStart) {
        // A line holding only optional indentation and the marker closes the heredoc.
        std::size_t k = start;
        while (k < n && (m_source[k] == ' ' || m_source[k] == '\t'))
            ++k;
        const std::size_t len = mode.marker.size();
        if (m_source.compare(k, len, mode.marker) == 0) {
            const std::size_t after = k + len;
            if (after == n || m_source[after] == '\n'
                || (m_source[after] == '\r' && after + 1 < n && m_source[after + 1] == '\n')) {
                m_modes.pop_back();
                return make(TokenType::CHeredoc, start, after);
            }
        }
    }
    const char first = m_source[start];
    if (first == '$' || first == '%') {
        Token token;
        m_modes[modeIndex].lineStart = false;
        if (tryTemplateOpen(start, token))
            return token;
        m_modes[modeIndex].lineStart = mode.lineStart;
    }
    quint8 flags = 0;
    std::size_t i = start;
    bool endsLine = false;
    while (i < n) {
        const char c = m_source[i];
        if (c == '\n') {
            ++i;
            endsLine = true;
            break;
        }
        if ((c == '$' || c == '%') && i + 1 < n) {
            if (m_source[i + 1] == '{')
                break;
            if (m_source[i + 1] == c && i + 2 < n && m_source[i + 2] == '{') {
                flags |= Token::NeedsDecode;
                i += 3;
                continue;
            }
            ++i;
            continue;
        }
        if (static_cast<unsigned char>(c) >= 0x80 || c == 0) {
            Token error;
            const std::size_t length = literalChar(i, error);
            if (length == 0)
                return error;
            i += length;
            continue;
        }
        ++i;
    }
    m_modes[modeIndex].lineStart = endsLine;
    return make(TokenType::StringLit, start, i, flags);
}

Token Lexer::nextNormal()
{
    const std::size_t n = m_source.size();
    std::size_t i = m_pos;
    // When only spaces/tabs separate the tracker from the token, positions are plain arithmetic.
    m_simpleGap = m_trackByte == m_pos;
    for (;;) {
        // Skip horizontal whitespace and block comments (which never act as newlines).
        while (i < n && (m_source[i] == ' ' || m_source[i] == '\t'))
            ++i;
        if (i + 1 < n && m_source[i] == '/' && m_source[i + 1] == '*') {
            m_simpleGap = false;
            const std::size_t close = m_source.find("*/", i + 2);
            if (close == std::string_view::npos) {
                return fail(i, i + 2, QStringLiteral("Unterminated comment"),
                            QStringLiteral("There is no closing \"*/\" for this comment before the "
                                           "end of the file."));
            }
            i = close + 2;
            continue;
        }
        break;
    }
    if (i >= n)
        return make(TokenType::Eof, n, n);

    const auto c = static_cast<unsigned char>(m_source[i]);
    auto at = [&](std::size_t k) -> char { return k < n ? m_source[k] : '\0'; };

    // Newlines and line comments (which end with a newline) collapse into one Newline token.
    auto isLineComment = [&](std::size_t k) {
        return m_source[k] == '#' || (m_source[k] == '/' && at(k + 1) == '/');
    };
    if (c == '\n' || (c == '\r' && at(i + 1) == '\n') || isLineComment(i)) {
        const std::size_t start = i;
        std::size_t firstEnd = 0;
        bool sawNewline = false;
        for (;;) {
            if (i < n && m_source[i] == '\n') {
                ++i;
            } else if (i + 1 < n && m_source[i] == '\r' && m_source[i + 1] == '\n') {
                i += 2;
            } else if (i < n && isLineComment(i)) {
                const std::size_t eol = m_source.find('\n', i);
                if (eol == std::string_view::npos) {
                    i = n; // a comment at EOF without a newline is just a comment
                    if (firstEnd == 0)
                        firstEnd = n;
                    break;
                }
                i = eol + 1;
            } else if (i < n && (m_source[i] == ' ' || m_source[i] == '\t')) {
                ++i;
                continue;
            } else if (i + 1 < n && m_source[i] == '/' && m_source[i + 1] == '*') {
                const std::size_t close = m_source.find("*/", i + 2);
                if (close == std::string_view::npos)
                    break; // reported when we get there
                i = close + 2;
                continue;
            } else {
                break;
            }
            if (!sawNewline) {
                sawNewline = true;
                firstEnd = i;
            }
        }
        if (!sawNewline) {
            // Only a trailing comment without newline: skip it, then lex what follows (EOF).
            m_pos = i;
            return nextNormal();
        }
        Token token = make(TokenType::Newline, start, firstEnd);
        m_pos = i;
        return token;
    }

    if (isDigit(c)) {
        std::size_t j = i + 1;
        while (j < n && isDigit(static_cast<unsigned char>(m_source[j])))
            ++j;
        // After a dot, digits are a legacy index step ("foo.0.1"), never a fraction.
        if (m_previous != TokenType::Dot) {
            if (j + 1 < n && m_source[j] == '.' && isDigit(static_cast<unsigned char>(m_source[j + 1]))) {
                j += 2;
                while (j < n && isDigit(static_cast<unsigned char>(m_source[j])))
                    ++j;
            }
            if (j < n && (m_source[j] == 'e' || m_source[j] == 'E')) {
                std::size_t k = j + 1;
                if (k < n && (m_source[k] == '+' || m_source[k] == '-'))
                    ++k;
                if (k < n && isDigit(static_cast<unsigned char>(m_source[k]))) {
                    while (k < n && isDigit(static_cast<unsigned char>(m_source[k])))
                        ++k;
                    j = k;
                }
            }
        }
        return makeAscii(TokenType::Number, i, j);
    }
    if (isAsciiIdStart(c)) {
        std::size_t j = i + 1;
        while (j < n && isAsciiIdContinue(static_cast<unsigned char>(m_source[j])))
            ++j;
        if (j < n && static_cast<unsigned char>(m_source[j]) >= 0x80)
            return make(TokenType::Ident, i, scanIdentifier(j));
        return makeAscii(TokenType::Ident, i, j);
    }

    switch (c) {
    case '"':
        m_modes.push_back(Mode(ModeKind::Quoted));
        return makeAscii(TokenType::OQuote, i, i + 1);
    case '{':
        m_modes.push_back(Mode(ModeKind::Brace));
        return makeAscii(TokenType::OBrace, i, i + 1);
    case '}': {
        const ModeKind kind = m_modes.back().kind;
        if (kind == ModeKind::Interp) {
            m_modes.pop_back();
            return makeAscii(TokenType::TemplateSeqEnd, i, i + 1);
        }
        if (kind == ModeKind::Brace)
            m_modes.pop_back();
        return makeAscii(TokenType::CBrace, i, i + 1);
    }
    case '~':
        if (at(i + 1) == '}' && m_modes.back().kind == ModeKind::Interp) {
            m_modes.pop_back();
            return makeAscii(TokenType::TemplateSeqEnd, i, i + 2, Token::Strip);
        }
        return failCharacter(i);
    case '[':
        return makeAscii(TokenType::OBrack, i, i + 1);
    case ']':
        return makeAscii(TokenType::CBrack, i, i + 1);
    case '(':
        return makeAscii(TokenType::OParen, i, i + 1);
    case ')':
        return makeAscii(TokenType::CParen, i, i + 1);
    case ',':
        return makeAscii(TokenType::Comma, i, i + 1);
    case '.':
        if (at(i + 1) == '.' && at(i + 2) == '.')
            return makeAscii(TokenType::Ellipsis, i, i + 3);
        return makeAscii(TokenType::Dot, i, i + 1);
    case '*':
        if (at(i + 1) == '*') {
            return fail(i, i + 2, QStringLiteral("Unsupported operator"),
                        QStringLiteral("\"**\" is not a supported operator. Exponentiation is not "
                                       "supported as an operator."));
        }
        return makeAscii(TokenType::Star, i, i + 1);
    case '/':
        return makeAscii(TokenType::Slash, i, i + 1);
    case '%':
        return makeAscii(TokenType::Percent, i, i + 1);
    case '+':
        return makeAscii(TokenType::Plus, i, i + 1);
    case '-':
        return makeAscii(TokenType::Minus, i, i + 1);
    case '?':
        return makeAscii(TokenType::Question, i, i + 1);
    case ':':
        if (at(i + 1) == ':')
            return makeAscii(TokenType::DoubleColon, i, i + 2);
        return makeAscii(TokenType::Colon, i, i + 1);
    case '=':
        if (at(i + 1) == '=')
            return makeAscii(TokenType::EqualEqual, i, i + 2);
        if (at(i + 1) == '>')
            return makeAscii(TokenType::FatArrow, i, i + 2);
        return makeAscii(TokenType::Equal, i, i + 1);
    case '!':
        if (at(i + 1) == '=')
            return makeAscii(TokenType::NotEqual, i, i + 2);
        return makeAscii(TokenType::Bang, i, i + 1);
    case '>':
        if (at(i + 1) == '=')
            return makeAscii(TokenType::GreaterEqual, i, i + 2);
        return makeAscii(TokenType::Greater, i, i + 1);
    case '&':
        if (at(i + 1) == '&')
            return makeAscii(TokenType::And, i, i + 2);
        return failCharacter(i);
    case '|':
        if (at(i + 1) == '|')
            return makeAscii(TokenType::Or, i, i + 2);
        return failCharacter(i);
    case '<': {
        if (at(i + 1) == '<') {
            // Heredoc opener: <<MARKER or <<-MARKER immediately followed by a newline.
            std::size_t j = i + 2;
            const bool flush = at(j) == '-';
            if (flush)
                ++j;
            int length = 1;
            const bool startsIdent = j < n
                && (isAsciiIdStart(static_cast<unsigned char>(m_source[j]))
                    || (static_cast<unsigned char>(m_source[j]) >= 0x80
                        && isIdStart(decodeUtf8(m_source, j, length))));
            if (startsIdent) {
                const std::size_t markerEnd = scanIdentifier(j);
                std::size_t end = markerEnd;
                if (at(end) == '\r' && at(end + 1) == '\n')
                    ++end;
                if (at(end) == '\n') {
                    Mode mode{ModeKind::Heredoc};
                    mode.flush = flush;
                    mode.lineStart = true;
                    mode.marker = m_source.substr(j, markerEnd - j);
                    Token token = make(TokenType::OHeredoc, i, end + 1, flush ? Token::Flush : 0);
                    m_modes.push_back(mode);
                    return token;
                }
            }
        }
        if (at(i + 1) == '=')
            return makeAscii(TokenType::LessEqual, i, i + 2);
        return makeAscii(TokenType::Less, i, i + 1);
    }
    default:
        break;
    }
    if (c >= 0x80) {
        int length = 1;
        const int cp = decodeUtf8(m_source, i, length);
        if (cp >= 0 && isIdStart(cp))
            return make(TokenType::Ident, i, scanIdentifier(i + std::size_t(length)));
    }
    return failCharacter(i);
}

} // namespace tw::hcl
