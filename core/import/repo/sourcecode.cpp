// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/repo/sourcecode.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <climits>
#include <optional>

namespace tw::sourcecode {
namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::SourceCode)
};

/** Stands for a character inside a string in the masked view. */
constexpr QChar kMask(0x1);

/** A file's lines twice: comments blanked; and strings blanked too, to tell code from text. */
struct CodeText
{
    QStringList code;
    QStringList masked;
};

/** A module (by prefix) and what it tells: a database, queue or LLM client, or a web framework. */
struct Library
{
    const char *prefix;
    const char *kind; ///< database, queue, llm, framework
    const char *name;
};

// JavaScript/TypeScript packages match exactly or as "<prefix>/…".
const Library kJavaScript[] = {
    {"express", "framework", "express"},
    {"pg", "database", "postgres"}, {"pg-promise", "database", "postgres"}, {"postgres", "database", "postgres"},
    {"mysql", "database", "mysql"}, {"mysql2", "database", "mysql"}, {"mariadb", "database", "mysql"},
    {"mongoose", "database", "mongodb"}, {"mongodb", "database", "mongodb"}, {"redis", "database", "redis"},
    {"ioredis", "database", "redis"}, {"sqlite3", "database", "sqlite"}, {"better-sqlite3", "database", "sqlite"},
    {"sequelize", "database", "sql"}, {"typeorm", "database", "sql"}, {"knex", "database", "sql"}, {"@prisma/client", "database", "sql"},
    {"cassandra-driver", "database", "cassandra"}, {"@elastic/elasticsearch", "database", "elasticsearch"},
    {"neo4j-driver", "database", "neo4j"}, {"oracledb", "database", "oracle"}, {"mssql", "database", "mssql"},
    {"tedious", "database", "mssql"}, {"@aws-sdk/client-dynamodb", "database", "dynamodb"},
    {"@google-cloud/firestore", "database", "firestore"}, {"@google-cloud/spanner", "database", "spanner"},
    {"memcached", "database", "memcached"},
    {"amqplib", "queue", "rabbitmq"}, {"amqp-connection-manager", "queue", "rabbitmq"}, {"kafkajs", "queue", "kafka"},
    {"node-rdkafka", "queue", "kafka"}, {"nats", "queue", "nats"}, {"bullmq", "queue", "redis-queue"}, {"bull", "queue", "redis-queue"},
    {"@aws-sdk/client-sqs", "queue", "sqs"}, {"@aws-sdk/client-sns", "queue", "sns"}, {"@google-cloud/pubsub", "queue", "pubsub"},
    {"mqtt", "queue", "mqtt"}, {"@azure/service-bus", "queue", "azure-service-bus"}, {"zeromq", "queue", "zeromq"},
    {"openai", "llm", "openai"}, {"@anthropic-ai/sdk", "llm", "anthropic"}, {"@langchain/openai", "llm", "openai"},
    {"@langchain/anthropic", "llm", "anthropic"}, {"@langchain/google-genai", "llm", "google-gemini"},
    {"@langchain/community", "llm", "langchain"}, {"@langchain/core", "llm", "langchain"}, {"langchain", "llm", "langchain"},
    {"@google/generative-ai", "llm", "google-gemini"}, {"@google/genai", "llm", "google-gemini"},
    {"@google-cloud/vertexai", "llm", "google-vertex-ai"}, {"cohere-ai", "llm", "cohere"}, {"@mistralai/mistralai", "llm", "mistral"},
    {"ollama", "llm", "ollama"}, {"groq-sdk", "llm", "groq"}, {"@azure/openai", "llm", "azure-openai"},
    {"@aws-sdk/client-bedrock-runtime", "llm", "aws-bedrock"}, {"replicate", "llm", "replicate"},
    {"@huggingface/inference", "llm", "huggingface"}, {"@ai-sdk/openai", "llm", "openai"}, {"@ai-sdk/anthropic", "llm", "anthropic"},
    {"@ai-sdk/google", "llm", "google-gemini"}, {"@ai-sdk/openai-compatible", "llm", "openai-compatible"},
    {"@ai-sdk/mistral", "llm", "mistral"}, {"@ai-sdk/amazon-bedrock", "llm", "aws-bedrock"}, {"@ai-sdk/azure", "llm", "azure-openai"},
};

// Python modules match exactly or as "<prefix>.…".
const Library kPython[] = {
    {"flask", "framework", "flask"}, {"fastapi", "framework", "fastapi"}, {"django", "framework", "django"},
    {"psycopg2", "database", "postgres"}, {"psycopg", "database", "postgres"}, {"asyncpg", "database", "postgres"},
    {"pymysql", "database", "mysql"}, {"MySQLdb", "database", "mysql"}, {"mysql.connector", "database", "mysql"},
    {"aiomysql", "database", "mysql"}, {"pymongo", "database", "mongodb"}, {"motor", "database", "mongodb"},
    {"redis", "database", "redis"}, {"aioredis", "database", "redis"}, {"sqlalchemy", "database", "sql"},
    {"sqlite3", "database", "sqlite"}, {"cassandra", "database", "cassandra"}, {"elasticsearch", "database", "elasticsearch"},
    {"neo4j", "database", "neo4j"}, {"peewee", "database", "sql"}, {"pyodbc", "database", "sql"}, {"cx_Oracle", "database", "oracle"},
    {"oracledb", "database", "oracle"}, {"google.cloud.firestore", "database", "firestore"},
    {"google.cloud.spanner", "database", "spanner"}, {"google.cloud.bigquery", "database", "bigquery"},
    {"pymemcache", "database", "memcached"},
    {"pika", "queue", "rabbitmq"}, {"aio_pika", "queue", "rabbitmq"}, {"kombu", "queue", "rabbitmq"}, {"celery", "queue", "celery"},
    {"kafka", "queue", "kafka"}, {"confluent_kafka", "queue", "kafka"}, {"aiokafka", "queue", "kafka"}, {"nats", "queue", "nats"},
    {"paho.mqtt", "queue", "mqtt"}, {"google.cloud.pubsub", "queue", "pubsub"}, {"google.cloud.pubsub_v1", "queue", "pubsub"},
    {"azure.servicebus", "queue", "azure-service-bus"}, {"rq", "queue", "redis-queue"},
    {"openai", "llm", "openai"}, {"anthropic", "llm", "anthropic"}, {"langchain_openai", "llm", "openai"},
    {"langchain_anthropic", "llm", "anthropic"}, {"langchain_google_genai", "llm", "google-gemini"},
    {"langchain_google_vertexai", "llm", "google-vertex-ai"}, {"langchain_aws", "llm", "aws-bedrock"},
    {"langchain_ollama", "llm", "ollama"}, {"langchain_community", "llm", "langchain"}, {"langchain_core", "llm", "langchain"},
    {"langchain", "llm", "langchain"}, {"llama_index", "llm", "llamaindex"}, {"google.generativeai", "llm", "google-gemini"},
    {"google.genai", "llm", "google-gemini"}, {"vertexai", "llm", "google-vertex-ai"}, {"cohere", "llm", "cohere"},
    {"mistralai", "llm", "mistral"}, {"ollama", "llm", "ollama"}, {"groq", "llm", "groq"}, {"litellm", "llm", "litellm"},
    {"huggingface_hub", "llm", "huggingface"}, {"replicate", "llm", "replicate"},
    {"google_cloud_aiplatform", "llm", "google-vertex-ai"}, // the package that installs vertexai
};

