// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Export Report…: the dialog's choices, and the background export of the demo project
// (imported by the real CLI) into every format, with cancel leaving nothing behind.

#include "export/reportexport.h"
#include "mainwindow.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace tw;
using tw::ui::ExportDialog;
using tw::ui::ExportOptions;
using tw::ui::MainWindow;
using tw::ui::ReportExporter;

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dialogOptions();
    void exportsEveryFormat_data();
    void exportsEveryFormat();
    void cancelWritesNothing();
    void failureIsReported();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void TestExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("shop.twdb"));
    for (const QStringList &args : {QStringList{QStringLiteral("init"), m_project, QStringLiteral("--name"), QStringLiteral("Harbor Shop")},
                                    QStringList{QStringLiteral("import"), m_project, QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop")},
                                    QStringList{QStringLiteral("import"), m_project, QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop")}}) {
        QProcess cli;
        cli.start(QStringLiteral(TW_CLI_PATH), args);
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    }
}

void TestExport::dialogOptions()
{
    auto project = Project::open(m_project, Project::OpenMode::ReadOnly);
    QVERIFY(project);
    auto versions = (*project)->versions();
    QVERIFY(versions && versions->size() == 2);
    ExportDialog dialog(m_project, *versions, 2);
    QCOMPARE(dialog.options().format, QStringLiteral("html"));
    QCOMPARE(dialog.options().version, 2);
    QVERIFY(!dialog.options().against);
    QCOMPARE(dialog.options().target, m_dir.filePath(QStringLiteral("shop.html")));

    // The suggested name follows the format; a name the user typed stays.
    dialog.formatChoice()->setCurrentIndex(dialog.formatChoice()->findData(QStringLiteral("pdf")));
    QCOMPARE(dialog.options().target, m_dir.filePath(QStringLiteral("shop.pdf")));
    dialog.againstChoice()->setCurrentIndex(dialog.againstChoice()->findData(qint64(1)));
    QCOMPARE(dialog.options().against, std::optional<qint64>(1));
    dialog.targetField()->setText(m_dir.filePath(QStringLiteral("for-the-auditor.pdf")));
    dialog.formatChoice()->setCurrentIndex(dialog.formatChoice()->findData(QStringLiteral("sarif")));
    QCOMPARE(dialog.options().target, m_dir.filePath(QStringLiteral("for-the-auditor.pdf")));

    const QString shots = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QVERIFY(QDir().mkpath(shots));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(shots + QStringLiteral("/export-dialog.png"), "PNG"));
}

void TestExport::exportsEveryFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("html") << QStringLiteral("html") << QByteArray("Harbor Shop");
    QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF-");
    QTest::newRow("json") << QStringLiteral("json") << QByteArray("\"threats\"");
    QTest::newRow("sarif") << QStringLiteral("sarif") << QByteArray("\"2.1.0\"");
    QTest::newRow("md") << QStringLiteral("md") << QByteArray("Harbor Shop");
    QTest::newRow("csv") << QStringLiteral("csv") << QByteArray("fingerprint");
}

void TestExport::exportsEveryFormat()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, expected);
    MainWindow window;
    window.setHeadless(true);
    QVERIFY(window.openProject(m_project));
    ExportOptions options{m_project, format, 0, qint64(1), m_dir.filePath(QStringLiteral("report.") + format)};
    ReportExporter *exporter = window.exportReport(options);
    QSignalSpy finished(exporter, &ReportExporter::finished);
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().first().toString(), options.target);
    QFile file(options.target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.contains(expected), qPrintable(format));
}

void TestExport::cancelWritesNothing()
{
    // Both pool threads busy: the export is queued, so Cancel reaches it before it starts.
    QThreadPool *pool = QThreadPool::globalInstance();
    QSemaphore release;
    QSemaphore started;
    for (int i = 0; i < pool->maxThreadCount(); ++i) {
        pool->start([&] {
            started.release();
            release.acquire();
        });
    }
    started.acquire(pool->maxThreadCount());
    ReportExporter exporter;
    QSignalSpy cancelled(&exporter, &ReportExporter::cancelled);
    const QString target = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    exporter.start(ExportOptions{m_project, QStringLiteral("pdf"), 0, std::nullopt, target});
    exporter.cancel();
    release.release(pool->maxThreadCount());
    QVERIFY(cancelled.wait(60000));
    pool->waitForDone();
    QVERIFY(!QFile::exists(target));
}

void TestExport::failureIsReported()
{
    ReportExporter exporter;
    QSignalSpy failed(&exporter, &ReportExporter::failed);
    exporter.start(ExportOptions{m_project, QStringLiteral("html"), 0, std::nullopt, m_dir.filePath(QStringLiteral("no/such/folder/r.html"))});
    QVERIFY(failed.wait(60000));
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("r.html")), qPrintable(failed.first().first().toString()));
    QSignalSpy failedVersion(&exporter, &ReportExporter::failed);
    exporter.start(ExportOptions{m_project, QStringLiteral("html"), 42, std::nullopt, m_dir.filePath(QStringLiteral("v42.html"))});
    QVERIFY(failedVersion.wait(60000));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("v42.html"))));
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
