// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

/**
 * What must never leave the machine in a suggestion request: secret values. Names of secrets
 * (an environment variable called DB_PASSWORD) are kept — they tell the reviewer what exists —
 * but every value under such a name, and every value that looks like key material wherever it
 * appears, is replaced by "[redacted]".
 */
namespace tw::analysis::llm {

/** The text that replaces a secret. */
inline constexpr char Redacted[] = "[redacted]";

/**
 * Does a value look like a credential whatever its name: AWS key ids, PEM private keys, JWTs,
 * bearer/basic authorisation values, URLs with a password, NAME=secret assignments, long
 * random-looking tokens (high entropy, mixed letters and digits, no spaces).
 */
bool looksLikeCredential(const QString &value);

/** Free text with every credential-looking part replaced; the rest kept. */
QString redactText(const QString &text);

/**
 * A JSON value (attributes, descriptions) with secrets removed: values under secret-looking
 * keys (images::isSecretName, Terraform's secret attribute names) and credential-looking
 * strings anywhere are replaced; the facts the importers record about secrets (their names,
 * types, paths, short fingerprints) are kept.
 */
QJsonValue redactJson(const QJsonValue &value);
QJsonObject redactJson(const QJsonObject &object);

} // namespace tw::analysis::llm
