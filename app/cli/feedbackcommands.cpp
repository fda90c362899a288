// SPDX-License-Identifier: GPL-3.0-or-later
// The commands about what people teach the project (suppressions) and what a language model
// suggests (suggest). docs/cli.md describes them.

#include "cli.h"
#include "output.h"

#include "analysis/llm/settings.h"
#include "analysis/llm/suggester.h"
#include "model/enums.h"
#include "model/modeljson.h"
#include "store/project.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <cstdio>

namespace tw::cli {
namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::Cli)
};

/** QCommandLineParser with the CLI contract's exit codes (2 for usage errors, never exit()). */
class Options
{
public:
    Options(const char *description, const char *syntax) : m_syntax(QString::fromLatin1(syntax))
    {
        m_parser.setApplicationDescription(Tr::tr(description));
        m_parser.addHelpOption();
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
    std::optional<int> parse(const QStringList &arguments, int minPositional, int maxPositional)
    {
        if (!m_parser.parse(arguments))
            return fail(m_parser.errorText());
        if (m_parser.isSet(QStringLiteral("help"))) {
            out() << m_parser.helpText();
            out().flush();
            return Ok;
        }
        const qsizetype count = m_parser.positionalArguments().size();
        if (count < minPositional || count > maxPositional)
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

QString actorOf(const Options &o)
{
    const QString actor = o.value("actor");
    return actor.isEmpty() ? Project::defaultActor() : actor;
}

QString formatTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral("Z") : QString();
}

QJsonObject suppressionToJson(const analysis::Suppression &s, qint64 matches, const QDateTime &now)
{
    auto time = [](const QDateTime &t) { return t.isValid() ? QJsonValue(toIsoUtc(t)) : QJsonValue(); };
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("rule"), s.rulePattern},
                       {QStringLiteral("element"), s.elementPattern},
                       {QStringLiteral("reason"), s.reason},
                       {QStringLiteral("actor"), s.actor},
                       {QStringLiteral("createdAt"), time(s.createdAt)},
                       {QStringLiteral("expiresAt"), time(s.expiresAt)},
                       {QStringLiteral("fromThreat"), s.fromFingerprint.isEmpty() ? QJsonValue() : QJsonValue(s.fromFingerprint)},
                       {QStringLiteral("state"), s.stateAt(now)},
                       {QStringLiteral("revokedAt"), time(s.revokedAt)},
                       {QStringLiteral("revokedBy"), s.revokedBy.isEmpty() ? QJsonValue() : QJsonValue(s.revokedBy)},
                       {QStringLiteral("revokeReason"), s.revokeReason.isEmpty() ? QJsonValue() : QJsonValue(s.revokeReason)},
                       {QStringLiteral("matchesInNewestVersion"), matches}};
}

} // namespace

std::optional<QDateTime> parseExpiry(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            time = date.startOfDay(Qt::UTC);
    }
    return time.isValid() ? std::optional<QDateTime>(time.toUTC()) : std::nullopt;
}

// suppress -----------------------------------------------------------------------------------

