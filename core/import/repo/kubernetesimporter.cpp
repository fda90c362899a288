// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/repo/kubernetesimporter.h"

#include "import/common/document.h"
#include "import/repo/images.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <memory>

namespace tw::kubernetes {
namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::Kubernetes)
};

const QSet<QString> &workloadKinds()
{
    static const QSet<QString> kinds = {QStringLiteral("Deployment"), QStringLiteral("StatefulSet"), QStringLiteral("DaemonSet"),
                                        QStringLiteral("Job"),        QStringLiteral("CronJob"),     QStringLiteral("Pod"),
                                        QStringLiteral("ReplicaSet")};
    return kinds;
}

/** One manifest document, with the file it came from. */
struct Object
{
    const doc::Document *document = nullptr;
    doc::NodeId node = doc::InvalidNode;
    QString file;
    QString kind;
    QString name;
    QString ns;
};

class Reader
{
public:
    explicit Reader(QString rootDir) : m_root(std::move(rootDir)) {}

    void load(const QString &path, ModelFragment &m)
    {
        const QString relative = m_root.isEmpty() ? QFileInfo(path).fileName() : QDir(m_root).relativeFilePath(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m.diagnostics.append(Diagnostic{DiagnosticLevel::Error, Tr::tr("cannot read the file"), SourceRef{{}, relative, 0, 0}});
            return;
        }
        loadBytes(file.readAll(), relative, m);
    }

    void loadBytes(const QByteArray &bytes, const QString &relative, ModelFragment &m)
    {
        if (bytes.contains("{{")) {
            // A Helm template is not YAML until rendered; reading it anyway would invent a model.
            m.diagnostics.append(Diagnostic{DiagnosticLevel::Info, Tr::tr("Helm template (contains {{ … }}): skipped, render it first"),
                                            SourceRef{QStringLiteral("kubernetes"), relative, 1, 1}});
            return;
        }
        doc::ParseOptions options;
        options.format = doc::Format::Yaml;
        options.displayName = relative;
        auto parsed = doc::parseBytes(bytes, options);
        if (!parsed) {
            m.diagnostics.append(Diagnostic{DiagnosticLevel::Error, parsed.error().message,
                                            SourceRef{QStringLiteral("kubernetes"), relative, 0, 0}});
            return;
        }
        m_documents.push_back(std::make_unique<doc::Document>(std::move(parsed).value()));
        const doc::Document &d = *m_documents.back();
        m.diagnostics.append(d.diagnostics());
        for (const doc::NodeId root : d.roots())
            collect(d, root, relative);
    }

