// SPDX-License-Identifier: GPL-3.0-or-later
// Importing from the workbench (File ▸ Import, drag and drop) and live mode: the real importer
// and rules on a copy of the bundled demo, in the background, with the project file checked
// afterwards.

#include "livewatcher.h"
#include "mainwindow.h"
#include "support/windowdriver.h"
#include "source/sourcepanel.h"
#include "triage/threattablemodel.h"
#include "triage/triagecontroller.h"
#include "versiontablemodel.h"

#include "store/project.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tw;
using tw::ui::MainWindow;

namespace {

constexpr int Timeout = tw::test::ReadyTimeout;

/** Copies a folder tree (the demo inputs) so a test may edit it. */
bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(file));
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return false;
        QFile::setPermissions(target, QFile::permissions(target) | QFileDevice::WriteOwner);
    }
    return true;
}

/** Waits for the window to finish an import and show its version. */
qint64 waitForImport(MainWindow &window, QSignalSpy &finished)
{
    if (!QTest::qWaitFor([&] { return finished.count() > 0; }, Timeout))
        return -1;
    const qint64 version = finished.takeFirst().at(0).toLongLong();
    if (!test::waitUntilIdle(window))
        return -1;
    return version;
}

} // namespace

class TestLiveMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void importFromTheWorkbench();
    void dropImportsAndKeepsDecisions();
    void liveModeReimportsAChange();
    void watcherDebounces();

private:
    QString newProject(const QString &name);

    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    QString m_inputs; ///< a copy of resources/demo/shop
};

void TestLiveMode::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_livemode"));
    QApplication::setQuitOnLastWindowClosed(false);
}

