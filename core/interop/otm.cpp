// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/otm.h"

#include "interop/mapping.h"
#include "model/enums.h"
#include "model/modeljson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace tw::interop::otm {
namespace {

using namespace detail;

const QString Prefix = QStringLiteral("otm:");
const QString ZonePrefix = QStringLiteral("otm:tz:");
const QString FlowPrefix = QStringLiteral("otm:df:");
const QString AssetPrefix = QStringLiteral("otm:asset:");
/** The zone an export puts components that are outside every boundary into (OTM needs a parent). */
const QString OutsideZone = QStringLiteral("threatwright-outside");

/** IriusRisk's well-known trust-zone type ids (StartLeft writes them as `type`). */
std::optional<BoundaryKind> irisZoneKind(const QString &type)
{
    static const QHash<QString, BoundaryKind> known = {
        {QStringLiteral("f0ba7722-39b6-4c81-8290-a30a248bb8d9"), BoundaryKind::Internet},     // Internet
        {QStringLiteral("b61d6911-338d-46a8-9f39-8dcd24abfe91"), BoundaryKind::CloudAccount}, // Public Cloud
        {QStringLiteral("2ab4effa-40b7-4cd2-ba81-8247d29a6f2d"), BoundaryKind::Network},      // Private Secured
        {QStringLiteral("6376d53e-6461-412b-8e04-7b3fe2b397de"), BoundaryKind::Network},      // Public
    };
    const auto it = known.constFind(type);
    return it == known.cend() ? std::nullopt : std::optional<BoundaryKind>(*it);
}

/**
 * OTM's trustRating (0 = no trust, 100 = full trust) for a boundary the model gives no rating:
 * derived from what the boundary is, on the scale of IriusRisk's default zones (Internet 1,
 * Public Cloud 60, Private Secured 100). The further inside, the more it is trusted.
 */
int derivedTrustRating(BoundaryKind kind)
{
    switch (kind) {
    case BoundaryKind::Internet: return 1;
    case BoundaryKind::Generic: return 50;
    case BoundaryKind::Network: return 50;
    case BoundaryKind::CloudAccount: return 60;
    case BoundaryKind::Vpc: return 70;
    case BoundaryKind::Subnet: return 75;
    case BoundaryKind::Cluster: return 80;
    case BoundaryKind::Namespace: return 80;
    case BoundaryKind::SecurityGroup: return 85;
    }
    return 50;
}

/** The OTM state our export writes for a status (the reader maps more words than these). */
QString stateFor(ThreatStatus status)
{
    switch (status) {
    case ThreatStatus::Mitigated: return QStringLiteral("mitigated");
    case ThreatStatus::Accepted: return QStringLiteral("accepted");
    case ThreatStatus::Dismissed: return QStringLiteral("not-applicable");
    case ThreatStatus::Suggested:
    case ThreatStatus::Validated:
    case ThreatStatus::ResolvedByChange: break;
    }
    return QStringLiteral("exposed");
}

QString typeFor(ComponentKind kind)
{
    return enumName(kind);
}

struct ThreatDef
{
    QString id;
    QString name;
    QString description;
    QStringList categories;
    QStringList cwes;
    std::optional<double> likelihood;
    std::optional<double> impact;
    std::optional<QJsonObject> ext;
    SourceRef where;
};

struct MitigationDef
{
    QString name;
    QString description;
};

class OtmReader
{
public:
    OtmReader(const doc::Document &document, const QString &file, ModelFragment &out) : m_r(document, file, Format::Otm, &out), m_out(out) {}

    void read()
    {
        const doc::Document &d = m_r.doc();
        const doc::NodeId root = d.root();
        if (!d.isMapping(root)) {
            m_r.diagnose(DiagnosticLevel::Error, root, Tr::tr("not an OTM document: the top level is not a map"));
            return;
        }
        const QString version = m_r.string(root, "otmVersion");
        if (version.isEmpty())
            m_r.diagnose(DiagnosticLevel::Error, root, Tr::tr("not a valid OTM document: \"otmVersion\" is missing; read as OTM 0.2.0"));
        else if (version != QLatin1StringView("0.1.0") && version != QLatin1StringView("0.2.0"))
            m_r.warn(d.find(root, "otmVersion"), Tr::tr("OTM version %1 is not one Threatwright knows (0.1.0, 0.2.0); read as 0.2.0").arg(version));
        if (!d.isMapping(m_r.find(root, "project")))
            m_r.warn(root, Tr::tr("the OTM document has no \"project\""));
        if (const doc::NodeId reps = m_r.sequence(root, "representations"); reps != doc::InvalidNode && d.size(reps) > 0)
            m_r.info(reps, Tr::tr("%n representation(s) (diagrams, code) are not imported; where elements sit in them is kept as attributes", nullptr, int(d.size(reps))));

        readMitigations(m_r.sequence(root, "mitigations"));
        readThreatDefs(m_r.sequence(root, "threats"));
        readAssets(m_r.sequence(root, "assets"));
        readZones(m_r.sequence(root, "trustZones"));
        readComponents(m_r.sequence(root, "components"));
        readFlows(m_r.sequence(root, "dataflows"));
        finishThreats();
    }

private:
    QString text(doc::NodeId map, std::string_view key) const { return m_r.string(map, key); }

