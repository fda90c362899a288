// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/modeljson.h"

#include "model/enums.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

namespace tw {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::ModelJson", text);
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonValue optionalBool(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

/**
 * Strict field reader: remembers the first type error so a damaged payload is refused with the
 * name of the field that was wrong, while the reading code stays a flat list of fields.
 */
class Reader
{
public:
    Reader(const QJsonObject &object, const char *what) : m_object(object), m_what(what) {}

    QString string(const char *key, bool required = false)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, tr("is missing"));
            return {};
        }
        if (!v.isString())
            fail(key, tr("is not a string"));
        return v.toString();
    }

    int integer(const char *key, int fallback = 0)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isDouble())
            fail(key, tr("is not a number"));
        return v.toInt(fallback);
    }

    double number(const char *key, double fallback = 0)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isDouble())
            fail(key, tr("is not a number"));
        return v.toDouble(fallback);
    }

    bool boolean(const char *key, bool fallback = false)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool())
            fail(key, tr("is not true or false"));
        return v.toBool(fallback);
    }

    std::optional<bool> optionalBoolean(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isBool()) {
            fail(key, tr("is not true, false or null"));
            return std::nullopt;
        }
        return v.toBool();
    }

    QStringList strings(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        QStringList out;
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            fail(key, tr("is not a list"));
            return out;
        }
        const QJsonArray array = v.toArray();
        out.reserve(array.size());
        for (const QJsonValue &item : array) {
            if (!item.isString()) {
                fail(key, tr("holds something that is not a string"));
                return {};
            }
            out.append(item.toString());
        }
        return out;
    }

    QJsonObject object(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject())
            fail(key, tr("is not an object"));
        return v.toObject();
    }

    QJsonArray array(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(key, tr("is not a list"));
        return v.toArray();
    }

    template<typename E>
    E enumValue(const char *key, E fallback)
    {
        const QString name = string(key);
        if (name.isEmpty())
            return fallback;
        if (const auto value = enumFromName<E>(name))
            return *value;
        fail(key, tr("has an unknown value \"%1\"").arg(name));
        return fallback;
    }

    QList<SourceRef> sources()
    {
        auto refs = sourceRefsFromJson(m_object.value(QStringLiteral("sources")));
        if (!refs) {
            fail("sources", refs.error().message);
            return {};
        }
        return refs.value();
    }

    /** Folds a nested result's error into this reader's. */
    template<typename T>
    T take(Result<T> result, const char *key)
    {
        if (!result) {
            fail(key, result.error().message);
            return T{};
        }
        return std::move(result).value();
    }

    void fail(const char *key, const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = tr("%1: field \"%2\" %3").arg(QLatin1StringView(m_what), QLatin1StringView(key), problem);
    }

    template<typename T>
    Result<T> finish(T value) const
    {
        if (!m_error.isEmpty())
            return makeError(m_error);
        return value;
    }

private:
    QJsonObject m_object;
    const char *m_what;
    QString m_error;
};

template<typename T, typename Fn>
Result<QList<T>> listFromJson(const QJsonArray &array, Fn fromJson)
{
    QList<T> out;
    out.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isObject())
            return makeError(tr("a list entry is not an object"));
        auto value = fromJson(item.toObject());
        if (!value)
            return value.error();
        out.append(std::move(value).value());
    }
    return out;
}

template<typename T>
QJsonArray listToJson(const QList<T> &list)
{
    QJsonArray array;
    for (const T &item : list)
        array.append(toJson(item));
    return array;
}

void putSources(QJsonObject &o, const QList<SourceRef> &sources)
{
    o.insert(QStringLiteral("sources"), toJson(sources));
    if (!sources.isEmpty())
        o.insert(QStringLiteral("source"), toJson(sources.first()));
}

} // namespace

QString SourceRef::toString() const
{
    QString text = file;
    if (line > 0) {
        text += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            text += QLatin1Char(':') + QString::number(column);
    }
    return text;
}

