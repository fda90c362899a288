// SPDX-License-Identifier: GPL-3.0-or-later
// Editing an imported input in the Source panel: F2, typing, Ctrl+S with real key presses; the
// file written safely, refused when it changed on disk, re-imported as a new version; unsaved
// edits never lost to a selection; files that are not imported inputs never editable.

#include "mainwindow.h"
#include "source/sourcepanel.h"
#include "statusbadge.h"
#include "support/windowdriver.h"
#include "versiontablemodel.h"

#include "store/project.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <Qsci/qsciscintilla.h>

#include <functional>

using namespace tw;
using tw::ui::MainWindow;

namespace {

constexpr int Timeout = tw::test::ReadyTimeout;
const QString MainTf = QStringLiteral("infra/main.tf");
const QString Spec = QStringLiteral("api/openapi.yaml");

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

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/** Answers the next modal message box with `button`, recording its text. */
class MessageBoxDriver : public QObject
{
public:
    explicit MessageBoxDriver(QMessageBox::StandardButton button)
        : m_button(button)
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || seen || !box->isVisible())
                return;
            seen = true;
            objectName = box->objectName();
            text = box->text();
            QTest::mouseClick(box->button(m_button), Qt::LeftButton);
        });
        m_timer.start(10);
    }
    bool seen = false;
    QString objectName;
    QString text;

private:
    QTimer m_timer;
    QMessageBox::StandardButton m_button;
};

} // namespace

class TestSourceEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editSaveReimports();
    void refusesWhenChangedOnDisk();
    void unsavedEditsAreNotLost();
    void onlyImportedInputsAreEditable();
    void screenshot();

private:
    /** A new project with the demo copy imported in the window, shown and active. */
    bool openImported(MainWindow &window);
    /** Shows `file` at line 1, then enters edit mode with F2 and types `text` at its end. */
    bool editWithKeys(MainWindow &window, const QString &file, const QString &text);

    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    QString m_inputs;
    QString m_project;
};

void TestSourceEdit::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_sourceedit"));
    QApplication::setQuitOnLastWindowClosed(false);
}

void TestSourceEdit::init()
{
    QSettings().clear();
    const QString tag = QString::number(QDateTime::currentMSecsSinceEpoch());
    m_inputs = m_dir.filePath(QStringLiteral("shop-") + tag);
    QVERIFY(copyTree(QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop"), m_inputs));
    m_project = m_dir.filePath(QStringLiteral("edit-%1.twdb").arg(tag));
    QVERIFY(Project::create(m_project, QStringLiteral("Shop"), QStringLiteral("alice")));
}

void TestSourceEdit::cleanup()
{
    // Nothing may be left to ask about when a window closes at the end of a test.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(w))
            window->sourcePanel()->discard();
    }
}

bool TestSourceEdit::openImported(MainWindow &window)
{
    if (!test::showWindow(window) || !test::openAndWait(window, m_project))
        return false;
    QSignalSpy finished(&window, &MainWindow::importFinished);
    if (!window.importPaths({m_inputs}) || !QTest::qWaitFor([&] { return finished.count() > 0; }, Timeout))
        return false;
    return test::waitUntilIdle(window, Timeout) && finished.first().at(0).toLongLong() == 1;
}

bool TestSourceEdit::editWithKeys(MainWindow &window, const QString &file, const QString &text)
{
    ui::SourcePanel *panel = window.sourcePanel();
    // Shortcuts reach the active window only (a message box may just have closed).
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window) || !window.showSource(SourceRef{{}, file, 1, 1}))
        return false;
    QsciScintilla *editor = panel->editor();
    if (!editor->isReadOnly() || panel->isEditing())
        return false;
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_F2);
    if (!panel->isEditing() || editor->isReadOnly())
        return false;
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, lines.at(i));
    }
    return panel->isModified();
}

