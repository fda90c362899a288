// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/mapping.h"

#include "analysis/engine.h"
#include "model/jsonwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineF>
#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace tw::interop::detail {

// DocReader -----------------------------------------------------------------------------------

SourceRef DocReader::ref(doc::NodeId node) const
{
    const doc::Position p = m_doc.position(node);
    return SourceRef{formatName(m_format), m_file, p.line, p.column};
}

void DocReader::diagnose(DiagnosticLevel level, doc::NodeId node, const QString &message) const
{
    if (m_out)
        m_out->diagnostics.append(Diagnostic{level, message, ref(node)});
}

doc::NodeId DocReader::find(doc::NodeId map, std::string_view key) const
{
    if (!m_doc.isMapping(map))
        return doc::InvalidNode;
    const doc::NodeId direct = m_doc.find(map, key);
    if (direct != doc::InvalidNode)
        return direct;
    // YAML merge key: `<<: *base` or `<<: [*a, *b]`; earlier sources win, nesting is bounded.
    const doc::NodeId merged = m_doc.find(map, "<<");
    if (merged == doc::InvalidNode)
        return doc::InvalidNode;
    auto lookIn = [&](doc::NodeId base) -> doc::NodeId {
        return m_doc.isMapping(base) ? m_doc.find(base, key) : doc::InvalidNode;
    };
    if (m_doc.isMapping(merged))
        return lookIn(merged);
    if (m_doc.isSequence(merged)) {
        for (std::uint32_t i = 0; i < m_doc.size(merged); ++i) {
            const doc::NodeId found = lookIn(m_doc.itemAt(merged, i));
            if (found != doc::InvalidNode)
                return found;
        }
    }
    return doc::InvalidNode;
}

QString DocReader::scalar(doc::NodeId node) const
{
    if (!m_doc.isScalar(node) || m_doc.isNull(node))
        return {};
    return m_doc.string(node);
}

QString DocReader::string(doc::NodeId map, std::string_view key) const
{
    const doc::NodeId node = find(map, key);
    if (node == doc::InvalidNode)
        return {};
    if (!m_doc.isScalar(node)) {
        warn(node, Tr::tr("\"%1\" should be text; ignored").arg(QString::fromUtf8(key.data(), qsizetype(key.size()))));
        return {};
    }
    return scalar(node);
}

std::optional<bool> DocReader::boolean(doc::NodeId map, std::string_view key) const
{
    const doc::NodeId node = find(map, key);
    if (node == doc::InvalidNode || m_doc.isNull(node))
        return std::nullopt;
    const auto value = m_doc.toBool(node);
    if (!value) {
        // Some tools write "true"/"false" as strings.
        const QString text = scalar(node).toLower();
        if (text == QLatin1StringView("true") || text == QLatin1StringView("yes"))
            return true;
        if (text == QLatin1StringView("false") || text == QLatin1StringView("no"))
            return false;
        warn(node, Tr::tr("\"%1\" should be true or false; ignored").arg(QString::fromUtf8(key.data(), qsizetype(key.size()))));
    }
    return value;
}

std::optional<double> DocReader::number(doc::NodeId map, std::string_view key) const
{
    const doc::NodeId node = find(map, key);
    if (node == doc::InvalidNode || m_doc.isNull(node))
        return std::nullopt;
    bool ok = false;
    const double value = scalar(node).toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        warn(node, Tr::tr("\"%1\" should be a number; ignored").arg(QString::fromUtf8(key.data(), qsizetype(key.size()))));
        return std::nullopt;
    }
    return value;
}

QStringList DocReader::strings(doc::NodeId map, std::string_view key) const
{
    QStringList out;
    const doc::NodeId node = find(map, key);
    if (node == doc::InvalidNode || m_doc.isNull(node))
        return out;
    if (m_doc.isScalar(node)) {
        out.append(scalar(node));
        return out;
    }
    if (!m_doc.isSequence(node)) {
        warn(node, Tr::tr("\"%1\" should be a list; ignored").arg(QString::fromUtf8(key.data(), qsizetype(key.size()))));
        return out;
    }
    for (std::uint32_t i = 0; i < m_doc.size(node); ++i) {
        const doc::NodeId item = m_doc.itemAt(node, i);
        if (m_doc.isScalar(item)) {
            if (!m_doc.isNull(item))
                out.append(scalar(item));
        } else {
            warn(item, Tr::tr("an item of \"%1\" should be text; ignored").arg(QString::fromUtf8(key.data(), qsizetype(key.size()))));
        }
    }
    return out;
}

