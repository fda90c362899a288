// SPDX-License-Identifier: GPL-3.0-or-later
// The stat cache of folder scans (docs/repository-importer.md, "Stat cache"), on real files, a
// real project file and a real cache file: an unchanged folder is re-scanned without opening a
// single file (the kernel says so, through inotify); a change that keeps the size and the second
// of the mtime is seen; a file changed shortly before the scan that read it is read again (racy
// git); a damaged, foreign or tampered cache is thrown away; with or without the cache the model,
// ids and inputs are the same.

#include "import/importer.h"
#include "../common/canonicalmodel.h"
#include "../common/treefiles.h"
#include "import/repo/statcache.h"
#include "store/project.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>

#include <fcntl.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace tw;
using tw::test::canonical;
using tw::test::write;

namespace {

/** A small service repository: compose, two services, code with a route, docs, a binary file. */
void makeTree(const QString &root)
{
    write(root, QStringLiteral(".gitignore"), "*.log\n");
    write(root, QStringLiteral("compose.yaml"),
          "services:\n  api:\n    build: ./api\n    ports: ['8080:8080']\n    environment:\n      - DATABASE_URL=postgres://api@db:5432/api\n"
          "  db:\n    image: postgres:16\n");
    write(root, QStringLiteral("api/Dockerfile"), "FROM node:20-alpine\nEXPOSE 8080\nUSER node\n");
    write(root, QStringLiteral("api/package.json"), "{\n  \"name\": \"api\",\n  \"dependencies\": {\n    \"express\": \"4.19.2\"\n  }\n}\n");
    write(root, QStringLiteral("api/src/server.js"),
          "const express = require('express');\nconst app = express();\napp.get('/orders/:id', (req, res) => res.json({}));\n");
    write(root, QStringLiteral("worker/requirements.txt"), "requests==2.31.0\n");
    write(root, QStringLiteral("worker/app.py"), "import requests\n\n\ndef run():\n    return requests.get('https://api.example.org/x')\n");
    write(root, QStringLiteral("docs/readme.md"), "# The shop\n\nNothing to see.\n");
    write(root, QStringLiteral("docs/logo.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(64, '\0'));
    write(root, QStringLiteral("run.log"), "ignored\n");
}

/** Every file a scan may open, with its size: text and binary files, not the ignored log. */
constexpr int TextFiles = 8; // .gitignore, compose, Dockerfile, package.json, server.js, requirements, app.py, readme
constexpr int Files = TextFiles + 1; // + logo.png

/**
 * Which regular files below `root` are opened while `action` runs, as the kernel reports it
 * (inotify IN_OPEN on every folder). Folders opened for listing are left out.
 */
template<typename F>
QStringList filesOpenedDuring(const QString &root, F action)
{
    const int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd < 0)
        return {QStringLiteral("<inotify unavailable>")};
    QHash<int, QString> folders;
    QStringList all{root};
    QDirIterator it(root, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        all.append(it.next());
    for (const QString &folder : std::as_const(all)) {
        const int wd = inotify_add_watch(fd, QFile::encodeName(folder).constData(), IN_OPEN);
        if (wd >= 0)
            folders.insert(wd, QDir(root).relativeFilePath(folder));
    }
    action();
    QStringList opened;
    alignas(struct inotify_event) char buffer[65536];
    ssize_t n;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0) {
        for (char *p = buffer; p < buffer + n;) {
            const auto *event = reinterpret_cast<const struct inotify_event *>(p);
            if (event->len > 0 && !(event->mask & IN_ISDIR)) {
                const QString folder = folders.value(event->wd);
                const QString name = QFile::decodeName(event->name);
                opened.append(folder == QLatin1StringView(".") ? name : folder + QLatin1Char('/') + name);
            }
            p += sizeof(struct inotify_event) + event->len;
        }
    }
    ::close(fd);
    opened.removeDuplicates();
    opened.sort();
    return opened;
}


/** A project file holding one version of the folder, as `scan DIR` makes it. */
struct Scanned
{
    std::unique_ptr<Project> project;
    importer::Baseline baseline;
};

Scanned firstScan(const QString &projectFile, const QString &root, const importer::Options &options)
{
    Scanned s;
    auto project = Project::create(projectFile, QStringLiteral("t"), QStringLiteral("t"));
    if (!project)
        return s;
    s.project = std::move(project).value();
    auto outcome = importer::importPaths({root}, options);
    if (!outcome)
        return s;
    auto id = s.project->createVersion(outcome->model, VersionMeta{QStringLiteral("t"), QStringLiteral("v1"), QString(), outcome->inputs});
    if (!id)
        return s;
    // Read back from the file, the way the CLI builds on it.
    s.baseline = importer::Baseline{*s.project->loadElements(*id), *s.project->versionInputs(*id)};
    return s;
}

/** The cache's time stamps: a file is trusted once its mtime/ctime is this much older than the scan. */
void waitOutRacyWindow()
{
    QThread::msleep(unsigned(repo::StatCache::RacyWindowNs / 1'000'000) + 200);
}

} // namespace

class TestStatCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cacheDir;
    QString tree(const char *name) const { return m_dir.filePath(QLatin1StringView(name)); }
    importer::Options cached() const
    {
        importer::Options o;
        o.statCacheDir = m_cacheDir;
        return o;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cacheDir = m_dir.filePath(QStringLiteral("cache"));
        // One tree per test, written now and left alone for longer than the racy window, so that
        // the first scans below can record entries the next scans trust.
        for (const char *name : {"unchanged", "nanoseconds", "racy", "forged", "damaged", "same", "stamps", "entries"})
            makeTree(tree(name));
        waitOutRacyWindow();
    }

