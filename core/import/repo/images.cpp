// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/repo/images.h"

#include "store/audit.h"

#include <QRegularExpression>

namespace tw::images {
namespace {

// What a well-known image is, so a "postgres:15" service is drawn and judged as a data store.
const ImageKind kImages[] = {
    {"postgres", ComponentKind::Datastore, "postgres", 5432}, {"mysql", ComponentKind::Datastore, "mysql", 3306},
    {"mariadb", ComponentKind::Datastore, "mysql", 3306},     {"mongo", ComponentKind::Datastore, "mongodb", 27017},
    {"redis", ComponentKind::Datastore, "redis", 6379},       {"memcached", ComponentKind::Datastore, "memcached", 11211},
    {"elasticsearch", ComponentKind::Datastore, "http", 9200}, {"opensearch", ComponentKind::Datastore, "http", 9200},
    {"cassandra", ComponentKind::Datastore, "cql", 9042},     {"couchdb", ComponentKind::Datastore, "http", 5984},
    {"minio", ComponentKind::Datastore, "s3", 9000},          {"influxdb", ComponentKind::Datastore, "http", 8086},
    {"spanner", ComponentKind::Datastore, "grpc", 9010},      {"alloydb", ComponentKind::Datastore, "postgres", 5432},
    {"rabbitmq", ComponentKind::Queue, "amqp", 5672},         {"kafka", ComponentKind::Queue, "kafka", 9092},
    {"nats", ComponentKind::Queue, "nats", 4222},             {"activemq", ComponentKind::Queue, "amqp", 5672},
    {"nginx", ComponentKind::Gateway, "http", 80},            {"traefik", ComponentKind::Gateway, "http", 80},
    {"haproxy", ComponentKind::Gateway, "http", 80},          {"envoy", ComponentKind::Gateway, "http", 80},
    {"caddy", ComponentKind::Gateway, "http", 80},            {"vault", ComponentKind::SecretStore, "https", 8200},
    {"keycloak", ComponentKind::IdentityProvider, "http", 8080}, {"ollama", ComponentKind::AiService, "http", 11434},
};

} // namespace

const ImageKind *imageKind(const QString &image)
{
    const QString name = image.section(QLatin1Char('/'), -1).section(QLatin1Char(':'), 0, 0).section(QLatin1Char('@'), 0, 0).toLower();
    for (const ImageKind &k : kImages) {
        if (name.contains(QLatin1StringView(k.pattern)))
            return &k;
    }
    // An image of one's own named "…-db" (Sock Shop's user-db, catalogue-db) is a database by
    // its maker's word, of an engine the name does not tell.
    static const ImageKind database{"-db", ComponentKind::Datastore, "", 0};
    if (name.endsWith(QLatin1StringView("-db")) || name.endsWith(QLatin1StringView("_db")))
        return &database;
    return nullptr;
}

bool isPinned(const QString &image)
{
    return image.contains(QStringLiteral("@sha256:"));
}

bool isFloating(const QString &image)
{
    if (isPinned(image))
        return false;
    const QString tag = image.section(QLatin1Char('/'), -1).section(QLatin1Char(':'), 1);
    return tag.isEmpty() || tag == QLatin1StringView("latest");
}

bool isSecretName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("(?i)(pass(word)?|passwd|secret|token|api[_-]?key|private[_-]?key|credential|access[_-]?key)"));
    return re.match(name).hasMatch();
}

QString componentNameOf(const QString &relativeFolder, const QString &rootName)
{
    QStringList parts = relativeFolder.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    parts.removeAll(QStringLiteral("."));
    while (!parts.isEmpty() && parts.last() == QLatin1StringView("src") && parts.size() > 1)
        parts.removeLast();
    return parts.isEmpty() ? rootName : parts.last();
}

QString redact(const QString &value)
{
    return QStringLiteral("sha256:") + audit::sha256Hex(value.toUtf8()).left(8);
}

} // namespace tw::images
