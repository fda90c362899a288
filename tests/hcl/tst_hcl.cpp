// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/terraform/hcl/hcl2json.h"
#include "import/terraform/hcl/parser.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace tw::hcl;

namespace {

QString corpusDir()
{
    return QStringLiteral(TW_CORPUS_DIR);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/** Compares JSON values (numbers as doubles); returns the path of the first difference. */
bool sameJson(const QJsonValue &a, const QJsonValue &b, const QString &path, QString &where)
{
    if (a.type() != b.type()) {
        where = QStringLiteral("%1: %2 vs %3")
                    .arg(path, QString::fromUtf8(QJsonDocument(QJsonArray{a}).toJson(QJsonDocument::Compact)),
                         QString::fromUtf8(QJsonDocument(QJsonArray{b}).toJson(QJsonDocument::Compact)));
        return false;
    }
    switch (a.type()) {
    case QJsonValue::Object: {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        for (auto it = x.begin(); it != x.end(); ++it) {
            if (!y.contains(it.key())) {
                where = QStringLiteral("%1.%2: unexpected key").arg(path, it.key());
                return false;
            }
            if (!sameJson(it.value(), y.value(it.key()), path + QLatin1Char('.') + it.key(), where))
                return false;
        }
        for (auto it = y.begin(); it != y.end(); ++it) {
            if (!x.contains(it.key())) {
                where = QStringLiteral("%1.%2: missing key").arg(path, it.key());
                return false;
            }
        }
        return true;
    }
    case QJsonValue::Array: {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size()) {
            where = QStringLiteral("%1: array sizes %2 vs %3").arg(path).arg(x.size()).arg(y.size());
            return false;
        }
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!sameJson(x.at(i), y.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), where))
                return false;
        }
        return true;
    }
    case QJsonValue::Double:
        if (a.toDouble() != b.toDouble()) {
            where = QStringLiteral("%1: %2 vs %3").arg(path).arg(a.toDouble()).arg(b.toDouble());
            return false;
        }
        return true;
    default:
        if (a != b) {
            where = QStringLiteral("%1: %2 vs %3")
                        .arg(path, QString::fromUtf8(QJsonDocument(QJsonArray{a}).toJson(QJsonDocument::Compact)),
                             QString::fromUtf8(QJsonDocument(QJsonArray{b}).toJson(QJsonDocument::Compact)));
            return false;
        }
        return true;
    }
}

struct InvalidEntry
{
    QString file;
    int line = 0;
    int column = 0;
    QString summary;
};

QList<InvalidEntry> invalidEntries()
{
    QList<InvalidEntry> entries;
    const QString text = QString::fromUtf8(readFile(corpusDir() + QStringLiteral("/expected/hcl2json/INVALID.md")));
    static const QRegularExpression row(QStringLiteral("^\\| `([^`]+)` \\| (\\d+):(\\d+) (.*) \\|$"),
                                        QRegularExpression::MultilineOption);
    auto it = row.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        entries.append(InvalidEntry{match.captured(1), match.captured(2).toInt(),
                                    match.captured(3).toInt(), match.captured(4)});
    }
    return entries;
}

std::shared_ptr<const File> parseOk(const QByteArray &source)
{
    Diagnostic diagnostic;
    auto file = parse(source, QStringLiteral("test.hcl"), &diagnostic);
    if (!file) {
        qWarning("unexpected error %d:%d %s: %s", diagnostic.range.start.line,
                 diagnostic.range.start.column, qPrintable(diagnostic.summary),
                 qPrintable(diagnostic.detail));
    }
    return file;
}

QJsonObject jsonOf(const QByteArray &source)
{
    auto file = parseOk(source);
    if (!file)
        return {};
    return QJsonDocument::fromJson(toHcl2Json(*file)).object();
}

const Expression *attributeExpr(const File &file, std::string_view name)
{
    const Attribute *attribute = file.body().findAttribute(name);
    return attribute ? attribute->expression() : nullptr;
}

