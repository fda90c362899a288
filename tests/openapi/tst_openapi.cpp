// SPDX-License-Identifier: GPL-3.0-or-later
// The OpenAPI importer against a reference dereferencing parser (the corpus' expected files),
// and against hostile input: each hostile case must end in a clear error or warning with a
// position, never in a crash, a hang or unbounded memory.

#include "import/common/document.h"
#include "import/openapi/openapiimporter.h"
#include "model/modeljson.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace tw;

namespace {

const QString corpusDir = QStringLiteral(TW_CORPUS_DIR);

// CI has ../shared beside the checkout; elsewhere the corpus tests skip instead of failing.
#define TW_REQUIRE_CORPUS()                                                                        \
    do {                                                                                           \
        if (!QFileInfo::exists(corpusDir))                                                         \
            QSKIP("corpus not available (../shared/corpus beside the checkout)");                 \
    } while (false)

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(content);
}

QString securityText(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("s"), v}}).toJson(QJsonDocument::Compact));
}

bool hasDiagnostic(const ModelFragment &m, const QString &text, QString *location = nullptr)
{
    for (const Diagnostic &d : m.diagnostics) {
        if (d.message.contains(text)) {
            if (location)
                *location = d.source.toString();
            return true;
        }
    }
    return false;
}

QString allDiagnostics(const ModelFragment &m)
{
    QStringList lines;
    for (const Diagnostic &d : m.diagnostics)
        lines << d.source.toString() + QStringLiteral(": ") + d.message;
    return lines.join(QLatin1Char('\n'));
}

/** "file:line:col" with a line and a column, both positive. */
bool isPosition(const QString &location)
{
    const QStringList parts = location.split(QLatin1Char(':'));
    return parts.size() >= 3 && parts.at(parts.size() - 2).toInt() > 0 && parts.last().toInt() > 0;
}

const char *minimalHead = "openapi: 3.0.3\ninfo:\n  title: Hostile\n  version: '1'\n";

} // namespace

class TestOpenApi : public QObject
{
    Q_OBJECT

private slots:
    void corpus_data();
    void corpus();
    void refusedByReferenceImport();
    void mapping();
    void stableIds();
    void parallelEqualsSequential();
    void parallelEqualsSequentialCorpus();

    void invalidYaml();
    void invalidJson();
    void aliasBomb();
    void deepNestingYaml();
    void deepNestingJson();
    void hugeDocument();
    void refMissingFile();
    void refMissingPointer();
    void refToItself();
    void refEscapingRoot();
    void refRemote();
    void duplicateKeys();
    void nonUtf8();
    void cancel();
    void pointerEscapes();
};

namespace {

QByteArray modelText(const Result<ModelFragment> &r)
{
    if (!r.ok())
        return "error " + r.errorString().toUtf8();
    return QJsonDocument(toJson(*r)).toJson(QJsonDocument::Indented);
}

/** The first line where two texts differ, for a readable failure. */
QString firstDifference(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> la = a.split('\n'), lb = b.split('\n');
    for (qsizetype i = 0; i < std::min(la.size(), lb.size()); ++i)
        if (la[i] != lb[i])
            return QStringLiteral("line %1:\n  parallel:   %2\n  sequential: %3").arg(i + 1).arg(QString::fromUtf8(la[i]), QString::fromUtf8(lb[i]));
    return QStringLiteral("lengths differ");
}

} // namespace