QJsonObject toJson(const SourceRef &ref)
{
    QJsonObject o;
    if (!ref.artifact.isEmpty())
        o.insert(QStringLiteral("artifact"), ref.artifact);
    o.insert(QStringLiteral("file"), ref.file);
    o.insert(QStringLiteral("line"), ref.line);
    o.insert(QStringLiteral("column"), ref.column);
    return o;
}

QJsonArray toJson(const QList<SourceRef> &refs)
{
    QJsonArray array;
    for (const SourceRef &ref : refs)
        array.append(toJson(ref));
    return array;
}

QJsonObject toJson(const Component &c)
{
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("name"), c.name},
                  {QStringLiteral("kind"), enumName(c.kind)},
                  {QStringLiteral("technology"), c.technology},
                  {QStringLiteral("tags"), toArray(c.tags)},
                  {QStringLiteral("attributes"), c.attributes},
                  {QStringLiteral("boundary"), c.boundaryId}};
    putSources(o, c.sources);
    return o;
}

QJsonObject toJson(const TrustBoundary &b)
{
    QJsonObject o{{QStringLiteral("id"), b.id},
                  {QStringLiteral("name"), b.name},
                  {QStringLiteral("kind"), enumName(b.kind)},
                  {QStringLiteral("parent"), b.parentId},
                  {QStringLiteral("attributes"), b.attributes}};
    putSources(o, b.sources);
    return o;
}

QJsonValue securityToJson(const std::optional<QList<SecurityRequirement>> &security)
{
    if (!security)
        return QJsonValue(QJsonValue::Null);
    QJsonArray alternatives;
    for (SecurityRequirement set : *security) {
        std::sort(set.begin(), set.end());
        alternatives.append(QJsonArray::fromStringList(set));
    }
    return alternatives;
}

QJsonObject toJson(const EntryPoint &e)
{
    QJsonArray parameters;
    for (const Parameter &p : e.parameters) {
        parameters.append(QJsonObject{{QStringLiteral("name"), p.name},
                                      {QStringLiteral("in"), p.in},
                                      {QStringLiteral("required"), p.required},
                                      {QStringLiteral("objectReference"), p.objectReference},
                                      {QStringLiteral("type"), p.type}});
    }
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("component"), e.componentId},
                  {QStringLiteral("kind"), enumName(e.kind)},
                  {QStringLiteral("name"), e.name},
                  {QStringLiteral("method"), e.method},
                  {QStringLiteral("path"), e.path},
                  {QStringLiteral("operationId"), e.operationId},
                  {QStringLiteral("tags"), toArray(e.tags)},
                  {QStringLiteral("parameters"), parameters},
                  {QStringLiteral("security"), securityToJson(e.security)},
                  {QStringLiteral("requestMediaTypes"), toArray(e.requestMediaTypes)},
                  {QStringLiteral("responseMediaTypes"), toArray(e.responseMediaTypes)},
                  {QStringLiteral("requestAssets"), toArray(e.requestAssetIds)},
                  {QStringLiteral("responseAssets"), toArray(e.responseAssetIds)},
                  {QStringLiteral("deprecated"), e.deprecated},
                  {QStringLiteral("attributes"), e.attributes}};
    putSources(o, e.sources);
    return o;
}

QJsonObject toJson(const DataFlow &f)
{
    QJsonObject o{{QStringLiteral("id"), f.id},
                  {QStringLiteral("source"), f.sourceId},
                  {QStringLiteral("target"), f.targetId},
                  {QStringLiteral("protocol"), f.protocol},
                  {QStringLiteral("port"), f.port},
                  {QStringLiteral("encrypted"), optionalBool(f.encrypted)},
                  {QStringLiteral("authenticated"), optionalBool(f.authenticated)},
                  {QStringLiteral("assets"), toArray(f.assetIds)},
                  {QStringLiteral("label"), f.label},
                  {QStringLiteral("attributes"), f.attributes}};
    // "source" names the flow's source element here, so the evidence is only under "sources".
    o.insert(QStringLiteral("sources"), toJson(f.sources));
    return o;
}

