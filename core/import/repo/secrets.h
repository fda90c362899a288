// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

/**
 * Hard-coded secrets in any text file of a repository: cloud keys (AWS, Google Cloud, Azure),
 * private keys (PEM), tokens (GitHub, Slack, Stripe, OpenAI, Anthropic, JWTs), passwords in URLs
 * and `password = "…"`-style assignments that pass placeholder and entropy checks.
 *
 * A finding says what kind of secret, where, and a short fingerprint ("sha256:" + 8 hex digits
 * of the value): enough to see that two findings are the same secret or that it changed, not
 * enough to use it. The value itself stays in memory only, to scrub it from the model
 * (scrub()); it is never stored, printed or written into a report.
 */
namespace tw::secrets {

struct Finding
{
    QString type;        ///< stable key, e.g. "aws-access-key-id", "private-key", "password-in-url"
    QString name;        ///< the variable or key it was assigned to, when there is one
    QString file;        ///< relative to the import root
    int line = 0;        ///< 1-based
    int column = 0;      ///< 1-based, where the value starts
    QString fingerprint; ///< "sha256:" + 8 hex digits of the value
    QByteArray value;    ///< memory only: for scrub(); never stored or shown
};

/** Finds the secrets in one file's content. Fast on files without any: a few substring passes. */
QList<Finding> scan(QByteArrayView content, const QString &file);

/** A reader's name for a finding type ("AWS access key ID"). */
QString describe(const QString &type);

/** The entry a component's `hardcoded-secrets` attribute holds for a finding (no value). */
QJsonObject toJson(const Finding &finding);

/**
 * Replaces every occurrence of the findings' values in the model's texts (names, labels,
 * attributes, diagnostics) with "[redacted sha256:…]". Values shorter than 8 characters are
 * left alone: replacing "shop" everywhere would damage names, and the importers never copy
 * secret-named values into the model in the first place.
 */
void scrub(SystemModel &model, const QList<Finding> &findings);

/** Shannon entropy in bits per character. */
double entropy(QByteArrayView value);

} // namespace tw::secrets