    /** Items of a list that are maps; others are reported. */
    QList<doc::NodeId> items(doc::NodeId seq, const QString &what) const
    {
        QList<doc::NodeId> out;
        const doc::Document &d = m_r.doc();
        for (std::uint32_t i = 0; d.isSequence(seq) && i < d.size(seq); ++i) {
            const doc::NodeId item = d.itemAt(seq, i);
            if (d.isMapping(item))
                out.append(item);
            else
                m_r.warn(item, Tr::tr("%1 entry is not a map; ignored").arg(what));
        }
        return out;
    }

    /** id and name of an element; an element without an id is reported and skipped. */
    bool identity(doc::NodeId item, const QString &what, QString &id, QString &name) const
    {
        id = text(item, "id");
        name = text(item, "name");
        if (id.isEmpty()) {
            m_r.warn(item, Tr::tr("%1 without an \"id\"; not imported").arg(what));
            return false;
        }
        if (name.isEmpty())
            name = id;
        return true;
    }

    std::optional<QJsonObject> ext(doc::NodeId item) const
    {
        const doc::NodeId attributes = m_r.doc().isMapping(m_r.find(item, "attributes")) ? m_r.find(item, "attributes") : doc::InvalidNode;
        if (attributes == doc::InvalidNode)
            return std::nullopt;
        const doc::NodeId node = m_r.find(attributes, ExtensionKey);
        if (node == doc::InvalidNode)
            return std::nullopt;
        auto object = extension(m_r.toJson(node));
        if (!object)
            m_r.warn(node, Tr::tr("the \"threatwright\" attribute is not a JSON object; ignored"));
        return object;
    }

    /** Foreign attributes and representations, kept; our own extension is not repeated. */
    void keepForeign(doc::NodeId item, QJsonObject &attributes) const
    {
        const QString description = text(item, "description");
        if (!description.isEmpty())
            attributes.insert(QStringLiteral("description"), description);
        const doc::NodeId foreign = m_r.find(item, "attributes");
        if (m_r.doc().isMapping(foreign)) {
            QJsonObject kept = m_r.toJson(foreign).toObject();
            kept.remove(QLatin1StringView(ExtensionKey));
            if (!kept.isEmpty())
                attributes.insert(QStringLiteral("otm:attributes"), kept);
        } else if (foreign != doc::InvalidNode && !m_r.doc().isNull(foreign)) {
            m_r.warn(foreign, Tr::tr("\"attributes\" should be a map; ignored"));
        }
        const doc::NodeId reps = m_r.find(item, "representations");
        if (m_r.doc().isSequence(reps) && m_r.doc().size(reps) > 0)
            attributes.insert(QStringLiteral("otm:representations"), m_r.toJson(reps));
    }

    /** `parent: {trustZone: id}` / `{component: id}`, or the README's older `{id, type}`. */
    std::pair<QString, QString> parentOf(doc::NodeId item) const
    {
        const doc::NodeId parent = m_r.mapping(item, "parent");
        if (parent == doc::InvalidNode)
            return {};
        const QString zone = text(parent, "trustZone");
        if (!zone.isEmpty())
            return {QStringLiteral("trustZone"), zone};
        const QString component = text(parent, "component");
        if (!component.isEmpty())
            return {QStringLiteral("component"), component};
        const QString id = text(parent, "id");
        const QString type = text(parent, "type");
        if (!id.isEmpty())
            return {type == QLatin1StringView("component") ? QStringLiteral("component") : QStringLiteral("trustZone"), id};
        m_r.warn(parent, Tr::tr("\"parent\" names neither a trust zone nor a component"));
        return {};
    }

    void readMitigations(doc::NodeId seq)
    {
        for (doc::NodeId item : items(seq, Tr::tr("a mitigation"))) {
            QString id, name;
            if (!identity(item, Tr::tr("a mitigation"), id, name))
                continue;
            m_mitigations.insert(id, MitigationDef{name, text(item, "description")});
        }
    }

    void readThreatDefs(doc::NodeId seq)
    {
        for (doc::NodeId item : items(seq, Tr::tr("a threat"))) {
            ThreatDef def;
            if (!identity(item, Tr::tr("a threat"), def.id, def.name))
                continue;
            def.description = text(item, "description");
            def.categories = m_r.strings(item, "categories");
            def.cwes = m_r.strings(item, "cwes");
            const doc::NodeId risk = m_r.mapping(item, "risk");
            if (risk != doc::InvalidNode) {
                def.likelihood = m_r.number(risk, "likelihood");
                def.impact = m_r.number(risk, "impact");
            }
            def.ext = ext(item);
            def.where = m_r.ref(item);
            if (m_defs.contains(def.id)) {
                m_r.warn(item, Tr::tr("threat id \"%1\" is used twice; the first one is kept").arg(def.id));
                continue;
            }
            m_defOrder.append(def.id);
            m_defs.insert(def.id, def);
        }
    }