doc::NodeId DocReader::mapping(doc::NodeId map, std::string_view key) const
{
    const doc::NodeId node = find(map, key);
    if (node == doc::InvalidNode || m_doc.isNull(node))
        return doc::InvalidNode;
    if (!m_doc.isMapping(node)) {
        warn(node, Tr::tr("\"%1\" should be a map; ignored").arg(QString::fromUtf8(key.data(), qsizetype(key.size()))));
        return doc::InvalidNode;
    }
    return node;
}

doc::NodeId DocReader::sequence(doc::NodeId map, std::string_view key) const
{
    const doc::NodeId node = find(map, key);
    if (node == doc::InvalidNode || m_doc.isNull(node))
        return doc::InvalidNode;
    if (!m_doc.isSequence(node)) {
        warn(node, Tr::tr("\"%1\" should be a list; ignored").arg(QString::fromUtf8(key.data(), qsizetype(key.size()))));
        return doc::InvalidNode;
    }
    return node;
}

QJsonValue DocReader::toJson(doc::NodeId node, int depth) const
{
    // Foreign attributes are kept, not interpreted; very deep ones are cut rather than walked.
    if (!m_doc.isValid(node) || depth > 32)
        return QJsonValue();
    if (m_doc.isMapping(node)) {
        QJsonObject o;
        for (std::uint32_t i = 0; i < m_doc.size(node); ++i)
            o.insert(scalar(m_doc.keyAt(node, i)), toJson(m_doc.valueAt(node, i), depth + 1));
        return o;
    }
    if (m_doc.isSequence(node)) {
        QJsonArray a;
        for (std::uint32_t i = 0; i < m_doc.size(node); ++i)
            a.append(toJson(m_doc.itemAt(node, i), depth + 1));
        return a;
    }
    switch (m_doc.scalarType(node)) {
    case doc::ScalarType::Null: return QJsonValue();
    case doc::ScalarType::Bool: return m_doc.toBool(node).value_or(false);
    case doc::ScalarType::Int:
    case doc::ScalarType::Float: {
        bool ok = false;
        const double v = scalar(node).toDouble(&ok);
        if (ok && std::isfinite(v))
            return v;
        return scalar(node);
    }
    case doc::ScalarType::String: break;
    }
    return scalar(node);
}

std::optional<doc::Document> parseDocument(const QString &path, const QString &relative, doc::Format format, Format interop,
                                           ModelFragment &out, bool allowEmpty)
{
    doc::ParseOptions options;
    options.format = format;
    options.displayName = relative;
    options.maxBytes = std::int64_t(256) << 20;
    auto document = doc::parseFile(path, options);
    if (!document) {
        out.diagnostics.append(Diagnostic{DiagnosticLevel::Error, document.error().message,
                                          refFromLocation(document.error().location, relative, interop)});
        return std::nullopt;
    }
    out.diagnostics.append(document->diagnostics());
    if (document->root() == doc::InvalidNode) {
        if (allowEmpty)
            return std::nullopt;
        out.diagnostics.append(Diagnostic{DiagnosticLevel::Error, Tr::tr("the file is empty"), SourceRef{formatName(interop), relative, 0, 0}});
        return std::nullopt;
    }
    return std::move(document).value();
}

SourceRef refFromLocation(const QString &location, const QString &fallbackFile, Format format)
{
    static const QRegularExpression tail(QStringLiteral("^(.*):(\\d+):(\\d+)$"));
    const QRegularExpressionMatch m = tail.match(location);
    if (m.hasMatch())
        return SourceRef{formatName(format), m.captured(1), m.captured(2).toInt(), m.captured(3).toInt()};
    return SourceRef{formatName(format), fallbackFile, 0, 0};
}

