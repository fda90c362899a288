// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/feedback.h"
#include "common/result.h"
#include "model/model.h"
#include "store/audit.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

namespace tw {

/** One input of a version: what was imported and its content digest. */
struct InputDigest
{
    QString path;
    QString kind;   ///< openapi, terraform, compose, repository …
    QString digest; ///< "sha256:<hex>"
    friend bool operator==(const InputDigest &, const InputDigest &) = default;
};

/** What a new version records besides the model itself. */
struct VersionMeta
{
    QString author;
    QString message;
    QString gitRevision;
    QList<InputDigest> inputs;
};

/** An immutable model snapshot as listed by `versions`. */
struct VersionInfo
{
    qint64 id = 0;
    QDateTime createdAt;
    QString author;
    QString message;
    QString gitRevision;
    QList<InputDigest> inputs;
    qint64 componentCount = 0;
    qint64 threatCount = 0;
};

/** A person's decision on a threat; carried between versions by fingerprint. */
struct Decision
{
    ThreatStatus status = ThreatStatus::Suggested;
    std::optional<int> priorityOverride;
    QString owner;
    QString justification;
    QDateTime expiresAt;
    friend bool operator==(const Decision &, const Decision &) = default;
};

enum class TriageAction { Validate, Dismiss, Accept, Mitigate, Reopen, SetPriority };

struct TriageRequest
{
    QString fingerprint; ///< full fingerprint or a unique prefix of at least 6 characters
    TriageAction action = TriageAction::Validate;
    QString reason;
    QString actor;
    std::optional<int> priority; ///< for SetPriority: 1..4, nullopt clears the override
    QDateTime expiresAt;         ///< for Accept
    QString owner;
};

/** One threat's part of a decision taken on several threats at once (Project::triageMany). */
struct TriageOutcome
{
    Threat threat;                  ///< as it is now, in the newest version
    std::optional<Decision> before; ///< its decision before; nullopt: nobody had decided anything
};

/** A threat's decision to put back (undo), for Project::restoreDecisions. */
struct DecisionRestore
{
    QString fingerprint;
    std::optional<Decision> state; ///< nullopt: "nobody decided anything"
};

struct ThreatQuery
{
    qint64 versionId = 0; ///< 0: the latest version
    std::optional<ThreatStatus> status;
    std::optional<Severity> minSeverity;
    int offset = 0;
    int limit = -1; ///< -1: all
};

/** A manual threat recorded by a person. */
struct ManualThreat
{
    QString title;
    QStringList targets;
    Stride stride = Stride::Tampering;
    Severity severity = Severity::Medium;
    QString rationale;
    QString mitigation;
    QString actor;
};

/** A new scoped suppression (docs/rules.md, "Suppressions"). */
struct SuppressionRequest
{
    QString rulePattern;    ///< a rule id or a glob over rule ids
    QString elementPattern; ///< a glob over target element ids and names
    QString reason;         ///< required
    QString actor;
    QDateTime expiresAt; ///< invalid: never expires
    /**
     * Made from a dismissal: this threat of the newest version (fingerprint or unique prefix) is
     * dismissed with the same reason in the same transaction, unless it already is.
     */
    QString fromFingerprint;
};

/** What creating a suppression did. */
struct SuppressionOutcome
{
    analysis::Suppression suppression;
    qint64 applied = 0; ///< threats of the newest version it dismissed at once
};

/**
 * A Threatwright project file: one SQLite database (WAL, foreign keys on, application_id
 * 'TWDB', user_version = schema version). The single owner of its sqlite3 handle. Every write
 * is one transaction that also appends to the hash-chained audit trail, so a crash at any point
 * leaves the last committed state readable and verifiable.
 *
 * Errors come back as values; this class never shows anything to anyone.
 */
class Project
{
public:
    enum class OpenMode { ReadWrite, ReadOnly };

    static constexpr int SchemaVersion = 2;
    static constexpr quint32 ApplicationId = 0x54574442; // "TWDB"

