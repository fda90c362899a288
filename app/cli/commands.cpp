// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "output.h"

#include "analysis/engine.h"
#include "diff/modeldiff.h"
#include "import/importer.h"
#include "import/repo/changes.h"
#include "import/repo/gitsource.h"
#include "import/terraform/hcl/hcl2json.h"
#include "import/terraform/hcl/parser.h"
#include "interop/interop.h"
#include "model/enums.h"
#include "model/jsonwriter.h"
#include "report/htmlreport.h"
#include "report/reportwriter.h"
#include "report/machineformats.h"
#include "report/pdfreport.h"
#include "model/modeljson.h"
#include "store/project.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QTimeZone>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <cstdio>

namespace tw::cli {
namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::Cli)
};

/**
 * A command's parser. QCommandLineParser::process() would exit with 1 on a bad option, but
 * our contract says 2 for usage errors, so parsing is done by hand here.
 */
class Parser
{
public:
    Parser(const char *description, const char *positionalSyntax)
    {
        m_parser.setApplicationDescription(Tr::tr(description));
        m_parser.addHelpOption();
        m_syntax = QString::fromLatin1(positionalSyntax);
    }

    void positional(const char *name, const char *description)
    {
        m_parser.addPositionalArgument(QString::fromLatin1(name), Tr::tr(description));
    }
    void flag(const char *name, const char *description)
    {
        m_parser.addOption(QCommandLineOption(QString::fromLatin1(name), Tr::tr(description)));
    }
    void option(const char *name, const char *description, const char *valueName)
    {
        m_parser.addOption(QCommandLineOption(QString::fromLatin1(name), Tr::tr(description), QString::fromLatin1(valueName)));
    }

    /** Parses; returns an exit code when the command should stop (help or error). */
    std::optional<int> parse(const QStringList &arguments, int minPositional, int maxPositional = -1)
    {
        if (!m_parser.parse(arguments))
            return fail(m_parser.errorText());
        if (m_parser.isSet(QStringLiteral("help"))) {
            out() << m_parser.helpText();
            out().flush();
            return Ok;
        }
        const qsizetype count = m_parser.positionalArguments().size();
        if (count < minPositional || (maxPositional >= 0 && count > maxPositional))
            return fail(Tr::tr("usage: threatwright-cli %1").arg(m_syntax));
        return std::nullopt;
    }

    bool isSet(const char *name) const { return m_parser.isSet(QString::fromLatin1(name)); }
    QString value(const char *name) const { return m_parser.value(QString::fromLatin1(name)); }
    QStringList values(const char *name) const { return m_parser.values(QString::fromLatin1(name)); }
    QStringList positionals() const { return m_parser.positionalArguments(); }

private:
    QCommandLineParser m_parser;
    QString m_syntax;
};

Result<std::unique_ptr<Project>> openProject(const QString &path, Project::OpenMode mode)
{
    return Project::open(path, mode);
}

QString actorOr(const Parser &p)
{
    const QString actor = p.value("actor");
    return actor.isEmpty() ? Project::defaultActor() : actor;
}

QJsonObject versionJson(const VersionInfo &v)
{
    QJsonArray inputs;
    for (const InputDigest &in : v.inputs) {
        inputs.append(QJsonObject{{QStringLiteral("path"), in.path},
                                  {QStringLiteral("kind"), in.kind},
                                  {QStringLiteral("digest"), in.digest}});
    }
    return QJsonObject{{QStringLiteral("id"), v.id},
                       {QStringLiteral("createdAt"), toIsoUtc(v.createdAt)},
                       {QStringLiteral("author"), v.author},
                       {QStringLiteral("message"), v.message},
                       {QStringLiteral("gitRevision"), v.gitRevision.isEmpty() ? QJsonValue() : QJsonValue(v.gitRevision)},
                       {QStringLiteral("inputs"), inputs},
                       {QStringLiteral("components"), v.componentCount},
                       {QStringLiteral("threats"), v.threatCount}};
}

// init ---------------------------------------------------------------------------------------

int runInit(const QStringList &arguments)
{
    Parser p(QT_TRANSLATE_NOOP("tw::Cli", "Creates a new, empty project file."), "init PROJECT.twdb [--name NAME]");
    p.positional("project", QT_TRANSLATE_NOOP("tw::Cli", "The project file to create (*.twdb)."));
    p.option("name", QT_TRANSLATE_NOOP("tw::Cli", "The project's name (default: the file name)."), "name");
    p.option("actor", QT_TRANSLATE_NOOP("tw::Cli", "Who creates it (default: the OS user)."), "name");
    if (auto stop = p.parse(arguments, 1, 1))
        return *stop;
    const QString path = p.positionals().at(0);
    const QString name = p.isSet("name") ? p.value("name") : QFileInfo(path).completeBaseName();
    auto project = Project::create(path, name, actorOr(p));
    if (!project)
        return fail(project.errorString());
    out() << Tr::tr("Created project \"%1\" in %2\n").arg(singleLine(name), path);
    return Ok;
}

// versions -----------------------------------------------------------------------------------

int runVersions(const QStringList &arguments)
{
    Parser p(QT_TRANSLATE_NOOP("tw::Cli", "Lists the project's model versions."), "versions PROJECT.twdb [--json]");
    p.positional("project", QT_TRANSLATE_NOOP("tw::Cli", "The project file."));
    p.flag("json", QT_TRANSLATE_NOOP("tw::Cli", "Print JSON."));
    if (auto stop = p.parse(arguments, 1, 1))
        return *stop;
    auto project = openProject(p.positionals().at(0), Project::OpenMode::ReadOnly);
    if (!project)
        return fail(project.errorString());
    auto versions = (*project)->versions();
    if (!versions)
        return fail(versions.errorString());
    if (p.isSet("json")) {
        QJsonArray array;
        for (const VersionInfo &v : *versions)
            array.append(versionJson(v));
        printJson(array);
        return Ok;
    }
    if (versions->isEmpty()) {
        out() << Tr::tr("No versions yet: import something with 'threatwright-cli import'.\n");
        return Ok;
    }
    QList<QStringList> rows;
    for (const VersionInfo &v : *versions) {
        rows.append({QString::number(v.id), v.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral("Z"),
                     singleLine(v.author, 20), singleLine(v.gitRevision.left(12)), QString::number(v.componentCount),
                     QString::number(v.threatCount), singleLine(v.message, 60)});
    }
    printTable({Tr::tr("VERSION"), Tr::tr("CREATED (UTC)"), Tr::tr("AUTHOR"), Tr::tr("REVISION"), Tr::tr("COMPONENTS"), Tr::tr("THREATS"), Tr::tr("MESSAGE")}, rows);
    return Ok;
}

// threats ------------------------------------------------------------------------------------