    ModelFragment build(ModelFragment m)
    {
        // The cluster and its namespaces.
        if (!m_objects.isEmpty()) {
            TrustBoundary cluster;
            cluster.id = QStringLiteral("k8s:cluster");
            cluster.name = Tr::tr("Kubernetes cluster");
            cluster.kind = BoundaryKind::Cluster;
            m.boundaries.append(cluster);
        }
        QSet<QString> namespaces;
        QSet<QString> policed;
        for (const Object &o : m_objects) {
            if (o.kind == QLatin1StringView("NetworkPolicy"))
                policed.insert(o.ns);
        }
        auto ensureNamespace = [&](const QString &ns, const SourceRef &where) {
            const QString id = QStringLiteral("k8s-ns:") + ns;
            if (!namespaces.contains(ns)) {
                namespaces.insert(ns);
                TrustBoundary b;
                b.id = id;
                b.name = Tr::tr("namespace %1").arg(ns);
                b.kind = BoundaryKind::Namespace;
                b.parentId = QStringLiteral("k8s:cluster");
                b.attributes.insert(QStringLiteral("network-policy"), policed.contains(ns));
                if (where.line > 0)
                    b.sources.append(where);
                m.boundaries.append(b);
            }
            return id;
        };

        // Workloads.
        QHash<QString, qsizetype> componentIndex; // component id → index in m.components
        QList<std::pair<const Object *, QMap<QString, QString>>> podLabels;
        for (const Object &o : m_objects) {
            if (!workloadKinds().contains(o.kind))
                continue;
            const doc::Document &d = *o.document;
            Component c;
            c.id = QStringLiteral("svc:") + o.name;
            c.name = o.name;
            c.kind = ComponentKind::Service;
            c.sources.append(ref(o, o.node));
            c.boundaryId = ensureNamespace(o.ns, ref(o, o.node));
            c.attributes.insert(QStringLiteral("k8s-kind"), o.kind);
            const doc::NodeId pod = podSpec(o);
            const doc::NodeId template_ = o.kind == QLatin1StringView("Pod") ? o.node : templateOf(o);
            podLabels.append({&o, labels(d, d.find(d.find(template_, "metadata"), "labels"))});
            readPod(o, pod, c);
            if (o.kind == QLatin1StringView("Job") || o.kind == QLatin1StringView("CronJob"))
                c.kind = ComponentKind::Function;
            if (componentIndex.contains(c.id)) {
                // The same workload in two overlays or files: keep one, with both pieces of evidence.
                m.components[componentIndex.value(c.id)].sources += c.sources;
                continue;
            }
            componentIndex.insert(c.id, m.components.size());
            m.components.append(c);
        }

        // Services: name → the workloads they select; exposure.
        QHash<QString, QStringList> serviceTargets; // "ns/name" and "name" → component ids
        for (const Object &o : m_objects) {
            if (o.kind != QLatin1StringView("Service"))
                continue;
            const doc::Document &d = *o.document;
            const doc::NodeId spec = d.find(o.node, "spec");
            const QMap<QString, QString> selector = labels(d, d.find(spec, "selector"));
            QStringList targets;
            for (const auto &[workload, podLabel] : podLabels) {
                if (workload->ns != o.ns || selector.isEmpty())
                    continue;
                bool matches = true;
                for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
                    if (podLabel.value(it.key()) != it.value()) {
                        matches = false;
                        break;
                    }
                }
                if (matches)
                    targets.append(QStringLiteral("svc:") + workload->name);
            }
            serviceTargets[o.ns + QLatin1Char('/') + o.name] += targets;
            serviceTargets[o.name] += targets;
            const QString type = text(d, d.find(spec, "type"));
            const bool external = type == QLatin1StringView("LoadBalancer") || type == QLatin1StringView("NodePort");
            const doc::NodeId ports = d.find(spec, "ports");
            for (const QString &target : targets) {
                const qsizetype index = componentIndex.value(target, -1);
                if (index < 0)
                    continue;
                Component &c = m.components[index];
                c.sources.append(ref(o, o.node));
                // The Service's name and ports: how other artifacts (an OpenAPI server URL, an
                // environment value) address the workload.
                QJsonArray known = c.attributes.value(QStringLiteral("k8s-services")).toArray();
                for (std::uint32_t i = 0; d.isSequence(ports) && i < d.size(ports); ++i) {
                    const doc::NodeId p = d.itemAt(ports, i);
                    known.append(QJsonObject{{QStringLiteral("name"), o.name},
                                             {QStringLiteral("namespace"), o.ns},
                                             {QStringLiteral("type"), type.isEmpty() ? QStringLiteral("ClusterIP") : type},
                                             {QStringLiteral("port"), qint64(d.toInt(d.find(p, "port")).value_or(0))},
                                             {QStringLiteral("nodePort"), qint64(d.toInt(d.find(p, "nodePort")).value_or(0))}});
                }
                if (!d.isSequence(ports) || d.size(ports) == 0)
                    known.append(QJsonObject{{QStringLiteral("name"), o.name}, {QStringLiteral("namespace"), o.ns}});
                c.attributes.insert(QStringLiteral("k8s-services"), known);
                if (!external)
                    continue;
                c.attributes.insert(QLatin1StringView(attr::InternetFacing), true);
                c.attributes.insert(QStringLiteral("exposed-by"), QStringLiteral("Service/%1 (%2)").arg(o.name, type));
                for (std::uint32_t i = 0; d.isSequence(ports) && i < d.size(ports); ++i) {
                    const doc::NodeId p = d.itemAt(ports, i);
                    const QString port = text(d, d.find(p, "port"));
                    EntryPoint e;
                    e.id = QStringLiteral("ep:%1:%2/%3").arg(o.name, type.toLower(), port);
                    e.componentId = target;
                    e.kind = EntryPointKind::Port;
                    e.name = Tr::tr("%1 port %2 of Service %3").arg(type, port, o.name);
                    e.attributes.insert(QLatin1StringView(attr::InternetFacing), true);
                    e.attributes.insert(QStringLiteral("service-type"), type);
                    e.sources.append(ref(o, p));
                    m.entryPoints.append(e);
                }
            }
        }