    /** Creates a new project file; refuses to overwrite an existing file. */
    static Result<std::unique_ptr<Project>> create(const QString &path, const QString &name, const QString &actor);
    /**
     * Opens an existing project. A file that is not a Threatwright project, is damaged, or was
     * written by a newer schema is refused with a clear message and left byte-for-byte unchanged.
     */
    static Result<std::unique_ptr<Project>> open(const QString &path, OpenMode mode = OpenMode::ReadWrite);

    ~Project();
    Project(const Project &) = delete;
    Project &operator=(const Project &) = delete;

    QString path() const { return m_path; }
    QString name() const { return m_name; }
    bool isReadOnly() const { return m_readOnly; }

    // Versions -------------------------------------------------------------------------------
    Result<QList<VersionInfo>> versions() const;
    /** versions() without their inputs (a scan needs only the newest one's). */
    Result<QList<VersionInfo>> versionSummaries() const;
    Result<VersionInfo> version(qint64 id) const;
    /** One version's inputs, by path. */
    Result<QList<InputDigest>> versionInputs(qint64 id) const;
    /** The newest version's id; 0 when the project has none yet. */
    Result<qint64> latestVersionId() const;
    /**
     * Stores `model` as a new immutable version. Threat decisions carry over by fingerprint;
     * threats not in the previous version are marked new; threats that vanished are kept as
     * resolved-by-change; manual threats are carried forward. Returns the new version's id.
     */
    Result<qint64> createVersion(const SystemModel &model, const VersionMeta &meta);
    /** The version's elements and threats (with their effective triage state). */
    Result<SystemModel> loadModel(qint64 versionId) const;
    /** loadModel() without the threats: what an import builds on. */
    Result<SystemModel> loadElements(qint64 versionId) const;

    // Threats and triage ---------------------------------------------------------------------
    Result<QList<Threat>> threats(const ThreatQuery &query) const;
    Result<qint64> threatCount(qint64 versionId) const;
    /** One threat of a version by fingerprint or unique prefix. */
    Result<Threat> threat(qint64 versionId, const QString &fingerprintOrPrefix) const;
    /** Applies a triage decision and appends it to the audit trail, in one transaction. */
    Result<Threat> triage(const TriageRequest &request);
    /**
     * One decision (the request's action, reason, priority, expiry and owner; its fingerprint
     * is not used) on several threats of the newest version, in ONE transaction: each threat
     * gets its own audit entry in the chain, and either every threat is recorded or none is.
     * A bulk action of 200 threats is one commit (one sync to disk), not 200. Returns, in the
     * order given, each threat as it is now and the decision it had before.
     */
    Result<QList<TriageOutcome>> triageMany(const QStringList &fingerprints, const TriageRequest &request);
    /**
     * Restores a threat's decision to `state` (undo in the workbench): history is never
     * rewritten, a compensating "threat.undo" entry is appended instead.
     */
    Result<void> restoreDecision(const QString &fingerprint, const std::optional<Decision> &state,
                                 const QString &actor, const QString &reason);
    /**
     * restoreDecision() for several threats in ONE transaction (the undo of a bulk action):
     * one "threat.undo" entry each, in the order given; all or nothing.
     */
    Result<void> restoreDecisions(const QList<DecisionRestore> &states, const QString &actor, const QString &reason);
    /** Records a threat no rule found in the latest version. */
    Result<Threat> addManualThreat(const ManualThreat &manual);
    /** The current decision for a fingerprint, if anyone decided anything. */
    Result<std::optional<Decision>> decision(const QString &fingerprint) const;
    /**
     * Adds threats that a suggestion provider (origin "llm:<model>") found to the newest
     * version as suggested and new, each with a threat.suggested audit entry, in one
     * transaction. A threat whose fingerprint the version already has is left out. Returns the
     * threats added. Such threats are carried to later versions while all their targets exist.
     */
    Result<QList<Threat>> addSuggestedThreats(const QList<Threat> &threats, const QString &actor);

