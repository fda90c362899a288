// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/terraform/hcl/parser.h"

#include "common/utf8.h"

#include "import/terraform/hcl/lexer.h"

#include <charconv>
#include <climits>
#include <string>
#include <unordered_set>
#include <vector>

namespace tw::hcl {

namespace {

/** Internal only: unwinds the recursive descent to parse(), which turns it into a Result. */
struct ParseFailure
{
    Diagnostic diagnostic;
    bool fromLexer = false;
};

inline Range between(const Range &a, const Range &b)
{
    return Range{a.start, b.end};
}

/** Go's unicode.IsSpace, which HashiCorp's template trimming and heredoc flushing use. */
bool isUnicodeSpace(int cp)
{
    switch (cp) {
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case '\r':
    case ' ':
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
        return true;
    default:
        return cp >= 0x2000 && cp <= 0x200A;
    }
}

/** Length in bytes of the leading whitespace of `text`; counts its code points into `chars`. */
std::size_t leadingSpace(std::string_view text, int *chars = nullptr)
{
    std::size_t i = 0;
    int count = 0;
    while (i < text.size()) {
        int length = 1;
        const int cp = decodeUtf8(text, i, length);
        if (cp < 0 || !isUnicodeSpace(cp))
            break;
        i += std::size_t(length);
        ++count;
    }
    if (chars)
        *chars = count;
    return i;
}

std::string_view trimLeftSpace(std::string_view text)
{
    return text.substr(leadingSpace(text));
}

std::string_view trimRightSpace(std::string_view text)
{
    std::size_t end = text.size();
    while (end > 0) {
        std::size_t start = end - 1;
        while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
            --start;
        int length = 1;
        const int cp = decodeUtf8(text, start, length);
        if (cp < 0 || !isUnicodeSpace(cp))
            break;
        end = start;
    }
    return text.substr(0, end);
}

Position advance(Position position, std::string_view text)
{
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++position.column;
        }
        ++position.byte;
    }
    return position;
}

/**
 * Exact decimal rendering of a number literal without exponent, like Go's big.Float
 * Text('f', -1) that HashiCorp's JSON output uses ("1e3" -> "1000", "007" -> "7", "1.50" -> "1.5").
 * Returns an empty string when the text is already canonical.
 */
std::string canonicalNumber(std::string_view text)
{
    // Fast path: plain integers without leading zeros are already canonical.
    if (text.size() == 1 || text[0] != '0') {
        bool plain = true;
        for (const char c : text) {
            if (c < '0' || c > '9') {
                plain = false;
                break;
            }
        }
        if (plain)
            return {};
    }
    std::string digits;
    std::size_t i = 0;
    long long pointPos = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9')
        digits.push_back(text[i++]);
    pointPos = static_cast<long long>(digits.size());
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9')
            digits.push_back(text[i++]);
    }
    long long exponent = 0;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        bool negative = false;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            negative = text[i++] == '-';
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            if (exponent < 100000)
                exponent = exponent * 10 + (text[i] - '0');
            ++i;
        }
        if (negative)
            exponent = -exponent;
    }
    if (exponent > 4000 || exponent < -4000) {
        // Absurd magnitudes keep their source spelling rather than megabytes of zeros, but not
        // its leading zeros, which JSON does not allow (the fuzzer wrote "05e0300008" out as is).
        std::size_t zeros = 0;
        while (zeros + 1 < text.size() && text[zeros] == '0' && text[zeros + 1] >= '0' && text[zeros + 1] <= '9')
            ++zeros;
        return zeros == 0 ? std::string() : std::string(text.substr(zeros));
    }
    pointPos += exponent;
    // Strip leading zeros.
    std::size_t lead = 0;
    while (lead < digits.size() && digits[lead] == '0')
        ++lead;
    if (lead == digits.size())
        return text == "0" ? std::string() : std::string("0");
    digits.erase(0, lead);
    pointPos -= static_cast<long long>(lead);
    while (!digits.empty() && digits.back() == '0' && static_cast<long long>(digits.size()) > pointPos)
        digits.pop_back();
    std::string out;
    if (pointPos <= 0) {
        out = "0.";
        out.append(std::size_t(-pointPos), '0');
        out += digits;
    } else if (pointPos >= static_cast<long long>(digits.size())) {
        out = digits;
        out.append(std::size_t(pointPos - static_cast<long long>(digits.size())), '0');
    } else {
        out = digits.substr(0, std::size_t(pointPos));
        out.push_back('.');
        out += digits.substr(std::size_t(pointPos));
    }
    if (out == text)
        return {};
    return out;
}

} // namespace

/** A template piece before directives are matched up (HashiCorp's "template tokens"). */
struct TemplatePart
{
    enum Kind : quint8 { Literal, Interp, If, Else, EndIf, For, EndFor };
    Kind kind = Literal;
    bool adjust = false;
    Range range;
    std::string_view text;
    const Expression *expression = nullptr;
    std::string_view keyName;
    std::string_view valueName;
};

class Parser
{
public:
    explicit Parser(File &file)
        : m_file(file), m_arena(file.m_arena),
          m_lexer(std::string_view(file.m_source.constData(), std::size_t(file.m_source.size())))
    {
        m_buffer.reserve(16);
        // Nodes take roughly ten times the source size; one right-sized first block saves the
        // doubling steps for typical files.
        m_arena.reserve(std::size_t(file.m_source.size()) * 8);
        m_newlines.reserve(64);
    }

    static std::shared_ptr<const File> run(QByteArrayView utf8Source, const QString &fileName,
                                           Diagnostic *error);

    void parseFile()
    {
        pushNewlines(true);
        Range start{Position{}, Position{}};
        m_previousRange = start;
        m_file.m_body = parseBody(TokenType::Eof, nullptr);
        popNewlines();
    }

    /** After a parser error: HashiCorp reports lexical errors first, wherever they are. */
    bool findLexerError(Diagnostic &out)
    {
        if (!m_lexer.hasError()) {
            for (;;) {
                const Token token = m_lexer.next();
                if (token.type == TokenType::Eof || token.type == TokenType::Error)
                    break;
            }
        }
        if (m_lexer.hasError()) {
            out = m_lexer.error();
            return true;
        }
        return false;
    }

private:
    // ---- token access -------------------------------------------------------------------------

    const Token &fill(std::size_t index)
    {
        while (m_buffer.size() <= index) {
            const Token token = m_lexer.next();
            if (token.type == TokenType::Error)
                throw ParseFailure{m_lexer.error(), true};
            m_buffer.push_back(token);
        }
        return m_buffer[index];
    }

    bool includeNewlines() const { return m_newlines.back(); }
    void pushNewlines(bool include) { m_newlines.push_back(include); }
    void popNewlines() { m_newlines.pop_back(); }