QString relativePath(const QString &path, const QString &rootDir)
{
    return rootDir.isEmpty() ? QFileInfo(path).fileName() : QDir(rootDir).relativeFilePath(path);
}

// Kinds ---------------------------------------------------------------------------------------

namespace {

/** Lower-case words of a type name: "CD-MICROSOFT-AZURE-DB-POSTGRESQL" → cd microsoft azure db postgresql. */
QStringList words(const QString &text)
{
    QString spaced;
    spaced.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // camelCase and PascalCase split too ("WebAPI" → web api, "AzurePostgresDB").
        if (i > 0 && c.isUpper() && text.at(i - 1).isLower())
            spaced.append(QLatin1Char(' '));
        spaced.append(c.isLetterOrNumber() ? c.toLower() : QLatin1Char(' '));
    }
    return spaced.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool anyWord(const QStringList &w, std::initializer_list<const char *> list)
{
    for (const char *candidate : list) {
        const QLatin1StringView needle(candidate);
        if (needle.contains(QLatin1Char(' '))) {
            // A phrase: consecutive words.
            const QStringList parts = QString(needle).split(QLatin1Char(' '));
            for (qsizetype i = 0; i + parts.size() <= w.size(); ++i) {
                if (w.mid(i, parts.size()) == parts)
                    return true;
            }
        } else if (w.contains(needle)) {
            return true;
        }
    }
    return false;
}

} // namespace

std::optional<ComponentKind> componentKindFromWords(const QString &text)
{
    const QStringList w = words(text);
    if (w.isEmpty())
        return std::nullopt;
    // Order matters: the most specific families first ("key vault" before "store").
    if (anyWord(w, {"secret", "secrets", "vault", "kms", "hsm", "keyvault", "key vault", "secretsmanager"}))
        return ComponentKind::SecretStore;
    if (anyWord(w, {"idp", "identity", "cognito", "oauth", "oauth2", "oidc", "saml", "sso", "ldap", "adfs", "keycloak", "okta",
                    "auth0", "active directory", "authorization server", "authentication server", "iam"}))
        return ComponentKind::IdentityProvider;
    if (anyWord(w, {"queue", "sqs", "sns", "kafka", "broker", "rabbitmq", "mq", "jms", "eventhub", "event hub", "servicebus",
                    "service bus", "pubsub", "kinesis", "eventbridge", "topic", "stream", "mqtt"}))
        return ComponentKind::Queue;
    if (anyWord(w, {"gateway", "apigateway", "balancer", "loadbalancer", "elb", "alb", "nlb", "cdn", "cloudfront", "proxy",
                    "waf", "ingress", "firewall", "nginx", "haproxy", "traefik", "envoy", "frontdoor", "front door"}))
        return ComponentKind::Gateway;
    if (anyWord(w, {"lambda", "function", "functions", "serverless", "faas"}))
        return ComponentKind::Function;
    if (anyWord(w, {"ai", "ml", "llm", "sagemaker", "bedrock", "openai", "mach", "machine learning", "model endpoint",
                    "genai", "inference"}))
        return ComponentKind::AiService;
    if (anyWord(w, {"database", "databases", "db", "sql", "postgres", "postgresql", "mysql", "mariadb", "mongo", "mongodb",
                    "nosql", "dynamodb", "redis", "memcached", "cache", "storage", "store", "datastore", "bucket", "s3",
                    "blob", "file", "filesystem", "files", "warehouse", "elasticsearch", "opensearch", "cosmos", "cosmosdb",
                    "table", "lake", "datalake", "ebs", "efs", "disk", "volume", "oracle", "cassandra", "neo4j", "rds",
                    "aurora", "index", "log", "logs"}))
        return ComponentKind::Datastore;
    if (anyWord(w, {"browser", "client", "mobile", "android", "ios", "iphone", "desktop", "device", "spa", "frontend",
                    "laptop", "workstation", "smartphone", "iot"}))
        return ComponentKind::Client;
    if (anyWord(w, {"user", "users", "actor", "person", "human", "customer", "admin", "operator", "external", "third party",
                    "partner", "interactor", "entity", "internet"}))
        return ComponentKind::ExternalEntity;
    if (anyWord(w, {"process", "thread", "job", "worker", "batch", "task", "cron", "scheduler", "daemon"}))
        return ComponentKind::Process;
    if (anyWord(w, {"service", "services", "server", "api", "webapi", "application", "app", "webapp", "container", "docker",
                    "ecs", "ec2", "vm", "instance", "pod", "microservice", "backend", "web", "cms", "erp", "host",
                    "kubernetes", "eks", "aks", "gke", "compute"}))
        return ComponentKind::Service;
    return std::nullopt;
}

