// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailspanel.h"
#include "common/text.h"

#include "referencelinks.h"
#include "triage/threattablemodel.h"

#include "layout/diagramstyle.h"
#include "model/enums.h"
#include "model/threatsummary.h"
#include "store/project.h"

#include <QDesktopServices>
#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QScrollBar>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace tw::ui {
namespace {

const QString SourceScheme = QStringLiteral("tw-source");
const QString ElementScheme = QStringLiteral("tw-element");

QString esc(const QString &text)
{
    // Cut first: the browser lays out every character it is given (a hostile file's 50 MB name).
    return text::shown(text, 20000).toHtmlEscaped();
}

/** Escaped text with its line breaks kept. */
QString paragraphs(const QString &text)
{
    return esc(text.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3 style='margin-top:14px; margin-bottom:4px'>%1</h3>").arg(esc(text));
}

QString chip(const QString &text, const QColor &background)
{
    return QStringLiteral("<span style='background-color:%1; color:white; font-weight:bold'>&nbsp;%2&nbsp;</span>")
        .arg(background.name(), esc(text));
}

QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString jsonValueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::Double: return QLocale::c().toString(value.toDouble());
    case QJsonValue::String: return value.toString();
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default: return {};
    }
}

/** A row of a two-column key/value table. */
QString row(const QString &key, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style='padding-right:12px; vertical-align:top'><i>%1</i></td><td>%2</td></tr>")
        .arg(esc(key), valueHtml);
}

/** The status a decision's JSON names ("validated"), for the history table. */
QString statusIn(const QString &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    const auto status = enumFromName<ThreatStatus>(object.value(QStringLiteral("status")).toString());
    QString text = status ? displayName(*status) : QString();
    if (object.contains(QStringLiteral("priorityOverride")))
        text += QStringLiteral(" · P%1").arg(object.value(QStringLiteral("priorityOverride")).toInt());
    return text;
}

} // namespace

DetailsPanel::DetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    m_browser->setObjectName(QStringLiteral("detailsBrowser"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setAccessibleName(tr("Details"));
    // setHtml() empties the document first: with the scroll bar shown as needed it hid, the text
    // was laid out at the wider width, the bar came back and it was laid out again. A bar that
    // stays halves the cost of each threat shown (~6 M instructions per J or V key).
    m_browser->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &DetailsPanel::openLink);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    render();
}

void DetailsPanel::setModel(const SystemModel &model)
{
    m_model = model;
    m_components.clear();
    m_boundaries.clear();
    m_entryPoints.clear();
    m_flows.clear();
    m_assets.clear();
    // Pointers into m_model's lists: stable while m_model is not changed (const access only).
    for (const Component &c : std::as_const(m_model.components))
        m_components.insert(c.id, &c);
    for (const TrustBoundary &b : std::as_const(m_model.boundaries))
        m_boundaries.insert(b.id, &b);
    for (const EntryPoint &e : std::as_const(m_model.entryPoints))
        m_entryPoints.insert(e.id, &e);
    for (const DataFlow &f : std::as_const(m_model.flows))
        m_flows.insert(f.id, &f);
    for (const DataAsset &a : std::as_const(m_model.assets))
        m_assets.insert(a.id, &a);
    m_threat = Threat();
    m_threat.fingerprint.clear();
    m_element.clear();
    render();
}

void DetailsPanel::setThreats(const QList<Threat> &threats, const QStringList &changed)
{
    m_model.threats = threats;
    // Rendering the page reads the decision history; a threat nobody touched looks the same.
    if (!changed.isEmpty() && !m_threat.fingerprint.isEmpty() && !changed.contains(m_threat.fingerprint))
        return;
    if (!m_threat.fingerprint.isEmpty()) {
        for (const Threat &t : threats) {
            if (t.fingerprint == m_threat.fingerprint) {
                m_threat = t;
                break;
            }
        }
    }
    render();
}

void DetailsPanel::setProject(const Project *project)
{
    m_project = project;
    render();
}

void DetailsPanel::showThreat(const Threat &threat)
{
    m_threat = threat;
    m_element.clear();
    render();
}

void DetailsPanel::showElement(const QString &id)
{
    m_threat = Threat();
    m_threat.fingerprint.clear();
    m_element = id;
    render();
}

