// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/terraform/resourcetypes.h"
#include "analysis/engine.h"
#include "analysis/ruleset.h"
#include "import/terraform/terraformimporter.h"
#include "model/modeljson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

using namespace tw;

namespace {

const QString corpus = QStringLiteral(TW_CORPUS_DIR);
const QString terragoat = corpus + QStringLiteral("/bridgecrewio-terragoat/terraform");

const Component *component(const ModelFragment &m, const QString &id)
{
    for (const Component &c : m.components)
        if (c.id == id)
            return &c;
    return nullptr;
}

const TrustBoundary *boundary(const ModelFragment &m, const QString &id)
{
    for (const TrustBoundary &b : m.boundaries)
        if (b.id == id)
            return &b;
    return nullptr;
}

const DataFlow *flow(const ModelFragment &m, const QString &from, const QString &to)
{
    for (const DataFlow &f : m.flows)
        if (f.sourceId == from && f.targetId == to)
            return &f;
    return nullptr;
}

bool hasDiagnostic(const ModelFragment &m, const QString &needle, DiagnosticLevel level)
{
    for (const Diagnostic &d : m.diagnostics)
        if (d.level == level && d.message.contains(needle))
            return true;
    return false;
}

void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

/** The terragoat AWS import, done once: every test reads the same fragment. */
const ModelFragment &aws()
{
    static const ModelFragment fragment = [] {
        auto r = terraform::importPath(terragoat + QStringLiteral("/aws"));
        return r ? *r : ModelFragment{};
    }();
    return fragment;
}

/** "true", "false" or "unset": a fact as the tests spell it. */
QString fact(const QJsonObject &attributes, const char *name)
{
    const QJsonValue v = attributes.value(QString::fromLatin1(name));
    return v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false")) : QStringLiteral("unset");
}

} // namespace

