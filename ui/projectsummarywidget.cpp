// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectsummarywidget.h"
#include "common/text.h"

#include "statusbadge.h"

#include "model/enums.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace tw::ui {
namespace {

/** Above this many threats the breakdown is skipped: it reads every threat of the version. */
constexpr qint64 MaxThreatsForBreakdown = 50000;

QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString formatFileSize(const QString &path)
{
    return QLocale().formattedDataSize(QFileInfo(path).size());
}

QGroupBox *makeBox(const QString &title, const QString &objectName, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setObjectName(objectName);
    return box;
}

QFormLayout *makeForm()
{
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setHorizontalSpacing(16);
    return form;
}

} // namespace

ProjectSummaryWidget::ProjectSummaryWidget(QWidget *parent)
    : QWidget(parent)
{
    // Header: name, file, read-only badge.
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("summaryName"));
    m_name->setTextFormat(Qt::PlainText);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.8);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_path = new QLabel(this);
    m_path->setObjectName(QStringLiteral("summaryPath"));
    m_path->setTextFormat(Qt::PlainText);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setForegroundRole(QPalette::PlaceholderText);
    m_readOnlyBadge = new StatusBadge(this);
    m_readOnlyBadge->setObjectName(QStringLiteral("summaryReadOnly"));

    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name);
    nameRow->addSpacing(8);
    nameRow->addWidget(m_readOnlyBadge, 0, Qt::AlignVCenter);
    nameRow->addStretch(1);

    // Project.
    auto *projectBox = makeBox(tr("Project"), QStringLiteral("summaryProjectBox"), this);
    auto *projectForm = makeForm();
    m_created = addRow(projectForm, tr("Created:"), QStringLiteral("summaryCreated"));
    m_createdBy = addRow(projectForm, tr("Created by:"), QStringLiteral("summaryCreatedBy"));
    m_createdWith = addRow(projectForm, tr("Created with:"), QStringLiteral("summaryCreatedWith"));
    m_versionCount = addRow(projectForm, tr("Versions:"), QStringLiteral("summaryVersionCount"));
    projectBox->setLayout(projectForm);

    // Latest version.
    m_latestBox = makeBox(tr("Latest version"), QStringLiteral("summaryLatestBox"), this);
    m_latestEmpty = new QLabel(m_latestBox);
    m_latestEmpty->setObjectName(QStringLiteral("summaryLatestEmpty"));
    m_latestEmpty->setWordWrap(true);
    m_latestEmpty->setTextFormat(Qt::PlainText);
    m_latestDetails = new QWidget(m_latestBox);
    auto *latestForm = makeForm();
    latestForm->setContentsMargins(0, 0, 0, 0);
    m_latestId = addRow(latestForm, tr("Version:"), QStringLiteral("summaryLatestId"));
    m_latestCreated = addRow(latestForm, tr("Created:"), QStringLiteral("summaryLatestCreated"));
    m_latestRevision = addRow(latestForm, tr("Revision:"), QStringLiteral("summaryLatestRevision"));
    m_latestMessage = addRow(latestForm, tr("Message:"), QStringLiteral("summaryLatestMessage"));
    m_latestMessage->setWordWrap(true);
    m_latestInputs = addRow(latestForm, tr("Inputs:"), QStringLiteral("summaryLatestInputs"));
    m_latestComponents = addRow(latestForm, tr("Components:"), QStringLiteral("summaryLatestComponents"));
    m_latestThreats = addRow(latestForm, tr("Threats:"), QStringLiteral("summaryLatestThreats"));
    m_latestDetails->setLayout(latestForm);
    auto *latestLayout = new QVBoxLayout(m_latestBox);
    latestLayout->addWidget(m_latestEmpty);
    latestLayout->addWidget(m_latestDetails);

    // Audit trail.
    auto *auditBox = makeBox(tr("Audit trail"), QStringLiteral("summaryAuditBox"), this);
    auto *auditForm = makeForm();
    m_auditBadge = new StatusBadge(auditBox);
    m_auditBadge->setObjectName(QStringLiteral("summaryAuditBadge"));
    auditForm->addRow(tr("Hash chain:"), m_auditBadge);
    m_auditProblem = new QLabel(auditBox);
    m_auditProblem->setObjectName(QStringLiteral("summaryAuditProblem"));
    m_auditProblem->setWordWrap(true);
    m_auditProblem->setTextFormat(Qt::PlainText);
    m_auditProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_auditProblem->hide();
    auditForm->addRow(m_auditProblem);
    m_auditEntries = addRow(auditForm, tr("Entries:"), QStringLiteral("summaryAuditEntries"));
    m_auditLast = addRow(auditForm, tr("Last change:"), QStringLiteral("summaryAuditLast"));
    m_auditLast->setWordWrap(true);
    auditBox->setLayout(auditForm);

    // Threats of the latest version.
    m_threatBox = makeBox(tr("Threats in the latest version"), QStringLiteral("summaryThreatBox"), this);
    m_threatEmpty = new QLabel(m_threatBox);
    m_threatEmpty->setWordWrap(true);
    m_threatEmpty->setTextFormat(Qt::PlainText);
    m_threatDetails = new QWidget(m_threatBox);
    auto *bySeverity = makeForm();
    const QList<Severity> severities = enumValues<Severity>();
    for (auto it = severities.crbegin(); it != severities.crend(); ++it) {
        QLabel *count = addRow(bySeverity, displayName(*it) + QLatin1Char(':'),
                               QStringLiteral("summarySeverity_") + enumName(*it));
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_severityCounts.append(count);
    }
    std::reverse(m_severityCounts.begin(), m_severityCounts.end());
    auto *byStatus = makeForm();
    for (ThreatStatus status : enumValues<ThreatStatus>()) {
        QLabel *count = addRow(byStatus, displayName(status) + QLatin1Char(':'),
                               QStringLiteral("summaryStatus_") + enumName(status));
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_statusCounts.append(count);
    }
    auto *severityBox = new QVBoxLayout;
    auto *severityTitle = new QLabel(tr("By severity"), m_threatDetails);
    QFont sectionFont = severityTitle->font();
    sectionFont.setBold(true);
    severityTitle->setFont(sectionFont);
    severityBox->addWidget(severityTitle);
    severityBox->addLayout(bySeverity);
    severityBox->addStretch(1);
    auto *statusBox = new QVBoxLayout;
    auto *statusTitle = new QLabel(tr("By status"), m_threatDetails);
    statusTitle->setFont(sectionFont);
    statusBox->addWidget(statusTitle);
    statusBox->addLayout(byStatus);
    statusBox->addStretch(1);
    auto *threatColumns = new QHBoxLayout(m_threatDetails);
    threatColumns->setContentsMargins(0, 0, 0, 0);
    threatColumns->addLayout(severityBox, 1);
    threatColumns->addSpacing(24);
    threatColumns->addLayout(statusBox, 1);
    auto *threatLayout = new QVBoxLayout(m_threatBox);
    threatLayout->addWidget(m_threatEmpty);
    threatLayout->addWidget(m_threatDetails);

    m_grid = new QGridLayout;
    m_grid->setSpacing(12);
    m_boxes = {projectBox, m_latestBox, auditBox, m_threatBox};
    arrange(0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addLayout(nameRow);
    layout->addWidget(m_path);
    layout->addSpacing(12);
    layout->addLayout(m_grid);
    layout->addStretch(1);

    setProject(nullptr);
}