// Operations after the middle are mapped ahead on a worker and merged in document order; a path
// whose mapping meets anything order-dependent (a broken or cyclic $ref, a file still to load,
// callbacks) is redone in order. The result must be the sequential one, diagnostics included.
void TestOpenApi::parallelEqualsSequential()
{
    QTemporaryDir tmp;
    QByteArray spec = "openapi: 3.0.3\ninfo:\n  title: Split\n  version: '1'\npaths:\n";
    for (int i = 0; i < 160; ++i) {
        const QByteArray n = QByteArray::number(i);
        spec += "  /items" + n + "/{id}:\n    parameters:\n      - {name: id, in: path, required: true, schema: {type: string}}\n";
        spec += "    get:\n      operationId: get" + n + "\n      responses:\n        '200':\n          content:\n"
                "            application/json:\n              schema:\n";
        switch (i % 9) {
        case 0: spec += "                $ref: '#/components/schemas/Shared'\n"; break;
        case 1: spec += "                $ref: '#/components/schemas/Missing" + n + "'\n"; break;
        case 2: spec += "                $ref: '#/components/schemas/Loop'\n"; break;
        case 3: spec += "                $ref: 'other.yaml#/Shared'\n"; break;
        case 4: spec += "                $ref: 'other" + n + ".yaml#/Thing'\n"; break;
        case 5: spec += "                type: object\n                properties: {password: {type: string}, n" + n + ": {type: integer}}\n"; break;
        case 6: spec += "                $ref: '#/components/schemas/Late" + QByteArray::number(i % 4) + "'\n"; break;
        case 7: spec += "                type: array\n                items: {$ref: '#/components/schemas/Broken'}\n"; break;
        default: spec += "                $ref: '#/components/schemas/Shared'\n"; break;
        }
        if (i % 13 == 5)
            spec += "      callbacks:\n        onEvent:\n          '{$request.body#/url}':\n            post:\n"
                    "              requestBody:\n                content:\n                  application/json:\n"
                    "                    schema: {$ref: '#/components/schemas/Shared'}\n              responses: {'200': {description: ok}}\n";
        if (i % 17 == 3)
            spec += "    post:\n      requestBody:\n        content:\n          application/json:\n"
                    "            schema: {$ref: '#/components/schemas/Late1'}\n      responses: {'201': {description: ok}}\n";
        if (i % 40 == 39)
            spec += "  /ref" + n + ":\n    $ref: '#/components/pathItems/Item'\n";
        if (i == 120)
            spec += "  /items3/{id}:\n    delete:\n      responses: {'204': {description: gone}}\n"; // a duplicate key
    }
    spec += "components:\n  pathItems:\n    Item:\n      get:\n        responses: {'200': {description: ok}}\n"
            "  schemas:\n    Shared:\n      type: object\n      properties: {email: {type: string}, token: {type: string}}\n"
            "    Loop:\n      $ref: '#/components/schemas/Loop2'\n    Loop2:\n      $ref: '#/components/schemas/Loop'\n"
            "    Broken:\n      type: object\n      properties: {a: {$ref: '#/nowhere'}, iban: {type: string}}\n";
    for (int k = 0; k < 4; ++k)
        spec += "    Late" + QByteArray::number(k) + ":\n      type: object\n      properties: {ssn: {type: string}, k" + QByteArray::number(k)
              + ": {type: string}}\n";
    writeFile(tmp.filePath(QStringLiteral("api.yaml")), spec);
    writeFile(tmp.filePath(QStringLiteral("other.yaml")),
              "Shared:\n  type: object\n  properties: {cardNumber: {type: string}, x: {$ref: '#/none'}}\n");
    for (int i = 4; i < 160; i += 9)
        if (i % 2 == 0)
            writeFile(tmp.filePath(QStringLiteral("other%1.yaml").arg(i)), "Thing:\n  type: object\n  properties: {secret: {type: string}}\n");

    openapi::ImportOptions sequential;
    sequential.parallel = false;
    const auto seq = openapi::importSpec(tmp.filePath(QStringLiteral("api.yaml")), sequential);
    const auto par = openapi::importSpec(tmp.filePath(QStringLiteral("api.yaml")));
    QVERIFY2(seq.ok(), qPrintable(seq.errorString()));
    QVERIFY(seq->entryPoints.size() > 150);
    QVERIFY(seq->diagnostics.size() > 20); // the comparison covers failures met ahead
    QVERIFY(!seq->flows.isEmpty());
    const QByteArray a = modelText(par), b = modelText(seq);
    QVERIFY2(a == b, qPrintable(firstDifference(a, b)));
}