class TstTerraform : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QDir(terragoat).exists())
            QSKIP("corpus not available");
        QVERIFY(!aws().components.isEmpty());
    }

    void terragoatBuckets_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("encrypted");
        QTest::addColumn<QString>("versioning");
        QTest::addColumn<QString>("logging");
        QTest::addColumn<QString>("publicAccess");
        // s3.tf: "bucket is public / not encrypted / no access logs / no versioning"; no ACL at all
        // and no public access block, so public access is not refused (public-access-blocked false).
        QTest::newRow("data") << "tf:aws_s3_bucket.data" << "false" << "false" << "false" << "unset";
        QTest::newRow("financials") << "tf:aws_s3_bucket.financials" << "false" << "false" << "false" << "false";
        QTest::newRow("operations") << "tf:aws_s3_bucket.operations" << "false" << "true" << "false" << "false";
        QTest::newRow("data_science") << "tf:aws_s3_bucket.data_science" << "false" << "true" << "true" << "false";
        QTest::newRow("logs") << "tf:aws_s3_bucket.logs" << "true" << "true" << "false" << "false";
    }

    void terragoatBuckets()
    {
        QFETCH(QString, id);
        const Component *c = component(aws(), id);
        QVERIFY2(c, qPrintable(id));
        QCOMPARE(c->kind, ComponentKind::Datastore);
        QCOMPARE(c->technology, QStringLiteral("AWS S3"));
        QTEST(fact(c->attributes, attr::EncryptedAtRest), "encrypted");
        QTEST(fact(c->attributes, "versioning"), "versioning");
        QTEST(fact(c->attributes, "logging"), "logging");
        QTEST(fact(c->attributes, attr::PublicAccess), "publicAccess");
        QCOMPARE(fact(c->attributes, "public-access-blocked"), QStringLiteral("false"));
    }

    void terragoatBucketDetails()
    {
        const Component *data = component(aws(), QStringLiteral("tf:aws_s3_bucket.data"));
        QVERIFY(data);
        // Stable id, SourceRef relative to the import root, the object folded in as configuration.
        QCOMPARE(data->sources.first().file, QStringLiteral("s3.tf"));
        QCOMPARE(data->sources.first().line, 1);
        QCOMPARE(data->sources.first().column, 1);
        QVERIFY(data->attributes.value(QStringLiteral("configured-by")).toArray().contains(QStringLiteral("aws_s3_bucket_object.data_object")));
        // The logs bucket is encrypted with the KMS key: a reference becomes a flow.
        QVERIFY(flow(aws(), QStringLiteral("tf:aws_s3_bucket.logs"), QStringLiteral("tf:aws_kms_key.logs_key")));
        QVERIFY(flow(aws(), QStringLiteral("tf:aws_s3_bucket.data_science"), QStringLiteral("tf:aws_s3_bucket.logs")));
    }

    void terragoatSecurityGroups()
    {
        const TrustBoundary *web = boundary(aws(), QStringLiteral("tf:aws_security_group.web-node"));
        QVERIFY(web);
        QCOMPARE(web->kind, BoundaryKind::SecurityGroup);
        QCOMPARE(web->attributes.value(QString::fromLatin1(attr::InternetFacing)).toBool(), true);
        const QJsonArray ports = web->attributes.value(QStringLiteral("world-open-ports")).toArray();
        QVERIFY(ports.contains(QStringLiteral("22")));
        QVERIFY(ports.contains(QStringLiteral("80")));
        QCOMPARE(web->parentId, QStringLiteral("tf:aws_vpc.web_vpc"));
        // Only egress is open to the world on the RDS group: not internet-facing.
        const TrustBoundary *rds = boundary(aws(), QStringLiteral("tf:aws_security_group.default"));
        QVERIFY(rds);
        QVERIFY(!rds->attributes.value(QString::fromLatin1(attr::InternetFacing)).toBool());
        QVERIFY(rds->attributes.value(QStringLiteral("configured-by")).toArray().contains(QStringLiteral("aws_security_group_rule.ingress")));
        // Members of the open group are reachable from the internet.
        const Component *host = component(aws(), QStringLiteral("tf:aws_instance.web_host"));
        QVERIFY(host);
        QCOMPARE(host->kind, ComponentKind::Service);
        QCOMPARE(host->boundaryId, QStringLiteral("tf:aws_security_group.web-node"));
        QVERIFY(host->attributes.value(QString::fromLatin1(attr::InternetFacing)).toBool());
        QVERIFY(flow(aws(), QStringLiteral("tf:internet"), host->id));
        const TrustBoundary *subnet = boundary(aws(), QStringLiteral("tf:aws_subnet.web_subnet"));
        QVERIFY(subnet);
        QCOMPARE(subnet->kind, BoundaryKind::Subnet);
        QCOMPARE(subnet->parentId, QStringLiteral("tf:aws_vpc.web_vpc"));
        QCOMPARE(subnet->attributes.value(QStringLiteral("public-ip")).toBool(), true);
    }

    void terragoatDatabases_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("encrypted");
        QTest::addColumn<QString>("backup");
        QTest::addColumn<QString>("publicAccess");
        QTest::newRow("rds") << "tf:aws_db_instance.default" << "false" << "false" << "true";
        QTest::newRow("aurora no backup") << "tf:aws_rds_cluster.app1-rds-cluster" << "false" << "false" << "unset";
        QTest::newRow("aurora backup") << "tf:aws_rds_cluster.app3-rds-cluster" << "false" << "true" << "unset";
        QTest::newRow("neptune") << "tf:aws_neptune_cluster.default" << "false" << "true" << "unset";
        QTest::newRow("elasticsearch") << "tf:aws_elasticsearch_domain.monitoring-framework" << "false" << "unset" << "true";
        QTest::newRow("ebs") << "tf:aws_ebs_volume.web_host_storage" << "false" << "unset" << "unset";
        QTest::newRow("ebs snapshot") << "tf:aws_ebs_snapshot.example_snapshot" << "false" << "unset" << "unset";
    }

    void terragoatDatabases()
    {
        QFETCH(QString, id);
        const Component *c = component(aws(), id);
        QVERIFY2(c, qPrintable(id));
        QCOMPARE(c->kind, ComponentKind::Datastore);
        QTEST(fact(c->attributes, attr::EncryptedAtRest), "encrypted");
        QTEST(fact(c->attributes, "backup"), "backup");
        QTEST(fact(c->attributes, attr::PublicAccess), "publicAccess");
    }

    void terragoatRdsIsInternetFacing()
    {
        const Component *db = component(aws(), QStringLiteral("tf:aws_db_instance.default"));
        QVERIFY(db);
        QVERIFY(db->attributes.value(QString::fromLatin1(attr::InternetFacing)).toBool());
        QCOMPARE(db->boundaryId, QStringLiteral("tf:aws_security_group.default"));
    }

    void terragoatIam()
    {
        const Component *user = component(aws(), QStringLiteral("tf:aws_iam_user_policy.userpolicy"));
        QVERIFY(user);
        QVERIFY(user->tags.contains(QStringLiteral("iam")));
        QCOMPARE(fact(user->attributes, "wildcard-action"), QStringLiteral("true"));
        QCOMPARE(fact(user->attributes, "wildcard-resource"), QStringLiteral("true"));
        const Component *doc = component(aws(), QStringLiteral("tf:data.aws_iam_policy_document.policy"));
        QVERIFY(doc);
        QCOMPARE(fact(doc->attributes, "public-principal"), QStringLiteral("true"));
        QCOMPARE(fact(doc->attributes, "wildcard-action"), QStringLiteral("true"));
        // The ES domain policy uses the document: the domain becomes public.
        const Component *es = component(aws(), QStringLiteral("tf:aws_elasticsearch_domain.monitoring-framework"));
        QVERIFY(es);
        QCOMPARE(fact(es->attributes, "public-principal"), QStringLiteral("true"));
        const Component *role = component(aws(), QStringLiteral("tf:aws_iam_role_policy.ec2policy"));
        QVERIFY(role);
        QCOMPARE(fact(role->attributes, "wildcard-action"), QStringLiteral("true"));
        const Component *key = component(aws(), QStringLiteral("tf:aws_kms_key.logs_key"));
        QVERIFY(key);
        QCOMPARE(key->kind, ComponentKind::SecretStore);
        QCOMPARE(fact(key->attributes, "key-rotation"), QStringLiteral("false"));
    }

    void terragoatSecretsNeverStored()
    {
        const QByteArray json = QJsonDocument(toJson(aws())).toJson(QJsonDocument::Compact);
        for (const char *secret : {"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AKIAIOSFODNN7EXAMAAA",
                                   "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMAAAKEY", "Aa1234321Bb"})
            QVERIFY2(!json.contains(secret), secret);
        for (const char *id : {"tf:aws_instance.web_host", "tf:aws_instance.db_app", "tf:aws_lambda_function.analysis_lambda",
                               "tf:provider.aws.plain_text_access_keys_provider", "tf:aws_db_instance.default"}) {
            const Component *c = component(aws(), QString::fromLatin1(id));
            QVERIFY2(c, id);
            QVERIFY2(c->attributes.value(QStringLiteral("plaintext-secret")).toBool(), id);
            const QJsonArray secrets = c->attributes.value(QStringLiteral("hardcoded-secrets")).toArray();
            QVERIFY(!secrets.isEmpty());
            QVERIFY(secrets.first()[QStringLiteral("fingerprint")].toString().startsWith(QStringLiteral("sha256:")));
        }
        QVERIFY(hasDiagnostic(aws(), QStringLiteral("\"password\""), DiagnosticLevel::Warning));
    }

    void everyElementHasSource()
    {
        for (const QString &cloud : {QStringLiteral("aws"), QStringLiteral("azure"), QStringLiteral("gcp")}) {
            auto r = terraform::importPath(terragoat + QLatin1Char('/') + cloud);
            QVERIFY2(r.ok(), qPrintable(r.errorString()));
            for (const Component &c : r->components)
                if (c.id != QLatin1StringView("tf:internet"))
                    QVERIFY2(!c.sources.isEmpty() && c.sources.first().isValid() && c.sources.first().line > 0, qPrintable(c.id));
            for (const TrustBoundary &b : r->boundaries)
                QVERIFY2(!b.sources.isEmpty() && b.sources.first().line > 0, qPrintable(b.id));
            for (const DataFlow &f : r->flows)
                QVERIFY2(!f.sources.isEmpty(), qPrintable(f.id));
            for (const Component &c : r->components)
                QVERIFY(c.id.startsWith(QStringLiteral("tf:")));
        }
    }

    void categories_data()
    {
        QTest::addColumn<QString>("cloud");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("kind");
        QTest::newRow("load balancer") << "aws" << "tf:aws_elb.weblb" << int(ComponentKind::Gateway);
        QTest::newRow("function") << "aws" << "tf:aws_lambda_function.analysis_lambda" << int(ComponentKind::Function);
        QTest::newRow("eks") << "aws" << "tf:aws_eks_cluster.eks_cluster" << int(ComponentKind::Service);
        QTest::newRow("ecr") << "aws" << "tf:aws_ecr_repository.repository" << int(ComponentKind::Datastore);
        QTest::newRow("unmapped stays") << "aws" << "tf:null_resource.push_image" << int(ComponentKind::Generic);
        QTest::newRow("aks") << "azure" << "tf:azurerm_kubernetes_cluster.k8s_cluster" << int(ComponentKind::Service);
        QTest::newRow("app gateway") << "azure" << "tf:azurerm_application_gateway.network" << int(ComponentKind::Gateway);
        QTest::newRow("key vault") << "azure" << "tf:azurerm_key_vault.example" << int(ComponentKind::SecretStore);
        QTest::newRow("azure storage") << "azure" << "tf:azurerm_storage_account.example" << int(ComponentKind::Datastore);
        QTest::newRow("azure vm") << "azure" << "tf:azurerm_linux_virtual_machine.linux_machine" << int(ComponentKind::Service);
        QTest::newRow("gcs") << "gcp" << "tf:google_storage_bucket.terragoat_website" << int(ComponentKind::Datastore);
        QTest::newRow("cloud sql") << "gcp" << "tf:google_sql_database_instance.master_instance" << int(ComponentKind::Datastore);
        QTest::newRow("gke") << "gcp" << "tf:google_container_cluster.workload_cluster" << int(ComponentKind::Service);
        QTest::newRow("gce") << "gcp" << "tf:google_compute_instance.server" << int(ComponentKind::Service);
    }

    void categories()
    {
        QFETCH(QString, cloud);
        QFETCH(QString, id);
        QFETCH(int, kind);
        auto r = terraform::importPath(terragoat + QLatin1Char('/') + cloud);
        QVERIFY(r.ok());
        const Component *c = component(*r, id);
        QVERIFY2(c, qPrintable(id));
        QCOMPARE(int(c->kind), kind);
    }

    void gcpAndAzureFacts()
    {
        auto gcp = terraform::importPath(terragoat + QStringLiteral("/gcp"));
        QVERIFY(gcp.ok());
        const Component *bucket = component(*gcp, QStringLiteral("tf:google_storage_bucket.terragoat_website"));
        QVERIFY(bucket);
        // google_storage_bucket_iam_binding.allow_public_read grants allUsers.
        QCOMPARE(fact(bucket->attributes, attr::PublicAccess), QStringLiteral("true"));
        QCOMPARE(fact(bucket->attributes, "versioning"), QStringLiteral("false"));
        bool openFirewall = false;
        for (const TrustBoundary &b : gcp->boundaries)
            if (b.attributes.value(QStringLiteral("terraform-type")).toString() == QLatin1StringView("google_compute_firewall"))
                openFirewall = openFirewall || b.attributes.value(QString::fromLatin1(attr::InternetFacing)).toBool();
        QVERIFY(openFirewall);
        // The allow_all firewall has no target tags: the instance in that network is exposed.
        const Component *server = component(*gcp, QStringLiteral("tf:google_compute_instance.server"));
        QVERIFY(server);
        QCOMPARE(fact(server->attributes, attr::InternetFacing), QStringLiteral("true"));
        // Cloud SQL with an authorised network of 0.0.0.0/0 (big_data.tf).
        QCOMPARE(fact(component(*gcp, QStringLiteral("tf:google_sql_database_instance.master_instance"))->attributes, attr::PublicAccess),
                 QStringLiteral("true"));
        const TrustBoundary *network = boundary(*gcp, QStringLiteral("tf:google_compute_network.vpc"));
        QVERIFY(network);
        QCOMPARE(network->kind, BoundaryKind::Vpc);

        auto azure = terraform::importPath(terragoat + QStringLiteral("/azure"));
        QVERIFY(azure.ok());
        const TrustBoundary *nsg = boundary(*azure, QStringLiteral("tf:azurerm_network_security_group.bad_sg"));
        QVERIFY(nsg);
        QCOMPARE(nsg->kind, BoundaryKind::SecurityGroup);
        QVERIFY(nsg->attributes.value(QString::fromLatin1(attr::InternetFacing)).toBool());
        QVERIFY(boundary(*azure, QStringLiteral("tf:azurerm_virtual_network.example")));
    }

    void staticEvaluation()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("main.tf")), R"(