void ProjectSummaryWidget::arrange(int availableWidth)
{
    int wanted = 0;
    for (QGroupBox *box : std::as_const(m_boxes))
        wanted += box->sizeHint().width();
    const QMargins margins = layout() ? layout()->contentsMargins() : QMargins();
    wanted += 3 * m_grid->spacing() + margins.left() + margins.right();
    // Two columns pair the boxes as the grid does (0 with 1, 2 with 3); narrower still (a dock
    // beside the graph), they stack.
    int wantedForTwo = 0;
    for (int i = 0; i + 1 < m_boxes.size(); i += 2)
        wantedForTwo = std::max(wantedForTwo, m_boxes.at(i)->sizeHint().width() + m_boxes.at(i + 1)->sizeHint().width());
    wantedForTwo += m_grid->spacing() + margins.left() + margins.right();
    const int columns = availableWidth >= wanted ? 4 : availableWidth >= wantedForTwo ? 2 : 1;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QGroupBox *box : std::as_const(m_boxes))
        m_grid->removeWidget(box);
    for (int i = 0; i < m_boxes.size(); ++i)
        m_grid->addWidget(m_boxes.at(i), i / columns, i % columns);
    for (int c = 0; c < 4; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

bool ProjectSummaryWidget::event(QEvent *event)
{
    // In a scroll area the page is never narrower than its minimum, so the width to lay out
    // for is the viewport's: watch whatever parent the page gets.
    if (event->type() == QEvent::ParentAboutToChange && parentWidget())
        parentWidget()->removeEventFilter(this);
    else if (event->type() == QEvent::ParentChange && parentWidget())
        parentWidget()->installEventFilter(this);
    return QWidget::event(event);
}

bool ProjectSummaryWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        arrange(parentWidget()->width());
    return QWidget::eventFilter(watched, event);
}

