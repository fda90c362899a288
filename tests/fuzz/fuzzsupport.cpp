// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzsupport.h"

#include "model/jsonwriter.h"
#include "model/modeljson.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace tw::fuzz {

void fail(const char *file, int line, const char *condition, const QString &what)
{
    std::fprintf(stderr, "%s:%d: fuzz invariant failed: %s\n  %s\n", file, line, condition, qPrintable(what));
    std::fflush(stderr);
    std::abort();
}

QString scratchDir()
{
    // Static: created on first use, removed when the process exits normally.
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/tw-fuzz-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot create a scratch folder in %s\n", qPrintable(QDir::tempPath()));
        std::abort();
    }
    return dir.path();
}

namespace {

template<typename T, typename Read>
void roundTrip(const QList<T> &list, Read read, const char *kind)
{
    for (const T &element : list) {
        JsonWriter w;
        writeJson(w, element);
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(w.bytes(), &error);
        TW_FUZZ_CHECK(error.error == QJsonParseError::NoError && parsed.isObject(),
                      QStringLiteral("%1 %2 is written as invalid JSON (%3): %4")
                          .arg(QLatin1StringView(kind), element.id, error.errorString(), QString::fromUtf8(w.bytes().left(400))));
        auto back = read(parsed.object());
        TW_FUZZ_CHECK(back.ok(), QStringLiteral("%1 %2 cannot be read back: %3")
                                     .arg(QLatin1StringView(kind), element.id, back.ok() ? QString() : back.error().message));
        TW_FUZZ_CHECK(back.value() == element, QStringLiteral("%1 %2 changes when stored: %3")
                                                  .arg(QLatin1StringView(kind), element.id, QString::fromUtf8(w.bytes().left(400))));
    }
}

} // namespace

void checkRoundTrip(const ModelFragment &m)
{
    // TW_FUZZ_VERBOSE=1 when replaying by hand: what the importer made of the input.
    static const bool verbose = qEnvironmentVariableIntValue("TW_FUZZ_VERBOSE") > 0;
    if (verbose) {
        std::fprintf(stderr, "  %lld components, %lld boundaries, %lld entry points, %lld flows, %lld assets, %lld diagnostics\n",
                     static_cast<long long>(m.components.size()), static_cast<long long>(m.boundaries.size()),
                     static_cast<long long>(m.entryPoints.size()), static_cast<long long>(m.flows.size()),
                     static_cast<long long>(m.assets.size()), static_cast<long long>(m.diagnostics.size()));
        for (const Diagnostic &d : m.diagnostics)
            std::fprintf(stderr, "    %s: %s\n", qPrintable(d.source.toString()), qPrintable(d.message));
    }
    roundTrip(m.components, componentFromJson, "component");
    roundTrip(m.boundaries, boundaryFromJson, "boundary");
    roundTrip(m.entryPoints, entryPointFromJson, "entry point");
    roundTrip(m.flows, flowFromJson, "flow");
    roundTrip(m.assets, assetFromJson, "asset");
}

} // namespace tw::fuzz
