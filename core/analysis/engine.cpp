// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/engine.h"

#include "analysis/attackpaths.h"

#include "model/enums.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <vector>

namespace tw::analysis {

namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::Analysis)
};

/** One value a field path produced; strings are shared, not copied. */
struct Value
{
    enum class Type : std::uint8_t { Null, Bool, Number, String, Object };
    Type type = Type::Null;
    bool boolean = false;
    double number = 0;
    QString string;

    static Value ofBool(bool b)
    {
        Value v;
        v.type = Type::Bool;
        v.boolean = b;
        return v;
    }
    static Value ofNumber(double n)
    {
        Value v;
        v.type = Type::Number;
        v.number = n;
        return v;
    }
    static Value ofString(const QString &s)
    {
        Value v;
        v.type = Type::String;
        v.string = s;
        return v;
    }
    QString toText() const
    {
        switch (type) {
        case Type::Bool: return boolean ? QStringLiteral("true") : QStringLiteral("false");
        case Type::Number: return QString::number(number);
        case Type::String: return string;
        default: return {};
        }
    }
};

struct Subject
{
    SubjectType type = SubjectType::Component;
    int index = -1; ///< element index (for parameters/properties/callbacks: the entry point)
    int sub = -1;   ///< parameter/property/callback index
};

struct Property
{
    QString name;
    QString assetName;
    bool sensitive = false;
    QStringList categories;
};

constexpr int MaxBlast = 10; // the blast-radius factor saturates here, so counting stops here

/** Everything the rules navigate, resolved once per analysis: ids → indexes, relations as lists. */
class Index
{
public:
    explicit Index(const SystemModel &m);

    const SystemModel &m;
    QHash<QString, int> compById, boundaryById, assetById;
    std::vector<int> compBoundary, boundaryParent, epComp, flowSrc, flowDst;
    std::vector<std::vector<int>> inbound, outbound, compEps, boundaryComps, epReq, epResp, flowAssets;
    std::vector<std::vector<int>> assetWrittenBy, assetReturnedBy, assetCarriedBy;
    std::vector<std::vector<Property>> epProps;
    std::vector<QStringList> epCallbacks;
    std::vector<char> untrusted, exposed, internalOnly;
    std::vector<int> compMaxClass, compMaxClassAsset;
    QHash<QString, std::vector<int>> compByKind, boundaryByKind, epByKind;
    std::vector<QString> compKind, boundaryKind, epKind, epAuth;
    mutable std::vector<int> downstream; ///< -1 = not computed yet

    int blastRadius(int comp) const;
    bool boundaryChainHas(int boundary, auto &&pred) const
    {
        for (int depth = 0; boundary >= 0 && depth < 64; ++depth) {
            if (pred(m.boundaries[boundary]))
                return true;
            boundary = boundaryParent[boundary];
        }
        return false;
    }
};

QString authOf(const EntryPoint &e)
{
    // A route found in source code has no place to declare security: its auth is not known,
    // which is not the same as a contract that declares none.
    if (!e.security)
        return e.attributes.value(QStringLiteral("detected-in")).toString() == QLatin1StringView("source") ? QStringLiteral("unknown")
                                                                                                           : QStringLiteral("undeclared");
    if (e.security->isEmpty())
        return QStringLiteral("none");
    for (const SecurityRequirement &r : *e.security)
        if (r.isEmpty())
            return QStringLiteral("optional");
    return QStringLiteral("required");
}