variable "env" { default = "dev" }
variable "buckets" { default = ["a", "b"] }
locals {
  prefix = format("%s-%s", "acme", var.env)
  names  = toset(concat(var.buckets, ["c", "a"]))
  cidr   = cidrsubnet("10.0.0.0/16", 8, 2)
  tags   = merge({ a = 1 }, { b = 2 })
  n      = length(local.names)
  label  = upper(join("-", [lookup(local.tags, "a", 0), coalesce("", "x")]))
}
resource "aws_s3_bucket" "many" {
  for_each = local.names
  bucket   = "${local.prefix}-${each.key}"
}
resource "aws_sqs_queue" "q" {
  count = local.n - 1
  name  = "q-${count.index}-${lower(local.label)}"
}
resource "aws_vpc" "v" { cidr_block = "10.0.0.0/16" }
resource "aws_subnet" "s" {
  vpc_id     = aws_vpc.v.id
  cidr_block = local.cidr
}
resource "aws_iam_role_policy" "p" {
  role   = "r"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = ["iam:PassRole"], Resource = "*" }] })
}
resource "aws_iam_policy" "inline" {
  policy = <<EOF
{"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/key"}]}
EOF
}
resource "aws_db_instance" "d" {
  storage_encrypted   = lookup({ x = true }, "x", false)
  publicly_accessible = false
  identifier          = data.aws_caller_identity.me.account_id
}
resource "aws_instance" "unknown_count" {
  count = length(data.aws_availability_zones.all.names)
}
resource "aws_lambda_function" "f" {
  function_name = "f"
  environment { variables = { QUEUE = aws_sqs_queue.q[0].url } }
}
resource "kubernetes_deployment" "k" {
  spec {
    template {
      spec {
        container {
          security_context { privileged = true }
        }
      }
    }
  }
}
resource "kubernetes_service" "svc" {
  spec { type = "LoadBalancer" }
}
resource "aws_sns_topic" "t" {}
resource "somecloud_widget" "w" {}
)");
        write(dir.filePath(QStringLiteral("terraform.tfvars")), "env = \"prod\"\n");
        auto r = terraform::importPath(dir.path());
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        const ModelFragment &m = *r;
        for (const char *key : {"a", "b", "c"}) {
            const Component *b = component(m, QStringLiteral("tf:aws_s3_bucket.many[\"%1\"]").arg(QLatin1StringView(key)));
            QVERIFY2(b, key);
            QCOMPARE(b->attributes.value(QStringLiteral("cloud-name")).toString(), QStringLiteral("acme-prod-%1").arg(QLatin1StringView(key)));
        }
        QVERIFY(component(m, QStringLiteral("tf:aws_sqs_queue.q[1]")));
        QVERIFY(!component(m, QStringLiteral("tf:aws_sqs_queue.q[2]")));
        QCOMPARE(component(m, QStringLiteral("tf:aws_sqs_queue.q[1]"))->kind, ComponentKind::Queue);
        QCOMPARE(component(m, QStringLiteral("tf:aws_sqs_queue.q[1]"))->attributes.value(QStringLiteral("cloud-name")).toString(),
                 QStringLiteral("q-1-1-x"));
        const TrustBoundary *s = boundary(m, QStringLiteral("tf:aws_subnet.s"));
        QVERIFY(s);
        QCOMPARE(s->attributes.value(QStringLiteral("cidr")).toString(), QStringLiteral("10.0.2.0/24"));
        QCOMPARE(s->parentId, QStringLiteral("tf:aws_vpc.v"));
        const Component *p = component(m, QStringLiteral("tf:aws_iam_role_policy.p"));
        QVERIFY(p);
        QCOMPARE(fact(p->attributes, "pass-role"), QStringLiteral("true"));
        QCOMPARE(fact(p->attributes, "wildcard-resource"), QStringLiteral("true"));
        QCOMPARE(fact(component(m, QStringLiteral("tf:aws_iam_policy.inline"))->attributes, "wildcard-action"), QStringLiteral("unset"));
        const Component *d = component(m, QStringLiteral("tf:aws_db_instance.d"));
        QCOMPARE(fact(d->attributes, attr::EncryptedAtRest), QStringLiteral("true"));
        QCOMPARE(fact(d->attributes, attr::PublicAccess), QStringLiteral("false"));
        // Unknown stays unknown: no invented name, no invented instance count.
        QVERIFY(!d->attributes.contains(QStringLiteral("cloud-name")));
        const Component *u = component(m, QStringLiteral("tf:aws_instance.unknown_count"));
        QVERIFY(u);
        QCOMPARE(u->attributes.value(QStringLiteral("instances")).toString(), QStringLiteral("unknown"));
        QVERIFY(flow(m, QStringLiteral("tf:aws_lambda_function.f"), QStringLiteral("tf:aws_sqs_queue.q[0]")));
        QCOMPARE(fact(component(m, QStringLiteral("tf:kubernetes_deployment.k"))->attributes, attr::Privileged), QStringLiteral("true"));
        QCOMPARE(fact(component(m, QStringLiteral("tf:kubernetes_service.svc"))->attributes, attr::InternetFacing), QStringLiteral("true"));
        QCOMPARE(component(m, QStringLiteral("tf:kubernetes_service.svc"))->kind, ComponentKind::Gateway);
        QCOMPARE(component(m, QStringLiteral("tf:aws_sns_topic.t"))->kind, ComponentKind::Queue);
        QCOMPARE(component(m, QStringLiteral("tf:somecloud_widget.w"))->kind, ComponentKind::Generic);
    }

    void cyclicLocals()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("main.tf")), R"(locals {
  a = "${local.b}-x"
  b = local.a
}
resource "aws_s3_bucket" "x" { bucket = local.a }
)");
        auto r = terraform::importPath(dir.path());
        QVERIFY(r.ok());
        QVERIFY(hasDiagnostic(*r, QStringLiteral("Cycle"), DiagnosticLevel::Error));
        const Component *b = component(*r, QStringLiteral("tf:aws_s3_bucket.x"));
        QVERIFY(b);
        QVERIFY(!b->attributes.contains(QStringLiteral("cloud-name")));
        for (const Diagnostic &d : r->diagnostics)
            if (d.message.contains(QStringLiteral("Cycle")))
                QCOMPARE(d.source.file, QStringLiteral("main.tf"));
    }

    void partlyUnknownPolicyIsStillJudged()
    {
        // jsonencode() of a policy whose second statement names another resource's ARN: the
        // document is not fully known, its wildcard statement still is.
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("main.tf")), R"(resource "aws_sqs_queue" "q" { name = "q" }
resource "aws_iam_role_policy" "task" {
  role = "r"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["s3:*"], Resource = "*" },
      { Effect = "Allow", Action = ["sqs:SendMessage"], Resource = aws_sqs_queue.q.arn },
    ]
  })
}
)");
        auto r = terraform::importPath(dir.path());
        QVERIFY(r.ok());
        const Component *policy = component(*r, QStringLiteral("tf:aws_iam_role_policy.task"));
        QVERIFY(policy);
        QVERIFY2(policy->attributes.value(QStringLiteral("wildcard-action")).toBool(), QJsonDocument(policy->attributes).toJson().constData());
        QVERIFY(policy->attributes.value(QStringLiteral("wildcard-resource")).toBool());
    }

    void containerDefinitionsNameTheirEndpoints()
    {
        // The keys reconciliation matches by: container names, images, and the resource whose
        // address an environment variable holds — also from a heredoc, never the value itself.
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("main.tf")),
              "variable \"pw\" { default = \"s3cr3t-Value-99\" }\n"
              "resource \"aws_elasticache_replication_group\" \"cache\" { replication_group_id = \"c\" }\n"
              "resource \"aws_s3_bucket\" \"b\" { bucket = \"files\" }\n"
              "resource \"aws_ecs_task_definition\" \"t\" {\n"
              "  family = \"t\"\n"
              "  container_definitions = <<DEFS\n"
              "[{\"name\": \"web\", \"image\": \"shop/web:3\", \"portMappings\": [{\"containerPort\": 8080}],\n"
              "  \"environment\": [\n"
              "    {\"name\": \"CACHE_URL\", \"value\": \"rediss://:${var.pw}@${aws_elasticache_replication_group.cache.primary_endpoint_address}:6379\"},\n"
              "    {\"name\": \"BUCKET\", \"value\": \"${aws_s3_bucket.b.bucket}\"},\n"
              "    {\"name\": \"MODE\", \"value\": \"production\"}]}]\n"
              "DEFS\n"
              "}\n");
        auto m = terraform::importPath(dir.path());
        QVERIFY2(m.ok(), qPrintable(m.errorString()));
        const Component *t = component(*m, QStringLiteral("tf:aws_ecs_task_definition.t"));
        QVERIFY(t);
        const QJsonArray containers = t->attributes.value(QStringLiteral("containers")).toArray();
        QCOMPARE(containers.size(), 1);
        const QJsonObject web = containers.first().toObject();
        QCOMPARE(web.value(QStringLiteral("name")).toString(), QStringLiteral("web"));
        QCOMPARE(web.value(QStringLiteral("image")).toString(), QStringLiteral("shop/web:3"));
        QCOMPARE(web.value(QStringLiteral("ports")).toArray(), QJsonArray{8080});
        QCOMPARE(web.value(QStringLiteral("environment")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("CACHE_URL")},
                                         {QStringLiteral("target"), QStringLiteral("tf:aws_elasticache_replication_group.cache")}}}));
        QVERIFY(!QJsonDocument(t->attributes).toJson().contains("s3cr3t-Value-99"));
    }

    void factsMeetTheRules()
    {
        // The importer's fact names and value shapes are what the built-in rules read: the demo's
        // SSH-open security group, its unlogged buckets and its plain-HTTP load balancer fire.
        auto m = terraform::importPath(QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop/infra"));
        QVERIFY2(m.ok(), qPrintable(m.errorString()));
        auto rules = analysis::RuleSet::loadBuiltin();
        QVERIFY(rules.ok());
        auto threats = analysis::analyse(*m, *rules);
        QVERIFY(threats.ok());
        QSet<QString> fired;
        for (const Threat &t : *threats)
            fired.insert(t.ruleId + QLatin1Char(' ') + t.targets.first());
        for (const char *expected : {"TW-CLOUD-009 tf:aws_security_group.services", "TW-CLOUD-003 tf:aws_s3_bucket.invoices",
                                     "TW-CLOUD-024 tf:aws_lb.public", "TW-CLOUD-001 tf:aws_s3_bucket.invoices",
                                     "TW-CLOUD-005 tf:aws_db_instance.orders"})
            QVERIFY2(fired.contains(QString::fromLatin1(expected)), expected);
    }

    void moduleSelfReferences()
    {
        // A module that calls itself, directly or through another module, is reported and not
        // expanded, never followed forever.
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("modules/a")));
        write(dir.filePath(QStringLiteral("main.tf")), R"(module "me" {
  source = "./"
}
module "a" {
  source = "./modules/a"
}
resource "aws_s3_bucket" "b" { bucket = "x" }
)");
        write(dir.filePath(QStringLiteral("modules/a/main.tf")), R"(module "back" {
  source = "../a"
}
)");
        auto r = terraform::importPath(dir.path());
        QVERIFY(r.ok());
        QVERIFY(component(*r, QStringLiteral("tf:aws_s3_bucket.b")));
        int selfCalls = 0;
        for (const Diagnostic &d : r->diagnostics) {
            if (d.message.contains(QStringLiteral("calls itself")))
                ++selfCalls;
        }
        QCOMPARE(selfCalls, 2);
    }

    void moduleEscapingRootIsRefused()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("outside/main.tf")), "resource \"aws_s3_bucket\" \"secret\" {}\n");
        write(dir.filePath(QStringLiteral("root/main.tf")), R"(
module "evil" { source = "../outside" }
module "registry" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.0.0"
}
module "git" { source = "git::git@example.com:org/x.git" }
)");
        auto r = terraform::importPath(dir.filePath(QStringLiteral("root")));
        QVERIFY(r.ok());
        QVERIFY(hasDiagnostic(*r, QStringLiteral("outside the import root"), DiagnosticLevel::Error));
        QVERIFY(!component(*r, QStringLiteral("tf:module.evil.aws_s3_bucket.secret")));
        const Component *reg = component(*r, QStringLiteral("tf:module.registry"));
        QVERIFY(reg);
        QCOMPARE(reg->attributes.value(QStringLiteral("module-source")).toString(), QStringLiteral("terraform-aws-modules/vpc/aws"));
        QCOMPARE(reg->attributes.value(QStringLiteral("module-version")).toString(), QStringLiteral("5.0.0"));
        QVERIFY(component(*r, QStringLiteral("tf:module.git")));

        // The real corpus: examples/complete calls "../../"; with the example as root it is refused.
        const QString example = corpus + QStringLiteral("/terraform-aws-modules-vpc/examples/complete");
        terraform::ImportOptions narrow;
        narrow.rootDir = example;
        auto refused = terraform::importPath(example, narrow);
        QVERIFY(refused.ok());
        QVERIFY(hasDiagnostic(*refused, QStringLiteral("outside the import root"), DiagnosticLevel::Error));
        QVERIFY(!boundary(*refused, QStringLiteral("tf:module.vpc.aws_vpc.this[0]")));
    }

    void localModules()
    {
        const QString repo = corpus + QStringLiteral("/terraform-aws-modules-vpc");
        terraform::ImportOptions options;
        options.rootDir = repo;
        auto r = terraform::importPath(repo + QStringLiteral("/examples/complete"), options);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        const TrustBoundary *vpc = boundary(*r, QStringLiteral("tf:module.vpc.aws_vpc.this[0]"));
        QVERIFY(vpc);
        QCOMPARE(vpc->attributes.value(QStringLiteral("cidr")).toString(), QStringLiteral("10.0.0.0/16"));
        QCOMPARE(vpc->sources.first().file, QStringLiteral("main.tf"));
        const TrustBoundary *priv = boundary(*r, QStringLiteral("tf:module.vpc.aws_subnet.private"));
        QVERIFY(priv);
        QCOMPARE(priv->parentId, vpc->id);
        // The subnet count depends on a data source: one element, marked, never guessed.
        QCOMPARE(priv->attributes.value(QStringLiteral("instances")).toString(), QStringLiteral("unknown"));
        // for_each over a known map passed in from the caller.
        QVERIFY(component(*r, QStringLiteral("tf:module.vpc.aws_customer_gateway.this[\"IP1\"]")));
        // A reference to a module output reaches the resource behind it.
        const TrustBoundary *rdsSg = boundary(*r, QStringLiteral("tf:aws_security_group.rds"));
        QVERIFY(rdsSg);
        QCOMPARE(rdsSg->parentId, vpc->id);
        QVERIFY(component(*r, QStringLiteral("tf:module.vpc_endpoints.aws_vpc_endpoint.this[\"s3\"]")));
        QCOMPARE(r->diagnostics.size(), 0);
    }

    void parseErrorKeepsOtherFiles()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("bad.tf")), "resource \"aws_s3_bucket\" \"x\" {\n  bucket = \n");
        write(dir.filePath(QStringLiteral("good.tf")), "resource \"aws_sqs_queue\" \"q\" {}\n");
        write(dir.filePath(QStringLiteral("twice.tf")), "resource \"aws_sqs_queue\" \"q\" {}\n");
        auto r = terraform::importPath(dir.path());
        QVERIFY(r.ok());
        QVERIFY(component(*r, QStringLiteral("tf:aws_sqs_queue.q")));
        int queues = 0;
        for (const Component &c : r->components)
            queues += c.id == QLatin1StringView("tf:aws_sqs_queue.q");
        QCOMPARE(queues, 1);
        QVERIFY(hasDiagnostic(*r, QStringLiteral("Duplicate"), DiagnosticLevel::Warning));
        bool found = false;
        for (const Diagnostic &d : r->diagnostics)
            if (d.level == DiagnosticLevel::Error && d.source.file == QLatin1StringView("bad.tf") && d.source.line > 0)
                found = true;
        QVERIFY(found);
    }

    void tfJson()
    {
        const QString dir = corpus + QStringLiteral("/opentofu-opentofu/internal/configs/testdata/valid-files");
        auto r = terraform::importPath(dir + QStringLiteral("/resources.tf.json"), {dir, nullptr, {}});
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        const Component *a = component(*r, QStringLiteral("tf:test_object.a[0]"));
        QVERIFY(a);
        QCOMPARE(a->sources.first().file, QStringLiteral("resources.tf.json"));
        QCOMPARE(a->sources.first().line, 4);
        QVERIFY(component(*r, QStringLiteral("tf:test_object.b[0]")));

        // The whole folder: every .tf.json and .tf, bad files reported, good ones imported.
        auto all = terraform::importPath(dir);
        QVERIFY(all.ok());
        QVERIFY(!all->components.isEmpty());

        QTemporaryDir tmp;
        write(tmp.filePath(QStringLiteral("main.tf.json")), R"({
  "variable": { "env": { "default": "prod" } },
  "resource": {
    "aws_s3_bucket": {
      "b": {
        "bucket": "data-${var.env}",
        "versioning": { "enabled": true }
      }
    },
    "aws_db_instance": {
      "d": { "publicly_accessible": true, "password": "hunter2-secret", "vpc_security_group_ids": ["${aws_security_group.s.id}"] }
    },
    "aws_security_group": {
      "s": { "ingress": [ { "from_port": 5432, "to_port": 5432, "cidr_blocks": ["0.0.0.0/0"] } ] }
    }
  }
})");
        auto j = terraform::importPath(tmp.path());
        QVERIFY(j.ok());
        const Component *b = component(*j, QStringLiteral("tf:aws_s3_bucket.b"));
        QVERIFY(b);
        QCOMPARE(b->attributes.value(QStringLiteral("cloud-name")).toString(), QStringLiteral("data-prod"));
        QCOMPARE(fact(b->attributes, "versioning"), QStringLiteral("true"));
        QCOMPARE(b->sources.first().line, 5);
        const Component *d = component(*j, QStringLiteral("tf:aws_db_instance.d"));
        QVERIFY(d);
        QCOMPARE(d->boundaryId, QStringLiteral("tf:aws_security_group.s"));
        QVERIFY(d->attributes.value(QStringLiteral("plaintext-secret")).toBool());
        QVERIFY(!QJsonDocument(toJson(*j)).toJson().contains("hunter2-secret"));
        QVERIFY(boundary(*j, QStringLiteral("tf:aws_security_group.s"))->attributes.value(QStringLiteral("world-open-ports")).toArray().contains(QStringLiteral("5432")));
    }

    void planJson()
    {
        QTemporaryDir tmp;
        write(tmp.filePath(QStringLiteral("plan.json")), R"({
  "format_version": "1.2",
  "planned_values": { "root_module": {
    "resources": [
      { "address": "aws_s3_bucket.b", "mode": "managed", "type": "aws_s3_bucket", "name": "b",
        "values": { "bucket": "resolved-name", "acl": "public-read" } }
    ],
    "child_modules": [ { "address": "module.app", "resources": [
      { "address": "module.app.aws_lambda_function.f[0]", "mode": "managed", "type": "aws_lambda_function", "name": "f",
        "index": 0, "values": { "function_name": "fn" } } ] } ]
  } },
  "configuration": { "root_module": {
    "resources": [ { "address": "aws_s3_bucket.b", "expressions": { "bucket": { "constant_value": "x" } } } ],
    "module_calls": { "app": { "module": { "resources": [
      { "address": "aws_lambda_function.f", "expressions": { "environment": [ { "variables": { "references": ["aws_s3_bucket.b.id", "aws_s3_bucket.b"] } } ] } } ] } } }
  } }
})");
        auto r = terraform::importPath(tmp.filePath(QStringLiteral("plan.json")));
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        const Component *b = component(*r, QStringLiteral("tf:aws_s3_bucket.b"));
        QVERIFY(b);
        QCOMPARE(b->attributes.value(QStringLiteral("cloud-name")).toString(), QStringLiteral("resolved-name"));
        QCOMPARE(fact(b->attributes, attr::PublicAccess), QStringLiteral("true"));
        const Component *f = component(*r, QStringLiteral("tf:module.app.aws_lambda_function.f[0]"));
        QVERIFY(f);
        QCOMPARE(f->kind, ComponentKind::Function);
    }

    void cancel()
    {
        std::atomic<bool> cancelled{true};
        terraform::ImportOptions options;
        options.cancel = &cancelled;
        int lastProgress = -1;
        auto r = terraform::importPath(terragoat + QStringLiteral("/aws"), options);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("cancelled"));
        options.cancel = nullptr;
        options.progress = [&](int p) { lastProgress = p; };
        QVERIFY(terraform::importPath(terragoat + QStringLiteral("/aws"), options).ok());
        QCOMPARE(lastProgress, 100);
    }

    void inputOutsideRootRefused()
    {
        terraform::ImportOptions options;
        options.rootDir = terragoat + QStringLiteral("/gcp");
        QVERIFY(!terraform::importPath(terragoat + QStringLiteral("/aws"), options).ok());
    }

    void moreCategories()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("main.tf")), R"(
