// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphscene.h"

#include "common/text.h"
#include "graph/flowlayer.h"
#include "graph/itemtile.h"
#include "layout/diagramstyle.h"
#include "model/enums.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QTextDocument>
#include <QtMath>

#include <algorithm>

namespace tw::ui {
namespace {

constexpr double PointsPerInch = 72.0;
constexpr double IconSize = 20.0;
constexpr double IconMargin = 9.0;
constexpr double TextGap = 7.0;
constexpr double BadgeRadius = 9.5;
constexpr double MinNodeWidth = 1.7 * PointsPerInch;
constexpr double MaxNodeWidth = 4.4 * PointsPerInch;
/// Below this zoom text is too small to read: skip it (large graphs stay fluid).
constexpr double TextLevelOfDetail = 0.35;
/**
 * Text smaller than this on screen cannot be read: a component's lines are drawn as bars of
 * their width instead ("greeking"), which keeps the shape of the labels for a fraction of the
 * cost (shaping and blending glyphs was a third of a 500-component graph's first frame).
 */
constexpr double ReadableTextPixels = 6;

bool readableAt(double pixels, double levelOfDetail)
{
    return pixels * levelOfDetail >= ReadableTextPixels;
}

/** The application font at `pixels` (items are drawn in scene units, not points). */
QFont itemFont(int pixels, bool bold)
{
    QFont font = QApplication::font();
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

constexpr int NamePixels = 12;
constexpr int DetailPixels = 10;
constexpr int BadgePixels = 10;
QFont nameFont() { return itemFont(NamePixels, true); }
QFont detailFont() { return itemFont(DetailPixels, false); }
QFont titleFont() { return itemFont(12, true); }
QFont labelFont() { return itemFont(10, false); }
QFont badgeFont() { return itemFont(BadgePixels, true); }

QPalette paletteOf(const QGraphicsItem *item)
{
    return item->scene() ? item->scene()->palette() : QApplication::palette();
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

/** `a` over `b` with `alpha` in 0..1. */
QColor blend(const QColor &a, const QColor &b, double alpha)
{
    return QColor::fromRgbF(float(a.redF() * alpha + b.redF() * (1 - alpha)), float(a.greenF() * alpha + b.greenF() * (1 - alpha)),
                            float(a.blueF() * alpha + b.blueF() * (1 - alpha)));
}

/** A kind's accent colour, lifted on dark backgrounds so strokes and icons keep their contrast. */
QColor accent(const QColor &stroke, const QPalette &palette)
{
    return isDark(palette) ? blend(stroke, QColor(Qt::white), 0.55) : stroke;
}

QColor mutedText(const QPalette &palette)
{
    return blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.62);
}

double levelOfDetail(const QStyleOptionGraphicsItem *option, const QPainter *painter)
{
    return option->levelOfDetailFromTransform(painter->worldTransform());
}

QString kindLabel(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::Service: return QApplication::translate("tw::ui::ComponentItem", "service");
    case ComponentKind::Process: return QApplication::translate("tw::ui::ComponentItem", "process");
    case ComponentKind::Datastore: return QApplication::translate("tw::ui::ComponentItem", "datastore");
    case ComponentKind::Queue: return QApplication::translate("tw::ui::ComponentItem", "queue");
    case ComponentKind::Gateway: return QApplication::translate("tw::ui::ComponentItem", "gateway");
    case ComponentKind::Function: return QApplication::translate("tw::ui::ComponentItem", "function");
    case ComponentKind::ExternalEntity: return QApplication::translate("tw::ui::ComponentItem", "external entity");
    case ComponentKind::Client: return QApplication::translate("tw::ui::ComponentItem", "client");
    case ComponentKind::IdentityProvider: return QApplication::translate("tw::ui::ComponentItem", "identity provider");
    case ComponentKind::SecretStore: return QApplication::translate("tw::ui::ComponentItem", "secret store");
    case ComponentKind::AiService: return QApplication::translate("tw::ui::ComponentItem", "AI service");
    case ComponentKind::Generic: break;
    }
    return QApplication::translate("tw::ui::ComponentItem", "component");
}

using text::shown;

QString detailLine(const Component &c)
{
    return c.technology.isEmpty() ? kindLabel(c.kind) : kindLabel(c.kind) + QStringLiteral(" · ") + c.technology;
}

QString threatLine(const OpenThreats &threats)
{
    if (threats.count == 0)
        return QApplication::translate("tw::ui::ComponentItem", "No open threats");
    return QApplication::translate("tw::ui::ComponentItem", "%n open threat(s), worst: %1", nullptr, threats.count)
        .arg(displayName(threats.worst));
}

/** A small vector icon per kind, drawn in `r` with the current pen. */
void drawKindIcon(QPainter *p, ComponentKind kind, const QRectF &r)
{
    const QPointF c = r.center();
    const double s = r.width();
    p->setBrush(Qt::NoBrush);
    switch (kind) {
    case ComponentKind::Datastore: {
        const QRectF top(r.left() + 2, r.top() + 1, s - 4, s * 0.3);
        p->drawEllipse(top);
        p->drawLine(QPointF(top.left(), top.center().y()), QPointF(top.left(), r.bottom() - top.height() / 2));
        p->drawLine(QPointF(top.right(), top.center().y()), QPointF(top.right(), r.bottom() - top.height() / 2));
        p->drawArc(QRectF(top.left(), r.bottom() - top.height() - 1, top.width(), top.height()), 180 * 16, 180 * 16);
        p->drawArc(QRectF(top.left(), c.y() - top.height() / 2, top.width(), top.height()), 180 * 16, 180 * 16);
        break;
    }
    case ComponentKind::Queue:
        for (int i = 0; i < 3; ++i)
            p->drawRoundedRect(QRectF(r.left() + 1 + i * s * 0.32, r.top() + s * 0.2, s * 0.24, s * 0.6), 1.5, 1.5);
        break;
    case ComponentKind::Gateway: {
        p->drawLine(QPointF(r.left() + s * 0.62, r.top() + 2), QPointF(r.left() + s * 0.62, r.bottom() - 2));
        p->drawLine(QPointF(r.left() + 1, c.y()), QPointF(r.right() - 1, c.y()));
        p->drawLine(QPointF(r.right() - 1, c.y()), QPointF(r.right() - s * 0.28, c.y() - s * 0.22));
        p->drawLine(QPointF(r.right() - 1, c.y()), QPointF(r.right() - s * 0.28, c.y() + s * 0.22));
        break;
    }
    case ComponentKind::Function: {
        QPainterPath lambda;
        lambda.moveTo(r.left() + s * 0.22, r.top() + 2);
        lambda.quadTo(r.left() + s * 0.5, r.top() + 1, r.left() + s * 0.55, r.top() + s * 0.35);
        lambda.lineTo(r.right() - 2, r.bottom() - 2);
        lambda.moveTo(r.left() + s * 0.47, r.top() + s * 0.5);
        lambda.lineTo(r.left() + 2, r.bottom() - 2);
        p->drawPath(lambda);
        break;
    }
    case ComponentKind::ExternalEntity: {
        const QRectF globe = r.adjusted(1, 1, -1, -1);
        p->drawEllipse(globe);
        p->drawEllipse(globe.adjusted(s * 0.28, 0, -s * 0.28, 0));
        p->drawLine(QPointF(globe.left(), c.y()), QPointF(globe.right(), c.y()));
        break;
    }
    case ComponentKind::Client:
        p->drawRoundedRect(QRectF(r.left() + 1, r.top() + 2, s - 2, s * 0.6), 2, 2);
        p->drawLine(QPointF(c.x(), r.top() + 2 + s * 0.6), QPointF(c.x(), r.bottom() - 2));
        p->drawLine(QPointF(c.x() - s * 0.25, r.bottom() - 2), QPointF(c.x() + s * 0.25, r.bottom() - 2));
        break;
    case ComponentKind::IdentityProvider:
        p->drawEllipse(QRectF(c.x() - s * 0.18, r.top() + 1, s * 0.36, s * 0.36));
        p->drawArc(QRectF(r.left() + 2, r.top() + s * 0.45, s - 4, s * 0.9), 0, 180 * 16);
        break;
    case ComponentKind::SecretStore:
        p->drawRoundedRect(QRectF(r.left() + 3, c.y() - 1, s - 6, s * 0.45), 2, 2);
        p->drawArc(QRectF(c.x() - s * 0.22, r.top() + 1, s * 0.44, s * 0.5), 0, 180 * 16);
        p->drawLine(QPointF(c.x() - s * 0.22, r.top() + 1 + s * 0.25), QPointF(c.x() - s * 0.22, c.y() - 1));
        p->drawLine(QPointF(c.x() + s * 0.22, r.top() + 1 + s * 0.25), QPointF(c.x() + s * 0.22, c.y() - 1));
        break;
    case ComponentKind::AiService: {
        QPainterPath star;
        star.moveTo(c.x(), r.top());
        star.quadTo(c, QPointF(r.right(), c.y()));
        star.quadTo(c, QPointF(c.x(), r.bottom()));
        star.quadTo(c, QPointF(r.left(), c.y()));
        star.quadTo(c, QPointF(c.x(), r.top()));
        p->drawPath(star);
        break;
    }
    case ComponentKind::Service:
    case ComponentKind::Process:
    case ComponentKind::Generic: {
        // A cog: a ring with eight teeth.
        const double outer = s * 0.48;
        const double inner = s * 0.34;
        p->drawEllipse(c, inner, inner);
        p->drawEllipse(c, s * 0.13, s * 0.13);
        for (int i = 0; i < 8; ++i) {
            const double a = i * M_PI / 4;
            p->drawLine(c + QPointF(std::cos(a), std::sin(a)) * inner, c + QPointF(std::cos(a), std::sin(a)) * outer);
        }
        break;
    }
    }
}

} // namespace

QString componentKindLabel(ComponentKind kind)
{
    return kindLabel(kind);
}

QString flowLabel(const DataFlow &flow)
{
    if (flow.protocol.isEmpty())
        return flow.port > 0 ? QString::number(flow.port) : QString();
    return shown(flow.port > 0 ? flow.protocol + QLatin1Char(':') + QString::number(flow.port) : flow.protocol);
}

QColor changeMarkColour(ChangeMark mark)
{
    return mark == ChangeMark::Added ? QColor(0x2e, 0x7d, 0x32) : QColor(0xf0, 0xa0, 0x00);
}

QColor attackPathColour()
{
    return QColor(0xd8, 0x1b, 0x60);
}

namespace {

constexpr double DimmedOpacity = 0.16;

QString changeTag(ChangeMark mark)
{
    return mark == ChangeMark::Added ? QApplication::translate("tw::ui::GraphItem", "NEW")
                                     : QApplication::translate("tw::ui::GraphItem", "CHANGED");
}

/** The tag a change mark puts above the top-left corner of `box`. */
QRectF changeTagRect(const QRectF &box, ChangeMark mark)
{
    const QFontMetricsF fm(badgeFont());
    const double w = fm.horizontalAdvance(changeTag(mark)) + 10;
    return QRectF(box.left() - 2, box.top() - fm.height() - 6, w, fm.height() + 3);
}

/** A change mark around `outline` (a wide coloured stroke) and its tag; plain in overviews. */
void drawChangeMark(QPainter *painter, ChangeMark mark, const QPainterPath &outline, const QRectF &box, bool overview)
{
    if (mark == ChangeMark::None)
        return;
    const QColor colour = changeMarkColour(mark);
    if (overview) {
        painter->setBrush(Qt::NoBrush);
        QPen pen(colour, 3);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->drawRect(box.adjusted(-3, -3, 3, 3));
        return;
    }
    painter->setPen(QPen(colour, 3.5));
    painter->setBrush(Qt::NoBrush);
    QPainterPathStroker grow;
    grow.setWidth(8);
    painter->drawPath(outline.united(grow.createStroke(outline)));
    const QRectF tag = changeTagRect(box, mark);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(tag, 3, 3);
    painter->setPen(Qt::white);
    painter->setFont(badgeFont());
    painter->drawText(tag, Qt::AlignCenter, changeTag(mark));
}

/** The attack-path halo around `outline`. */
void drawPathHalo(QPainter *painter, const QPainterPath &outline, const QRectF &box, bool overview)
{
    QColor halo = attackPathColour();
    if (overview) {
        QPen pen(halo, 4);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(box.adjusted(-2, -2, 2, 2));
        return;
    }
    halo.setAlphaF(0.55f);
    painter->setPen(QPen(halo, 9));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(outline);
}

} // namespace

// GraphItem ------------------------------------------------------------------------------------

void GraphItem::setElementId(const QString &id)
{
    m_elementId = id;
    setData(ElementIdRole, id);
}

void GraphItem::setTextToolTip(const QStringList &lines)
{
    // A tooltip is rich text whenever Qt::mightBeRichText() says so, and names come from the
    // imported files: escaped, so markup in a name is shown, never rendered.
    QStringList cut;
    cut.reserve(lines.size());
    for (const QString &line : lines)
        cut.append(shown(line));
    setToolTip(Qt::convertFromPlainText(cut.join(QLatin1Char('\n')), Qt::WhiteSpaceNoWrap));
}

void GraphItem::boundsMayHaveGrown()
{
    if (ItemTile *tile = ItemTile::of(this))
        tile->include(mapRectToParent(boundingRect()));
}

QVariant GraphItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemParentHasChanged)
        boundsMayHaveGrown();
    return QGraphicsItem::itemChange(change, value);
}