QLabel *ProjectSummaryWidget::addRow(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
    return value;
}

void ProjectSummaryWidget::setProject(const Project *project)
{
    m_auditBadge->setStatus(StatusBadge::Tone::Neutral, QString());
    m_auditProblem->hide();
    m_auditLast->setText(tr("none"));
    // What needs the database comes with setOverview(), read off the GUI thread.
    for (QLabel *label : {m_created, m_createdBy, m_createdWith, m_versionCount, m_auditEntries})
        label->clear();
    m_fileName = project ? QFileInfo(project->path()).fileName() : QString();
    m_latestVersion = 0;
    m_latestEmpty->clear();
    m_latestEmpty->show();
    m_latestDetails->hide();
    m_threatEmpty->clear();
    m_threatEmpty->show();
    m_threatDetails->hide();
    if (!project) {
        m_name->clear();
        m_path->clear();
        m_readOnlyBadge->setStatus(StatusBadge::Tone::Neutral, QString());
        fillLatestVersion({}, QString(), 0);
        return;
    }
    m_name->setText(text::shown(project->name()));
    m_path->setText(tr("%1 (%2)").arg(QDir::toNativeSeparators(project->path()), formatFileSize(project->path())));
    if (project->isReadOnly())
        m_readOnlyBadge->setStatus(StatusBadge::Tone::Caution, tr("Read-only"));
    else
        m_readOnlyBadge->setStatus(StatusBadge::Tone::Neutral, QString());
}

void ProjectSummaryWidget::setOverview(const ProjectOverview &overview)
{
    const QDateTime created = QDateTime::fromString(overview.createdAt, Qt::ISODateWithMs);
    m_created->setText(created.isValid() ? localTime(created) : tr("unknown"));
    m_createdBy->setText(overview.createdBy.isEmpty() ? tr("unknown") : overview.createdBy);
    m_createdWith->setText(overview.createdWith.isEmpty() ? tr("unknown") : tr("Threatwright %1").arg(overview.createdWith));
    m_auditEntries->setText(QLocale().toString(overview.auditEntries));
    fillLatestVersion(overview.versions, QString(), overview.latestThreatCount);
}

void ProjectSummaryWidget::setOverviewError(const QString &message)
{
    for (QLabel *label : {m_created, m_createdBy, m_createdWith, m_auditEntries})
        label->clear();
    fillLatestVersion({}, message, 0);
}

void ProjectSummaryWidget::fillLatestVersion(const QList<VersionInfo> &versions, const QString &problem, qint64 latestThreats)
{
    m_versionCount->setText(problem.isEmpty() ? QLocale().toString(versions.size()) : problem);

    if (versions.isEmpty()) {
        m_latestEmpty->setText(problem.isEmpty()
                                   ? tr("No versions yet. Import the system's artifacts to create the first one, "
                                        "for example: threatwright-cli import %1 PATH…")
                                         .arg(m_fileName.isEmpty() ? QStringLiteral("PROJECT.twdb") : m_fileName)
                                   : problem);
        m_latestEmpty->show();
        m_latestDetails->hide();
        m_threatEmpty->setText(tr("No threats yet: they are suggested when a version is analysed."));
        m_threatEmpty->show();
        m_threatDetails->hide();
        return;
    }
    const auto latest = std::max_element(versions.cbegin(), versions.cend(),
                                         [](const VersionInfo &a, const VersionInfo &b) { return a.id < b.id; });
    m_latestEmpty->hide();
    m_latestDetails->show();
    m_latestId->setText(QString::number(latest->id));
    m_latestCreated->setText(tr("%1 by %2").arg(localTime(latest->createdAt),
                                                latest->author.isEmpty() ? tr("unknown") : latest->author));
    m_latestRevision->setText(latest->gitRevision.isEmpty() ? tr("not recorded") : latest->gitRevision);
    m_latestMessage->setText(latest->message.isEmpty() ? tr("(no message)") : text::shown(latest->message, 2000));
    m_latestInputs->setText(QLocale().toString(latest->inputs.size()));
    m_latestComponents->setText(QLocale().toString(latest->componentCount));
    m_latestThreats->setText(QLocale().toString(latest->threatCount));
    m_threatBox->setTitle(tr("Threats in version %1").arg(latest->id));
    fillThreats(latest->id, latestThreats);
}

