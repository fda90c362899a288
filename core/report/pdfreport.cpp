// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdfreport.h"
#include "common/text.h"

#include "layout/diagramstyle.h"
#include "layout/graphlayout.h"
#include "model/threatsummary.h"
#include "model/enums.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <vector>

/*
 * How it works: every section is turned into a list of Slices, unbreakable horizontal strips
 * (one line of a paragraph, one table row, one diagram part) that know their height and how to
 * paint themselves. Pagination flows the slices into pages, repeating a table's header row
 * when a table continues on a new page and keeping headings with what follows; it records the
 * page of every contents entry. Only then is anything painted, so the contents page and the
 * "page X of Y" footer know their numbers (two passes: lay out, then render).
 *
 * All measurements are in device units of the writer (kDpi); u() converts from points. Text
 * goes through QTextLayout as plain strings with format ranges: nothing is parsed as markup.
 */
namespace tw::report {
namespace {

constexpr int kDpi = 600;
constexpr qreal kPageWidth = 595.276; // A4 in points
constexpr qreal kPageHeight = 841.89;
constexpr qreal kMarginX = 50;
constexpr qreal kMarginTop = 62;
constexpr qreal kMarginBottom = 52;
/// Below this zoom (1 = the layout's own points) the diagram's 10 pt labels get too small to
/// read on paper, so the diagram is split into parts instead.
constexpr qreal kMinDiagramScale = 0.6;

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::Report)
};

constexpr qreal u(qreal points)
{
    return points * kDpi / 72.0;
}

const QString kSans = QStringLiteral("DejaVu Sans");
const QString kMono = QStringLiteral("DejaVu Sans Mono");

QFont font(qreal points, bool bold = false, const QString &family = kSans)
{
    QFont f(family);
    f.setPointSizeF(points);
    f.setBold(bold);
    // No ligatures: "fi" must stay two letters for search, copy and pdftotext.
    f.setStyleHint(family == kMono ? QFont::Monospace : QFont::SansSerif, QFont::PreferNoShaping);
    return f;
}

QColor severityColour(Severity s)
{
    return layout::severityColour(s);
}

const QColor kInk(0x1d, 0x27, 0x33);
const QColor kMuted(0x60, 0x7d, 0x8b);
const QColor kRule(0xcf, 0xd8, 0xdc);
const QColor kGrid(0xdd, 0xe3, 0xe8);
const QColor kHeaderFill(0xee, 0xf2, 0xf5);
const QColor kZebra(0xfa, 0xfb, 0xfc);

/** Text from inputs made safe to lay out (common/text.h). */
QString clean(const QString &text, bool singleLine = false)
{
    return text::printable(text, singleLine ? text::Breaks::ToSpaces : text::Breaks::ToLineSeparators);
}

QTextCharFormat bold(const QColor &colour = kInk)
{
    QTextCharFormat f;
    f.setFontWeight(QFont::Bold);
    f.setForeground(colour);
    return f;
}

QTextCharFormat muted()
{
    QTextCharFormat f;
    f.setForeground(kMuted);
    return f;
}

QTextCharFormat mono()
{
    QTextCharFormat f;
    f.setFontFamilies(QStringList{kMono});
    f.setForeground(QColor(0x26, 0x32, 0x38));
    return f;
}

/** Plain text with format ranges; every piece goes through clean(). */
struct Text
{
    QString text;
    QList<QTextLayout::FormatRange> formats;

    Text() = default;
    Text(const QString &s) { add(s); } // NOLINT: implicit on purpose, cells are mostly plain
    Text &add(const QString &s, const QTextCharFormat &format = {})
    {
        const QString c = clean(s);
        if (!format.properties().isEmpty() && !c.isEmpty())
            formats.append(QTextLayout::FormatRange{int(text.size()), int(c.size()), format});
        text += c;
        return *this;
    }
    Text &join(const QStringList &parts, const QString &separator, const QTextCharFormat &format = {})
    {
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (i)
                add(separator);
            add(parts[i], format);
        }
        return *this;
    }
};