void GraphItem::setEmphasis(Emphasis emphasis)
{
    if (m_emphasis == emphasis)
        return;
    m_emphasis = emphasis;
    setOpacity(emphasis == Emphasis::Dimmed ? DimmedOpacity : 1.0);
    emphasisChanged();
    update();
}

void GraphItem::setChangeMark(ChangeMark mark)
{
    if (m_changeMark == mark)
        return;
    prepareGeometryChange(); // the tag reaches outside the item's box
    m_changeMark = mark;
    changeMarkChanged();
    update();
}

// NodeItem -------------------------------------------------------------------------------------

void NodeItem::setGeometry(const QRectF &box)
{
    prepareGeometryChange();
    m_box = QRectF(-box.width() / 2, -box.height() / 2, box.width(), box.height());
    setPos(box.center());
    updateBounds();
    geometryChanged();
}

QString NodeItem::badgeText() const
{
    const int count = threatBadge().count;
    return count > 99 ? QStringLiteral("99+") : QString::number(count);
}

void NodeItem::updateBounds()
{
    if (threatBadge().count > 0) {
        const double w = std::max(2 * BadgeRadius, QFontMetricsF(badgeFont()).horizontalAdvance(badgeText()) + 9);
        m_badgeRect = QRectF(m_box.right() - w + 6, m_box.top() - BadgeRadius + 3, w, 2 * BadgeRadius);
    } else {
        m_badgeRect = QRectF();
    }
    const QRectF bounds = computeBounds();
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
    boundsMayHaveGrown(); // also after setGeometry() moved the item
}

