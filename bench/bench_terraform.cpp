// SPDX-License-Identifier: GPL-3.0-or-later
// Imports every cloud folder of terragoat and prints the wall time (budget: < 100 ms in total).
#include "import/terraform/terraformimporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString corpus = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(TW_CORPUS_DIR);
    const int iterations = argc > 2 ? std::max(1, atoi(argv[2])) : 20;
    const QString base = corpus + QStringLiteral("/bridgecrewio-terragoat/terraform");
    const QStringList clouds = QDir(base).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    if (clouds.isEmpty()) {
        std::fprintf(stderr, "no terragoat folders under %s\n", qPrintable(base));
        return 2;
    }
    qint64 best = -1;
    qint64 total = 0;
    int elements = 0;
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer timer;
        timer.start();
        elements = 0;
        for (const QString &cloud : clouds) {
            tw::terraform::ImportOptions options;
            options.rootDir = base;
            auto result = tw::terraform::importPath(base + QLatin1Char('/') + cloud, options);
            if (!result) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(cloud), qPrintable(result.errorString()));
                return 1;
            }
            elements += int(result->components.size() + result->boundaries.size() + result->flows.size());
        }
        const qint64 ns = timer.nsecsElapsed();
        total += ns;
        if (best < 0 || ns < best)
            best = ns;
    }
    std::printf("terragoat (%lld folders, %d elements): best %.2f ms, mean %.2f ms over %d runs (budget 100 ms)\n",
                static_cast<long long>(clouds.size()), elements, best / 1e6, total / 1e6 / iterations, iterations);
    return best / 1e6 < 100.0 ? 0 : 1;
}
