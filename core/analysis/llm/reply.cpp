// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/llm/reply.h"

#include "analysis/engine.h"
#include "analysis/llm/prompt.h"
#include "model/enums.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace tw::analysis::llm {

namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::Llm)
};

/** Text from a model: control characters out, whitespace runs to one space. */
QString cleanText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out += (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) ? QChar(u' ') : c;
    return out.simplified();
}

const QStringList &itemKeys()
{
    static const QStringList keys = {QStringLiteral("target"), QStringLiteral("title"), QStringLiteral("stride"),
                                     QStringLiteral("rationale"), QStringLiteral("mitigation"), QStringLiteral("likelihood"),
                                     QStringLiteral("impact"), QStringLiteral("cwe")};
    return keys;
}

std::optional<int> rating(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d != std::floor(d) || d < 1 || d > 5)
        return std::nullopt;
    return int(d);
}

/** One item against the schema; the reason it fails, or empty. */
QString validateItem(const QJsonValue &value, const QSet<QString> &allowed, Suggestion &s)
{
    if (!value.isObject())
        return Tr::tr("it is not an object");
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!itemKeys().contains(it.key()))
            return Tr::tr("it has the unexpected field \"%1\"").arg(it.key().left(40));
    for (const QString &key : itemKeys())
        if (!o.contains(key))
            return Tr::tr("the field \"%1\" is missing").arg(key);
    for (const char *key : {"target", "title", "stride", "rationale", "mitigation"})
        if (!o.value(QLatin1StringView(key)).isString())
            return Tr::tr("\"%1\" is not a string").arg(QLatin1StringView(key));
    s.target = o.value(QStringLiteral("target")).toString().trimmed();
    if (!allowed.contains(s.target))
        return Tr::tr("its target \"%1\" is not an element of the neighbourhood it was shown").arg(cleanText(s.target).left(80));
    s.title = cleanText(o.value(QStringLiteral("title")).toString());
    if (s.title.isEmpty() || s.title.size() > 160)
        return Tr::tr("its title is empty or longer than 160 characters");
    const auto stride = enumFromName<Stride>(o.value(QStringLiteral("stride")).toString());
    if (!stride)
        return Tr::tr("\"%1\" is not a STRIDE category").arg(cleanText(o.value(QStringLiteral("stride")).toString()).left(40));
    s.stride = *stride;
    s.rationale = cleanText(o.value(QStringLiteral("rationale")).toString());
    s.mitigation = cleanText(o.value(QStringLiteral("mitigation")).toString());
    if (s.rationale.size() > 1200 || s.mitigation.size() > 1200)
        return Tr::tr("its rationale or mitigation is longer than 1200 characters");
    const auto likelihood = rating(o.value(QStringLiteral("likelihood")));
    const auto impact = rating(o.value(QStringLiteral("impact")));
    if (!likelihood || !impact)
        return Tr::tr("likelihood and impact must be whole numbers from 1 to 5");
    s.likelihood = *likelihood;
    s.impact = *impact;
    const QJsonValue cwe = o.value(QStringLiteral("cwe"));
    if (!cwe.isArray() || cwe.toArray().size() > 5)
        return Tr::tr("\"cwe\" is not a list of at most 5 ids");
    static const QRegularExpression cweId(QStringLiteral("^CWE-[1-9][0-9]{0,4}$"));
    for (const QJsonValue &id : cwe.toArray()) {
        if (!id.isString() || !cweId.match(id.toString()).hasMatch())
            return Tr::tr("\"%1\" is not a CWE id such as CWE-639").arg(cleanText(id.toVariant().toString()).left(40));
        if (!s.cwe.contains(id.toString()))
            s.cwe << id.toString();
    }
    return {};
}

QSet<QString> words(const QString &title)
{
    static const QSet<QString> stop = {QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("for"), QStringLiteral("with"),
                                       QStringLiteral("from"), QStringLiteral("via"), QStringLiteral("into"), QStringLiteral("that"),
                                       QStringLiteral("this"), QStringLiteral("are"), QStringLiteral("can"), QStringLiteral("not"),
                                       QStringLiteral("its"), QStringLiteral("may"), QStringLiteral("could"), QStringLiteral("through")};
    static const QRegularExpression split(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QSet<QString> out;
    for (const QString &w : title.toLower().split(split, Qt::SkipEmptyParts))
        if (w.size() >= 3 && !stop.contains(w))
            out.insert(w);
    return out;
}

QStringList cweIds(const Threat &t)
{
    QStringList ids;
    for (const Reference &r : t.references)
        if (r.kind == QLatin1StringView("CWE"))
            ids << r.id;
    return ids;
}

} // namespace

