// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/threatdragon.h"

#include "interop/mapping.h"
#include "model/enums.h"
#include "model/modeljson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineF>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace tw::interop::threatdragon {
namespace {

using namespace detail;

const QString Prefix = QStringLiteral("td:");

enum class CellKind { Process, Store, Actor, Flow, BoundaryBox, BoundaryCurve, Text, Unknown };

CellKind cellKind(const QString &type, const QString &shape)
{
    static const std::pair<const char *, CellKind> types[] = {
        {"tm.Process", CellKind::Process},     {"tm.Store", CellKind::Store},          {"tm.Actor", CellKind::Actor},
        {"tm.Flow", CellKind::Flow},           {"tm.BoundaryBox", CellKind::BoundaryBox}, {"tm.Boundary", CellKind::BoundaryCurve},
        {"tm.Text", CellKind::Text},
    };
    for (const auto &[name, kind] : types) {
        if (type == QLatin1StringView(name))
            return kind;
    }
    static const std::pair<const char *, CellKind> shapes[] = {
        {"process", CellKind::Process},     {"store", CellKind::Store},
        {"actor", CellKind::Actor},         {"flow", CellKind::Flow},
        {"trust-boundary-box", CellKind::BoundaryBox}, {"trust-boundary-curve", CellKind::BoundaryCurve},
        {"td-text-block", CellKind::Text},
    };
    for (const auto &[name, kind] : shapes) {
        if (shape == QLatin1StringView(name))
            return kind;
    }
    return CellKind::Unknown;
}

/** The Threat Dragon element family a component kind is drawn as. */
CellKind familyOf(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::Datastore:
    case ComponentKind::Queue:
    case ComponentKind::SecretStore: return CellKind::Store;
    case ComponentKind::ExternalEntity:
    case ComponentKind::Client: return CellKind::Actor;
    default: break;
    }
    return CellKind::Process;
}

ComponentKind baseKind(CellKind family)
{
    switch (family) {
    case CellKind::Store: return ComponentKind::Datastore;
    case CellKind::Actor: return ComponentKind::ExternalEntity;
    case CellKind::Process: return ComponentKind::Process;
    default: break;
    }
    return ComponentKind::Generic;
}

QString statusText(ThreatStatus status)
{
    switch (status) {
    case ThreatStatus::Mitigated: return QStringLiteral("Mitigated");
    case ThreatStatus::Dismissed: return QStringLiteral("NotApplicable");
    default: break;
    }
    return QStringLiteral("Open");
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return QStringLiteral("Critical");
    case Severity::High: return QStringLiteral("High");
    case Severity::Medium: return QStringLiteral("Medium");
    case Severity::Low:
    case Severity::Info: break;
    }
    return QStringLiteral("Low");
}

struct Cell
{
    doc::NodeId node = doc::InvalidNode;
    doc::NodeId props = doc::InvalidNode; ///< v2: `data`; v1: the cell itself
    CellKind kind = CellKind::Unknown;
    QString foreignId;
    QString id; ///< ours
    QRectF rect;
    bool hasRect = false;
    QList<QPointF> line; ///< curves: source, vertices, target
};

/**
 * A true/false fact of the diagram: true is recorded, false only overrides a fact we had (so
 * an attribute that was never there does not appear as false).
 */
void setFlag(QJsonObject &attributes, std::optional<bool> value, const QString &attribute)
{
    if (!value)
        return;
    if (*value)
        attributes.insert(attribute, true);
    else if (attributes.contains(attribute))
        attributes.insert(attribute, false);
}

class DragonReader
{
public:
    DragonReader(const doc::Document &document, const QString &file, ModelFragment &out) : m_r(document, file, Format::ThreatDragon, &out), m_out(out) {}

    void read()
    {
        const doc::Document &d = m_r.doc();
        const doc::NodeId root = d.root();
        if (!d.isMapping(root)) {
            m_r.diagnose(DiagnosticLevel::Error, root, Tr::tr("not a Threat Dragon model: the top level is not a map"));
            return;
        }
        const doc::NodeId summary = m_r.mapping(root, "summary");
        if (summary == doc::InvalidNode || m_r.string(summary, "title").isEmpty())
            m_r.warn(summary == doc::InvalidNode ? root : summary, Tr::tr("the model's summary has no title"));
        const doc::NodeId detail = m_r.mapping(root, "detail");
        if (detail == doc::InvalidNode) {
            m_r.diagnose(DiagnosticLevel::Error, d.isValid(d.find(root, "details")) ? d.find(root, "details") : root,
                         Tr::tr("not a valid Threat Dragon model: \"detail\" with the diagrams is missing"));
            return;
        }
        const QString version = m_r.string(root, "version");
        m_v1 = version.isEmpty();
        if (!m_v1 && !version.startsWith(QLatin1Char('2')))
            m_r.warn(d.find(root, "version"), Tr::tr("Threat Dragon version %1 is not one Threatwright knows (1.x, 2.x); read as 2.x").arg(version));
        if (summary != doc::InvalidNode)
            readSummaryExtension(summary);
        const doc::NodeId diagrams = m_r.sequence(detail, "diagrams");
        if (diagrams == doc::InvalidNode) {
            m_r.diagnose(DiagnosticLevel::Error, detail, Tr::tr("not a valid Threat Dragon model: \"detail\" has no list of diagrams"));
            return;
        }
        for (std::uint32_t i = 0; i < d.size(diagrams); ++i) {
            const doc::NodeId diagram = d.itemAt(diagrams, i);
            if (!d.isMapping(diagram)) {
                m_r.warn(diagram, Tr::tr("a diagram is not a map; ignored"));
                continue;
            }
            readDiagram(diagram);
        }
        if (m_texts > 0)
            m_out.diagnostics.append(Diagnostic{DiagnosticLevel::Info, Tr::tr("%n text annotation(s) on the diagrams are not imported", nullptr, m_texts),
                                                SourceRef{formatName(Format::ThreatDragon), m_r.file(), 0, 0}});
    }

private:
    QString text(doc::NodeId map, std::string_view key) const { return m_r.string(map, key); }

