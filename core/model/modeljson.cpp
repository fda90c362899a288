// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/modeljson.h"

#include "model/enums.h"
#include "model/jsonwriter.h"

#include <QJsonDocument>

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

namespace tw {
namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::ModelJson)
};

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
                fail(key, Tr::tr("is missing"));
            return {};
        }
        if (!v.isString())
            fail(key, Tr::tr("is not a string"));
        return v.toString();
    }

    int integer(const char *key, int fallback = 0)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isDouble())
            fail(key, Tr::tr("is not a number"));
        return v.toInt(fallback);
    }

    double number(const char *key, double fallback = 0)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isDouble())
            fail(key, Tr::tr("is not a number"));
        return v.toDouble(fallback);
    }

    bool boolean(const char *key, bool fallback = false)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool())
            fail(key, Tr::tr("is not true or false"));
        return v.toBool(fallback);
    }

    std::optional<bool> optionalBoolean(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isBool()) {
            fail(key, Tr::tr("is not true, false or null"));
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
            fail(key, Tr::tr("is not a list"));
            return out;
        }
        const QJsonArray array = v.toArray();
        out.reserve(array.size());
        for (const QJsonValue &item : array) {
            if (!item.isString()) {
                fail(key, Tr::tr("holds something that is not a string"));
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
            fail(key, Tr::tr("is not an object"));
        return v.toObject();
    }

    QJsonArray array(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(key, Tr::tr("is not a list"));
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
        fail(key, Tr::tr("has an unknown value \"%1\"").arg(name));
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
            m_error = Tr::tr("%1: field \"%2\" %3").arg(QLatin1StringView(m_what), QLatin1StringView(key), problem);
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
            return makeError(Tr::tr("a list entry is not an object"));
        auto value = fromJson(item.toObject());
        if (!value)
            return value.error();
        out.append(std::move(value).value());
    }
    return out;
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

namespace {

void writeRef(JsonWriter &w, const SourceRef &ref)
{
    w.beginObject();
    if (!ref.artifact.isEmpty())
        w.field("artifact", ref.artifact);
    w.field("file", ref.file).field("line", ref.line).field("column", ref.column);
    w.endObject();
}

void writeSources(JsonWriter &w, const QList<SourceRef> &sources, bool withFirst = true)
{
    w.key("sources").beginArray();
    for (const SourceRef &ref : sources)
        writeRef(w, ref);
    w.endArray();
    if (withFirst && !sources.isEmpty()) {
        w.key("source");
        writeRef(w, sources.first());
    }
}

void writeOptionalBool(JsonWriter &w, const char *key, const std::optional<bool> &value)
{
    w.key(key);
    if (value)
        w.value(*value);
    else
        w.null();
}

void writeSecurity(JsonWriter &w, const std::optional<QList<SecurityRequirement>> &security)
{
    if (!security) {
        w.null();
        return;
    }
    w.beginArray();
    for (SecurityRequirement set : *security) {
        std::sort(set.begin(), set.end());
        w.value(set);
    }
    w.endArray();
}

QJsonObject parsed(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace

void writeJson(JsonWriter &w, const Component &c)
{
    w.beginObject()
        .field("id", c.id)
        .field("name", c.name)
        .field("kind", enumName(c.kind))
        .field("technology", c.technology)
        .field("tags", c.tags)
        .field("attributes", QJsonValue(c.attributes))
        .field("boundary", c.boundaryId);
    writeSources(w, c.sources);
    w.endObject();
}

void writeJson(JsonWriter &w, const TrustBoundary &b)
{
    w.beginObject()
        .field("id", b.id)
        .field("name", b.name)
        .field("kind", enumName(b.kind))
        .field("parent", b.parentId)
        .field("attributes", QJsonValue(b.attributes));
    writeSources(w, b.sources);
    w.endObject();
}

void writeJson(JsonWriter &w, const EntryPoint &e)
{
    w.beginObject()
        .field("id", e.id)
        .field("component", e.componentId)
        .field("kind", enumName(e.kind))
        .field("name", e.name)
        .field("method", e.method)
        .field("path", e.path)
        .field("operationId", e.operationId)
        .field("tags", e.tags);
    w.key("parameters").beginArray();
    for (const Parameter &p : e.parameters) {
        w.beginObject()
            .field("name", p.name)
            .field("in", p.in)
            .field("required", p.required)
            .field("objectReference", p.objectReference)
            .field("type", p.type)
            .endObject();
    }
    w.endArray();
    w.key("security");
    writeSecurity(w, e.security);
    w.field("requestMediaTypes", e.requestMediaTypes)
        .field("responseMediaTypes", e.responseMediaTypes)
        .field("requestAssets", e.requestAssetIds)
        .field("responseAssets", e.responseAssetIds)
        .field("deprecated", e.deprecated)
        .field("attributes", QJsonValue(e.attributes));
    writeSources(w, e.sources);
    w.endObject();
}

void writeJson(JsonWriter &w, const DataFlow &f)
{
    w.beginObject()
        .field("id", f.id)
        .field("source", f.sourceId)
        .field("target", f.targetId)
        .field("protocol", f.protocol)
        .field("port", f.port);
    writeOptionalBool(w, "encrypted", f.encrypted);
    writeOptionalBool(w, "authenticated", f.authenticated);
    w.field("assets", f.assetIds).field("label", f.label).field("attributes", QJsonValue(f.attributes));
    // "source" names the flow's source element here, so the evidence is only under "sources".
    writeSources(w, f.sources, false);
    w.endObject();
}

void writeJson(JsonWriter &w, const DataAsset &a)
{
    w.beginObject()
        .field("id", a.id)
        .field("name", a.name)
        .field("classification", enumName(a.classification))
        .field("tags", a.tags)
        .field("confidentiality", enumName(a.confidentiality))
        .field("integrity", enumName(a.integrity))
        .field("availability", enumName(a.availability))
        .field("userOverride", a.userOverride)
        .field("attributes", QJsonValue(a.attributes));
    writeSources(w, a.sources);
    w.endObject();
}

void writeThreatTexts(JsonWriter &w, const Threat &t)
{
    w.field("rationale", t.rationale).field("mitigation", t.mitigation);
    w.key("references").beginArray();
    for (const Reference &r : t.references)
        w.beginObject().field("kind", r.kind).field("id", r.id).field("url", r.url).endObject();
    w.endArray();
}

void writeJson(JsonWriter &w, const Threat &t, int parts)
{
    w.beginObject();
    if (parts & ThreatJson::Identity)
        w.field("fingerprint", t.fingerprint);
    const bool stored = parts & ThreatJson::Stored;
    if (!stored)
        w.field("rule", t.ruleId).field("origin", t.origin).field("stride", enumName(t.stride));
    w.field("targets", t.targets);
    if (!stored || !t.attackPath.isEmpty())
        w.field("attackPath", t.attackPath);
    if (parts & ThreatJson::Identity)
        w.field("title", t.title);
    if (parts & ThreatJson::Texts)
        writeThreatTexts(w, t);
    w.field("likelihood", t.likelihood).field("impact", t.impact);
    if (!stored)
        w.field("score", t.score).field("severity", enumName(t.severity));
    w.key("factors").beginArray();
    for (const RiskFactor &f : t.factors)
        w.beginObject().field("name", f.name).field("value", f.value).field("explanation", f.explanation).endObject();
    w.endArray();
    w.field("priority", t.priority);
    if (parts & ThreatJson::Triage) {
        w.field("status", enumName(t.status));
        w.key("priorityOverride");
        if (t.priorityOverride)
            w.value(*t.priorityOverride);
        else
            w.null();
        w.field("owner", t.owner).field("justification", t.justification);
        w.key("expiresAt");
        if (t.expiresAt.isValid())
            w.value(toIsoUtc(t.expiresAt));
        else
            w.null();
        w.field("isNew", t.isNew);
        if (t.suppressionId != 0)
            w.field("suppression", t.suppressionId);
    }
    writeSources(w, t.sources, parts & ThreatJson::FirstSource);
    w.endObject();
}

QByteArray threatTextsJson(const Threat &t)
{
    JsonWriter w(512);
    w.beginObject();
    writeThreatTexts(w, t);
    w.endObject();
    return w.take();
}

void writeJson(JsonWriter &w, const Threat &t)
{
    writeJson(w, t, ThreatJson::Full);
}

void writeJson(JsonWriter &w, const Diagnostic &d)
{
    w.beginObject().field("level", enumName(d.level)).field("message", d.message).key("source");
    writeRef(w, d.source);
    w.endObject();
}

namespace {
template<typename T>
void writeList(JsonWriter &w, const char *key, const QList<T> &list)
{
    w.key(key).beginArray();
    for (const T &item : list)
        writeJson(w, item);
    w.endArray();
}
} // namespace

void writeJson(JsonWriter &w, const SystemModel &m)
{
    w.beginObject();
    writeList(w, "components", m.components);
    writeList(w, "boundaries", m.boundaries);
    writeList(w, "entryPoints", m.entryPoints);
    writeList(w, "flows", m.flows);
    writeList(w, "assets", m.assets);
    writeList(w, "threats", m.threats);
    writeList(w, "diagnostics", m.diagnostics);
    w.endObject();
}

QJsonObject toJson(const SourceRef &ref)
{
    JsonWriter w;
    writeRef(w, ref);
    return parsed(w.bytes());
}

QJsonArray toJson(const QList<SourceRef> &refs)
{
    QJsonArray array;
    for (const SourceRef &ref : refs)
        array.append(toJson(ref));
    return array;
}

QJsonValue securityToJson(const std::optional<QList<SecurityRequirement>> &security)
{
    JsonWriter w;
    w.beginArray();
    writeSecurity(w, security);
    w.endArray();
    return QJsonDocument::fromJson(w.bytes()).array().at(0);
}

#define TW_TO_JSON(Type)                                                                          \
    QJsonObject toJson(const Type &value)                                                         \
    {                                                                                             \
        JsonWriter w;                                                                             \
        writeJson(w, value);                                                                      \
        return parsed(w.bytes());                                                                 \
    }
TW_TO_JSON(Component)
TW_TO_JSON(TrustBoundary)
TW_TO_JSON(EntryPoint)
TW_TO_JSON(DataFlow)
TW_TO_JSON(DataAsset)
TW_TO_JSON(Threat)
TW_TO_JSON(Diagnostic)
TW_TO_JSON(SystemModel)
#undef TW_TO_JSON

Result<SourceRef> sourceRefFromJson(const QJsonValue &v)
{
    if (!v.isObject())
        return makeError(Tr::tr("a source reference is not an object"));
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
        return makeError(Tr::tr("sources is not a list"));
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
            r.fail("parameters", Tr::tr("holds something that is not an object"));
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
                r.fail("security", Tr::tr("holds an alternative that is not a list"));
                break;
            }
            SecurityRequirement set;
            for (const QJsonValue &name : alt.toArray())
                set.append(name.toString());
            alternatives.append(set);
        }
        e.security = alternatives;
    } else if (!security.isNull() && !security.isUndefined()) {
        r.fail("security", Tr::tr("is neither a list nor null"));
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
            r.fail("expiresAt", Tr::tr("is not an ISO 8601 time"));
    }
    t.isNew = r.boolean("isNew");
    t.suppressionId = r.integer("suppression", 0);
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
