// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/llm/chatclient.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace tw::analysis::llm {

namespace {

QUrl withPath(const QUrl &base, const QString &tail)
{
    QUrl url = base;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1StringView("/v1")))
        path += QStringLiteral("/v1");
    url.setPath(path + tail);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

bool isRetryableStatus(int status)
{
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

bool isRetryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

} // namespace

QUrl chatCompletionsUrl(const QUrl &baseUrl)
{
    return withPath(baseUrl, QStringLiteral("/chat/completions"));
}

QUrl modelsUrl(const QUrl &baseUrl)
{
    return withPath(baseUrl, QStringLiteral("/models"));
}

ChatClient::ChatClient(QObject *parent)
    : QObject(parent)
    , m_network(this) // parented, so moveToThread() takes them along
    , m_deadline(this)
    , m_backoff(this)
{
    m_deadline.setSingleShot(true);
    m_backoff.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_timedOut = true;
            m_reply->abort();
        }
    });
    connect(&m_backoff, &QTimer::timeout, this, &ChatClient::attempt);
}

ChatClient::~ChatClient()
{
    m_done = nullptr; // nobody to tell any more
    if (m_reply)
        m_reply->abort();
}

void ChatClient::post(const QUrl &url, const QString &apiKey, const QByteArray &body, Callback done)
{
    start("POST", url, apiKey, body, std::move(done));
}

void ChatClient::get(const QUrl &url, const QString &apiKey, Callback done)
{
    start("GET", url, apiKey, QByteArray(), std::move(done));
}

void ChatClient::start(const QByteArray &method, const QUrl &url, const QString &apiKey, const QByteArray &body, Callback done)
{
    cancel();
    m_method = method;
    m_url = url;
    m_apiKey = apiKey;
    m_body = body;
    m_done = std::move(done);
    m_attempt = 0;
    attempt();
}

void ChatClient::cancel()
{
    m_backoff.stop();
    m_deadline.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (m_done) {
        Response r;
        r.cancelled = true;
        r.attempts = m_attempt;
        r.error = tr("cancelled");
        finish(r);
    }
}

void ChatClient::attempt()
{
    ++m_attempt;
    m_timedOut = false;
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Threatwright/" TW_VERSION_STRING));
    if (!m_apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    m_reply = m_method == "GET" ? m_network.get(request) : m_network.post(request, m_body);
    connect(m_reply, &QNetworkReply::finished, this, &ChatClient::onFinished);
    m_deadline.start(m_options.timeoutMs);
}

void ChatClient::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || sender() != reply)
        return;
    m_deadline.stop();
    m_reply = nullptr;
    reply->deleteLater();

    Response r;
    r.attempts = m_attempt;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        r.body = reply->readAll();
    const QNetworkReply::NetworkError error = reply->error();
    if (m_timedOut) {
        r.timedOut = true;
        r.error = tr("no complete answer within %1 s (raise the timeout for slow local models)")
                      .arg(QString::number(m_options.timeoutMs / 1000.0, 'f', 1));
        finish(r); // a model that is too slow once is as slow the next time: no retry
        return;
    }
    if (r.status >= 200 && r.status < 300 && error == QNetworkReply::NoError) {
        finish(r);
        return;
    }
    QString reason;
    if (r.status > 0) {
        reason = tr("HTTP %1 from %2").arg(r.status).arg(m_url.toDisplayString(QUrl::RemoveUserInfo));
        const QString detail = QString::fromUtf8(r.body.left(300)).simplified();
        if (!detail.isEmpty())
            reason += QStringLiteral(": ") + detail;
    } else {
        reason = tr("%1 cannot be reached: %2").arg(m_url.toDisplayString(QUrl::RemoveUserInfo), reply->errorString());
    }
    const bool retryable = r.status > 0 ? isRetryableStatus(r.status) : isRetryableNetworkError(error);
    if (retryable && m_attempt < m_options.maxAttempts) {
        int delay = std::min(m_options.maxBackoffMs, m_options.backoffMs << std::min(m_attempt - 1, 16));
        bool ok = false;
        const int retryAfter = QString::fromLatin1(reply->rawHeader("Retry-After")).trimmed().toInt(&ok);
        if (ok && retryAfter >= 0)
            delay = std::min(m_options.maxBackoffMs, std::max(delay, retryAfter * 1000));
        Q_EMIT retrying(m_attempt, delay, reason);
        m_backoff.start(delay);
        return;
    }
    r.error = reason;
    finish(r);
}

void ChatClient::finish(Response response)
{
    Callback done = std::exchange(m_done, nullptr);
    if (done)
        done(response);
}

} // namespace tw::analysis::llm