QRectF NodeItem::computeBounds() const
{
    QRectF r = m_box.adjusted(-m_margin, -m_margin, m_margin, m_margin);
    if (!m_badgeRect.isEmpty())
        r = r.united(m_badgeRect.adjusted(-1, -1, 1, 1));
    if (changeMark() != ChangeMark::None)
        r = r.united(m_box.adjusted(-7, -7, 7, 7)).united(changeTagRect(m_box, changeMark()).adjusted(-1, -1, 1, 1));
    else if (emphasis() == Emphasis::Highlighted)
        r = r.united(m_box.adjusted(-6, -6, 6, 6)); // the halo
    return r;
}

void NodeItem::emphasisChanged()
{
    updateBounds();
}

void NodeItem::changeMarkChanged()
{
    updateBounds();
}

// NodeSizer ------------------------------------------------------------------------------------

NodeSizer::NodeSizer()
    : m_name(nameFont())
    , m_detail(detailFont())
    , m_title(titleFont())
{
}

double NodeSizer::component(const Component &component) const
{
    // The name decides; the kind/technology line is secondary and may be elided (image names
    // such as ghcr.io/org/service:tag are long).
    const double name = m_name.horizontalAdvance(shown(component.name));
    const double detail = std::min(m_detail.horizontalAdvance(shown(detailLine(component))), 1.9 * PointsPerInch);
    // Queues keep two slots on the right; a gateway's slanted ends take room on both sides.
    const double extra = component.kind == ComponentKind::Queue ? 14 : component.kind == ComponentKind::Gateway ? 16 : 0;
    const double width = IconMargin + IconSize + TextGap + std::max(name, detail) + 16 + extra;
    return std::clamp(width, MinNodeWidth, MaxNodeWidth) / PointsPerInch;
}

double NodeSizer::collapsedBoundary(const TrustBoundary &boundary) const
{
    const double title = m_title.horizontalAdvance(shown(boundary.name)) + 2 * IconMargin + IconSize + TextGap + 24;
    return std::clamp(title, MinNodeWidth, MaxNodeWidth) / PointsPerInch;
}

// ComponentItem --------------------------------------------------------------------------------

ComponentItem::ComponentItem(const Component &component, const OpenThreats &threats)
    : NodeItem(4)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setZValue(NodeZ);
    // No geometry until the layout gives one: sizing the name here would measure every name of
    // a large model twice on the GUI thread.
    syncWithComponent(component, threats);
}

