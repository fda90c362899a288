// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI contract of DESIGN.md, checked on the real binary: exit codes, --json shapes,
// required reasons, and the demo import the README's main command runs.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(TW_CLI_PATH), args);
    p.waitForFinished(120000);
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QString demoDir()
{
    return QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop");
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_project;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("shop.twdb"));
    }

    void helpAndVersion()
    {
        Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("threatwright-cli "));
        r = cli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char *command : {"init", "import", "inspect", "hcl2json", "versions", "threats", "triage", "audit"})
            QVERIFY2(r.out.contains(command), command);
        QCOMPARE(cli({}).code, 2);
        r = cli({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("unknown command"));
        QCOMPARE(cli({QStringLiteral("versions"), QStringLiteral("--no-such-option"), m_project}).code, 2);
        QCOMPARE(cli({QStringLiteral("triage"), QStringLiteral("--help")}).code, 0);
    }

    void importTheDemo()
    {
        Run r = cli({QStringLiteral("init"), m_project, QStringLiteral("--name"), QStringLiteral("Harbor Shop")});
        QCOMPARE(r.code, 0);
        QCOMPARE(cli({QStringLiteral("init"), m_project}).code, 2); // never overwrites
        r = cli({QStringLiteral("import"), m_project, demoDir(), QStringLiteral("--rev"), QStringLiteral("abc123"),
                  QStringLiteral("--message"), QStringLiteral("demo"), QStringLiteral("--actor"), QStringLiteral("ci")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("Version 1"));
        QVERIFY2(r.out.contains("15 entry points"), r.out.constData()); // 13 operations and 2 published ports

        r = cli({QStringLiteral("versions"), m_project, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray versions = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(versions.size(), 1);
        const QJsonObject v = versions.first().toObject();
        QCOMPARE(v.value(QStringLiteral("id")).toInt(), 1);
        QCOMPARE(v.value(QStringLiteral("gitRevision")).toString(), QStringLiteral("abc123"));
        QCOMPARE(v.value(QStringLiteral("author")).toString(), QStringLiteral("ci"));
        QStringList inputs;
        for (const QJsonValue &in : v.value(QStringLiteral("inputs")).toArray()) {
            inputs.append(in.toObject().value(QStringLiteral("path")).toString());
            QVERIFY(in.toObject().value(QStringLiteral("digest")).toString().startsWith(QStringLiteral("sha256:")));
        }
        QVERIFY2(inputs.contains(QStringLiteral("api/openapi.yaml")), qPrintable(inputs.join(QLatin1Char(','))));
        QVERIFY(inputs.contains(QStringLiteral("infra/main.tf")));
        QVERIFY(inputs.contains(QStringLiteral("docker-compose.yml")));

        r = cli({QStringLiteral("audit"), m_project, QStringLiteral("--verify")});
        QCOMPARE(r.code, 0);

        // The built-in rules ran: the demo's planted weaknesses are threats of version 1.
        r = cli({QStringLiteral("threats"), m_project, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray threats = QJsonDocument::fromJson(r.out).array();
        QVERIFY2(threats.size() >= 20, qPrintable(QString::number(threats.size())));
        QStringList titles;
        for (const QJsonValue &t : threats) {
            titles.append(t[QStringLiteral("title")].toString());
            QVERIFY(!t[QStringLiteral("fingerprint")].toString().isEmpty());
            QVERIFY(!t[QStringLiteral("factors")].toArray().isEmpty());
        }
        const QString all = titles.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("/admin/orders/export")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("isAdmin")));
        QVERIFY(all.contains(QStringLiteral("api_key")));
        QCOMPARE(cli({QStringLiteral("check"), m_project, QStringLiteral("--fail-on"), QStringLiteral("critical")}).code, 1);
    }

    void manualThreatAndTriage()
    {
        Run r = cli({QStringLiteral("threats"), m_project, QStringLiteral("add"), QStringLiteral("--title"),
                     QStringLiteral("Back office can export every order"), QStringLiteral("--target"),
                     QStringLiteral("api:harbor-shop-api"), QStringLiteral("--stride"), QStringLiteral("information-disclosure"),
                     QStringLiteral("--severity"), QStringLiteral("high"), QStringLiteral("--json"), QStringLiteral("--actor"),
                     QStringLiteral("alice")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject added = QJsonDocument::fromJson(r.out).object();
        const QString fp = added.value(QStringLiteral("fingerprint")).toString();
        QVERIFY(!fp.isEmpty());
        QCOMPARE(added.value(QStringLiteral("origin")).toString(), QStringLiteral("manual"));

        QCOMPARE(cli({QStringLiteral("threats"), m_project, QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("x"),
                      QStringLiteral("--target"), QStringLiteral("a"), QStringLiteral("--stride"), QStringLiteral("bogus")})
                     .code,
                 2);
        // Dismiss needs a reason.
        r = cli({QStringLiteral("triage"), m_project, fp.left(8), QStringLiteral("--dismiss")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--reason"));
        QCOMPARE(cli({QStringLiteral("triage"), m_project, fp.left(8), QStringLiteral("--validate"), QStringLiteral("--dismiss")}).code, 2);
        r = cli({QStringLiteral("triage"), m_project, fp.left(8), QStringLiteral("--dismiss"), QStringLiteral("--reason"),
                 QStringLiteral("export is audited separately"), QStringLiteral("--actor"), QStringLiteral("bob"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("status")).toString(), QStringLiteral("dismissed"));
        r = cli({QStringLiteral("triage"), m_project, fp, QStringLiteral("--priority"), QStringLiteral("1")});
        QCOMPARE(r.code, 0);
        QCOMPARE(cli({QStringLiteral("triage"), m_project, fp, QStringLiteral("--priority"), QStringLiteral("9")}).code, 2);
        QCOMPARE(cli({QStringLiteral("triage"), m_project, QStringLiteral("000000"), QStringLiteral("--validate")}).code, 2);

        r = cli({QStringLiteral("threats"), m_project, QStringLiteral("--status"), QStringLiteral("dismissed"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray dismissed = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(dismissed.size(), 1);
        QCOMPARE(dismissed.first().toObject().value(QStringLiteral("priorityOverride")).toInt(), 1);
        QCOMPARE(dismissed.first().toObject().value(QStringLiteral("justification")).toString(), QStringLiteral("export is audited separately"));

        r = cli({QStringLiteral("audit"), m_project, QStringLiteral("--json"), QStringLiteral("--subject"), QStringLiteral("threat:") + fp});
        QCOMPARE(r.code, 0);
        const QJsonArray history = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("threat.add"));
        QCOMPARE(history.at(1).toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("bob"));
        QCOMPARE(history.at(2).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("threat.priority"));
        QCOMPARE(cli({QStringLiteral("audit"), m_project, QStringLiteral("--verify")}).code, 0);
    }

    void inspectPrintsTheFragment()
    {
        Run r = cli({QStringLiteral("inspect"), demoDir() + QStringLiteral("/api/openapi.yaml"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject fragment = QJsonDocument::fromJson(r.out).object();
        const QJsonArray eps = fragment.value(QStringLiteral("entryPoints")).toArray();
        QCOMPARE(eps.size(), 13);
        bool sawExport = false;
        for (const QJsonValue &v : eps) {
            const QJsonObject ep = v.toObject();
            QVERIFY(ep.value(QStringLiteral("source")).toObject().value(QStringLiteral("line")).toInt() > 0);
            if (ep.value(QStringLiteral("operationId")).toString() == QLatin1StringView("exportAllOrders")) {
                sawExport = true;
                QVERIFY(ep.value(QStringLiteral("security")).isArray());
                QCOMPARE(ep.value(QStringLiteral("security")).toArray().size(), 0); // explicitly none
                QCOMPARE(ep.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
            }
        }
        QVERIFY(sawExport);
        QCOMPARE(cli({QStringLiteral("inspect"), m_dir.filePath(QStringLiteral("missing.yaml"))}).code, 2);
    }

    void specsAreFoundWhereverTheVersionIs()
    {
        // Stripe's JSON sorts its keys: "openapi" comes after a megabyte of components.
        const QString folder = QStringLiteral(TW_CORPUS_DIR "/stripe-openapi");
        if (!QFile::exists(folder))
            QSKIP("corpus not available");
        Run r = cli({QStringLiteral("inspect"), folder});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("417 entry points"), r.out.left(200).constData());
    }

    void hcl2jsonReportsPositions()
    {
        const QString good = m_dir.filePath(QStringLiteral("good.tf"));
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"logs-${var.env}\"\n  acl = \"private\"\n}\n");
        f.close();
        Run r = cli({QStringLiteral("hcl2json"), good});
        QCOMPARE(r.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        const QJsonObject bucket = json[QStringLiteral("resource")][QStringLiteral("aws_s3_bucket")][QStringLiteral("b")].toArray().first().toObject();
        QCOMPARE(bucket.value(QStringLiteral("acl")).toString(), QStringLiteral("private"));
        QCOMPARE(bucket.value(QStringLiteral("bucket")).toString(), QStringLiteral("logs-${var.env}"));

        const QString bad = m_dir.filePath(QStringLiteral("bad.tf"));
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("resource \"x\" \"y\" {\n  a = \n}\n");
        b.close();
        r = cli({QStringLiteral("hcl2json"), bad});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("bad.tf:2:"), r.err.constData());
    }

    void foreignProjectIsRefused()
    {
        const QString foreign = m_dir.filePath(QStringLiteral("notes.twdb"));
        QFile f(foreign);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a project");
        f.close();
        for (const char *command : {"versions", "threats", "audit"}) {
            Run r = cli({QString::fromLatin1(command), foreign});
            QCOMPARE(r.code, 2);
            QVERIFY(r.err.contains("not a Threatwright project"));
        }
        Run r = cli({QStringLiteral("import"), foreign, demoDir()});
        QCOMPARE(r.code, 2);
        QFile check(foreign);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("not a project"));
    }

    void reportsRunInTheCompleteExecutable()
    {
        // threatwright-cli hands `report` to threatwright-cli-full beside it: a real PDF comes out.
        const QString pdf = m_dir.filePath(QStringLiteral("handed.pdf"));
        Run r = cli({QStringLiteral("report"), m_project, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf});
        QVERIFY2(r.code == 0, r.err.constData());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");

        // Copied alone, it still runs its own commands, and refuses a report with a clear error
        // instead of writing anything.
        const QString lone = m_dir.filePath(QStringLiteral("lone/threatwright-cli"));
        QVERIFY(QDir().mkpath(QFileInfo(lone).path()));
        QVERIFY(QFile::copy(QStringLiteral(TW_CLI_PATH), lone));
        QProcess p;
        p.start(lone, {QStringLiteral("versions"), m_project});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("demo")); // the version's message
        const QString md = m_dir.filePath(QStringLiteral("lone/summary.md"));
        p.start(lone, {QStringLiteral("report"), m_project, QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("-o"), md});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("threatwright-cli-full") && err.contains("could not be started"), err.constData());
        QVERIFY(!QFile::exists(md));
    }

    void guiRendersTheProjectHeadless()
    {
#ifdef TW_GUI_PATH
        const QString png = m_dir.filePath(QStringLiteral("workbench.png"));
        QProcess gui;
        gui.start(QStringLiteral(TW_GUI_PATH), {m_project, QStringLiteral("--screenshot"), png});
        QVERIFY(gui.waitForFinished(120000));
        QCOMPARE(gui.exitCode(), 0);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1600, 1000));
#else
        QSKIP("built without the GUI");
#endif
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
