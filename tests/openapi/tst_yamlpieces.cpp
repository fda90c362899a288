// SPDX-License-Identifier: GPL-3.0-or-later
// A large YAML document may be parsed as two pieces on two threads (YamlReader::parseInPieces).
// This test proves that equal to one libyaml parse on real inputs: for every YAML file of the
// corpus and many split lines in each, the tree (kinds, styles, text, line:column of every node),
// the roots and the warnings must be identical, and a document that cannot be split soundly
// (anchors, tags, flow or quoted scalars across the split, several documents, errors) must fall
// back to one parse with the same result or error. Likewise libyaml reading the text directly
// as its decoded buffer must equal libyaml decoding it with its own reader.

#include "../common/documentdump.h"
#include "import/common/document.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace tw;

namespace {

const QString corpusDir = QStringLiteral(TW_CORPUS_DIR);

QString describe(const Result<doc::Document> &r)
{
    return test::describe(r, test::NodeIds::Left);
}

Result<doc::Document> parse(const QByteArray &bytes, std::int64_t minBytes, std::size_t splitOffset, bool indented = false,
                            bool direct = true)
{
    doc::ParseOptions options;
    options.yamlDirectInput = direct;
    options.yamlSplitIndented = indented;
    options.format = doc::Format::Yaml;
    options.displayName = QStringLiteral("spec.yaml");
    options.parallelYamlMinBytes = minBytes;
    options.yamlSplitOffset = splitOffset;
    return doc::parseBytes(bytes, options);
}

struct CorpusFile
{
    QString path;
    QByteArray bytes;
    bool read = false;
};

/** Every YAML file of the corpus, with its content. */
QList<CorpusFile> corpusYaml()
{
    QList<CorpusFile> files;
    QDirIterator it(corpusDir, {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        CorpusFile file{it.next(), {}, false};
        QFile f(file.path);
        file.read = f.open(QIODevice::ReadOnly);
        file.bytes = f.readAll();
        files.append(std::move(file));
    }
    return files;
}

} // namespace

class TestYamlPieces : public QObject
{
    Q_OBJECT

    /** The data row's document split at its line (indented splits allowed or not) equals one parse. */
    void compareSplitAtLine(bool indented)
    {
        QFETCH(int, line);
        QFETCH(QByteArray, yaml);
        QFETCH(bool, split);
        qsizetype offset = 0;
        for (int i = 0; i < line; ++i)
            offset = yaml.indexOf('\n', offset) + 1;
        const Result<doc::Document> one = parse(yaml, -1, 0);
        const Result<doc::Document> pieces = parse(yaml, 0, std::size_t(offset), indented);
        QCOMPARE(describe(pieces), describe(one));
        QCOMPARE(pieces.ok() && pieces->parsedInPieces(), split);
    }

private slots:
    void handMadeCases_data()
    {
        QTest::addColumn<int>("line"); // the split line (0-based)
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<bool>("split");
        QTest::newRow("plain") << 1 << QByteArray("a: 1\nb:\n  c: x\n  d: [1, 2]\nlast: |\n  text\n\nz: end\n") << true;
        QTest::newRow("empty value before split") << 1 << QByteArray("a:\nb: 2\n") << true;
        QTest::newRow("duplicate across pieces") << 2 << QByteArray("k: 1\nother: 2\nk: 3\n") << true;
        QTest::newRow("indentless sequence") << 3 << QByteArray("a:\n- 1\n- 2\nb: 3\n") << true;
        QTest::newRow("comment lines") << 3 << QByteArray("a: 1\n# mid\n\nb: 2\n") << true;
        QTest::newRow("alias across") << 1 << QByteArray("a: &x 1\nb: *x\n") << false;
        QTest::newRow("tag") << 1 << QByteArray("a: !!str 1\nb: 2\n") << false;
        QTest::newRow("flow mapping across") << 1 << QByteArray("a: {x: 1,\nb: 2}\nc: 3\n") << false;
        QTest::newRow("double quoted across") << 1 << QByteArray("a: \"x\nb: y\"\nc: 3\n") << false;
        QTest::newRow("single quoted across") << 1 << QByteArray("a: 'x\nb: y'\nc: 3\n") << false;
        QTest::newRow("two documents") << 2 << QByteArray("a: 1\n---\nb: 2\n") << false;
        QTest::newRow("explicit start") << 2 << QByteArray("---\na: 1\nb: 2\n") << true;
        QTest::newRow("directive") << 3 << QByteArray("%YAML 1.1\n---\na: 1\nb: 2\n") << false;
        QTest::newRow("explicit end") << 2 << QByteArray("a: 1\n...\nb: 2\n") << false;
        QTest::newRow("root sequence") << 1 << QByteArray("- a\nb\n") << false;
        QTest::newRow("syntax error in second") << 1 << QByteArray("a: 1\nb: : :\n  - x\n") << false;
        QTest::newRow("duplicate in second piece") << 1 << QByteArray("a: 1\nb:\n  x: 1\n  x: 2\n") << false;
        QTest::newRow("non-UTF-8 in second") << 1 << QByteArray("a: 1\nb: \xff\xfe\n") << false;
        QTest::newRow("multi-line plain") << 2 << QByteArray("a: one\n two\nb: 3\n") << true;
    }

