// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/machineformats.h"

#include "model/enums.h"
#include "model/jsonwriter.h"
#include "model/modeljson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

namespace tw::report {
namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::Report)
};

QJsonObject auditJson(const AuditEntry &e)
{
    return QJsonObject{{QStringLiteral("seq"), e.seq},
                       {QStringLiteral("at"), audit::formatTime(e.at)},
                       {QStringLiteral("actor"), e.actor},
                       {QStringLiteral("action"), e.action},
                       {QStringLiteral("subject"), e.subject},
                       {QStringLiteral("before"), e.before},
                       {QStringLiteral("after"), e.after},
                       {QStringLiteral("reason"), e.reason},
                       {QStringLiteral("hash"), e.hash}};
}

QString sarifLevel(Severity s)
{
    switch (s) {
    case Severity::Critical:
    case Severity::High: return QStringLiteral("error");
    case Severity::Medium: return QStringLiteral("warning");
    case Severity::Low:
    case Severity::Info: break;
    }
    return QStringLiteral("note");
}

QString referenceUrl(const Reference &r)
{
    if (!r.url.isEmpty())
        return r.url;
    if (r.kind == QLatin1StringView("CWE") || r.id.startsWith(QLatin1StringView("CWE-")))
        return QStringLiteral("https://cwe.mitre.org/data/definitions/%1.html").arg(r.id.section(QLatin1Char('-'), 1));
    if (r.kind == QLatin1StringView("CAPEC") || r.id.startsWith(QLatin1StringView("CAPEC-")))
        return QStringLiteral("https://capec.mitre.org/data/definitions/%1.html").arg(r.id.section(QLatin1Char('-'), 1));
    return {};
}

/** Markdown text from inputs: no markup, no HTML, no line breaks. */
QString mdText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            out += QLatin1Char(' ');
        else if (QStringLiteral("\\`*_{}[]()<>#+-!|~&").contains(c))
            out += QLatin1Char('\\') + c;
        else
            out += c;
    }
    return out;
}

} // namespace

