// SPDX-License-Identifier: GPL-3.0-or-later
// Package manifests of the corpus: dependencies per component with versions and pinning, so a
// new dependency is a visible change.

#include "diff/modeldiff.h"
#include "import/importer.h"
#include "import/repo/manifestimporter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tw;

namespace {

QString corpus(const char *path)
{
    return QStringLiteral(TW_CORPUS_DIR "/") + QString::fromLatin1(path);
}

QMap<QString, QJsonObject> dependencies(const Component &c)
{
    QMap<QString, QJsonObject> out;
    for (const QJsonValue &v : c.attributes.value(QStringLiteral("dependencies")).toArray())
        out.insert(v[QStringLiteral("name")].toString(), v.toObject());
    return out;
}

} // namespace

class TestManifests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void juiceShop()
    {
        const QString root = corpus("juice-shop");
        if (!QFile::exists(root))
            QSKIP("corpus not available");
        auto m = manifests::importManifest(root + QStringLiteral("/package.json"), root);
        QVERIFY2(m.ok(), qPrintable(m.errorString()));
        const Component &c = m->components.first();
        QCOMPARE(c.id, QStringLiteral("svc:juice-shop"));
        const auto deps = dependencies(c);
        QVERIFY(deps.size() > 100);
        QVERIFY(deps.contains(QStringLiteral("express")));
        QCOMPARE(deps.value(QStringLiteral("express"))[QStringLiteral("ecosystem")].toString(), QStringLiteral("npm"));
        QVERIFY(deps.value(QStringLiteral("express"))[QStringLiteral("line")].toInt() > 1);
        QVERIFY(!c.attributes.value(QStringLiteral("unpinned-dependencies")).toArray().isEmpty());
    }

    void otherEcosystems_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("dependency");
        QTest::addColumn<QString>("ecosystem");
        QTest::newRow("requirements.txt") << corpus("bridgecrewio-terragoat/packages/requirements.txt") << QStringLiteral("django") << QStringLiteral("pypi");
        QTest::newRow("go.mod") << corpus("docker-awesome-compose/nginx-golang-mysql/backend/go.mod") << QString() << QStringLiteral("go");
        QTest::newRow("pom.xml") << corpus("docker-awesome-compose/spring-postgres/backend/pom.xml") << QString() << QStringLiteral("maven");
        QTest::newRow("csproj") << corpus("GoogleCloudPlatform-microservices-demo/src/cartservice/src/cartservice.csproj") << QStringLiteral("Grpc.AspNetCore")
                                << QStringLiteral("nuget");
    }

    void otherEcosystems()
    {
        QFETCH(QString, file);
        QFETCH(QString, dependency);
        QFETCH(QString, ecosystem);
        if (!QFile::exists(file))
            QSKIP("corpus file not available");
        auto m = manifests::importManifest(file, QFileInfo(file).absolutePath());
        QVERIFY2(m.ok(), qPrintable(m.errorString()));
        const auto deps = dependencies(m->components.first());
        QVERIFY2(!deps.isEmpty(), qPrintable(file));
        for (const QJsonObject &d : deps)
            QCOMPARE(d[QStringLiteral("ecosystem")].toString(), ecosystem);
        if (!dependency.isEmpty())
            QVERIFY2(deps.contains(dependency) || std::any_of(deps.keyBegin(), deps.keyEnd(), [&](const QString &k) { return k.compare(dependency, Qt::CaseInsensitive) == 0; }),
                     qPrintable(QStringList(deps.keys()).join(u',')));
    }

    void aNewDependencyIsAVisibleChange()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("web")));
        auto write = [&](const QByteArray &text) {
            QFile f(dir.filePath(QStringLiteral("web/package.json")));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text);
        };
        write(R"({"name": "web", "dependencies": {"express": "4.18.2"}})");
        auto before = importer::importPaths({dir.path()});
        QVERIFY(before.ok());
        write(R"({"name": "web", "dependencies": {"express": "4.18.2", "left-pad": "^1.3.0"}})");
        auto after = importer::importPaths({dir.path()});
        QVERIFY(after.ok());
        const diff::ModelDiff d = diff::diffModels(before->model, after->model);
        QCOMPARE(d.elements.size(), 1);
        QCOMPARE(d.elements.first().id, QStringLiteral("svc:web"));
        QStringList fields;
        for (const diff::FieldChange &f : d.elements.first().fields)
            fields.append(f.field);
        QVERIFY2(fields.contains(QStringLiteral("attributes.dependencies")), qPrintable(fields.join(u',')));
        QVERIFY(fields.contains(QStringLiteral("attributes.unpinned-dependencies")));
    }

    void brokenJsonIsReported()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("package.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"dependencies\": {\n    \"a\": \"1\",\n  ]\n}\n");
        f.close();
        auto m = manifests::importManifest(f.fileName(), dir.path());
        QVERIFY(!m.ok());
        QVERIFY2(m.error().location.startsWith(QStringLiteral("package.json:")), qPrintable(m.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestManifests)
#include "tst_manifests.moc"