    void readAssets(doc::NodeId seq)
    {
        for (doc::NodeId item : items(seq, Tr::tr("an asset"))) {
            QString id, name;
            if (!identity(item, Tr::tr("an asset"), id, name))
                continue;
            const auto e = ext(item);
            DataAsset a;
            if (e) {
                if (auto fromExt = assetFromJson(withoutSources(*e)))
                    a = fromExt.value();
            }
            if (a.id.isEmpty())
                a.id = AssetPrefix + id;
            a.name = name;
            const doc::NodeId risk = m_r.mapping(item, "risk");
            if (risk != doc::InvalidNode && !e) {
                // 0..100 per OTM: how bad a compromise would be.
                auto rating = [](double v) { return v >= 67 ? Rating::High : (v >= 34 ? Rating::Medium : Rating::Low); };
                const double c = m_r.number(risk, "confidentiality").value_or(50);
                a.confidentiality = rating(c);
                a.integrity = rating(m_r.number(risk, "integrity").value_or(50));
                a.availability = rating(m_r.number(risk, "availability").value_or(50));
                a.classification = c >= 75 ? Classification::Restricted
                                           : (c >= 50 ? Classification::Confidential : (c >= 25 ? Classification::Internal : Classification::Public));
                a.attributes.insert(QStringLiteral("otm:risk"), m_r.toJson(risk));
            }
            keepForeign(item, a.attributes);
            a.sources = {m_r.ref(item)};
            if (m_assetIds.contains(id)) {
                m_r.warn(item, Tr::tr("asset id \"%1\" is used twice; the first one is kept").arg(id));
                continue;
            }
            m_assetIds.insert(id, a.id);
            m_out.assets.append(a);
        }
    }

    void readZones(doc::NodeId seq)
    {
        QList<std::pair<qsizetype, QString>> parents;
        for (doc::NodeId item : items(seq, Tr::tr("a trust zone"))) {
            QString id, name;
            if (!identity(item, Tr::tr("a trust zone"), id, name))
                continue;
            const auto e = ext(item);
            if (e && e->value(QStringLiteral("synthetic")).toBool()) {
                m_zoneIds.insert(id, QString()); // our "outside every boundary" zone
                continue;
            }
            TrustBoundary b;
            if (e) {
                if (auto fromExt = boundaryFromJson(withoutSources(*e)))
                    b = fromExt.value();
            }
            if (b.id.isEmpty())
                b.id = ZonePrefix + id;
            b.name = name;
            const QString type = text(item, "type");
            const bool extKindHolds = e && (type == enumName(b.kind) || type == b.attributes.value(QStringLiteral("otm:type")).toString());
            if (!extKindHolds) {
                if (auto kind = irisZoneKind(type))
                    b.kind = *kind;
                else if (auto byType = boundaryKindFromWords(type))
                    b.kind = *byType;
                else if (auto byName = boundaryKindFromWords(name))
                    b.kind = *byName;
                else
                    b.kind = BoundaryKind::Generic;
            }
            if (!type.isEmpty() && type != enumName(b.kind))
                b.attributes.insert(QStringLiteral("otm:type"), type);
            const doc::NodeId risk = m_r.mapping(item, "risk");
            if (risk != doc::InvalidNode) {
                // Where the model had no rating our export derives one from the kind; reading our
                // own file back, only a rating the model had is one.
                auto rating = m_r.number(risk, "trustRating");
                if (rating && (!e || b.attributes.contains(QStringLiteral("trust-rating"))))
                    b.attributes.insert(QStringLiteral("trust-rating"), *rating);
            }
            keepForeign(item, b.attributes);
            b.sources = {m_r.ref(item)};
            if (m_zoneIds.contains(id)) {
                m_r.warn(item, Tr::tr("trust zone id \"%1\" is used twice; the first one is kept").arg(id));
                continue;
            }
            m_zoneIds.insert(id, b.id);
            const auto [parentType, parentId] = parentOf(item);
            if (!parentId.isEmpty())
                parents.append({m_out.boundaries.size(), parentId});
            b.parentId.clear();
            m_zoneNodes.append(item);
            m_out.boundaries.append(b);
        }
        for (const auto &[index, parentId] : parents) {
            const QString resolved = m_zoneIds.value(parentId);
            if (resolved.isEmpty() && !m_zoneIds.contains(parentId))
                m_r.warn(m_zoneNodes[index], Tr::tr("parent trust zone \"%1\" does not exist; the zone is placed at the top").arg(parentId));
            else if (resolved != m_out.boundaries[index].id)
                m_out.boundaries[index].parentId = resolved;
        }
        // A cycle of parents would make every consumer loop: broken at the zone that closes it.
        for (TrustBoundary &b : m_out.boundaries) {
            QSet<QString> seen{b.id};
            QString at = b.parentId;
            while (!at.isEmpty()) {
                if (seen.contains(at)) {
                    m_out.diagnostics.append(Diagnostic{DiagnosticLevel::Warning,
                                                        Tr::tr("trust zone \"%1\" is inside itself through its parents; placed at the top").arg(b.name),
                                                        b.sources.value(0)});
                    b.parentId.clear();
                    break;
                }
                seen.insert(at);
                const auto parent = std::find_if(m_out.boundaries.cbegin(), m_out.boundaries.cend(), [&](const TrustBoundary &x) { return x.id == at; });
                at = parent == m_out.boundaries.cend() ? QString() : parent->parentId;
            }
        }
    }