    QString nameOf(const Cell &cell) const
    {
        QString name = text(cell.props, "name");
        if (name.isEmpty()) {
            // v1 keeps names in the drawing attributes: attrs.text.text, or the first label.
            const doc::NodeId attrs = m_r.doc().find(cell.node, "attrs");
            for (const char *holder : {"text", "label"}) {
                const doc::NodeId t = m_r.doc().find(attrs, holder);
                if (m_r.doc().isMapping(t) && !(name = m_r.scalar(m_r.doc().find(t, "text"))).isEmpty())
                    return name;
            }
            const doc::NodeId labels = m_r.doc().find(cell.node, "labels");
            if (m_r.doc().isSequence(labels) && m_r.doc().size(labels) > 0) {
                const doc::NodeId la = m_r.doc().find(m_r.doc().itemAt(labels, 0), "attrs");
                for (const char *holder : {"text", "labelText", "label"}) {
                    const doc::NodeId t = m_r.doc().find(la, holder);
                    if (m_r.doc().isMapping(t) && !(name = m_r.scalar(m_r.doc().find(t, "text"))).isEmpty())
                        return name;
                }
            }
        }
        return name;
    }

    std::optional<QJsonObject> ext(const Cell &cell) const
    {
        const doc::NodeId node = m_r.doc().find(cell.props, ExtensionKey);
        if (node == doc::InvalidNode)
            return std::nullopt;
        auto object = extension(m_r.toJson(node));
        if (!object)
            m_r.warn(node, Tr::tr("the \"threatwright\" field is not a JSON object; ignored"));
        return object;
    }

    std::optional<QPointF> point(doc::NodeId node) const
    {
        if (!m_r.doc().isMapping(node))
            return std::nullopt;
        const auto x = m_r.number(node, "x");
        const auto y = m_r.number(node, "y");
        if (!x || !y)
            return std::nullopt;
        return QPointF(*x, *y);
    }

    void readSummaryExtension(doc::NodeId summary)
    {
        const doc::NodeId node = m_r.doc().find(summary, ExtensionKey);
        if (node == doc::InvalidNode)
            return;
        const auto object = extension(m_r.toJson(node));
        if (!object)
            return;
        for (const QJsonValue &v : object->value(QStringLiteral("assets")).toArray()) {
            auto asset = assetFromJson(withoutSources(v.toObject()));
            if (!asset) {
                m_r.warn(node, Tr::tr("an asset in the \"threatwright\" field is damaged (%1); ignored").arg(asset.errorString()));
                continue;
            }
            asset->sources = {m_r.ref(node)};
            m_out.assets.append(asset.value());
        }
        for (const QJsonValue &v : object->value(QStringLiteral("threats")).toArray()) {
            auto threat = threatFromJson(withoutSources(v.toObject()));
            if (!threat || threat->fingerprint.isEmpty()) {
                m_r.warn(node, Tr::tr("a threat in the \"threatwright\" field is damaged; ignored"));
                continue;
            }
            threat->origin = importedOrigin(Format::ThreatDragon);
            threat->isNew = false;
            threat->sources = {m_r.ref(node)};
            m_out.threats.append(threat.value());
        }
    }

    void readDiagram(doc::NodeId diagram)
    {
        const doc::Document &d = m_r.doc();
        doc::NodeId cells = m_r.sequence(diagram, "cells");
        if (cells == doc::InvalidNode) {
            const doc::NodeId json = m_r.mapping(diagram, "diagramJson"); // v1
            if (json != doc::InvalidNode)
                cells = m_r.sequence(json, "cells");
        }
        if (cells == doc::InvalidNode) {
            m_r.info(diagram, Tr::tr("diagram \"%1\" has no cells").arg(text(diagram, "title")));
            return;
        }
        QList<Cell> list;
        QHash<QString, qsizetype> byForeignId;
        for (std::uint32_t i = 0; i < d.size(cells); ++i) {
            const doc::NodeId node = d.itemAt(cells, i);
            if (!d.isMapping(node)) {
                m_r.warn(node, Tr::tr("a cell is not a map; ignored"));
                continue;
            }
            Cell cell;
            cell.node = node;
            cell.foreignId = text(node, "id");
            const doc::NodeId data = m_r.mapping(node, "data");
            cell.props = data != doc::InvalidNode ? data : node;
            cell.kind = cellKind(text(cell.props, "type").isEmpty() ? text(node, "type") : text(cell.props, "type"), text(node, "shape"));
            if (cell.foreignId.isEmpty()) {
                m_r.warn(node, Tr::tr("a cell without an \"id\"; not imported"));
                continue;
            }
            if (byForeignId.contains(cell.foreignId)) {
                m_r.warn(node, Tr::tr("cell id \"%1\" is used twice; the first one is kept").arg(cell.foreignId));
                continue;
            }
            const auto position = point(d.find(node, "position"));
            const doc::NodeId size = d.find(node, "size");
            if (position && d.isMapping(size)) {
                cell.rect = QRectF(*position, QSizeF(m_r.number(size, "width").value_or(0), m_r.number(size, "height").value_or(0)));
                cell.hasRect = true;
            }
            if (cell.kind == CellKind::BoundaryCurve) {
                if (auto p = point(d.find(node, "source")))
                    cell.line.append(*p);
                const doc::NodeId vertices = d.find(node, "vertices");
                for (std::uint32_t v = 0; d.isSequence(vertices) && v < d.size(vertices); ++v) {
                    if (auto p = point(d.itemAt(vertices, v)))
                        cell.line.append(*p);
                }
                if (auto p = point(d.find(node, "target")))
                    cell.line.append(*p);
            }
            byForeignId.insert(cell.foreignId, list.size());
            list.append(cell);
        }

        QList<Box> boxes;
        for (Cell &cell : list) {
            if (cell.kind == CellKind::BoundaryBox || cell.kind == CellKind::BoundaryCurve)
                readBoundary(cell, boxes);
        }
        for (TrustBoundary &b : m_out.boundaries) {
            const auto box = std::find_if(boxes.cbegin(), boxes.cend(), [&](const Box &x) { return x.id == b.id; });
            if (box != boxes.cend())
                b.parentId = innermostContaining(boxes, box->rect, b.id);
        }
        for (Cell &cell : list) {
            switch (cell.kind) {
            case CellKind::Process:
            case CellKind::Store:
            case CellKind::Actor:
            case CellKind::Unknown:
                if (cell.kind == CellKind::Unknown && (m_r.doc().isValid(m_r.doc().find(cell.node, "source")) || !cell.hasRect)) {
                    m_r.info(cell.node, Tr::tr("cell of type \"%1\" is not a Threat Dragon element Threatwright knows; not imported")
                                            .arg(text(cell.props, "type").isEmpty() ? text(cell.node, "shape") : text(cell.props, "type")));
                    break;
                }
                readComponent(cell, boxes);
                break;
            case CellKind::Text: ++m_texts; break;
            default: break;
            }
        }
        QHash<QString, const Cell *> components;
        for (const Cell &cell : list) {
            if (!cell.id.isEmpty() && (cell.kind == CellKind::Process || cell.kind == CellKind::Store || cell.kind == CellKind::Actor
                                       || cell.kind == CellKind::Unknown))
                components.insert(cell.foreignId, &cell);
        }
        QList<const Cell *> curves;
        for (const Cell &cell : list) {
            if (cell.kind == CellKind::BoundaryCurve && cell.line.size() >= 2)
                curves.append(&cell);
        }
        for (Cell &cell : list) {
            if (cell.kind == CellKind::Flow)
                readFlow(cell, components, curves);
        }
        for (const Cell &cell : list) {
            if (!cell.id.isEmpty())
                readThreats(cell);
        }
    }

