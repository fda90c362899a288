// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/diagram.h"

#include "layout/diagramstyle.h"
#include "layout/graphlayout.h"
#include "model/enums.h"
#include "model/threatsummary.h"

#include <QHash>

namespace tw::report {
namespace {

QString num(double v)
{
    return QString::number(v, 'f', 1);
}

} // namespace

QString escapeXml(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QStringLiteral("&amp;"); break;
        case '<': out += QStringLiteral("&lt;"); break;
        case '>': out += QStringLiteral("&gt;"); break;
        case '"': out += QStringLiteral("&quot;"); break;
        case '\'': out += QStringLiteral("&#39;"); break;
        default:
            // Control characters are not allowed in XML 1.0; show them as spaces.
            out += (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t')) ? QChar(QLatin1Char(' ')) : c;
        }
    }
    return out;
}

Result<QByteArray> svgDiagram(const SystemModel &model)
{
    layout::LayoutRequest request;
    for (const TrustBoundary &b : model.boundaries)
        request.clusters.append(layout::ClusterSpec{b.id, b.name, b.parentId});
    QHash<QString, const Component *> components;
    for (const Component &c : model.components) {
        components.insert(c.id, &c);
        layout::NodeSpec node{c.id, c.name, c.boundaryId, 2.0, 0.65, layout::kindStyle(c.kind).shape};
        request.nodes.append(node);
    }
    for (const DataFlow &f : model.flows)
        request.edges.append(layout::EdgeSpec{f.id, f.sourceId, f.targetId, f.protocol});
    auto laidOut = layout::layoutGraph(request);
    if (!laidOut)
        return laidOut.error();

    // Open threats per component, and the worst severity among them.
    const QHash<QString, OpenThreats> open = openThreatsByElement(model);

    const QRectF bounds = laidOut->bounds.adjusted(-12, -12, 12, 12);
    QString svg;
    svg += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"%1 %2 %3 %4\" width=\"%3\" height=\"%4\" "
                          "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" role=\"img\">\n")
               .arg(num(bounds.x()), num(bounds.y()), num(bounds.width()), num(bounds.height()));
    svg += QStringLiteral("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
                          "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#546e7a\"/>"
                          "</marker></defs>\n");
    svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#ffffff\"/>\n")
               .arg(num(bounds.x()), num(bounds.y()), num(bounds.width()), num(bounds.height()));
    QHash<QString, const TrustBoundary *> boundaries;
    for (const TrustBoundary &b : model.boundaries)
        boundaries.insert(b.id, &b);
    for (const layout::ClusterGeometry &c : laidOut->clusters) {
        const TrustBoundary *b = boundaries.value(c.id);
        const bool internet = b && b->kind == BoundaryKind::Internet;
        svg += QStringLiteral("<g class=\"boundary\"><rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"6\" fill=\"%5\" "
                              "stroke=\"%6\" stroke-dasharray=\"6 3\"/>")
                   .arg(num(c.box.x()), num(c.box.y()), num(c.box.width()), num(c.box.height()),
                        internet ? QStringLiteral("#fff8f6") : (c.depth % 2 ? QStringLiteral("#f7f9fb") : QStringLiteral("#fbfcfd")),
                        internet ? QStringLiteral("#d84315") : QStringLiteral("#90a4ae"));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"11\" font-weight=\"bold\" fill=\"#455a64\">%3</text></g>\n")
                   .arg(num(c.box.x() + 6), num(c.box.y() + 14), escapeXml(b ? b->name : c.id));
    }
    QHash<QString, const DataFlow *> flows;
    for (const DataFlow &f : model.flows)
        flows.insert(f.id, &f);
    for (const layout::EdgeGeometry &e : laidOut->edges) {
        const DataFlow *f = flows.value(e.id);
        const bool cleartext = f && f->encrypted.has_value() && !*f->encrypted;
        for (qsizetype p = 0; p < e.pieces.size(); ++p) {
            const QList<QPointF> &pts = e.pieces[p];
            if (pts.isEmpty())
                continue;
            QString d = QStringLiteral("M%1,%2").arg(num(pts[0].x()), num(pts[0].y()));
            for (qsizetype i = 1; i + 2 < pts.size(); i += 3) {
                d += QStringLiteral(" C%1,%2 %3,%4 %5,%6")
                         .arg(num(pts[i].x()), num(pts[i].y()), num(pts[i + 1].x()), num(pts[i + 1].y()), num(pts[i + 2].x()),
                              num(pts[i + 2].y()));
            }
            if (p + 1 == e.pieces.size() && e.arrowHead)
                d += QStringLiteral(" L%1,%2").arg(num(e.arrowHead->x()), num(e.arrowHead->y()));
            svg += QStringLiteral("<path d=\"%1\" fill=\"none\" stroke=\"%2\" stroke-width=\"1.2\"%3%4/>\n")
                       .arg(d, cleartext ? QStringLiteral("#d84315") : QStringLiteral("#546e7a"),
                            cleartext ? QStringLiteral(" stroke-dasharray=\"4 2\"") : QString(),
                            p + 1 == e.pieces.size() ? QStringLiteral(" marker-end=\"url(#arrow)\"") : QString());
        }
        if (e.labelPos && f && !f->protocol.isEmpty()) {
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"8\" text-anchor=\"middle\" fill=\"#37474f\">%3</text>\n")
                       .arg(num(e.labelPos->x()), num(e.labelPos->y()), escapeXml(f->protocol));
        }
    }
    for (const layout::NodeGeometry &n : laidOut->nodes) {
        const Component *c = components.value(n.id);
        const layout::KindStyle style = layout::kindStyle(c ? c->kind : ComponentKind::Generic);
        const QRectF &r = n.box;
        const bool exposed = c && c->attributes.value(QLatin1StringView(attr::InternetFacing)).toBool();
        svg += QStringLiteral("<g class=\"component\"><rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"%5\" fill=\"%6\" "
                              "stroke=\"%7\" stroke-width=\"%8\"/>")
                   .arg(num(r.x()), num(r.y()), num(r.width()), num(r.height()),
                        c && c->kind == ComponentKind::Datastore ? QStringLiteral("14") : QStringLiteral("4"),
                        style.fill.name(), style.stroke.name(), exposed ? QStringLiteral("2.4") : QStringLiteral("1.2"));
        const QString name = c ? c->name : n.id;
        const QString shown = name.size() > 28 ? name.left(27) + QChar(0x2026) : name;
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"10\" text-anchor=\"middle\" fill=\"#263238\">%3</text>")
                   .arg(num(r.center().x()), num(r.center().y() - 1), escapeXml(shown));
        if (c) {
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"7.5\" text-anchor=\"middle\" fill=\"#607d8b\">%3</text>")
                       .arg(num(r.center().x()), num(r.center().y() + 10),
                            escapeXml(enumName(c->kind) + (c->technology.isEmpty() ? QString() : QStringLiteral(" · ") + c->technology)));
        }
        if (const OpenThreats badge = open.value(n.id); badge.count > 0) {
            svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"8\" fill=\"%3\"/><text x=\"%1\" y=\"%4\" font-size=\"8\" "
                                  "text-anchor=\"middle\" fill=\"#ffffff\" font-weight=\"bold\">%5</text>")
                       .arg(num(r.right() - 2), num(r.top() + 2), layout::severityColour(badge.worst).name(),
                            num(r.top() + 5), QString::number(badge.count));
        }
        svg += QStringLiteral("</g>\n");
    }
    svg += QStringLiteral("</svg>\n");
    return svg.toUtf8();
}

} // namespace tw::report