Index::Index(const SystemModel &model) : m(model)
{
    const int nc = int(m.components.size()), nb = int(m.boundaries.size()), ne = int(m.entryPoints.size()),
              nf = int(m.flows.size()), na = int(m.assets.size());
    compById.reserve(nc);
    for (int i = 0; i < nc; ++i)
        compById.insert(m.components[i].id, i);
    for (int i = 0; i < nb; ++i)
        boundaryById.insert(m.boundaries[i].id, i);
    for (int i = 0; i < na; ++i)
        assetById.insert(m.assets[i].id, i);
    auto assetIndexes = [&](const QStringList &ids) {
        std::vector<int> out;
        for (const QString &id : ids) {
            const int a = assetById.value(id, -1);
            if (a >= 0 && std::find(out.begin(), out.end(), a) == out.end())
                out.push_back(a);
        }
        return out;
    };

    boundaryParent.assign(nb, -1);
    boundaryComps.resize(nb);
    boundaryKind.resize(nb);
    for (int i = 0; i < nb; ++i) {
        boundaryParent[i] = boundaryById.value(m.boundaries[i].parentId, -1);
        boundaryKind[i] = enumName(m.boundaries[i].kind);
        boundaryByKind[boundaryKind[i]].push_back(i);
    }
    compBoundary.assign(nc, -1);
    inbound.resize(nc);
    outbound.resize(nc);
    compEps.resize(nc);
    compKind.resize(nc);
    for (int i = 0; i < nc; ++i) {
        const Component &c = m.components[i];
        compBoundary[i] = boundaryById.value(c.boundaryId, -1);
        if (compBoundary[i] >= 0)
            boundaryComps[compBoundary[i]].push_back(i);
        compKind[i] = enumName(c.kind);
        compByKind[compKind[i]].push_back(i);
    }
    epComp.assign(ne, -1);
    epReq.resize(ne);
    epResp.resize(ne);
    epProps.resize(ne);
    epCallbacks.resize(ne);
    epKind.resize(ne);
    epAuth.resize(ne);
    assetWrittenBy.resize(na);
    assetReturnedBy.resize(na);
    assetCarriedBy.resize(na);
    for (int i = 0; i < ne; ++i) {
        const EntryPoint &e = m.entryPoints[i];
        epComp[i] = compById.value(e.componentId, -1);
        if (epComp[i] >= 0)
            compEps[epComp[i]].push_back(i);
        epKind[i] = enumName(e.kind);
        epByKind[epKind[i]].push_back(i);
        epAuth[i] = authOf(e);
        epReq[i] = assetIndexes(e.requestAssetIds);
        epResp[i] = assetIndexes(e.responseAssetIds);
        for (int a : epReq[i]) {
            assetWrittenBy[a].push_back(i);
            const DataAsset &asset = m.assets[a];
            const QJsonArray writable = asset.attributes.value(QStringLiteral("writableProperties")).toArray();
            if (writable.isEmpty())
                continue;
            const QJsonArray sensitive = asset.attributes.value(QStringLiteral("sensitiveProperties")).toArray();
            const QJsonObject categories = asset.attributes.value(QStringLiteral("propertyCategories")).toObject();
            for (const QJsonValue &w : writable) {
                Property p;
                p.name = w.toString();
                if (p.name.isEmpty())
                    continue;
                p.assetName = asset.name;
                p.sensitive = sensitive.contains(w);
                const QJsonArray cats = categories.value(p.name).toArray();
                for (const QJsonValue &c : cats)
                    p.categories << c.toString();
                epProps[i].push_back(std::move(p));
            }
        }
        for (int a : epResp[i])
            assetReturnedBy[a].push_back(i);
        const QJsonArray callbacks = e.attributes.value(QStringLiteral("callbacks")).toArray();
        for (const QJsonValue &c : callbacks)
            epCallbacks[i] << c.toString();
    }
    flowSrc.assign(nf, -1);
    flowDst.assign(nf, -1);
    flowAssets.resize(nf);
    for (int i = 0; i < nf; ++i) {
        const DataFlow &f = m.flows[i];
        flowSrc[i] = compById.value(f.sourceId, -1);
        flowDst[i] = compById.value(f.targetId, -1);
        if (flowSrc[i] >= 0)
            outbound[flowSrc[i]].push_back(i);
        if (flowDst[i] >= 0)
            inbound[flowDst[i]].push_back(i);
        flowAssets[i] = assetIndexes(f.assetIds);
        for (int a : flowAssets[i])
            assetCarriedBy[a].push_back(i);
    }

    // Trust: who is outside our control, and who can be reached from there in one step.
    untrusted.assign(nc, 0);
    exposed.assign(nc, 0);
    internalOnly.assign(nc, 0);
    const QString internetFacing = QLatin1StringView(attr::InternetFacing);
    for (int i = 0; i < nc; ++i) {
        const Component &c = m.components[i];
        untrusted[i] = c.kind == ComponentKind::ExternalEntity || c.kind == ComponentKind::Client
            || c.attributes.value(QStringLiteral("untrusted")).toBool()
            || boundaryChainHas(compBoundary[i], [](const TrustBoundary &b) { return b.kind == BoundaryKind::Internet; });
    }
    for (int i = 0; i < nc; ++i) {
        const QJsonValue facing = m.components[i].attributes.value(internetFacing);
        bool e = untrusted[i] || facing.toBool()
            || boundaryChainHas(compBoundary[i], [&](const TrustBoundary &b) { return b.attributes.value(internetFacing).toBool(); });
        for (int f : inbound[i])
            if (!e && flowSrc[f] >= 0 && untrusted[flowSrc[f]])
                e = true;
        exposed[i] = e;
        internalOnly[i] = !e && facing.isBool() && !facing.toBool();
    }
    compMaxClass.assign(nc, -1);
    compMaxClassAsset.assign(nc, -1);
    auto raise = [&](int comp, int asset) {
        if (comp < 0)
            return;
        const int c = int(m.assets[asset].classification);
        if (c > compMaxClass[comp]) {
            compMaxClass[comp] = c;
            compMaxClassAsset[comp] = asset;
        }
    };
    for (int f = 0; f < nf; ++f)
        for (int a : flowAssets[f]) {
            raise(flowSrc[f], a);
            raise(flowDst[f], a);
        }
    for (int e = 0; e < ne; ++e) {
        for (int a : epReq[e])
            raise(epComp[e], a);
        for (int a : epResp[e])
            raise(epComp[e], a);
    }
    downstream.assign(nc, -1);
}