void ComponentItem::syncWithComponent(const Component &component, const OpenThreats &threats)
{
    m_component = component;
    m_threats = threats;
    setElementId(component.id);
    updateToolTip();
    updateBounds();
    if (!m_box.isEmpty())
        prepareText();
    update();
}

std::pair<double, double> ComponentItem::textColumn() const
{
    const double indent = m_component.kind == ComponentKind::Gateway ? m_box.height() * 0.2 : 0;
    const double left = m_box.left() + IconMargin + indent + IconSize + TextGap;
    return {left, m_box.right() - left - (m_component.kind == ComponentKind::Queue ? 16 : 8) - indent};
}

void ComponentItem::prepareText()
{
    const QFontMetricsF nm(nameFont());
    const QFontMetricsF dm(detailFont());
    const double width = textColumn().second;
    m_nameHeight = nm.height();
    m_detailHeight = dm.height();
    m_nameText.setTextFormat(Qt::PlainText);
    m_nameText.setText(nm.elidedText(shown(m_component.name), Qt::ElideRight, width));
    m_detailText.setTextFormat(Qt::PlainText);
    m_detailText.setText(dm.elidedText(shown(detailLine(m_component)), Qt::ElideRight, width));
    m_nameBarWidth = std::min(width, m_nameText.text().size() * nm.averageCharWidth());
    m_detailBarWidth = std::min(width, m_detailText.text().size() * dm.averageCharWidth());
}

QColor ComponentItem::badgeColour() const
{
    return m_threats.count > 0 ? layout::severityColour(m_threats.worst) : QColor();
}

QPainterPath ComponentItem::outline() const
{
    QPainterPath path;
    const QRectF r = m_box;
    switch (m_component.kind) {
    case ComponentKind::Datastore: {
        const double e = std::min(14.0, r.height() * 0.3);
        path.moveTo(r.left(), r.top() + e / 2);
        path.arcTo(QRectF(r.left(), r.top(), r.width(), e), 180, -180);
        path.lineTo(r.right(), r.bottom() - e / 2);
        path.arcTo(QRectF(r.left(), r.bottom() - e, r.width(), e), 0, -180);
        path.closeSubpath();
        break;
    }
    case ComponentKind::Gateway: {
        const double cut = r.height() * 0.28;
        path.addPolygon(QPolygonF({QPointF(r.left() + cut, r.top()), QPointF(r.right() - cut, r.top()), QPointF(r.right(), r.center().y()),
                                   QPointF(r.right() - cut, r.bottom()), QPointF(r.left() + cut, r.bottom()), QPointF(r.left(), r.center().y())}));
        path.closeSubpath();
        break;
    }
    case ComponentKind::ExternalEntity:
    case ComponentKind::Client:
        path.addRect(r);
        break;
    case ComponentKind::Service:
    case ComponentKind::Process:
    case ComponentKind::Function:
        path.addRoundedRect(r, 12, 12);
        break;
    default:
        path.addRoundedRect(r, 5, 5);
        break;
    }
    return path;
}

QPainterPath ComponentItem::shape() const
{
    QPainterPath path = outline();
    if (m_threats.count > 0)
        path.addEllipse(badgeRect());
    return path;
}

void ComponentItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{

    const QPalette palette = paletteOf(this);
    const layout::KindStyle style = layout::kindStyle(m_component.kind);
    const QColor stroke = accent(style.stroke, palette);
    const bool dark = isDark(palette);
    const QColor fill = dark ? blend(style.stroke, palette.color(QPalette::Base), 0.22) : style.fill;
    const bool exposed = m_component.attributes.value(QLatin1StringView(attr::InternetFacing)).toBool();
    const bool selected = option->state & QStyle::State_Selected;
    const bool hovered = option->state & QStyle::State_MouseOver;
    const double lod = levelOfDetail(option, painter);

    if (lod < OverviewLevelOfDetail) {
        // Overview: a plain box, the badge as a square; nothing a viewer could read at this size.
        painter->setRenderHint(QPainter::Antialiasing, false);
        QPen pen(selected ? palette.color(QPalette::Highlight) : stroke, selected ? 3 : 1);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(fill);
        painter->drawRect(m_box);
        if (emphasis() == Emphasis::Highlighted)
            drawPathHalo(painter, QPainterPath(), m_box, true);
        drawChangeMark(painter, changeMark(), QPainterPath(), m_box, true);
        if (m_threats.count > 0)
            painter->fillRect(QRectF(m_box.right() - m_box.height() * 0.45, m_box.top(), m_box.height() * 0.45, m_box.height() * 0.45),
                              badgeColour());
        return;
    }

    painter->setRenderHint(QPainter::Antialiasing);
    const QPainterPath path = outline();
    drawChangeMark(painter, changeMark(), path, m_box, false);
    if (emphasis() == Emphasis::Highlighted)
        drawPathHalo(painter, path, m_box, false);
    if (selected) {
        QColor halo = palette.color(QPalette::Highlight);
        halo.setAlphaF(0.35f);
        painter->setPen(QPen(halo, 7));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
    }
    painter->setPen(QPen(selected ? palette.color(QPalette::Highlight) : stroke, exposed || selected || hovered ? 2.4 : 1.3));
    painter->setBrush(fill);
    painter->drawPath(path);

    // Kind details drawn on the shape: a queue's slots, an external entity's double edge.
    painter->setPen(QPen(stroke, 1.0));
    if (m_component.kind == ComponentKind::Queue) {
        for (int i = 1; i <= 2; ++i)
            painter->drawLine(QPointF(m_box.right() - 6 * i, m_box.top() + 4), QPointF(m_box.right() - 6 * i, m_box.bottom() - 4));
    } else if (m_component.kind == ComponentKind::Datastore) {
        const double e = std::min(14.0, m_box.height() * 0.3);
        painter->drawArc(QRectF(m_box.left(), m_box.top(), m_box.width(), e), 180 * 16, 180 * 16);
    } else if (m_component.kind == ComponentKind::ExternalEntity) {
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(m_box.adjusted(3, 3, -3, -3));
    }

    if (lod >= TextLevelOfDetail) {
        const double indent = m_component.kind == ComponentKind::Gateway ? m_box.height() * 0.2 : 0;
        const QRectF icon(m_box.left() + IconMargin + indent, m_box.center().y() - IconSize / 2 + 1, IconSize, IconSize);
        painter->setPen(QPen(stroke, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        drawKindIcon(painter, m_component.kind, icon);

        const double textLeft = textColumn().first;
        const double top = m_box.center().y() - (m_nameHeight + m_detailHeight) / 2;
        // The font is made only for text that is drawn (a QFont per line per paint otherwise).
        const auto line = [&](const QStaticText &text, double barWidth, QFont (*font)(), int pixels, double y,
                              double height, QColor colour) {
            if (readableAt(pixels, lod)) {
                painter->setFont(font());
                painter->setPen(colour);
                painter->drawStaticText(QPointF(textLeft, y), text);
                return;
            }
            colour.setAlphaF(colour.alphaF() * 0.45f);
            painter->fillRect(QRectF(textLeft, y + height * 0.3, barWidth, height * 0.4), colour);
        };
        line(m_nameText, m_nameBarWidth, nameFont, NamePixels, top, m_nameHeight, palette.color(QPalette::Text));
        line(m_detailText, m_detailBarWidth, detailFont, DetailPixels, top + m_nameHeight, m_detailHeight,
             mutedText(palette));
    }

    if (m_threats.count > 0) {
        const QRectF badge = badgeRect();
        painter->setPen(QPen(palette.color(QPalette::Base), 1.5));
        painter->setBrush(badgeColour());
        painter->drawRoundedRect(badge, BadgeRadius, BadgeRadius);
        if (readableAt(BadgePixels, lod)) { // the colour tells the severity; the count needs reading
            painter->setPen(Qt::white);
            painter->setFont(badgeFont());
            painter->drawText(badge, Qt::AlignCenter, badgeText());
        }
    }
}

QVariant ComponentItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        setZValue(value.toBool() ? NodeZ + 1 : NodeZ);
    return GraphItem::itemChange(change, value);
}

void ComponentItem::updateToolTip()
{
    QStringList lines{m_component.name, detailLine(m_component), threatLine(m_threats), m_component.id};
    if (m_component.attributes.value(QLatin1StringView(attr::InternetFacing)).toBool())
        lines.insert(2, QApplication::translate("tw::ui::ComponentItem", "Internet-facing"));
    setTextToolTip(lines);
}

// BoundaryItem ---------------------------------------------------------------------------------

BoundaryItem::BoundaryItem(const TrustBoundary &boundary, const OpenThreats &threats)
{
    setFlag(ItemIsSelectable);
    syncWithBoundary(boundary, threats);
}

void BoundaryItem::syncWithBoundary(const TrustBoundary &boundary, const OpenThreats &threats)
{
    m_boundary = boundary;
    m_threats = threats;
    setElementId(boundary.id);
    setTextToolTip({boundary.name, QApplication::translate("tw::ui::BoundaryItem", "Trust boundary (%1)").arg(enumName(boundary.kind)),
                    threatLine(threats), boundary.id});
    update();
}

void BoundaryItem::setGeometry(const layout::ClusterGeometry &geometry)
{
    prepareGeometryChange();
    m_box = geometry.box;
    m_depth = geometry.depth;
    setZValue(1 + geometry.depth); // inner boundaries above outer ones, all below flows
}

QRectF BoundaryItem::titleRect() const
{
    const QFontMetricsF fm(titleFont());
    const double width = std::min(fm.horizontalAdvance(shown(m_boundary.name)) + 12, m_box.width() - 8);
    return QRectF(m_box.left() + 4, m_box.top() + 3, std::max(0.0, width), fm.height() + 4);
}

QRectF BoundaryItem::boundingRect() const
{
    if (changeMark() != ChangeMark::None)
        return m_box.adjusted(-7, -7, 7, 7).united(changeTagRect(m_box, changeMark()).adjusted(-1, -1, 1, 1));
    return m_box.adjusted(-4, -4, 4, 4);
}

QPainterPath BoundaryItem::shape() const
{
    // The frame and the title, not the inside: a drag inside a boundary pans the view, and a
    // click there reaches the components.
    QPainterPath frame;
    frame.addRect(m_box);
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    QPainterPath path = stroker.createStroke(frame);
    path.addRect(titleRect());
    return path;
}

void BoundaryItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = paletteOf(this);
    const bool internet = m_boundary.kind == BoundaryKind::Internet;
    const bool selected = option->state & QStyle::State_Selected;
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    QColor fill = internet ? blend(QColor(0xd8, 0x43, 0x15), base, 0.05) : blend(text, base, m_depth % 2 ? 0.045 : 0.025);
    QColor stroke = internet ? accent(QColor(0xd8, 0x43, 0x15), palette) : blend(text, base, 0.4);

    if (levelOfDetail(option, painter) < OverviewLevelOfDetail) {
        // Overview: a solid frame. Dashes at this scale are thousands of tiny segments each.
        painter->setRenderHint(QPainter::Antialiasing, false);
        QPen pen(selected ? palette.color(QPalette::Highlight) : stroke, selected ? 3 : 1);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(fill);
        painter->drawRect(m_box);
        drawChangeMark(painter, changeMark(), QPainterPath(), m_box, true);
        return;
    }

    painter->setRenderHint(QPainter::Antialiasing);
    if (changeMark() != ChangeMark::None) {
        QPainterPath frame;
        frame.addRoundedRect(m_box, 7, 7);
        drawChangeMark(painter, changeMark(), frame, m_box, false);
    }
    QPen pen(selected ? palette.color(QPalette::Highlight) : stroke, selected ? 2.4 : 1.2, Qt::DashLine);
    pen.setDashPattern({6, 3});
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawRoundedRect(m_box, 7, 7);

    if (levelOfDetail(option, painter) >= TextLevelOfDetail / 2) {
        const QRectF title = titleRect();
        const QFontMetricsF fm(titleFont());
        painter->setFont(titleFont());
        painter->setPen(internet ? stroke : blend(text, base, 0.8));
        painter->drawText(title.adjusted(6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(shown(m_boundary.name), Qt::ElideRight, title.width() - 6));
    }
}

// CollapsedBoundaryItem ------------------------------------------------------------------------

CollapsedBoundaryItem::CollapsedBoundaryItem(const TrustBoundary &boundary, const Contents &contents)
    : NodeItem(8) // the folded frame behind it
    , m_boundary(boundary)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setZValue(NodeZ);
    setElementId(boundary.id);
    setContents(contents);
}

