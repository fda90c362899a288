// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target "project": opening a project file someone else wrote (core/store). An input is
// either
//   - a whole file (it starts with "SQLite format 3\0"), written as the project file, or
//   - a mutation script applied with raw SQL to a real project built once at start-up (two
//     versions, decisions, a manual threat): cells of any table overwritten with NULL, integers,
//     reals, text, blobs, JSON of the wrong shape or very long text; rows deleted or duplicated;
//     hostile schema changes (attacker triggers and views, dropped or altered tables, indexes and
//     triggers, another application id or schema version). See decodeScript() for the format.
// The file is then opened read-only and read-write with Project::open; versions, threats, the
// model of each version, decisions and the audit trail are read and the chain verified; in
// read-write mode a triage decision, a manual threat and a new version are written. Invariants:
// nothing crashes; every error has a message; a chain that verified before our writes verifies
// after them; and no SQL an attacker left in the file ever runs (a canary table stays empty).

#include "fuzzsupport.h"

#include "model/synthetic.h"
#include "store/project.h"

#include <QDir>
#include <QFile>

#include <sqlite3.h>

#include <cstring>
#include <optional>

namespace {

using namespace tw;

QString projectPath()
{
    return fuzz::scratchDir() + QStringLiteral("/project.twdb");
}

void removeProjectFiles()
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(projectPath() + QLatin1StringView(suffix));
}

/** A real project: what the mutation scripts start from. */
const QByteArray &templateProject()
{
    static const QByteArray bytes = [] {
        const QString path = fuzz::scratchDir() + QStringLiteral("/template.twdb");
        {
            auto project = Project::create(path, QStringLiteral("Fuzz <b>shop</b>"), QStringLiteral("alice"));
            TW_FUZZ_CHECK(project.ok(), project.ok() ? QString() : project.error().message);
            SystemModel v1 = syntheticModel({6, 2, 24, 3});
            TW_FUZZ_CHECK((*project)->createVersion(v1, {QStringLiteral("alice"), QStringLiteral("first"), QStringLiteral("abc123"),
                                                         {{QStringLiteral("api.yaml"), QStringLiteral("openapi"), QStringLiteral("sha256:00")}}})
                              .ok(),
                          QStringLiteral("version 1"));
            SystemModel v2 = syntheticModel({6, 2, 24, 3});
            v2.threats.remove(0, 4);
            TW_FUZZ_CHECK((*project)->createVersion(v2, {QStringLiteral("bob"), QStringLiteral("second"), QString(), {}}).ok(),
                          QStringLiteral("version 2"));
            auto threats = (*project)->threats(ThreatQuery{});
            TW_FUZZ_CHECK(threats.ok() && threats->size() >= 3, QStringLiteral("threats of the template"));
            const TriageAction actions[] = {TriageAction::Dismiss, TriageAction::Accept, TriageAction::Validate};
            for (int i = 0; i < 3; ++i) {
                TriageRequest request;
                request.fingerprint = threats->at(i).fingerprint;
                request.action = actions[i];
                request.reason = QStringLiteral("because");
                request.actor = QStringLiteral("carol");
                request.expiresAt = QDateTime::fromString(QStringLiteral("2030-01-01T00:00:00Z"), Qt::ISODate);
                TW_FUZZ_CHECK((*project)->triage(request).ok(), QStringLiteral("triage of the template"));
            }
            ManualThreat manual;
            manual.title = QStringLiteral("Support can export all orders");
            manual.targets = {v2.components.first().id};
            manual.stride = Stride::InformationDisclosure;
            manual.actor = QStringLiteral("dave");
            TW_FUZZ_CHECK((*project)->addManualThreat(manual).ok(), QStringLiteral("manual threat of the template"));
        }
        QFile f(path);
        TW_FUZZ_CHECK(f.open(QIODevice::ReadOnly), path);
        return f.readAll();
    }();
    return bytes;
}

/** Reads the script bytes in order; past the end everything reads as zero. */
class Script
{
public:
    Script(const std::uint8_t *data, std::size_t size) : m_p(data), m_end(data + size) {}
    bool atEnd() const { return m_p >= m_end; }
    std::uint8_t byte() { return atEnd() ? 0 : *m_p++; }
    std::uint16_t u16() { return std::uint16_t(byte() | (byte() << 8)); }
    QByteArray take(std::size_t n)
    {
        n = std::min<std::size_t>(n, std::size_t(m_end - m_p));
        QByteArray out(reinterpret_cast<const char *>(m_p), qsizetype(n));
        m_p += n;
        return out;
    }
    /** The longest "long text" value, in KiB: 4 MiB in one cell, 64 KiB when it fills a whole
     *  column (4 MiB in every row of an indexed column made the harness itself, not the code
     *  under test, take longer than the 10 s hang limit). */
    int longTextKiB = 4096;

private:
    const std::uint8_t *m_p;
    const std::uint8_t *m_end;
};