QJsonObject toJson(const DataAsset &a)
{
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("name"), a.name},
                  {QStringLiteral("classification"), enumName(a.classification)},
                  {QStringLiteral("tags"), toArray(a.tags)},
                  {QStringLiteral("confidentiality"), enumName(a.confidentiality)},
                  {QStringLiteral("integrity"), enumName(a.integrity)},
                  {QStringLiteral("availability"), enumName(a.availability)},
                  {QStringLiteral("userOverride"), a.userOverride},
                  {QStringLiteral("attributes"), a.attributes}};
    putSources(o, a.sources);
    return o;
}

QJsonObject toJson(const Threat &t)
{
    QJsonArray references;
    for (const Reference &r : t.references) {
        references.append(QJsonObject{{QStringLiteral("kind"), r.kind},
                                      {QStringLiteral("id"), r.id},
                                      {QStringLiteral("url"), r.url}});
    }
    QJsonArray factors;
    for (const RiskFactor &f : t.factors) {
        factors.append(QJsonObject{{QStringLiteral("name"), f.name},
                                   {QStringLiteral("value"), f.value},
                                   {QStringLiteral("explanation"), f.explanation}});
    }
    QJsonObject o{{QStringLiteral("fingerprint"), t.fingerprint},
                  {QStringLiteral("rule"), t.ruleId},
                  {QStringLiteral("origin"), t.origin},
                  {QStringLiteral("stride"), enumName(t.stride)},
                  {QStringLiteral("targets"), toArray(t.targets)},
                  {QStringLiteral("attackPath"), toArray(t.attackPath)},
                  {QStringLiteral("title"), t.title},
                  {QStringLiteral("rationale"), t.rationale},
                  {QStringLiteral("mitigation"), t.mitigation},
                  {QStringLiteral("references"), references},
                  {QStringLiteral("likelihood"), t.likelihood},
                  {QStringLiteral("impact"), t.impact},
                  {QStringLiteral("score"), t.score},
                  {QStringLiteral("severity"), enumName(t.severity)},
                  {QStringLiteral("factors"), factors},
                  {QStringLiteral("status"), enumName(t.status)},
                  {QStringLiteral("priority"), t.priority},
                  {QStringLiteral("priorityOverride"),
                   t.priorityOverride ? QJsonValue(*t.priorityOverride) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("owner"), t.owner},
                  {QStringLiteral("justification"), t.justification},
                  {QStringLiteral("expiresAt"), t.expiresAt.isValid() ? QJsonValue(toIsoUtc(t.expiresAt)) : QJsonValue()},
                  {QStringLiteral("isNew"), t.isNew}};
    putSources(o, t.sources);
    return o;
}

QJsonObject toJson(const Diagnostic &d)
{
    return QJsonObject{{QStringLiteral("level"), enumName(d.level)},
                       {QStringLiteral("message"), d.message},
                       {QStringLiteral("source"), toJson(d.source)}};
}

QJsonObject toJson(const SystemModel &m)
{
    return QJsonObject{{QStringLiteral("components"), listToJson(m.components)},
                       {QStringLiteral("boundaries"), listToJson(m.boundaries)},
                       {QStringLiteral("entryPoints"), listToJson(m.entryPoints)},
                       {QStringLiteral("flows"), listToJson(m.flows)},
                       {QStringLiteral("assets"), listToJson(m.assets)},
                       {QStringLiteral("threats"), listToJson(m.threats)},
                       {QStringLiteral("diagnostics"), listToJson(m.diagnostics)}};
}

Result<SourceRef> sourceRefFromJson(const QJsonValue &v)
{
    if (!v.isObject())
        return makeError(tr("a source reference is not an object"));
    Reader r(v.toObject(), "source");
    SourceRef ref;
    ref.artifact = r.string("artifact");
    ref.file = r.string("file");
    ref.line = r.integer("line");
    ref.column = r.integer("column");
    return r.finish(ref);
}

