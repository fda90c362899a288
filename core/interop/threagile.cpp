// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/threagile.h"

#include "interop/mapping.h"
#include "model/enums.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <memory>
#include <vector>

namespace tw::interop::threagile {
namespace {

using namespace detail;

const QString Prefix = QStringLiteral("threagile:");
const QString BoundaryPrefix = QStringLiteral("threagile:tb:");
const QString AssetPrefix = QStringLiteral("threagile:data:");

/** One entry of a keyed section (technical_assets, data_assets …) and the file it is in. */
struct Entry
{
    int file = 0;
    doc::NodeId key = doc::InvalidNode;
    doc::NodeId value = doc::InvalidNode;
};

/** Threagile's id of a communication link: source id, ">", the title in lower-case words. */
QString linkId(const QString &sourceId, const QString &title)
{
    static const QRegularExpression nonWord(QStringLiteral("[^A-Za-z0-9]+"));
    QString slug = title.toLower().replace(nonWord, QStringLiteral("-"));
    while (slug.startsWith(QLatin1Char('-')) || slug.startsWith(QLatin1Char(' ')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')) || slug.endsWith(QLatin1Char(' ')))
        slug.chop(1);
    return sourceId + QLatin1Char('>') + slug;
}

std::optional<bool> protocolEncrypted(const QString &protocol)
{
    static const QSet<QString> encrypted = {
        QStringLiteral("https"), QStringLiteral("wss"), QStringLiteral("reverse-proxy-web-protocol-encrypted"),
        QStringLiteral("jdbc-encrypted"), QStringLiteral("odbc-encrypted"), QStringLiteral("sql-access-protocol-encrypted"),
        QStringLiteral("nosql-access-protocol-encrypted"), QStringLiteral("binary-encrypted"), QStringLiteral("text-encrypted"),
        QStringLiteral("ssh"), QStringLiteral("ssh-tunnel"), QStringLiteral("smtp-encrypted"), QStringLiteral("pop3-encrypted"),
        QStringLiteral("imap-encrypted"), QStringLiteral("ftps"), QStringLiteral("sftp"), QStringLiteral("scp"), QStringLiteral("ldaps"),
        QStringLiteral("smb-encrypted"), QStringLiteral("iiop-encrypted"), QStringLiteral("jrmp-encrypted")};
    static const QSet<QString> plain = {
        QStringLiteral("http"), QStringLiteral("ws"), QStringLiteral("reverse-proxy-web-protocol"), QStringLiteral("mqtt"),
        QStringLiteral("jdbc"), QStringLiteral("odbc"), QStringLiteral("sql-access-protocol"), QStringLiteral("nosql-access-protocol"),
        QStringLiteral("binary"), QStringLiteral("text"), QStringLiteral("smtp"), QStringLiteral("pop3"), QStringLiteral("imap"),
        QStringLiteral("ftp"), QStringLiteral("ldap"), QStringLiteral("jms"), QStringLiteral("nfs"), QStringLiteral("smb"),
        QStringLiteral("nrpe"), QStringLiteral("xmpp"), QStringLiteral("iiop"), QStringLiteral("jrmp")};
    if (encrypted.contains(protocol))
        return true;
    if (plain.contains(protocol))
        return false;
    return std::nullopt; // local calls, container spawning, unknown
}

Classification classification(const QString &level)
{
    if (level == QLatin1StringView("public"))
        return Classification::Public;
    if (level == QLatin1StringView("restricted") || level == QLatin1StringView("confidential"))
        return Classification::Confidential;
    if (level == QLatin1StringView("strictly-confidential"))
        return Classification::Restricted;
    return Classification::Internal;
}

Rating confidentialityRating(const QString &level)
{
    if (level == QLatin1StringView("confidential") || level == QLatin1StringView("strictly-confidential"))
        return Rating::High;
    if (level == QLatin1StringView("restricted"))
        return Rating::Medium;
    return Rating::Low;
}

Rating criticalityRating(const QString &level)
{
    if (level == QLatin1StringView("critical") || level == QLatin1StringView("mission-critical"))
        return Rating::High;
    if (level == QLatin1StringView("important"))
        return Rating::Medium;
    return Rating::Low;
}

std::optional<BoundaryKind> boundaryKind(const QString &type)
{
    static const QHash<QString, BoundaryKind> kinds = {
        {QStringLiteral("network-on-prem"), BoundaryKind::Network},
        {QStringLiteral("network-dedicated-hoster"), BoundaryKind::Network},
        {QStringLiteral("network-virtual-lan"), BoundaryKind::Network},
        {QStringLiteral("network-cloud-provider"), BoundaryKind::CloudAccount},
        {QStringLiteral("network-cloud-security-group"), BoundaryKind::SecurityGroup},
        {QStringLiteral("network-policy-namespace-isolation"), BoundaryKind::Namespace},
        {QStringLiteral("execution-environment"), BoundaryKind::Generic},
    };
    const auto it = kinds.constFind(type);
    return it == kinds.cend() ? std::nullopt : std::optional<BoundaryKind>(*it);
}

QString stripTags(QString text)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    return text.remove(tag).simplified();
}

/** Whether a risk-tracking id (with `*` parts) covers a risk's synthetic id. */
bool trackingMatches(const QString &pattern, const QString &riskId)
{
    if (pattern == riskId)
        return true;
    const QStringList p = pattern.split(QLatin1Char('@'));
    const QStringList r = riskId.split(QLatin1Char('@'));
    if (p.size() != r.size())
        return false;
    for (qsizetype i = 0; i < p.size(); ++i) {
        if (p[i] != QLatin1StringView("*") && p[i] != r[i])
            return false;
    }
    return true;
}

class ThreagileReader
{
public:
    ThreagileReader(QString rootDir, ModelFragment &out) : m_root(std::move(rootDir)), m_out(out) {}

    void read(const QString &path)
    {
        if (!load(path, -1, doc::InvalidNode))
            return;
        const DocReader &main = *m_readers.front();
        if (m_readers.size() == 1 && main.doc().isMapping(main.doc().root()) && main.string(main.doc().root(), "threagile_version").isEmpty())
            main.warn(main.doc().root(), Tr::tr("\"threagile_version\" is missing; read as a Threagile 1.x model"));
        collect();
        readDataAssets();
        readTechnicalAssets();
        readTrustBoundaries();
        readSharedRuntimes();
        readRisks();
        applyTracking();
        noteUnread();
    }

private:
    /** Reads a file and, depth first, what it includes; false when the top file cannot be read. */
    bool load(const QString &path, int from, doc::NodeId where)
    {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (m_loaded.contains(canonical)) {
            if (from >= 0)
                m_readers[size_t(from)]->info(where, Tr::tr("%1 is already included; read once").arg(relativePath(path, m_root)));
            return true;
        }
        m_loaded.insert(canonical);
        const QString relative = relativePath(path, m_root);
        // An included file may hold only comments (Threagile's diagram_tweak.yaml does).
        auto document = parseDocument(path, relative, doc::Format::Yaml, Format::Threagile, m_out, from >= 0);
        if (!document)
            return from >= 0;
        m_documents.push_back(std::make_unique<doc::Document>(std::move(*document)));
        m_readers.push_back(std::make_unique<DocReader>(*m_documents.back(), relative, Format::Threagile, &m_out));
        const int index = int(m_readers.size()) - 1;
        const DocReader &r = *m_readers.back();
        const doc::NodeId root = r.doc().root();
        if (!r.doc().isMapping(root)) {
            r.diagnose(DiagnosticLevel::Error, root, Tr::tr("not a Threagile model: the top level is not a map"));
            return true;
        }
        const doc::NodeId includes = r.sequence(root, "includes");
        for (std::uint32_t i = 0; includes != doc::InvalidNode && i < r.doc().size(includes); ++i) {
            const doc::NodeId item = r.doc().itemAt(includes, i);
            const QString name = r.scalar(item);
            if (name.isEmpty())
                continue;
            const QString target = QDir::cleanPath(QFileInfo(path).absoluteDir().filePath(name));
            const QFileInfo info(target);
            const QString canonicalRoot = QFileInfo(m_root.isEmpty() ? QFileInfo(path).absolutePath() : m_root).canonicalFilePath();
            const QString canonicalTarget = info.canonicalFilePath();
            if (!info.isFile() || canonicalTarget.isEmpty()) {
                r.warn(item, Tr::tr("included file %1 does not exist").arg(name));
                continue;
            }
            if (!(canonicalTarget.startsWith(canonicalRoot + QLatin1Char('/')))) {
                r.warn(item, Tr::tr("included file %1 is outside the import root; not read").arg(name));
                continue;
            }
            load(target, index, item);
        }
        return true;
    }

    /** Gathers the keyed sections of every file; the first file to name a key wins. */
    void collect()
    {
        static const char *sections[] = {"data_assets", "technical_assets", "trust_boundaries", "shared_runtimes",
                                         "individual_risk_categories", "risk_tracking"};
        for (size_t f = 0; f < m_readers.size(); ++f) {
            const DocReader &r = *m_readers[f];
            const doc::NodeId root = r.doc().root();
            if (!r.doc().isMapping(root))
                continue;
            for (const char *section : sections) {
                const doc::NodeId map = r.mapping(root, section);
                QHash<QString, Entry> &into = m_sections[QLatin1StringView(section)];
                QStringList &order = m_order[QLatin1StringView(section)];
                for (std::uint32_t i = 0; map != doc::InvalidNode && i < r.doc().size(map); ++i) {
                    const QString key = r.scalar(r.doc().keyAt(map, i));
                    if (into.contains(key)) {
                        r.warn(r.doc().keyAt(map, i), Tr::tr("\"%1\" is defined twice in %2; the first definition is kept").arg(key, QLatin1StringView(section)));
                        continue;
                    }
                    into.insert(key, Entry{int(f), r.doc().keyAt(map, i), r.doc().valueAt(map, i)});
                    order.append(key);
                }
            }
            // Newer models list custom risk categories instead of keying them by title.
            const doc::NodeId custom = r.sequence(root, "custom_risk_categories");
            for (std::uint32_t i = 0; custom != doc::InvalidNode && i < r.doc().size(custom); ++i) {
                const doc::NodeId item = r.doc().itemAt(custom, i);
                if (r.doc().isMapping(item))
                    m_customCategories.append(Entry{int(f), item, item});
            }
        }
    }

    const DocReader &reader(const Entry &e) const { return *m_readers[size_t(e.file)]; }

    QList<std::pair<QString, Entry>> entries(const char *section) const
    {
        QList<std::pair<QString, Entry>> out;
        const QHash<QString, Entry> all = m_sections.value(QLatin1StringView(section));
        for (const QString &key : m_order.value(QLatin1StringView(section)))
            out.append({key, all.value(key)});
        return out;
    }

    QString idOf(const QString &key, const Entry &e, const QString &what) const
    {
        const DocReader &r = reader(e);
        if (!r.doc().isMapping(e.value)) {
            r.warn(e.key, Tr::tr("%1 \"%2\" is not a map; not imported").arg(what, key));
            return {};
        }
        const QString id = r.string(e.value, "id");
        if (id.isEmpty())
            r.warn(e.key, Tr::tr("%1 \"%2\" has no \"id\"; not imported").arg(what, key));
        return id;
    }

    QJsonArray assetRefs(const DocReader &r, doc::NodeId map, std::string_view key)
    {
        QJsonArray out;
        for (const QString &id : r.strings(map, key)) {
            if (!m_assets.contains(id))
                r.warn(r.find(map, key), Tr::tr("data asset \"%1\" does not exist").arg(id));
            out.append(AssetPrefix + id);
        }
        return out;
    }

    void readDataAssets()
    {
        for (const auto &[key, e] : entries("data_assets")) {
            const QString id = idOf(key, e, Tr::tr("Data asset"));
            if (id.isEmpty())
                continue;
            const DocReader &r = reader(e);
            DataAsset a;
            a.id = AssetPrefix + id;
            a.name = key;
            const QString confidentiality = r.string(e.value, "confidentiality");
            a.classification = classification(confidentiality);
            a.confidentiality = confidentialityRating(confidentiality);
            a.integrity = criticalityRating(r.string(e.value, "integrity"));
            a.availability = criticalityRating(r.string(e.value, "availability"));
            a.tags = r.strings(e.value, "tags");
            a.userOverride = true; // a person rated it in the model
            for (const char *field : {"description", "usage", "origin", "owner", "quantity", "confidentiality", "integrity", "availability",
                                      "justification_cia_rating"}) {
                const QString value = r.string(e.value, field);
                if (!value.isEmpty())
                    a.attributes.insert(QLatin1StringView(field) == QLatin1StringView("description") ? QStringLiteral("description")
                                                                                                      : QStringLiteral("threagile:") + QLatin1StringView(field),
                                        value.trimmed());
            }
            a.sources = {r.ref(e.key)};
            if (m_assets.contains(id)) {
                r.warn(e.key, Tr::tr("data asset id \"%1\" is used twice; the first one is kept").arg(id));
                continue;
            }
            m_assets.insert(id);
            m_out.assets.append(a);
        }
    }

    void readTechnicalAssets()
    {
        QHash<QString, QString> idByKey;
        const auto list = entries("technical_assets");
        for (const auto &[key, e] : list) {
            const QString id = idOf(key, e, Tr::tr("Technical asset"));
            if (id.isEmpty())
                continue;
            const DocReader &r = reader(e);
            if (m_components.contains(id)) {
                r.warn(e.key, Tr::tr("technical asset id \"%1\" is used twice; the first one is kept").arg(id));
                continue;
            }
            Component c;
            c.id = Prefix + id;
            c.name = key;
            const QString type = r.string(e.value, "type");
            QString technology = r.string(e.value, "technology");
            const QStringList technologies = r.strings(e.value, "technologies");
            if (technology.isEmpty() && !technologies.isEmpty())
                technology = technologies.first();
            c.technology = technology;
            const bool human = r.boolean(e.value, "used_as_client_by_human").value_or(false);
            ComponentKind base = ComponentKind::Generic;
            if (type == QLatin1StringView("external-entity"))
                base = human ? ComponentKind::Client : ComponentKind::ExternalEntity;
            else if (type == QLatin1StringView("process"))
                base = ComponentKind::Service;
            else if (type == QLatin1StringView("datastore"))
                base = ComponentKind::Datastore;
            else
                m_unknown.note(m_out, Tr::tr("Technical asset"), type.isEmpty() ? Tr::tr("(none)") : type, r.ref(e.key), enumName(base));
            c.kind = base;
            if (auto byTechnology = componentKindFromWords(technology)) {
                // The technology refines the type, except that an outside entity stays outside.
                if (!(base == ComponentKind::ExternalEntity && *byTechnology != ComponentKind::Client))
                    c.kind = *byTechnology;
            }
            if (!type.isEmpty())
                c.attributes.insert(QStringLiteral("threagile:type"), type);
            c.tags = r.strings(e.value, "tags");
            if (r.boolean(e.value, "internet").value_or(false))
                c.attributes.insert(QLatin1StringView(attr::InternetFacing), true);
            const QString encryption = r.string(e.value, "encryption");
            if (!encryption.isEmpty()) {
                c.attributes.insert(QStringLiteral("threagile:encryption"), encryption);
                if (c.kind == ComponentKind::Datastore)
                    c.attributes.insert(QLatin1StringView(attr::EncryptedAtRest), encryption != QLatin1StringView("none"));
            }
            if (r.boolean(e.value, "out_of_scope").value_or(false)) {
                c.attributes.insert(QStringLiteral("out-of-scope"), true);
                const QString why = r.string(e.value, "justification_out_of_scope");
                if (!why.isEmpty())
                    c.attributes.insert(QStringLiteral("reason-out-of-scope"), why.trimmed());
            }
            for (const char *field : {"usage", "size", "machine", "owner", "confidentiality", "integrity", "availability",
                                      "justification_cia_rating"}) {
                const QString value = r.string(e.value, field);
                if (!value.isEmpty())
                    c.attributes.insert(QStringLiteral("threagile:") + QLatin1StringView(field), value.trimmed());
            }
            for (const char *field : {"multi_tenant", "redundant", "custom_developed_parts", "used_as_client_by_human"}) {
                if (auto v = r.boolean(e.value, field))
                    c.attributes.insert(QStringLiteral("threagile:") + QLatin1StringView(field), *v);
            }
            const QString description = r.string(e.value, "description");
            if (!description.isEmpty())
                c.attributes.insert(QStringLiteral("description"), description.trimmed());
            const QStringList formats = r.strings(e.value, "data_formats_accepted");
            if (!formats.isEmpty())
                c.attributes.insert(QStringLiteral("threagile:data_formats_accepted"), QJsonArray::fromStringList(formats));
            const QJsonArray processed = assetRefs(r, e.value, "data_assets_processed");
            if (!processed.isEmpty())
                c.attributes.insert(QStringLiteral("assets-processed"), processed);
            const QJsonArray stored = assetRefs(r, e.value, "data_assets_stored");
            if (!stored.isEmpty())
                c.attributes.insert(QStringLiteral("assets-stored"), stored);
            c.sources = {r.ref(e.key)};
            m_components.insert(id, m_out.components.size());
            idByKey.insert(key, id);
            m_out.components.append(c);
        }
        // Links second: their targets may be defined later or in another included file.
        for (const auto &[key, e] : list) {
            const QString id = idByKey.value(key);
            if (id.isEmpty())
                continue;
            const DocReader &r = reader(e);
            const doc::NodeId links = r.mapping(e.value, "communication_links");
            for (std::uint32_t i = 0; links != doc::InvalidNode && i < r.doc().size(links); ++i) {
                const QString title = r.scalar(r.doc().keyAt(links, i));
                const doc::NodeId link = r.doc().valueAt(links, i);
                if (!r.doc().isMapping(link)) {
                    r.warn(r.doc().keyAt(links, i), Tr::tr("communication link \"%1\" is not a map; not imported").arg(title));
                    continue;
                }
                const QString target = r.string(link, "target");
                if (!m_components.contains(target)) {
                    r.warn(r.doc().keyAt(links, i), Tr::tr("communication link \"%1\" targets \"%2\", which is not a technical asset; not imported").arg(title, target));
                    continue;
                }
                DataFlow f;
                f.id = Prefix + linkId(id, title);
                f.sourceId = Prefix + id;
                f.targetId = Prefix + target;
                f.label = title;
                f.protocol = r.string(link, "protocol");
                f.encrypted = protocolEncrypted(f.protocol);
                if (f.protocol == QLatin1StringView("http") || f.protocol == QLatin1StringView("ws"))
                    f.attributes.insert(QLatin1StringView(attr::PlainHttp), true);
                const QString authentication = r.string(link, "authentication");
                if (!authentication.isEmpty()) {
                    f.authenticated = authentication != QLatin1StringView("none");
                    f.attributes.insert(QStringLiteral("threagile:authentication"), authentication);
                }
                const QJsonArray sent = assetRefs(r, link, "data_assets_sent");
                const QJsonArray received = assetRefs(r, link, "data_assets_received");
                for (const QJsonArray &list : {sent, received}) {
                    for (const QJsonValue &v : list) {
                        if (!f.assetIds.contains(v.toString()))
                            f.assetIds.append(v.toString());
                    }
                }
                if (!sent.isEmpty())
                    f.attributes.insert(QStringLiteral("assets-sent"), sent);
                if (!received.isEmpty())
                    f.attributes.insert(QStringLiteral("assets-received"), received);
                for (const char *field : {"authorization", "usage"}) {
                    const QString value = r.string(link, field);
                    if (!value.isEmpty())
                        f.attributes.insert(QStringLiteral("threagile:") + QLatin1StringView(field), value);
                }
                for (const char *field : {"vpn", "ip_filtered", "readonly"}) {
                    if (auto v = r.boolean(link, field))
                        f.attributes.insert(QStringLiteral("threagile:") + QLatin1StringView(field), *v);
                }
                const QString description = r.string(link, "description");
                if (!description.isEmpty())
                    f.attributes.insert(QStringLiteral("description"), description.trimmed());
                const QStringList tags = r.strings(link, "tags");
                if (!tags.isEmpty())
                    f.attributes.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
                f.sources = {r.ref(r.doc().keyAt(links, i))};
                if (m_flows.contains(f.id)) {
                    r.warn(r.doc().keyAt(links, i), Tr::tr("communication link \"%1\" of \"%2\" is defined twice; the first one is kept").arg(title, key));
                    continue;
                }
                m_flows.insert(f.id, linkId(id, title));
                m_out.flows.append(f);
            }
        }
    }

    void readTrustBoundaries()
    {
        QHash<QString, QStringList> inside;
        QHash<QString, QString> parentOf;
        QHash<QString, SourceRef> refs;
        for (const auto &[key, e] : entries("trust_boundaries")) {
            const QString id = idOf(key, e, Tr::tr("Trust boundary"));
            if (id.isEmpty())
                continue;
            const DocReader &r = reader(e);
            if (m_boundaries.contains(id)) {
                r.warn(e.key, Tr::tr("trust boundary id \"%1\" is used twice; the first one is kept").arg(id));
                continue;
            }
            TrustBoundary b;
            b.id = BoundaryPrefix + id;
            b.name = key;
            const QString type = r.string(e.value, "type");
            if (auto kind = boundaryKind(type)) {
                b.kind = *kind;
            } else {
                b.kind = boundaryKindFromWords(key).value_or(BoundaryKind::Generic);
                m_unknown.note(m_out, Tr::tr("Trust boundary"), type.isEmpty() ? Tr::tr("(none)") : type, r.ref(e.key), enumName(b.kind));
            }
            if (!type.isEmpty())
                b.attributes.insert(QStringLiteral("threagile:type"), type);
            const QString description = r.string(e.value, "description");
            if (!description.isEmpty())
                b.attributes.insert(QStringLiteral("description"), description.trimmed());
            const QStringList tags = r.strings(e.value, "tags");
            if (!tags.isEmpty())
                b.attributes.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
            b.sources = {r.ref(e.key)};
            refs.insert(id, b.sources.first());
            m_boundaries.insert(id, m_out.boundaries.size());
            m_out.boundaries.append(b);
            inside.insert(id, r.strings(e.value, "technical_assets_inside"));
            for (const QString &nested : r.strings(e.value, "trust_boundaries_nested")) {
                if (parentOf.contains(nested) && parentOf.value(nested) != id)
                    r.warn(e.key, Tr::tr("trust boundary \"%1\" is nested in both \"%2\" and \"%3\"; the first is kept").arg(nested, parentOf.value(nested), id));
                else if (nested != id)
                    parentOf.insert(nested, id);
            }
        }
        for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
            if (!m_boundaries.contains(it.key())) {
                m_out.diagnostics.append(Diagnostic{DiagnosticLevel::Warning, Tr::tr("nested trust boundary \"%1\" does not exist").arg(it.key()), refs.value(it.value())});
                continue;
            }
            m_out.boundaries[m_boundaries.value(it.key())].parentId = BoundaryPrefix + it.value();
        }
        // Nesting that loops back is broken where it closes.
        auto depth = [&](const QString &id) {
            int d = 0;
            QSet<QString> seen;
            for (QString at = id; parentOf.contains(at) && !seen.contains(at); at = parentOf.value(at)) {
                seen.insert(at);
                ++d;
            }
            return d;
        };
        for (const QString &id : parentOf.keys()) {
            QSet<QString> seen{id};
            for (QString at = parentOf.value(id); !at.isEmpty(); at = parentOf.value(at)) {
                if (seen.contains(at)) {
                    m_out.diagnostics.append(Diagnostic{DiagnosticLevel::Warning, Tr::tr("trust boundary \"%1\" is nested in itself; placed at the top").arg(id), refs.value(id)});
                    m_out.boundaries[m_boundaries.value(id)].parentId.clear();
                    parentOf.remove(id);
                    break;
                }
                seen.insert(at);
            }
        }
        // An asset's boundary is the innermost one that lists it.
        for (auto it = inside.cbegin(); it != inside.cend(); ++it) {
            for (const QString &asset : it.value()) {
                const auto index = m_components.constFind(asset);
                if (index == m_components.cend()) {
                    m_out.diagnostics.append(Diagnostic{DiagnosticLevel::Warning,
                                                        Tr::tr("trust boundary \"%1\" lists \"%2\", which is not a technical asset").arg(it.key(), asset), refs.value(it.key())});
                    continue;
                }
                Component &c = m_out.components[*index];
                const QString current = c.boundaryId.mid(BoundaryPrefix.size());
                if (c.boundaryId.isEmpty() || depth(it.key()) > depth(current))
                    c.boundaryId = BoundaryPrefix + it.key();
            }
        }
    }

    void readSharedRuntimes()
    {
        for (const auto &[key, e] : entries("shared_runtimes")) {
            const QString id = idOf(key, e, Tr::tr("Shared runtime"));
            if (id.isEmpty())
                continue;
            const DocReader &r = reader(e);
            m_runtimes.insert(id);
            for (const QString &asset : r.strings(e.value, "technical_assets_running")) {
                const auto index = m_components.constFind(asset);
                if (index == m_components.cend()) {
                    r.warn(e.key, Tr::tr("shared runtime \"%1\" runs \"%2\", which is not a technical asset").arg(key, asset));
                    continue;
                }
                QJsonArray runtimes = m_out.components[*index].attributes.value(QStringLiteral("threagile:shared-runtimes")).toArray();
                runtimes.append(key);
                m_out.components[*index].attributes.insert(QStringLiteral("threagile:shared-runtimes"), runtimes);
            }
        }
    }

    void readRisks()
    {
        m_firstRisk = m_out.threats.size();
        QList<std::pair<QString, Entry>> categories = entries("individual_risk_categories");
        for (const Entry &e : std::as_const(m_customCategories))
            categories.append({reader(e).string(e.value, "title"), e});
        for (const auto &[title, e] : categories) {
            const DocReader &r = reader(e);
            if (!r.doc().isMapping(e.value))
                continue;
            const QString category = r.string(e.value, "id");
            if (category.isEmpty()) {
                r.warn(e.key, Tr::tr("risk category \"%1\" has no \"id\"; its risks are not imported").arg(title));
                continue;
            }
            const QString strideName = r.string(e.value, "stride");
            const auto stride = strideFromText(strideName);
            if (!stride)
                r.info(e.key, Tr::tr("risk category \"%1\" has STRIDE \"%2\", which is not understood; recorded as tampering").arg(title, strideName));
            QStringList rationale;
            for (const auto &[field, label] : {std::pair{"description", ""}, std::pair{"impact", "Impact: "}, std::pair{"risk_assessment", "Risk assessment: "},
                                               std::pair{"false_positives", "False positives: "}}) {
                const QString value = r.string(e.value, field).trimmed();
                if (!value.isEmpty())
                    rationale.append(QString::fromUtf8(label) + value);
            }
            QStringList mitigation;
            for (const auto &[field, label] : {std::pair{"action", ""}, std::pair{"mitigation", ""}, std::pair{"check", "Check: "}}) {
                const QString value = r.string(e.value, field).trimmed();
                if (!value.isEmpty())
                    mitigation.append(QString::fromUtf8(label) + value);
            }
            QList<Reference> references;
            const QString cwe = r.string(e.value, "cwe");
            if (!cwe.isEmpty() && cwe != QLatin1StringView("0"))
                references.append(Reference{QStringLiteral("CWE"), QStringLiteral("CWE-") + cwe, QStringLiteral("https://cwe.mitre.org/data/definitions/%1.html").arg(cwe)});
            const QString sheet = r.string(e.value, "cheat_sheet");
            if (sheet.startsWith(QLatin1StringView("http")))
                references.append(Reference{QStringLiteral("URL"), sheet, sheet});
            const QString asvs = r.string(e.value, "asvs");
            if (!asvs.isEmpty())
                references.append(Reference{QStringLiteral("ASVS"), asvs, QString()});

            const doc::NodeId risks = r.mapping(e.value, "risks_identified");
            for (std::uint32_t i = 0; risks != doc::InvalidNode && i < r.doc().size(risks); ++i) {
                const doc::NodeId key = r.doc().keyAt(risks, i);
                const doc::NodeId risk = r.doc().valueAt(risks, i);
                if (!r.doc().isMapping(risk)) {
                    r.warn(key, Tr::tr("risk \"%1\" is not a map; not imported").arg(r.scalar(key)));
                    continue;
                }
                const QString asset = r.string(risk, "most_relevant_technical_asset");
                const QString link = r.string(risk, "most_relevant_communication_link");
                const QString boundary = r.string(risk, "most_relevant_trust_boundary");
                const QString runtime = r.string(risk, "most_relevant_shared_runtime");
                const QString data = r.string(risk, "most_relevant_data_asset");
                // Threagile's synthetic risk id, which risk tracking refers to.
                QString riskId = category;
                for (const QString &part : {asset, link, boundary, runtime, data}) {
                    if (!part.isEmpty())
                        riskId += QLatin1Char('@') + part;
                }
                Threat t;
                t.origin = importedOrigin(Format::Threagile);
                t.ruleId = Prefix + category;
                t.title = stripTags(r.scalar(key));
                t.rationale = rationale.join(QStringLiteral("\n\n"));
                t.mitigation = mitigation.join(QStringLiteral("\n\n"));
                t.references = references;
                t.stride = stride.value_or(Stride::Tampering);
                auto target = [&](const QString &id, bool known, const QString &ours, const QString &what) {
                    if (id.isEmpty())
                        return;
                    if (!known) {
                        r.warn(key, Tr::tr("risk \"%1\" names %2 \"%3\", which does not exist").arg(t.title, what, id));
                        return;
                    }
                    t.targets.append(ours);
                };
                target(asset, m_components.contains(asset), Prefix + asset, Tr::tr("technical asset"));
                target(link, std::any_of(m_flows.cbegin(), m_flows.cend(), [&](const QString &l) { return l == link; }), Prefix + link, Tr::tr("communication link"));
                target(boundary, m_boundaries.contains(boundary), BoundaryPrefix + boundary, Tr::tr("trust boundary"));
                target(data, m_assets.contains(data), AssetPrefix + data, Tr::tr("data asset"));
                if (!runtime.isEmpty())
                    t.rationale += (t.rationale.isEmpty() ? QString() : QStringLiteral("\n\n")) + Tr::tr("Shared runtime: %1").arg(runtime);
                const QString severity = r.string(risk, "severity");
                t.severity = severityFromText(severity).value_or(Severity::Medium);
                t.score = bandScore(t.severity);
                static const QHash<QString, int> likelihoods = {{QStringLiteral("unlikely"), 2}, {QStringLiteral("likely"), 3},
                                                                {QStringLiteral("very-likely"), 4}, {QStringLiteral("frequent"), 5}};
                static const QHash<QString, int> impacts = {{QStringLiteral("low"), 2}, {QStringLiteral("medium"), 3},
                                                            {QStringLiteral("high"), 4}, {QStringLiteral("very-high"), 5}};
                const QString likelihood = r.string(risk, "exploitation_likelihood");
                const QString impact = r.string(risk, "exploitation_impact");
                t.likelihood = likelihoods.value(likelihood, 3);
                t.impact = impacts.value(impact, 3);
                t.factors = {RiskFactor{QStringLiteral("threagile"), t.score,
                                        Tr::tr("severity \"%1\", likelihood \"%2\", impact \"%3\", data breach \"%4\" in the Threagile model")
                                            .arg(severity, likelihood, impact, r.string(risk, "data_breach_probability"))}};
                t.fingerprint = importedFingerprint(Format::Threagile, t.targets, riskId);
                t.sources = {r.ref(key)};
                if (t.targets.isEmpty())
                    r.info(key, Tr::tr("risk \"%1\" names no element of the model; kept without a target").arg(t.title));
                m_riskIds.append(riskId);
                m_out.threats.append(t);
            }
        }
    }

    void applyTracking()
    {
        for (const auto &[pattern, e] : entries("risk_tracking")) {
            const DocReader &r = reader(e);
            if (!r.doc().isMapping(e.value))
                continue;
            const QString status = r.string(e.value, "status");
            const auto parsed = statusFromText(status);
            if (!parsed) {
                r.warn(e.key, Tr::tr("risk tracking status \"%1\" is not understood; ignored").arg(status));
                continue;
            }
            const QString justification = r.string(e.value, "justification").trimmed();
            const QString checkedBy = r.string(e.value, "checked_by");
            bool matched = false;
            for (qsizetype i = 0; i < m_riskIds.size(); ++i) {
                if (!trackingMatches(pattern, m_riskIds[i]))
                    continue;
                Threat &t = m_out.threats[m_firstRisk + i];
                if (m_tracked.contains(i))
                    continue; // the first matching tracking entry wins, as in the file's order
                m_tracked.insert(i);
                matched = true;
                t.status = *parsed;
                t.justification = justification.isEmpty() ? Tr::tr("Threagile risk tracking \"%1\"").arg(status) : justification;
                t.owner = checkedBy;
                t.sources.append(r.ref(e.key));
            }
            if (matched)
                continue;
            // Tracking of a risk Threagile's own rules would find: kept on the assets it names.
            QJsonObject record{{QStringLiteral("risk"), pattern}, {QStringLiteral("status"), status}};
            for (const char *field : {"justification", "ticket", "date", "checked_by"}) {
                const QString value = r.string(e.value, field).trimmed();
                if (!value.isEmpty())
                    record.insert(QLatin1StringView(field), value);
            }
            QStringList named;
            for (const QString &part : pattern.split(QLatin1Char('@')).mid(1)) {
                const auto index = m_components.constFind(part);
                if (index == m_components.cend())
                    continue;
                Component &c = m_out.components[*index];
                QJsonArray list = c.attributes.value(QStringLiteral("threagile:risk-tracking")).toArray();
                list.append(record);
                c.attributes.insert(QStringLiteral("threagile:risk-tracking"), list);
                named.append(c.name);
            }
            r.info(e.key, named.isEmpty() ? Tr::tr("risk tracking \"%1\" (%2) is for risks Threagile's built-in rules find, which Threatwright does not run; "
                                               "it names no asset, so it is reported here only").arg(pattern, status)
                                          : Tr::tr("risk tracking \"%1\" (%2) is for risks Threagile's built-in rules find; kept as an attribute of %3")
                                                .arg(pattern, status, named.join(QStringLiteral(", "))));
        }
    }

    void noteUnread()
    {
        static const char *notRead[] = {"abuse_cases", "security_requirements", "questions", "business_overview", "technical_overview"};
        for (const auto &reader : m_readers) {
            const doc::NodeId root = reader->doc().root();
            if (!reader->doc().isMapping(root))
                continue;
            QStringList present;
            for (const char *section : notRead) {
                if (reader->find(root, section) != doc::InvalidNode)
                    present.append(QLatin1StringView(section));
            }
            if (!present.isEmpty())
                reader->info(root, Tr::tr("not imported (no place in the model): %1").arg(present.join(QStringLiteral(", "))));
        }
    }

    QString m_root;
    ModelFragment &m_out;
    std::vector<std::unique_ptr<doc::Document>> m_documents;
    std::vector<std::unique_ptr<DocReader>> m_readers;
    QSet<QString> m_loaded;
    QHash<QString, QHash<QString, Entry>> m_sections;
    QHash<QString, QStringList> m_order;
    QList<Entry> m_customCategories;
    UnknownKinds m_unknown;
    QSet<QString> m_assets;
    QHash<QString, qsizetype> m_components;
    QHash<QString, QString> m_flows; ///< our id → Threagile link id
    QHash<QString, qsizetype> m_boundaries;
    QSet<QString> m_runtimes;
    QStringList m_riskIds;
    qsizetype m_firstRisk = 0;
    QSet<qsizetype> m_tracked;
};

} // namespace

Result<ModelFragment> importFile(const QString &path, const QString &rootDir)
{
    ModelFragment out;
    ThreagileReader reader(rootDir.isEmpty() ? QFileInfo(path).absolutePath() : rootDir, out);
    reader.read(path);
    return out;
}

} // namespace tw::interop::threagile