void TestOpenApi::parallelEqualsSequentialCorpus()
{
    TW_REQUIRE_CORPUS();
    QDirIterator it(corpusDir + QStringLiteral("/expected/openapi"), {QStringLiteral("*.ops.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int large = 0;
    while (it.hasNext()) {
        const QString rel = QDir(corpusDir + QStringLiteral("/expected/openapi")).relativeFilePath(it.next()).chopped(int(qstrlen(".ops.json")));
        openapi::ImportOptions options;
        options.rootDir = corpusDir + QLatin1Char('/') + rel.section(QLatin1Char('/'), 0, 0);
        const auto par = openapi::importSpec(corpusDir + QLatin1Char('/') + rel, options);
        options.parallel = false;
        const auto seq = openapi::importSpec(corpusDir + QLatin1Char('/') + rel, options);
        if (seq.ok() && seq->entryPoints.size() >= 64)
            ++large;
        const QByteArray a = modelText(par), b = modelText(seq);
        QVERIFY2(a == b, qPrintable(rel + QLatin1Char(' ') + firstDifference(a, b)));
    }
    qInfo("%d of the specs have 64 or more operations", large);
    QVERIFY(large >= 5);
}

void TestOpenApi::corpus_data()
{
    QTest::addColumn<QString>("expected");
    TW_REQUIRE_CORPUS();
    const QString base = corpusDir + QStringLiteral("/expected/openapi");
    QDirIterator it(base, {QStringLiteral("*.ops.json")}, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    QVERIFY2(files.size() >= 182, qPrintable(QStringLiteral("only %1 expected files").arg(files.size())));
    for (const QString &f : std::as_const(files)) {
        const QString rel = QDir(base).relativeFilePath(f);
        QTest::newRow(qPrintable(rel.chopped(int(qstrlen(".ops.json"))))) << f;
    }
}

void TestOpenApi::corpus()
{
    QFETCH(QString, expected);
    QFile f(expected);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject want = QJsonDocument::fromJson(f.readAll()).object();
    const QString rel = QDir(corpusDir + QStringLiteral("/expected/openapi")).relativeFilePath(expected).chopped(int(qstrlen(".ops.json")));
    const QString spec = corpusDir + QLatin1Char('/') + rel;
    openapi::ImportOptions options;
    options.rootDir = corpusDir + QLatin1Char('/') + rel.section(QLatin1Char('/'), 0, 0); // the repository
    const Result<ModelFragment> result = openapi::importSpec(spec, options);
    QVERIFY2(result.ok(), qPrintable(result.errorString()));

    QHash<QString, EntryPoint> got;
    for (const EntryPoint &e : result->entryPoints)
        if (e.kind == EntryPointKind::HttpOperation)
            got.insert(e.method + QLatin1Char(' ') + e.path, e);
    QStringList problems;
    QSet<QString> wanted;
    const QJsonArray ops = want.value(QStringLiteral("operations")).toArray();
    for (const QJsonValue &v : ops) {
        const QJsonObject op = v.toObject();
        const QString key = op.value(QStringLiteral("method")).toString() + QLatin1Char(' ') + op.value(QStringLiteral("path")).toString();
        wanted.insert(key);
        const auto it = got.constFind(key);
        if (it == got.constEnd()) {
            problems << QStringLiteral("missing operation %1").arg(key);
            continue;
        }
        const QString wantId = op.value(QStringLiteral("operationId")).toString();
        if (wantId != it->operationId)
            problems << QStringLiteral("%1: operationId '%2', expected '%3'").arg(key, it->operationId, wantId);
        const QString a = securityText(securityToJson(it->security));
        const QString b = securityText(op.value(QStringLiteral("security")));
        if (a != b)
            problems << QStringLiteral("%1: security %2, expected %3").arg(key, a, b);
    }
    for (auto it = got.cbegin(); it != got.cend(); ++it)
        if (!wanted.contains(it.key()))
            problems << QStringLiteral("unexpected operation %1").arg(it.key());
    QVERIFY2(problems.isEmpty(), qPrintable(spec + QStringLiteral(":\n  ") + problems.join(QStringLiteral("\n  "))));
}

void TestOpenApi::refusedByReferenceImport()
{
    TW_REQUIRE_CORPUS();
    // Valid 3.1 documents without `paths` (the reference parser requires them): they import.
    const QString dir = corpusDir + QStringLiteral("/OAI-OpenAPI-Specification/tests/schema/pass/");
    for (const char *name : {"minimal_comp.yaml", "comp_pathitems.yaml", "info_summary.yaml", "license_identifier.yaml",
                             "security-scheme-object-examples.yaml", "callback-object-examples.yaml",
                             "valid_schema_types.yaml", "style-defaults.yaml"}) {
        const Result<ModelFragment> r = openapi::importSpec(dir + QLatin1StringView(name));
        QVERIFY2(r.ok(), qPrintable(QLatin1StringView(name) + QStringLiteral(": ") + r.errorString()));
        QCOMPARE(r->components.first().kind, ComponentKind::Service);
    }
    // Webhooks only: an outbound flow per webhook operation to an external entity.
    const Result<ModelFragment> hooks =
        openapi::importSpec(corpusDir + QStringLiteral("/OAI-OpenAPI-Specification/examples/v3.1/webhook-example.yaml"));
    QVERIFY2(hooks.ok(), qPrintable(hooks.errorString()));
    QCOMPARE(hooks->entryPoints.size(), 0);
    QCOMPARE(hooks->flows.size(), 1);
    QCOMPARE(hooks->flows.first().id, QStringLiteral("flow:api:webhook-example->ext:webhook-example:webhooks:newPet POST"));
    QCOMPARE(hooks->flows.first().targetId, QStringLiteral("ext:webhook-example:webhooks"));
    QVERIFY(hooks->flows.first().assetIds.contains(QStringLiteral("asset:webhook-example:Pet")));
}

void TestOpenApi::mapping()
{
    QTemporaryDir tmp;
    writeFile(tmp.filePath(QStringLiteral("api.yaml")), R"(openapi: 3.0.3
info: {title: Orders API, version: '1', x-owner: team-a}
servers:
  - url: http://api.example.com/v1
  - url: https://10.0.0.5/v1
security: [{bearer: []}]
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
    key: {type: apiKey, in: header, name: X-Key}
  schemas:
    User:
      type: object
      properties:
        id: {type: string, readOnly: true}
        email: {type: string, format: email}
        password: {type: string, writeOnly: true}
        isAdmin: {type: boolean}
        card_number: {type: string}
paths:
  /users/{userId}:
    parameters: [{name: userId, in: path, required: true, schema: {type: string}}]
    get:
      operationId: getUser
      tags: [users]
      x-rate-limit: 10
      security: [{bearer: [], key: []}, {}]
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/User'}}}}
    put:
      operationId: putUser
      deprecated: true
      requestBody:
        content:
          multipart/form-data:
            schema: {type: object, properties: {avatar: {type: string, format: binary}}}
      responses: {'204': {description: none}}
      callbacks:
        changed:
          '{$request.body#/url}':
            post: {requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/User'}}}}, responses: {'200': {description: ok}}}
  /health:
    get: {security: [], responses: {'200': {description: ok}}}
)");
    const Result<ModelFragment> r = openapi::importSpec(tmp.filePath(QStringLiteral("api.yaml")));
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    const ModelFragment &m = *r;
    QCOMPARE(m.components.first().id, QStringLiteral("api:orders-api"));
    const QJsonObject api = m.components.first().attributes;
    QCOMPARE(api.value(QStringLiteral("internet-facing")).toBool(), true);
    QCOMPARE(api.value(QStringLiteral("plain-http")).toBool(), true);
    QCOMPARE(api.value(QStringLiteral("basePath")).toString(), QStringLiteral("/v1"));
    QCOMPARE(api.value(QStringLiteral("x-owner")).toString(), QStringLiteral("team-a"));
    QCOMPARE(m.entryPoints.size(), 3);
    const EntryPoint &health = m.entryPoints.at(0);
    QCOMPARE(health.id, QStringLiteral("ep:orders-api:GET /health"));
    QVERIFY(health.security && health.security->isEmpty());
    const EntryPoint &get = m.entryPoints.at(1);
    QCOMPARE(get.id, QStringLiteral("ep:orders-api:GET /users/{userId}"));
    QCOMPARE(get.path, QStringLiteral("/users/{userId}")); // base path not prepended
    QCOMPARE(get.operationId, QStringLiteral("getUser"));
    QCOMPARE(securityToJson(get.security), QJsonValue(QJsonArray{QJsonArray{QStringLiteral("bearer"), QStringLiteral("key")}, QJsonArray{}}));
    QCOMPARE(get.attributes.value(QStringLiteral("authenticated")).toBool(), false);
    QCOMPARE(get.attributes.value(QStringLiteral("x-rate-limit")).toInt(), 10);
    QCOMPARE(get.parameters.size(), 1);
    QVERIFY(get.parameters.first().objectReference);
    QCOMPARE(get.responseAssetIds, QStringList{QStringLiteral("asset:orders-api:User")});
    QCOMPARE(get.sources.first().line, 23);
    const EntryPoint &put = m.entryPoints.at(2);
    QVERIFY(put.deprecated);
    QCOMPARE(put.attributes.value(QStringLiteral("fileUpload")).toBool(), true);
    QCOMPARE(securityToJson(put.security), QJsonValue(QJsonArray{QJsonArray{QStringLiteral("bearer")}}));

    const auto user = std::find_if(m.assets.begin(), m.assets.end(), [](const DataAsset &a) { return a.name == QLatin1StringView("User"); });
    QVERIFY(user != m.assets.end());
    QCOMPARE(user->classification, Classification::Restricted);
    QVERIFY(user->tags.contains(QStringLiteral("credential")));
    QVERIFY(user->tags.contains(QStringLiteral("pii")));
    QVERIFY(user->tags.contains(QStringLiteral("payment")));
    QVERIFY(user->attributes.value(QStringLiteral("writableProperties")).toArray().contains(QStringLiteral("isAdmin")));
    QVERIFY(user->attributes.value(QStringLiteral("readOnlyProperties")).toArray().contains(QStringLiteral("id")));
    QCOMPARE(m.flows.size(), 1);
    QCOMPARE(m.flows.first().targetId, QStringLiteral("ext:orders-api:callbacks"));
    QCOMPARE(m.flows.first().protocol, QStringLiteral("http"));
}

void TestOpenApi::stableIds()
{
    QTemporaryDir tmp;
    writeFile(tmp.filePath(QStringLiteral("a.yaml")), QByteArray(minimalHead) + R"(paths:
  /a: {get: {responses: {'200': {description: ok}}}, post: {responses: {'200': {description: ok}}}}
  /b: {get: {responses: {'200': {description: ok}}}}
)");
    writeFile(tmp.filePath(QStringLiteral("b.yaml")), QByteArray(minimalHead) + R"(paths:
  /b: {get: {responses: {'200': {description: ok}}}}
  /a: {post: {responses: {'200': {description: ok}}}, get: {responses: {'200': {description: ok}}}}
)");
    const auto a = openapi::importSpec(tmp.filePath(QStringLiteral("a.yaml")));
    const auto b = openapi::importSpec(tmp.filePath(QStringLiteral("b.yaml")));
    QVERIFY(a.ok() && b.ok());
    QStringList ia, ib;
    for (const EntryPoint &e : a->entryPoints)
        ia << e.id;
    for (const EntryPoint &e : b->entryPoints)
        ib << e.id;
    QCOMPARE(ia, ib);
}

void TestOpenApi::invalidYaml()
{
    QTemporaryDir tmp;
    writeFile(tmp.filePath(QStringLiteral("bad.yaml")), "openapi: 3.0.0\ninfo:\n  title: [unclosed\n  version: 1\n");
    const auto r = openapi::importSpec(tmp.filePath(QStringLiteral("bad.yaml")));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().location.startsWith(QStringLiteral("bad.yaml:")), qPrintable(r.errorString()));
    QVERIFY2(isPosition(r.error().location), qPrintable(r.errorString()));
}

void TestOpenApi::invalidJson()
{
    QTemporaryDir tmp;
    writeFile(tmp.filePath(QStringLiteral("bad.json")), "{\n  \"openapi\": \"3.0.0\",\n  \"info\": {\"title\": \"x\" \"version\": 1}\n}\n");
    const auto r = openapi::importSpec(tmp.filePath(QStringLiteral("bad.json")));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().location, QStringLiteral("bad.json:3:25"));
    QVERIFY2(r.error().message.contains(QStringLiteral("expected ',' or '}'")), qPrintable(r.errorString()));

    for (const QByteArray &text : {QByteArray("{\"a\": tru}"), QByteArray("{\"a\": \"unterminated}"), QByteArray("{\"a\": 01}"),
                                   QByteArray("[1,]"), QByteArray(""), QByteArray("{\"a\": \"\\x\"}"), QByteArray("{} []")}) {
        doc::ParseOptions options;
        options.format = doc::Format::Json;
        options.displayName = QStringLiteral("t.json");
        const auto d = doc::parseBytes(text, options);
        QVERIFY2(!d.ok(), text.constData());
        QVERIFY2(isPosition(d.error().location), qPrintable(d.errorString()));
    }
}

void TestOpenApi::aliasBomb()
{
    QTemporaryDir tmp;
    QByteArray bomb = "openapi: 3.0.0\ninfo: {title: bomb, version: '1'}\nx-a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i < 12; ++i) {
        bomb += QStringLiteral("x-a%1: &a%1 [").arg(i).toUtf8();
        for (int k = 0; k < 9; ++k)
            bomb += QStringLiteral("*a%1%2").arg(i - 1).arg(k < 8 ? QStringLiteral(", ") : QString()).toUtf8();
        bomb += "]\n";
    }
    bomb += "paths: {}\n";
    writeFile(tmp.filePath(QStringLiteral("bomb.yaml")), bomb);
    QElapsedTimer timer;
    timer.start();
    const auto r = openapi::importSpec(tmp.filePath(QStringLiteral("bomb.yaml")));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("alias")), qPrintable(r.errorString()));
    QVERIFY2(isPosition(r.error().location), qPrintable(r.errorString()));
    QVERIFY(timer.elapsed() < 30000); // a hang guard: the expansion it refuses would run for hours
}

