// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/integrity.h"

#include "store/project.h"
#include "store/schema.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QHash>

#include <sqlite3.h>

#include <map>
#include <utility>
#include <mutex>

namespace tw::integrity {
namespace {

// The store's messages share one translation context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::Project)
};

struct SchemaObject
{
    QString type;
    QString table;
    QString sql; ///< whitespace-normalised; empty for automatic indexes
};

using Schema = std::map<QString, SchemaObject>; // by name, ordered for stable messages

/** Runs of white space as one space: the same definition reformatted is the same definition. */
QString normalised(const QString &sql)
{
    return sql.simplified();
}

/** A name from the file, safe to print: no control characters, not endless. */
QString shownName(const QString &name)
{
    QString out;
    for (const QChar c : name.left(80))
        out += c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ? QChar(u'\uFFFD') : c;
    return name.size() > 80 ? out + QChar(u'…') : out;
}

QString typeName(const QString &type)
{
    if (type == QLatin1StringView("table"))
        return Tr::tr("table");
    if (type == QLatin1StringView("index"))
        return Tr::tr("index");
    if (type == QLatin1StringView("trigger"))
        return Tr::tr("trigger");
    if (type == QLatin1StringView("view"))
        return Tr::tr("view");
    return shownName(type);
}

Result<Schema> readSchema(sqlite3 *db)
{
    sql::Statement stmt(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema");
    if (!stmt.isValid())
        return makeError(stmt.prepareError());
    Schema schema;
    while (stmt.step())
        schema[stmt.text(1)] = SchemaObject{stmt.text(0), stmt.text(2), normalised(stmt.text(3))};
    if (!stmt.error().isEmpty())
        return makeError(stmt.error());
    return schema;
}

/** What migrations 1..version create, from an empty in-memory database; cached per version. */
Result<Schema> expectedSchema(int version)
{
    static std::mutex mutex;
    static QHash<int, Schema> cache;
    std::lock_guard lock(mutex);
    if (const auto it = cache.constFind(version); it != cache.constEnd())
        return *it;
    sqlite3 *db = nullptr;
    if (sql::openDatabase(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY) != SQLITE_OK) {
        sqlite3_close_v2(db);
        return makeError(Tr::tr("cannot create the reference schema"));
    }
    Result<Schema> schema = makeError(Tr::tr("unknown project format %1").arg(version));
    bool ok = version >= 1 && version <= schema::latestVersion();
    for (int v = 1; ok && v <= version; ++v) {
        if (auto r = sql::execScript(db, schema::migrationSql(v)); !r) {
            schema = r.error();
            ok = false;
        }
    }
    if (ok)
        schema = readSchema(db);
    sqlite3_close_v2(db);
    if (schema)
        cache.insert(version, *schema);
    return schema;
}

bool isStatisticsTable(const QString &name, const SchemaObject &object)
{
    return object.type == QLatin1StringView("table")
        && (name == QLatin1StringView("sqlite_stat1") || name == QLatin1StringView("sqlite_stat4"));
}

} // namespace

Result<void> hardenConnection(sqlite3 *db)
{
    int trusted = -1, defensive = -1;
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &trusted);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, &defensive);
    if (trusted != 0 || defensive != 1)
        return makeError(Tr::tr("this SQLite library cannot be made to distrust the project file's schema"));
    return sql::execScript(db, "PRAGMA cell_size_check = ON");
}

Result<void> checkSchema(sqlite3 *db, int schemaVersion, const QString &shown)
{
    // The header checked before opening may be overridden by a newer page 1 in a write-ahead log
    // shipped beside the file: what SQLite now reads must say the same.
    for (const auto &[pragma, value] : {std::pair{"PRAGMA user_version", qint64(schemaVersion)},
                                        std::pair{"PRAGMA application_id", qint64(Project::ApplicationId)}}) {
        sql::Statement stmt(db, pragma);
        if (!stmt.step() || stmt.int64(0) != value) {
            return makeError(stmt.error().isEmpty()
                                 ? Tr::tr("%1 is damaged: its header and its write-ahead log disagree about what it is").arg(shown)
                                 : Tr::tr("%1 is damaged: %2").arg(shown, stmt.error()));
        }
    }
    auto expected = expectedSchema(schemaVersion);
    if (!expected)
        return makeError(Tr::tr("%1 cannot be checked: %2").arg(shown, expected.error().message));
    auto actual = readSchema(db);
    if (!actual)
        return makeError(Tr::tr("%1 is damaged: %2").arg(shown, actual.error().message));
    for (const auto &[name, object] : *actual) {
        const auto ours = expected->find(name);
        if (ours == expected->end()) {
            if (isStatisticsTable(name, object))
                continue;
            return makeError(Tr::tr("%1 was changed outside Threatwright: its %2 \"%3\" is not one Threatwright creates. "
                                "The file is not opened, because SQL stored in a project file could run when the "
                                "project is read or written.")
                                 .arg(shown, typeName(object.type), shownName(name)));
        }
        if (ours->second.type != object.type || ours->second.table != object.table || ours->second.sql != object.sql) {
            return makeError(Tr::tr("%1 was changed outside Threatwright: the definition of its %2 \"%3\" is not the one "
                                "Threatwright creates, so the file is not opened.")
                                 .arg(shown, typeName(ours->second.type), shownName(name)));
        }
    }
    // Ours that are missing: a table is damage (checkTables names it first); a missing trigger
    // or index only removes a guard or a shortcut, runs nothing, and what the guard protected is
    // still covered by the audit chain (an edit made after dropping audit_no_update is named by
    // `audit --verify`), so such a file still opens.
    for (const auto &[name, object] : *expected) {
        if (object.type == QLatin1StringView("table") && actual->find(name) == actual->end())
            return makeError(Tr::tr("%1 is damaged: its %2 \"%3\" is missing").arg(shown, typeName(object.type), name));
    }
    return {};
}

} // namespace tw::integrity