QByteArray quoted(const QByteArray &name)
{
    QByteArray q = name;
    q.replace('"', "\"\"");
    return '"' + q + '"';
}

// Values of the wrong shape where the project stores JSON.
const char *const kJsonShapes[] = {
    "{}", "[]", "null", "\"text\"", "1", "-1e400", "{\"targets\":5}", "{\"targets\":[1,{\"a\":2}]}", "{\"sources\":{}}",
    "{\"sources\":[{\"file\":7,\"line\":\"x\"}]}", "{\"id\":null,\"name\":[]}", "{\"attributes\":[1]}", "{\"attributes\":{\"x\":{\"y\":[]}}}",
    "{\"kind\":\"nope\"}", "{\"likelihood\":\"x\",\"impact\":-1,\"priority\":99999999999}", "{\"factors\":[{\"name\":null}]}",
    "{\"security\":[[1]]}", "{\"method\":\"<script>alert(1)</script>\",\"path\":\"/a\\u0000b\"}", "{\"attackPath\":{}}",
    "[{\"path\":\"a\",\"digest\":1}]", "{\"rationale\":[],\"mitigation\":{},\"references\":\"x\"}", "{\"level\":\"x\",\"source\":1}",
    "{\"version\":1e308}", "{\"a\":\"\\ud800\"}", "{\"a\":1,\"a\":2}", "\xff\xfe{}", "{\"x\":\"\xc3\x28\"}",
};

// Schema changes an attacker might make. Triggers and views that would run our writes into a
// table "pwned" are the interesting ones: the canary.
const char *const kHostileSql[] = {
    "CREATE TABLE IF NOT EXISTS pwned(x); CREATE TRIGGER evil_audit AFTER INSERT ON audit BEGIN INSERT INTO pwned VALUES('audit'); END;",
    "CREATE TABLE IF NOT EXISTS pwned(x); CREATE TRIGGER evil_decisions BEFORE INSERT ON decisions BEGIN INSERT INTO pwned VALUES('d'); END;",
    "CREATE TABLE IF NOT EXISTS pwned(x); CREATE TRIGGER evil_upd AFTER UPDATE ON decisions BEGIN INSERT INTO pwned VALUES('u'); END;",
    "CREATE TABLE IF NOT EXISTS pwned(x); CREATE TRIGGER evil_threats AFTER INSERT ON threats BEGIN INSERT INTO pwned VALUES('t'); END;",
    "CREATE TABLE IF NOT EXISTS pwned(x); CREATE TRIGGER evil_versions AFTER INSERT ON versions BEGIN INSERT INTO pwned VALUES('v'); END;",
    "CREATE TABLE IF NOT EXISTS pwned(x); CREATE TRIGGER evil_texts AFTER INSERT ON threat_texts BEGIN INSERT INTO pwned VALUES('x'); END;",
    "CREATE TABLE IF NOT EXISTS pwned(x); CREATE TRIGGER evil_elements AFTER INSERT ON elements BEGIN INSERT INTO pwned VALUES('e'); END;",
    "CREATE TABLE IF NOT EXISTS pwned(x); CREATE TRIGGER evil_inputs AFTER INSERT ON version_inputs BEGIN INSERT INTO pwned VALUES('i'); END;",
    "CREATE TABLE IF NOT EXISTS pwned(x); CREATE VIEW evil_view AS SELECT * FROM audit;",
    "DROP TRIGGER IF EXISTS audit_no_update;",
    "DROP TRIGGER IF EXISTS versions_no_delete; DROP TRIGGER IF EXISTS threats_no_update;",
    "DROP TRIGGER audit_no_delete; CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT 1; END;",
    "DROP INDEX IF EXISTS threats_by_rank;",
    "DROP INDEX IF EXISTS audit_by_subject; CREATE INDEX audit_by_subject ON audit (actor);",
    "ALTER TABLE threats ADD COLUMN extra TEXT DEFAULT 'x';",
    "ALTER TABLE audit RENAME COLUMN hash TO hash2;",
    "DROP TABLE decisions; CREATE TABLE decisions (fingerprint TEXT, status INTEGER);",
    "DROP TABLE threat_texts;",
    "CREATE TABLE extra_table (x);",
    "CREATE INDEX evil_partial ON audit (seq) WHERE length(actor) > 0;",
    "PRAGMA user_version = 0;",
    "PRAGMA user_version = 99;",
    "PRAGMA application_id = 1;",
    "ANALYZE;",
    "DELETE FROM audit;",
    "DELETE FROM project;",
    "DELETE FROM versions WHERE id = (SELECT max(id) FROM versions);",
};

