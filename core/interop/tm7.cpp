// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/tm7.h"

#include "interop/mapping.h"
#include "model/enums.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QXmlStreamReader>

#include <vector>

namespace tw::interop::tm7 {
namespace {

using namespace detail;

const QString Prefix = QStringLiteral("tm7:");
const QString NilGuid = QStringLiteral("00000000-0000-0000-0000-000000000000");

/** A small element tree over the stream: .tm7 files are a few MB at most. */
struct XNode
{
    QString name;  ///< local name
    QString type;  ///< xsi:type without its prefix
    bool nil = false;
    QString text;
    std::vector<int> children;
    int line = 0;
    int column = 0;
};

class XTree
{
public:
    std::vector<XNode> nodes;

    const XNode &at(int i) const { return nodes[size_t(i)]; }
    int child(int parent, QStringView name) const
    {
        if (parent < 0)
            return -1;
        for (int c : at(parent).children) {
            if (at(c).name == name)
                return c;
        }
        return -1;
    }
    QList<int> children(int parent, QStringView name = {}) const
    {
        QList<int> out;
        if (parent < 0)
            return out;
        for (int c : at(parent).children) {
            if (name.isEmpty() || at(c).name == name)
                out.append(c);
        }
        return out;
    }
    QString text(int parent, QStringView name) const
    {
        const int c = child(parent, name);
        return c < 0 || at(c).nil ? QString() : at(c).text;
    }
    /** Follows a path of child names. */
    int path(int from, std::initializer_list<QStringView> names) const
    {
        int at = from;
        for (QStringView n : names)
            at = child(at, n);
        return at;
    }
};

/** Parses the XML; an error gives its line and column. */
std::optional<Error> parse(QIODevice &device, XTree &tree)
{
    QXmlStreamReader xml(&device);
    std::vector<int> stack;
    constexpr size_t MaxDepth = 256;
    constexpr size_t MaxNodes = 4'000'000;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (stack.size() >= MaxDepth || tree.nodes.size() >= MaxNodes)
                return Error{Tr::tr("the XML is nested too deeply or is too large"), QStringLiteral("%1:%2").arg(xml.lineNumber()).arg(xml.columnNumber())};
            XNode node;
            node.name = xml.name().toString();
            node.line = int(xml.lineNumber());
            node.column = int(xml.columnNumber());
            const QXmlStreamAttributes attributes = xml.attributes();
            for (const QXmlStreamAttribute &a : attributes) {
                if (a.name() == QLatin1StringView("type"))
                    node.type = a.value().toString().section(QLatin1Char(':'), -1);
                else if (a.name() == QLatin1StringView("nil"))
                    node.nil = a.value() == QLatin1StringView("true");
            }
            const int index = int(tree.nodes.size());
            if (!stack.empty())
                tree.nodes[size_t(stack.back())].children.push_back(index);
            tree.nodes.push_back(std::move(node));
            stack.push_back(index);
        } else if (token == QXmlStreamReader::EndElement) {
            if (!stack.empty())
                stack.pop_back();
        } else if (token == QXmlStreamReader::Characters && !stack.empty()) {
            XNode &top = tree.nodes[size_t(stack.back())];
            if (top.children.empty())
                top.text += xml.text();
        }
    }
    if (xml.hasError())
        return Error{xml.errorString(), QStringLiteral("%1:%2").arg(xml.lineNumber()).arg(xml.columnNumber())};
    return std::nullopt;
}

struct Stencil
{
    int node = -1;
    QString guid;
    QString generic;
    QString type;
    QString name;
    QJsonObject properties; ///< display name → chosen value
    QRectF rect;
    bool hasRect = false;
    QList<QPointF> line;
    QString sourceGuid, targetGuid;
};

class Tm7Reader
{
public:
    Tm7Reader(const XTree &tree, QString file, ModelFragment &out) : m_t(tree), m_file(std::move(file)), m_out(out) {}

    SourceRef ref(int node) const
    {
        return node < 0 ? SourceRef{formatName(Format::Tm7), m_file, 0, 0}
                        : SourceRef{formatName(Format::Tm7), m_file, m_t.at(node).line, m_t.at(node).column};
    }
    void warn(int node, const QString &message) { m_out.diagnostics.append(Diagnostic{DiagnosticLevel::Warning, message, ref(node)}); }
    void info(int node, const QString &message) { m_out.diagnostics.append(Diagnostic{DiagnosticLevel::Info, message, ref(node)}); }

