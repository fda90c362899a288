// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/threatcomposer.h"

#include "interop/mapping.h"
#include "model/enums.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace tw::interop::threatcomposer {
namespace {

using namespace detail;

const QString ApplicationId = QStringLiteral("tc:application");
const QString AssetPrefix = QStringLiteral("tc:asset:");

QString slug(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            out.append(c);
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out.append(QLatin1Char('-'));
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

struct Mitigation
{
    QString content;
    QString status;
    int numericId = 0;
    SourceRef where;
    bool linked = false;
};

class ComposerReader
{
public:
    ComposerReader(const doc::Document &document, const QString &file, ModelFragment &out) : m_r(document, file, Format::ThreatComposer, &out), m_out(out) {}

    void read()
    {
        const doc::Document &d = m_r.doc();
        const doc::NodeId root = d.root();
        if (!d.isMapping(root)) {
            m_r.diagnose(DiagnosticLevel::Error, root, Tr::tr("not a Threat Composer export: the top level is not a map"));
            return;
        }
        const auto schema = m_r.number(root, "schema");
        if (!schema)
            m_r.diagnose(DiagnosticLevel::Error, root, Tr::tr("not a valid Threat Composer export: \"schema\" is missing; read as schema 1"));
        else if (*schema != 1)
            m_r.warn(d.find(root, "schema"), Tr::tr("Threat Composer schema %1 is not one Threatwright knows (1); read as 1").arg(*schema));

        Component app;
        app.id = ApplicationId;
        app.kind = ComponentKind::Service;
        const doc::NodeId info = m_r.mapping(root, "applicationInfo");
        app.name = info != doc::InvalidNode ? m_r.string(info, "name").trimmed() : QString();
        if (app.name.isEmpty())
            app.name = Tr::tr("Application");
        if (info != doc::InvalidNode) {
            const QString description = m_r.string(info, "description").trimmed();
            if (!description.isEmpty())
                app.attributes.insert(QStringLiteral("description"), description);
        }
        for (const auto &[key, attribute] : {std::pair{"architecture", "tc:architecture"}, std::pair{"dataflow", "tc:dataflow"}}) {
            const doc::NodeId section = m_r.mapping(root, key);
            if (section == doc::InvalidNode)
                continue;
            const QString description = m_r.string(section, "description").trimmed();
            if (!description.isEmpty())
                app.attributes.insert(QLatin1StringView(attribute), description);
            const QString image = m_r.string(section, "image");
            if (!image.isEmpty())
                m_r.info(d.find(section, "image"), Tr::tr("the %1 diagram (an image of %2 KB) is not imported").arg(QLatin1StringView(key)).arg(image.size() / 1024));
        }
        app.sources = {m_r.ref(info != doc::InvalidNode ? info : root)};
        m_out.components.append(app);

        readMitigations(m_r.sequence(root, "mitigations"));
        readMitigationLinks(m_r.sequence(root, "mitigationLinks"));
        readAssumptions(m_r.sequence(root, "assumptions"), m_r.sequence(root, "assumptionLinks"));
        readThreats(m_r.sequence(root, "threats"));

        int dangling = 0;
        for (auto it = m_mitigationsOf.cbegin(); it != m_mitigationsOf.cend(); ++it) {
            if (!m_threatIds.contains(it.key()))
                dangling += int(it.value().size());
        }
        if (dangling > 0)
            m_r.info(m_r.doc().find(root, "mitigationLinks"),
                     Tr::tr("%n mitigation link(s) point at no threat of the file (deleted threats); not imported", nullptr, dangling));
        QJsonArray unlinked;
        for (const QString &id : std::as_const(m_mitigationOrder)) {
            const Mitigation &m = m_mitigations[id];
            if (!m.linked)
                unlinked.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("M-%1").arg(m.numericId)},
                                            {QStringLiteral("content"), m.content},
                                            {QStringLiteral("status"), m.status}});
        }
        if (!unlinked.isEmpty()) {
            m_out.components.first().attributes.insert(QStringLiteral("tc:unlinked-mitigations"), unlinked);
            m_r.info(root, Tr::tr("%n mitigation(s) are linked to no threat; kept as an attribute of the application", nullptr, int(unlinked.size())));
        }
    }

