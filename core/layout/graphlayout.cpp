// SPDX-License-Identifier: GPL-3.0-or-later
#include "layout/graphlayout.h"
#include "common/text.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>

namespace tw::layout {
namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::Layout)
};

// Graphviz keeps global state (and switches the C locale while it lays out): one at a time.
QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

thread_local QString t_graphvizErrors;

int collectError(char *message)
{
    t_graphvizErrors += QString::fromLocal8Bit(message).trimmed() + QLatin1Char(' ');
    return 0;
}

/** Debian 12's Graphviz (2.42/2.43) takes char * where it means const char *: casts live here. */
char *cstr(const char *text)
{
    return const_cast<char *>(text);
}

void setAttr(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, cstr(name), cstr(value.constData()), cstr(""));
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 6); // C locale, whatever the user's locale says
}

const char *engineName(Engine engine)
{
    switch (engine) {
    case Engine::Osage: return "osage";
    case Engine::Sfdp: return "sfdp";
    case Engine::Dot:
    case Engine::Auto: break;
    }
    return "dot";
}

/**
 * One Graphviz context for the life of the process, used under graphvizMutex(). Graphviz's pango
 * text-layout plugin remembers the last font name as a pointer into the context's font
 * dictionary (`fontname = span->font->name` in gvtextlayout_pango.c), which gvFreeContext()
 * frees: the next layout in a new context compared against freed memory (AddressSanitizer:
 * heap-use-after-free in textspan_size, the second layout of every process). A context that is
 * never freed keeps the name alive; it is still reachable, so it is no leak.
 */
GVC_t *sharedContext()
{
    static GVC_t *const gvc = gvContext();
    return gvc;
}

struct GraphvizContext
{
    GVC_t *gvc = nullptr;
    Agraph_t *graph = nullptr;
    bool laidOut = false;
    ~GraphvizContext()
    {
        // Order matters: layout, then graph; the context stays (sharedContext()).
        if (laidOut)
            gvFreeLayout(gvc, graph);
        if (graph)
            agclose(graph);
    }
};

void collectClusters(Agraph_t *g, int depth, const QHash<Agraph_t *, QString> &ids, QList<ClusterGeometry> &out,
                     const std::function<QPointF(double, double)> &flip)
{
    for (int i = 1; i <= GD_n_cluster(g); ++i) {
        Agraph_t *sub = GD_clust(g)[i];
        const boxf bb = GD_bb(sub);
        const QPointF a = flip(bb.LL.x, bb.LL.y);
        const QPointF b = flip(bb.UR.x, bb.UR.y);
        ClusterGeometry c;
        c.id = ids.value(sub);
        c.box = QRectF(a, b).normalized();
        c.depth = depth;
        if (textlabel_t *label = GD_label(sub))
            c.labelPos = flip(label->pos.x, label->pos.y);
        out.append(c);
        collectClusters(sub, depth + 1, ids, out, flip);
    }
}

} // namespace

Engine chooseEngine(qsizetype nodeCount)
{
    // Measured with Graphviz 2.42 on this kind of machine (docs/performance.md): dot takes 4 s
    // at 1,000 nodes with default settings and minutes at 3,000; osage keeps clusters and
    // stays well under a second.
    return nodeCount <= 1000 ? Engine::Dot : Engine::Osage;
}