    void read()
    {
        const int root = 0;
        if (m_t.nodes.empty() || m_t.at(root).name != QLatin1StringView("ThreatModel")) {
            m_out.diagnostics.append(Diagnostic{DiagnosticLevel::Error, Tr::tr("not a Microsoft Threat Modeling Tool model: the root element is not ThreatModel"), ref(root)});
            return;
        }
        readKnowledgeBase(m_t.child(root, u"KnowledgeBase"));
        QList<Stencil> stencils;
        for (int surface : m_t.children(m_t.child(root, u"DrawingSurfaceList"), u"DrawingSurfaceModel")) {
            for (const char16_t *section : {u"Borders", u"Lines"}) {
                for (int kv : m_t.children(m_t.child(surface, section))) {
                    const int value = m_t.child(kv, u"Value");
                    if (value >= 0)
                        stencils.append(stencil(value));
                }
            }
        }
        QList<Box> boxes;
        QList<const Stencil *> lines;
        for (const Stencil &s : std::as_const(stencils)) {
            if (s.generic == QLatin1StringView("GE.TB.B") || s.generic == QLatin1StringView("GE.TB.L"))
                boundary(s, boxes);
            if (s.generic == QLatin1StringView("GE.TB.L") && s.line.size() >= 2)
                lines.append(&s);
        }
        for (TrustBoundary &b : m_out.boundaries) {
            const auto box = std::find_if(boxes.cbegin(), boxes.cend(), [&](const Box &x) { return x.id == b.id; });
            if (box != boxes.cend())
                b.parentId = innermostContaining(boxes, box->rect, b.id);
        }
        QHash<QString, const Stencil *> components;
        for (const Stencil &s : std::as_const(stencils)) {
            if (s.generic == QLatin1StringView("GE.TB.B") || s.generic == QLatin1StringView("GE.TB.L") || s.generic == QLatin1StringView("GE.DF"))
                continue;
            if (!s.hasRect && s.sourceGuid.size() > 0) {
                info(s.node, Tr::tr("line of type \"%1\" is not an element Threatwright knows; not imported").arg(s.type));
                continue;
            }
            if (component(s, boxes))
                components.insert(s.guid, &s);
        }
        for (const Stencil &s : std::as_const(stencils)) {
            if (s.generic == QLatin1StringView("GE.DF"))
                flow(s, components, lines);
        }
        threats(m_t.child(root, u"ThreatInstances"));
    }

private:
    QString typeName(const QString &typeId) const { return m_elementNames.value(typeId); }

    void readKnowledgeBase(int kb)
    {
        for (const char16_t *section : {u"GenericElements", u"StandardElements"}) {
            for (int element : m_t.children(m_t.child(kb, section), u"ElementType"))
                m_elementNames.insert(m_t.text(element, u"Id"), m_t.text(element, u"Name"));
        }
        for (int category : m_t.children(m_t.child(kb, u"ThreatCategories"), u"ThreatCategory"))
            m_categories.insert(m_t.text(category, u"Id"), m_t.text(category, u"Name"));
        for (int type : m_t.children(m_t.child(kb, u"ThreatTypes"), u"ThreatType")) {
            ThreatType t;
            t.category = m_t.text(type, u"Category");
            t.title = m_t.text(type, u"ShortTitle");
            t.description = m_t.text(type, u"Description");
            for (int datum : m_t.children(m_t.child(type, u"PropertiesMetaData"), u"ThreatMetaDatum")) {
                if (m_t.text(datum, u"Name") == QLatin1StringView("PossibleMitigations")) {
                    const int values = m_t.child(datum, u"Values");
                    for (int v : m_t.children(values))
                        t.mitigation = m_t.at(v).text;
                }
            }
            m_threatTypes.insert(m_t.text(type, u"Id"), t);
        }
    }