std::shared_ptr<QTextLayout> layoutText(const Text &t, const QFont &f, qreal width, qreal leading, const QPaintDevice *device,
                                        Qt::Alignment alignment = Qt::AlignLeft)
{
    auto l = std::make_shared<QTextLayout>(t.text, f, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(alignment);
    l->setTextOption(option);
    l->setFormats(t.formats);
    l->setCacheEnabled(true);
    l->beginLayout();
    qreal y = 0;
    for (;;) {
        QTextLine line = l->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height() + leading;
    }
    l->endLayout();
    return l;
}

qreal layoutHeight(const QTextLayout &l, qreal leading)
{
    if (l.lineCount() == 0)
        return 0;
    const QTextLine last = l.lineAt(l.lineCount() - 1);
    return last.y() + last.height() + leading;
}

// ---------------------------------------------------------------------------------------------
// The diagram, as geometry to paint at any scale and through any window.

struct Scene
{
    struct Cluster
    {
        QRectF box;
        QString title;
        bool internet = false;
        int depth = 0;
    };
    struct Edge
    {
        QPainterPath path;
        QRectF bbox;
        bool cleartext = false;
        std::optional<QPointF> tip;
        QPointF last;
        QString label;
        std::optional<QPointF> labelPos;
    };
    struct Node
    {
        QRectF box;
        QString name;
        QString detail;
        QColor fill;
        QColor stroke;
        qreal radius = 4;
        bool exposed = false;
        int threats = 0;
        QColor badge;
    };
    QRectF bounds;
    QList<Cluster> clusters;
    QList<Edge> edges;
    QList<Node> nodes;
};

/** The same picture as svgDiagram(): same layout request, same colours and badges. */
Result<Scene> buildScene(const SystemModel &model)
{
    layout::LayoutRequest request;
    for (const TrustBoundary &b : model.boundaries)
        request.clusters.append(layout::ClusterSpec{b.id, b.name, b.parentId});
    QHash<QString, const Component *> components;
    for (const Component &c : model.components) {
        components.insert(c.id, &c);
        request.nodes.append(layout::NodeSpec{c.id, c.name, c.boundaryId, 2.0, 0.65, layout::kindStyle(c.kind).shape});
    }
    for (const DataFlow &f : model.flows)
        request.edges.append(layout::EdgeSpec{f.id, f.sourceId, f.targetId, f.protocol});
    auto laidOut = layout::layoutGraph(request);
    if (!laidOut)
        return laidOut.error();

    const QHash<QString, OpenThreats> openThreats = openThreatsByElement(model);

    Scene scene;
    scene.bounds = laidOut->bounds.adjusted(-12, -12, 12, 12);
    QHash<QString, const TrustBoundary *> boundaries;
    for (const TrustBoundary &b : model.boundaries)
        boundaries.insert(b.id, &b);
    for (const layout::ClusterGeometry &c : laidOut->clusters) {
        const TrustBoundary *b = boundaries.value(c.id);
        scene.clusters.append(Scene::Cluster{c.box, clean(b ? b->name : c.id, true), b && b->kind == BoundaryKind::Internet, c.depth});
    }
    QHash<QString, const DataFlow *> flows;
    for (const DataFlow &f : model.flows)
        flows.insert(f.id, &f);
    for (const layout::EdgeGeometry &e : laidOut->edges) {
        const DataFlow *f = flows.value(e.id);
        Scene::Edge edge;
        edge.cleartext = f && f->encrypted.has_value() && !*f->encrypted;
        for (const QList<QPointF> &pts : e.pieces) {
            if (pts.isEmpty())
                continue;
            edge.path.moveTo(pts[0]);
            for (qsizetype i = 1; i + 2 < pts.size(); i += 3)
                edge.path.cubicTo(pts[i], pts[i + 1], pts[i + 2]);
            edge.last = edge.path.currentPosition();
        }
        if (edge.path.isEmpty())
            continue;
        edge.tip = e.arrowHead;
        edge.bbox = edge.path.boundingRect();
        if (edge.tip)
            edge.bbox = edge.bbox.united(QRectF(*edge.tip, QSizeF(1, 1)));
        if (f && !f->protocol.isEmpty() && e.labelPos) {
            edge.label = clean(f->protocol, true);
            edge.labelPos = e.labelPos;
        }
        scene.edges.append(edge);
    }
    for (const layout::NodeGeometry &n : laidOut->nodes) {
        const Component *c = components.value(n.id);
        const layout::KindStyle style = layout::kindStyle(c ? c->kind : ComponentKind::Generic);
        Scene::Node node;
        node.box = n.box;
        const QString name = clean(c ? c->name : n.id, true);
        node.name = name.size() > 28 ? name.left(27) + QChar(0x2026) : name;
        if (c)
            node.detail = clean(enumName(c->kind) + (c->technology.isEmpty() ? QString() : QStringLiteral(" · ") + c->technology), true);
        node.fill = style.fill;
        node.stroke = style.stroke;
        node.radius = c && c->kind == ComponentKind::Datastore ? 14 : 4;
        node.exposed = c && c->attributes.value(QLatin1StringView(attr::InternetFacing)).toBool();
        node.threats = openThreats.value(n.id).count;
        node.badge = severityColour(openThreats.value(n.id).worst);
        scene.nodes.append(node);
    }
    return scene;
}

/**
 * Draws text with its baseline starting at `at` (device units), or centred on it. With `within`
 * set, only text that fits in it whole is drawn: clipping hides text from the eye but not from
 * search or text extraction, so a diagram part carries only the labels it shows completely.
 */
void sceneText(QPainter &p, QPointF at, const QString &text, bool centred, const QRectF &within)
{
    const QFontMetricsF fm(p.font(), p.device());
    const qreal w = fm.horizontalAdvance(text);
    if (centred)
        at.rx() -= w / 2;
    if (within.isValid() && !within.contains(QRectF(at.x(), at.y() - fm.ascent(), w, fm.ascent() + fm.descent())))
        return;
    p.drawText(at, text);
}

enum class Labels { None, All, WholeOnly };

/**
 * Paints the part `source` (layout points) of the scene into `target` (device units) at
 * `scale` device units per layout point; what lies outside `source` is not drawn at all.
 */
void paintScene(QPainter &p, const Scene &s, const QRectF &source, const QRectF &target, qreal scale, Labels labels)
{
    p.save();
    p.setClipRect(target);
    p.setRenderHint(QPainter::Antialiasing);
    const QTransform t(scale, 0, 0, scale, target.x() - source.x() * scale, target.y() - source.y() * scale);
    const QRectF visible = source.adjusted(-40, -20, 40, 20);
    const qreal fontScale = scale / u(1); // layout points → font points
    auto textFont = [&](qreal size, bool isBold) { return font(size * fontScale, isBold); };

    p.setTransform(t);
    for (const Scene::Cluster &c : s.clusters) {
        if (!c.box.intersects(visible))
            continue;
        QPen pen(c.internet ? QColor(0xd8, 0x43, 0x15) : QColor(0x90, 0xa4, 0xae), 1.0);
        pen.setDashPattern({6, 3});
        p.setPen(pen);
        p.setBrush(c.internet ? QColor(0xff, 0xf8, 0xf6) : (c.depth % 2 ? QColor(0xf7, 0xf9, 0xfb) : QColor(0xfb, 0xfc, 0xfd)));
        p.drawRoundedRect(c.box, 6, 6);
    }
    const QColor edgeColour(0x54, 0x6e, 0x7a);
    const QColor cleartextColour(0xd8, 0x43, 0x15);
    for (const Scene::Edge &e : s.edges) {
        if (!e.bbox.intersects(visible))
            continue;
        QPen pen(e.cleartext ? cleartextColour : edgeColour, 1.2);
        if (e.cleartext)
            pen.setDashPattern({4 / 1.2, 2 / 1.2});
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(e.path);
        if (e.tip && *e.tip != e.last) {
            const QPointF d = *e.tip - e.last;
            const qreal len = std::hypot(d.x(), d.y());
            const QPointF dir = d / len;
            const QPointF normal(-dir.y(), dir.x());
            const qreal head = std::min<qreal>(7, std::max<qreal>(len, 4));
            const QPointF base = *e.tip - dir * head;
            p.drawLine(e.last, base);
            p.setPen(Qt::NoPen);
            p.setBrush(e.cleartext ? cleartextColour : edgeColour);
            p.drawPolygon(QPolygonF{*e.tip, base + normal * 3, base - normal * 3});
        }
    }
    for (const Scene::Node &n : s.nodes) {
        if (!n.box.intersects(visible))
            continue;
        p.setPen(QPen(n.stroke, n.exposed ? 2.4 : 1.2));
        p.setBrush(n.fill);
        p.drawRoundedRect(n.box, n.radius, n.radius);
        if (n.threats) {
            p.setPen(Qt::NoPen);
            p.setBrush(n.badge);
            p.drawEllipse(QPointF(n.box.right() - 2, n.box.top() + 2), 8, 8);
        }
    }
    p.resetTransform();
    const QRectF within = labels == Labels::WholeOnly ? target : QRectF();
    if (labels == Labels::None) {
        p.restore();
        return;
    }
    p.setPen(QColor(0x45, 0x5a, 0x64));
    p.setFont(textFont(11, true));
    for (const Scene::Cluster &c : s.clusters) {
        if (!c.box.intersects(visible) || c.title.isEmpty())
            continue;
        const QFontMetricsF fm(p.font(), p.device());
        // At most as wide as the overlap of diagram parts, so it is whole in one of them.
        const QString shown = fm.elidedText(c.title, Qt::ElideRight, std::min<qreal>(c.box.width() - 12, 200) * scale);
        sceneText(p, t.map(QPointF(c.box.x() + 6, c.box.y() + 14)), shown, false, within);
    }
    p.setPen(QColor(0x37, 0x47, 0x4f));
    p.setFont(textFont(8, false));
    for (const Scene::Edge &e : s.edges) {
        if (e.labelPos && visible.contains(*e.labelPos))
            sceneText(p, t.map(*e.labelPos), e.label, true, within);
    }
    for (const Scene::Node &n : s.nodes) {
        if (!n.box.intersects(visible))
            continue;
        p.setPen(QColor(0x26, 0x32, 0x38));
        p.setFont(textFont(10, false));
        sceneText(p, t.map(QPointF(n.box.center().x(), n.box.center().y() - 1)), n.name, true, within);
        if (!n.detail.isEmpty()) {
            p.setPen(kMuted);
            p.setFont(textFont(7.5, false));
            sceneText(p, t.map(QPointF(n.box.center().x(), n.box.center().y() + 10)), n.detail, true, within);
        }
        if (n.threats) {
            p.setPen(Qt::white);
            p.setFont(textFont(8, true));
            sceneText(p, t.map(QPointF(n.box.right() - 2, n.box.top() + 5)), QString::number(n.threats), true, within);
        }
    }
    p.restore();
}

// ---------------------------------------------------------------------------------------------
// Slices and pagination.

struct Slice
{
    qreal height = 0;
    /// Paints the slice with its top at y (device units); empty for plain vertical space.
    std::function<void(QPainter &, qreal)> paint;
    bool pageBreakBefore = false;
    bool keepWithNext = false;
    int tocEntry = -1; ///< the contents entry that starts here
    int group = 0;     ///< rows of one table share a group
    std::shared_ptr<Slice> header; ///< repeated above the row when its table continues on a new page
};

struct TocEntry
{
    QString text;
    int level = 1;
};

struct Placed
{
    const Slice *slice;
    qreal y;
};

using CardDecoration = std::function<void(QPainter &, const QRectF &)>;

class Builder
{
public:
    explicit Builder(const QPaintDevice *device) : m_device(device) {}

    QRectF content() const
    {
        return QRectF(u(kMarginX), u(kMarginTop), u(kPageWidth - 2 * kMarginX), u(kPageHeight - kMarginTop - kMarginBottom));
    }

    const QPaintDevice *device() const { return m_device; }
    std::vector<Slice> &slices() { return m_slices; }
    QList<TocEntry> &toc() { return m_toc; }
    /// Pages of the contents entries (1-based), known after paginate().
    const std::shared_ptr<QList<int>> &tocPages() const { return m_tocPages; }

    void space(qreal points)
    {
        Slice s;
        s.height = u(points);
        m_slices.push_back(std::move(s));
    }

    void pageBreak()
    {
        Slice s;
        s.pageBreakBefore = true;
        m_slices.push_back(std::move(s));
    }

    /** A heading; listed in the contents when `inToc`. Level 1 starts a new page. */
    void heading(const QString &text, int level, bool inToc = true)
    {
        const qreal size = level == 1 ? 15 : 11.5;
        if (level == 1 && !m_slices.empty())
            pageBreak();
        else
            space(level == 1 ? 0 : 8);
        int entry = -1;
        if (inToc) {
            entry = int(m_toc.size());
            m_toc.append(TocEntry{clean(text, true), level});
        }
        auto l = layoutText(Text(text), font(size, true), content().width(), 0, m_device);
        const qreal textHeight = layoutHeight(*l, 0);
        Slice s;
        s.height = textHeight + u(level == 1 ? 10 : 4);
        s.keepWithNext = true;
        s.tocEntry = entry;
        const QRectF c = content();
        s.paint = [l, c, level, textHeight](QPainter &p, qreal y) {
            p.setPen(kInk);
            l->draw(&p, QPointF(c.x(), y));
            if (level == 1) {
                p.setPen(QPen(kRule, u(1.5)));
                p.drawLine(QPointF(c.left(), y + textHeight + u(2)), QPointF(c.right(), y + textHeight + u(2)));
            }
        };
        m_slices.push_back(std::move(s));
    }

    /**
     * A paragraph, one slice per line. `indent` in points; `decoration` paints behind each
     * line (threat cards); `keep` keeps the whole paragraph with what follows.
     */
    void paragraph(const Text &text, const QFont &f, qreal indent = 0, const CardDecoration &decoration = {}, bool keep = false,
                   qreal rightIndent = 0)
    {
        const QRectF c = content();
        const qreal x = c.x() + u(indent);
        const qreal leading = u(f.pointSizeF() * 0.3);
        auto l = layoutText(text, f, c.width() - u(indent) - u(rightIndent), leading, m_device);
        for (int i = 0; i < l->lineCount(); ++i) {
            const QTextLine line = l->lineAt(i);
            const qreal next = i + 1 < l->lineCount() ? l->lineAt(i + 1).y() : line.y() + line.height() + leading;
            Slice s;
            s.height = next - line.y();
            s.keepWithNext = keep || (i == 0 && l->lineCount() > 1);
            s.paint = [l, i, x, c, decoration, h = s.height](QPainter &p, qreal y) {
                if (decoration)
                    decoration(p, QRectF(c.x(), y, c.width(), h));
                p.setPen(kInk);
                const QTextLine ln = l->lineAt(i);
                ln.draw(&p, QPointF(x, y - ln.y()));
            };
            m_slices.push_back(std::move(s));
        }
    }

    /** Vertical space that carries a card's decoration. */
    void decoratedSpace(qreal points, const CardDecoration &decoration, bool keep = false)
    {
        const QRectF c = content();
        Slice s;
        s.height = u(points);
        s.keepWithNext = keep;
        s.paint = [c, decoration, h = s.height](QPainter &p, qreal y) { decoration(p, QRectF(c.x(), y, c.width(), h)); };
        m_slices.push_back(std::move(s));
    }

    /**
     * A table: column widths as fractions of the text width, a header row repeated on every
     * page the table spans, and rows that are split into bands when taller than a page.
     */
    void table(const QList<qreal> &widths, const QList<Text> &headerCells, const QList<QList<Text>> &rows, bool keyColumn = false)
    {
        const int group = ++m_groups;
        const QRectF c = content();
        QList<qreal> xs{c.x()};
        for (qreal w : widths)
            xs.append(xs.last() + w * c.width());
        const qreal pad = u(2.5);
        const QFont bodyFont = font(7.8);
        const QFont headFont = font(7.8, true);
        const qreal leading = u(1.2);

        auto makeRow = [&](const QList<Text> &cells, bool isHeader, int index) {
            auto layouts = std::make_shared<std::vector<std::shared_ptr<QTextLayout>>>();
            qreal height = 0;
            for (qsizetype col = 0; col < widths.size(); ++col) {
                const Text cell = col < cells.size() ? cells[col] : Text();
                const bool key = isHeader || (keyColumn && col == 0);
                layouts->push_back(layoutText(cell, key ? headFont : bodyFont, xs[col + 1] - xs[col] - 2 * pad, leading, m_device));
                height = std::max(height, layoutHeight(*layouts->back(), leading));
            }
            // Split into bands that each fit on a page; a band ends at a line boundary.
            const qreal maxBand = c.height() * 0.8;
            QList<std::pair<qreal, qreal>> bands;
            qreal start = 0;
            while (start < height || bands.isEmpty()) {
                const qreal cut = start + maxBand;
                qreal end = std::min(height, cut);
                if (cut < height) {
                    end = start;
                    for (const auto &l : *layouts) {
                        for (int i = 0; i < l->lineCount(); ++i) {
                            const QTextLine ln = l->lineAt(i);
                            if (ln.y() >= start && ln.y() < cut)
                                end = std::max(end, ln.y() + ln.height() + leading);
                        }
                    }
                    if (end <= start)
                        end = cut;
                }
                bands.append({start, end});
                start = end;
                if (height <= 0)
                    break;
            }
            QList<Slice> out;
            for (const auto &[b0, b1] : bands) {
                Slice s;
                s.height = b1 - b0 + 2 * pad;
                s.group = group;
                const QColor fill = isHeader ? kHeaderFill : (keyColumn ? QColor() : (index % 2 ? kZebra : QColor()));
                // Init-captures: clang 14 (the fuzz build) cannot capture structured bindings.
                s.paint = [layouts, xs, pad, b0 = b0, b1 = b1, fill, keyColumn, h = s.height](QPainter &p, qreal y) {
                    p.save();
                    for (qsizetype col = 0; col + 1 < xs.size(); ++col) {
                        const QRectF cell(xs[col], y, xs[col + 1] - xs[col], h);
                        QColor back = fill;
                        if (keyColumn && col == 0)
                            back = kHeaderFill;
                        p.setPen(QPen(kGrid, u(0.6)));
                        p.setBrush(back.isValid() ? QBrush(back) : QBrush(Qt::NoBrush));
                        p.drawRect(cell);
                        p.setPen(kInk);
                        const QTextLayout &l = *(*layouts)[size_t(col)];
                        for (int i = 0; i < l.lineCount(); ++i) {
                            const QTextLine ln = l.lineAt(i);
                            if (ln.y() >= b0 && ln.y() < b1)
                                ln.draw(&p, QPointF(cell.x() + pad, y + pad - b0));
                        }
                    }
                    p.restore();
                };
                out.append(std::move(s));
            }
            return out;
        };

        std::shared_ptr<Slice> header;
        if (!headerCells.isEmpty()) {
            const QList<Slice> h = makeRow(headerCells, true, 0);
            header = std::make_shared<Slice>(h.first());
            Slice first = h.first();
            first.keepWithNext = true;
            m_slices.push_back(std::move(first));
        }
        for (qsizetype r = 0; r < rows.size(); ++r) {
            for (Slice &s : makeRow(rows[r], false, int(r))) {
                s.header = header;
                m_slices.push_back(std::move(s));
            }
        }
        space(8);
    }

    void custom(qreal height, std::function<void(QPainter &, qreal)> paint, bool pageBreakBefore = false)
    {
        Slice s;
        s.height = height;
        s.paint = std::move(paint);
        s.pageBreakBefore = pageBreakBefore;
        m_slices.push_back(std::move(s));
    }

    QList<QList<Placed>> paginate()
    {
        const QRectF c = content();
        QList<QList<Placed>> pages(1);
        m_tocPages->fill(0, m_toc.size());
        qreal y = c.top();
        int lastGroup = 0;
        auto place = [&](const Slice *s) {
            pages.last().append(Placed{s, y});
            y += s->height;
            if (s->tocEntry >= 0)
                (*m_tocPages)[s->tocEntry] = int(pages.size());
            lastGroup = s->group;
        };
        for (size_t i = 0; i < m_slices.size(); ++i) {
            const Slice &s = m_slices[i];
            if (s.pageBreakBefore && !pages.last().isEmpty()) {
                pages.append(QList<Placed>());
                y = c.top();
            }
            if (!s.paint) {
                if (!pages.last().isEmpty())
                    y += s.height;
                continue;
            }
            qreal need = s.height;
            for (size_t j = i; j + 1 < m_slices.size() && m_slices[j].keepWithNext && j < i + 4; ++j)
                need += m_slices[j + 1].height;
            if (y + std::min(need, c.height()) > c.bottom() + 0.5 && !pages.last().isEmpty()) {
                const bool continuing = s.header && s.group == lastGroup;
                pages.append(QList<Placed>());
                y = c.top();
                if (continuing)
                    place(s.header.get());
            }
            place(&s);
        }
        return pages;
    }

private:
    const QPaintDevice *m_device;
    std::vector<Slice> m_slices;
    QList<TocEntry> m_toc;
    std::shared_ptr<QList<int>> m_tocPages = std::make_shared<QList<int>>();
    int m_groups = 0;
};

QStringList sourceTexts(const QList<SourceRef> &sources)
{
    QStringList out;
    for (const SourceRef &s : sources)
        out.append(s.toString());
    return out;
}

/** The diagram section's body: one scaled picture, or an overview and numbered parts. */
void addDiagram(Builder &b, const SystemModel &m)
{
    const QFont bodyFont = font(9);
    if (m.components.isEmpty()) {
        b.paragraph(Text().add(Tr::tr("The model has no components."), muted()), bodyFont);
        return;
    }
    auto built = buildScene(m);
    if (!built) {
        b.paragraph(Text().add(Tr::tr("The diagram could not be laid out: %1").arg(built.errorString()), bold(QColor(0xc6, 0x28, 0x28))), bodyFont);
        return;
    }
    auto scene = std::make_shared<Scene>(std::move(built).value());
    const QRectF c = b.content();
    const QRectF bounds = scene->bounds;
    const qreal room = c.height() - u(90); // below the heading, above the legend
    const qreal fitScale = std::min({1.0, c.width() / u(bounds.width()), room / u(bounds.height())});
    Text legend;
    legend.add(Tr::tr("Boxes are components (thick border: internet-facing), dashed frames trust boundaries, arrows data flows "
                  "(dashed orange: not encrypted); a badge counts the open threats of a component, coloured by the highest "
                  "severity."),
               muted());
    if (fitScale >= kMinDiagramScale) {
        const qreal scale = u(fitScale);
        const qreal height = bounds.height() * scale;
        const qreal x = c.x() + (c.width() - bounds.width() * scale) / 2;
        b.custom(height + u(6), [scene, bounds, x, scale, height](QPainter &p, qreal y) {
            paintScene(p, *scene, bounds, QRectF(x, y, bounds.width() * scale, height), scale, Labels::All);
        });
        b.paragraph(legend, font(7.5));
        return;
    }

    // Too large: parts at a readable scale, the widest that fits the page width (never above 1).
    // Neighbouring parts overlap by more than a component box, so every component (and every
    // label) is whole in at least one part rather than cut in two.
    const qreal zoom = std::clamp(c.width() / u(bounds.width()), kMinDiagramScale, 1.0);
    const qreal scale = u(zoom);
    const qreal caption = u(22);
    const QSizeF tile(c.width() / scale, (c.height() - caption) / scale); // layout points
    const QSizeF overlap(std::min(210.0, tile.width() / 3), std::min(80.0, tile.height() / 3));
    const QSizeF step(tile.width() - overlap.width(), tile.height() - overlap.height());
    const int cols = std::max(1, int(std::ceil((bounds.width() - overlap.width()) / step.width() - 1e-6)));
    const int rows = std::max(1, int(std::ceil((bounds.height() - overlap.height()) / step.height() - 1e-6)));
    struct Part
    {
        QRectF source; ///< what the part shows
        QRectF cell;   ///< its share of the diagram without the overlap, for the overview
        int row;
        int col;
    };
    QList<Part> parts;
    for (int r = 0; r < rows; ++r) {
        for (int col = 0; col < cols; ++col) {
            const QRectF source(bounds.x() + col * step.width(), bounds.y() + r * step.height(), tile.width(), tile.height());
            const QRectF cell = QRectF(source.topLeft(), QSizeF(col + 1 == cols ? tile.width() : step.width(), r + 1 == rows ? tile.height() : step.height()))
                                    .intersected(bounds);
            const bool used = std::any_of(scene->nodes.cbegin(), scene->nodes.cend(), [&](const Scene::Node &n) { return n.box.intersects(cell); })
                || std::any_of(scene->edges.cbegin(), scene->edges.cend(), [&](const Scene::Edge &e) { return e.bbox.intersects(cell); })
                || std::any_of(scene->clusters.cbegin(), scene->clusters.cend(), [&](const Scene::Cluster &k) { return k.box.intersects(cell); });
            if (used)
                parts.append(Part{source, cell, r, col});
        }
    }
    const int n = int(parts.size());
    b.paragraph(Text().add(Tr::tr("The diagram is too large for one page at a readable size; it is split into %1 parts, "
                              "numbered on this overview and shown on the following pages.")
                               .arg(n)),
                bodyFont);
    b.space(6);
    // Overview: the whole diagram without labels, with the grid of parts.
    const qreal overviewScale = std::min(c.width() / bounds.width(), (c.height() - u(150)) / bounds.height());
    const qreal ow = bounds.width() * overviewScale;
    const qreal oh = bounds.height() * overviewScale;
    const qreal ox = c.x() + (c.width() - ow) / 2;
    b.custom(oh + u(8), [scene, bounds, parts, ox, ow, oh, overviewScale](QPainter &p, qreal y) {
        const QRectF target(ox, y, ow, oh);
        paintScene(p, *scene, bounds, target, overviewScale, Labels::None);
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QRectF src = parts[i].cell;
            const QRectF r(ox + (src.x() - bounds.x()) * overviewScale, y + (src.y() - bounds.y()) * overviewScale,
                           src.width() * overviewScale, src.height() * overviewScale);
            p.setPen(QPen(QColor(0x15, 0x65, 0xc0), u(0.8)));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r);
            p.setFont(font(std::clamp(r.height() / u(4), 6.0, 14.0), true));
            p.setPen(QColor(0x15, 0x65, 0xc0));
            p.drawText(r, Qt::AlignCenter, QString::number(i + 1));
        }
        p.restore();
    });
    b.paragraph(legend, font(7.5));
    for (int i = 0; i < n; ++i) {
        const Part part = parts[i];
        const QString label = Tr::tr("System diagram, part %1 of %2 (row %3, column %4)").arg(i + 1).arg(n).arg(part.row + 1).arg(part.col + 1);
        b.custom(c.height(), [scene, part, label, c, caption, scale, tile](QPainter &p, qreal y) {
            p.setPen(kInk);
            p.setFont(font(10, true));
            p.drawText(QPointF(c.x(), y + u(11)), label);
            const QRectF target(c.x(), y + caption, tile.width() * scale, tile.height() * scale);
            paintScene(p, *scene, part.source, target, scale, Labels::WholeOnly);
            p.setPen(QPen(kGrid, u(0.6)));
            p.setBrush(Qt::NoBrush);
            p.drawRect(target);
        }, true);
    }
}

