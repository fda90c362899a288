// SPDX-License-Identifier: GPL-3.0-or-later
#include "threatspanel.h"
#include "common/text.h"

#include "threatfilterproxy.h"
#include "threattablemodel.h"

#include "model/enums.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tw::ui {
namespace {

// Status filter codes stored in the combo's item data; the rest are ThreatStatus values.
constexpr int AllStatuses = -1;
constexpr int OpenStatuses = -2;
constexpr int AnySeverity = -1;

} // namespace

ThreatsPanel::ThreatsPanel(ThreatTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new ThreatFilterProxy(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_origin(new QComboBox(this))
    , m_newOnly(new QCheckBox(tr("&New only"), this))
    , m_count(new QLabel(this))
    , m_elementChip(new QToolButton(this))
{
    m_proxy->setSourceModel(m_model);

    m_filter->setObjectName(QStringLiteral("threatFilter"));
    m_filter->setPlaceholderText(tr("Filter by title, rule, element or fingerprint"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter threats"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ThreatFilterProxy::setText);

    m_status->setObjectName(QStringLiteral("threatStatusFilter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("All statuses"), AllStatuses);
    m_status->addItem(tr("Open (needs attention)"), OpenStatuses);
    for (ThreatStatus s : enumValues<ThreatStatus>())
        m_status->addItem(displayName(s), int(s));
    connect(m_status, &QComboBox::currentIndexChanged, this, &ThreatsPanel::applyStatusFilter);

    m_severity->setObjectName(QStringLiteral("threatSeverityFilter"));
    m_severity->setAccessibleName(tr("Severity filter"));
    m_severity->addItem(tr("Any severity"), AnySeverity);
    m_severity->addItem(tr("Critical"), int(Severity::Critical));
    m_severity->addItem(tr("High and above"), int(Severity::High));
    m_severity->addItem(tr("Medium and above"), int(Severity::Medium));
    m_severity->addItem(tr("Low and above"), int(Severity::Low));
    connect(m_severity, &QComboBox::currentIndexChanged, this, &ThreatsPanel::applySeverityFilter);

    m_origin->setObjectName(QStringLiteral("threatOriginFilter"));
    m_origin->setAccessibleName(tr("Origin filter"));
    m_origin->addItem(tr("Any origin"), QString());
    m_origin->addItem(tr("Rules"), QStringLiteral("rule"));
    m_origin->addItem(tr("Attack paths"), QStringLiteral("path"));
    m_origin->addItem(tr("LLM suggestions"), QStringLiteral("llm"));
    m_origin->addItem(tr("Manual"), QStringLiteral("manual"));
    connect(m_origin, &QComboBox::currentIndexChanged, this, &ThreatsPanel::applyOriginFilter);

    m_newOnly->setObjectName(QStringLiteral("threatNewOnly"));
    m_newOnly->setToolTip(tr("Only threats first seen in this version"));
    connect(m_newOnly, &QCheckBox::toggled, m_proxy, &ThreatFilterProxy::setNewOnly);

    m_count->setObjectName(QStringLiteral("threatCount"));
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_elementChip->setObjectName(QStringLiteral("threatElementFilter"));
    m_elementChip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_elementChip->setAutoRaise(false);
    m_elementChip->setToolTip(tr("Show the threats of every element"));
    m_elementChip->hide();
    connect(m_elementChip, &QToolButton::clicked, this, [this] {
        setElementFilter(QString());
        Q_EMIT elementFilterCleared();
    });

    m_view->setObjectName(QStringLiteral("threatsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ThreatTableModel::ScoreColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setTabKeyNavigation(false);
    m_view->setAccessibleName(tr("Threats"));
    m_view->verticalHeader()->hide();
    // Fixed row heights: a view over 20,000 rows must never measure them.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(ThreatTableModel::TitleColumn, QHeaderView::Stretch);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->setColumnWidth(ThreatTableModel::StatusColumn, digit * 12);
    m_view->setColumnWidth(ThreatTableModel::SeverityColumn, digit * 11);
    m_view->setColumnWidth(ThreatTableModel::ScoreColumn, digit * 7);
    m_view->setColumnWidth(ThreatTableModel::PriorityColumn, digit * 8);
    m_view->setColumnWidth(ThreatTableModel::OriginColumn, digit * 11);
    m_view->setColumnWidth(ThreatTableModel::RuleColumn, digit * 15);
    m_view->setColumnWidth(ThreatTableModel::ElementColumn, digit * 22);
    m_view->setColumnWidth(ThreatTableModel::NewColumn, digit * 6);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ThreatsPanel::emitCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        emitCurrent();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ThreatsPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ThreatsPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ThreatsPanel::updateCount);
    connect(m_proxy, &ThreatFilterProxy::filtersChanged, this, &ThreatsPanel::updateCount);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 3);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_severity, 1);
    filters->addWidget(m_origin, 1);
    filters->addWidget(m_newOnly);
    filters->addWidget(m_elementChip);
    filters->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);
    updateCount();
}

void ThreatsPanel::applyStatusFilter()
{
    const int code = m_status->currentData().toInt();
    if (code == AllStatuses)
        m_proxy->setStatuses({});
    else if (code == OpenStatuses)
        m_proxy->setStatuses(ThreatFilterProxy::openStatuses());
    else
        m_proxy->setStatuses({ThreatStatus(code)});
}

void ThreatsPanel::applySeverityFilter()
{
    const int code = m_severity->currentData().toInt();
    m_proxy->setMinimumSeverity(code == AnySeverity ? std::nullopt : std::optional<Severity>(Severity(code)));
}

void ThreatsPanel::applyOriginFilter()
{
    m_proxy->setOrigin(m_origin->currentData().toString());
}

void ThreatsPanel::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%1 threats").arg(QLocale().toString(total))
                                    : tr("%1 of %2").arg(QLocale().toString(shown), QLocale().toString(total)));
}

void ThreatsPanel::emitCurrent()
{
    const QString fingerprint = currentFingerprint();
    if (fingerprint == m_lastEmitted)
        return;
    m_lastEmitted = fingerprint;
    Q_EMIT currentThreatChanged(fingerprint);
}

QString ThreatsPanel::currentFingerprint() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ThreatTableModel::FingerprintRole).toString() : QString();
}

