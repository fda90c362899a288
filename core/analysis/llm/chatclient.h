// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkReply;

/**
 * The HTTP side of an OpenAI-compatible server (llama.cpp's server, Ollama, vLLM, hosted APIs):
 * one request at a time, asynchronous on the thread the client lives in, with a deadline per
 * attempt, bounded retries with exponential backoff on 429 and 5xx (Retry-After is honoured,
 * capped), and cancel. Redirects are not followed, so a key is never sent to a host nobody chose.
 */
namespace tw::analysis::llm {

/** The chat-completions URL for a base URL: "http://host:8080" and "http://host:11434/v1" both work. */
QUrl chatCompletionsUrl(const QUrl &baseUrl);
/** The model-list URL (GET …/v1/models), used to test a connection. */
QUrl modelsUrl(const QUrl &baseUrl);

struct ClientOptions
{
    int timeoutMs = 180000; ///< per attempt, from sending to the last byte (local models are slow)
    int maxAttempts = 3;    ///< 1 = no retry
    int backoffMs = 1000;   ///< before the 2nd attempt; doubles each time
    int maxBackoffMs = 30000;
};

/** What one request came to, after any retries. */
struct Response
{
    int status = 0;   ///< HTTP status; 0 when no HTTP answer came
    QByteArray body;  ///< the last answer's body
    QString error;    ///< empty on a 2xx answer; otherwise what went wrong, translated
    bool cancelled = false;
    bool timedOut = false;
    int attempts = 0;
    bool ok() const { return error.isEmpty(); }
};

class ChatClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Response &)>;

    explicit ChatClient(QObject *parent = nullptr);
    ~ChatClient() override;

    void setOptions(const ClientOptions &options) { m_options = options; }
    ClientOptions options() const { return m_options; }

    /** POSTs JSON; `done` is called once, on this object's thread. A request in flight is cancelled first. */
    void post(const QUrl &url, const QString &apiKey, const QByteArray &body, Callback done);
    /** GETs (for the model list). */
    void get(const QUrl &url, const QString &apiKey, Callback done);
    /** Stops the request in flight (its callback gets `cancelled`). */
    void cancel();
    bool isBusy() const { return bool(m_done); }

Q_SIGNALS:
    /** An attempt failed and another follows after `delayMs`. */
    void retrying(int attempt, int delayMs, const QString &reason);

private:
    void start(const QByteArray &method, const QUrl &url, const QString &apiKey, const QByteArray &body, Callback done);
    void attempt();
    void onFinished();
    void finish(Response response);

    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QTimer m_backoff;
    ClientOptions m_options;
    QByteArray m_method;
    QUrl m_url;
    QString m_apiKey;
    QByteArray m_body;
    Callback m_done;
    int m_attempt = 0;
    bool m_timedOut = false;
};

} // namespace tw::analysis::llm
