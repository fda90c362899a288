// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/terraform/hcl/hcl2json.h"

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tw::hcl {

namespace {

/**
 * The length of the well-formed UTF-8 sequence starting at text[i] (2 to 4), or 0 when the bytes
 * there are not one: a lone continuation byte, an overlong form, a surrogate, beyond U+10FFFF,
 * or cut off by the end.
 */
std::size_t utf8SequenceLength(std::string_view text, std::size_t i)
{
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    std::uint32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (i + length > text.size())
        return 0;
    for (std::size_t k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[i + k]);
        if ((next & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (next & 0x3F);
    }
    if ((length == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (length == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
        return 0;
    return length;
}

/**
 * A minimal JSON tree. Bodies need one because repeated blocks merge into shared objects and
 * arrays; building it is cheap next to parsing, and keeps key replacement (last write wins, like
 * the Go map the reference converter uses) simple.
 */
struct JsonValue
{
    enum Type : quint8 { Object, Array, String, Number, Bool, Null };
    Type type = Null;
    bool boolean = false;
    std::string text;
    std::vector<std::pair<std::string, JsonValue *>> members;
    std::vector<JsonValue *> items;
    std::unordered_map<std::string, std::size_t> *index = nullptr; // built for large objects only
};

class Hcl2JsonWriter
{
public:
    explicit Hcl2JsonWriter(const File &file) : m_file(file) {}

    ~Hcl2JsonWriter()
    {
        for (JsonValue &value : m_pool)
            delete value.index;
    }

    QByteArray run(bool indented)
    {
        JsonValue *root = convertBody(m_file.body());
        m_indented = indented;
        m_out.reserve(std::size_t(m_file.source().size()) * 2);
        write(*root, 0);
        if (indented)
            m_out.push_back('\n');
        return QByteArray(m_out.data(), qsizetype(m_out.size()));
    }

private:
    JsonValue *make(JsonValue::Type type)
    {
        JsonValue &value = m_pool.emplace_back();
        value.type = type;
        return &value;
    }

    JsonValue *makeString(std::string text)
    {
        JsonValue *value = make(JsonValue::String);
        value->text = std::move(text);
        return value;
    }

    JsonValue *find(JsonValue &object, const std::string &key)
    {
        if (object.index) {
            const auto it = object.index->find(key);
            return it == object.index->end() ? nullptr : object.members[it->second].second;
        }
        for (auto &member : object.members) {
            if (member.first == key)
                return member.second;
        }
        return nullptr;
    }

    void set(JsonValue &object, const std::string &key, JsonValue *value)
    {
        if (object.index) {
            const auto it = object.index->find(key);
            if (it != object.index->end()) {
                object.members[it->second].second = value;
                return;
            }
        } else {
            for (auto &member : object.members) {
                if (member.first == key) {
                    member.second = value;
                    return;
                }
            }
        }
        object.members.emplace_back(key, value);
        if (object.index) {
            object.index->emplace(key, object.members.size() - 1);
        } else if (object.members.size() > 32) {
            object.index = new std::unordered_map<std::string, std::size_t>();
            for (std::size_t i = 0; i < object.members.size(); ++i)
                object.index->emplace(object.members[i].first, i);
        }
    }

    /**
     * The output strings are themselves templates (Terraform's JSON syntax interprets them), so a
     * literal "${" or "%{" that the source escaped as "$${" / "%%{" is escaped again; the reference
     * output keeps "$${" the same way.
     */
    static std::string escapeTemplate(std::string_view text)
    {
        std::string out;
        std::size_t from = 0;
        for (std::size_t brace = text.find('{'); brace != std::string_view::npos;
             brace = text.find('{', brace + 1)) {
            if (brace == 0 || (text[brace - 1] != '$' && text[brace - 1] != '%'))
                continue;
            out.append(text.data() + from, brace - from); // up to and including the sigil
            out.push_back(text[brace - 1]);               // ...which is doubled
            from = brace;
        }
        if (from == 0)
            return std::string(text);
        out.append(text.data() + from, text.size() - from);
        return out;
    }

    std::string source(const Expression &expression) const
    {
        return std::string(m_file.sourceText(expression));
    }

    std::string wrap(const Expression &expression) const
    {
        std::string out = "${";
        out += m_file.sourceText(expression);
        out += '}';
        return out;
    }

    JsonValue *convertBody(const Body &body)
    {
        JsonValue *object = make(JsonValue::Object);
        for (const Attribute *attribute : body.attributes())
            set(*object, std::string(attribute->name()), convertExpression(*attribute->expression()));
        for (const Block *block : body.blocks())
            convertBlock(*block, object);
        return object;
    }

    void convertBlock(const Block &block, JsonValue *out)
    {
        std::string key(block.type());
        JsonValue *value = convertBody(block.body());
        for (const Label &label : block.labels()) {
            JsonValue *inner = find(*out, key);
            if (!inner || inner->type != JsonValue::Object) {
                // The reference fails on a block colliding with an attribute; we let it win.
                inner = make(JsonValue::Object);
                set(*out, key, inner);
            }
            out = inner;
            key = std::string(label.value);
        }
        JsonValue *list = find(*out, key);
        if (!list || list->type != JsonValue::Array) {
            list = make(JsonValue::Array);
            set(*out, key, list);
        }
        list->items.push_back(value);
    }

    JsonValue *literal(const Expression &expression, bool negate)
    {
        switch (expression.literalType()) {
        case LiteralType::Null:
            return make(JsonValue::Null);
        case LiteralType::Bool: {
            JsonValue *value = make(JsonValue::Bool);
            value->boolean = expression.boolValue() != negate;
            return value;
        }
        case LiteralType::Number: {
            JsonValue *value = make(JsonValue::Number);
            const std::string_view digits = expression.numberText();
            value->text.reserve(digits.size() + 1);
            if (negate)
                value->text.push_back('-');
            value->text.append(digits.data(), digits.size());
            return value;
        }
        case LiteralType::String:
            return makeString(escapeTemplate(expression.stringValue()));
        }
        return make(JsonValue::Null);
    }

    JsonValue *convertExpression(const Expression &expression)
    {
        switch (expression.kind()) {
        case ExprKind::Literal:
            return literal(expression, false);
        case ExprKind::Unary: {
            // A negated or inverted literal folds to its value; anything else stays source text.
            const Expression *operand = expression.child(0);
            if (operand->kind() == ExprKind::Literal) {
                const LiteralType type = operand->literalType();
                if ((expression.op() == Operator::Negate && type == LiteralType::Number)
                    || (expression.op() == Operator::Not && type == LiteralType::Bool)) {
                    return literal(*operand, true);
                }
            }
            return makeString(wrap(expression));
        }
        case ExprKind::Template:
            return makeString(convertTemplate(expression));
        case ExprKind::TemplateWrap:
            return convertExpression(*expression.child(0));
        case ExprKind::Tuple: {
            JsonValue *array = make(JsonValue::Array);
            array->items.reserve(expression.childCount());
            for (const Expression *item : expression.children())
                array->items.push_back(convertExpression(*item));
            return array;
        }
        case ExprKind::Object: {
            JsonValue *object = make(JsonValue::Object);
            for (std::size_t i = 0; i + 1 < expression.childCount(); i += 2) {
                set(*object, convertKey(*expression.child(i)),
                    convertExpression(*expression.child(i + 1)));
            }
            return object;
        }
        default:
            return makeString(wrap(expression));
        }
    }

    static bool isScopeTraversal(const Expression &expression)
    {
        switch (expression.kind()) {
        case ExprKind::Variable:
            return true;
        case ExprKind::GetAttr:
            return isScopeTraversal(*expression.child(0));
        case ExprKind::Index: {
            const Expression *key = expression.child(1);
            const bool literalKey = key->kind() == ExprKind::Literal
                || (key->kind() == ExprKind::Template && key->childCount() == 1
                    && key->child(0)->kind() == ExprKind::Literal);
            return literalKey && isScopeTraversal(*expression.child(0));
        }
        default:
            return false;
        }
    }

    std::string convertKey(const Expression &key)
    {
        if (isScopeTraversal(key))
            return source(key);
        return convertStringPart(key);
    }

    std::string convertTemplate(const Expression &templ)
    {
        std::string out;
        for (const Expression *part : templ.children())
            out += convertStringPart(*part);
        return out;
    }

    std::string convertStringPart(const Expression &part)
    {
        switch (part.kind()) {
        case ExprKind::Literal:
            switch (part.literalType()) {
            case LiteralType::String:
                return escapeTemplate(part.stringValue());
            case LiteralType::Number:
                return std::string(part.numberText());
            case LiteralType::Bool:
                return part.boolValue() ? "true" : "false";
            case LiteralType::Null:
                return {};
            }
            return {};
        case ExprKind::Template:
            return convertTemplate(part);
        case ExprKind::TemplateWrap:
            return convertStringPart(*part.child(0));
        case ExprKind::Conditional:
        case ExprKind::TemplateIf: {
            std::string out = "%{if ";
            out += source(*part.child(0));
            out += '}';
            out += convertStringPart(*part.child(1));
            const std::string otherwise = part.child(2) ? convertStringPart(*part.child(2)) : std::string();
            if (!otherwise.empty()) {
                out += "%{else}";
                out += otherwise;
            }
            out += "%{endif}";
            return out;
        }
        case ExprKind::TemplateFor: {
            std::string out = "%{for ";
            if (!part.keyVariable().empty()) {
                out += part.keyVariable();
                out += ", ";
            }
            out += part.valueVariable();
            out += " in ";
            out += source(*part.child(0));
            out += '}';
            out += convertStringPart(*part.child(1));
            out += "%{endfor}";
            return out;
        }
        default:
            return wrap(part);
        }
    }

    // ---- serialisation ------------------------------------------------------------------------

    void newline(int depth)
    {
        if (!m_indented)
            return;
        m_out.push_back('\n');
        m_out.append(std::size_t(depth) * 2, ' ');
    }

    void writeString(std::string_view text)
    {
        static const char hex[] = "0123456789abcdef";
        m_out.push_back('"');
        // Copy runs of characters that need no escaping in one go.
        std::size_t runStart = 0;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const auto c = static_cast<unsigned char>(text[i]);
            if (c >= 0x80) {
                // Source text is copied verbatim (comments inside "${…}" included), and it need
                // not be UTF-8: each byte that is not part of a well-formed sequence becomes
                // U+FFFD, as Go's encoding/json (the reference converter's) does.
                if (const std::size_t length = utf8SequenceLength(text, i)) {
                    i += length - 1;
                    continue;
                }
                m_out.append(text.data() + runStart, i - runStart);
                runStart = i + 1;
                m_out.append("\xEF\xBF\xBD", 3);
                continue;
            }
            if (c >= 0x20 && c != '"' && c != '\\')
                continue;
            m_out.append(text.data() + runStart, i - runStart);
            runStart = i + 1;
            switch (c) {
            case '"':
                m_out.append("\\\"", 2);
                break;
            case '\\':
                m_out.append("\\\\", 2);
                break;
            case '\n':
                m_out.append("\\n", 2);
                break;
            case '\r':
                m_out.append("\\r", 2);
                break;
            case '\t':
                m_out.append("\\t", 2);
                break;
            default: {
                const char escape[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
                m_out.append(escape, 6);
            }
            }
        }
        m_out.append(text.data() + runStart, text.size() - runStart);
        m_out.push_back('"');
    }

    void write(const JsonValue &value, int depth)
    {
        switch (value.type) {
        case JsonValue::Null:
            m_out += "null";
            return;
        case JsonValue::Bool:
            m_out += value.boolean ? "true" : "false";
            return;
        case JsonValue::Number:
            m_out += value.text;
            return;
        case JsonValue::String:
            writeString(value.text);
            return;
        case JsonValue::Array:
            m_out.push_back('[');
            for (std::size_t i = 0; i < value.items.size(); ++i) {
                if (i)
                    m_out.push_back(',');
                newline(depth + 1);
                write(*value.items[i], depth + 1);
            }
            if (!value.items.empty())
                newline(depth);
            m_out.push_back(']');
            return;
        case JsonValue::Object:
            m_out.push_back('{');
            for (std::size_t i = 0; i < value.members.size(); ++i) {
                if (i)
                    m_out.push_back(',');
                newline(depth + 1);
                writeString(value.members[i].first);
                m_out += m_indented ? ": " : ":";
                write(*value.members[i].second, depth + 1);
            }
            if (!value.members.empty())
                newline(depth);
            m_out.push_back('}');
            return;
        }
    }

    const File &m_file;
    std::deque<JsonValue> m_pool;
    std::string m_out;
    bool m_indented = true;
};

} // namespace

QByteArray toHcl2Json(const File &file, bool indented)
{
    Hcl2JsonWriter writer(file);
    return writer.run(indented);
}

} // namespace tw::hcl
