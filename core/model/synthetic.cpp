// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/synthetic.h"

#include "model/enums.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace tw {

SystemModel syntheticModel(const SyntheticSpec &spec)
{
    SystemModel m;
    QRandomGenerator rng(spec.seed);
    const int boundaryCount = qMax(1, spec.components / 25);
    m.boundaries.append(TrustBoundary{QStringLiteral("tb:internet"), QStringLiteral("Internet"), BoundaryKind::Internet, {}, {}, {}});
    m.boundaries.append(TrustBoundary{QStringLiteral("tb:vpc"), QStringLiteral("Production VPC"), BoundaryKind::Vpc, {}, {}, {}});
    for (int b = 0; b < boundaryCount; ++b) {
        m.boundaries.append(TrustBoundary{QStringLiteral("tb:subnet-%1").arg(b), QStringLiteral("subnet-%1").arg(b),
                                          BoundaryKind::Subnet, QStringLiteral("tb:vpc"), {}, {}});
    }
    static const ComponentKind kinds[] = {ComponentKind::Service, ComponentKind::Service, ComponentKind::Service,
                                          ComponentKind::Datastore, ComponentKind::Queue, ComponentKind::Gateway,
                                          ComponentKind::Function};
    for (int i = 0; i < spec.components; ++i) {
        Component c;
        c.id = QStringLiteral("svc:service-%1").arg(i);
        c.name = QStringLiteral("service-%1").arg(i);
        c.kind = kinds[i % 7];
        c.technology = c.kind == ComponentKind::Datastore ? QStringLiteral("postgresql") : QStringLiteral("go");
        c.boundaryId = QStringLiteral("tb:subnet-%1").arg(i % boundaryCount);
        c.tags = {QStringLiteral("team-%1").arg(i % 9)};
        if (c.kind == ComponentKind::Gateway)
            c.attributes.insert(QLatin1StringView(attr::InternetFacing), true);
        c.sources.append(SourceRef{QStringLiteral("deploy"), QStringLiteral("deploy/k8s/service-%1.yaml").arg(i), 1 + i % 40, 1});
        m.components.append(c);

        EntryPoint e;
        e.id = QStringLiteral("ep:service-%1:GET /items/{id}").arg(i);
        e.componentId = c.id;
        e.method = QStringLiteral("GET");
        e.path = QStringLiteral("/items/{id}");
        e.operationId = QStringLiteral("getItem%1").arg(i);
        e.parameters.append(Parameter{QStringLiteral("id"), QStringLiteral("path"), true, true, QStringLiteral("string")});
        e.security = QList<SecurityRequirement>{{QStringLiteral("bearer")}};
        e.sources.append(SourceRef{QStringLiteral("api"), QStringLiteral("api/service-%1.yaml").arg(i), 10, 5});
        m.entryPoints.append(e);
    }
    for (int i = 0; i < spec.components; ++i) {
        for (int f = 0; f < spec.flowsPerComponent; ++f) {
            const int target = int(rng.bounded(quint32(qMax(1, spec.components))));
            DataFlow flow;
            flow.id = QStringLiteral("flow:service-%1->service-%2:%3").arg(i).arg(target).arg(f);
            flow.sourceId = QStringLiteral("svc:service-%1").arg(i);
            flow.targetId = QStringLiteral("svc:service-%1").arg(target);
            flow.protocol = f % 2 ? QStringLiteral("grpc") : QStringLiteral("https");
            flow.port = 8000 + f;
            flow.encrypted = f % 3 != 0;
            m.flows.append(flow);
        }
    }
    m.assets.append(DataAsset{QStringLiteral("asset:customer"), QStringLiteral("Customer record"), Classification::Confidential,
                              {QStringLiteral("pii")}, Rating::High, Rating::Medium, Rating::Medium, false, {}, {}});
    static const Stride strides[] = {Stride::Spoofing, Stride::Tampering, Stride::Repudiation, Stride::InformationDisclosure,
                                     Stride::DenialOfService, Stride::ElevationOfPrivilege};
    for (int i = 0; i < spec.threats; ++i) {
        Threat t;
        const int target = spec.components > 0 ? i % spec.components : 0;
        t.ruleId = QStringLiteral("TW-%1").arg(100 + i % 150, 3, 10, QLatin1Char('0'));
        t.stride = strides[i % 6];
        t.targets = {QStringLiteral("svc:service-%1").arg(target)};
        t.title = QStringLiteral("Synthetic finding %1 of rule %2 on service-%3").arg(i).arg(t.ruleId).arg(target);
        t.rationale = QStringLiteral("The service accepts object identifiers from the caller without checking that the caller "
                                     "owns the object, so any authenticated user can read other users' records.");
        t.mitigation = QStringLiteral("Check object ownership on every request; prefer indirect references.");
        t.references = {Reference{QStringLiteral("CWE"), QStringLiteral("CWE-639"), QStringLiteral("https://cwe.mitre.org/data/definitions/639.html")}};
        t.likelihood = 1 + int(rng.bounded(5u));
        t.impact = 1 + int(rng.bounded(5u));
        t.score = double(t.likelihood * t.impact) * 0.4;
        t.severity = severityForScore(t.score);
        t.factors = {RiskFactor{QStringLiteral("exploitability"), double(t.likelihood), QStringLiteral("reachable with a valid token")},
                     RiskFactor{QStringLiteral("impact"), double(t.impact), QStringLiteral("confidential data")}};
        t.sources = {SourceRef{QStringLiteral("api"), QStringLiteral("api/service-%1.yaml").arg(target), 10, 5}};
        t.priority = t.severity >= Severity::High ? 1 : 3;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(t.ruleId.toUtf8());
        hash.addData(t.title.toUtf8());
        t.fingerprint = QString::fromLatin1(hash.result().toHex().left(32));
        m.threats.append(t);
    }
    return m;
}

} // namespace tw
