// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/htmlreport.h"

#include "model/enums.h"
#include "report/diagram.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tw::report {
namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::Report)
};

QString esc(const QString &text)
{
    return escapeXml(text);
}

const char kCss[] = R"css(
body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; color: #1d2733; margin: 2em auto; max-width: 1100px; line-height: 1.45; font-size: 14px; }
h1 { font-size: 1.8em; margin-bottom: 0.1em; } h2 { border-bottom: 2px solid #cfd8dc; padding-bottom: 0.2em; margin-top: 2em; }
h3 { margin-bottom: 0.3em; } .muted { color: #607d8b; } code { font-family: "DejaVu Sans Mono", monospace; font-size: 0.92em; background: #f3f5f7; padding: 0 0.2em; }
table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1.2em; font-size: 0.92em; }
th, td { border: 1px solid #dde3e8; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
th { background: #eef2f5; } tr:nth-child(even) td { background: #fafbfc; }
.sev { display: inline-block; padding: 0 0.5em; border-radius: 3px; color: #fff; font-weight: bold; font-size: 0.85em; }
.sev-critical { background: #8e0000; } .sev-high { background: #d32f2f; } .sev-medium { background: #ef8f00; } .sev-low { background: #2e7d32; } .sev-info { background: #607d8b; }
.threat { border: 1px solid #dde3e8; border-left: 5px solid #90a4ae; padding: 0.6em 0.9em; margin: 0.8em 0; page-break-inside: avoid; }
.threat.critical { border-left-color: #8e0000; } .threat.high { border-left-color: #d32f2f; } .threat.medium { border-left-color: #ef8f00; } .threat.low { border-left-color: #2e7d32; }
.ok { color: #2e7d32; font-weight: bold; } .bad { color: #c62828; font-weight: bold; }
.diagram { border: 1px solid #dde3e8; padding: 0.5em; overflow: auto; } .diagram svg { max-width: 100%; height: auto; }
nav ol { columns: 2; } @media print { body { margin: 0; max-width: none; font-size: 11px; } nav { page-break-after: always; } h2 { page-break-before: always; } .diagram { border: none; } }
)css";

QString sevBadge(Severity s)
{
    return QStringLiteral("<span class=\"sev sev-%1\">%2</span>").arg(enumName(s), esc(displayName(s)));
}

QString sourcesText(const QList<SourceRef> &sources)
{
    QStringList parts;
    for (const SourceRef &s : sources)
        parts.append(QStringLiteral("<code>%1</code>").arg(esc(s.toString())));
    return parts.join(QStringLiteral(", "));
}

} // namespace

Result<QByteArray> writeHtml(const ReportData &data)
{
    const SystemModel &m = data.model;
    const QList<Threat> threats = activeThreats(data);
    const QHash<QString, QString> names = displayNames(m);
    auto nameOf = [&names](const QString &id) { return names.value(id, id); };

    QString h;
    h.reserve(64 * 1024);
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
                        "<title>%1</title><style>%2</style></head><body>\n")
             .arg(esc(Tr::tr("Threat model: %1, version %2").arg(data.projectName).arg(data.version.id)), QString::fromUtf8(kCss));
    h += QStringLiteral("<h1>%1</h1>\n<p class=\"muted\">%2</p>\n")
             .arg(esc(Tr::tr("Threat model: %1").arg(data.projectName)),
                  esc(Tr::tr("Version %1 of %2 · generated %3 UTC by Threatwright %4")
                          .arg(data.version.id)
                          .arg(data.projectFile, audit::formatTime(data.generatedAt), QStringLiteral(TW_VERSION_STRING))));

    const QStringList sections = {Tr::tr("Scope and inputs"), Tr::tr("System diagram"), Tr::tr("Inventory"), Tr::tr("Threats"),
                                  Tr::tr("Attack paths"), Tr::tr("Triage decisions"), Tr::tr("Audit trail")};
    h += QStringLiteral("<nav><h2 style=\"page-break-before: avoid\">%1</h2><ol>").arg(esc(Tr::tr("Contents")));
    for (int i = 0; i < sections.size(); ++i)
        h += QStringLiteral("<li><a href=\"#s%1\">%2</a></li>").arg(i + 1).arg(esc(sections[i]));
    if (data.diff)
        h += QStringLiteral("<li><a href=\"#s8\">%1</a></li>").arg(esc(Tr::tr("Changes since version %1").arg(data.baselineVersion.value_or(0))));
    h += QStringLiteral("</ol></nav>\n");

    // 1. Scope
    h += QStringLiteral("<h2 id=\"s1\">1. %1</h2>\n<table>").arg(esc(sections[0]));
    h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(Tr::tr("Version")), QString::number(data.version.id));
    h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(Tr::tr("Created")), esc(audit::formatTime(data.version.createdAt) + QStringLiteral(" · ") + data.version.author));
    h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(Tr::tr("Message")), esc(data.version.message));
    h += QStringLiteral("<tr><th>%1</th><td><code>%2</code></td></tr>").arg(esc(Tr::tr("Git revision")), esc(data.version.gitRevision.isEmpty() ? Tr::tr("not recorded") : data.version.gitRevision));
    h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr></table>\n")
             .arg(esc(Tr::tr("Model")), esc(Tr::tr("%1 components, %2 trust boundaries, %3 entry points, %4 data flows, %5 data assets, %6 threats")
                                             .arg(m.components.size()).arg(m.boundaries.size()).arg(m.entryPoints.size())
                                             .arg(m.flows.size()).arg(m.assets.size()).arg(threats.size())));
    h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th></tr>").arg(esc(Tr::tr("Input")), esc(Tr::tr("Kind")), esc(Tr::tr("SHA-256")));
    for (const InputDigest &in : data.version.inputs)
        h += QStringLiteral("<tr><td><code>%1</code></td><td>%2</td><td><code>%3</code></td></tr>").arg(esc(in.path), esc(in.kind), esc(in.digest));
    h += QStringLiteral("</table>\n");

    // 2. Diagram
    h += QStringLiteral("<h2 id=\"s2\">2. %1</h2>\n").arg(esc(sections[1]));
    if (m.components.isEmpty()) {
        h += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(Tr::tr("The model has no components.")));
    } else {
        auto svg = svgDiagram(m);
        if (svg)
            h += QStringLiteral("<div class=\"diagram\">%1</div>\n").arg(QString::fromUtf8(*svg));
        else
            h += QStringLiteral("<p class=\"bad\">%1</p>").arg(esc(Tr::tr("The diagram could not be laid out: %1").arg(svg.errorString())));
    }

    // 3. Inventory
    h += QStringLiteral("<h2 id=\"s3\">3. %1</h2>\n<h3>%2</h3><table><tr><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>")
             .arg(esc(sections[2]), esc(Tr::tr("Components")), esc(Tr::tr("Name")), esc(Tr::tr("Kind")), esc(Tr::tr("Boundary")), esc(Tr::tr("Facts")), esc(Tr::tr("Evidence")));
    for (const Component &c : m.components) {
        QStringList facts;
        for (auto it = c.attributes.begin(); it != c.attributes.end(); ++it) {
            if (it.value().isBool() && it.value().toBool())
                facts.append(it.key());
        }
        h += QStringLiteral("<tr><td>%1<br><code>%2</code></td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                 .arg(esc(c.name), esc(c.id), esc(enumName(c.kind)), esc(nameOf(c.boundaryId)), esc(facts.join(QStringLiteral(", "))), sourcesText(c.sources.mid(0, 3)));
    }
    h += QStringLiteral("</table><h3>%1</h3><table><tr><th>%2</th><th>%3</th><th>%4</th></tr>").arg(esc(Tr::tr("Trust boundaries")), esc(Tr::tr("Name")), esc(Tr::tr("Kind")), esc(Tr::tr("Inside")));
    for (const TrustBoundary &b : m.boundaries)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>").arg(esc(b.name), esc(enumName(b.kind)), esc(nameOf(b.parentId)));
    h += QStringLiteral("</table><h3>%1</h3><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
             .arg(esc(Tr::tr("Entry points")), esc(Tr::tr("Operation")), esc(Tr::tr("Component")), esc(Tr::tr("Authentication")), esc(Tr::tr("Evidence")));
    for (const EntryPoint &e : m.entryPoints) {
        h += QStringLiteral("<tr><td><code>%1 %2</code>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                 .arg(esc(e.method), esc(e.path), e.deprecated ? esc(Tr::tr(" (deprecated)")) : QString(), esc(nameOf(e.componentId)),
                      esc(securityText(e)), sourcesText(e.sources.mid(0, 1)));
    }
    h += QStringLiteral("</table><h3>%1</h3><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
             .arg(esc(Tr::tr("Data flows")), esc(Tr::tr("From")), esc(Tr::tr("To")), esc(Tr::tr("Protocol")), esc(Tr::tr("Encrypted")), esc(Tr::tr("Authenticated")));
    for (const DataFlow &f : m.flows) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                 .arg(esc(nameOf(f.sourceId)), esc(nameOf(f.targetId)), esc(f.protocol + (f.port ? QStringLiteral(":%1").arg(f.port) : QString())),
                      esc(yesNoUnknown(f.encrypted)), esc(yesNoUnknown(f.authenticated)));
    }
    h += QStringLiteral("</table><h3>%1</h3><table><tr><th>%2</th><th>%3</th><th>%4</th></tr>").arg(esc(Tr::tr("Data assets")), esc(Tr::tr("Name")), esc(Tr::tr("Classification")), esc(Tr::tr("Tags")));
    for (const DataAsset &a : m.assets)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>").arg(esc(a.name), esc(enumName(a.classification)), esc(a.tags.join(QStringLiteral(", "))));
    h += QStringLiteral("</table>\n");

    // 4. Threats, by severity then status
    h += QStringLiteral("<h2 id=\"s4\">4. %1</h2>\n").arg(esc(sections[3]));
    QList<Threat> sorted = threats;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Threat &a, const Threat &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.status != b.status)
            return a.status < b.status;
        return a.score > b.score;
    });
    if (sorted.isEmpty())
        h += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(Tr::tr("No threats in this version.")));
    std::optional<Severity> currentSeverity;
    for (const Threat &t : sorted) {
        if (currentSeverity != t.severity) {
            currentSeverity = t.severity;
            const auto count = std::count_if(sorted.cbegin(), sorted.cend(), [&](const Threat &x) { return x.severity == t.severity; });
            h += QStringLiteral("<h3>%1 (%2)</h3>\n").arg(esc(displayName(t.severity))).arg(count);
        }
        QStringList targets;
        for (const QString &id : t.targets)
            targets.append(esc(nameOf(id)));
        QStringList refs;
        for (const Reference &r : t.references)
            refs.append(esc(r.id));
        QStringList factors;
        for (const RiskFactor &f : t.factors)
            factors.append(QStringLiteral("%1 = %2 (%3)").arg(esc(f.name), QString::number(f.value, 'g', 3), esc(f.explanation)));
        h += QStringLiteral("<div class=\"threat %1\"><b>%2</b> %3 <span class=\"muted\">· %4 · %5 · P%6 · %7 · <code>%8</code></span>")
                 .arg(enumName(t.severity), esc(t.title), sevBadge(t.severity), esc(displayName(t.status)), esc(displayName(t.stride)))
                 .arg(t.effectivePriority())
                 .arg(esc(Tr::tr("score %1").arg(t.score, 0, 'f', 1)), esc(t.fingerprint.left(12)));
        h += QStringLiteral("<br>%1: %2").arg(esc(Tr::tr("Targets")), targets.join(QStringLiteral(", ")));
        if (!t.rationale.isEmpty())
            h += QStringLiteral("<p>%1</p>").arg(esc(t.rationale));
        if (!t.mitigation.isEmpty())
            h += QStringLiteral("<p><b>%1:</b> %2</p>").arg(esc(Tr::tr("Mitigation")), esc(t.mitigation));
        if (!factors.isEmpty())
            h += QStringLiteral("<p><b>%1:</b> %2</p>").arg(esc(Tr::tr("Risk factors")), factors.join(QStringLiteral("; ")));
        if (!refs.isEmpty())
            h += QStringLiteral("<p><b>%1:</b> %2</p>").arg(esc(Tr::tr("References")), refs.join(QStringLiteral(", ")));
        if (!t.sources.isEmpty())
            h += QStringLiteral("<p><b>%1:</b> %2</p>").arg(esc(Tr::tr("Evidence")), sourcesText(t.sources.mid(0, 5)));
        if (!t.justification.isEmpty())
            h += QStringLiteral("<p><b>%1:</b> %2</p>").arg(esc(Tr::tr("Decision")), esc(t.justification));
        h += QStringLiteral("</div>\n");
    }

    // 5. Attack paths
    h += QStringLiteral("<h2 id=\"s5\">5. %1</h2>\n").arg(esc(sections[4]));
    int paths = 0;
    for (const Threat &t : sorted) {
        if (t.attackPath.isEmpty())
            continue;
        ++paths;
        QStringList hops;
        for (const QString &id : t.attackPath)
            hops.append(esc(nameOf(id)));
        h += QStringLiteral("<p>%1 <b>%2</b><br>%3</p>").arg(sevBadge(t.severity), esc(t.title), hops.join(QStringLiteral(" → ")));
    }
    if (paths == 0)
        h += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(Tr::tr("No attack paths in this version.")));

    // 6. Triage decisions: every human decision in the trail
    h += QStringLiteral("<h2 id=\"s6\">6. %1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
             .arg(esc(sections[5]), esc(Tr::tr("Time (UTC)")), esc(Tr::tr("Actor")), esc(Tr::tr("Decision")), esc(Tr::tr("Threat")), esc(Tr::tr("Reason")));
    QHash<QString, QString> titles;
    for (const Threat &t : m.threats)
        titles.insert(QStringLiteral("threat:") + t.fingerprint, t.title);
    static const QStringList automatic = {QStringLiteral("threat.suggested"), QStringLiteral("threat.resolved-by-change")};
    for (const AuditEntry &e : data.audit) {
        if (!e.subject.startsWith(QLatin1StringView("threat:")) || automatic.contains(e.action))
            continue;
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                 .arg(esc(audit::formatTime(e.at)), esc(e.actor), esc(e.action), esc(titles.value(e.subject, e.subject)), esc(e.reason));
    }
    h += QStringLiteral("</table>\n");

    // 7. Audit trail
    h += QStringLiteral("<h2 id=\"s7\">7. %1</h2>\n<p class=\"%2\">%3</p>")
             .arg(esc(sections[6]), data.verification.ok ? QStringLiteral("ok") : QStringLiteral("bad"),
                  esc(data.verification.ok ? Tr::tr("Hash chain verified: all %1 entries are intact.").arg(data.verification.entries)
                                           : Tr::tr("Hash chain BROKEN at entry %1: %2").arg(data.verification.firstBadSeq).arg(data.verification.problem)));
    h += QStringLiteral("<table><tr><th>#</th><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
             .arg(esc(Tr::tr("Time (UTC)")), esc(Tr::tr("Actor")), esc(Tr::tr("Action")), esc(Tr::tr("Subject")), esc(Tr::tr("Reason")), esc(Tr::tr("Hash")));
    for (const AuditEntry &e : data.audit) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td><code>%5</code></td><td>%6</td><td><code>%7</code></td></tr>")
                 .arg(e.seq)
                 .arg(esc(audit::formatTime(e.at)), esc(e.actor), esc(e.action), esc(e.subject), esc(e.reason), esc(e.hash.left(16)));
    }
    h += QStringLiteral("</table>\n");

    // 8. Diff
    if (data.diff) {
        const diff::ModelDiff &d = *data.diff;
        h += QStringLiteral("<h2 id=\"s8\">8. %1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                 .arg(esc(Tr::tr("Changes since version %1").arg(data.baselineVersion.value_or(0))), esc(Tr::tr("Change")), esc(Tr::tr("Kind")), esc(Tr::tr("Element")), esc(Tr::tr("Fields")));
        for (const diff::ElementChange &c : d.elements) {
            QStringList fields;
            for (const diff::FieldChange &f : c.fields) {
                auto text = [](const QJsonValue &v) {
                    return v.isString() ? v.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
                };
                fields.append(QStringLiteral("%1: %2 → %3").arg(esc(f.field), esc(text(f.before)), esc(text(f.after))));
            }
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td><code>%3</code></td><td>%4</td></tr>")
                     .arg(esc(diff::changeName(c.change)), esc(c.elementKind), esc(c.id), fields.join(QStringLiteral("<br>")));
        }
        h += QStringLiteral("</table><table><tr><th>%1</th><th>%2</th><th>%3</th></tr>").arg(esc(Tr::tr("Threat change")), esc(Tr::tr("Severity")), esc(Tr::tr("Threat")));
        for (const diff::ThreatChange &t : d.threats)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>").arg(esc(diff::changeName(t.change)), sevBadge(t.severityAfter), esc(t.title));
        h += QStringLiteral("</table>\n");
    }
    h += QStringLiteral("</body></html>\n");
    return h.toUtf8();
}

} // namespace tw::report