Result<QList<SourceRef>> sourceRefsFromJson(const QJsonValue &v)
{
    QList<SourceRef> refs;
    if (v.isUndefined() || v.isNull())
        return refs;
    if (!v.isArray())
        return makeError(tr("sources is not a list"));
    for (const QJsonValue &item : v.toArray()) {
        auto ref = sourceRefFromJson(item);
        if (!ref)
            return ref.error();
        refs.append(ref.value());
    }
    return refs;
}

Result<Component> componentFromJson(const QJsonObject &o)
{
    Reader r(o, "component");
    Component c;
    c.id = r.string("id", true);
    c.name = r.string("name");
    c.kind = r.enumValue("kind", ComponentKind::Generic);
    c.technology = r.string("technology");
    c.tags = r.strings("tags");
    c.attributes = r.object("attributes");
    c.boundaryId = r.string("boundary");
    c.sources = r.sources();
    return r.finish(c);
}

Result<TrustBoundary> boundaryFromJson(const QJsonObject &o)
{
    Reader r(o, "boundary");
    TrustBoundary b;
    b.id = r.string("id", true);
    b.name = r.string("name");
    b.kind = r.enumValue("kind", BoundaryKind::Generic);
    b.parentId = r.string("parent");
    b.attributes = r.object("attributes");
    b.sources = r.sources();
    return r.finish(b);
}

Result<EntryPoint> entryPointFromJson(const QJsonObject &o)
{
    Reader r(o, "entry point");
    EntryPoint e;
    e.id = r.string("id", true);
    e.componentId = r.string("component");
    e.kind = r.enumValue("kind", EntryPointKind::HttpOperation);
    e.name = r.string("name");
    e.method = r.string("method");
    e.path = r.string("path");
    e.operationId = r.string("operationId");
    e.tags = r.strings("tags");
    for (const QJsonValue &item : r.array("parameters")) {
        Reader pr(item.toObject(), "parameter");
        if (!item.isObject())
            r.fail("parameters", tr("holds something that is not an object"));
        Parameter p;
        p.name = pr.string("name");
        p.in = pr.string("in");
        p.required = pr.boolean("required");
        p.objectReference = pr.boolean("objectReference");
        p.type = pr.string("type");
        p = r.take(pr.finish(p), "parameters");
        e.parameters.append(p);
    }
    const QJsonValue security = o.value(QStringLiteral("security"));
    if (security.isArray()) {
        QList<SecurityRequirement> alternatives;
        for (const QJsonValue &alt : security.toArray()) {
            if (!alt.isArray()) {
                r.fail("security", tr("holds an alternative that is not a list"));
                break;
            }
            SecurityRequirement set;
            for (const QJsonValue &name : alt.toArray())
                set.append(name.toString());
            alternatives.append(set);
        }
        e.security = alternatives;
    } else if (!security.isNull() && !security.isUndefined()) {
        r.fail("security", tr("is neither a list nor null"));
    }
    e.requestMediaTypes = r.strings("requestMediaTypes");
    e.responseMediaTypes = r.strings("responseMediaTypes");
    e.requestAssetIds = r.strings("requestAssets");
    e.responseAssetIds = r.strings("responseAssets");
    e.deprecated = r.boolean("deprecated");
    e.attributes = r.object("attributes");
    e.sources = r.sources();
    return r.finish(e);
}

Result<DataFlow> flowFromJson(const QJsonObject &o)
{
    Reader r(o, "flow");
    DataFlow f;
    f.id = r.string("id", true);
    f.sourceId = r.string("source", true);
    f.targetId = r.string("target", true);
    f.protocol = r.string("protocol");
    f.port = r.integer("port");
    f.encrypted = r.optionalBoolean("encrypted");
    f.authenticated = r.optionalBoolean("authenticated");
    f.assetIds = r.strings("assets");
    f.label = r.string("label");
    f.attributes = r.object("attributes");
    f.sources = r.sources();
    return r.finish(f);
}

