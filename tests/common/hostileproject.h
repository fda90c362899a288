// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A hostile project file (docs/security.md) as the CLI and the workbench tests both open it:
// markup, script, SQL and terminal escapes in every name that reaches the model, and raw SQL on
// the file as an attacker with the file would write it.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>

#include <sqlite3.h>

#include "rawsql.h"

#include <utility>

namespace tw::test::hostile {

using tw::test::rawSql;
using tw::test::scalar;

// Markup, script, SQL, template and log4j syntax, terminal escapes (OSC title, colour, BEL) and a
// right-to-left override: what a poisoned repository or project file may carry in any name.
inline const QString kMarkup = QStringLiteral("<script>alert(1)</script>\"><img src=x onerror=alert(2)>'); DROP TABLE threats;-- "
                                              "${jndi:ldap://x/a} {{7*7}} \x1b]0;owned\x07\x1b[31mRED\u202Egnp.exe");
inline const QByteArray kScript = "<script>alert(1)</script>";
inline const QByteArray kImg = "<img src=x onerror=alert(2)>";

// What no command writes, changed to carry the markup (?1): rule texts and titles, input paths,
// the revision, a fingerprint that starts with a terminal escape, an audit action.
inline const QString kTextEverywhereSql =
    QStringLiteral("UPDATE threats SET title = title || ?1;"
                   "UPDATE threat_texts SET payload = json_set(payload, '$.rationale', ?1, '$.mitigation', ?1);"
                   "UPDATE version_inputs SET path = path || ?1, kind = kind || ?1;"
                   "UPDATE versions SET git_revision = ?1;"
                   "UPDATE threats SET fingerprint = char(27) || ']0;pwn' || char(7) || fingerprint "
                   "WHERE fingerprint = (SELECT min(fingerprint) FROM threats);"
                   "UPDATE audit SET action = action || ?1 WHERE seq = 1;");

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

inline Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(TW_CLI_PATH), args);
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
    }
    Run r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    // Never a crash, never an exit code outside docs/cli.md.
    if (r.code < 0 || r.code > 2)
        qWarning("threatwright-cli %s ended with %d: %s", qPrintable(args.join(QLatin1Char(' '))), r.code, r.err.constData());
    return r;
}

inline QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/**
 * Raw SQL on a project file, as an attacker would write it: the project's own append-only
 * triggers are dropped for the change and put back exactly as they were, so the schema still
 * looks like Threatwright's. Returns SQLite's error text ("" on success).
 */