QByteArray writeJson(const ReportData &data)
{
    QJsonArray inputs;
    for (const InputDigest &in : data.version.inputs) {
        inputs.append(QJsonObject{{QStringLiteral("path"), in.path},
                                  {QStringLiteral("kind"), in.kind},
                                  {QStringLiteral("digest"), in.digest}});
    }
    QJsonArray audit;
    for (const AuditEntry &e : data.audit)
        audit.append(auditJson(e));
    QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("threatwright-report")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("generatedAt"), audit::formatTime(data.generatedAt)},
        {QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Threatwright")},
                                             {QStringLiteral("version"), QStringLiteral(TW_VERSION_STRING)}}},
        {QStringLiteral("project"), QJsonObject{{QStringLiteral("name"), data.projectName}, {QStringLiteral("file"), data.projectFile}}},
        {QStringLiteral("version"), QJsonObject{{QStringLiteral("id"), data.version.id},
                                                {QStringLiteral("createdAt"), audit::formatTime(data.version.createdAt)},
                                                {QStringLiteral("author"), data.version.author},
                                                {QStringLiteral("message"), data.version.message},
                                                {QStringLiteral("gitRevision"), data.version.gitRevision},
                                                {QStringLiteral("inputs"), inputs}}},
        {QStringLiteral("model"), toJson(data.model)},
        {QStringLiteral("audit"), QJsonObject{{QStringLiteral("verified"), data.verification.ok},
                                              {QStringLiteral("entries"), data.verification.entries},
                                              {QStringLiteral("firstBadEntry"), data.verification.ok ? QJsonValue() : QJsonValue(data.verification.firstBadSeq)},
                                              {QStringLiteral("problem"), data.verification.problem},
                                              {QStringLiteral("trail"), audit}}},
    };
    if (data.diff)
        root.insert(QStringLiteral("diff"), diff::toJson(*data.diff, data.baselineVersion.value_or(0), data.version.id));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray writeSarif(const ReportData &data)
{
    QList<Threat> threats = activeThreats(data);
    // Threats gone since the baseline are reported as absent, so a PR can see what it fixed.
    if (data.baselineVersion) {
        for (const Threat &old : data.baselineThreats) {
            const bool present = std::any_of(threats.cbegin(), threats.cend(),
                                             [&](const Threat &t) { return t.fingerprint == old.fingerprint; });
            if (!present) {
                Threat gone = old;
                gone.status = ThreatStatus::ResolvedByChange;
                threats.append(gone);
            }
        }
    }
    QMap<QString, const Threat *> ruleExamples;
    QHash<QString, double> ruleMaxScore;
    for (const Threat &t : threats) {
        if (!ruleExamples.contains(t.ruleId))
            ruleExamples.insert(t.ruleId, &t);
        ruleMaxScore[t.ruleId] = std::max(ruleMaxScore.value(t.ruleId), t.score);
    }
    QJsonArray rules;
    QHash<QString, int> ruleIndex;
    for (auto it = ruleExamples.cbegin(); it != ruleExamples.cend(); ++it) {
        const Threat &t = **it;
        ruleIndex.insert(it.key(), int(rules.size()));
        QJsonArray tags{QStringLiteral("security"), enumName(t.stride)};
        QString helpMarkdown = t.rationale + QStringLiteral("\n\n**Mitigation:** ") + t.mitigation;
        QString helpUri;
        if (!t.references.isEmpty())
            helpMarkdown += QStringLiteral("\n\n**References:**");
        for (const Reference &r : t.references) {
            tags.append(r.id);
            const QString url = referenceUrl(r);
            if (helpUri.isEmpty())
                helpUri = url;
            helpMarkdown += url.isEmpty() ? QStringLiteral(" %1").arg(r.id) : QStringLiteral(" [%1](%2)").arg(r.id, url);
        }
        QJsonObject rule{{QStringLiteral("id"), it.key()},
                         {QStringLiteral("name"), QString(it.key()).remove(QLatin1Char('-'))},
                         {QStringLiteral("shortDescription"), QJsonObject{{QStringLiteral("text"), t.title}}},
                         {QStringLiteral("fullDescription"), QJsonObject{{QStringLiteral("text"), t.rationale.isEmpty() ? t.title : t.rationale}}},
                         {QStringLiteral("help"), QJsonObject{{QStringLiteral("text"), t.rationale + QStringLiteral("\n\nMitigation: ") + t.mitigation},
                                                              {QStringLiteral("markdown"), helpMarkdown}}},
                         {QStringLiteral("defaultConfiguration"), QJsonObject{{QStringLiteral("level"), sarifLevel(t.severity)}}},
                         {QStringLiteral("properties"), QJsonObject{{QStringLiteral("tags"), tags},
                                                                    {QStringLiteral("security-severity"),
                                                                     QString::number(ruleMaxScore.value(it.key()), 'f', 1)}}}};
        if (!helpUri.isEmpty())
            rule.insert(QStringLiteral("helpUri"), helpUri);
        rules.append(rule);
    }
    QJsonArray results;
    for (const Threat &t : threats) {
        QJsonArray locations;
        for (const SourceRef &ref : t.sources) {
            if (ref.file.isEmpty())
                continue;
            QJsonObject physical{{QStringLiteral("artifactLocation"), QJsonObject{{QStringLiteral("uri"), ref.file}}}};
            if (ref.line > 0) {
                QJsonObject region{{QStringLiteral("startLine"), ref.line}};
                if (ref.column > 0)
                    region.insert(QStringLiteral("startColumn"), ref.column);
                physical.insert(QStringLiteral("region"), region);
            }
            locations.append(QJsonObject{{QStringLiteral("physicalLocation"), physical}});
            if (locations.size() == 5)
                break;
        }
        QJsonObject result{{QStringLiteral("ruleId"), t.ruleId},
                           {QStringLiteral("ruleIndex"), ruleIndex.value(t.ruleId)},
                           {QStringLiteral("level"), sarifLevel(t.severity)},
                           {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), t.title}}},
                           {QStringLiteral("partialFingerprints"), QJsonObject{{QStringLiteral("threatwright/v1"), t.fingerprint}}},
                           {QStringLiteral("baselineState"), baselineState(data, t)},
                           {QStringLiteral("properties"), QJsonObject{{QStringLiteral("status"), enumName(t.status)},
                                                                      {QStringLiteral("severity"), enumName(t.severity)},
                                                                      {QStringLiteral("score"), t.score},
                                                                      {QStringLiteral("stride"), enumName(t.stride)},
                                                                      {QStringLiteral("origin"), t.origin},
                                                                      {QStringLiteral("targets"), QJsonArray::fromStringList(t.targets)}}}};
        if (!locations.isEmpty())
            result.insert(QStringLiteral("locations"), locations);
        if (t.status == ThreatStatus::Dismissed || t.status == ThreatStatus::Accepted) {
            // A person decided: SARIF's suppression, so code-scanning UIs hide it with the reason.
            result.insert(QStringLiteral("suppressions"),
                          QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("external")},
                                                 {QStringLiteral("status"), QStringLiteral("accepted")},
                                                 {QStringLiteral("justification"), t.justification}}});
        }
        results.append(result);
    }
    QJsonObject driver{{QStringLiteral("name"), QStringLiteral("Threatwright")},
                       {QStringLiteral("semanticVersion"), QStringLiteral(TW_VERSION_STRING)},
                       {QStringLiteral("version"), QStringLiteral(TW_VERSION_STRING)},
                       {QStringLiteral("rules"), rules}};
    QJsonObject run{{QStringLiteral("tool"), QJsonObject{{QStringLiteral("driver"), driver}}},
                    {QStringLiteral("automationDetails"),
                     QJsonObject{{QStringLiteral("id"), QStringLiteral("threatwright/%1/version-%2").arg(data.projectName).arg(data.version.id)}}},
                    {QStringLiteral("results"), results}};
    if (!data.version.gitRevision.isEmpty())
        run.insert(QStringLiteral("versionControlProvenance"),
                   QJsonArray{QJsonObject{{QStringLiteral("repositoryUri"), QStringLiteral("urn:threatwright:") + data.projectName},
                                          {QStringLiteral("revisionId"), data.version.gitRevision}}});
    const QJsonObject root{{QStringLiteral("$schema"), QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
                           {QStringLiteral("version"), QStringLiteral("2.1.0")},
                           {QStringLiteral("runs"), QJsonArray{run}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray writeMarkdown(const ReportData &data)
{
    QString md;
    const QList<Threat> threats = activeThreats(data);
    md += QStringLiteral("## Threatwright: %1, version %2\n\n").arg(mdText(data.projectName)).arg(data.version.id);
    if (!data.version.gitRevision.isEmpty())
        md += Tr::tr("Revision `%1`. ").arg(QString(data.version.gitRevision).remove(QLatin1Char('`')));
    md += Tr::tr("%1 components, %2 entry points, %3 flows, %4 data assets; %5 threats.\n\n")
              .arg(data.model.components.size())
              .arg(data.model.entryPoints.size())
              .arg(data.model.flows.size())
              .arg(data.model.assets.size())
              .arg(threats.size());
    if (data.diff) {
        const diff::ModelDiff &d = *data.diff;
        md += Tr::tr("### What changed in the architecture (since version %1)\n\n").arg(data.baselineVersion.value_or(0));
        md += Tr::tr("| | added | removed | changed |\n|---|---|---|---|\n");
        const std::pair<const char *, const char *> kinds[] = {{"component", QT_TRANSLATE_NOOP("tw::Report", "Components")},
                                                               {"boundary", QT_TRANSLATE_NOOP("tw::Report", "Trust boundaries")},
                                                               {"entry-point", QT_TRANSLATE_NOOP("tw::Report", "Entry points")},
                                                               {"flow", QT_TRANSLATE_NOOP("tw::Report", "Data flows")},
                                                               {"asset", QT_TRANSLATE_NOOP("tw::Report", "Data assets")}};
        for (const auto &[kind, label] : kinds) {
            const QString k = QString::fromLatin1(kind);
            md += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                      .arg(Tr::tr(label))
                      .arg(d.count(k, diff::Change::Added))
                      .arg(d.count(k, diff::Change::Removed))
                      .arg(d.count(k, diff::Change::Changed));
        }
        md += QLatin1Char('\n');
        int listed = 0;
        for (const diff::ElementChange &c : d.elements) {
            if (++listed > 25) {
                md += Tr::tr("- … and %1 more\n").arg(d.elements.size() - 25);
                break;
            }
            const QString sign = c.change == diff::Change::Added ? QStringLiteral("➕") : c.change == diff::Change::Removed ? QStringLiteral("➖") : QStringLiteral("✏️");
            QString fields;
            for (const diff::FieldChange &f : c.fields)
                fields += (fields.isEmpty() ? QStringLiteral(": ") : QStringLiteral(", ")) + mdText(f.field);
            md += QStringLiteral("- %1 %2 `%3`%4\n").arg(sign, c.elementKind, QString(c.id).remove(QLatin1Char('`')), fields);
        }
        md += QLatin1Char('\n');
    }
    QList<Threat> fresh;
    for (const Threat &t : threats) {
        if (baselineState(data, t) == QLatin1StringView("new"))
            fresh.append(t);
    }
    md += Tr::tr("### New threats (%1)\n\n").arg(fresh.size());
    if (fresh.isEmpty()) {
        md += Tr::tr("None.\n\n");
    } else {
        md += Tr::tr("| severity | threat | evidence | status |\n|---|---|---|---|\n");
        int listed = 0;
        for (const Threat &t : fresh) {
            if (++listed > 50) {
                md += Tr::tr("\n… and %1 more; see the full report.\n").arg(fresh.size() - 50);
                break;
            }
            const QString evidence = t.sources.isEmpty() ? QString() : QStringLiteral("`%1`").arg(QString(t.sources.first().toString()).remove(QLatin1Char('`')));
            md += QStringLiteral("| %1 | %2 | %3 | %4 |\n").arg(enumName(t.severity), mdText(t.title), evidence, enumName(t.status));
        }
        md += QLatin1Char('\n');
    }
    if (data.diff && !data.diff->carriedDecisions.isEmpty()) {
        md += Tr::tr("### Decisions carried over (%1)\n\n").arg(data.diff->carriedDecisions.size());
        int listed = 0;
        for (const diff::ThreatChange &t : data.diff->carriedDecisions) {
            if (++listed > 25)
                break;
            md += QStringLiteral("- %1: %2\n").arg(enumName(t.statusAfter), mdText(t.title));
        }
        md += QLatin1Char('\n');
    }
    md += data.verification.ok ? Tr::tr("Audit trail: %1 entries, hash chain verified.\n").arg(data.verification.entries)
                               : Tr::tr("**Audit trail broken at entry %1**: %2\n").arg(data.verification.firstBadSeq).arg(mdText(data.verification.problem));
    return md.toUtf8();
}

QByteArray writeCsv(const ReportData &data)
{
    auto field = [](QString text) {
        // Cells that start like a formula are defused for spreadsheet imports.
        if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
            text.prepend(QLatin1Char('\''));
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    };
    QString csv = QStringLiteral("fingerprint,title,severity,score,status,priority,stride,rule,origin,targets,evidence,rationale,"
                                 "mitigation,references,owner,justification,new\r\n");
    for (const Threat &t : activeThreats(data)) {
        QStringList refs;
        for (const Reference &r : t.references)
            refs.append(r.id);
        QStringList evidence;
        for (const SourceRef &s : t.sources)
            evidence.append(s.toString());
        const QStringList row = {t.fingerprint, t.title, enumName(t.severity), QString::number(t.score, 'f', 1), enumName(t.status),
                                 QStringLiteral("P%1").arg(t.effectivePriority()), enumName(t.stride), t.ruleId, t.origin,
                                 t.targets.join(QLatin1Char(' ')), evidence.join(QLatin1Char(' ')), t.rationale, t.mitigation,
                                 refs.join(QLatin1Char(' ')), t.owner, t.justification,
                                 t.isNew ? QStringLiteral("yes") : QStringLiteral("no")};
        QStringList cells;
        for (const QString &cell : row)
            cells.append(field(cell));
        csv += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

} // namespace tw::report