    void handMadeCases() { compareSplitAtLine(false); }

    // Indented splits: inside the mapping of the last root key before the split line.
    void indentedCases_data()
    {
        QTest::addColumn<int>("line"); // the line the split may not come before (0-based)
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<bool>("split");
        QTest::newRow("paths") << 3
                               << QByteArray("openapi: 3.0.0\npaths:\n  /a:\n    get: {}\n  /b:\n    post:\n      x: 1\nz: end\n")
                               << true;
        QTest::newRow("quoted keys") << 3
                                     << QByteArray("paths:\n  \"/a\":\n    get: 1\n  \"/b\":\n    x: 'y'\n  '/c': 2\nq: 1\n")
                                     << true;
        QTest::newRow("quoted scalar spanning") << 2 << QByteArray("p:\n  k: \"a\n  \"j\": 2\"\n") << false;
        QTest::newRow("single quoted spanning") << 2 << QByteArray("p:\n  k: 'a\n  'j: 2'\n") << false;
        QTest::newRow("last key") << 3 << QByteArray("a: 1\np:\n  k1: 1\n  k2:\n    - 1\n  k3: 3\n") << true;
        QTest::newRow("duplicate across pieces") << 3 << QByteArray("p:\n  k: 1\n  j: 2\n  k: 3\nq: 1\n") << true;
        QTest::newRow("duplicate root key after") << 3 << QByteArray("p:\n  k: 1\n  j: 2\n  l: 3\np: 1\n") << true;
        QTest::newRow("duplicate in first piece") << 4 << QByteArray("p:\n  k: 1\n  k: 2\n  j: 2\n  l: 3\n") << true;
        QTest::newRow("duplicate deeper in first") << 4 << QByteArray("p:\n  k:\n    a: 1\n    a: 2\n  l: 3\n") << true;
        QTest::newRow("comments and blanks") << 4 << QByteArray("p:\n  # c\n  k: 1\n\n# top\n  j: 2\n") << true;
        QTest::newRow("block scalar before") << 3 << QByteArray("p:\n  k: |\n    text\n  j: 2\n") << true;
        QTest::newRow("literal of a root key") << 2 << QByteArray("d: |\n  x\n  /y: 1\n") << false;
        QTest::newRow("value on the key line") << 2 << QByteArray("p: &a\n  k: 1\n  j: 2\n") << false;
        QTest::newRow("flow mapping across") << 2 << QByteArray("p:\n  {k: 1,\n  j: 2}\n") << false;
        QTest::newRow("quoted across") << 2 << QByteArray("p:\n  k: \"a\n  j: 2\"\n") << false;
        QTest::newRow("deeper split line") << 3 << QByteArray("p:\n  k:\n    a: 1\n    b: 2\n  j: 3\n") << true;
        QTest::newRow("sequence value") << 2 << QByteArray("p:\n  - a\n  - b\n") << false;
        QTest::newRow("alias in second") << 2 << QByteArray("p:\n  k: &x 1\n  j: *x\n") << false;
        QTest::newRow("error in second") << 2 << QByteArray("p:\n  k: 1\n  j: : :\n") << false;
        QTest::newRow("duplicate in second") << 2 << QByteArray("p:\n  k: 1\n  j:\n    x: 1\n    x: 2\n") << false;
    }