int runSuppress(const QStringList &arguments)
{
    Options o(QT_TRANSLATE_NOOP("tw::Cli", "Records a scoped suppression: the findings of a rule on the elements a pattern names are dismissed, in the "
              "newest version now and in every version analysed while it is in force. --revoke ends one."),
              "suppress PROJECT.twdb --rule R --element PATTERN --reason TEXT [--expires DATE] | --revoke ID --reason TEXT");
    o.positional("project", QT_TRANSLATE_NOOP("tw::Cli", "The project file."));
    o.option("rule", QT_TRANSLATE_NOOP("tw::Cli", "A rule id (TW-API-001) or a glob over rule ids (TW-K8S-*)."), "rule");
    o.option("element", QT_TRANSLATE_NOOP("tw::Cli", "A glob over the ids and names of the threats' targets: * any run of characters, ? one character "
                        "(ep:orders:*, svc:legacy-*, payments)."), "pattern");
    o.option("reason", QT_TRANSLATE_NOOP("tw::Cli", "Why; required."), "text");
    o.option("expires", QT_TRANSLATE_NOOP("tw::Cli", "When the suppression stops applying (ISO date or time, UTC)."), "date");
    o.option("revoke", QT_TRANSLATE_NOOP("tw::Cli", "End the suppression with this id instead of creating one."), "id");
    o.option("actor", QT_TRANSLATE_NOOP("tw::Cli", "Who decides (default: the OS user)."), "name");
    o.flag("json", QT_TRANSLATE_NOOP("tw::Cli", "Print the suppression as JSON."));
    if (auto stop = o.parse(arguments, 1, 1))
        return *stop;
    if (o.value("reason").trimmed().isEmpty())
        return fail(Tr::tr("--reason is required"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (o.isSet("revoke")) {
        if (o.isSet("rule") || o.isSet("element") || o.isSet("expires"))
            return fail(Tr::tr("--revoke takes only --reason (and --actor)"));
        bool ok = false;
        const qint64 id = o.value("revoke").toLongLong(&ok);
        if (!ok || id <= 0)
            return fail(Tr::tr("--revoke needs a suppression id (see 'threatwright-cli suppressions')"));
        auto project = Project::open(o.positionals().at(0), Project::OpenMode::ReadWrite);
        if (!project)
            return fail(project.errorString());
        auto revoked = (*project)->revokeSuppression(id, actorOf(o), o.value("reason"));
        if (!revoked)
            return fail(revoked.errorString());
        if (o.isSet("json"))
            printJson(suppressionToJson(*revoked, 0, now));
        else
            out() << Tr::tr("Suppression #%1 revoked; it no longer applies.\n").arg(id);
        return Ok;
    }
    if (o.value("rule").trimmed().isEmpty() || o.value("element").trimmed().isEmpty())
        return fail(Tr::tr("a suppression needs --rule and --element"));
    SuppressionRequest request;
    request.rulePattern = o.value("rule");
    request.elementPattern = o.value("element");
    request.reason = o.value("reason");
    request.actor = actorOf(o);
    if (o.isSet("expires")) {
        const auto expiry = parseExpiry(o.value("expires"));
        if (!expiry)
            return fail(Tr::tr("--expires needs an ISO date such as 2027-03-31"));
        request.expiresAt = *expiry;
    }
    auto project = Project::open(o.positionals().at(0), Project::OpenMode::ReadWrite);
    if (!project)
        return fail(project.errorString());
    auto outcome = (*project)->createSuppression(request);
    if (!outcome)
        return fail(outcome.errorString());
    if (o.isSet("json")) {
        printJson(suppressionToJson(outcome->suppression, outcome->applied, now));
    } else {
        out() << Tr::tr("Suppression #%1 recorded: %2 on %3%4; %5 threat(s) of the newest version dismissed by it.\n")
                     .arg(outcome->suppression.id)
                     .arg(singleLine(outcome->suppression.rulePattern), singleLine(outcome->suppression.elementPattern),
                          outcome->suppression.expiresAt.isValid()
                              ? Tr::tr(" until %1").arg(formatTime(outcome->suppression.expiresAt))
                              : QString())
                     .arg(outcome->applied);
    }
    return Ok;
}

// suppressions -------------------------------------------------------------------------------

int runSuppressions(const QStringList &arguments)
{
    Options o(QT_TRANSLATE_NOOP("tw::Cli", "Lists the project's suppressions: active, expired and revoked, with how many threats of the newest "
              "version each one dismissed."),
              "suppressions PROJECT.twdb [--json]");
    o.positional("project", QT_TRANSLATE_NOOP("tw::Cli", "The project file."));
    o.flag("json", QT_TRANSLATE_NOOP("tw::Cli", "Print JSON."));
    if (auto stop = o.parse(arguments, 1, 1))
        return *stop;
    auto project = Project::open(o.positionals().at(0), Project::OpenMode::ReadOnly);
    if (!project)
        return fail(project.errorString());
    auto list = (*project)->suppressions();
    if (!list)
        return fail(list.errorString());
    auto latest = (*project)->latestVersionId();
    if (!latest)
        return fail(latest.errorString());
    auto matches = (*project)->suppressionMatches(*latest);
    if (!matches)
        return fail(matches.errorString());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (o.isSet("json")) {
        QJsonArray array;
        for (const analysis::Suppression &s : *list)
            array.append(suppressionToJson(s, matches->value(s.id), now));
        printJson(array);
        return Ok;
    }
    if (list->isEmpty()) {
        out() << Tr::tr("No suppressions. Make one with 'threatwright-cli suppress' or 'triage --dismiss --suppress'.\n");
        return Ok;
    }
    QList<QStringList> rows;
    for (const analysis::Suppression &s : *list) {
        rows.append({QStringLiteral("#%1").arg(s.id), s.stateAt(now), singleLine(s.rulePattern, 24), singleLine(s.elementPattern, 40),
                     formatTime(s.expiresAt), QString::number(matches->value(s.id)), singleLine(s.actor, 16),
                     singleLine(s.reason, 60)});
    }
    printTable({Tr::tr("ID"), Tr::tr("STATE"), Tr::tr("RULE"), Tr::tr("ELEMENT"), Tr::tr("EXPIRES (UTC)"), Tr::tr("MATCHES"), Tr::tr("BY"), Tr::tr("REASON")}, rows);
    return Ok;
}

// suggest ------------------------------------------------------------------------------------

int runSuggest(const QStringList &arguments)
{
#ifdef TW_CLI_LIGHT
    Q_UNUSED(arguments);
    return handOff(); // language models need Qt Network and the keychain (cli.h)
#else
    Options o(QT_TRANSLATE_NOOP("tw::Cli", "Asks a language model (an OpenAI-compatible chat-completions server: llama.cpp, Ollama, vLLM or a hosted API) "
              "for threats the rules missed, about one component or all of them. Only a redacted summary of each component's "
              "neighbourhood is sent (docs/llm.md). Validated, deduplicated suggestions are added to the newest version as "
              "suggested threats with origin llm:<model>. The API key comes from THREATWRIGHT_LLM_API_KEY or the system keychain."),
              "suggest PROJECT.twdb (--component ID... | --all) --llm-url URL --model M");
    o.positional("project", QT_TRANSLATE_NOOP("tw::Cli", "The project file."));
    o.option("component", QT_TRANSLATE_NOOP("tw::Cli", "A component id to ask about; repeatable."), "id");
    o.flag("all", QT_TRANSLATE_NOOP("tw::Cli", "Ask about every component of the newest version (one request each)."));
    o.option("llm-url", QT_TRANSLATE_NOOP("tw::Cli", "The server's base URL, e.g. http://127.0.0.1:8080 (llama.cpp) or http://127.0.0.1:11434/v1 (Ollama)."), "url");
    o.option("model", QT_TRANSLATE_NOOP("tw::Cli", "The model name the server knows."), "name");
    o.option("timeout", QT_TRANSLATE_NOOP("tw::Cli", "Seconds to wait for one answer (default 180)."), "seconds");
    o.option("retries", QT_TRANSLATE_NOOP("tw::Cli", "Further attempts after an HTTP 429 or 5xx (default 2)."), "n");
    o.flag("no-structured-output", QT_TRANSLATE_NOOP("tw::Cli", "Do not send response_format json_schema (for servers that reject it)."));
    o.flag("print-request", QT_TRANSLATE_NOOP("tw::Cli", "Print the request for the first component and send nothing."));
    o.option("actor", QT_TRANSLATE_NOOP("tw::Cli", "Who asks (default: the OS user)."), "name");
    o.flag("json", QT_TRANSLATE_NOOP("tw::Cli", "Print the added threats as JSON."));
    if (auto stop = o.parse(arguments, 1, 1))
        return *stop;
    if (o.isSet("all") == o.isSet("component"))
        return fail(Tr::tr("give --component ID (repeatable) or --all"));
    analysis::llm::ProviderSettings settings;
    settings.baseUrl = QUrl(o.value("llm-url"), QUrl::StrictMode);
    settings.model = o.value("model").trimmed();
    if (!o.isSet("llm-url") || !settings.baseUrl.isValid() || settings.baseUrl.scheme().isEmpty() || settings.baseUrl.host().isEmpty()
        || (settings.baseUrl.scheme() != QLatin1StringView("http") && settings.baseUrl.scheme() != QLatin1StringView("https")))
        return fail(Tr::tr("--llm-url needs an http or https URL such as http://127.0.0.1:8080"));
    if (!settings.baseUrl.userInfo().isEmpty())
        return fail(Tr::tr("--llm-url must not contain a user or password; put the key in %1 or the keychain")
                        .arg(QLatin1StringView(analysis::llm::ApiKeyVariable)));
    if (settings.model.isEmpty())
        return fail(Tr::tr("--model is required"));
    bool ok = true;
    if (o.isSet("timeout")) {
        const double seconds = o.value("timeout").toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return fail(Tr::tr("--timeout needs a number of seconds (at most 3600)"));
        settings.client.timeoutMs = int(seconds * 1000);
    }
    if (o.isSet("retries")) {
        const int retries = o.value("retries").toInt(&ok);
        if (!ok || retries < 0 || retries > 10)
            return fail(Tr::tr("--retries needs 0 to 10"));
        settings.client.maxAttempts = retries + 1;
    }
    settings.structuredOutput = !o.isSet("no-structured-output");

    const bool preview = o.isSet("print-request");
    auto project = Project::open(o.positionals().at(0), preview ? Project::OpenMode::ReadOnly : Project::OpenMode::ReadWrite);
    if (!project)
        return fail(project.errorString());
    auto latest = (*project)->latestVersionId();
    if (!latest)
        return fail(latest.errorString());
    if (*latest == 0)
        return fail(Tr::tr("the project has no version yet: import something first"));
    auto model = (*project)->loadModel(*latest);
    if (!model)
        return fail(model.errorString());
    QStringList components = o.values("component");
    if (o.isSet("all")) {
        for (const Component &c : model->components)
            components << c.id;
        if (components.isEmpty())
            return fail(Tr::tr("version %1 has no components").arg(*latest));
    } else {
        for (const QString &id : std::as_const(components)) {
            const bool known = std::any_of(model->components.cbegin(), model->components.cend(),
                                           [&](const Component &c) { return c.id == id; });
            if (!known)
                return fail(Tr::tr("version %1 has no component \"%2\"").arg(*latest).arg(singleLine(id)));
        }
    }
    if (preview) {
        // The request exactly as it would go out, minus the key (which travels in a header).
        out() << QString::fromUtf8(analysis::llm::Suggester::previewRequest(settings, *model, components.first(), model->threats)) << '\n';
        out().flush();
        return Ok;
    }

    QString keyNote;
    settings.apiKey = analysis::llm::resolveApiKeyBlocking(5000, &keyNote);
    std::fprintf(stderr, "%s\n", qPrintable(keyNote));

    analysis::llm::Suggester suggester;
    QEventLoop loop;
    QObject::connect(&suggester, &analysis::llm::Suggester::progress, &loop, [](int done, int total, const QString &id) {
        std::fprintf(stderr, "[%d/%d] %s\n", done, total, qPrintable(singleLine(id)));
    });
    QObject::connect(&suggester, &analysis::llm::Suggester::diagnostic, &loop, [](const QString &message) {
        std::fprintf(stderr, "  %s\n", qPrintable(singleLine(message)));
    });
    QObject::connect(&suggester, &analysis::llm::Suggester::finished, &loop, &QEventLoop::quit);
    suggester.start(settings, *model, components, model->threats);
    loop.exec();
    const analysis::llm::SuggestOutcome &outcome = suggester.outcome();

    // What was found before a failure is kept: every suggestion stands on its own.
    QList<Threat> added;
    if (!outcome.threats.isEmpty()) {
        auto stored = (*project)->addSuggestedThreats(outcome.threats, actorOf(o));
        if (!stored)
            return fail(stored.errorString());
        added = *stored;
    }
    if (o.isSet("json")) {
        QJsonArray array;
        for (const Threat &t : std::as_const(added))
            array.append(toJson(t));
        printJson(QJsonObject{{QStringLiteral("version"), *latest},
                              {QStringLiteral("model"), settings.model},
                              {QStringLiteral("components"), outcome.components},
                              {QStringLiteral("requests"), outcome.requests},
                              {QStringLiteral("added"), array},
                              {QStringLiteral("diagnostics"), QJsonArray::fromStringList(outcome.diagnostics)},
                              {QStringLiteral("error"), outcome.error.isEmpty() ? QJsonValue() : QJsonValue(outcome.error)}});
    } else {
        if (!added.isEmpty()) {
            QList<QStringList> rows;
            for (const Threat &t : std::as_const(added))
                rows.append({t.fingerprint.left(12), enumName(t.severity), QString::number(t.score, 'f', 1), enumName(t.stride),
                             singleLine(t.targets.join(QStringLiteral(", ")), 30), singleLine(t.title, 80)});
            printTable({Tr::tr("THREAT"), Tr::tr("SEVERITY"), Tr::tr("SCORE"), Tr::tr("STRIDE"), Tr::tr("TARGET"), Tr::tr("TITLE")}, rows);
        }
        out() << Tr::tr("%1 suggestion(s) from %2 added to version %3 as suggested threats (origin llm:%2); "
                    "%4 component(s) asked, %5 request(s).\n")
                     .arg(added.size())
                     .arg(singleLine(settings.model))
                     .arg(*latest)
                     .arg(outcome.components)
                     .arg(outcome.requests);
        out().flush();
    }
    if (!outcome.error.isEmpty())
        return fail(Tr::tr("stopped early: %1").arg(outcome.error));
    return Ok;
#endif
}

} // namespace tw::cli