int Index::blastRadius(int comp) const
{
    if (comp < 0)
        return 0;
    if (downstream[comp] >= 0)
        return downstream[comp];
    // Breadth-first along flows, stopping once the factor cannot grow any more.
    std::vector<int> queue{comp};
    QSet<int> seen{comp};
    for (std::size_t head = 0; head < queue.size() && seen.size() <= MaxBlast; ++head) {
        for (int f : outbound[queue[head]]) {
            const int t = flowDst[f];
            if (t >= 0 && !seen.contains(t)) {
                seen.insert(t);
                queue.push_back(t);
                if (seen.size() > MaxBlast)
                    break;
            }
        }
    }
    downstream[comp] = int(std::min<qsizetype>(seen.size() - 1, MaxBlast));
    return downstream[comp];
}

struct Context
{
    Subject element;
    std::optional<Subject> item;
};

class Evaluator
{
public:
    explicit Evaluator(const Index &index) : m_ix(index) {}

    bool eval(const Condition &c, const Context &ctx) const;
    QString render(const Template &t, const Context &ctx) const;
    QString idOf(const Subject &s) const;
    const QList<SourceRef> *sourcesOf(const Subject &s) const;

    template<typename F>
    bool related(const Subject &s, Relation r, const Context &ctx, F &&f) const;
    template<typename F>
    bool walkRelations(const Subject &s, const std::vector<Relation> &rels, std::size_t i, const Context &ctx, F &&f) const;
    template<typename F>
    bool values(const FieldPath &path, const Context &ctx, F &&f) const;

private:
    template<typename F>
    bool fieldValues(const Subject &s, const FieldPath &path, F &&f) const;
    template<typename F>
    static bool jsonValues(const QJsonValue &v, const QStringList &path, qsizetype i, F &&f);

    const Index &m_ix;
};

template<typename F>
bool Evaluator::related(const Subject &s, Relation r, const Context &ctx, F &&f) const
{
    auto each = [&](const std::vector<int> &list, SubjectType t) {
        for (int i : list)
            if (f(Subject{t, i, -1}))
                return true;
        return false;
    };
    auto one = [&](int i, SubjectType t) { return i >= 0 && f(Subject{t, i, -1}); };
    switch (r) {
    case Relation::Item: return ctx.item && f(*ctx.item);
    case Relation::Boundary: return one(m_ix.compBoundary[s.index], SubjectType::Boundary);
    case Relation::Inbound: return each(m_ix.inbound[s.index], SubjectType::Flow);
    case Relation::Outbound: return each(m_ix.outbound[s.index], SubjectType::Flow);
    case Relation::EntryPoints: return each(m_ix.compEps[s.index], SubjectType::EntryPoint);
    case Relation::Parent: return one(m_ix.boundaryParent[s.index], SubjectType::Boundary);
    case Relation::Components: return each(m_ix.boundaryComps[s.index], SubjectType::Component);
    case Relation::Component: return one(m_ix.epComp[s.index], SubjectType::Component);
    case Relation::Parameters:
        for (int i = 0; i < int(m_ix.m.entryPoints[s.index].parameters.size()); ++i)
            if (f(Subject{SubjectType::Parameter, s.index, i}))
                return true;
        return false;
    case Relation::RequestAssets: return each(m_ix.epReq[s.index], SubjectType::Asset);
    case Relation::ResponseAssets: return each(m_ix.epResp[s.index], SubjectType::Asset);
    case Relation::RequestProperties:
        for (int i = 0; i < int(m_ix.epProps[s.index].size()); ++i)
            if (f(Subject{SubjectType::Property, s.index, i}))
                return true;
        return false;
    case Relation::Callbacks:
        for (int i = 0; i < int(m_ix.epCallbacks[s.index].size()); ++i)
            if (f(Subject{SubjectType::Callback, s.index, i}))
                return true;
        return false;
    case Relation::Source: return one(m_ix.flowSrc[s.index], SubjectType::Component);
    case Relation::Target: return one(m_ix.flowDst[s.index], SubjectType::Component);
    case Relation::Assets: return each(m_ix.flowAssets[s.index], SubjectType::Asset);
    case Relation::WrittenBy: return each(m_ix.assetWrittenBy[s.index], SubjectType::EntryPoint);
    case Relation::ReturnedBy: return each(m_ix.assetReturnedBy[s.index], SubjectType::EntryPoint);
    case Relation::CarriedBy: return each(m_ix.assetCarriedBy[s.index], SubjectType::Flow);
    }
    return false;
}

template<typename F>
bool Evaluator::walkRelations(const Subject &s, const std::vector<Relation> &rels, std::size_t i, const Context &ctx, F &&f) const
{
    if (i == rels.size())
        return f(s);
    return related(s, rels[i], ctx, [&](const Subject &next) { return walkRelations(next, rels, i + 1, ctx, f); });
}

template<typename F>
bool Evaluator::values(const FieldPath &path, const Context &ctx, F &&f) const
{
    if (path.relations.empty())
        return fieldValues(ctx.element, path, f);
    return walkRelations(ctx.element, path.relations, 0, ctx, [&](const Subject &s) { return fieldValues(s, path, f); });
}