private:
    QList<doc::NodeId> items(doc::NodeId seq, const QString &what) const
    {
        QList<doc::NodeId> out;
        for (std::uint32_t i = 0; m_r.doc().isSequence(seq) && i < m_r.doc().size(seq); ++i) {
            const doc::NodeId item = m_r.doc().itemAt(seq, i);
            if (m_r.doc().isMapping(item))
                out.append(item);
            else
                m_r.warn(item, Tr::tr("%1 is not a map; ignored").arg(what));
        }
        return out;
    }

    /** metadata: [{key, value}] where value is text or a list. */
    QHash<QString, QStringList> metadata(doc::NodeId item) const
    {
        QHash<QString, QStringList> out;
        for (doc::NodeId entry : items(m_r.sequence(item, "metadata"), Tr::tr("a metadata entry"))) {
            const QString key = m_r.string(entry, "key");
            out[key].append(m_r.strings(entry, "value"));
        }
        return out;
    }

    void readMitigations(doc::NodeId seq)
    {
        for (doc::NodeId item : items(seq, Tr::tr("a mitigation"))) {
            const QString id = m_r.string(item, "id");
            if (id.isEmpty()) {
                m_r.warn(item, Tr::tr("a mitigation without an \"id\"; not imported"));
                continue;
            }
            Mitigation m;
            m.content = m_r.string(item, "content").trimmed();
            m.status = m_r.string(item, "status");
            m.numericId = int(m_r.number(item, "numericId").value_or(0));
            const QStringList comments = metadata(item).value(QStringLiteral("Comments"));
            if (!comments.isEmpty())
                m.content += QStringLiteral("\n") + comments.join(QStringLiteral("\n"));
            m.where = m_r.ref(item);
            if (m_mitigations.contains(id)) {
                m_r.warn(item, Tr::tr("mitigation id \"%1\" is used twice; the first one is kept").arg(id));
                continue;
            }
            m_mitigations.insert(id, m);
            m_mitigationOrder.append(id);
        }
    }

    void readMitigationLinks(doc::NodeId seq)
    {
        for (doc::NodeId link : items(seq, Tr::tr("a mitigation link"))) {
            const QString mitigation = m_r.string(link, "mitigationId");
            const QString threat = m_r.string(link, "linkedId");
            if (!m_mitigations.contains(mitigation)) {
                m_r.warn(link, Tr::tr("mitigation link names mitigation \"%1\", which does not exist").arg(mitigation));
                continue;
            }
            m_mitigationsOf[threat].append(mitigation);
        }
    }

    void readAssumptions(doc::NodeId seq, doc::NodeId links)
    {
        QHash<QString, QJsonArray> linkedTo;
        for (doc::NodeId link : items(links, Tr::tr("an assumption link"))) {
            const QString type = m_r.string(link, "type");
            linkedTo[m_r.string(link, "assumptionId")].append(
                QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("id"), m_r.string(link, "linkedId")}});
        }
        QJsonArray assumptions;
        for (doc::NodeId item : items(seq, Tr::tr("an assumption"))) {
            const QString id = m_r.string(item, "id");
            QJsonObject a{{QStringLiteral("id"), QStringLiteral("A-%1").arg(int(m_r.number(item, "numericId").value_or(0)))},
                          {QStringLiteral("content"), m_r.string(item, "content").trimmed()}};
            const QStringList comments = metadata(item).value(QStringLiteral("Comments"));
            if (!comments.isEmpty())
                a.insert(QStringLiteral("comments"), comments.join(QStringLiteral("\n")));
            if (linkedTo.contains(id))
                a.insert(QStringLiteral("linked"), linkedTo.value(id));
            assumptions.append(a);
            m_assumptionsOf[id] = a.value(QStringLiteral("id")).toString();
        }
        if (!assumptions.isEmpty())
            m_out.components.first().attributes.insert(QStringLiteral("tc:assumptions"), assumptions);
        for (auto it = linkedTo.cbegin(); it != linkedTo.cend(); ++it) {
            for (const QJsonValue &v : it.value()) {
                if (v.toObject().value(QStringLiteral("type")).toString() == QLatin1StringView("Threat"))
                    m_threatAssumptions[v.toObject().value(QStringLiteral("id")).toString()].append(m_assumptionsOf.value(it.key()));
            }
        }
    }

    QString assetId(const QString &name, doc::NodeId where)
    {
        const QString key = name.trimmed().toLower();
        if (const auto it = m_assets.constFind(key); it != m_assets.cend())
            return *it;
        DataAsset a;
        a.id = AssetPrefix + slug(name);
        if (a.id == AssetPrefix)
            a.id += QString::number(m_assets.size() + 1);
        // Two names that differ only in punctuation share a slug; the later one is numbered.
        for (int n = 2; m_assetIds.contains(a.id); ++n)
            a.id = AssetPrefix + slug(name) + QLatin1Char('-') + QString::number(n);
        m_assetIds.insert(a.id);
        a.name = name.trimmed();
        a.sources = {m_r.ref(where)};
        m_assets.insert(key, a.id);
        m_out.assets.append(a);
        return a.id;
    }

    void readThreats(doc::NodeId seq)
    {
        bool strideNoted = false;
        for (doc::NodeId item : items(seq, Tr::tr("a threat"))) {
            const QString id = m_r.string(item, "id");
            if (id.isEmpty()) {
                m_r.warn(item, Tr::tr("a threat without an \"id\"; not imported"));
                continue;
            }
            m_threatIds.insert(id);
            const int number = int(m_r.number(item, "numericId").value_or(0));
            const QHash<QString, QStringList> meta = metadata(item);
            Threat t;
            t.origin = importedOrigin(Format::ThreatComposer);
            t.ruleId = QStringLiteral("tc:threat");
            const QString source = m_r.string(item, "threatSource");
            const QString prerequisites = m_r.string(item, "prerequisites");
            const QString action = m_r.string(item, "threatAction");
            const QString impact = m_r.string(item, "threatImpact");
            const QStringList goals = m_r.strings(item, "impactedGoal");
            const QStringList assets = m_r.strings(item, "impactedAssets");
            t.title = m_r.string(item, "statement").simplified();
            if (t.title.isEmpty()) {
                // Threat Composer's grammar, when the statement was never rendered.
                t.title = QStringLiteral("A %1 %2 can %3, which leads to %4").arg(source, prerequisites, action, impact).simplified();
            }
            QStringList rationale;
            for (const auto &[label, value] : {std::pair{Tr::tr("Threat source"), source}, std::pair{Tr::tr("Prerequisites"), prerequisites},
                                               std::pair{Tr::tr("Threat action"), action}, std::pair{Tr::tr("Threat impact"), impact},
                                               std::pair{Tr::tr("Impacted goals"), goals.join(QStringLiteral(", "))},
                                               std::pair{Tr::tr("Impacted assets"), assets.join(QStringLiteral(", "))},
                                               std::pair{Tr::tr("Tags"), m_r.strings(item, "tags").join(QStringLiteral(", "))},
                                               std::pair{Tr::tr("Assumptions"), m_threatAssumptions.value(id).join(QStringLiteral(", "))},
                                               std::pair{Tr::tr("Comments"), meta.value(QStringLiteral("Comments")).join(QStringLiteral("\n"))}}) {
                if (!value.trimmed().isEmpty())
                    rationale.append(label + QStringLiteral(": ") + value.trimmed());
            }
            t.rationale = rationale.join(QLatin1Char('\n'));
            QStringList mitigations;
            for (const QString &mid : m_mitigationsOf.value(id)) {
                Mitigation &m = m_mitigations[mid];
                m.linked = true;
                mitigations.append(QStringLiteral("M-%1 %2 [%3]").arg(m.numericId).arg(m.content, m.status));
            }
            t.mitigation = mitigations.join(QStringLiteral("\n\n"));
            const QStringList stride = meta.value(QStringLiteral("STRIDE"));
            std::optional<Stride> first;
            for (const QString &letter : stride) {
                if ((first = strideFromText(letter)))
                    break;
            }
            if (first)
                t.stride = *first;
            else if (!strideNoted) {
                strideNoted = true;
                m_r.info(item, Tr::tr("threat T-%1 has no STRIDE tag; recorded as tampering").arg(number));
            }
            const QString priority = meta.value(QStringLiteral("Priority")).value(0);
            t.severity = severityFromText(priority).value_or(Severity::Medium);
            t.score = bandScore(t.severity);
            t.factors = {RiskFactor{QStringLiteral("threat-composer"), t.score,
                                    Tr::tr("priority \"%1\", STRIDE %2 in Threat Composer").arg(priority.isEmpty() ? Tr::tr("(none)") : priority,
                                                                                           stride.isEmpty() ? Tr::tr("(none)") : stride.join(QLatin1Char('/')))}};
            const QString status = m_r.string(item, "status");
            const auto parsed = statusFromText(status);
            if (!status.isEmpty() && !parsed)
                m_r.info(item, Tr::tr("threat status \"%1\" is not understood; recorded as suggested").arg(status));
            t.status = parsed.value_or(ThreatStatus::Suggested);
            t.justification = t.status == ThreatStatus::Suggested ? QString() : Tr::tr("Threat Composer status \"%1\"").arg(status);
            t.targets = {ApplicationId};
            for (const QString &asset : assets)
                t.targets.append(assetId(asset, item));
            t.fingerprint = importedFingerprint(Format::ThreatComposer, t.targets, id);
            t.sources = {m_r.ref(item)};
            m_out.threats.append(t);
        }
    }

    DocReader m_r;
    ModelFragment &m_out;
    QHash<QString, Mitigation> m_mitigations;
    QStringList m_mitigationOrder;
    QHash<QString, QStringList> m_mitigationsOf;
    QHash<QString, QString> m_assumptionsOf;
    QHash<QString, QStringList> m_threatAssumptions;
    QHash<QString, QString> m_assets;
    QSet<QString> m_assetIds;
    QSet<QString> m_threatIds;
};

} // namespace

Result<ModelFragment> importFile(const QString &path, const QString &rootDir)
{
    ModelFragment out;
    const QString relative = relativePath(path, rootDir);
    auto document = parseDocument(path, relative, doc::Format::Json, Format::ThreatComposer, out);
    if (!document)
        return out;
    ComposerReader reader(*document, relative, out);
    reader.read();
    return out;
}

} // namespace tw::interop::threatcomposer
