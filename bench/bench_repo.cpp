// SPDX-License-Identifier: GPL-3.0-or-later
// Repository importer benchmark (docs/performance.md):
//   1. walk a generated tree of 100,000 files (ignore rules, skipped folders)   (target < 2 s)
//   2. first scan of it: read, digest, secrets and source heuristics, parse the artifacts,
//      analyse, store a version                                                 (reference)
//   3. re-scan of the unchanged tree on top of that version                     (target < 10 % of 2)
//   4. a re-scan after one file changed
//   5. with --git: the tree committed; a first scan of the clean working tree, and a re-scan that
//      asks git whether anything changed
// Usage: bench_repo [FILES] [--keep DIR] [--git]

#include "analysis/engine.h"
#include "analysis/ruleset.h"
#include "import/importer.h"
#include "import/repo/walker.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace tw;

namespace {

void write(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
}

/**
 * A monorepo of 50 services: each a Dockerfile, a package.json, a Kubernetes manifest and a
 * compose entry, JavaScript and Python sources (one file in 40 with a route or a client), docs,
 * configuration and JSON fixtures, logs (ignored by .gitignore) and a node_modules folder
 * (skipped). About 1 KB per file.
 */
int generate(const QString &root, int total)
{
    const int services = 50;
    const int perService = total / services;
    int written = 0;
    QDir().mkpath(root);
    write(root + QStringLiteral("/.gitignore"), "*.log\ntmp/\n");
    QByteArray compose = "services:\n";
    QByteArray filler;
    for (int i = 0; i < 12; ++i)
        filler += "  // helper code that only computes things and calls nothing outside this module\n";
    for (int s = 0; s < services; ++s) {
        const QString name = QStringLiteral("svc%1").arg(s);
        const QString dir = root + QStringLiteral("/services/") + name;
        for (const char *sub : {"/src/lib", "/src/routes", "/docs", "/config", "/test/fixtures", "/node_modules/dep/lib", "/logs"})
            QDir().mkpath(dir + QLatin1StringView(sub));
        write(dir + QStringLiteral("/Dockerfile"), "FROM node:20.11-alpine\nWORKDIR /app\nCOPY . .\nUSER node\nEXPOSE 8080\n");
        write(dir + QStringLiteral("/package.json"),
              "{\n  \"name\": \"" + name.toUtf8() + "\",\n  \"dependencies\": {\n    \"express\": \"4.19.2\",\n    \"pg\": \"8.11.3\"\n  }\n}\n");
        compose += "  " + name.toUtf8() + ":\n    build: ./services/" + name.toUtf8() + "\n    environment:\n      - NEXT_URL=http://svc"
            + QByteArray::number((s + 1) % services) + ":8080\n";
        write(root + QStringLiteral("/k8s/%1.yaml").arg(name),
              "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: " + name.toUtf8() + "}\nspec:\n  selector: {matchLabels: {app: " + name.toUtf8()
                  + "}}\n  template:\n    metadata: {labels: {app: " + name.toUtf8() + "}}\n    spec:\n      containers:\n        - name: app\n          image: shop/"
                  + name.toUtf8() + ":1\n");
        written += 3;
        for (int i = 0; written < (s + 1) * perService; ++i, ++written) {
            const QByteArray n = QByteArray::number(i);
            switch (i % 10) {
            case 0: case 1: case 2: case 3: {
                QByteArray js = "'use strict';\nconst util = require('./util');\n\nfunction compute" + n + "(a, b) {\n" + filler + "  return a + b;\n}\n";
                if (i % 40 == 0)
                    js = "const express = require('express');\nconst router = express.Router();\nrouter.get('/items" + n + "/:id', (req, res) => res.json({}));\n" + js;
                write(dir + QStringLiteral("/src/lib/m%1.js").arg(i), js + "module.exports = { compute" + n + " };\n");
                break;
            }
            case 4:
                write(dir + QStringLiteral("/src/routes/h%1.py").arg(i),
                      "import json\n\n\ndef handle" + n + "(event):\n    \"\"\"Turns an event into a reply.\"\"\"\n" + QByteArray(filler).replace("//", "#") + "    return json.dumps(event)\n");
                break;
            case 5:
                write(dir + QStringLiteral("/docs/page%1.md").arg(i), "# Page " + n + "\n\n" + filler.repeated(2));
                break;
            case 6:
                write(dir + QStringLiteral("/config/c%1.yaml").arg(i), "setting" + n + ": value\nretries: 3\ntimeout: 30s\nfeature_flags:\n  a: true\n  b: false\n" + QByteArray(filler).replace("  //", "# "));
                break;
            case 7:
                write(dir + QStringLiteral("/test/fixtures/f%1.json").arg(i), "{\"id\": " + n + ", \"items\": [1, 2, 3], \"note\": \"fixture data for the tests of this module only\"}\n");
                break;
            case 8:
                write(dir + QStringLiteral("/logs/run%1.log").arg(i), "INFO started\n" + filler); // ignored by .gitignore
                break;
            default:
                write(dir + QStringLiteral("/node_modules/dep/lib/d%1.js").arg(i), "module.exports = 1;\n" + filler); // skipped
                break;
            }
        }
    }
    write(root + QStringLiteral("/compose.yaml"), compose);
    return written + 2;
}

double seconds(QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

struct Scan
{
    double import = 0, analyse = 0, store = 0;
    double total() const { return import + analyse + store; }
};

/** import (given) + analyse + store a version, as `scan` does. */
Scan finish(importer::Outcome &outcome, Project &project, const analysis::RuleSet &rules, double importSeconds, const QString &commit = {})
{
    Scan s;
    s.import = importSeconds;
    QElapsedTimer t;
    t.start();
    outcome.model.threats.clear();
    outcome.model.threats = *analysis::analyse(outcome.model, rules);
    s.analyse = seconds(t);
    t.restart();
    VersionMeta meta{QStringLiteral("bench"), QStringLiteral("scan"), commit, outcome.inputs};
    if (!project.createVersion(outcome.model, meta))
        std::fprintf(stderr, "storing failed\n");
    s.store = seconds(t);
    return s;
}

void print(const char *what, const Scan &s, const importer::Outcome &o)
{
    std::printf("%-34s %7.2f s  (import %.2f, analyse %.2f, store %.2f; %d files read, %lld artifacts parsed, %lld components, %lld entry points)\n",
                what, s.total(), s.import, s.analyse, s.store, o.filesRead, qint64(o.artifacts.size()), qint64(o.model.components.size()),
                qint64(o.model.entryPoints.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int total = 100000;
    QString keep;
    bool withGit = false;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1StringView("--keep") && i + 1 < args.size())
            keep = args[++i];
        else if (args[i] == QLatin1StringView("--git"))
            withGit = true;
        else
            total = args[i].toInt();
    }
    QTemporaryDir dir;
    const QString root = keep.isEmpty() ? dir.filePath(QStringLiteral("monorepo")) : keep;
    QElapsedTimer t;
    t.start();
    const int files = QFileInfo::exists(root + QStringLiteral("/compose.yaml")) ? total : generate(root, total);
    std::printf("tree: %d files in %s (generated in %.1f s)\n", files, qPrintable(root), seconds(t));

    // 1. The walk, best of three (the first also warms the page cache).
    double best = 1e9;
    qsizetype listed = 0;
    int ignored = 0;
    for (int run = 0; run < 3; ++run) {
        t.restart();
        auto walked = repo::walk(root);
        best = std::min(best, seconds(t));
        if (!walked)
            return std::fprintf(stderr, "%s\n", qPrintable(walked.errorString())), 1;
        listed = walked->files.size();
        ignored = walked->ignored;
    }
    std::printf("walk:                              %7.2f s  (%lld files listed, %d entries ignored or skipped) — target < 2 s\n", best,
                qint64(listed), ignored);

    auto rules = analysis::RuleSet::loadBuiltin();
    auto project = Project::create(dir.filePath(QStringLiteral("bench.twdb")), QStringLiteral("bench"), QStringLiteral("bench"));
    if (!rules || !project)
        return 1;

    // 2. First scan.
    t.restart();
    auto first = importer::importPaths({root});
    const double firstImport = seconds(t);
    if (!first)
        return std::fprintf(stderr, "%s\n", qPrintable(first.errorString())), 1;
    const Scan firstScan = finish(*first, **project, *rules, firstImport);
    print("first scan:", firstScan, *first);

    // 3. Re-scan of the unchanged tree, on top of the stored version (as `scan DIR` does).
    auto baselineOf = [&](qint64 id) {
        importer::Baseline b{*(*project)->loadModel(id), (*project)->version(id)->inputs};
        b.model.threats.clear();
        return b;
    };
    t.restart();
    const importer::Baseline base = baselineOf(*(*project)->latestVersionId());
    const double load = seconds(t);
    t.restart();
    auto again = importer::importOnTop(root, base);
    const double againImport = seconds(t) + load;
    if (!again)
        return std::fprintf(stderr, "%s\n", qPrintable(again.errorString())), 1;
    // As `scan` does: nothing changed, no new version (nothing to analyse or store).
    Scan rescan;
    rescan.import = againImport;
    if (!again->unchanged)
        rescan = finish(*again, **project, *rules, againImport);
    print("re-scan, unchanged:", rescan, *again);
    std::printf("re-scan / first scan:              %6.1f %%  (%s; of which loading the previous version %.2f s) — target < 10 %%\n",
                100.0 * rescan.total() / firstScan.total(), again->unchanged ? "unchanged" : "CHANGED?", load);

    // 4. One source file changed.
    write(root + QStringLiteral("/services/svc7/src/lib/m40.js"),
          "const express = require('express');\nconst router = express.Router();\nrouter.post('/orders/:orderId', h);\n// "
              + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + "\n");
    t.restart();
    const importer::Baseline base2 = baselineOf(*(*project)->latestVersionId());
    auto changed = importer::importOnTop(root, base2);
    const double changedImport = seconds(t);
    if (!changed)
        return 1;
    const Scan oneFile = finish(*changed, **project, *rules, changedImport);
    print("re-scan, one file changed:", oneFile, *changed);

    if (withGit) {
        // The same tree as a git working tree. A scan of a clean working tree records HEAD, and
        // the next scan asks git (index stamps) whether anything changed: no file is read.
        QProcess git;
        git.setWorkingDirectory(root);
        t.restart();
        git.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("rm -rf .git && git init -q && git add -A && git -c user.name=b -c user.email=b@b.invalid commit -qm tree")});
        git.waitForFinished(-1);
        std::printf("git init + add + commit:           %7.2f s\n", seconds(t));
        auto gitProject = Project::create(dir.filePath(QStringLiteral("git.twdb")), QStringLiteral("bench"), QStringLiteral("bench"));
        t.restart();
        const QString head = importer::cleanCommit(root);
        auto firstGit = importer::importPaths({root});
        const double firstGitImport = seconds(t);
        if (!firstGit || head.isEmpty())
            return std::fprintf(stderr, "git scan failed\n"), 1;
        // Recorded with the commit, as `scan` does.
        const Scan gitFirst = finish(*firstGit, **gitProject, *rules, firstGitImport, head);
        print("first scan, git working tree:", gitFirst, *firstGit);
        t.restart();
        auto versions = (*gitProject)->versions();
        const bool same = versions && !versions->isEmpty() && versions->last().gitRevision == importer::cleanCommit(root);
        const double check = seconds(t);
        std::printf("re-scan, unchanged git working tree: %5.2f s  (%s) — %.1f %% of the first scan\n", check,
                    same ? "unchanged: HEAD and a clean tree" : "CHANGED?", 100.0 * check / gitFirst.total());
    }
    return 0;
}
