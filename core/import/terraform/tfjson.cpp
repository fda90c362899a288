// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/terraform/tfjson.h"

#include "import/common/document.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace tw::terraform {
namespace {

using doc::Document;
using doc::NodeId;

bool isIdentifier(std::string_view s)
{
    if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_'))
        return false;
    for (char c : s)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'))
            return false;
    return true;
}

void appendQuoted(QByteArray &out, std::string_view s, bool keepTemplates)
{
    out += '"';
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '$':
        case '%':
            out += c;
            // A literal (non-template) string must not start an interpolation.
            if (!keepTemplates && i + 1 < s.size() && s[i + 1] == '{')
                out += c;
            break;
        default:
            out += c;
        }
    }
    out += '"';
}

class Writer
{
public:
    explicit Writer(const Document &d) : m_doc(d) {}

    QByteArray m_out;
    int m_line = 1;

    /** Moves the output to the line and column of a JSON node (or a fresh line when behind). */
    void moveTo(NodeId node)
    {
        const doc::Position p = m_doc.position(node);
        if (p.line > m_line) {
            m_out += QByteArray(p.line - m_line, '\n');
            m_line = p.line;
        } else {
            m_out += '\n';
            ++m_line;
        }
        m_out += QByteArray(std::max(0, p.column - 1), ' ');
    }

    void value(NodeId v, bool templates)
    {
        if (m_doc.isMapping(v)) {
            m_out += '{';
            for (std::uint32_t i = 0; i < m_doc.size(v); ++i) {
                if (i)
                    m_out += ", ";
                appendQuoted(m_out, m_doc.text(m_doc.keyAt(v, i)), false);
                m_out += " = ";
                value(m_doc.valueAt(v, i), templates);
            }
            m_out += '}';
        } else if (m_doc.isSequence(v)) {
            m_out += '[';
            for (std::uint32_t i = 0; i < m_doc.size(v); ++i) {
                if (i)
                    m_out += ", ";
                value(m_doc.itemAt(v, i), templates);
            }
            m_out += ']';
        } else if (m_doc.style(v) == doc::ScalarStyle::JsonString) {
            appendQuoted(m_out, m_doc.text(v), templates);
        } else {
            const std::string_view t = m_doc.text(v);
            m_out += QByteArray(t.data(), qsizetype(t.size()));
        }
    }

    void body(NodeId map, bool templates)
    {
        if (!m_doc.isMapping(map))
            return;
        for (std::uint32_t i = 0; i < m_doc.size(map); ++i) {
            const NodeId k = m_doc.keyAt(map, i);
            const std::string_view name = m_doc.text(k);
            if (!isIdentifier(name) || name == "depends_on" || name == "lifecycle" || name == "provisioner"
                || name == "connection" || name == "//")
                continue;
            moveTo(k);
            m_out += QByteArray(name.data(), qsizetype(name.size()));
            m_out += " = ";
            value(m_doc.valueAt(map, i), templates);
        }
    }

    void block(std::initializer_list<std::string_view> head, NodeId labelKey, NodeId bodyNode, bool templates)
    {
        // Labels may come as an array of bodies (several blocks of the same name).
        auto one = [&](NodeId b) {
            moveTo(labelKey);
            bool first = true;
            for (std::string_view h : head) {
                if (!first)
                    m_out += ' ';
                if (first)
                    m_out += QByteArray(h.data(), qsizetype(h.size()));
                else
                    appendQuoted(m_out, h, false);
                first = false;
            }
            m_out += " {";
            body(b, templates);
            m_out += "\n}";
            ++m_line;
        };
        if (m_doc.isSequence(bodyNode))
            for (std::uint32_t i = 0; i < m_doc.size(bodyNode); ++i)
                one(m_doc.itemAt(bodyNode, i));
        else
            one(bodyNode);
    }

    void file(NodeId root)
    {
        for (std::uint32_t i = 0; i < m_doc.size(root); ++i) {
            const std::string_view kind = m_doc.text(m_doc.keyAt(root, i));
            const NodeId v = m_doc.valueAt(root, i);
            if (!m_doc.isMapping(v))
                continue;
            if (kind == "resource" || kind == "data") {
                for (std::uint32_t t = 0; t < m_doc.size(v); ++t) {
                    const NodeId byName = m_doc.valueAt(v, t);
                    if (!m_doc.isMapping(byName))
                        continue;
                    for (std::uint32_t n = 0; n < m_doc.size(byName); ++n)
                        block({kind, m_doc.text(m_doc.keyAt(v, t)), m_doc.text(m_doc.keyAt(byName, n))}, m_doc.keyAt(byName, n),
                              m_doc.valueAt(byName, n), true);
                }
            } else if (kind == "variable" || kind == "module" || kind == "output" || kind == "provider") {
                for (std::uint32_t n = 0; n < m_doc.size(v); ++n)
                    // Variable defaults are literal values in JSON syntax, not templates.
                    block({kind, m_doc.text(m_doc.keyAt(v, n))}, m_doc.keyAt(v, n), m_doc.valueAt(v, n), kind != "variable");
            } else if (kind == "locals") {
                block({kind}, m_doc.keyAt(root, i), v, true);
            }
        }
        m_out += '\n';
    }

private:
    const Document &m_doc;
};

} // namespace

