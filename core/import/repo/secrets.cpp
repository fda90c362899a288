// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/repo/secrets.h"

#include "import/repo/images.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace tw::secrets {
namespace {


/** A pattern whose first capture group is the secret. */
struct Pattern
{
    const char *type;
    QRegularExpression re;
    int group = 1;
};

const std::vector<Pattern> &specificPatterns()
{
    thread_local const std::vector<Pattern> patterns = [] {
        std::vector<Pattern> p;
        auto add = [&p](const char *type, const char *re, int group = 1) {
            p.push_back(Pattern{type, QRegularExpression(QString::fromLatin1(re)), group});
        };
        add("aws-access-key-id", R"re((?<![A-Z0-9])((?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA)[A-Z0-9]{16})(?![A-Z0-9]))re");
        add("gcp-api-key", R"re((?<![A-Za-z0-9_-])(AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-]))re");
        add("azure-storage-key", R"re(AccountKey=([A-Za-z0-9+/]{86}==))re");
        add("azure-shared-access-key", R"re(SharedAccessKey=([A-Za-z0-9+/]{42,43}=))re");
        add("github-token", R"re((?<![A-Za-z0-9_])((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255}))re");
        add("slack-token", R"re((?<![A-Za-z0-9])(xox[abposr]-[A-Za-z0-9-]{10,250}))re");
        add("slack-webhook", R"re((https://hooks\.slack\.com/services/T[A-Za-z0-9_]+/B[A-Za-z0-9_]+/[A-Za-z0-9_]+))re");
        add("stripe-key", R"re((?<![A-Za-z0-9_])((?:sk|rk)_live_[0-9A-Za-z]{16,247}))re");
        add("anthropic-api-key", R"re((?<![A-Za-z0-9_-])(sk-ant-(?:api|admin)[0-9]{2}-[A-Za-z0-9_-]{40,}))re");
        add("openai-api-key", R"re((?<![A-Za-z0-9_-])(sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}|sk-[A-Za-z0-9]{48})(?![A-Za-z0-9_-]))re");
        add("jwt", R"re((?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*))re");
        // scheme://user:password@host
        add("password-in-url", R"re(([A-Za-z][A-Za-z0-9+.-]{1,20})://([^\s:/?#@'"]{1,128}):([^\s/?#@'"]{1,256})@([^\s/?#:'"]+))re", 3);
        // user:password@host:port without a scheme (a DSN such as MongoDB's in an environment value)
        add("password-in-url", R"re((?<![A-Za-z0-9+./:-])([A-Za-z0-9._-]{1,64}):([^\s:/?#@'"]{3,256})@(?!sha256:|sha512:)([A-Za-z0-9][A-Za-z0-9.-]*):([0-9]{2,5})(?![0-9A-Za-z]))re", 2);
        return p;
    }();
    return patterns;
}

/** name = value, name: value, "name": "value", name := "value", name => 'value' (one per match). */
const QRegularExpression &assignmentPattern()
{
    thread_local const QRegularExpression re(QStringLiteral(
        R"re((?i)(?<![A-Za-z0-9_.-])["']?([A-Za-z0-9_.-]*?(?:password|passwd|passphrase|pwd|secret|token|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|client[_.-]?secret|credentials?|auth[_.-]?key)[A-Za-z0-9_.-]*)["']?\s*(?::=|=>|=|:)\s*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s"'#;,)}\]]+)))re"));
    return re;
}

const QRegularExpression &passwordName()
{
    thread_local const QRegularExpression re(QStringLiteral("(?i)(password|passwd|passphrase|pwd|(^|[_.-])pass$)"));
    return re;
}

/** Names that hold something about a secret, not the secret: a file, a length, a reference. */
const QRegularExpression &metaName()
{
    thread_local const QRegularExpression re(QStringLiteral(
        "(?i)([_.-]?(file|files|path|dir|name|names|length|len|expiry|expiration|expires|ttl|timeout|type|alias|id|url|uri|host|"
        "port|user|username|enabled|enable|header|field|param|policy|ref|refs|prefix|suffix|count|size|min|max|rotation|format|"
        "hint|label|placeholder|regex|pattern|validator|reset|endpoint|location|store|provider|mode|source|key_?id|strength|"
        "required|changed|confirm|confirmation|hash|hashed|salt|digest|version)$|tokeniz|^key$|^token$|^auth$)"));
    return re;
}

