// SPDX-License-Identifier: GPL-3.0-or-later
#include "threattablemodel.h"
#include "common/text.h"

#include "layout/diagramstyle.h"
#include "model/enums.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

#include <algorithm>
#include <numeric>

namespace tw::ui {
namespace {

/** The values of a row that triage can change. */
void updateKey(ThreatRows::SortKey &key, const Threat &t)
{
    key.score = t.score;
    key.status = qint8(t.status);
    key.severity = qint8(t.severity);
    key.priority = qint8(t.effectivePriority());
    key.isNew = t.isNew;
}

/** Dismissed, mitigated and vanished threats need nobody's attention: shown muted. */
bool isSettled(ThreatStatus status)
{
    return status == ThreatStatus::Dismissed || status == ThreatStatus::Mitigated
        || status == ThreatStatus::ResolvedByChange;
}

} // namespace

ThreatTableModel::ThreatTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ThreatRows ThreatTableModel::prepare(qint64 versionId, const QList<Threat> &threats, const SystemModel &model)
{
    ThreatRows data;
    data.versionId = versionId;
    data.threats = threats;
    QHash<QString, QString> &names = data.names;
    QHash<QString, QString> componentOf; // entry point id → component id
    const auto nameOf = [&names](const QString &id) {
        const QString name = names.value(id);
        return name.isEmpty() ? id : name;
    };
    for (const Component &c : model.components)
        names.insert(c.id, c.name);
    for (const TrustBoundary &b : model.boundaries)
        names.insert(b.id, b.name);
    for (const EntryPoint &e : model.entryPoints) {
        names.insert(e.id, e.name.isEmpty() ? (e.method + QLatin1Char(' ') + e.path).trimmed() : e.name);
        componentOf.insert(e.id, e.componentId);
    }
    for (const DataAsset &a : model.assets)
        names.insert(a.id, a.name);
    for (const DataFlow &f : model.flows) {
        names.insert(f.id, f.label.isEmpty() ? tr("%1 → %2").arg(nameOf(f.sourceId), nameOf(f.targetId)) : f.label);
    }
    data.rows.reserve(threats.size());
    data.rowOf.reserve(threats.size());
    for (int row = 0; row < threats.size(); ++row) {
        const Threat &t = threats.at(row);
        ThreatRows::Row r;
        if (!t.targets.isEmpty()) {
            r.elementLabel = nameOf(t.targets.constFirst());
            if (t.targets.size() > 1)
                r.elementLabel = tr("%1 (+%2)").arg(r.elementLabel).arg(t.targets.size() - 1);
        }
        r.titleKey = t.title.toCaseFolded();
        r.elementKey = r.elementLabel.toCaseFolded();
        r.related = t.targets;
        r.related.append(t.attackPath);
        for (const QString &id : t.targets) {
            const QString component = componentOf.value(id);
            if (!component.isEmpty())
                r.related.append(component);
        }
        r.related.removeDuplicates();
        data.rows.append(std::move(r));
        data.rowOf.insert(t.fingerprint, row);
    }
    data.keys.resize(threats.size());
    for (int row = 0; row < threats.size(); ++row)
        updateKey(data.keys[row], threats.at(row));
    // Ranks: equal texts share a rank, so the tie-breaker (the store's order) decides between them.
    const auto rank = [&data](auto key, int ThreatRows::SortKey::*field) {
        QList<int> order(data.rows.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) { return key(a) < key(b); });
        int current = 0;
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (i > 0 && key(order.at(i - 1)) < key(order.at(i)))
                ++current;
            data.keys[order.at(i)].*field = current;
        }
    };
    rank([&data](int row) -> const QString & { return data.rows.at(row).titleKey; }, &ThreatRows::SortKey::titleRank);
    rank([&data](int row) -> const QString & { return data.rows.at(row).elementKey; }, &ThreatRows::SortKey::elementRank);
    rank([&data](int row) -> const QString & { return data.threats.at(row).ruleId; }, &ThreatRows::SortKey::ruleRank);
    rank([&data](int row) -> const QString & { return data.threats.at(row).origin; }, &ThreatRows::SortKey::originRank);
    return data;
}

void ThreatTableModel::setThreats(qint64 versionId, const QList<Threat> &threats, const SystemModel &model)
{
    setRows(prepare(versionId, threats, model));
}

void ThreatTableModel::setRows(ThreatRows rows)
{
    beginResetModel();
    m_data = std::move(rows);
    endResetModel();
}

void ThreatTableModel::clear()
{
    setRows(ThreatRows());
}

