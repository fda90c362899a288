// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/interop.h"

#include "interop/mapping.h"
#include "interop/otm.h"
#include "interop/threagile.h"
#include "interop/threatcomposer.h"
#include "interop/threatdragon.h"
#include "interop/tm7.h"
#include "store/project.h"

#include <QRegularExpression>

namespace tw::interop {

QString formatName(Format format)
{
    switch (format) {
    case Format::Otm: return QStringLiteral("otm");
    case Format::ThreatDragon: return QStringLiteral("threat-dragon");
    case Format::Threagile: return QStringLiteral("threagile");
    case Format::Tm7: return QStringLiteral("tm7");
    case Format::ThreatComposer: return QStringLiteral("threat-composer");
    }
    return QStringLiteral("otm");
}

std::optional<Format> formatFromName(const QString &name)
{
    for (Format f : {Format::Otm, Format::ThreatDragon, Format::Threagile, Format::Tm7, Format::ThreatComposer}) {
        if (formatName(f) == name)
            return f;
    }
    return std::nullopt;
}

std::optional<Format> detect(const QString &fileName, const QByteArray &head)
{
    const QString name = fileName.toLower();
    if (name.endsWith(QLatin1StringView(".tm7")))
        return Format::Tm7;
    if (name.endsWith(QLatin1StringView(".tc.json")))
        return Format::ThreatComposer;
    for (const char *suffix : {".otm", ".otm.json", ".otm.yaml", ".otm.yml"}) {
        if (name.endsWith(QLatin1StringView(suffix)))
            return Format::Otm;
    }
    const bool structured = name.endsWith(QLatin1StringView(".json")) || name.endsWith(QLatin1StringView(".yaml")) || name.endsWith(QLatin1StringView(".yml"));
    if (!structured)
        return std::nullopt;
    const QString text = QString::fromUtf8(head);
    // Schemas describe these keys without being models: "otmVersion": {"type": …}.
    static const QRegularExpression otm(QStringLiteral("(\"otmVersion\"\\s*:\\s*\")|((^|\\n)otmVersion\\s*:)"));
    static const QRegularExpression threagile(QStringLiteral("(^|\\n)threagile_version\\s*:"));
    static const QRegularExpression composer(QStringLiteral("\"schema\"\\s*:\\s*1\\s*[,}]"));
    static const QRegularExpression dragonSummary(QStringLiteral("\"summary\"\\s*:\\s*\\{"));
    static const QRegularExpression dragonDetail(QStringLiteral("\"details?\"\\s*:\\s*\\{"));
    if (otm.match(text).hasMatch())
        return Format::Otm;
    if (threagile.match(text).hasMatch())
        return Format::Threagile;
    // JSON Schemas of these formats name the same keys; a schema declares itself.
    const bool schemaFile = text.contains(QLatin1StringView("\"$schema\"")) || text.contains(QLatin1StringView("\"$id\""));
    if (!schemaFile && composer.match(text).hasMatch()
        && (text.contains(QLatin1StringView("\"applicationInfo\"")) || text.contains(QLatin1StringView("\"mitigationLinks\""))
            || text.contains(QLatin1StringView("\"threats\""))))
        return Format::ThreatComposer;
    static const QRegularExpression dragonDiagrams(QStringLiteral("\"(diagrams|contributors)\"\\s*:\\s*\\["));
    if (!schemaFile && dragonDetail.match(text).hasMatch() && (dragonSummary.match(text).hasMatch() || dragonDiagrams.match(text).hasMatch()))
        return Format::ThreatDragon;
    return std::nullopt;
}

Result<ModelFragment> importFile(const QString &path, const QString &rootDir, Format format)
{
    switch (format) {
    case Format::Otm: return otm::importFile(path, rootDir);
    case Format::ThreatDragon: return threatdragon::importFile(path, rootDir);
    case Format::Threagile: return threagile::importFile(path, rootDir);
    case Format::Tm7: return tm7::importFile(path, rootDir);
    case Format::ThreatComposer: return threatcomposer::importFile(path, rootDir);
    }
    return makeError(detail::Tr::tr("unknown format"));
}

Result<int> recordImportedDecisions(Project &project, const SystemModel &model, const QString &actor)
{
    int recorded = 0;
    for (const Threat &t : model.threats) {
        if (!t.origin.startsWith(QLatin1StringView("imported:")) || t.status == ThreatStatus::Suggested || t.status == ThreatStatus::ResolvedByChange)
            continue;
        auto existing = project.decision(t.fingerprint);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            continue; // a decision someone made, here or by an earlier import, stands
        TriageRequest request;
        request.fingerprint = t.fingerprint;
        switch (t.status) {
        case ThreatStatus::Validated: request.action = TriageAction::Validate; break;
        case ThreatStatus::Dismissed: request.action = TriageAction::Dismiss; break;
        case ThreatStatus::Accepted: request.action = TriageAction::Accept; break;
        case ThreatStatus::Mitigated: request.action = TriageAction::Mitigate; break;
        default: continue;
        }
        const QString file = t.sources.isEmpty() ? QString() : t.sources.first().file;
        const QString why = t.justification.isEmpty() ? detail::Tr::tr("status set in the imported model") : t.justification;
        request.reason = detail::Tr::tr("%1 (imported from %2)").arg(why, file.isEmpty() ? t.origin : file);
        request.actor = actor;
        request.owner = t.owner;
        auto result = project.triage(request);
        if (!result)
            return result.error();
        ++recorded;
    }
    return recorded;
}

} // namespace tw::interop