void TestLiveMode::init()
{
    QSettings().clear();
    m_inputs = m_dir.filePath(QStringLiteral("shop-%1").arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(copyTree(QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop"), m_inputs));
}

QString TestLiveMode::newProject(const QString &name)
{
    const QString path = m_dir.filePath(name);
    auto project = Project::create(path, QStringLiteral("Shop"), QStringLiteral("alice"));
    return project ? path : QString();
}

void TestLiveMode::importFromTheWorkbench()
{
    const QString file = newProject(QStringLiteral("import.twdb"));
    QVERIFY(!file.isEmpty());
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(window.openProject(file));
    QCOMPARE(window.threatModel()->rowCount(), 0);
    QSignalSpy finished(&window, &MainWindow::importFinished);
    QVERIFY(window.importPaths({m_inputs}));
    QVERIFY(window.isImporting());
    // Decisions wait while the import writes.
    QVERIFY(!window.triageController()->action(ui::TriageController::Command::Validate)->isEnabled());
    QVERIFY(!window.importPaths({m_inputs})); // one at a time
    const qint64 version = waitForImport(window, finished);
    QCOMPARE(version, 1);
    QVERIFY(!window.isImporting());
    QVERIFY(window.triageController()->action(ui::TriageController::Command::Validate)->isEnabled());
    QVERIFY(window.threatModel()->rowCount() > 20);
    QCOMPARE(window.versionModel()->rowCount(), 1);
    QVERIFY(window.versionModel()->version(0).message.contains(QStringLiteral("Imported in the workbench")));

    // The imported folder is the project's source folder now: evidence opens without asking.
    const Threat &first = window.threatModel()->threat(0);
    QVERIFY(!first.sources.isEmpty());
    QVERIFY(window.showSource(first.sources.constFirst()));
    QCOMPARE(window.sourcePanel()->markedLine(), first.sources.constFirst().line);
    QVERIFY(window.sourcePanel()->currentPath().startsWith(m_inputs));

    auto project = Project::open(file, Project::OpenMode::ReadOnly);
    QVERIFY(project);
    auto versions = (*project)->versions();
    QVERIFY(versions && versions->size() == 1);
    // The four artifacts, plus the README (a text input, digested for the next re-scan) and the
    // importer's own marker input.
    qsizetype artifacts = 0;
    for (const InputDigest &input : versions->first().inputs)
        artifacts += input.kind != QLatin1StringView("text") && input.kind != QLatin1StringView("importer");
    QCOMPARE(artifacts, 4);
    auto verified = (*project)->verifyAudit();
    QVERIFY(verified && verified->ok);
}

void TestLiveMode::dropImportsAndKeepsDecisions()
{
    const QString file = newProject(QStringLiteral("drop.twdb"));
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(file));
    QSignalSpy finished(&window, &MainWindow::importFinished);
    const auto drop = [&](const QStringList &paths) {
        auto *mime = new QMimeData;
        QList<QUrl> urls;
        for (const QString &path : paths)
            urls.append(QUrl::fromLocalFile(path));
        mime->setUrls(urls);
        const QPoint at = window.rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        const bool accepted = enter.isAccepted();
        QDropEvent dropped(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &dropped);
        delete mime;
        return accepted;
    };
    // A spec and a Terraform folder dropped together.
    QVERIFY(drop({QDir(m_inputs).filePath(QStringLiteral("api/openapi.yaml")), QDir(m_inputs).filePath(QStringLiteral("infra"))}));
    QCOMPARE(waitForImport(window, finished), 1);
    const int threats = window.threatModel()->rowCount();
    QVERIFY(threats > 10);
    const QString fingerprint = window.threatModel()->threat(0).fingerprint;
    QVERIFY(window.triageController()->apply({fingerprint}, TriageAction::Dismiss, QStringLiteral("Covered by the WAF")));

    // The same inputs again: a second version, and the decision carried over by fingerprint.
    QVERIFY(drop({QDir(m_inputs).filePath(QStringLiteral("api/openapi.yaml")), QDir(m_inputs).filePath(QStringLiteral("infra"))}));
    QCOMPARE(waitForImport(window, finished), 2);
    QCOMPARE(window.threatModel()->rowCount(), threats);
    const int row = window.threatModel()->rowOf(fingerprint);
    QVERIFY(row >= 0);
    QCOMPARE(window.threatModel()->threat(row).status, ThreatStatus::Dismissed);
    QCOMPARE(window.threatModel()->threat(row).justification, QStringLiteral("Covered by the WAF"));
    QVERIFY(!window.threatModel()->threat(row).isNew);
}

void TestLiveMode::liveModeReimportsAChange()
{
    const QString file = newProject(QStringLiteral("live.twdb"));
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(window.openProject(file));
    QSignalSpy finished(&window, &MainWindow::importFinished);
    QVERIFY(window.importPaths({m_inputs}));
    QCOMPARE(waitForImport(window, finished), 1);

    window.setLiveMode(true);
    QVERIFY(window.isLiveMode());
    QCOMPARE(window.liveWatcher()->watchedFiles().size(), 5); // the version's four artifacts and the README
    window.liveWatcher()->setDebounce(200);

    // Someone adds a privileged debug container to the compose file.
    const QString compose = QDir(m_inputs).filePath(QStringLiteral("docker-compose.yml"));
    QFile in(compose);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray text = in.readAll();
    in.close();
    text.replace("services:\n", "services:\n  debug-shell:\n    image: busybox:1.36\n    privileged: true\n    networks: [backend]\n\n");
    QFile out(compose);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(text);
    out.close();

    QCOMPARE(waitForImport(window, finished), 2);
    QCOMPARE(window.versionModel()->rowCount(), 2);
    bool sawMessage = false;
    for (const VersionInfo &v : window.versionModel()->versions())
        sawMessage |= v.id == 2 && v.message.contains(QStringLiteral("docker-compose.yml"));
    QVERIFY(sawMessage);
    // The new threat is there, marked new; the rest are not.
    int fresh = 0;
    bool privileged = false;
    for (const Threat &t : window.threatModel()->threats()) {
        fresh += t.isNew ? 1 : 0;
        privileged |= t.isNew && t.title.contains(QStringLiteral("debug-shell")) && t.title.contains(QStringLiteral("privileged"));
    }
    QVERIFY(privileged);
    QVERIFY(fresh < window.threatModel()->rowCount() / 2);
    // Still watching, the new version's inputs.
    QVERIFY(window.isLiveMode());
    QCOMPARE(window.liveWatcher()->watchedFiles().size(), 5);
    window.setLiveMode(false);
    QVERIFY(window.liveWatcher()->watchedFiles().isEmpty());
}

void TestLiveMode::watcherDebounces()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString a = dir.filePath(QStringLiteral("a.yaml"));
    const QString b = dir.filePath(QStringLiteral("b.yaml"));
    for (const QString &path : {a, b}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x: 1\n");
    }
    ui::LiveWatcher watcher;
    watcher.setDebounce(300);
    watcher.watch({a, b}, {dir.path()});
    QSignalSpy changed(&watcher, &ui::LiveWatcher::changed);
    // A burst: two files written, one replaced by rename (as editors save).
    for (int i = 0; i < 3; ++i) {
        QFile f(a);
        QVERIFY(f.open(QIODevice::Append));
        f.write("y: 2\n");
        f.close();
        QTest::qWait(30);
    }
    const QString temp = dir.filePath(QStringLiteral("b.yaml.tmp"));
    {
        QFile f(temp);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x: 2\n");
    }
    QVERIFY(QFile::remove(b));
    QVERIFY(QFile::rename(temp, b));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
    const QStringList paths = changed.at(0).at(0).toStringList();
    QVERIFY2(paths.contains(a), qPrintable(paths.join(QLatin1Char(' '))));
    QTest::qWait(500);
    QCOMPARE(changed.count(), 1); // one report for the burst
    // The renamed file is watched again.
    QTRY_VERIFY(watcher.watchedFiles().contains(b));
    {
        QFile f(b);
        QVERIFY(f.open(QIODevice::Append));
        f.write("z: 3\n");
    }
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 5000);
}

QTEST_MAIN(TestLiveMode)
#include "tst_livemode.moc"
