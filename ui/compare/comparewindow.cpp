// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/comparewindow.h"

#include "common/threadpools.h"
#include "compare/difflistmodel.h"
#include "graphscene.h"
#include "graphview.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QGraphicsPathItem>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPen>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QtConcurrent>

namespace tw::ui {
namespace {

const QColor kAdded(0x2e, 0x7d, 0x32);
const QColor kRemoved(0xc6, 0x28, 0x28);
const QColor kChanged(0xf0, 0xa0, 0x00);
constexpr double kGhostOpacity = 0.18;

QColor markColour(const QString &mark)
{
    if (mark == QLatin1StringView("added"))
        return kAdded;
    if (mark == QLatin1StringView("removed"))
        return kRemoved;
    return kChanged;
}

/** A coloured outline behind an item; it dies with the item when the pane is rebuilt. */
void addMark(QGraphicsItem *item, const QPainterPath &path, const QString &mark, bool filled)
{
    auto *outline = new QGraphicsPathItem(path, item);
    outline->setFlag(QGraphicsItem::ItemStacksBehindParent);
    outline->setAcceptedMouseButtons(Qt::NoButton);
    QColor colour = markColour(mark);
    if (filled) {
        outline->setPen(Qt::NoPen);
        colour.setAlpha(120);
        outline->setBrush(colour);
    } else {
        outline->setPen(QPen(colour, 5));
        colour.setAlpha(45);
        outline->setBrush(colour);
    }
}

SystemModel withThreats(SystemModel model, const QList<Threat> &threats)
{
    model.threats = threats;
    return model;
}

} // namespace

CompareWindow::CompareWindow(const QString &projectPath, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_path(projectPath)
{
    setWindowTitle(tr("Compare Versions — Threatwright"));
    setAttribute(Qt::WA_DeleteOnClose, false);

    m_fromChoice = new QComboBox(this);
    m_toChoice = new QComboBox(this);
    m_fromChoice->setAccessibleName(tr("Older version"));
    m_toChoice->setAccessibleName(tr("Newer version"));
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    auto *choices = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_fromChoice);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_toChoice);
    choices->addWidget(fromLabel);
    choices->addWidget(m_fromChoice);
    choices->addWidget(toLabel);
    choices->addWidget(m_toChoice);
    choices->addSpacing(12);
    choices->addWidget(m_summary, 1);

    auto makePane = [this](QLabel *&title, GraphView *&pane) {
        auto *box = new QWidget(this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        title = new QLabel(box);
        title->setTextFormat(Qt::PlainText);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        pane = new GraphView(box);
        layout->addWidget(title);
        layout->addWidget(pane, 1);
        return box;
    };
    auto *panes = new QSplitter(Qt::Horizontal, this);
    panes->addWidget(makePane(m_beforeTitle, m_beforePane));
    panes->addWidget(makePane(m_afterTitle, m_afterPane));
    m_beforePane->setAccessibleName(tr("Older version's graph"));
    m_afterPane->setAccessibleName(tr("Newer version's graph"));

    auto *listBox = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_kindFilter = new QComboBox(listBox);
    m_kindFilter->setAccessibleName(tr("Show changes of kind"));
    m_kindFilter->addItem(tr("All changes"), QString());
    for (const char *kind : {"component", "boundary", "entry-point", "flow", "asset", "threat", "decision"})
        m_kindFilter->addItem(DiffListModel::kindTitle(QString::fromLatin1(kind)), QString::fromLatin1(kind));
    m_list = new DiffListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_list);
    m_proxy->setFilterRole(DiffListModel::KindRole);
    m_table = new QTableView(listBox);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Changes"));
    listLayout->addWidget(m_kindFilter);
    listLayout->addWidget(m_table, 1);

    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(panes);
    main->addWidget(listBox);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 1);
    main->setSizes({1120, 480});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(main, 1);
    resize(1600, 1000);

    connect(&m_watcher, &QFutureWatcher<Result<Loaded>>::finished, this, &CompareWindow::loaded);
    for (GraphView *pane : {m_beforePane, m_afterPane}) {
        GraphView *other = pane == m_beforePane ? m_afterPane : m_beforePane;
        connect(pane, &GraphView::layoutFinished, this, &CompareWindow::paneLaidOut);
        connect(pane, &GraphView::layoutFailed, this, &CompareWindow::paneLaidOut);
        connect(pane, &GraphView::elementSelected, this, [this, pane](const QString &id) { paneSelected(pane, id); });
        auto sync = [this, pane, other] { syncView(pane, other); };
        connect(pane->horizontalScrollBar(), &QScrollBar::valueChanged, this, sync);
        connect(pane->verticalScrollBar(), &QScrollBar::valueChanged, this, sync);
        connect(pane->horizontalScrollBar(), &QScrollBar::rangeChanged, this, sync);
        connect(pane->verticalScrollBar(), &QScrollBar::rangeChanged, this, sync);
    }
    connect(m_fromChoice, &QComboBox::activated, this, &CompareWindow::versionChoiceChanged);
    connect(m_toChoice, &QComboBox::activated, this, &CompareWindow::versionChoiceChanged);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString kind = m_kindFilter->currentData().toString();
        m_proxy->setFilterRegularExpression(kind.isEmpty() ? QRegularExpression()
                                                           : QRegularExpression(QRegularExpression::anchoredPattern(kind)));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CompareWindow::tableSelected);
}