void CollapsedBoundaryItem::setContents(const Contents &contents)
{
    m_contents = contents;
    updateToolTip();
    updateBounds();
    update();
}

QString CollapsedBoundaryItem::countText() const
{
    QString text = QApplication::translate("tw::ui::CollapsedBoundaryItem", "%n component(s)", nullptr, m_contents.components);
    if (m_contents.boundaries > 0)
        text += QStringLiteral(" · ")
            + QApplication::translate("tw::ui::CollapsedBoundaryItem", "%n boundary(ies)", nullptr, m_contents.boundaries);
    return text;
}

void CollapsedBoundaryItem::updateToolTip()
{
    QStringList lines{m_boundary.name,
                      QApplication::translate("tw::ui::CollapsedBoundaryItem", "Collapsed trust boundary (%1)").arg(enumName(m_boundary.kind)),
                      countText()};
    if (m_contents.internalFlows > 0)
        lines << QApplication::translate("tw::ui::CollapsedBoundaryItem", "%n flow(s) inside", nullptr, m_contents.internalFlows);
    lines << threatLine(m_contents.threats);
    lines << QApplication::translate("tw::ui::CollapsedBoundaryItem", "Double-click or Ctrl+Shift+C to expand");
    lines << m_boundary.id;
    setTextToolTip(lines);
}

void CollapsedBoundaryItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = paletteOf(this);
    const bool internet = m_boundary.kind == BoundaryKind::Internet;
    const bool selected = option->state & QStyle::State_Selected;
    const bool hovered = option->state & QStyle::State_MouseOver;
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor stroke = internet ? accent(QColor(0xd8, 0x43, 0x15), palette) : blend(text, base, 0.55);
    const QColor fill = blend(text, base, 0.07);
    const QColor badge = m_contents.threats.count > 0 ? layout::severityColour(m_contents.threats.worst) : QColor();
    const double lod = levelOfDetail(option, painter);

    if (lod < OverviewLevelOfDetail) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        QPen pen(selected ? palette.color(QPalette::Highlight) : stroke, selected ? 3 : 2);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(fill);
        painter->drawRect(m_box);
        if (emphasis() == Emphasis::Highlighted)
            drawPathHalo(painter, QPainterPath(), m_box, true);
        drawChangeMark(painter, changeMark(), QPainterPath(), m_box, true);
        if (badge.isValid())
            painter->fillRect(QRectF(m_box.right() - m_box.height() * 0.4, m_box.top(), m_box.height() * 0.4, m_box.height() * 0.4), badge);
        return;
    }

    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath outline;
    outline.addRoundedRect(m_box, 7, 7);
    drawChangeMark(painter, changeMark(), outline, m_box, false);
    if (emphasis() == Emphasis::Highlighted)
        drawPathHalo(painter, outline, m_box, false);
    // A folded frame: the boundary's dashed border, doubled, so it reads as "more inside".
    QPen back(stroke, 1.2, Qt::DashLine);
    back.setDashPattern({6, 3});
    painter->setPen(back);
    painter->setBrush(fill);
    painter->drawRoundedRect(m_box.translated(4, 4), 7, 7);
    QPen pen(selected ? palette.color(QPalette::Highlight) : stroke, selected || hovered ? 2.6 : 1.6, Qt::DashLine);
    pen.setDashPattern({6, 3});
    painter->setPen(pen);
    painter->setBrush(blend(text, base, 0.04));
    painter->drawRoundedRect(m_box, 7, 7);

    if (lod >= TextLevelOfDetail) {
        // The expander: a boxed plus, as tree views draw a closed branch.
        const QRectF icon(m_box.left() + IconMargin, m_box.center().y() - IconSize / 2, IconSize, IconSize);
        painter->setPen(QPen(stroke, 1.4));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(icon.adjusted(2, 2, -2, -2), 3, 3);
        painter->drawLine(QPointF(icon.center().x(), icon.top() + 6), QPointF(icon.center().x(), icon.bottom() - 6));
        painter->drawLine(QPointF(icon.left() + 6, icon.center().y()), QPointF(icon.right() - 6, icon.center().y()));

        const double textLeft = icon.right() + TextGap;
        const double textWidth = m_box.right() - textLeft - 10;
        const QFontMetricsF tm(titleFont());
        const QFontMetricsF dm(detailFont());
        const double top = m_box.center().y() - (tm.height() + dm.height()) / 2;
        painter->setFont(titleFont());
        painter->setPen(internet ? stroke : text);
        painter->drawText(QRectF(textLeft, top, textWidth, tm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          tm.elidedText(shown(m_boundary.name), Qt::ElideRight, textWidth));
        painter->setFont(detailFont());
        painter->setPen(mutedText(palette));
        painter->drawText(QRectF(textLeft, top + tm.height(), textWidth, dm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          dm.elidedText(countText(), Qt::ElideRight, textWidth));
    }

    if (badge.isValid()) {
        const QRectF r = badgeRect();
        painter->setPen(QPen(base, 1.5));
        painter->setBrush(badge);
        painter->drawRoundedRect(r, BadgeRadius, BadgeRadius);
        if (lod >= TextLevelOfDetail) {
            painter->setPen(Qt::white);
            painter->setFont(badgeFont());
            painter->drawText(r, Qt::AlignCenter, badgeText());
        }
    }
}

// FlowItem -------------------------------------------------------------------------------------

FlowItem::FlowItem(const DataFlow &flow, const OpenThreats &threats)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(30);
    syncWithFlow(flow, threats);
}

