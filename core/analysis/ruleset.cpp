// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/ruleset.h"

#include "import/common/document.h"
#include "model/enums.h"
#include "model/referencepages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace tw::analysis {

namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::Analysis)
};

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

struct FieldName
{
    const char *name;
    Field field;
};

struct RelationName
{
    const char *name;
    Relation relation;
    SubjectType to;
};

// The vocabulary of field paths, per subject type. docs/rules.md lists the same names; keep both
// in step (the test for docs/rules.md would not notice a missing one, readers would).
std::span<const FieldName> fieldsOf(SubjectType type)
{
    static const FieldName component[] = {
        {"id", Field::Id}, {"name", Field::Name}, {"kind", Field::Kind}, {"technology", Field::Technology},
        {"tags", Field::Tags}, {"untrusted", Field::Untrusted}, {"exposed", Field::Exposed},
        {"inbound-count", Field::InboundCount}, {"outbound-count", Field::OutboundCount},
        {"entry-point-count", Field::EntryPointCount}, {"attributes", Field::Attributes}};
    static const FieldName boundary[] = {{"id", Field::Id},           {"name", Field::Name},
                                         {"kind", Field::Kind},       {"component-count", Field::ComponentCount},
                                         {"attributes", Field::Attributes}};
    static const FieldName entry[] = {
        {"id", Field::Id}, {"name", Field::Name}, {"kind", Field::Kind}, {"method", Field::Method}, {"path", Field::Path},
        {"operation-id", Field::OperationId}, {"tags", Field::Tags}, {"deprecated", Field::Deprecated}, {"auth", Field::Auth},
        {"security-schemes", Field::SecuritySchemes}, {"request-media-types", Field::RequestMediaTypes},
        {"response-media-types", Field::ResponseMediaTypes}, {"exposed", Field::Exposed}, {"attributes", Field::Attributes}};
    static const FieldName flow[] = {{"id", Field::Id},
                                     {"protocol", Field::Protocol},
                                     {"port", Field::Port},
                                     {"encrypted", Field::Encrypted},
                                     {"authenticated", Field::Authenticated},
                                     {"label", Field::Label},
                                     {"crosses-boundary", Field::CrossesBoundary},
                                     {"attributes", Field::Attributes}};
    static const FieldName asset[] = {{"id", Field::Id},
                                      {"name", Field::Name},
                                      {"classification", Field::Classification},
                                      {"tags", Field::Tags},
                                      {"confidentiality", Field::Confidentiality},
                                      {"integrity", Field::Integrity},
                                      {"availability", Field::Availability},
                                      {"user-override", Field::UserOverride},
                                      {"attributes", Field::Attributes}};
    static const FieldName parameter[] = {{"name", Field::Name},         {"in", Field::In},
                                          {"required", Field::Required}, {"object-reference", Field::ObjectReference},
                                          {"type", Field::Type}};
    static const FieldName property[] = {
        {"name", Field::Name}, {"sensitive", Field::Sensitive}, {"categories", Field::Categories}, {"asset", Field::AssetName}};
    static const FieldName callback[] = {{"name", Field::Name}};
    switch (type) {
    case SubjectType::Component: return component;
    case SubjectType::Boundary: return boundary;
    case SubjectType::EntryPoint: return entry;
    case SubjectType::Flow: return flow;
    case SubjectType::Asset: return asset;
    case SubjectType::Parameter: return parameter;
    case SubjectType::Property: return property;
    case SubjectType::Callback: return callback;
    }
    return {};
}

