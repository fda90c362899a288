// SPDX-License-Identifier: GPL-3.0-or-later
// Importing never opens a network connection (issue 11): the real CLI runs the import, scan and
// report paths on the corpus with a preloaded library that records and refuses every IP socket.
// A control run proves the library catches one when a program does open a connection.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kCli = QStringLiteral(TW_CLI_PATH);
const QString kCorpus = QStringLiteral(TW_CORPUS_DIR);
} // namespace

class TestNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void controlRunIsCaught();
    void importsOpenNoConnection_data();
    void importsOpenNoConnection();

private:
    QProcessEnvironment guarded() const;
    QString log() const;
    QTemporaryDir m_dir;
};

void TestNetwork::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(TW_NONET_PATH)));
}

QProcessEnvironment TestNetwork::guarded() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(TW_NONET_PATH));
    env.insert(QStringLiteral("TW_NONET_LOG"), m_dir.filePath(QStringLiteral("network.log")));
    return env;
}

QString TestNetwork::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("network.log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestNetwork::controlRunIsCaught()
{
    QFile::remove(m_dir.filePath(QStringLiteral("network.log")));
    QProcess bash;
    bash.setProcessEnvironment(guarded());
    bash.start(QStringLiteral("bash"), {QStringLiteral("-c"), QStringLiteral("exec 3<>/dev/tcp/127.0.0.1/9 || true")});
    QVERIFY(bash.waitForFinished(30000));
    QVERIFY2(log().contains(QStringLiteral("socket")), "the guard did not see a connection attempt");
}

void TestNetwork::importsOpenNoConnection_data()
{
    QTest::addColumn<QStringList>("paths");
    QTest::newRow("demo") << QStringList{QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop")};
    QTest::newRow("crAPI repository") << QStringList{kCorpus + QStringLiteral("/OWASP-crAPI")};
    QTest::newRow("terragoat") << QStringList{kCorpus + QStringLiteral("/bridgecrewio-terragoat")};
    QTest::newRow("sock shop") << QStringList{kCorpus + QStringLiteral("/microservices-demo-sock-shop")};
    QTest::newRow("multi-file OpenAPI with remote-looking refs") << QStringList{kCorpus + QStringLiteral("/OAI-OpenAPI-Specification")};
}

void TestNetwork::importsOpenNoConnection()
{
    QFETCH(QStringList, paths);
    for (const QString &p : paths) {
        if (!QFileInfo::exists(p))
            QSKIP("the corpus is not beside this checkout");
    }
    QFile::remove(m_dir.filePath(QStringLiteral("network.log")));
    const QString project = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))
                                           + QStringLiteral(".twdb"));
    QFile::remove(project);
    const QList<QStringList> runs = {
        QStringList{QStringLiteral("init"), project, QStringLiteral("--name"), QStringLiteral("net")},
        QStringList{QStringLiteral("import"), project} + paths,
        QStringList{QStringLiteral("scan"), paths.first(), QStringLiteral("--project"), project, QStringLiteral("--sarif"),
                    m_dir.filePath(QStringLiteral("s.sarif")), QStringLiteral("--markdown"), m_dir.filePath(QStringLiteral("s.md"))},
        QStringList{QStringLiteral("report"), project, QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"),
                    m_dir.filePath(QStringLiteral("r.html"))},
        QStringList{QStringLiteral("report"), project, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"),
                    m_dir.filePath(QStringLiteral("r.pdf"))},
    };
    for (const QStringList &arguments : runs) {
        QProcess cli;
        cli.setProcessEnvironment(guarded());
        cli.start(kCli, arguments);
        QVERIFY(cli.waitForFinished(180000));
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() != 2,
                 qPrintable(arguments.first() + QStringLiteral(": ") + QString::fromUtf8(cli.readAllStandardError())));
    }
    QVERIFY2(log().isEmpty(), qPrintable(log()));
}

QTEST_GUILESS_MAIN(TestNetwork)
#include "tst_network.moc"
