// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomewidget.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace tw::ui {

WelcomeWidget::WelcomeWidget(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
    , m_recentTitle(new QLabel(tr("Recent projects"), this))
    , m_noRecent(new QLabel(tr("No recent projects."), this))
{
    auto *title = new QLabel(tr("Threatwright"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *tagline = new QLabel(tr("Keep the threat model in step with the system: import specs, Terraform and "
                                  "repositories, triage suggested threats, and keep every decision in a "
                                  "tamper-evident audit trail."),
                               this);
    tagline->setWordWrap(true);

    auto *newButton = new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), tr("New Project…"), this);
    newButton->setObjectName(QStringLiteral("welcomeNewButton"));
    auto *openButton = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Open Project…"), this);
    openButton->setObjectName(QStringLiteral("welcomeOpenButton"));
    connect(newButton, &QPushButton::clicked, this, &WelcomeWidget::newProjectRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomeWidget::openProjectRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch(1);

    QFont sectionFont = m_recentTitle->font();
    sectionFont.setBold(true);
    m_recentTitle->setFont(sectionFont);
    m_recent->setObjectName(QStringLiteral("welcomeRecentList"));
    m_noRecent->setForegroundRole(QPalette::PlaceholderText);
    connect(m_recent, &QListWidget::itemActivated, this, &WelcomeWidget::activate);

    // A readable column in the middle of a wide window.
    auto *column = new QWidget(this);
    column->setMaximumWidth(720);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(title);
    columnLayout->addWidget(tagline);
    columnLayout->addSpacing(16);
    columnLayout->addLayout(buttons);
    columnLayout->addSpacing(24);
    columnLayout->addWidget(m_recentTitle);
    columnLayout->addWidget(m_noRecent);
    columnLayout->addWidget(m_recent);
    columnLayout->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addStretch(1);
    layout->addWidget(column, 4);
    layout->addStretch(1);
}

void WelcomeWidget::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileIcon),
                                         tr("%1 — %2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())),
                                         m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    // As tall as its entries (at most ten), not the whole window.
    const int rowHeight = qMax(m_recent->sizeHintForRow(0), fontMetrics().height() + 4);
    m_recent->setFixedHeight(rowHeight * int(qMax<qsizetype>(paths.size(), 1)) + 2 * m_recent->frameWidth() + 4);
    m_recent->setVisible(!paths.isEmpty());
    m_noRecent->setVisible(paths.isEmpty());
}

void WelcomeWidget::activate(QListWidgetItem *item)
{
    if (item)
        Q_EMIT recentFileActivated(item->data(Qt::UserRole).toString());
}

} // namespace tw::ui