std::optional<BoundaryKind> boundaryKindFromWords(const QString &text)
{
    const QStringList w = words(text);
    if (w.isEmpty())
        return std::nullopt;
    if (anyWord(w, {"internet", "public internet", "www"}))
        return BoundaryKind::Internet;
    if (anyWord(w, {"subnet", "subnets"}))
        return BoundaryKind::Subnet;
    if (anyWord(w, {"security group", "securitygroup", "nsg", "sg"}))
        return BoundaryKind::SecurityGroup;
    if (anyWord(w, {"vpc", "vnet", "virtual network", "virtual private cloud"}))
        return BoundaryKind::Vpc;
    if (anyWord(w, {"namespace", "namespaces"}))
        return BoundaryKind::Namespace;
    if (anyWord(w, {"cluster", "kubernetes", "k8s", "eks", "aks", "gke"}))
        return BoundaryKind::Cluster;
    if (anyWord(w, {"account", "subscription", "tenant", "cloud", "aws", "azure", "gcp", "project"}))
        return BoundaryKind::CloudAccount;
    if (anyWord(w, {"network", "lan", "vlan", "dmz", "corpnet", "intranet", "on prem", "onprem", "datacenter", "private", "public"}))
        return BoundaryKind::Network;
    return std::nullopt;
}

void UnknownKinds::note(ModelFragment &out, const QString &what, const QString &foreignKind, const SourceRef &where, const QString &keptAs)
{
    const QString key = what + QLatin1Char('\x1f') + foreignKind;
    if (m_seen.contains(key))
        return;
    m_seen.insert(key);
    out.diagnostics.append(Diagnostic{DiagnosticLevel::Info,
                                      Tr::tr("%1 type \"%2\" has no Threatwright kind; imported as %3 and the type kept as an attribute")
                                          .arg(what, foreignKind, keptAs),
                                      where});
}

// Threats -------------------------------------------------------------------------------------

std::optional<Stride> strideFromText(const QString &text)
{
    QString letters;
    for (const QChar c : text) {
        if (c.isLetter())
            letters.append(c.toLower());
    }
    if (letters.isEmpty())
        return std::nullopt;
    static const std::pair<const char *, Stride> names[] = {
        {"s", Stride::Spoofing},
        {"spoofing", Stride::Spoofing},
        {"spoof", Stride::Spoofing},
        {"t", Stride::Tampering},
        {"tampering", Stride::Tampering},
        {"r", Stride::Repudiation},
        {"repudiation", Stride::Repudiation},
        {"i", Stride::InformationDisclosure},
        {"informationdisclosure", Stride::InformationDisclosure},
        {"disclosure", Stride::InformationDisclosure},
        {"d", Stride::DenialOfService},
        {"denialofservice", Stride::DenialOfService},
        {"dos", Stride::DenialOfService},
        {"e", Stride::ElevationOfPrivilege},
        {"elevationofprivilege", Stride::ElevationOfPrivilege},
        {"elevationofprivileges", Stride::ElevationOfPrivilege},
        {"eop", Stride::ElevationOfPrivilege},
    };
    for (const auto &[name, stride] : names) {
        if (letters == QLatin1StringView(name))
            return stride;
    }
    return std::nullopt;
}