Result<DataAsset> assetFromJson(const QJsonObject &o)
{
    Reader r(o, "asset");
    DataAsset a;
    a.id = r.string("id", true);
    a.name = r.string("name");
    a.classification = r.enumValue("classification", Classification::Internal);
    a.tags = r.strings("tags");
    a.confidentiality = r.enumValue("confidentiality", Rating::Medium);
    a.integrity = r.enumValue("integrity", Rating::Medium);
    a.availability = r.enumValue("availability", Rating::Medium);
    a.userOverride = r.boolean("userOverride");
    a.attributes = r.object("attributes");
    a.sources = r.sources();
    return r.finish(a);
}

Result<Threat> threatFromJson(const QJsonObject &o)
{
    Reader r(o, "threat");
    Threat t;
    t.fingerprint = r.string("fingerprint", true);
    t.ruleId = r.string("rule");
    t.origin = r.string("origin");
    t.stride = r.enumValue("stride", Stride::Tampering);
    t.targets = r.strings("targets");
    t.attackPath = r.strings("attackPath");
    t.title = r.string("title");
    t.rationale = r.string("rationale");
    t.mitigation = r.string("mitigation");
    for (const QJsonValue &item : r.array("references")) {
        Reader rr(item.toObject(), "reference");
        Reference ref{rr.string("kind"), rr.string("id"), rr.string("url")};
        t.references.append(r.take(rr.finish(ref), "references"));
    }
    t.likelihood = r.integer("likelihood", 3);
    t.impact = r.integer("impact", 3);
    t.score = r.number("score");
    t.severity = r.enumValue("severity", Severity::Medium);
    for (const QJsonValue &item : r.array("factors")) {
        Reader fr(item.toObject(), "factor");
        RiskFactor f{fr.string("name"), fr.number("value"), fr.string("explanation")};
        t.factors.append(r.take(fr.finish(f), "factors"));
    }
    t.status = r.enumValue("status", ThreatStatus::Suggested);
    t.priority = r.integer("priority", 3);
    const QJsonValue over = o.value(QStringLiteral("priorityOverride"));
    if (over.isDouble())
        t.priorityOverride = over.toInt();
    t.owner = r.string("owner");
    t.justification = r.string("justification");
    const QString expires = r.string("expiresAt");
    if (!expires.isEmpty()) {
        t.expiresAt = fromIsoUtc(expires);
        if (!t.expiresAt.isValid())
            r.fail("expiresAt", tr("is not an ISO 8601 time"));
    }
    t.isNew = r.boolean("isNew");
    t.sources = r.sources();
    return r.finish(t);
}

Result<Diagnostic> diagnosticFromJson(const QJsonObject &o)
{
    Reader r(o, "diagnostic");
    Diagnostic d;
    d.level = r.enumValue("level", DiagnosticLevel::Warning);
    d.message = r.string("message");
    if (o.contains(QStringLiteral("source")))
        d.source = r.take(sourceRefFromJson(o.value(QStringLiteral("source"))), "source");
    return r.finish(d);
}

Result<SystemModel> modelFromJson(const QJsonObject &o)
{
    Reader r(o, "model");
    SystemModel m;
    m.components = r.take(listFromJson<Component>(r.array("components"), componentFromJson), "components");
    m.boundaries = r.take(listFromJson<TrustBoundary>(r.array("boundaries"), boundaryFromJson), "boundaries");
    m.entryPoints = r.take(listFromJson<EntryPoint>(r.array("entryPoints"), entryPointFromJson), "entryPoints");
    m.flows = r.take(listFromJson<DataFlow>(r.array("flows"), flowFromJson), "flows");
    m.assets = r.take(listFromJson<DataAsset>(r.array("assets"), assetFromJson), "assets");
    m.threats = r.take(listFromJson<Threat>(r.array("threats"), threatFromJson), "threats");
    m.diagnostics = r.take(listFromJson<Diagnostic>(r.array("diagnostics"), diagnosticFromJson), "diagnostics");
    return r.finish(m);
}

QString toIsoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoUtc(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

} // namespace tw
