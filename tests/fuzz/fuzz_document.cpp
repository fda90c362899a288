// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target "document": the positioned YAML/JSON layer (core/import/common) and $ref
// resolution (core/import/openapi/refresolver). Every input is parsed as JSON, as YAML and
// sniffed; every node of every tree is visited through the public accessors with their
// invariants checked; YAML read directly by libyaml's scanner must equal its own reader's; then every node is dereferenced as the OpenAPI importer would, against a
// scratch import root holding two small files the input can refer to (dictionary: document.dict).

#include "fuzzsupport.h"

#include "../common/documentdump.h"
#include "import/common/document.h"
#include "import/openapi/refresolver.h"

#include <QDir>
#include <QFile>

namespace {

using namespace tw;

void visit(const doc::Document &d)
{
    const std::size_t count = d.nodeCount();
    for (const doc::NodeId root : d.roots())
        TW_FUZZ_CHECK(d.isValid(root), QStringLiteral("root %1 of %2 nodes").arg(root).arg(count));
    for (doc::NodeId id = 0; id < count; ++id) {
        const doc::Position p = d.position(id);
        TW_FUZZ_CHECK(p.line >= 1 && p.column >= 1, QStringLiteral("node %1 at %2:%3").arg(id).arg(p.line).arg(p.column));
        (void)d.location(id);
        (void)d.tag(id);
        switch (d.kind(id)) {
        case doc::NodeKind::Scalar: {
            const std::string_view text = d.text(id);
            (void)d.string(id);
            const doc::ScalarType type = d.scalarType(id);
            TW_FUZZ_CHECK(d.toBool(id).has_value() == (type == doc::ScalarType::Bool), QStringLiteral("toBool of node %1").arg(id));
            if (d.toInt(id))
                TW_FUZZ_CHECK(type == doc::ScalarType::Int, QStringLiteral("toInt of node %1").arg(id));
            // Document text must be exactly what was decoded: never past the source or arena.
            volatile char sink = 0;
            for (char c : text)
                sink = sink ^ c;
            break;
        }
        case doc::NodeKind::Mapping:
            for (std::uint32_t i = 0; i < d.size(id); ++i) {
                const doc::NodeId key = d.keyAt(id, i), value = d.valueAt(id, i);
                TW_FUZZ_CHECK(d.isValid(key) && d.isValid(value), QStringLiteral("entry %1 of mapping %2").arg(i).arg(id));
                if (d.isScalar(key) && !d.text(key).empty()) {
                    const doc::NodeId found = d.find(id, d.text(key));
                    TW_FUZZ_CHECK(d.isValid(found), QStringLiteral("key %1 of mapping %2 not found").arg(i).arg(id));
                }
            }
            break;
        case doc::NodeKind::Sequence:
            for (std::uint32_t i = 0; i < d.size(id); ++i)
                TW_FUZZ_CHECK(d.isValid(d.itemAt(id, i)), QStringLiteral("item %1 of sequence %2").arg(i).arg(id));
            break;
        }
    }
    (void)d.diagnostics();
}

QString importRoot()
{
    static const QString root = [] {
        const QString dir = fuzz::scratchDir() + QStringLiteral("/document");
        QDir().mkpath(dir);
        const std::pair<const char *, const char *> files[] = {
            {"other.yaml", "components:\n  schemas:\n    A: {$ref: 'spec#/components/schemas/B'}\n"
                           "    Loop: {$ref: '#/components/schemas/Loop'}\n"
                           "    C: {type: object, properties: {x: {$ref: '#/components/schemas/A'}, y: {$ref: 'list.json#/0'}}}\n"},
            {"list.json", "[{\"$ref\": \"other.yaml#/components/schemas/C\"}, {\"$ref\": \"#/2\"}, {\"$ref\": \"#/1\"}]"},
        };
        for (const auto &[name, text] : files) {
            QFile f(dir + QLatin1Char('/') + QLatin1StringView(name));
            if (f.open(QIODevice::WriteOnly))
                f.write(text);
        }
        return dir;
    }();
    return root;
}

void resolveEverything(const QByteArray &bytes)
{
    QList<Diagnostic> diagnostics;
    openapi::RefResolver refs(importRoot(), QStringLiteral("spec"), &diagnostics);
    auto root = refs.loadRootBytes(importRoot() + QStringLiteral("/spec"), bytes);
    if (!root)
        return;
    const openapi::LoadedDocument *loaded = root->src;
    const std::size_t count = loaded->document.nodeCount();
    for (doc::NodeId id = 0; id < count; ++id) {
        const openapi::NodeRef node{loaded, id};
        const openapi::NodeRef target = refs.deref(node);
        (void)refs.sourceOf(target);
        if (target.isMapping()) {
            (void)refs.getDeref(node, "type");
            (void)refs.getDeref(node, "properties");
            (void)refs.get(node, "$ref");
        }
    }
    for (const Diagnostic &d : std::as_const(diagnostics))
        TW_FUZZ_CHECK(!d.message.isEmpty(), QStringLiteral("a diagnostic without a message"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    for (const doc::Format format : {doc::Format::Json, doc::Format::Yaml, doc::Format::Auto}) {
        doc::ParseOptions options;
        options.format = format;
        options.displayName = QStringLiteral("fuzz");
        auto parsed = doc::parseBytes(bytes, options);
        if (parsed)
            visit(*parsed);
        else
            TW_FUZZ_CHECK(!parsed.error().message.isEmpty(), QStringLiteral("an error without a message"));
        if (format == doc::Format::Yaml) {
            options.yamlDirectInput = false;
            const auto byReader = doc::parseBytes(bytes, options);
            TW_FUZZ_CHECK(test::describe(parsed, test::NodeIds::Shown) == test::describe(byReader, test::NodeIds::Shown),
                          QStringLiteral("YAML read directly differs from libyaml's reader"));
        }
    }
    resolveEverything(bytes);
    return 0;
}