        // Ingresses: each rule's backend Service becomes reachable from outside.
        for (const Object &o : m_objects) {
            if (o.kind != QLatin1StringView("Ingress"))
                continue;
            const doc::Document &d = *o.document;
            const doc::NodeId spec = d.find(o.node, "spec");
            const bool tls = d.isSequence(d.find(spec, "tls")) && d.size(d.find(spec, "tls")) > 0;
            QList<std::pair<QString, doc::NodeId>> backends;
            auto addBackend = [&](doc::NodeId backend, const QString &host, const QString &path) {
                QString service = text(d, d.find(d.find(backend, "service"), "name"));
                if (service.isEmpty())
                    service = text(d, d.find(backend, "serviceName")); // extensions/v1beta1
                if (service.isEmpty())
                    return;
                for (const QString &target : serviceTargets.value(o.ns + QLatin1Char('/') + service)) {
                    const qsizetype index = componentIndex.value(target, -1);
                    if (index < 0)
                        continue;
                    Component &c = m.components[index];
                    c.attributes.insert(QLatin1StringView(attr::InternetFacing), true);
                    c.attributes.insert(QStringLiteral("exposed-by"), QStringLiteral("Ingress/%1").arg(o.name));
                    if (!host.isEmpty()) {
                        QJsonArray hosts = c.attributes.value(QStringLiteral("ingress-hosts")).toArray();
                        if (!hosts.contains(host))
                            hosts.append(host);
                        c.attributes.insert(QStringLiteral("ingress-hosts"), hosts);
                    }
                    EntryPoint e;
                    e.id = QStringLiteral("ep:%1:ingress/%2%3").arg(o.name, host.isEmpty() ? QStringLiteral("*") : host, path);
                    e.componentId = target;
                    e.kind = EntryPointKind::HttpOperation;
                    e.name = Tr::tr("Ingress %1: %2%3").arg(o.name, host.isEmpty() ? QStringLiteral("*") : host, path);
                    e.path = path.isEmpty() ? QStringLiteral("/") : path;
                    e.attributes.insert(QLatin1StringView(attr::InternetFacing), true);
                    e.attributes.insert(QStringLiteral("tls"), tls);
                    if (!tls)
                        e.attributes.insert(QLatin1StringView(attr::PlainHttp), true);
                    e.sources.append(ref(o, backend));
                    m.entryPoints.append(e);
                }
            };
            const doc::NodeId defaultBackend = d.isValid(d.find(spec, "defaultBackend")) ? d.find(spec, "defaultBackend") : d.find(spec, "backend");
            if (d.isMapping(defaultBackend))
                addBackend(defaultBackend, {}, {});
            const doc::NodeId rules = d.find(spec, "rules");
            for (std::uint32_t i = 0; d.isSequence(rules) && i < d.size(rules); ++i) {
                const doc::NodeId rule = d.itemAt(rules, i);
                const QString host = text(d, d.find(rule, "host"));
                const doc::NodeId paths = d.find(d.find(rule, "http"), "paths");
                for (std::uint32_t j = 0; d.isSequence(paths) && j < d.size(paths); ++j) {
                    const doc::NodeId p = d.itemAt(paths, j);
                    addBackend(d.find(p, "backend"), host, text(d, d.find(p, "path")));
                }
            }
        }

