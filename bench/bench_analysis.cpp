// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the threat engine: rule loading, analysis of a generated 5,000-component /
// 20,000-flow model, and import + analysis of the two largest real specs of the corpus.
// Prints the best of N runs in milliseconds.
//
//   bench_analysis [--runs N] [--components N]
//   bench_analysis --list SPEC      (prints the findings for one OpenAPI spec instead)

#include "analysis/engine.h"
#include "analysis/ruleset.h"
#include "import/openapi/openapiimporter.h"
#include "model/enums.h"
#include "model/synthetic.h"

#include <QElapsedTimer>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>

#ifndef TW_CORPUS_DIR
#define TW_CORPUS_DIR "../shared/corpus"
#endif

namespace {

double bestOf(int runs, const std::function<bool()> &work)
{
    double best = 1e30;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        if (!work())
            return -1;
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    int runs = 5;
    int components = 5000;
    QString list;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--list") == 0 && i + 1 < argc)
            list = QString::fromLocal8Bit(argv[++i]);
        else if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--components") == 0 && i + 1 < argc)
            components = std::max(1, std::atoi(argv[++i]));
    }

    tw::Result<tw::analysis::RuleSet> rules = tw::analysis::RuleSet::loadBuiltin();
    const double loadMs = bestOf(runs, [&] { return tw::analysis::RuleSet::loadBuiltin().ok(); });
    if (!rules.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(rules.errorString()));
        return 1;
    }
    if (!list.isEmpty()) {
        auto imported = tw::openapi::importSpec(list);
        if (!imported.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(imported.errorString()));
            return 1;
        }
        auto result = tw::analysis::analyse(*imported, *rules);
        for (const tw::Threat &t : std::as_const(*result))
            std::printf("%4.1f %-8s %-12s %s  [%s]\n", t.score, qPrintable(tw::enumName(t.severity)), qPrintable(t.ruleId),
                        qPrintable(t.title), qPrintable(t.targets.join(QStringLiteral(", "))));
        return 0;
    }
    std::printf("load built-in packs: %lld rules in %.1f ms\n", static_cast<long long>(rules->size()), loadMs);

    const tw::SystemModel model = tw::syntheticModel({components, 4, 0, 1});
    qsizetype threats = 0;
    const double synthMs = bestOf(runs, [&] {
        auto result = tw::analysis::analyse(model, *rules);
        threats = result.ok() ? result->size() : -1;
        return result.ok();
    });
    std::printf("synthetic model (%lld components, %lld flows, %lld entry points): %lld threats in %.1f ms\n",
                static_cast<long long>(model.components.size()), static_cast<long long>(model.flows.size()),
                static_cast<long long>(model.entryPoints.size()), static_cast<long long>(threats), synthMs);

    int status = synthMs < 0 ? 1 : 0;
    const QString corpus = QStringLiteral(TW_CORPUS_DIR);
    for (const QString &spec : {corpus + QStringLiteral("/stripe-openapi/openapi/spec3.json"),
                                corpus + QStringLiteral("/octokit-openapi/generated/api.github.com.json")}) {
        qsizetype operations = 0;
        double analyseOnly = 1e30;
        const double total = bestOf(runs, [&] {
            auto imported = tw::openapi::importSpec(spec);
            if (!imported.ok()) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(spec), qPrintable(imported.errorString()));
                return false;
            }
            QElapsedTimer timer;
            timer.start();
            auto result = tw::analysis::analyse(*imported, *rules);
            analyseOnly = std::min(analyseOnly, double(timer.nsecsElapsed()) / 1e6);
            operations = imported->entryPoints.size();
            threats = result.ok() ? result->size() : -1;
            return result.ok();
        });
        if (total < 0) {
            status = 1;
            continue;
        }
        std::printf("%s: %lld operations, %lld threats; import+analysis %.1f ms (analysis %.1f ms)\n", qPrintable(spec),
                    static_cast<long long>(operations), static_cast<long long>(threats), total, analyseOnly);
    }
    return status;
}