std::span<const RelationName> relationsOf(SubjectType type)
{
    static const RelationName component[] = {{"boundary", Relation::Boundary, SubjectType::Boundary},
                                             {"inbound", Relation::Inbound, SubjectType::Flow},
                                             {"outbound", Relation::Outbound, SubjectType::Flow},
                                             {"entry-points", Relation::EntryPoints, SubjectType::EntryPoint}};
    static const RelationName boundary[] = {{"parent", Relation::Parent, SubjectType::Boundary},
                                            {"components", Relation::Components, SubjectType::Component}};
    static const RelationName entry[] = {{"component", Relation::Component, SubjectType::Component},
                                         {"parameters", Relation::Parameters, SubjectType::Parameter},
                                         {"request-assets", Relation::RequestAssets, SubjectType::Asset},
                                         {"response-assets", Relation::ResponseAssets, SubjectType::Asset},
                                         {"request-properties", Relation::RequestProperties, SubjectType::Property},
                                         {"callbacks", Relation::Callbacks, SubjectType::Callback}};
    static const RelationName flow[] = {{"source", Relation::Source, SubjectType::Component},
                                        {"target", Relation::Target, SubjectType::Component},
                                        {"assets", Relation::Assets, SubjectType::Asset}};
    static const RelationName asset[] = {{"written-by", Relation::WrittenBy, SubjectType::EntryPoint},
                                         {"returned-by", Relation::ReturnedBy, SubjectType::EntryPoint},
                                         {"carried-by", Relation::CarriedBy, SubjectType::Flow}};
    switch (type) {
    case SubjectType::Component: return component;
    case SubjectType::Boundary: return boundary;
    case SubjectType::EntryPoint: return entry;
    case SubjectType::Flow: return flow;
    case SubjectType::Asset: return asset;
    default: return {};
    }
}

struct Scope
{
    SubjectType subject;
    std::optional<SubjectType> item; ///< type of the for-each item, when the rule has one
};

/** Reads one pack document into rules; the first problem stops it with a location. */
class PackReader
{
public:
    explicit PackReader(const doc::Document &d) : m_doc(d) {}

    Result<QList<Rule>> read(QString *packName);

private:
    using NodeId = doc::NodeId;

    Error fail(NodeId node, const QString &message) const { return makeError(message, m_doc.location(node)); }
    std::optional<Error> checkKeys(NodeId map, std::initializer_list<const char *> allowed) const;
    std::optional<Error> readRule(NodeId node, const QString &pack, Rule &rule);
    std::optional<Error> readCondition(NodeId node, const Scope &scope, Condition &out, int depth);
    std::optional<Error> compileField(NodeId node, const QString &text, const Scope &scope, FieldPath &out) const;
    std::optional<Error> compileRelation(NodeId node, const QString &text, const Scope &scope, RelationPath &out) const;
    std::optional<Error> readLiteral(NodeId node, Literal &out) const;
    std::optional<Error> checkEnumLiteral(NodeId node, const FieldPath &field, const Literal &literal) const;
    std::optional<Error> readTemplate(NodeId node, const Scope &scope, Template &out) const;
    std::optional<Error> readReference(NodeId node, Reference &out) const;
    std::optional<Error> readText(NodeId map, const char *key, bool required, QString &out) const;

    const doc::Document &m_doc;
};

std::optional<Error> PackReader::checkKeys(NodeId map, std::initializer_list<const char *> allowed) const
{
    for (std::uint32_t i = 0; i < m_doc.size(map); ++i) {
        const NodeId key = m_doc.keyAt(map, i);
        const std::string_view name = m_doc.text(key);
        const bool known = std::any_of(allowed.begin(), allowed.end(), [&](const char *a) { return name == a; });
        if (!known) {
            QStringList names;
            for (const char *a : allowed)
                names << QLatin1StringView(a);
            return fail(key, Tr::tr("unknown key '%1' (expected one of: %2)").arg(qs(name), names.join(QStringLiteral(", "))));
        }
    }
    return std::nullopt;
}

std::optional<Error> PackReader::readText(NodeId map, const char *key, bool required, QString &out) const
{
    const NodeId node = m_doc.find(map, key);
    if (node == doc::InvalidNode) {
        if (required)
            return fail(map, Tr::tr("missing required key '%1'").arg(QLatin1StringView(key)));
        return std::nullopt;
    }
    if (!m_doc.isScalar(node) || m_doc.isNull(node))
        return fail(node, Tr::tr("'%1' must be text").arg(QLatin1StringView(key)));
    out = m_doc.string(node).trimmed();
    if (required && out.isEmpty())
        return fail(node, Tr::tr("'%1' must not be empty").arg(QLatin1StringView(key)));
    return std::nullopt;
}