void TestSourceEdit::editSaveReimports()
{
    MainWindow window;
    QVERIFY(openImported(window));
    ui::SourcePanel *panel = window.sourcePanel();
    const QString file = QDir(m_inputs).filePath(MainTf);
    const QByteArray before = readAll(file);
    const QString added = QStringLiteral("\nresource \"aws_s3_bucket\" \"edited\" {\n  bucket = \"edited-in-the-workbench\"\n}\n");
    QVERIFY(editWithKeys(window, MainTf, added));
    QCOMPARE(readAll(file), before); // nothing written before Ctrl+S
    QVERIFY(panel->saveAction()->isEnabled());

    QSignalSpy finished(&window, &MainWindow::importFinished);
    QTest::keyClick(panel->editor(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!panel->isEditing());
    QVERIFY(panel->editor()->isReadOnly());
    const QByteArray written = readAll(file);
    QVERIFY(written.contains("edited-in-the-workbench"));
    QVERIFY(written.startsWith(before));
    // No temporary file is left beside it.
    QCOMPARE(QDir(QFileInfo(file).absolutePath()).entryList(QDir::Files).size(), 2);
    QVERIFY(window.isImporting());
    auto *badge = panel->findChild<ui::StatusBadge *>(QStringLiteral("sourceBadge"));
    QVERIFY(badge->text().contains(QStringLiteral("Re-importing")));
    QVERIFY(QTest::qWaitFor([&] { return finished.count() > 0; }, Timeout));
    QCOMPARE(finished.first().at(0).toLongLong(), 2);
    QVERIFY(test::waitUntilIdle(window, Timeout));
    QCOMPARE(window.versionModel()->rowCount(), 2);
    QVERIFY(!panel->changedSinceImport()); // the new version recorded the file as saved
    QVERIFY(!badge->text().contains(QStringLiteral("Re-importing")));

    auto project = Project::open(m_project, Project::OpenMode::ReadOnly);
    QVERIFY(project);
    auto version = (*project)->version(2);
    QVERIFY(version);
    QVERIFY2(version->message.contains(QStringLiteral("Edited")) && version->message.contains(QStringLiteral("main.tf")),
             qPrintable(version->message));
    const QString digest = QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(written, QCryptographicHash::Sha256).toHex());
    bool recorded = false;
    for (const InputDigest &input : version->inputs)
        recorded |= input.path == MainTf && input.digest == digest;
    QVERIFY(recorded);
    auto model = (*project)->loadModel(2);
    QVERIFY(model);
    bool found = false;
    for (const Component &c : model->components)
        found |= c.id.contains(QStringLiteral("aws_s3_bucket.edited"));
    QVERIFY2(found, "the bucket typed in the Source panel is a component of the new version");
    auto trail = (*project)->auditTrail(QStringLiteral("version:2"));
    QVERIFY(trail && !trail->isEmpty());
    QCOMPARE(trail->first().action, QStringLiteral("version.create"));
    auto verified = (*project)->verifyAudit();
    QVERIFY(verified && verified->ok);
}

void TestSourceEdit::refusesWhenChangedOnDisk()
{
    MainWindow window;
    QVERIFY(openImported(window));
    ui::SourcePanel *panel = window.sourcePanel();
    QVERIFY(editWithKeys(window, MainTf, QStringLiteral("# mine")));
    const QString file = QDir(m_inputs).filePath(MainTf);
    const QByteArray theirs = readAll(file) + "# someone else's change\n";
    QVERIFY(writeAll(file, theirs));
    QSignalSpy failed(panel, &ui::SourcePanel::saveFailed);
    QSignalSpy finished(&window, &MainWindow::importFinished);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Cannot save the source file: .*changed on disk")));
    QTest::keyClick(panel->editor(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("nothing was written")));
    QCOMPARE(readAll(file), theirs);
    QVERIFY(panel->isEditing()); // the edits are still there to copy
    QVERIFY(panel->editor()->text().contains(QStringLiteral("# mine")));
    QVERIFY(!window.isImporting());
    QCOMPARE(finished.count(), 0);
}

