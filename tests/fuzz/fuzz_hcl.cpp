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
#include <QRegularExpression>

#include <cerrno>
#include <cmath>
#include <cstdlib>

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

/**
 * Parses @p json with Qt. A number beyond double's range is valid JSON (RFC 8259 sets no limit,
 * and HCL keeps big numbers exactly, as the reference hcl2json does) but Qt calls it "illegal":
 * such a number, checked against JSON's number grammar, is replaced by 0 and the text parsed
 * again, so that only real syntax errors are reported.
 */
QJsonParseError parseAllowingBigNumbers(QByteArray json)
{
    static const QRegularExpression number(QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
    QJsonParseError error;
    for (int round = 0; round < 10000; ++round) {
        (void)QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::IllegalNumber)
            return error;
        auto isNumberByte = [](char c) { return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'; };
        qsizetype begin = std::min<qsizetype>(error.offset, json.size() - 1);
        while (begin > 0 && !isNumberByte(json[begin]))
            --begin;
        while (begin > 0 && isNumberByte(json[begin - 1]))
            --begin;
        qsizetype end = begin;
        while (end < json.size() && isNumberByte(json[end]))
            ++end;
        const QByteArray token = json.mid(begin, end - begin);
        errno = 0;
        const double value = std::strtod(token.constData(), nullptr);
        if (!number.match(QString::fromLatin1(token)).hasMatch() || (std::isfinite(value) && errno != ERANGE))
            return error; // not a number too big for a double: a real error
        json.replace(begin, end - begin, "0");
    }
    return error;
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
    const QJsonParseError error = parseAllowingBigNumbers(json);
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