bool isCodeFile(const QString &file)
{
    static const QSet<QString> code = {QStringLiteral("js"), QStringLiteral("mjs"), QStringLiteral("cjs"), QStringLiteral("ts"),
                                       QStringLiteral("tsx"), QStringLiteral("jsx"), QStringLiteral("py"), QStringLiteral("go"),
                                       QStringLiteral("java"), QStringLiteral("kt"), QStringLiteral("cs"), QStringLiteral("rb"),
                                       QStringLiteral("php"), QStringLiteral("rs"), QStringLiteral("c"), QStringLiteral("cc"),
                                       QStringLiteral("cpp"), QStringLiteral("h"), QStringLiteral("hpp"), QStringLiteral("scala"),
                                       QStringLiteral("swift")};
    return code.contains(QFileInfo(file).suffix().toLower());
}

/** Values that stand for a secret without being one. */
bool isPlaceholder(const QString &value, const QString &name)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return true;
    thread_local const QRegularExpression reference(QStringLiteral(R"re(^(\$|\{\{|<|%|#\{|@|!Ref|!Sub|!GetAtt)|\$\{|\{\{|%\(|\(\)$)re"));
    if (reference.match(v).hasMatch())
        return true;
    static const QSet<QString> words = {
        QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("on"),
        QStringLiteral("off"), QStringLiteral("null"), QStringLiteral("none"), QStringLiteral("nil"), QStringLiteral("undefined"),
        QStringLiteral("required"), QStringLiteral("optional"), QStringLiteral("string"), QStringLiteral("str"),
        QStringLiteral("bool"), QStringLiteral("boolean"), QStringLiteral("int"), QStringLiteral("integer"), QStringLiteral("object"),
        QStringLiteral("array"), QStringLiteral("secret"), QStringLiteral("password"), QStringLiteral("token"),
        QStringLiteral("sensitive"), QStringLiteral("redacted"), QStringLiteral("hidden"), QStringLiteral("masked"),
        QStringLiteral("env"), QStringLiteral("environment"), QStringLiteral("default"), QStringLiteral("header"),
        QStringLiteral("bearer"), QStringLiteral("basic"), QStringLiteral("apikey"), QStringLiteral("oauth2"), QStringLiteral("query"),
        QStringLiteral("cookie"), QStringLiteral("form"), QStringLiteral("body"), QStringLiteral("text"), QStringLiteral("file")};
    const QString lower = v.toLower();
    if (words.contains(lower))
        return true;
    if (std::all_of(v.cbegin(), v.cend(), [&](QChar c) { return c == v.front(); }))
        return true; // xxxxxxxx, ********
    thread_local const QRegularExpression filler(QStringLiteral(R"re((?i)(xxx|\*\*\*|\.\.\.|example|placeholder|dummy|redacted|sample|your[_-]|\byour|<|>|\bTODO\b|replace[_-]?me))re"));
    // Filler words mark a placeholder only in low-entropy text: AWS's documentation key ends
    // in "EXAMPLEKEY" and is still planted as a real-looking secret.
    if (filler.match(v).hasMatch() && entropy(v.toUtf8()) < 3.5)
        return true;
    // A value that repeats its own name ("api_key: API_KEY") is a template.
    QString bare = lower;
    bare.remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
    QString bareName = name.toLower();
    bareName.remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
    if (!bareName.isEmpty() && bare == bareName)
        return true;
    // File references, not secrets.
    thread_local const QRegularExpression path(QStringLiteral(R"re((?i)^(/|\./|\.\./|~/|classpath:|file:|arn:|projects/|secret/)|\.(pem|key|crt|cer|der|p12|pfx|jks|json|txt|ya?ml|env|properties|xml|conf|cfg|ini)$)re"));
    return path.match(v).hasMatch();
}

struct LineIndex
{
    std::vector<qsizetype> starts; ///< offset of each line's first byte

    explicit LineIndex(QByteArrayView content)
    {
        starts.push_back(0);
        const char *data = content.data();
        qsizetype from = 0;
        while (from < content.size()) {
            const void *nl = std::memchr(data + from, '\n', size_t(content.size() - from));
            if (!nl)
                break;
            from = static_cast<const char *>(nl) - data + 1;
            starts.push_back(from);
        }
    }
    /** 0-based line of a byte offset. */
    int lineOf(qsizetype offset) const
    {
        return int(std::upper_bound(starts.begin(), starts.end(), offset) - starts.begin()) - 1;
    }
    QByteArrayView line(QByteArrayView content, int index) const
    {
        const qsizetype begin = starts[size_t(index)];
        qsizetype end = size_t(index) + 1 < starts.size() ? starts[size_t(index) + 1] - 1 : content.size();
        if (end > begin && content[end - 1] == '\r')
            --end;
        return content.sliced(begin, end - begin);
    }
};

