// SPDX-License-Identifier: GPL-3.0-or-later
// The main of a fuzz target in the regular build (no libFuzzer): feeds every file under the given
// folders or files — by default tests/fuzz/regressions/<target>/ — to LLVMFuzzerTestOneInput, as
// libFuzzer does when it is given files instead of a corpus to grow. A crash, a sanitizer report
// or a failed invariant stops the process, which fails the CTest test; so does an input that
// takes longer than TW_FUZZ_REPLAY_SECONDS (default 30) — a hang the fuzzer found.

#include <QByteArray>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    QStringList roots;
    for (int i = 1; i < argc; ++i)
        roots << QFile::decodeName(argv[i]);
    if (roots.isEmpty())
        roots << QStringLiteral(TW_SOURCE_DIR "/tests/fuzz/regressions/" TW_FUZZ_TARGET);

    QStringList files;
    for (const QString &root : std::as_const(roots)) {
        if (QFileInfo(root).isFile()) {
            files << root;
            continue;
        }
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    std::sort(files.begin(), files.end());
    files.removeIf([](const QString &f) { return f.endsWith(QLatin1StringView(".md")); }); // notes beside inputs
    if (files.isEmpty()) {
        std::fprintf(stderr, "no inputs to replay under %s\n", qPrintable(roots.join(QStringLiteral(", "))));
        return 1;
    }
    const qint64 limitMs = qEnvironmentVariableIsSet("TW_FUZZ_REPLAY_SECONDS")
        ? qEnvironmentVariableIntValue("TW_FUZZ_REPLAY_SECONDS") * 1000LL
        : 30000;
    int slow = 0;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 1;
        }
        const QByteArray bytes = file.readAll();
        QElapsedTimer timer;
        timer.start();
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size()));
        const qint64 ms = timer.elapsed();
        std::printf("%-70s %8lld bytes %6lld ms%s\n", qPrintable(QFileInfo(path).fileName()), static_cast<long long>(bytes.size()),
                    static_cast<long long>(ms), ms > limitMs ? "  TOO SLOW" : "");
        slow += ms > limitMs;
    }
    std::printf("%lld inputs replayed, %d too slow\n", static_cast<long long>(files.size()), slow);
    return slow == 0 ? 0 : 1;
}
