// SPDX-License-Identifier: GPL-3.0-or-later
// Event-driven versions on a real git repository built here with the git CLI: a revision read
// from the object database twice gives the same model; importing only what changed between two
// revisions on top of the first one's stored version gives the model a full import of the
// second gives; nothing changed gives the stored model back; `scan --since` says what changed.
// Folders: content digests let a re-scan skip parsing when nothing changed.

#include "import/importer.h"
#include "import/repo/changes.h"
#include "import/repo/gitsource.h"
#include "store/project.h"

#include "../common/canonicalmodel.h"
#include "../common/treefiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace tw;
using tw::test::canonical;
using tw::test::write;

namespace {

QString runGit(const QString &dir, const QStringList &arguments)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("git"), QStringList{QStringLiteral("-c"), QStringLiteral("user.name=t"), QStringLiteral("-c"),
                                               QStringLiteral("user.email=t@t.invalid"), QStringLiteral("-c"),
                                               QStringLiteral("commit.gpgsign=false")}
                                       + arguments);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QString commit(const QString &dir, const char *message)
{
    runGit(dir, {QStringLiteral("add"), QStringLiteral("-A")});
    runGit(dir, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QString::fromLatin1(message)});
    return runGit(dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
}

struct Run
{
    int exitCode = -1;
    QString output;
};

Run cli(const QStringList &arguments, const QString &dir = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.start(QStringLiteral(TW_CLI_PATH), arguments);
    p.waitForFinished(120000);
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}


/** Names the first difference, for a readable failure. */
QString firstDifference(const SystemModel &a, const SystemModel &b)
{
    auto compare = [](const auto &x, const auto &y, const char *what) -> QString {
        for (qsizetype i = 0; i < std::max(x.size(), y.size()); ++i) {
            if (i >= x.size() || i >= y.size())
                return QStringLiteral("%1: %2 vs %3 elements").arg(QLatin1StringView(what)).arg(x.size()).arg(y.size());
            if (!(x[i] == y[i]))
                return QStringLiteral("%1: %2 vs %3").arg(QLatin1StringView(what), x[i].id, y[i].id);
        }
        return {};
    };
    for (const QString &d : {compare(a.components, b.components, "components"), compare(a.boundaries, b.boundaries, "boundaries"),
                             compare(a.entryPoints, b.entryPoints, "entry points"), compare(a.flows, b.flows, "flows"),
                             compare(a.assets, b.assets, "assets")}) {
        if (!d.isEmpty())
            return d;
    }
    for (qsizetype i = 0; i < std::max(a.diagnostics.size(), b.diagnostics.size()); ++i) {
        if (i >= a.diagnostics.size() || i >= b.diagnostics.size() || !(a.diagnostics[i] == b.diagnostics[i]))
            return QStringLiteral("diagnostic %1: %2 | %3")
                .arg(i)
                .arg(i < a.diagnostics.size() ? a.diagnostics[i].source.toString() + QLatin1Char(' ') + a.diagnostics[i].message : QString(),
                     i < b.diagnostics.size() ? b.diagnostics[i].source.toString() + QLatin1Char(' ') + b.diagnostics[i].message : QString());
    }
    return {};
}

/** The version a revision gives, stored in a real project file and read back. */
importer::Baseline storedBaseline(const QString &projectFile, const importer::Outcome &outcome)
{
    auto project = QFile::exists(projectFile) ? Project::open(projectFile) : Project::create(projectFile, QStringLiteral("t"), QStringLiteral("t"));
    if (!project)
        return {};
    VersionMeta meta{QStringLiteral("t"), QStringLiteral("v"), outcome.commit, outcome.inputs};
    auto id = (*project)->createVersion(outcome.model, meta);
    if (!id)
        return {};
    auto model = (*project)->loadModel(*id);
    auto info = (*project)->version(*id);
    importer::Baseline b{*model, info->inputs};
    b.model.threats.clear();
    return b;
}

