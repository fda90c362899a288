// SPDX-License-Identifier: GPL-3.0-or-later
// The hard-coded secrets scanner: every kind of secret it knows, the placeholders and
// references it must not report, the planted credentials of crAPI and terragoat, and scrubbing
// values out of a model.

#include "import/importer.h"
#include "import/repo/secrets.h"
#include "model/modeljson.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tw;

namespace {

QString corpus(const char *path)
{
    return QStringLiteral(TW_CORPUS_DIR "/") + QString::fromLatin1(path);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** "type@line" for each finding, in order. */
QStringList summary(const QList<secrets::Finding> &findings)
{
    QStringList out;
    for (const secrets::Finding &f : findings)
        out.append(QStringLiteral("%1@%2").arg(f.type).arg(f.line));
    return out;
}

// Made-up values in the real formats (none of them is a live credential).
const QByteArray kConfig = QByteArray("# settings\n")
    + "AWS_ACCESS_KEY_ID=AKIAQWERTYUIOPASDFGH\n"                                              // 2
    + "aws_secret_access_key = \"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\"\n"                // 3
    + "db_password: \"s3cr3t-Pa55\"\n"                                                         // 4
    + "password = \"${DB_PASSWORD}\"\n"                                                        // 5 reference
    + "password: xxxxxxxx\n"                                                                   // 6 placeholder
    + "api_key: YOUR_API_KEY\n"                                                                // 7 placeholder
    + "token: true\n"                                                                          // 8 not a secret
    + "DATABASE_URL=postgres://app:hunter2hunter2@db:5432/app\n"                               // 9
    + "MONGO_URI=admin:crapisecret@mongodb:27017\n"                                            // 10
    + "GITHUB_TOKEN=ghp_" + QByteArray(36, 'a').replace(3, 5, "B7x9Q") + "\n"                 // 11
    + "slack: xoxb-1234567890-abcdefghij\n"                                                    // 12
    + "STRIPE=sk_live_4eC39HqLyjWDarjtT1zdp7dc\n"                                              // 13
    + "jwt: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlX2hlcmU\n"             // 14
    + "conn: DefaultEndpointsProtocol=https;AccountName=x;AccountKey=" + QByteArray(86, 'Q').replace(10, 6, "ab12+/") + "==\n" // 15
    + "maps: AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q\n"                                        // 16
    + "secretName: my-tls\n"                                                                   // 17 a reference
    + "TLS_KEY=certs/server.key\n"                                                             // 18 a file
    + "SMTP_PASS=xxxxxxxxxxxxxx\n"                                                             // 19 placeholder
    + "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n-----END RSA PRIVATE KEY-----\n" // 20
    + "tokens: 4096\n"                                                                         // 23 a number
    + "JWT_SECRET=crapi\n";                                                                    // 24

struct Run
{
    int exitCode = -1;
    QByteArray output; ///< stdout and stderr
};

Run cli(const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(TW_CLI_PATH), arguments);
    p.waitForFinished(300000);
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll()};
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindInAConfigFile()
    {
        const QList<secrets::Finding> found = secrets::scan(kConfig, QStringLiteral("config/app.env"));
        QCOMPARE(summary(found), (QStringList{QStringLiteral("aws-access-key-id@2"), QStringLiteral("aws-secret-access-key@3"),
                                             QStringLiteral("password@4"), QStringLiteral("password-in-url@9"),
                                             QStringLiteral("password-in-url@10"), QStringLiteral("github-token@11"),
                                             QStringLiteral("slack-token@12"), QStringLiteral("stripe-key@13"), QStringLiteral("jwt@14"),
                                             QStringLiteral("azure-storage-key@15"), QStringLiteral("gcp-api-key@16"),
                                             QStringLiteral("private-key@20"), QStringLiteral("secret@24")}));
        for (const secrets::Finding &f : found) {
            QCOMPARE(f.file, QStringLiteral("config/app.env"));
            QVERIFY(f.fingerprint.startsWith(QStringLiteral("sha256:")));
            QCOMPARE(f.fingerprint.size(), 15);
            QVERIFY(!f.value.isEmpty());
            // The entry stored in the model carries no value.
            const QJsonObject json = secrets::toJson(f);
            QVERIFY(!QJsonDocument(json).toJson().contains(f.value));
        }
        QCOMPARE(found.at(3).value, QByteArray("hunter2hunter2"));
        QCOMPARE(found.at(3).column, 29); // after "DATABASE_URL=postgres://app:"
        QCOMPARE(found.at(12).name, QStringLiteral("JWT_SECRET"));
    }

    void codeNeedsLiterals()
    {
        const QByteArray code = "import os\n"
                                "password = get_password()\n"
                                "password = os.environ['DB_PASSWORD']\n"
                                "PASSWORD = \"Tr0ub4dor&3\"\n"
                                "client = OpenAI(api_key=\"sk-proj-" + QByteArray(48, 'x').replace(0, 10, "Ab3De6Gh9K") + "\")\n"
                                "headers = {\"Authorization\": f\"Bearer {token}\"}\n";
        const QList<secrets::Finding> found = secrets::scan(code, QStringLiteral("app/main.py"));
        QCOMPARE(summary(found), (QStringList{QStringLiteral("password@4"), QStringLiteral("openai-api-key@5")}));
    }