// Java and Kotlin packages, C# namespaces and Go import paths match by prefix.
const Library kJava[] = {
    {"org.springframework.web", "framework", "spring"},
    {"java.sql", "database", "sql"}, {"org.postgresql", "database", "postgres"}, {"com.mysql", "database", "mysql"},
    {"org.mariadb", "database", "mysql"}, {"com.mongodb", "database", "mongodb"}, {"org.springframework.data.mongodb", "database", "mongodb"},
    {"redis.clients.jedis", "database", "redis"}, {"io.lettuce", "database", "redis"}, {"org.springframework.data.redis", "database", "redis"},
    {"org.springframework.data.jpa", "database", "sql"}, {"jakarta.persistence", "database", "sql"}, {"javax.persistence", "database", "sql"},
    {"com.datastax", "database", "cassandra"}, {"org.neo4j", "database", "neo4j"}, {"org.elasticsearch", "database", "elasticsearch"},
    {"co.elastic", "database", "elasticsearch"}, {"software.amazon.awssdk.services.dynamodb", "database", "dynamodb"},
    {"com.google.cloud.spanner", "database", "spanner"}, {"com.google.cloud.firestore", "database", "firestore"},
    {"org.apache.kafka", "queue", "kafka"}, {"org.springframework.kafka", "queue", "kafka"}, {"com.rabbitmq", "queue", "rabbitmq"},
    {"org.springframework.amqp", "queue", "rabbitmq"}, {"javax.jms", "queue", "jms"}, {"jakarta.jms", "queue", "jms"},
    {"software.amazon.awssdk.services.sqs", "queue", "sqs"}, {"com.google.cloud.pubsub", "queue", "pubsub"}, {"io.nats", "queue", "nats"},
    {"com.theokanning.openai", "llm", "openai"}, {"com.openai", "llm", "openai"}, {"dev.langchain4j", "llm", "langchain"},
    {"com.anthropic", "llm", "anthropic"}, {"org.springframework.ai", "llm", "spring-ai"}, {"com.google.cloud.vertexai", "llm", "google-vertex-ai"},
    {"software.amazon.awssdk.services.bedrockruntime", "llm", "aws-bedrock"}, {"com.azure.ai.openai", "llm", "azure-openai"},
};

const Library kGo[] = {
    {"net/http", "framework", "net/http"}, {"github.com/gin-gonic/gin", "framework", "gin"},
    {"github.com/labstack/echo", "framework", "echo"}, {"github.com/go-chi/chi", "framework", "chi"},
    {"github.com/gorilla/mux", "framework", "gorilla"},
    {"database/sql", "database", "sql"}, {"github.com/lib/pq", "database", "postgres"}, {"github.com/jackc/pgx", "database", "postgres"},
    {"github.com/go-sql-driver/mysql", "database", "mysql"}, {"go.mongodb.org/mongo-driver", "database", "mongodb"},
    {"github.com/go-redis/redis", "database", "redis"}, {"github.com/redis/go-redis", "database", "redis"},
    {"github.com/mattn/go-sqlite3", "database", "sqlite"}, {"gorm.io/gorm", "database", "sql"},
    {"cloud.google.com/go/spanner", "database", "spanner"}, {"cloud.google.com/go/firestore", "database", "firestore"},
    {"github.com/gocql/gocql", "database", "cassandra"}, {"github.com/elastic/go-elasticsearch", "database", "elasticsearch"},
    {"github.com/aws/aws-sdk-go-v2/service/dynamodb", "database", "dynamodb"}, {"github.com/bradfitz/gomemcache", "database", "memcached"},
    {"github.com/segmentio/kafka-go", "queue", "kafka"}, {"github.com/Shopify/sarama", "queue", "kafka"}, {"github.com/IBM/sarama", "queue", "kafka"},
    {"github.com/confluentinc/confluent-kafka-go", "queue", "kafka"}, {"github.com/streadway/amqp", "queue", "rabbitmq"},
    {"github.com/rabbitmq/amqp091-go", "queue", "rabbitmq"}, {"github.com/nats-io/nats.go", "queue", "nats"},
    {"cloud.google.com/go/pubsub", "queue", "pubsub"}, {"github.com/aws/aws-sdk-go-v2/service/sqs", "queue", "sqs"},
    {"github.com/eclipse/paho.mqtt.golang", "queue", "mqtt"},
    {"github.com/sashabaranov/go-openai", "llm", "openai"}, {"github.com/openai/openai-go", "llm", "openai"},
    {"github.com/anthropics/anthropic-sdk-go", "llm", "anthropic"}, {"github.com/tmc/langchaingo", "llm", "langchain"},
    {"github.com/google/generative-ai-go", "llm", "google-gemini"}, {"google.golang.org/genai", "llm", "google-gemini"},
    {"cloud.google.com/go/vertexai", "llm", "google-vertex-ai"}, {"github.com/ollama/ollama/api", "llm", "ollama"},
    {"github.com/aws/aws-sdk-go-v2/service/bedrockruntime", "llm", "aws-bedrock"},
};

const Library kCSharp[] = {
    {"Microsoft.AspNetCore", "framework", "aspnet"},
    {"Npgsql", "database", "postgres"}, {"Microsoft.Data.SqlClient", "database", "mssql"}, {"System.Data.SqlClient", "database", "mssql"},
    {"MySql.Data", "database", "mysql"}, {"MySqlConnector", "database", "mysql"}, {"MongoDB.Driver", "database", "mongodb"},
    {"StackExchange.Redis", "database", "redis"}, {"Microsoft.EntityFrameworkCore", "database", "sql"},
    {"Microsoft.Azure.Cosmos", "database", "cosmosdb"}, {"Cassandra", "database", "cassandra"}, {"Elastic.Clients", "database", "elasticsearch"},
    {"Amazon.DynamoDBv2", "database", "dynamodb"}, {"Google.Cloud.Spanner", "database", "spanner"},
    {"Google.Cloud.Firestore", "database", "firestore"},
    {"RabbitMQ.Client", "queue", "rabbitmq"}, {"Confluent.Kafka", "queue", "kafka"}, {"Azure.Messaging.ServiceBus", "queue", "azure-service-bus"},
    {"MassTransit", "queue", "masstransit"}, {"NATS.Client", "queue", "nats"}, {"Amazon.SQS", "queue", "sqs"},
    {"Google.Cloud.PubSub", "queue", "pubsub"},
    {"Azure.AI.OpenAI", "llm", "azure-openai"}, {"OpenAI", "llm", "openai"}, {"Anthropic", "llm", "anthropic"},
    {"Microsoft.SemanticKernel", "llm", "semantic-kernel"}, {"LangChain", "llm", "langchain"}, {"OllamaSharp", "llm", "ollama"},
    {"Amazon.BedrockRuntime", "llm", "aws-bedrock"}, {"Google.Cloud.AIPlatform", "llm", "google-vertex-ai"},
};

/** The LLM providers: display name, and whether the service is someone else's. */
struct Provider
{
    const char *key;
    const char *name;
    const char *hosted; ///< external, self, or nullptr when the code does not say
    bool generic;       ///< a framework over some model, not a provider of its own
};