QString exprText(const File &file, const Expression *e)
{
    const std::string_view text = file.sourceText(*e);
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

class TestHcl : public QObject
{
    Q_OBJECT

private slots:
    void hcl2json_data();
    void hcl2json();
    void invalid_data();
    void invalid();
    void acceptsEveryOtherCorpusFile();

    void unterminatedString();
    void unterminatedHeredoc();
    void unclosedBlock();
    void deepTupleNesting();
    void deepBlockNesting();
    void deepParenthesesAndUnary();
    void hugeGeneratedFile();
    void nulBytes();
    void invalidUtf8();
    void resultErrorShape();

    void precedence();
    void unaryBindsTighterThanBinary();
    void conditionalAndFor();
    void templateDirectivesAndStrip();
    void heredocIndentation();
    void splats();
    void functionCallExpansion();
    void spans();
    void literalsAndEscapes();
    void singleLineBlocks();
    void crlfAndComments();
    void unicodeIdentifiers();
    void duplicateAttribute();
};

void TestHcl::hcl2json_data()
{
    QTest::addColumn<QString>("corpusFile");
    QTest::addColumn<QString>("expectedFile");
    const QString root = corpusDir() + QStringLiteral("/expected/hcl2json");
    if (!QFileInfo::exists(root))
        QSKIP("corpus not available");
    QStringList rows;
    QDirIterator it(root, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        rows.append(it.next());
    rows.sort();
    for (const QString &expected : rows) {
        QString relative = expected.mid(root.size() + 1);
        relative.chop(5); // ".json"
        QTest::newRow(qPrintable(relative)) << corpusDir() + QLatin1Char('/') + relative << expected;
    }
}

void TestHcl::hcl2json()
{
    QFETCH(QString, corpusFile);
    QFETCH(QString, expectedFile);
    const QByteArray source = readFile(corpusFile);
    Diagnostic diagnostic;
    auto file = parse(source, corpusFile, &diagnostic);
    if (!file) {
        QFAIL(qPrintable(QStringLiteral("parse failed at %1:%2: %3: %4")
                             .arg(diagnostic.range.start.line)
                             .arg(diagnostic.range.start.column)
                             .arg(diagnostic.summary, diagnostic.detail)));
    }
    QJsonParseError error;
    const QJsonDocument actual = QJsonDocument::fromJson(toHcl2Json(*file), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonDocument expected = QJsonDocument::fromJson(readFile(expectedFile));
    QString where;
    if (!sameJson(actual.object(), expected.object(), QStringLiteral("$"), where))
        QFAIL(qPrintable(QStringLiteral("first difference (actual vs expected) at %1").arg(where)));
    // The compact form is the same value.
    QCOMPARE(QJsonDocument::fromJson(toHcl2Json(*file, false)), actual);
}

void TestHcl::invalid_data()
{
    QTest::addColumn<QString>("corpusFile");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("summary");
    if (!QFileInfo::exists(corpusDir() + QStringLiteral("/expected/hcl2json/INVALID.md")))
        QSKIP("corpus not available");
    const auto entries = invalidEntries();
    QVERIFY(!entries.isEmpty());
    for (const InvalidEntry &entry : entries) {
        QTest::newRow(qPrintable(entry.file)) << corpusDir() + QLatin1Char('/') + entry.file
                                              << entry.line << entry.column << entry.summary;
    }
}

void TestHcl::invalid()
{
    QFETCH(QString, corpusFile);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, summary);
    const QByteArray source = readFile(corpusFile);
    QVERIFY(!source.isNull());
    Diagnostic diagnostic;
    QVERIFY(!parse(source, corpusFile, &diagnostic));
    QCOMPARE(diagnostic.range.start.line, line);
    QCOMPARE(diagnostic.range.start.column, column);
    QCOMPARE(diagnostic.summary, summary);

    const auto result = parse(QByteArrayView(source), QStringLiteral("x.tf"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().location, QStringLiteral("x.tf:%1:%2").arg(line).arg(column));
}

void TestHcl::acceptsEveryOtherCorpusFile()
{
    if (!QFileInfo::exists(corpusDir() + QStringLiteral("/expected/hcl2json")))
        QSKIP("corpus not available");
    QSet<QString> invalid;
    for (const InvalidEntry &entry : invalidEntries())
        invalid.insert(entry.file);
    int accepted = 0;
    QDirIterator it(corpusDir(), {QStringLiteral("*.tf"), QStringLiteral("*.hcl")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.mid(corpusDir().size() + 1);
        if (relative.startsWith(QStringLiteral("expected/")) || invalid.contains(relative))
            continue;
        Diagnostic diagnostic;
        if (!parse(readFile(path), path, &diagnostic)) {
            QFAIL(qPrintable(QStringLiteral("%1:%2:%3: %4").arg(relative)
                                 .arg(diagnostic.range.start.line)
                                 .arg(diagnostic.range.start.column)
                                 .arg(diagnostic.summary)));
        }
        ++accepted;
    }
    QVERIFY(accepted >= 287);
}

// ---- hostile input --------------------------------------------------------------------------

void TestHcl::unterminatedString()
{
    Diagnostic d;
    QVERIFY(!parse(QByteArrayView("a = \"abc"), QStringLiteral("t"), &d));
    QCOMPARE(d.summary, QStringLiteral("Unterminated template string"));
    QCOMPARE(d.range.start.line, 1);
    QCOMPARE(d.range.start.column, 5);
    QVERIFY(!parse(QByteArrayView("a = \"abc\nb = 1\n"), QStringLiteral("t"), &d));
    QCOMPARE(d.summary, QStringLiteral("Invalid multi-line string"));
    QCOMPARE(d.range.start.column, 9);
    QVERIFY(!parse(QByteArrayView("a = \"${b"), QStringLiteral("t"), &d));
    QVERIFY(!parse(QByteArrayView("a = \"\\q\"\n"), QStringLiteral("t"), &d));
    QCOMPARE(d.summary, QStringLiteral("Invalid escape sequence"));
    QCOMPARE(d.range.start.column, 6);
}

void TestHcl::unterminatedHeredoc()
{
    Diagnostic d;
    QVERIFY(!parse(QByteArrayView("x = 1\na = <<EOT\nhello\nEOTX\n"), QStringLiteral("t"), &d));
    QCOMPARE(d.summary, QStringLiteral("Unterminated template string"));
    QCOMPARE(d.range.start.line, 2);
    QCOMPARE(d.range.start.column, 5);
    QVERIFY(!parse(QByteArrayView("a = <<EOT\n${"), QStringLiteral("t"), &d));
}

void TestHcl::unclosedBlock()
{
    Diagnostic d;
    QVERIFY(!parse(QByteArrayView("a {\n  b {\n    c = 1\n  }\n"), QStringLiteral("t"), &d));
    QCOMPARE(d.summary, QStringLiteral("Unclosed configuration block"));
    QCOMPARE(d.range.start.line, 1);
    QCOMPARE(d.range.start.column, 3);
    const auto result = parse(QByteArrayView("a {\n"), QStringLiteral("main.tf"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().location, QStringLiteral("main.tf:1:3"));
    QVERIFY(result.error().message.startsWith(QStringLiteral("Unclosed configuration block: there is no closing brace")));
}

void TestHcl::deepTupleNesting()
{
    QByteArray src = "a = ";
    src += QByteArray(10000, '[');
    src += QByteArray(10000, ']');
    src += '\n';
    Diagnostic d;
    QVERIFY(!parse(src, QStringLiteral("t"), &d));
    QCOMPARE(d.summary, QStringLiteral("Nesting too deep"));

    // Within the limit it parses and converts.
    QByteArray ok = "a = " + QByteArray(200, '[') + "1" + QByteArray(200, ']') + "\n";
    auto file = parseOk(ok);
    QVERIFY(file);
    QVERIFY(!toHcl2Json(*file).isEmpty());

    QByteArray objects = "a = ";
    for (int i = 0; i < 10000; ++i)
        objects += "{b = ";
    QVERIFY(!parse(objects, QStringLiteral("t"), &d));
}

void TestHcl::deepBlockNesting()
{
    QByteArray src;
    for (int i = 0; i < 10000; ++i)
        src += "b {\n";
    for (int i = 0; i < 10000; ++i)
        src += "}\n";
    Diagnostic d;
    QVERIFY(!parse(src, QStringLiteral("t"), &d));
    QCOMPARE(d.summary, QStringLiteral("Nesting too deep"));
}

void TestHcl::deepParenthesesAndUnary()
{
    Diagnostic d;
    QVERIFY(!parse("a = " + QByteArray(10000, '(') + "1" + QByteArray(10000, ')') + "\n",
                   QStringLiteral("t"), &d));
    QVERIFY(!parse("a = " + QByteArray(100000, '-') + "1\n", QStringLiteral("t"), &d));
    QVERIFY(!parse("a = \"" + QByteArray(5000, '$').replace("$", "${\"") + "\n", QStringLiteral("t"), &d));
    QByteArray splats = "a = b";
    for (int i = 0; i < 20000; ++i)
        splats += "[*]";
    QVERIFY(!parse(splats + "\n", QStringLiteral("t"), &d));
    QByteArray sums = "a = 1";
    for (int i = 0; i < 100000; ++i)
        sums += " + 1";
    QVERIFY(parseOk(sums + "\n")); // left-associative chains are loops, not recursion
}

void TestHcl::hugeGeneratedFile()
{
    QByteArray block =
        "resource \"aws_instance\" \"web_%1\" {\n"
        "  ami           = \"ami-123456\"\n"
        "  instance_type = var.large ? \"t3.large\" : \"t3.micro\"\n"
        "  tags = merge(local.tags, { Name = \"web-${count.index}\" })\n"
        "  user_data = <<-EOT\n    #!/bin/sh\n    echo ${var.greeting}\n  EOT\n"
        "  ports = [for p in var.ports : p * 2 if p > 0]\n"
        "}\n";
    QByteArray src;
    src.reserve(52 * 1024 * 1024);
    int i = 0;
    while (src.size() < 50 * 1024 * 1024)
        src += QByteArray(block).replace("%1", QByteArray::number(i++));
    QElapsedTimer timer;
    timer.start();
    auto file = parseOk(src);
    const qint64 ms = timer.elapsed();
    QVERIFY(file);
    QCOMPARE(qsizetype(file->body().blocks().size()), qsizetype(i));
    // Speed is bench_hcl's job (docs/performance.md); a timed assertion here only fails when
    // the CI machine is busy.
    qInfo("50 MB generated file parsed in %lld ms", ms);
}

void TestHcl::nulBytes()
{
    Diagnostic d;
    const QByteArray src("a = 1\nb = \"x\0y\"\n", 17);
    QVERIFY(!parse(src, QStringLiteral("t"), &d));
    QCOMPARE(d.range.start.line, 2);
    QCOMPARE(d.range.start.column, 7);
    const QByteArray bare("a = 1\n\0", 7);
    QVERIFY(!parse(bare, QStringLiteral("t"), &d));
    QCOMPARE(d.summary, QStringLiteral("Invalid character"));
    QCOMPARE(d.range.start.line, 2);
    QCOMPARE(d.range.start.column, 1);
}

void TestHcl::invalidUtf8()
{
    Diagnostic d;
    QVERIFY(!parse(QByteArrayView("a = \"caf\xC3\"\n"), QStringLiteral("t"), &d));
    QCOMPARE(d.summary, QStringLiteral("Invalid character encoding"));
    QCOMPARE(d.range.start.column, 9);
    QVERIFY(!parse(QByteArrayView("\xFF = 1\n"), QStringLiteral("t"), &d));
    QCOMPARE(d.summary, QStringLiteral("Invalid character encoding"));
    QVERIFY(!parse(QByteArrayView("a = <<EOT\n\xED\xA0\x80\nEOT\n"), QStringLiteral("t"), &d));
    QCOMPARE(d.range.start.line, 2);
    // Lexical errors win over earlier syntax errors, as in HashiCorp's parser.
    QVERIFY(!parse(QByteArrayView("a = = 1\nb = \"\xFF\"\n"), QStringLiteral("t"), &d));
    QCOMPARE(d.summary, QStringLiteral("Invalid character encoding"));
    QCOMPARE(d.range.start.line, 2);
    // Random garbage never crashes.
    QByteArray noise;
    quint32 seed = 12345;
    for (int round = 0; round < 2000; ++round) {
        noise.clear();
        for (int k = 0; k < 64; ++k) {
            seed = seed * 1664525u + 1013904223u;
            noise += "a{}[]()\"$%~<-=\n.*,:?!#/ 1e\xC3\xA9\\"[seed % 30]; // 29 characters and the NUL
        }
        (void)parse(noise, QStringLiteral("t"), &d);
    }
}

void TestHcl::resultErrorShape()
{
    const auto result = parse(QByteArrayView("a = \"a value\", b = 1\n"), QStringLiteral("f.hcl"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().location, QStringLiteral("f.hcl:1:14"));
    QVERIFY(result.error().message.startsWith(QStringLiteral("Unexpected comma after argument")));
    const auto good = parse(QByteArrayView("a = 1\n"), QStringLiteral("f.hcl"));
    QVERIFY(good.ok());
    QCOMPARE(good.value()->fileName(), QStringLiteral("f.hcl"));
}

// ---- semantics ----------------------------------------------------------------------------------

void TestHcl::precedence()
{
    auto file = parseOk("a = 1 + 2 * 3 == 7 && !b || c > 4 - 1\n");
    QVERIFY(file);
    const Expression *e = attributeExpr(*file, "a");
    QCOMPARE(e->kind(), ExprKind::Binary);
    QCOMPARE(e->op(), Operator::Or);
    const Expression *andExpr = e->child(0);
    QCOMPARE(andExpr->op(), Operator::And);
    const Expression *eq = andExpr->child(0);
    QCOMPARE(eq->op(), Operator::Equal);
    QCOMPARE(eq->child(0)->op(), Operator::Add);
    QCOMPARE(eq->child(0)->child(1)->op(), Operator::Multiply);
    QCOMPARE(exprText(*file, eq->child(0)->child(1)), QStringLiteral("2 * 3"));
    QCOMPARE(andExpr->child(1)->kind(), ExprKind::Unary);
    const Expression *gt = e->child(1);
    QCOMPARE(gt->op(), Operator::Greater);
    QCOMPARE(gt->child(1)->op(), Operator::Subtract);

    // Left associativity.
    file = parseOk("a = 10 - 4 - 3\nb = 8 / 2 % 3\n");
    e = attributeExpr(*file, "a");
    QCOMPARE(exprText(*file, e->child(0)), QStringLiteral("10 - 4"));
    e = attributeExpr(*file, "b");
    QCOMPARE(e->op(), Operator::Modulo);
    QCOMPARE(exprText(*file, e->child(0)), QStringLiteral("8 / 2"));

    // Comparison binds tighter than equality; parentheses are kept.
    file = parseOk("a = (1 + 2) * 3\n");
    e = attributeExpr(*file, "a");
    QCOMPARE(e->op(), Operator::Multiply);
    QCOMPARE(e->child(0)->kind(), ExprKind::Parenthesized);
    QCOMPARE(jsonOf("a = (1 + 2) * 3\n").value(QStringLiteral("a")).toString(),
             QStringLiteral("${(1 + 2) * 3}"));
}

void TestHcl::unaryBindsTighterThanBinary()
{
    auto file = parseOk("a = -46 + 5\nb = -x.y[0]\nc = -1\nd = !true\n");
    QVERIFY(file);
    const Expression *a = attributeExpr(*file, "a");
    QCOMPARE(a->op(), Operator::Add);
    QCOMPARE(a->child(0)->kind(), ExprKind::Unary);
    const Expression *b = attributeExpr(*file, "b");
    QCOMPARE(b->kind(), ExprKind::Unary);
    QCOMPARE(b->child(0)->kind(), ExprKind::Index);
    const QJsonObject json = jsonOf("a = -46 + 5\nc = -1.5e1\nd = !true\n");
    QCOMPARE(json.value(QStringLiteral("a")).toString(), QStringLiteral("${-46 + 5}"));
    QCOMPARE(json.value(QStringLiteral("c")).toDouble(), -15.0);
    QCOMPARE(json.value(QStringLiteral("d")).toBool(), false);
}

void TestHcl::conditionalAndFor()
{
    auto file = parseOk("a = x ? y : z ? 1 : 2\n"
                        "b = [for i, v in var.list : upper(v) if i > 0]\n"
                        "c = {for k, v in var.map : k => v... if v != null}\n"
                        "d = [\n  for x in y:\n  x\n]\n");
    QVERIFY(file);
    const Expression *a = attributeExpr(*file, "a");
    QCOMPARE(a->kind(), ExprKind::Conditional);
    QCOMPARE(a->child(2)->kind(), ExprKind::Conditional);
    const Expression *b = attributeExpr(*file, "b");
    QCOMPARE(b->kind(), ExprKind::For);
    QVERIFY(!b->isObjectFor());
    QCOMPARE(b->keyVariable(), std::string_view("i"));
    QCOMPARE(b->valueVariable(), std::string_view("v"));
    QVERIFY(b->child(1) == nullptr);
    QCOMPARE(b->child(2)->kind(), ExprKind::FunctionCall);
    QVERIFY(b->child(3));
    const Expression *c = attributeExpr(*file, "c");
    QVERIFY(c->isObjectFor());
    QVERIFY(c->isGrouping());
    QCOMPARE(exprText(*file, c->child(1)), QStringLiteral("k"));
    QCOMPARE(jsonOf("c = {for k, v in m : k => v}\n").value(QStringLiteral("c")).toString(),
             QStringLiteral("${{for k, v in m : k => v}}"));
}

void TestHcl::templateDirectivesAndStrip()
{
    auto file = parseOk("a = \"x %{ if c ~} yes %{~ else ~}  no  %{~ endif } y\"\n"
                        "b = \"%{for k, v in m}${k}=${v},%{endfor}\"\n"
                        "c = \"  ${~ v ~}  end\"\n");
    QVERIFY(file);
    const Expression *a = attributeExpr(*file, "a");
    QCOMPARE(a->kind(), ExprKind::Template);
    QCOMPARE(a->childCount(), std::size_t(3));
    QCOMPARE(a->child(0)->stringValue(), std::string_view("x "));
    const Expression *ifNode = a->child(1);
    QCOMPARE(ifNode->kind(), ExprKind::TemplateIf);
    QCOMPARE(ifNode->child(1)->child(0)->stringValue(), std::string_view("yes"));
    QCOMPARE(ifNode->child(2)->child(0)->stringValue(), std::string_view("no"));
    const Expression *b = attributeExpr(*file, "b");
    QCOMPARE(b->child(0)->kind(), ExprKind::TemplateFor);
    QCOMPARE(b->child(0)->keyVariable(), std::string_view("k"));
    const Expression *c = attributeExpr(*file, "c");
    QCOMPARE(c->child(0)->stringValue(), std::string_view(""));
    QCOMPARE(c->child(2)->stringValue(), std::string_view("end"));

    const QJsonObject json = jsonOf("a = \"x %{ if c ~} yes %{~ else ~}  no  %{~ endif } y\"\n"
                                    "b = \"%{for k, v in m}${k}=${v},%{endfor}\"\n"
                                    "c = \"$${literal} %%{also} ${ x }\"\n"
                                    "d = \"${x}\"\ne = \"${1}\"\n");
    QCOMPARE(json.value(QStringLiteral("a")).toString(), QStringLiteral("x %{if c}yes%{else}no%{endif} y"));
    QCOMPARE(json.value(QStringLiteral("b")).toString(), QStringLiteral("%{for k, v in m}${k}=${v},%{endfor}"));
    QCOMPARE(json.value(QStringLiteral("c")).toString(), QStringLiteral("$${literal} %%{also} ${x}"));
    QCOMPARE(json.value(QStringLiteral("d")).toString(), QStringLiteral("${x}"));
    QCOMPARE(json.value(QStringLiteral("e")).toDouble(), 1.0);

    Diagnostic d;
    QVERIFY(!parse(QByteArrayView("a = \"%{if x}y\"\n"), QStringLiteral("t"), &d));
    QVERIFY(!parse(QByteArrayView("a = \"%{endif}\"\n"), QStringLiteral("t"), &d));
    QVERIFY(!parse(QByteArrayView("a = \"%{bogus}\"\n"), QStringLiteral("t"), &d));
    QCOMPARE(d.summary, QStringLiteral("Invalid template control keyword"));
}

void TestHcl::heredocIndentation()
{
    const QJsonObject json = jsonOf("a = <<EOT\n  x\n    y\n  EOT\n"
                                    "b = <<-EOT\n    x\n      y\n\n    z\n    EOT\n"
                                    "c = <<-EOT\n    x\n  ${v}\n    EOT\n"
                                    "d = <<-END_OF_TEXT\n\tx\n  END_OF_TEXT\n"
                                    "e = <<EOT\nno \\n escapes $${here}\nEOT\n"
                                    "f = <<EOT\nEOT\n");
    QCOMPARE(json.value(QStringLiteral("a")).toString(), QStringLiteral("  x\n    y\n"));
    QCOMPARE(json.value(QStringLiteral("b")).toString(), QStringLiteral("x\n  y\n\nz\n"));
    QCOMPARE(json.value(QStringLiteral("c")).toString(), QStringLiteral("  x\n${v}\n"));
    QCOMPARE(json.value(QStringLiteral("d")).toString(), QStringLiteral("x\n"));
    QCOMPARE(json.value(QStringLiteral("e")).toString(), QStringLiteral("no \\n escapes $${here}\n"));
    QCOMPARE(json.value(QStringLiteral("f")).toString(), QString());

    auto file = parseOk("a = <<-EOT\n    x\n    EOT\n");
    const Expression *a = attributeExpr(*file, "a");
    QVERIFY(a->isHeredoc());
    QCOMPARE(a->child(0)->range().start.column, 5); // the literal starts after the stripped indent
}

void TestHcl::splats()
{
    auto file = parseOk("a = x[*].id\nb = x.*.id\nc = x.*.y[0]\nd = x[*].y[0].z\ne = x.0.1\n");
    QVERIFY(file);
    const Expression *a = attributeExpr(*file, "a");
    QCOMPARE(a->kind(), ExprKind::Splat);
    QVERIFY(a->isFullSplat());
    QCOMPARE(a->child(1)->kind(), ExprKind::GetAttr);
    QCOMPARE(a->child(1)->child(0)->kind(), ExprKind::AnonSymbol);
    const Expression *b = attributeExpr(*file, "b");
    QVERIFY(!b->isFullSplat());
    // An attribute-only splat stops before an index; a full splat takes it.
    const Expression *c = attributeExpr(*file, "c");
    QCOMPARE(c->kind(), ExprKind::Index);
    QCOMPARE(c->child(0)->kind(), ExprKind::Splat);
    const Expression *d = attributeExpr(*file, "d");
    QCOMPARE(d->kind(), ExprKind::Splat);
    QCOMPARE(exprText(*file, d), QStringLiteral("x[*].y[0].z"));
    const Expression *e = attributeExpr(*file, "e");
    QCOMPARE(e->kind(), ExprKind::Index);
    QVERIFY(e->isLegacyIndex());
    QCOMPARE(e->child(1)->numberText(), std::string_view("1"));
    QCOMPARE(e->child(0)->kind(), ExprKind::Index);
    QCOMPARE(jsonOf("a = x[*].id\n").value(QStringLiteral("a")).toString(), QStringLiteral("${x[*].id}"));
}

void TestHcl::functionCallExpansion()
{
    auto file = parseOk("a = concat(x, [1,\n 2],\n y...)\nb = provider::aws::arn(\"x\")\nc = f()\n");
    QVERIFY(file);
    const Expression *a = attributeExpr(*file, "a");
    QCOMPARE(a->kind(), ExprKind::FunctionCall);
    QCOMPARE(a->name(), std::string_view("concat"));
    QCOMPARE(a->childCount(), std::size_t(3));
    QVERIFY(a->expandFinalArgument());
    QCOMPARE(attributeExpr(*file, "b")->name(), std::string_view("provider::aws::arn"));
    QCOMPARE(attributeExpr(*file, "c")->childCount(), std::size_t(0));
    Diagnostic d;
    QVERIFY(!parse(QByteArrayView("a = f(x..., y)\n"), QStringLiteral("t"), &d));
    QCOMPARE(d.summary, QStringLiteral("Missing closing parenthesis"));
}

void TestHcl::spans()
{
    auto file = parseOk("resource \"a\" \"b\" {\n  tags = {\n    Name = \"x-${var.n}\"\n  }\n}\n");
    QVERIFY(file);
    const Block *block = file->body().blocks()[0];
    QCOMPARE(block->labels().size(), std::size_t(2));
    QCOMPARE(block->labels()[1].value, std::string_view("b"));
    QCOMPARE(block->labels()[1].range.start.column, 14);
    QCOMPARE(block->range().end.line, 5);
    const Expression *tags = block->body().attributes()[0]->expression();
    QCOMPARE(tags->range().start.line, 2);
    QCOMPARE(tags->range().start.column, 10);
    const Expression *value = tags->child(1);
    QCOMPARE(value->kind(), ExprKind::Template);
    const Expression *interp = value->child(1);
    QCOMPARE(interp->kind(), ExprKind::GetAttr);
    QCOMPARE(interp->range().start.line, 3);
    QCOMPARE(interp->range().start.column, 17);
    QCOMPARE(interp->range().end.column, 22);
    QCOMPARE(exprText(*file, interp), QStringLiteral("var.n"));
    QCOMPARE(interp->range().start.byte, qsizetype(46));

    // Columns count characters, not bytes.
    file = parseOk("é = \"ü\"\nb = ünï\n");
    QVERIFY(file);
    const Attribute *b = file->body().attributes()[1];
    QCOMPARE(b->expression()->range().start.column, 5);
    QCOMPARE(b->expression()->range().end.column, 8);
}

void TestHcl::literalsAndEscapes()
{
    const QJsonObject json = jsonOf("a = 1e3\nb = 0.50\nc = \"tab\\there \\u00e9 \\U0001F600 \\\"q\\\" \\\\\"\n"
                                    "d = null\ne = [true, false, 007]\nf = { \"k\" = 1, key2: 2, (x) = 3, a.b = 4, 5 = 6 }\n");
    QCOMPARE(json.value(QStringLiteral("a")).toDouble(), 1000.0);
    QCOMPARE(json.value(QStringLiteral("b")).toDouble(), 0.5);
    QCOMPARE(json.value(QStringLiteral("c")).toString(),
             QStringLiteral("tab\there \u00e9 \U0001F600 \"q\" \\"));
    QVERIFY(json.value(QStringLiteral("d")).isNull());
    QCOMPARE(json.value(QStringLiteral("e")).toArray(), (QJsonArray{true, false, 7}));
    const QJsonObject f = json.value(QStringLiteral("f")).toObject();
    QCOMPARE(f.value(QStringLiteral("k")).toInt(), 1);
    QCOMPARE(f.value(QStringLiteral("key2")).toInt(), 2);
    QCOMPARE(f.value(QStringLiteral("${(x)}")).toInt(), 3);
    QCOMPARE(f.value(QStringLiteral("a.b")).toInt(), 4);
    QCOMPARE(f.value(QStringLiteral("5")).toInt(), 6);

    // Leading zeros are HCL, not JSON: numbers are written without them (strict parsers such as
    // jq refuse "007"; Qt's happens to accept it), also those too large to spell out in full.
    auto file = parseOk("e = [007, 0, 0.5, 00.25, 05e3, -007, 05e0300008, 007E-5000, 1e9999]\n");
    QVERIFY(file);
    const QByteArray text = toHcl2Json(*file, false);
    QVERIFY2(text.contains("[7,0,0.5,0.25,5000,-7,5e0300008,7E-5000,1e9999]"), text.constData());
}

void TestHcl::singleLineBlocks()
{
    const QJsonObject json = jsonOf("a { b = 1 }\nl \"x\" y { }\nc {}\n");
    QCOMPARE(json.value(QStringLiteral("a")).toArray().size(), 1);
    QCOMPARE(json.value(QStringLiteral("a")).toArray()[0].toObject().value(QStringLiteral("b")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("l")).toObject().value(QStringLiteral("x")).toObject()
                 .value(QStringLiteral("y")).toArray().size(), 1);
    QCOMPARE(json.value(QStringLiteral("c")).toArray().size(), 1);
    Diagnostic d;
    QVERIFY(!parse(QByteArrayView("a { b = 1, c = 2 }\n"), QStringLiteral("t"), &d));
    QCOMPARE(d.summary, QStringLiteral("Invalid single-argument block definition"));
    QVERIFY(!parse(QByteArrayView("a { b {} }\n"), QStringLiteral("t"), &d));
    QCOMPARE(d.summary, QStringLiteral("Argument definition required"));
    QVERIFY(!parse(QByteArrayView("a { b = 1 } c = 2\n"), QStringLiteral("t"), &d));
    QCOMPARE(d.summary, QStringLiteral("Missing newline after block definition"));
    QVERIFY(!parse(QByteArrayView("a\n{\n}\n"), QStringLiteral("t"), &d));
    const QJsonObject nested = jsonOf("r \"t\" \"n1\" {\n x = 1\n}\nr \"t\" \"n2\" {}\nr \"t\" \"n1\" {}\n");
    const QJsonObject t = nested.value(QStringLiteral("r")).toObject().value(QStringLiteral("t")).toObject();
    QCOMPARE(t.value(QStringLiteral("n1")).toArray().size(), 2);
    QCOMPARE(t.value(QStringLiteral("n2")).toArray().size(), 1);
}

void TestHcl::crlfAndComments()
{
    const QJsonObject json = jsonOf("# c1\r\na = 1 // c2\r\n/* block\r\n comment */\r\nb = [\r\n 1, # x\r\n 2\r\n]\r\n"
                                    "c = <<EOT\r\nline\r\nEOT\r\n");
    QCOMPARE(json.value(QStringLiteral("a")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("b")).toArray(), (QJsonArray{1, 2}));
    QCOMPARE(json.value(QStringLiteral("c")).toString(), QStringLiteral("line\r\n"));
    Diagnostic d;
    // A newline is significant inside a body, not inside brackets.
    QVERIFY(!parse(QByteArrayView("a = 1\n+ 2\n"), QStringLiteral("t"), &d));
    QVERIFY(parseOk("a = (1\n+ 2)\n"));
}

void TestHcl::unicodeIdentifiers()
{
    auto file = parseOk("schön-wert_1 = 1\nβ = αβγ.δ\n");
    QVERIFY(file);
    QCOMPARE(file->body().attributes()[0]->name(), std::string_view("schön-wert_1"));
    QCOMPARE(file->body().attributes()[1]->expression()->kind(), ExprKind::GetAttr);
}

void TestHcl::duplicateAttribute()
{
    Diagnostic d;
    QVERIFY(!parse(QByteArrayView("a = 1\nb = 2\na = 3\n"), QStringLiteral("t"), &d));
    QCOMPARE(d.summary, QStringLiteral("Attribute redefined"));
    QCOMPARE(d.range.start.line, 3);
    QByteArray many;
    for (int i = 0; i < 100; ++i)
        many += "k" + QByteArray::number(i) + " = 1\n";
    QVERIFY(parseOk(many));
    QVERIFY(!parse(many + "k7 = 2\n", QStringLiteral("t"), &d));
    QCOMPARE(d.range.start.line, 101);
}

QTEST_GUILESS_MAIN(TestHcl)
#include "tst_hcl.moc"
