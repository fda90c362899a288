// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/terraform/hcl/arena.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <span>
#include <string_view>

namespace tw::hcl {

/** A point in the source: 1-based line and column (column counts Unicode code points), 0-based byte. */
struct Position
{
    int line = 1;
    int column = 1;
    qsizetype byte = 0;
};

/** A half-open source span [start, end). */
struct Range
{
    Position start;
    Position end;
};

/** A parse error: where, a one-line summary and a sentence of detail (HashiCorp's wording). */
struct Diagnostic
{
    Range range;
    QString summary;
    QString detail;
};

enum class ExprKind : quint8 {
    Literal,       ///< number, bool, null, or a literal string part of a template
    Template,      ///< "...${}..." or heredoc; children = parts (String literals, expressions,
                   ///< TemplateIf, TemplateFor)
    TemplateWrap,  ///< a template that is exactly one interpolation "${x}": child 0 = x, whose
                   ///< value passes through unconverted
    TemplateIf,    ///< %{if}: children = condition, true Template, false Template (or nullptr)
    TemplateFor,   ///< %{for}: keyVariable()/valueVariable(); children = collection, body Template
    Tuple,         ///< [a, b]: children = items
    Object,        ///< {k = v}: children = key0, value0, key1, value1, ... A key that is a bare
                   ///< Variable (not parenthesised) stands for its name as a string.
    Variable,      ///< root of a scope traversal: name()
    GetAttr,       ///< x.name: child 0 = x, name()
    Index,         ///< x[k] or legacy x.0: children = x, k
    Splat,         ///< x[*].a or x.*.a: children = source, each (built on an AnonSymbol)
    AnonSymbol,    ///< the per-element placeholder inside a splat's "each" expression
    FunctionCall,  ///< f(a, b...): name() (may contain "::"), children = arguments
    Unary,         ///< op() is Not or Negate; child 0 = operand
    Binary,        ///< children = lhs, rhs; op()
    Conditional,   ///< children = condition, true result, false result
    For,           ///< [for ...] / {for ...}: keyVariable()/valueVariable(); children =
                   ///< collection, key (nullptr for tuples), value, condition (or nullptr)
    Parenthesized, ///< (x): child 0 = x
};

enum class LiteralType : quint8 { Null, Bool, Number, String };

enum class Operator : quint8 {
    None,
    Not,
    Negate,
    Multiply,
    Divide,
    Modulo,
    Add,
    Subtract,
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
    Equal,
    NotEqual,
    And,
    Or,
};

/**
 * One expression node. A single node type (rather than a class per kind) keeps the arena simple
 * and makes generic walks trivial: kind(), range(), children(). Kind-specific data is read through
 * the accessors documented on ExprKind. Nodes live in the File's arena and are immutable.
 */
class Expression
{
public:
    Expression() : m_text2() {}

    ExprKind kind() const { return m_kind; }
    const Range &range() const { return m_range; }

    std::span<const Expression *const> children() const { return {m_children, m_childCount}; }
    std::size_t childCount() const { return m_childCount; }
    const Expression *child(std::size_t index) const
    {
        return index < m_childCount ? m_children[index] : nullptr;
    }

    LiteralType literalType() const { return m_literalType; }
    bool boolValue() const { return m_flags & FlagTrue; }
    /** Number literals: the value as a double (exact text is in numberText()). */
    double numberValue() const
    {
        return m_kind == ExprKind::Literal && m_literalType == LiteralType::Number ? m_number : 0.0;
    }
    /** Number literals: canonical decimal text, without exponent (e.g. "1e3" -> "1000"). */
    std::string_view numberText() const { return m_text; }
    /** String literals (template parts): the decoded UTF-8 value. */
    std::string_view stringValue() const { return m_text; }
    /** Variable, GetAttr, FunctionCall: the name. */
    std::string_view name() const { return m_text; }
    /** For / TemplateFor: the key variable (empty when there is none) and the value variable. */
    std::string_view keyVariable() const { return m_text; }
    std::string_view valueVariable() const
    {
        return m_kind == ExprKind::For || m_kind == ExprKind::TemplateFor ? m_text2 : std::string_view();
    }

