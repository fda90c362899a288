// SPDX-License-Identifier: GPL-3.0-or-later
// Project-file benchmark (docs/performance.md):
//   1. write one version of 100,000 threats with their audit entries   (target ≤ 1 s)
//   2. open that project and list the first page of threats             (target ≤ 200 ms)
//   3. one durable triage decision: transaction + audit append          (target p99 ≤ 5 ms)
//   4. a bulk decision on 200 threats: 200 transactions vs one (triageMany), and its undo
// Usage: bench_store [THREATS] [DECISIONS] [--engine-shaped]
//   --engine-shaped: threats shaped like the analysis engine's (five explained score factors, one
//   or two sources; ~770 bytes of stored JSON, where the demo's threats average 761) instead of
//   the synthetic model's lighter ones (two factors, one source, ~310 bytes).

#include "model/synthetic.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <sys/resource.h>
#include <cstdio>

using namespace tw;

namespace {
/** CPU time of this process so far (user + system), in ms: a figure that holds on a busy machine. */
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}
/**
 * Gives each threat what the analysis engine writes for one (engine.cpp's scoring): five factors
 * whose explanations name the target's data and neighbours, and the sources of the elements it
 * was found on (1.6 on average for the demo's). Every string is the threat's own, as the
 * engine's are.
 */
