// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/llm/suggester.h"

#include "analysis/engine.h"
#include "analysis/llm/reply.h"

#include <QCoreApplication>

namespace tw::analysis::llm {

namespace {

} // namespace

Suggester::Suggester(QObject *parent)
    : QObject(parent)
    , m_client(this) // parented, so moveToThread() takes it along
{
    connect(&m_client, &ChatClient::retrying, this, [this](int attempt, int delayMs, const QString &reason) {
        Q_EMIT diagnostic(tr("%1: attempt %2 failed (%3); retrying in %4 ms")
                              .arg(m_current.componentId)
                              .arg(attempt)
                              .arg(reason)
                              .arg(delayMs));
    });
}

Suggester::~Suggester() = default;

QByteArray Suggester::previewRequest(const ProviderSettings &settings, const SystemModel &model, const QString &componentId,
                                     const QList<Threat> &existing)
{
    const NeighbourhoodBuilder builder(model, existing);
    return requestBody(settings.model, builder.build(componentId), settings.structuredOutput);
}

void Suggester::start(const ProviderSettings &settings, const SystemModel &model, const QStringList &componentIds,
                      const QList<Threat> &existing)
{
    cancel();
    m_settings = settings;
    m_model = model;
    m_known = existing;
    m_builder = std::make_unique<NeighbourhoodBuilder>(m_model, existing);
    m_queue = componentIds;
    m_done = 0;
    m_total = int(componentIds.size());
    m_outcome = SuggestOutcome{};
    m_running = true;
    // Started from the event loop, so a caller connected after start() still sees every signal.
    QMetaObject::invokeMethod(this, &Suggester::next, Qt::QueuedConnection);
}

void Suggester::cancel()
{
    if (!m_running)
        return;
    m_outcome.cancelled = true;
    m_client.cancel(); // its callback ends the run
    if (m_running)
        stop(tr("cancelled"));
}

void Suggester::next()
{
    if (!m_running)
        return;
    if (m_queue.isEmpty()) {
        stop(QString());
        return;
    }
    const QString id = m_queue.takeFirst();
    if (!m_builder->contains(id)) {
        m_outcome.diagnostics << tr("%1: there is no such component in the version").arg(id);
        Q_EMIT diagnostic(m_outcome.diagnostics.last());
        ++m_done;
        Q_EMIT progress(m_done, m_total, id);
        QMetaObject::invokeMethod(this, &Suggester::next, Qt::QueuedConnection);
        return;
    }
    m_current = m_builder->build(id);
    ++m_outcome.components;
    send(m_settings.structuredOutput);
}

void Suggester::send(bool structured)
{
    const QByteArray body = requestBody(m_settings.model, m_current, structured);
    m_client.setOptions(m_settings.client);
    m_client.post(chatCompletionsUrl(m_settings.baseUrl), m_settings.apiKey, body,
                  [this, structured](const Response &r) { handle(r, structured); });
}

void Suggester::handle(const Response &response, bool structured)
{
    m_outcome.requests += response.attempts;
    if (!m_running)
        return;
    if (response.cancelled) {
        m_outcome.cancelled = true;
        stop(tr("cancelled"));
        return;
    }
    if (!response.ok()) {
        // A server that does not know response_format json_schema: once more with the schema in
        // the instructions only.
        if (structured && response.status == 400 && response.body.contains("response_format")) {
            Q_EMIT diagnostic(tr("%1: the server refused response_format; asking again with the schema in the instructions")
                                  .arg(m_current.componentId));
            send(false);
            return;
        }
        const QString message = tr("%1: %2").arg(m_current.componentId, response.error);
        m_outcome.diagnostics << message;
        Q_EMIT diagnostic(message);
        // A 4xx other than 429 is about this request (say, a context too long for the model):
        // the next component may work. No answer at all, or a timeout, will not get better.
        if (response.status >= 400 && response.status < 500 && response.status != 429) {
            ++m_done;
            Q_EMIT progress(m_done, m_total, m_current.componentId);
            QMetaObject::invokeMethod(this, &Suggester::next, Qt::QueuedConnection);
            return;
        }
        stop(message);
        return;
    }
    const ParsedReply parsed = parseReply(response.body, m_current.elementIds);
    QStringList dropped;
    QList<Threat> threats = toThreats(parsed.suggestions, m_settings.model, m_known, &dropped);
    scoreThreats(m_model, threats);
    for (Threat &t : threats) {
        t.factors.append(RiskFactor{QStringLiteral("suggested-by"), 0,
                                    tr("Suggested by the language model %1 from a redacted summary; likelihood and impact "
                                       "are its estimate. Validate before relying on it.")
                                        .arg(m_settings.model)});
        m_known << t;
        m_outcome.threats << t;
    }
    for (const QString &d : parsed.diagnostics + dropped) {
        const QString message = tr("%1: %2").arg(m_current.componentId, d);
        m_outcome.diagnostics << message;
        Q_EMIT diagnostic(message);
    }
    ++m_done;
    Q_EMIT progress(m_done, m_total, m_current.componentId);
    QMetaObject::invokeMethod(this, &Suggester::next, Qt::QueuedConnection);
}

void Suggester::stop(const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_outcome.error = error;
    m_queue.clear();
    Q_EMIT finished();
}

} // namespace tw::analysis::llm