void DetailsPanel::clear()
{
    m_threat = Threat();
    m_threat.fingerprint.clear();
    m_element.clear();
    render();
}

void DetailsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void DetailsPanel::render()
{
    m_sources.clear();
    m_elementLinks.clear();
    QString html;
    if (!m_threat.fingerprint.isEmpty())
        html = threatHtml();
    else if (!m_element.isEmpty())
        html = elementHtml();
    else
        html = QStringLiteral("<p style='color:%1'>%2</p>")
                   .arg(palette().color(QPalette::PlaceholderText).name(),
                        esc(tr("Select a threat in the list or an element on the graph to see it here.")));
    // The same subject drawn again (a decision changed) keeps its place on the page.
    const QString key = m_threat.fingerprint.isEmpty() ? m_element : m_threat.fingerprint;
    const int scroll = key == m_renderedKey ? m_browser->verticalScrollBar()->value() : 0;
    m_renderedKey = key;
    m_browser->setHtml(html);
    m_browser->verticalScrollBar()->setValue(scroll);
}

QString DetailsPanel::nameOf(const QString &id) const
{
    if (const Component *c = m_components.value(id))
        return c->name;
    if (const TrustBoundary *b = m_boundaries.value(id))
        return b->name;
    if (const EntryPoint *e = m_entryPoints.value(id))
        return e->name.isEmpty() ? (e->method + QLatin1Char(' ') + e->path).trimmed() : e->name;
    if (const DataAsset *a = m_assets.value(id))
        return a->name;
    if (const DataFlow *f = m_flows.value(id))
        return f->label.isEmpty() ? tr("%1 → %2").arg(nameOf(f->sourceId), nameOf(f->targetId)) : f->label;
    return id;
}

QString DetailsPanel::kindOf(const QString &id) const
{
    if (const Component *c = m_components.value(id))
        return enumName(c->kind);
    if (const TrustBoundary *b = m_boundaries.value(id))
        return tr("trust boundary (%1)").arg(enumName(b->kind));
    if (const EntryPoint *e = m_entryPoints.value(id))
        return tr("entry point (%1)").arg(enumName(e->kind));
    if (m_flows.contains(id))
        return tr("data flow");
    if (m_assets.contains(id))
        return tr("data asset");
    return tr("element");
}

QString DetailsPanel::elementLink(const QString &id) const
{
    m_elementLinks.append(id);
    return QStringLiteral("<a href='%1:%2'>%3</a>")
        .arg(ElementScheme)
        .arg(m_elementLinks.size() - 1)
        .arg(esc(nameOf(id)));
}

QString DetailsPanel::sourceLink(const SourceRef &source) const
{
    m_sources.append(source);
    return QStringLiteral("<a href='%1:%2'>%3</a>").arg(SourceScheme).arg(m_sources.size() - 1).arg(esc(source.toString()));
}

