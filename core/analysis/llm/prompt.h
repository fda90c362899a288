// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

/**
 * What a suggestion request says (docs/llm.md, "What is sent"): fixed instructions, the JSON
 * schema of the answer, and a redacted summary of one component's neighbourhood as a data block.
 * Text from the inputs only ever appears inside that block, JSON-encoded, so it cannot end the
 * block, add instructions, or change the schema.
 */
namespace tw::analysis::llm {

/** Most threats one reply may suggest (also the schema's maxItems). */
inline constexpr int MaxSuggestionsPerReply = 10;

/** The neighbourhood of one component, ready to send. */
struct Neighbourhood
{
    QString componentId;
    QJsonObject summary;      ///< redacted
    QSet<QString> elementIds; ///< ids a suggestion may target (those in the summary)
};

/** Indexes of a model for summarising many components without rescanning it each time. */
class NeighbourhoodBuilder
{
public:
    explicit NeighbourhoodBuilder(const SystemModel &model, const QList<Threat> &existing = {});
    /** The component's summary: itself, its boundary, entry points, flows in and out with their
     *  peers and assets, and the titles of the findings already known about them. */
    Neighbourhood build(const QString &componentId) const;
    bool contains(const QString &componentId) const { return m_component.contains(componentId); }

private:
    const SystemModel &m_model;
    QHash<QString, int> m_component, m_boundary, m_asset;
    QHash<QString, std::vector<int>> m_entryPoints, m_inbound, m_outbound;
    QHash<QString, std::vector<int>> m_threatsByElement;
    QList<Threat> m_existing;
};

/** The system message: the task, the rules for the answer, and that the data block is data. */
QString systemInstructions();

/** The JSON schema every reply must satisfy. */
QJsonObject replySchema();

/**
 * The chat-completions request body for one neighbourhood. `structured`: ask for the schema
 * with response_format json_schema (servers that refuse it get the same schema in the
 * instructions only).
 */
QByteArray requestBody(const QString &model, const Neighbourhood &n, bool structured);

/** The user message (the data block) alone, for tests and docs. */
QString userMessage(const Neighbourhood &n);

} // namespace tw::analysis::llm
