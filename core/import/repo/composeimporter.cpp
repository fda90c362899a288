// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/repo/composeimporter.h"

#include "import/common/document.h"
#include "import/repo/images.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace tw::compose {
namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::Compose)
};

class ComposeReader
{
public:
    ComposeReader(const doc::Document &document, QString file) : m_doc(document), m_file(std::move(file)) {}

    SourceRef ref(doc::NodeId node) const
    {
        const doc::Position p = m_doc.position(node);
        return SourceRef{QStringLiteral("compose"), m_file, p.line, p.column};
    }

    QString text(doc::NodeId node) const { return m_doc.isScalar(node) ? m_doc.string(node) : QString(); }

    QStringList list(doc::NodeId node) const
    {
        QStringList out;
        if (m_doc.isSequence(node)) {
            for (std::uint32_t i = 0; i < m_doc.size(node); ++i)
                out.append(text(m_doc.itemAt(node, i)));
        } else if (m_doc.isMapping(node)) {
            for (std::uint32_t i = 0; i < m_doc.size(node); ++i)
                out.append(text(m_doc.keyAt(node, i)));
        } else if (m_doc.isScalar(node) && !m_doc.isNull(node)) {
            out.append(text(node));
        }
        return out;
    }

    /** environment: as a map or as a list of KEY=VALUE; values keep their nodes for positions. */
    QList<std::tuple<QString, QString, doc::NodeId>> environment(doc::NodeId service) const
    {
        QList<std::tuple<QString, QString, doc::NodeId>> out;
        const doc::NodeId env = m_doc.find(service, "environment");
        if (m_doc.isMapping(env)) {
            for (std::uint32_t i = 0; i < m_doc.size(env); ++i)
                out.append({text(m_doc.keyAt(env, i)), text(m_doc.valueAt(env, i)), m_doc.valueAt(env, i)});
        } else if (m_doc.isSequence(env)) {
            for (std::uint32_t i = 0; i < m_doc.size(env); ++i) {
                const doc::NodeId item = m_doc.itemAt(env, i);
                const QString entry = text(item);
                out.append({entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1), item});
            }
        }
        return out;
    }

    ModelFragment read()
    {
        ModelFragment m;
        const doc::NodeId root = m_doc.root();
        const doc::NodeId services = m_doc.find(root, "services");
        if (!m_doc.isMapping(services)) {
            m.diagnostics.append(Diagnostic{DiagnosticLevel::Warning, Tr::tr("no services in this compose file"), ref(root)});
            return m;
        }
        // Networks: declared ones, plus the implicit default one every service without
        // networks joins.
        QSet<QString> networkIds;
        auto addNetwork = [&](const QString &name, doc::NodeId where) {
            const QString id = QStringLiteral("net:") + name;
            if (networkIds.contains(id))
                return id;
            networkIds.insert(id);
            TrustBoundary b;
            b.id = id;
            b.name = Tr::tr("network %1").arg(name);
            b.kind = BoundaryKind::Network;
            b.sources.append(ref(where));
            m.boundaries.append(b);
            return id;
        };
        const doc::NodeId networks = m_doc.find(root, "networks");
        if (m_doc.isMapping(networks)) {
            for (std::uint32_t i = 0; i < m_doc.size(networks); ++i)
                addNetwork(text(m_doc.keyAt(networks, i)), m_doc.keyAt(networks, i));
        }

        QHash<QString, QString> idByName;
        for (std::uint32_t i = 0; i < m_doc.size(services); ++i)
            idByName.insert(text(m_doc.keyAt(services, i)), QStringLiteral("svc:") + text(m_doc.keyAt(services, i)));
        QHash<QString, const images::ImageKind *> kinds;

        for (std::uint32_t i = 0; i < m_doc.size(services); ++i) {
            const QString name = text(m_doc.keyAt(services, i));
            const doc::NodeId svc = m_doc.valueAt(services, i);
            Component c;
            c.id = idByName.value(name);
            c.name = name;
            c.sources.append(ref(m_doc.keyAt(services, i)));
            c.attributes.insert(QStringLiteral("compose-service"), name);
            const QString image = text(m_doc.find(svc, "image"));
            const images::ImageKind *known = image.isEmpty() ? nullptr : images::imageKind(image);
            kinds.insert(name, known);
            c.kind = known ? known->kind : ComponentKind::Service;
            if (!image.isEmpty()) {
                c.technology = image.section(QLatin1Char('@'), 0, 0);
                c.attributes.insert(QStringLiteral("image"), image);
                const QString tag = image.contains(QLatin1Char('@')) ? QString() : image.section(QLatin1Char('/'), -1).section(QLatin1Char(':'), 1);
                const bool pinned = image.contains(QStringLiteral("@sha256:"));
                c.attributes.insert(QStringLiteral("image-pinned"), pinned);
                if (!pinned && (tag.isEmpty() || tag == QLatin1StringView("latest")))
                    c.attributes.insert(QStringLiteral("image-tag-floating"), true);
            }
            if (const doc::NodeId build = m_doc.find(svc, "build"); m_doc.isValid(build)) {
                c.attributes.insert(QStringLiteral("built-from-source"), true);
                // The folder the image is built from, relative to the import root: how the
                // service is matched with that folder's Dockerfile and manifests.
                const QString context = m_doc.isMapping(build) ? text(m_doc.find(build, "context")) : text(build);
                if (!context.isEmpty() && !context.contains(QStringLiteral("://")) && !context.startsWith(QLatin1Char('/'))) {
                    const QString folder = QFileInfo(m_file).path();
                    const QString relative = QDir::cleanPath((folder == QLatin1StringView(".") ? QString() : folder + QLatin1Char('/')) + context);
                    if (!relative.startsWith(QLatin1StringView("..")))
                        c.attributes.insert(QStringLiteral("build-context"), relative);
                }
            }

            // Container facts.
            if (m_doc.toBool(m_doc.find(svc, "privileged")).value_or(false))
                c.attributes.insert(QStringLiteral("privileged"), true);
            const QString networkMode = text(m_doc.find(svc, "network_mode"));
            if (networkMode == QLatin1StringView("host"))
                c.attributes.insert(QStringLiteral("host-network"), true);
            if (text(m_doc.find(svc, "pid")) == QLatin1StringView("host"))
                c.attributes.insert(QStringLiteral("host-pid"), true);
            const QString user = text(m_doc.find(svc, "user"));
            if (user == QLatin1StringView("root") || user == QLatin1StringView("0") || user.startsWith(QLatin1StringView("0:")))
                c.attributes.insert(QStringLiteral("runs-as-root"), true);
            const QStringList caps = list(m_doc.find(svc, "cap_add"));
            if (!caps.isEmpty())
                c.attributes.insert(QStringLiteral("capabilities-added"), QJsonArray::fromStringList(caps));
            if (m_doc.toBool(m_doc.find(svc, "read_only")).value_or(false))
                c.attributes.insert(QStringLiteral("read-only-root-filesystem"), true);

            QStringList hostMounts;
            QStringList volumes;
            const doc::NodeId vols = m_doc.find(svc, "volumes");
            for (std::uint32_t v = 0; m_doc.isSequence(vols) && v < m_doc.size(vols); ++v) {
                const doc::NodeId item = m_doc.itemAt(vols, v);
                // Short syntax "source:target[:mode]"; a lone path is an anonymous volume at
                // that container path, not a host mount.
                const QString spec = text(item);
                QString source = m_doc.isMapping(item) ? text(m_doc.find(item, "source"))
                                                       : (spec.contains(QLatin1Char(':')) ? spec.section(QLatin1Char(':'), 0, 0) : QString());
                if (source.isEmpty())
                    continue;
                volumes.append(source);
                if (source.startsWith(QLatin1Char('/')) || source.startsWith(QLatin1StringView("./")) || source.startsWith(QLatin1StringView("~")))
                    hostMounts.append(source);
                if (source.contains(QStringLiteral("docker.sock")))
                    c.attributes.insert(QStringLiteral("docker-socket-mounted"), true);
            }
            if (!volumes.isEmpty())
                c.attributes.insert(QStringLiteral("volumes"), QJsonArray::fromStringList(volumes));
            if (!hostMounts.isEmpty())
                c.attributes.insert(QStringLiteral("host-path-mounts"), QJsonArray::fromStringList(hostMounts));
            const QStringList secrets = list(m_doc.find(svc, "secrets"));
            if (!secrets.isEmpty())
                c.attributes.insert(QStringLiteral("compose-secrets"), QJsonArray::fromStringList(secrets));

            // Networks: the service's innermost boundary is its first network.
            QStringList joined = list(m_doc.find(svc, "networks"));
            if (joined.isEmpty() && networkMode.isEmpty())
                joined.append(QStringLiteral("default"));
            for (const QString &n : joined)
                addNetwork(n, m_doc.isValid(m_doc.find(svc, "networks")) ? m_doc.find(svc, "networks") : m_doc.keyAt(services, i));
            if (!joined.isEmpty())
                c.boundaryId = QStringLiteral("net:") + joined.first();
            if (joined.size() > 1)
                c.attributes.insert(QStringLiteral("networks"), QJsonArray::fromStringList(joined));

            // Ports: "published" ones are reachable from outside the host's container network.
            QJsonArray published;
            const doc::NodeId ports = m_doc.find(svc, "ports");
            for (std::uint32_t p = 0; m_doc.isSequence(ports) && p < m_doc.size(ports); ++p) {
                const doc::NodeId item = m_doc.itemAt(ports, p);
                QString hostIp, hostPort, containerPort;
                if (m_doc.isMapping(item)) {
                    hostIp = text(m_doc.find(item, "host_ip"));
                    hostPort = text(m_doc.find(item, "published"));
                    containerPort = text(m_doc.find(item, "target"));
                } else {
                    QStringList parts = text(item).split(QLatin1Char(':'));
                    containerPort = parts.takeLast().section(QLatin1Char('/'), 0, 0);
                    if (!parts.isEmpty())
                        hostPort = parts.takeLast();
                    if (!parts.isEmpty())
                        hostIp = parts.join(QLatin1Char(':'));
                }
                const bool loopback = hostIp.startsWith(QLatin1StringView("127.")) || hostIp == QLatin1StringView("::1")
                    || hostIp == QLatin1StringView("localhost");
                published.append(QJsonObject{{QStringLiteral("host"), hostPort.isEmpty() ? containerPort : hostPort},
                                             {QStringLiteral("container"), containerPort},
                                             {QStringLiteral("hostIp"), hostIp}});
                EntryPoint e;
                e.id = QStringLiteral("ep:%1:port/%2").arg(name, hostPort.isEmpty() ? containerPort : hostPort);
                e.componentId = c.id;
                e.kind = EntryPointKind::Port;
                e.name = Tr::tr("port %1").arg(hostPort.isEmpty() ? containerPort : hostPort);
                e.attributes.insert(QStringLiteral("container-port"), containerPort);
                e.attributes.insert(QStringLiteral("published"), true);
                e.attributes.insert(QLatin1StringView(attr::InternetFacing), !loopback);
                e.sources.append(ref(item));
                m.entryPoints.append(e);
                if (!loopback)
                    c.attributes.insert(QLatin1StringView(attr::InternetFacing), true);
            }
            if (!published.isEmpty())
                c.attributes.insert(QStringLiteral("published-ports"), published);
            const QStringList exposed = list(m_doc.find(svc, "expose"));
            if (!exposed.isEmpty())
                c.attributes.insert(QStringLiteral("internal-ports"), QJsonArray::fromStringList(exposed));

            // Environment: secrets (redacted) and references to other services.
            QStringList secretsInEnv; // names only; the values are kept as short fingerprints
            QJsonArray secretsRedacted;
            for (const auto &[key, value, node] : environment(svc)) {
                if (images::isSecretName(key) && !value.isEmpty() && !value.startsWith(QLatin1StringView("${")) && !value.contains(QLatin1StringView("/run/secrets/"))) {
                    secretsInEnv.append(key);
                    secretsRedacted.append(QJsonObject{{QStringLiteral("name"), key},
                                                    {QStringLiteral("fingerprint"), images::redact(value)},
                                                    {QStringLiteral("line"), ref(node).line}});
                }
                addEnvironmentFlows(m, c.id, key, value, node, idByName, kinds);
            }
            if (!secretsInEnv.isEmpty()) {
                c.attributes.insert(QStringLiteral("secrets-in-env"), QJsonArray::fromStringList(secretsInEnv));
                c.attributes.insert(QStringLiteral("hardcoded-secrets"), secretsRedacted);
            }

            for (const QString &dep : list(m_doc.find(svc, "depends_on")) + list(m_doc.find(svc, "links"))) {
                const QString target = idByName.value(dep.section(QLatin1Char(':'), 0, 0));
                if (!target.isEmpty())
                    addFlow(m, c.id, target, QString(), 0, std::nullopt, std::nullopt, Tr::tr("depends on"), ref(m_doc.find(svc, "depends_on")));
            }
            m.components.append(c);
        }
        return m;
    }