    Operator op() const { return m_op; }
    bool expandFinalArgument() const { return m_flags & FlagExpandFinal; }
    bool isFullSplat() const { return m_flags & FlagFullSplat; }
    bool isLegacyIndex() const { return m_flags & FlagLegacyIndex; }
    bool isGrouping() const { return m_flags & FlagGrouping; }
    bool isObjectFor() const { return m_flags & FlagObjectFor; }
    bool isHeredoc() const { return m_flags & FlagHeredoc; }

private:
    friend class Parser;

    enum Flag : quint8 {
        FlagTrue = 1,
        FlagExpandFinal = 2,
        FlagFullSplat = 4,
        FlagLegacyIndex = 8,
        FlagGrouping = 16,
        FlagObjectFor = 32,
        FlagHeredoc = 64,
    };

    ExprKind m_kind = ExprKind::Literal;
    LiteralType m_literalType = LiteralType::Null;
    Operator m_op = Operator::None;
    quint8 m_flags = 0;
    quint32 m_childCount = 0;
    const Expression *const *m_children = nullptr;
    Range m_range;
    std::string_view m_text;
    // Number literals never have a second name, so the two share storage (nodes stay small).
    union {
        std::string_view m_text2;
        double m_number;
    };
};

class Body;

/** name = expression */
class Attribute
{
public:
    std::string_view name() const { return m_name; }
    const Range &nameRange() const { return m_nameRange; }
    const Expression *expression() const { return m_expression; }
    /** From the name to the end of the expression. */
    const Range &range() const { return m_range; }

private:
    friend class Parser;
    std::string_view m_name;
    Range m_nameRange;
    const Expression *m_expression = nullptr;
    Range m_range;
};

/** A block label: its (decoded) value and where it was written, quotes included. */
struct Label
{
    std::string_view value;
    Range range;
};

/** type label* { body } */
class Block
{
public:
    std::string_view type() const { return m_type; }
    const Range &typeRange() const { return m_typeRange; }
    std::span<const Label> labels() const { return {m_labels, m_labelCount}; }
    const Body &body() const { return *m_body; }
    const Range &openBraceRange() const { return m_openBraceRange; }
    const Range &closeBraceRange() const { return m_closeBraceRange; }
    /** From the type name to the closing brace. */
    const Range &range() const { return m_range; }

private:
    friend class Parser;
    std::string_view m_type;
    Range m_typeRange;
    const Label *m_labels = nullptr;
    std::size_t m_labelCount = 0;
    const Body *m_body = nullptr;
    Range m_openBraceRange;
    Range m_closeBraceRange;
    Range m_range;
};

/** The attributes (unique names) and blocks of a file or block, each in source order. */
class Body
{
public:
    std::span<const Attribute *const> attributes() const { return {m_attributes, m_attributeCount}; }
    std::span<const Block *const> blocks() const { return {m_blocks, m_blockCount}; }
    const Attribute *findAttribute(std::string_view name) const
    {
        for (const Attribute *attribute : attributes()) {
            if (attribute->name() == name)
                return attribute;
        }
        return nullptr;
    }
    /** Inside the braces (whole file for the root body). */
    const Range &range() const { return m_range; }

private:
    friend class Parser;
    const Attribute *const *m_attributes = nullptr;
    std::size_t m_attributeCount = 0;
    const Block *const *m_blocks = nullptr;
    std::size_t m_blockCount = 0;
    Range m_range;
};

/**
 * A parsed file. Owns a copy of the source (every name and undecoded string in the AST is a view
 * into it) and the arena holding every node, so the AST stays valid as long as the File lives.
 */
class File
{
public:
    const QString &fileName() const { return m_fileName; }
    const QByteArray &source() const { return m_source; }
    const Body &body() const { return *m_body; }

    /** The exact source bytes of a range, e.g. to show or re-emit an expression verbatim. */
    std::string_view sourceText(const Range &range) const
    {
        return std::string_view(m_source.constData() + range.start.byte,
                                std::size_t(range.end.byte - range.start.byte));
    }
    std::string_view sourceText(const Expression &expression) const
    {
        return sourceText(expression.range());
    }

private:
    friend class Parser;
    QString m_fileName;
    QByteArray m_source;
    Arena m_arena;
    const Body *m_body = nullptr;
};

} // namespace tw::hcl