QString DetailsPanel::sourcesHtml(const QList<SourceRef> &sources) const
{
    QString html = QStringLiteral("<ul style='margin-top:0'>");
    for (const SourceRef &s : sources) {
        if (!s.isValid())
            continue;
        html += QStringLiteral("<li>") + sourceLink(s);
        if (!s.artifact.isEmpty() && s.artifact != s.file)
            html += QStringLiteral(" <span style='color:%1'>(%2)</span>")
                        .arg(palette().color(QPalette::PlaceholderText).name(), esc(s.artifact));
        html += QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

QString DetailsPanel::threatHtml() const
{
    const Threat &t = m_threat;
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    QString html = QStringLiteral("<h2 style='margin-bottom:4px'>%1</h2>").arg(esc(t.title));

    QStringList line;
    line << chip(displayName(t.severity), layout::severityColour(t.severity));
    line << esc(tr("score %1").arg(QLocale().toString(t.score, 'f', 1)));
    line << esc(t.priorityOverride ? tr("P%1 (set by a person; computed P%2)").arg(*t.priorityOverride).arg(t.priority)
                                   : tr("P%1").arg(t.priority));
    line << QStringLiteral("<b>%1</b>").arg(esc(displayName(t.status)));
    if (t.isNew)
        line << esc(tr("new in this version"));
    html += QStringLiteral("<p>%1</p>").arg(line.join(QStringLiteral(" · ")));

    html += QStringLiteral("<table cellspacing='0' cellpadding='1'>");
    html += row(tr("Rule"), QStringLiteral("<code>%1</code>").arg(esc(t.ruleId)));
    html += row(tr("STRIDE"), esc(displayName(t.stride)));
    html += row(tr("Origin"), esc(ThreatTableModel::originText(t.origin)));
    QStringList targets;
    for (const QString &id : t.targets)
        targets << elementLink(id) + QStringLiteral(" <span style='color:%1'>%2</span>").arg(muted, esc(kindOf(id)));
    if (!targets.isEmpty())
        html += row(tr("Concerns"), targets.join(QStringLiteral("<br>")));
    html += row(tr("Fingerprint"), QStringLiteral("<code>%1</code>").arg(esc(t.fingerprint.left(16))));
    html += QStringLiteral("</table>");

    // The current decision.
    if (t.status != ThreatStatus::Suggested || !t.justification.isEmpty() || !t.owner.isEmpty()) {
        html += heading(tr("Decision"));
        html += QStringLiteral("<table cellspacing='0' cellpadding='1'>");
        html += row(tr("Status"), esc(displayName(t.status)));
        if (!t.justification.isEmpty())
            html += row(tr("Reason"), paragraphs(t.justification));
        if (!t.owner.isEmpty())
            html += row(tr("Owner"), esc(t.owner));
        if (t.expiresAt.isValid())
            html += row(tr("Review again"), esc(QLocale().toString(t.expiresAt.toLocalTime().date(), QLocale::LongFormat)));
        html += QStringLiteral("</table>");
    }

    html += heading(tr("Risk"));
    html += QStringLiteral("<p style='margin-top:0'>%1</p>")
                .arg(esc(tr("Likelihood %1 of 5 · impact %2 of 5 · score %3 of 10")
                             .arg(t.likelihood)
                             .arg(t.impact)
                             .arg(QLocale().toString(t.score, 'f', 1))));
    if (!t.factors.isEmpty()) {
        html += QStringLiteral("<table cellspacing='0' cellpadding='2' width='100%'>");
        for (const RiskFactor &f : t.factors) {
            html += QStringLiteral("<tr><td style='padding-right:10px'><b>%1</b></td><td align='right' style='padding-right:10px'>%2</td>"
                                   "<td>%3</td></tr>")
                        .arg(esc(f.name), esc(QLocale().toString(f.value, 'g', 3)), esc(f.explanation));
        }
        html += QStringLiteral("</table>");
    }

    if (!t.rationale.isEmpty())
        html += heading(tr("Why")) + QStringLiteral("<p style='margin-top:0'>%1</p>").arg(paragraphs(t.rationale));
    if (!t.mitigation.isEmpty())
        html += heading(tr("Mitigation")) + QStringLiteral("<p style='margin-top:0'>%1</p>").arg(paragraphs(t.mitigation));

    if (t.attackPath.size() > 1) {
        html += heading(tr("Attack path (%n hops)", nullptr, int(t.attackPath.size() - 1)));
        html += QStringLiteral("<ol style='margin-top:0'>");
        for (int i = 0; i < t.attackPath.size(); ++i) {
            const QString &id = t.attackPath.at(i);
            QString item = elementLink(id) + QStringLiteral(" <span style='color:%1'>%2</span>").arg(muted, esc(kindOf(id)));
            if (i + 1 < t.attackPath.size()) {
                const QString &next = t.attackPath.at(i + 1);
                const DataFlow *via = nullptr;
                for (const DataFlow *f : m_flows) {
                    if (f->sourceId == id && f->targetId == next) {
                        via = f;
                        break;
                    }
                }
                if (via) {
                    QStringList facts;
                    if (!via->protocol.isEmpty())
                        facts << (via->port > 0 ? QStringLiteral("%1:%2").arg(via->protocol).arg(via->port) : via->protocol);
                    if (via->encrypted.has_value())
                        facts << (*via->encrypted ? tr("encrypted") : tr("cleartext"));
                    if (via->authenticated.has_value())
                        facts << (*via->authenticated ? tr("authenticated") : tr("unauthenticated"));
                    item += QStringLiteral("<br>&nbsp;&nbsp;↓ %1").arg(esc(facts.isEmpty() ? tr("data flow") : facts.join(QStringLiteral(", "))));
                }
            }
            html += QStringLiteral("<li>%1</li>").arg(item);
        }
        html += QStringLiteral("</ol>");
    }

    QList<SourceRef> evidence;
    for (const SourceRef &s : t.sources) {
        if (s.isValid() && !evidence.contains(s))
            evidence.append(s);
    }
    if (!evidence.isEmpty())
        html += heading(tr("Evidence")) + sourcesHtml(evidence);

    if (!t.references.isEmpty()) {
        html += heading(tr("References"));
        html += QStringLiteral("<ul style='margin-top:0'>");
        for (const Reference &r : t.references) {
            const QUrl url = referenceUrl(r);
            const QString label = esc(referenceLabel(r));
            html += url.isValid() ? QStringLiteral("<li><a href='%1'>%2</a></li>").arg(esc(url.toString(QUrl::FullyEncoded)), label)
                                  : QStringLiteral("<li>%1</li>").arg(label);
        }
        html += QStringLiteral("</ul>");
    }

    if (m_project) {
        auto trail = m_project->auditTrail(QStringLiteral("threat:") + t.fingerprint);
        html += heading(tr("History"));
        if (!trail) {
            html += QStringLiteral("<p>%1</p>").arg(esc(trail.errorString()));
        } else {
            html += QStringLiteral("<table cellspacing='0' cellpadding='2' width='100%'>");
            for (auto it = trail->crbegin(); it != trail->crend(); ++it) {
                const AuditEntry &e = *it;
                QString what = esc(e.action);
                const QString after = statusIn(e.after);
                if (!after.isEmpty() && e.action != QLatin1StringView("threat.suggested"))
                    what += QStringLiteral(" → ") + esc(after);
                html += QStringLiteral("<tr><td style='padding-right:8px; white-space:nowrap'>%1</td>"
                                       "<td style='padding-right:8px'>%2</td><td>%3</td></tr>")
                            .arg(esc(localTime(e.at)), esc(e.actor), what);
                if (!e.reason.isEmpty())
                    html += QStringLiteral("<tr><td></td><td colspan='2'><i>%1</i></td></tr>").arg(paragraphs(e.reason));
            }
            html += QStringLiteral("</table>");
        }
    }
    return html;
}

QString DetailsPanel::elementHtml() const
{
    const QString &id = m_element;
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    QString html = QStringLiteral("<h2 style='margin-bottom:4px'>%1</h2>").arg(esc(nameOf(id)));
    html += QStringLiteral("<p style='margin-top:0; color:%1'>%2 · <code>%3</code></p>").arg(muted, esc(kindOf(id)), esc(id));

    QJsonObject attributes;
    QList<SourceRef> sources;
    html += QStringLiteral("<table cellspacing='0' cellpadding='1'>");
    if (const Component *c = m_components.value(id)) {
        if (!c->technology.isEmpty())
            html += row(tr("Technology"), esc(c->technology));
        if (!c->boundaryId.isEmpty())
            html += row(tr("Trust boundary"), elementLink(c->boundaryId));
        if (!c->tags.isEmpty())
            html += row(tr("Tags"), esc(c->tags.join(QStringLiteral(", "))));
        int entryPoints = 0, in = 0, out = 0;
        for (const EntryPoint &e : m_model.entryPoints)
            entryPoints += e.componentId == id ? 1 : 0;
        for (const DataFlow &f : m_model.flows) {
            in += f.targetId == id ? 1 : 0;
            out += f.sourceId == id ? 1 : 0;
        }
        html += row(tr("Entry points"), esc(QLocale().toString(entryPoints)));
        html += row(tr("Data flows"), esc(tr("%1 in, %2 out").arg(in).arg(out)));
        attributes = c->attributes;
        sources = c->sources;
    } else if (const TrustBoundary *b = m_boundaries.value(id)) {
        if (!b->parentId.isEmpty())
            html += row(tr("Inside"), elementLink(b->parentId));
        int members = 0;
        for (const Component &c : m_model.components)
            members += c.boundaryId == id ? 1 : 0;
        html += row(tr("Components"), esc(QLocale().toString(members)));
        attributes = b->attributes;
        sources = b->sources;
    } else if (const EntryPoint *e = m_entryPoints.value(id)) {
        html += row(tr("Component"), elementLink(e->componentId));
        if (!e->method.isEmpty() || !e->path.isEmpty())
            html += row(tr("Operation"), QStringLiteral("<code>%1</code>").arg(esc((e->method + QLatin1Char(' ') + e->path).trimmed())));
        if (e->security) {
            QStringList alternatives;
            for (const SecurityRequirement &r : *e->security)
                alternatives << r.join(QStringLiteral(" + "));
            html += row(tr("Security"), esc(alternatives.isEmpty() ? tr("none (explicitly)") : alternatives.join(tr(" or "))));
        } else if (e->attributes.value(QStringLiteral("detected-in")).toString() == QLatin1StringView("source")) {
            html += row(tr("Security"), esc(tr("unknown (a route found in source code)")));
        } else {
            html += row(tr("Security"), esc(tr("not declared")));
        }
        attributes = e->attributes;
        sources = e->sources;
    } else if (const DataFlow *f = m_flows.value(id)) {
        html += row(tr("From"), elementLink(f->sourceId));
        html += row(tr("To"), elementLink(f->targetId));
        if (!f->protocol.isEmpty())
            html += row(tr("Protocol"), esc(f->port > 0 ? QStringLiteral("%1:%2").arg(f->protocol).arg(f->port) : f->protocol));
        if (f->encrypted.has_value())
            html += row(tr("Encrypted"), esc(*f->encrypted ? tr("yes") : tr("no")));
        if (f->authenticated.has_value())
            html += row(tr("Authenticated"), esc(*f->authenticated ? tr("yes") : tr("no")));
        attributes = f->attributes;
        sources = f->sources;
    } else if (const DataAsset *a = m_assets.value(id)) {
        html += row(tr("Classification"), esc(enumName(a->classification)));
        if (!a->tags.isEmpty())
            html += row(tr("Tags"), esc(a->tags.join(QStringLiteral(", "))));
        attributes = a->attributes;
        sources = a->sources;
    }
    html += QStringLiteral("</table>");

    if (!attributes.isEmpty()) {
        html += heading(tr("Attributes")) + QStringLiteral("<table cellspacing='0' cellpadding='1'>");
        for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it)
            html += row(it.key(), esc(jsonValueText(it.value())));
        html += QStringLiteral("</table>");
    }
    if (!sources.isEmpty())
        html += heading(tr("Evidence")) + sourcesHtml(sources);

    // Threats: the element's own, those on its entry points, and attack paths through it.
    int total = 0, open = 0;
    Severity worst = Severity::Info;
    for (const Threat &t : m_model.threats) {
        bool concerns = t.targets.contains(id) || t.attackPath.contains(id);
        if (!concerns) {
            for (const QString &target : t.targets) {
                const EntryPoint *e = m_entryPoints.value(target);
                if (e && e->componentId == id) {
                    concerns = true;
                    break;
                }
            }
        }
        if (!concerns)
            continue;
        ++total;
        if (isOpen(t.status)) {
            ++open;
            worst = std::max(worst, t.severity);
        }
    }
    html += heading(tr("Threats"));
    if (total == 0) {
        html += QStringLiteral("<p style='margin-top:0'>%1</p>").arg(esc(tr("No threat concerns this element.")));
    } else {
        html += QStringLiteral("<p style='margin-top:0'>%1 %2</p>")
                    .arg(esc(tr("%1 threats, %2 still open.").arg(total).arg(open)),
                         open > 0 ? esc(tr("Worst open: ")) + chip(displayName(worst), layout::severityColour(worst)) : QString());
        html += QStringLiteral("<p style='color:%1'>%2</p>")
                    .arg(muted, esc(tr("The threat list shows them while this element is selected.")));
    }
    return html;
}

void DetailsPanel::openLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme == SourceScheme) {
        bool ok = false;
        const int index = url.path().toInt(&ok);
        if (ok && index >= 0 && index < m_sources.size())
            Q_EMIT sourceRequested(m_sources.at(index));
        return;
    }
    if (scheme == ElementScheme) {
        bool ok = false;
        const int index = url.path().toInt(&ok);
        if (ok && index >= 0 && index < m_elementLinks.size())
            Q_EMIT elementRequested(m_elementLinks.at(index));
        return;
    }
    if (scheme == QLatin1StringView("https") || scheme == QLatin1StringView("http")) {
        QDesktopServices::openUrl(url);
        Q_EMIT externalLinkOpened(url);
    }
}

} // namespace tw::ui
