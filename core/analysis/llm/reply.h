// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

/**
 * The answer of a model, checked strictly: anything that does not follow the schema of
 * prompt.h is dropped with a diagnostic, never half-read. What passes becomes suggested threats
 * labelled with their origin ("llm:<model>"); duplicates of what is already known are dropped.
 */
namespace tw::analysis::llm {

/** One threat as the model proposed it, after validation. */
struct Suggestion
{
    QString target;
    QString title;
    Stride stride = Stride::Tampering;
    QString rationale;
    QString mitigation;
    int likelihood = 3;
    int impact = 3;
    QStringList cwe;
};

struct ParsedReply
{
    QList<Suggestion> suggestions;
    QStringList diagnostics; ///< why something was dropped; translated
    bool truncated = false;  ///< the server stopped at its length limit
};

/**
 * Reads a chat-completions response body: choices[0].message.content must be one JSON object
 * matching the schema (a ```json fence around it is tolerated). A malformed body or a content
 * of the wrong shape drops everything; an item of the wrong shape, or whose target is not in
 * `allowedTargets`, drops that item. Each drop is named in `diagnostics`.
 */
ParsedReply parseReply(const QByteArray &responseBody, const QSet<QString> &allowedTargets);

/** The content of a reply message, validated as above (for tests of the schema alone). */
ParsedReply parseContent(const QString &content, const QSet<QString> &allowedTargets);

/**
 * Is `s` a duplicate of `t`? Only if they share a target element and then: a common CWE id,
 * or the same STRIDE category with similar titles, or near-identical titles whatever the
 * category (word overlap, docs/llm.md).
 */
bool isDuplicate(const Suggestion &s, const Threat &t);

/** Word overlap of two titles, 0..1 (Jaccard over lower-case words of 3+ letters, no stop words). */
double titleSimilarity(const QString &a, const QString &b);

/**
 * The suggestions as threats: origin "llm:<model>", rule id "llm", a fingerprint from the
 * target, the STRIDE category and the CWE ids (or the title's words when there is no CWE), CWE
 * references, the model's likelihood and impact. Duplicates of `existing` and of each other are
 * left out and counted in `diagnostics`. The caller scores them (analysis::scoreThreats).
 */
QList<Threat> toThreats(const QList<Suggestion> &suggestions, const QString &modelName, const QList<Threat> &existing,
                        QStringList *diagnostics = nullptr);

} // namespace tw::analysis::llm