    void readComponents(doc::NodeId seq)
    {
        struct Pending
        {
            qsizetype index;
            QString parentType;
            QString parentId;
            doc::NodeId node;
        };
        QList<Pending> pending;
        for (doc::NodeId item : items(seq, Tr::tr("a component"))) {
            QString id, name;
            if (!identity(item, Tr::tr("a component"), id, name))
                continue;
            const auto e = ext(item);
            Component c;
            QJsonArray entryPoints;
            if (e) {
                if (auto fromExt = componentFromJson(withoutSources(*e)))
                    c = fromExt.value();
                else
                    m_r.warn(item, Tr::tr("the \"threatwright\" attribute is damaged (%1); ignored").arg(fromExt.errorString()));
                entryPoints = e->value(QStringLiteral("entryPoints")).toArray();
            }
            if (c.id.isEmpty())
                c.id = Prefix + id;
            c.name = name;
            const QString type = text(item, "type");
            const bool extKindHolds = e && (type == typeFor(c.kind) || type == c.attributes.value(QStringLiteral("otm:type")).toString());
            if (!extKindHolds) {
                if (auto kind = componentKindFromWords(type)) {
                    c.kind = *kind;
                } else {
                    c.kind = ComponentKind::Generic;
                    if (!type.isEmpty())
                        m_unknown.note(m_out, Tr::tr("Component"), type, m_r.ref(item), enumName(c.kind));
                }
            }
            if (!type.isEmpty() && type != typeFor(c.kind))
                c.attributes.insert(QStringLiteral("otm:type"), type);
            c.tags = m_r.strings(item, "tags");
            keepForeign(item, c.attributes);
            const doc::NodeId assets = m_r.mapping(item, "assets");
            if (assets != doc::InvalidNode) {
                for (const auto &[key, attribute] : {std::pair{"processed", "assets-processed"}, std::pair{"stored", "assets-stored"}}) {
                    QJsonArray ids;
                    for (const QString &asset : m_r.strings(assets, key))
                        ids.append(resolveAsset(asset, assets));
                    if (!ids.isEmpty())
                        c.attributes.insert(QLatin1StringView(attribute), ids);
                    else
                        c.attributes.remove(QLatin1StringView(attribute));
                }
            }
            c.sources = {m_r.ref(item)};
            if (m_componentIds.contains(id)) {
                m_r.warn(item, Tr::tr("component id \"%1\" is used twice; the first one is kept").arg(id));
                continue;
            }
            m_componentIds.insert(id, c.id);
            const auto [parentType, parentId] = parentOf(item);
            if (parentId.isEmpty())
                m_r.warn(item, Tr::tr("component \"%1\" has no parent; it is placed outside every trust zone").arg(name));
            pending.append(Pending{m_out.components.size(), parentType, parentId, item});
            c.boundaryId.clear();
            c.attributes.remove(QStringLiteral("parent-component"));
            m_out.components.append(c);
            for (const QJsonValue &ep : std::as_const(entryPoints)) {
                auto entry = entryPointFromJson(withoutSources(ep.toObject()));
                if (!entry) {
                    m_r.warn(item, Tr::tr("an entry point in the \"threatwright\" attribute is damaged (%1); ignored").arg(entry.errorString()));
                    continue;
                }
                entry->componentId = c.id;
                entry->sources = {m_r.ref(item)};
                m_out.entryPoints.append(entry.value());
            }
            readInstances(item, c.id);
        }
        // Parents may come later in the list, and components may sit inside components: the
        // boundary is the nearest trust zone up the chain.
        QHash<QString, std::pair<QString, QString>> parentOfId;
        for (const Pending &p : pending)
            parentOfId.insert(m_out.components[p.index].id, {p.parentType, p.parentId});
        for (const Pending &p : pending) {
            Component &c = m_out.components[p.index];
            if (p.parentType == QLatin1StringView("component")) {
                const QString parent = m_componentIds.value(p.parentId);
                if (parent.isEmpty())
                    m_r.warn(p.node, Tr::tr("parent component \"%1\" does not exist").arg(p.parentId));
                else if (parent != c.id)
                    c.attributes.insert(QStringLiteral("parent-component"), parent);
            }
            QString type = p.parentType, id = p.parentId;
            QSet<QString> seen;
            while (type == QLatin1StringView("component") && !seen.contains(id)) {
                seen.insert(id);
                const auto up = parentOfId.value(m_componentIds.value(id));
                type = up.first;
                id = up.second;
            }
            if (type == QLatin1StringView("trustZone")) {
                if (!m_zoneIds.contains(id))
                    m_r.warn(p.node, Tr::tr("trust zone \"%1\" does not exist; the component is placed outside every trust zone").arg(id));
                c.boundaryId = m_zoneIds.value(id);
            }
        }
    }

    QString resolveAsset(const QString &foreign, doc::NodeId where)
    {
        if (const auto it = m_assetIds.constFind(foreign); it != m_assetIds.cend())
            return *it;
        m_r.warn(where, Tr::tr("asset \"%1\" is not declared under \"assets\"").arg(foreign));
        return AssetPrefix + foreign;
    }

    void readFlows(doc::NodeId seq)
    {
        for (doc::NodeId item : items(seq, Tr::tr("a dataflow"))) {
            QString id, name;
            if (!identity(item, Tr::tr("a dataflow"), id, name))
                continue;
            const auto e = ext(item);
            DataFlow f;
            if (e) {
                if (auto fromExt = flowFromJson(withoutSources(*e)))
                    f = fromExt.value();
            }
            if (f.id.isEmpty())
                f.id = FlowPrefix + id;
            QString source = text(item, "source");
            QString destination = text(item, "destination");
            if (destination.isEmpty())
                destination = text(item, "target"); // the README's example says "target"
            const QString from = m_componentIds.value(source);
            const QString to = m_componentIds.value(destination);
            if (from.isEmpty() || to.isEmpty()) {
                m_r.warn(item, Tr::tr("dataflow \"%1\" connects \"%2\" to \"%3\", which are not both components; not imported")
                                   .arg(name, source, destination));
                continue;
            }
            f.sourceId = from;
            f.targetId = to;
            // A dataflow without a name got its id as name above; that is not a label.
            f.label = name == id ? QString() : name;
            if (auto both = m_r.boolean(item, "bidirectional"); both && *both)
                f.attributes.insert(QStringLiteral("bidirectional"), true);
            else
                f.attributes.remove(QStringLiteral("bidirectional"));
            QStringList assets;
            for (const QString &asset : m_r.strings(item, "assets"))
                assets.append(resolveAsset(asset, item));
            f.assetIds = assets;
            const QStringList tags = m_r.strings(item, "tags");
            if (!tags.isEmpty())
                f.attributes.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
            keepForeign(item, f.attributes);
            f.sources = {m_r.ref(item)};
            if (m_flowIds.contains(id)) {
                m_r.warn(item, Tr::tr("dataflow id \"%1\" is used twice; the first one is kept").arg(id));
                continue;
            }
            m_flowIds.insert(id);
            m_out.flows.append(f);
            readInstances(item, f.id);
        }
    }