struct Table
{
    QByteArray name;
    QList<QByteArray> columns;
};

QList<Table> tablesOf(sqlite3 *db)
{
    QList<Table> tables;
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name", -1, &stmt, nullptr);
    while (stmt && sqlite3_step(stmt) == SQLITE_ROW)
        tables.append(Table{reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)), {}});
    sqlite3_finalize(stmt);
    for (Table &t : tables) {
        const QByteArray sql = "PRAGMA table_info(" + quoted(t.name) + ")";
        sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr);
        while (stmt && sqlite3_step(stmt) == SQLITE_ROW)
            t.columns.append(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)));
        sqlite3_finalize(stmt);
    }
    return tables;
}

/** Binds one value the script chooses: the wrong type, the wrong shape, or simply hostile text. */
void bindValue(sqlite3_stmt *stmt, int index, Script &s)
{
    switch (s.byte() % 10) {
    case 0: sqlite3_bind_null(stmt, index); break;
    case 1: sqlite3_bind_int64(stmt, index, qint64(s.byte()) - 128); break;
    case 2: {
        qint64 v = 0;
        const QByteArray raw = s.take(8);
        std::memcpy(&v, raw.constData(), std::size_t(raw.size()));
        sqlite3_bind_int64(stmt, index, v);
        break;
    }
    case 3: {
        double v = 0;
        const QByteArray raw = s.take(8);
        std::memcpy(&v, raw.constData(), std::size_t(raw.size()));
        sqlite3_bind_double(stmt, index, v);
        break;
    }
    case 4: {
        const QByteArray text = s.take(s.byte());
        sqlite3_bind_text(stmt, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        break;
    }
    case 5: {
        const QByteArray blob = s.take(s.byte());
        sqlite3_bind_blob(stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
        break;
    }
    case 6:
    case 7: {
        const char *json = kJsonShapes[s.byte() % std::size(kJsonShapes)];
        sqlite3_bind_text(stmt, index, json, -1, SQLITE_STATIC);
        break;
    }
    case 8: {
        // Long text: up to 4 MiB of one character (the hostile-file tests go to 50 MB).
        const QByteArray text(qsizetype(s.u16() % s.longTextKiB + 1) * 1024, char(s.byte() | 1));
        sqlite3_bind_text(stmt, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        break;
    }
    case 9: {
        // Deeply nested JSON.
        const int depth = s.byte() * 8 + 1;
        const QByteArray text = QByteArray(depth, '[') + QByteArray(depth, ']');
        sqlite3_bind_text(stmt, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        break;
    }
    }
}

/** SELECT's WHERE matching row `offset` of a table by all its values (works without rowid). */
bool bindRowMatch(sqlite3 *db, const Table &t, int offset, QByteArray &where, QList<QByteArray> &values, QList<int> &types)
{
    const QByteArray sql = "SELECT * FROM " + quoted(t.name) + " LIMIT 1 OFFSET " + QByteArray::number(offset);
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK || sqlite3_step(stmt) != SQLITE_ROW) {
        sqlite3_finalize(stmt);
        return false;
    }
    for (int c = 0; c < t.columns.size(); ++c) {
        types.append(sqlite3_column_type(stmt, c));
        values.append(QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, c)), sqlite3_column_bytes(stmt, c)));
        where += (c ? " AND " : " WHERE ") + quoted(t.columns[c]) + " IS ?" + QByteArray::number(100 + c);
    }
    sqlite3_finalize(stmt);
    return true;
}

void bindMatch(sqlite3_stmt *stmt, const QList<QByteArray> &values, const QList<int> &types)
{
    for (int c = 0; c < values.size(); ++c) {
        const int i = 100 + c;
        const QByteArray &v = values[c];
        switch (types[c]) {
        case SQLITE_NULL: sqlite3_bind_null(stmt, i); break;
        case SQLITE_INTEGER: sqlite3_bind_int64(stmt, i, v.toLongLong()); break;
        case SQLITE_FLOAT: sqlite3_bind_double(stmt, i, v.toDouble()); break;
        case SQLITE_TEXT: sqlite3_bind_text(stmt, i, v.constData(), int(v.size()), SQLITE_TRANSIENT); break;
        default: sqlite3_bind_blob(stmt, i, v.constData(), int(v.size()), SQLITE_TRANSIENT); break;
        }
    }
}