inline QString tamper(const QString &path, const QString &sql, const QList<std::pair<int, QByteArray>> &binds = {})
{
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    QList<std::pair<QByteArray, QByteArray>> triggers;
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND sql IS NOT NULL", -1, &stmt, nullptr);
    while (sqlite3_step(stmt) == SQLITE_ROW)
        triggers.append(std::pair<QByteArray, QByteArray>(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)),
                                                          reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1))));
    sqlite3_finalize(stmt);
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (const auto &t : std::as_const(triggers))
        sqlite3_exec(db, ("DROP TRIGGER \"" + t.first + "\"").constData(), nullptr, nullptr, nullptr);
    QString error;
    const QByteArray utf8 = sql.toUtf8();
    const char *tail = utf8.constData();
    while (tail && *tail && error.isEmpty()) {
        stmt = nullptr;
        if (sqlite3_prepare_v2(db, tail, -1, &stmt, &tail) != SQLITE_OK) {
            error = QString::fromUtf8(sqlite3_errmsg(db));
            break;
        }
        if (!stmt)
            break;
        for (const auto &[index, value] : binds) {
            if (index <= sqlite3_bind_parameter_count(stmt))
                sqlite3_bind_text(stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
        }
        while (sqlite3_step(stmt) == SQLITE_ROW) {
        }
        if (sqlite3_errcode(db) != SQLITE_OK && sqlite3_errcode(db) != SQLITE_DONE && sqlite3_errcode(db) != SQLITE_ROW)
            error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
    }
    for (const auto &t : std::as_const(triggers))
        sqlite3_exec(db, t.second.constData(), nullptr, nullptr, nullptr);
    sqlite3_exec(db, error.isEmpty() ? "COMMIT" : "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return error;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/** The fingerprint of some suggested threat of the newest version ("" if none). */
inline QString someFingerprint(const QString &path)
{
    Run r = cli({QStringLiteral("threats"), path, QStringLiteral("--json"), QStringLiteral("--status"), QStringLiteral("suggested")});
    const QJsonArray threats = QJsonDocument::fromJson(r.out).array();
    return threats.isEmpty() ? QString() : threats.first().toObject().value(QStringLiteral("fingerprint")).toString();
}

/**
 * A real project with hostile text through every ordinary way in: the name, actors, messages and
 * revision; the demo and a folder of artifacts whose names carry the markup; an acceptance and a
 * manual threat. Writes the artifacts to @p artifacts. Returns "" or what failed.
 */
inline QString makeHostileProject(const QString &project, const QString &artifacts)
{
    QByteArray quoted = kMarkup.toUtf8();
    quoted.replace('\\', "\\\\").replace('"', "\\\"").replace("\x1b", "\\e").replace("\x07", "\\a");
    const bool written =
        writeFile(artifacts + QStringLiteral("/openapi.yaml"),
                  "openapi: 3.0.3\ninfo:\n  title: \"Shop " + quoted + "\"\n  version: \"" + quoted + "\"\n"
                  "servers: [{url: 'https://shop.example/v1'}]\n"
                  "paths:\n  \"/orders/{id}/" + QByteArray(kScript).replace('/', '_') + "\":\n    get:\n"
                  "      operationId: \"get" + quoted + "\"\n      tags: [\"" + quoted + "\"]\n"
                  "      parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n"
                  "      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}}}\n"
                  "components:\n  schemas:\n    Order:\n      type: object\n      properties:\n"
                  "        password: {type: string}\n        \"" + quoted + "\": {type: string}\n")
        && writeFile(artifacts + QStringLiteral("/docker-compose.yml"),
                     "services:\n  \"web" + QByteArray(kImg).replace('"', '\'') + "\":\n    image: nginx\n    privileged: true\n"
                     "    ports: [\"80:80\"]\n    environment:\n      NOTE: \"" + quoted + "\"\n");
    if (!written)
        return QStringLiteral("cannot write the artifacts");
    const QList<QStringList> steps = {
        {QStringLiteral("init"), project, QStringLiteral("--name"), kMarkup, QStringLiteral("--actor"), kMarkup},
        {QStringLiteral("import"), project, QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop"), QStringLiteral("--actor"), kMarkup,
         QStringLiteral("--message"), kMarkup, QStringLiteral("--rev"), kMarkup},
        {QStringLiteral("import"), project, artifacts, QStringLiteral("--actor"), kMarkup, QStringLiteral("--message"), kMarkup},
    };
    for (const QStringList &args : steps) {
        const Run r = cli(args);
        if (r.code != 0)
            return args.first() + QStringLiteral(": ") + QString::fromUtf8(r.err);
    }
    const QString fingerprint = someFingerprint(project);
    if (fingerprint.isEmpty())
        return QStringLiteral("no suggested threat");
    const QList<QStringList> more = {
        {QStringLiteral("triage"), project, fingerprint, QStringLiteral("--accept"), QStringLiteral("--reason"), kMarkup,
         QStringLiteral("--owner"), kMarkup, QStringLiteral("--actor"), kMarkup, QStringLiteral("--expires"), QStringLiteral("2031-01-01")},
        {QStringLiteral("threats"), project, QStringLiteral("add"), QStringLiteral("--title"), kMarkup, QStringLiteral("--target"), kMarkup,
         QStringLiteral("--stride"), QStringLiteral("tampering"), QStringLiteral("--rationale"), kMarkup, QStringLiteral("--mitigation"), kMarkup,
         QStringLiteral("--actor"), kMarkup},
        {QStringLiteral("audit"), project, QStringLiteral("--verify")},
    };
    for (const QStringList &args : more) {
        const Run r = cli(args);
        if (r.code != 0)
            return args.first() + QStringLiteral(": ") + QString::fromUtf8(r.err);
    }
    return {};
}

} // namespace tw::test::hostile
