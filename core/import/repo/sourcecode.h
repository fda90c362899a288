// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QByteArrayView>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * What source code says about a service's design, found by a per-language line scanner (no
 * parser): the HTTP routes it serves (Express, Flask, FastAPI, Django, Spring, Go net/http, gin,
 * echo, chi, ASP.NET), the outbound HTTP calls to literal URLs, the database and message-queue
 * clients it imports and the connection strings it holds, the queues it listens to, and the LLM
 * SDKs it uses (OpenAI, Anthropic, LangChain, Gemini, Bedrock, Ollama …) — each with its line.
 *
 * Comments are blanked before matching and string contents kept, so a route in a comment is not
 * one; what a line scanner cannot see is listed in docs/repository-importer.md.
 */
namespace tw::sourcecode {

enum class Language { None, JavaScript, Python, Java, Go, CSharp };

/** By file name: .js/.mjs/.cjs/.jsx/.ts/.tsx, .py, .java/.kt, .go, .cs. */
Language languageOf(const QString &fileName);

struct Route
{
    QString method;    ///< upper case; ANY when the framework does not say
    QString path;      ///< with {name} for path parameters, whatever the framework's syntax
    QString framework; ///< express, flask, fastapi, django, spring, net/http, gin, echo, chi, aspnet
    int line = 0;
};

/** An outbound HTTP call, or a client's base URL, to a literal URL. */
struct Call
{
    QString url;
    int line = 0;
};

/** An imported client library: kind is database, queue or llm; name the system it talks to. */
struct Client
{
    QString kind;
    QString name;    ///< postgres, mongodb, kafka, openai …
    QString library; ///< as imported
    int line = 0;
};

/** A connection string to a database or broker (postgres://…, jdbc:mysql://…, Host=…;). */
struct Connection
{
    QString scheme;
    QString host;
    int port = 0;
    bool tls = false;
    int line = 0;
};

/** A queue or topic the code consumes (Spring @KafkaListener, @RabbitListener …). */
struct Topic
{
    QString name;
    QString framework;
    int line = 0;
};

struct Findings
{
    QList<Route> routes;
    QList<Call> calls;
    QList<Client> clients;
    QList<Connection> connections;
    QList<Topic> topics;
    bool isEmpty() const
    {
        return routes.isEmpty() && calls.isEmpty() && clients.isEmpty() && connections.isEmpty() && topics.isEmpty();
    }
};

/** The lines of `content` with comments replaced by spaces; string contents stay. */
QStringList codeLines(QByteArrayView content, Language language);

Findings scan(QByteArrayView content, Language language);

/**
 * The model fragment of one file's findings: facts and entry points of the component `ownerId`
 * (the service the file belongs to), flows to the services, stores and external systems it calls,
 * and an AI-service component per LLM provider. Every element points at its line in `file`.
 */
ModelFragment toFragment(const Findings &findings, const QString &file, const QString &ownerId,
                         const QString &artifact = QStringLiteral("code"));

/**
 * The LLM SDKs a package manifest declares (the `dependencies` facts of the manifest importer:
 * npm, PyPI, Go, Maven, NuGet names), as clients for toFragment(): a service that depends on
 * `openai` or `langchain-google-genai` talks to that model provider even when its code is not
 * in the repository.
 */
Findings llmClientsOf(const QJsonArray &dependencies);

} // namespace tw::sourcecode