    void readInstances(doc::NodeId element, const QString &elementId)
    {
        for (doc::NodeId item : items(m_r.sequence(element, "threats"), Tr::tr("a threat instance"))) {
            const QString threat = text(item, "threat");
            if (!m_defs.contains(threat)) {
                m_r.warn(item, Tr::tr("threat \"%1\" is not declared under \"threats\"; not imported").arg(threat));
                continue;
            }
            const QString state = text(item, "state");
            QStringList mitigations;
            for (doc::NodeId m : items(m_r.sequence(item, "mitigations"), Tr::tr("a mitigation instance"))) {
                const QString id = text(m, "mitigation");
                const auto def = m_mitigations.constFind(id);
                if (def == m_mitigations.cend()) {
                    m_r.warn(m, Tr::tr("mitigation \"%1\" is not declared under \"mitigations\"").arg(id));
                    continue;
                }
                QString line = def->description.isEmpty() ? def->name : def->name + QStringLiteral(": ") + def->description;
                const QString mState = text(m, "state");
                if (!mState.isEmpty())
                    line += QStringLiteral(" [") + mState + QLatin1Char(']');
                mitigations.append(line);
            }
            m_instances.append(Instance{threat, elementId, state, mitigations.join(QStringLiteral("\n\n")), m_r.ref(item)});
            m_used.insert(threat);
        }
    }

    void finishThreats()
    {
        bool strideNoted = false;
        QHash<QString, qsizetype> byFingerprint;
        auto build = [&](const ThreatDef &def, const QStringList &targets, const QString &state, const QString &mitigation,
                         const QList<SourceRef> &sources, const QString &discriminator) {
            Threat t;
            if (def.ext) {
                if (auto fromExt = threatFromJson(withoutSources(*def.ext)))
                    t = fromExt.value();
            }
            t.origin = importedOrigin(Format::Otm);
            if (t.ruleId.isEmpty())
                t.ruleId = Prefix + def.id;
            t.title = def.name;
            t.rationale = def.description;
            const bool fromUs = def.ext.has_value() && !t.fingerprint.isEmpty();
            if (!fromUs) {
                t.targets = targets;
                t.fingerprint = importedFingerprint(Format::Otm, targets, discriminator);
                t.mitigation = mitigation;
                std::optional<Stride> stride;
                for (const QString &category : def.categories) {
                    if ((stride = strideFromText(category)))
                        break;
                }
                if (stride) {
                    t.stride = *stride;
                } else if (!strideNoted) {
                    strideNoted = true;
                    m_out.diagnostics.append(Diagnostic{DiagnosticLevel::Info,
                                                        Tr::tr("threat categories %1 name no STRIDE category; recorded as tampering")
                                                            .arg(def.categories.isEmpty() ? Tr::tr("(none)") : def.categories.join(QStringLiteral(", "))),
                                                        def.where});
                }
                for (const QString &cwe : def.cwes) {
                    static const QRegularExpression number(QStringLiteral("(\\d+)"));
                    const QString n = number.match(cwe).captured(1);
                    t.references.append(Reference{QStringLiteral("CWE"), n.isEmpty() ? cwe : QStringLiteral("CWE-") + n,
                                                  n.isEmpty() ? QString() : QStringLiteral("https://cwe.mitre.org/data/definitions/%1.html").arg(n)});
                }
                t.likelihood = def.likelihood ? fromPercent(*def.likelihood) : 3;
                t.impact = def.impact ? fromPercent(*def.impact) : 3;
                t.score = std::round(t.likelihood * t.impact * 4.0) / 10.0;
                t.severity = severityForScore(t.score);
                t.factors = {RiskFactor{QStringLiteral("otm-risk"), t.score,
                                        Tr::tr("likelihood %1 and impact %2 of 100 in the OTM file")
                                            .arg(def.likelihood ? QString::number(*def.likelihood) : Tr::tr("(none)"),
                                                 def.impact ? QString::number(*def.impact) : Tr::tr("(none)"))}};
            }
            const std::optional<ThreatStatus> status = state.isEmpty() ? std::optional<ThreatStatus>(ThreatStatus::Suggested) : statusFromText(state);
            if (!status) {
                m_out.diagnostics.append(Diagnostic{DiagnosticLevel::Info, Tr::tr("threat state \"%1\" is not understood; recorded as suggested").arg(state),
                                                    sources.value(sources.size() - 1)});
            }
            // Our own export writes the state of its status; a state someone changed since wins.
            const bool nativeStatus = !(fromUs && stateFor(t.status) == state);
            if (nativeStatus)
                t.status = status.value_or(ThreatStatus::Suggested);
            // The reason given for our own status travels in the extension.
            if (nativeStatus)
                t.justification = t.status == ThreatStatus::Suggested ? QString() : Tr::tr("OTM state \"%1\"").arg(state);
            t.isNew = false;
            t.sources = sources;
            return t;
        };

        for (const Instance &in : std::as_const(m_instances)) {
            const ThreatDef &def = m_defs[in.threat];
            const QString fingerprint = def.ext ? def.ext->value(QStringLiteral("fingerprint")).toString() : QString();
            if (!fingerprint.isEmpty() && byFingerprint.contains(fingerprint)) {
                // One of our threats with several targets: each target repeats the instance.
                m_out.threats[byFingerprint.value(fingerprint)].sources.append(in.where);
                continue;
            }
            Threat t = build(def, {in.elementId}, in.state, in.mitigation, {def.where, in.where}, def.id);
            byFingerprint.insert(t.fingerprint, m_out.threats.size());
            m_out.threats.append(t);
        }
        for (const QString &id : std::as_const(m_defOrder)) {
            if (m_used.contains(id))
                continue;
            const ThreatDef &def = m_defs[id];
            const QString fingerprint = def.ext ? def.ext->value(QStringLiteral("fingerprint")).toString() : QString();
            if (fingerprint.isEmpty())
                m_out.diagnostics.append(Diagnostic{DiagnosticLevel::Info,
                                                    Tr::tr("threat \"%1\" is not applied to any component or dataflow; kept without a target").arg(def.name),
                                                    def.where});
            const QString state = def.ext ? stateFor(enumFromName<ThreatStatus>(def.ext->value(QStringLiteral("status")).toString()).value_or(ThreatStatus::Suggested))
                                          : QString();
            m_out.threats.append(build(def, {}, state, {}, {def.where}, def.id));
        }
    }