    // Feedback ---------------------------------------------------------------------------------
    /**
     * Records a scoped suppression (audited as suppression.create) and applies it to the newest
     * version's undecided threats at once (each a threat.suppressed entry); every version made
     * while it is active applies it too. With `fromFingerprint` the threat is also dismissed.
     */
    Result<SuppressionOutcome> createSuppression(const SuppressionRequest &request);
    /** Ends a suppression (audited as suppression.revoke); it stops applying at once. */
    Result<analysis::Suppression> revokeSuppression(qint64 id, const QString &actor, const QString &reason);
    /** Every suppression ever made, oldest first (empty for a format-1 file opened read-only). */
    Result<QList<analysis::Suppression>> suppressions() const;
    /** How many threats of a version each suppression dismissed (suppression id → count). */
    Result<QHash<qint64, qint64>> suppressionMatches(qint64 versionId) const;
    /** The format of the file as opened (a read-only open never upgrades it). */
    int schemaVersion() const { return m_schemaVersion; }

    // Audit trail ----------------------------------------------------------------------------
    /** Entries in order; `subject` filters when not empty. */
    Result<QList<AuditEntry>> auditTrail(const QString &subject = {}, int limit = -1) const;
    /** Entries appended after `seq`, in order (a view that has seen up to `seq` reads only these). */
    Result<QList<AuditEntry>> auditTrailAfter(qint64 seq) const;
    Result<qint64> auditCount() const;
    /** Walks the chain and names the first bad entry. */
    Result<AuditVerification> verifyAudit() const;
    /** Appends an entry on its own transaction (for actions outside the methods above). */
    Result<void> appendAudit(const QString &actor, const QString &action, const QString &subject,
                             const QString &before, const QString &after, const QString &reason);

    // Durability -------------------------------------------------------------------------------
    /**
     * When a commit reaches the disk. Immediate (the default; the CLI): synchronous=FULL, a write
     * is durable when the call returns. Deferred (the workbench, whose GUI thread must not wait
     * for the disk): this connection commits unsynced (synchronous=OFF; it never checkpoints, and
     * closes with FULL), and a thread of this project syncs the WAL right after each commit
     * (store/walsync.h); the listener hears when. Nothing for a read-only project.
     */
    enum class Durability { Immediate, Deferred };
    Result<void> setDurability(Durability durability);
    Durability durability() const;
    /** Deferred: blocks until every commit so far is on disk, or says why it is not. */
    Result<void> waitUntilDurable();
    /**
     * Deferred: called on the sync thread after each sync with the number of commits on disk,
     * or an error once a sync failed (nothing after it counts as on disk).
     */
    void setDurableListener(std::function<void(const Result<qint64> &)> listener);

    /**
     * Write transactions committed on this connection since it was opened (diagnostics: a bulk
     * decision is one, whatever the number of threats).
     */
    qint64 committedTransactions() const;

    /** Project metadata (name, created, creator). */
    Result<QString> metadata(const QString &key) const;

    /** The OS user name, the default actor. */
    static QString defaultActor();

private:
    Project(sqlite3 *db, QString path, bool readOnly);
    // The work of createVersion() and triage(); the public functions say what was not saved.
    Result<qint64> writeVersion(const SystemModel &model, const VersionMeta &meta);
    Result<Threat> recordDecision(const TriageRequest &request);
    /** Checks what every triage request needs (read-write, reason, priority range). */
    Result<void> checkTriage(const TriageRequest &request) const;
    /** triage() inside the caller's transaction; `before` receives the previous decision. */
    Result<Threat> applyTriage(const TriageRequest &request, std::optional<Decision> *before = nullptr);
    /** restoreDecision() inside the caller's transaction. */
    Result<void> applyRestore(const QString &fingerprint, const std::optional<Decision> &state, const QString &actor,
                              const QString &reason);
    /** Matches the newest version's undecided threats against one suppression; inside a transaction. */
    Result<qint64> applySuppressionToLatest(const analysis::Suppression &suppression, const QString &actor);

    struct Impl;
    std::unique_ptr<Impl> d;
    sqlite3 *m_db = nullptr;
    QString m_path;
    QString m_name;
    bool m_readOnly = false;
    int m_schemaVersion = SchemaVersion;
};

} // namespace tw