    void unchangedFolderIsNotRead()
    {
        const QString root = tree("unchanged");
        Scanned s = firstScan(m_dir.filePath(QStringLiteral("unchanged.twdb")), root, cached());
        QVERIFY(s.project);
        QCOMPARE(s.baseline.inputs.size(), qsizetype(TextFiles + 1)); // + the importer's mark

        // Without the cache every file is opened: the probe sees reads when there are some.
        std::optional<Result<importer::Outcome>> plain;
        const QStringList openedPlain = filesOpenedDuring(root, [&] { plain = importer::importOnTop(root, s.baseline); });
        QVERIFY(*plain);
        QVERIFY((*plain)->unchanged);
        QCOMPARE((*plain)->filesRead, Files);
        QVERIFY2(openedPlain.contains(QStringLiteral("api/src/server.js")) && openedPlain.contains(QStringLiteral("docs/logo.png")),
                 qPrintable(openedPlain.join(u' ')));

        // With the caches the first scan filled: no file of the tree is opened, not even the
        // ignore file (the walk cache vouches for the folders' listings by their stat).
        std::optional<Result<importer::Outcome>> again;
        const QStringList opened = filesOpenedDuring(root, [&] { again = importer::importOnTop(root, s.baseline, cached()); });
        QVERIFY(*again);
        QVERIFY((*again)->unchanged);
        QCOMPARE((*again)->filesRead, 0);
        QCOMPARE((*again)->filesFromCache, Files);
        QCOMPARE(opened, QStringList{});
        QCOMPARE((*again)->inputs, s.baseline.inputs);
    }