CompareWindow::~CompareWindow()
{
    m_watcher.waitForFinished();
    // The panes are destroyed after this body, one before the other; their scroll bars change
    // range on the way and must not reach the pane already gone.
    for (GraphView *pane : {m_beforePane, m_afterPane}) {
        pane->horizontalScrollBar()->disconnect(this);
        pane->verticalScrollBar()->disconnect(this);
        pane->disconnect(this);
    }
}

Result<CompareWindow::Loaded> CompareWindow::load(const QString &path, qint64 from, qint64 to)
{
    auto project = Project::open(path, Project::OpenMode::ReadOnly);
    if (!project)
        return project.error();
    auto versions = (*project)->versions();
    if (!versions)
        return versions.error();
    Loaded out;
    out.versions = std::move(versions).value();
    for (qint64 id : {from, to}) {
        if (auto v = (*project)->version(id); !v)
            return v.error();
    }
    auto before = (*project)->loadModel(from);
    if (!before)
        return before.error();
    auto after = (*project)->loadModel(to);
    if (!after)
        return after.error();
    out.before = std::move(before).value();
    out.after = std::move(after).value();
    out.diff = diff::diffModels(out.before, out.after);
    return out;
}

void CompareWindow::compare(qint64 from, qint64 to)
{
    m_from = from;
    m_to = to;
    m_busy = true;
    m_summary->setText(tr("Comparing version %1 with version %2…").arg(from).arg(to));
    // A newer request replaces a running one: the older result is read and dropped in loaded().
    m_watcher.setFuture(QtConcurrent::run(jobPool(), &CompareWindow::load, m_path, from, to));
}

void CompareWindow::loaded()
{
    Result<Loaded> result = m_watcher.result();
    if (!result) {
        m_busy = false;
        m_summary->setText(result.errorString());
        Q_EMIT failed(result.errorString());
        return;
    }
    Loaded &data = *result;
    fillVersionChoices(data.versions);
    m_diff = data.diff;
    m_list->setDiff(m_diff, data.before, data.after);
    m_table->resizeColumnsToContents();

    const diff::ModelDiff &d = m_diff;
    auto count = [&d](const char *kind, diff::Change change) { return d.count(QString::fromLatin1(kind), change); };
    int newThreats = 0, goneThreats = 0;
    for (const diff::ThreatChange &t : d.threats) {
        newThreats += t.change == diff::Change::Added;
        goneThreats += t.change == diff::Change::Removed;
    }
    m_summary->setText(tr("Components +%1 −%2 ~%3 · flows +%4 −%5 ~%6 · entry points +%7 −%8 · threats %9 new, %10 gone · "
                          "%11 decisions carried over")
                           .arg(count("component", diff::Change::Added))
                           .arg(count("component", diff::Change::Removed))
                           .arg(count("component", diff::Change::Changed))
                           .arg(count("flow", diff::Change::Added))
                           .arg(count("flow", diff::Change::Removed))
                           .arg(count("flow", diff::Change::Changed))
                           .arg(count("entry-point", diff::Change::Added))
                           .arg(count("entry-point", diff::Change::Removed))
                           .arg(newThreats)
                           .arg(goneThreats)
                           .arg(d.carriedDecisions.size()));
    m_beforeTitle->setText(versionTitle(m_from));
    m_afterTitle->setText(versionTitle(m_to));

    // What each pane marks. An entry point is drawn as part of its component, so a change to
    // one marks the component as changed (unless the component itself came or went).
    QHash<QString, QString> componentOfEntryPoint;
    for (const SystemModel *model : {&data.before, &data.after}) {
        for (const EntryPoint &e : model->entryPoints)
            componentOfEntryPoint.insert(e.id, e.componentId);
    }
    for (auto &marks : m_marks)
        marks.clear();
    for (const diff::ElementChange &e : d.elements) {
        if (e.elementKind == QLatin1StringView("asset"))
            continue;
        if (e.elementKind == QLatin1StringView("entry-point")) {
            const QString component = componentOfEntryPoint.value(e.id);
            for (auto &marks : m_marks) {
                if (!component.isEmpty() && !marks.contains(component))
                    marks.insert(component, QStringLiteral("changed"));
            }
            continue;
        }
        switch (e.change) {
        case diff::Change::Added:
            m_marks[int(Side::Before)].insert(e.id, QStringLiteral("absent"));
            m_marks[int(Side::After)].insert(e.id, QStringLiteral("added"));
            break;
        case diff::Change::Removed:
            m_marks[int(Side::Before)].insert(e.id, QStringLiteral("removed"));
            m_marks[int(Side::After)].insert(e.id, QStringLiteral("absent"));
            break;
        case diff::Change::Changed:
            m_marks[int(Side::Before)].insert(e.id, QStringLiteral("changed"));
            m_marks[int(Side::After)].insert(e.id, QStringLiteral("changed"));
            break;
        }
    }

    // One layout for both: the same union model, so Graphviz places shared elements alike;
    // each pane carries its own version's threats for the badges.
    const SystemModel both = diff::unionOfElements(data.before, data.after);
    m_pendingLayouts = 2;
    m_beforePane->setModel(withThreats(both, data.before.threats));
    m_afterPane->setModel(withThreats(both, data.after.threats));
}