QStringList ThreatsPanel::selectedFingerprints() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList fingerprints;
    fingerprints.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        fingerprints.append(index.data(ThreatTableModel::FingerprintRole).toString());
    if (fingerprints.isEmpty()) {
        const QString current = currentFingerprint();
        if (!current.isEmpty())
            fingerprints.append(current);
    }
    return fingerprints;
}

bool ThreatsPanel::selectThreat(const QString &fingerprint)
{
    const int sourceRow = m_model->rowOf(fingerprint);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        // Hidden by a filter: asking for it by name is a clear wish to see it.
        m_filter->clear();
        m_status->setCurrentIndex(0);
        m_severity->setCurrentIndex(0);
        m_origin->setCurrentIndex(0);
        m_newOnly->setChecked(false);
        setElementFilter(QString());
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
        if (!index.isValid())
            return false;
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void ThreatsPanel::moveCurrent(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + delta, 0, rows - 1) : (delta >= 0 ? 0 : rows - 1);
    const QModelIndex index = m_proxy->index(row, current.isValid() ? current.column() : 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void ThreatsPanel::setElementFilter(const QString &elementId)
{
    // The graph asked for an element: no threat is the subject until one is picked (otherwise
    // whichever row happened to stay current would take the selection away from the element).
    if (!elementId.isEmpty() && elementId != m_proxy->element())
        m_view->selectionModel()->clear();
    m_proxy->setElement(elementId);
    if (elementId.isEmpty()) {
        m_elementChip->hide();
        return;
    }
    m_elementChip->setText(tr("Element: %1  ✕").arg(text::shown(m_model->elementName(elementId))));
    m_elementChip->show();
}

QString ThreatsPanel::elementFilter() const
{
    return m_proxy->element();
}

void ThreatsPanel::beginRowChange()
{
    const QModelIndex current = m_view->currentIndex();
    m_anchorRow = current.isValid() ? current.row() : -1;
    m_anchorFingerprint = currentFingerprint();
}

void ThreatsPanel::endRowChange()
{
    if (m_anchorRow < 0)
        return;
    const int anchor = std::exchange(m_anchorRow, -1);
    const QString fingerprint = std::exchange(m_anchorFingerprint, QString());
    const int sourceRow = m_model->rowOf(fingerprint);
    const bool stillShown = sourceRow >= 0 && m_proxy->mapFromSource(m_model->index(sourceRow, 0)).isValid();
    if (stillShown || m_proxy->rowCount() == 0)
        return;
    const QModelIndex next = m_proxy->index(std::min(anchor, m_proxy->rowCount() - 1), 0);
    m_view->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(next);
}

} // namespace tw::ui