    void readBoundary(Cell &cell, QList<Box> &boxes)
    {
        const auto e = ext(cell);
        TrustBoundary b;
        if (e) {
            if (auto fromExt = boundaryFromJson(withoutSources(*e)))
                b = fromExt.value();
        }
        if (b.id.isEmpty())
            b.id = Prefix + cell.foreignId;
        QString name = nameOf(cell);
        if (!e)
            name = name.simplified();
        b.name = name.isEmpty() ? (cell.kind == CellKind::BoundaryCurve ? Tr::tr("Trust boundary line") : Tr::tr("Trust boundary")) : name;
        if (!e)
            b.kind = boundaryKindFromWords(name).value_or(BoundaryKind::Generic);
        b.parentId.clear();
        const QString description = text(cell.props, "description");
        if (!description.isEmpty())
            b.attributes.insert(QStringLiteral("description"), description);
        if (cell.kind == CellKind::BoundaryCurve) {
            b.attributes.insert(QStringLiteral("shape"), QStringLiteral("line"));
        } else if (cell.hasRect) {
            boxes.append(Box{b.id, cell.rect});
        } else {
            m_r.warn(cell.node, Tr::tr("trust boundary box \"%1\" has no position or size; it encloses nothing").arg(b.name));
        }
        b.sources = {m_r.ref(cell.node)};
        cell.id = b.id;
        m_out.boundaries.append(b);
    }

    void readComponent(Cell &cell, const QList<Box> &boxes)
    {
        const auto e = ext(cell);
        Component c;
        QJsonArray entryPoints;
        if (e) {
            if (auto fromExt = componentFromJson(withoutSources(*e)))
                c = fromExt.value();
            else
                m_r.warn(cell.node, Tr::tr("the \"threatwright\" field is damaged (%1); ignored").arg(fromExt.errorString()));
            entryPoints = e->value(QStringLiteral("entryPoints")).toArray();
        }
        if (c.id.isEmpty())
            c.id = Prefix + cell.foreignId;
        QString name = nameOf(cell);
        if (!e)
            name = name.simplified();
        c.name = name.isEmpty() ? cell.foreignId : name;
        const bool extHolds = e && familyOf(c.kind) == cell.kind;
        if (!extHolds) {
            if (cell.kind == CellKind::Unknown) {
                c.kind = ComponentKind::Generic;
                const QString type = text(cell.props, "type").isEmpty() ? text(cell.node, "shape") : text(cell.props, "type");
                m_unknown.note(m_out, Tr::tr("Cell"), type, m_r.ref(cell.node), enumName(c.kind));
                c.attributes.insert(QStringLiteral("threat-dragon:type"), type);
            } else {
                // Refine within the family by the name: a store called "Message Queue" is a queue.
                c.kind = baseKind(cell.kind);
                if (auto byName = componentKindFromWords(c.name); byName && familyOf(*byName) == cell.kind)
                    c.kind = *byName;
            }
        }
        auto flag = [&](const char *key, const QString &attribute) { setFlag(c.attributes, m_r.boolean(cell.props, key), attribute); };
        flag("outOfScope", QStringLiteral("out-of-scope"));
        const QString reason = text(cell.props, "reasonOutOfScope");
        if (!reason.isEmpty())
            c.attributes.insert(QStringLiteral("reason-out-of-scope"), reason);
        const QString description = text(cell.props, "description");
        if (!description.isEmpty())
            c.attributes.insert(QStringLiteral("description"), description);
        flag("isALog", QStringLiteral("log-store"));
        flag("storesCredentials", QStringLiteral("stores-credentials"));
        flag("isEncrypted", QLatin1StringView(attr::EncryptedAtRest));
        flag("isSigned", QStringLiteral("signed"));
        flag("isWebApplication", QStringLiteral("web-application"));
        flag("handlesCardPayment", QStringLiteral("handles-card-payment"));
        flag("handlesGoodsOrServices", QStringLiteral("handles-goods-or-services"));
        flag("providesAuthentication", QStringLiteral("provides-authentication"));
        const QString privilege = text(cell.props, "privilegeLevel");
        if (!privilege.isEmpty())
            c.attributes.insert(QStringLiteral("privilege-level"), privilege);
        c.boundaryId.clear();
        if (cell.hasRect) {
            const QPointF center = cell.rect.center();
            c.boundaryId = innermostContaining(boxes, QRectF(center - QPointF(0.5, 0.5), QSizeF(1, 1)));
        }
        c.sources = {m_r.ref(cell.node)};
        cell.id = c.id;
        m_out.components.append(c);
        for (const QJsonValue &ep : std::as_const(entryPoints)) {
            auto entry = entryPointFromJson(withoutSources(ep.toObject()));
            if (!entry)
                continue;
            entry->componentId = c.id;
            entry->sources = {m_r.ref(cell.node)};
            m_out.entryPoints.append(entry.value());
        }
    }