QByteArray tfJsonToHcl(const QByteArray &json, QString *error, int *line, int *column)
{
    doc::ParseOptions options;
    options.format = doc::Format::Json;
    auto parsed = doc::parseBytes(json, options);
    if (!parsed) {
        *error = parsed.error().message;
        const QStringList parts = parsed.error().location.split(QLatin1Char(':'));
        *line = parts.size() >= 2 ? parts.value(parts.size() - 2).toInt() : 0;
        *column = parts.size() >= 2 ? parts.last().toInt() : 0;
        return {};
    }
    const Document &d = *parsed;
    if (!d.isMapping(d.root())) {
        *error = QCoreApplication::translate("tw::Terraform", "A Terraform JSON file must contain an object");
        *line = 1;
        *column = 1;
        return {};
    }
    Writer w(d);
    w.file(d.root());
    return w.m_out;
}

bool isPlanJson(const QByteArray &json)
{
    const qsizetype head = std::min<qsizetype>(json.size(), 4096);
    return QByteArrayView(json.constData(), head).contains("\"format_version\"")
        && (json.contains("\"planned_values\"") || json.contains("\"values\""));
}

namespace {

void quoteInto(QByteArray &out, const QString &s)
{
    const QByteArray u = s.toUtf8();
    appendQuoted(out, std::string_view(u.constData(), std::size_t(u.size())), false);
}

void literal(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Object: {
        out += '{';
        const QJsonObject o = v.toObject();
        bool first = true;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!first)
                out += ", ";
            first = false;
            quoteInto(out, it.key());
            out += " = ";
            literal(out, it.value());
        }
        out += '}';
        break;
    }
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i)
                out += ", ";
            literal(out, a[i]);
        }
        out += ']';
        break;
    }
    case QJsonValue::String:
        quoteInto(out, v.toString());
        break;
    case QJsonValue::Double:
        out += QByteArray::number(v.toDouble(), 'g', 17);
        break;
    case QJsonValue::Bool:
        out += v.toBool() ? "true" : "false";
        break;
    default:
        out += "null";
    }
}

void collectModule(const QJsonObject &module, QList<QJsonObject> &out)
{
    const QJsonArray resources = module.value(QStringLiteral("resources")).toArray();
    for (const QJsonValue &r : resources)
        out.append(r.toObject());
    const QJsonArray children = module.value(QStringLiteral("child_modules")).toArray();
    for (const QJsonValue &c : children)
        collectModule(c.toObject(), out);
}

/** Configuration references per resource address (without instance keys), from "configuration". */
void collectReferences(const QJsonObject &module, const QString &prefix, QHash<QString, QStringList> &out)
{
    const QJsonArray resources = module.value(QStringLiteral("resources")).toArray();
    for (const QJsonValue &rv : resources) {
        const QJsonObject r = rv.toObject();
        QStringList refs;
        const QJsonObject expressions = r.value(QStringLiteral("expressions")).toObject();
        std::function<void(const QJsonValue &)> walk = [&](const QJsonValue &v) {
            if (v.isObject()) {
                const QJsonObject o = v.toObject();
                for (auto it = o.begin(); it != o.end(); ++it) {
                    if (it.key() == QLatin1StringView("references"))
                        for (const QJsonValue &x : it.value().toArray())
                            refs.append(x.toString());
                    else
                        walk(it.value());
                }
            } else if (v.isArray()) {
                for (const QJsonValue &x : v.toArray())
                    walk(x);
            }
        };
        walk(expressions);
        out[prefix + r.value(QStringLiteral("address")).toString()] += refs;
    }
    const QJsonObject calls = module.value(QStringLiteral("module_calls")).toObject();
    for (auto it = calls.begin(); it != calls.end(); ++it)
        collectReferences(it.value().toObject().value(QStringLiteral("module")).toObject(),
                          prefix + QStringLiteral("module.") + it.key() + QLatin1Char('.'), out);
}

} // namespace

QByteArray planJsonToHcl(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument d = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !d.isObject()) {
        *error = parseError.errorString();
        return {};
    }
    const QJsonObject root = d.object();
    QJsonObject values = root.value(QStringLiteral("planned_values")).toObject();
    if (values.isEmpty())
        values = root.value(QStringLiteral("values")).toObject();
    QList<QJsonObject> resources;
    collectModule(values.value(QStringLiteral("root_module")).toObject(), resources);
    QHash<QString, QStringList> references;
    collectReferences(root.value(QStringLiteral("configuration")).toObject().value(QStringLiteral("root_module")).toObject(),
                      QString(), references);
    static const QRegularExpression instanceKey(QStringLiteral("\\[[^\\]]*\\]"));
    QByteArray out;
    for (const QJsonObject &r : resources) {
        const QString mode = r.value(QStringLiteral("mode")).toString();
        if (mode != QLatin1StringView("managed"))
            continue;
        const QString address = r.value(QStringLiteral("address")).toString();
        out += "resource ";
        quoteInto(out, r.value(QStringLiteral("type")).toString());
        out += ' ';
        quoteInto(out, r.value(QStringLiteral("name")).toString());
        out += " {\n  __address = ";
        quoteInto(out, address);
        out += "\n  __references = [";
        const QStringList refs = references.value(QString(address).remove(instanceKey));
        for (qsizetype i = 0; i < refs.size(); ++i) {
            if (i)
                out += ", ";
            quoteInto(out, refs[i]);
        }
        out += "]\n";
        const QJsonObject attrs = r.value(QStringLiteral("values")).toObject();
        for (auto it = attrs.begin(); it != attrs.end(); ++it) {
            const QByteArray k = it.key().toUtf8();
            if (!isIdentifier(std::string_view(k.constData(), std::size_t(k.size()))) || it.value().isNull())
                continue;
            out += "  " + k + " = ";
            literal(out, it.value());
            out += '\n';
        }
        out += "}\n";
    }
    return out;
}

} // namespace tw::terraform
