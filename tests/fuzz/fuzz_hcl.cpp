// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target "hcl": the HCL native-syntax parser (core/import/terraform/hcl), the hcl2json
// writer over what it parsed (whose output must be valid JSON), and the static evaluator of
// core/import/terraform over every attribute, with nothing known about variables — as the
// Terraform importer evaluates a module it cannot see the inputs of (dictionary: hcl.dict).

#include "fuzzsupport.h"

#include "import/terraform/evaluator.h"
#include "import/terraform/hcl/hcl2json.h"
#include "import/terraform/hcl/parser.h"

#include <QJsonDocument>

namespace {

using namespace tw;

class NothingKnown : public terraform::Resolver
{
public:
    terraform::Value variable(const QString &) override { return terraform::Value::unknown(); }
    terraform::Value local(const QString &) override { return terraform::Value::unknown(); }
    terraform::Value data(const QString &, const QString &) override { return terraform::Value::unknown(); }
    terraform::Value pathValue(const QString &) override { return terraform::Value::string(QStringLiteral(".")); }
};

void evaluateBody(const hcl::Body &body, terraform::Evaluator &evaluator, int depth)
{
    for (const hcl::Attribute *attribute : body.attributes()) {
        (void)evaluator.evaluate(attribute->expression());
        QList<terraform::Reference> references;
        terraform::collectReferences(attribute->expression(), references);
    }
    if (depth < 64) {
        for (const hcl::Block *block : body.blocks())
            evaluateBody(block->body(), evaluator, depth + 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    auto file = hcl::parse(bytes, QStringLiteral("fuzz.tf"));
    if (!file) {
        TW_FUZZ_CHECK(!file.error().message.isEmpty(), QStringLiteral("an error without a message"));
        return 0;
    }
    const QByteArray json = hcl::toHcl2Json(**file);
    QJsonParseError error;
    (void)QJsonDocument::fromJson(json, &error);
    // Qt refuses nesting deeper than 1024; the parser allows 1000 levels, hcl2json adds a few.
    TW_FUZZ_CHECK(error.error == QJsonParseError::NoError || error.error == QJsonParseError::DeepNesting,
                  QStringLiteral("hcl2json wrote invalid JSON (%1 at %2): %3")
                      .arg(error.errorString())
                      .arg(error.offset)
                      .arg(QString::fromUtf8(json.left(400))));
    NothingKnown resolver;
    terraform::Evaluator evaluator(&resolver);
    evaluateBody((*file)->body(), evaluator, 0);
    return 0;
}
