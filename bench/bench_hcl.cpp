// SPDX-License-Identifier: GPL-3.0-or-later
// Throughput of the HCL parser over the shared corpus:
//   bench_hcl [corpus dir] [iterations] [--parse-only]
#include "import/terraform/hcl/hcl2json.h"
#include "import/terraform/hcl/parser.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <ctime>
#include <vector>

namespace {

/** CPU time of this process, so a busy machine does not distort single-threaded figures. */
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct Input
{
    QString path;
    QByteArray bytes;
};

std::vector<Input> load(const QString &root)
{
    std::vector<Input> inputs;
    QDirIterator it(root, {QStringLiteral("*.tf"), QStringLiteral("*.hcl")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QStringLiteral("/expected/")))
            continue;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            inputs.push_back(Input{path, file.readAll()});
    }
    return inputs;
}

} // namespace

int main(int argc, char **argv)
{
#ifdef TW_CORPUS_DIR
    QString root = QStringLiteral(TW_CORPUS_DIR);
#else
    QString root = QStringLiteral("../shared/corpus");
#endif
    if (argc > 1)
        root = QString::fromLocal8Bit(argv[1]);
    const int iterations = argc > 2 ? QByteArray(argv[2]).toInt() : 50;
    const bool parseOnly = argc > 3 && QByteArray(argv[3]) == "--parse-only";

    const std::vector<Input> inputs = load(root);
    qint64 totalBytes = 0;
    for (const Input &input : inputs)
        totalBytes += input.bytes.size();
    if (inputs.empty()) {
        std::fprintf(stderr, "no .tf/.hcl files under %s\n", qPrintable(root));
        return 1;
    }

    // Parse only.
    int failures = 0;
    QElapsedTimer timer;
    timer.start();
    double cpuStart = cpuSeconds();
    for (int i = 0; i < iterations; ++i) {
        for (const Input &input : inputs) {
            tw::hcl::Diagnostic diagnostic;
            if (!tw::hcl::parse(input.bytes, input.path, &diagnostic) && i == 0)
                ++failures;
        }
    }
    const double parseSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double parseCpu = cpuSeconds() - cpuStart;
    const double megabytes = double(totalBytes) * iterations / (1024.0 * 1024.0);
    std::printf("files: %zu (%d rejected), %.2f MB per pass, %d passes\n", inputs.size(), failures,
                double(totalBytes) / (1024.0 * 1024.0), iterations);
    std::printf("parse:             %8.1f MB/s wall, %8.1f MB/s CPU (%.3f ms CPU per pass)\n",
                megabytes / parseSeconds, megabytes / parseCpu, parseCpu * 1000.0 / iterations);

    if (parseOnly)
        return failures < int(inputs.size()) ? 0 : 1;

    // Parse + hcl2json.
    timer.restart();
    cpuStart = cpuSeconds();
    qint64 jsonBytes = 0;
    for (int i = 0; i < iterations; ++i) {
        for (const Input &input : inputs) {
            if (auto file = tw::hcl::parse(input.bytes, input.path, nullptr))
                jsonBytes += tw::hcl::toHcl2Json(*file).size();
        }
    }
    const double convertSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double convertCpu = cpuSeconds() - cpuStart;
    std::printf("parse + hcl2json:  %8.1f MB/s wall, %8.1f MB/s CPU (%.3f ms CPU per pass)\n",
                megabytes / convertSeconds, megabytes / convertCpu,
                convertCpu * 1000.0 / iterations);

    // terragoat end to end (read from memory, parse, convert), best of the iterations.
    std::vector<const Input *> terragoat;
    qint64 terragoatBytes = 0;
    for (const Input &input : inputs) {
        if (input.path.contains(QStringLiteral("/bridgecrewio-terragoat/"))) {
            terragoat.push_back(&input);
            terragoatBytes += input.bytes.size();
        }
    }
    double best = 1e9;
    double bestCpu = 1e9;
    for (int i = 0; i < iterations; ++i) {
        timer.restart();
        cpuStart = cpuSeconds();
        for (const Input *input : terragoat) {
            if (auto file = tw::hcl::parse(input->bytes, input->path, nullptr))
                jsonBytes += tw::hcl::toHcl2Json(*file).size();
        }
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
        bestCpu = std::min(bestCpu, (cpuSeconds() - cpuStart) * 1000.0);
    }
    std::printf("terragoat: %zu files, %.1f KB, parse + hcl2json in %.3f ms wall, %.3f ms CPU "
                "(best of %d)\n",
                terragoat.size(), double(terragoatBytes) / 1024.0, best, bestCpu, iterations);
    return (jsonBytes > 0 && failures < int(inputs.size())) ? 0 : 1;
}