    void googleServiceAccountKey()
    {
        const QByteArray json = "{\n  \"type\": \"service_account\",\n  \"project_id\": \"p\",\n"
                                "  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\\n-----END PRIVATE KEY-----\\n\",\n"
                                "  \"client_email\": \"x@p.iam.gserviceaccount.com\"\n}\n";
        const QList<secrets::Finding> found = secrets::scan(json, QStringLiteral("sa.json"));
        QCOMPARE(summary(found), QStringList{QStringLiteral("gcp-service-account-key@4")});
    }

    void nothingInOrdinaryText()
    {
        const QByteArray text = "The key to success is a good password policy.\n"
                                "See https://example.com/docs for the token format.\n"
                                "email: someone@example.com\n";
        QVERIFY(secrets::scan(text, QStringLiteral("README.md")).isEmpty());
        QVERIFY(secrets::scan({}, QStringLiteral("empty")).isEmpty());
        QVERIFY(secrets::entropy("aaaa") < 0.01);
        QVERIFY(qAbs(secrets::entropy("abcd") - 2.0) < 1e-9);
    }

    void crapiComposeCredentials()
    {
        const QString file = corpus("OWASP-crAPI/deploy/docker/docker-compose.yml");
        if (!QFile::exists(file))
            QSKIP("corpus not available");
        const QList<secrets::Finding> found = secrets::scan(readAll(file), QStringLiteral("deploy/docker/docker-compose.yml"));
        QStringList names;
        for (const secrets::Finding &f : found)
            names.append(f.name.isEmpty() ? f.type : f.name);
        // GROUND_TRUTH.md §2b: every planted credential of the compose file; SMTP_PASS is a row of x.
        for (const char *name : {"DB_PASSWORD", "MONGO_DB_PASSWORD", "JWT_SECRET", "SECRET_KEY", "TLS_KEYSTORE_PASSWORD",
                                 "TLS_KEY_PASSWORD", "POSTGRES_PASSWORD", "MONGO_INITDB_ROOT_PASSWORD", "password-in-url"})
            QVERIFY2(names.contains(QString::fromLatin1(name)), qPrintable(names.join(u',')));
        QVERIFY(!names.contains(QStringLiteral("SMTP_PASS")));
        QVERIFY(!names.contains(QStringLiteral("TLS_KEY")));
        int dbPasswords = 0;
        for (const secrets::Finding &f : found)
            dbPasswords += f.name == QLatin1StringView("DB_PASSWORD");
        QCOMPARE(dbPasswords, 3); // identity, community, workshop
    }

