// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace tw::ui {

/**
 * The strip over the graph's top-left corner: the Filter button and, while they apply, what the
 * graph is not showing plainly — an active filter (and how much it hides), an attack path
 * highlight, and live-mode changes awaiting acknowledgement — each with its way out.
 */
class GraphOverlayBar : public QFrame
{
    Q_OBJECT

public:
    explicit GraphOverlayBar(QWidget *parent = nullptr);

    QToolButton *filterButton() const { return m_filterButton; }
    QLabel *filterLabel() const { return m_filterLabel; }
    QLabel *pathLabel() const { return m_pathLabel; }
    QLabel *changesLabel() const { return m_changesLabel; }
    QToolButton *clearFilterButton() const { return m_clearFilter; }
    QToolButton *clearPathButton() const { return m_clearPath; }
    QToolButton *acknowledgeButton() const { return m_acknowledge; }

    /** Empty text hides the part. */
    void setFilterText(const QString &text, const QString &toolTip);
    void setPathText(const QString &text);
    void setChangesText(const QString &text, const QString &toolTip);

Q_SIGNALS:
    void clearFilterRequested();
    void clearPathRequested();
    void acknowledgeRequested();

private:
    void relayout();

    QToolButton *m_filterButton = nullptr;
    QLabel *m_filterLabel = nullptr;
    QToolButton *m_clearFilter = nullptr;
    QLabel *m_pathLabel = nullptr;
    QToolButton *m_clearPath = nullptr;
    QLabel *m_changesLabel = nullptr;
    QToolButton *m_acknowledge = nullptr;
};

} // namespace tw::ui