    QString endpoint(const Cell &cell, const char *key) const
    {
        const doc::NodeId end = m_r.doc().find(cell.node, key);
        if (!m_r.doc().isMapping(end))
            return {};
        const QString id = text(end, "cell"); // v2
        return id.isEmpty() ? text(end, "id") : id; // v1
    }

    /**
     * A flow end left as a point (Threat Dragon's own demo has one) that touches an element on
     * the drawing: what a reader of the diagram sees as connected is taken as connected.
     */
    const Cell *snap(const Cell &cell, const char *key, const QHash<QString, const Cell *> &components, const QString &name) const
    {
        const auto at = point(m_r.doc().find(cell.node, key));
        if (!at)
            return nullptr;
        constexpr double Tolerance = 20;
        const Cell *best = nullptr;
        double bestDistance = 0;
        for (const Cell *c : components) {
            if (!c->hasRect || !c->rect.adjusted(-Tolerance, -Tolerance, Tolerance, Tolerance).contains(*at))
                continue;
            const double distance = QLineF(c->rect.center(), *at).length();
            if (!best || distance < bestDistance) {
                best = c;
                bestDistance = distance;
            }
        }
        if (best)
            m_r.info(cell.node, Tr::tr("the %1 of flow \"%2\" is not attached in the file but touches \"%3\" on the diagram; taken as connected")
                                    .arg(QLatin1StringView(key), name.simplified(), nameOf(*best).simplified()));
        return best;
    }

    void readFlow(Cell &cell, const QHash<QString, const Cell *> &components, const QList<const Cell *> &curves)
    {
        const QString name = nameOf(cell);
        const Cell *source = components.value(endpoint(cell, "source"));
        const Cell *target = components.value(endpoint(cell, "target"));
        if (!source)
            source = snap(cell, "source", components, name);
        if (!target)
            target = snap(cell, "target", components, name);
        if (!source || !target) {
            m_r.warn(cell.node, Tr::tr("flow \"%1\" is not connected to an element at both ends; not imported").arg(name.simplified()));
            return;
        }
        const auto e = ext(cell);
        DataFlow f;
        if (e) {
            if (auto fromExt = flowFromJson(withoutSources(*e)))
                f = fromExt.value();
        }
        if (f.id.isEmpty())
            f.id = Prefix + cell.foreignId;
        f.sourceId = source->id;
        f.targetId = target->id;
        f.label = e ? name : name.simplified();
        const QString protocol = text(cell.props, "protocol");
        if (!protocol.isEmpty() || !e)
            f.protocol = protocol;
        // Threat Dragon has no "unknown": our own export writes false for it, which is kept unknown.
        if (auto encrypted = m_r.boolean(cell.props, "isEncrypted"); encrypted && !(e && f.encrypted.value_or(false) == *encrypted))
            f.encrypted = *encrypted;
        auto flag = [&](const char *key, const QString &attribute) { setFlag(f.attributes, m_r.boolean(cell.props, key), attribute); };
        flag("isPublicNetwork", QStringLiteral("public-network"));
        flag("isBidirectional", QStringLiteral("bidirectional"));
        flag("outOfScope", QStringLiteral("out-of-scope"));
        const QString reason = text(cell.props, "reasonOutOfScope");
        if (!reason.isEmpty())
            f.attributes.insert(QStringLiteral("reason-out-of-scope"), reason);
        const QString description = text(cell.props, "description");
        if (!description.isEmpty())
            f.attributes.insert(QStringLiteral("description"), description);
        // Which drawn boundary lines the flow crosses, straight from centre to centre; our own
        // export does not redraw lines across flows, so what it carries stands.
        if (source->hasRect && target->hasRect && !e) {
            QJsonArray crossed;
            for (const Cell *curve : curves) {
                if (polylineCrosses(curve->line, source->rect.center(), target->rect.center()))
                    crossed.append(curve->id);
            }
            if (!crossed.isEmpty())
                f.attributes.insert(QStringLiteral("crosses-boundaries"), crossed);
            else
                f.attributes.remove(QStringLiteral("crosses-boundaries"));
        }
        f.sources = {m_r.ref(cell.node)};
        cell.id = f.id;
        m_out.flows.append(f);
    }