void TestOpenApi::deepNestingYaml()
{
    QTemporaryDir tmp;
    const QByteArray deep = "openapi: 3.0.0\nx-deep: " + QByteArray(10000, '[') + QByteArray(10000, ']') + "\n";
    writeFile(tmp.filePath(QStringLiteral("deep.yaml")), deep);
    const auto r = openapi::importSpec(tmp.filePath(QStringLiteral("deep.yaml")));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("nesting deeper than 512")), qPrintable(r.errorString()));
    QVERIFY2(r.error().location.startsWith(QStringLiteral("deep.yaml:2:")), qPrintable(r.errorString()));
}

void TestOpenApi::deepNestingJson()
{
    QTemporaryDir tmp;
    const QByteArray deep = "{\"openapi\": \"3.0.0\", \"x\": " + QByteArray(10000, '[') + QByteArray(10000, ']') + "}";
    writeFile(tmp.filePath(QStringLiteral("deep.json")), deep);
    const auto r = openapi::importSpec(tmp.filePath(QStringLiteral("deep.json")));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("nesting deeper than 512")), qPrintable(r.errorString()));
    // The object is level 1, so the 512th '[' (column 27 + 511) opens level 513.
    QCOMPARE(r.error().location, QStringLiteral("deep.json:1:538"));
}