private:
    void addFlow(ModelFragment &m, const QString &source, const QString &target, const QString &protocol, int port,
                 std::optional<bool> encrypted, std::optional<bool> authenticated, const QString &label, const SourceRef &where)
    {
        if (source == target)
            return;
        const QString id = QStringLiteral("flow:%1->%2").arg(source, target);
        for (DataFlow &f : m.flows) {
            if (f.id != id)
                continue;
            // A URL says more than depends_on: let it fill in what is known.
            if (f.protocol.isEmpty())
                f.protocol = protocol;
            if (!f.port)
                f.port = port;
            if (!f.encrypted)
                f.encrypted = encrypted;
            if (!f.authenticated)
                f.authenticated = authenticated;
            if (f.label.isEmpty() || f.label == Tr::tr("depends on"))
                f.label = label;
            if (where.line > 0 && !f.sources.contains(where))
                f.sources.append(where);
            return;
        }
        DataFlow f;
        f.id = id;
        f.sourceId = source;
        f.targetId = target;
        f.protocol = protocol;
        f.port = port;
        f.encrypted = encrypted;
        f.authenticated = authenticated;
        f.label = label;
        if (where.line > 0)
            f.sources.append(where);
        m.flows.append(f);
    }

    void addEnvironmentFlows(ModelFragment &m, const QString &source, const QString &key, const QString &value, doc::NodeId node,
                             const QHash<QString, QString> &idByName, const QHash<QString, const images::ImageKind *> &kinds)
    {
        if (value.isEmpty())
            return;
        const QUrl url(value, QUrl::StrictMode);
        QString host;
        QString scheme;
        int port = 0;
        bool credentials = false;
        if (url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty()) {
            host = url.host();
            scheme = url.scheme().toLower();
            port = url.port(0);
            credentials = !url.userName().isEmpty();
        } else if (idByName.contains(value.section(QLatin1Char(':'), 0, 0))
                   && QRegularExpression(QStringLiteral("(?i)(host|addr|address|server|url|endpoint)")).match(key).hasMatch()) {
            host = value.section(QLatin1Char(':'), 0, 0);
            port = value.section(QLatin1Char(':'), 1).toInt();
        } else {
            return;
        }
        const QString target = idByName.value(host);
        static const QSet<QString> tlsSchemes = {QStringLiteral("https"), QStringLiteral("wss"), QStringLiteral("rediss"),
                                                 QStringLiteral("amqps"), QStringLiteral("mongodb+srv")};
        std::optional<bool> encrypted;
        if (!scheme.isEmpty())
            encrypted = tlsSchemes.contains(scheme) || value.contains(QStringLiteral("sslmode=require"))
                || value.contains(QStringLiteral("ssl=true")) || value.contains(QStringLiteral("tls=true"));
        const QString protocol = !scheme.isEmpty() ? scheme : (kinds.value(host) ? QString::fromLatin1(kinds.value(host)->protocol) : QString());
        if (!port && kinds.value(host))
            port = kinds.value(host)->port;
        if (!target.isEmpty()) {
            addFlow(m, source, target, protocol, port, encrypted, credentials ? std::optional<bool>(true) : std::nullopt, key, ref(node));
            // Every variable that names the target (reconciliation with Terraform matches by them).
            for (DataFlow &f : m.flows) {
                if (f.id != QStringLiteral("flow:%1->%2").arg(source, target))
                    continue;
                QJsonArray variables = f.attributes.value(QStringLiteral("environment")).toArray();
                if (!variables.contains(key))
                    variables.append(key);
                f.attributes.insert(QStringLiteral("environment"), variables);
            }
            return;
        }
        if (scheme.isEmpty() || host == QLatin1StringView("localhost") || host.startsWith(QLatin1StringView("127.")))
            return;
        // A service outside the compose project: an external entity the data leaves to.
        const QString externalId = QStringLiteral("ext:") + host;
        if (std::none_of(m.components.cbegin(), m.components.cend(), [&](const Component &c) { return c.id == externalId; })) {
            Component ext;
            ext.id = externalId;
            ext.name = host;
            ext.kind = ComponentKind::ExternalEntity;
            ext.attributes.insert(QStringLiteral("external"), true);
            ext.sources.append(ref(node));
            m.components.append(ext);
        }
        addFlow(m, source, externalId, protocol, port, encrypted, credentials ? std::optional<bool>(true) : std::nullopt, key, ref(node));
    }

    const doc::Document &m_doc;
    QString m_file;
};