int runThreatsAdd(const QStringList &arguments)
{
    Parser p(QT_TRANSLATE_NOOP("tw::Cli", "Records a threat that no rule found in the newest version."),
             "threats PROJECT.twdb add --title TITLE --target ID --stride CATEGORY [--severity S]");
    p.positional("project", QT_TRANSLATE_NOOP("tw::Cli", "The project file."));
    p.positional("add", QT_TRANSLATE_NOOP("tw::Cli", "The word 'add'."));
    p.option("title", QT_TRANSLATE_NOOP("tw::Cli", "What can go wrong, in one line."), "text");
    p.option("target", QT_TRANSLATE_NOOP("tw::Cli", "An element id the threat is about; repeat for several."), "id");
    p.option("stride", QT_TRANSLATE_NOOP("tw::Cli", "spoofing, tampering, repudiation, information-disclosure, denial-of-service or elevation-of-privilege."), "category");
    p.option("severity", QT_TRANSLATE_NOOP("tw::Cli", "info, low, medium (default), high or critical."), "severity");
    p.option("rationale", QT_TRANSLATE_NOOP("tw::Cli", "Why it matters."), "text");
    p.option("mitigation", QT_TRANSLATE_NOOP("tw::Cli", "What would reduce it."), "text");
    p.option("actor", QT_TRANSLATE_NOOP("tw::Cli", "Who records it (default: the OS user)."), "name");
    p.flag("json", QT_TRANSLATE_NOOP("tw::Cli", "Print the recorded threat as JSON."));
    if (auto stop = p.parse(arguments, 2, 2))
        return *stop;
    ManualThreat manual;
    manual.title = p.value("title");
    manual.targets = p.values("target");
    const auto stride = enumFromName<Stride>(p.value("stride"));
    if (!stride)
        return fail(Tr::tr("--stride must be one of spoofing, tampering, repudiation, information-disclosure, "
                       "denial-of-service, elevation-of-privilege"));
    manual.stride = *stride;
    if (p.isSet("severity")) {
        const auto severity = enumFromName<Severity>(p.value("severity"));
        if (!severity)
            return fail(Tr::tr("--severity must be one of info, low, medium, high, critical"));
        manual.severity = *severity;
    }
    manual.rationale = p.value("rationale");
    manual.mitigation = p.value("mitigation");
    manual.actor = actorOr(p);
    if (manual.title.trimmed().isEmpty() || manual.targets.isEmpty())
        return fail(Tr::tr("a manual threat needs --title and at least one --target"));
    auto project = openProject(p.positionals().at(0), Project::OpenMode::ReadWrite);
    if (!project)
        return fail(project.errorString());
    auto threat = (*project)->addManualThreat(manual);
    if (!threat)
        return fail(threat.errorString());
    if (p.isSet("json"))
        printJson(toJson(*threat));
    else
        out() << Tr::tr("Recorded threat %1: %2\n").arg(threat->fingerprint, singleLine(threat->title));
    return Ok;
}

int runThreats(const QStringList &arguments)
{
    if (arguments.size() >= 3 && arguments.at(2) == QLatin1StringView("add"))
        return runThreatsAdd(arguments);
    Parser p(QT_TRANSLATE_NOOP("tw::Cli", "Lists the threats of a version, most severe first."),
             "threats PROJECT.twdb [--json] [--status S] [--min-severity S] [--version V]");
    p.positional("project", QT_TRANSLATE_NOOP("tw::Cli", "The project file."));
    p.flag("json", QT_TRANSLATE_NOOP("tw::Cli", "Print JSON."));
    p.option("status", QT_TRANSLATE_NOOP("tw::Cli", "Only threats with this status (suggested, validated, dismissed, accepted, mitigated, resolved-by-change)."), "status");
    p.option("min-severity", QT_TRANSLATE_NOOP("tw::Cli", "Only threats at or above this severity (info, low, medium, high, critical)."), "severity");
    p.option("version", QT_TRANSLATE_NOOP("tw::Cli", "The version (default: the newest)."), "id");
    p.option("limit", QT_TRANSLATE_NOOP("tw::Cli", "At most this many threats."), "n");
    if (auto stop = p.parse(arguments, 1, 1))
        return *stop;
    ThreatQuery query;
    if (p.isSet("status")) {
        query.status = enumFromName<ThreatStatus>(p.value("status"));
        if (!query.status)
            return fail(Tr::tr("unknown status \"%1\"").arg(p.value("status")));
    }
    if (p.isSet("min-severity")) {
        query.minSeverity = enumFromName<Severity>(p.value("min-severity"));
        if (!query.minSeverity)
            return fail(Tr::tr("unknown severity \"%1\"").arg(p.value("min-severity")));
    }
    bool ok = true;
    if (p.isSet("version")) {
        query.versionId = p.value("version").toLongLong(&ok);
        if (!ok || query.versionId <= 0)
            return fail(Tr::tr("--version needs a version number"));
    }
    if (p.isSet("limit")) {
        query.limit = p.value("limit").toInt(&ok);
        if (!ok || query.limit < 0)
            return fail(Tr::tr("--limit needs a number"));
    }
    auto project = openProject(p.positionals().at(0), Project::OpenMode::ReadOnly);
    if (!project)
        return fail(project.errorString());
    if (query.versionId > 0) {
        if (auto v = (*project)->version(query.versionId); !v)
            return fail(v.errorString());
    }
    auto threats = (*project)->threats(query);
    if (!threats)
        return fail(threats.errorString());
    if (p.isSet("json")) {
        QJsonArray array;
        for (const Threat &t : *threats)
            array.append(toJson(t));
        printJson(array);
        return Ok;
    }
    if (threats->isEmpty()) {
        out() << Tr::tr("No threats match.\n");
        return Ok;
    }
    QList<QStringList> rows;
    for (const Threat &t : *threats) {
        rows.append({singleLine(t.fingerprint.left(12)), enumName(t.severity), QString::number(t.score, 'f', 1), enumName(t.status),
                     QStringLiteral("P%1").arg(t.effectivePriority()) + (t.priorityOverride ? QStringLiteral("*") : QString()),
                     t.isNew ? Tr::tr("new") : QString(), singleLine(t.targets.join(QStringLiteral(", ")), 30),
                     singleLine(t.title, 80)});
    }
    printTable({Tr::tr("THREAT"), Tr::tr("SEVERITY"), Tr::tr("SCORE"), Tr::tr("STATUS"), Tr::tr("PRIO"), Tr::tr("NEW"), Tr::tr("TARGET"), Tr::tr("TITLE")}, rows);
    return Ok;
}

// triage -------------------------------------------------------------------------------------

/** triage --dismiss --suppress: the dismissal and a suppression made from it, in one transaction. */
int runTriageSuppress(const Parser &p)
{
    for (const char *other : {"validate", "accept", "mitigate", "reopen", "priority", "owner"}) {
        if (p.isSet(other))
            return fail(Tr::tr("--suppress goes with --dismiss only"));
    }
    if (!p.isSet("dismiss"))
        return fail(Tr::tr("--suppress goes with --dismiss"));
    SuppressionRequest request;
    request.fromFingerprint = p.positionals().at(1);
    request.elementPattern = p.value("element");
    request.reason = p.value("reason");
    request.actor = actorOr(p);
    if (request.reason.trimmed().isEmpty())
        return fail(Tr::tr("--dismiss and --accept need --reason"));
    if (p.isSet("expires")) {
        const auto expiry = parseExpiry(p.value("expires"));
        if (!expiry)
            return fail(Tr::tr("--expires needs an ISO date such as 2027-03-31"));
        request.expiresAt = *expiry;
    }
    auto project = openProject(p.positionals().at(0), Project::OpenMode::ReadWrite);
    if (!project)
        return fail(project.errorString());
    auto outcome = (*project)->createSuppression(request);
    if (!outcome)
        return fail(outcome.errorString());
    auto threat = (*project)->threat(0, outcome->suppression.fromFingerprint);
    if (!threat)
        return fail(threat.errorString());
    if (p.isSet("json")) {
        QJsonObject o = toJson(*threat);
        o.insert(QStringLiteral("createdSuppression"), outcome->suppression.id);
        printJson(o);
    } else {
        out() << Tr::tr("%1 is now dismissed; suppression #%2 (%3 on %4) dismissed %5 more threat(s) of the newest version.\n")
                     .arg(threat->fingerprint.left(12))
                     .arg(outcome->suppression.id)
                     .arg(singleLine(outcome->suppression.rulePattern), singleLine(outcome->suppression.elementPattern))
                     .arg(outcome->applied);
    }
    return Ok;
}