template<typename F>
bool Evaluator::jsonValues(const QJsonValue &v, const QStringList &path, qsizetype i, F &&f)
{
    if (v.isArray()) { // arrays are transparent: a path reads every element
        const QJsonArray a = v.toArray();
        for (const QJsonValue &e : a)
            if (jsonValues(e, path, i, f))
                return true;
        return false;
    }
    if (i == path.size()) {
        switch (v.type()) {
        case QJsonValue::Bool: return f(Value::ofBool(v.toBool()));
        case QJsonValue::Double: return f(Value::ofNumber(v.toDouble()));
        case QJsonValue::String: return f(Value::ofString(v.toString()));
        case QJsonValue::Object: {
            Value o;
            o.type = Value::Type::Object;
            return !v.toObject().isEmpty() && f(o);
        }
        default: return false;
        }
    }
    if (!v.isObject())
        return false;
    const QJsonObject o = v.toObject();
    if (path[i] == QLatin1StringView("*")) {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (jsonValues(it.value(), path, i + 1, f))
                return true;
        return false;
    }
    const auto it = o.constFind(path[i]);
    return it != o.constEnd() && jsonValues(it.value(), path, i + 1, f);
}

template<typename F>
bool Evaluator::fieldValues(const Subject &s, const FieldPath &path, F &&f) const
{
    auto str = [&](const QString &v) { return f(Value::ofString(v)); };
    auto list = [&](const QStringList &l) {
        for (const QString &v : l)
            if (f(Value::ofString(v)))
                return true;
        return false;
    };
    auto num = [&](qsizetype n) { return f(Value::ofNumber(double(n))); };
    auto boolean = [&](bool b) { return f(Value::ofBool(b)); };
    auto attributes = [&](const QJsonObject &o) { return jsonValues(QJsonValue(o), path.jsonPath, 0, f); };
    switch (s.type) {
    case SubjectType::Component: {
        const Component &c = m_ix.m.components[s.index];
        switch (path.field) {
        case Field::Id: return str(c.id);
        case Field::Name: return str(c.name);
        case Field::Kind: return str(m_ix.compKind[s.index]);
        case Field::Technology: return str(c.technology);
        case Field::Tags: return list(c.tags);
        case Field::Untrusted: return boolean(m_ix.untrusted[s.index]);
        case Field::Exposed: return boolean(m_ix.exposed[s.index]);
        case Field::InboundCount: return num(qsizetype(m_ix.inbound[s.index].size()));
        case Field::OutboundCount: return num(qsizetype(m_ix.outbound[s.index].size()));
        case Field::EntryPointCount: return num(qsizetype(m_ix.compEps[s.index].size()));
        case Field::Attributes: return attributes(c.attributes);
        default: return false;
        }
    }
    case SubjectType::Boundary: {
        const TrustBoundary &b = m_ix.m.boundaries[s.index];
        switch (path.field) {
        case Field::Id: return str(b.id);
        case Field::Name: return str(b.name);
        case Field::Kind: return str(m_ix.boundaryKind[s.index]);
        case Field::ComponentCount: return num(qsizetype(m_ix.boundaryComps[s.index].size()));
        case Field::Attributes: return attributes(b.attributes);
        default: return false;
        }
    }
    case SubjectType::EntryPoint: {
        const EntryPoint &e = m_ix.m.entryPoints[s.index];
        switch (path.field) {
        case Field::Id: return str(e.id);
        case Field::Name: return str(e.name);
        case Field::Kind: return str(m_ix.epKind[s.index]);
        case Field::Method: return str(e.method);
        case Field::Path: return str(e.path);
        case Field::OperationId: return !e.operationId.isEmpty() && str(e.operationId);
        case Field::Tags: return list(e.tags);
        case Field::Deprecated: return boolean(e.deprecated);
        case Field::Auth: return str(m_ix.epAuth[s.index]);
        case Field::SecuritySchemes:
            if (e.security)
                for (const SecurityRequirement &r : *e.security)
                    if (list(r))
                        return true;
            return false;
        case Field::RequestMediaTypes: return list(e.requestMediaTypes);
        case Field::ResponseMediaTypes: return list(e.responseMediaTypes);
        case Field::Exposed: return boolean(m_ix.epComp[s.index] >= 0 && m_ix.exposed[m_ix.epComp[s.index]]);
        case Field::Attributes: return attributes(e.attributes);
        default: return false;
        }
    }
    case SubjectType::Flow: {
        const DataFlow &fl = m_ix.m.flows[s.index];
        switch (path.field) {
        case Field::Id: return str(fl.id);
        case Field::Protocol: return !fl.protocol.isEmpty() && str(fl.protocol);
        case Field::Port: return fl.port > 0 && num(fl.port);
        case Field::Encrypted: return fl.encrypted && boolean(*fl.encrypted);
        case Field::Authenticated: return fl.authenticated && boolean(*fl.authenticated);
        case Field::Label: return !fl.label.isEmpty() && str(fl.label);
        case Field::CrossesBoundary: {
            const int a = m_ix.flowSrc[s.index], b = m_ix.flowDst[s.index];
            return boolean(a >= 0 && b >= 0 && (m_ix.compBoundary[a] != m_ix.compBoundary[b] || m_ix.untrusted[a] != m_ix.untrusted[b]));
        }
        case Field::Attributes: return attributes(fl.attributes);
        default: return false;
        }
    }
    case SubjectType::Asset: {
        const DataAsset &a = m_ix.m.assets[s.index];
        switch (path.field) {
        case Field::Id: return str(a.id);
        case Field::Name: return str(a.name);
        case Field::Classification: return str(enumName(a.classification));
        case Field::Tags: return list(a.tags);
        case Field::Confidentiality: return str(enumName(a.confidentiality));
        case Field::Integrity: return str(enumName(a.integrity));
        case Field::Availability: return str(enumName(a.availability));
        case Field::UserOverride: return boolean(a.userOverride);
        case Field::Attributes: return attributes(a.attributes);
        default: return false;
        }
    }
    case SubjectType::Parameter: {
        const Parameter &p = m_ix.m.entryPoints[s.index].parameters[s.sub];
        switch (path.field) {
        case Field::Name: return str(p.name);
        case Field::In: return str(p.in);
        case Field::Required: return boolean(p.required);
        case Field::ObjectReference: return boolean(p.objectReference);
        case Field::Type: return !p.type.isEmpty() && str(p.type);
        default: return false;
        }
    }
    case SubjectType::Property: {
        const Property &p = m_ix.epProps[s.index][s.sub];
        switch (path.field) {
        case Field::Name: return str(p.name);
        case Field::Sensitive: return boolean(p.sensitive);
        case Field::Categories: return list(p.categories);
        case Field::AssetName: return str(p.assetName);
        default: return false;
        }
    }
    case SubjectType::Callback: return path.field == Field::Name && str(m_ix.epCallbacks[s.index][s.sub]);
    }
    return false;
}