    Stencil stencil(int value) const
    {
        Stencil s;
        s.node = value;
        s.guid = m_t.text(value, u"Guid");
        s.generic = m_t.text(value, u"GenericTypeId");
        s.type = m_t.text(value, u"TypeId");
        for (int attribute : m_t.children(m_t.child(value, u"Properties"), u"anyType")) {
            const XNode &a = m_t.at(attribute);
            const QString display = m_t.text(attribute, u"DisplayName");
            const int v = m_t.child(attribute, u"Value");
            if (a.type == QLatin1StringView("HeaderDisplayAttribute") || v < 0 || m_t.at(v).nil)
                continue;
            if (display == QLatin1StringView("Name") && m_t.text(attribute, u"Name").isEmpty()) {
                s.name = m_t.at(v).text;
                continue;
            }
            if (a.type.endsWith(QLatin1StringView("ListDisplayAttribute"))) {
                const QList<int> options = m_t.children(v);
                bool ok = false;
                const int selected = m_t.text(attribute, u"SelectedIndex").toInt(&ok);
                if (ok && selected >= 0 && selected < options.size())
                    s.properties.insert(display, m_t.at(options[selected]).text);
            } else if (a.type == QLatin1StringView("BooleanDisplayAttribute")) {
                s.properties.insert(display, m_t.at(v).text == QLatin1StringView("true"));
            } else {
                s.properties.insert(display, m_t.at(v).text);
            }
        }
        bool okL = false, okT = false, okW = false, okH = false;
        const double left = m_t.text(value, u"Left").toDouble(&okL);
        const double top = m_t.text(value, u"Top").toDouble(&okT);
        const double width = m_t.text(value, u"Width").toDouble(&okW);
        const double height = m_t.text(value, u"Height").toDouble(&okH);
        if (okL && okT && okW && okH) {
            s.rect = QRectF(left, top, width, height);
            s.hasRect = true;
        }
        s.sourceGuid = m_t.text(value, u"SourceGuid");
        s.targetGuid = m_t.text(value, u"TargetGuid");
        for (const auto &[x, y] : {std::pair{u"SourceX", u"SourceY"}, std::pair{u"HandleX", u"HandleY"}, std::pair{u"TargetX", u"TargetY"}}) {
            bool okX = false, okY = false;
            const double px = m_t.text(value, x).toDouble(&okX);
            const double py = m_t.text(value, y).toDouble(&okY);
            if (okX && okY)
                s.line.append(QPointF(px, py));
        }
        return s;
    }

    void boundary(const Stencil &s, QList<Box> &boxes)
    {
        if (s.guid.isEmpty()) {
            warn(s.node, Tr::tr("a trust boundary without a Guid; not imported"));
            return;
        }
        TrustBoundary b;
        b.id = Prefix + s.guid;
        const QString typeLabel = typeName(s.type);
        b.name = s.name.isEmpty() ? typeLabel : s.name;
        b.kind = boundaryKindFromWords(typeLabel).value_or(boundaryKindFromWords(b.name).value_or(BoundaryKind::Generic));
        b.attributes.insert(QStringLiteral("tm7:type"), s.type);
        if (!s.properties.isEmpty())
            b.attributes.insert(QStringLiteral("tm7:properties"), s.properties);
        if (s.generic == QLatin1StringView("GE.TB.L")) {
            b.attributes.insert(QStringLiteral("shape"), QStringLiteral("line"));
        } else if (s.hasRect) {
            boxes.append(Box{b.id, s.rect});
        } else {
            warn(s.node, Tr::tr("trust boundary \"%1\" has no position or size; it encloses nothing").arg(b.name));
        }
        b.sources = {ref(s.node)};
        if (m_ids.contains(b.id)) {
            warn(s.node, Tr::tr("element %1 appears twice; the first one is kept").arg(s.guid));
            return;
        }
        m_ids.insert(b.id);
        m_out.boundaries.append(b);
    }

    bool component(const Stencil &s, const QList<Box> &boxes)
    {
        if (s.guid.isEmpty()) {
            warn(s.node, Tr::tr("an element without a Guid; not imported"));
            return false;
        }
        Component c;
        c.id = Prefix + s.guid;
        const QString typeLabel = typeName(s.type);
        c.name = s.name.isEmpty() ? (typeLabel.isEmpty() ? s.guid : typeLabel) : s.name;
        c.technology = typeLabel;
        ComponentKind base = ComponentKind::Generic;
        if (s.generic == QLatin1StringView("GE.P"))
            base = ComponentKind::Process;
        else if (s.generic == QLatin1StringView("GE.EI"))
            base = ComponentKind::ExternalEntity;
        else if (s.generic == QLatin1StringView("GE.DS"))
            base = ComponentKind::Datastore;
        else
            m_unknown.note(m_out, Tr::tr("Stencil"), s.generic.isEmpty() ? s.type : s.generic, ref(s.node), enumName(base));
        c.kind = base;
        if (auto refined = componentKindFromWords(typeLabel)) {
            // The stencil's knowledge-base name refines its family ("Browser Client" is a client).
            const bool storeFamily = *refined == ComponentKind::Datastore || *refined == ComponentKind::Queue || *refined == ComponentKind::SecretStore;
            if (base == ComponentKind::Datastore ? storeFamily
                                                 : (base == ComponentKind::ExternalEntity ? *refined == ComponentKind::Client : base == ComponentKind::Process))
                c.kind = *refined;
        }
        c.attributes.insert(QStringLiteral("tm7:type"), s.type);
        if (!s.properties.isEmpty())
            c.attributes.insert(QStringLiteral("tm7:properties"), s.properties);
        if (s.properties.value(QStringLiteral("Out Of Scope")).toBool())
            c.attributes.insert(QStringLiteral("out-of-scope"), true);
        const QString encrypted = s.properties.value(QStringLiteral("Encrypted")).toString();
        if (encrypted == QLatin1StringView("Yes") || encrypted == QLatin1StringView("No"))
            c.attributes.insert(QLatin1StringView(attr::EncryptedAtRest), encrypted == QLatin1StringView("Yes"));
        if (s.properties.value(QStringLiteral("Stores Credentials")).toString() == QLatin1StringView("Yes"))
            c.attributes.insert(QStringLiteral("stores-credentials"), true);
        if (s.hasRect)
            c.boundaryId = innermostContaining(boxes, QRectF(s.rect.center() - QPointF(0.5, 0.5), QSizeF(1, 1)));
        c.sources = {ref(s.node)};
        if (m_ids.contains(c.id)) {
            warn(s.node, Tr::tr("element %1 appears twice; the first one is kept").arg(s.guid));
            return false;
        }
        m_ids.insert(c.id);
        m_out.components.append(c);
        return true;
    }

