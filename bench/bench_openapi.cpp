// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the OpenAPI importer: for each spec, the best of N runs of the whole import
// (parse + resolve + map) and of the document parse alone, in seconds and MB/s.
//
//   bench_openapi [--runs N] [--import-only] [FILE...]   (default: the large specs of the corpus)

#include "import/common/document.h"
#include "import/openapi/openapiimporter.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <cstring>

#ifndef TW_CORPUS_DIR
#define TW_CORPUS_DIR "../shared/corpus"
#endif

int main(int argc, char **argv)
{
    int runs = 5;
    bool parseToo = true;
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--import-only") == 0)
            parseToo = false; // for whole-process timing: one import and nothing else
        else
            files << QString::fromLocal8Bit(argv[i]);
    }
    if (files.isEmpty()) {
        const QString corpus = QStringLiteral(TW_CORPUS_DIR);
        files << corpus + QStringLiteral("/octokit-openapi/generated/api.github.com.json")
              << corpus + QStringLiteral("/stripe-openapi/openapi/spec3.json")
              << corpus + QStringLiteral("/stripe-openapi/openapi/spec3.yaml")
              << corpus + QStringLiteral("/kubernetes-client-python/kubernetes/swagger.json.unprocessed");
    }
    int status = 0;
    for (const QString &file : std::as_const(files)) {
        const double mb = double(QFileInfo(file).size()) / 1e6;
        double bestImport = 1e30, bestParse = 1e30;
        qsizetype operations = 0, assets = 0, diagnostics = 0;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer timer;
            timer.start();
            auto result = tw::openapi::importSpec(file);
            const double s = double(timer.nsecsElapsed()) / 1e9;
            if (!result.ok()) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(file), qPrintable(result.errorString()));
                status = 1;
                break;
            }
            bestImport = std::min(bestImport, s);
            operations = result->entryPoints.size();
            assets = result->assets.size();
            diagnostics = result->diagnostics.size();

            if (!parseToo)
                continue;
            timer.restart();
            auto parsed = tw::doc::parseFile(file);
            bestParse = std::min(bestParse, double(timer.nsecsElapsed()) / 1e9);
            if (!parsed.ok())
                status = 1;
        }
        if (bestImport > 1e29)
            continue;
        std::printf("%-60s %7.2f MB  import %.4f s %8.1f MB/s  parse %.4f s %8.1f MB/s  ops %lld assets %lld diag %lld\n",
                    qPrintable(QFileInfo(file).fileName()), mb, bestImport, mb / bestImport, bestParse, mb / bestParse,
                    static_cast<long long>(operations), static_cast<long long>(assets),
                    static_cast<long long>(diagnostics));
    }
    return status;
}
