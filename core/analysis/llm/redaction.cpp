// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/llm/redaction.h"

#include "import/repo/images.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace tw::analysis::llm {

namespace {

const QString &redacted()
{
    static const QString text = QString::fromLatin1(Redacted);
    return text;
}

/** Patterns of key material. */
struct Pattern
{
    enum Keep { Nothing, Prefix }; ///< Prefix: keep capture 1 (a name and "=", a URL scheme)
    QRegularExpression re;
    Keep keep = Nothing;
};

const QList<Pattern> &credentialPatterns()
{
    static const QList<Pattern> patterns = {
        // PEM private keys
        {QRegularExpression(QStringLiteral("-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)"))},
        // AWS access key ids
        {QRegularExpression(QStringLiteral("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b"))},
        // JSON Web Tokens
        {QRegularExpression(QStringLiteral("\\beyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"))},
        // Authorization header values (with a digit or base64 padding: "Basic authentication" is prose)
        {QRegularExpression(QStringLiteral("(?i)\\b(?:bearer|basic)\\s+(?=[A-Za-z0-9._~+/=-]*[0-9+/=])[A-Za-z0-9._~+/=-]{8,}"))},
        // user:password@ in URLs: the scheme is kept
        {QRegularExpression(QStringLiteral("(?i)\\b([a-z][a-z0-9+.-]*://)[^/\\s:@]+:[^/\\s@]+@")), Pattern::Prefix},
        // Well-known token prefixes (GitHub, Slack, Stripe, Google API keys)
        {QRegularExpression(QStringLiteral("\\b(?:gh[pousr]_[A-Za-z0-9]{20,}|xox[abpors]-[A-Za-z0-9-]{10,}|sk_(?:live|test)_[A-Za-z0-9]{10,}|AIza[0-9A-Za-z_-]{30,})"))},
        // NAME=value and NAME: value where the name says secret: the name is kept
        {QRegularExpression(QStringLiteral("(?i)\\b([A-Za-z0-9_.-]*(?:pass(?:word)?|passwd|pwd|secret|token|api[_-]?key|private[_-]?key|credential|access[_-]?key)"
                                           "[A-Za-z0-9_.-]*['\"]?\\s*[=:]\\s*['\"]?)[^\\s'\",;&]{4,}")),
         Pattern::Prefix},
    };
    return patterns;
}

/** A long token of letters and digits with the entropy of random bytes. */
bool isRandomToken(const QString &word)
{
    if (word.size() < 24 || word.size() > 4096)
        return false;
    int letters = 0, digits = 0;
    QHash<QChar, int> counts;
    for (const QChar c : word) {
        if (c.isSpace())
            return false;
        if (c.isLetter())
            ++letters;
        else if (c.isDigit())
            ++digits;
        else if (c != QLatin1Char('-') && c != QLatin1Char('_') && c != QLatin1Char('+') && c != QLatin1Char('/')
                 && c != QLatin1Char('='))
            return false; // paths, ids with ':' and '.', URLs: structured, not random
        ++counts[c];
    }
    if (letters == 0 || digits < 2)
        return false;
    double entropy = 0;
    for (const int n : std::as_const(counts)) {
        const double p = double(n) / word.size();
        entropy -= p * std::log2(p);
    }
    return entropy >= 4.0;
}

bool isSecretKey(const QString &key)
{
    // The repository importer's test for secret names, plus the spellings Terraform and
    // connection settings use that it does not cover.
    static const QRegularExpression more(QStringLiteral("(?i)(^|[_.-])(pwd|dsn|connection[_-]?string|sas[_-]?token|client[_-]?secret)($|[_.-])"));
    return images::isSecretName(key) || more.match(key).hasMatch();
}

/** Keys under which the importers record facts about secrets (names, paths, fingerprints): safe. */
bool isSecretFactKey(const QString &key)
{
    static const QSet<QString> facts = {QStringLiteral("secrets-in-env"), QStringLiteral("hardcoded-secrets"),
                                        QStringLiteral("plaintext-secrets"), QStringLiteral("plaintext-secret"),
                                        QStringLiteral("compose-secrets"), QStringLiteral("secretsRedacted")};
    return facts.contains(key);
}

QJsonValue redactFacts(const QJsonValue &value)
{
    // Inside the secret facts only names, paths, types and fingerprints are kept.
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(redactFacts(v));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            static const QSet<QString> keep = {QStringLiteral("name"), QStringLiteral("path"), QStringLiteral("type"),
                                               QStringLiteral("fingerprint")};
            out.insert(it.key(), keep.contains(it.key()) && it.value().isString() ? QJsonValue(redactText(it.value().toString()))
                                                                                   : QJsonValue(redacted()));
        }
        return out;
    }
    if (value.isString())
        return redactText(value.toString());
    return value;
}

} // namespace

bool looksLikeCredential(const QString &value)
{
    for (const Pattern &p : credentialPatterns())
        if (p.re.match(value).hasMatch())
            return true;
    const QStringList words = value.split(QRegularExpression(QStringLiteral("[\\s\"',;()\\[\\]{}<>]+")), Qt::SkipEmptyParts);
    return std::any_of(words.cbegin(), words.cend(), isRandomToken);
}

QString redactText(const QString &text)
{
    QString out = text;
    for (const Pattern &p : credentialPatterns()) {
        if (!p.re.match(out).hasMatch())
            continue;
        QString next;
        qsizetype last = 0;
        auto it = p.re.globalMatch(out);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            next += out.mid(last, m.capturedStart() - last);
            if (p.keep == Pattern::Prefix)
                next += m.captured(1);
            next += redacted();
            last = m.capturedEnd();
        }
        next += out.mid(last);
        out = next;
    }
    static const QRegularExpression word(QStringLiteral("[^\\s\"',;()\\[\\]{}<>]+"));
    QString result;
    qsizetype last = 0;
    auto it = word.globalMatch(out);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!isRandomToken(m.captured(0)))
            continue;
        result += out.mid(last, m.capturedStart() - last) + redacted();
        last = m.capturedEnd();
    }
    result += out.mid(last);
    return result;
}

QJsonValue redactJson(const QJsonValue &value)
{
    if (value.isObject())
        return redactJson(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(redactJson(v));
        return out;
    }
    if (value.isString())
        return redactText(value.toString());
    return value;
}

QJsonObject redactJson(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isSecretFactKey(it.key()))
            out.insert(it.key(), redactFacts(it.value()));
        else if (isSecretKey(it.key()) && !it.value().isBool() && !it.value().isNull())
            out.insert(it.key(), redacted());
        else
            out.insert(it.key(), redactJson(it.value()));
    }
    return out;
}

} // namespace tw::analysis::llm