void CompareWindow::paneLaidOut()
{
    if (m_pendingLayouts <= 0 || --m_pendingLayouts > 0)
        return;
    applyMarks(Side::Before);
    applyMarks(Side::After);
    m_afterPane->fitToView();
    syncView(m_afterPane, m_beforePane);
    m_busy = false;
    Q_EMIT compared();
}

void CompareWindow::applyMarks(Side side)
{
    GraphView *view = pane(side);
    const QHash<QString, QString> &marks = m_marks[int(side)];
    const QString absentNote = tr("Not in version %1").arg(side == Side::Before ? m_from : m_to);
    auto mark = [&](QGraphicsItem *item, const QString &id, const QPainterPath &path, bool filled) {
        const QString m = marks.value(id);
        if (m.isEmpty())
            return;
        if (m == QLatin1StringView("absent")) {
            item->setOpacity(kGhostOpacity);
            item->setToolTip(absentNote);
            return;
        }
        addMark(item, path, m, filled);
    };
    for (ComponentItem *item : view->componentItems()) {
        QPainterPath path;
        path.addRoundedRect(item->boundingRect().adjusted(-4, -4, 4, 4), 10, 10);
        mark(item, item->elementId(), path, false);
    }
    for (BoundaryItem *item : view->boundaryItems()) {
        QPainterPath path;
        path.addRect(item->boundingRect().adjusted(-2, -2, 2, 2));
        mark(item, item->elementId(), path, false);
    }
    for (FlowItem *item : view->flowItems()) {
        QPainterPathStroker stroker;
        stroker.setWidth(6);
        mark(item, item->elementId(), stroker.createStroke(item->shape()), true);
    }
}

QString CompareWindow::markOf(Side side, const QString &elementId) const
{
    return m_marks[int(side)].value(elementId);
}

QString CompareWindow::versionTitle(qint64 id) const
{
    for (const VersionInfo &v : m_versions) {
        if (v.id != id)
            continue;
        const QString when = QLocale().toString(v.createdAt.toLocalTime(), QLocale::ShortFormat);
        return v.message.isEmpty() ? tr("Version %1 · %2").arg(id).arg(when)
                                   : tr("Version %1 · %2 · %3").arg(id).arg(when, v.message);
    }
    return tr("Version %1").arg(id);
}

void CompareWindow::fillVersionChoices(const QList<VersionInfo> &versions)
{
    m_versions = versions;
    for (QComboBox *choice : {m_fromChoice, m_toChoice}) {
        const QSignalBlocker block(choice);
        choice->clear();
        for (const VersionInfo &v : versions)
            choice->addItem(v.message.isEmpty() ? tr("Version %1").arg(v.id) : tr("Version %1 — %2").arg(v.id).arg(v.message), v.id);
    }
    m_fromChoice->setCurrentIndex(m_fromChoice->findData(m_from));
    m_toChoice->setCurrentIndex(m_toChoice->findData(m_to));
}

void CompareWindow::versionChoiceChanged()
{
    const qint64 from = m_fromChoice->currentData().toLongLong();
    const qint64 to = m_toChoice->currentData().toLongLong();
    if (from > 0 && to > 0 && (from != m_from || to != m_to))
        compare(from, to);
}

void CompareWindow::syncView(GraphView *source, GraphView *target)
{
    if (m_syncing)
        return;
    m_syncing = true;
    if (target->transform() != source->transform())
        target->setTransform(source->transform());
    target->horizontalScrollBar()->setValue(source->horizontalScrollBar()->value());
    target->verticalScrollBar()->setValue(source->verticalScrollBar()->value());
    m_syncing = false;
}

void CompareWindow::paneSelected(GraphView *source, const QString &id)
{
    if (m_syncing)
        return;
    m_syncing = true;
    (source == m_beforePane ? m_afterPane : m_beforePane)->selectElement(id);
    const int row = m_list->rowOfElement(id);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_list->index(row, 0));
    if (index.isValid()) {
        m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    } else {
        m_table->clearSelection();
    }
    m_syncing = false;
    syncView(source, source == m_beforePane ? m_afterPane : m_beforePane);
}

void CompareWindow::tableSelected()
{
    if (m_syncing)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString id = rows.first().data(DiffListModel::ElementIdRole).toString();
    if (id.isEmpty())
        return;
    m_syncing = true;
    m_beforePane->selectElement(id);
    m_afterPane->selectElement(id);
    m_syncing = false;
    syncView(m_afterPane, m_beforePane);
}

} // namespace tw::ui
