// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/schema.h"

#include "store/sqlite.h"

#include <QCoreApplication>

#include <sqlite3.h>

// The format is described in docs/project-file.md, including how to check the audit chain by
// hand: hash = lower-hex SHA-256(prev_hash || json_array(seq, at, actor, action, subject, before,
// after, reason)). Keep the two in step.

namespace tw::schema {
namespace {

// Migration 1: the initial schema. Later migrations append to this list; a released migration
// never changes.
const char kMigration1[] = R"sql(
PRAGMA application_id = 1415005250; -- "TWDB"

CREATE TABLE project (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE versions (
    id           INTEGER PRIMARY KEY,
    created_at   TEXT NOT NULL,
    author       TEXT NOT NULL,
    message      TEXT NOT NULL DEFAULT '',
    git_revision TEXT,
    parent_id    INTEGER REFERENCES versions(id)
);

CREATE TABLE version_inputs (
    version_id INTEGER NOT NULL REFERENCES versions(id),
    path       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    digest     TEXT NOT NULL,
    PRIMARY KEY (version_id, path)
) WITHOUT ROWID;

-- Components, boundaries, entry points, flows and assets of a version; payload is the
-- element's JSON (docs/project-file.md).
CREATE TABLE elements (
    version_id INTEGER NOT NULL REFERENCES versions(id),
    -- (OR rather than IN: SQLite builds a temporary b-tree for a constant IN list of more than
    -- two values on every INSERT, which was most of the time of storing 5,000 elements.)
    kind       TEXT NOT NULL CHECK (kind = 'component' OR kind = 'boundary' OR kind = 'entry-point' OR kind = 'flow'
                                    OR kind = 'asset'),
    id         TEXT NOT NULL,
    name       TEXT NOT NULL,
    payload    TEXT NOT NULL,
    UNIQUE (version_id, kind, id)
);

CREATE TABLE diagnostics (
    version_id INTEGER NOT NULL REFERENCES versions(id),
    seq        INTEGER NOT NULL,
    payload    TEXT NOT NULL,
    PRIMARY KEY (version_id, seq)
) WITHOUT ROWID;

-- Rationale, mitigation and references, shared by every threat whose texts are the same (a
-- rule's findings mostly are): stored once, found again by the SHA-256 of the JSON; threats
-- refer to them by the small integer id.
CREATE TABLE threat_texts (
    id      INTEGER PRIMARY KEY,
    digest  TEXT NOT NULL UNIQUE,
    payload TEXT NOT NULL
);

-- The threats of a version. Triage state is not here: it lives in decisions, keyed by
-- fingerprint, so it carries from one version to the next. The columns are not repeated in
-- payload: it holds the rest of the threat (targets, attack path, likelihood, impact, factors,
-- priority, sources).
CREATE TABLE threats (
    version_id  INTEGER NOT NULL REFERENCES versions(id),
    fingerprint TEXT NOT NULL,
    rule_id     TEXT NOT NULL,
    origin      TEXT NOT NULL,
    stride      TEXT NOT NULL,
    severity    INTEGER NOT NULL,
    score       REAL NOT NULL,
    title       TEXT NOT NULL,
    is_new      INTEGER NOT NULL DEFAULT 0,
    resolved    INTEGER NOT NULL DEFAULT 0,
    texts       INTEGER NOT NULL REFERENCES threat_texts(id),
    payload     TEXT NOT NULL,
    PRIMARY KEY (version_id, fingerprint)
) WITHOUT ROWID; -- the key is the row's address: no second b-tree of 100,000 fingerprints
CREATE INDEX threats_by_rank ON threats (version_id, score DESC, fingerprint);

CREATE TABLE decisions (
    fingerprint       TEXT PRIMARY KEY,
    status            TEXT NOT NULL,
    priority_override INTEGER,
    owner             TEXT NOT NULL DEFAULT '',
    justification     TEXT NOT NULL DEFAULT '',
    expires_at        TEXT,
    actor             TEXT NOT NULL,
    decided_at        TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE audit (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    subject   TEXT NOT NULL,
    before    TEXT,
    after     TEXT,
    reason    TEXT,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX audit_by_subject ON audit (subject, seq);

-- History is never rewritten: the trail is append-only and versions are immutable snapshots
-- (manual threats may still be inserted into a version).
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER versions_no_update BEFORE UPDATE ON versions
BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END;
CREATE TRIGGER versions_no_delete BEFORE DELETE ON versions
BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END;
CREATE TRIGGER elements_no_update BEFORE UPDATE ON elements
BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END;
CREATE TRIGGER elements_no_delete BEFORE DELETE ON elements
BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END;
CREATE TRIGGER threats_no_update BEFORE UPDATE ON threats
BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END;
CREATE TRIGGER threats_no_delete BEFORE DELETE ON threats
BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END;
)sql";

// Migration 2: scoped suppressions (docs/rules.md, "Suppressions"). A suppression dismisses,
// in every version analysed while it is active, the findings of a rule on the elements a glob
// names. Which threats of a version it matched is recorded when the version is made (or when
// the suppression is created, for the newest version), so a report of an old version keeps
// saying what was suppressed then; expiry and revocation are checked when threats are read.
const char kMigration2[] = R"sql(
CREATE TABLE suppressions (
    id               INTEGER PRIMARY KEY,
    rule_pattern     TEXT NOT NULL,
    element_pattern  TEXT NOT NULL,
    reason           TEXT NOT NULL,
    actor            TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    expires_at       TEXT,
    from_fingerprint TEXT,
    revoked_at       TEXT,
    revoked_by       TEXT,
    revoke_reason    TEXT
);

CREATE TABLE suppressed_threats (
    version_id     INTEGER NOT NULL REFERENCES versions(id),
    fingerprint    TEXT NOT NULL,
    suppression_id INTEGER NOT NULL REFERENCES suppressions(id),
    PRIMARY KEY (version_id, fingerprint, suppression_id)
) WITHOUT ROWID;

-- A suppression is never edited or deleted: it can only be revoked, once.
CREATE TRIGGER suppressions_no_delete BEFORE DELETE ON suppressions
BEGIN SELECT RAISE(ABORT, 'suppressions are revoked, never deleted'); END;
CREATE TRIGGER suppressions_no_edit BEFORE UPDATE OF id, rule_pattern, element_pattern, reason, actor, created_at,
    expires_at, from_fingerprint ON suppressions
BEGIN SELECT RAISE(ABORT, 'a suppression cannot be edited; revoke it and create another'); END;
CREATE TRIGGER suppressions_revoke_once BEFORE UPDATE OF revoked_at ON suppressions WHEN OLD.revoked_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the suppression is already revoked'); END;
CREATE TRIGGER suppressed_threats_no_update BEFORE UPDATE ON suppressed_threats
BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END;
CREATE TRIGGER suppressed_threats_no_delete BEFORE DELETE ON suppressed_threats
BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END;
)sql";

const char *const kMigrations[] = {nullptr, kMigration1, kMigration2};
constexpr int kLatest = int(sizeof(kMigrations) / sizeof(kMigrations[0])) - 1;

const char *const kRequiredTables[] = {"project", "versions", "version_inputs", "elements", "diagnostics",
                                       "threat_texts", "threats", "decisions", "audit", nullptr};
const char *const kRequiredTables2[] = {"suppressions", "suppressed_threats", nullptr};

} // namespace

int latestVersion()
{
    return kLatest;
}

const char *const *requiredTables()
{
    return kRequiredTables;
}

const char *const *requiredTablesSince(int version)
{
    static const char *const none[] = {nullptr};
    return version == 2 ? kRequiredTables2 : version == 1 ? kRequiredTables : none;
}

const char *migrationSql(int version)
{
    return version >= 1 && version <= kLatest ? kMigrations[version] : nullptr;
}

Result<void> migrate(sqlite3 *db, int fromVersion)
{
    for (int version = fromVersion + 1; version <= kLatest; ++version) {
        if (auto r = sql::execScript(db, "BEGIN IMMEDIATE"); !r)
            return r;
        auto applied = sql::execScript(db, kMigrations[version]);
        if (applied) {
            const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(version);
            applied = sql::execScript(db, pragma.constData());
        }
        if (applied)
            applied = sql::execScript(db, "COMMIT");
        if (!applied) {
            (void)sql::execScript(db, "ROLLBACK");
            return makeError(QCoreApplication::translate("tw::Project", "Upgrading the project to format %1 failed: %2")
                                 .arg(version)
                                 .arg(applied.error().message));
        }
    }
    return {};
}

} // namespace tw::schema