    void flow(const Stencil &s, const QHash<QString, const Stencil *> &components, const QList<const Stencil *> &lines)
    {
        const Stencil *source = components.value(s.sourceGuid);
        const Stencil *target = components.value(s.targetGuid);
        if (!source || !target) {
            warn(s.node, Tr::tr("data flow \"%1\" is not connected to an element at both ends; not imported").arg(s.name));
            return;
        }
        DataFlow f;
        f.id = Prefix + s.guid;
        f.sourceId = Prefix + source->guid;
        f.targetId = Prefix + target->guid;
        f.label = s.name;
        // Only stencils that name a protocol ("HTTPS", "IPsec") give one; "Request" does not.
        static const QStringList protocols = {QStringLiteral("HTTP"), QStringLiteral("HTTPS"), QStringLiteral("IPsec"), QStringLiteral("SMB"),
                                              QStringLiteral("UDP"), QStringLiteral("ALPC"), QStringLiteral("Binary"), QStringLiteral("Named Pipe"),
                                              QStringLiteral("RPC or DCOM"), QStringLiteral("SSH"), QStringLiteral("AMQP"), QStringLiteral("MQTT")};
        const QString typeLabel = typeName(s.type);
        if (protocols.contains(typeLabel))
            f.protocol = typeLabel.toLower();
        const QString confidential = s.properties.value(QStringLiteral("Provides Confidentiality")).toString();
        if (confidential == QLatin1StringView("Yes") || confidential == QLatin1StringView("No"))
            f.encrypted = confidential == QLatin1StringView("Yes");
        else if (f.protocol == QLatin1StringView("https") || f.protocol == QLatin1StringView("ipsec") || f.protocol == QLatin1StringView("ssh"))
            f.encrypted = true;
        else if (f.protocol == QLatin1StringView("http"))
            f.encrypted = false;
        if (f.protocol == QLatin1StringView("http"))
            f.attributes.insert(QLatin1StringView(attr::PlainHttp), true);
        const QString authenticated = s.properties.value(QStringLiteral("Source Authenticated")).toString();
        if (authenticated == QLatin1StringView("Yes") || authenticated == QLatin1StringView("No"))
            f.authenticated = authenticated == QLatin1StringView("Yes");
        f.attributes.insert(QStringLiteral("tm7:type"), s.type);
        if (!s.properties.isEmpty())
            f.attributes.insert(QStringLiteral("tm7:properties"), s.properties);
        if (s.properties.value(QStringLiteral("Out Of Scope")).toBool())
            f.attributes.insert(QStringLiteral("out-of-scope"), true);
        if (source->hasRect && target->hasRect) {
            QJsonArray crossed;
            for (const Stencil *line : lines) {
                if (polylineCrosses(line->line, source->rect.center(), target->rect.center()))
                    crossed.append(Prefix + line->guid);
            }
            if (!crossed.isEmpty())
                f.attributes.insert(QStringLiteral("crosses-boundaries"), crossed);
        }
        f.sources = {ref(s.node)};
        if (m_ids.contains(f.id)) {
            warn(s.node, Tr::tr("element %1 appears twice; the first one is kept").arg(s.guid));
            return;
        }
        m_ids.insert(f.id);
        m_out.flows.append(f);
    }