    void readThreats(const Cell &cell)
    {
        const doc::Document &d = m_r.doc();
        const doc::NodeId threats = m_r.sequence(cell.props, "threats");
        for (std::uint32_t i = 0; d.isSequence(threats) && i < d.size(threats); ++i) {
            const doc::NodeId item = d.itemAt(threats, i);
            if (!d.isMapping(item)) {
                m_r.warn(item, Tr::tr("a threat is not a map; ignored"));
                continue;
            }
            const doc::NodeId extNode = d.find(item, ExtensionKey);
            const auto e = extNode == doc::InvalidNode ? std::nullopt : extension(m_r.toJson(extNode));
            Threat t;
            if (e) {
                if (auto fromExt = threatFromJson(withoutSources(*e)))
                    t = fromExt.value();
            }
            const bool fromUs = e && !t.fingerprint.isEmpty();
            const QString foreignId = text(item, "id");
            const QString title = text(item, "title");
            const QString type = text(item, "type");
            const QString severity = text(item, "severity");
            const QString status = text(item, "status");
            const QString modelType = text(item, "modelType");
            t.title = title.isEmpty() ? Tr::tr("(untitled threat)") : title;
            t.rationale = text(item, "description");
            t.mitigation = text(item, "mitigation");
            t.origin = importedOrigin(Format::ThreatDragon);
            if (!fromUs) {
                t.ruleId = Prefix + (modelType.isEmpty() ? QStringLiteral("STRIDE") : modelType);
                t.targets = {cell.id};
                t.fingerprint = importedFingerprint(Format::ThreatDragon, t.targets,
                                                    foreignId.isEmpty() ? cell.foreignId + QLatin1Char('#') + QString::number(i) : foreignId);
            }
            const auto stride = strideFromText(type);
            if (stride && !(fromUs && strideText(t.stride) == strideText(*stride)))
                t.stride = *stride;
            else if (!stride && !fromUs && !m_strideNoted.contains(modelType + type)) {
                m_strideNoted.insert(modelType + type);
                m_r.info(item, Tr::tr("threat type \"%1\" (%2) is not a STRIDE category; recorded as tampering, the type kept in the risk factor")
                                   .arg(type, modelType.isEmpty() ? Tr::tr("no model type") : modelType));
            }
            const auto sev = severityFromText(severity);
            if (!(fromUs && severityText(t.severity) == severity)) {
                t.severity = sev.value_or(Severity::Medium);
                bool scored = false;
                const double score = text(item, "score").toDouble(&scored);
                t.score = scored && std::isfinite(score) ? std::clamp(score, 0.0, 10.0) : bandScore(t.severity);
                t.factors = {RiskFactor{QStringLiteral("threat-dragon"), t.score,
                                        Tr::tr("severity \"%1\", %2 type \"%3\" in the Threat Dragon model")
                                            .arg(severity.isEmpty() ? Tr::tr("(none)") : severity, modelType.isEmpty() ? QStringLiteral("STRIDE") : modelType, type)}};
            }
            const auto parsed = statusFromText(status);
            if (!status.isEmpty() && !parsed)
                m_r.info(item, Tr::tr("threat status \"%1\" is not understood; recorded as suggested").arg(status));
            // Our own export: its status and the reason given for it travel in the extension;
            // a status someone changed in Threat Dragon since wins.
            const bool nativeStatus = !(fromUs && statusText(t.status) == status);
            if (nativeStatus)
                t.status = parsed.value_or(ThreatStatus::Suggested);
            if (nativeStatus)
                t.justification = t.status == ThreatStatus::Suggested ? QString() : Tr::tr("Threat Dragon status \"%1\"").arg(status);
            t.isNew = false;
            t.sources = {m_r.ref(item)};
            m_out.threats.append(t);
        }
    }

    DocReader m_r;
    ModelFragment &m_out;
    UnknownKinds m_unknown;
    QSet<QString> m_strideNoted;
    bool m_v1 = false;
    int m_texts = 0;
};

// Export --------------------------------------------------------------------------------------

constexpr double NodeWidth = 160;
constexpr double NodeHeight = 80;
constexpr double Gap = 50;
constexpr double Padding = 30;
constexpr double LabelSpace = 30;
constexpr double RowWidth = 900;

/**
 * Nested boxes: each boundary box holds its components and its child boundaries, in rows. Sizes
 * are measured bottom-up once (memoised), then everything is placed top-down.
 */
class BoxLayout
{
public:
    explicit BoxLayout(const SystemModel &model)
    {
        QSet<QString> boundaryIds;
        QList<const TrustBoundary *> boxes;
        for (const TrustBoundary &b : model.boundaries) {
            if (b.attributes.value(QStringLiteral("shape")).toString() == QLatin1StringView("line"))
                continue; // lines enclose nothing
            boundaryIds.insert(b.id);
            boxes.append(&b);
        }
        for (const TrustBoundary *b : std::as_const(boxes))
            m_childBoundaries[boundaryIds.contains(b->parentId) && b->parentId != b->id ? b->parentId : QString()].append(b->id);
        for (const Component &c : model.components)
            m_members[boundaryIds.contains(c.boundaryId) ? c.boundaryId : QString()].append(c.id);
        QSet<QString> stack;
        place(QString(), QPointF(Padding, Padding), stack);
    }

    QRectF rectOf(const QString &id) const { return m_rects.value(id); }

private:
    /** Positions of a group's items relative to its origin, and the group's content size. */
    QSizeF arrange(const QString &group, QSet<QString> &stack, QList<std::pair<QString, QRectF>> *items)
    {
        double x = 0, y = 0, rowHeight = 0, width = 0;
        auto put = [&](const QString &id, QSizeF size) {
            if (x > 0 && x + size.width() > RowWidth) {
                x = 0;
                y += rowHeight + Gap;
                rowHeight = 0;
            }
            if (items)
                items->append({id, QRectF(QPointF(x, y), size)});
            x += size.width() + Gap;
            rowHeight = std::max(rowHeight, size.height());
            width = std::max(width, x - Gap);
        };
        for (const QString &component : m_members.value(group))
            put(component, QSizeF(NodeWidth, NodeHeight));
        for (const QString &child : m_childBoundaries.value(group))
            put(child, outerSize(child, stack));
        return QSizeF(width, y + rowHeight);
    }