bool literalEquals(const Literal &l, const Value &v)
{
    switch (l.type) {
    case Literal::Type::Null: return v.type == Value::Type::Null;
    case Literal::Type::Bool: return v.type == Value::Type::Bool && v.boolean == l.boolean;
    case Literal::Type::Number: return v.type == Value::Type::Number && v.number == l.number;
    case Literal::Type::String: return v.type == Value::Type::String && v.string == l.string;
    }
    return false;
}

bool Evaluator::eval(const Condition &c, const Context &ctx) const
{
    switch (c.op) {
    case Condition::Op::True: return true;
    case Condition::Op::All:
        for (const Condition &child : c.children)
            if (!eval(child, ctx))
                return false;
        return true;
    case Condition::Op::Any:
        for (const Condition &child : c.children)
            if (eval(child, ctx))
                return true;
        return false;
    case Condition::Op::Not: return !eval(c.children.front(), ctx);
    case Condition::Op::Some:
        return walkRelations(ctx.element, c.relation.relations, 0, ctx,
                             [&](const Subject &s) { return eval(c.children.front(), Context{s, std::nullopt}); });
    case Condition::Op::Exists: {
        const bool found = values(c.field, ctx, [](const Value &v) {
            return v.type != Value::Type::Null && !(v.type == Value::Type::String && v.string.isEmpty());
        });
        return found == c.expected;
    }
    case Condition::Op::Equals: return values(c.field, ctx, [&](const Value &v) { return literalEquals(c.literals.front(), v); });
    case Condition::Op::In:
        return values(c.field, ctx, [&](const Value &v) {
            return std::any_of(c.literals.begin(), c.literals.end(), [&](const Literal &l) { return literalEquals(l, v); });
        });
    case Condition::Op::Matches:
        return values(c.field, ctx, [&](const Value &v) {
            return v.type != Value::Type::Object && v.type != Value::Type::Null && c.regex->match(v.toText()).hasMatch();
        });
    case Condition::Op::Gt:
    case Condition::Op::Gte:
    case Condition::Op::Lt:
    case Condition::Op::Lte:
        return values(c.field, ctx, [&](const Value &v) {
            if (v.type != Value::Type::Number)
                return false;
            switch (c.op) {
            case Condition::Op::Gt: return v.number > c.number;
            case Condition::Op::Gte: return v.number >= c.number;
            case Condition::Op::Lt: return v.number < c.number;
            default: return v.number <= c.number;
            }
        });
    }
    return false;
}

QString Evaluator::render(const Template &t, const Context &ctx) const
{
    QString out;
    for (const Template::Part &part : t.parts) {
        if (!part.field) {
            out += part.literal;
            continue;
        }
        QStringList texts;
        values(*part.field, ctx, [&](const Value &v) {
            const QString text = v.toText();
            if (!text.isEmpty() && !texts.contains(text))
                texts << text;
            return texts.size() >= 5; // titles stay readable; the element list is in the targets
        });
        out += texts.join(QStringLiteral(", "));
    }
    return out;
}

QString Evaluator::idOf(const Subject &s) const
{
    switch (s.type) {
    case SubjectType::Component: return m_ix.m.components[s.index].id;
    case SubjectType::Boundary: return m_ix.m.boundaries[s.index].id;
    case SubjectType::EntryPoint: return m_ix.m.entryPoints[s.index].id;
    case SubjectType::Flow: return m_ix.m.flows[s.index].id;
    case SubjectType::Asset: return m_ix.m.assets[s.index].id;
    default: return {};
    }
}