bool ThreatTableModel::updateThreat(const Threat &threat)
{
    const int row = rowOf(threat.fingerprint);
    if (row < 0)
        return false;
    m_data.threats[row] = threat;
    updateKey(m_data.keys[row], threat);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

QString ThreatTableModel::elementName(const QString &id) const
{
    const QString name = m_data.names.value(id);
    return name.isEmpty() ? id : name;
}

int ThreatTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_data.threats.size());
}

int ThreatTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ThreatTableModel::priorityText(const Threat &threat)
{
    const QString text = QStringLiteral("P%1").arg(threat.effectivePriority());
    return threat.priorityOverride ? text + QStringLiteral(" ✎") : text;
}

QString ThreatTableModel::originText(const QString &origin)
{
    if (origin == QLatin1StringView("rule"))
        return tr("Rule");
    if (origin == QLatin1StringView("path"))
        return tr("Attack path");
    if (origin == QLatin1StringView("manual"))
        return tr("Manual");
    if (origin.startsWith(QLatin1StringView("llm:")))
        return tr("LLM (%1)").arg(origin.mid(4));
    return origin;
}

QIcon ThreatTableModel::severityIcon(Severity severity) const
{
    auto it = m_severityIcons.constFind(int(severity));
    if (it != m_severityIcons.cend())
        return *it;
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(layout::severityColour(severity));
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    painter.end();
    const QIcon icon(pixmap);
    m_severityIcons.insert(int(severity), icon);
    return icon;
}

QVariant ThreatTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Threat &t = m_data.threats.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn: return displayName(t.status);
        case SeverityColumn: return displayName(t.severity);
        case ScoreColumn: return QLocale().toString(t.score, 'f', 1);
        case PriorityColumn: return priorityText(t);
        case OriginColumn: return originText(t.origin);
        case RuleColumn: return text::shown(t.ruleId);
        case ElementColumn: return text::shown(elementLabel(index.row()));
        case TitleColumn: return text::shown(t.title, 1000);
        case NewColumn: return t.isNew ? tr("New") : QString();
        }
        break;
    case SortRole:
        switch (index.column()) {
        case StatusColumn: return int(t.status);
        case SeverityColumn: return int(t.severity);
        case ScoreColumn: return t.score;
        case PriorityColumn: return t.effectivePriority();
        case OriginColumn: return t.origin;
        case RuleColumn: return t.ruleId;
        case ElementColumn: return elementLabel(index.row());
        case TitleColumn: return t.title;
        case NewColumn: return t.isNew;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return severityIcon(t.severity);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ScoreColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (isSettled(t.status))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (index.column() == NewColumn && t.isNew) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        return toolTip(t);
    case FingerprintRole: return t.fingerprint;
    case ElementIdRole: return t.targets.value(0);
    default: break;
    }
    return {};
}

QString ThreatTableModel::toolTip(const Threat &t) const
{
    // Rich text: titles and reasons come from inputs and people, so everything is escaped.
    QString html = QStringLiteral("<b>%1</b><br>").arg(t.title.toHtmlEscaped());
    html += tr("%1 · score %2 · %3").arg(displayName(t.severity), QLocale().toString(t.score, 'f', 1), displayName(t.stride))
                .toHtmlEscaped();
    if (t.priorityOverride) {
        html += QStringLiteral("<br>")
              + tr("Priority P%1 set by a person (computed: P%2)").arg(*t.priorityOverride).arg(t.priority).toHtmlEscaped();
    }
    if (!t.justification.isEmpty())
        html += QStringLiteral("<br><i>%1</i>").arg(tr("Reason: %1").arg(t.justification).toHtmlEscaped());
    if (t.expiresAt.isValid())
        html += QStringLiteral("<br>") + tr("Accepted until %1").arg(QLocale().toString(t.expiresAt.toLocalTime().date())).toHtmlEscaped();
    return html;
}

QVariant ThreatTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case StatusColumn: return tr("Status");
        case SeverityColumn: return tr("Severity");
        case ScoreColumn: return tr("Score");
        case PriorityColumn: return tr("Priority");
        case OriginColumn: return tr("Origin");
        case RuleColumn: return tr("Rule");
        case ElementColumn: return tr("Element");
        case TitleColumn: return tr("Title");
        case NewColumn: return tr("New");
        default: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ScoreColumn: return tr("Risk score 0–10; the Details panel lists the factors behind it");
        case PriorityColumn: return tr("P1 (urgent) to P4; ✎ marks a priority a person set");
        case NewColumn: return tr("First seen in this version");
        default: break;
        }
    }
    return {};
}

} // namespace tw::ui
