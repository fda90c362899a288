// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/attackpaths.h"

#include "analysis/engine.h"
#include "model/enums.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <deque>

namespace tw::analysis {
namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::Analysis)
};

bool truthy(const Component &c, const char *attribute)
{
    return c.attributes.value(QLatin1StringView(attribute)).toBool();
}

/** How much an attacker gains by reaching `c` (0 = not a goal), and why. */
std::pair<int, QString> goalValue(const Component &c)
{
    if (truthy(c, "cluster-admin") || truthy(c, "privileged") || truthy(c, "docker-socket-mounted"))
        return {5, Tr::tr("a privileged workload (control of the host or cluster)")};
    switch (c.kind) {
    case ComponentKind::SecretStore: return {5, Tr::tr("a secret store")};
    case ComponentKind::IdentityProvider: return {5, Tr::tr("the identity provider")};
    case ComponentKind::Datastore: return {4, Tr::tr("a data store")};
    default: break;
    }
    if (truthy(c, "wildcard-action") || truthy(c, "admin-policy") || truthy(c, "rbac-wildcard"))
        return {4, Tr::tr("broad cloud or cluster permissions")};
    return {0, QString()};
}

} // namespace

QList<Threat> attackPaths(const SystemModel &model, const PathOptions &options)
{
    QHash<QString, int> index;
    for (int i = 0; i < model.components.size(); ++i)
        index.insert(model.components[i].id, i);
    // Adjacency in a fixed order (by flow id), so the same model always gives the same paths.
    QList<const DataFlow *> flows;
    for (const DataFlow &f : model.flows)
        flows.append(&f);
    std::sort(flows.begin(), flows.end(), [](const DataFlow *a, const DataFlow *b) { return a->id < b->id; });
    // Target indices resolved once: the searches below run once per start.
    std::vector<std::vector<std::pair<int, const DataFlow *>>> out(size_t(model.components.size()));
    for (const DataFlow *f : flows) {
        const int from = index.value(f->sourceId, -1);
        const int to = index.value(f->targetId, -1);
        if (from >= 0 && to >= 0)
            out[size_t(from)].emplace_back(to, f);
    }

    // Starts: internet-facing components that are not themselves outside the system.
    QList<int> starts;
    for (int i = 0; i < model.components.size(); ++i) {
        const Component &c = model.components[i];
        if (truthy(c, "internet-facing") && c.kind != ComponentKind::ExternalEntity)
            starts.append(i);
    }
    std::sort(starts.begin(), starts.end(), [&](int a, int b) { return model.components[a].id < model.components[b].id; });
    if (starts.size() > options.maxStarts)
        starts.resize(options.maxStarts);

    // First the cheap part: every (start, goal) pair with its shortest route and a score; the
    // threats with their texts are built only for the best maxPaths of them.
    struct Candidate
    {
        int start;
        int goal;
        std::vector<const DataFlow *> hops;
        int weakHops;
        int likelihood;
        int impact;
        double score;
    };
    std::vector<Candidate> candidates;
    const auto n = size_t(model.components.size());
    std::vector<int> goalValues(n);
    for (size_t i = 0; i < n; ++i)
        goalValues[i] = goalValue(model.components[qsizetype(i)]).first;
    std::vector<const DataFlow *> via(n);
    std::vector<int> previous(n);
    std::vector<int> depth(n);
    for (const int start : starts) {
        // Breadth-first: the shortest path to each goal, bounded by maxHops; O(V + E) per start.
        std::fill(depth.begin(), depth.end(), -1);
        std::deque<int> queue{start};
        depth[size_t(start)] = 0;
        while (!queue.empty()) {
            const int at = queue.front();
            queue.pop_front();
            if (depth[size_t(at)] >= options.maxHops)
                continue;
            for (const auto &[next, f] : out[size_t(at)]) {
                if (depth[size_t(next)] >= 0)
                    continue;
                depth[size_t(next)] = depth[size_t(at)] + 1;
                via[size_t(next)] = f;
                previous[size_t(next)] = at;
                queue.push_back(next);
            }
        }
        for (int goal = 0; goal < int(n); ++goal) {
            if (goal == start || depth[size_t(goal)] < 2)
                continue; // one hop is already a finding of the flow rules
            const int value = goalValues[size_t(goal)];
            if (value == 0)
                continue;
            Candidate c{start, goal, {}, 0, 0, value, 0};
            for (int at = goal; at != start; at = previous[size_t(at)])
                c.hops.insert(c.hops.begin(), via[size_t(at)]);
            for (const DataFlow *f : c.hops) {
                if ((f->authenticated.has_value() && !*f->authenticated) || (f->encrypted.has_value() && !*f->encrypted))
                    ++c.weakHops;
            }
            // Each hop is a step an attacker must take; weak hops cost nothing.
            const int steps = int(c.hops.size()) - c.weakHops;
            c.likelihood = std::clamp(5 - steps / 2, 1, 5);
            const double raw = double(c.likelihood * c.impact) * 0.4 + 0.4 * c.weakHops - 0.3 * double(c.hops.size() - 2);
            c.score = std::round(std::clamp(raw, 0.0, 10.0) * 10.0) / 10.0;
            candidates.push_back(std::move(c));
        }
    }
    const auto better = [&model](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.start != b.start)
            return model.components[a.start].id < model.components[b.start].id;
        return model.components[a.goal].id < model.components[b.goal].id;
    };
    if (candidates.size() > size_t(options.maxPaths)) {
        std::partial_sort(candidates.begin(), candidates.begin() + options.maxPaths, candidates.end(), better);
        candidates.resize(size_t(options.maxPaths));
    }

    QList<Threat> threats;
    threats.reserve(qsizetype(candidates.size()));
    for (const Candidate &c : candidates) {
        const std::vector<const DataFlow *> &hops = c.hops;
        const int start = c.start;
        const int goal = c.goal;
        const int value = c.impact;
        const QString what = goalValue(model.components[goal]).second;
        const int weakHops = c.weakHops;
        {
            const Component &from = model.components[start];
            const Component &to = model.components[goal];
            Threat t;
            t.ruleId = QStringLiteral("TW-PATH-001");
            t.origin = QStringLiteral("path");
            t.stride = value == 5 && to.kind != ComponentKind::Datastore ? Stride::ElevationOfPrivilege : Stride::InformationDisclosure;
            t.attackPath.append(from.id);
            QStringList explanation;
            explanation.append(Tr::tr("1. %1 is reachable from the internet.").arg(from.name));
            for (size_t h = 0; h < hops.size(); ++h) {
                const DataFlow *f = hops[h];
                t.attackPath.append(f->targetId);
                QStringList weaknesses;
                if (f->authenticated.has_value() && !*f->authenticated)
                    weaknesses.append(Tr::tr("unauthenticated"));
                if (f->encrypted.has_value() && !*f->encrypted)
                    weaknesses.append(Tr::tr("unencrypted"));
                explanation.append(Tr::tr("%1. %2 → %3%4%5.")
                                       .arg(h + 2)
                                       .arg(model.components[index.value(f->sourceId)].name, model.components[index.value(f->targetId)].name,
                                            f->protocol.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f->protocol),
                                            weaknesses.isEmpty() ? QString() : QStringLiteral(", ") + weaknesses.join(QStringLiteral(", "))));
            }
            t.targets = {from.id, to.id};
            // The route is part of the identity: another route to the same goal is another path.
            t.fingerprint = fingerprint(t.ruleId, t.targets, t.attackPath.join(QLatin1Char('>')));
            t.title = Tr::tr("Attack path from %1 to %2 (%3 hops)").arg(from.name, to.name).arg(hops.size());
            t.rationale = Tr::tr("An attacker who takes over %1, which the internet reaches, can follow the system's own data "
                             "flows to %2, %3:\n%4")
                              .arg(from.name, to.name, what, explanation.join(QLatin1Char('\n')));
            t.mitigation = Tr::tr("Break the chain where it is cheapest: authenticate and authorise every hop (service identity, "
                              "mTLS), segment the network so %1 cannot open connections to %2's neighbours, and give each "
                              "service only the access it needs.")
                               .arg(from.name, to.name);
            t.references = {Reference{QStringLiteral("CAPEC"), QStringLiteral("CAPEC-560"), {}},
                            Reference{QStringLiteral("ATT&CK"), QStringLiteral("T1021"), {}},
                            Reference{QStringLiteral("ATT&CK"), QStringLiteral("T1210"), {}},
                            Reference{QStringLiteral("CWE"), QStringLiteral("CWE-1008"), {}}};
            t.likelihood = c.likelihood;
            t.impact = c.impact;
            t.score = c.score;
            t.factors = {RiskFactor{QStringLiteral("likelihood-impact"), double(t.likelihood * t.impact),
                                    Tr::tr("likelihood %1 (%2 hop(s), %3 of them weak) × impact %4 (%5)")
                                        .arg(t.likelihood)
                                        .arg(hops.size())
                                        .arg(weakHops)
                                        .arg(t.impact)
                                        .arg(what)},
                         RiskFactor{QStringLiteral("reachability"), 1.0, Tr::tr("%1 is internet-facing").arg(from.name)},
                         RiskFactor{QStringLiteral("weak-hops"), 0.4 * weakHops, Tr::tr("%1 hop(s) unauthenticated or unencrypted").arg(weakHops)},
                         RiskFactor{QStringLiteral("path-length"), -0.3 * double(hops.size() - 2),
                                    Tr::tr("%1 hops: each extra hop is another barrier").arg(hops.size())}};
            t.severity = severityForScore(t.score);
            t.priority = priorityForSeverity(t.severity);
            t.sources = from.sources.mid(0, 1) + to.sources.mid(0, 1);
            t.isNew = true;
            threats.append(t);
        }
    }
    std::sort(threats.begin(), threats.end(), [](const Threat &a, const Threat &b) {
        return a.score != b.score ? a.score > b.score : a.fingerprint < b.fingerprint;
    });
    return threats;
}

} // namespace tw::analysis