Result<ModelFragment> readCompose(Result<doc::Document> document, const QString &relative)
{
    if (!document)
        return document.error();
    ComposeReader reader(*document, relative);
    ModelFragment m = reader.read();
    m.diagnostics.append(document->diagnostics());
    // Put services with no network of their own (network_mode) in no boundary rather than a
    // made-up one.
    return m;
}

} // namespace

bool looksLikeCompose(const QString &fileName, const QByteArray &head)
{
    const QString name = fileName.toLower();
    const bool byName = (name.startsWith(QLatin1StringView("docker-compose")) || name.startsWith(QLatin1StringView("compose")))
        && (name.endsWith(QLatin1StringView(".yml")) || name.endsWith(QLatin1StringView(".yaml")));
    if (byName)
        return true;
    // Other names: a top-level "services:" whose entries have an image or a build.
    return (head.startsWith("services:") || head.contains("\nservices:"))
        && (head.contains("\n    image:") || head.contains("\n    build:")) && !head.contains("\nkind:") && !head.contains("apiVersion:");
}

Result<ModelFragment> importCompose(const QString &path, const QString &rootDir)
{
    const QString relative = rootDir.isEmpty() ? QFileInfo(path).fileName() : QDir(rootDir).relativeFilePath(path);
    doc::ParseOptions options;
    options.format = doc::Format::Yaml;
    options.displayName = relative;
    return readCompose(doc::parseFile(path, options), relative);
}

Result<ModelFragment> importComposeBytes(const QByteArray &bytes, const QString &relativePath)
{
    doc::ParseOptions options;
    options.format = doc::Format::Yaml;
    options.displayName = relativePath;
    return readCompose(doc::parseBytes(bytes, options), relativePath);
}

} // namespace tw::compose