Result<QList<Rule>> PackReader::read(QString *packName)
{
    const NodeId root = m_doc.root();
    if (!m_doc.isMapping(root))
        return fail(root == doc::InvalidNode ? 0 : root, Tr::tr("a rule pack must be a mapping with 'pack' and 'rules'"));
    if (auto e = checkKeys(root, {"pack", "description", "rules"}))
        return *e;
    QString pack;
    if (auto e = readText(root, "pack", true, pack))
        return *e;
    QString description;
    if (auto e = readText(root, "description", false, description))
        return *e;
    const NodeId rules = m_doc.find(root, "rules");
    if (!m_doc.isSequence(rules))
        return fail(rules == doc::InvalidNode ? root : rules, Tr::tr("'rules' must be a list of rules"));
    QList<Rule> out;
    QSet<QString> ids;
    for (std::uint32_t i = 0; i < m_doc.size(rules); ++i) {
        const NodeId node = m_doc.itemAt(rules, i);
        Rule rule;
        if (auto e = readRule(node, pack, rule))
            return *e;
        if (ids.contains(rule.id))
            return fail(m_doc.find(node, "id"), Tr::tr("duplicate rule id '%1'").arg(rule.id));
        ids.insert(rule.id);
        out << rule;
    }
    *packName = pack;
    return out;
}

std::optional<Error> PackReader::readRule(NodeId node, const QString &pack, Rule &rule)
{
    if (!m_doc.isMapping(node))
        return fail(node, Tr::tr("a rule must be a mapping"));
    if (auto e = checkKeys(node, {"id", "title", "stride", "applies-to", "for-each", "when", "likelihood", "impact",
                                  "references", "rationale", "mitigation", "tags"}))
        return e;
    rule.pack = pack;
    rule.packFile = m_doc.displayName();
    rule.line = m_doc.position(node).line;
    if (auto e = readText(node, "id", true, rule.id))
        return e;
    static const QRegularExpression idPattern(QStringLiteral("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$"));
    if (!idPattern.match(rule.id).hasMatch())
        return fail(m_doc.find(node, "id"), Tr::tr("rule id '%1' must look like TW-API-001").arg(rule.id));

    QString text;
    if (auto e = readText(node, "stride", true, text))
        return e;
    const auto stride = enumFromName<Stride>(text);
    if (!stride)
        return fail(m_doc.find(node, "stride"),
                    Tr::tr("unknown STRIDE category '%1' (spoofing, tampering, repudiation, information-disclosure, "
                       "denial-of-service, elevation-of-privilege)")
                        .arg(text));
    rule.stride = *stride;

    if (auto e = readText(node, "applies-to", true, text))
        return e;
    static const QHash<QString, SubjectType> kinds{{QStringLiteral("component"), SubjectType::Component},
                                                   {QStringLiteral("boundary"), SubjectType::Boundary},
                                                   {QStringLiteral("entry-point"), SubjectType::EntryPoint},
                                                   {QStringLiteral("flow"), SubjectType::Flow},
                                                   {QStringLiteral("asset"), SubjectType::Asset}};
    if (!kinds.contains(text))
        return fail(m_doc.find(node, "applies-to"),
                    Tr::tr("'applies-to' must be component, boundary, entry-point, flow or asset, not '%1'").arg(text));
    rule.appliesTo = kinds.value(text);

    Scope scope{rule.appliesTo, std::nullopt};
    const NodeId forEach = m_doc.find(node, "for-each");
    if (forEach != doc::InvalidNode) {
        if (!m_doc.isScalar(forEach))
            return fail(forEach, Tr::tr("'for-each' must be a relation path such as 'parameters'"));
        RelationPath path;
        if (auto e = compileRelation(forEach, m_doc.string(forEach), scope, path))
            return e;
        rule.forEach = path;
        scope.item = path.subject;
    }

    for (const auto &[key, target] : {std::pair{"likelihood", &rule.likelihood}, std::pair{"impact", &rule.impact}}) {
        const NodeId n = m_doc.find(node, key);
        if (n == doc::InvalidNode)
            return fail(node, Tr::tr("missing required key '%1'").arg(QLatin1StringView(key)));
        const auto v = m_doc.isScalar(n) && m_doc.scalarType(n) == doc::ScalarType::Int ? m_doc.toInt(n) : std::nullopt;
        if (!v || *v < 1 || *v > 5)
            return fail(n, Tr::tr("'%1' must be a whole number from 1 to 5").arg(QLatin1StringView(key)));
        *target = int(*v);
    }

    const NodeId title = m_doc.find(node, "title");
    if (title == doc::InvalidNode)
        return fail(node, Tr::tr("missing required key 'title'"));
    if (auto e = readTemplate(title, scope, rule.title))
        return e;
    for (const auto &[key, target] : {std::pair{"rationale", &rule.rationale}, std::pair{"mitigation", &rule.mitigation}}) {
        const NodeId n = m_doc.find(node, key);
        if (n == doc::InvalidNode)
            return fail(node, Tr::tr("missing required key '%1'").arg(QLatin1StringView(key)));
        if (auto e = readTemplate(n, scope, *target))
            return e;
    }

    const NodeId refs = m_doc.find(node, "references");
    if (refs == doc::InvalidNode || !m_doc.isSequence(refs) || m_doc.size(refs) == 0)
        return fail(refs == doc::InvalidNode ? node : refs, Tr::tr("'references' must be a non-empty list (CWE-…, CAPEC-…, …)"));
    for (std::uint32_t i = 0; i < m_doc.size(refs); ++i) {
        Reference ref;
        if (auto e = readReference(m_doc.itemAt(refs, i), ref))
            return e;
        rule.references << ref;
    }

    const NodeId tags = m_doc.find(node, "tags");
    if (tags != doc::InvalidNode) {
        if (!m_doc.isSequence(tags))
            return fail(tags, Tr::tr("'tags' must be a list"));
        for (std::uint32_t i = 0; i < m_doc.size(tags); ++i)
            rule.tags << m_doc.string(m_doc.itemAt(tags, i));
    }

    const NodeId when = m_doc.find(node, "when");
    if (when != doc::InvalidNode) {
        if (auto e = readCondition(when, scope, rule.when, 0))
            return e;
    }
    // Visit only elements of the named kinds when the condition starts with a kind test.
    auto kindTest = [&](const Condition &c) {
        return (c.op == Condition::Op::Equals || c.op == Condition::Op::In) && c.field.relations.empty()
            && c.field.field == Field::Kind;
    };
    const Condition *filter = nullptr;
    if (kindTest(rule.when))
        filter = &rule.when;
    else if (rule.when.op == Condition::Op::All)
        for (const Condition &c : rule.when.children)
            if (kindTest(c)) {
                filter = &c;
                break;
            }
    if (filter)
        for (const Literal &l : filter->literals)
            rule.kindFilter << l.string;
    return std::nullopt;
}