void TestOpenApi::hugeDocument()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("huge.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"openapi\":\"3.0.0\",\"info\":{\"title\":\"Huge\",\"version\":\"1\"},\"paths\":{");
        const QByteArray description(900, 'd');
        qint64 written = 0;
        for (int i = 0; written < 100'000'000; ++i) {
            const QByteArray item = QStringLiteral("%1\"/items%2/{id}\":{\"get\":{\"operationId\":\"get%2\",\"description\":\"")
                                        .arg(i ? QStringLiteral(",") : QString())
                                        .arg(i)
                                        .toUtf8()
                + description + "\",\"responses\":{\"200\":{\"description\":\"ok\"}}}}";
            written += f.write(item);
        }
        f.write("}}");
    }
    QVERIFY(QFileInfo(path).size() >= 100'000'000);
    QElapsedTimer timer;
    timer.start();
    const auto r = openapi::importSpec(path);
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QVERIFY(r->entryPoints.size() > 90'000);
    qInfo("100 MB document imported in %lld ms", static_cast<long long>(timer.elapsed()));
    QVERIFY(timer.elapsed() < 60'000);
}

void TestOpenApi::refMissingFile()
{
    QTemporaryDir tmp;
    writeFile(tmp.filePath(QStringLiteral("api.yaml")), QByteArray(minimalHead) + "paths:\n  /a:\n    $ref: 'missing.yaml#/x'\n");
    const auto r = openapi::importSpec(tmp.filePath(QStringLiteral("api.yaml")));
    QVERIFY(r.ok());
    QString at;
    QVERIFY2(hasDiagnostic(*r, QStringLiteral("file not found"), &at), qPrintable(allDiagnostics(*r)));
    QCOMPARE(at, QStringLiteral("api.yaml:7:11"));
}

void TestOpenApi::refMissingPointer()
{
    QTemporaryDir tmp;
    writeFile(tmp.filePath(QStringLiteral("api.yaml")),
              QByteArray(minimalHead) + "paths:\n  /a:\n    get:\n      responses:\n        '200': {$ref: '#/components/responses/Nope'}\n");
    const auto r = openapi::importSpec(tmp.filePath(QStringLiteral("api.yaml")));
    QVERIFY(r.ok());
    QString at;
    QVERIFY2(hasDiagnostic(*r, QStringLiteral("target not found"), &at), qPrintable(allDiagnostics(*r)));
    QCOMPARE(at, QStringLiteral("api.yaml:9:23"));
    QCOMPARE(r->entryPoints.size(), 1);
}

void TestOpenApi::refToItself()
{
    QTemporaryDir tmp;
    writeFile(tmp.filePath(QStringLiteral("api.yaml")), QByteArray(minimalHead) + R"(paths:
  /a:
    get:
      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Self'}}}}
      responses: {'200': {$ref: '#/components/responses/Loop'}}
components:
  responses:
    Loop: {$ref: '#/components/responses/Loop'}
  schemas:
    Self: {$ref: '#/components/schemas/Self'}
    Tree:
      type: object
      properties:
        name: {type: string}
        children: {type: array, items: {$ref: '#/components/schemas/Tree'}}
)");
    const auto r = openapi::importSpec(tmp.filePath(QStringLiteral("api.yaml")));
    QVERIFY(r.ok());
    QString at;
    QVERIFY2(hasDiagnostic(*r, QStringLiteral("circular $ref"), &at), qPrintable(allDiagnostics(*r)));
    QVERIFY(isPosition(at));
    QCOMPARE(r->entryPoints.size(), 1);
}

void TestOpenApi::refEscapingRoot()
{
    QTemporaryDir tmp;
    // A spec outside the root that would add an operation if it were ever read.
    writeFile(tmp.filePath(QStringLiteral("secret.yaml")), "get: {operationId: leaked, responses: {'200': {description: x}}}\n");
    writeFile(tmp.filePath(QStringLiteral("root/api.yaml")), QByteArray(minimalHead) + R"(paths:
  /a: {$ref: '../secret.yaml'}
  /b: {$ref: '../../etc/passwd'}
  /c: {$ref: '/etc/passwd#/x'}
)");
    // A symlink inside the root that points outside it is refused as well.
    QFile::link(tmp.filePath(QStringLiteral("secret.yaml")), tmp.filePath(QStringLiteral("root/link.yaml")));
    writeFile(tmp.filePath(QStringLiteral("root/api2.yaml")), QByteArray(minimalHead) + "paths:\n  /d: {$ref: 'link.yaml'}\n");
    for (const char *name : {"root/api.yaml", "root/api2.yaml"}) {
        const auto r = openapi::importSpec(tmp.filePath(QLatin1StringView(name)));
        QVERIFY(r.ok());
        QCOMPARE(r->entryPoints.size(), 0);
        int refused = 0;
        for (const Diagnostic &d : r->diagnostics) {
            if (d.message.contains(QStringLiteral("leaves the import root"))) {
                ++refused;
                QVERIFY(isPosition(d.source.toString()));
            }
            QVERIFY(!d.message.contains(QStringLiteral("root:"))); // /etc/passwd content never read
        }
        QCOMPARE(refused, name[8] == '2' ? 1 : 3);
    }
}

void TestOpenApi::refRemote()
{
    QTemporaryDir tmp;
    writeFile(tmp.filePath(QStringLiteral("api.yaml")), QByteArray(minimalHead) + R"(paths:
  /a: {$ref: 'https://example.com/spec.yaml#/paths/~1a'}
  /b: {$ref: 'http://169.254.169.254/latest/meta-data'}
  /c: {$ref: 'file:///etc/passwd'}
)");
    const auto r = openapi::importSpec(tmp.filePath(QStringLiteral("api.yaml")));
    QVERIFY(r.ok());
    int refused = 0;
    for (const Diagnostic &d : r->diagnostics)
        if (d.message.contains(QStringLiteral("never URLs")) && isPosition(d.source.toString()))
            ++refused;
    QCOMPARE(refused, 3);
    QCOMPARE(r->entryPoints.size(), 0);
}

void TestOpenApi::duplicateKeys()
{
    QTemporaryDir tmp;
    writeFile(tmp.filePath(QStringLiteral("api.yaml")), QByteArray(minimalHead) + R"(paths:
  /a:
    get: {operationId: first, responses: {'200': {description: ok}}}
    get: {operationId: second, responses: {'200': {description: ok}}}
)");
    const auto r = openapi::importSpec(tmp.filePath(QStringLiteral("api.yaml")));
    QVERIFY(r.ok());
    QString at;
    QVERIFY2(hasDiagnostic(*r, QStringLiteral("duplicate key 'get'"), &at), qPrintable(allDiagnostics(*r)));
    QCOMPARE(at, QStringLiteral("api.yaml:8:5"));
    QCOMPARE(r->entryPoints.size(), 1);
    QCOMPARE(r->entryPoints.first().operationId, QStringLiteral("second"));

    writeFile(tmp.filePath(QStringLiteral("api.json")),
              "{\"openapi\":\"3.0.0\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\n\"paths\":{},\n\"paths\":{}}");
    const auto j = openapi::importSpec(tmp.filePath(QStringLiteral("api.json")));
    QVERIFY(j.ok());
    QVERIFY2(hasDiagnostic(*j, QStringLiteral("duplicate key 'paths'"), &at), qPrintable(allDiagnostics(*j)));
    QCOMPARE(at, QStringLiteral("api.json:3:1"));
}

void TestOpenApi::nonUtf8()
{
    QTemporaryDir tmp;
    writeFile(tmp.filePath(QStringLiteral("bad.yaml")), QByteArray(minimalHead) + "x-name: caf\xE9\n");
    const auto r = openapi::importSpec(tmp.filePath(QStringLiteral("bad.yaml")));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().location.startsWith(QStringLiteral("bad.yaml:5:")), qPrintable(r.errorString()));
    QVERIFY2(r.error().message.contains(QStringLiteral("UTF-8")), qPrintable(r.errorString()));

    writeFile(tmp.filePath(QStringLiteral("bad.json")), "{\"openapi\": \"3.0.0\",\n \"x\": \"caf\xE9\"}");
    const auto j = openapi::importSpec(tmp.filePath(QStringLiteral("bad.json")));
    QVERIFY(!j.ok());
    QCOMPARE(j.error().location, QStringLiteral("bad.json:2:11"));
    QVERIFY2(j.error().message.contains(QStringLiteral("UTF-8")), qPrintable(j.errorString()));
}

