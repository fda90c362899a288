// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the fuzz targets (tests/fuzz/fuzz_*.cpp). Each target defines
// LLVMFuzzerTestOneInput; with TW_FUZZ it links libFuzzer's main, in the regular build
// replay_main.cpp feeds it the inputs kept in tests/fuzz/regressions/<target>/.

#include "model/model.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

/** Stops the process like a sanitizer would when an invariant does not hold: a finding. */
#define TW_FUZZ_CHECK(condition, what)                                                             \
    do {                                                                                           \
        if (!(condition))                                                                          \
            tw::fuzz::fail(__FILE__, __LINE__, #condition, what);                                  \
    } while (0)

namespace tw::fuzz {

[[noreturn]] void fail(const char *file, int line, const char *condition, const QString &what);

inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/**
 * A private folder for the run (removed at exit), for targets whose entry point needs a
 * directory: the import root of $ref resolution, the project files.
 */
QString scratchDir();

/**
 * What every importer's output must satisfy: each element is written as the project file writes
 * it and read back as the project file reads it, unchanged. An importer result the store could
 * not read back would be a project that cannot be reopened.
 */
void checkRoundTrip(const ModelFragment &fragment);

} // namespace tw::fuzz