QString strideText(Stride stride)
{
    switch (stride) {
    case Stride::Spoofing: return QStringLiteral("Spoofing");
    case Stride::Tampering: return QStringLiteral("Tampering");
    case Stride::Repudiation: return QStringLiteral("Repudiation");
    case Stride::InformationDisclosure: return QStringLiteral("Information disclosure");
    case Stride::DenialOfService: return QStringLiteral("Denial of service");
    case Stride::ElevationOfPrivilege: return QStringLiteral("Elevation of privilege");
    }
    return QStringLiteral("Tampering");
}

std::optional<Severity> severityFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1StringView("critical") || t == QLatin1StringView("very-high") || t == QLatin1StringView("very high"))
        return Severity::Critical;
    if (t == QLatin1StringView("high") || t == QLatin1StringView("elevated"))
        return Severity::High;
    if (t == QLatin1StringView("medium") || t == QLatin1StringView("moderate"))
        return Severity::Medium;
    if (t == QLatin1StringView("low"))
        return Severity::Low;
    if (t == QLatin1StringView("info") || t == QLatin1StringView("informational") || t == QLatin1StringView("none"))
        return Severity::Info;
    return std::nullopt;
}

std::optional<ThreatStatus> statusFromText(const QString &text)
{
    QString letters;
    for (const QChar c : text) {
        if (c.isLetter())
            letters.append(c.toLower());
    }
    static const std::pair<const char *, ThreatStatus> names[] = {
        {"suggested", ThreatStatus::Suggested},
        {"exposed", ThreatStatus::Suggested},
        {"expose", ThreatStatus::Suggested},
        {"open", ThreatStatus::Suggested},
        {"new", ThreatStatus::Suggested},
        {"autogenerated", ThreatStatus::Suggested},
        {"required", ThreatStatus::Suggested},
        {"recommended", ThreatStatus::Suggested},
        {"needsinvestigation", ThreatStatus::Suggested},
        {"unchecked", ThreatStatus::Suggested},
        {"indiscussion", ThreatStatus::Suggested},
        {"identified", ThreatStatus::Suggested},
        {"threatidentified", ThreatStatus::Suggested},
        {"validated", ThreatStatus::Validated},
        {"confirmed", ThreatStatus::Validated},
        {"notstarted", ThreatStatus::Validated},
        {"inprogress", ThreatStatus::Validated},
        {"partlymitigated", ThreatStatus::Validated},
        {"partlymitigate", ThreatStatus::Validated},
        {"mitigated", ThreatStatus::Mitigated},
        {"mitigate", ThreatStatus::Mitigated},
        {"implemented", ThreatStatus::Mitigated},
        {"resolved", ThreatStatus::Mitigated},
        {"threatresolved", ThreatStatus::Mitigated},
        {"closed", ThreatStatus::Mitigated},
        {"fixed", ThreatStatus::Mitigated},
        {"accepted", ThreatStatus::Accepted},
        {"accept", ThreatStatus::Accepted},
        {"riskaccepted", ThreatStatus::Accepted},
        {"dismissed", ThreatStatus::Dismissed},
        {"notapplicable", ThreatStatus::Dismissed},
        {"na", ThreatStatus::Dismissed},
        {"hidden", ThreatStatus::Dismissed},
        {"rejected", ThreatStatus::Dismissed},
        {"falsepositive", ThreatStatus::Dismissed},
        {"threatresolvednotuseful", ThreatStatus::Dismissed},
        {"wontfix", ThreatStatus::Dismissed},
    };
    for (const auto &[name, status] : names) {
        if (letters == QLatin1StringView(name))
            return status;
    }
    return std::nullopt;
}

int fromPercent(double value)
{
    return std::clamp(1 + int(std::lround(std::clamp(value, 0.0, 100.0) / 25.0)), 1, 5);
}

int toPercent(int oneToFive)
{
    return (std::clamp(oneToFive, 1, 5) - 1) * 25;
}

double bandScore(Severity severity)
{
    static const double scores[] = {0.0, 2.0, 5.0, 7.5, 9.5};
    return scores[std::clamp(int(severity), 0, 4)];
}

QString importedOrigin(Format format)
{
    return QStringLiteral("imported:") + formatName(format);
}

QString importedFingerprint(Format format, const QStringList &targets, const QString &foreignId)
{
    return analysis::fingerprint(importedOrigin(format), targets, foreignId);
}