void collect(QByteArrayView haystack, const char *needle, const LineIndex &lines, QSet<int> &out)
{
    const QByteArrayView n(needle);
    qsizetype from = 0;
    while ((from = haystack.indexOf(n, from)) >= 0) {
        const int line = lines.lineOf(from);
        out.insert(line);
        // Continue after this line: one hit per line is enough.
        const qsizetype next = size_t(line) + 1 < lines.starts.size() ? lines.starts[size_t(line) + 1] : haystack.size();
        from = std::max(from + n.size(), next);
    }
}

/** Columns count bytes, as every other importer's SourceRefs do. */
int byteColumn(const QString &line, qsizetype position)
{
    return int(QStringView(line).left(position).toUtf8().size());
}

} // namespace

double entropy(QByteArrayView value)
{
    if (value.isEmpty())
        return 0;
    int counts[256] = {};
    for (const char c : value)
        ++counts[static_cast<unsigned char>(c)];
    double h = 0;
    for (const int n : counts) {
        if (n == 0)
            continue;
        const double p = double(n) / double(value.size());
        h -= p * std::log2(p);
    }
    return h;
}

QList<Finding> scan(QByteArrayView content, const QString &file)
{
    QList<Finding> out;
    if (content.isEmpty())
        return out;
    const LineIndex lines(content);
    const QByteArray lower = content.toByteArray().toLower();

    // Lines worth a closer look: they contain a prefix of a known token format or a word that
    // names a secret. Everything else is never decoded or matched.
    QSet<int> candidates;
    for (const char *needle : {"AKIA", "ASIA", "ABIA", "ACCA", "AGPA", "AIDA", "AROA", "AIPA", "ANPA", "ANVA", "AIza", "AccountKey=",
                               "SharedAccessKey=", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "xox", "hooks.slack.com",
                               "_live_", "sk-", "eyJ"})
        collect(content, needle, lines, candidates);
    for (const char *needle : {"pass", "pwd", "secret", "token", "key", "credential", "://"})
        collect(lower, needle, lines, candidates);
    QSet<int> atLines;
    collect(content, "@", lines, atLines);
    for (const int line : std::as_const(atLines)) {
        const QByteArrayView l = lines.line(lower, line);
        if (l.contains(':'))
            candidates.insert(line);
    }

    const bool code = isCodeFile(file);
    // Dependency lists name packages such as "jsonwebtoken" or "google-cloud-secret-manager":
    // only the token formats are looked for there, no name = value assignments.
    thread_local const QRegularExpression manifest(QStringLiteral(R"re((^|/)(package(-lock)?\.json|composer\.(json|lock)|requirements[^/]*\.(txt|in)|pyproject\.toml|Pipfile(\.lock)?|poetry\.lock|go\.(mod|sum)|Cargo\.(toml|lock)|Gemfile(\.lock)?|pom\.xml|[^/]*\.csproj|yarn\.lock|pnpm-lock\.yaml)$)re"));
    const bool dependencyList = manifest.match(file).hasMatch();
    const bool serviceAccount = content.contains("\"service_account\"") && content.contains("\"private_key\"");
    QList<int> sorted(candidates.cbegin(), candidates.cend());
    std::sort(sorted.begin(), sorted.end());

    auto add = [&](const char *type, const QString &name, int line, int column, const QByteArray &value) {
        for (const Finding &f : std::as_const(out)) {
            if (f.line == line + 1 && (f.value == value || f.value.contains(value) || value.contains(f.value)))
                return; // the same secret, already found by a more specific pattern
        }
        Finding f;
        f.type = QString::fromLatin1(type);
        f.name = name;
        f.file = file;
        f.line = line + 1;
        f.column = column + 1;
        f.fingerprint = images::redact(QString::fromUtf8(value));
        f.value = value;
        out.append(f);
    };

    // Private keys: the whole block is the secret.
    {
        thread_local const QRegularExpression begin(QStringLiteral(R"re(-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----)re"));
        qsizetype from = 0;
        while ((from = content.indexOf(QByteArrayView("-----BEGIN "), from)) >= 0) {
            const int line = lines.lineOf(from);
            const QString text = QString::fromUtf8(content.sliced(from, std::min<qsizetype>(80, content.size() - from)));
            const auto m = begin.match(text);
            if (m.hasMatch() && m.capturedStart() == 0) {
                qsizetype end = content.indexOf(QByteArrayView("-----END "), from);
                if (end < 0)
                    end = std::min<qsizetype>(content.size(), from + 4096);
                const QByteArray block = content.sliced(from, end - from).toByteArray();
                const bool inServiceAccount = serviceAccount && lines.line(content, line).contains("\"private_key\"");
                add(inServiceAccount ? "gcp-service-account-key" : "private-key", QString(), line,
                    int(from - lines.starts[size_t(line)]), block);
            }
            from += 11;
        }
    }

    for (const int line : std::as_const(sorted)) {
        const QByteArrayView raw = lines.line(content, line);
        if (raw.size() > 4096)
            continue; // minified bundles and data blobs: not configuration
        const QString text = QString::fromUtf8(raw);
        for (const Pattern &p : specificPatterns()) {
            auto it = p.re.globalMatch(text);
            while (it.hasNext()) {
                const auto m = it.next();
                const QString value = m.captured(p.group);
                if (qstrcmp(p.type, "password-in-url") == 0 && isPlaceholder(value, QString()))
                    continue;
                add(p.type, QString(), line, byteColumn(text, m.capturedStart(p.group)), value.toUtf8());
            }
        }
        if (dependencyList)
            continue;
        auto it = assignmentPattern().globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString name = m.captured(1);
            int group = 2;
            while (group <= 4 && m.capturedStart(group) < 0)
                ++group;
            const bool quoted = group < 4;
            const QString value = m.captured(group);
            if (metaName().match(name).hasMatch() || isPlaceholder(value, name) || value.contains(QLatin1StringView("://")))
                continue;
            if (!quoted) {
                // In code an unquoted right-hand side is an expression, not a literal; in
                // configuration a dotted name (var.password, random_string.x.result) is a reference.
                thread_local const QRegularExpression dotted(QStringLiteral(R"re(^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$)re"));
                if (code || dotted.match(value).hasMatch() || value.contains(QLatin1Char('(')) || value.contains(QLatin1Char('[')))
                    continue;
            }
            const QByteArray bytes = value.toUtf8();
            const bool password = passwordName().match(name).hasMatch();
            thread_local const QRegularExpression digits(QStringLiteral("^[0-9.]+$|^[~^<>=!]*v?[0-9]+(\\.[0-9x*]+)+([-+][0-9A-Za-z.]+)?$"));
            if (password ? (bytes.size() < 4 || entropy(bytes) < 1.5)
                         : (bytes.size() < 5 || entropy(bytes) < 2.0 || digits.match(value).hasMatch()))
                continue;
            thread_local const QRegularExpression awsSecret(QStringLiteral("(?i)(aws.*secret|secret.*access|^secret_?key$)"));
            thread_local const QRegularExpression awsShape(QStringLiteral("^[A-Za-z0-9/+=]{40}$"));
            const char *type = password ? "password"
                : (awsSecret.match(name).hasMatch() && awsShape.match(value).hasMatch()) ? "aws-secret-access-key"
                                                                                         : "secret";
            add(type, name, line, byteColumn(text, m.capturedStart(group)), bytes);
        }
    }
    std::sort(out.begin(), out.end(), [](const Finding &a, const Finding &b) { return a.line != b.line ? a.line < b.line : a.column < b.column; });
    return out;
}