std::optional<Error> PackReader::readCondition(NodeId node, const Scope &scope, Condition &out, int depth)
{
    if (depth > 32)
        return fail(node, Tr::tr("condition nested too deeply"));
    if (m_doc.isSequence(node)) { // shorthand: a list means all of them
        out.op = Condition::Op::All;
        for (std::uint32_t i = 0; i < m_doc.size(node); ++i) {
            Condition c;
            if (auto e = readCondition(m_doc.itemAt(node, i), scope, c, depth + 1))
                return e;
            out.children.push_back(std::move(c));
        }
        return std::nullopt;
    }
    if (!m_doc.isMapping(node) || m_doc.size(node) == 0)
        return fail(node, Tr::tr("a condition must be a mapping: all, any, not, some or a predicate with 'field'"));
    const NodeId all = m_doc.find(node, "all");
    const NodeId any = m_doc.find(node, "any");
    if (all != doc::InvalidNode || any != doc::InvalidNode) {
        if (auto e = checkKeys(node, {all != doc::InvalidNode ? "all" : "any"}))
            return e;
        const NodeId list = all != doc::InvalidNode ? all : any;
        if (!m_doc.isSequence(list) || m_doc.size(list) == 0)
            return fail(list, Tr::tr("'all' and 'any' take a non-empty list of conditions"));
        out.op = all != doc::InvalidNode ? Condition::Op::All : Condition::Op::Any;
        for (std::uint32_t i = 0; i < m_doc.size(list); ++i) {
            Condition c;
            if (auto e = readCondition(m_doc.itemAt(list, i), scope, c, depth + 1))
                return e;
            out.children.push_back(std::move(c));
        }
        return std::nullopt;
    }
    const NodeId notNode = m_doc.find(node, "not");
    if (notNode != doc::InvalidNode) {
        if (auto e = checkKeys(node, {"not"}))
            return e;
        out.op = Condition::Op::Not;
        Condition c;
        if (auto e = readCondition(notNode, scope, c, depth + 1))
            return e;
        out.children.push_back(std::move(c));
        return std::nullopt;
    }
    const NodeId some = m_doc.find(node, "some");
    if (some != doc::InvalidNode) {
        if (auto e = checkKeys(node, {"some", "where"}))
            return e;
        if (!m_doc.isScalar(some))
            return fail(some, Tr::tr("'some' takes a relation path such as 'parameters'"));
        out.op = Condition::Op::Some;
        if (auto e = compileRelation(some, m_doc.string(some), scope, out.relation))
            return e;
        Condition where;
        const NodeId whereNode = m_doc.find(node, "where");
        if (whereNode != doc::InvalidNode) {
            // Inside `where` the related subject is the scope; the for-each item is not visible.
            if (auto e = readCondition(whereNode, Scope{out.relation.subject, std::nullopt}, where, depth + 1))
                return e;
        }
        out.children.push_back(std::move(where));
        return std::nullopt;
    }
    const NodeId fieldNode = m_doc.find(node, "field");
    if (fieldNode == doc::InvalidNode)
        return fail(node, Tr::tr("a condition must be all, any, not, some or a predicate with 'field'"));
    if (auto e = checkKeys(node, {"field", "exists", "equals", "in", "matches", "gt", "gte", "lt", "lte"}))
        return e;
    if (m_doc.size(node) != 2)
        return fail(node, Tr::tr("a predicate takes 'field' and exactly one of exists, equals, in, matches, gt, gte, lt, lte"));
    if (!m_doc.isScalar(fieldNode))
        return fail(fieldNode, Tr::tr("'field' must be a field path"));
    if (auto e = compileField(fieldNode, m_doc.string(fieldNode), scope, out.field))
        return e;
    const std::uint32_t opIndex = m_doc.valueAt(node, 0) == fieldNode ? 1 : 0;
    const NodeId opKey = m_doc.keyAt(node, opIndex);
    const NodeId value = m_doc.valueAt(node, opIndex);
    const std::string_view op = m_doc.text(opKey);
    if (op == "exists") {
        const auto b = m_doc.toBool(value);
        if (!m_doc.isScalar(value) || !b)
            return fail(value, Tr::tr("'exists' takes true or false"));
        out.op = Condition::Op::Exists;
        out.expected = *b;
    } else if (op == "equals") {
        out.op = Condition::Op::Equals;
        Literal l;
        if (auto e = readLiteral(value, l))
            return e;
        if (auto e = checkEnumLiteral(value, out.field, l))
            return e;
        out.literals.push_back(l);
    } else if (op == "in") {
        out.op = Condition::Op::In;
        if (!m_doc.isSequence(value) || m_doc.size(value) == 0)
            return fail(value, Tr::tr("'in' takes a non-empty list of values"));
        for (std::uint32_t i = 0; i < m_doc.size(value); ++i) {
            Literal l;
            if (auto e = readLiteral(m_doc.itemAt(value, i), l))
                return e;
            if (auto e = checkEnumLiteral(m_doc.itemAt(value, i), out.field, l))
                return e;
            out.literals.push_back(l);
        }
    } else if (op == "matches") {
        if (!m_doc.isScalar(value))
            return fail(value, Tr::tr("'matches' takes a regular expression"));
        auto re = std::make_shared<QRegularExpression>(m_doc.string(value));
        if (!re->isValid())
            return fail(value, Tr::tr("invalid regular expression: %1").arg(re->errorString()));
        re->optimize();
        out.op = Condition::Op::Matches;
        out.regex = std::move(re);
    } else {
        bool ok = false;
        const double n = m_doc.isScalar(value) ? m_doc.string(value).toDouble(&ok) : 0;
        if (!ok || !std::isfinite(n))
            return fail(value, Tr::tr("'%1' takes a number").arg(qs(op)));
        out.number = n;
        out.op = op == "gt" ? Condition::Op::Gt : op == "gte" ? Condition::Op::Gte : op == "lt" ? Condition::Op::Lt : Condition::Op::Lte;
    }
    return std::nullopt;
}