resource "aws_cognito_user_pool" "users" {}
resource "aws_sagemaker_endpoint" "model" {}
resource "aws_ecs_cluster" "c" {}
resource "aws_ecs_service" "svc" { cluster = aws_ecs_cluster.c.id }
resource "aws_lb" "internal" { internal = true }
resource "aws_lb" "public" {}
resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.public.arn
  protocol          = "HTTP"
}
resource "aws_s3_bucket" "locked" {}
resource "aws_s3_bucket_public_access_block" "locked" {
  bucket                  = aws_s3_bucket.locked.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
resource "aws_s3_bucket_server_side_encryption_configuration" "locked" {
  bucket = aws_s3_bucket.locked.bucket
  rule {
    apply_server_side_encryption_by_default { sse_algorithm = "AES256" }
  }
}
resource "aws_iam_role" "admin" { name = "admin" }
resource "aws_iam_role_policy_attachment" "admin" {
  role       = aws_iam_role.admin.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}
resource "aws_secretsmanager_secret" "s" {}
resource "azurerm_resource_group" "rg" { name = "rg" }
resource "azurerm_network_security_group" "nsg" {
  resource_group_name = azurerm_resource_group.rg.name
}
resource "azurerm_network_security_rule" "rdp" {
  network_security_group_name = azurerm_network_security_group.nsg.name
  direction                   = "Inbound"
  access                      = "Allow"
  source_address_prefix       = "Internet"
  destination_port_range      = "3389"
}
resource "azurerm_servicebus_queue" "q" {}
resource "google_cloud_run_service" "run" {}
resource "google_cloud_run_service_iam_member" "public" {
  service = google_cloud_run_service.run.name
  role    = "roles/run.invoker"
  member  = "allUsers"
}
resource "google_pubsub_topic" "t" {}
resource "kubernetes_namespace" "ns" {
  metadata { name = "shop" }
}
resource "kubernetes_deployment" "web" {
  metadata { namespace = kubernetes_namespace.ns.metadata[0].name }
}
resource "kubernetes_cluster_role" "god" {
  rule {
    verbs     = ["*"]
    resources = ["*"]
  }
}
resource "kubernetes_secret" "db" {
  metadata { namespace = kubernetes_namespace.ns.metadata[0].name }
}
)");
        auto r = terraform::importPath(dir.path());
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        const ModelFragment &m = *r;
        auto kindOf = [&](const char *id) {
            const Component *c = component(m, QString::fromLatin1(id));
            return c ? int(c->kind) : -1;
        };
        QCOMPARE(kindOf("tf:aws_cognito_user_pool.users"), int(ComponentKind::IdentityProvider));
        QCOMPARE(kindOf("tf:aws_sagemaker_endpoint.model"), int(ComponentKind::AiService));
        QCOMPARE(kindOf("tf:aws_secretsmanager_secret.s"), int(ComponentKind::SecretStore));
        QCOMPARE(kindOf("tf:azurerm_servicebus_queue.q"), int(ComponentKind::Queue));
        QCOMPARE(kindOf("tf:google_pubsub_topic.t"), int(ComponentKind::Queue));
        QCOMPARE(kindOf("tf:google_cloud_run_service.run"), int(ComponentKind::Service));
        QCOMPARE(kindOf("tf:kubernetes_secret.db"), int(ComponentKind::SecretStore));
        QCOMPARE(boundary(m, QStringLiteral("tf:aws_ecs_cluster.c"))->kind, BoundaryKind::Cluster);
        QCOMPARE(component(m, QStringLiteral("tf:aws_ecs_service.svc"))->boundaryId, QStringLiteral("tf:aws_ecs_cluster.c"));
        QCOMPARE(boundary(m, QStringLiteral("tf:kubernetes_namespace.ns"))->kind, BoundaryKind::Namespace);
        QCOMPARE(component(m, QStringLiteral("tf:kubernetes_deployment.web"))->boundaryId, QStringLiteral("tf:kubernetes_namespace.ns"));
        QCOMPARE(boundary(m, QStringLiteral("tf:azurerm_resource_group.rg"))->kind, BoundaryKind::CloudAccount);
        QCOMPARE(boundary(m, QStringLiteral("tf:azurerm_network_security_group.nsg"))->parentId, QStringLiteral("tf:azurerm_resource_group.rg"));
        QCOMPARE(boundary(m, QStringLiteral("tf:azurerm_network_security_group.nsg"))->attributes.value(QStringLiteral("world-open-ports")).toArray(),
                 QJsonArray{QStringLiteral("3389")});
        QCOMPARE(fact(component(m, QStringLiteral("tf:aws_lb.internal"))->attributes, attr::InternetFacing), QStringLiteral("false"));
        const Component *lb = component(m, QStringLiteral("tf:aws_lb.public"));
        QCOMPARE(fact(lb->attributes, attr::InternetFacing), QStringLiteral("true"));
        QCOMPARE(fact(lb->attributes, attr::PlainHttp), QStringLiteral("true"));
        QCOMPARE(lb->sources.size(), 2); // the listener's evidence is kept
        const Component *locked = component(m, QStringLiteral("tf:aws_s3_bucket.locked"));
        QCOMPARE(fact(locked->attributes, "public-access-blocked"), QStringLiteral("true"));
        QCOMPARE(fact(locked->attributes, attr::EncryptedAtRest), QStringLiteral("true"));
        const Component *admin = component(m, QStringLiteral("tf:aws_iam_role_policy_attachment.admin"));
        QCOMPARE(fact(admin->attributes, "admin-policy"), QStringLiteral("true"));
        QCOMPARE(fact(admin->attributes, "pass-role"), QStringLiteral("true"));
        QVERIFY(flow(m, admin->id, QStringLiteral("tf:aws_iam_role.admin")));
        QCOMPARE(fact(component(m, QStringLiteral("tf:google_cloud_run_service.run"))->attributes, attr::PublicAccess), QStringLiteral("true"));
        QCOMPARE(fact(component(m, QStringLiteral("tf:kubernetes_cluster_role.god"))->attributes, "wildcard-action"), QStringLiteral("true"));
        QCOMPARE(fact(component(m, QStringLiteral("tf:kubernetes_cluster_role.god"))->attributes, "wildcard-resource"), QStringLiteral("true"));
        // The synthetic internet entity carries evidence too.
        const Component *internet = component(m, QStringLiteral("tf:internet"));
        QVERIFY(internet);
        QVERIFY(!internet->sources.isEmpty());
    }

    void moduleInstances()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("modules/db/main.tf")), R"(