const QList<SourceRef> *Evaluator::sourcesOf(const Subject &s) const
{
    switch (s.type) {
    case SubjectType::Component: return &m_ix.m.components[s.index].sources;
    case SubjectType::Boundary: return &m_ix.m.boundaries[s.index].sources;
    case SubjectType::EntryPoint: return &m_ix.m.entryPoints[s.index].sources;
    case SubjectType::Flow: return &m_ix.m.flows[s.index].sources;
    case SubjectType::Asset: return &m_ix.m.assets[s.index].sources;
    default: return nullptr;
    }
}

QString discriminatorOf(const Index &ix, const Subject &item)
{
    switch (item.type) {
    case SubjectType::Parameter: {
        const Parameter &p = ix.m.entryPoints[item.index].parameters[item.sub];
        return QStringLiteral("parameter:%1:%2").arg(p.in, p.name);
    }
    case SubjectType::Property: return QStringLiteral("property:") + ix.epProps[item.index][item.sub].name;
    case SubjectType::Callback: return QStringLiteral("callback:") + ix.epCallbacks[item.index][item.sub];
    default: return {};
    }
}

QString signedFactor(double v)
{
    return (v > 0 ? QStringLiteral("+") : QString()) + QString::number(v, 'f', 2);
}

/** Scores a finding and explains every adjustment (DESIGN.md: every score shows its factors). */
void scoreThreat(const Index &ix, const Subject &element, const std::optional<Subject> &item, Threat &t)
{
    const double base = t.likelihood * t.impact * 0.4;
    t.factors.append(RiskFactor{QStringLiteral("likelihood-impact"), base,
                                (t.origin.startsWith(QLatin1StringView("llm:"))
                                     ? Tr::tr("The language model rates likelihood %1 and impact %2 of 5: base %3 of 10")
                                     : Tr::tr("Rule rates likelihood %1 and impact %2 of 5: base %3 of 10"))
                                    .arg(t.likelihood)
                                    .arg(t.impact)
                                    .arg(QString::number(base, 'f', 1))});

    // The component that answers for the target: reachability and blast radius are about it.
    int comp = -1;
    switch (element.type) {
    case SubjectType::Component: comp = element.index; break;
    case SubjectType::EntryPoint: comp = ix.epComp[element.index]; break;
    case SubjectType::Flow: comp = ix.flowDst[element.index]; break;
    default: break;
    }

    double reach = 0;
    QString reachText = Tr::tr("No internet exposure known for the target");
    bool exposedTarget = false;
    if (element.type == SubjectType::Flow) {
        const int src = ix.flowSrc[element.index];
        exposedTarget = src >= 0 && (ix.untrusted[src] || ix.exposed[src]);
        if (exposedTarget)
            reachText = Tr::tr("The flow starts at an element an untrusted zone can reach");
    } else if (element.type == SubjectType::Boundary) {
        const TrustBoundary &b = ix.m.boundaries[element.index];
        exposedTarget = b.kind == BoundaryKind::Internet || b.attributes.value(QLatin1StringView(attr::InternetFacing)).toBool();
        if (exposedTarget)
            reachText = Tr::tr("The boundary is open to the internet");
    } else if (element.type == SubjectType::Asset) {
        for (int e : ix.assetWrittenBy[element.index])
            exposedTarget |= ix.epComp[e] >= 0 && ix.exposed[ix.epComp[e]];
        for (int e : ix.assetReturnedBy[element.index])
            exposedTarget |= ix.epComp[e] >= 0 && ix.exposed[ix.epComp[e]];
        if (exposedTarget)
            reachText = Tr::tr("The asset passes through an internet-reachable interface");
    } else if (comp >= 0 && ix.exposed[comp]) {
        exposedTarget = true;
        reachText = ix.untrusted[comp] ? Tr::tr("The target sits in an untrusted zone")
                                       : Tr::tr("The target is internet-facing or receives flows from an untrusted zone");
    }
    if (exposedTarget) {
        reach = 1.0;
    } else if (comp >= 0 && ix.internalOnly[comp]) {
        reach = -1.0;
        reachText = Tr::tr("The target is declared not internet-facing and no untrusted flow reaches it");
    }
    t.factors.append(RiskFactor{QStringLiteral("reachability"), reach, signedFactor(reach) + QStringLiteral(": ") + reachText});

    // Data sensitivity: the most sensitive asset the target touches.
    int maxClass = -1, maxAsset = -1;
    auto consider = [&](int a) {
        if (a >= 0 && int(ix.m.assets[a].classification) > maxClass) {
            maxClass = int(ix.m.assets[a].classification);
            maxAsset = a;
        }
    };
    switch (element.type) {
    case SubjectType::Component:
        maxClass = ix.compMaxClass[element.index];
        maxAsset = ix.compMaxClassAsset[element.index];
        break;
    case SubjectType::EntryPoint:
        for (int a : ix.epReq[element.index])
            consider(a);
        for (int a : ix.epResp[element.index])
            consider(a);
        break;
    case SubjectType::Flow:
        for (int a : ix.flowAssets[element.index])
            consider(a);
        break;
    case SubjectType::Asset: consider(element.index); break;
    case SubjectType::Boundary:
        for (int c : ix.boundaryComps[element.index])
            if (ix.compMaxClass[c] > maxClass) {
                maxClass = ix.compMaxClass[c];
                maxAsset = ix.compMaxClassAsset[c];
            }
        break;
    default: break;
    }
    if (item && item->type == SubjectType::Asset)
        consider(item->index);
    static const double sensitivity[] = {-0.5, 0.0, 0.5, 1.0};
    const double sens = maxClass >= 0 ? sensitivity[maxClass] : 0.0;
    const QString sensText = maxClass >= 0
        ? Tr::tr("Most sensitive data touched: %1 (%2)")
              .arg(ix.m.assets[maxAsset].name, enumName(ix.m.assets[maxAsset].classification))
        : Tr::tr("No data assets known for the target");
    t.factors.append(RiskFactor{QStringLiteral("data-sensitivity"), sens, signedFactor(sens) + QStringLiteral(": ") + sensText});

    // Exploitability: can an attacker use the target without credentials?
    double expl = 0;
    QString explText = Tr::tr("Authentication of the target is unknown");
    if (element.type == SubjectType::EntryPoint) {
        const QString &auth = ix.epAuth[element.index];
        if (auth == QLatin1StringView("none") || auth == QLatin1StringView("optional")) {
            expl = 1.0;
            explText = Tr::tr("The operation can be called without authentication");
        } else if (auth == QLatin1StringView("undeclared")) {
            expl = 0.5;
            explText = Tr::tr("The operation declares no security at all");
        } else if (auth == QLatin1StringView("unknown")) {
            explText = Tr::tr("Authentication of the route is unknown (found in source code)");
        } else {
            expl = -0.5;
            explText = Tr::tr("The operation requires authentication");
        }
    } else if (element.type == SubjectType::Flow || element.type == SubjectType::Component) {
        std::optional<bool> authenticated;
        if (element.type == SubjectType::Flow) {
            authenticated = ix.m.flows[element.index].authenticated;
        } else {
            const QJsonValue v = ix.m.components[element.index].attributes.value(QLatin1StringView(attr::Authenticated));
            if (v.isBool())
                authenticated = v.toBool();
        }
        if (authenticated && !*authenticated) {
            expl = 1.0;
            explText = Tr::tr("The target accepts unauthenticated requests");
        } else if (authenticated) {
            expl = -0.5;
            explText = Tr::tr("The target requires authentication");
        }
    }
    t.factors.append(RiskFactor{QStringLiteral("exploitability"), expl, signedFactor(expl) + QStringLiteral(": ") + explText});

    // Blast radius: how far a compromise spreads along the data flows.
    int downstream = 0;
    if (element.type == SubjectType::Boundary)
        downstream = int(std::min<std::size_t>(ix.boundaryComps[element.index].size(), MaxBlast));
    else
        downstream = ix.blastRadius(comp);
    const double blast = downstream == 0 ? 0.0 : downstream < 3 ? 0.25 : downstream < MaxBlast ? 0.5 : 1.0;
    const QString blastText = downstream >= MaxBlast
        ? Tr::tr("%1 or more components are reachable downstream").arg(MaxBlast)
        : Tr::tr("%n component(s) reachable downstream", nullptr, downstream);
    t.factors.append(RiskFactor{QStringLiteral("blast-radius"), blast, signedFactor(blast) + QStringLiteral(": ") + blastText});

    const double score = std::clamp(base + reach + sens + expl + blast, 0.0, 10.0);
    t.score = std::round(score * 10.0) / 10.0;
    t.severity = severityForScore(t.score);
    t.priority = priorityForSeverity(t.severity);
}

} // namespace