    QSizeF outerSize(const QString &boundary, QSet<QString> &stack)
    {
        if (const auto it = m_sizes.constFind(boundary); it != m_sizes.cend())
            return *it;
        QSizeF inner;
        if (!stack.contains(boundary)) { // a cycle of parents leaves the repeated box empty
            stack.insert(boundary);
            inner = arrange(boundary, stack, nullptr);
            stack.remove(boundary);
        }
        const QSizeF outer(std::max(inner.width(), NodeWidth) + 2 * Padding, std::max(inner.height(), NodeHeight / 2) + 2 * Padding + LabelSpace);
        m_sizes.insert(boundary, outer);
        return outer;
    }

    void place(const QString &group, QPointF origin, QSet<QString> &stack)
    {
        if (stack.contains(group))
            return;
        stack.insert(group);
        QList<std::pair<QString, QRectF>> items;
        arrange(group, stack, &items);
        for (const auto &[id, rect] : items) {
            const QRectF at = rect.translated(origin);
            m_rects.insert(id, at);
            if (m_childBoundaries.contains(id) || m_members.contains(id) || m_sizes.contains(id))
                place(id, at.topLeft() + QPointF(Padding, Padding + LabelSpace), stack);
        }
        stack.remove(group);
    }

    QHash<QString, QStringList> m_childBoundaries;
    QHash<QString, QStringList> m_members;
    QHash<QString, QSizeF> m_sizes;
    QHash<QString, QRectF> m_rects;
};

QJsonObject geometry(const QRectF &r)
{
    return QJsonObject{{QStringLiteral("position"), QJsonObject{{QStringLiteral("x"), r.x()}, {QStringLiteral("y"), r.y()}}},
                       {QStringLiteral("size"), QJsonObject{{QStringLiteral("width"), r.width()}, {QStringLiteral("height"), r.height()}}}};
}

QJsonObject threatJson(const Threat &t, int number)
{
    QJsonObject ext = withoutSources(toJson(t));
    ext.remove(QStringLiteral("isNew"));
    ext.remove(QStringLiteral("origin")); // an import says where it came from itself
    return QJsonObject{{QStringLiteral("id"), uuidFor(t.fingerprint)},
                       {QStringLiteral("title"), t.title},
                       {QStringLiteral("status"), statusText(t.status)},
                       {QStringLiteral("severity"), severityText(t.severity)},
                       {QStringLiteral("type"), strideText(t.stride)},
                       {QStringLiteral("description"), t.rationale},
                       {QStringLiteral("mitigation"), t.mitigation},
                       {QStringLiteral("modelType"), QStringLiteral("STRIDE")},
                       {QStringLiteral("number"), number},
                       {QStringLiteral("score"), QString::number(t.score, 'f', 1)},
                       {QStringLiteral("new"), false},
                       {QLatin1StringView(ExtensionKey), ext}};
}

} // namespace

Result<ModelFragment> importFile(const QString &path, const QString &rootDir)
{
    ModelFragment out;
    const QString relative = relativePath(path, rootDir);
    auto document = parseDocument(path, relative, doc::Format::Json, Format::ThreatDragon, out);
    if (!document)
        return out;
    DragonReader reader(*document, relative, out);
    reader.read();
    return out;
}