const Provider kProviders[] = {
    {"openai", QT_TRANSLATE_NOOP("tw::SourceCode", "OpenAI API"), "external", false},
    {"anthropic", QT_TRANSLATE_NOOP("tw::SourceCode", "Anthropic API"), "external", false},
    {"google-gemini", QT_TRANSLATE_NOOP("tw::SourceCode", "Google Gemini API"), "external", false},
    {"google-vertex-ai", QT_TRANSLATE_NOOP("tw::SourceCode", "Google Vertex AI"), "external", false},
    {"azure-openai", QT_TRANSLATE_NOOP("tw::SourceCode", "Azure OpenAI"), "external", false},
    {"aws-bedrock", QT_TRANSLATE_NOOP("tw::SourceCode", "Amazon Bedrock"), "external", false},
    {"cohere", QT_TRANSLATE_NOOP("tw::SourceCode", "Cohere API"), "external", false},
    {"mistral", QT_TRANSLATE_NOOP("tw::SourceCode", "Mistral API"), "external", false},
    {"groq", QT_TRANSLATE_NOOP("tw::SourceCode", "Groq API"), "external", false},
    {"replicate", QT_TRANSLATE_NOOP("tw::SourceCode", "Replicate API"), "external", false},
    {"huggingface", QT_TRANSLATE_NOOP("tw::SourceCode", "Hugging Face Inference"), "external", false},
    {"ollama", QT_TRANSLATE_NOOP("tw::SourceCode", "Ollama model server"), "self", false},
    {"openai-compatible", QT_TRANSLATE_NOOP("tw::SourceCode", "OpenAI-compatible model API"), nullptr, false},
    {"langchain", QT_TRANSLATE_NOOP("tw::SourceCode", "LLM service (through LangChain)"), "external", true},
    {"llamaindex", QT_TRANSLATE_NOOP("tw::SourceCode", "LLM service (through LlamaIndex)"), "external", true},
    {"litellm", QT_TRANSLATE_NOOP("tw::SourceCode", "LLM service (through LiteLLM)"), "external", true},
    {"semantic-kernel", QT_TRANSLATE_NOOP("tw::SourceCode", "LLM service (through Semantic Kernel)"), "external", true},
    {"spring-ai", QT_TRANSLATE_NOOP("tw::SourceCode", "LLM service (through Spring AI)"), "external", true},
};

const Provider *provider(const QString &key)
{
    for (const Provider &p : kProviders) {
        if (key == QLatin1StringView(p.key))
            return &p;
    }
    return nullptr;
}

const Library *lookup(Language language, const QString &module)
{
    auto match = [&module](const Library *begin, const Library *end, QChar separator, bool prefixOnly) -> const Library * {
        const Library *best = nullptr;
        for (const Library *l = begin; l != end; ++l) {
            const QLatin1StringView prefix(l->prefix);
            const bool hit = module == prefix
                || (module.startsWith(prefix) && module.size() > prefix.size()
                    && (prefixOnly || module.at(prefix.size()) == separator || module.at(prefix.size()) == QLatin1Char('/')));
            // The longest prefix wins: langchain_openai before langchain.
            if (hit && (!best || qstrlen(l->prefix) > qstrlen(best->prefix)))
                best = l;
        }
        return best;
    };
    switch (language) {
    case Language::JavaScript: return match(std::begin(kJavaScript), std::end(kJavaScript), QLatin1Char('/'), false);
    case Language::Python: return match(std::begin(kPython), std::end(kPython), QLatin1Char('.'), false);
    case Language::Java: return match(std::begin(kJava), std::end(kJava), QLatin1Char('.'), false);
    case Language::Go: return match(std::begin(kGo), std::end(kGo), QLatin1Char('/'), false);
    case Language::CSharp: return match(std::begin(kCSharp), std::end(kCSharp), QLatin1Char('.'), false);
    case Language::None: break;
    }
    return nullptr;
}

/** Path parameters in every framework's syntax become {name}; the path starts with '/'. */
QString normalisePath(QString path)
{
    thread_local const QRegularExpression named(QStringLiteral(R"re(\(\?P<(\w+)>[^)]*\))re"));     // Django re_path
    thread_local const QRegularExpression angle(QStringLiteral(R"re(<(?:\w+:)?(\w+)>)re"));           // Flask, Django path()
    thread_local const QRegularExpression colon(QStringLiteral(R"re((?<=/):(\w+)\??)re"));            // Express, gin, echo
    thread_local const QRegularExpression star(QStringLiteral(R"re((?<=/)\*(\w+))re"));               // gin catch-all
    thread_local const QRegularExpression typed(QStringLiteral(R"re(\{\*?(\w+)(?::[^}]*)?\}\??)re")); // ASP.NET, Spring
    path.replace(named, QStringLiteral("{\\1}"));
    path.replace(angle, QStringLiteral("{\\1}"));
    path.replace(colon, QStringLiteral("{\\1}"));
    path.replace(star, QStringLiteral("{\\1}"));
    path.replace(typed, QStringLiteral("{\\1}"));
    if (path.startsWith(QLatin1Char('^')))
        path.remove(0, 1);
    if (path.endsWith(QLatin1Char('$')))
        path.chop(1);
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    return path;
}

QString join(const QString &prefix, const QString &path)
{
    if (prefix.isEmpty() || prefix == QLatin1StringView("/"))
        return path;
    QString p = prefix.startsWith(QLatin1Char('/')) ? prefix : QLatin1Char('/') + prefix;
    if (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    if (path.isEmpty() || path == QLatin1StringView("/"))
        return p;
    return p + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path);
}

/** A host named in code: a service of the same deployment, a data store of the cloud, or outside. */
struct Target
{
    QString id;
    QString name;
    bool internal = false;
};

std::optional<Target> targetOf(const QString &host)
{
    const QString h = host.toLower();
    if (h.isEmpty() || h.contains(QLatin1Char('$')) || h.contains(QLatin1Char('{')) || h == QLatin1StringView("localhost")
        || h.startsWith(QLatin1StringView("127.")) || h == QLatin1StringView("0.0.0.0") || h == QLatin1StringView("::1")
        || h == QLatin1StringView("host.docker.internal"))
        return std::nullopt;
    thread_local const QRegularExpression docs(QStringLiteral(R"re((^|\.)(example\.(com|org|net)|localhost|invalid|test)$)re"));
    if (docs.match(h).hasMatch())
        return std::nullopt;
    // One label ("orders") is a container or Service name; "<svc>.<ns>.svc.cluster.local" is
    // Kubernetes DNS for Service <svc>.
    thread_local const QRegularExpression cluster(QStringLiteral(R"re(^([a-z0-9-]+)\.[a-z0-9-]+\.svc(\.cluster\.local)?$)re"));
    thread_local const QRegularExpression label(QStringLiteral(R"re(^[a-z0-9][a-z0-9_-]*$)re"));
    if (label.match(h).hasMatch() && !h.front().isDigit())
        return Target{QStringLiteral("svc:") + h, h, true};
    const auto m = cluster.match(h);
    if (m.hasMatch())
        return Target{QStringLiteral("svc:") + m.captured(1), m.captured(1), true};
    return Target{QStringLiteral("ext:") + h, h, false};
}

