// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/repo/reconcile.h"

#include "import/repo/images.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace tw::reconcile {
namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::Reconcile)
};

/** How a service can be addressed, from the facts its importers recorded. */
struct Addresses
{
    QSet<QString> names;      ///< component, compose service and Kubernetes Service names (lower case)
    QSet<int> ports;          ///< ports it listens on inside its network (container, Service ports)
    QSet<int> localPorts;     ///< ports reachable on the host (compose published, NodePort)
    QSet<QString> hosts;      ///< Ingress hosts (lower case)
};

int toPort(const QJsonValue &v)
{
    return v.isDouble() ? v.toInt() : v.toString().section(QLatin1Char('/'), 0, 0).toInt();
}

Addresses addressesOf(const Component &c)
{
    Addresses a;
    a.names.insert(c.name.toLower());
    a.names.insert(c.id.section(QLatin1Char(':'), 1).toLower());
    const QString compose = c.attributes.value(QStringLiteral("compose-service")).toString();
    if (!compose.isEmpty())
        a.names.insert(compose.toLower());
    for (const QJsonValue &p : c.attributes.value(QStringLiteral("published-ports")).toArray()) {
        const QJsonObject o = p.toObject();
        if (const int host = toPort(o.value(QStringLiteral("host"))); host > 0)
            a.localPorts.insert(host);
        if (const int container = toPort(o.value(QStringLiteral("container"))); container > 0)
            a.ports.insert(container);
    }
    for (const char *key : {"internal-ports", "exposed-ports", "container-ports"}) {
        for (const QJsonValue &p : c.attributes.value(QLatin1StringView(key)).toArray()) {
            if (const int port = toPort(p); port > 0)
                a.ports.insert(port);
        }
    }
    for (const QJsonValue &s : c.attributes.value(QStringLiteral("k8s-services")).toArray()) {
        const QJsonObject o = s.toObject();
        a.names.insert(o.value(QStringLiteral("name")).toString().toLower());
        if (const int port = o.value(QStringLiteral("port")).toInt(); port > 0)
            a.ports.insert(port);
        if (const int node = o.value(QStringLiteral("nodePort")).toInt(); node > 0)
            a.localPorts.insert(node);
    }
    for (const QJsonValue &h : c.attributes.value(QStringLiteral("ingress-hosts")).toArray())
        a.hosts.insert(h.toString().toLower());
    a.names.remove(QString());
    return a;
}

/** Why a service matches a server URL, or an empty string. */
QString matches(const QUrl &url, const Component &service, const Addresses &a)
{
    const QString host = url.host().toLower();
    const int port = url.port(-1);
    if (host.isEmpty())
        return {};
    if (host == QLatin1StringView("localhost") || host.startsWith(QLatin1StringView("127.")) || host == QLatin1StringView("0.0.0.0")
        || host == QLatin1StringView("::1")) {
        // A port on the local host: the service that publishes it.
        const int effective = port > 0 ? port : (url.scheme() == QLatin1StringView("https") ? 443 : 80);
        return a.localPorts.contains(effective) ? Tr::tr("%1 publishes port %2").arg(service.name).arg(effective) : QString();
    }
    // A service name ("orders", "orders:8080") or Kubernetes DNS ("orders.shop.svc.cluster.local").
    static const QRegularExpression cluster(QStringLiteral(R"re(^([a-z0-9-]+)(\.[a-z0-9-]+)?\.svc(\.cluster\.local)?$)re"));
    QString name;
    if (!host.contains(QLatin1Char('.')))
        name = host;
    else if (const auto m = cluster.match(host); m.hasMatch())
        name = m.captured(1);
    if (!name.isEmpty()) {
        if (!a.names.contains(name))
            return {};
        // A port that the service does not listen on means another service of the same name
        // (or a stale spec): not a match.
        if (port > 0 && !a.ports.isEmpty() && !a.ports.contains(port))
            return {};
        return port > 0 ? Tr::tr("%1 is addressed as %2:%3").arg(service.name, host).arg(port) : Tr::tr("%1 is addressed as %2").arg(service.name, host);
    }
    // Any other host: a service behind an Ingress for that host.
    return a.hosts.contains(host) ? Tr::tr("an Ingress routes %1 to %2").arg(host, service.name) : QString();
}