    void indentedCases() { compareSplitAtLine(true); }

    void everyCorpusYamlAtManyLines()
    {
        if (!QFileInfo::exists(corpusDir))
            QSKIP("corpus not available (../shared/corpus beside the checkout)");
        int files = 0, splits = 0, indentedSplits = 0, fallbacks = 0;
        for (const auto &[path, bytes, read] : corpusYaml()) {
            QVERIFY2(read, qPrintable(path));
            ++files;
            const QString expected = describe(parse(bytes, -1, 0));
            // About 20 split points spread over a file, 4 over one larger than 200 KB.
            const std::size_t step = std::max<std::size_t>(1, std::size_t(bytes.size()) / (bytes.size() > 200000 ? 4 : 20));
            for (std::size_t offset = 1; offset < std::size_t(bytes.size()); offset += step) {
                for (const bool indented : {false, true}) {
                    const Result<doc::Document> pieces = parse(bytes, 0, offset, indented);
                    const QString got = describe(pieces);
                    if (got != expected)
                        QFAIL(qPrintable(QStringLiteral("%1 %2split at/after byte %3 differs")
                                             .arg(path, indented ? QStringLiteral("indented ") : QString())
                                             .arg(offset)));
                    const bool inPieces = pieces.ok() && pieces->parsedInPieces();
                    (inPieces ? (indented ? indentedSplits : splits) : fallbacks) += 1;
                }
            }
        }
        qInfo("%d YAML files, %d column-0 and %d indented piece parses equal to one parse, %d fallbacks", files, splits,
              indentedSplits, fallbacks);
        QVERIFY(files > 100);
        QVERIFY(splits > 500); // the comparison is not vacuous
        QVERIFY(indentedSplits > 500);
    }

    // libyaml reading the text as its decoded buffer (YamlBuilder::adoptDirectInput) against its
    // own reader: the same tree, or the same error at the same place.
    void directInputEqualsReader_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<bool>("direct"); // whether the text can be read directly
        const QByteArray block = "key: value with sixteen+ bytes of ASCII\n";
        QTest::newRow("ascii") << QByteArray("a: 1\nb:\n  - x\n  - 'y'\nc: |\n  text\n") << true;
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("newline only") << QByteArray("\n") << true;
        QTest::newRow("no final newline") << QByteArray("a: b") << true;
        QTest::newRow("ends in key") << QByteArray("a") << true;
        QTest::newRow("ends in document end") << QByteArray("a: 1\n...") << true;
        QTest::newRow("ends in document start") << QByteArray("a: 1\n---") << true;
        QTest::newRow("unterminated quote") << QByteArray("a: 'x") << true;
        QTest::newRow("unterminated flow") << QByteArray("a: [1, 2") << true;
        QTest::newRow("block scalar at end") << QByteArray("a: |") << true;
        QTest::newRow("crlf") << QByteArray("a: 1\r\nb: \"x\r\n  y\"\r\n") << true;
        QTest::newRow("tabs") << QByteArray("a: \"x\ty\"\nb:\t1\n") << true;
        QTest::newRow("two-byte") << block + "na\xc3\xafve: caf\xc3\xa9 \xc2\xa0nbsp\n" + block << true;
        QTest::newRow("three-byte") << block + "euro: \xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\n" << true;
        QTest::newRow("four-byte") << "emoji: \xf0\x9f\x94\x92 \xf0\x9f\x94\x92\n" + block << true;
        QTest::newRow("next line U+0085") << QByteArray("a: one\xc2\x85two\nb: 2\n") << true;
        QTest::newRow("line separator U+2028") << QByteArray("a: one\xe2\x80\xa8 two\nb: 2\n") << true;
        QTest::newRow("mark in the middle") << QByteArray("a: 1\n\xef\xbb\xbf b: 2\n") << true;
        QTest::newRow("mark at column 0") << QByteArray("a: 1\n\xef\xbb\xbf---\nb: 2\n") << true;
        QTest::newRow("leading mark") << QByteArray("\xef\xbb\xbf" "a: 1\n") << false;
        QTest::newRow("utf-16 mark") << QByteArray("\xff\xfe" "a\0:\0 \0" "1\0\n\0", 12) << false;
        QTest::newRow("invalid lead byte") << block + "a: \xff\n" << false;
        QTest::newRow("continuation alone") << block + "a: \x80\n" << false;
        QTest::newRow("truncated at end") << block + "a: \xe2\x82" << false;
        QTest::newRow("truncated inside") << block + "a: \xe2\x82 b\n" << false;
        QTest::newRow("overlong") << block + "a: \xc0\xaf\n" << false;
        QTest::newRow("overlong three") << block + "a: \xe0\x80\xaf\n" << false;
        QTest::newRow("surrogate") << block + "a: \xed\xa0\x80\n" << false;
        QTest::newRow("beyond U+10FFFF") << block + "a: \xf4\x90\x80\x80\n" << false;
        QTest::newRow("U+FFFE") << block + "a: \xef\xbf\xbe\n" << false;
        QTest::newRow("C1 control") << block + "a: \xc2\x80\n" << false;
        QTest::newRow("control character") << block + "a: \x01\n" << false;
        QTest::newRow("escape") << block + block + "a: \x1b[0m\n" << false;
        QTest::newRow("delete") << block + "a: \x7f\n" << false;
        QTest::newRow("NUL") << QByteArray("a: 1\0b: 2\n", 10) << false;
        QTest::newRow("NUL at end") << QByteArray("a: 1\n\0", 6) << false;
    }