/** Per-file scanner state: imports seen, routers and their prefixes. */
class Scanner
{
public:
    Scanner(Language language, Findings &out) : m_language(language), m_out(out) {}

    void run(const CodeText &text)
    {
        const QStringList &lines = text.code;
        // Imports first: they decide which frameworks the route patterns belong to.
        for (int i = 0; i < lines.size(); ++i) {
            m_masked = &text.masked[i];
            readImports(lines[i], i + 1);
        }
        for (int i = 0; i < lines.size(); ++i) {
            const QString &line = lines[i];
            m_masked = &text.masked[i];
            // Minified and generated code (one very long line) describes no design.
            if (line.size() > 4096 || line.trimmed().isEmpty())
                continue;
            routes(line, i + 1);
            calls(line, i + 1);
            connections(line, i + 1);
            topics(line, i + 1);
        }
    }

private:
    /** Is the text at `position` of the current line code (not inside a string)? */
    bool isCode(qsizetype position, qsizetype length = 1) const
    {
        return m_masked && position >= 0 && position + length <= m_masked->size()
            && !m_masked->mid(position, length).contains(kMask);
    }
    bool isCode(const QRegularExpressionMatch &m, int group = 0) const
    {
        return isCode(m.capturedStart(group), std::max<qsizetype>(1, std::min<qsizetype>(m.capturedLength(group), 3)));
    }

    void addClient(const QString &module, int line)
    {
        const Library *l = lookup(m_language, module);
        if (!l)
            return;
        const QString kind = QString::fromLatin1(l->kind);
        const QString name = QString::fromLatin1(l->name);
        if (kind == QLatin1StringView("framework")) {
            m_frameworks.insert(name);
            return;
        }
        for (const Client &c : std::as_const(m_out.clients)) {
            if (c.kind == kind && c.library == module)
                return;
        }
        m_out.clients.append(Client{kind, name, module, line});
    }