std::optional<Error> PackReader::readLiteral(NodeId node, Literal &out) const
{
    if (!m_doc.isScalar(node))
        return fail(node, Tr::tr("expected a single value (text, number or true/false)"));
    switch (m_doc.scalarType(node)) {
    case doc::ScalarType::Null: out.type = Literal::Type::Null; break;
    case doc::ScalarType::Bool:
        out.type = Literal::Type::Bool;
        out.boolean = m_doc.toBool(node).value_or(false);
        break;
    case doc::ScalarType::Int:
    case doc::ScalarType::Float:
        out.type = Literal::Type::Number;
        out.number = m_doc.string(node).toDouble();
        break;
    case doc::ScalarType::String:
        out.type = Literal::Type::String;
        out.string = m_doc.string(node);
        break;
    }
    return std::nullopt;
}

std::optional<Error> PackReader::checkEnumLiteral(NodeId node, const FieldPath &field, const Literal &literal) const
{
    // Catch typos in enum values ("datastor") now: such a rule would never fire and nobody would notice.
    std::optional<bool> known;
    if (field.field == Field::Kind) {
        switch (field.subject) {
        case SubjectType::Component: known = enumFromName<ComponentKind>(literal.string).has_value(); break;
        case SubjectType::Boundary: known = enumFromName<BoundaryKind>(literal.string).has_value(); break;
        case SubjectType::EntryPoint: known = enumFromName<EntryPointKind>(literal.string).has_value(); break;
        default: break;
        }
    } else if (field.field == Field::Classification) {
        known = enumFromName<Classification>(literal.string).has_value();
    } else if (field.field == Field::Auth) {
        static const QStringList values{QStringLiteral("undeclared"), QStringLiteral("unknown"), QStringLiteral("none"),
                                        QStringLiteral("optional"), QStringLiteral("required")};
        known = values.contains(literal.string);
    }
    if (known && (!*known || literal.type != Literal::Type::String))
        return fail(node, Tr::tr("'%1' is not a value of field '%2'").arg(m_doc.string(node), field.text));
    return std::nullopt;
}

