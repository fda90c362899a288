// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/llm/chatclient.h"
#include "analysis/llm/prompt.h"
#include "model/model.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

/**
 * The LLM suggestion provider (docs/llm.md): for each chosen component, one request with the
 * redacted neighbourhood, a strictly validated answer, duplicates of known findings dropped,
 * the rest scored like rule findings and labelled with their origin and model. Asynchronous on
 * the thread it lives in (the GUI thread is never blocked: the network work is Qt's), with
 * progress and cancel. Nothing it suggests is ever validated automatically.
 */
namespace tw::analysis::llm {

struct ProviderSettings
{
    QUrl baseUrl;
    QString model;
    QString apiKey; ///< from the keychain or THREATWRIGHT_LLM_API_KEY; never from the project file
    ClientOptions client;
    /// Ask for the schema with response_format json_schema; a server that answers 400 to it is
    /// asked once more with the schema in the instructions only.
    bool structuredOutput = true;
};

struct SuggestOutcome
{
    QList<Threat> threats;   ///< new, validated, deduplicated, scored; status suggested
    QStringList diagnostics; ///< what was dropped or went wrong, per component
    int requests = 0;        ///< HTTP requests sent (retries included)
    int components = 0;      ///< components asked about
    bool cancelled = false;
    QString error; ///< set when the run stopped early (server unreachable, cancelled)
};

class Suggester : public QObject
{
    Q_OBJECT
public:
    explicit Suggester(QObject *parent = nullptr);
    ~Suggester() override;

    /**
     * Starts asking about `componentIds` of `model` (copied). `existing` are the findings already
     * known (the version's threats): they are listed in each request and suggestions repeating
     * them are dropped. Emits progress() after each component and finished() once.
     */
    void start(const ProviderSettings &settings, const SystemModel &model, const QStringList &componentIds,
               const QList<Threat> &existing);
    void cancel();
    bool isRunning() const { return m_running; }
    const SuggestOutcome &outcome() const { return m_outcome; }

    /** The request body that would be sent for one component (what docs/llm.md calls "what is sent"). */
    static QByteArray previewRequest(const ProviderSettings &settings, const SystemModel &model, const QString &componentId,
                                     const QList<Threat> &existing);

Q_SIGNALS:
    void progress(int done, int total, const QString &componentId);
    void diagnostic(const QString &message);
    void finished();

private:
    void next();
    void send(bool structured);
    void handle(const Response &response, bool structured);
    void stop(const QString &error);

    ChatClient m_client;
    ProviderSettings m_settings;
    SystemModel m_model;
    QList<Threat> m_known; ///< existing findings plus what this run found so far
    std::unique_ptr<NeighbourhoodBuilder> m_builder;
    Neighbourhood m_current;
    QStringList m_queue;
    int m_done = 0;
    int m_total = 0;
    bool m_running = false;
    SuggestOutcome m_outcome;
};

} // namespace tw::analysis::llm