    void readImports(const QString &line, int number)
    {
        switch (m_language) {
        case Language::JavaScript: {
            thread_local const QRegularExpression re(QStringLiteral(R"re((?:\brequire\s*\(\s*|\bfrom\s+|^\s*import\s+|\bimport\s*\(\s*)['"]([^'"]+)['"])re"));
            auto it = re.globalMatch(line);
            while (it.hasNext()) {
                const auto m = it.next();
                if (isCode(m))
                    addClient(m.captured(1), number);
            }
            break;
        }
        case Language::Python: {
            thread_local const QRegularExpression from(QStringLiteral(R"re(^\s*from\s+([\w.]+)\s+import\b)re"));
            thread_local const QRegularExpression plain(QStringLiteral(R"re(^\s*import\s+([\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+(?:\s+as\s+\w+)?)*))re"));
            if (const auto m = from.match(line); m.hasMatch()) {
                addClient(m.captured(1), number);
            } else if (const auto p = plain.match(line); p.hasMatch()) {
                for (const QString &part : p.captured(1).split(QLatin1Char(',')))
                    addClient(part.trimmed().section(QLatin1Char(' '), 0, 0), number);
            }
            // boto3.client("bedrock-runtime"): Amazon Bedrock through the generic AWS SDK.
            thread_local const QRegularExpression bedrock(QStringLiteral(R"re(\bclient\s*\(\s*(?:service_name\s*=\s*)?['"]bedrock(?:-runtime|-agent-runtime)?['"])re"));
            if (bedrock.match(line).hasMatch() && std::none_of(m_out.clients.cbegin(), m_out.clients.cend(), [](const Client &c) { return c.name == QLatin1StringView("aws-bedrock"); }))
                m_out.clients.append(Client{QStringLiteral("llm"), QStringLiteral("aws-bedrock"), QStringLiteral("boto3"), number});
            break;
        }
        case Language::Java: {
            thread_local const QRegularExpression re(QStringLiteral(R"re(^\s*import\s+(?:static\s+)?([\w.]+))re"));
            if (const auto m = re.match(line); m.hasMatch())
                addClient(m.captured(1), number);
            break;
        }
        case Language::Go: {
            thread_local const QRegularExpression single(QStringLiteral(R"re(^\s*import\s+(?:[\w.]+\s+)?"([^"]+)")re"));
            thread_local const QRegularExpression open(QStringLiteral(R"re(^\s*import\s*\(\s*$)re"));
            thread_local const QRegularExpression item(QStringLiteral(R"re(^\s*(?:[\w.]+\s+)?"([^"]+)")re"));
            if (m_inGoImports) {
                if (line.trimmed().startsWith(QLatin1Char(')')))
                    m_inGoImports = false;
                else if (const auto m = item.match(line); m.hasMatch())
                    addClient(m.captured(1), number);
            } else if (open.match(line).hasMatch()) {
                m_inGoImports = true;
            } else if (const auto m = single.match(line); m.hasMatch()) {
                addClient(m.captured(1), number);
            }
            break;
        }
        case Language::CSharp: {
            thread_local const QRegularExpression re(QStringLiteral(R"re(^\s*(?:global\s+)?using\s+(?:static\s+)?([\w.]+)\s*;)re"));
            if (const auto m = re.match(line); m.hasMatch())
                addClient(m.captured(1), number);
            break;
        }
        case Language::None: break;
        }
    }

    void addRoute(const QString &method, const QString &path, const QString &framework, int line)
    {
        m_out.routes.append(Route{method.toUpper(), normalisePath(path), framework, line});
    }

    void routes(const QString &line, int number)
    {
        switch (m_language) {
        case Language::JavaScript: expressRoutes(line, number); break;
        case Language::Python: pythonRoutes(line, number); break;
        case Language::Java: springRoutes(line, number); break;
        case Language::Go: goRoutes(line, number); break;
        case Language::CSharp: aspnetRoutes(line, number); break;
        case Language::None: break;
        }
    }

    void expressRoutes(const QString &line, int number)
    {
        // Routers: app/router by convention, and anything made by express() or Router().
        thread_local const QRegularExpression made(QStringLiteral(R"re(\b(?:const|let|var)\s+(\w+)\s*=\s*(?:express\s*\(\s*\)|express\.Router\s*\(|Router\s*\(|new\s+Router\s*\())re"));
        if (const auto m = made.match(line); m.hasMatch())
            m_routers.insert(m.captured(1), QString());
        thread_local const QRegularExpression call(QStringLiteral(R"re(\b(\w+)\.(get|post|put|patch|delete|options|head|all)\s*\(\s*(['"`])(/[^'"`]*|\*)\3\s*,)re"));
        auto it = call.globalMatch(line);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString receiver = m.captured(1);
            if (!isCode(m, 1))
                continue;
            if (!m_routers.contains(receiver) && receiver != QLatin1StringView("app") && receiver != QLatin1StringView("router"))
                continue;
            const QString method = m.captured(2) == QLatin1StringView("all") ? QStringLiteral("ANY") : m.captured(2);
            addRoute(method, m.captured(4), QStringLiteral("express"), number);
        }
    }

    void pythonRoutes(const QString &line, int number)
    {
        const QString framework = m_frameworks.contains(QStringLiteral("fastapi")) ? QStringLiteral("fastapi")
            : m_frameworks.contains(QStringLiteral("flask"))                      ? QStringLiteral("flask")
                                                                                   : QStringLiteral("python");
        // Prefixes: Blueprint(..., url_prefix="/x"), APIRouter(prefix="/x").
        thread_local const QRegularExpression made(QStringLiteral(R"re(^\s*(\w+)\s*=\s*(?:\w+\.)?(?:Blueprint|APIRouter)\s*\((.*)$)re"));
        thread_local const QRegularExpression prefixArg(QStringLiteral(R"re(\b(?:url_)?prefix\s*=\s*[rf]?['"]([^'"]*)['"])re"));
        if (const auto m = made.match(line); m.hasMatch())
            m_routers.insert(m.captured(1), prefixArg.match(m.captured(2)).captured(1));
        thread_local const QRegularExpression route(QStringLiteral(R"re(^\s*@(\w+)\.route\s*\(\s*[rf]?(['"])([^'"]*)\2(.*)$)re"));
        thread_local const QRegularExpression verb(QStringLiteral(R"re(^\s*@(\w+)\.(get|post|put|patch|delete|options|head)\s*\(\s*[rf]?(['"])([^'"]*)\3)re"));
        if (const auto m = route.match(line); m.hasMatch() && isCode(m, 1)) {
            thread_local const QRegularExpression methods(QStringLiteral(R"re(methods\s*=\s*[\[(]([^\])]*)[\])])re"));
            const QString prefix = m_routers.value(m.captured(1));
            const auto list = methods.match(m.captured(4));
            QStringList names;
            if (list.hasMatch()) {
                thread_local const QRegularExpression word(QStringLiteral(R"re(['"](\w+)['"])re"));
                auto it = word.globalMatch(list.captured(1));
                while (it.hasNext())
                    names.append(it.next().captured(1));
            }
            if (names.isEmpty())
                names.append(QStringLiteral("GET"));
            for (const QString &method : std::as_const(names))
                addRoute(method, join(prefix, m.captured(3)), framework == QLatin1StringView("python") ? QStringLiteral("flask") : framework, number);
            return;
        }
        if (const auto m = verb.match(line); m.hasMatch() && isCode(m, 1)) {
            addRoute(m.captured(2), join(m_routers.value(m.captured(1)), m.captured(4)), framework, number);
            return;
        }
        if (m_frameworks.contains(QStringLiteral("django"))) {
            thread_local const QRegularExpression django(QStringLiteral(R"re(\b(path|re_path|url)\s*\(\s*r?(['"])([^'"]*)\2\s*,)re"));
            if (const auto m = django.match(line); m.hasMatch() && isCode(m, 1))
                addRoute(QStringLiteral("ANY"), m.captured(3), QStringLiteral("django"), number);
        }
    }

    void springRoutes(const QString &line, int number)
    {
        thread_local const QRegularExpression classWord(QStringLiteral(R"re(\b(class|interface|object)\s+\w+)re"));
        thread_local const QRegularExpression request(QStringLiteral(R"re(@RequestMapping\s*(?:\((.*)\))?)re"));
        thread_local const QRegularExpression verb(QStringLiteral(R"re(@(Get|Post|Put|Patch|Delete)Mapping\b\s*(?:\((.*)\))?)re"));
        thread_local const QRegularExpression firstPath(QStringLiteral(R"re(^\s*(?:(?:value|path)\s*=\s*)?\{?\s*"([^"]*)")re"));
        if (classWord.match(line).hasMatch()) {
            m_inClass = true;
            m_classPrefix = m_pendingPrefix;
            m_pendingPrefix.clear();
        }
        if (const auto m = request.match(line); m.hasMatch() && isCode(m)) {
            const QString path = firstPath.match(m.captured(1)).captured(1);
            if (!m_inClass) {
                m_pendingPrefix = path; // on the class: a prefix for its methods
                return;
            }
            thread_local const QRegularExpression method(QStringLiteral(R"re(RequestMethod\.(\w+))re"));
            const QString verbName = method.match(m.captured(1)).captured(1);
            addRoute(verbName.isEmpty() ? QStringLiteral("ANY") : verbName, join(m_classPrefix, path), QStringLiteral("spring"), number);
            return;
        }
        if (const auto m = verb.match(line); m.hasMatch() && isCode(m))
            addRoute(m.captured(1), join(m_classPrefix, firstPath.match(m.captured(2)).captured(1)), QStringLiteral("spring"), number);
    }

    void goRoutes(const QString &line, int number)
    {
        const QString framework = m_frameworks.contains(QStringLiteral("gin"))  ? QStringLiteral("gin")
            : m_frameworks.contains(QStringLiteral("echo"))                     ? QStringLiteral("echo")
            : m_frameworks.contains(QStringLiteral("chi"))                      ? QStringLiteral("chi")
            : m_frameworks.contains(QStringLiteral("gorilla"))                  ? QStringLiteral("gorilla")
                                                                                : QStringLiteral("net/http");
        // Groups: v1 := r.Group("/v1") (gin, echo), r.Route/PathPrefix are not followed.
        thread_local const QRegularExpression group(QStringLiteral(R"re(\b(\w+)\s*:?=\s*(\w+)\.Group\s*\(\s*"([^"]*)")re"));
        if (const auto m = group.match(line); m.hasMatch())
            m_routers.insert(m.captured(1), join(m_routers.value(m.captured(2)), m.captured(3)));
        thread_local const QRegularExpression handle(QStringLiteral(R"re(\b(\w+)\.(HandleFunc|Handle)\s*\(\s*"([^"]+)"(.*)$)re"));
        if (const auto m = handle.match(line); m.hasMatch() && isCode(m, 1)) {
            QString pattern = m.captured(3);
            QString method = QStringLiteral("ANY");
            // Go 1.22 patterns: "GET /items/{id}"; gorilla: .Methods("GET").
            if (const qsizetype space = pattern.indexOf(QLatin1Char(' ')); space > 0) {
                method = pattern.left(space);
                pattern = pattern.mid(space + 1).trimmed();
            }
            thread_local const QRegularExpression methods(QStringLiteral(R"re(\.Methods\s*\(\s*"(\w+)")re"));
            if (const auto mm = methods.match(m.captured(4)); mm.hasMatch())
                method = mm.captured(1);
            if (pattern.startsWith(QLatin1Char('/')))
                addRoute(method, join(m_routers.value(m.captured(1)), pattern), framework == QLatin1StringView("gorilla") ? framework : QStringLiteral("net/http"), number);
            return;
        }
        thread_local const QRegularExpression upper(QStringLiteral(R"re(\b(\w+)\.(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|Any)\s*\(\s*"(/[^"]*|)"\s*,)re"));
        if (const auto m = upper.match(line); m.hasMatch() && isCode(m, 1)) {
            addRoute(m.captured(2) == QLatin1StringView("Any") ? QStringLiteral("ANY") : m.captured(2),
                     join(m_routers.value(m.captured(1)), m.captured(3)), framework == QLatin1StringView("echo") ? framework : QStringLiteral("gin"), number);
            return;
        }
        if (framework == QLatin1StringView("chi")) {
            thread_local const QRegularExpression chi(QStringLiteral(R"re(\b(\w+)\.(Get|Post|Put|Patch|Delete|Head|Options)\s*\(\s*"(/[^"]*)"\s*,)re"));
            if (const auto m = chi.match(line); m.hasMatch() && isCode(m, 1))
                addRoute(m.captured(2), join(m_routers.value(m.captured(1)), m.captured(3)), framework, number);
        }
    }

    void aspnetRoutes(const QString &line, int number)
    {
        thread_local const QRegularExpression classLine(QStringLiteral(R"re(\bclass\s+(\w+?)(Controller)?\b)re"));
        thread_local const QRegularExpression route(QStringLiteral(R"re(\[\s*Route\s*\(\s*@?"([^"]*)")re"));
        thread_local const QRegularExpression verb(QStringLiteral(R"re(\[\s*Http(Get|Post|Put|Patch|Delete|Head|Options)\s*(?:\(\s*@?"([^"]*)")?)re"));
        thread_local const QRegularExpression minimal(QStringLiteral(R"re(\.Map(Get|Post|Put|Patch|Delete)\s*\(\s*@?"([^"]*)")re"));
        if (const auto m = classLine.match(line); m.hasMatch()) {
            m_inClass = true;
            m_classPrefix = m_pendingPrefix;
            m_classPrefix.replace(QStringLiteral("[controller]"), m.captured(1), Qt::CaseInsensitive);
            m_pendingPrefix.clear();
        }
        if (const auto m = route.match(line); m.hasMatch() && !m_inClass && isCode(m))
            m_pendingPrefix = m.captured(1);
        if (const auto m = verb.match(line); m.hasMatch() && isCode(m)) {
            const QString path = m.captured(2);
            // "~/x" and "/x" ignore the controller's prefix.
            const QString full = path.startsWith(QLatin1StringView("~/")) ? path.mid(1)
                : path.startsWith(QLatin1Char('/'))                      ? path
                                                                         : join(m_classPrefix, path);
            addRoute(m.captured(1), full, QStringLiteral("aspnet"), number);
            return;
        }
        if (const auto m = minimal.match(line); m.hasMatch() && isCode(m))
            addRoute(m.captured(1), m.captured(2), QStringLiteral("aspnet"), number);
    }

    void calls(const QString &line, int number)
    {
        thread_local const QRegularExpression url(QStringLiteral(R"re(['"`](https?://[^'"`\s]+)['"`])re"));
        if (!line.contains(QLatin1StringView("http")))
            return;
        thread_local const QRegularExpression client(QStringLiteral(
            R"re(\b(fetch|axios|got|superagent|needle|ky|request|requests|httpx|urlopen|aiohttp|urllib3|session|http|https|RestTemplate|restTemplate|WebClient|webClient|HttpClient|httpClient|HttpRequest|OkHttpClient|getForObject|getForEntity|postForObject|postForEntity|exchange|NewRequest|NewRequestWithContext|GetAsync|PostAsync|PutAsync|DeleteAsync|SendAsync|BaseAddress|baseURL|baseUrl|base_url|FeignClient)\b)re"));
        bool called = false;
        auto keywords = client.globalMatch(line);
        while (keywords.hasNext() && !called)
            called = isCode(keywords.next(), 1);
        if (!called)
            return;
        auto it = url.globalMatch(line);
        while (it.hasNext())
            m_out.calls.append(Call{it.next().captured(1), number});
    }

    void connections(const QString &line, int number)
    {
        thread_local const QRegularExpression uri(QStringLiteral(
            R"re(['"`]((postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|kafka|nats|mssql|sqlserver|cassandra|neo4j|bolt)://[^'"`\s]+)['"`])re"));
        thread_local const QRegularExpression jdbc(QStringLiteral(R"re(jdbc:(\w+):(?:thin:@)?//([^/:;'"\s]+)(?::(\d+))?)re"));
        thread_local const QRegularExpression ado(QStringLiteral(R"re((?i)\b(Server|Host|Data Source)\s*=\s*(?:tcp:)?([^;,'"\s]+)(?:[,:](\d+))?;[^'"]*\b(Database|Initial Catalog)\s*=)re"));
        if (line.contains(QLatin1StringView("://"))) {
            auto it = uri.globalMatch(line);
            while (it.hasNext()) {
                const auto m = it.next();
                const QUrl u(m.captured(1));
                const QString scheme = m.captured(2).toLower();
                const QString value = m.captured(1);
                const bool tls = scheme == QLatin1StringView("rediss") || scheme == QLatin1StringView("amqps")
                    || scheme == QLatin1StringView("mongodb+srv") || value.contains(QLatin1StringView("sslmode=require"))
                    || value.contains(QLatin1StringView("ssl=true")) || value.contains(QLatin1StringView("tls=true"));
                m_out.connections.append(Connection{scheme, u.host(), u.port(0), tls, number});
            }
        }
        if (line.contains(QLatin1StringView("jdbc:"))) {
            if (const auto m = jdbc.match(line); m.hasMatch())
                m_out.connections.append(Connection{m.captured(1).toLower(), m.captured(2), m.captured(3).toInt(), false, number});
        }
        if (line.contains(QLatin1Char('='), Qt::CaseInsensitive) && line.contains(QLatin1Char(';'))) {
            if (const auto m = ado.match(line); m.hasMatch()) {
                const QString scheme = m.captured(1).compare(QLatin1StringView("Host"), Qt::CaseInsensitive) == 0 ? QStringLiteral("postgres")
                                                                                                                 : QStringLiteral("sql");
                m_out.connections.append(Connection{scheme, m.captured(2), m.captured(3).toInt(), line.contains(QLatin1StringView("Encrypt=True"), Qt::CaseInsensitive), number});
            }
        }
    }

    void topics(const QString &line, int number)
    {
        if (m_language != Language::Java)
            return;
        thread_local const QRegularExpression listener(QStringLiteral(R"re(@(Kafka|Rabbit|Jms|Sqs)Listener\s*\((.*)\))re"));
        thread_local const QRegularExpression names(QStringLiteral(R"re(\b(?:topics|queues|destination|value)\s*=\s*\{?([^})]*)\}?)re"));
        const auto m = listener.match(line);
        if (!m.hasMatch() || !isCode(m))
            return;
        const QString framework = m.captured(1).toLower();
        thread_local const QRegularExpression quoted(QStringLiteral(R"re("([^"$]+)")re"));
        auto it = quoted.globalMatch(names.match(m.captured(2)).captured(1));
        while (it.hasNext())
            m_out.topics.append(Topic{it.next().captured(1), framework, number});
    }

    Language m_language;
    Findings &m_out;
    QSet<QString> m_frameworks;
    QHash<QString, QString> m_routers; ///< router variable → path prefix
    bool m_inGoImports = false;
    bool m_inClass = false;
    QString m_pendingPrefix;
    QString m_classPrefix;
    const QString *m_masked = nullptr;
};

} // namespace

Language languageOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    static const QHash<QString, Language> bySuffix = {
        {QStringLiteral("js"), Language::JavaScript}, {QStringLiteral("mjs"), Language::JavaScript},
        {QStringLiteral("cjs"), Language::JavaScript}, {QStringLiteral("jsx"), Language::JavaScript},
        {QStringLiteral("ts"), Language::JavaScript},  {QStringLiteral("tsx"), Language::JavaScript},
        {QStringLiteral("mts"), Language::JavaScript}, {QStringLiteral("cts"), Language::JavaScript},
        {QStringLiteral("py"), Language::Python},      {QStringLiteral("java"), Language::Java},
        {QStringLiteral("kt"), Language::Java},        {QStringLiteral("go"), Language::Go},
        {QStringLiteral("cs"), Language::CSharp}};
    if (fileName.endsWith(QLatin1StringView(".min.js")) || fileName.endsWith(QLatin1StringView(".d.ts")))
        return Language::None; // bundles and type declarations describe no service
    return bySuffix.value(suffix, Language::None);
}

namespace {

CodeText splitCode(QByteArrayView content, Language language)
{
    const QString text = QString::fromUtf8(content);
    const bool python = language == Language::Python;
    const bool hashComments = python;
    const bool slashComments = !python;
    enum class State { Code, LineComment, BlockComment, String, Triple, Raw, Verbatim };
    State state = State::Code;
    QChar quote;
    CodeText out;
    QString current;  // comments blanked, strings kept
    QString masked;   // strings blanked too: what is code
    current.reserve(160);
    masked.reserve(160);
    const qsizetype n = text.size();
    auto at = [&text, n](qsizetype i) { return i < n ? text.at(i) : QChar(); };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const qsizetype before = current.size();
        const State was = state;
        if (c == QLatin1Char('\n')) {
            out.code.append(current);
            out.masked.append(masked);
            current.clear();
            masked.clear();
            if (state == State::LineComment || state == State::String)
                state = State::Code; // an unterminated ordinary string ends with its line
            continue;
        }
        switch (state) {
        case State::Code:
            if (hashComments && c == QLatin1Char('#')) {
                state = State::LineComment;
                current += QLatin1Char(' ');
            } else if (slashComments && c == QLatin1Char('/') && at(i + 1) == QLatin1Char('/')) {
                state = State::LineComment;
                current += QStringLiteral("  ");
                ++i;
            } else if (slashComments && c == QLatin1Char('/') && at(i + 1) == QLatin1Char('*')) {
                state = State::BlockComment;
                current += QStringLiteral("  ");
                ++i;
            } else if ((python || language == Language::Java) && (c == QLatin1Char('"') || (python && c == QLatin1Char('\'')))
                       && at(i + 1) == c && at(i + 2) == c) {
                state = State::Triple;
                quote = c;
                current += QString(3, c);
                i += 2;
            } else if (language == Language::CSharp && c == QLatin1Char('@') && at(i + 1) == QLatin1Char('"')) {
                state = State::Verbatim;
                current += QStringLiteral("@\"");
                ++i;
            } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                state = State::String;
                quote = c;
                current += c;
            } else if (c == QLatin1Char('`') && (language == Language::JavaScript || language == Language::Go)) {
                state = State::Raw;
                quote = c;
                current += c;
            } else {
                current += c;
            }
            break;
        case State::LineComment:
            current += QLatin1Char(' ');
            break;
        case State::BlockComment:
            if (c == QLatin1Char('*') && at(i + 1) == QLatin1Char('/')) {
                state = State::Code;
                current += QStringLiteral("  ");
                ++i;
            } else {
                current += QLatin1Char(' ');
            }
            break;
        case State::String:
            current += c;
            if (c == QLatin1Char('\\') && at(i + 1) != QLatin1Char('\n') && i + 1 < n) {
                current += text.at(++i);
            } else if (c == quote) {
                state = State::Code;
            }
            break;
        case State::Triple:
            // Python's triple-quoted strings are mostly docstrings, whose examples are not code:
            // blanked. Java's text blocks are kept.
            if (c == quote && at(i + 1) == quote && at(i + 2) == quote) {
                state = State::Code;
                current += QString(3, quote);
                i += 2;
            } else {
                current += python ? QChar(QLatin1Char(' ')) : c;
            }
            break;
        case State::Raw:
            current += c;
            if (c == QLatin1Char('\\') && language == Language::JavaScript && i + 1 < n && at(i + 1) != QLatin1Char('\n')) {
                current += text.at(++i);
            } else if (c == quote) {
                state = State::Code;
            }
            break;
        case State::Verbatim:
            current += c;
            if (c == QLatin1Char('"')) {
                if (at(i + 1) == QLatin1Char('"'))
                    current += text.at(++i); // "" inside @"…"
                else
                    state = State::Code;
            }
            break;
        }
        // What was added belongs to a string's body unless the character was read in code or
        // ended the string (the quotes themselves are code).
        const QStringView added = QStringView(current).mid(before);
        const bool inString = was != State::Code && was != State::LineComment && was != State::BlockComment && state != State::Code;
        if (inString)
            masked += QString(added.size(), kMask);
        else
            masked += added;
    }
    out.code.append(current);
    out.masked.append(masked);
    return out;
}

} // namespace

QStringList codeLines(QByteArrayView content, Language language)
{
    return splitCode(content, language).code;
}

Findings scan(QByteArrayView content, Language language)
{
    Findings out;
    if (language == Language::None || content.isEmpty())
        return out;
    Scanner scanner(language, out);
    scanner.run(splitCode(content, language));
    return out;
}

ModelFragment toFragment(const Findings &findings, const QString &file, const QString &ownerId, const QString &artifact)
{
    ModelFragment m;
    if (findings.isEmpty())
        return m;
    auto ref = [&file, &artifact](int line) { return SourceRef{artifact, file, line, 1}; };
    const QString ownerName = ownerId.section(QLatin1Char(':'), 1);
    int firstLine = INT_MAX;
    for (const Route &r : findings.routes)
        firstLine = std::min(firstLine, r.line);
    for (const Call &c : findings.calls)
        firstLine = std::min(firstLine, c.line);
    for (const Client &c : findings.clients)
        firstLine = std::min(firstLine, c.line);
    for (const Connection &c : findings.connections)
        firstLine = std::min(firstLine, c.line);
    for (const Topic &t : findings.topics)
        firstLine = std::min(firstLine, t.line);

    Component owner;
    owner.id = ownerId;
    owner.name = ownerName;
    owner.kind = ComponentKind::Service;
    owner.sources.append(ref(firstLine));
    QMap<QString, QStringList> clientLists; // attribute → libraries
    for (const Client &c : findings.clients)
        clientLists[c.kind + QStringLiteral("-clients")].append(c.library);
    for (auto it = clientLists.cbegin(); it != clientLists.cend(); ++it)
        owner.attributes.insert(it.key(), QJsonArray::fromStringList(it.value()));
    QStringList frameworks;
    for (const Route &r : findings.routes) {
        if (!frameworks.contains(r.framework))
            frameworks.append(r.framework);
    }
    if (!frameworks.isEmpty())
        owner.attributes.insert(QStringLiteral("web-frameworks"), QJsonArray::fromStringList(frameworks));

    QSet<QString> componentIds{ownerId};
    auto ensure = [&](const QString &id, const QString &name, ComponentKind kind, const QJsonObject &attributes, int line) {
        if (componentIds.contains(id))
            return;
        componentIds.insert(id);
        Component c;
        c.id = id;
        c.name = name;
        c.kind = kind;
        c.attributes = attributes;
        c.sources.append(ref(line));
        m.components.append(c);
    };
    auto flow = [&](const QString &target, const QString &protocol, int port, std::optional<bool> encrypted, const QString &label,
                    const QJsonObject &attributes, int line) {
        const QString id = QStringLiteral("flow:%1->%2").arg(ownerId, target);
        for (DataFlow &f : m.flows) {
            if (f.id == id) {
                if (!f.sources.contains(ref(line)))
                    f.sources.append(ref(line));
                return;
            }
        }
        DataFlow f;
        f.id = id;
        f.sourceId = ownerId;
        f.targetId = target;
        f.protocol = protocol;
        f.port = port;
        f.encrypted = encrypted;
        f.label = label;
        f.attributes = attributes;
        f.attributes.insert(QStringLiteral("detected-in"), QStringLiteral("source"));
        f.sources.append(ref(line));
        m.flows.append(f);
    };

    // Routes: entry points of the owner.
    QSet<QString> routeIds;
    for (const Route &r : findings.routes) {
        EntryPoint e;
        e.id = QStringLiteral("ep:%1:code:%2 %3").arg(ownerName, r.method, r.path);
        if (routeIds.contains(e.id))
            continue;
        routeIds.insert(e.id);
        e.componentId = ownerId;
        e.kind = EntryPointKind::HttpOperation;
        e.name = r.method + QLatin1Char(' ') + r.path;
        e.method = r.method;
        e.path = r.path;
        thread_local const QRegularExpression param(QStringLiteral(R"re(\{(\w+)\})re"));
        thread_local const QRegularExpression objectId(QStringLiteral(R"re((?i)(^id$|_id$|[a-z]Id$|^pk$|uuid|guid|slug))re"));
        auto it = param.globalMatch(r.path);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            e.parameters.append(Parameter{name, QStringLiteral("path"), true, objectId.match(name).hasMatch(), QString()});
        }
        e.attributes.insert(QStringLiteral("framework"), r.framework);
        e.attributes.insert(QStringLiteral("detected-in"), QStringLiteral("source"));
        e.sources.append(ref(r.line));
        m.entryPoints.append(e);
    }

    for (const Topic &t : findings.topics) {
        EntryPoint e;
        e.id = QStringLiteral("ep:%1:topic/%2").arg(ownerName, t.name);
        if (routeIds.contains(e.id))
            continue;
        routeIds.insert(e.id);
        e.componentId = ownerId;
        e.kind = EntryPointKind::QueueTopic;
        e.name = Tr::tr("consumes %1").arg(t.name);
        e.path = t.name;
        e.attributes.insert(QStringLiteral("framework"), t.framework);
        e.attributes.insert(QStringLiteral("detected-in"), QStringLiteral("source"));
        e.sources.append(ref(t.line));
        m.entryPoints.append(e);
    }

    // Outbound HTTP to literal URLs.
    for (const Call &call : findings.calls) {
        const QUrl url(call.url);
        const auto target = targetOf(url.host());
        if (!target || target->id == ownerId)
            continue;
        ensure(target->id, target->name, target->internal ? ComponentKind::Service : ComponentKind::ExternalEntity,
               target->internal ? QJsonObject() : QJsonObject{{QStringLiteral("external"), true}}, call.line);
        const bool https = url.scheme() == QLatin1StringView("https");
        flow(target->id, url.scheme(), url.port(https ? 443 : 80), https, Tr::tr("HTTP calls"), {}, call.line);
    }

    // Connection strings: flows to the stores and brokers they name.
    for (const Connection &c : findings.connections) {
        const auto target = targetOf(c.host);
        if (!target || target->id == ownerId)
            continue;
        static const QSet<QString> brokers = {QStringLiteral("amqp"), QStringLiteral("amqps"), QStringLiteral("kafka"), QStringLiteral("nats")};
        const bool broker = brokers.contains(c.scheme);
        QJsonObject attributes;
        if (!target->internal)
            attributes.insert(QStringLiteral("external"), true);
        ensure(target->id, target->name, broker ? ComponentKind::Queue : ComponentKind::Datastore, attributes, c.line);
        flow(target->id, c.scheme, c.port, c.tls ? std::optional<bool>(true) : std::nullopt,
             broker ? Tr::tr("broker connection") : Tr::tr("database connection"), {}, c.line);
    }

    // LLM SDKs: the provider's service and a flow to it. A framework (LangChain …) counts only
    // when the file names no provider of its own.
    const bool specificProvider = std::any_of(findings.clients.cbegin(), findings.clients.cend(), [](const Client &c) {
        const Provider *p = c.kind == QLatin1StringView("llm") ? provider(c.name) : nullptr;
        return p && !p->generic;
    });
    for (const Client &c : findings.clients) {
        if (c.kind != QLatin1StringView("llm"))
            continue;
        const Provider *p = provider(c.name);
        if (!p || (p->generic && specificProvider))
            continue;
        const QString id = QStringLiteral("ai:") + c.name;
        QJsonObject attributes{{QStringLiteral("vendor"), c.name}, {QStringLiteral("sdk"), c.library}};
        const bool external = p->hosted && qstrcmp(p->hosted, "external") == 0;
        if (p->hosted)
            attributes.insert(QStringLiteral("hosted"), QString::fromLatin1(p->hosted));
        if (external)
            attributes.insert(QStringLiteral("provider"), QStringLiteral("external"));
        ensure(id, QCoreApplication::translate("tw::SourceCode", p->name), ComponentKind::AiService, attributes, c.line);
        for (Component &ai : m.components) {
            if (ai.id == id && ai.technology.isEmpty())
                ai.technology = c.library;
        }
        flow(id, external ? QStringLiteral("https") : QString(), external ? 443 : 0, external ? std::optional<bool>(true) : std::nullopt,
             Tr::tr("LLM requests"), QJsonObject{{QStringLiteral("sdk"), c.library}}, c.line);
    }
    m.components.prepend(owner);
    return m;
}

Findings llmClientsOf(const QJsonArray &dependencies)
{
    Findings out;
    for (const QJsonValue &v : dependencies) {
        const QJsonObject d = v.toObject();
        const QString name = d.value(QStringLiteral("name")).toString();
        const QString ecosystem = d.value(QStringLiteral("ecosystem")).toString();
        const int line = d.value(QStringLiteral("line")).toInt();
        QList<std::pair<Language, QString>> candidates;
        if (ecosystem == QLatin1StringView("npm")) {
            candidates.append({Language::JavaScript, name});
        } else if (ecosystem == QLatin1StringView("pypi")) {
            // Package names: "langchain-openai" is imported as langchain_openai,
            // "google-generativeai" as google.generativeai.
            const QString lower = name.toLower();
            candidates.append({Language::Python, QString(lower).replace(QLatin1Char('-'), QLatin1Char('_'))});
            candidates.append({Language::Python, QString(lower).replace(QLatin1Char('-'), QLatin1Char('.'))});
        } else if (ecosystem == QLatin1StringView("go")) {
            candidates.append({Language::Go, name});
        } else if (ecosystem == QLatin1StringView("maven")) {
            candidates.append({Language::Java, name.section(QLatin1Char(':'), 0, 0)});
        } else if (ecosystem == QLatin1StringView("nuget")) {
            candidates.append({Language::CSharp, name});
        }
        for (const auto &[language, module] : candidates) {
            const Library *l = lookup(language, module);
            if (l && qstrcmp(l->kind, "llm") == 0) {
                if (std::none_of(out.clients.cbegin(), out.clients.cend(), [&](const Client &c) { return c.library == name; }))
                    out.clients.append(Client{QStringLiteral("llm"), QString::fromLatin1(l->name), name, line});
                break;
            }
        }
    }
    return out;
}

} // namespace tw::sourcecode