/** Moves everything of component `fromIndex` (evidence, facts, entry points, flows) to `intoIndex`. */
void mergeInto(SystemModel &model, qsizetype fromIndex, qsizetype intoIndex)
{
    const Component from = model.components.at(fromIndex);
    Component &into = model.components[intoIndex];
    for (const SourceRef &ref : from.sources) {
        if (!into.sources.contains(ref))
            into.sources.append(ref);
    }
    for (const QString &tag : from.tags) {
        if (!into.tags.contains(tag))
            into.tags.append(tag);
    }
    for (auto it = from.attributes.begin(); it != from.attributes.end(); ++it) {
        const QJsonValue mine = into.attributes.value(it.key());
        if (mine.isUndefined()) {
            into.attributes.insert(it.key(), it.value());
        } else if (mine.isArray() && it.value().isArray()) {
            QJsonArray merged = mine.toArray();
            for (const QJsonValue &v : it.value().toArray()) {
                if (!merged.contains(v))
                    merged.append(v);
            }
            into.attributes.insert(it.key(), merged);
        }
    }
    if (into.technology.isEmpty())
        into.technology = from.technology;
    if (into.boundaryId.isEmpty())
        into.boundaryId = from.boundaryId;
    const QString intoId = into.id;
    for (EntryPoint &e : model.entryPoints) {
        if (e.componentId == from.id)
            e.componentId = intoId;
    }
    // Flows keep their ids (stable across imports); a flow that would now loop is dropped.
    for (DataFlow &f : model.flows) {
        if (f.sourceId == from.id)
            f.sourceId = intoId;
        if (f.targetId == from.id)
            f.targetId = intoId;
    }
    model.flows.removeIf([](const DataFlow &f) { return f.sourceId == f.targetId; });
    model.components.removeAt(fromIndex);
}

void absorb(SystemModel &model, qsizetype apiIndex, qsizetype serviceIndex, const QString &why)
{
    const Component api = model.components.at(apiIndex);
    Component &service = model.components[serviceIndex];
    for (const SourceRef &ref : api.sources) {
        if (!service.sources.contains(ref))
            service.sources.append(ref);
    }
    for (const QString &tag : api.tags) {
        if (!service.tags.contains(tag))
            service.tags.append(tag);
    }
    // What the service's own artifacts say stays (its exposure, for one); the API adds the rest.
    for (auto it = api.attributes.begin(); it != api.attributes.end(); ++it) {
        if (!service.attributes.contains(it.key()))
            service.attributes.insert(it.key(), it.value());
    }
    QJsonArray apis = service.attributes.value(QStringLiteral("apis")).toArray();
    // Why, and where the spec is: the note is said again whenever the model is reconciled.
    const SourceRef where = api.sources.isEmpty() ? SourceRef{} : api.sources.first();
    apis.append(QJsonObject{{QStringLiteral("id"), api.id},
                            {QStringLiteral("title"), api.name},
                            {QStringLiteral("technology"), api.technology},
                            {QStringLiteral("why"), why},
                            {QStringLiteral("file"), where.file},
                            {QStringLiteral("line"), where.line},
                            {QStringLiteral("column"), where.column}});
    service.attributes.insert(QStringLiteral("apis"), apis);
    if (service.technology.isEmpty())
        service.technology = api.technology;
    const QString serviceId = service.id;
    for (EntryPoint &e : model.entryPoints) {
        if (e.componentId == api.id)
            e.componentId = serviceId;
    }
    for (DataFlow &f : model.flows) {
        if (f.sourceId == api.id)
            f.sourceId = serviceId;
        if (f.targetId == api.id)
            f.targetId = serviceId;
    }
    model.components.removeAt(apiIndex);
}

QString terraformType(const Component &c)
{
    return c.attributes.value(QStringLiteral("terraform-type")).toString();
}

/**
 * Host names Terraform gives a service: a Route 53 record naming a load balancer whose listeners
 * forward to target groups that only that service registers with. Host → service id → why.
 */
