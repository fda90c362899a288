// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/llm/settings.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSettings>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <algorithm>
#include <optional>

namespace tw::analysis::llm {

namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::Llm)
};

} // namespace

Preferences Preferences::load()
{
    QSettings settings;
    Preferences p;
    settings.beginGroup(QStringLiteral("llm"));
    p.enabled = settings.value(QStringLiteral("enabled"), p.enabled).toBool();
    p.baseUrl = QUrl(settings.value(QStringLiteral("baseUrl"), p.baseUrl.toString()).toString());
    p.model = settings.value(QStringLiteral("model"), p.model).toString();
    p.timeoutSeconds = std::clamp(settings.value(QStringLiteral("timeoutSeconds"), p.timeoutSeconds).toInt(), 5, 3600);
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("llm"));
    settings.setValue(QStringLiteral("enabled"), enabled);
    settings.setValue(QStringLiteral("baseUrl"), baseUrl.toString());
    settings.setValue(QStringLiteral("model"), model);
    settings.setValue(QStringLiteral("timeoutSeconds"), timeoutSeconds);
}

QString apiKeyFromEnvironment()
{
    return qEnvironmentVariable(ApiKeyVariable).trimmed();
}

QString keychainService()
{
    return QStringLiteral("Threatwright");
}

QString keychainKey()
{
    return QStringLiteral("llm-api-key");
}

void readApiKey(QObject *context, std::function<void(Result<QString>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(keychainService());
    job->setAutoDelete(true);
    job->setKey(keychainKey());
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() == QKeychain::NoError)
            done(read->textData());
        else if (read->error() == QKeychain::EntryNotFound)
            done(QString());
        else
            done(makeError(Tr::tr("The system keychain cannot be read: %1").arg(read->errorString())));
    });
    job->start();
}

void writeApiKey(const QString &key, QObject *context, std::function<void(Result<void>)> done)
{
    QKeychain::Job *job = nullptr;
    if (key.isEmpty()) {
        auto *remove = new QKeychain::DeletePasswordJob(keychainService());
        remove->setKey(keychainKey());
        job = remove;
    } else {
        auto *write = new QKeychain::WritePasswordJob(keychainService());
        write->setKey(keychainKey());
        write->setTextData(key);
        job = write;
    }
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound)
            done({});
        else
            done(makeError(Tr::tr("The key cannot be stored in the system keychain: %1").arg(j->errorString())));
    });
    job->start();
}

QString resolveApiKeyBlocking(int timeoutMs, QString *note)
{
    const QString fromEnvironment = apiKeyFromEnvironment();
    if (!fromEnvironment.isEmpty()) {
        if (note)
            *note = Tr::tr("API key from %1").arg(QLatin1StringView(ApiKeyVariable));
        return fromEnvironment;
    }
    QEventLoop loop;
    QObject context;
    std::optional<Result<QString>> result;
    readApiKey(&context, [&](Result<QString> r) {
        result = std::move(r);
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!result)
        loop.exec();
    if (!result) {
        if (note)
            *note = Tr::tr("The system keychain did not answer; no API key is sent");
        return {};
    }
    if (!*result) {
        if (note)
            *note = result->error().message + Tr::tr("; no API key is sent");
        return {};
    }
    if (note)
        *note = (*result)->isEmpty() ? Tr::tr("No API key (none in %1 or the keychain)").arg(QLatin1StringView(ApiKeyVariable))
                                     : Tr::tr("API key from the system keychain");
    return **result;
}

} // namespace tw::analysis::llm