std::optional<Error> PackReader::compileRelation(NodeId node, const QString &text, const Scope &scope, RelationPath &out) const
{
    out.text = text;
    SubjectType current = scope.subject;
    const QStringList parts = text.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts[i];
        if (i == 0 && part == QLatin1StringView("item")) {
            if (!scope.item)
                return fail(node, Tr::tr("'item' is only available in rules with 'for-each'"));
            out.relations.push_back(Relation::Item);
            current = *scope.item;
            continue;
        }
        bool found = false;
        for (const RelationName &r : relationsOf(current)) {
            if (part == QLatin1StringView(r.name)) {
                out.relations.push_back(r.relation);
                current = r.to;
                found = true;
                break;
            }
        }
        if (!found)
            return fail(node, Tr::tr("'%1' is not a relation of a %2 in '%3'").arg(part, subjectTypeName(current), text));
    }
    if (out.relations.empty())
        return fail(node, Tr::tr("empty relation path"));
    out.subject = current;
    return std::nullopt;
}

std::optional<Error> PackReader::compileField(NodeId node, const QString &text, const Scope &scope, FieldPath &out) const
{
    out.text = text;
    SubjectType current = scope.subject;
    const QStringList parts = text.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts[i];
        const bool last = i + 1 == parts.size();
        if (part.isEmpty())
            return fail(node, Tr::tr("empty segment in field path '%1'").arg(text));
        if (i == 0 && part == QLatin1StringView("item")) {
            if (!scope.item)
                return fail(node, Tr::tr("'item' is only available in rules with 'for-each'"));
            out.relations.push_back(Relation::Item);
            current = *scope.item;
            if (last)
                break;
            continue;
        }
        bool done = false;
        for (const RelationName &r : relationsOf(current)) {
            if (part == QLatin1StringView(r.name)) {
                out.relations.push_back(r.relation);
                current = r.to;
                done = true;
                break;
            }
        }
        if (done) {
            if (last)
                break;
            continue;
        }
        for (const FieldName &f : fieldsOf(current)) {
            if (part == QLatin1StringView(f.name)) {
                out.field = f.field;
                out.subject = current;
                if (f.field == Field::Attributes) {
                    out.jsonPath = parts.mid(i + 1);
                    if (out.jsonPath.isEmpty())
                        return fail(node, Tr::tr("'attributes' needs an attribute name, as in attributes.internet-facing"));
                } else if (!last) {
                    return fail(node, Tr::tr("'%1' has no sub-fields in '%2'").arg(part, text));
                }
                return std::nullopt;
            }
        }
        QStringList names;
        for (const FieldName &f : fieldsOf(current))
            names << QLatin1StringView(f.name);
        for (const RelationName &r : relationsOf(current))
            names << QLatin1StringView(r.name);
        return fail(node, Tr::tr("unknown field '%1' of a %2 in '%3' (known: %4)")
                              .arg(part, subjectTypeName(current), text, names.join(QStringLiteral(", "))));
    }
    // A path ending at a relation reads the related subjects' ids (names for parameters and the like).
    out.subject = current;
    out.field = (current == SubjectType::Parameter || current == SubjectType::Property || current == SubjectType::Callback)
        ? Field::Name
        : Field::Id;
    return std::nullopt;
}

