// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittrailpanel.h"

#include "audittablemodel.h"
#include "statusbadge.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tw::ui {

AuditTrailPanel::AuditTrailPanel(AuditTableModel *model, QAction *verifyAction, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_badge(new StatusBadge(this))
    , m_progress(new QProgressBar(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AuditTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("auditFilter"));
    m_filter->setPlaceholderText(tr("Filter by actor, action, subject or reason"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *verifyButton = new QToolButton(this);
    verifyButton->setObjectName(QStringLiteral("verifyChainButton"));
    verifyButton->setDefaultAction(verifyAction);
    verifyButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_badge->setObjectName(QStringLiteral("auditPanelBadge"));
    m_progress->setObjectName(QStringLiteral("auditProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();

    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditTableModel::SeqColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->setColumnWidth(AuditTableModel::SeqColumn, digit * 6);
    m_view->setColumnWidth(AuditTableModel::TimeColumn, digit * 19);
    m_view->setColumnWidth(AuditTableModel::ActorColumn, digit * 12);
    m_view->setColumnWidth(AuditTableModel::ActionColumn, digit * 22);
    m_view->setColumnWidth(AuditTableModel::SubjectColumn, digit * 18);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_progress);
    top->addWidget(m_badge);
    top->addWidget(verifyButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
}

void AuditTrailPanel::setVerification(const AuditVerification &result)
{
    if (result.ok) {
        m_badge->setStatus(StatusBadge::Tone::Good, tr("✔ Chain intact (entries: %1)").arg(QLocale().toString(result.entries)));
        m_badge->setToolTip(tr("Every entry links to the one before it and matches its hash."));
        m_model->setFirstBadSeq(0);
        return;
    }
    m_badge->setStatus(StatusBadge::Tone::Bad, tr("✘ Broken at entry %1").arg(result.firstBadSeq));
    m_badge->setToolTip(result.problem);
    m_model->setFirstBadSeq(result.firstBadSeq, result.problem);
    const int row = m_model->rowForSeq(result.firstBadSeq);
    if (row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid()) {
            m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
            m_view->selectRow(index.row());
        }
    }
}

void AuditTrailPanel::setVerificationError(const QString &message)
{
    m_badge->setStatus(StatusBadge::Tone::Bad, tr("✘ Cannot verify"));
    m_badge->setToolTip(message);
}

void AuditTrailPanel::setLoading(int value, const QString &text)
{
    m_progress->setValue(value);
    m_progress->setToolTip(text);
    m_progress->show();
    m_badge->setStatus(StatusBadge::Tone::Neutral, text);
    m_badge->setToolTip(tr("The trail is read and its hash chain checked in the background; the window stays usable."));
}

void AuditTrailPanel::setLoaded()
{
    m_progress->hide();
}

bool AuditTrailPanel::isLoading() const
{
    return !m_progress->isHidden();
}

void AuditTrailPanel::clearVerification()
{
    m_badge->setStatus(StatusBadge::Tone::Neutral, QString());
    m_badge->setToolTip(QString());
}

} // namespace tw::ui