    void directInputEqualsReader()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(bool, direct);
        const Result<doc::Document> reader = parse(yaml, -1, 0, false, false);
        const Result<doc::Document> directly = parse(yaml, -1, 0, false, true);
        QCOMPARE(describe(directly), describe(reader));
        if (directly.ok())
            QCOMPARE(directly->yamlReadDirectly(), direct);
    }

    void everyCorpusYamlDirectly()
    {
        if (!QFileInfo::exists(corpusDir))
            QSKIP("corpus not available (../shared/corpus beside the checkout)");
        int files = 0, parsed = 0, direct = 0;
        for (const auto &[path, bytes, read] : corpusYaml()) {
            QVERIFY2(read, qPrintable(path));
            ++files;
            const Result<doc::Document> directly = parse(bytes, -1, 0, false, true);
            if (describe(directly) != describe(parse(bytes, -1, 0, false, false)))
                QFAIL(qPrintable(QStringLiteral("%1: read directly differs from libyaml's reader").arg(path)));
            parsed += directly.ok();
            direct += directly.ok() && directly->yamlReadDirectly();
        }
        qInfo("%d YAML files, %d parsed (the rest are templates and the like), all equal to libyaml's reader", files, parsed);
        // The corpus is valid UTF-8 without byte-order marks: every file that parses was read directly.
        QCOMPARE(direct, parsed);
        QVERIFY(parsed > 300);
    }

    void stripeYamlIsParsedInPieces()
    {
        const QString path = corpusDir + QStringLiteral("/stripe-openapi/openapi/spec3.yaml");
        if (!QFileInfo::exists(path))
            QSKIP("corpus not available (../shared/corpus beside the checkout)");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const Result<doc::Document> pieces = parse(bytes, 0, 0);
        QVERIFY(pieces.ok());
        QVERIFY(pieces->parsedInPieces());
        QVERIFY(pieces->yamlReadDirectly());
        QCOMPARE(describe(pieces), describe(parse(bytes, -1, 0)));
        QCOMPARE(describe(pieces), describe(parse(bytes, 0, 0, false, false)));
    }
};

QTEST_GUILESS_MAIN(TestYamlPieces)
#include "tst_yamlpieces.moc"