/** A small system: compose, a Dockerfile and manifest, code, Kubernetes, a spec, Terraform, a secret. */
void version1(const QString &root)
{
    write(root, QStringLiteral("compose.yaml"),
          "services:\n  api:\n    build: ./api\n    ports: ['8080:8080']\n    environment:\n      - DATABASE_URL=postgres://api@db:5432/api\n"
          "  db:\n    image: postgres:16\n  worker:\n    build: ./worker\n    environment:\n      - QUEUE_HOST=db\n");
    write(root, QStringLiteral("api/Dockerfile"), "FROM node:20\nEXPOSE 8080\nUSER node\n");
    write(root, QStringLiteral("api/package.json"), "{\n  \"name\": \"api\",\n  \"dependencies\": {\n    \"express\": \"4.19.2\"\n  }\n}\n");
    write(root, QStringLiteral("api/server.js"),
          "const express = require('express');\nconst app = express();\napp.get('/orders/:orderId', (req, res) => res.json({}));\n");
    write(root, QStringLiteral("worker/Dockerfile"), "FROM python:3.12\n");
    write(root, QStringLiteral("worker/app.py"), "import pika\nfrom openai import OpenAI\nclient = OpenAI()\n");
    write(root, QStringLiteral("k8s/api.yaml"),
          "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  selector: {matchLabels: {app: api}}\n  template:\n"
          "    metadata: {labels: {app: api}}\n    spec:\n      containers:\n        - name: api\n          image: shop/api:1\n"
          "          ports: [{containerPort: 8080}]\n---\napiVersion: v1\nkind: Service\nmetadata: {name: api}\nspec:\n  type: LoadBalancer\n"
          "  selector: {app: api}\n  ports: [{port: 8080}]\n");
    write(root, QStringLiteral("docs/openapi.yaml"),
          "openapi: 3.0.3\ninfo: {title: Shop API, version: '1'}\nservers:\n  - url: http://api:8080\npaths:\n  /orders/{orderId}:\n    get:\n"
          "      parameters: [{name: orderId, in: path, required: true, schema: {type: string}}]\n      responses: {'200': {description: ok}}\n");
    write(root, QStringLiteral("infra/main.tf"), "resource \"aws_s3_bucket\" \"data\" {\n  bucket = \"shop-data\"\n}\n");
    write(root, QStringLiteral("config/settings.env"), "ADMIN_PASSWORD=Qw3rty-Uiop-2024\n");
    write(root, QStringLiteral("README.md"), "# shop\n");
    write(root, QStringLiteral(".gitignore"), "*.log\n");
}

/** A dependency, a route, a service, a bucket, a deleted file, a new Dockerfile. */
void version2(const QString &root)
{
    write(root, QStringLiteral("api/package.json"),
          "{\n  \"name\": \"api\",\n  \"dependencies\": {\n    \"express\": \"4.19.2\",\n    \"left-pad\": \"1.3.0\"\n  }\n}\n");
    write(root, QStringLiteral("api/server.js"),
          "const express = require('express');\nconst app = express();\napp.get('/orders/:orderId', (req, res) => res.json({}));\n"
          "app.post('/orders', (req, res) => res.json({}));\n");
    write(root, QStringLiteral("compose.yaml"),
          "services:\n  api:\n    build: ./api\n    ports: ['8080:8080']\n    environment:\n      - DATABASE_URL=postgres://api@db:5432/api\n"
          "  db:\n    image: postgres:16\n  worker:\n    build: ./worker\n    environment:\n      - QUEUE_HOST=db\n"
          "  audit:\n    build: ./audit\n    environment:\n      - DB_HOST=db\n");
    write(root, QStringLiteral("infra/main.tf"),
          "resource \"aws_s3_bucket\" \"data\" {\n  bucket = \"shop-data\"\n}\n\nresource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"shop-logs\"\n}\n");
    QFile::remove(root + QStringLiteral("/worker/app.py"));
    write(root, QStringLiteral("audit/Dockerfile"), "FROM alpine:3.20\n");
}

} // namespace