QString fingerprint(const QString &ruleId, QStringList targetIds, const QString &discriminator)
{
    std::sort(targetIds.begin(), targetIds.end());
    targetIds.erase(std::unique(targetIds.begin(), targetIds.end()), targetIds.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Length-prefixed parts: no id can smuggle a separator and collide with another list.
    auto add = [&](const QString &s) {
        const QByteArray utf8 = s.toUtf8();
        hash.addData(QByteArray::number(utf8.size()) + ':');
        hash.addData(utf8);
    };
    add(ruleId);
    for (const QString &t : std::as_const(targetIds))
        add(t);
    if (!discriminator.isEmpty()) {
        hash.addData(QByteArrayView("#"));
        add(discriminator);
    }
    return QString::fromLatin1(hash.result().toHex());
}

void scoreThreats(const SystemModel &model, QList<Threat> &threats)
{
    const Index ix(model);
    QHash<QString, Subject> subjects;
    for (int i = 0; i < int(model.components.size()); ++i)
        subjects.insert(model.components[i].id, Subject{SubjectType::Component, i, -1});
    for (int i = 0; i < int(model.boundaries.size()); ++i)
        subjects.insert(model.boundaries[i].id, Subject{SubjectType::Boundary, i, -1});
    for (int i = 0; i < int(model.entryPoints.size()); ++i)
        subjects.insert(model.entryPoints[i].id, Subject{SubjectType::EntryPoint, i, -1});
    for (int i = 0; i < int(model.flows.size()); ++i)
        subjects.insert(model.flows[i].id, Subject{SubjectType::Flow, i, -1});
    for (int i = 0; i < int(model.assets.size()); ++i)
        subjects.insert(model.assets[i].id, Subject{SubjectType::Asset, i, -1});
    for (Threat &t : threats) {
        t.factors.clear();
        const auto it = t.targets.isEmpty() ? subjects.constEnd() : subjects.constFind(t.targets.first());
        if (it != subjects.constEnd()) {
            scoreThreat(ix, *it, std::nullopt, t);
            continue;
        }
        const double base = t.likelihood * t.impact * 0.4;
        t.factors.append(RiskFactor{QStringLiteral("likelihood-impact"), base,
                                    Tr::tr("Likelihood %1 and impact %2 of 5: base %3 of 10; the target is not in the model")
                                        .arg(t.likelihood)
                                        .arg(t.impact)
                                        .arg(QString::number(base, 'f', 1))});
        t.score = std::round(std::clamp(base, 0.0, 10.0) * 10.0) / 10.0;
        t.severity = severityForScore(t.score);
        t.priority = priorityForSeverity(t.severity);
    }
}

int priorityForSeverity(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return 1;
    case Severity::High: return 2;
    case Severity::Medium: return 3;
    default: return 4;
    }
}

