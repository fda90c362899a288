// SPDX-License-Identifier: GPL-3.0-or-later
// The walk cache of plain folders (docs/repository-importer.md, "Walk cache"), on real files with
// real mtimes: after every kind of change — a file added, removed, renamed, grown over the size
// limit, a folder added or emptied, an ignore rule changed at the top, below, or in the global
// excludes file, a folder turned into a repository of its own, options changed, the cache file
// damaged — the walk with the cache lists exactly what the walk without it lists, and an unchanged
// tree is walked from the cache alone. The corpus repositories and a generated tree are compared
// with the cache off, cold and warm.

#include "../common/treefiles.h"
#include "import/repo/statcache.h"
#include "import/repo/walker.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>
#include <unistd.h>

using namespace tw;
using tw::test::write;

namespace {

/** Everything a walk says, as text: files with sizes, notes with their files, counts. */
QStringList described(const repo::WalkResult &r)
{
    QStringList out;
    for (const repo::WalkedFile &f : r.files)
        out.append(QStringLiteral("file %1 %2").arg(f.relative).arg(f.size));
    for (const Diagnostic &d : r.notes)
        out.append(QStringLiteral("note %1: %2").arg(d.source.file, d.message));
    out.append(QStringLiteral("ignored %1, skipped %2").arg(r.ignored).arg(r.skippedFolders));
    return out;
}

/** The racy window, waited out: folders changed before this are trusted by the next walk. */
void waitOutRacyWindow()
{
    QThread::msleep(unsigned(repo::StatCache::RacyWindowNs / 1'000'000) + 200);
}

/** A tree with the cases the walker knows: nested ignore files, negation, pruned folders, links, a nested repository. */
void makeTree(const QString &root)
{
    write(root, QStringLiteral(".gitignore"), "*.log\n!keep.log\ncache/\nout/*\n!out/report.txt\n/only-root.txt\n");
    write(root, QStringLiteral("app.js"), "console.log(1)\n");
    write(root, QStringLiteral("debug.log"), "x\n");
    write(root, QStringLiteral("keep.log"), "x\n");
    write(root, QStringLiteral("only-root.txt"), "x\n");
    write(root, QStringLiteral("sub/only-root.txt"), "x\n");
    write(root, QStringLiteral("sub/deep/trace.log"), "x\n");
    write(root, QStringLiteral("sub/deep/code.py"), "print(1)\n");
    write(root, QStringLiteral("sub/.gitignore"), "*.tmp\n");
    write(root, QStringLiteral("sub/a.tmp"), "x\n");
    write(root, QStringLiteral("sub/b.txt"), "x\n");
    write(root, QStringLiteral("cache/blob.bin"), "x\n");
    write(root, QStringLiteral("out/junk.txt"), "x\n");
    write(root, QStringLiteral("out/report.txt"), "x\n");
    write(root, QStringLiteral("node_modules/dep/index.js"), "x\n");
    write(root, QStringLiteral("svc/build/output.js"), "x\n");
    write(root, QStringLiteral("svc/src/main.go"), "package main\n");
    write(root, QStringLiteral("big/large.dat"), QByteArray(3 * 1024 * 1024, 'a'));
    write(root, QStringLiteral("nested/.git/HEAD"), "ref: refs/heads/main\n");
    write(root, QStringLiteral("nested/inner.txt"), "x\n");
    QDir().mkpath(root + QStringLiteral("/empty/deeper"));
    QFile::link(QStringLiteral("app.js"), root + QStringLiteral("/link-in.js"));
    QFile::link(QStringLiteral("/etc/hostname"), root + QStringLiteral("/link-out"));
    QFile::link(QStringLiteral("sub"), root + QStringLiteral("/link-dir"));
    ::mkfifo(QFile::encodeName(root + QStringLiteral("/sub/pipe")).constData(), 0600);
}

} // namespace

class TestWalkCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_trees = 0;
    qint64 m_maxFileSize = 2 * 1024 * 1024;

    repo::WalkOptions options(bool cache) const
    {
        repo::WalkOptions o;
        o.maxFileSize = m_maxFileSize;
        if (cache)
            o.cacheDir = m_dir.filePath(QStringLiteral("cache"));
        return o;
    }

    /** A fresh tree, walked once with the cache (filling it) and left alone past the racy window. */
    QString freshTree()
    {
        const QString root = m_dir.filePath(QStringLiteral("tree%1").arg(++m_trees));
        makeTree(root);
        waitOutRacyWindow();
        const auto first = repo::walk(root, options(true));
        if (!first || first->pathsWalked != -1)
            return {};
        waitOutRacyWindow();
        return root;
    }

    /** The walk with the cache equals the walk without it; returns the cached walk. */
    repo::WalkResult compared(const QString &root)
    {
        auto with = repo::walk(root, options(true));
        auto without = repo::walk(root, options(false));
        if (!with || !without) {
            QTest::qFail("walk failed", __FILE__, __LINE__);
            return {};
        }
        [&] { QCOMPARE(described(*with), described(*without)); }();
        return *with;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The global excludes file libgit2 reads when core.excludesFile is not set.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg"))));
        write(m_dir.filePath(QStringLiteral("xdg")), QStringLiteral("git/ignore"), "*.globalignored\n");
    }

    void unchangedTreeComesFromTheCache()
    {
        const QString root = freshTree();
        QVERIFY(!root.isEmpty());
        const QString cacheFile = repo::WalkCache::fileFor(options(true).cacheDir, QFileInfo(root).canonicalFilePath());
        const QDateTime written = QFileInfo(cacheFile).lastModified();
        const repo::WalkResult r = compared(root);
        QCOMPARE(r.foldersListed, 0);
        QCOMPARE(r.pathsWalked, 0);
        // root, sub, sub/deep, out, svc, svc/src, big, empty, empty/deeper; nested is kept by its stamp
        QCOMPARE(r.foldersFromCache, 9);
        // Every listed file was stat()ed by the walk, links followed.
        for (const repo::WalkedFile &f : r.files)
            QVERIFY2(f.stamp.isValid() && f.stamp.size == f.size, qPrintable(f.relative));
        QCOMPARE(QFileInfo(cacheFile).lastModified(), written); // nothing new: not rewritten
    }

    void addedRemovedRenamedFiles()
    {
        const QString root = freshTree();
        QVERIFY(!root.isEmpty());
        write(root, QStringLiteral("sub/deep/new.py"), "x\n");
        write(root, QStringLiteral("sub/deep/new.log"), "x\n");   // ignored by the root's rule
        write(root, QStringLiteral("empty/deeper/first.txt"), "x\n");
        QVERIFY(QFile::remove(root + QStringLiteral("/sub/b.txt")));
        QVERIFY(QFile::rename(root + QStringLiteral("/svc/src/main.go"), root + QStringLiteral("/svc/src/server.go")));
        repo::WalkResult r = compared(root);
        QVERIFY(r.foldersFromCache > 0);
        QVERIFY(r.foldersListed >= 4);
        QVERIFY(r.pathsWalked >= 4);
        const QStringList text = described(r);
        QVERIFY(text.contains(QStringLiteral("file sub/deep/new.py 2")));
        QVERIFY(text.contains(QStringLiteral("file empty/deeper/first.txt 2")));
        QVERIFY(text.contains(QStringLiteral("file svc/src/server.go 13")));
        QVERIFY(!text.join(u'\n').contains(QStringLiteral("sub/b.txt")));
        QVERIFY(!text.join(u'\n').contains(QStringLiteral("main.go")));
        QVERIFY(!text.join(u'\n').contains(QStringLiteral("new.log")));
        // Those folders changed a moment before the walk that listed them (racy): the next walk
        // past the racy window lists them once more, and the one after needs no listing at all.
        waitOutRacyWindow();
        QCOMPARE(compared(root).foldersListed, r.foldersListed);
        r = compared(root);
        QCOMPARE(r.foldersListed, 0);
        QCOMPARE(r.pathsWalked, 0);
    }

    void foldersAddedAndRemoved()
    {
        const QString root = freshTree();
        QVERIFY(!root.isEmpty());
        write(root, QStringLiteral("fresh/a/b/c.txt"), "x\n");
        write(root, QStringLiteral("fresh/cache/x.txt"), "x\n");        // an ignored folder inside a new one
        write(root, QStringLiteral("sub/deep/more/d.txt"), "x\n");
        QVERIFY(QDir(root + QStringLiteral("/svc")).removeRecursively());
        QVERIFY(QDir(root + QStringLiteral("/empty/deeper")).removeRecursively());
        compared(root);
        waitOutRacyWindow();
        // A folder renamed: its files move with it.
        QVERIFY(QDir(root).rename(QStringLiteral("sub/deep"), QStringLiteral("sub/shallow")));
        const repo::WalkResult r = compared(root);
        QVERIFY(described(r).contains(QStringLiteral("file sub/shallow/code.py 9")));
        QVERIFY(r.foldersFromCache > 0);
    }

    void contentChangeWithoutFolderChange()
    {
        const QString root = freshTree();
        QVERIFY(!root.isEmpty());
        // Written in place: no folder's stat changes, yet the size (and the stamp) must be new,
        // and a file grown over the limit is left out.
        write(root, QStringLiteral("sub/deep/code.py"), "print('a longer line')\n");
        write(root, QStringLiteral("app.js"), QByteArray(3 * 1024 * 1024, 'b'));
        const repo::WalkResult r = compared(root);
        QCOMPARE(r.foldersListed, 0);
        QCOMPARE(r.pathsWalked, 0);
        QVERIFY(described(r).contains(QStringLiteral("file sub/deep/code.py 23")));
        QVERIFY(!described(r).join(u'\n').contains(QStringLiteral("file app.js")));
        QVERIFY(!described(r).join(u'\n').contains(QStringLiteral("file link-in.js")));
    }

    void changedIgnoreRules_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("rules");
        QTest::newRow("root rule added") << QStringLiteral(".gitignore") << QByteArray("*.log\n!keep.log\ncache/\nout/*\n!out/report.txt\n/only-root.txt\n*.py\n");
        QTest::newRow("root negation removed") << QStringLiteral(".gitignore") << QByteArray("*.log\ncache/\nout/*\n/only-root.txt\n");
        QTest::newRow("nested rule, same size") << QStringLiteral("sub/.gitignore") << QByteArray("*.txt\n");
        QTest::newRow("nested file added") << QStringLiteral("sub/deep/.gitignore") << QByteArray("code.py\n");
        QTest::newRow("nested file removed") << QStringLiteral("sub/.gitignore") << QByteArray();
    }

    void changedIgnoreRules()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, rules);
        const QString root = freshTree();
        QVERIFY(!root.isEmpty());
        const QStringList before = described(compared(root));
        if (rules.isEmpty())
            QVERIFY(QFile::remove(root + QLatin1Char('/') + file));
        else
            write(root, file, rules);
        const QStringList after = described(compared(root));
        QVERIFY(before != after);
        // Past the racy window, once more from the cache.
        waitOutRacyWindow();
        compared(root);
        QCOMPARE(described(compared(root)), after);
    }

    void changedGlobalExcludes()
    {
        const QString root = freshTree();
        QVERIFY(!root.isEmpty());
        write(root, QStringLiteral("sub/deep/data.globalignored"), "x\n");
        write(root, QStringLiteral("sub/deep/data.other"), "x\n");
        QVERIFY(!described(compared(root)).join(u'\n').contains(QStringLiteral("data.globalignored")));
        waitOutRacyWindow();
        compared(root);
        write(m_dir.filePath(QStringLiteral("xdg")), QStringLiteral("git/ignore"), "*.other\n");
        const repo::WalkResult r = compared(root);
        QVERIFY(described(r).join(u'\n').contains(QStringLiteral("data.globalignored")));
        QVERIFY(!described(r).join(u'\n').contains(QStringLiteral("data.other")));
        QCOMPARE(r.pathsWalked, -1); // another key: everything walked afresh
        write(m_dir.filePath(QStringLiteral("xdg")), QStringLiteral("git/ignore"), "*.globalignored\n");
        compared(root);
    }

    void folderBecomesOrStopsBeingARepository()
    {
        const QString root = freshTree();
        QVERIFY(!root.isEmpty());
        write(root, QStringLiteral("sub/deep/.git/HEAD"), "ref: refs/heads/main\n");
        QVERIFY(!described(compared(root)).join(u'\n').contains(QStringLiteral("code.py")));
        waitOutRacyWindow();
        compared(root);
        QVERIFY(QDir(root + QStringLiteral("/nested/.git")).removeRecursively());
        QVERIFY(described(compared(root)).contains(QStringLiteral("file nested/inner.txt 2")));
    }

    void racyFolderIsListedAgain()
    {
        const QString root = m_dir.filePath(QStringLiteral("racy"));
        makeTree(root);
        // Walked right after being written: every folder and ignore file is racy, so the next
        // walk takes nothing from the cache although nothing changed (a racy root .gitignore
        // means libgit2 walks everything); one past the racy window records them for good.
        QVERIFY(repo::walk(root, options(true)));
        repo::WalkResult r = compared(root);
        QCOMPARE(r.foldersFromCache, 0);
        QCOMPARE(r.pathsWalked, -1);
        waitOutRacyWindow();
        compared(root);
        r = compared(root);
        QCOMPARE(r.foldersListed, 0);
        QCOMPARE(r.foldersFromCache, 9);
        // A folder changed now is racy for the walk that lists it: listed again by the next.
        write(root, QStringLiteral("sub/deep/new.txt"), "x\n");
        r = compared(root);
        QCOMPARE(r.foldersListed, 1);
        waitOutRacyWindow();
        r = compared(root);
        QCOMPARE(r.foldersListed, 1);
        QCOMPARE(r.pathsWalked, 0);
        QCOMPARE(compared(root).foldersListed, 0);
    }

    void otherOptionsDoNotUseTheCache()
    {
        const QString root = freshTree();
        QVERIFY(!root.isEmpty());
        m_maxFileSize = 4 * 1024 * 1024;
        const repo::WalkResult r = compared(root);
        m_maxFileSize = 2 * 1024 * 1024;
        QCOMPARE(r.foldersFromCache, 0);
        QCOMPARE(r.pathsWalked, -1);
        QVERIFY(described(r).contains(QStringLiteral("file big/large.dat 3145728")));
    }

    void damagedCacheIsIgnored()
    {
        const QString root = freshTree();
        QVERIFY(!root.isEmpty());
        const QString cacheFile = repo::WalkCache::fileFor(options(true).cacheDir, QFileInfo(root).canonicalFilePath());
        QFile f(cacheFile);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        QVERIFY(bytes.size() > 100);
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
        f.seek(0);
        f.write(bytes);
        f.close();
        write(root, QStringLiteral("sub/deep/new.py"), "x\n");
        const repo::WalkResult r = compared(root);
        QCOMPARE(r.foldersFromCache, 0);
        QCOMPARE(r.pathsWalked, -1);
    }

    void generatedTreeOffColdWarm()
    {
        // 60 services × (code, config, docs, logs, node_modules) over four levels.
        const QString root = m_dir.filePath(QStringLiteral("generated"));
        write(root, QStringLiteral(".gitignore"), "*.log\ntmp/\n");
        for (int s = 0; s < 60; ++s) {
            const QString svc = QStringLiteral("services/svc%1/").arg(s);
            write(root, svc + QStringLiteral("package.json"), "{}\n");
            for (int i = 0; i < 8; ++i)
                write(root, svc + QStringLiteral("src/m%1/file%2.js").arg(i % 3).arg(i), QByteArray(i + 1, 'x'));
            write(root, svc + QStringLiteral("run.log"), "x\n");
            write(root, svc + QStringLiteral("tmp/scratch.txt"), "x\n");
            write(root, svc + QStringLiteral("node_modules/x/index.js"), "x\n");
            if (s % 7 == 0)
                write(root, svc + QStringLiteral(".gitignore"), "src/m1/\n");
        }
        const auto off = repo::walk(root, options(false));
        QVERIFY(off);
        const auto cold = repo::walk(root, options(true));
        QVERIFY(cold);
        QCOMPARE(cold->pathsWalked, -1);
        QCOMPARE(described(*cold), described(*off));
        waitOutRacyWindow();
        QCOMPARE(described(compared(root)), described(*off)); // racy: listed again
        waitOutRacyWindow();
        const repo::WalkResult warm = compared(root);
        QCOMPARE(warm.foldersListed, 0);
        QCOMPARE(warm.foldersFromCache, 2 + 60 * 5 - 9); // root, services, 60 × (svc, src, m0–m2), minus the ignored m1 folders
        QCOMPARE(described(warm), described(*off));
    }

    void corpusRepositoriesOffColdWarm_data()
    {
        QTest::addColumn<QString>("folder");
        for (const char *name : {"GoogleCloudPlatform-microservices-demo", "microservices-demo-sock-shop", "OWASP-crAPI", "juice-shop",
                                 "docker-awesome-compose", "bridgecrewio-terragoat"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void corpusRepositoriesOffColdWarm()
    {
        QFETCH(QString, folder);
        const QString root = QStringLiteral(TW_CORPUS_DIR "/") + folder;
        if (!QFileInfo(root).isDir())
            QSKIP("corpus not available");
        const auto off = repo::walk(root, options(false));
        QVERIFY(off);
        if (off->gitWorkingTree)
            QSKIP("a git working tree: the walk cache is for plain folders");
        QVERIFY(!off->files.isEmpty());
        QFile::remove(repo::WalkCache::fileFor(options(true).cacheDir, QFileInfo(root).canonicalFilePath()));
        const auto cold = repo::walk(root, options(true));
        QVERIFY(cold);
        QCOMPARE(cold->pathsWalked, -1);
        QCOMPARE(described(*cold), described(*off));
        const auto warm = repo::walk(root, options(true)); // the corpus is old: nothing racy
        QVERIFY(warm);
        QCOMPARE(warm->pathsWalked, 0);
        QCOMPARE(warm->foldersListed, 0);
        QVERIFY(warm->foldersFromCache > 0);
        QCOMPARE(described(*warm), described(*off));
    }
};

QTEST_GUILESS_MAIN(TestWalkCache)
#include "tst_walkcache.moc"
