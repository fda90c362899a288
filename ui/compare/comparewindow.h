// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "diff/modeldiff.h"
#include "store/project.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace tw::ui {

class DiffListModel;
class GraphView;

/**
 * Two versions side by side: the older on the left, the newer on the right, both drawn from one
 * layout of the union of their elements so that what both have stands in the same place and the
 * eye sees only what changed. Added elements are outlined green (right), removed red (left),
 * changed amber (both); an element a version does not have is a faint ghost in its pane. Zoom,
 * scrolling and selection follow each other; the change list beside the panes selects in both.
 *
 * The window reads the project through its own read-only connection on a worker thread, so
 * comparing large versions never blocks the workbench.
 */
class CompareWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Side { Before, After };

    explicit CompareWindow(const QString &projectPath, QWidget *parent = nullptr);
    ~CompareWindow() override;

    /** Loads and shows the change from version `from` to version `to`. */
    void compare(qint64 from, qint64 to);

    qint64 fromVersion() const { return m_from; }
    qint64 toVersion() const { return m_to; }
    bool isBusy() const { return m_busy; }
    const diff::ModelDiff &modelDiff() const { return m_diff; }

    GraphView *pane(Side side) const { return side == Side::Before ? m_beforePane : m_afterPane; }
    QTableView *changeTable() const { return m_table; }
    DiffListModel *changeModel() const { return m_list; }
    QComboBox *kindFilter() const { return m_kindFilter; }
    /** The mark an element carries in a pane: "added", "removed", "changed", "absent" or empty. */
    QString markOf(Side side, const QString &elementId) const;

Q_SIGNALS:
    /** Both panes are laid out and marked, and the change list is filled. */
    void compared();
    /** The versions could not be read. */
    void failed(const QString &message);

private:
    struct Loaded
    {
        QList<VersionInfo> versions;
        SystemModel before;
        SystemModel after;
        diff::ModelDiff diff;
    };
    static Result<Loaded> load(const QString &path, qint64 from, qint64 to);

    void loaded();
    void paneLaidOut();
    void applyMarks(Side side);
    void fillVersionChoices(const QList<VersionInfo> &versions);
    void versionChoiceChanged();
    void syncView(GraphView *source, GraphView *target);
    void paneSelected(GraphView *source, const QString &id);
    void tableSelected();
    QString versionTitle(qint64 id) const;

    QString m_path;
    qint64 m_from = 0;
    qint64 m_to = 0;
    bool m_busy = false;
    bool m_syncing = false;
    int m_pendingLayouts = 0;
    QList<VersionInfo> m_versions;
    diff::ModelDiff m_diff;
    QHash<QString, QString> m_marks[2];
    QFutureWatcher<Result<Loaded>> m_watcher;

    QComboBox *m_fromChoice = nullptr;
    QComboBox *m_toChoice = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_beforeTitle = nullptr;
    QLabel *m_afterTitle = nullptr;
    GraphView *m_beforePane = nullptr;
    GraphView *m_afterPane = nullptr;
    QComboBox *m_kindFilter = nullptr;
    DiffListModel *m_list = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace tw::ui