QHash<QString, QMap<QString, QString>> terraformHosts(const SystemModel &model)
{
    QHash<QString, const Component *> byId;
    for (const Component &c : model.components)
        byId.insert(c.id, &c);
    auto referencing = [&](const QString &from, const QStringList &types) {
        QStringList out;
        for (const DataFlow &f : model.flows) {
            const Component *to = f.sourceId == from ? byId.value(f.targetId) : nullptr;
            if (to && types.contains(terraformType(*to)) && !out.contains(to->id))
                out.append(to->id);
        }
        return out;
    };
    static const QStringList balancers{QStringLiteral("aws_lb"), QStringLiteral("aws_alb")};
    static const QStringList targetGroups{QStringLiteral("aws_lb_target_group"), QStringLiteral("aws_alb_target_group")};
    QHash<QString, QMap<QString, QString>> out;
    for (const Component &record : model.components) {
        const QString host = record.attributes.value(QStringLiteral("cloud-name")).toString().toLower();
        if (terraformType(record) != QLatin1StringView("aws_route53_record") || !host.contains(QLatin1Char('.')))
            continue;
        const QString name = host.endsWith(QLatin1Char('.')) ? host.chopped(1) : host;
        for (const QString &lb : referencing(record.id, balancers)) {
            QSet<QString> services;
            for (const QString &group : referencing(lb, targetGroups)) {
                for (const DataFlow &f : model.flows) {
                    // The service's load_balancer block: the group forwards to the service.
                    if (f.sourceId == group && f.attributes.value(QStringLiteral("reference")).toArray().contains(QStringLiteral("load_balancer"))
                        && f.targetId.startsWith(QLatin1StringView("svc:")))
                        services.insert(f.targetId);
                }
            }
            // A load balancer in front of several services does not say which one serves an API.
            if (services.size() == 1) {
                const QString service = *services.cbegin();
                out[name].insert(service, Tr::tr("%1 is the Route 53 record %2 of load balancer %3, which forwards only to %4")
                                              .arg(name, record.id.mid(3), lb.mid(3), byId.value(service)->name));
            } else {
                for (const QString &service : std::as_const(services))
                    out[name].insert(service, Tr::tr("%1 is load balancer %2, which forwards to %3").arg(name, lb.mid(3), byId.value(service)->name));
            }
        }
    }
    return out;
}

} // namespace