    std::size_t nextIndex()
    {
        // Fast path: the next buffered token is not a newline (or newlines matter right now).
        std::size_t i = m_pos;
        if (i < m_buffer.size()
            && (m_buffer[i].type != TokenType::Newline || m_newlines.back()))
            return i;
        const bool skip = !m_newlines.back();
        for (;;) {
            const Token &token = fill(i);
            if (skip && token.type == TokenType::Newline) {
                ++i;
                continue;
            }
            return i;
        }
    }

    Token peek() { return m_buffer[nextIndex()]; }
    TokenType peekType() { return m_buffer[nextIndex()].type; }

    Token read()
    {
        const std::size_t i = nextIndex();
        const Token token = m_buffer[i];
        if (token.type != TokenType::Eof) {
            m_pos = i + 1;
            if (m_pos == m_buffer.size()) {
                m_buffer.clear();
                m_pos = 0;
            }
        }
        m_previousRange = token.range;
        return token;
    }

    std::string_view text(const Token &token) const { return m_lexer.text(token); }
    std::string_view source(const Range &range) const
    {
        return m_lexer.source().substr(std::size_t(range.start.byte),
                                       std::size_t(range.end.byte - range.start.byte));
    }

    bool isKeyword(const Token &token, std::string_view keyword) const
    {
        return token.type == TokenType::Ident && text(token) == keyword;
    }

    [[noreturn]] void fail(const Range &range, const QString &summary, const QString &detail)
    {
        throw ParseFailure{Diagnostic{range, summary, detail}, false};
    }

    struct DepthGuard
    {
        DepthGuard(Parser &parser, const Range &where) : m_parser(parser)
        {
            if (++m_parser.m_depth > kMaxNestingDepth) {
                m_parser.fail(where, QStringLiteral("Nesting too deep"),
                              QStringLiteral("Blocks and expressions may be nested at most %1 levels "
                                             "deep.")
                                  .arg(kMaxNestingDepth));
            }
        }
        ~DepthGuard() { --m_parser.m_depth; }
        Parser &m_parser;
    };

    struct NewlineScope
    {
        NewlineScope(Parser &parser, bool include) : m_parser(parser) { parser.pushNewlines(include); }
        ~NewlineScope() { m_parser.popNewlines(); }
        Parser &m_parser;
    };

    // ---- node helpers -------------------------------------------------------------------------

    Expression *node(ExprKind kind, const Range &range)
    {
        Expression *e = m_arena.make<Expression>();
        e->m_kind = kind;
        e->m_range = range;
        return e;
    }

    void setChildren(Expression *e, std::initializer_list<const Expression *> children)
    {
        e->m_children = m_arena.copyArray(children.begin(), children.size());
        e->m_childCount = quint32(children.size());
    }

    void takeChildren(Expression *e, std::size_t mark)
    {
        e->m_childCount = quint32(m_scratch.size() - mark);
        e->m_children = m_arena.copyArray(m_scratch.data() + mark, e->m_childCount);
        m_scratch.resize(mark);
    }

    Expression *numberLiteral(const Token &token)
    {
        Expression *e = node(ExprKind::Literal, token.range);
        e->m_literalType = LiteralType::Number;
        const std::string_view raw = text(token);
        const std::string canonical = canonicalNumber(raw);
        e->m_text = canonical.empty() ? raw : m_arena.copyString(canonical);
        double value = 0;
        std::from_chars(raw.data(), raw.data() + raw.size(), value);
        e->m_number = value;
        return e;
    }

    Expression *stringLiteral(std::string_view value, const Range &range)
    {
        Expression *e = node(ExprKind::Literal, range);
        e->m_literalType = LiteralType::String;
        e->m_text = value;
        return e;
    }