class TestIncremental : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_repo;
    QString m_v1, m_v2, m_v3;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_repo = m_dir.filePath(QStringLiteral("shop"));
        QVERIFY(QDir().mkpath(m_repo));
        runGit(m_repo, {QStringLiteral("init"), QStringLiteral("-q")});
        version1(m_repo);
        m_v1 = commit(m_repo, "v1");
        version2(m_repo);
        m_v2 = commit(m_repo, "v2");
        write(m_repo, QStringLiteral("README.md"), "# shop\n\nNow with docs.\n");
        m_v3 = commit(m_repo, "v3: docs only");
        QCOMPARE(m_v3.size(), 40);
    }

    void gitDiffTreeToTree()
    {
        auto repo = git::Repository::open(m_repo);
        QVERIFY2(repo.ok(), qPrintable(repo.errorString()));
        QCOMPARE(repo->name(), QStringLiteral("shop"));
        auto changes = repo->diff(m_v1, m_v2);
        QVERIFY(changes.ok());
        QCOMPARE(changes->added, QStringList{QStringLiteral("audit/Dockerfile")});
        QCOMPARE(changes->deleted, QStringList{QStringLiteral("worker/app.py")});
        QCOMPARE(changes->modified, (QStringList{QStringLiteral("api/package.json"), QStringLiteral("api/server.js"),
                                                 QStringLiteral("compose.yaml"), QStringLiteral("infra/main.tf")}));
        QVERIFY(repo->diff(m_v3, QStringLiteral("HEAD"))->isEmpty());
        QVERIFY(!repo->diff(QStringLiteral("nope"), QStringLiteral("HEAD")).ok());
        auto files = repo->files(m_v1);
        QVERIFY(files.ok());
        QVERIFY(files->contains(QStringLiteral("worker/app.py")));
        QCOMPARE(repo->resolve(QStringLiteral("HEAD~2"))->id, m_v1);
    }

    void theSameRevisionGivesTheSameModel()
    {
        QTemporaryDir a, b;
        auto first = importer::importRevision(m_repo, m_v1, a.path());
        auto second = importer::importRevision(m_repo, m_v1, b.path());
        QVERIFY2(first.ok(), qPrintable(first.errorString()));
        QVERIFY(second.ok());
        QCOMPARE(first->commit, m_v1);
        QVERIFY2(first->model == second->model, qPrintable(firstDifference(first->model, second->model)));
        QCOMPARE(first->inputs, second->inputs);
        // The root component is named after the repository, not after the scratch folder.
        bool root = false;
        for (const Component &c : first->model.components)
            root |= c.id.startsWith(QLatin1StringView("svc:qt_temp"));
        QVERIFY(!root);
    }

    void onlyWhatChangedGivesTheFullModel()
    {
        QTemporaryDir scratch;
        auto v1 = importer::importRevision(m_repo, m_v1, scratch.path());
        QVERIFY2(v1.ok(), qPrintable(v1.errorString()));
        const importer::Baseline base = storedBaseline(scratch.filePath(QStringLiteral("p.twdb")), *v1);
        QVERIFY(!base.inputs.isEmpty());

        QTemporaryDir s2, s3;
        auto incremental = importer::importChanges(m_repo, m_v1, m_v2, s2.path(), base);
        QVERIFY2(incremental.ok(), qPrintable(incremental.errorString()));
        auto full = importer::importRevision(m_repo, m_v2, s3.path());
        QVERIFY(full.ok());
        QVERIFY(!incremental->unchanged);
        QCOMPARE(incremental->commit, m_v2);
        const SystemModel a = canonical(incremental->model);
        const SystemModel b = canonical(full->model);
        QVERIFY2(a == b, qPrintable(firstDifference(a, b)));
        QCOMPARE(incremental->inputs, full->inputs);
        // Fewer files were read than a full import reads.
        QVERIFY2(incremental->filesRead < full->filesRead, qPrintable(QStringLiteral("%1 vs %2").arg(incremental->filesRead).arg(full->filesRead)));

        // What changed, as the scan prints it.
        const changes::Summary s = changes::summarize(base.model, base.inputs, *incremental);
        QVERIFY2(s.newDependencies.filter(QStringLiteral("svc:api: left-pad (npm) 1.3.0")).size() == 1, qPrintable(s.newDependencies.join(u'\n')));
        QVERIFY2(s.newEntryPoints.filter(QStringLiteral("svc:api: POST /orders")).size() == 1, qPrintable(s.newEntryPoints.join(u'\n')));
        QVERIFY(s.newFlows.filter(QStringLiteral("svc:audit → svc:db")).size() == 1);
        QVERIFY(s.removedFlows.filter(QStringLiteral("svc:worker → ai:openai")).size() == 1);
        QVERIFY(s.newComponents.filter(QStringLiteral("svc:audit")).size() == 1);
        QVERIFY(s.newComponents.filter(QStringLiteral("tf:aws_s3_bucket.logs")).size() == 1);
        QCOMPARE(s.changedIac, (QStringList{QStringLiteral("audit/Dockerfile (dockerfile, added)"), QStringLiteral("compose.yaml (compose, modified)"),
                                            QStringLiteral("infra/main.tf (terraform, modified)")}));
    }

    void unchangedRevisionsGiveTheStoredModel()
    {
        QTemporaryDir scratch;
        auto v2 = importer::importRevision(m_repo, m_v2, scratch.path());
        QVERIFY(v2.ok());
        const importer::Baseline base = storedBaseline(scratch.filePath(QStringLiteral("p.twdb")), *v2);

        // Only a README changed: read, nothing parsed, the same model.
        QTemporaryDir s1;
        auto docs = importer::importChanges(m_repo, m_v2, m_v3, s1.path(), base);
        QVERIFY2(docs.ok(), qPrintable(docs.errorString()));
        QVERIFY(!docs->unchanged);
        QCOMPARE(docs->modified, QStringList{QStringLiteral("README.md")});
        QCOMPARE(docs->artifacts.size(), 0);
        QCOMPARE(docs->filesRead, 1);
        QVERIFY2(canonical(docs->model) == canonical(base.model), qPrintable(firstDifference(canonical(docs->model), canonical(base.model))));

        // Nothing changed: the stored model itself, same ids, same order.
        QTemporaryDir s2;
        auto same = importer::importChanges(m_repo, m_v3, m_v3, s2.path(), base);
        QVERIFY(same.ok());
        QVERIFY(same->unchanged);
        QCOMPARE(same->filesRead, 0);
        QVERIFY(same->model == base.model);
        QCOMPARE(same->inputs, base.inputs);
    }

    void foldersUseContentDigests()
    {
        // A checkout of v2 as a plain folder (no .git): digests decide what is parsed again.
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("shop"));
        QVERIFY(QDir().mkpath(folder));
        auto snapshot = git::exportRevision(m_repo, m_v2, folder);
        QVERIFY(snapshot.ok());
        auto first = importer::importPaths({folder});
        QVERIFY(first.ok());
        const importer::Baseline base = storedBaseline(dir.filePath(QStringLiteral("p.twdb")), *first);
        auto again = importer::importOnTop(folder, base);
        QVERIFY2(again.ok(), qPrintable(again.errorString()));
        QVERIFY(again->unchanged);
        QCOMPARE(again->artifacts.size(), 0);
        QVERIFY(again->model == base.model);

        write(folder, QStringLiteral("api/server.js"), "const express = require('express');\nconst app = express();\napp.delete('/orders/:id', h);\n");
        write(folder, QStringLiteral("notes.txt"), "token: ghp_B7x9QaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaZ\n");
        auto changed = importer::importOnTop(folder, base);
        QVERIFY(changed.ok());
        QCOMPARE(changed->modified, QStringList{QStringLiteral("api/server.js")});
        QCOMPARE(changed->added, QStringList{QStringLiteral("notes.txt")});
        auto full = importer::importPaths({folder});
        QVERIFY(full.ok());
        const SystemModel a = canonical(changed->model);
        const SystemModel b = canonical(full->model);
        QVERIFY2(a == b, qPrintable(firstDifference(a, b)));
    }

    void scanningACleanWorkingTreeUsesGit()
    {
        QTemporaryDir dir;
        const QString clone = dir.filePath(QStringLiteral("shop"));
        runGit(dir.path(), {QStringLiteral("clone"), QStringLiteral("-q"), m_repo, clone});
        QCOMPARE(importer::cleanCommit(clone), m_v3);
        const QString project = dir.filePath(QStringLiteral("p.twdb"));
        const QStringList scan = {QStringLiteral("scan"), clone, QStringLiteral("--project"), project};
        const Run first = cli(scan);
        QVERIFY2(first.exitCode == 0, qPrintable(first.output));
        // Unchanged: git says so from the index's stamps; no file is read, no version made.
        const Run again = cli(scan);
        QVERIFY2(again.output.contains(QStringLiteral("Nothing changed since version 1")) && again.output.contains(QStringLiteral("No new version")),
                 qPrintable(again.output));
        // A new commit: only what it changed, through git's diff.
        write(clone, QStringLiteral("api/package.json"), "{\n  \"name\": \"api\",\n  \"dependencies\": {\n    \"express\": \"4.21.0\"\n  }\n}\n");
        const QString next = commit(clone, "express 4.21");
        const Run committed = cli(scan);
        QVERIFY2(committed.exitCode == 0, qPrintable(committed.output));
        QVERIFY2(committed.output.contains(QStringLiteral("svc:api: express (npm) 4.19.2 → 4.21.0")), qPrintable(committed.output));
        // Uncommitted edits: the working tree is not a commit; content digests decide, and no
        // revision is recorded.
        write(clone, QStringLiteral("README.md"), "# edited\n");
        QVERIFY(importer::cleanCommit(clone).isEmpty());
        const Run dirty = cli(scan);
        QVERIFY2(dirty.exitCode == 0, qPrintable(dirty.output));
        QVERIFY2(dirty.output.contains(QStringLiteral("0 added, 1 modified, 0 deleted")), qPrintable(dirty.output));
        auto p = Project::open(project, Project::OpenMode::ReadOnly);
        auto versions = (*p)->versions();
        QCOMPARE(versions->size(), 3);
        QCOMPARE(versions->at(0).gitRevision, m_v3);
        QCOMPARE(versions->at(1).gitRevision, next);
        QVERIFY(versions->at(2).gitRevision.isEmpty());
    }

    void scanSinceOnTheCommandLine()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("shop.twdb"));
        const Run missing = cli({QStringLiteral("scan"), m_repo, QStringLiteral("--project"), project, QStringLiteral("--since"), m_v1});
        QCOMPARE(missing.exitCode, 2); // nothing was built from v1 yet
        QVERIFY2(missing.output.contains(QStringLiteral("scan it without --since first")), qPrintable(missing.output));

        const Run first = cli({QStringLiteral("scan"), m_repo, QStringLiteral("--project"), project, QStringLiteral("--rev"), m_v1});
        QVERIFY2(first.exitCode == 0, qPrintable(first.output));
        const Run since = cli({QStringLiteral("scan"), m_repo, QStringLiteral("--project"), project, QStringLiteral("--since"), m_v1.left(10),
                               QStringLiteral("--rev"), m_v2});
        QVERIFY2(since.exitCode == 0, qPrintable(since.output));
        for (const char *expected : {"Changed since version 1: 1 added, 4 modified, 1 deleted files", "new dependencies:",
                                     "svc:api: left-pad (npm) 1.3.0", "new entry points:", "svc:api: POST /orders", "new flows:",
                                     "changed infrastructure code:", "infra/main.tf (terraform, modified)", "Version 2:"})
            QVERIFY2(since.output.contains(QString::fromLatin1(expected)), qPrintable(QString::fromLatin1(expected) + QStringLiteral("\n") + since.output));
        const Run unchanged = cli({QStringLiteral("scan"), m_repo, QStringLiteral("--project"), project, QStringLiteral("--since"), m_v3});
        QCOMPARE(unchanged.exitCode, 2); // no version was built from v3
        const Run docs = cli({QStringLiteral("scan"), m_repo, QStringLiteral("--project"), project, QStringLiteral("--since"), m_v2});
        QVERIFY2(docs.exitCode == 0, qPrintable(docs.output));
        QVERIFY2(docs.output.contains(QStringLiteral("no change to entry points")), qPrintable(docs.output));
        const Run same = cli({QStringLiteral("scan"), m_repo, QStringLiteral("--project"), project, QStringLiteral("--since"), QStringLiteral("HEAD")});
        QCOMPARE(same.exitCode, 0);
        QVERIFY2(same.output.contains(QStringLiteral("Nothing changed since version 3")), qPrintable(same.output));
        QVERIFY2(same.output.contains(QStringLiteral("No new version")), qPrintable(same.output));

        // The versions record the revisions; the docs-only commit kept the model.
        auto p = Project::open(project, Project::OpenMode::ReadOnly);
        QVERIFY(p.ok());
        auto versions = (*p)->versions();
        QCOMPARE(versions->size(), 3);
        QCOMPARE(versions->at(0).gitRevision, m_v1);
        QCOMPARE(versions->at(1).gitRevision, m_v2);
        QCOMPARE(versions->at(2).gitRevision, m_v3);
        SystemModel v2 = *(*p)->loadModel(2), v3 = *(*p)->loadModel(3);
        v2.threats.clear();
        v3.threats.clear();
        QVERIFY(canonical(v2) == canonical(v3));
        const Run notARepository = cli({QStringLiteral("scan"), dir.path(), QStringLiteral("--project"), project, QStringLiteral("--since"), m_v1});
        QCOMPARE(notARepository.exitCode, 2);
        QVERIFY2(notARepository.output.contains(QStringLiteral("--since needs a git repository")), qPrintable(notARepository.output));
    }
};

QTEST_GUILESS_MAIN(TestIncremental)
#include "tst_incremental.moc"