    void newRemovedAndRenamedFilesAreSeenWithBothCaches()
    {
        const QString root = tree("entries");
        Scanned s = firstScan(m_dir.filePath(QStringLiteral("entries.twdb")), root, cached());
        QVERIFY(s.project);
        // Both caches trusted: the tree is older than the racy window of the first scan.
        auto same = importer::importOnTop(root, s.baseline, cached());
        QVERIFY(same);
        QVERIFY(same->unchanged);
        QCOMPARE(same->filesRead, 0);
        // Folder listings change; no file's content does.
        write(root, QStringLiteral("worker/extra.py"), "print(2)\n");
        QVERIFY(QFile::remove(root + QStringLiteral("/docs/readme.md")));
        QVERIFY(QFile::rename(root + QStringLiteral("/api/src/server.js"), root + QStringLiteral("/api/src/app.js")));
        write(root, QStringLiteral("api/notes.log"), "ignored\n");
        auto again = importer::importOnTop(root, s.baseline, cached());
        auto plain = importer::importOnTop(root, s.baseline);
        QVERIFY(again);
        QVERIFY(plain);
        QVERIFY(!again->unchanged);
        QStringList added = again->added, deleted = again->deleted;
        added.sort();
        deleted.sort();
        QCOMPARE(added, (QStringList{QStringLiteral("api/src/app.js"), QStringLiteral("worker/extra.py")}));
        QCOMPARE(deleted, (QStringList{QStringLiteral("api/src/server.js"), QStringLiteral("docs/readme.md")}));
        QCOMPARE(again->inputs, plain->inputs);
        QCOMPARE(again->added, plain->added);
        QCOMPARE(again->deleted, plain->deleted);
    }

    void sameSizeSameSecondLaterNanosecondsIsSeen()
    {
        const QString root = tree("nanoseconds");
        Scanned s = firstScan(m_dir.filePath(QStringLiteral("nanoseconds.twdb")), root, cached());
        QVERIFY(s.project);
        const QString file = root + QStringLiteral("/api/src/server.js");
        const QByteArray encoded = QFile::encodeName(file);
        struct stat before;
        QCOMPARE(::stat(encoded.constData(), &before), 0);
        // Same size, another route; the mtime put back to the same second, 1 ns later.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray content = f.readAll();
        const qsizetype at = content.indexOf("/orders/");
        QVERIFY(at > 0);
        content.replace(at, 8, "/basket/");
        QVERIFY(f.seek(0));
        QCOMPARE(f.write(content), qint64(content.size()));
        f.close();
        struct timespec times[2] = {before.st_atim, before.st_mtim};
        times[1].tv_nsec = before.st_mtim.tv_nsec < 999'999'999 ? before.st_mtim.tv_nsec + 1 : before.st_mtim.tv_nsec - 1;
        QCOMPARE(::utimensat(AT_FDCWD, encoded.constData(), times, 0), 0);
        struct stat after;
        QCOMPARE(::stat(encoded.constData(), &after), 0);
        QCOMPARE(after.st_size, before.st_size);
        QCOMPARE(after.st_mtim.tv_sec, before.st_mtim.tv_sec);
        QVERIFY(after.st_mtim.tv_nsec != before.st_mtim.tv_nsec);

        auto again = importer::importOnTop(root, s.baseline, cached());
        QVERIFY(again);
        QVERIFY(!again->unchanged);
        QCOMPARE(again->modified, QStringList{QStringLiteral("api/src/server.js")});
        QCOMPARE(again->filesFromCache, Files - 1);
        const auto hasRoute = [&](const char *path) {
            return std::any_of(again->model.entryPoints.cbegin(), again->model.entryPoints.cend(),
                               [&](const EntryPoint &e) { return e.id.contains(QLatin1StringView(path)); });
        };
        QVERIFY(hasRoute("/basket/{id}"));
        QVERIFY(!hasRoute("/orders/{id}"));

        // The stamp alone: one nanosecond of mtime apart is another stamp, whatever else matches.
        auto cache = repo::StatCache::open(m_cacheDir, QFileInfo(root).canonicalFilePath());
        QVERIFY(cache);
        const repo::StatCache::Entry *entry = cache->lookup(QStringLiteral("docs/readme.md"),
                                                            repo::stampOf(QFile::encodeName(root + QStringLiteral("/docs/readme.md")).constData()));
        QVERIFY(entry);
        repo::FileStamp later = entry->stamp;
        ++later.mtimeNs;
        QVERIFY(!cache->lookup(QStringLiteral("docs/readme.md"), later));
        repo::FileStamp otherInode = entry->stamp;
        ++otherInode.inode;
        QVERIFY(!cache->lookup(QStringLiteral("docs/readme.md"), otherInode));
    }

