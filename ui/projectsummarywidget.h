// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/project.h"
#include "versionloader.h"

#include <QWidget>

class QFormLayout;
class QGridLayout;
class QGroupBox;
class QLabel;

namespace tw::ui {

class StatusBadge;

/**
 * The central page while a project is open: what the project is, its latest version, the state
 * of its audit chain and how the latest version's threats stand. Read-only; it queries the
 * project when told to refresh and keeps no pointer to it.
 */
class ProjectSummaryWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectSummaryWidget(QWidget *parent = nullptr);

    /**
     * Shows what `project` knows without reading its file (name, path, read-only); nullptr
     * empties the page. The rest waits for setOverview(), which the window reads on a worker.
     */
    void setProject(const Project *project);
    /** The versions, metadata and counts of the project last given to setProject(). */
    void setOverview(const ProjectOverview &overview);
    /** The overview could not be read: `message` is shown in place. */
    void setOverviewError(const QString &message);
    /**
     * The breakdown of the latest version's threats by severity and status, from threats the
     * caller already has (the window reads the version on a worker; a triage action changes one
     * status). Until it is called after setProject(), the box says the threats are being read.
     * It may come before or after setOverview(); the breakdown shows once both are in.
     */
    void setThreats(qint64 versionId, const QList<Threat> &threats);
    /** How many entries the audit trail has (after an action appended some). */
    void setAuditCount(qint64 entries);
    /** The newest audit entry, shown as "last change". */
    void setLastAuditEntry(const AuditEntry &entry);
    void setVerification(const AuditVerification &result);
    void setVerificationError(const QString &message);
    /** The chain is being verified in the background. */
    void setVerificationPending();

    StatusBadge *auditBadge() const { return m_auditBadge; }
    /** How many boxes share a row: 4 when the space allows, 2 when half of it does, else 1. */
    int columns() const { return m_columns; }

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /** Lays the four boxes out in one row or two, for the width the page is given. */
    void arrange(int availableWidth);

    QLabel *addRow(QFormLayout *form, const QString &label, const QString &objectName);
    void fillLatestVersion(const QList<VersionInfo> &versions, const QString &problem, qint64 latestThreats);
    void fillThreats(qint64 versionId, qint64 total);
    void showBreakdown();
    qint64 m_latestVersion = 0;
    QString m_fileName;

    /** The counts of the last setThreats(), kept until the overview names that version. */
    struct Breakdown
    {
        qint64 versionId = 0;
        QList<int> bySeverity;
        QList<int> byStatus;
    };
    Breakdown m_breakdown;

    QGridLayout *m_grid = nullptr;
    QList<QGroupBox *> m_boxes;
    int m_columns = 0;

    QLabel *m_name;
    QLabel *m_path;
    StatusBadge *m_readOnlyBadge;

    QLabel *m_created;
    QLabel *m_createdBy;
    QLabel *m_createdWith;
    QLabel *m_versionCount;

    QGroupBox *m_latestBox;
    QLabel *m_latestEmpty;
    QWidget *m_latestDetails;
    QLabel *m_latestId;
    QLabel *m_latestCreated;
    QLabel *m_latestRevision;
    QLabel *m_latestMessage;
    QLabel *m_latestInputs;
    QLabel *m_latestComponents;
    QLabel *m_latestThreats;

    StatusBadge *m_auditBadge;
    QLabel *m_auditProblem;
    QLabel *m_auditEntries;
    QLabel *m_auditLast;

    QGroupBox *m_threatBox;
    QLabel *m_threatEmpty;
    QWidget *m_threatDetails;
    QList<QLabel *> m_severityCounts; ///< indexed by tw::Severity, most severe last
    QList<QLabel *> m_statusCounts;   ///< indexed by tw::ThreatStatus
};

} // namespace tw::ui