void shapeLikeTheEngine(SystemModel &model)
{
    for (qsizetype i = 0; i < model.threats.size(); ++i) {
        Threat &t = model.threats[i];
        const QString target = t.targets.value(0).mid(4);
        const double base = t.likelihood * t.impact * 0.4;
        t.factors = {
            RiskFactor{QStringLiteral("likelihood-impact"), base,
                       QStringLiteral("Rule rates likelihood %1 and impact %2 of 5: base %3 of 10").arg(t.likelihood).arg(t.impact).arg(base)},
            RiskFactor{QStringLiteral("reachability"), 1.0,
                       QStringLiteral("+1.00: The target is internet-facing or receives flows from an untrusted zone")},
            RiskFactor{QStringLiteral("data-sensitivity"), 1.0,
                       QStringLiteral("+1.00: Most sensitive data touched: %1 record (restricted)").arg(target)},
            RiskFactor{QStringLiteral("exploitability"), 0.0, QStringLiteral("0.00: Authentication of the target is unknown")},
            RiskFactor{QStringLiteral("blast-radius"), 0.5,
                       QStringLiteral("+0.50: %1 component(s) reachable downstream").arg(3 + i % 11)}};
        t.sources = {SourceRef{QStringLiteral("compose"), QStringLiteral("docker-compose.yml"), int(3 + i % 200), 3}};
        if (i % 3 != 0)
            t.sources.append(SourceRef{QStringLiteral("infra"), QStringLiteral("infra/main.tf"), int(10 + i % 300), 1});
    }
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList numbers = app.arguments().mid(1);
    const bool engineShaped = numbers.removeAll(QStringLiteral("--engine-shaped")) > 0;
    const int threatCount = numbers.size() > 0 ? numbers[0].toInt() : 100000;
    const int decisions = numbers.size() > 1 ? numbers[1].toInt() : 500;
    QTemporaryDir dir;
    // TW_BENCH_KEEP=<path>: write the project there and keep it, for inspection.
    const QString keep = qEnvironmentVariable("TW_BENCH_KEEP");
    const QString file = keep.isEmpty() ? dir.filePath(QStringLiteral("bench.twdb")) : keep;

    SystemModel model = syntheticModel({1000, 3, threatCount, 1});
    if (engineShaped)
        shapeLikeTheEngine(model);
    std::printf("model: %lld components, %lld flows, %lld threats%s\n", qint64(model.components.size()),
                qint64(model.flows.size()), qint64(model.threats.size()), engineShaped ? " (shaped like the engine's)" : "");
    {
        auto project = Project::create(file, QStringLiteral("bench"), QStringLiteral("bench"));
        if (!project)
            return std::fprintf(stderr, "%s\n", qPrintable(project.errorString())), 1;
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = cpuMs();
        auto version = (*project)->createVersion(model, VersionMeta{QStringLiteral("bench"), QStringLiteral("v1"), {}, {}});
        const double ms = timer.nsecsElapsed() / 1e6;
        const double cpu = cpuMs() - cpuBefore;
        if (!version)
            return std::fprintf(stderr, "%s\n", qPrintable(version.errorString())), 1;
        std::printf("write version: %d threats + %d audit entries + %lld elements in %.1f ms, CPU %.1f ms (file %.1f MB + WAL %.1f MB)\n",
                    threatCount, threatCount, qint64(model.components.size() + model.flows.size() + model.entryPoints.size()), ms, cpu,
                    QFileInfo(file).size() / 1e6, QFileInfo(file + QStringLiteral("-wal")).size() / 1e6);
        // Not part of the write: the WAL is checkpointed in the background after the commit, and
        // closing the project waits for that checkpoint to finish.
        timer.restart();
        project->reset();
        std::printf("close (waits for the background checkpoint): %.1f ms (file %.1f MB, WAL %s)\n", timer.nsecsElapsed() / 1e6,
                    QFileInfo(file).size() / 1e6, QFileInfo::exists(file + QStringLiteral("-wal")) ? "left" : "removed");
    }
    {
        QElapsedTimer timer;
        timer.start();
        auto project = Project::open(file);
        if (!project)
            return std::fprintf(stderr, "%s\n", qPrintable(project.errorString())), 1;
        const double openMs = timer.nsecsElapsed() / 1e6;
        auto page = (*project)->threats(ThreatQuery{0, {}, {}, 0, 100});
        auto total = (*project)->threatCount(*(*project)->latestVersionId());
        const double ms = timer.nsecsElapsed() / 1e6;
        std::printf("open + first page (100 of %lld threats): %.1f ms (open %.1f ms)\n", *total, ms, openMs);
        if (!page || page->size() != 100)
            return 1;

        auto all = (*project)->threats(ThreatQuery{0, {}, {}, 0, std::max(decisions, 1)});
        QList<double> latencies;
        latencies.reserve(decisions);
        for (int i = 0; i < decisions && i < all->size(); ++i) {
            const TriageAction action = i % 2 ? TriageAction::Validate : TriageAction::Dismiss;
            timer.restart();
            auto r = (*project)->triage({all->at(i).fingerprint, action, QStringLiteral("benchmark decision"), QStringLiteral("bench"), {}, {}, {}});
            latencies.append(timer.nsecsElapsed() / 1e6);
            if (!r)
                return std::fprintf(stderr, "%s\n", qPrintable(r.errorString())), 1;
        }
        std::sort(latencies.begin(), latencies.end());
        auto pct = [&latencies](double p) { return latencies[qMin(latencies.size() - 1, qsizetype(p * latencies.size()))]; };
        if (!latencies.isEmpty()) // none asked for (DECISIONS 0): profiling the write alone
            std::printf("triage (durable, synchronous=FULL): %lld decisions, p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                        qint64(latencies.size()), pct(0.50), pct(0.99), latencies.last());

        // A bulk action of the workbench: 200 threats, one reason. One by one (what the
        // workbench did before Project::triageMany) against one transaction, and the undo.
        constexpr int Bulk = 200;
        auto rest = (*project)->threats(ThreatQuery{0, {}, {}, decisions, 2 * Bulk});
        if (!rest || rest->size() < 2 * Bulk)
            return std::fprintf(stderr, "need %d more threats for the bulk case\n", 2 * Bulk), 1;
        QStringList one, many;
        for (int i = 0; i < Bulk; ++i) {
            one.append(rest->at(i).fingerprint);
            many.append(rest->at(Bulk + i).fingerprint);
        }
        const TriageRequest dismiss{{}, TriageAction::Dismiss, QStringLiteral("bulk benchmark"), QStringLiteral("bench"), {}, {}, {}};
        qint64 commits = (*project)->committedTransactions();
        double cpuBefore = cpuMs();
        timer.restart();
        for (const QString &fingerprint : std::as_const(one)) {
            TriageRequest r = dismiss;
            r.fingerprint = fingerprint;
            if (!(*project)->triage(r))
                return 1;
        }
        std::printf("bulk dismiss of %d threats one by one: %.1f ms, CPU %.1f ms, %lld commits\n", Bulk,
                    timer.nsecsElapsed() / 1e6, cpuMs() - cpuBefore, (*project)->committedTransactions() - commits);
        commits = (*project)->committedTransactions();
        cpuBefore = cpuMs();
        timer.restart();
        auto outcomes = (*project)->triageMany(many, dismiss);
        if (!outcomes)
            return std::fprintf(stderr, "%s\n", qPrintable(outcomes.errorString())), 1;
        std::printf("bulk dismiss of %d threats with triageMany: %.1f ms, CPU %.1f ms, %lld commit(s)\n", Bulk,
                    timer.nsecsElapsed() / 1e6, cpuMs() - cpuBefore, (*project)->committedTransactions() - commits);
        QList<DecisionRestore> restores;
        for (const TriageOutcome &o : std::as_const(*outcomes))
            restores.append(DecisionRestore{o.threat.fingerprint, o.before});
        commits = (*project)->committedTransactions();
        cpuBefore = cpuMs();
        timer.restart();
        if (!(*project)->restoreDecisions(restores, QStringLiteral("bench"), QStringLiteral("undo")))
            return 1;
        std::printf("undo of it with restoreDecisions: %.1f ms, CPU %.1f ms, %lld commit(s)\n", timer.nsecsElapsed() / 1e6,
                    cpuMs() - cpuBefore, (*project)->committedTransactions() - commits);

        timer.restart();
        auto verify = (*project)->verifyAudit();
        std::printf("verify audit chain: %lld entries in %.1f ms (%s)\n", verify->entries, timer.nsecsElapsed() / 1e6,
                    verify->ok ? "ok" : "BROKEN");
    }
    return 0;
}