    struct Instance
    {
        QString threat;
        QString elementId;
        QString state;
        QString mitigation;
        SourceRef where;
    };

    DocReader m_r;
    ModelFragment &m_out;
    UnknownKinds m_unknown;
    QHash<QString, MitigationDef> m_mitigations;
    QHash<QString, ThreatDef> m_defs;
    QStringList m_defOrder;
    QSet<QString> m_used;
    QList<Instance> m_instances;
    QHash<QString, QString> m_assetIds;
    QHash<QString, QString> m_zoneIds;
    QList<doc::NodeId> m_zoneNodes;
    QHash<QString, QString> m_componentIds;
    QSet<QString> m_flowIds;
};

// Export --------------------------------------------------------------------------------------

/** The id an element had in an OTM file it came from, or our own id. */
QString exportId(const QString &id, const QString &prefix)
{
    return id.startsWith(prefix) && id.size() > prefix.size() ? id.mid(prefix.size()) : id;
}

/** OTM attributes: the foreign ones we kept, plus our extension as JSON text (OTM maps hold strings). */
QJsonObject attributesFor(const QJsonObject &own, const QJsonObject &extensionObject)
{
    QJsonObject out = own.value(QStringLiteral("otm:attributes")).toObject();
    out.insert(QLatin1StringView(ExtensionKey), extensionText(extensionObject));
    return out;
}

QString slug(const QString &name)
{
    QString out;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            out.append(c);
        else if (!out.endsWith(QLatin1Char('-')))
            out.append(QLatin1Char('-'));
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("threatwright-project") : out;
}

} // namespace

Result<ModelFragment> importFile(const QString &path, const QString &rootDir)
{
    ModelFragment out;
    const QString relative = relativePath(path, rootDir);
    auto document = parseDocument(path, relative, doc::Format::Auto, Format::Otm, out);
    if (!document)
        return out;
    OtmReader reader(*document, relative, out);
    reader.read();
    return out;
}