FlowItem::FlowItem(const QList<DataFlow> &flows, const OpenThreats &threats)
{
    Q_ASSERT(!flows.isEmpty());
    setAcceptHoverEvents(true);
    setZValue(30);
    QStringList lines;
    lines << QApplication::translate("tw::ui::FlowItem", "%n data flow(s) merged", nullptr, int(flows.size()));
    for (const DataFlow &f : flows) {
        m_members.append(f.id);
        const QString label = flowLabel(f);
        lines << QApplication::translate("tw::ui::FlowItem", "%1 → %2").arg(f.sourceId, f.targetId)
                + (label.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(label));
    }
    m_mergedTip = lines.join(QLatin1Char('\n'));
    syncWithFlow(flows.constFirst(), threats);
    // A merged flow is no element of the model: nothing for the other panels to select.
    if (isMerged()) {
        setFlag(ItemIsSelectable, false);
        setElementId(QString());
    }
}

void FlowItem::syncWithFlow(const DataFlow &flow, const OpenThreats &threats)
{
    m_flow = flow;
    m_threats = threats;
    if (m_members.isEmpty())
        m_members = {flow.id};
    if (!isMerged())
        setElementId(flow.id);
    updateToolTip();
    prepareGeometryChange();
    update();
}

void FlowItem::updateToolTip()
{
    if (isMerged()) {
        setTextToolTip(m_mergedTip.split(QLatin1Char('\n')) << threatLine(m_threats));
        return;
    }
    QStringList lines;
    lines << (m_flow.label.isEmpty() ? QApplication::translate("tw::ui::FlowItem", "Data flow") : m_flow.label);
    lines << QApplication::translate("tw::ui::FlowItem", "%1 → %2").arg(m_flow.sourceId, m_flow.targetId);
    if (!labelText().isEmpty())
        lines << labelText();
    if (m_flow.encrypted.has_value())
        lines << (*m_flow.encrypted ? QApplication::translate("tw::ui::FlowItem", "Encrypted in transit")
                                    : QApplication::translate("tw::ui::FlowItem", "Cleartext"));
    lines << threatLine(m_threats);
    setTextToolTip(lines);
}

QString FlowItem::labelText() const
{
    if (isMerged())
        return QApplication::translate("tw::ui::FlowItem", "×%1").arg(m_members.size());
    return flowLabel(m_flow);
}

QColor FlowItem::restingColour(const QPalette &palette) const
{
    return isCleartext() ? accent(QColor(0xd8, 0x43, 0x15), palette)
                         : blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.6);
}

bool FlowItem::isCleartext() const
{
    return !isMerged() && m_flow.encrypted.has_value() && !*m_flow.encrypted;
}

qreal FlowItem::restingZ() const
{
    // Labelled flows go above the components: Graphviz places labels loosely, and a label half
    // hidden under a node is worse than one over its edge. Unlabelled ones (large graphs, drawn
    // straight) stay below, so they never hide a component. A highlighted path goes on top.
    if (emphasis() == Emphasis::Highlighted)
        return 32;
    return m_labelPos ? 30 : UnderFlowZ;
}

void FlowItem::setHome(ItemTile *tile)
{
    m_home = tile;
    restack();
}

bool FlowItem::standsOut(bool selected, bool hovered) const
{
    return selected || hovered || emphasis() == Emphasis::Highlighted || changeMark() != ChangeMark::None;
}

bool FlowItem::drawnByLayerAlone() const
{
    return m_layerDraws && !m_labelPos && !standsOut(isSelected(), m_hovered);
}

void FlowItem::setLayerDraws(bool draws)
{
    m_layerDraws = draws;
    setFlag(ItemHasNoContents, drawnByLayerAlone());
}

void FlowItem::updateQuiet()
{
    const bool quiet = drawnByLayerAlone();
    if (quiet == bool(flags() & ItemHasNoContents))
        return;
    setFlag(ItemHasNoContents, quiet);
    if (scene())
        scene()->update(sceneBoundingRect());
}

void FlowItem::emphasisChanged()
{
    restack();
    updateQuiet();
}

void FlowItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    updateQuiet();
    GraphItem::hoverEnterEvent(event);
}

void FlowItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    updateQuiet();
    GraphItem::hoverLeaveEvent(event);
}

void FlowItem::restack()
{
    const qreal z = isSelected() ? 31 : restingZ();
    if (m_home) {
        QGraphicsItem *parent = z > m_home->zValue() ? nullptr : m_home;
        if (parentItem() != parent)
            setParentItem(parent); // the item stays in the scene, at the top level or the tile's
    }
    setZValue(z);
}