void TestOpenApi::cancel()
{
    TW_REQUIRE_CORPUS();
    std::atomic<bool> cancelled{false};
    openapi::ImportOptions options;
    options.cancel = &cancelled;
    int calls = 0;
    options.progress = [&](int percent) {
        ++calls;
        if (percent >= 20)
            cancelled = true;
    };
    const auto r = openapi::importSpec(corpusDir + QStringLiteral("/stripe-openapi/openapi/spec3.json"), options);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, QStringLiteral("cancelled"));
    QVERIFY(calls > 0);
}

void TestOpenApi::pointerEscapes()
{
    QTemporaryDir tmp;
    writeFile(tmp.filePath(QStringLiteral("api.yaml")), QByteArray(minimalHead) + R"(paths:
  /a/{id}:
    get: {operationId: viaEscapes, responses: {'200': {description: ok}}}
  /b:
    $ref: '#/paths/~1a~1%7Bid%7D'
  /c:
    $ref: 'parts/items.yaml#/a~0b'
)");
    writeFile(tmp.filePath(QStringLiteral("parts/items.yaml")), "a~b:\n  post: {operationId: tilde, responses: {'200': {description: ok}}}\n");
    const auto r = openapi::importSpec(tmp.filePath(QStringLiteral("api.yaml")));
    QVERIFY(r.ok());
    QVERIFY2(r->diagnostics.isEmpty(), qPrintable(allDiagnostics(*r)));
    QCOMPARE(r->entryPoints.size(), 3);
    QCOMPARE(r->entryPoints.at(1).operationId, QStringLiteral("viaEscapes"));
    QCOMPARE(r->entryPoints.at(1).path, QStringLiteral("/b"));
    QCOMPARE(r->entryPoints.at(2).operationId, QStringLiteral("tilde"));
    QCOMPARE(r->entryPoints.at(2).sources.first().file, QStringLiteral("parts/items.yaml"));
}

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