        // Environment values naming a Service: flows.
        for (const auto &[from, value, where] : m_references) {
            QString host;
            QString scheme;
            int port = 0;
            const QUrl url(value, QUrl::StrictMode);
            if (url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty()) {
                host = url.host();
                scheme = url.scheme().toLower();
                port = url.port(0);
            } else {
                host = value.section(QLatin1Char(':'), 0, 0);
                port = value.section(QLatin1Char(':'), 1).toInt();
            }
            // "cartservice", "cartservice.default", "cartservice.default.svc.cluster.local"
            const QString service = host.section(QLatin1Char('.'), 0, 0);
            const QStringList targets = serviceTargets.value(service);
            for (const QString &target : targets) {
                if (target == from)
                    continue;
                const QString id = QStringLiteral("flow:%1->%2").arg(from, target);
                if (std::any_of(m.flows.cbegin(), m.flows.cend(), [&](const DataFlow &f) { return f.id == id; }))
                    continue;
                DataFlow f;
                f.id = id;
                f.sourceId = from;
                f.targetId = target;
                f.protocol = scheme.isEmpty() ? QStringLiteral("tcp") : scheme;
                f.port = port;
                if (!scheme.isEmpty())
                    f.encrypted = scheme == QLatin1StringView("https") || scheme == QLatin1StringView("grpcs");
                f.label = Tr::tr("via Service %1").arg(service);
                f.sources.append(where);
                m.flows.append(f);
            }
        }

        // RBAC: wildcard roles and cluster-admin, onto the workloads whose service accounts hold them.
        QSet<QString> wildcardRoles;
        for (const Object &o : m_objects) {
            if (o.kind != QLatin1StringView("Role") && o.kind != QLatin1StringView("ClusterRole"))
                continue;
            const doc::Document &d = *o.document;
            const doc::NodeId rules = d.find(o.node, "rules");
            for (std::uint32_t i = 0; d.isSequence(rules) && i < d.size(rules); ++i) {
                const doc::NodeId rule = d.itemAt(rules, i);
                for (const char *field : {"verbs", "resources", "apiGroups"}) {
                    if (strings(d, d.find(rule, field)).contains(QStringLiteral("*")) && qstrcmp(field, "apiGroups") != 0)
                        wildcardRoles.insert(o.kind + QLatin1Char('/') + o.name);
                }
            }
        }
        for (const Object &o : m_objects) {
            if (o.kind != QLatin1StringView("RoleBinding") && o.kind != QLatin1StringView("ClusterRoleBinding"))
                continue;
            const doc::Document &d = *o.document;
            const doc::NodeId roleRef = d.find(o.node, "roleRef");
            const QString role = text(d, d.find(roleRef, "kind")) + QLatin1Char('/') + text(d, d.find(roleRef, "name"));
            const bool admin = role == QLatin1StringView("ClusterRole/cluster-admin");
            if (!admin && !wildcardRoles.contains(role))
                continue;
            const doc::NodeId subjects = d.find(o.node, "subjects");
            for (std::uint32_t i = 0; d.isSequence(subjects) && i < d.size(subjects); ++i) {
                const doc::NodeId s = d.itemAt(subjects, i);
                if (text(d, d.find(s, "kind")) != QLatin1StringView("ServiceAccount"))
                    continue;
                const QString account = text(d, d.find(s, "name"));
                for (Component &c : m.components) {
                    if (c.attributes.value(QStringLiteral("service-account")).toString() != account)
                        continue;
                    c.attributes.insert(QStringLiteral("rbac-wildcard"), true);
                    if (admin)
                        c.attributes.insert(QStringLiteral("cluster-admin"), true);
                    c.sources.append(ref(o, s));
                }
            }
        }
        return m;
    }