void TestSourceEdit::unsavedEditsAreNotLost()
{
    MainWindow window;
    QVERIFY(openImported(window));
    ui::SourcePanel *panel = window.sourcePanel();
    const QString file = QDir(m_inputs).filePath(MainTf);
    const QByteArray before = readAll(file);
    QVERIFY(editWithKeys(window, MainTf, QStringLiteral("# unsaved")));
    {
        // Another file is asked for: cancel keeps the edits on screen.
        MessageBoxDriver driver(QMessageBox::Cancel);
        QVERIFY(!window.showSource(SourceRef{{}, Spec, 3, 1}));
        QVERIFY(driver.seen);
        QCOMPARE(driver.objectName, QStringLiteral("sourceUnsavedBox"));
        QVERIFY(driver.text.contains(QStringLiteral("main.tf")));
    }
    QCOMPARE(panel->currentSource().file, MainTf);
    QVERIFY(panel->isModified());
    QVERIFY(panel->editor()->text().contains(QStringLiteral("# unsaved")));
    // The same file at another line keeps the edits without asking.
    QVERIFY(window.showSource(SourceRef{{}, MainTf, 2, 1}));
    QVERIFY(panel->isModified());
    {
        MessageBoxDriver driver(QMessageBox::Discard);
        QVERIFY(window.showSource(SourceRef{{}, Spec, 3, 1}));
        QVERIFY(driver.seen);
    }
    QCOMPARE(panel->currentSource().file, Spec);
    QVERIFY(!panel->isEditing());
    QCOMPARE(readAll(file), before);
    // Save from the question writes and re-imports.
    QVERIFY(editWithKeys(window, Spec, QStringLiteral("# saved on the way out")));
    QSignalSpy finished(&window, &MainWindow::importFinished);
    {
        MessageBoxDriver driver(QMessageBox::Save);
        QVERIFY(window.showSource(SourceRef{{}, MainTf, 1, 1}));
        QVERIFY(driver.seen);
    }
    QVERIFY(readAll(QDir(m_inputs).filePath(Spec)).contains("# saved on the way out"));
    QVERIFY(QTest::qWaitFor([&] { return finished.count() > 0; }, Timeout));
    QCOMPARE(finished.first().at(0).toLongLong(), 2);
}

void TestSourceEdit::onlyImportedInputsAreEditable()
{
    MainWindow window;
    QVERIFY(openImported(window));
    ui::SourcePanel *panel = window.sourcePanel();
    // A file in the source folder that the version was not built from.
    const QString stray = QDir(m_inputs).filePath(QStringLiteral("infra/notes.tf"));
    QVERIFY(writeAll(stray, "# not imported\n"));
    for (const QString &file : {QStringLiteral("infra/notes.tf"), QStringLiteral("README.md")}) {
        QVERIFY(window.showSource(SourceRef{{}, file, 1, 1}));
        QVERIFY2(!panel->canEdit(), qPrintable(file));
        QVERIFY(!panel->editAction()->isEnabled());
        panel->editor()->setFocus();
        QTest::keyClick(panel->editor(), Qt::Key_F2);
        QVERIFY(!panel->isEditing());
        QVERIFY(panel->editor()->isReadOnly());
        QTest::keyClicks(panel->editor(), QStringLiteral("typed"));
        QVERIFY(!panel->editor()->text().contains(QStringLiteral("typed")));
        QVERIFY(!panel->setEditing(true));
    }
    QCOMPARE(readAll(stray), QByteArray("# not imported\n"));
    // An input of an editable kind is, except while an import writes to the project.
    QVERIFY(window.showSource(SourceRef{{}, MainTf, 1, 1}));
    QVERIFY(panel->canEdit());
    QSignalSpy finished(&window, &MainWindow::importFinished);
    QVERIFY(window.importPaths({m_inputs}));
    QVERIFY(!panel->canEdit());
    QVERIFY(!panel->editAction()->isEnabled());
    QVERIFY(QTest::qWaitFor([&] { return finished.count() > 0; }, Timeout));
    QVERIFY(panel->canEdit());
}

void TestSourceEdit::screenshot()
{
    MainWindow window;
    QVERIFY(openImported(window));
    QVERIFY(editWithKeys(window, MainTf, QStringLiteral("# reviewed: no public ACLs")));
    window.sourceDock()->raise();
    QVERIFY(!test::saveScreenshot(&window, QStringLiteral("source-edit.png")).isEmpty());
    QVERIFY(!test::saveScreenshot(window.sourceDock(), QStringLiteral("source-edit-panel.png")).isEmpty());
    window.sourcePanel()->discard();
}

QTEST_MAIN(TestSourceEdit)
#include "tst_sourceedit.moc"