    void threats(int instances)
    {
        QSet<QString> noted;
        for (int kv : m_t.children(instances)) {
            const QString key = m_t.text(kv, u"Key");
            const int value = m_t.child(kv, u"Value");
            if (value < 0)
                continue;
            QHash<QString, QString> props;
            for (int p : m_t.children(m_t.child(value, u"Properties")))
                props.insert(m_t.text(p, u"Key"), m_t.text(p, u"Value"));
            auto field = [&](const char16_t *name) {
                const QString direct = m_t.text(value, name);
                return direct.isEmpty() ? props.value(QString::fromUtf16(name)) : direct;
            };
            const QString typeId = m_t.text(value, u"TypeId");
            const ThreatType type = m_threatTypes.value(typeId);
            Threat t;
            t.origin = importedOrigin(Format::Tm7);
            t.ruleId = Prefix + typeId;
            t.title = field(u"Title");
            if (t.title.isEmpty())
                t.title = type.title.isEmpty() ? typeId : type.title;
            t.rationale = field(u"UserThreatDescription");
            if (t.rationale.isEmpty())
                t.rationale = type.description;
            t.mitigation = props.value(QStringLiteral("PossibleMitigations"), type.mitigation);
            QString category = field(u"UserThreatCategory");
            if (category.isEmpty())
                category = m_categories.value(type.category, type.category);
            if (auto stride = strideFromText(category)) {
                t.stride = *stride;
            } else if (!noted.contains(category)) {
                noted.insert(category);
                info(value, Tr::tr("threat category \"%1\" is not a STRIDE category; recorded as tampering").arg(category));
            }
            const QString priority = field(u"Priority");
            t.severity = severityFromText(priority).value_or(Severity::Medium);
            t.score = bandScore(t.severity);
            t.factors = {RiskFactor{QStringLiteral("tm7-priority"), t.score, Tr::tr("priority \"%1\" in the Threat Modeling Tool model").arg(priority)}};
            const QString state = m_t.text(value, u"State");
            const auto status = statusFromText(state);
            if (!state.isEmpty() && !status && !noted.contains(state)) {
                noted.insert(state);
                info(value, Tr::tr("threat state \"%1\" is not understood; recorded as suggested").arg(state));
            }
            t.status = status.value_or(ThreatStatus::Suggested);
            const QString justification = field(u"StateInformation");
            t.justification = t.status == ThreatStatus::Suggested ? QString()
                                                                  : (justification.isEmpty() ? Tr::tr("Threat Modeling Tool state \"%1\"").arg(state) : justification);
            // The threat is about the flow's destination, as the tool generates it per interaction.
            const QString targetId = Prefix + m_t.text(value, u"TargetGuid");
            const QString flowId = Prefix + m_t.text(value, u"FlowGuid");
            if (m_ids.contains(targetId))
                t.targets.append(targetId);
            if (m_ids.contains(flowId))
                t.targets.append(flowId);
            if (t.targets.isEmpty())
                warn(value, Tr::tr("threat \"%1\" refers to no element of the model; kept without a target").arg(t.title));
            t.fingerprint = importedFingerprint(Format::Tm7, t.targets, key.isEmpty() ? m_t.text(value, u"Id") : key);
            t.sources = {ref(value)};
            m_out.threats.append(t);
        }
    }

    struct ThreatType
    {
        QString category;
        QString title;
        QString description;
        QString mitigation;
    };

    const XTree &m_t;
    QString m_file;
    ModelFragment &m_out;
    UnknownKinds m_unknown;
    QHash<QString, QString> m_elementNames;
    QHash<QString, QString> m_categories;
    QHash<QString, ThreatType> m_threatTypes;
    QSet<QString> m_ids;
};

} // namespace

Result<ModelFragment> importFile(const QString &path, const QString &rootDir)
{
    ModelFragment out;
    const QString relative = relativePath(path, rootDir);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Tr::tr("%1 cannot be read: %2").arg(relative, file.errorString()));
    if (file.size() > (qint64(256) << 20)) {
        out.diagnostics.append(Diagnostic{DiagnosticLevel::Error, Tr::tr("the file is larger than 256 MB; not read"), SourceRef{formatName(Format::Tm7), relative, 0, 0}});
        return out;
    }
    XTree tree;
    if (auto error = parse(file, tree)) {
        out.diagnostics.append(Diagnostic{DiagnosticLevel::Error, Tr::tr("not readable XML: %1").arg(error->message),
                                          refFromLocation(relative + QLatin1Char(':') + error->location, relative, Format::Tm7)});
        return out;
    }
    Tm7Reader reader(tree, relative, out);
    reader.read();
    return out;
}

} // namespace tw::interop::tm7