void run(sqlite3 *db, const QByteArray &sql, Script *s = nullptr, int bindIndex = 0, const QList<QByteArray> *values = nullptr,
         const QList<int> *types = nullptr)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK) {
        if (s && bindIndex)
            bindValue(stmt, bindIndex, *s);
        if (values)
            bindMatch(stmt, *values, *types);
        sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
}

/**
 * The script: one mode byte (bit 0: open read-write), then up to 24 operations of
 *   op, table, column, row, value…   (each byte taken modulo what exists)
 * op % 6: 0 set one cell · 1 delete one row · 2 insert a copy of a row with one cell changed ·
 *         3 a hostile schema change (kHostileSql) · 4 append text to a cell · 5 set a whole column.
 * The template's own triggers are dropped while the cells change and put back afterwards
 * unless a schema change dropped them; schema changes are applied last.
 */
void applyScript(const QString &path, Script &s)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(db);
        return;
    }
    QList<std::pair<QByteArray, QByteArray>> triggers;
    {
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'", -1, &stmt, nullptr);
        while (stmt && sqlite3_step(stmt) == SQLITE_ROW)
            triggers.append(std::pair<QByteArray, QByteArray>(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)),
                                                              reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1))));
        sqlite3_finalize(stmt);
    }
    run(db, "BEGIN");
    for (const auto &trigger : std::as_const(triggers))
        run(db, "DROP TRIGGER " + quoted(trigger.first));
    const QList<Table> tables = tablesOf(db);
    QList<QByteArray> schemaChanges;
    for (int op = 0; op < 24 && !s.atEnd() && !tables.isEmpty(); ++op) {
        const int kind = s.byte() % 6;
        if (kind == 3) {
            schemaChanges.append(kHostileSql[s.byte() % std::size(kHostileSql)]);
            continue;
        }
        const Table &t = tables[s.byte() % tables.size()];
        if (t.columns.isEmpty())
            continue;
        const QByteArray column = quoted(t.columns[s.byte() % t.columns.size()]);
        const int row = s.byte() % 64;
        if (kind == 5) {
            s.longTextKiB = 64;
            run(db, "UPDATE " + quoted(t.name) + " SET " + column + " = ?1", &s, 1);
            s.longTextKiB = 4096;
            continue;
        }
        QByteArray where;
        QList<QByteArray> values;
        QList<int> types;
        if (!bindRowMatch(db, t, row, where, values, types))
            continue;
        switch (kind) {
        case 0: run(db, "UPDATE " + quoted(t.name) + " SET " + column + " = ?1" + where, &s, 1, &values, &types); break;
        case 1: run(db, "DELETE FROM " + quoted(t.name) + where, nullptr, 0, &values, &types); break;
        case 2: {
            QByteArray select;
            for (const QByteArray &c : t.columns)
                select += (select.isEmpty() ? "" : ", ") + (quoted(c) == column ? QByteArray("?1") : quoted(c));
            run(db, "INSERT OR IGNORE INTO " + quoted(t.name) + " SELECT " + select + " FROM " + quoted(t.name) + where, &s, 1,
                &values, &types);
            break;
        }
        case 4: run(db, "UPDATE " + quoted(t.name) + " SET " + column + " = " + column + " || ?1" + where, &s, 1, &values, &types); break;
        }
    }
    for (const auto &trigger : std::as_const(triggers))
        run(db, trigger.second);
    for (const QByteArray &sql : std::as_const(schemaChanges))
        sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
    run(db, "COMMIT");
    sqlite3_close_v2(db);
}

qint64 canaryCount(const QString &path)
{
    sqlite3 *db = nullptr;
    qint64 count = 0;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT count(*) FROM pwned", -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            count = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
    }
    sqlite3_close_v2(db);
    return count;
}

template<typename T>
void expectMessage(const Result<T> &r, const char *what)
{
    if (!r)
        TW_FUZZ_CHECK(!r.error().message.isEmpty(), QStringLiteral("%1 failed without a message").arg(QLatin1StringView(what)));
}