Result<QByteArray> exportModel(const SystemModel &model, const ExportInfo &info, ExportNotes *notes)
{
    auto note = [notes](const QString &text) {
        if (notes && !notes->notes.contains(text))
            notes->notes.append(text);
    };
    QHash<QString, QString> componentIds, zoneIds, flowIds, assetIds;
    for (const Component &c : model.components)
        componentIds.insert(c.id, exportId(c.id, Prefix));
    for (const TrustBoundary &b : model.boundaries)
        zoneIds.insert(b.id, exportId(b.id, ZonePrefix));
    for (const DataFlow &f : model.flows)
        flowIds.insert(f.id, exportId(f.id, FlowPrefix));
    for (const DataAsset &a : model.assets)
        assetIds.insert(a.id, exportId(a.id, AssetPrefix));
    auto mapIds = [](const QHash<QString, QString> &ids, const QStringList &list) {
        QJsonArray out;
        for (const QString &id : list) {
            if (ids.contains(id))
                out.append(ids.value(id));
        }
        return out;
    };

    QJsonObject root;
    root.insert(QStringLiteral("otmVersion"), QStringLiteral("0.2.0"));
    QJsonObject project{{QStringLiteral("name"), info.projectName.isEmpty() ? QStringLiteral("Threatwright project") : info.projectName},
                        {QStringLiteral("id"), info.projectId.isEmpty() ? slug(info.projectName) : info.projectId}};
    if (info.versionId > 0)
        project.insert(QStringLiteral("description"), detail::Tr::tr("Exported by Threatwright from version %1").arg(info.versionId));
    root.insert(QStringLiteral("project"), project);

    QJsonArray assets;
    for (const DataAsset &a : model.assets) {
        auto rating = [](Rating r) { return r == Rating::High ? 100 : (r == Rating::Medium ? 50 : 0); };
        QJsonObject risk = a.attributes.value(QStringLiteral("otm:risk")).toObject();
        if (risk.isEmpty())
            risk = QJsonObject{{QStringLiteral("confidentiality"), rating(a.confidentiality)},
                               {QStringLiteral("integrity"), rating(a.integrity)},
                               {QStringLiteral("availability"), rating(a.availability)}};
        QJsonObject o{{QStringLiteral("id"), assetIds.value(a.id)}, {QStringLiteral("name"), a.name}, {QStringLiteral("risk"), risk},
                      {QStringLiteral("attributes"), attributesFor(a.attributes, withoutSources(toJson(a)))}};
        if (a.attributes.value(QStringLiteral("description")).isString())
            o.insert(QStringLiteral("description"), a.attributes.value(QStringLiteral("description")));
        assets.append(o);
    }
    root.insert(QStringLiteral("assets"), assets);

    QJsonArray zones;
    for (const TrustBoundary &b : model.boundaries) {
        const QJsonValue rating = b.attributes.value(QStringLiteral("trust-rating"));
        QJsonObject o{{QStringLiteral("id"), zoneIds.value(b.id)},
                      {QStringLiteral("name"), b.name},
                      {QStringLiteral("type"), b.attributes.contains(QStringLiteral("otm:type")) ? b.attributes.value(QStringLiteral("otm:type")).toString()
                                                                                                 : enumName(b.kind)},
                      {QStringLiteral("risk"),
                       QJsonObject{{QStringLiteral("trustRating"), rating.isDouble() ? rating.toDouble() : double(derivedTrustRating(b.kind))}}},
                      {QStringLiteral("attributes"), attributesFor(b.attributes, withoutSources(toJson(b)))}};
        if (!b.parentId.isEmpty() && zoneIds.contains(b.parentId))
            o.insert(QStringLiteral("parent"), QJsonObject{{QStringLiteral("trustZone"), zoneIds.value(b.parentId)}});
        if (b.attributes.value(QStringLiteral("description")).isString())
            o.insert(QStringLiteral("description"), b.attributes.value(QStringLiteral("description")));
        zones.append(o);
    }
    const bool needOutside = std::any_of(model.components.cbegin(), model.components.cend(), [&](const Component &c) {
        return (c.boundaryId.isEmpty() || !zoneIds.contains(c.boundaryId)) && !componentIds.contains(c.attributes.value(QStringLiteral("parent-component")).toString());
    });
    if (needOutside) {
        zones.append(QJsonObject{{QStringLiteral("id"), OutsideZone},
                                 {QStringLiteral("name"), detail::Tr::tr("Outside every trust boundary")},
                                 {QStringLiteral("type"), QStringLiteral("generic")},
                                 // Nothing is known about where these components run: the Internet's rating.
                                 {QStringLiteral("risk"), QJsonObject{{QStringLiteral("trustRating"), derivedTrustRating(BoundaryKind::Internet)}}},
                                 {QStringLiteral("attributes"),
                                  QJsonObject{{QLatin1StringView(ExtensionKey), extensionText(QJsonObject{{QStringLiteral("synthetic"), true}})}}}});
        note(detail::Tr::tr("OTM components need a parent: components outside every boundary are put in a zone \"Outside every trust boundary\" "
                        "that an import into Threatwright removes again"));
    }
    root.insert(QStringLiteral("trustZones"), zones);

    // Threat instances hang on components and dataflows; an entry point's threats on its component.
    QHash<QString, QString> ownerOfEntryPoint;
    for (const EntryPoint &e : model.entryPoints)
        ownerOfEntryPoint.insert(e.id, e.componentId);
    QHash<QString, QJsonArray> instances;
    QJsonArray threats, mitigations;
    // In fingerprint order: the same model gives the same file, whatever order it was built in.
    QList<const Threat *> sorted;
    for (const Threat &t : model.threats)
        sorted.append(&t);
    std::sort(sorted.begin(), sorted.end(), [](const Threat *a, const Threat *b) { return a->fingerprint < b->fingerprint; });
    for (const Threat *threat : std::as_const(sorted)) {
        const Threat &t = *threat;
        if (t.status == ThreatStatus::ResolvedByChange)
            continue;
        QJsonArray cwes;
        for (const Reference &r : t.references) {
            if (r.kind.compare(QLatin1StringView("CWE"), Qt::CaseInsensitive) == 0)
                cwes.append(r.id.startsWith(QLatin1StringView("CWE-")) ? r.id : QStringLiteral("CWE-") + r.id);
        }
        QJsonObject ext = withoutSources(toJson(t));
        ext.remove(QStringLiteral("isNew"));
        ext.remove(QStringLiteral("origin")); // an import says where it came from itself
        QJsonObject o{{QStringLiteral("id"), t.fingerprint},
                      {QStringLiteral("name"), t.title},
                      {QStringLiteral("categories"), QJsonArray{strideText(t.stride)}},
                      {QStringLiteral("cwes"), cwes},
                      {QStringLiteral("risk"), QJsonObject{{QStringLiteral("likelihood"), toPercent(t.likelihood)}, {QStringLiteral("impact"), toPercent(t.impact)}}},
                      {QStringLiteral("attributes"), QJsonObject{{QLatin1StringView(ExtensionKey), extensionText(ext)}}}};
        if (!t.rationale.isEmpty())
            o.insert(QStringLiteral("description"), t.rationale);
        threats.append(o);
        QJsonObject instance{{QStringLiteral("threat"), t.fingerprint}, {QStringLiteral("state"), stateFor(t.status)}};
        if (!t.mitigation.isEmpty()) {
            const QString id = QStringLiteral("m-") + t.fingerprint;
            mitigations.append(QJsonObject{{QStringLiteral("id"), id},
                                           {QStringLiteral("name"), t.mitigation.section(QLatin1Char('\n'), 0, 0).left(200)},
                                           {QStringLiteral("description"), t.mitigation},
                                           // A rule's mitigation is the whole recommended fix of its one
                                           // threat: implemented, it removes that threat's risk.
                                           {QStringLiteral("riskReduction"), 100}});
            instance.insert(QStringLiteral("mitigations"),
                            QJsonArray{QJsonObject{{QStringLiteral("mitigation"), id},
                                                   {QStringLiteral("state"), t.status == ThreatStatus::Mitigated ? QStringLiteral("implemented") : QStringLiteral("recommended")}}});
        }
        QSet<QString> placed;
        for (const QString &target : t.targets) {
            const QString holder = componentIds.contains(target) || flowIds.contains(target) ? target : ownerOfEntryPoint.value(target);
            if (holder.isEmpty() || placed.contains(holder))
                continue;
            placed.insert(holder);
            instances[holder].append(instance);
        }
        if (placed.isEmpty())
            note(detail::Tr::tr("threats about boundaries or data assets only have no OTM instance; they are listed under \"threats\" with their "
                            "targets in the \"threatwright\" attribute"));
    }

    QHash<QString, QJsonArray> entryPointsOf;
    for (const EntryPoint &e : model.entryPoints) {
        if (componentIds.contains(e.componentId))
            entryPointsOf[e.componentId].append(withoutSources(toJson(e)));
        else
            note(detail::Tr::tr("entry points whose component is not in the model cannot be written"));
    }
    if (!model.entryPoints.isEmpty())
        note(detail::Tr::tr("OTM has no entry points: they travel in their component's \"threatwright\" attribute"));

    QJsonArray components;
    for (const Component &c : model.components) {
        QJsonObject ext = withoutSources(toJson(c));
        if (entryPointsOf.contains(c.id))
            ext.insert(QStringLiteral("entryPoints"), entryPointsOf.value(c.id));
        QJsonObject parent;
        const QString parentComponent = c.attributes.value(QStringLiteral("parent-component")).toString();
        if (componentIds.contains(parentComponent) && parentComponent != c.id)
            parent.insert(QStringLiteral("component"), componentIds.value(parentComponent));
        else
            parent.insert(QStringLiteral("trustZone"), zoneIds.contains(c.boundaryId) ? zoneIds.value(c.boundaryId) : OutsideZone);
        QJsonObject o{{QStringLiteral("id"), componentIds.value(c.id)},
                      {QStringLiteral("name"), c.name},
                      {QStringLiteral("type"), c.attributes.contains(QStringLiteral("otm:type")) ? c.attributes.value(QStringLiteral("otm:type")).toString() : typeFor(c.kind)},
                      {QStringLiteral("parent"), parent},
                      {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
                      {QStringLiteral("attributes"), attributesFor(c.attributes, ext)}};
        if (c.attributes.value(QStringLiteral("description")).isString())
            o.insert(QStringLiteral("description"), c.attributes.value(QStringLiteral("description")));
        QJsonObject assetInstance;
        for (const auto &[attribute, key] : {std::pair{"assets-processed", "processed"}, std::pair{"assets-stored", "stored"}}) {
            QStringList ids;
            for (const QJsonValue &v : c.attributes.value(QLatin1StringView(attribute)).toArray())
                ids.append(v.toString());
            const QJsonArray mapped = mapIds(assetIds, ids);
            if (!mapped.isEmpty())
                assetInstance.insert(QLatin1StringView(key), mapped);
        }
        if (!assetInstance.isEmpty())
            o.insert(QStringLiteral("assets"), assetInstance);
        if (instances.contains(c.id))
            o.insert(QStringLiteral("threats"), instances.value(c.id));
        components.append(o);
    }
    root.insert(QStringLiteral("components"), components);

    QJsonArray flows;
    for (const DataFlow &f : model.flows) {
        if (!componentIds.contains(f.sourceId) || !componentIds.contains(f.targetId)) {
            note(detail::Tr::tr("flows from or to something that is not a component cannot be written"));
            continue;
        }
        QJsonObject o{{QStringLiteral("id"), flowIds.value(f.id)},
                      {QStringLiteral("name"), f.label.isEmpty() ? flowIds.value(f.id) : f.label},
                      {QStringLiteral("source"), componentIds.value(f.sourceId)},
                      {QStringLiteral("destination"), componentIds.value(f.targetId)},
                      {QStringLiteral("bidirectional"), f.attributes.value(QStringLiteral("bidirectional")).toBool()},
                      {QStringLiteral("assets"), mapIds(assetIds, f.assetIds)},
                      {QStringLiteral("attributes"), attributesFor(f.attributes, withoutSources(toJson(f)))}};
        if (f.attributes.value(QStringLiteral("description")).isString())
            o.insert(QStringLiteral("description"), f.attributes.value(QStringLiteral("description")));
        if (instances.contains(f.id))
            o.insert(QStringLiteral("threats"), instances.value(f.id));
        flows.append(o);
    }
    root.insert(QStringLiteral("dataflows"), flows);
    root.insert(QStringLiteral("threats"), threats);
    root.insert(QStringLiteral("mitigations"), mitigations);
    return prettyJson(root);
}

} // namespace tw::interop::otm