Result<QByteArray> exportModel(const SystemModel &model, const ExportInfo &info, ExportNotes *notes)
{
    auto note = [notes](const QString &text) {
        if (notes && !notes->notes.contains(text))
            notes->notes.append(text);
    };
    const BoxLayout layout(model);
    QHash<QString, QString> cellIds;
    for (const Component &c : model.components)
        cellIds.insert(c.id, uuidFor(c.id));
    for (const TrustBoundary &b : model.boundaries)
        cellIds.insert(b.id, uuidFor(b.id));
    for (const DataFlow &f : model.flows)
        cellIds.insert(f.id, uuidFor(f.id));
    QHash<QString, QString> ownerOfEntryPoint;
    QHash<QString, QJsonArray> entryPointsOf;
    for (const EntryPoint &e : model.entryPoints) {
        ownerOfEntryPoint.insert(e.id, e.componentId);
        if (cellIds.contains(e.componentId))
            entryPointsOf[e.componentId].append(withoutSources(toJson(e)));
        else
            note(detail::Tr::tr("entry points whose component is not in the model cannot be written"));
    }
    if (!model.entryPoints.isEmpty())
        note(detail::Tr::tr("Threat Dragon has no entry points: they travel in their component's \"threatwright\" field"));

    // Each threat sits on the first of its targets that is a cell (an entry point's threats on
    // its component); threats about boundaries or assets only are kept in the summary.
    QHash<QString, QJsonArray> threatsOf;
    QJsonArray unplaced;
    int number = 0;
    // In fingerprint order: the same model gives the same file, whatever order it was built in.
    QList<const Threat *> sorted;
    for (const Threat &t : model.threats)
        sorted.append(&t);
    std::sort(sorted.begin(), sorted.end(), [](const Threat *a, const Threat *b) { return a->fingerprint < b->fingerprint; });
    for (const Threat *threat : std::as_const(sorted)) {
        const Threat &t = *threat;
        if (t.status == ThreatStatus::ResolvedByChange)
            continue;
        QString holder;
        for (const QString &target : t.targets) {
            const QString candidate = cellIds.contains(target) && !std::any_of(model.boundaries.cbegin(), model.boundaries.cend(),
                                                                                [&](const TrustBoundary &b) { return b.id == target; })
                                          ? target
                                          : ownerOfEntryPoint.value(target);
            if (!candidate.isEmpty()) {
                holder = candidate;
                break;
            }
        }
        if (holder.isEmpty()) {
            QJsonObject ext = withoutSources(toJson(t));
            ext.remove(QStringLiteral("isNew"));
            ext.remove(QStringLiteral("origin")); // an import says where it came from itself
            unplaced.append(ext);
            note(detail::Tr::tr("threats about boundaries or data assets only have no cell to sit on; they travel in the summary's "
                            "\"threatwright\" field"));
            continue;
        }
        threatsOf[holder].append(threatJson(t, ++number));
    }
    auto hasOpen = [&](const QString &id) {
        for (const QJsonValue &v : threatsOf.value(id)) {
            if (v.toObject().value(QStringLiteral("status")).toString() == QLatin1StringView("Open"))
                return true;
        }
        return false;
    };

    QJsonArray cells;
    double bottom = 0;
    for (const Component &c : model.components)
        bottom = std::max(bottom, layout.rectOf(c.id).bottom());
    for (const TrustBoundary &b : model.boundaries)
        bottom = std::max(bottom, layout.rectOf(b.id).bottom());
    int lines = 0;
    for (const TrustBoundary &b : model.boundaries) {
        if (b.attributes.value(QStringLiteral("shape")).toString() == QLatin1StringView("line")) {
            // Drawn below the diagram, away from every flow: a line's place is not in the model.
            const double y = bottom + 60 + 40 * lines++;
            cells.append(QJsonObject{{QStringLiteral("id"), cellIds.value(b.id)},
                                     {QStringLiteral("shape"), QStringLiteral("trust-boundary-curve")},
                                     {QStringLiteral("zIndex"), 10},
                                     {QStringLiteral("connector"), QStringLiteral("smooth")},
                                     {QStringLiteral("source"), QJsonObject{{QStringLiteral("x"), 20}, {QStringLiteral("y"), y}}},
                                     {QStringLiteral("target"), QJsonObject{{QStringLiteral("x"), 320}, {QStringLiteral("y"), y}}},
                                     {QStringLiteral("attrs"), QJsonObject{{QStringLiteral("line"), QJsonObject{{QStringLiteral("targetMarker"), QStringLiteral("")},
                                                                                                             {QStringLiteral("sourceMarker"), QStringLiteral("")}}}}},
                                     {QStringLiteral("labels"), QJsonArray{QJsonObject{{QStringLiteral("position"), 0.5},
                                                                                       {QStringLiteral("attrs"), QJsonObject{{QStringLiteral("label"), QJsonObject{{QStringLiteral("text"), b.name}}}}}}}},
                                     {QStringLiteral("data"), QJsonObject{{QStringLiteral("type"), QStringLiteral("tm.Boundary")},
                                                                          {QStringLiteral("name"), b.name},
                                                                          {QStringLiteral("description"), b.attributes.value(QStringLiteral("description")).toString()},
                                                                          {QStringLiteral("isTrustBoundary"), true},
                                                                          {QStringLiteral("hasOpenThreats"), false},
                                                                          {QLatin1StringView(ExtensionKey), withoutSources(toJson(b))}}}});
            note(detail::Tr::tr("boundary lines are drawn below the diagram; which flows cross them is kept in the flows' \"threatwright\" field"));
            continue;
        }
        QJsonObject data{{QStringLiteral("type"), QStringLiteral("tm.BoundaryBox")},
                         {QStringLiteral("name"), b.name},
                         {QStringLiteral("description"), b.attributes.value(QStringLiteral("description")).toString()},
                         {QStringLiteral("isTrustBoundary"), true},
                         {QStringLiteral("hasOpenThreats"), false},
                         {QLatin1StringView(ExtensionKey), withoutSources(toJson(b))}};
        QJsonObject cell = geometry(layout.rectOf(b.id));
        cell.insert(QStringLiteral("id"), cellIds.value(b.id));
        cell.insert(QStringLiteral("shape"), QStringLiteral("trust-boundary-box"));
        cell.insert(QStringLiteral("zIndex"), -1);
        cell.insert(QStringLiteral("visible"), true);
        cell.insert(QStringLiteral("attrs"), QJsonObject{{QStringLiteral("label"), QJsonObject{{QStringLiteral("text"), b.name}}}});
        cell.insert(QStringLiteral("data"), data);
        cells.append(cell);
    }

    for (const Component &c : model.components) {
        const CellKind family = familyOf(c.kind);
        const char *shape = family == CellKind::Store ? "store" : (family == CellKind::Actor ? "actor" : "process");
        const char *type = family == CellKind::Store ? "tm.Store" : (family == CellKind::Actor ? "tm.Actor" : "tm.Process");
        QJsonObject ext = withoutSources(toJson(c));
        if (entryPointsOf.contains(c.id))
            ext.insert(QStringLiteral("entryPoints"), entryPointsOf.value(c.id));
        QJsonObject data{{QStringLiteral("type"), QLatin1StringView(type)},
                         {QStringLiteral("name"), c.name},
                         {QStringLiteral("description"), c.attributes.value(QStringLiteral("description")).toString()},
                         {QStringLiteral("outOfScope"), c.attributes.value(QStringLiteral("out-of-scope")).toBool()},
                         {QStringLiteral("reasonOutOfScope"), c.attributes.value(QStringLiteral("reason-out-of-scope")).toString()},
                         {QStringLiteral("isTrustBoundary"), false},
                         {QStringLiteral("hasOpenThreats"), hasOpen(c.id)},
                         {QStringLiteral("threats"), threatsOf.value(c.id)},
                         {QLatin1StringView(ExtensionKey), ext}};
        if (family == CellKind::Store) {
            data.insert(QStringLiteral("isALog"), c.attributes.value(QStringLiteral("log-store")).toBool());
            data.insert(QStringLiteral("storesCredentials"), c.attributes.value(QStringLiteral("stores-credentials")).toBool());
            data.insert(QStringLiteral("isEncrypted"), c.attributes.value(QLatin1StringView(attr::EncryptedAtRest)).toBool());
            data.insert(QStringLiteral("isSigned"), c.attributes.value(QStringLiteral("signed")).toBool());
        } else if (family == CellKind::Actor) {
            data.insert(QStringLiteral("providesAuthentication"), c.attributes.value(QStringLiteral("provides-authentication")).toBool());
        } else {
            data.insert(QStringLiteral("privilegeLevel"), c.attributes.value(QStringLiteral("privilege-level")).toString());
            data.insert(QStringLiteral("isWebApplication"), c.attributes.value(QStringLiteral("web-application")).toBool());
            data.insert(QStringLiteral("handlesCardPayment"), c.attributes.value(QStringLiteral("handles-card-payment")).toBool());
            data.insert(QStringLiteral("handlesGoodsOrServices"), c.attributes.value(QStringLiteral("handles-goods-or-services")).toBool());
        }
        QJsonObject cell = geometry(layout.rectOf(c.id));
        cell.insert(QStringLiteral("id"), cellIds.value(c.id));
        cell.insert(QStringLiteral("shape"), QLatin1StringView(shape));
        cell.insert(QStringLiteral("zIndex"), 1);
        cell.insert(QStringLiteral("visible"), true);
        cell.insert(QStringLiteral("attrs"), QJsonObject{{QStringLiteral("text"), QJsonObject{{QStringLiteral("text"), c.name}}}});
        cell.insert(QStringLiteral("data"), data);
        cells.append(cell);
    }

    for (const DataFlow &f : model.flows) {
        if (!cellIds.contains(f.sourceId) || !cellIds.contains(f.targetId)) {
            note(detail::Tr::tr("flows from or to something that is not a component cannot be written"));
            continue;
        }
        QJsonObject data{{QStringLiteral("type"), QStringLiteral("tm.Flow")},
                         {QStringLiteral("name"), f.label},
                         {QStringLiteral("description"), f.attributes.value(QStringLiteral("description")).toString()},
                         {QStringLiteral("protocol"), f.protocol},
                         {QStringLiteral("isEncrypted"), f.encrypted.value_or(false)},
                         {QStringLiteral("isPublicNetwork"), f.attributes.value(QStringLiteral("public-network")).toBool()},
                         {QStringLiteral("isBidirectional"), f.attributes.value(QStringLiteral("bidirectional")).toBool()},
                         {QStringLiteral("outOfScope"), f.attributes.value(QStringLiteral("out-of-scope")).toBool()},
                         {QStringLiteral("reasonOutOfScope"), f.attributes.value(QStringLiteral("reason-out-of-scope")).toString()},
                         {QStringLiteral("isTrustBoundary"), false},
                         {QStringLiteral("hasOpenThreats"), hasOpen(f.id)},
                         {QStringLiteral("threats"), threatsOf.value(f.id)},
                         {QLatin1StringView(ExtensionKey), withoutSources(toJson(f))}};
        const QJsonObject label{{QStringLiteral("position"), 0.5},
                                {QStringLiteral("attrs"), QJsonObject{{QStringLiteral("label"), QJsonObject{{QStringLiteral("text"), f.label}}}}}};
        cells.append(QJsonObject{{QStringLiteral("id"), cellIds.value(f.id)},
                                 {QStringLiteral("shape"), QStringLiteral("flow")},
                                 {QStringLiteral("zIndex"), 10},
                                 {QStringLiteral("connector"), QStringLiteral("smooth")},
                                 {QStringLiteral("source"), QJsonObject{{QStringLiteral("cell"), cellIds.value(f.sourceId)}}},
                                 {QStringLiteral("target"), QJsonObject{{QStringLiteral("cell"), cellIds.value(f.targetId)}}},
                                 {QStringLiteral("attrs"), QJsonObject{{QStringLiteral("line"), QJsonObject{{QStringLiteral("stroke"), QStringLiteral("#333333")},
                                                                                                         {QStringLiteral("strokeWidth"), 1},
                                                                                                         {QStringLiteral("targetMarker"), QJsonObject{{QStringLiteral("name"), QStringLiteral("block")}}}}}}},
                                 {QStringLiteral("labels"), QJsonArray{label}},
                                 {QStringLiteral("data"), data}});
    }

    QJsonObject summaryExt;
    if (!model.assets.isEmpty()) {
        QJsonArray assets;
        for (const DataAsset &a : model.assets)
            assets.append(withoutSources(toJson(a)));
        summaryExt.insert(QStringLiteral("assets"), assets);
        note(detail::Tr::tr("Threat Dragon has no data assets: they travel in the summary's \"threatwright\" field"));
    }
    if (!unplaced.isEmpty())
        summaryExt.insert(QStringLiteral("threats"), unplaced);
    const QString title = info.projectName.isEmpty() ? detail::Tr::tr("Threatwright model") : info.projectName;
    QJsonObject summary{{QStringLiteral("title"), title},
                        {QStringLiteral("owner"), QString()},
                        {QStringLiteral("description"), info.versionId > 0 ? detail::Tr::tr("Exported by Threatwright from version %1").arg(info.versionId) : QString()},
                        {QStringLiteral("id"), 0}};
    if (!summaryExt.isEmpty())
        summary.insert(QLatin1StringView(ExtensionKey), summaryExt);
    const QJsonObject diagram{{QStringLiteral("id"), 0},
                              {QStringLiteral("title"), title},
                              {QStringLiteral("diagramType"), QStringLiteral("STRIDE")},
                              {QStringLiteral("placeholder"), QString()},
                              {QStringLiteral("description"), QString()},
                              {QStringLiteral("thumbnail"), QStringLiteral("./public/content/images/thumbnail.stride.jpg")},
                              {QStringLiteral("version"), QStringLiteral("2.3.0")},
                              {QStringLiteral("cells"), cells}};
    const QJsonObject root{{QStringLiteral("version"), QStringLiteral("2.3.0")},
                           {QStringLiteral("summary"), summary},
                           {QStringLiteral("detail"), QJsonObject{{QStringLiteral("contributors"), QJsonArray()},
                                                                  {QStringLiteral("diagrams"), QJsonArray{diagram}},
                                                                  {QStringLiteral("diagramTop"), 1},
                                                                  {QStringLiteral("reviewer"), QString()},
                                                                  {QStringLiteral("threatTop"), number}}}};
    return prettyJson(root);
}

} // namespace tw::interop::threatdragon