variable "name" {}
variable "public" { default = false }
resource "aws_db_instance" "this" {
  identifier          = var.name
  publicly_accessible = var.public
}
output "id" { value = aws_db_instance.this.id }
)");
        write(dir.filePath(QStringLiteral("main.tf")), R"(
module "db" {
  source   = "./modules/db"
  for_each = { blue = true, green = false }
  name     = "db-${each.key}"
  public   = each.value
}
module "single" {
  count  = 1
  source = "./modules/db"
  name   = "single"
}
resource "aws_lambda_function" "app" {
  function_name = "app"
  environment { variables = { DB = module.db["blue"].id } }
}
)");
        auto r = terraform::importPath(dir.path());
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        const Component *blue = component(*r, QStringLiteral("tf:module.db[\"blue\"].aws_db_instance.this"));
        QVERIFY(blue);
        QCOMPARE(blue->attributes.value(QStringLiteral("cloud-name")).toString(), QStringLiteral("db-blue"));
        QCOMPARE(fact(blue->attributes, attr::PublicAccess), QStringLiteral("true"));
        QCOMPARE(blue->sources.first().file, QStringLiteral("modules/db/main.tf"));
        const Component *green = component(*r, QStringLiteral("tf:module.db[\"green\"].aws_db_instance.this"));
        QVERIFY(green);
        QCOMPARE(fact(green->attributes, attr::PublicAccess), QStringLiteral("false"));
        QVERIFY(component(*r, QStringLiteral("tf:module.single[0].aws_db_instance.this")));
        QVERIFY(flow(*r, QStringLiteral("tf:aws_lambda_function.app"), blue->id));
        QVERIFY(!flow(*r, QStringLiteral("tf:aws_lambda_function.app"), green->id));
    }

    void mappingTable()
    {
        const auto types = terraform::resourceTypes();
        QVERIFY(types.size() >= 150);
        QSet<QString> providers;
        for (const auto &t : types)
            providers.insert(QString::fromLatin1(t.type.data(), qsizetype(t.type.size())).section(QLatin1Char('_'), 0, 0));
        for (const char *p : {"aws", "azurerm", "google", "kubernetes"})
            QVERIFY(providers.contains(QString::fromLatin1(p)));
        // docs/terraform-importer.md lists exactly the types of the table.
        QFile doc(QStringLiteral(TW_SOURCE_DIR "/docs/terraform-importer.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        static const QRegularExpression row(QStringLiteral("^\\| `([a-z0-9_]+)` \\|"), QRegularExpression::MultilineOption);
        QSet<QString> documented;
        for (auto it = row.globalMatch(text); it.hasNext();)
            documented.insert(it.next().captured(1));
        QSet<QString> inCode;
        for (const auto &t : types)
            inCode.insert(QString::fromLatin1(t.type.data(), qsizetype(t.type.size())));
        QStringList missingInDoc = QSet<QString>(inCode).subtract(documented).values();
        QStringList missingInCode = QSet<QString>(documented).subtract(inCode).values();
        missingInDoc.sort();
        missingInCode.sort();
        QCOMPARE(missingInDoc, QStringList());
        QCOMPARE(missingInCode, QStringList());
    }
};

QTEST_GUILESS_MAIN(TstTerraform)
#include "tst_terraform.moc"