// The extension field ------------------------------------------------------------------------

std::optional<QJsonObject> extension(const QJsonValue &value)
{
    if (value.isObject())
        return value.toObject();
    if (value.isString()) {
        const QJsonDocument parsed = QJsonDocument::fromJson(value.toString().toUtf8());
        if (parsed.isObject())
            return parsed.object();
    }
    return std::nullopt;
}

QString extensionText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject withoutSources(QJsonObject object)
{
    object.remove(QStringLiteral("sources"));
    // "source" is the first evidence of an element, but a flow's source element id.
    if (object.value(QStringLiteral("source")).isObject())
        object.remove(QStringLiteral("source"));
    return object;
}

namespace {

void writePretty(QByteArray &out, const QJsonValue &value, int depth)
{
    static const QStringList first = {QStringLiteral("otmVersion"), QStringLiteral("version"), QStringLiteral("project"), QStringLiteral("detail"),
                                      QStringLiteral("summary"), QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("title"),
                                      QStringLiteral("type"), QStringLiteral("shape")};
    const QByteArray indent(2 * (depth + 1), ' ');
    const QByteArray closing(2 * depth, ' ');
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        if (o.isEmpty()) {
            out += "{}";
            return;
        }
        QStringList keys = o.keys();
        std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            const qsizetype ia = first.indexOf(a), ib = first.indexOf(b);
            if (ia != ib)
                return ia >= 0 && (ib < 0 || ia < ib);
            return a < b;
        });
        out += "{\n";
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += indent;
            JsonWriter::appendString(out, keys[i]);
            out += ": ";
            writePretty(out, o.value(keys[i]), depth + 1);
            out += i + 1 < keys.size() ? ",\n" : "\n";
        }
        out += closing + '}';
        return;
    }
    case QJsonValue::Array: {
        const QJsonArray a = value.toArray();
        if (a.isEmpty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (qsizetype i = 0; i < a.size(); ++i) {
            out += indent;
            writePretty(out, a.at(i), depth + 1);
            out += i + 1 < a.size() ? ",\n" : "\n";
        }
        out += closing + ']';
        return;
    }
    case QJsonValue::String: JsonWriter::appendString(out, value.toString()); return;
    case QJsonValue::Bool: out += value.toBool() ? "true" : "false"; return;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9e15)
            out += QByteArray::number(qint64(d));
        else if (std::isfinite(d))
            out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        else
            out += "null";
        return;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined: out += "null"; return;
    }
}

} // namespace

QByteArray prettyJson(const QJsonObject &root)
{
    QByteArray out;
    writePretty(out, root, 0);
    out += '\n';
    return out;
}

QString uuidFor(const QString &id)
{
    // A fixed namespace of our own, so the same id gives the same UUID in every export.
    static const QUuid ns(QStringLiteral("{5d0b6d1e-3c57-4b8a-9a38-7c1f1c0de001}"));
    return QUuid::createUuidV5(ns, id).toString(QUuid::WithoutBraces);
}

// Geometry ----------------------------------------------------------------------------------

bool segmentsCross(QPointF a, QPointF b, QPointF c, QPointF d)
{
    return QLineF(a, b).intersects(QLineF(c, d), nullptr) == QLineF::BoundedIntersection;
}

bool polylineCrosses(const QList<QPointF> &line, QPointF a, QPointF b)
{
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        if (segmentsCross(line[i], line[i + 1], a, b))
            return true;
    }
    return false;
}

QString innermostContaining(const QList<Box> &boxes, const QRectF &rect, const QString &self)
{
    QString best;
    double bestArea = 0;
    for (const Box &box : boxes) {
        if (box.id == self || !box.rect.contains(rect))
            continue;
        // Two identical boxes would each contain the other: the earlier one is the outer one.
        if (box.rect == rect)
            continue;
        const double area = box.rect.width() * box.rect.height();
        if (best.isEmpty() || area < bestArea) {
            best = box.id;
            bestArea = area;
        }
    }
    return best;
}

} // namespace tw::interop::detail