int runTriage(const QStringList &arguments)
{
    Parser p(QT_TRANSLATE_NOOP("tw::Cli", "Records a decision on a threat; it carries to later versions and lands in the audit trail."),
             "triage PROJECT.twdb THREAT --validate|--dismiss|--accept|--mitigate|--reopen|--priority P [--reason TEXT]");
    p.positional("project", QT_TRANSLATE_NOOP("tw::Cli", "The project file."));
    p.positional("threat", QT_TRANSLATE_NOOP("tw::Cli", "The threat's fingerprint, or a unique prefix of at least 6 characters."));
    p.flag("validate", QT_TRANSLATE_NOOP("tw::Cli", "Confirm the threat is real."));
    p.flag("dismiss", QT_TRANSLATE_NOOP("tw::Cli", "Dismiss it as a false positive or not applicable (needs --reason)."));
    p.flag("accept", QT_TRANSLATE_NOOP("tw::Cli", "Accept the risk (needs --reason; see --expires)."));
    p.flag("mitigate", QT_TRANSLATE_NOOP("tw::Cli", "Mark it mitigated."));
    p.flag("reopen", QT_TRANSLATE_NOOP("tw::Cli", "Set it back to suggested."));
    p.option("priority", QT_TRANSLATE_NOOP("tw::Cli", "Override the computed priority: 1 (most urgent) to 4, or 'auto' to clear the override."), "p");
    p.option("reason", QT_TRANSLATE_NOOP("tw::Cli", "Why; required for --dismiss and --accept."), "text");
    p.option("expires", QT_TRANSLATE_NOOP("tw::Cli", "For --accept: when the acceptance lapses (ISO date)."), "date");
    p.option("owner", QT_TRANSLATE_NOOP("tw::Cli", "Who owns the follow-up."), "name");
    p.option("actor", QT_TRANSLATE_NOOP("tw::Cli", "Who decides (default: the OS user)."), "name");
    p.flag("suppress", QT_TRANSLATE_NOOP("tw::Cli", "With --dismiss: also suppress this rule's findings on matching elements from now on (see 'suppress')."));
    p.option("element", QT_TRANSLATE_NOOP("tw::Cli", "With --suppress: the element pattern (default: the threat's first target)."), "pattern");
    p.flag("json", QT_TRANSLATE_NOOP("tw::Cli", "Print the threat after the decision as JSON."));
    if (auto stop = p.parse(arguments, 2, 2))
        return *stop;
    if (p.isSet("suppress"))
        return runTriageSuppress(p);
    if (p.isSet("element"))
        return fail(Tr::tr("--element goes with --dismiss --suppress"));
    TriageRequest request;
    int chosen = 0;
    const std::pair<const char *, TriageAction> actions[] = {{"validate", TriageAction::Validate},
                                                             {"dismiss", TriageAction::Dismiss},
                                                             {"accept", TriageAction::Accept},
                                                             {"mitigate", TriageAction::Mitigate},
                                                             {"reopen", TriageAction::Reopen}};
    for (const auto &[name, action] : actions) {
        if (p.isSet(name)) {
            request.action = action;
            ++chosen;
        }
    }
    if (p.isSet("priority")) {
        request.action = TriageAction::SetPriority;
        ++chosen;
        const QString value = p.value("priority");
        if (value != QLatin1StringView("auto")) {
            bool ok = false;
            const int priority = value.toInt(&ok);
            if (!ok || priority < 1 || priority > 4)
                return fail(Tr::tr("--priority needs 1, 2, 3, 4 or auto"));
            request.priority = priority;
        }
    }
    if (chosen != 1)
        return fail(Tr::tr("give exactly one of --validate, --dismiss, --accept, --mitigate, --reopen, --priority"));
    request.reason = p.value("reason");
    if ((request.action == TriageAction::Dismiss || request.action == TriageAction::Accept) && request.reason.trimmed().isEmpty())
        return fail(Tr::tr("--dismiss and --accept need --reason"));
    if (p.isSet("expires")) {
        if (request.action != TriageAction::Accept)
            return fail(Tr::tr("--expires goes with --accept"));
        request.expiresAt = QDateTime::fromString(p.value("expires"), Qt::ISODate);
        if (!request.expiresAt.isValid()) {
            const QDate date = QDate::fromString(p.value("expires"), Qt::ISODate);
            if (date.isValid())
                request.expiresAt = date.startOfDay(Qt::UTC);
        }
        if (!request.expiresAt.isValid())
            return fail(Tr::tr("--expires needs an ISO date such as 2027-03-31"));
    }
    request.fingerprint = p.positionals().at(1);
    request.actor = actorOr(p);
    request.owner = p.value("owner");
    auto project = openProject(p.positionals().at(0), Project::OpenMode::ReadWrite);
    if (!project)
        return fail(project.errorString());
    auto threat = (*project)->triage(request);
    if (!threat)
        return fail(threat.errorString());
    if (p.isSet("json"))
        printJson(toJson(*threat));
    else
        out() << Tr::tr("%1 is now %2 (priority P%3): %4\n")
                     .arg(singleLine(threat->fingerprint.left(12)), enumName(threat->status))
                     .arg(threat->effectivePriority())
                     .arg(singleLine(threat->title));
    return Ok;
}

// audit --------------------------------------------------------------------------------------

int runAudit(const QStringList &arguments)
{
    Parser p(QT_TRANSLATE_NOOP("tw::Cli", "Shows the audit trail; --verify walks its hash chain and names the first bad entry."),
             "audit PROJECT.twdb [--verify] [--json]");
    p.positional("project", QT_TRANSLATE_NOOP("tw::Cli", "The project file."));
    p.flag("verify", QT_TRANSLATE_NOOP("tw::Cli", "Check the hash chain; exit 1 if it is broken."));
    p.flag("json", QT_TRANSLATE_NOOP("tw::Cli", "Print JSON."));
    p.option("subject", QT_TRANSLATE_NOOP("tw::Cli", "Only entries about this subject (e.g. threat:<fingerprint>, version:3)."), "subject");
    if (auto stop = p.parse(arguments, 1, 1))
        return *stop;
    auto project = openProject(p.positionals().at(0), Project::OpenMode::ReadOnly);
    if (!project)
        return fail(project.errorString());
    if (p.isSet("verify")) {
        auto v = (*project)->verifyAudit();
        if (!v)
            return fail(v.errorString());
        if (p.isSet("json")) {
            printJson(QJsonObject{{QStringLiteral("ok"), v->ok},
                                  {QStringLiteral("entries"), v->entries},
                                  {QStringLiteral("firstBadEntry"), v->ok ? QJsonValue() : QJsonValue(v->firstBadSeq)},
                                  {QStringLiteral("problem"), v->problem}});
        } else if (v->ok) {
            out() << Tr::tr("Audit trail verified: %1 entries, the hash chain is intact.\n").arg(v->entries);
        } else {
            out().flush();
            std::fprintf(stderr, "%s\n",
                         Tr::tr("Audit trail BROKEN at entry %1: %2").arg(v->firstBadSeq).arg(v->problem).toLocal8Bit().constData());
        }
        return v->ok ? Ok : CheckFailed;
    }
    auto entries = (*project)->auditTrail(p.value("subject"));
    if (!entries)
        return fail(entries.errorString());
    if (p.isSet("json")) {
        QJsonArray array;
        for (const AuditEntry &e : *entries) {
            array.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                     {QStringLiteral("at"), audit::formatTime(e.at)},
                                     {QStringLiteral("actor"), e.actor},
                                     {QStringLiteral("action"), e.action},
                                     {QStringLiteral("subject"), e.subject},
                                     {QStringLiteral("before"), e.before},
                                     {QStringLiteral("after"), e.after},
                                     {QStringLiteral("reason"), e.reason},
                                     {QStringLiteral("hash"), e.hash}});
        }
        printJson(array);
        return Ok;
    }
    QList<QStringList> rows;
    for (const AuditEntry &e : *entries) {
        rows.append({QString::number(e.seq), audit::formatTime(e.at), singleLine(e.actor, 20), singleLine(e.action, 24),
                     singleLine(e.subject, 44), singleLine(e.reason, 60)});
    }
    printTable({Tr::tr("SEQ"), Tr::tr("TIME (UTC)"), Tr::tr("ACTOR"), Tr::tr("ACTION"), Tr::tr("SUBJECT"), Tr::tr("REASON")}, rows);
    return Ok;
}