Result<QList<Threat>> analyse(const SystemModel &model, const RuleSet &rules, const Options &options)
{
    const Index ix(model);
    const Evaluator ev(ix);
    QList<Threat> out;
    QSet<QString> seen;

    auto fire = [&](const Rule &rule, const Subject &element, const std::optional<Subject> &item) {
        const Context ctx{element, item};
        Threat t;
        t.ruleId = rule.id;
        t.origin = QStringLiteral("rule");
        t.stride = rule.stride;
        t.targets << ev.idOf(element);
        QString discriminator;
        if (item) {
            const QString itemId = ev.idOf(*item);
            if (!itemId.isEmpty() && !t.targets.contains(itemId))
                t.targets << itemId;
            else if (itemId.isEmpty())
                discriminator = discriminatorOf(ix, *item);
        }
        t.fingerprint = fingerprint(rule.id, t.targets, discriminator);
        if (seen.contains(t.fingerprint))
            return; // e.g. the same property name in two request assets
        seen.insert(t.fingerprint);
        t.title = ev.render(rule.title, ctx);
        t.rationale = ev.render(rule.rationale, ctx);
        t.mitigation = ev.render(rule.mitigation, ctx);
        t.references = rule.references;
        t.likelihood = rule.likelihood;
        t.impact = rule.impact;
        if (const QList<SourceRef> *sources = ev.sourcesOf(element))
            t.sources = *sources;
        scoreThreat(ix, element, item, t);
        t.status = ThreatStatus::Suggested;
        t.isNew = true;
        out << t;
    };

    auto visit = [&](const Rule &rule, const Subject &element) {
        if (rule.forEach) {
            ev.walkRelations(element, rule.forEach->relations, 0, Context{element, std::nullopt}, [&](const Subject &item) {
                if (ev.eval(rule.when, Context{element, item}))
                    fire(rule, element, item);
                return false;
            });
        } else if (ev.eval(rule.when, Context{element, std::nullopt})) {
            fire(rule, element, std::nullopt);
        }
    };

    auto visitAll = [&](const Rule &rule, SubjectType type, qsizetype count, const QHash<QString, std::vector<int>> *byKind) {
        if (byKind && !rule.kindFilter.isEmpty()) {
            for (const QString &kind : rule.kindFilter) {
                const auto it = byKind->constFind(kind);
                if (it != byKind->constEnd())
                    for (int i : it.value())
                        visit(rule, Subject{type, i, -1});
            }
            return;
        }
        for (int i = 0; i < int(count); ++i)
            visit(rule, Subject{type, i, -1});
    };

    for (const Rule &rule : rules.rules()) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed))
            return makeError(Tr::tr("cancelled"));
        if (options.disabledRules.contains(rule.id))
            continue;
        switch (rule.appliesTo) {
        case SubjectType::Component: visitAll(rule, rule.appliesTo, model.components.size(), &ix.compByKind); break;
        case SubjectType::Boundary: visitAll(rule, rule.appliesTo, model.boundaries.size(), &ix.boundaryByKind); break;
        case SubjectType::EntryPoint: visitAll(rule, rule.appliesTo, model.entryPoints.size(), &ix.epByKind); break;
        case SubjectType::Flow: visitAll(rule, rule.appliesTo, model.flows.size(), nullptr); break;
        case SubjectType::Asset: visitAll(rule, rule.appliesTo, model.assets.size(), nullptr); break;
        default: break;
        }
    }

    if (options.attackPaths) {
        for (const Threat &t : attackPaths(model))
            out << t;
    }

    std::sort(out.begin(), out.end(), [](const Threat &a, const Threat &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.ruleId != b.ruleId)
            return a.ruleId < b.ruleId;
        return a.fingerprint < b.fingerprint;
    });
    return out;
}

} // namespace tw::analysis
