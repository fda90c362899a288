// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

/**
 * Where the LLM provider's settings live: base URL, model and timeout in the user's settings
 * (QSettings, group "llm"), the API key in the system keychain (qtkeychain: Secret Service,
 * KWallet, macOS Keychain, Windows Credential Store) or in the environment variable
 * THREATWRIGHT_LLM_API_KEY. Never in a project file: a project is shared, a key is personal.
 */
namespace tw::analysis::llm {

/** The environment variable a key can come from (CI, scripts). */
inline constexpr char ApiKeyVariable[] = "THREATWRIGHT_LLM_API_KEY";

struct Preferences
{
    bool enabled = false; ///< off by default: nothing is ever sent unless someone turns it on
    QUrl baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    QString model;
    int timeoutSeconds = 180;

    /** From QSettings (the application's organisation and name), defaults where unset. */
    static Preferences load();
    void save() const;
};

/** The key from THREATWRIGHT_LLM_API_KEY; empty when unset. */
QString apiKeyFromEnvironment();

/** The keychain entry: service "Threatwright", key "llm-api-key". */
QString keychainService();
QString keychainKey();

/**
 * Reads the key from the keychain without blocking; `done` runs on `context`'s thread with the
 * key, an empty string when there is none, or an error when no keychain is available.
 */
void readApiKey(QObject *context, std::function<void(Result<QString>)> done);
/** Stores (or, with an empty key, deletes) the key in the keychain without blocking. */
void writeApiKey(const QString &key, QObject *context, std::function<void(Result<void>)> done);
/** For the CLI: the environment variable if set, else the keychain (waiting at most `timeoutMs`), else empty. */
QString resolveApiKeyBlocking(int timeoutMs = 5000, QString *note = nullptr);

} // namespace tw::analysis::llm
