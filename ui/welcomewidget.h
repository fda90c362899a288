// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace tw::ui {

/** The central page while no project is open: create, open, or pick a recent project. */
class WelcomeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeWidget(QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &paths);

Q_SIGNALS:
    void newProjectRequested();
    void openProjectRequested();
    void recentFileActivated(const QString &path);

private:
    void activate(QListWidgetItem *item);

    QListWidget *m_recent;
    QLabel *m_recentTitle;
    QLabel *m_noRecent;
};

} // namespace tw::ui