ParsedReply parseContent(const QString &content, const QSet<QString> &allowedTargets)
{
    ParsedReply out;
    QString text = content.trimmed();
    // Some servers wrap JSON in a Markdown fence even when asked not to.
    static const QRegularExpression fence(QStringLiteral("\\A```(?:json)?\\s*\\n([\\s\\S]*)\\n```\\z"));
    if (const auto m = fence.match(text); m.hasMatch())
        text = m.captured(1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        out.diagnostics << Tr::tr("The reply is not a JSON object (%1); nothing was taken from it")
                               .arg(error.error != QJsonParseError::NoError ? error.errorString() : Tr::tr("another JSON value"));
        return out;
    }
    const QJsonObject root = doc.object();
    if (root.size() != 1 || !root.value(QStringLiteral("threats")).isArray()) {
        out.diagnostics << Tr::tr("The reply does not follow the schema (it must be {\"threats\": [...]} and nothing else); "
                              "nothing was taken from it");
        return out;
    }
    const QJsonArray items = root.value(QStringLiteral("threats")).toArray();
    for (int i = 0; i < int(items.size()); ++i) {
        if (i >= MaxSuggestionsPerReply) {
            out.diagnostics << Tr::tr("The reply has %1 threats; only the first %2 were considered").arg(items.size()).arg(MaxSuggestionsPerReply);
            break;
        }
        Suggestion s;
        const QString problem = validateItem(items.at(i), allowedTargets, s);
        if (!problem.isEmpty()) {
            out.diagnostics << Tr::tr("Suggestion %1 was dropped: %2").arg(i + 1).arg(problem);
            continue;
        }
        out.suggestions << s;
    }
    return out;
}

ParsedReply parseReply(const QByteArray &responseBody, const QSet<QString> &allowedTargets)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(responseBody, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        ParsedReply out;
        out.diagnostics << Tr::tr("The server's answer is not JSON (%1); nothing was taken from it")
                               .arg(error.error != QJsonParseError::NoError ? error.errorString() : Tr::tr("another JSON value"));
        return out;
    }
    const QJsonArray choices = doc.object().value(QStringLiteral("choices")).toArray();
    const QJsonObject first = choices.isEmpty() ? QJsonObject() : choices.first().toObject();
    const QJsonValue content = first.value(QStringLiteral("message")).toObject().value(QStringLiteral("content"));
    if (!content.isString()) {
        ParsedReply out;
        out.diagnostics << Tr::tr("The server's answer has no choices[0].message.content; it is not a chat completion");
        return out;
    }
    ParsedReply out = parseContent(content.toString(), allowedTargets);
    if (first.value(QStringLiteral("finish_reason")).toString() == QLatin1StringView("length")) {
        out.truncated = true;
        out.diagnostics << Tr::tr("The server stopped at its length limit; the reply may be cut short");
    }
    return out;
}

double titleSimilarity(const QString &a, const QString &b)
{
    const QSet<QString> x = words(a), y = words(b);
    if (x.isEmpty() || y.isEmpty())
        return a.compare(b, Qt::CaseInsensitive) == 0 ? 1.0 : 0.0;
    const qsizetype common = QSet<QString>(x).intersect(y).size();
    return double(common) / double(x.size() + y.size() - common);
}

bool isDuplicate(const Suggestion &s, const Threat &t)
{
    if (!t.targets.contains(s.target) && !t.attackPath.contains(s.target))
        return false;
    const QStringList ids = cweIds(t);
    if (std::any_of(s.cwe.cbegin(), s.cwe.cend(), [&](const QString &id) { return ids.contains(id); }))
        return true;
    const double similarity = titleSimilarity(s.title, t.title);
    return similarity >= 0.8 || (s.stride == t.stride && similarity >= 0.5);
}

QList<Threat> toThreats(const QList<Suggestion> &suggestions, const QString &modelName, const QList<Threat> &existing,
                        QStringList *diagnostics)
{
    QList<Threat> out;
    QSet<QString> fingerprints;
    for (const Threat &t : existing)
        fingerprints.insert(t.fingerprint);
    for (const Suggestion &s : suggestions) {
        auto duplicateOf = [&](const QList<Threat> &list) -> const Threat * {
            for (const Threat &t : list)
                if (t.status != ThreatStatus::ResolvedByChange && isDuplicate(s, t))
                    return &t;
            return nullptr;
        };
        if (const Threat *d = duplicateOf(existing)) {
            if (diagnostics)
                *diagnostics << Tr::tr("\"%1\" was dropped: it repeats the known finding \"%2\"").arg(s.title, d->title);
            continue;
        }
        if (const Threat *d = duplicateOf(out)) {
            if (diagnostics)
                *diagnostics << Tr::tr("\"%1\" was dropped: it repeats \"%2\" from the same answer").arg(s.title, d->title);
            continue;
        }
        Threat t;
        t.ruleId = QStringLiteral("llm");
        t.origin = QStringLiteral("llm:") + modelName;
        t.stride = s.stride;
        t.targets = {s.target};
        t.title = s.title;
        t.rationale = s.rationale;
        t.mitigation = s.mitigation;
        t.likelihood = s.likelihood;
        t.impact = s.impact;
        QStringList cwe = s.cwe;
        cwe.sort();
        for (const QString &id : std::as_const(cwe))
            t.references << Reference{QStringLiteral("CWE"), id,
                                      QStringLiteral("https://cwe.mitre.org/data/definitions/%1.html").arg(id.mid(4))};
        // The identity: what the threat is about, not how the model worded it this time.
        QStringList key = words(s.title).values();
        key.sort();
        const QString discriminator = enumName(s.stride) + QLatin1Char(':')
            + (cwe.isEmpty() ? key.join(QLatin1Char(' ')) : cwe.join(QLatin1Char(',')));
        t.fingerprint = fingerprint(t.ruleId, t.targets, discriminator);
        if (fingerprints.contains(t.fingerprint)) {
            if (diagnostics)
                *diagnostics << Tr::tr("\"%1\" was dropped: the project already has this suggestion").arg(s.title);
            continue;
        }
        fingerprints.insert(t.fingerprint);
        t.status = ThreatStatus::Suggested;
        t.isNew = true;
        out << t;
    }
    return out;
}

} // namespace tw::analysis::llm