void FlowItem::setGeometry(const layout::EdgeGeometry &geometry)
{
    prepareGeometryChange();
    m_path = QPainterPath();
    QPointF lastFrom;
    QPointF lastTo;
    for (const QList<QPointF> &points : geometry.pieces) {
        if (points.isEmpty())
            continue;
        m_path.moveTo(points.first());
        for (qsizetype i = 1; i + 2 < points.size(); i += 3) {
            // Straight routes come as Béziers whose control points lie on the line: drawn as
            // curves they are flattened into many segments on every repaint.
            const QLineF chord(points[i - 1], points[i + 2]);
            const auto offLine = [&chord](const QPointF &p) {
                const double length = chord.length();
                if (length < 0.01)
                    return QLineF(chord.p1(), p).length();
                const QPointF d = chord.p2() - chord.p1();
                return std::abs(d.x() * (chord.p1().y() - p.y()) - (chord.p1().x() - p.x()) * d.y()) / length;
            };
            if (offLine(points[i]) < 0.25 && offLine(points[i + 1]) < 0.25)
                m_path.lineTo(points[i + 2]);
            else
                m_path.cubicTo(points[i], points[i + 1], points[i + 2]);
        }
        lastTo = points.last();
        lastFrom = points.size() >= 2 ? points[points.size() - 2] : points.last();
    }
    // The arrowhead: Graphviz leaves a gap for it between the spline's end and the tip.
    m_arrow.clear();
    QPointF tip = lastTo;
    QPointF from = lastFrom;
    if (geometry.arrowHead) {
        tip = *geometry.arrowHead;
        from = lastTo;
    }
    QLineF axis(tip, from);
    if (axis.length() > 0.01) {
        axis.setLength(9);
        const QPointF back = axis.p2();
        const QPointF normal = QPointF(-(back.y() - tip.y()), back.x() - tip.x()) * 0.42;
        m_arrow = QPolygonF({tip, back + normal, back - normal});
        if (geometry.arrowHead)
            m_path.lineTo(back);
    }
    m_labelPos = geometry.labelPos;

    // The bounds from the control points (a Bézier stays inside their hull); the stroked shape
    // for hit tests waits until something asks for it.
    m_shape = QPainterPath();
    m_hitLine.clear();
    m_bounds = m_path.controlPointRect().united(m_arrow.boundingRect());
    if (m_labelPos && !labelText().isEmpty())
        m_bounds = m_bounds.united(labelRect());
    m_bounds.adjust(-9, -9, 9, 9);
    restack(); // a label moves it above the components
    updateQuiet();
    boundsMayHaveGrown();
}

QRectF FlowItem::labelRect() const
{
    if (!m_labelPos)
        return {};
    const QFontMetricsF fm(labelFont());
    const double w = fm.horizontalAdvance(labelText()) + 8 + (m_threats.count > 0 ? 10 : 0);
    const double h = fm.height() + 2;
    return QRectF(m_labelPos->x() - w / 2, m_labelPos->y() - h / 2, w, h);
}

QRectF FlowItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath FlowItem::shape() const
{
    if (m_shape.isEmpty() && !m_path.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(9);
        m_shape = stroker.createStroke(m_path);
        m_shape.addPolygon(m_arrow);
        if (m_labelPos && !labelText().isEmpty())
            m_shape.addRect(labelRect());
    }
    return m_shape;
}

bool FlowItem::contains(const QPointF &point) const
{
    if (m_path.isEmpty())
        return false;
    if (m_arrow.containsPoint(point, Qt::OddEvenFill) || (m_labelPos && !labelText().isEmpty() && labelRect().contains(point)))
        return true;
    if (m_hitLine.isEmpty())
        m_hitLine = m_path.toSubpathPolygons();
    // The same reach as shape(): a 9-unit stroke around the line.
    constexpr double Reach = 4.5 * 4.5;
    for (const QPolygonF &line : std::as_const(m_hitLine)) {
        for (qsizetype i = 1; i < line.size(); ++i) {
            const QPointF a = line[i - 1];
            const QPointF d = line[i] - a;
            const double length = QPointF::dotProduct(d, d);
            const double t = length > 0 ? std::clamp(QPointF::dotProduct(point - a, d) / length, 0.0, 1.0) : 0.0;
            const QPointF gap = point - (a + t * d);
            if (QPointF::dotProduct(gap, gap) <= Reach)
                return true;
        }
    }
    return false;
}

void FlowItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{

    const QPalette palette = paletteOf(this);
    const bool selected = option->state & QStyle::State_Selected;
    const bool hovered = option->state & QStyle::State_MouseOver;
    const bool highlighted = emphasis() == Emphasis::Highlighted;
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    QColor colour = restingColour(palette);
    if (highlighted)
        colour = attackPathColour();
    if (changeMark() != ChangeMark::None)
        colour = changeMarkColour(changeMark());
    if (selected)
        colour = palette.color(QPalette::Highlight);
    const double lod = levelOfDetail(option, painter);

    // The view's flow layer draws a large graph's resting flows as one image (off the GUI thread);
    // an emphasised or hovered flow draws itself on top.
    const bool layered = m_layer && m_layer->drawsAt(lod) && !standsOut(selected, hovered);
    if (lod < OverviewLevelOfDetail) {
        if (layered)
            return;
        // Overview: one-pixel solid lines, no arrowheads or labels.
        painter->setRenderHint(QPainter::Antialiasing, false);
        QPen pen(colour, selected || highlighted || changeMark() != ChangeMark::None ? 3 : isMerged() ? 2 : 0);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
        return;
    }

    painter->setRenderHint(QPainter::Antialiasing);
    if (!layered) {
        double width = selected || hovered ? 2.4 : RestingWidth;
        if (highlighted || changeMark() != ChangeMark::None)
            width = 3.2;
        if (isMerged())
            width += MergedExtraWidth;
        drawFlowLine(painter, m_path, m_arrow, colour, width, isCleartext());
    }

    const QString label = labelText();
    if (m_labelPos && !label.isEmpty() && lod >= TextLevelOfDetail) {
        const QRectF r = labelRect();
        QColor back = base;
        back.setAlphaF(0.85f);
        painter->setPen(Qt::NoPen);
        painter->setBrush(back);
        painter->drawRoundedRect(r, 3, 3);
        QRectF textRect = r;
        if (m_threats.count > 0) {
            painter->setBrush(layout::severityColour(m_threats.worst));
            painter->drawEllipse(QPointF(r.left() + 7, r.center().y()), 3.5, 3.5);
            textRect.setLeft(r.left() + 10);
        }
        painter->setFont(labelFont());
        painter->setPen(selected ? palette.color(QPalette::Highlight) : highlighted ? attackPathColour() : blend(text, base, 0.85));
        painter->drawText(textRect, Qt::AlignCenter, label);
    }
}

QVariant FlowItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged) {
        restack();
        updateQuiet();
    }
    return GraphItem::itemChange(change, value);
}

} // namespace tw::ui