// import, inspect, hcl2json ----------------------------------------------------------------

void printDiagnostics(const QList<Diagnostic> &diagnostics, int limit)
{
    int shown = 0;
    for (const Diagnostic &d : diagnostics) {
        if (d.level == DiagnosticLevel::Info)
            continue;
        if (shown++ == limit) {
            std::fprintf(stderr, "%s\n", qPrintable(Tr::tr("… and more; 'inspect --json' lists them all")));
            break;
        }
        std::fprintf(stderr, "%s: %s: %s\n", qPrintable(singleLine(d.source.toString())), qPrintable(enumName(d.level)),
                     qPrintable(singleLine(d.message)));
    }
}

/** The options of every command that makes a version ('import', 'scan'). */
void addVersionOptions(Parser &p)
{
    p.option("rev", QT_TRANSLATE_NOOP("tw::Cli", "A git revision: with one repository PATH it is read from git's objects (no checkout); otherwise recorded."), "rev");
    p.option("message", QT_TRANSLATE_NOOP("tw::Cli", "What this version is (default: what was imported)."), "text");
    p.option("actor", QT_TRANSLATE_NOOP("tw::Cli", "Who makes the version (default: the OS user)."), "name");
    p.option("rules", QT_TRANSLATE_NOOP("tw::Cli", "An extra rule pack (YAML) to apply besides the built-in ones; repeatable."), "file");
}

/**
 * The end of the pipeline shared by 'import' and 'scan': apply the built-in rules (and extra
 * packs) to an import's model, store it as a new version, say what it holds.
 */
Result<qint64> storeVersion(Project &project, importer::Outcome &outcome, VersionMeta meta, const QStringList &extraPacks)
{
    auto rules = analysis::RuleSet::loadBuiltin();
    if (!rules)
        return rules.error();
    for (const QString &pack : extraPacks) {
        auto extra = analysis::RuleSet::loadFile(pack);
        if (!extra)
            return extra.error();
        rules->merge(*extra);
    }
    printDiagnostics(outcome.model.diagnostics, 20);
    QList<Threat> imported = std::move(outcome.model.threats);
    outcome.model.threats.clear();
    auto threats = analysis::analyse(outcome.model, *rules);
    if (!threats)
        return threats.error();
    // Threats an imported threat model brought stay beside the rules' findings; a rule's finding
    // comes first, so where both have the same fingerprint the rule's copy is the one stored.
    outcome.model.threats = std::move(threats).value();
    QSet<QString> found;
    for (const Threat &t : std::as_const(outcome.model.threats))
        found.insert(t.fingerprint);
    for (const Threat &t : std::as_const(imported)) {
        if (!found.contains(t.fingerprint))
            outcome.model.threats.append(t);
    }
    meta.inputs = outcome.inputs;
    if (meta.gitRevision.isEmpty())
        meta.gitRevision = outcome.commit;
    auto version = project.createVersion(outcome.model, meta);
    if (!version)
        return version.error();
    // The triage state those models carried becomes decisions, where nobody has decided yet.
    // That includes threats a rule found again (an exported project imported elsewhere).
    SystemModel carried;
    carried.threats = std::move(imported);
    auto decided = interop::recordImportedDecisions(project, carried, meta.author.isEmpty() ? Project::defaultActor() : meta.author);
    if (!decided)
        return decided.error();
    if (*decided > 0)
        out() << Tr::tr("%1 triage states from imported threat models recorded as decisions\n").arg(*decided);
    const ModelFragment &m = outcome.model;
    out() << Tr::tr("Version %1: %2 artifacts, %3 components, %4 entry points, %5 flows, %6 data assets, %7 threats\n")
                 .arg(*version)
                 .arg(outcome.artifacts.size())
                 .arg(m.components.size())
                 .arg(m.entryPoints.size())
                 .arg(m.flows.size())
                 .arg(m.assets.size())
                 .arg(m.threats.size());
    out().flush();
    return version;
}

/** Folders are scanned with the user's stat cache: an unchanged file is not read again. */
importer::Options folderOptions()
{
    importer::Options options;
    options.statCacheDir = importer::defaultStatCacheDir();
    return options;
}

void printRevision(const QString &repository, const importer::Outcome &outcome)
{
    out() << Tr::tr("Reading %1 at %2 (%3)\n").arg(repository, outcome.commit.left(12), singleLine(outcome.summary, 60));
}

/**
 * The import pipeline shared by 'import' and 'scan': discover and import the paths, apply the
 * built-in rules (and extra packs), store the result as a new version, say what it holds.
 */
Result<qint64> importVersion(Project &project, QStringList paths, VersionMeta meta, const QStringList &extraPacks)
{
    // With --rev and a git repository, the revision is read from the object database into a
    // scratch folder: no checkout, the working tree untouched, bare repositories work.
    QTemporaryDir scratch;
    Result<importer::Outcome> outcome = makeError(QString());
    if (!meta.gitRevision.isEmpty() && paths.size() == 1 && git::isRepository(paths.first())) {
        if (!scratch.isValid())
            return makeError(Tr::tr("cannot create a temporary folder: %1").arg(scratch.errorString()));
        outcome = importer::importRevision(paths.first(), meta.gitRevision, scratch.path());
        if (!outcome)
            return outcome.error();
        printRevision(paths.first(), *outcome);
        meta.gitRevision = outcome->commit;
    } else {
        outcome = importer::importPaths(paths, folderOptions());
        if (!outcome)
            return outcome.error();
    }
    return storeVersion(project, *outcome, meta, extraPacks);
}

/** The version a scan builds on: its model (without threats) and inputs. */
Result<importer::Baseline> baselineOf(const Project &project, qint64 versionId)
{
    auto model = project.loadElements(versionId);
    if (!model)
        return model.error();
    auto inputs = project.versionInputs(versionId);
    if (!inputs)
        return inputs.error();
    return importer::Baseline{std::move(model).value(), std::move(inputs).value()};
}


void printList(const QString &title, const QStringList &items, int limit = 30)
{
    if (items.isEmpty())
        return;
    out() << "  " << title << '\n';
    for (qsizetype i = 0; i < items.size() && i < limit; ++i)
        out() << "    " << singleLine(items[i], 160) << '\n';
    if (items.size() > limit)
        out() << "    " << Tr::tr("… and %1 more").arg(items.size() - limit) << '\n';
}

