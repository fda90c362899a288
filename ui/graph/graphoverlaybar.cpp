// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/graphoverlaybar.h"

#include "graphscene.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace tw::ui {
namespace {

QLabel *chip(QWidget *parent, const QString &name, const QColor &accent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("QLabel { border-left: 3px solid %1; padding: 1px 4px 1px 6px; }").arg(accent.name()));
    label->hide();
    return label;
}

QToolButton *button(QWidget *parent, const QString &name, const QString &text, const QString &toolTip)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(name);
    b->setText(text);
    b->setToolTip(toolTip);
    b->setAutoRaise(true);
    b->hide();
    return b;
}

} // namespace

GraphOverlayBar::GraphOverlayBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("graphOverlayBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(4);

    m_filterButton = new QToolButton(this);
    m_filterButton->setObjectName(QStringLiteral("graphFilterButton"));
    m_filterButton->setText(tr("Filter"));
    m_filterButton->setToolTip(tr("Show only some kinds, boundaries, severities or statuses (Ctrl+Shift+F)"));
    m_filterButton->setPopupMode(QToolButton::InstantPopup);
    m_filterButton->setAutoRaise(true);
    m_filterButton->setAccessibleName(tr("Filter the graph"));
    layout->addWidget(m_filterButton);

    m_filterLabel = chip(this, QStringLiteral("graphFilterLabel"), palette().color(QPalette::Highlight));
    layout->addWidget(m_filterLabel);
    m_clearFilter = button(this, QStringLiteral("graphClearFilter"), tr("Clear"), tr("Show every element again"));
    connect(m_clearFilter, &QToolButton::clicked, this, &GraphOverlayBar::clearFilterRequested);
    layout->addWidget(m_clearFilter);

    m_pathLabel = chip(this, QStringLiteral("graphPathLabel"), attackPathColour());
    layout->addWidget(m_pathLabel);
    m_clearPath = button(this, QStringLiteral("graphClearPath"), tr("Clear"), tr("Stop highlighting the attack path (Esc on the graph)"));
    connect(m_clearPath, &QToolButton::clicked, this, &GraphOverlayBar::clearPathRequested);
    layout->addWidget(m_clearPath);

    m_changesLabel = chip(this, QStringLiteral("graphChangesLabel"), changeMarkColour(ChangeMark::Added));
    layout->addWidget(m_changesLabel);
    m_acknowledge = button(this, QStringLiteral("graphAcknowledge"), tr("Acknowledge"),
                           tr("Take the shown version as seen and remove the change marks (Ctrl+Shift+K)"));
    connect(m_acknowledge, &QToolButton::clicked, this, &GraphOverlayBar::acknowledgeRequested);
    layout->addWidget(m_acknowledge);
}

void GraphOverlayBar::setFilterText(const QString &text, const QString &toolTip)
{
    m_filterLabel->setText(text);
    m_filterLabel->setToolTip(toolTip);
    m_filterLabel->setVisible(!text.isEmpty());
    m_clearFilter->setVisible(!text.isEmpty());
    QFont font = m_filterButton->font();
    font.setBold(!text.isEmpty());
    m_filterButton->setFont(font);
    relayout();
}

void GraphOverlayBar::setPathText(const QString &text)
{
    m_pathLabel->setText(text);
    m_pathLabel->setVisible(!text.isEmpty());
    m_clearPath->setVisible(!text.isEmpty());
    relayout();
}

void GraphOverlayBar::setChangesText(const QString &text, const QString &toolTip)
{
    m_changesLabel->setText(text);
    m_changesLabel->setToolTip(toolTip);
    m_changesLabel->setVisible(!text.isEmpty());
    m_acknowledge->setVisible(!text.isEmpty());
    relayout();
}

void GraphOverlayBar::relayout()
{
    layout()->activate();
    resize(sizeHint());
}

} // namespace tw::ui
