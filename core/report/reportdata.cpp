// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportdata.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace tw::report {

Result<ReportData> collect(const Project &project, qint64 versionId, std::optional<qint64> against)
{
    ReportData data;
    data.projectName = project.name();
    data.projectFile = QFileInfo(project.path()).fileName();
    data.generatedAt = QDateTime::currentDateTimeUtc();
    if (versionId == 0) {
        auto latest = project.latestVersionId();
        if (!latest)
            return latest.error();
        versionId = *latest;
        if (versionId == 0)
            return makeError(QCoreApplication::translate("tw::Report", "The project has no versions yet: import something first"));
    }
    auto version = project.version(versionId);
    if (!version)
        return version.error();
    data.version = *version;
    auto model = project.loadModel(versionId);
    if (!model)
        return model.error();
    data.model = std::move(model).value();
    auto audit = project.auditTrail();
    if (!audit)
        return audit.error();
    data.audit = std::move(audit).value();
    auto verification = project.verifyAudit();
    if (!verification)
        return verification.error();
    data.verification = *verification;
    if (against) {
        SystemModel baseline;
        if (*against > 0) {
            auto other = project.loadModel(*against);
            if (!other)
                return other.error();
            if (auto v = project.version(*against); !v)
                return v.error();
            baseline = std::move(other).value();
        }
        data.baselineVersion = *against;
        for (const Threat &t : baseline.threats) {
            if (t.status != ThreatStatus::ResolvedByChange)
                data.baselineThreats.append(t);
        }
        data.diff = diff::diffModels(baseline, data.model);
    }
    return data;
}

QList<Threat> activeThreats(const ReportData &data)
{
    QList<Threat> list;
    for (const Threat &t : data.model.threats) {
        if (t.status != ThreatStatus::ResolvedByChange)
            list.append(t);
    }
    return list;
}

QString baselineState(const ReportData &data, const Threat &threat)
{
    if (threat.status == ThreatStatus::ResolvedByChange)
        return QStringLiteral("absent");
    if (!data.baselineVersion)
        return threat.isNew ? QStringLiteral("new") : QStringLiteral("unchanged");
    for (const Threat &old : data.baselineThreats) {
        if (old.fingerprint == threat.fingerprint) {
            const bool updated = old.severity != threat.severity || old.score != threat.score || old.title != threat.title;
            return updated ? QStringLiteral("updated") : QStringLiteral("unchanged");
        }
    }
    return QStringLiteral("new");
}

QHash<QString, QString> displayNames(const SystemModel &model)
{
    QHash<QString, QString> names;
    for (const Component &c : model.components)
        names.insert(c.id, c.name);
    for (const EntryPoint &e : model.entryPoints)
        names.insert(e.id, e.method.isEmpty() && e.path.isEmpty() ? e.name : e.method + QLatin1Char(' ') + e.path);
    for (const TrustBoundary &b : model.boundaries)
        names.insert(b.id, b.name);
    return names;
}

QString yesNoUnknown(const std::optional<bool> &value)
{
    if (!value)
        return QCoreApplication::translate("tw::Report", "unknown");
    return *value ? QCoreApplication::translate("tw::Report", "yes") : QCoreApplication::translate("tw::Report", "no");
}

QString securityText(const EntryPoint &e)
{
    if (!e.security)
        return QCoreApplication::translate("tw::Report", "not declared");
    if (e.security->isEmpty())
        return QCoreApplication::translate("tw::Report", "none");
    QStringList alternatives;
    for (const SecurityRequirement &set : *e.security)
        alternatives.append(set.join(QStringLiteral(" + ")));
    return alternatives.join(QCoreApplication::translate("tw::Report", " or "));
}

} // namespace tw::report