    void fileChangedWithinTheRacyWindowIsReadAgain()
    {
        const QString root = tree("racy");
        // Written just before the first scan: its entry is racy, so it is read again next time
        // although nothing changed; the scan after that records it with a later start.
        write(root, QStringLiteral("docs/fresh.md"), "# Written a moment ago\n");
        Scanned s = firstScan(m_dir.filePath(QStringLiteral("racy.twdb")), root, cached());
        QVERIFY(s.project);
        std::optional<Result<importer::Outcome>> again;
        const QStringList opened = filesOpenedDuring(root, [&] { again = importer::importOnTop(root, s.baseline, cached()); });
        QVERIFY(*again);
        QVERIFY((*again)->unchanged);
        QCOMPARE((*again)->filesRead, 1);
        QCOMPARE((*again)->filesFromCache, Files);
        QCOMPARE(opened, QStringList{QStringLiteral("docs/fresh.md")});

        // The second scan began right after the write too: still racy. One that begins later
        // records it for good.
        waitOutRacyWindow();
        auto third = importer::importOnTop(root, s.baseline, cached());
        QVERIFY(third);
        QCOMPARE(third->filesRead, 1);
        auto fourth = importer::importOnTop(root, s.baseline, cached());
        QVERIFY(fourth);
        QCOMPARE(fourth->filesRead, 0);
        QCOMPARE(fourth->filesFromCache, Files + 1);
    }

    void racyEntryIsNotTrustedEvenWhenItsStampMatches()
    {
        // What racy git guards against, made by hand: an entry whose stamp is the file's but
        // whose digest is what the file held before (as after a change within one timestamp
        // tick of the read). Recorded by a scan that began right after the change, it is racy:
        // the file is read, and the change is seen.
        const QString root = tree("forged");
        Scanned s = firstScan(m_dir.filePath(QStringLiteral("forged.twdb")), root, cached());
        QVERIFY(s.project);
        const QString relative = QStringLiteral("api/package.json");
        const InputDigest *old = nullptr;
        for (const InputDigest &in : std::as_const(s.baseline.inputs)) {
            if (in.path == relative)
                old = &in;
        }
        QVERIFY(old);
        write(root, relative, "{\n  \"name\": \"api\",\n  \"dependencies\": {\n    \"express\": \"4.19.3\"\n  }\n}\n");
        {
            auto cache = repo::StatCache::open(m_cacheDir, QFileInfo(root).canonicalFilePath());
            QVERIFY(cache);
            QVERIFY(cache->wasLoaded());
            const repo::FileStamp now = repo::stampOf(QFile::encodeName(root + QLatin1Char('/') + relative).constData());
            cache->record(relative, now, QByteArray::fromHex(old->digest.mid(7).toLatin1()));
            QStringList present;
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                present.append(QDir(root).relativeFilePath(it.next()));
            cache->save(present);
        }
        auto again = importer::importOnTop(root, s.baseline, cached());
        QVERIFY(again);
        QCOMPARE(again->modified, QStringList{relative});
        const Component *api = nullptr;
        for (const Component &c : std::as_const(again->model.components)) {
            if (c.id == QLatin1StringView("svc:api"))
                api = &c;
        }
        QVERIFY(api);
        QVERIFY2(QJsonDocument(api->attributes.value(QStringLiteral("dependencies")).toArray()).toJson().contains("4.19.3"),
                 QJsonDocument(api->attributes).toJson().constData());
    }