private:
    static QString text(const doc::Document &d, doc::NodeId n) { return d.isScalar(n) ? d.string(n) : QString(); }

    static QStringList strings(const doc::Document &d, doc::NodeId n)
    {
        QStringList out;
        for (std::uint32_t i = 0; d.isSequence(n) && i < d.size(n); ++i)
            out.append(text(d, d.itemAt(n, i)));
        return out;
    }

    static QMap<QString, QString> labels(const doc::Document &d, doc::NodeId map)
    {
        QMap<QString, QString> out;
        const doc::NodeId match = d.find(map, "matchLabels");
        const doc::NodeId source = d.isMapping(match) ? match : map;
        for (std::uint32_t i = 0; d.isMapping(source) && i < d.size(source); ++i)
            out.insert(text(d, d.keyAt(source, i)), text(d, d.valueAt(source, i)));
        return out;
    }

    SourceRef ref(const Object &o, doc::NodeId node) const
    {
        const doc::Position p = o.document->position(node);
        return SourceRef{QStringLiteral("kubernetes"), o.file, p.line, p.column};
    }

    void collect(const doc::Document &d, doc::NodeId root, const QString &file)
    {
        if (!d.isMapping(root))
            return;
        const QString kind = text(d, d.find(root, "kind"));
        if (kind == QLatin1StringView("List")) {
            const doc::NodeId items = d.find(root, "items");
            for (std::uint32_t i = 0; d.isSequence(items) && i < d.size(items); ++i)
                collect(d, d.itemAt(items, i), file);
            return;
        }
        if (kind.isEmpty() || text(d, d.find(root, "apiVersion")).isEmpty())
            return;
        const doc::NodeId metadata = d.find(root, "metadata");
        QString ns = text(d, d.find(metadata, "namespace"));
        if (ns.isEmpty())
            ns = QStringLiteral("default");
        m_objects.append(Object{&d, root, file, kind, text(d, d.find(metadata, "name")), ns});
    }

    doc::NodeId templateOf(const Object &o) const
    {
        const doc::Document &d = *o.document;
        doc::NodeId spec = d.find(o.node, "spec");
        if (o.kind == QLatin1StringView("CronJob"))
            spec = d.find(d.find(d.find(spec, "jobTemplate"), "spec"), "template");
        else
            spec = d.find(spec, "template");
        return spec;
    }

    doc::NodeId podSpec(const Object &o) const
    {
        if (o.kind == QLatin1StringView("Pod"))
            return o.document->find(o.node, "spec");
        return o.document->find(templateOf(o), "spec");
    }

    void readPod(const Object &o, doc::NodeId pod, Component &c)
    {
        const doc::Document &d = *o.document;
        if (!d.isMapping(pod))
            return;
        auto flag = [&](doc::NodeId map, const char *field) { return d.toBool(d.find(map, field)); };
        if (flag(pod, "hostNetwork").value_or(false))
            c.attributes.insert(QStringLiteral("host-network"), true);
        if (flag(pod, "hostPID").value_or(false))
            c.attributes.insert(QStringLiteral("host-pid"), true);
        if (flag(pod, "hostIPC").value_or(false))
            c.attributes.insert(QStringLiteral("host-ipc"), true);
        QString account = text(d, d.find(pod, "serviceAccountName"));
        if (account.isEmpty())
            account = QStringLiteral("default");
        c.attributes.insert(QStringLiteral("service-account"), account);
        if (const auto automount = flag(pod, "automountServiceAccountToken"))
            c.attributes.insert(QStringLiteral("service-account-token-automount"), *automount);
        else
            c.attributes.insert(QStringLiteral("service-account-token-automount"), true);

        const doc::NodeId podSecurity = d.find(pod, "securityContext");
        const std::optional<bool> podNonRoot = flag(podSecurity, "runAsNonRoot");
        const std::optional<std::int64_t> podUser = d.toInt(d.find(podSecurity, "runAsUser"));
        if (text(d, d.find(d.find(podSecurity, "seccompProfile"), "type")) == QLatin1StringView("Unconfined"))
            c.attributes.insert(QStringLiteral("seccomp-profile"), QStringLiteral("unconfined"));

        QStringList hostPaths;
        const doc::NodeId volumes = d.find(pod, "volumes");
        for (std::uint32_t i = 0; d.isSequence(volumes) && i < d.size(volumes); ++i) {
            const QString path = text(d, d.find(d.find(d.itemAt(volumes, i), "hostPath"), "path"));
            if (!path.isEmpty())
                hostPaths.append(path);
            if (path.contains(QStringLiteral("docker.sock")) || path.contains(QStringLiteral("containerd.sock")))
                c.attributes.insert(QStringLiteral("docker-socket-mounted"), true);
        }
        if (!hostPaths.isEmpty())
            c.attributes.insert(QStringLiteral("host-path-mounts"), QJsonArray::fromStringList(hostPaths));

        QStringList images, secretsInEnv, secretRefs, configRefs, capabilities;
        QList<int> containerPorts;
        QJsonArray redacted;
        bool root = false, privileged = false, escalation = false, limitsEverywhere = true, readOnlyEverywhere = true;
        const doc::NodeId containers = d.find(pod, "containers");
        for (std::uint32_t i = 0; d.isSequence(containers) && i < d.size(containers); ++i) {
            const doc::NodeId ct = d.itemAt(containers, i);
            const QString image = text(d, d.find(ct, "image"));
            images.append(image);
            if (const images::ImageKind *known = images::imageKind(image); known && c.kind == ComponentKind::Service)
                c.kind = known->kind;
            const doc::NodeId sc = d.find(ct, "securityContext");
            privileged |= flag(sc, "privileged").value_or(false);
            escalation |= flag(sc, "allowPrivilegeEscalation").value_or(false);
            const std::optional<bool> nonRoot = flag(sc, "runAsNonRoot") ? flag(sc, "runAsNonRoot") : podNonRoot;
            const std::optional<std::int64_t> user = d.toInt(d.find(sc, "runAsUser")) ? d.toInt(d.find(sc, "runAsUser")) : podUser;
            // Without runAsNonRoot or a non-zero user the image decides, and most images run as root.
            if ((user && *user == 0) || (!user && !nonRoot.value_or(false)))
                root = true;
            readOnlyEverywhere &= flag(sc, "readOnlyRootFilesystem").value_or(false);
            capabilities += strings(d, d.find(d.find(sc, "capabilities"), "add"));
            limitsEverywhere &= d.isMapping(d.find(d.find(ct, "resources"), "limits"));
            const doc::NodeId env = d.find(ct, "env");
            for (std::uint32_t e = 0; d.isSequence(env) && e < d.size(env); ++e) {
                const doc::NodeId item = d.itemAt(env, e);
                const QString name = text(d, d.find(item, "name"));
                const doc::NodeId valueNode = d.find(item, "value");
                const QString value = text(d, valueNode);
                const doc::NodeId from = d.find(item, "valueFrom");
                if (d.isMapping(from)) {
                    const QString secret = text(d, d.find(d.find(from, "secretKeyRef"), "name"));
                    if (!secret.isEmpty())
                        secretRefs.append(secret);
                    const QString config = text(d, d.find(d.find(from, "configMapKeyRef"), "name"));
                    if (!config.isEmpty())
                        configRefs.append(config);
                    continue;
                }
                if (value.isEmpty())
                    continue;
                if (images::isSecretName(name) && !value.startsWith(QLatin1Char('$'))) {
                    secretsInEnv.append(name);
                    redacted.append(QJsonObject{{QStringLiteral("name"), name},
                                                {QStringLiteral("fingerprint"), images::redact(value)},
                                                {QStringLiteral("line"), ref(o, item).line}});
                    continue;
                }
                static const QRegularExpression addressName(QStringLiteral("(?i)(addr|address|host|url|uri|endpoint|server|service)"));
                if (addressName.match(name).hasMatch() && (value.contains(QLatin1Char(':')) || value.contains(QLatin1Char('.'))))
                    m_references.append({c.id, value, ref(o, valueNode)});
            }
            const doc::NodeId ports = d.find(ct, "ports");
            for (std::uint32_t p = 0; d.isSequence(ports) && p < d.size(ports); ++p) {
                if (const auto port = d.toInt(d.find(d.itemAt(ports, p), "containerPort")); port && !containerPorts.contains(int(*port)))
                    containerPorts.append(int(*port));
            }
            const doc::NodeId envFrom = d.find(ct, "envFrom");
            for (std::uint32_t e = 0; d.isSequence(envFrom) && e < d.size(envFrom); ++e) {
                const doc::NodeId item = d.itemAt(envFrom, e);
                const QString secret = text(d, d.find(d.find(item, "secretRef"), "name"));
                if (!secret.isEmpty())
                    secretRefs.append(secret);
                const QString config = text(d, d.find(d.find(item, "configMapRef"), "name"));
                if (!config.isEmpty())
                    configRefs.append(config);
            }
        }
        if (!containerPorts.isEmpty()) {
            QJsonArray list;
            for (const int port : std::as_const(containerPorts))
                list.append(port);
            c.attributes.insert(QStringLiteral("container-ports"), list);
        }
        if (images.isEmpty())
            return;
        c.technology = images.first();
        c.attributes.insert(QStringLiteral("image"), images.first());
        c.attributes.insert(QStringLiteral("images"), QJsonArray::fromStringList(images));
        const bool pinned = std::all_of(images.cbegin(), images.cend(), images::isPinned);
        c.attributes.insert(QStringLiteral("image-pinned"), pinned);
        if (std::any_of(images.cbegin(), images.cend(), images::isFloating))
            c.attributes.insert(QStringLiteral("image-tag-floating"), true);
        c.attributes.insert(QStringLiteral("runs-as-root"), root);
        if (privileged)
            c.attributes.insert(QStringLiteral("privileged"), true);
        if (escalation)
            c.attributes.insert(QStringLiteral("allow-privilege-escalation"), true);
        c.attributes.insert(QStringLiteral("read-only-root-filesystem"), readOnlyEverywhere);
        c.attributes.insert(QStringLiteral("resource-limits"), limitsEverywhere);
        if (!capabilities.isEmpty())
            c.attributes.insert(QStringLiteral("capabilities-added"), QJsonArray::fromStringList(capabilities));
        if (!secretsInEnv.isEmpty()) {
            c.attributes.insert(QStringLiteral("secrets-in-env"), QJsonArray::fromStringList(secretsInEnv));
            c.attributes.insert(QStringLiteral("hardcoded-secrets"), redacted);
        }
        if (!secretRefs.isEmpty())
            c.attributes.insert(QStringLiteral("secret-refs"), QJsonArray::fromStringList(secretRefs));
        if (!configRefs.isEmpty())
            c.attributes.insert(QStringLiteral("config-map-refs"), QJsonArray::fromStringList(configRefs));
    }

    QString m_root;
    std::vector<std::unique_ptr<doc::Document>> m_documents;
    QList<Object> m_objects;
    QList<std::tuple<QString, QString, SourceRef>> m_references; // component, value, where
};

} // namespace

bool looksLikeManifest(const QByteArray &head)
{
    auto topLevel = [&head](QByteArrayView key) {
        return head.startsWith(key) || head.contains(QByteArray("\n") + key.toByteArray());
    };
    return topLevel("apiVersion:") && topLevel("kind:");
}

Result<ModelFragment> importManifests(const QStringList &paths, const QString &rootDir)
{
    Reader reader(rootDir);
    ModelFragment m;
    for (const QString &path : paths)
        reader.load(path, m);
    return reader.build(std::move(m));
}

Result<ModelFragment> importManifestBytes(const QList<std::pair<QString, QByteArray>> &files)
{
    Reader reader{QString()};
    ModelFragment m;
    for (const auto &[relative, bytes] : files)
        reader.loadBytes(bytes, relative, m);
    return reader.build(std::move(m));
}

} // namespace tw::kubernetes