QString describe(const QString &type)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("aws-access-key-id"), QT_TRANSLATE_NOOP("tw::Secrets", "AWS access key ID")},
        {QStringLiteral("aws-secret-access-key"), QT_TRANSLATE_NOOP("tw::Secrets", "AWS secret access key")},
        {QStringLiteral("gcp-api-key"), QT_TRANSLATE_NOOP("tw::Secrets", "Google API key")},
        {QStringLiteral("gcp-service-account-key"), QT_TRANSLATE_NOOP("tw::Secrets", "Google Cloud service-account key")},
        {QStringLiteral("azure-storage-key"), QT_TRANSLATE_NOOP("tw::Secrets", "Azure storage account key")},
        {QStringLiteral("azure-shared-access-key"), QT_TRANSLATE_NOOP("tw::Secrets", "Azure shared access key")},
        {QStringLiteral("private-key"), QT_TRANSLATE_NOOP("tw::Secrets", "private key")},
        {QStringLiteral("github-token"), QT_TRANSLATE_NOOP("tw::Secrets", "GitHub token")},
        {QStringLiteral("slack-token"), QT_TRANSLATE_NOOP("tw::Secrets", "Slack token")},
        {QStringLiteral("slack-webhook"), QT_TRANSLATE_NOOP("tw::Secrets", "Slack webhook URL")},
        {QStringLiteral("stripe-key"), QT_TRANSLATE_NOOP("tw::Secrets", "Stripe live key")},
        {QStringLiteral("openai-api-key"), QT_TRANSLATE_NOOP("tw::Secrets", "OpenAI API key")},
        {QStringLiteral("anthropic-api-key"), QT_TRANSLATE_NOOP("tw::Secrets", "Anthropic API key")},
        {QStringLiteral("jwt"), QT_TRANSLATE_NOOP("tw::Secrets", "JSON Web Token")},
        {QStringLiteral("password-in-url"), QT_TRANSLATE_NOOP("tw::Secrets", "password in a URL")},
        {QStringLiteral("password"), QT_TRANSLATE_NOOP("tw::Secrets", "password")},
        {QStringLiteral("secret"), QT_TRANSLATE_NOOP("tw::Secrets", "secret value")},
    };
    const char *name = names.value(type);
    return name ? QCoreApplication::translate("tw::Secrets", name) : type;
}