    void damagedCacheIsIgnored_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("garbage") << "garbage";
        QTest::newRow("truncated") << "truncated";
        QTest::newRow("another program's database") << "foreign";
        QTest::newRow("another folder's cache") << "root";
        QTest::newRow("a value changed behind its check") << "row";
        QTest::newRow("a newer format") << "format";
    }

    void damagedCacheIsIgnored()
    {
        QFETCH(QString, damage);
        const QString root = tree("damaged");
        const QString projectFile = m_dir.filePath(QStringLiteral("damaged-%1.twdb").arg(QString::number(qHash(damage))));
        // A cache folder of its own per row, filled by a first scan.
        importer::Options options;
        options.statCacheDir = m_dir.filePath(QStringLiteral("cache-") + QString::number(qHash(damage)));
        Scanned s = firstScan(projectFile, root, options);
        QVERIFY(s.project);
        const QString file = repo::StatCache::fileFor(options.statCacheDir, QFileInfo(root).canonicalFilePath());
        QVERIFY(QFileInfo::exists(file));
        {
            auto check = importer::importOnTop(root, s.baseline, options);
            QVERIFY(check);
            QCOMPARE(check->filesRead, 0); // intact, it is used
        }

        auto sql = [&](const char *statement) {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(file).constData(), &db), SQLITE_OK);
            QCOMPARE(sqlite3_exec(db, statement, nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);
        };
        if (damage == QLatin1StringView("garbage")) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QByteArray(5000, 'x'));
        } else if (damage == QLatin1StringView("truncated")) {
            QFile f(file);
            QVERIFY(f.resize(f.size() / 2));
        } else if (damage == QLatin1StringView("foreign")) {
            QFile::remove(file);
            sql("CREATE TABLE files (path TEXT, size INTEGER); INSERT INTO files VALUES ('compose.yaml', 1);");
        } else if (damage == QLatin1StringView("root")) {
            sql("UPDATE meta SET value = '/somewhere/else' WHERE key = 'root'");
        } else if (damage == QLatin1StringView("row")) {
            sql("UPDATE files SET mtime = mtime + 1 WHERE path = 'compose.yaml'");
        } else if (damage == QLatin1StringView("format")) {
            sql("PRAGMA user_version = 99");
        }

        // Thrown away: every file is read, the result is right, nothing is reported.
        auto again = importer::importOnTop(root, s.baseline, options);
        QVERIFY2(again, again ? "" : qPrintable(again.errorString()));
        QVERIFY(again->unchanged);
        QCOMPARE(again->filesRead, Files);
        QCOMPARE(again->filesFromCache, 0);
        QCOMPARE(again->inputs, s.baseline.inputs);
        // … and built afresh by that scan: the next one reads nothing.
        auto third = importer::importOnTop(root, s.baseline, options);
        QVERIFY(third);
        QCOMPARE(third->filesRead, 0);
        QCOMPARE(third->filesFromCache, Files);
    }

    void sameModelWithAndWithoutTheCache()
    {
        const QString root = tree("same");
        Scanned s = firstScan(m_dir.filePath(QStringLiteral("same.twdb")), root, cached());
        QVERIFY(s.project);
        // A file changed, one added, one deleted, one binary file turned into text.
        write(root, QStringLiteral("api/src/server.js"),
              "const express = require('express');\nconst app = express();\napp.post('/payments', (req, res) => res.json({}));\n");
        write(root, QStringLiteral("worker/queue.py"), "import pika\n");
        QVERIFY(QFile::remove(root + QStringLiteral("/docs/readme.md")));
        write(root, QStringLiteral("docs/logo.png"), "not an image any more\n");

        auto with = importer::importOnTop(root, s.baseline, cached());
        auto without = importer::importOnTop(root, s.baseline);
        auto full = importer::importPaths({root});
        QVERIFY(with && without && full);
        QVERIFY(with->filesFromCache > 0);
        QCOMPARE(without->filesFromCache, 0);
        QCOMPARE(with->added, without->added);
        QCOMPARE(with->modified, without->modified);
        QCOMPARE(with->deleted, without->deleted);
        QCOMPARE(with->added, (QStringList{QStringLiteral("docs/logo.png"), QStringLiteral("worker/queue.py")}));
        QCOMPARE(with->deleted, QStringList{QStringLiteral("docs/readme.md")});
        QCOMPARE(with->inputs, without->inputs);
        QCOMPARE(with->inputs, full->inputs);
        QVERIFY(canonical(with->model) == canonical(without->model));
        QVERIFY(canonical(with->model) == canonical(full->model));
    }

    void stampsAreStoredAndLoadedExactly()
    {
        const QString root = QFileInfo(tree("stamps")).canonicalFilePath();
        const QString file = root + QStringLiteral("/compose.yaml");
        const repo::FileStamp stamp = repo::stampOf(QFile::encodeName(file).constData());
        QVERIFY(stamp.isValid());
        QCOMPARE(stamp.size, QFileInfo(file).size());
        const QString dir = m_dir.filePath(QStringLiteral("stamps-cache"));
        const QByteArray digest(32, '\x5a');
        write(root, QStringLiteral("fresh.txt"), "just written\n");
        const repo::FileStamp fresh = repo::stampOf(QFile::encodeName(root + QStringLiteral("/fresh.txt")).constData());
        {
            auto cache = repo::StatCache::open(dir, root);
            QVERIFY(cache);
            QVERIFY(!cache->wasLoaded());
            cache->record(QStringLiteral("compose.yaml"), stamp, digest);
            cache->record(QStringLiteral("docs/logo.png"), repo::stampOf(QFile::encodeName(root + QStringLiteral("/docs/logo.png")).constData()), {});
            cache->record(QStringLiteral("fresh.txt"), fresh, digest);
            cache->save({QStringLiteral("compose.yaml"), QStringLiteral("docs/logo.png"), QStringLiteral("fresh.txt")});
        }
        {
            auto cache = repo::StatCache::open(dir, root);
            QVERIFY(cache && cache->wasLoaded());
            QCOMPARE(cache->size(), qsizetype(3));
            // Written long before the scan that recorded it: trusted, exactly as stored.
            const repo::StatCache::Entry *entry = cache->lookup(QStringLiteral("compose.yaml"), stamp);
            QVERIFY(entry);
            QVERIFY(entry->stamp == stamp);
            QCOMPARE(entry->digest, digest);
            const repo::StatCache::Entry *binary = cache->lookup(
                QStringLiteral("docs/logo.png"), repo::stampOf(QFile::encodeName(root + QStringLiteral("/docs/logo.png")).constData()));
            QVERIFY(binary);
            QVERIFY(binary->digest.isEmpty());
            // Written just before: racy, so present but not trusted.
            QVERIFY(cache->contains(QStringLiteral("fresh.txt")));
            QVERIFY(!cache->lookup(QStringLiteral("fresh.txt"), fresh));
            // Files the walk no longer lists are forgotten.
            cache->save({QStringLiteral("compose.yaml")});
        }
        auto cache = repo::StatCache::open(dir, root);
        QVERIFY(cache && cache->wasLoaded());
        QCOMPARE(cache->size(), qsizetype(1));
        // Another folder's cache is another file.
        QVERIFY(repo::StatCache::fileFor(dir, root) != repo::StatCache::fileFor(dir, root + QStringLiteral("/api")));
        // Nowhere to keep it: no cache, and the scan goes on without one.
        QVERIFY(!repo::StatCache::open(QStringLiteral("/proc/no-such-folder/cache"), root));
        importer::Options nowhere;
        nowhere.statCacheDir = QStringLiteral("/proc/no-such-folder/cache");
        auto scan = importer::importPaths({root}, nowhere);
        QVERIFY(scan);
        QCOMPARE(scan->filesRead, Files + 1); // and fresh.txt
    }
};

QTEST_GUILESS_MAIN(TestStatCache)
#include "tst_statcache.moc"
