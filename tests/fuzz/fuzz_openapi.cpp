// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target "openapi": the OpenAPI/Swagger importer (core/import/openapi) on a specification
// held in memory (importSpecBytes), with its import root a scratch folder holding one shared
// schema file the input may $ref (dictionary: openapi.dict). The fragment it produces must
// survive the project file's write/read round trip unchanged.

#include "fuzzsupport.h"

#include "import/openapi/openapiimporter.h"

#include <QDir>
#include <QFile>

namespace {

QString importRoot()
{
    static const QString root = [] {
        const QString dir = tw::fuzz::scratchDir() + QStringLiteral("/openapi");
        QDir().mkpath(dir);
        QFile f(dir + QStringLiteral("/common.yaml"));
        if (f.open(QIODevice::WriteOnly)) {
            f.write("components:\n  schemas:\n    User:\n      type: object\n      properties:\n"
                    "        password: {type: string, format: password}\n        card: {$ref: '#/components/schemas/Card'}\n"
                    "    Card: {type: object, properties: {number: {type: string}, owner: {$ref: '#/components/schemas/User'}}}\n"
                    "  securitySchemes:\n    key: {type: apiKey, in: header, name: X-Key}\n");
        }
        return dir;
    }();
    return root;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace tw;
    openapi::ImportOptions options;
    options.rootDir = importRoot();
    auto fragment = openapi::importSpecBytes(fuzz::bytesOf(data, size), importRoot() + QStringLiteral("/spec"), options);
    if (!fragment) {
        TW_FUZZ_CHECK(!fragment.error().message.isEmpty(), QStringLiteral("an error without a message"));
        return 0;
    }
    fuzz::checkRoundTrip(*fragment);
    return 0;
}