int attachApis(SystemModel &model, const QHash<QString, QString> &specOwners)
{
    QList<qsizetype> services;
    for (qsizetype i = 0; i < model.components.size(); ++i) {
        if (model.components[i].id.startsWith(QLatin1StringView("svc:")))
            services.append(i);
    }
    if (services.isEmpty())
        return 0; // a spec on its own: nothing to attach it to, nothing to report
    QList<Addresses> addresses;
    for (const qsizetype i : std::as_const(services))
        addresses.append(addressesOf(model.components[i]));
    const QHash<QString, QMap<QString, QString>> hostsFromTerraform = terraformHosts(model);

    struct Decision
    {
        QString apiId;
        QString serviceId;
        QString why;
    };
    QList<Decision> attach;
    for (const Component &api : std::as_const(model.components)) {
        if (!api.id.startsWith(QLatin1StringView("api:")))
            continue;
        const QJsonArray servers = api.attributes.value(QStringLiteral("servers")).toArray();
        const SourceRef where = api.sources.isEmpty() ? SourceRef{} : api.sources.first();
        const SourceRef note{QStringLiteral("reconcile"), where.file, where.line, where.column};
        QStringList urls;
        QMap<QString, QString> candidates; // service id → why
        for (const QJsonValue &s : servers) {
            const QString text = s.toObject().value(QStringLiteral("url")).toString();
            urls.append(text);
            const QUrl url(text);
            if (url.host().isEmpty()) {
                // "/b2b/v2": the same origin that serves the spec, the application it ships with
                // (or the compose service that folder's component was merged into).
                QString owner = specOwners.value(where.file);
                if (std::none_of(model.components.cbegin(), model.components.cend(), [&](const Component &c) { return c.id == owner; })) {
                    for (const Component &c : std::as_const(model.components)) {
                        if (c.attributes.value(QStringLiteral("built-from")).toArray().contains(owner))
                            owner = c.id;
                    }
                }
                for (qsizetype k = 0; k < services.size(); ++k) {
                    const Component &service = model.components[services[k]];
                    if (!owner.isEmpty() && service.id == owner && !candidates.contains(owner))
                        candidates.insert(owner, Tr::tr("the relative server %1 is %2's own; the spec is in its folder").arg(text, service.name));
                }
                continue;
            }
            for (qsizetype k = 0; k < services.size(); ++k) {
                const Component &service = model.components[services[k]];
                QString why = matches(url, service, addresses[k]);
                if (why.isEmpty())
                    why = hostsFromTerraform.value(url.host().toLower()).value(service.id);
                if (!why.isEmpty() && !candidates.contains(service.id))
                    candidates.insert(service.id, why);
            }
        }
        if (candidates.size() == 1) {
            attach.append(Decision{api.id, candidates.firstKey(), candidates.first()});
        } else if (candidates.isEmpty()) {
            model.diagnostics.append(Diagnostic{DiagnosticLevel::Warning,
                                                urls.isEmpty() ? Tr::tr("API \"%1\" names no server; it is not attached to any service").arg(api.name)
                                                               : Tr::tr("API \"%1\" is not attached to any service: no service matches its servers (%2)")
                                                                     .arg(api.name, urls.join(QStringLiteral(", "))),
                                                note});
        } else {
            model.diagnostics.append(Diagnostic{DiagnosticLevel::Warning,
                                                Tr::tr("API \"%1\" is not attached: its servers match several services (%2)")
                                                    .arg(api.name, candidates.keys().join(QStringLiteral(", "))),
                                                note});
        }
    }
    // Services known only from a Dockerfile, a package manifest or code, in a repository whose
    // deployment (compose, Kubernetes) names other services: an image built here that no
    // deployment is seen to run under this name. Listed, not matched by a guess.
    const bool deployed = std::any_of(model.components.cbegin(), model.components.cend(), [](const Component &c) {
        return c.attributes.contains(QStringLiteral("compose-service")) || c.attributes.contains(QStringLiteral("k8s-kind"));
    });
    for (qsizetype k = 0; deployed && k < services.size(); ++k) {
        const Component &c = model.components[services[k]];
        if (c.attributes.contains(QStringLiteral("compose-service")) || c.attributes.contains(QStringLiteral("k8s-kind")) || c.sources.isEmpty())
            continue;
        const SourceRef &where = c.sources.first();
        model.diagnostics.append(Diagnostic{DiagnosticLevel::Info,
                                            Tr::tr("%1 (%2) matches no compose or Kubernetes service by name; kept as a component of its own")
                                                .arg(c.id, where.file),
                                            SourceRef{QStringLiteral("reconcile"), where.file, where.line, where.column}});
    }
    for (const Decision &d : std::as_const(attach)) {
        qsizetype apiIndex = -1, serviceIndex = -1;
        for (qsizetype i = 0; i < model.components.size(); ++i) {
            if (model.components[i].id == d.apiId)
                apiIndex = i;
            else if (model.components[i].id == d.serviceId)
                serviceIndex = i;
        }
        if (apiIndex >= 0 && serviceIndex >= 0)
            absorb(model, apiIndex, serviceIndex, d.why);
    }
    // Every attachment, of this pass or an earlier one (a model built on a previous version).
    for (const Component &c : std::as_const(model.components)) {
        for (const QJsonValue &v : c.attributes.value(QStringLiteral("apis")).toArray()) {
            const QJsonObject o = v.toObject();
            model.diagnostics.append(Diagnostic{DiagnosticLevel::Info,
                                                Tr::tr("API \"%1\" is served by %2: %3")
                                                    .arg(o.value(QStringLiteral("title")).toString(), c.id, o.value(QStringLiteral("why")).toString()),
                                                SourceRef{QStringLiteral("reconcile"), o.value(QStringLiteral("file")).toString(),
                                                          o.value(QStringLiteral("line")).toInt(), o.value(QStringLiteral("column")).toInt()}});
        }
    }
    return int(attach.size());
}