/** What a scan on top of `base` changed, for the pipeline's log. */
void printChanges(qint64 baseVersion, const importer::Baseline &base, const importer::Outcome &outcome)
{
    if (outcome.unchanged) {
        out() << Tr::tr("Nothing changed since version %1: the same inputs, the same model (%2 files read, %3 unchanged by their "
                        "stat, none parsed)\n")
                     .arg(baseVersion)
                     .arg(outcome.filesRead)
                     .arg(outcome.filesFromCache);
        return;
    }
    out() << Tr::tr("Changed since version %1: %2 added, %3 modified, %4 deleted files; %5 artifacts imported again\n")
                 .arg(baseVersion)
                 .arg(outcome.added.size())
                 .arg(outcome.modified.size())
                 .arg(outcome.deleted.size())
                 .arg(outcome.artifacts.size());
    const changes::Summary summary = changes::summarize(base.model, base.inputs, outcome);
    if (summary.isEmpty()) {
        out() << Tr::tr("  no change to entry points, flows, components, dependencies or infrastructure code\n");
        return;
    }
    printList(Tr::tr("new entry points:"), summary.newEntryPoints);
    printList(Tr::tr("removed entry points:"), summary.removedEntryPoints);
    printList(Tr::tr("new flows:"), summary.newFlows);
    printList(Tr::tr("removed flows:"), summary.removedFlows);
    printList(Tr::tr("new components:"), summary.newComponents);
    printList(Tr::tr("removed components:"), summary.removedComponents);
    printList(Tr::tr("new dependencies:"), summary.newDependencies);
    printList(Tr::tr("changed dependencies:"), summary.changedDependencies);
    printList(Tr::tr("removed dependencies:"), summary.removedDependencies);
    printList(Tr::tr("changed infrastructure code:"), summary.changedIac);
    out().flush();
}

int runImport(const QStringList &arguments)
{
    Parser p(QT_TRANSLATE_NOOP("tw::Cli", "Imports specs, Terraform and repositories into the project as a new version."),
             "import PROJECT.twdb PATH... [--rev REV] [--message TEXT]");
    p.positional("project", QT_TRANSLATE_NOOP("tw::Cli", "The project file."));
    p.positional("paths", QT_TRANSLATE_NOOP("tw::Cli", "Files or directories to import."));
    addVersionOptions(p);
    if (auto stop = p.parse(arguments, 2))
        return *stop;
    const QStringList paths = p.positionals().mid(1);
    auto project = openProject(p.positionals().at(0), Project::OpenMode::ReadWrite);
    if (!project)
        return fail(project.errorString());
    VersionMeta meta;
    meta.author = actorOr(p);
    meta.message = p.isSet("message") ? p.value("message") : Tr::tr("Import of %1").arg(paths.join(QStringLiteral(", ")));
    meta.gitRevision = p.value("rev");
    auto version = importVersion(**project, paths, meta, p.values("rules"));
    return version ? Ok : fail(version.errorString());
}

int runInspect(const QStringList &arguments)
{
    Parser p(QT_TRANSLATE_NOOP("tw::Cli", "Parses one artifact or directory and prints the model fragment, without a project."),
             "inspect PATH [--json]");
    p.positional("path", QT_TRANSLATE_NOOP("tw::Cli", "A spec, a Terraform file or a directory."));
    p.flag("json", QT_TRANSLATE_NOOP("tw::Cli", "Print the fragment as JSON."));
    p.flag("threats", QT_TRANSLATE_NOOP("tw::Cli", "Also run the built-in rules and include their threats."));
    if (auto stop = p.parse(arguments, 1, 1))
        return *stop;
    importer::Options options;
    options.digests = false; // nothing is recorded, so nothing needs the inputs' SHA-256
    auto outcome = importer::importPaths({p.positionals().at(0)}, options);
    if (!outcome)
        return fail(outcome.errorString());
    if (p.isSet("threats")) {
        auto rules = analysis::RuleSet::loadBuiltin();
        if (!rules)
            return fail(rules.errorString());
        auto threats = analysis::analyse(outcome->model, *rules);
        if (!threats)
            return fail(threats.errorString());
        QList<Threat> imported = std::move(outcome->model.threats);
        outcome->model.threats = std::move(threats).value();
        QSet<QString> found;
        for (const Threat &t : std::as_const(outcome->model.threats))
            found.insert(t.fingerprint);
        for (const Threat &t : std::as_const(imported)) {
            if (!found.contains(t.fingerprint))
                outcome->model.threats.append(t);
        }
    }
    const ModelFragment &m = outcome->model;
    if (p.isSet("json")) {
        JsonWriter w(1 << 16);
        writeJson(w, m);
        printUtf8(w.bytes());
    } else {
        printDiagnostics(m.diagnostics, 50);
        QList<QStringList> rows;
        for (const EntryPoint &e : m.entryPoints) {
            rows.append({singleLine(e.method), singleLine(e.path, 60), singleLine(e.operationId, 30),
                         singleLine(QString::fromUtf8(QJsonDocument(QJsonArray{securityToJson(e.security)}).toJson(QJsonDocument::Compact)).mid(1).chopped(1), 40),
                         e.sources.isEmpty() ? QString() : singleLine(e.sources.first().toString())});
        }
        out() << Tr::tr("%1 components, %2 entry points, %3 flows, %4 data assets, %5 threats\n")
                     .arg(m.components.size())
                     .arg(m.entryPoints.size())
                     .arg(m.flows.size())
                     .arg(m.assets.size())
                     .arg(m.threats.size());
        if (!rows.isEmpty())
            printTable({Tr::tr("METHOD"), Tr::tr("PATH"), Tr::tr("OPERATION"), Tr::tr("SECURITY"), Tr::tr("SOURCE")}, rows);
    }
    const bool hasErrors = std::any_of(m.diagnostics.cbegin(), m.diagnostics.cend(),
                                       [](const Diagnostic &d) { return d.level == DiagnosticLevel::Error; });
    return hasErrors ? UsageError : Ok;
}