void ProjectSummaryWidget::fillThreats(qint64 versionId, qint64 total)
{
    m_latestVersion = versionId;
    if (total == 0 || total > MaxThreatsForBreakdown) {
        m_threatEmpty->setText(total == 0 ? tr("No threats in this version.")
                                          : tr("%1 threats; open the threat list for the breakdown.")
                                                .arg(QLocale().toString(total)));
        m_threatEmpty->show();
        m_threatDetails->hide();
        m_latestVersion = 0; // nothing to break down
        return;
    }
    // The threats themselves are read once, off the GUI thread, by the window (setThreats()),
    // which may have handed them over before this overview arrived.
    if (m_breakdown.versionId == versionId) {
        showBreakdown();
        return;
    }
    m_threatEmpty->setText(tr("Reading %1 threats…").arg(QLocale().toString(total)));
    m_threatEmpty->show();
    m_threatDetails->hide();
}

void ProjectSummaryWidget::setThreats(qint64 versionId, const QList<Threat> &threats)
{
    m_breakdown = Breakdown{versionId, QList<int>(m_severityCounts.size(), 0), QList<int>(m_statusCounts.size(), 0)};
    for (const Threat &t : threats) {
        if (int(t.severity) >= 0 && int(t.severity) < m_breakdown.bySeverity.size())
            ++m_breakdown.bySeverity[int(t.severity)];
        if (int(t.status) >= 0 && int(t.status) < m_breakdown.byStatus.size())
            ++m_breakdown.byStatus[int(t.status)];
    }
    if (versionId != 0 && versionId == m_latestVersion)
        showBreakdown();
}

void ProjectSummaryWidget::showBreakdown()
{
    for (int i = 0; i < m_severityCounts.size(); ++i)
        m_severityCounts[i]->setText(QLocale().toString(m_breakdown.bySeverity.value(i)));
    for (int i = 0; i < m_statusCounts.size(); ++i)
        m_statusCounts[i]->setText(QLocale().toString(m_breakdown.byStatus.value(i)));
    m_threatEmpty->hide();
    m_threatDetails->show();
}

void ProjectSummaryWidget::setAuditCount(qint64 entries)
{
    m_auditEntries->setText(QLocale().toString(entries));
}

void ProjectSummaryWidget::setLastAuditEntry(const AuditEntry &entry)
{
    m_auditLast->setText(tr("%1 by %2\n%3").arg(entry.action, entry.actor, localTime(entry.at)));
}

void ProjectSummaryWidget::setVerification(const AuditVerification &result)
{
    if (result.ok) {
        m_auditBadge->setStatus(StatusBadge::Tone::Good, tr("✔ Intact: every entry verified"));
        m_auditProblem->hide();
    } else {
        m_auditBadge->setStatus(StatusBadge::Tone::Bad, tr("✘ Broken at entry %1").arg(result.firstBadSeq));
        m_auditProblem->setText(result.problem);
        m_auditProblem->show();
    }
}

void ProjectSummaryWidget::setVerificationPending()
{
    m_auditBadge->setStatus(StatusBadge::Tone::Neutral, tr("Verifying…"));
    m_auditProblem->hide();
}

void ProjectSummaryWidget::setVerificationError(const QString &message)
{
    m_auditBadge->setStatus(StatusBadge::Tone::Bad, tr("✘ Cannot verify"));
    m_auditProblem->setText(message);
    m_auditProblem->show();
}

} // namespace tw::ui