    /**
     * String values are in Unicode normalization form C, as cty (HashiCorp's value system) makes
     * every string it creates. Pure ASCII, by far the common case, is already normalized.
     */
    std::string_view normalized(std::string_view text)
    {
        bool ascii = true;
        for (const char c : text) {
            if (static_cast<unsigned char>(c) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii)
            return text;
        const QString original = QString::fromUtf8(text.data(), qsizetype(text.size()));
        const QString nfc = original.normalized(QString::NormalizationForm_C);
        if (nfc == original)
            return text;
        const QByteArray bytes = nfc.toUtf8();
        return m_arena.copyString(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    }

    /** Undoes escapes in a literal token. Views into the source whenever nothing needs decoding. */
    std::string_view decodeLiteral(const Token &token, bool quoted)
    {
        const std::string_view raw = text(token);
        if (!(token.flags & Token::NeedsDecode))
            return raw;
        std::string &out = m_decodeBuffer;
        out.clear();
        out.reserve(raw.size());
        auto invalidEscape = [&](std::size_t at, std::size_t length, const QString &detail) {
            const Position start = advance(token.range.start, raw.substr(0, at));
            const Position end = advance(start, raw.substr(at, length));
            fail(Range{start, end}, QStringLiteral("Invalid escape sequence"), detail);
        };
        for (std::size_t i = 0; i < raw.size();) {
            const char c = raw[i];
            if (quoted && c == '\\') {
                if (i + 1 >= raw.size()) {
                    invalidEscape(i, 1, QStringLiteral("Backslash must be followed by an escape "
                                                       "sequence selector character."));
                }
                const char selector = raw[i + 1];
                switch (selector) {
                case 'n':
                    out.push_back('\n');
                    i += 2;
                    continue;
                case 'r':
                    out.push_back('\r');
                    i += 2;
                    continue;
                case 't':
                    out.push_back('\t');
                    i += 2;
                    continue;
                case '"':
                    out.push_back('"');
                    i += 2;
                    continue;
                case '\\':
                    out.push_back('\\');
                    i += 2;
                    continue;
                case 'u':
                case 'U': {
                    const std::size_t digits = selector == 'u' ? 4 : 8;
                    // Unsigned: eight hex digits reach 0xFFFFFFFF, past int (UBSan, fuzz_hcl).
                    std::uint32_t cp = 0;
                    std::size_t k = 0;
                    for (; k < digits && i + 2 + k < raw.size(); ++k) {
                        const char h = raw[i + 2 + k];
                        std::uint32_t v;
                        if (h >= '0' && h <= '9')
                            v = h - '0';
                        else if (h >= 'a' && h <= 'f')
                            v = h - 'a' + 10;
                        else if (h >= 'A' && h <= 'F')
                            v = h - 'A' + 10;
                        else
                            break;
                        cp = cp * 16 + v;
                    }
                    if (k < digits) {
                        invalidEscape(i, 2 + k,
                                      QStringLiteral("The \\%1 escape sequence requires exactly %2 "
                                                     "hexadecimal digits.")
                                          .arg(QLatin1Char(selector))
                                          .arg(digits));
                    }
                    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                        invalidEscape(i, 2 + digits,
                                      QStringLiteral("The escape sequence does not name a valid "
                                                     "Unicode character."));
                    }
                    tw::appendUtf8(out, cp);
                    i += 2 + digits;
                    continue;
                }
                default: {
                    int length = 1;
                    decodeUtf8(raw, i + 1, length);
                    invalidEscape(i, 1 + std::size_t(length),
                                  QStringLiteral("The symbol \"%1\" is not a valid escape sequence "
                                                 "selector.")
                                      .arg(QString::fromUtf8(raw.data() + i + 1, length)));
                }
                }
            }
            if ((c == '$' || c == '%') && i + 2 < raw.size() && raw[i + 1] == c && raw[i + 2] == '{') {
                out.push_back(c);
                out.push_back('{');
                i += 3;
                continue;
            }
            out.push_back(c);
            ++i;
        }
        return m_arena.copyString(out);
    }

    // ---- bodies -------------------------------------------------------------------------------

    const Body *parseBody(TokenType end, const Range *openBrace)
    {
        const std::size_t attributeMark = m_attributes.size();
        const std::size_t blockMark = m_blocks.size();
        std::unordered_set<std::string_view> names; // only used once a body gets large
        Body *body = m_arena.make<Body>();
        const Position start = m_previousRange.end;
        Position finish;
        for (;;) {
            const Token next = peek();
            if (next.type == end) {
                finish = next.range.start;
                read();
                break;
            }
            switch (next.type) {
            case TokenType::Newline:
                read();
                continue;
            case TokenType::Ident: {
                const Token ident = read();
                const Token after = peek();
                switch (after.type) {
                case TokenType::Equal: {
                    const Attribute *attribute = finishAttribute(ident, false);
                    const std::size_t count = m_attributes.size() - attributeMark;
                    const Attribute *existing = nullptr;
                    if (count < 32) {
                        for (std::size_t i = attributeMark; i < m_attributes.size(); ++i) {
                            if (m_attributes[i]->m_name == attribute->m_name) {
                                existing = m_attributes[i];
                                break;
                            }
                        }
                        if (!existing && count == 31) {
                            for (std::size_t i = attributeMark; i < m_attributes.size(); ++i)
                                names.insert(m_attributes[i]->m_name);
                        }
                    } else if (!names.insert(attribute->m_name).second) {
                        for (std::size_t i = attributeMark; i < m_attributes.size(); ++i) {
                            if (m_attributes[i]->m_name == attribute->m_name)
                                existing = m_attributes[i];
                        }
                    }
                    if (existing) {
                        fail(attribute->m_nameRange, QStringLiteral("Attribute redefined"),
                             QStringLiteral("The argument \"%1\" was already set at %2:%3. Each "
                                            "argument may be set only once.")
                                 .arg(QString::fromUtf8(attribute->m_name.data(),
                                                        qsizetype(attribute->m_name.size())))
                                 .arg(existing->m_nameRange.start.line)
                                 .arg(existing->m_nameRange.start.column));
                    }
                    m_attributes.push_back(attribute);
                    break;
                }
                case TokenType::OQuote:
                case TokenType::OBrace:
                case TokenType::Ident:
                    m_blocks.push_back(finishBlock(ident));
                    break;
                default:
                    fail(ident.range, QStringLiteral("Argument or block definition required"),
                         QStringLiteral("An argument or block definition is required here. To set "
                                        "an argument, use the equals sign \"=\" to introduce the "
                                        "argument value."));
                }
                continue;
            }
            case TokenType::OQuote:
                fail(next.range, QStringLiteral("Invalid argument name"),
                     QStringLiteral("Argument names must not be quoted."));
            case TokenType::Eof:
                if (end == TokenType::CBrace && openBrace) {
                    fail(*openBrace, QStringLiteral("Unclosed configuration block"),
                         QStringLiteral("There is no closing brace for this block before the end "
                                        "of the file. This may be caused by incorrect brace nesting "
                                        "elsewhere in this file."));
                }
                [[fallthrough]];
            default:
                fail(next.range, QStringLiteral("Argument or block definition required"),
                     QStringLiteral("An argument or block definition is required here."));
            }
        }
        body->m_attributeCount = m_attributes.size() - attributeMark;
        body->m_attributes = m_arena.copyArray(m_attributes.data() + attributeMark,
                                               body->m_attributeCount);
        m_attributes.resize(attributeMark);
        body->m_blockCount = m_blocks.size() - blockMark;
        body->m_blocks = m_arena.copyArray(m_blocks.data() + blockMark, body->m_blockCount);
        m_blocks.resize(blockMark);
        body->m_range = Range{start, finish};
        return body;
    }

    const Attribute *finishAttribute(const Token &ident, bool singleLine)
    {
        read(); // "="
        const Expression *expression = parseExpression();
        Attribute *attribute = m_arena.make<Attribute>();
        attribute->m_name = text(ident);
        attribute->m_nameRange = ident.range;
        attribute->m_expression = expression;
        attribute->m_range = between(ident.range, expression->range());
        if (!singleLine) {
            const Token end = peek();
            if (end.type == TokenType::Comma) {
                fail(end.range, QStringLiteral("Unexpected comma after argument"),
                     QStringLiteral("Argument definitions must be separated by newlines, not "
                                    "commas. An argument definition must end with a newline."));
            }
            if (end.type != TokenType::Newline && end.type != TokenType::Eof) {
                fail(end.range, QStringLiteral("Missing newline after argument"),
                     QStringLiteral("An argument definition must end with a newline."));
            }
            if (end.type == TokenType::Newline)
                read();
        }
        return attribute;
    }

    const Block *finishBlock(const Token &ident)
    {
        DepthGuard depth(*this, ident.range);
        const std::size_t labelMark = m_labels.size();
        Token open;
        for (;;) {
            const Token token = peek();
            if (token.type == TokenType::OBrace) {
                open = read();
                break;
            }
            if (token.type == TokenType::OQuote) {
                m_labels.push_back(parseQuotedLabel());
                continue;
            }
            if (token.type == TokenType::Ident) {
                read();
                m_labels.push_back(Label{text(token), token.range});
                continue;
            }
            if (token.type == TokenType::Equal) {
                fail(token.range, QStringLiteral("Invalid block definition"),
                     QStringLiteral("The equals sign \"=\" indicates an argument definition, and "
                                    "must not be used when defining a block."));
            }
            if (token.type == TokenType::Newline) {
                fail(token.range, QStringLiteral("Invalid block definition"),
                     QStringLiteral("A block definition must have block content delimited by \"{\" "
                                    "and \"}\", starting on the same line as the block header."));
            }
            fail(token.range, QStringLiteral("Invalid block definition"),
                 QStringLiteral("Either a quoted string block label or an opening brace (\"{\") is "
                                "expected here."));
        }

        Block *block = m_arena.make<Block>();
        block->m_type = text(ident);
        block->m_typeRange = ident.range;
        block->m_labelCount = m_labels.size() - labelMark;
        block->m_labels = m_arena.copyArray(m_labels.data() + labelMark, block->m_labelCount);
        m_labels.resize(labelMark);
        block->m_openBraceRange = open.range;

        const TokenType first = peekType();
        if (first == TokenType::Newline || first == TokenType::Eof || first == TokenType::CBrace) {
            block->m_body = parseBody(TokenType::CBrace, &open.range);
        } else {
            block->m_body = parseSingleAttributeBody(open);
        }
        block->m_closeBraceRange = m_previousRange;
        block->m_range = between(ident.range, m_previousRange);

        const Token eol = peek();
        if (eol.type == TokenType::Newline) {
            read();
        } else if (eol.type != TokenType::Eof) {
            fail(eol.range, QStringLiteral("Missing newline after block definition"),
                 QStringLiteral("A block definition must end with a newline."));
        }
        return block;
    }

    const Body *parseSingleAttributeBody(const Token &open)
    {
        const Token ident = read();
        if (ident.type != TokenType::Ident) {
            fail(ident.range, QStringLiteral("Argument or block definition required"),
                 QStringLiteral("At this point a single-line block definition can contain only a "
                                "single argument."));
        }
        const Token next = peek();
        if (next.type == TokenType::OQuote || next.type == TokenType::OBrace
            || next.type == TokenType::Ident) {
            fail(between(ident.range, next.range), QStringLiteral("Argument definition required"),
                 QStringLiteral("A single-line block definition can contain only a single "
                                "argument. If you meant to define argument \"%1\", use an equals "
                                "sign to assign it a value. To define a nested block, place it on a "
                                "line of its own within its parent block.")
                     .arg(QString::fromUtf8(text(ident).data(), qsizetype(text(ident).size()))));
        }
        if (next.type != TokenType::Equal) {
            fail(next.range, QStringLiteral("Argument or block definition required"),
                 QStringLiteral("At this point a single-line block definition can contain only a "
                                "single argument."));
        }
        const Attribute *attribute = finishAttribute(ident, true);
        const Token close = peek();
        if (close.type != TokenType::CBrace) {
            fail(close.range, QStringLiteral("Invalid single-argument block definition"),
                 QStringLiteral("A single-line block definition must end with a closing brace "
                                "immediately after its single argument."));
        }
        read();
        Body *body = m_arena.make<Body>();
        const Attribute **attributes = static_cast<const Attribute **>(
            m_arena.allocate(sizeof(const Attribute *), alignof(const Attribute *)));
        attributes[0] = attribute;
        body->m_attributes = attributes;
        body->m_attributeCount = 1;
        body->m_range = Range{open.range.end, close.range.start};
        return body;
    }

    Label parseQuotedLabel()
    {
        const Token open = read();
        std::string_view value;
        for (;;) {
            const Token token = read();
            switch (token.type) {
            case TokenType::CQuote:
                return Label{value, between(open.range, token.range)};
            case TokenType::QuotedLit: {
                const std::string_view piece = decodeLiteral(token, true);
                if (value.empty()) {
                    value = piece;
                } else {
                    // Rare (a label split by lexer quirks): concatenate into the arena.
                    std::string joined(value);
                    joined += piece;
                    value = m_arena.copyString(joined);
                }
                break;
            }
            case TokenType::TemplateInterp:
            case TokenType::TemplateControl: {
                const QString which = token.type == TokenType::TemplateControl
                    ? QStringLiteral("%")
                    : QStringLiteral("$");
                fail(token.range, QStringLiteral("Invalid string literal"),
                     QStringLiteral("Template sequences are not allowed in this string. To include "
                                    "a literal \"%1\", double it (as \"%1%1\") to escape it.")
                         .arg(which));
            }
            case TokenType::Eof:
                fail(open.range, QStringLiteral("Unterminated template string"),
                     QStringLiteral("No closing marker was found for the string."));
            default:
                fail(token.range, QStringLiteral("Invalid string literal"),
                     QStringLiteral("This item is not valid in a string literal."));
            }
        }
    }

    // ---- expressions --------------------------------------------------------------------------

    const Expression *parseExpression()
    {
        DepthGuard depth(*this, m_previousRange);
        return parseConditional();
    }

    const Expression *parseConditional()
    {
        const Expression *condition = parseBinary(1);
        if (peekType() != TokenType::Question)
            return condition;
        read();
        const Expression *trueResult = parseExpression();
        const Token colon = peek();
        if (colon.type != TokenType::Colon) {
            fail(colon.range, QStringLiteral("Missing false expression in conditional"),
                 QStringLiteral("The conditional operator (...?...:...) requires a false "
                                "expression, delimited by a colon."));
        }
        read();
        const Expression *falseResult = parseExpression();
        Expression *e = node(ExprKind::Conditional, between(condition->range(), falseResult->range()));
        setChildren(e, {condition, trueResult, falseResult});
        return e;
    }

    static int precedence(TokenType type, Operator &op)
    {
        switch (type) {
        case TokenType::Or:
            op = Operator::Or;
            return 1;
        case TokenType::And:
            op = Operator::And;
            return 2;
        case TokenType::EqualEqual:
            op = Operator::Equal;
            return 3;
        case TokenType::NotEqual:
            op = Operator::NotEqual;
            return 3;
        case TokenType::Less:
            op = Operator::Less;
            return 4;
        case TokenType::LessEqual:
            op = Operator::LessOrEqual;
            return 4;
        case TokenType::Greater:
            op = Operator::Greater;
            return 4;
        case TokenType::GreaterEqual:
            op = Operator::GreaterOrEqual;
            return 4;
        case TokenType::Plus:
            op = Operator::Add;
            return 5;
        case TokenType::Minus:
            op = Operator::Subtract;
            return 5;
        case TokenType::Star:
            op = Operator::Multiply;
            return 6;
        case TokenType::Slash:
            op = Operator::Divide;
            return 6;
        case TokenType::Percent:
            op = Operator::Modulo;
            return 6;
        default:
            return 0;
        }
    }

    /** Precedence climbing; equivalent to HashiCorp's one-function-per-level, left associative. */
    const Expression *parseBinary(int minPrecedence)
    {
        const Expression *lhs = parseWithTraversals();
        for (;;) {
            Operator op = Operator::None;
            const int prec = precedence(peekType(), op);
            if (prec == 0 || prec < minPrecedence)
                return lhs;
            read();
            DepthGuard depth(*this, m_previousRange);
            const Expression *rhs = parseBinary(prec + 1);
            Expression *e = node(ExprKind::Binary, between(lhs->range(), rhs->range()));
            e->m_op = op;
            setChildren(e, {lhs, rhs});
            lhs = e;
        }
    }

    const Expression *parseWithTraversals()
    {
        return parseTraversals(parseTerm());
    }

    const Expression *parseTraversals(const Expression *from)
    {
        const Expression *result = from;
        for (;;) {
            const TokenType type = peekType();
            if (type == TokenType::Dot) {
                const Token dot = read();
                const Token name = peek();
                if (name.type == TokenType::Ident) {
                    read();
                    Expression *e = node(ExprKind::GetAttr, between(result->range(), name.range));
                    e->m_text = text(name);
                    setChildren(e, {result});
                    result = e;
                } else if (name.type == TokenType::Number) {
                    read();
                    result = legacyIndex(result, name);
                } else if (name.type == TokenType::Star) {
                    const Token star = read();
                    // Attribute-only splat: only .name / .0 steps belong to each element.
                    Expression *anon = node(ExprKind::AnonSymbol, between(dot.range, star.range));
                    const Expression *each = anon;
                    while (peekType() == TokenType::Dot) {
                        read();
                        const Token step = peek();
                        if (step.type == TokenType::Number) {
                            read();
                            each = legacyIndex(each, step);
                            continue;
                        }
                        if (step.type != TokenType::Ident) {
                            if (step.type == TokenType::Star) {
                                fail(step.range, QStringLiteral("Nested splat expression not allowed"),
                                     QStringLiteral("A splat expression (*) cannot be used inside "
                                                    "another attribute-only splat expression."));
                            }
                            fail(step.range, QStringLiteral("Invalid attribute name"),
                                 QStringLiteral("An attribute name is required after a dot."));
                        }
                        read();
                        Expression *e = node(ExprKind::GetAttr, between(each->range(), step.range));
                        e->m_text = text(step);
                        setChildren(e, {each});
                        each = e;
                    }
                    Expression *splat = node(ExprKind::Splat, between(result->range(), each->range()));
                    setChildren(splat, {result, each});
                    result = splat;
                } else {
                    fail(name.range, QStringLiteral("Invalid attribute name"),
                         QStringLiteral("An attribute name is required after a dot."));
                }
                continue;
            }
            if (type == TokenType::OBrack) {
                const Token open = read();
                NewlineScope newlines(*this, false);
                if (peekType() == TokenType::Star) {
                    read();
                    const Token close = read();
                    if (close.type != TokenType::CBrack) {
                        fail(close.range, QStringLiteral("Missing close bracket on splat index"),
                             QStringLiteral("The star for a full splat operator must be immediately "
                                            "followed by a closing bracket (\"]\")."));
                    }
                    // The full splat applies every remaining step to each element.
                    Expression *anon = node(ExprKind::AnonSymbol, between(open.range, close.range));
                    DepthGuard depth(*this, open.range);
                    m_newlines.back() = m_newlines[m_newlines.size() - 2];
                    const Expression *each = parseTraversals(anon);
                    Expression *splat = node(ExprKind::Splat, between(result->range(), each->range()));
                    splat->m_flags |= Expression::FlagFullSplat;
                    setChildren(splat, {result, each});
                    result = splat;
                    continue;
                }
                const Expression *key = parseExpression();
                const Token close = peek();
                if (close.type != TokenType::CBrack) {
                    fail(close.range, QStringLiteral("Missing close bracket on index"),
                         QStringLiteral("The index operator must end with a closing bracket "
                                        "(\"]\")."));
                }
                read();
                Expression *e = node(ExprKind::Index, between(result->range(), close.range));
                setChildren(e, {result, key});
                result = e;
                continue;
            }
            return result;
        }
    }

    const Expression *legacyIndex(const Expression *collection, const Token &number)
    {
        Expression *key = numberLiteral(number);
        Expression *e = node(ExprKind::Index, between(collection->range(), number.range));
        e->m_flags |= Expression::FlagLegacyIndex;
        setChildren(e, {collection, key});
        return e;
    }

    const Expression *parseTerm()
    {
        const Token start = peek();
        switch (start.type) {
        case TokenType::OParen: {
            read();
            NewlineScope newlines(*this, false);
            const Expression *inner = parseExpression();
            const Token close = peek();
            if (close.type != TokenType::CParen) {
                fail(close.range, QStringLiteral("Unbalanced parentheses"),
                     QStringLiteral("Expected a closing parenthesis to terminate the expression."));
            }
            read();
            Expression *e = node(ExprKind::Parenthesized, between(start.range, close.range));
            setChildren(e, {inner});
            return e;
        }
        case TokenType::Number:
            read();
            return numberLiteral(start);
        case TokenType::Ident: {
            read();
            const std::string_view name = text(start);
            if (name == "true" || name == "false" || name == "null") {
                Expression *e = node(ExprKind::Literal, start.range);
                if (name == "null") {
                    e->m_literalType = LiteralType::Null;
                } else {
                    e->m_literalType = LiteralType::Bool;
                    if (name == "true")
                        e->m_flags |= Expression::FlagTrue;
                }
                return e;
            }
            const TokenType next = peekType();
            if (next == TokenType::OParen || next == TokenType::DoubleColon)
                return finishFunctionCall(start);
            Expression *e = node(ExprKind::Variable, start.range);
            e->m_text = name;
            return e;
        }
        case TokenType::OQuote:
        case TokenType::OHeredoc:
            return parseTemplate();
        case TokenType::Minus:
        case TokenType::Bang: {
            read();
            DepthGuard depth(*this, start.range);
            const Expression *operand = parseWithTraversals();
            Expression *e = node(ExprKind::Unary, between(start.range, operand->range()));
            e->m_op = start.type == TokenType::Minus ? Operator::Negate : Operator::Not;
            setChildren(e, {operand});
            return e;
        }
        case TokenType::OBrack:
            return parseTuple();
        case TokenType::OBrace:
            return parseObject();
        case TokenType::Eof:
            fail(start.range, QStringLiteral("Missing expression"),
                 QStringLiteral("Expected the start of an expression, but found the end of the "
                                "file."));
        default:
            fail(start.range, QStringLiteral("Invalid expression"),
                 QStringLiteral("Expected the start of an expression, but found an invalid "
                                "expression token."));
        }
    }

    const Expression *finishFunctionCall(const Token &nameToken)
    {
        Range nameRange = nameToken.range;
        while (peekType() == TokenType::DoubleColon) {
            read();
            const Token part = read();
            if (part.type != TokenType::Ident) {
                fail(part.range, QStringLiteral("Missing function name"),
                     QStringLiteral("Function scope resolution symbol :: must be followed by a "
                                    "function name in this scope."));
            }
            nameRange.end = part.range.end;
        }
        const Token open = peek();
        if (open.type != TokenType::OParen) {
            fail(open.range, QStringLiteral("Missing open parenthesis"),
                 QStringLiteral("Function selector must be followed by an open parenthesis to "
                                "begin the function call."));
        }
        read();
        NewlineScope newlines(*this, false);
        const std::size_t mark = m_scratch.size();
        bool expandFinal = false;
        Token close;
        for (;;) {
            if (peekType() == TokenType::CParen) {
                close = read();
                break;
            }
            m_scratch.push_back(parseExpression());
            const Token separator = read();
            if (separator.type == TokenType::CParen) {
                close = separator;
                break;
            }
            if (separator.type == TokenType::Ellipsis) {
                expandFinal = true;
                const Token after = peek();
                if (after.type != TokenType::CParen) {
                    fail(after.range, QStringLiteral("Missing closing parenthesis"),
                         QStringLiteral("An expanded function argument (with ...) must be "
                                        "immediately followed by closing parentheses."));
                }
                close = read();
                break;
            }
            if (separator.type != TokenType::Comma) {
                if (separator.type == TokenType::Eof) {
                    fail(between(nameRange, open.range), QStringLiteral("Unterminated function call"),
                         QStringLiteral("There is no closing parenthesis for this function call "
                                        "before the end of the file. This may be caused by "
                                        "incorrect parenthesis nesting elsewhere in this file."));
                }
                fail(separator.range, QStringLiteral("Missing argument separator"),
                     QStringLiteral("A comma is required to separate each function argument from "
                                    "the next."));
            }
        }
        Expression *e = node(ExprKind::FunctionCall, between(nameRange, close.range));
        e->m_text = source(nameRange);
        if (expandFinal)
            e->m_flags |= Expression::FlagExpandFinal;
        takeChildren(e, mark);
        return e;
    }

    const Expression *parseTuple()
    {
        const Token open = read();
        NewlineScope newlines(*this, false);
        if (isKeyword(peek(), "for"))
            return finishFor(open);
        const std::size_t mark = m_scratch.size();
        Token close;
        for (;;) {
            if (peekType() == TokenType::CBrack) {
                close = read();
                break;
            }
            m_scratch.push_back(parseExpression());
            const Token next = peek();
            if (next.type == TokenType::CBrack) {
                close = read();
                break;
            }
            if (next.type != TokenType::Comma) {
                fail(next.range, QStringLiteral("Missing item separator"),
                     QStringLiteral("Expected a comma to mark the beginning of the next item."));
            }
            read();
        }
        Expression *e = node(ExprKind::Tuple, between(open.range, close.range));
        takeChildren(e, mark);
        return e;
    }

    const Expression *parseObject()
    {
        const Token open = read();
        NewlineScope newlines(*this, true);
        if (isKeyword(peek(), "for")) {
            m_newlines.back() = false;
            return finishFor(open);
        }
        const std::size_t mark = m_scratch.size();
        Token close;
        for (;;) {
            const Token next = peek();
            if (next.type == TokenType::Newline) {
                read();
                continue;
            }
            if (next.type == TokenType::CBrace) {
                close = read();
                break;
            }
            const Expression *key;
            {
                NewlineScope keyNewlines(*this, false);
                key = parseExpression();
            }
            const Token separator = peek();
            if (separator.type != TokenType::Equal && separator.type != TokenType::Colon) {
                if (separator.type == TokenType::Newline || separator.type == TokenType::Comma) {
                    fail(separator.range, QStringLiteral("Missing attribute value"),
                         QStringLiteral("Expected an attribute value, introduced by an equals sign "
                                        "(\"=\")."));
                }
                if (separator.type == TokenType::Ident) {
                    fail(separator.range, QStringLiteral("Missing key/value separator"),
                         QStringLiteral("Expected an equals sign (\"=\") to mark the beginning of "
                                        "the attribute value. If you intended to given an attribute "
                                        "name containing periods or spaces, write the name in quotes "
                                        "to create a string literal."));
                }
                if (separator.type == TokenType::Eof) {
                    fail(open.range, QStringLiteral("Unterminated object constructor expression"),
                         QStringLiteral("There is no corresponding closing brace before the end of "
                                        "the file. This may be caused by incorrect brace nesting "
                                        "elsewhere in this file."));
                }
                fail(separator.range, QStringLiteral("Missing key/value separator"),
                     QStringLiteral("Expected an equals sign (\"=\") to mark the beginning of the "
                                    "attribute value."));
            }
            read();
            const Expression *value = parseExpression();
            m_scratch.push_back(key);
            m_scratch.push_back(value);
            const Token after = peek();
            if (after.type == TokenType::CBrace) {
                close = read();
                break;
            }
            if (after.type != TokenType::Comma && after.type != TokenType::Newline) {
                if (after.type == TokenType::Eof) {
                    fail(open.range, QStringLiteral("Unterminated object constructor expression"),
                         QStringLiteral("There is no corresponding closing brace before the end of "
                                        "the file. This may be caused by incorrect brace nesting "
                                        "elsewhere in this file."));
                }
                fail(after.range, QStringLiteral("Missing attribute separator"),
                     QStringLiteral("Expected a newline or comma to mark the beginning of the next "
                                    "attribute."));
            }
            read();
        }
        Expression *e = node(ExprKind::Object, between(open.range, close.range));
        takeChildren(e, mark);
        return e;
    }

    const Expression *finishFor(const Token &open)
    {
        const bool object = open.type == TokenType::OBrace;
        const TokenType closeType = object ? TokenType::CBrace : TokenType::CBrack;
        read(); // "for"
        auto invalid = [&](const Range &range, const char *detail) {
            fail(range, QStringLiteral("Invalid 'for' expression"), QString::fromUtf8(detail));
        };
        Token name = peek();
        if (name.type != TokenType::Ident)
            invalid(name.range, "For expression requires variable name after 'for'.");
        read();
        std::string_view keyName;
        std::string_view valueName = text(name);
        if (peekType() == TokenType::Comma) {
            read();
            keyName = valueName;
            name = peek();
            if (name.type != TokenType::Ident)
                invalid(name.range, "For expression requires value variable name after comma.");
            read();
            valueName = text(name);
        }
        if (!isKeyword(peek(), "in"))
            invalid(peek().range, "For expression requires the 'in' keyword after its name declarations.");
        read();
        const Expression *collection = parseExpression();
        if (peekType() != TokenType::Colon)
            invalid(peek().range, "For expression requires a colon after the collection expression.");
        read();
        const Expression *key = nullptr;
        if (object) {
            key = parseExpression();
            if (peekType() != TokenType::FatArrow)
                invalid(peek().range, "Key expression in 'for' expression must be followed by '=>'.");
            read();
        }
        const Expression *value = parseExpression();
        bool grouping = false;
        if (object && peekType() == TokenType::Ellipsis) {
            read();
            grouping = true;
        }
        const Expression *condition = nullptr;
        if (isKeyword(peek(), "if")) {
            read();
            condition = parseExpression();
        }
        const Token close = peek();
        if (close.type != closeType) {
            invalid(close.range, "Extra characters after the end of the 'for' expression.");
        }
        read();
        Expression *e = node(ExprKind::For, between(open.range, close.range));
        e->m_text = keyName;
        e->m_text2 = valueName;
        if (object)
            e->m_flags |= Expression::FlagObjectFor;
        if (grouping)
            e->m_flags |= Expression::FlagGrouping;
        setChildren(e, {collection, key, value, condition});
        return e;
    }

    // ---- templates ----------------------------------------------------------------------------

    const Expression *parseTemplate()
    {
        const Token open = read();
        const bool heredoc = open.type == TokenType::OHeredoc;
        const TokenType closeType = heredoc ? TokenType::CHeredoc : TokenType::CQuote;
        NewlineScope newlines(*this, true);
        DepthGuard depth(*this, open.range);

        const std::size_t mark = m_parts.size();
        bool ltrimNext = false;
        bool nextCanTrimPrevious = false;
        Token close;
        for (;;) {
            const Token next = read();
            if (next.type == closeType) {
                close = next;
                break;
            }
            const bool ltrim = ltrimNext;
            ltrimNext = false;
            const bool canTrimPrevious = nextCanTrimPrevious;
            nextCanTrimPrevious = false;
            switch (next.type) {
            case TokenType::QuotedLit:
            case TokenType::StringLit: {
                std::string_view value = decodeLiteral(next, next.type == TokenType::QuotedLit);
                if (ltrim)
                    value = trimLeftSpace(value);
                TemplatePart part;
                part.kind = TemplatePart::Literal;
                part.range = next.range;
                part.text = value;
                m_parts.push_back(part);
                nextCanTrimPrevious = true;
                break;
            }
            case TokenType::TemplateInterp:
            case TokenType::TemplateControl: {
                if (canTrimPrevious && (next.flags & Token::Strip) && m_parts.size() > mark
                    && m_parts.back().kind == TemplatePart::Literal) {
                    m_parts.back().text = trimRightSpace(m_parts.back().text);
                }
                NewlineScope inner(*this, false);
                TemplatePart part;
                if (next.type == TokenType::TemplateInterp) {
                    part.kind = TemplatePart::Interp;
                    part.expression = parseExpression();
                    const Token end = peek();
                    if (end.type != TokenType::TemplateSeqEnd) {
                        if (end.type == TokenType::Eof) {
                            fail(next.range, QStringLiteral("Unclosed template interpolation sequence"),
                                 QStringLiteral("There is no closing brace for this interpolation "
                                                "sequence before the end of the file. This might be "
                                                "caused by incorrect nesting inside the given "
                                                "expression."));
                        }
                        if (end.type == TokenType::Colon) {
                            fail(end.range, QStringLiteral("Extra characters after interpolation expression"),
                                 QStringLiteral("Template interpolation doesn't expect a colon at "
                                                "this location. Did you intend this to be a literal "
                                                "sequence to be processed as part of another "
                                                "language? If so, you can escape it by starting "
                                                "with \"$${\" instead of just \"${\"."));
                        }
                        fail(end.range, QStringLiteral("Extra characters after interpolation expression"),
                             QStringLiteral("Expected a closing brace to end the interpolation "
                                            "expression, but found extra characters.\n\nThis can "
                                            "happen when you include interpolation syntax for "
                                            "another language, such as shell scripting, but forget "
                                            "to escape the interpolation start token. If this is an "
                                            "embedded sequence for another language, escape it by "
                                            "starting with \"$${\" instead of just \"${\"."));
                    }
                    read();
                    ltrimNext = end.flags & Token::Strip;
                    part.range = between(next.range, end.range);
                } else {
                    parseDirective(next, part);
                    const Token end = peek();
                    if (end.type != TokenType::TemplateSeqEnd) {
                        fail(end.range, QStringLiteral("Extra characters in template directive"),
                             QStringLiteral("Expected a closing brace to end the sequence, but "
                                            "found extra characters."));
                    }
                    read();
                    ltrimNext = end.flags & Token::Strip;
                    part.range = between(next.range, end.range);
                }
                m_parts.push_back(part);
                break;
            }
            default:
                fail(open.range, QStringLiteral("Unterminated template string"),
                     QStringLiteral("No closing marker was found for the string."));
            }
        }

        if (heredoc && (open.flags & Token::Flush))
            flushHeredoc(mark);
        meldLiterals(mark);

        const std::size_t partCount = m_parts.size() - mark;
        const Range range = between(open.range, close.range);
        if (partCount == 1 && m_parts[mark].kind == TemplatePart::Interp) {
            // "${x}" alone yields x's value unconverted (HashiCorp's TemplateWrapExpr).
            Expression *wrap = node(ExprKind::TemplateWrap, range);
            setChildren(wrap, {m_parts[mark].expression});
            m_parts.resize(mark);
            return wrap;
        }
        std::size_t index = mark;
        Expression *result = buildTemplate(index, range);
        if (index < m_parts.size()) {
            const TemplatePart &stray = m_parts[index];
            const char *what = stray.kind == TemplatePart::Else ? "else"
                : stray.kind == TemplatePart::EndIf             ? "endif"
                                                                : "endfor";
            fail(stray.range, QStringLiteral("Unexpected %1 directive").arg(QLatin1StringView(what)),
                 QStringLiteral("There is no matching opening directive for this one."));
        }
        if (heredoc)
            result->m_flags |= Expression::FlagHeredoc;
        m_parts.resize(mark);
        return result;
    }

    void parseDirective(const Token &open, TemplatePart &part)
    {
        const Token keyword = peek();
        if (keyword.type != TokenType::Ident) {
            fail(keyword.range, QStringLiteral("Invalid template directive"),
                 QStringLiteral("A template directive keyword (\"if\", \"for\", etc) is expected at "
                                "the beginning of a %{ sequence."));
        }
        read();
        const std::string_view word = text(keyword);
        if (word == "if") {
            part.kind = TemplatePart::If;
            part.expression = parseExpression();
        } else if (word == "else") {
            part.kind = TemplatePart::Else;
        } else if (word == "endif") {
            part.kind = TemplatePart::EndIf;
        } else if (word == "for") {
            part.kind = TemplatePart::For;
            Token name = peek();
            if (name.type != TokenType::Ident) {
                fail(name.range, QStringLiteral("Invalid 'for' directive"),
                     QStringLiteral("For directive requires variable name after 'for'."));
            }
            read();
            part.valueName = text(name);
            if (peekType() == TokenType::Comma) {
                read();
                part.keyName = part.valueName;
                name = peek();
                if (name.type != TokenType::Ident) {
                    fail(name.range, QStringLiteral("Invalid 'for' directive"),
                         QStringLiteral("For directive requires value variable name after comma."));
                }
                read();
                part.valueName = text(name);
            }
            if (!isKeyword(peek(), "in")) {
                fail(peek().range, QStringLiteral("Invalid 'for' directive"),
                     QStringLiteral("For directive requires 'in' keyword after names."));
            }
            read();
            part.expression = parseExpression();
        } else if (word == "endfor") {
            part.kind = TemplatePart::EndFor;
        } else {
            fail(keyword.range, QStringLiteral("Invalid template control keyword"),
                 QStringLiteral("\"%1\" is not a valid template control keyword.")
                     .arg(QString::fromUtf8(word.data(), qsizetype(word.size()))));
        }
        Q_UNUSED(open);
    }

    /** <<- heredocs: drop the smallest common indentation (in characters) of non-blank lines. */
    void flushHeredoc(std::size_t mark)
    {
        int minSpaces = INT_MAX;
        bool lineStart = true;
        for (std::size_t i = mark; i < m_parts.size(); ++i) {
            TemplatePart &part = m_parts[i];
            if (lineStart) {
                lineStart = false;
                int spaces = 0;
                if (part.kind == TemplatePart::Literal) {
                    int chars = 0;
                    const std::size_t bytes = leadingSpace(part.text, &chars);
                    if (bytes == part.text.size() && !part.text.empty() && part.text.back() == '\n') {
                        spaces = INT_MAX; // a blank line does not count
                    } else {
                        spaces = chars;
                        part.adjust = true;
                    }
                }
                if (spaces < minSpaces)
                    minSpaces = spaces;
            }
            if (part.kind == TemplatePart::Literal && !part.text.empty() && part.text.back() == '\n')
                lineStart = true;
        }
        if (minSpaces == INT_MAX || minSpaces == 0)
            return;
        for (std::size_t i = mark; i < m_parts.size(); ++i) {
            TemplatePart &part = m_parts[i];
            if (!part.adjust)
                continue;
            std::size_t bytes = 0;
            for (int k = 0; k < minSpaces && bytes < part.text.size(); ++k) {
                int length = 1;
                decodeUtf8(part.text, bytes, length);
                bytes += std::size_t(length);
            }
            part.range.start = advance(part.range.start, part.text.substr(0, bytes));
            part.text = part.text.substr(bytes);
        }
    }

    void meldLiterals(std::size_t mark)
    {
        std::size_t out = mark;
        for (std::size_t i = mark; i < m_parts.size(); ++i) {
            TemplatePart &part = m_parts[i];
            if (out > mark && part.kind == TemplatePart::Literal
                && m_parts[out - 1].kind == TemplatePart::Literal) {
                TemplatePart &previous = m_parts[out - 1];
                if (previous.text.data() + previous.text.size() == part.text.data()
                    || part.text.empty()) {
                    previous.text = std::string_view(previous.text.data(),
                                                     previous.text.size() + part.text.size());
                } else if (previous.text.empty()) {
                    previous.text = part.text;
                } else {
                    m_joinBuffer.assign(previous.text);
                    m_joinBuffer.append(part.text);
                    previous.text = m_arena.copyString(m_joinBuffer);
                }
                previous.range.end = part.range.end;
                continue;
            }
            m_parts[out++] = part;
        }
        m_parts.resize(out);
    }

    /** Turns the flat part list into nested TemplateIf/TemplateFor nodes. */
    Expression *buildTemplate(std::size_t &index, const Range &range)
    {
        const std::size_t mark = m_scratch.size();
        while (index < m_parts.size()) {
            const TemplatePart part = m_parts[index];
            switch (part.kind) {
            case TemplatePart::Literal:
                m_scratch.push_back(stringLiteral(normalized(part.text), part.range));
                ++index;
                continue;
            case TemplatePart::Interp:
                m_scratch.push_back(part.expression);
                ++index;
                continue;
            case TemplatePart::If: {
                ++index;
                Expression *trueBranch = buildTemplate(index, part.range);
                const Expression *falseBranch = nullptr;
                if (index < m_parts.size() && m_parts[index].kind == TemplatePart::Else) {
                    const Range elseRange = m_parts[index].range;
                    ++index;
                    falseBranch = buildTemplate(index, elseRange);
                }
                if (index >= m_parts.size() || m_parts[index].kind != TemplatePart::EndIf) {
                    fail(index < m_parts.size() ? m_parts[index].range : part.range,
                         QStringLiteral("Unterminated template if directive"),
                         QStringLiteral("This %{if} has no matching %{endif}."));
                }
                const Range endRange = m_parts[index].range;
                ++index;
                Expression *e = node(ExprKind::TemplateIf, between(part.range, endRange));
                setChildren(e, {part.expression, trueBranch, falseBranch});
                m_scratch.push_back(e);
                continue;
            }
            case TemplatePart::For: {
                ++index;
                Expression *body = buildTemplate(index, part.range);
                if (index >= m_parts.size() || m_parts[index].kind != TemplatePart::EndFor) {
                    fail(index < m_parts.size() ? m_parts[index].range : part.range,
                         QStringLiteral("Unterminated template for directive"),
                         QStringLiteral("This %{for} has no matching %{endfor}."));
                }
                const Range endRange = m_parts[index].range;
                ++index;
                Expression *e = node(ExprKind::TemplateFor, between(part.range, endRange));
                e->m_text = part.keyName;
                e->m_text2 = part.valueName;
                setChildren(e, {part.expression, body});
                m_scratch.push_back(e);
                continue;
            }
            default:
                break; // else / endif / endfor: the caller decides
            }
            break;
        }
        Expression *e = node(ExprKind::Template, range);
        takeChildren(e, mark);
        return e;
    }

    File &m_file;
    Arena &m_arena;
    Lexer m_lexer;
    std::vector<Token> m_buffer;
    std::size_t m_pos = 0;
    std::vector<quint8> m_newlines;
    Range m_previousRange;
    int m_depth = 0;
    std::vector<const Expression *> m_scratch;
    std::vector<const Attribute *> m_attributes;
    std::vector<const Block *> m_blocks;
    std::vector<Label> m_labels;
    std::vector<TemplatePart> m_parts;
    std::string m_decodeBuffer;
    std::string m_joinBuffer;
};

std::shared_ptr<const File> parse(QByteArrayView utf8Source, const QString &fileName,
                                  Diagnostic *error)
{
    return Parser::run(utf8Source, fileName, error);
}

std::shared_ptr<const File> Parser::run(QByteArrayView utf8Source, const QString &fileName,
                                        Diagnostic *error)
{
    auto file = std::make_shared<File>();
    file->m_fileName = fileName;
    file->m_source = utf8Source.toByteArray();
    Parser parser(*file);
    try {
        parser.parseFile();
    } catch (const ParseFailure &failure) {
        Diagnostic diagnostic = failure.diagnostic;
        if (!failure.fromLexer)
            parser.findLexerError(diagnostic);
        if (error)
            *error = diagnostic;
        return nullptr;
    } catch (const std::bad_alloc &) {
        if (error) {
            *error = Diagnostic{Range{}, QStringLiteral("Out of memory"),
                                QStringLiteral("The file is too large to parse.")};
        }
        return nullptr;
    }
    return file;
}

tw::Result<std::shared_ptr<const File>> parse(QByteArrayView utf8Source, const QString &fileName)
{
    Diagnostic diagnostic;
    std::shared_ptr<const File> file = parse(utf8Source, fileName, &diagnostic);
    if (file)
        return file;
    QString detail = diagnostic.detail;
    if (!detail.isEmpty())
        detail[0] = detail[0].toLower();
    return tw::makeError(diagnostic.summary + QStringLiteral(": ") + detail,
                         QStringLiteral("%1:%2:%3")
                             .arg(fileName)
                             .arg(diagnostic.range.start.line)
                             .arg(diagnostic.range.start.column));
}

} // namespace tw::hcl
