// SPDX-License-Identifier: GPL-3.0-or-later
// Real Graphviz layouts through core/layout: geometry in Qt's coordinates, nested clusters,
// every edge keyed by our own id, the serial worker, and large graphs.

#include "layout/graphlayout.h"
#include "model/synthetic.h"

#include <QTest>
#include <QThread>

#include <atomic>

using namespace tw;
using namespace tw::layout;

namespace {
NodeSpec node(const char *id, const char *label, const char *cluster = "")
{
    NodeSpec n;
    n.id = QString::fromLatin1(id);
    n.label = QString::fromLatin1(label);
    n.clusterId = QString::fromLatin1(cluster);
    return n;
}
} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoNodes()
    {
        LayoutRequest request;
        request.leftToRight = false;
        request.nodes = {node("a", "client"), node("b", "api")};
        request.edges = {EdgeSpec{QStringLiteral("a->b"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("HTTPS")}};
        auto result = layoutGraph(request);
        QVERIFY2(result.ok(), qPrintable(result.errorString()));
        QCOMPARE(result->engine, QStringLiteral("dot"));
        QCOMPARE(result->nodes.size(), 2);
        const QRectF a = result->nodes[0].box;
        const QRectF b = result->nodes[1].box;
        // 1.6 x 0.6 inches at 72 points per inch.
        QCOMPARE(qRound(a.width()), 115);
        QCOMPARE(qRound(a.height()), 43);
        // Top to bottom in Qt's y-down coordinates: the source is above the target.
        QVERIFY2(a.center().y() < b.center().y(), qPrintable(QStringLiteral("%1 %2").arg(a.center().y()).arg(b.center().y())));
        QVERIFY(result->bounds.contains(a) && result->bounds.contains(b));
        QCOMPARE(result->edges.size(), 1);
        const EdgeGeometry &e = result->edges.first();
        QCOMPARE(e.id, QStringLiteral("a->b"));
        QVERIFY(!e.pieces.isEmpty());
        QCOMPARE(e.pieces.first().size() % 3, 1); // start + control triples
        QVERIFY(e.arrowHead.has_value());
        QVERIFY(qAbs(e.arrowHead->y() - b.top()) < 2.0); // the arrow touches the target
        QVERIFY(e.labelPos.has_value());
    }

    void nestedClustersAndParallelEdges()
    {
        LayoutRequest request;
        request.clusters = {ClusterSpec{QStringLiteral("subnet"), QStringLiteral("private subnet"), QStringLiteral("vpc")},
                            ClusterSpec{QStringLiteral("vpc"), QStringLiteral("VPC"), {}}};
        request.nodes = {node("lb", "load balancer", "vpc"),
                         node("svc", "orders", "subnet"),
                         node("db", "postgres", "subnet"),
                         node("user", "customer")};
        request.edges = {EdgeSpec{QStringLiteral("f1"), QStringLiteral("user"), QStringLiteral("lb"), {}},
                         EdgeSpec{QStringLiteral("f2"), QStringLiteral("lb"), QStringLiteral("svc"), {}},
                         EdgeSpec{QStringLiteral("f3"), QStringLiteral("svc"), QStringLiteral("db"), QStringLiteral("read")},
                         EdgeSpec{QStringLiteral("f4"), QStringLiteral("svc"), QStringLiteral("db"), QStringLiteral("write")},
                         EdgeSpec{QStringLiteral("dangling"), QStringLiteral("svc"), QStringLiteral("nowhere"), {}}};
        auto result = layoutGraph(request);
        QVERIFY2(result.ok(), qPrintable(result.errorString()));
        QCOMPARE(result->clusters.size(), 2);
        QMap<QString, ClusterGeometry> clusters;
        for (const ClusterGeometry &c : result->clusters)
            clusters.insert(c.id, c);
        QCOMPARE(clusters[QStringLiteral("vpc")].depth, 0);
        QCOMPARE(clusters[QStringLiteral("subnet")].depth, 1);
        QVERIFY(clusters[QStringLiteral("vpc")].box.contains(clusters[QStringLiteral("subnet")].box));
        QMap<QString, QRectF> boxes;
        for (const NodeGeometry &n : result->nodes)
            boxes.insert(n.id, n.box);
        QVERIFY(clusters[QStringLiteral("subnet")].box.contains(boxes[QStringLiteral("db")]));
        QVERIFY(!clusters[QStringLiteral("vpc")].box.contains(boxes[QStringLiteral("user")]));
        // Parallel edges stay distinct, keyed by our ids; the dangling one is left out.
        QStringList ids;
        for (const EdgeGeometry &e : result->edges)
            ids.append(e.id);
        QCOMPARE(ids, (QStringList{QStringLiteral("f1"), QStringLiteral("f2"), QStringLiteral("f3"), QStringLiteral("f4")}));
        QVERIFY(result->edges[2].pieces != result->edges[3].pieces);
    }

    void asyncKeepsTheGeneration()
    {
        LayoutRequest request;
        request.nodes = {node("a", "a")};
        request.generation = 42;
        QList<QFuture<Result<LayoutResult>>> futures;
        for (int i = 0; i < 4; ++i) {
            request.generation = 40 + quint64(i);
            futures.append(layoutAsync(request)); // queued on the one layout thread
        }
        for (int i = 0; i < 4; ++i) {
            futures[i].waitForFinished();
            const auto result = futures[i].result();
            QVERIFY(result.ok());
            QCOMPARE(result->generation, 40 + quint64(i));
        }
    }

    void nodesAreSizedOnTheLayoutThread()
    {
        LayoutRequest request;
        request.nodes = {node("a", "short"), node("b", "a much longer name")};
        const QThread *caller = QThread::currentThread();
        std::atomic<const QThread *> sizedOn = nullptr;
        request.sizeNodes = [&sizedOn](QList<NodeSpec> &nodes) {
            sizedOn = QThread::currentThread();
            nodes[0].width = 2.0;
            nodes[1].width = 4.0;
        };
        auto future = layoutAsync(request);
        // Not waitForFinished(): Qt runs a task that has not started yet on the waiting thread.
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 30000);
        const auto result = future.result();
        QVERIFY2(result.ok(), qPrintable(result.errorString()));
        QVERIFY(sizedOn.load() != nullptr && sizedOn.load() != caller);
        QCOMPARE(qRound(result->nodes[0].box.width()), 144); // inches → points
        QCOMPARE(qRound(result->nodes[1].box.width()), 288);

        // The synchronous call sizes them too, on the calling thread.
        auto now = layoutGraph(request);
        QVERIFY2(now.ok(), qPrintable(now.errorString()));
        QCOMPARE(sizedOn.load(), caller);
        QCOMPARE(qRound(now->nodes[1].box.width()), 288);
    }

    void labelledEdgesBetweenClustersWithDot()
    {
        // Graphviz 2.43's dot crashed (double free) on this shape with edge "label"s.
        const SystemModel m = syntheticModel({150, 2, 0, 1});
        LayoutRequest request;
        request.engine = Engine::Dot;
        for (const TrustBoundary &b : m.boundaries)
            request.clusters.append(ClusterSpec{b.id, b.name, b.parentId});
        for (const Component &c : m.components)
            request.nodes.append(NodeSpec{c.id, c.name, c.boundaryId, 1.6, 0.6, QStringLiteral("box")});
        for (const DataFlow &f : m.flows)
            request.edges.append(EdgeSpec{f.id, f.sourceId, f.targetId, f.protocol});
        auto result = layoutGraph(request);
        QVERIFY2(result.ok(), qPrintable(result.errorString()));
        QCOMPARE(result->edges.size(), m.flows.size());
        const qsizetype labelled = std::count_if(result->edges.cbegin(), result->edges.cend(),
                                                 [](const EdgeGeometry &e) { return e.labelPos.has_value(); });
        QVERIFY2(labelled > m.flows.size() / 2, qPrintable(QString::number(labelled)));
    }

    void engineChoiceBySize()
    {
        QCOMPARE(chooseEngine(200), Engine::Dot);
        QCOMPARE(chooseEngine(1000), Engine::Dot);
        QCOMPARE(chooseEngine(3000), Engine::Osage);
    }

    void largeModelKeepsItsBoundaries()
    {
        const SystemModel m = syntheticModel({2000, 2, 0, 1});
        LayoutRequest request;
        for (const TrustBoundary &b : m.boundaries)
            request.clusters.append(ClusterSpec{b.id, b.name, b.parentId});
        for (const Component &c : m.components)
            request.nodes.append(NodeSpec{c.id, c.name, c.boundaryId, 1.6, 0.6, QStringLiteral("box")});
        for (const DataFlow &f : m.flows)
            request.edges.append(EdgeSpec{f.id, f.sourceId, f.targetId, f.protocol});
        auto result = layoutGraph(request);
        QVERIFY2(result.ok(), qPrintable(result.errorString()));
        QCOMPARE(result->engine, QStringLiteral("osage"));
        QCOMPARE(result->nodes.size(), 2000);
        QCOMPARE(result->clusters.size(), m.boundaries.size());
    }
};

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
