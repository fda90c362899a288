// SPDX-License-Identifier: GPL-3.0-or-later
// The diff engine and the CI gate: exactly the changes made, nothing from reformatting, and a
// gate that fails on new untriaged threats and passes once they are triaged.

#include "diff/modeldiff.h"
#include "import/importer.h"
#include "model/enums.h"
#include "model/synthetic.h"
#include "store/project.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tw;

namespace {

Threat threat(const QString &fp, Severity severity)
{
    Threat t;
    t.fingerprint = fp;
    t.ruleId = QStringLiteral("TW-T");
    t.title = QStringLiteral("Threat ") + fp;
    t.targets = {QStringLiteral("svc:service-1")};
    t.severity = severity;
    t.score = severity == Severity::High ? 8 : 5;
    return t;
}

int cli(const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(TW_CLI_PATH), args);
    p.waitForFinished(60000);
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitCode();
}

} // namespace

class TestDiff : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void identicalModelsHaveNoDiff()
    {
        const SystemModel m = syntheticModel({50, 3, 100, 2});
        QVERIFY(diff::diffModels(m, m).isEmpty());
        // Evidence that moved (reformatting) is not an architectural change.
        SystemModel moved = m;
        for (Component &c : moved.components)
            c.sources.first().line += 7;
        QVERIFY(diff::diffModels(m, moved).isEmpty());
    }

    void fieldByFieldChanges()
    {
        const SystemModel before = syntheticModel({20, 2, 0, 3});
        SystemModel after = before;
        after.components[1].attributes.insert(QLatin1StringView(attr::InternetFacing), true);
        after.flows[0].encrypted = !after.flows[0].encrypted.value_or(false);
        after.entryPoints[2].security = QList<SecurityRequirement>{};
        after.components.removeAt(7);
        Component added;
        added.id = QStringLiteral("svc:new-admin");
        added.name = QStringLiteral("new-admin");
        after.components.append(added);
        after.assets[0].classification = Classification::Restricted;

        const diff::ModelDiff d = diff::diffModels(before, after);
        QCOMPARE(d.count(QStringLiteral("component"), diff::Change::Added), 1);
        QCOMPARE(d.count(QStringLiteral("component"), diff::Change::Removed), 1);
        QCOMPARE(d.count(QStringLiteral("component"), diff::Change::Changed), 1);
        QCOMPARE(d.count(QStringLiteral("flow"), diff::Change::Changed), 1);
        QCOMPARE(d.count(QStringLiteral("entry-point"), diff::Change::Changed), 1);
        QCOMPARE(d.count(QStringLiteral("asset"), diff::Change::Changed), 1);
        QCOMPARE(d.elements.size(), 6);
        QMap<QString, diff::ElementChange> byId;
        for (const diff::ElementChange &c : d.elements)
            byId.insert(c.id, c);
        const diff::ElementChange exposure = byId.value(before.components[1].id);
        QCOMPARE(exposure.fields.size(), 1);
        QCOMPARE(exposure.fields.first().field, QStringLiteral("attributes.internet-facing"));
        QVERIFY(exposure.fields.first().before.isNull());
        QCOMPARE(exposure.fields.first().after, QJsonValue(true));
        QCOMPARE(byId.value(before.flows[0].id).fields.first().field, QStringLiteral("encrypted"));
        QCOMPARE(byId.value(before.entryPoints[2].id).fields.first().field, QStringLiteral("security"));
        QCOMPARE(byId.value(before.assets[0].id).fields.first().after, QJsonValue(QStringLiteral("restricted")));
        QCOMPARE(byId.value(before.components[7].id).change, diff::Change::Removed);
        QCOMPARE(byId.value(QStringLiteral("svc:new-admin")).change, diff::Change::Added);

        const QJsonObject json = diff::toJson(d, 1, 2);
        QCOMPARE(json[QStringLiteral("summary")][QStringLiteral("component")][QStringLiteral("added")].toInt(), 1);
        QCOMPARE(json[QStringLiteral("elements")].toArray().size(), 6);
    }

    void threatChanges()
    {
        SystemModel before, after;
        before.threats = {threat(QStringLiteral("aaaaaaaa"), Severity::High), threat(QStringLiteral("bbbbbbbb"), Severity::Medium),
                          threat(QStringLiteral("cccccccc"), Severity::Low)};
        after.threats = {threat(QStringLiteral("aaaaaaaa"), Severity::High), threat(QStringLiteral("bbbbbbbb"), Severity::High),
                         threat(QStringLiteral("dddddddd"), Severity::Critical)};
        after.threats[0].status = ThreatStatus::Validated;
        before.threats[0].status = ThreatStatus::Validated;
        const diff::ModelDiff d = diff::diffModels(before, after);
        QCOMPARE(d.threats.size(), 3);
        QCOMPARE(d.threats.first().fingerprint, QStringLiteral("dddddddd")); // most severe first
        QCOMPARE(d.threats.first().change, diff::Change::Added);
        auto find = [&d](const char *fp) {
            return *std::find_if(d.threats.cbegin(), d.threats.cend(),
                                 [fp](const diff::ThreatChange &t) { return t.fingerprint == QLatin1StringView(fp); });
        };
        QCOMPARE(find("bbbbbbbb").change, diff::Change::Changed);
        QCOMPARE(find("bbbbbbbb").severityBefore, Severity::Medium);
        QCOMPARE(find("cccccccc").change, diff::Change::Removed);
        QCOMPARE(d.carriedDecisions.size(), 1);
        QCOMPARE(d.carriedDecisions.first().fingerprint, QStringLiteral("aaaaaaaa"));
    }

    void realSpecEditedByTheTest()
    {
        // A copy of a real corpus spec, edited the way a pull request would.
        const QString original = QStringLiteral(TW_CORPUS_DIR "/OAI-OpenAPI-Specification/examples/v3.0/petstore.yaml");
        if (!QFile::exists(original))
            QSKIP("corpus not available");
        const QString copy = m_dir.filePath(QStringLiteral("petstore.yaml"));
        QVERIFY(QFile::copy(original, copy));
        auto v1 = importer::importPaths({copy});
        QVERIFY2(v1.ok(), qPrintable(v1.errorString()));
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        const QByteArray endpoint = "  /admin/users:\n    get:\n      operationId: listAllUsers\n      security: []\n"
                                    "      responses:\n        '200':\n          description: every user\n";
        text.replace("paths:\n", "paths:\n" + endpoint);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();
        auto v2 = importer::importPaths({copy});
        QVERIFY2(v2.ok(), qPrintable(v2.errorString()));
        const diff::ModelDiff d = diff::diffModels(v1->model, v2->model);
        // Exactly one new entry point; the others only moved down and are unchanged.
        QCOMPARE(d.elements.size(), 1);
        QCOMPARE(d.elements.first().change, diff::Change::Added);
        QCOMPARE(d.elements.first().elementKind, QStringLiteral("entry-point"));
        QVERIFY(d.elements.first().id.endsWith(QStringLiteral("GET /admin/users")));
    }

    void scanGatesAPullRequest()
    {
        // The demo system, changed the way a pull request would: an unauthenticated admin
        // endpoint and a database port opened to the world.
        const QString repo = m_dir.filePath(QStringLiteral("shop"));
        QVERIFY(QDir().mkpath(repo + QStringLiteral("/api")));
        QVERIFY(QDir().mkpath(repo + QStringLiteral("/infra")));
        const QString source = QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop/");
        for (const char *file : {"api/openapi.yaml", "infra/main.tf", "infra/variables.tf"})
            QVERIFY(QFile::copy(source + QString::fromLatin1(file), repo + QLatin1Char('/') + QString::fromLatin1(file)));
        const QString project = m_dir.filePath(QStringLiteral("pr.twdb"));
        QByteArray out;
        QCOMPARE(cli({QStringLiteral("scan"), repo, QStringLiteral("--project"), project}, &out), 0); // the main branch
        QVERIFY(QFile::exists(project));

        auto edit = [](const QString &path, const QByteArray &from, const QByteArray &to) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QByteArray text = f.readAll();
            f.close();
            QVERIFY(text.contains(from));
            text.replace(from, to);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text);
        };
        edit(repo + QStringLiteral("/api/openapi.yaml"), "paths:\n",
             "paths:\n  /admin/users/{userId}:\n    delete:\n      tags: [admin]\n      operationId: deleteUser\n      security: []\n"
             "      parameters:\n        - name: userId\n          in: path\n          required: true\n          schema: { type: integer }\n"
             "      responses:\n        '204': { description: Deleted }\n");
        edit(repo + QStringLiteral("/infra/main.tf"), "    from_port       = 5432\n    to_port         = 5432\n    protocol        = \"tcp\"\n"
                                                      "    security_groups = [aws_security_group.services.id]\n",
             "    from_port   = 5432\n    to_port     = 5432\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n");

        const QString sarif = m_dir.filePath(QStringLiteral("pr.sarif"));
        const QString markdown = m_dir.filePath(QStringLiteral("pr.md"));
        QCOMPARE(cli({QStringLiteral("scan"), repo, QStringLiteral("--project"), project, QStringLiteral("--fail-on"), QStringLiteral("high"),
                      QStringLiteral("--sarif"), sarif, QStringLiteral("--markdown"), markdown}, &out), 1);
        QVERIFY2(out.contains("DELETE /admin/users/{userId}") || out.contains("/admin/users"), out.constData());

        // Exactly these changes in the architecture.
        QCOMPARE(cli({QStringLiteral("diff"), project, QStringLiteral("--json")}, &out), 0);
        const QJsonObject diff = QJsonDocument::fromJson(out).object();
        QStringList changed;
        for (const QJsonValue &v : diff[QStringLiteral("elements")].toArray())
            changed.append(v[QStringLiteral("change")].toString() + QLatin1Char(' ') + v[QStringLiteral("id")].toString());
        QVERIFY2(changed.contains(QStringLiteral("added ep:harbor-shop-api:DELETE /admin/users/{userId}")), qPrintable(changed.join(QLatin1Char('\n'))));
        QVERIFY2(std::any_of(changed.cbegin(), changed.cend(), [](const QString &c) { return c.contains(QStringLiteral("aws_security_group.data")); }),
                 qPrintable(changed.join(QLatin1Char('\n'))));
        QVERIFY(diff[QStringLiteral("summary")][QStringLiteral("threat")][QStringLiteral("new")].toInt() >= 2);

        // SARIF marks the new findings new; the Markdown summary names the new endpoint.
        QFile s(sarif);
        QVERIFY(s.open(QIODevice::ReadOnly));
        const QJsonArray results = QJsonDocument::fromJson(s.readAll()).object()[QStringLiteral("runs")][0][QStringLiteral("results")].toArray();
        int fresh = 0;
        for (const QJsonValue &r : results)
            fresh += r[QStringLiteral("baselineState")].toString() == QLatin1StringView("new");
        QVERIFY(fresh >= 2);
        QFile md(markdown);
        QVERIFY(md.open(QIODevice::ReadOnly));
        QVERIFY(md.readAll().contains("admin/users"));

        // Triage what blocks, and the gate opens.
        QCOMPARE(cli({QStringLiteral("check"), project, QStringLiteral("--fail-on"), QStringLiteral("high"), QStringLiteral("--json")}, &out), 1);
        const QJsonArray blocking = QJsonDocument::fromJson(out).object()[QStringLiteral("threats")].toArray();
        QVERIFY(!blocking.isEmpty());
        for (const QJsonValue &t : blocking)
            QCOMPARE(cli({QStringLiteral("triage"), project, t[QStringLiteral("fingerprint")].toString(), QStringLiteral("--validate")}), 0);
        QCOMPARE(cli({QStringLiteral("check"), project, QStringLiteral("--fail-on"), QStringLiteral("high")}), 0);
    }

    void scanGitRevisions()
    {
        // A git repository built by the test: two commits, the second adds an unauthenticated
        // endpoint; the working tree is then broken and must not matter.
        const QString repo = m_dir.filePath(QStringLiteral("gitshop"));
        QVERIFY(QDir().mkpath(repo + QStringLiteral("/api")));
        QVERIFY(QFile::copy(QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop/api/openapi.yaml"), repo + QStringLiteral("/api/openapi.yaml")));
        QFile::setPermissions(repo + QStringLiteral("/api/openapi.yaml"), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        auto git = [&repo](const QStringList &args) {
            QProcess p;
            p.setWorkingDirectory(repo);
            p.start(QStringLiteral("git"), QStringList{QStringLiteral("-c"), QStringLiteral("user.name=Test"), QStringLiteral("-c"),
                                                       QStringLiteral("user.email=test@example.com")} + args);
            p.waitForFinished(30000);
            return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        };
        git({QStringLiteral("init"), QStringLiteral("-q")});
        git({QStringLiteral("add"), QStringLiteral(".")});
        git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("shop API")});
        const QString first = git({QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        QCOMPARE(first.size(), 40);
        QFile spec(repo + QStringLiteral("/api/openapi.yaml"));
        QVERIFY(spec.open(QIODevice::ReadOnly));
        QByteArray text = spec.readAll();
        spec.close();
        text.replace("paths:\n", "paths:\n  /admin/refunds:\n    post:\n      operationId: refundAll\n      security: []\n"
                                  "      responses:\n        '200': { description: done }\n");
        QVERIFY(spec.open(QIODevice::WriteOnly | QIODevice::Truncate));
        spec.write(text);
        spec.close();
        git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("refunds for support")});
        const QString second = git({QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        QVERIFY(spec.open(QIODevice::WriteOnly | QIODevice::Truncate));
        spec.write("not: [valid yaml");
        spec.close();

        const QString project = m_dir.filePath(QStringLiteral("git.twdb"));
        QByteArray out;
        QCOMPARE(cli({QStringLiteral("scan"), repo, QStringLiteral("--project"), project, QStringLiteral("--rev"), first.left(8)}, &out), 0);
        QCOMPARE(cli({QStringLiteral("scan"), repo, QStringLiteral("--project"), project, QStringLiteral("--rev"), QStringLiteral("HEAD"),
                      QStringLiteral("--fail-on"), QStringLiteral("critical")}, &out), 1);
        QVERIFY2(out.contains("/admin/refunds"), out.constData());
        QCOMPARE(cli({QStringLiteral("versions"), project, QStringLiteral("--json")}, &out), 0);
        const QJsonArray versions = QJsonDocument::fromJson(out).array();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions[0][QStringLiteral("gitRevision")].toString(), first); // the full id, not what was typed
        QCOMPARE(versions[1][QStringLiteral("gitRevision")].toString(), second);
        QCOMPARE(cli({QStringLiteral("diff"), project, QStringLiteral("--json")}, &out), 0);
        const QJsonArray elements = QJsonDocument::fromJson(out).object()[QStringLiteral("elements")].toArray();
        QCOMPARE(elements.size(), 1);
        QCOMPARE(elements.first()[QStringLiteral("id")].toString(), QStringLiteral("ep:harbor-shop-api:POST /admin/refunds"));

        // The same through --since, as a pipeline does per pull request: only what changed between
        // the two commits is imported on top of the first commit's version; the gate fails on the
        // new endpoint's threats and passes once they are triaged.
        const QString since = m_dir.filePath(QStringLiteral("since.twdb"));
        QCOMPARE(cli({QStringLiteral("scan"), repo, QStringLiteral("--project"), since, QStringLiteral("--rev"), first}, &out), 0);
        QCOMPARE(cli({QStringLiteral("scan"), repo, QStringLiteral("--project"), since, QStringLiteral("--since"), first,
                      QStringLiteral("--fail-on"), QStringLiteral("critical")}, &out), 1);
        QVERIFY2(out.contains("/admin/refunds"), out.constData());
        QCOMPARE(cli({QStringLiteral("diff"), since, QStringLiteral("--json")}, &out), 0);
        const QJsonArray sinceElements = QJsonDocument::fromJson(out).object()[QStringLiteral("elements")].toArray();
        QCOMPARE(sinceElements.size(), 1);
        QCOMPARE(sinceElements.first()[QStringLiteral("id")].toString(), QStringLiteral("ep:harbor-shop-api:POST /admin/refunds"));
        QCOMPARE(cli({QStringLiteral("check"), since, QStringLiteral("--fail-on"), QStringLiteral("critical"), QStringLiteral("--json")}, &out), 1);
        const QJsonArray blocking = QJsonDocument::fromJson(out).object()[QStringLiteral("threats")].toArray();
        QVERIFY(!blocking.isEmpty());
        for (const QJsonValue &t : blocking) {
            QCOMPARE(cli({QStringLiteral("triage"), since, t[QStringLiteral("fingerprint")].toString(), QStringLiteral("--validate"),
                          QStringLiteral("--reason"), QStringLiteral("ticket SEC-42")}, &out), 0);
        }
        QCOMPARE(cli({QStringLiteral("check"), since, QStringLiteral("--fail-on"), QStringLiteral("critical")}, &out), 0);

        // A bare clone works the same way: no working tree at all.
        QProcess clone;
        clone.start(QStringLiteral("git"), {QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--bare"), repo, repo + QStringLiteral(".git")});
        QVERIFY(clone.waitForFinished(30000));
        QCOMPARE(cli({QStringLiteral("inspect"), repo + QStringLiteral(".git")}), 2); // nothing to read without --rev
        QCOMPARE(cli({QStringLiteral("import"), project, repo + QStringLiteral(".git"), QStringLiteral("--rev"), QStringLiteral("HEAD~1")}, &out), 0);
        QVERIFY(out.contains(first.left(12).toUtf8()));
        QCOMPARE(cli({QStringLiteral("scan"), repo, QStringLiteral("--project"), project, QStringLiteral("--rev"), QStringLiteral("no-such-branch")}, &out), 2);
    }

    void gateFailsOnNewUntriagedAndPassesAfterTriage()
    {
        const QString path = m_dir.filePath(QStringLiteral("gate.twdb"));
        {
            auto project = Project::create(path, QStringLiteral("gate"), QStringLiteral("ci"));
            QVERIFY(project.ok());
            SystemModel v1;
            v1.threats = {threat(QStringLiteral("aaaaaaaa01"), Severity::High)};
            auto created = (*project)->createVersion(v1, VersionMeta{QStringLiteral("ci"), QStringLiteral("v1"), {}, {}});
            QVERIFY2(created.ok(), qPrintable(created.errorString()));
            SystemModel v2 = v1;
            v2.threats.append(threat(QStringLiteral("bbbbbbbb02"), Severity::High));
            v2.threats.append(threat(QStringLiteral("cccccccc03"), Severity::Medium));
            QVERIFY((*project)->createVersion(v2, VersionMeta{QStringLiteral("ci"), QStringLiteral("v2"), {}, {}}).ok());
        }
        QByteArray out;
        // The old high threat is not new; the new medium one is below the bar; the new high one fails.
        QCOMPARE(cli({QStringLiteral("check"), path, QStringLiteral("--fail-on"), QStringLiteral("high")}, &out), 1);
        QVERIFY(out.contains("bbbbbbbb02"));
        QVERIFY(!out.contains("aaaaaaaa01"));
        QCOMPARE(cli({QStringLiteral("check"), path, QStringLiteral("--fail-on"), QStringLiteral("critical")}), 0);
        QCOMPARE(cli({QStringLiteral("check"), path, QStringLiteral("--fail-on"), QStringLiteral("medium"), QStringLiteral("--json")}, &out), 1);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("threats")).toArray().size(), 2);
        // Against an empty baseline even the old one is new.
        QCOMPARE(cli({QStringLiteral("check"), path, QStringLiteral("--baseline"), QStringLiteral("0"), QStringLiteral("--fail-on"),
                      QStringLiteral("high"), QStringLiteral("--json")}, &out), 1);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("threats")).toArray().size(), 2);
        QCOMPARE(cli({QStringLiteral("triage"), path, QStringLiteral("bbbbbbbb02"), QStringLiteral("--validate")}), 0);
        QCOMPARE(cli({QStringLiteral("check"), path, QStringLiteral("--fail-on"), QStringLiteral("high")}), 0);
        QCOMPARE(cli({QStringLiteral("check"), path}), 2); // --fail-on is required

        QCOMPARE(cli({QStringLiteral("diff"), path, QStringLiteral("--json")}, &out), 0);
        const QJsonObject diff = QJsonDocument::fromJson(out).object();
        QCOMPARE(diff.value(QStringLiteral("from")).toInt(), 1);
        QCOMPARE(diff.value(QStringLiteral("to")).toInt(), 2);
        QCOMPARE(diff[QStringLiteral("summary")][QStringLiteral("threat")][QStringLiteral("new")].toInt(), 2);
        QCOMPARE(cli({QStringLiteral("diff"), path, QStringLiteral("1"), QStringLiteral("2")}, &out), 0);
        QVERIFY(out.contains("2 new"));
        QCOMPARE(cli({QStringLiteral("diff"), path, QStringLiteral("1"), QStringLiteral("9")}), 2);
    }
};

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