int attachBuilds(SystemModel &model, const QHash<QString, QString> &folderComponents)
{
    // Which services build which folder's component.
    QMap<QString, QStringList> builders; // folder component id → compose service ids
    for (const Component &c : std::as_const(model.components)) {
        const QString context = c.attributes.value(QStringLiteral("build-context")).toString();
        if (!c.attributes.contains(QStringLiteral("build-context")))
            continue;
        const QString folder = context == QLatin1StringView(".") ? QString() : context;
        const QString target = folderComponents.value(folder);
        if (!target.isEmpty() && target != c.id && !builders[target].contains(c.id))
            builders[target].append(c.id);
    }
    int merged = 0;
    for (auto it = builders.cbegin(); it != builders.cend(); ++it) {
        qsizetype from = -1, into = -1;
        for (qsizetype i = 0; i < model.components.size(); ++i) {
            if (model.components[i].id == it.key())
                from = i;
            else if (it.value().size() == 1 && model.components[i].id == it.value().first())
                into = i;
        }
        if (from < 0)
            continue;
        const Component &folder = model.components[from];
        const SourceRef where = folder.sources.isEmpty() ? SourceRef{} : folder.sources.first();
        if (it.value().size() > 1) {
            model.diagnostics.append(Diagnostic{DiagnosticLevel::Warning,
                                                Tr::tr("%1 is built by several compose services (%2); kept apart").arg(it.key(), it.value().join(QStringLiteral(", "))),
                                                SourceRef{QStringLiteral("reconcile"), where.file, where.line, where.column}});
            continue;
        }
        if (into < 0)
            continue;
        QJsonArray built = model.components[into].attributes.value(QStringLiteral("built-from")).toArray();
        built.append(it.key());
        model.components[into].attributes.insert(QStringLiteral("built-from"), built);
        mergeInto(model, from, into);
        ++merged;
    }
    return merged;
}

namespace {

/** "docker.io/library/postgres:15@sha256:…" → "postgres": the repository, whatever the version. */
QString imageRepository(QString image)
{
    image = image.trimmed().toLower();
    if (const qsizetype at = image.indexOf(QLatin1Char('@')); at >= 0)
        image.truncate(at);
    if (const qsizetype colon = image.lastIndexOf(QLatin1Char(':')); colon > image.lastIndexOf(QLatin1Char('/')))
        image.truncate(colon);
    for (const char *registry : {"docker.io/", "index.docker.io/", "registry-1.docker.io/"}) {
        if (image.startsWith(QLatin1StringView(registry)))
            image.remove(0, qsizetype(qstrlen(registry)));
    }
    if (image.startsWith(QLatin1StringView("library/")))
        image.remove(0, 8);
    return image;
}

bool isDeployedService(const Component &c)
{
    return c.id.startsWith(QLatin1StringView("svc:"))
        && (c.attributes.contains(QStringLiteral("compose-service")) || c.attributes.contains(QStringLiteral("k8s-kind")));
}

qsizetype componentIndex(const SystemModel &model, const QString &id)
{
    for (qsizetype i = 0; i < model.components.size(); ++i) {
        if (model.components[i].id == id)
            return i;
    }
    return -1;
}

bool storesData(const Component &c)
{
    return c.kind == ComponentKind::Datastore || c.kind == ComponentKind::Queue;
}

/** Merges Terraform resource `fromId` into `intoId`, recording why; Terraform's placement wins (it is where it runs). */
void mergeTerraform(SystemModel &model, const QString &fromId, const QString &intoId, const QString &why)
{
    const qsizetype from = componentIndex(model, fromId);
    qsizetype into = componentIndex(model, intoId);
    if (from < 0 || into < 0)
        return;
    const Component resource = model.components.at(from);
    const SourceRef where = resource.sources.isEmpty() ? SourceRef{} : resource.sources.first();
    QJsonArray merged = model.components[into].attributes.value(QStringLiteral("terraform-resources")).toArray();
    merged.append(QJsonObject{{QStringLiteral("id"), resource.id},
                              {QStringLiteral("why"), why},
                              {QStringLiteral("file"), where.file},
                              {QStringLiteral("line"), where.line},
                              {QStringLiteral("column"), where.column}});
    model.components[into].attributes.insert(QStringLiteral("terraform-resources"), merged);
    mergeInto(model, from, into);
    into = componentIndex(model, intoId);
    if (!resource.boundaryId.isEmpty())
        model.components[into].boundaryId = resource.boundaryId;
}

SourceRef noteAt(const Component &c)
{
    const SourceRef where = c.sources.isEmpty() ? SourceRef{} : c.sources.first();
    return SourceRef{QStringLiteral("reconcile"), where.file, where.line, where.column};
}

} // namespace

