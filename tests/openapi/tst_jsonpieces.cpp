// SPDX-License-Identifier: GPL-3.0-or-later
// A large JSON document's nodes may be built by two threads (JsonReader::read, JsonSplit): a
// worker builds from an entry past the middle to the end of the document, closing containers it
// never saw open, and the main builder closes its own stack with the worker's entries when it gets
// there. This test proves the Document equal to one builder's: for every JSON file of the corpus,
// at many split points, the tree (kinds, styles, text, line:column of every node), the warnings
// and the errors must be identical.

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
    return test::describe(r, test::NodeIds::Shown);
}

Result<doc::Document> parse(const QByteArray &bytes, std::int64_t minBytes, std::size_t splitOffset = 0, int maxDepth = 512)
{
    doc::ParseOptions options;
    options.format = doc::Format::Json;
    options.displayName = QStringLiteral("spec.json");
    options.parallelJsonMinBytes = minBytes;
    options.jsonSplitOffset = splitOffset;
    options.maxDepth = maxDepth;
    return doc::parseBytes(bytes, options);
}

} // namespace

class TestJsonPieces : public QObject
{
    Q_OBJECT

private slots:
    void handMadeCases_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("offset"); // split after the first ',' at or after this byte
        QTest::addColumn<bool>("split");
        QTest::newRow("root entries") << QByteArray("{\"a\": 1, \"b\": {\"c\": [1, 2]}, \"d\": \"x\\n\"}") << 5 << true;
        QTest::newRow("nested entries") << QByteArray("{\"a\": {\"b\": 1, \"c\": 2, \"d\": {\"e\": 3}}, \"z\": 0}") << 12 << true;
        QTest::newRow("array items") << QByteArray("{\"a\": [1, \"two\", {\"x\": null}, [true]], \"z\": 0}") << 8 << true;
        QTest::newRow("four levels of both kinds")
            << QByteArray("{\"a\": [{\"b\": [1, 2, 3], \"c\": {}}, 4], \"z\": [5, {\"y\": []}]}") << 14 << true;
        QTest::newRow("root is a sequence") << QByteArray("[1, 2, {\"a\": 3}, []]") << 2 << true;
        QTest::newRow("duplicate inside the part") << QByteArray("{\"a\": 1, \"b\": {\"k\": 1, \"k\": 2}, \"c\": 3}") << 5 << true;
        QTest::newRow("duplicate across") << QByteArray("{\"a\": 1, \"b\": 2, \"a\": 3}") << 7 << true;
        QTest::newRow("duplicate across, one level up")
            << QByteArray("{\"a\": {\"x\": 1, \"y\": 2}, \"b\": 3, \"a\": 4}") << 12 << true;
        QTest::newRow("error inside the part") << QByteArray("{\"a\": 1, \"b\": [1 2], \"c\": 3}") << 5 << false;
        QTest::newRow("error before the part") << QByteArray("{\"a\": tru, \"b\": 2, \"c\": 3}") << 11 << false;
        QTest::newRow("too deep inside the part") << QByteArray("{\"a\": 1, \"b\": [[[[[[1]]]]]], \"c\": 3}") << 5 << false;
        QTest::newRow("too deep, counted from an inner level")
            << QByteArray("{\"a\": [[1, 2], [[[[[3]]]]]], \"c\": 3}") << 10 << false;
        QTest::newRow("as deep as allowed, counted from an inner level")
            << QByteArray("{\"a\": [[1, 2], [[[[3]]]]], \"c\": 3}") << 10 << true;
        QTest::newRow("escapes on both sides") << QByteArray("{\"\\u0061\": \"\\t\", \"b\": \"\\\"q\\\"\", \"c\\/\": \"\\ud83d\\ude00\"}") << 14 << true;
        // The worker guesses what it cannot see; every wrong guess must end in one builder's error.
        QTest::newRow("key that is not a string") << QByteArray("{\"a\": 1, 5: 2}") << 5 << false;
        QTest::newRow("bracket of the other kind") << QByteArray("{\"a\": [1, 2}, \"b\": 3}") << 8 << false;
        QTest::newRow("truncated") << QByteArray("{\"a\": 1, \"b\": [2, 3") << 5 << false;
        QTest::newRow("value after the root") << QByteArray("{\"a\": 1, \"b\": 2} 5") << 5 << false;
        QTest::newRow("entry after the root") << QByteArray("{\"a\": 1, \"b\": 2}, 3") << 5 << false;
        QTest::newRow("container after the root") << QByteArray("[1, 2] [3]") << 2 << false;
    }

    void handMadeCases()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, offset);
        QFETCH(bool, split);
        const Result<doc::Document> one = parse(json, -1, 0, 6);
        const Result<doc::Document> pieces = parse(json, 0, std::size_t(offset), 6);
        QCOMPARE(describe(pieces), describe(one));
        QCOMPARE(pieces.ok() && pieces->parsedInPieces(), split);
    }

    void everyCorpusJsonAtManyPoints()
    {
        if (!QFileInfo::exists(corpusDir))
            QSKIP("corpus not available (../shared/corpus beside the checkout)");
        QDirIterator it(corpusDir, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        int files = 0, splits = 0, fallbacks = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            if (bytes.size() > 8'000'000)
                continue; // the large ones are covered by the import tests; this is about shapes
            ++files;
            const QString expected = describe(parse(bytes, -1));
            const std::size_t step = std::max<std::size_t>(1, std::size_t(bytes.size()) / (bytes.size() > 200000 ? 9 : 24));
            for (std::size_t offset = 1; offset < std::size_t(bytes.size()); offset += step) {
                const Result<doc::Document> pieces = parse(bytes, 0, offset);
                if (describe(pieces) != expected)
                    QFAIL(qPrintable(QStringLiteral("%1 split at/after byte %2 differs").arg(path).arg(offset)));
                (pieces.ok() && pieces->parsedInPieces() ? splits : fallbacks) += 1;
            }
        }
        qInfo("%d JSON files, %d two-builder parses equal to one builder's, %d fallbacks", files, splits, fallbacks);
        QVERIFY(files > 100);
        QVERIFY(splits > 1000); // the comparison is not vacuous
    }

    // The line index is built 64 bytes at a time: line breaks at every place in and around a
    // block, CR LF, a break in the last byte and none at all must give the lines and columns of a
    // plain count.
    void positionsMatchAPlainCount()
    {
        std::uint32_t seed = 12345;
        const auto next = [&seed] { return (seed = seed * 1103515245u + 12345u) >> 16; };
        const char *gaps[] = {" ", "\n", "\r\n", "\t", "\n\n", "  "};
        int texts = 0;
        for (int round = 0; round < 400; ++round) {
            QByteArray json = "[";
            const int items = int(next() % 60);
            for (int k = 0; k < items; ++k) {
                if (k)
                    json += ',';
                for (int g = int(next() % 4); g > 0; --g)
                    json += gaps[next() % 6];
                json += QByteArray::number(int(next() % 1000));
            }
            json += round % 2 ? "]\n" : "]";
            const Result<doc::Document> d = parse(json, -1);
            QVERIFY2(d.ok(), json.constData());
            int line = 1, column = 1;
            for (qsizetype offset = 0; offset <= json.size(); ++offset) {
                const doc::Position p = d->positionOfOffset(std::size_t(offset));
                if (p.line != line || p.column != column)
                    QFAIL(qPrintable(QStringLiteral("text %1, offset %2: %3:%4, counted %5:%6")
                                         .arg(round).arg(offset).arg(p.line).arg(p.column).arg(line).arg(column)));
                if (offset < json.size() && json[offset] == '\n') {
                    ++line;
                    column = 1;
                } else {
                    ++column;
                }
            }
            ++texts;
        }
        QCOMPARE(texts, 400);
    }

    void largeSpecsAreBuiltInPieces()
    {
        const QString path = corpusDir + QStringLiteral("/octokit-openapi/generated/api.github.com.json");
        if (!QFileInfo::exists(path))
            QSKIP("corpus not available (../shared/corpus beside the checkout)");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        doc::ParseOptions options;
        options.format = doc::Format::Json;
        const auto one = [&] {
            doc::ParseOptions o = options;
            o.parallelJsonMinBytes = -1;
            return doc::parseBytes(bytes, o);
        }();
        QVERIFY(one.ok());
        // The automatic choice races the main builder; both outcomes must equal one builder's.
        for (int run = 0; run < 3; ++run) {
            const auto pieces = doc::parseBytes(bytes, options);
            QVERIFY(pieces.ok());
            QCOMPARE(describe(pieces), describe(one));
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonPieces)
#include "tst_jsonpieces.moc"