Result<LayoutResult> layoutGraph(const LayoutRequest &request)
{
    if (request.sizeNodes) {
        LayoutRequest sized = request;
        sized.sizeNodes = nullptr;
        request.sizeNodes(sized.nodes);
        return layoutGraph(sized);
    }
    QMutexLocker lock(&graphvizMutex());
    t_graphvizErrors.clear();
    agseterrf(collectError);

    GraphvizContext ctx;
    ctx.gvc = sharedContext();
    if (!ctx.gvc)
        return makeError(Tr::tr("Graphviz could not be initialised"));
    ctx.graph = agopen(cstr("system"), Agdirected, nullptr);
    Agraph_t *g = ctx.graph;

    const Engine engine = request.engine == Engine::Auto ? chooseEngine(request.nodes.size()) : request.engine;
    setAttr(g, "rankdir", request.leftToRight ? "LR" : "TB");
    setAttr(g, "compound", "true");
    setAttr(g, "forcelabels", "true");
    setAttr(g, "fontname", "Helvetica");
    setAttr(g, "fontsize", "11");
    setAttr(g, "nodesep", "0.35");
    setAttr(g, "ranksep", "0.7");
    const bool large = engine != Engine::Dot;
    if (large)
        setAttr(g, "splines", "line"); // spline routing dominates osage/sfdp time on large graphs
    if (engine == Engine::Dot && request.nodes.size() > 300) {
        // Cheaper network-simplex and crossing minimisation keep mid-sized graphs interactive.
        setAttr(g, "nslimit", "2");
        setAttr(g, "mclimit", "0.1");
        setAttr(g, "splines", "line");
    }

    // Clusters, parents first (a parent may be listed after its child).
    QHash<QString, Agraph_t *> clusters;
    QHash<Agraph_t *, QString> clusterIds;
    QList<ClusterSpec> pending = request.clusters;
    int index = 0;
    while (!pending.isEmpty()) {
        bool progress = false;
        for (qsizetype i = 0; i < pending.size();) {
            const ClusterSpec &spec = pending[i];
            Agraph_t *parent = spec.parentId.isEmpty() ? g : clusters.value(spec.parentId);
            if (!parent && request.clusters.end() != std::find_if(request.clusters.begin(), request.clusters.end(),
                                                                  [&](const ClusterSpec &c) { return c.id == spec.parentId; })) {
                ++i;
                continue; // parent not created yet
            }
            if (!parent)
                parent = g; // unknown parent: draw at the top level rather than lose the cluster
            const QByteArray name = "cluster_" + QByteArray::number(index++);
            Agraph_t *sub = agsubg(parent, cstr(name.constData()), 1);
            setAttr(sub, "label", text::shown(spec.label).toUtf8());
            setAttr(sub, "labeljust", "l");
            setAttr(sub, "fontsize", "11");
            clusters.insert(spec.id, sub);
            clusterIds.insert(sub, spec.id);
            pending.removeAt(i);
            progress = true;
        }
        if (!progress)
            return makeError(Tr::tr("The trust boundaries nest in a cycle"));
    }

    QHash<QString, Agnode_t *> nodes;
    std::vector<std::pair<Agnode_t *, qsizetype>> nodeOrder;
    nodeOrder.reserve(size_t(request.nodes.size()));
    for (qsizetype i = 0; i < request.nodes.size(); ++i) {
        const NodeSpec &spec = request.nodes[i];
        if (nodes.contains(spec.id))
            continue;
        Agraph_t *owner = clusters.value(spec.clusterId, g);
        const QByteArray name = "n" + QByteArray::number(i);
        Agnode_t *n = agnode(owner, cstr(name.constData()), 1);
        setAttr(n, "label", text::shown(spec.label).toUtf8());
        setAttr(n, "shape", spec.shape.toUtf8());
        setAttr(n, "width", number(spec.width));
        setAttr(n, "height", number(spec.height));
        setAttr(n, "fixedsize", "true");
        setAttr(n, "fontsize", "10");
        nodes.insert(spec.id, n);
        nodeOrder.emplace_back(n, i);
    }

    std::vector<std::pair<Agedge_t *, qsizetype>> edgeOrder;
    edgeOrder.reserve(size_t(request.edges.size()));
    for (qsizetype i = 0; i < request.edges.size(); ++i) {
        const EdgeSpec &spec = request.edges[i];
        Agnode_t *tail = nodes.value(spec.sourceId);
        Agnode_t *head = nodes.value(spec.targetId);
        if (!tail || !head)
            continue; // an edge to an element that is filtered out of this view
        const QByteArray name = "e" + QByteArray::number(i);
        Agedge_t *e = agedge(g, tail, head, cstr(name.constData()), 1);
        if (!spec.label.isEmpty() && !large) { // thousands of labels are unreadable anyway
            // xlabel, not label: Graphviz 2.42/2.43's dot frees memory twice when labelled edges
            // meet clusters (tests/layout keeps a case); external labels are placed after layout.
            setAttr(e, "xlabel", text::shown(spec.label).toUtf8());
            setAttr(e, "fontsize", "9");
        }
        edgeOrder.emplace_back(e, i);
    }

    if (gvLayout(ctx.gvc, g, engineName(engine)) != 0) {
        return makeError(Tr::tr("Graphviz could not lay out the graph with \"%1\": %2")
                             .arg(QString::fromLatin1(engineName(engine)), t_graphvizErrors.trimmed()));
    }
    ctx.laidOut = true;

    LayoutResult result;
    result.engine = QString::fromLatin1(engineName(engine));
    result.generation = request.generation;
    const boxf bb = GD_bb(g);
    // Graphviz's y axis points up; Qt's points down. One flip for everything.
    const auto flip = [&bb](double x, double y) { return QPointF(x, bb.LL.y + bb.UR.y - y); };
    result.bounds = QRectF(QPointF(bb.LL.x, bb.LL.y), QPointF(bb.UR.x, bb.UR.y)).normalized();

    result.nodes.reserve(qsizetype(nodeOrder.size()));
    for (const auto &[n, i] : nodeOrder) {
        const QPointF centre = flip(ND_coord(n).x, ND_coord(n).y);
        const double w = ND_width(n) * 72.0;
        const double h = ND_height(n) * 72.0;
        result.nodes.append(NodeGeometry{request.nodes[i].id, QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h)});
    }
    collectClusters(g, 0, clusterIds, result.clusters, flip);

    result.edges.reserve(qsizetype(edgeOrder.size()));
    for (const auto &[e, i] : edgeOrder) {
        EdgeGeometry geometry;
        geometry.id = request.edges[i].id;
        if (const splines *spl = ED_spl(e)) {
            for (int b = 0; b < spl->size; ++b) {
                const bezier &piece = spl->list[b];
                QList<QPointF> points;
                points.reserve(piece.size);
                for (int p = 0; p < piece.size; ++p)
                    points.append(flip(piece.list[p].x, piece.list[p].y));
                geometry.pieces.append(points);
                if (piece.eflag)
                    geometry.arrowHead = flip(piece.ep.x, piece.ep.y);
            }
        }
        if (textlabel_t *label = ED_xlabel(e); label && label->set)
            geometry.labelPos = flip(label->pos.x, label->pos.y);
        result.edges.append(geometry);
    }
    return result;
}

QFuture<Result<LayoutResult>> layoutAsync(LayoutRequest request)
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(1); // Graphviz is not re-entrant: one serial worker
        p->setObjectName(QStringLiteral("tw-layout"));
        return p;
    }();
    return QtConcurrent::run(pool, [request = std::move(request)]() { return layoutGraph(request); });
}

} // namespace tw::layout