/** Everything the CLI's read-only commands and the workbench read. */
std::optional<bool> readEverything(const Project &project)
{
    expectMessage(project.metadata(QStringLiteral("created_at")), "metadata");
    auto versions = project.versions();
    expectMessage(versions, "versions");
    if (versions) {
        int loaded = 0;
        for (const VersionInfo &v : std::as_const(*versions)) {
            if (++loaded > 3)
                break;
            expectMessage(project.loadModel(v.id), "loadModel");
            expectMessage(project.threatCount(v.id), "threatCount");
        }
    }
    auto threats = project.threats(ThreatQuery{0, ThreatStatus::Dismissed, Severity::Low, 0, 50});
    expectMessage(threats, "threats");
    if (threats && !threats->isEmpty()) {
        expectMessage(project.threat(0, threats->first().fingerprint.left(8)), "threat");
        expectMessage(project.decision(threats->first().fingerprint), "decision");
    }
    expectMessage(project.auditTrail(QString(), 200), "auditTrail");
    expectMessage(project.auditTrail(QStringLiteral("project"), 5), "auditTrail");
    expectMessage(project.auditCount(), "auditCount");
    auto verified = project.verifyAudit();
    expectMessage(verified, "verifyAudit");
    if (!verified)
        return std::nullopt;
    return verified->ok;
}

void writeSomething(Project &project)
{
    auto threats = project.threats(ThreatQuery{0, std::nullopt, std::nullopt, 0, 5});
    expectMessage(threats, "threats");
    if (threats && !threats->isEmpty()) {
        TriageRequest request;
        request.fingerprint = threats->first().fingerprint;
        request.action = TriageAction::Dismiss;
        request.reason = QStringLiteral("not reachable");
        request.actor = QStringLiteral("fuzz");
        expectMessage(project.triage(request), "triage");
        expectMessage(project.restoreDecision(request.fingerprint, std::nullopt, QStringLiteral("fuzz"), QStringLiteral("undo")),
                      "restoreDecision");
    }
    auto latest = project.latestVersionId();
    expectMessage(latest, "latestVersionId");
    if (latest && *latest > 0) {
        ManualThreat manual;
        manual.title = QStringLiteral("fuzz");
        manual.targets = {QStringLiteral("svc:x")};
        manual.actor = QStringLiteral("fuzz");
        expectMessage(project.addManualThreat(manual), "addManualThreat");
        auto model = project.loadModel(*latest);
        expectMessage(model, "loadModel");
        if (model)
            expectMessage(project.createVersion(*model, {QStringLiteral("fuzz"), QStringLiteral("again"), QString(), {}}), "createVersion");
    }
}

} // namespace

// With TW_FUZZ_PROJECT_SEEDS set, writes the template project there as a whole-file seed
// (collect-seeds runs `fuzz_project -runs=0` for this).
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    const QString seeds = qEnvironmentVariable("TW_FUZZ_PROJECT_SEEDS");
    if (!seeds.isEmpty()) {
        QFile f(seeds + QStringLiteral("/template.twdb"));
        if (f.open(QIODevice::WriteOnly))
            f.write(templateProject());
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    removeProjectFiles();
    const QString path = projectPath();
    bool readWrite = false;
    {
        QFile f(path);
        TW_FUZZ_CHECK(f.open(QIODevice::WriteOnly), path);
        if (size >= 16 && std::memcmp(data, "SQLite format 3", 16) == 0) {
            f.write(reinterpret_cast<const char *>(data), qint64(size));
            readWrite = size % 2 == 1;
        } else {
            f.write(templateProject());
        }
    }
    if (!(size >= 16 && std::memcmp(data, "SQLite format 3", 16) == 0)) {
        Script s(data, size);
        readWrite = s.byte() & 1;
        applyScript(path, s);
    }

    {
        auto project = Project::open(path, Project::OpenMode::ReadOnly);
        expectMessage(project, "open read-only");
        if (project)
            (void)readEverything(**project);
    }
    if (readWrite) {
        auto project = Project::open(path, Project::OpenMode::ReadWrite);
        expectMessage(project, "open read-write");
        if (project) {
            const std::optional<bool> before = readEverything(**project);
            writeSomething(**project);
            const std::optional<bool> after = readEverything(**project);
            if (before && *before)
                TW_FUZZ_CHECK(after && *after, QStringLiteral("our own writes broke an audit chain that verified"));
        }
    }
    TW_FUZZ_CHECK(canaryCount(path) == 0, QStringLiteral("SQL an attacker put in the project file ran"));
    removeProjectFiles();
    return 0;
}