int runHcl2Json(const QStringList &arguments)
{
    Parser p(QT_TRANSLATE_NOOP("tw::Cli", "Prints an HCL or Terraform file as JSON (the shape of the well-known hcl2json)."), "hcl2json FILE");
    p.positional("file", QT_TRANSLATE_NOOP("tw::Cli", "An .hcl or .tf file."));
    if (auto stop = p.parse(arguments, 1, 1))
        return *stop;
    const QString path = p.positionals().at(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Tr::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray source = file.readAll();
    auto parsed = hcl::parse(source, path);
    if (!parsed)
        return fail(parsed.errorString());
    out().flush();
    const QByteArray json = hcl::toHcl2Json(**parsed, true);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    return Ok;
}

// diff and check ---------------------------------------------------------------------------

/** Parses a version argument; 0 stands for "before the first version" (an empty model). */
std::optional<qint64> versionArgument(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id >= 0 ? std::optional<qint64>(id) : std::nullopt;
}

Result<SystemModel> modelOf(const Project &project, qint64 versionId)
{
    if (versionId == 0)
        return SystemModel{};
    if (auto v = project.version(versionId); !v)
        return v.error();
    return project.loadModel(versionId);
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("—");
    QJsonArray wrapper{value};
    return QString::fromUtf8(QJsonDocument(wrapper).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

int runDiff(const QStringList &arguments)
{
    Parser p(QT_TRANSLATE_NOOP("tw::Cli", "Shows what changed between two versions: elements added, removed or changed field by field, and threat changes."),
             "diff PROJECT.twdb [V1 [V2]] [--json]");
    p.positional("project", QT_TRANSLATE_NOOP("tw::Cli", "The project file."));
    p.positional("v1", QT_TRANSLATE_NOOP("tw::Cli", "The older version (default: the one before V2; 0 = empty)."));
    p.positional("v2", QT_TRANSLATE_NOOP("tw::Cli", "The newer version (default: the newest)."));
    p.flag("json", QT_TRANSLATE_NOOP("tw::Cli", "Print JSON (docs/cli.md describes the shape)."));
    if (auto stop = p.parse(arguments, 1, 3))
        return *stop;
    auto project = openProject(p.positionals().at(0), Project::OpenMode::ReadOnly);
    if (!project)
        return fail(project.errorString());
    auto latest = (*project)->latestVersionId();
    if (!latest)
        return fail(latest.errorString());
    qint64 to = *latest;
    if (p.positionals().size() == 3) {
        const auto v = versionArgument(p.positionals().at(2));
        if (!v)
            return fail(Tr::tr("V2 must be a version number"));
        to = *v;
    }
    qint64 from = qMax<qint64>(0, to - 1);
    if (p.positionals().size() >= 2) {
        const auto v = versionArgument(p.positionals().at(1));
        if (!v)
            return fail(Tr::tr("V1 must be a version number"));
        from = *v;
    }
    if (to == 0)
        return fail(Tr::tr("the project has no versions to compare"));
    auto before = modelOf(**project, from);
    if (!before)
        return fail(before.errorString());
    auto after = modelOf(**project, to);
    if (!after)
        return fail(after.errorString());
    const diff::ModelDiff d = diff::diffModels(*before, *after);
    if (p.isSet("json")) {
        printJson(diff::toJson(d, from, to));
        return Ok;
    }
    out() << Tr::tr("Changes from version %1 to version %2\n").arg(from).arg(to);
    const std::pair<const char *, const char *> kinds[] = {{"component", QT_TRANSLATE_NOOP("tw::Cli", "Components")},
                                                           {"boundary", QT_TRANSLATE_NOOP("tw::Cli", "Trust boundaries")},
                                                           {"entry-point", QT_TRANSLATE_NOOP("tw::Cli", "Entry points")},
                                                           {"flow", QT_TRANSLATE_NOOP("tw::Cli", "Data flows")},
                                                           {"asset", QT_TRANSLATE_NOOP("tw::Cli", "Data assets")}};
    for (const auto &[kind, label] : kinds) {
        const QString k = QString::fromLatin1(kind);
        out() << QStringLiteral("  %1 +%2 -%3 ~%4\n")
                     .arg(Tr::tr(label) + QLatin1Char(':'), -18)
                     .arg(d.count(k, diff::Change::Added))
                     .arg(d.count(k, diff::Change::Removed))
                     .arg(d.count(k, diff::Change::Changed));
    }
    if (!d.elements.isEmpty())
        out() << '\n';
    for (const diff::ElementChange &c : d.elements) {
        const char mark = c.change == diff::Change::Added ? '+' : c.change == diff::Change::Removed ? '-' : '~';
        out() << mark << ' ' << c.elementKind << ' ' << singleLine(c.id) << '\n';
        for (const diff::FieldChange &f : c.fields) {
            out() << QStringLiteral("    %1: %2 -> %3\n").arg(singleLine(f.field), singleLine(jsonText(f.before), 60),
                                                               singleLine(jsonText(f.after), 60));
        }
    }
    auto countThreats = [&d](diff::Change c) {
        return std::count_if(d.threats.cbegin(), d.threats.cend(), [c](const diff::ThreatChange &t) { return t.change == c; });
    };
    out() << '\n'
          << Tr::tr("Threats: %1 new, %2 gone, %3 changed, %4 decisions carried over\n")
                 .arg(countThreats(diff::Change::Added))
                 .arg(countThreats(diff::Change::Removed))
                 .arg(countThreats(diff::Change::Changed))
                 .arg(d.carriedDecisions.size());
    for (const diff::ThreatChange &t : d.threats) {
        const QString what = t.change == diff::Change::Added ? Tr::tr("NEW") : t.change == diff::Change::Removed ? Tr::tr("GONE") : Tr::tr("CHANGED");
        QString detail;
        if (t.change == diff::Change::Changed)
            detail = QStringLiteral(" (%1 %2 -> %3 %4)")
                         .arg(enumName(t.severityBefore), enumName(t.statusBefore), enumName(t.severityAfter), enumName(t.statusAfter));
        out() << QStringLiteral("  %1 %2 %3  %4%5\n")
                     .arg(what, -7)
                     .arg(enumName(t.severityAfter), -8)
                     .arg(singleLine(t.fingerprint.left(12)), singleLine(t.title, 90), detail);
    }
    out().flush();
    return Ok;
}

/**
 * The CI gate's question: threats of `version` at or above `failOn` that are new since
 * `baseline` (0 = everything is new) and not triaged (suggested, or accepted but expired).
 */
Result<QList<Threat>> blockingThreats(const Project &project, qint64 version, qint64 baseline, Severity failOn)
{
    QSet<QString> known;
    if (baseline > 0) {
        auto old = project.threats(ThreatQuery{baseline, {}, {}, 0, -1});
        if (!old)
            return old.error();
        for (const Threat &t : *old) {
            if (t.status != ThreatStatus::ResolvedByChange)
                known.insert(t.fingerprint);
        }
    }
    auto current = project.threats(ThreatQuery{version, {}, failOn, 0, -1});
    if (!current)
        return current.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Threat> blocking;
    for (const Threat &t : *current) {
        const bool untriaged = t.status == ThreatStatus::Suggested
            || (t.status == ThreatStatus::Accepted && t.expiresAt.isValid() && t.expiresAt < now);
        if (untriaged && !known.contains(t.fingerprint))
            blocking.append(t);
    }
    return blocking;
}

void printGate(const QList<Threat> &blocking, Severity failOn, qint64 version, qint64 baseline)
{
    if (blocking.isEmpty()) {
        out() << Tr::tr("Check passed: no untriaged %1-or-higher threat is new in version %2 since version %3.\n")
                     .arg(enumName(failOn))
                     .arg(version)
                     .arg(baseline);
    } else {
        out() << Tr::tr("Check FAILED: %1 new untriaged threat(s) at or above %2 in version %3 (baseline %4):\n")
                     .arg(blocking.size())
                     .arg(enumName(failOn))
                     .arg(version)
                     .arg(baseline);
        for (const Threat &t : blocking) {
            out() << QStringLiteral("  %1 %2  %3  %4\n")
                         .arg(enumName(t.severity), -8)
                         .arg(singleLine(t.fingerprint.left(12)), singleLine(t.title, 80),
                              t.sources.isEmpty() ? QString() : singleLine(t.sources.first().toString()));
        }
        out() << Tr::tr("Triage them with 'threatwright-cli triage' or in the workbench.\n");
    }
    out().flush();
}

int runCheck(const QStringList &arguments)
{
    Parser p(QT_TRANSLATE_NOOP("tw::Cli", "The CI gate: fails (exit 1) when the newest version has threats at or above a severity that are new since "
             "the baseline and not yet triaged."),
             "check PROJECT.twdb [--baseline V] --fail-on low|medium|high|critical");
    p.positional("project", QT_TRANSLATE_NOOP("tw::Cli", "The project file."));
    p.option("baseline", QT_TRANSLATE_NOOP("tw::Cli", "The version to compare with (default: the one before the newest; 0 = everything is new)."), "v");
    p.option("fail-on", QT_TRANSLATE_NOOP("tw::Cli", "The lowest severity that fails the check."), "severity");
    p.flag("json", QT_TRANSLATE_NOOP("tw::Cli", "Print JSON."));
    if (auto stop = p.parse(arguments, 1, 1))
        return *stop;
    const auto failOn = enumFromName<Severity>(p.value("fail-on"));
    if (!p.isSet("fail-on") || !failOn)
        return fail(Tr::tr("--fail-on needs one of info, low, medium, high, critical"));
    auto project = openProject(p.positionals().at(0), Project::OpenMode::ReadOnly);
    if (!project)
        return fail(project.errorString());
    auto latest = (*project)->latestVersionId();
    if (!latest)
        return fail(latest.errorString());
    if (*latest == 0)
        return fail(Tr::tr("the project has no versions to check"));
    qint64 baseline = *latest - 1;
    if (p.isSet("baseline")) {
        const auto v = versionArgument(p.value("baseline"));
        if (!v)
            return fail(Tr::tr("--baseline needs a version number"));
        baseline = *v;
    }
    auto gate = blockingThreats(**project, *latest, baseline, *failOn);
    if (!gate)
        return fail(gate.errorString());
    const QList<Threat> &blocking = *gate;
    if (p.isSet("json")) {
        QJsonArray list;
        for (const Threat &t : blocking)
            list.append(toJson(t));
        printJson(QJsonObject{{QStringLiteral("version"), *latest},
                              {QStringLiteral("baseline"), baseline},
                              {QStringLiteral("failOn"), enumName(*failOn)},
                              {QStringLiteral("passed"), blocking.isEmpty()},
                              {QStringLiteral("threats"), list}});
    } else {
        printGate(blocking, *failOn, *latest, baseline);
    }
    out().flush();
    return blocking.isEmpty() ? Ok : CheckFailed;
}

// report -------------------------------------------------------------------------------------

int runReport(const QStringList &arguments)
{
#ifdef TW_CLI_LIGHT
    Q_UNUSED(arguments);
    return handOff(); // PDF and HTML reports need Qt Gui and Graphviz (cli.h)
#else
    Parser p(QT_TRANSLATE_NOOP("tw::Cli", "Writes a report of a version: html or pdf (for auditors), json, sarif, md (pull-request summary) or csv."),
             "report PROJECT.twdb --format html|pdf|json|sarif|md|csv -o FILE [--version V] [--diff V2]");
    p.positional("project", QT_TRANSLATE_NOOP("tw::Cli", "The project file."));
    p.option("format", QT_TRANSLATE_NOOP("tw::Cli", "html, pdf, json, sarif, md or csv."), "format");
    p.option("o", QT_TRANSLATE_NOOP("tw::Cli", "The file to write ('-' for standard output)."), "file");
    p.option("version", QT_TRANSLATE_NOOP("tw::Cli", "The version to report (default: the newest)."), "v");
    p.option("diff", QT_TRANSLATE_NOOP("tw::Cli", "Also show what changed since this version (and SARIF baselineState against it)."), "v2");
    if (auto stop = p.parse(arguments, 1, 1))
        return *stop;
    const QString format = p.value("format");
    if (!report::formats().contains(format))
        return fail(Tr::tr("--format must be one of %1").arg(report::formats().join(QStringLiteral(", "))));
    if (!p.isSet("o"))
        return fail(Tr::tr("-o FILE is required"));
    qint64 versionId = 0;
    if (p.isSet("version")) {
        const auto v = versionArgument(p.value("version"));
        if (!v || *v == 0)
            return fail(Tr::tr("--version needs a version number"));
        versionId = *v;
    }
    std::optional<qint64> against;
    if (p.isSet("diff")) {
        against = versionArgument(p.value("diff"));
        if (!against)
            return fail(Tr::tr("--diff needs a version number (0 = empty)"));
    }
    auto project = openProject(p.positionals().at(0), Project::OpenMode::ReadOnly);
    if (!project)
        return fail(project.errorString());
    auto data = report::collect(**project, versionId, against);
    if (!data)
        return fail(data.errorString());
    // PDF: main() made a QGuiApplication (offscreen) for this.
    Result<QByteArray> bytes = report::write(format, *data);
    if (!bytes)
        return fail(bytes.errorString());
    const QString target = p.value("o");
    if (target == QLatin1StringView("-")) {
        out().flush();
        std::fwrite(bytes->constData(), 1, size_t(bytes->size()), stdout);
        return Ok;
    }
    // Written beside the target and renamed into place: a crash never leaves half a report.
    if (auto saved = report::saveFile(target, *bytes); !saved)
        return fail(saved.errorString());
    out() << Tr::tr("Wrote %1 (%2 KB)\n").arg(target).arg((bytes->size() + 1023) / 1024);
    return Ok;
#endif
}

// scan ---------------------------------------------------------------------------------------

/**
 * A scan's import: with --since, only what git says changed since the version built from that
 * revision; otherwise a folder on top of the latest version (unchanged files are not parsed
 * again), or a whole revision, or a first import.
 */
Result<qint64> scanVersion(Project &project, const QString &path, const QString &since, VersionMeta meta, const QStringList &extraPacks)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return makeError(Tr::tr("cannot create a temporary folder: %1").arg(scratch.errorString()));
    auto versions = project.versionSummaries(); // inputs: only the base version's, below
    if (!versions)
        return versions.error();
    if (!since.isEmpty()) {
        auto repo = git::Repository::open(path);
        if (!repo)
            return repo.error();
        auto from = repo->resolve(since);
        if (!from)
            return from.error();
        qint64 baseVersion = 0;
        for (const VersionInfo &v : std::as_const(*versions)) {
            if (v.gitRevision == from->id)
                baseVersion = v.id; // the newest one wins
        }
        if (baseVersion == 0)
            return makeError(Tr::tr("No version of this project was built from %1 (%2); scan it without --since first")
                                 .arg(since, from->id.left(12)));
        auto base = baselineOf(project, baseVersion);
        if (!base)
            return base.error();
        const QString target = meta.gitRevision.isEmpty() ? QStringLiteral("HEAD") : meta.gitRevision;
        auto outcome = importer::importChanges(path, from->id, target, scratch.path(), *base);
        if (!outcome)
            return outcome.error();
        printRevision(path, *outcome);
        out() << Tr::tr("Changes %1..%2\n").arg(from->id.left(12), outcome->commit.left(12));
        printChanges(baseVersion, *base, *outcome);
        if (outcome->unchanged && outcome->commit == from->id) {
            // The very revision the version was built from: nothing to record.
            out() << Tr::tr("No new version: version %1 is already this revision\n").arg(baseVersion);
            return baseVersion;
        }
        meta.gitRevision = outcome->commit;
        return storeVersion(project, *outcome, meta, extraPacks);
    }
    const bool folder = QFileInfo(path).isDir();
    // A git working tree holding exactly HEAD's files is that commit: recorded, and the next
    // scan asks git what changed instead of reading every file.
    const QString commit = folder && meta.gitRevision.isEmpty() ? importer::cleanCommit(path) : QString();
    if (!versions->isEmpty() && !commit.isEmpty()) {
        const VersionInfo &latest = versions->last();
        if (latest.gitRevision == commit) {
            out() << Tr::tr("Nothing changed since version %1: %2 is still at %3 with a clean working tree\n")
                         .arg(latest.id)
                         .arg(path, commit.left(12));
            out() << Tr::tr("No new version: version %1 is already this revision\n").arg(latest.id);
            return latest.id;
        }
        auto repo = git::Repository::open(path);
        if (!latest.gitRevision.isEmpty() && repo && repo->resolve(latest.gitRevision)) {
            auto base = baselineOf(project, latest.id);
            if (!base)
                return base.error();
            auto outcome = importer::importChanges(path, latest.gitRevision, commit, scratch.path(), *base);
            if (outcome) {
                out() << Tr::tr("Changes %1..%2\n").arg(latest.gitRevision.left(12), commit.left(12));
                printChanges(latest.id, *base, *outcome);
                meta.gitRevision = commit;
                return storeVersion(project, *outcome, meta, extraPacks);
            }
            // Built by other options or for another root: fall through to the folder import.
        }
    }
    if (!versions->isEmpty() && folder && meta.gitRevision.isEmpty()) {
        const qint64 baseVersion = versions->last().id;
        auto base = baselineOf(project, baseVersion);
        if (!base)
            return base.error();
        auto outcome = importer::importOnTop(path, *base, folderOptions());
        if (!outcome)
            return outcome.error();
        if (outcome->unchanged || !outcome->added.isEmpty() || !outcome->modified.isEmpty() || !outcome->deleted.isEmpty())
            printChanges(baseVersion, *base, *outcome);
        if (outcome->unchanged) {
            // The same inputs as the newest version: a second copy of it would record nothing.
            out() << Tr::tr("No new version: version %1 is already these inputs\n").arg(baseVersion);
            return baseVersion;
        }
        meta.gitRevision = commit;
        return storeVersion(project, *outcome, meta, extraPacks);
    }
    if (!commit.isEmpty()) {
        // The working tree is the commit: read it where it is, record the commit.
        auto outcome = importer::importPaths({path}, folderOptions());
        if (!outcome)
            return outcome.error();
        meta.gitRevision = commit;
        return storeVersion(project, *outcome, meta, extraPacks);
    }
    return importVersion(project, {path}, meta, extraPacks);
}

int runScan(const QStringList &arguments)
{
    Parser p(QT_TRANSLATE_NOOP("tw::Cli", "For pipelines: creates the project if needed, imports PATH as a new version, analyses it, writes SARIF "
             "and a Markdown summary against the previous version, and fails on new untriaged threats."),
             "scan PATH [--project P] [--since REV] [--fail-on S] [--sarif FILE] [--markdown FILE] [--rev REV]");
    p.positional("path", QT_TRANSLATE_NOOP("tw::Cli", "The repository folder, spec or Terraform to scan."));
    p.option("project", QT_TRANSLATE_NOOP("tw::Cli", "The project file (default: threatwright.twdb in the current folder); created when missing."), "file");
    p.option("fail-on", QT_TRANSLATE_NOOP("tw::Cli", "Exit 1 when new untriaged threats at or above this severity appear (default: never fail)."), "severity");
    p.option("sarif", QT_TRANSLATE_NOOP("tw::Cli", "Write SARIF 2.1.0 here, with baselineState against the previous version."), "file");
    p.option("markdown", QT_TRANSLATE_NOOP("tw::Cli", "Write a Markdown summary for a pull-request comment here."), "file");
    p.option("since", QT_TRANSLATE_NOOP("tw::Cli", "PATH is a git repository: import only what changed between REV and HEAD (or --rev), on top of the "
                      "version built from REV, and say what changed."), "rev");
    addVersionOptions(p);
    if (auto stop = p.parse(arguments, 1, 1))
        return *stop;
    std::optional<Severity> failOn;
    if (p.isSet("fail-on")) {
        failOn = enumFromName<Severity>(p.value("fail-on"));
        if (!failOn)
            return fail(Tr::tr("--fail-on needs one of info, low, medium, high, critical"));
    }
    const QString path = p.positionals().at(0);
    if (!QFileInfo::exists(path))
        return fail(Tr::tr("%1 does not exist").arg(path));
    if (p.isSet("since") && !git::isRepository(path))
        return fail(Tr::tr("--since needs a git repository; %1 is not one").arg(path));
    const QString projectPath = p.isSet("project") ? p.value("project") : QStringLiteral("threatwright.twdb");
    if (!QFileInfo::exists(projectPath)) {
        const QString name = QFileInfo(QFileInfo(path).absoluteFilePath()).fileName();
        auto created = Project::create(projectPath, name, actorOr(p));
        if (!created)
            return fail(created.errorString());
        out() << Tr::tr("Created project \"%1\" in %2\n").arg(singleLine(name), projectPath);
    }
    auto project = openProject(projectPath, Project::OpenMode::ReadWrite);
    if (!project)
        return fail(project.errorString());
    VersionMeta meta;
    meta.author = actorOr(p);
    meta.message = p.isSet("message") ? p.value("message") : Tr::tr("Scan of %1").arg(path);
    meta.gitRevision = p.value("rev");
    auto version = scanVersion(**project, path, p.value("since"), meta, p.values("rules"));
    if (!version)
        return fail(version.errorString());
    const qint64 baseline = *version - 1;
    if (p.isSet("sarif") || p.isSet("markdown")) {
        auto data = report::collect(**project, *version, baseline);
        if (!data)
            return fail(data.errorString());
        const std::pair<const char *, QByteArray (*)(const report::ReportData &)> outputs[] = {{"sarif", report::writeSarif},
                                                                                              {"markdown", report::writeMarkdown}};
        for (const auto &[option, writer] : outputs) {
            if (!p.isSet(option))
                continue;
            QSaveFile file(p.value(option));
            const QByteArray bytes = writer(*data);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
                return fail(Tr::tr("%1 cannot be written: %2").arg(p.value(option), file.errorString()));
            out() << Tr::tr("Wrote %1\n").arg(p.value(option));
        }
    }
    if (!failOn)
        return Ok;
    auto blocking = blockingThreats(**project, *version, baseline, *failOn);
    if (!blocking)
        return fail(blocking.errorString());
    printGate(*blocking, *failOn, *version, baseline);
    return blocking->isEmpty() ? Ok : CheckFailed;
}

} // namespace

int fail(const QString &message)
{
    out().flush();
    // Messages may quote a damaged or hostile file: no control character reaches the terminal.
    std::fprintf(stderr, "threatwright-cli: %s\n", singleLine(message, 0).toLocal8Bit().constData());
    return UsageError;
}

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"init", QT_TRANSLATE_NOOP("tw::Cli", "Create a new project file"), runInit},
        {"import", QT_TRANSLATE_NOOP("tw::Cli", "Import specs, Terraform or a directory as a new version"), runImport},
        {"inspect", QT_TRANSLATE_NOOP("tw::Cli", "Parse an artifact and print its model fragment"), runInspect},
        {"hcl2json", QT_TRANSLATE_NOOP("tw::Cli", "Print an HCL/Terraform file as JSON"), runHcl2Json},
        {"versions", QT_TRANSLATE_NOOP("tw::Cli", "List the model versions"), runVersions},
        {"threats", QT_TRANSLATE_NOOP("tw::Cli", "List threats, or 'threats PROJECT add' to record one"), runThreats},
        {"triage", QT_TRANSLATE_NOOP("tw::Cli", "Validate, dismiss, accept, mitigate or reprioritise a threat"), runTriage},
        {"audit", QT_TRANSLATE_NOOP("tw::Cli", "Show or verify the audit trail"), runAudit},
        {"diff", QT_TRANSLATE_NOOP("tw::Cli", "Show what changed between two versions"), runDiff},
        {"scan", QT_TRANSLATE_NOOP("tw::Cli", "For CI: init if needed, import, analyse, write SARIF/Markdown, gate"), runScan},
        {"report", QT_TRANSLATE_NOOP("tw::Cli", "Write a report: html, pdf, json, sarif, md or csv"), runReport},
        {"check", QT_TRANSLATE_NOOP("tw::Cli", "CI gate: fail on new untriaged threats at or above a severity"), runCheck},
        {"export", QT_TRANSLATE_NOOP("tw::Cli", "Write the model for another tool: otm or threat-dragon"), runExport},
        {"suppress", QT_TRANSLATE_NOOP("tw::Cli", "Suppress a rule's findings on matching elements (or revoke a suppression)"), runSuppress},
        {"suppressions", QT_TRANSLATE_NOOP("tw::Cli", "List the suppressions and what they match"), runSuppressions},
        {"suggest", QT_TRANSLATE_NOOP("tw::Cli", "Ask a language model for threats the rules missed (optional)"), runSuggest},
    };
    return list;
}

} // namespace tw::cli