std::optional<Error> PackReader::readTemplate(NodeId node, const Scope &scope, Template &out) const
{
    if (!m_doc.isScalar(node) || m_doc.isNull(node))
        return fail(node, Tr::tr("expected text"));
    const QString text = m_doc.string(node).trimmed();
    if (text.isEmpty())
        return fail(node, Tr::tr("text must not be empty"));
    out.source = text;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('{'), pos);
        if (open < 0) {
            out.parts.push_back({text.mid(pos), std::nullopt});
            break;
        }
        const qsizetype close = text.indexOf(QLatin1Char('}'), open);
        if (close < 0)
            return fail(node, Tr::tr("unclosed '{' in text"));
        if (open > pos)
            out.parts.push_back({text.mid(pos, open - pos), std::nullopt});
        FieldPath path;
        if (auto e = compileField(node, text.mid(open + 1, close - open - 1).trimmed(), scope, path))
            return e;
        out.parts.push_back({QString(), path});
        pos = close + 1;
    }
    return std::nullopt;
}

std::optional<Error> PackReader::readReference(NodeId node, Reference &out) const
{
    const QString text = m_doc.isScalar(node) ? m_doc.string(node).trimmed() : QString();
    static const QRegularExpression cwe(QStringLiteral("^CWE-([1-9][0-9]{0,4})$"));
    static const QRegularExpression capec(QStringLiteral("^CAPEC-([1-9][0-9]{0,3})$"));
    static const QRegularExpression attack(QStringLiteral("^ATT&CK:(T[0-9]{4})(?:\\.([0-9]{3}))?$"));
    static const QRegularExpression atlas(QStringLiteral("^ATLAS:(AML\\.T[0-9]{4}(?:\\.[0-9]{3})?)$"));
    static const QRegularExpression api(QStringLiteral("^OWASP-API-2023:API([1-9]|10)$"));
    static const QRegularExpression web(QStringLiteral("^OWASP-2021:A(0[1-9]|10)$"));
    static const QRegularExpression llm(QStringLiteral("^OWASP-LLM-2025:LLM(0[1-9]|10)$"));
    // The pack names a reference in one text; its page comes from the one place that knows them.
    QRegularExpressionMatch m;
    if ((m = cwe.match(text)).hasMatch()) {
        out = {QStringLiteral("CWE"), text, {}};
    } else if ((m = capec.match(text)).hasMatch()) {
        out = {QStringLiteral("CAPEC"), text, {}};
    } else if ((m = attack.match(text)).hasMatch()) {
        out = {QStringLiteral("ATT&CK"), m.captured(2).isEmpty() ? m.captured(1) : m.captured(1) + QLatin1Char('.') + m.captured(2), {}};
    } else if ((m = atlas.match(text)).hasMatch()) {
        out = {QStringLiteral("ATLAS"), m.captured(1), {}};
    } else if ((m = api.match(text)).hasMatch()) {
        out = {QStringLiteral("OWASP-API-2023"), QStringLiteral("API%1:2023").arg(m.captured(1).toInt()), {}};
    } else if ((m = web.match(text)).hasMatch()) {
        out = {QStringLiteral("OWASP-2021"), QStringLiteral("A%1:2021").arg(m.captured(1)), {}};
    } else if ((m = llm.match(text)).hasMatch()) {
        out = {QStringLiteral("OWASP-LLM-2025"), QStringLiteral("LLM%1:2025").arg(m.captured(1)), {}};
    } else {
        return fail(node, Tr::tr("unknown reference '%1' (CWE-n, CAPEC-n, ATT&CK:Tnnnn[.nnn], ATLAS:AML.Tnnnn, "
                             "OWASP-API-2023:APIn, OWASP-2021:Ann, OWASP-LLM-2025:LLMnn)")
                              .arg(text));
    }
    out.url = referencePage(out.kind, out.id);
    return std::nullopt;
}

} // namespace