int attachTerraform(SystemModel &model)
{
    QList<qsizetype> services;
    for (qsizetype i = 0; i < model.components.size(); ++i) {
        if (isDeployedService(model.components[i]))
            services.append(i);
    }
    int merged = 0;
    if (!services.isEmpty()) {
        // 1. Workloads: a container with the service's name, or running the service's own image.
        struct Decision
        {
            QString from, into, why;
        };
        QList<Decision> workloads;
        QHash<QString, QString> serviceOfTask; // task definition id → service id
        for (const Component &t : std::as_const(model.components)) {
            const QJsonArray containers = t.attributes.value(QStringLiteral("containers")).toArray();
            if (!t.id.startsWith(QLatin1StringView("tf:")) || containers.isEmpty())
                continue;
            QMap<QString, QString> candidates; // service id → why
            for (const QJsonValue &v : containers) {
                const QJsonObject container = v.toObject();
                const QString name = container.value(QStringLiteral("name")).toString();
                const QString image = container.value(QStringLiteral("image")).toString();
                // A well-known image (postgres, redis, nginx) runs in many services: it says nothing alone.
                const bool ownImage = !image.isEmpty() && !images::imageKind(image);
                for (const qsizetype k : std::as_const(services)) {
                    const Component &s = model.components[k];
                    const Addresses a = addressesOf(s);
                    const bool byName = !name.isEmpty() && a.names.contains(name.toLower());
                    bool byImage = false;
                    if (ownImage) {
                        QJsonArray imageList = s.attributes.value(QStringLiteral("images")).toArray();
                        imageList.append(s.attributes.value(QStringLiteral("image")));
                        for (const QJsonValue &i : std::as_const(imageList))
                            byImage = byImage || (i.isString() && imageRepository(i.toString()) == imageRepository(image));
                    }
                    if (candidates.contains(s.id) || !(byName || byImage))
                        continue;
                    candidates.insert(s.id, byImage ? Tr::tr("its container %1 runs %2, the image of %3").arg(name, image, s.name)
                                                    : Tr::tr("its container is called %1, like %2").arg(name, s.name));
                }
            }
            if (candidates.size() == 1) {
                workloads.append(Decision{t.id, candidates.firstKey(), candidates.first()});
                serviceOfTask.insert(t.id, candidates.firstKey());
            } else if (candidates.isEmpty()) {
                model.diagnostics.append(Diagnostic{DiagnosticLevel::Info,
                                                    Tr::tr("%1 runs no container that a compose or Kubernetes service names (by name or image); kept apart").arg(t.id),
                                                    noteAt(t)});
            } else {
                model.diagnostics.append(Diagnostic{DiagnosticLevel::Warning,
                                                    Tr::tr("%1 is not merged: its containers match several services (%2)")
                                                        .arg(t.id, candidates.keys().join(QStringLiteral(", "))),
                                                    noteAt(t)});
            }
        }
        // The ECS service that runs a matched task definition is the same service.
        for (const DataFlow &f : std::as_const(model.flows)) {
            const qsizetype from = componentIndex(model, f.sourceId);
            if (from < 0 || model.components[from].attributes.value(QStringLiteral("terraform-type")).toString() != QLatin1StringView("aws_ecs_service")
                || !f.sourceId.startsWith(QLatin1StringView("tf:"))
                || !f.attributes.value(QStringLiteral("reference")).toArray().contains(QStringLiteral("task_definition")))
                continue;
            if (const QString service = serviceOfTask.value(f.targetId); !service.isEmpty())
                workloads.append(Decision{f.sourceId, service, Tr::tr("it runs the task definition %1").arg(f.targetId.mid(3))});
        }
        for (const Decision &d : std::as_const(workloads)) {
            mergeTerraform(model, d.from, d.into, d.why);
            ++merged;
        }

        // 2. Stores and queues: the same variable of the same service names both.
        QMap<QString, QMap<QString, QString>> storesOf; // Terraform store → compose/Kubernetes store → why
        QMap<QString, QSet<QString>> resourcesOf;      // compose/Kubernetes store → Terraform stores
        for (const Component &s : std::as_const(model.components)) {
            if (!isDeployedService(s))
                continue;
            for (const QJsonValue &c : s.attributes.value(QStringLiteral("containers")).toArray()) {
                for (const QJsonValue &e : c.toObject().value(QStringLiteral("environment")).toArray()) {
                    const QString variable = e.toObject().value(QStringLiteral("name")).toString();
                    const QString resource = e.toObject().value(QStringLiteral("target")).toString();
                    const qsizetype r = componentIndex(model, resource);
                    if (r < 0 || !resource.startsWith(QLatin1StringView("tf:")) || !storesData(model.components[r]))
                        continue;
                    for (const DataFlow &f : std::as_const(model.flows)) {
                        const bool named = f.label == variable || f.attributes.value(QStringLiteral("environment")).toArray().contains(variable);
                        const qsizetype d = f.sourceId == s.id && named && !f.id.startsWith(QLatin1StringView("tf:"))
                            ? componentIndex(model, f.targetId)
                            : -1;
                        if (d < 0 || !storesData(model.components[d]) || f.targetId.startsWith(QLatin1StringView("tf:")))
                            continue;
                        if (!storesOf[resource].contains(f.targetId))
                            storesOf[resource].insert(f.targetId, Tr::tr("%1 of %2 names %3 locally and %4 in Terraform")
                                                                      .arg(variable, s.name, model.components[d].name, resource.mid(3)));
                        resourcesOf[f.targetId].insert(resource);
                    }
                }
            }
        }
        for (auto it = storesOf.cbegin(); it != storesOf.cend(); ++it) {
            const qsizetype r = componentIndex(model, it.key());
            if (r < 0)
                continue;
            const QString store = it.value().firstKey();
            if (it.value().size() == 1 && resourcesOf.value(store).size() == 1) {
                mergeTerraform(model, it.key(), store, it.value().first());
                ++merged;
                continue;
            }
            QStringList others = it.value().keys();
            for (const QString &candidate : it.value().keys()) {
                for (const QString &resource : resourcesOf.value(candidate)) {
                    if (resource != it.key() && !others.contains(resource))
                        others.append(resource);
                }
            }
            model.diagnostics.append(Diagnostic{DiagnosticLevel::Warning,
                                                Tr::tr("%1 is not merged: the environment ties it, or the store it names, to more than one counterpart (%2)")
                                                    .arg(it.key(), others.join(QStringLiteral(", "))),
                                                noteAt(model.components[r])});
        }

        // A Terraform reference between two merged components repeats the local flow: one flow, both sources.
        for (qsizetype i = model.flows.size() - 1; i >= 0; --i) {
            const DataFlow tf = model.flows[i];
            if (!tf.id.startsWith(QLatin1StringView("tf:")))
                continue;
            for (DataFlow &f : model.flows) {
                if (f.id.startsWith(QLatin1StringView("tf:")) || f.sourceId != tf.sourceId || f.targetId != tf.targetId)
                    continue;
                for (const SourceRef &ref : tf.sources) {
                    if (!f.sources.contains(ref))
                        f.sources.append(ref);
                }
                for (auto a = tf.attributes.begin(); a != tf.attributes.end(); ++a) {
                    if (!f.attributes.contains(a.key()))
                        f.attributes.insert(a.key(), a.value());
                }
                model.flows.removeAt(i);
                break;
            }
        }
    }
    // Every merge, of this pass or an earlier one (a model built on a previous version).
    for (const Component &c : std::as_const(model.components)) {
        for (const QJsonValue &v : c.attributes.value(QStringLiteral("terraform-resources")).toArray()) {
            const QJsonObject o = v.toObject();
            model.diagnostics.append(Diagnostic{DiagnosticLevel::Info,
                                                Tr::tr("%1 is %2: %3").arg(o.value(QStringLiteral("id")).toString(), c.id, o.value(QStringLiteral("why")).toString()),
                                                SourceRef{QStringLiteral("reconcile"), o.value(QStringLiteral("file")).toString(),
                                                          o.value(QStringLiteral("line")).toInt(), o.value(QStringLiteral("column")).toInt()}});
        }
    }
    return merged;
}

} // namespace tw::reconcile