QJsonObject toJson(const Finding &finding)
{
    QJsonObject o{{QStringLiteral("type"), finding.type},
                  {QStringLiteral("file"), finding.file},
                  {QStringLiteral("line"), finding.line},
                  {QStringLiteral("fingerprint"), finding.fingerprint}};
    if (!finding.name.isEmpty())
        o.insert(QStringLiteral("name"), finding.name);
    return o;
}

namespace {

struct Scrubber
{
    QList<std::pair<QString, QString>> replacements; ///< value → "[redacted sha256:…]"

    bool apply(QString &text) const
    {
        bool changed = false;
        for (const auto &[value, marker] : replacements) {
            if (text.contains(value)) {
                text.replace(value, marker);
                changed = true;
            }
        }
        return changed;
    }
    void apply(QStringList &list) const
    {
        for (QString &s : list)
            apply(s);
    }
    QJsonValue apply(const QJsonValue &v) const
    {
        if (v.isString()) {
            QString s = v.toString();
            return apply(s) ? QJsonValue(s) : v;
        }
        if (v.isArray()) {
            QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                a[i] = apply(a.at(i));
            return a;
        }
        if (v.isObject()) {
            QJsonObject o = v.toObject();
            apply(o);
            return o;
        }
        return v;
    }
    void apply(QJsonObject &o) const
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = apply(it.value());
    }
};

} // namespace

void scrub(SystemModel &model, const QList<Finding> &findings)
{
    Scrubber s;
    QSet<QString> seen;
    for (const Finding &f : findings) {
        // Private keys are matched by their first body line; other values whole.
        QString value = QString::fromUtf8(f.value);
        if (f.type == QLatin1StringView("private-key") || f.type == QLatin1StringView("gcp-service-account-key")) {
            const QStringList parts = value.split(QRegularExpression(QStringLiteral(R"re((\\n|\n|-----))re")), Qt::SkipEmptyParts);
            for (const QString &part : parts) {
                if (part.size() >= 40 && !seen.contains(part)) {
                    seen.insert(part);
                    s.replacements.append({part, QStringLiteral("[redacted %1]").arg(f.fingerprint)});
                }
            }
            continue;
        }
        if (value.size() < 8 || seen.contains(value))
            continue;
        seen.insert(value);
        s.replacements.append({value, QStringLiteral("[redacted %1]").arg(f.fingerprint)});
    }
    if (s.replacements.isEmpty())
        return;
    // Longer values first, so a value containing another is replaced whole.
    std::sort(s.replacements.begin(), s.replacements.end(), [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    for (Component &c : model.components) {
        s.apply(c.name);
        s.apply(c.technology);
        s.apply(c.tags);
        s.apply(c.attributes);
    }
    for (TrustBoundary &b : model.boundaries) {
        s.apply(b.name);
        s.apply(b.attributes);
    }
    for (EntryPoint &e : model.entryPoints) {
        s.apply(e.name);
        s.apply(e.path);
        s.apply(e.operationId);
        s.apply(e.attributes);
        for (Parameter &p : e.parameters)
            s.apply(p.name);
    }
    for (DataFlow &f : model.flows) {
        s.apply(f.label);
        s.apply(f.attributes);
    }
    for (DataAsset &a : model.assets) {
        s.apply(a.name);
        s.apply(a.attributes);
    }
    for (Diagnostic &d : model.diagnostics)
        s.apply(d.message);
}

} // namespace tw::secrets