QString subjectTypeName(SubjectType type)
{
    switch (type) {
    case SubjectType::Component: return QStringLiteral("component");
    case SubjectType::Boundary: return QStringLiteral("boundary");
    case SubjectType::EntryPoint: return QStringLiteral("entry-point");
    case SubjectType::Flow: return QStringLiteral("flow");
    case SubjectType::Asset: return QStringLiteral("asset");
    case SubjectType::Parameter: return QStringLiteral("parameter");
    case SubjectType::Property: return QStringLiteral("property");
    case SubjectType::Callback: return QStringLiteral("callback");
    }
    return {};
}

QStringList builtinPackPaths()
{
    QStringList paths;
    const QDir dir(QStringLiteral(":/rules"));
    const QStringList names = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        paths << dir.filePath(name);
    return paths;
}

class RuleSetBuilder
{
public:
    static Result<RuleSet> build(const QByteArray &data, const QString &displayName)
    {
        doc::ParseOptions options;
        options.displayName = displayName;
        options.maxBytes = 16 * 1024 * 1024;
        Result<doc::Document> parsed = doc::parseBytes(data, options);
        if (!parsed.ok())
            return parsed.error();
        PackReader reader(parsed.value());
        QString pack;
        Result<QList<Rule>> rules = reader.read(&pack);
        if (!rules.ok())
            return rules.error();
        RuleSet set;
        set.m_rules = std::move(rules.value());
        set.m_packs << pack;
        return set;
    }
};

Result<RuleSet> RuleSet::loadBytes(const QByteArray &data, const QString &displayName)
{
    return RuleSetBuilder::build(data, displayName);
}

Result<RuleSet> RuleSet::loadFile(const QString &path, const QString &displayName)
{
    QFile file(path);
    const QString name = displayName.isEmpty() ? path : displayName;
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Tr::tr("cannot read rule pack: %1").arg(file.errorString()), name);
    if (file.size() > 16 * 1024 * 1024)
        return makeError(Tr::tr("rule pack is larger than 16 MiB"), name);
    return loadBytes(file.readAll(), name);
}

Result<RuleSet> RuleSet::loadBuiltin()
{
    RuleSet all;
    const QStringList paths = builtinPackPaths();
    if (paths.isEmpty())
        return makeError(Tr::tr("no built-in rule packs are compiled into this binary"));
    for (const QString &path : paths) {
        // Name built-in packs the way they appear in the source tree, so errors point at the file.
        Result<RuleSet> one = loadFile(path, QStringLiteral("resources/rules/") + QFileInfo(path).fileName());
        if (!one.ok())
            return one.error();
        for (const Rule &r : one->rules())
            if (all.find(r.id))
                return makeError(Tr::tr("rule id '%1' is defined by two built-in packs").arg(r.id),
                                 QStringLiteral("%1:%2").arg(r.packFile).arg(r.line));
        all.merge(one.value());
    }
    return all;
}

void RuleSet::merge(const RuleSet &other)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < m_rules.size(); ++i)
        index.insert(m_rules[i].id, i);
    for (const Rule &r : other.m_rules) {
        const auto it = index.constFind(r.id);
        if (it != index.constEnd()) {
            m_rules[it.value()] = r;
        } else {
            index.insert(r.id, m_rules.size());
            m_rules << r;
        }
    }
    for (const QString &p : other.m_packs)
        if (!m_packs.contains(p))
            m_packs << p;
}

const Rule *RuleSet::find(const QString &id) const
{
    for (const Rule &r : m_rules)
        if (r.id == id)
            return &r;
    return nullptr;
}

} // namespace tw::analysis