    void terragoatCredentials_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("providers.tf") << QStringLiteral("terraform/aws/providers.tf")
                                      << QStringList{QStringLiteral("aws-access-key-id@10"), QStringLiteral("aws-secret-access-key@11")};
        QTest::newRow("lambda.tf") << QStringLiteral("terraform/aws/lambda.tf")
                                   << QStringList{QStringLiteral("aws-access-key-id@45"), QStringLiteral("aws-secret-access-key@46")};
        QTest::newRow("ec2.tf user data") << QStringLiteral("terraform/aws/ec2.tf")
                                          << QStringList{QStringLiteral("aws-access-key-id@15"), QStringLiteral("aws-secret-access-key@16")};
        QTest::newRow("azure sql.tf") << QStringLiteral("terraform/azure/sql.tf")
                                      << QStringList{QStringLiteral("password@15"), QStringLiteral("password@83")};
    }

    void terragoatCredentials()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        const QString path = corpus("bridgecrewio-terragoat/") + file;
        if (!QFile::exists(path))
            QSKIP("corpus not available");
        QCOMPARE(summary(secrets::scan(readAll(path), file)), expected);
    }

    void foundInAFolderAndAttached()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("api")));
        auto write = [&dir](const char *name, const QByteArray &content) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        };
        write("compose.yaml", "services:\n  api:\n    build: ./api\n    environment:\n      - ADMIN_PASSWORD=Qw3rty-Uiop-2024\n"
                              "  db:\n    image: postgres:16\n");
        write("api/Dockerfile", "FROM node:20\nUSER node\n");
        write("api/settings.env", "STRIPE_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dc\n");
        write("notes.txt", "ops token: ghp_B7x9QaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaZ\n");
        write("logo.png", QByteArray("\x89PNG\r\n\x1a\n\0\0password=Qw3rty-Uiop-2024", 30));
        auto outcome = importer::importPaths({dir.path()});
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorString()));
        const ModelFragment &m = outcome->model;
        auto secretsOf = [&m](const char *id) {
            for (const Component &c : m.components) {
                if (c.id == QLatin1StringView(id))
                    return c.attributes.value(QStringLiteral("hardcoded-secrets")).toArray();
            }
            return QJsonArray();
        };
        // In compose: the service defined above the line; elsewhere: the folder's component.
        QCOMPARE(secretsOf("svc:api").size(), 2);
        QCOMPARE(secretsOf("svc:db").size(), 0);
        int warnings = 0;
        for (const Diagnostic &d : m.diagnostics)
            warnings += d.source.artifact == QLatin1StringView("secrets");
        QCOMPARE(warnings, 3); // notes.txt belongs to no component: a warning only
        // Binary files are neither scanned nor inputs; text files are inputs with their digest.
        QStringList inputs;
        for (const InputDigest &in : outcome->inputs)
            inputs.append(in.path);
        QVERIFY(!inputs.contains(QStringLiteral("logo.png")));
        QVERIFY(inputs.contains(QStringLiteral("notes.txt")));
        const QByteArray json = QJsonDocument(toJson(m)).toJson();
        QVERIFY(!json.contains("Qw3rty-Uiop-2024"));
        QVERIFY(!json.contains("sk_live_4eC39"));
        QVERIFY(!json.contains("ghp_B7x9Q"));
    }

    /** The check: the planted secrets never appear in the project file, the CLI's output or a report. */
    void neverInClear_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QStringList>("planted");
        QTest::addColumn<int>("minimumWarnings");
        QTest::newRow("crAPI") << corpus("OWASP-crAPI")
                               << QStringList{QStringLiteral("crapisecretpassword"), QStringLiteral("passw0rd")} << 12;
        QTest::newRow("terragoat") << corpus("bridgecrewio-terragoat")
                                   << QStringList{QStringLiteral("AKIAIOSFODNN7EXAMPLE"), QStringLiteral("AKIAIOSFODNN7EXAMAAA"),
                                                  QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
                                                  QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMAAAKEY"), QStringLiteral("Aa12345678"),
                                                  QStringLiteral("AdminPassword123!"), QStringLiteral("Aa1234321Bb")}
                                   << 15;
    }

    void neverInClear()
    {
        QFETCH(QString, folder);
        QFETCH(QStringList, planted);
        QFETCH(int, minimumWarnings);
        if (!QFile::exists(folder))
            QSKIP("corpus not available");
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.twdb"));
        QByteArray everything;
        const Run init = cli({QStringLiteral("init"), project});
        QCOMPARE(init.exitCode, 0);
        const Run imported = cli({QStringLiteral("import"), project, folder});
        QVERIFY2(imported.exitCode == 0, imported.output.constData());
        QVERIFY2(imported.output.contains("hard-coded"), imported.output.constData()); // the warnings are shown …
        everything += imported.output;
        const Run inspect = cli({QStringLiteral("inspect"), folder, QStringLiteral("--json"), QStringLiteral("--threats")});
        everything += inspect.output;
        QVERIFY(inspect.output.count("hard-coded") >= minimumWarnings);
        for (const char *format : {"html", "json", "sarif", "md", "csv"}) {
            const QString out = dir.filePath(QStringLiteral("report.") + QString::fromLatin1(format));
            const Run report = cli({QStringLiteral("report"), project, QStringLiteral("--format"), QString::fromLatin1(format),
                                    QStringLiteral("-o"), out});
            QVERIFY2(report.exitCode == 0, report.output.constData());
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            everything += f.readAll();
        }
        const Run threats = cli({QStringLiteral("threats"), project, QStringLiteral("--json")});
        everything += threats.output;
        QVERIFY(threats.output.contains("TW-CLOUD-017")); // … and the secrets are threats
        for (const QString &file : QDir(dir.path()).entryList({QStringLiteral("p.twdb*")}, QDir::Files)) {
            QFile f(dir.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            everything += f.readAll();
        }
        QVERIFY(everything.contains("sha256:"));
        for (const QString &secret : planted)
            QVERIFY2(!everything.contains(secret.toUtf8()), qPrintable(secret)); // … but never in clear
    }

    void scrubbingTheModel()
    {
        const QList<secrets::Finding> found = secrets::scan(kConfig, QStringLiteral("app.env"));
        SystemModel m;
        Component c;
        c.id = QStringLiteral("svc:a");
        c.name = QStringLiteral("a");
        c.attributes.insert(QStringLiteral("env"), QJsonArray{QStringLiteral("URL=postgres://app:hunter2hunter2@db/app")});
        c.attributes.insert(QStringLiteral("nested"), QJsonObject{{QStringLiteral("k"), QStringLiteral("AKIAQWERTYUIOPASDFGH")}});
        m.components.append(c);
        DataFlow f;
        f.id = QStringLiteral("flow:x");
        f.label = QStringLiteral("crapi is short and stays");
        m.flows.append(f);
        m.diagnostics.append(Diagnostic{DiagnosticLevel::Error, QStringLiteral("unexpected 'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun'"), {}});
        secrets::scrub(m, found);
        const QByteArray json = QJsonDocument(m.components.first().attributes).toJson();
        QVERIFY(!json.contains("hunter2hunter2"));
        QVERIFY(!json.contains("AKIAQWERTYUIOPASDFGH"));
        QVERIFY(json.contains("[redacted sha256:"));
        QCOMPARE(m.flows.first().label, QStringLiteral("crapi is short and stays"));
        QVERIFY(!m.diagnostics.first().message.contains(QStringLiteral("MIIEow")));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