void paintFrame(QPainter &p, const QString &headerText, int page, int pages)
{
    const qreal left = u(kMarginX);
    const qreal right = u(kPageWidth - kMarginX);
    p.save();
    p.setFont(font(7.5));
    p.setPen(kMuted);
    const QFontMetricsF fm(p.font(), p.device());
    p.drawText(QPointF(left, u(36)), fm.elidedText(headerText, Qt::ElideMiddle, right - left));
    p.setPen(QPen(kRule, u(0.6)));
    p.drawLine(QPointF(left, u(42)), QPointF(right, u(42)));
    p.setPen(kMuted);
    const QString footer = Tr::tr("page %1 of %2").arg(page).arg(pages);
    p.drawText(QPointF((left + right - fm.horizontalAdvance(footer)) / 2, u(kPageHeight - 26)), footer);
    p.restore();
}

} // namespace

Result<QByteArray> writePdf(const ReportData &data)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return makeError(Tr::tr("The PDF report needs fonts: it can only be written by an application with a QGuiApplication."));

    const SystemModel &m = data.model;
    const QList<Threat> threats = activeThreats(data);
    const QHash<QString, QString> names = displayNames(m);
    auto nameOf = [&names](const QString &id) { return names.value(id, id); };

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point));
    writer.setTitle(Tr::tr("Threat model: %1, version %2").arg(clean(data.projectName, true)).arg(data.version.id));
    writer.setCreator(QStringLiteral("Threatwright " TW_VERSION_STRING));

    Builder b(&writer);
    const QRectF content = b.content();
    const QFont body = font(9);

    // Title page: title, what this is, a summary and the contents.
    {
        auto title = layoutText(Text(Tr::tr("Threat model: %1").arg(data.projectName)), font(22, true), content.width(), 0, &writer);
        b.custom(layoutHeight(*title, 0) + u(8), [title, content](QPainter &p, qreal y) {
            p.setPen(kInk);
            title->draw(&p, QPointF(content.x(), y));
        });
        b.paragraph(Text().add(Tr::tr("Version %1 of %2 · generated %3 UTC by Threatwright %4")
                                   .arg(data.version.id)
                                   .arg(data.projectFile, audit::formatTime(data.generatedAt), QStringLiteral(TW_VERSION_STRING)),
                               muted()),
                    body);
        b.space(10);
        Text summary;
        summary.add(QCoreApplication::translate("tw::Report", "%n threat(s)", nullptr, int(threats.size())), bold());
        QStringList counts;
        for (Severity s : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info}) {
            const auto count = std::count_if(threats.cbegin(), threats.cend(), [s](const Threat &t) { return t.severity == s; });
            if (count)
                counts.append(QStringLiteral("%1 %2").arg(count).arg(displayName(s)));
        }
        if (!counts.isEmpty())
            summary.add(QStringLiteral(": ") + counts.join(QStringLiteral(", ")));
        const auto open = std::count_if(threats.cbegin(), threats.cend(), [](const Threat &t) { return t.status == ThreatStatus::Suggested; });
        summary.add(QStringLiteral(" · ") + Tr::tr("%1 not yet triaged").arg(open));
        summary.add(QStringLiteral(" · ") + (data.verification.ok ? Tr::tr("audit trail verified") : Tr::tr("audit trail BROKEN")),
                    bold(data.verification.ok ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28)));
        b.paragraph(summary, font(10));
        b.space(18);
    }
    const int contentsSlice = int(b.slices().size()); // the contents go here once all headings are known

    const QStringList sections = {Tr::tr("Scope and inputs"), Tr::tr("System diagram"), Tr::tr("Inventory"), Tr::tr("Threats"),
                                  Tr::tr("Attack paths"), Tr::tr("Triage decisions"), Tr::tr("Audit trail")};
    auto section = [&](int index, const QString &name) { b.heading(QStringLiteral("%1. %2").arg(index).arg(name), 1); };

    // 1. Scope
    section(1, sections[0]);
    b.table({0.22, 0.78}, {},
            {{Text(Tr::tr("Version")), Text(QString::number(data.version.id))},
             {Text(Tr::tr("Created")), Text(audit::formatTime(data.version.createdAt) + QStringLiteral(" UTC · ") + data.version.author)},
             {Text(Tr::tr("Message")), Text(data.version.message)},
             {Text(Tr::tr("Git revision")), Text().add(data.version.gitRevision.isEmpty() ? Tr::tr("not recorded") : data.version.gitRevision, mono())},
             {Text(Tr::tr("Model")), Text(Tr::tr("%1 components, %2 trust boundaries, %3 entry points, %4 data flows, %5 data assets, %6 threats")
                                          .arg(m.components.size()).arg(m.boundaries.size()).arg(m.entryPoints.size())
                                          .arg(m.flows.size()).arg(m.assets.size()).arg(threats.size()))}},
            true);
    {
        QList<QList<Text>> rows;
        for (const InputDigest &in : data.version.inputs)
            rows.append({Text().add(in.path, mono()), Text(in.kind), Text().add(in.digest, mono())});
        b.heading(Tr::tr("Inputs"), 2, false);
        if (rows.isEmpty())
            b.paragraph(Text().add(Tr::tr("No inputs recorded."), muted()), body);
        else
            b.table({0.38, 0.12, 0.50}, {Text(Tr::tr("Input")), Text(Tr::tr("Kind")), Text(Tr::tr("SHA-256"))}, rows);
    }

    // 2. Diagram
    section(2, sections[1]);
    addDiagram(b, m);

    // 3. Inventory
    section(3, sections[2]);
    {
        b.heading(Tr::tr("Components"), 2);
        QList<QList<Text>> rows;
        for (const Component &c : m.components) {
            QStringList facts;
            for (auto it = c.attributes.begin(); it != c.attributes.end(); ++it) {
                if (it.value().isBool() && it.value().toBool())
                    facts.append(it.key());
            }
            rows.append({Text(c.name).add(QString(QChar::LineSeparator)).add(c.id, mono()), Text(enumName(c.kind)), Text(nameOf(c.boundaryId)),
                         Text(facts.join(QStringLiteral(", "))), Text().join(sourceTexts(c.sources.mid(0, 3)), QStringLiteral(", "), mono())});
        }
        b.table({0.28, 0.12, 0.18, 0.18, 0.24}, {Text(Tr::tr("Name")), Text(Tr::tr("Kind")), Text(Tr::tr("Boundary")), Text(Tr::tr("Facts")), Text(Tr::tr("Evidence"))}, rows);

        b.heading(Tr::tr("Trust boundaries"), 2);
        rows.clear();
        for (const TrustBoundary &tb : m.boundaries)
            rows.append({Text(tb.name), Text(enumName(tb.kind)), Text(nameOf(tb.parentId))});
        b.table({0.45, 0.2, 0.35}, {Text(Tr::tr("Name")), Text(Tr::tr("Kind")), Text(Tr::tr("Inside"))}, rows);

        b.heading(Tr::tr("Entry points"), 2);
        rows.clear();
        for (const EntryPoint &e : m.entryPoints) {
            const QString operation = (e.method + QLatin1Char(' ') + e.path).trimmed();
            Text op = Text().add(operation.isEmpty() ? e.name : operation, mono());
            if (e.deprecated)
                op.add(Tr::tr(" (deprecated)"), muted());
            rows.append({op, Text(nameOf(e.componentId)), Text(securityText(e)), Text().join(sourceTexts(e.sources.mid(0, 1)), QString(), mono())});
        }
        b.table({0.36, 0.2, 0.2, 0.24}, {Text(Tr::tr("Operation")), Text(Tr::tr("Component")), Text(Tr::tr("Authentication")), Text(Tr::tr("Evidence"))}, rows);

        b.heading(Tr::tr("Data flows"), 2);
        rows.clear();
        for (const DataFlow &f : m.flows) {
            rows.append({Text(nameOf(f.sourceId)), Text(nameOf(f.targetId)), Text(f.protocol + (f.port ? QStringLiteral(":%1").arg(f.port) : QString())),
                         Text(yesNoUnknown(f.encrypted)), Text(yesNoUnknown(f.authenticated))});
        }
        b.table({0.28, 0.28, 0.16, 0.13, 0.15}, {Text(Tr::tr("From")), Text(Tr::tr("To")), Text(Tr::tr("Protocol")), Text(Tr::tr("Encrypted")), Text(Tr::tr("Authenticated"))}, rows);

        b.heading(Tr::tr("Data assets"), 2);
        rows.clear();
        for (const DataAsset &a : m.assets)
            rows.append({Text(a.name), Text(enumName(a.classification)), Text(a.tags.join(QStringLiteral(", ")))});
        b.table({0.45, 0.2, 0.35}, {Text(Tr::tr("Name")), Text(Tr::tr("Classification")), Text(Tr::tr("Tags"))}, rows);
    }

    // 4. Threats, by severity then status, as cards with a bar in the severity's colour.
    section(4, sections[3]);
    QList<Threat> sorted = threats;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Threat &x, const Threat &y) {
        if (x.severity != y.severity)
            return x.severity > y.severity;
        if (x.status != y.status)
            return x.status < y.status;
        return x.score > y.score;
    });
    if (sorted.isEmpty())
        b.paragraph(Text().add(Tr::tr("No threats in this version."), muted()), body);
    std::optional<Severity> currentSeverity;
    for (const Threat &t : sorted) {
        if (currentSeverity != t.severity) {
            currentSeverity = t.severity;
            const auto count = std::count_if(sorted.cbegin(), sorted.cend(), [&](const Threat &x) { return x.severity == t.severity; });
            b.heading(QStringLiteral("%1 (%2)").arg(displayName(t.severity)).arg(count), 2);
        }
        const QColor colour = severityColour(t.severity);
        const CardDecoration card = [colour](QPainter &p, const QRectF &r) {
            p.fillRect(r, QColor(0xfb, 0xfc, 0xfd));
            p.fillRect(QRectF(r.x(), r.y(), u(3.5), r.height()), colour);
        };
        const qreal indent = 10;
        QStringList targets;
        for (const QString &id : t.targets)
            targets.append(nameOf(id));
        b.space(5);
        b.decoratedSpace(4, card, true);
        Text head;
        head.add(t.title, bold()).add(QStringLiteral("  ")).add(displayName(t.severity).toUpper(), bold(colour));
        head.add(QStringLiteral("  · %1 · %2 · P%3 · %4 · ")
                     .arg(displayName(t.status), displayName(t.stride))
                     .arg(t.effectivePriority())
                     .arg(Tr::tr("score %1").arg(t.score, 0, 'f', 1)),
                 muted());
        head.add(t.fingerprint.left(12), mono());
        b.paragraph(head, body, indent, card, true, 6);
        b.paragraph(Text().add(Tr::tr("Targets") + QStringLiteral(": "), bold()).add(targets.join(QStringLiteral(", "))), body, indent, card, false, 6);
        auto field = [&](const QString &label, const QString &value, const QTextCharFormat &format = {}) {
            b.decoratedSpace(2, card);
            Text text;
            if (!label.isEmpty())
                text.add(label + QStringLiteral(": "), bold());
            text.add(value, format);
            b.paragraph(text, body, indent, card, false, 6);
        };
        if (!t.rationale.isEmpty())
            field(QString(), t.rationale);
        if (!t.mitigation.isEmpty())
            field(Tr::tr("Mitigation"), t.mitigation);
        QStringList factors;
        for (const RiskFactor &f : t.factors)
            factors.append(QStringLiteral("%1 = %2 (%3)").arg(f.name, QString::number(f.value, 'g', 3), f.explanation));
        if (!factors.isEmpty())
            field(Tr::tr("Risk factors"), factors.join(QStringLiteral("; ")));
        QStringList refs;
        for (const Reference &r : t.references)
            refs.append(r.id);
        if (!refs.isEmpty())
            field(Tr::tr("References"), refs.join(QStringLiteral(", ")));
        if (!t.sources.isEmpty())
            field(Tr::tr("Evidence"), sourceTexts(t.sources.mid(0, 5)).join(QStringLiteral(", ")), mono());
        if (!t.justification.isEmpty())
            field(Tr::tr("Decision"), t.justification);
        b.decoratedSpace(4, card);
    }

    // 5. Attack paths
    section(5, sections[4]);
    int paths = 0;
    for (const Threat &t : sorted) {
        if (t.attackPath.isEmpty())
            continue;
        ++paths;
        QStringList hops;
        for (const QString &id : t.attackPath)
            hops.append(nameOf(id));
        b.paragraph(Text().add(displayName(t.severity).toUpper(), bold(severityColour(t.severity))).add(QStringLiteral("  ")).add(t.title, bold()),
                    body, 0, {}, true);
        b.paragraph(Text(hops.join(QStringLiteral(" → "))), body, 10);
        b.space(5);
    }
    if (paths == 0)
        b.paragraph(Text().add(Tr::tr("No attack paths in this version."), muted()), body);

    // 6. Triage decisions: every human decision in the trail
    section(6, sections[5]);
    {
        QHash<QString, QString> titles;
        for (const Threat &t : m.threats)
            titles.insert(QStringLiteral("threat:") + t.fingerprint, t.title);
        static const QStringList automatic = {QStringLiteral("threat.suggested"), QStringLiteral("threat.resolved-by-change")};
        QList<QList<Text>> rows;
        for (const AuditEntry &e : data.audit) {
            if (!e.subject.startsWith(QLatin1StringView("threat:")) || automatic.contains(e.action))
                continue;
            rows.append({Text(audit::formatTime(e.at)), Text(e.actor), Text(e.action), Text(titles.value(e.subject, e.subject)), Text(e.reason)});
        }
        if (rows.isEmpty())
            b.paragraph(Text().add(Tr::tr("No triage decisions yet."), muted()), body);
        else
            b.table({0.2, 0.14, 0.13, 0.27, 0.26}, {Text(Tr::tr("Time (UTC)")), Text(Tr::tr("Actor")), Text(Tr::tr("Decision")), Text(Tr::tr("Threat")), Text(Tr::tr("Reason"))}, rows);
    }

    // 7. Audit trail
    section(7, sections[6]);
    {
        const bool ok = data.verification.ok;
        b.paragraph(Text().add(ok ? Tr::tr("Hash chain verified: all %1 entries are intact.").arg(data.verification.entries)
                                  : Tr::tr("Hash chain BROKEN at entry %1: %2").arg(data.verification.firstBadSeq).arg(data.verification.problem),
                               bold(ok ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28))),
                    font(10));
        b.space(6);
        QList<QList<Text>> rows;
        for (const AuditEntry &e : data.audit) {
            rows.append({Text(QString::number(e.seq)), Text(audit::formatTime(e.at)), Text(e.actor), Text(e.action), Text().add(e.subject, mono()),
                         Text(e.reason), Text().add(e.hash.left(16), mono())});
        }
        b.table({0.05, 0.2, 0.11, 0.13, 0.17, 0.2, 0.14},
                {Text(QStringLiteral("#")), Text(Tr::tr("Time (UTC)")), Text(Tr::tr("Actor")), Text(Tr::tr("Action")), Text(Tr::tr("Subject")), Text(Tr::tr("Reason")), Text(Tr::tr("Hash"))},
                rows);
    }

    // 8. Diff
    if (data.diff) {
        const diff::ModelDiff &d = *data.diff;
        section(8, Tr::tr("Changes since version %1").arg(data.baselineVersion.value_or(0)));
        QList<QList<Text>> rows;
        for (const diff::ElementChange &c : d.elements) {
            QStringList fields;
            for (const diff::FieldChange &f : c.fields) {
                auto text = [](const QJsonValue &v) {
                    return v.isString() ? v.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
                };
                fields.append(QStringLiteral("%1: %2 → %3").arg(f.field, text(f.before), text(f.after)));
            }
            rows.append({Text(diff::changeName(c.change)), Text(c.elementKind), Text().add(c.id, mono()), Text(fields.join(QString(QChar::LineSeparator)))});
        }
        if (!rows.isEmpty())
            b.table({0.12, 0.14, 0.3, 0.44}, {Text(Tr::tr("Change")), Text(Tr::tr("Kind")), Text(Tr::tr("Element")), Text(Tr::tr("Fields"))}, rows);
        rows.clear();
        for (const diff::ThreatChange &t : d.threats)
            rows.append({Text(diff::changeName(t.change)), Text().add(displayName(t.severityAfter), bold(severityColour(t.severityAfter))), Text(t.title)});
        if (!rows.isEmpty())
            b.table({0.16, 0.14, 0.7}, {Text(Tr::tr("Threat change")), Text(Tr::tr("Severity")), Text(Tr::tr("Threat"))}, rows);
        if (d.elements.isEmpty() && d.threats.isEmpty())
            b.paragraph(Text().add(Tr::tr("No changes."), muted()), body);
    }

    // The contents, inserted on the title page now that every entry is known; their page
    // numbers are filled in by pagination and read when painting.
    {
        std::vector<Slice> contents;
        Builder c(&writer);
        c.heading(Tr::tr("Contents"), 2, false);
        c.space(4);
        const auto pages = b.tocPages();
        for (qsizetype i = 0; i < b.toc().size(); ++i) {
            const TocEntry entry = b.toc()[i];
            const QFont f = font(entry.level == 1 ? 10 : 9, entry.level == 1);
            const qreal height = u(entry.level == 1 ? 17 : 13.5);
            c.custom(height, [entry, f, content, pages, i](QPainter &p, qreal y) {
                p.save();
                p.setFont(f);
                p.setPen(kInk);
                const QFontMetricsF fm(f, p.device());
                const qreal x = content.x() + (entry.level == 1 ? 0 : u(16));
                const QString number = QString::number(pages->value(i));
                const qreal numberWidth = fm.horizontalAdvance(number);
                const qreal baseline = y + fm.ascent();
                const QString text = fm.elidedText(entry.text, Qt::ElideRight, content.right() - x - numberWidth - u(40));
                p.drawText(QPointF(x, baseline), text);
                p.drawText(QPointF(content.right() - numberWidth, baseline), number);
                QPen dots(kMuted, u(0.8));
                dots.setStyle(Qt::DotLine);
                p.setPen(dots);
                const qreal from = x + fm.horizontalAdvance(text) + u(6);
                const qreal to = content.right() - numberWidth - u(6);
                if (to > from)
                    p.drawLine(QPointF(from, baseline), QPointF(to, baseline));
                p.restore();
            });
        }
        auto &all = b.slices();
        all.insert(all.begin() + contentsSlice, std::make_move_iterator(c.slices().begin()), std::make_move_iterator(c.slices().end()));
    }

    const QList<QList<Placed>> pages = b.paginate();
    const QString headerText = clean(QStringLiteral("Threatwright · %1 · %2").arg(data.projectName, Tr::tr("version %1").arg(data.version.id)), true);
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(Tr::tr("The PDF could not be started."));
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0 && !writer.newPage())
            return makeError(Tr::tr("The PDF could not get a new page."));
        paintFrame(painter, headerText, int(i + 1), int(pages.size()));
        for (const Placed &placed : pages[i])
            placed.slice->paint(painter, placed.y);
    }
    if (!painter.end())
        return makeError(Tr::tr("The PDF could not be finished."));
    return buffer.data();
}

} // namespace tw::report
