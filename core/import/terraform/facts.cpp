// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/terraform/facts.h"

#include "model/model.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>

namespace tw::terraform {
namespace {

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

/** A nested block (list of maps) or an object attribute, as one map; Null when absent. */
Value block(const Value &v, const char *name)
{
    const Value x = v.get(key(name));
    if (x.isList())
        return x.items().empty() ? Value::null() : x.items().front();
    return x;
}

/** Every instance of a nested block. */
Value::List blocks(const Value &v, const char *name)
{
    const Value x = v.get(key(name));
    if (x.isList())
        return x.items();
    if (x.isMap())
        return {x};
    return {};
}

bool present(const Value &v)
{
    if (v.isNull())
        return false;
    if (v.isList())
        return !v.items().empty();
    if (v.isMap())
        return !v.entries().empty();
    if (v.isString())
        return !v.toStringValue().isEmpty();
    return true; // unknown or scalar: something is configured
}

/** Strings of a string-or-list value; unknown items are left out. */
QStringList strings(const Value &v)
{
    QStringList out;
    if (v.isList()) {
        for (const Value &item : v.items())
            if (auto s = item.asString())
                out.append(*s);
    } else if (auto s = v.asString()) {
        out.append(*s);
    }
    return out;
}

void setBool(QJsonObject &facts, const char *name, std::optional<bool> value)
{
    if (value)
        facts.insert(key(name), *value);
}

QString portRange(const Value &from, const Value &to, const Value &protocol)
{
    auto f = from.asNumber();
    auto t = to.asNumber();
    const QString proto = protocol.asString().value_or(QString());
    if (proto == QLatin1StringView("-1") || proto == QLatin1StringView("all") || (f && t && *f == 0 && (*t == 0 || *t >= 65535)))
        return QStringLiteral("all");
    if (f && t && *f != *t)
        return QString::number(qint64(*f)) + QLatin1Char('-') + QString::number(qint64(*t));
    if (f)
        return QString::number(qint64(*f));
    return QStringLiteral("unknown");
}

void addOpenPorts(QJsonObject &facts, const QStringList &ports)
{
    facts.insert(key(attr::InternetFacing), true);
    QJsonArray list = facts.value(key(fact::WorldOpenPorts)).toArray();
    for (QString p : ports) {
        // One spelling per port set: "22-22" is "22", every port is "all".
        const QStringList range = p.split(QLatin1Char('-'));
        if (p == QLatin1StringView("*") || p == QLatin1StringView("0-65535") || p == QLatin1StringView("1-65535"))
            p = QStringLiteral("all");
        else if (range.size() == 2 && range[0] == range[1])
            p = range[0];
        if (!list.contains(p))
            list.append(p);
    }
    facts.insert(key(fact::WorldOpenPorts), list);
}

bool anyWorld(const QStringList &sources)
{
    for (const QString &s : sources)
        if (isWorld(s))
            return true;
    return false;
}

/** AWS security group ingress blocks, security group rules and the newer ingress rule type. */
void awsIngress(QJsonObject &facts, const QString &type, const Value &cfg)
{
    auto check = [&](const Value &rule) {
        QStringList sources = strings(rule.get(QStringLiteral("cidr_blocks")));
        sources += strings(rule.get(QStringLiteral("ipv6_cidr_blocks")));
        sources += strings(rule.get(QStringLiteral("cidr_ipv4")));
        sources += strings(rule.get(QStringLiteral("cidr_ipv6")));
        if (anyWorld(sources))
            addOpenPorts(facts, {portRange(rule.get(QStringLiteral("from_port")), rule.get(QStringLiteral("to_port")),
                                           rule.get(QStringLiteral("protocol")).isNull()
                                               ? rule.get(QStringLiteral("ip_protocol"))
                                               : rule.get(QStringLiteral("protocol")))});
    };
    if (type == QLatin1StringView("aws_security_group_rule")) {
        if (cfg.get(QStringLiteral("type")).asString() == QStringLiteral("ingress"))
            check(cfg);
        return;
    }
    if (type == QLatin1StringView("aws_vpc_security_group_ingress_rule")) {
        check(cfg);
        return;
    }
    for (const Value &rule : blocks(cfg, "ingress"))
        check(rule);
}

void azureIngress(QJsonObject &facts, const Value &rule)
{
    const QString direction = rule.get(QStringLiteral("direction")).asString().value_or(QString());
    const QString access = rule.get(QStringLiteral("access")).asString().value_or(QString());
    if (direction.compare(QLatin1StringView("Inbound"), Qt::CaseInsensitive) != 0
        || access.compare(QLatin1StringView("Allow"), Qt::CaseInsensitive) != 0)
        return;
    QStringList sources = strings(rule.get(QStringLiteral("source_address_prefix")));
    sources += strings(rule.get(QStringLiteral("source_address_prefixes")));
    if (!anyWorld(sources))
        return;
    QStringList ports = strings(rule.get(QStringLiteral("destination_port_range")));
    ports += strings(rule.get(QStringLiteral("destination_port_ranges")));
    for (QString &p : ports)
        if (p == QLatin1StringView("*"))
            p = QStringLiteral("all");
    addOpenPorts(facts, ports.isEmpty() ? QStringList{QStringLiteral("unknown")} : ports);
}

void gcpIngress(QJsonObject &facts, const Value &cfg)
{
    const QString direction = cfg.get(QStringLiteral("direction")).asString().value_or(QStringLiteral("INGRESS"));
    if (direction != QLatin1StringView("INGRESS") || !anyWorld(strings(cfg.get(QStringLiteral("source_ranges")))))
        return;
    QStringList ports;
    for (const Value &allow : blocks(cfg, "allow")) {
        const QStringList p = strings(allow.get(QStringLiteral("ports")));
        ports += p.isEmpty() ? QStringList{QStringLiteral("all")} : p;
    }
    if (ports.isEmpty())
        return; // only deny blocks
    addOpenPorts(facts, ports);
    // Without target tags or service accounts a rule applies to every instance of the network.
    if (!present(cfg.get(QStringLiteral("target_tags"))) && !present(cfg.get(QStringLiteral("target_service_accounts"))))
        facts.insert(QStringLiteral("applies-to-network"), true);
}

void walkWorkload(QJsonObject &facts, const Value &v, int depth)
{
    if (depth > 32)
        return;
    if (v.isList()) {
        for (const Value &item : v.items())
            walkWorkload(facts, item, depth + 1);
        return;
    }
    if (!v.isMap())
        return;
    for (const auto &[k, x] : v.entries()) {
        if (k == QLatin1StringView("privileged") && x.asBool() == true)
            facts.insert(key(attr::Privileged), true);
        else if (k == QLatin1StringView("run_as_user") && x.asNumber() == 0.0)
            facts.insert(key(attr::RunsAsRoot), true);
        else if (k == QLatin1StringView("host_network") && x.asBool() == true)
            facts.insert(key(fact::HostNetwork), true);
        else
            walkWorkload(facts, x, depth + 1);
    }
}

const QRegularExpression &secretKeyPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "(^|_)(password|passwd|pwd|secret|secret_key|secret_access_key|access_key|access_key_id|token|api_key|apikey|"
        "private_key|client_secret|connection_string|sas_token|auth_token)($|_)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool isSecretKey(const QString &name)
{
    static const QRegularExpression notSecret(
        QStringLiteral("(_id|_arn|_name|_length|_version|_policy|_type|_enabled|_rotation|_wo|_arns|_ids|_names|_special|_count)$"),
        QRegularExpression::CaseInsensitiveOption);
    return secretKeyPattern().match(name).hasMatch() && !notSecret.match(name).hasMatch();
}

void scanText(const QString &text, const QString &path, QJsonArray &out)
{
    // Key material embedded in free text (user data, scripts): AWS key ids and NAME=value secrets.
    static const QRegularExpression akia(QStringLiteral("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b"));
    static const QRegularExpression assign(QStringLiteral(
        "\\b([A-Z0-9_]*(SECRET|PASSWORD|TOKEN|PRIVATE_KEY)[A-Z0-9_]*)['\"]?\\s*[=:,]\\s*['\"]?([^\\s'\"\\x01]{6,})['\"]?"));
    QSet<QString> seen;
    auto it = akia.globalMatch(text);
    while (it.hasNext()) {
        const QString secret = it.next().captured(0);
        if (seen.contains(secret))
            continue;
        seen.insert(secret);
        out.append(QJsonObject{{QStringLiteral("path"), path},
                               {QStringLiteral("type"), QStringLiteral("aws-access-key-id")},
                               {QStringLiteral("fingerprint"), secretFingerprint(secret)}});
    }
    it = assign.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString secret = m.captured(3);
        if (seen.contains(secret) || secret.startsWith(QLatin1Char('$')))
            continue;
        seen.insert(secret);
        out.append(QJsonObject{{QStringLiteral("path"), path + QLatin1Char(':') + m.captured(1)},
                               {QStringLiteral("type"), m.captured(2).toLower().replace(QLatin1Char('_'), QLatin1Char('-'))},
                               {QStringLiteral("fingerprint"), secretFingerprint(secret)}});
    }
}

QString secretType(const QString &name, const QString &value)
{
    static const QRegularExpression akia(QStringLiteral("^(AKIA|ASIA)[0-9A-Z]{16}$"));
    if (akia.match(value).hasMatch())
        return QStringLiteral("aws-access-key-id");
    const QString n = name.toLower();
    if (n.contains(QLatin1StringView("password")) || n.contains(QLatin1StringView("passwd")) || n == QLatin1StringView("pwd"))
        return QStringLiteral("password");
    if (n.contains(QLatin1StringView("private_key")))
        return QStringLiteral("private-key");
    if (n.contains(QLatin1StringView("token")))
        return QStringLiteral("token");
    if (n.contains(QLatin1StringView("access_key")) || n.contains(QLatin1StringView("secret")))
        return QStringLiteral("access-key");
    return QStringLiteral("secret");
}

} // namespace

QJsonArray findSecretsInText(const QString &text, const QString &path)
{
    QJsonArray out;
    scanText(text, path, out);
    return out;
}

bool isWorld(const QString &source)
{
    const QString s = source.trimmed();
    return s == QLatin1StringView("0.0.0.0/0") || s == QLatin1StringView("::/0") || s == QLatin1StringView("*")
        || s == QLatin1StringView("0.0.0.0") || s.compare(QLatin1StringView("Internet"), Qt::CaseInsensitive) == 0
        || s.compare(QLatin1StringView("Any"), Qt::CaseInsensitive) == 0;
}

QString secretFingerprint(const QString &secret)
{
    return QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
}

QJsonArray findSecrets(const Value &config, const QString &path)
{
    QJsonArray out;
    if (config.isMap()) {
        for (const auto &[k, v] : config.entries()) {
            const QString p = path.isEmpty() ? k : path + QLatin1Char('.') + k;
            if (v.isString() && isSecretKey(k) && !v.toStringValue().isEmpty()) {
                out.append(QJsonObject{{QStringLiteral("path"), p},
                                       {QStringLiteral("type"), secretType(k, v.toStringValue())},
                                       {QStringLiteral("fingerprint"), secretFingerprint(v.toStringValue())}});
                continue;
            }
            // Policies and certificates are public material, and scanning them only adds noise.
            if (k.endsWith(QLatin1StringView("policy")) || k == QLatin1StringView("policy"))
                continue;
            const QJsonArray inner = findSecrets(v, p);
            for (const QJsonValue &x : inner)
                out.append(x);
        }
    } else if (config.isList()) {
        for (std::size_t i = 0; i < config.items().size(); ++i) {
            const QJsonArray inner = findSecrets(config.items()[i], path);
            for (const QJsonValue &x : inner)
                out.append(x);
        }
    } else if (config.isString() && config.toStringValue().size() > 20) {
        scanText(config.toStringValue(), path, out);
    }
    return out;
}

QJsonObject policyFacts(const Value &document)
{
    QJsonObject facts;
    Value doc = document;
    if (doc.isString()) {
        auto parsed = valueFromJson(doc.toStringValue());
        if (!parsed)
            return facts;
        doc = *parsed;
    }
    if (!doc.isMap())
        return facts;
    const Value statements = doc.get(QStringLiteral("Statement"));
    Value::List list = statements.isList() ? statements.items() : Value::List{statements};
    for (const Value &st : list) {
        if (!st.isMap())
            continue;
        const QString effect = st.get(QStringLiteral("Effect")).asString().value_or(QStringLiteral("Allow"));
        if (effect != QLatin1StringView("Allow"))
            continue;
        const QStringList actions = strings(st.get(QStringLiteral("Action")));
        for (const QString &a : actions) {
            if (a == QLatin1StringView("*") || a.endsWith(QLatin1StringView(":*")))
                facts.insert(key(fact::WildcardAction), true);
            if (a == QLatin1StringView("*") || a.compare(QLatin1StringView("iam:PassRole"), Qt::CaseInsensitive) == 0
                || a.compare(QLatin1StringView("iam:*"), Qt::CaseInsensitive) == 0
                || a.compare(QLatin1StringView("iam:Pass*"), Qt::CaseInsensitive) == 0)
                facts.insert(key(fact::PassRole), true);
        }
        if (st.get(QStringLiteral("NotAction")).isKnown() && !st.get(QStringLiteral("NotAction")).isNull())
            facts.insert(key(fact::WildcardAction), true);
        if (strings(st.get(QStringLiteral("Resource"))).contains(QStringLiteral("*")))
            facts.insert(key(fact::WildcardResource), true);
        const Value principal = st.get(QStringLiteral("Principal"));
        bool isPublic = principal.asString() == QStringLiteral("*");
        if (principal.isMap())
            for (const auto &[k, v] : principal.entries())
                if (strings(v).contains(QStringLiteral("*")))
                    isPublic = true;
        if (isPublic)
            facts.insert(key(fact::PublicPrincipal), true);
    }
    return facts;
}

namespace {

/** A reference to a customer-managed key (KMS, Key Vault, Cloud KMS) anywhere in a configuration. */
bool hasKeyReference(const Value &v, int depth)
{
    if (depth > 8)
        return false;
    if (v.isList()) {
        for (const Value &item : v.items())
            if (hasKeyReference(item, depth + 1))
                return true;
        return false;
    }
    if (!v.isMap())
        return false;
    static const QSet<QString> names = {QStringLiteral("kms_key_id"),        QStringLiteral("kms_key_arn"),
                                        QStringLiteral("kms_master_key_id"), QStringLiteral("kms_key_name"),
                                        QStringLiteral("kms_key_self_link"), QStringLiteral("kms_key"),
                                        QStringLiteral("key_vault_key_id"),  QStringLiteral("customer_managed_key")};
    for (const auto &[k, x] : v.entries()) {
        if (names.contains(k) && present(x))
            return true;
        if (hasKeyReference(x, depth + 1))
            return true;
    }
    return false;
}

/**
 * Posture facts the cloud rules read beyond exposure and IAM: key ownership, audit scope, TLS,
 * metadata service, deletion protection, registry and cluster hardening. Provider defaults that
 * depend on the resource type are applied here only when the attribute is absent (Null), never
 * when it is unknown.
 */
void postureFacts(QJsonObject &facts, const QString &type, const Value &cfg)
{
    auto get = [&](const char *name) { return cfg.get(key(name)); };
    auto is = [&](const char *t) { return type == QLatin1StringView(t); };
    // The value, or the provider default when the attribute is not written at all.
    auto boolOr = [&](const Value &v, bool fallback) -> std::optional<bool> { return v.isNull() ? std::optional<bool>(fallback) : v.asBool(); };
    auto stringOr = [&](const Value &v, const QString &fallback) -> std::optional<QString> {
        return v.isNull() ? std::optional<QString>(fallback) : v.asString();
    };

    // Storage: public write, versioning written as a string or a status, OCI/Alibaba specifics.
    for (const char *name : {"acl", "canned_acl", "predefined_acl"})
        if (auto acl = get(name).asString()) {
            const QString a = acl->toLower().remove(QLatin1Char('-'));
            if (a == QLatin1StringView("publicreadwrite"))
                facts.insert(key(fact::PublicWrite), true);
        }
    if (get("versioning").isString())
        facts.insert(key(fact::Versioning), get("versioning").toStringValue().compare(QLatin1StringView("Enabled"), Qt::CaseInsensitive) == 0);
    if (const Value v = block(cfg, "versioning"); v.isMap())
        if (auto status = v.get(QStringLiteral("status")).asString())
            facts.insert(key(fact::Versioning), status->compare(QLatin1StringView("Enabled"), Qt::CaseInsensitive) == 0);
    if (is("oci_objectstorage_bucket")) {
        if (auto access = stringOr(get("access_type"), QStringLiteral("NoPublicAccess")))
            facts.insert(key(attr::PublicAccess), access->startsWith(QLatin1StringView("ObjectRead")));
        setBool(facts, fact::ObjectEvents, boolOr(get("object_events_enabled"), false));
    }
    if (is("aws_ami_launch_permission") && get("group").asString() == QStringLiteral("all"))
        facts.insert(key(attr::PublicAccess), true); // a public AMI: anyone can launch it and read its disks
    if (anyWorld(strings(get("security_ips")))) { // Alibaba Cloud allow-lists
        facts.insert(key(attr::PublicAccess), true);
        facts.insert(key(attr::InternetFacing), true);
    }
    if (present(get("server_side_encryption_rule")) || get("tde_status").asString() == QStringLiteral("Enabled"))
        facts.insert(key(attr::EncryptedAtRest), true);
    if (hasKeyReference(cfg, 0))
        facts.insert(key(fact::CustomerManagedKey), true);

    // Audit trails: which regions and which events they record.
    if (is("aws_cloudtrail")) {
        setBool(facts, fact::AuditAllRegions, boolOr(get("is_multi_region_trail"), false));
        for (const Value &selector : blocks(cfg, "event_selector"))
            if (auto rw = selector.get(QStringLiteral("read_write_type")).asString(); rw && *rw != QLatin1StringView("All"))
                facts.insert(key(fact::AuditAllEvents), false);
    }
    if (is("alicloud_actiontrail_trail")) {
        if (auto region = stringOr(get("trail_region"), QStringLiteral("All")))
            facts.insert(key(fact::AuditAllRegions), *region == QLatin1StringView("All"));
        if (auto rw = stringOr(get("event_rw"), QStringLiteral("Write")))
            facts.insert(key(fact::AuditAllEvents), *rw == QLatin1StringView("All"));
    }

    // Google Cloud specifics: Cloud SQL backups and TLS, dataset ACLs, instance addresses, subnet flow logs.
    if (is("google_sql_database_instance")) {
        const Value settings = block(cfg, "settings");
        const Value backup = settings.isMap() ? block(settings, "backup_configuration") : Value::null();
        setBool(facts, fact::Backup, backup.isMap() ? boolOr(backup.get(QStringLiteral("enabled")), false) : boolOr(backup, false));
        const Value ip = settings.isMap() ? block(settings, "ip_configuration") : Value::null();
        if (!ip.isMap() || (ip.get(QStringLiteral("require_ssl")).isNull() && ip.get(QStringLiteral("ssl_mode")).isNull()))
            facts.insert(key(fact::TlsEnforced), false); // unencrypted connections are allowed unless asked otherwise
    }
    for (const Value &access : blocks(cfg, "access")) {
        const QString group = access.get(QStringLiteral("special_group")).asString().value_or(QString());
        if (group == QLatin1StringView("allUsers") || group == QLatin1StringView("allAuthenticatedUsers")) {
            facts.insert(key(attr::PublicAccess), true);
            facts.insert(key(fact::PublicPrincipal), true);
        }
    }
    if (is("google_compute_instance") || is("google_compute_instance_template"))
        for (const Value &nic : blocks(cfg, "network_interface"))
            if (!nic.get(QStringLiteral("access_config")).isNull() && nic.get(QStringLiteral("access_config")).isKnown())
                facts.insert(key(fact::PublicIp), true);
    if (present(get("log_config")) || present(get("enable_cloudwatch_logs_exports")))
        facts.insert(key(fact::Logging), true);
    // GKE nodes hand their metadata (and the node's credentials) to every pod unless the GKE
    // metadata server (workload identity) hides it: the equivalent of IMDSv1 on EC2.
    if (is("google_container_cluster") || is("google_container_node_pool")) {
        const Value node = block(cfg, "node_config");
        const Value workload = node.isMap() ? block(node, "workload_metadata_config") : Value::null();
        const QString mode = workload.isMap() ? workload.get(QStringLiteral("mode")).asString().value_or(
                                                    workload.get(QStringLiteral("node_metadata")).asString().value_or(QString()))
                                              : QString();
        const bool protectedNodes = mode.startsWith(QLatin1StringView("GKE_METADATA")) || present(get("workload_identity_config"));
        if (node.isKnown() && workload.isKnown())
            facts.insert(key(fact::ImdsV1), !protectedNodes);
    }
    if (is("aws_elasticsearch_domain") && get("domain_endpoint_options").isNull()) {
        // The service's defaults without endpoint options: HTTPS not enforced, TLS 1.0 accepted.
        facts.insert(key(fact::TlsEnforced), false);
        facts.insert(key(fact::MinTlsVersion), QStringLiteral("1.0"));
    }

    // Web application firewall on gateways that can carry one.
    if (is("azurerm_application_gateway")) {
        const Value waf = block(cfg, "waf_configuration");
        const QString tier = block(cfg, "sku").get(QStringLiteral("tier")).asString().value_or(QString());
        facts.insert(key(fact::Waf), (waf.isMap() && waf.get(QStringLiteral("enabled")).asBool().value_or(true))
                                         || present(get("firewall_policy_id")) || tier.contains(QLatin1StringView("WAF")));
    }

    // Instance metadata: v1 answers unless session tokens are required (the AWS default is optional).
    if (is("aws_instance") || is("aws_launch_template") || is("aws_launch_configuration")) {
        const Value options = block(cfg, "metadata_options");
        if (options.isNull()) {
            facts.insert(key(fact::ImdsV1), true);
        } else if (options.isMap()) {
            const std::optional<QString> endpoint = stringOr(options.get(QStringLiteral("http_endpoint")), QStringLiteral("enabled"));
            const std::optional<QString> tokens = stringOr(options.get(QStringLiteral("http_tokens")), QStringLiteral("optional"));
            if (endpoint && tokens)
                facts.insert(key(fact::ImdsV1), *endpoint != QLatin1StringView("disabled") && *tokens != QLatin1StringView("required"));
        }
    }

    // Transport: TLS enforcement and the oldest TLS version accepted.
    for (const char *name : {"ssl_enforcement_enabled", "enable_https_traffic_only", "https_traffic_only_enabled"})
        setBool(facts, fact::TlsEnforced, get(name).asBool());
    // App Service answers plain HTTP unless `https_only` is set (the provider default is off).
    if (is("azurerm_app_service") || is("azurerm_linux_web_app") || is("azurerm_windows_web_app") || is("azurerm_function_app")
        || is("azurerm_linux_function_app") || is("azurerm_windows_function_app"))
        if (auto httpsOnly = boolOr(get("https_only"), false))
            facts.insert(key(attr::PlainHttp), !*httpsOnly);
    if (auto s = get("ssl_enforcement").asString())
        facts.insert(key(fact::TlsEnforced), *s == QLatin1StringView("Enabled"));
    if (auto s = is("alicloud_db_instance") ? stringOr(get("ssl_action"), QStringLiteral("Close")) : get("ssl_action").asString())
        facts.insert(key(fact::TlsEnforced), *s == QLatin1StringView("Open"));
    for (const Value &ipConfig : {block(cfg, "ip_configuration"), block(block(cfg, "settings"), "ip_configuration")}) {
        if (!ipConfig.isMap())
            continue;
        setBool(facts, fact::TlsEnforced, ipConfig.get(QStringLiteral("require_ssl")).asBool());
        if (auto mode = ipConfig.get(QStringLiteral("ssl_mode")).asString())
            facts.insert(key(fact::TlsEnforced), *mode != QLatin1StringView("ALLOW_UNENCRYPTED_AND_ENCRYPTED"));
        if (ipConfig.get(QStringLiteral("ipv4_enabled")).asBool() == true)
            facts.insert(key(fact::PublicEndpoint), true);
    }
    for (const Value &scope : {cfg, block(cfg, "site_config")})
        for (const char *name : {"min_tls_version", "minimum_tls_version", "ssl_minimal_tls_version_enforced"})
            if (scope.isMap())
                if (auto v = scope.get(key(name)).asString())
                    facts.insert(key(fact::MinTlsVersion), *v);
    if (const Value endpoint = block(cfg, "domain_endpoint_options"); endpoint.isMap()) {
        setBool(facts, fact::TlsEnforced, endpoint.get(QStringLiteral("enforce_https")).asBool());
        if (auto policy = endpoint.get(QStringLiteral("tls_security_policy")).asString(); policy && policy->contains(QLatin1StringView("TLS-1-0")))
            facts.insert(key(fact::MinTlsVersion), QStringLiteral("1.0"));
    }

    // Databases: deletion protection and database authentication by cloud identity.
    const bool relational = is("aws_db_instance") || is("aws_rds_cluster") || is("aws_neptune_cluster") || is("aws_docdb_cluster");
    if (relational)
        setBool(facts, fact::DeletionProtection, boolOr(get("deletion_protection"), false));
    else
        setBool(facts, fact::DeletionProtection, get("deletion_protection").asBool());
    if (is("azurerm_key_vault"))
        setBool(facts, fact::DeletionProtection, boolOr(get("purge_protection_enabled"), false));
    if (is("aws_db_instance") || is("aws_rds_cluster") || is("aws_neptune_cluster"))
        setBool(facts, fact::IamDatabaseAuth, boolOr(get("iam_database_authentication_enabled"), false));
    if (is("aws_elasticsearch_domain") || is("aws_opensearch_domain"))
        if (get("vpc_options").isNull())
            facts.insert(key(fact::PublicEndpoint), true);
    if (is("azurerm_mssql_server") || is("azurerm_sql_server") || is("azurerm_postgresql_server") || is("azurerm_mysql_server"))
        if (get("public_network_access_enabled").isNull())
            facts.insert(key(fact::PublicEndpoint), true);
    if (present(get("extended_auditing_policy")) || type.endsWith(QLatin1StringView("_extended_auditing_policy")))
        facts.insert(key(fact::Logging), true);

    // Container registries.
    if (is("aws_ecr_repository")) {
        if (auto m = stringOr(get("image_tag_mutability"), QStringLiteral("MUTABLE")))
            facts.insert(key(fact::ImageTagMutable), *m == QLatin1StringView("MUTABLE"));
        const Value scanning = block(cfg, "image_scanning_configuration");
        setBool(facts, fact::ImageScanning, scanning.isMap() ? boolOr(scanning.get(QStringLiteral("scan_on_push")), false) : boolOr(scanning, false));
    }

    // Managed Kubernetes control planes.
    if (is("aws_eks_cluster"))
        facts.insert(key(fact::SecretsEncryption), present(get("encryption_config")));
    if (is("google_container_cluster")) {
        const Value db = block(cfg, "database_encryption");
        facts.insert(key(fact::SecretsEncryption), db.isMap() && db.get(QStringLiteral("state")).asString() == QStringLiteral("ENCRYPTED"));
        const Value priv = block(cfg, "private_cluster_config");
        if (!priv.isMap() || priv.get(QStringLiteral("enable_private_endpoint")).asBool() != true)
            facts.insert(key(fact::PublicEndpoint), true);
        for (const char *name : {"logging_service", "monitoring_service"})
            if (get(name).asString() == QStringLiteral("none"))
                facts.insert(key(fact::Logging), false);
        const Value policy = block(cfg, "network_policy");
        setBool(facts, fact::NetworkPolicy, policy.isMap() ? boolOr(policy.get(QStringLiteral("enabled")), false) : boolOr(policy, false));
        if (get("enable_legacy_abac").asBool() == true)
            facts.insert(key(fact::LegacyAbac), true);
    }
    if (is("azurerm_kubernetes_cluster")) {
        if (auto priv = boolOr(get("private_cluster_enabled"), false); priv && !*priv) {
            facts.insert(key(fact::PublicEndpoint), true);
            if (!present(get("api_server_authorized_ip_ranges")) && !present(get("api_server_access_profile")))
                facts.insert(key(attr::InternetFacing), true);
        }
        const Value rbac = block(cfg, "role_based_access_control");
        if (rbac.isMap())
            setBool(facts, fact::RbacEnabled, rbac.get(QStringLiteral("enabled")).asBool());
        setBool(facts, fact::RbacEnabled, get("role_based_access_control_enabled").asBool());
        const Value network = block(cfg, "network_profile");
        facts.insert(key(fact::NetworkPolicy), network.isMap() && present(network.get(QStringLiteral("network_policy"))));
        const Value addons = block(cfg, "addon_profile");
        if (addons.isMap()) {
            if (block(addons, "kube_dashboard").get(QStringLiteral("enabled")).asBool() == true)
                facts.insert(key(fact::Dashboard), true);
            if (block(addons, "oms_agent").get(QStringLiteral("enabled")).asBool() == false)
                facts.insert(key(fact::Logging), false);
        }
    }
}

} // namespace

QJsonObject extractFacts(const QString &type, const ResourceType *entry, const Value &cfg)
{
    QJsonObject facts;
    if (!cfg.isMap())
        return facts;
    auto get = [&](const char *name) { return cfg.get(key(name)); };

    // Encryption at rest.
    for (const char *name : {"storage_encrypted", "encrypted", "encrypt", "at_rest_encryption_enabled", "enable_encryption"})
        setBool(facts, attr::EncryptedAtRest, get(name).asBool());
    for (const char *name : {"encryption_at_rest", "encrypt_at_rest", "server_side_encryption", "sse_specification"}) {
        const Value b = block(cfg, name);
        if (b.isMap())
            setBool(facts, attr::EncryptedAtRest, b.get(QStringLiteral("enabled")).asBool().value_or(true));
    }
    for (const char *name : {"server_side_encryption_configuration", "kms_key_id", "kms_key_arn", "kms_master_key_id", "encryption",
                             "encryption_configuration", "disk_encryption_key", "customer_managed_key", "kms_key_name",
                             "database_encryption", "disk_encryption_set_id"})
        if (present(get(name)))
            facts.insert(key(attr::EncryptedAtRest), true);
    if (type == QLatin1StringView("aws_s3_bucket_server_side_encryption_configuration"))
        facts.insert(key(attr::EncryptedAtRest), true);

    // Public access.
    for (const char *name : {"acl", "canned_acl", "predefined_acl"}) {
        if (auto acl = get(name).asString()) {
            const QString a = acl->toLower();
            if (a.startsWith(QLatin1StringView("public")) || a == QLatin1StringView("authenticated-read"))
                facts.insert(key(attr::PublicAccess), true);
            else if (!facts.contains(key(attr::PublicAccess)))
                facts.insert(key(attr::PublicAccess), false);
        }
    }
    if (auto p = get("publicly_accessible").asBool()) {
        facts.insert(key(attr::PublicAccess), *p);
        if (*p)
            facts.insert(key(attr::InternetFacing), true);
    }
    setBool(facts, attr::PublicAccess, get("public_network_access_enabled").asBool());
    for (const char *name : {"allow_blob_public_access", "allow_nested_items_to_be_public"})
        if (get(name).asBool() == true)
            facts.insert(key(attr::PublicAccess), true);
    if (auto c = get("container_access_type").asString())
        facts.insert(key(attr::PublicAccess), *c == QLatin1StringView("blob") || *c == QLatin1StringView("container"));
    {
        QStringList members = strings(get("members"));
        members += strings(get("member"));
        members += strings(get("role_entity"));
        for (const QString &m : members)
            if (m.contains(QLatin1StringView("allUsers")) || m.contains(QLatin1StringView("allAuthenticatedUsers"))) {
                facts.insert(key(attr::PublicAccess), true);
                facts.insert(key(fact::PublicPrincipal), true);
            }
        if (auto role = get("role").asString())
            if (*role == QLatin1StringView("roles/owner") || *role == QLatin1StringView("roles/editor"))
                facts.insert(key(fact::PrivilegedRole), *role);
    }
    for (const Value &ipConfig : {block(cfg, "ip_configuration"), block(block(cfg, "settings"), "ip_configuration")}) {
        if (ipConfig.isMap())
            for (const Value &net : blocks(ipConfig, "authorized_networks"))
                if (isWorld(net.get(QStringLiteral("value")).asString().value_or(QString())))
                    facts.insert(key(attr::PublicAccess), true);
    }
    if (get("start_ip_address").asString() == QStringLiteral("0.0.0.0")
        && get("end_ip_address").asString() == QStringLiteral("255.255.255.255"))
        facts.insert(key(attr::PublicAccess), true);
    if (type == QLatin1StringView("aws_s3_bucket_public_access_block")) {
        std::optional<bool> blocked = true;
        for (const char *name : {"block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"}) {
            auto b = get(name).asBool();
            if (!get(name).isNull() && !b)
                blocked.reset();
            else if (blocked && !b.value_or(false))
                blocked = false;
        }
        setBool(facts, fact::PublicAccessBlocked, blocked);
    }
    if (type == QLatin1StringView("aws_lambda_permission") && get("principal").asString() == QStringLiteral("*"))
        facts.insert(key(attr::PublicAccess), true);
    if (type == QLatin1StringView("aws_lambda_function_url") && get("authorization_type").asString() == QStringLiteral("NONE")) {
        facts.insert(key(attr::PublicAccess), true);
        facts.insert(key(attr::InternetFacing), true);
        facts.insert(key(attr::Authenticated), false);
    }
    if (type == QLatin1StringView("aws_api_gateway_method") && get("authorization").asString() == QStringLiteral("NONE"))
        facts.insert(key(attr::Authenticated), false);

    // Policies: resource policies (bucket, domain, queue) and identity policies alike.
    const bool resourcePolicy = entry && entry->role == Role::Modifier;
    for (const char *name : {"policy", "access_policies", "assume_role_policy"}) {
        const QJsonObject p = policyFacts(get(name));
        for (auto it = p.begin(); it != p.end(); ++it) {
            // A public principal in a trust policy means anyone may assume the role.
            if (it.key() != QLatin1StringView(fact::PublicPrincipal) && qstrcmp(name, "assume_role_policy") == 0)
                continue;
            facts.insert(it.key(), it.value());
        }
        if (resourcePolicy && p.value(key(fact::PublicPrincipal)).toBool())
            facts.insert(key(attr::PublicAccess), true);
    }
    for (const Value &inl : blocks(cfg, "inline_policy")) {
        const QJsonObject p = policyFacts(inl.get(QStringLiteral("policy")));
        for (auto it = p.begin(); it != p.end(); ++it)
            facts.insert(it.key(), it.value());
    }
    if (auto arn = get("policy_arn").asString())
        if (arn->endsWith(QLatin1StringView("/AdministratorAccess")) || arn->endsWith(QLatin1StringView("/IAMFullAccess"))) {
            facts.insert(key(fact::AdminPolicy), true);
            facts.insert(key(fact::WildcardAction), true);
            facts.insert(key(fact::PassRole), true);
        }
    if (auto role = get("role_definition_name").asString())
        if (*role == QLatin1StringView("Owner") || *role == QLatin1StringView("Contributor")
            || *role == QLatin1StringView("User Access Administrator"))
            facts.insert(key(fact::PrivilegedRole), *role);
    for (const Value &perm : blocks(cfg, "permissions"))
        if (strings(perm.get(QStringLiteral("actions"))).contains(QStringLiteral("*")))
            facts.insert(key(fact::WildcardAction), true);
    if (type.startsWith(QLatin1StringView("kubernetes_")) && type.contains(QLatin1StringView("role"))) {
        for (const Value &rule : blocks(cfg, "rule")) {
            if (strings(rule.get(QStringLiteral("verbs"))).contains(QStringLiteral("*")))
                facts.insert(key(fact::WildcardAction), true);
            if (strings(rule.get(QStringLiteral("resources"))).contains(QStringLiteral("*")))
                facts.insert(key(fact::WildcardResource), true);
        }
        const Value roleRef = block(cfg, "role_ref");
        if (roleRef.isMap() && roleRef.get(QStringLiteral("name")).asString() == QStringLiteral("cluster-admin"))
            facts.insert(key(fact::PrivilegedRole), QStringLiteral("cluster-admin"));
    }

    // Logging, versioning, backup.
    if (present(get("logging")) || type == QLatin1StringView("aws_s3_bucket_logging") || present(get("log_publishing_options"))
        || present(get("enabled_cloudwatch_logs_exports")) || present(get("enabled_cluster_log_types")))
        facts.insert(key(fact::Logging), true);
    {
        const Value accessLogs = block(cfg, "access_logs");
        if (accessLogs.isMap())
            facts.insert(key(fact::Logging), accessLogs.get(QStringLiteral("enabled")).asBool().value_or(true));
    }
    if (type == QLatin1StringView("aws_flow_log"))
        facts.insert(key(fact::Logging), true);
    {
        const Value v = block(cfg, "versioning");
        if (v.isMap()) {
            if (auto e = v.get(QStringLiteral("enabled")).asBool())
                facts.insert(key(fact::Versioning), *e);
        }
        const Value vc = block(cfg, "versioning_configuration");
        if (vc.isMap())
            if (auto s = vc.get(QStringLiteral("status")).asString())
                facts.insert(key(fact::Versioning), *s == QLatin1StringView("Enabled"));
    }
    for (const char *name : {"backup_retention_period", "snapshot_retention_limit", "backup_retention_days"})
        if (auto n = get(name).asNumber())
            facts.insert(key(fact::Backup), *n > 0);
    for (const char *name : {"point_in_time_recovery", "backup_configuration"}) {
        const Value b = block(cfg, name);
        if (b.isMap())
            if (auto e = b.get(QStringLiteral("enabled")).asBool())
                facts.insert(key(fact::Backup), *e);
    }

    // Reachability.
    if (get("associate_public_ip_address").asBool() == true)
        facts.insert(key(fact::PublicIp), true);
    if (get("map_public_ip_on_launch").asBool() == true)
        facts.insert(key(fact::PublicIp), true);
    if (entry && (entry->flags & TypeFlag::InternetFacing))
        facts.insert(key(attr::InternetFacing), true);
    if (entry && (entry->flags & TypeFlag::LoadBalancer)) {
        const Value internal = get("internal");
        if (internal.isNull() || internal.asBool() == false)
            facts.insert(key(attr::InternetFacing), true);
        else if (internal.asBool() == true)
            facts.insert(key(attr::InternetFacing), false);
    }
    if (type == QLatin1StringView("aws_eks_cluster")) {
        const Value vpc = block(cfg, "vpc_config");
        if (vpc.isMap()) {
            const Value pub = vpc.get(QStringLiteral("endpoint_public_access"));
            const bool isPublic = pub.isNull() || pub.asBool() == true;
            facts.insert(key(fact::PublicEndpoint), isPublic);
            const Value cidrs = vpc.get(QStringLiteral("public_access_cidrs"));
            if (isPublic && (cidrs.isNull() || anyWorld(strings(cidrs))))
                facts.insert(key(attr::InternetFacing), true);
        }
    }
    if (type == QLatin1StringView("google_container_cluster")) {
        const Value man = block(cfg, "master_authorized_networks_config");
        if (man.isMap())
            for (const Value &c : blocks(man, "cidr_blocks"))
                if (isWorld(c.get(QStringLiteral("cidr_block")).asString().value_or(QString()))) {
                    facts.insert(key(fact::PublicEndpoint), true);
                    facts.insert(key(attr::InternetFacing), true);
                }
    }
    if (type.startsWith(QLatin1StringView("kubernetes_service"))) {
        const Value spec = block(cfg, "spec");
        const QString t = spec.get(QStringLiteral("type")).asString().value_or(QString());
        if (t == QLatin1StringView("LoadBalancer") || t == QLatin1StringView("NodePort"))
            facts.insert(key(attr::InternetFacing), true);
    }
    if (type == QLatin1StringView("aws_lb_listener")) {
        if (auto proto = get("protocol").asString())
            facts.insert(key(attr::PlainHttp), *proto == QLatin1StringView("HTTP"));
    }
    for (const Value &l : blocks(cfg, "listener"))
        if (l.get(QStringLiteral("lb_protocol")).asString().value_or(QString()).compare(QLatin1StringView("http"), Qt::CaseInsensitive) == 0)
            facts.insert(key(attr::PlainHttp), true);

    // Network rules.
    if (type.startsWith(QLatin1StringView("aws_security_group")) || type == QLatin1StringView("aws_default_security_group")
        || type == QLatin1StringView("aws_vpc_security_group_ingress_rule"))
        awsIngress(facts, type, cfg);
    if (type == QLatin1StringView("azurerm_network_security_group"))
        for (const Value &rule : blocks(cfg, "security_rule"))
            azureIngress(facts, rule);
    if (type == QLatin1StringView("azurerm_network_security_rule"))
        azureIngress(facts, cfg);
    if (type == QLatin1StringView("google_compute_firewall"))
        gcpIngress(facts, cfg);

    // Workloads.
    if (type.startsWith(QLatin1StringView("kubernetes_")))
        walkWorkload(facts, get("spec"), 0);
    if (type == QLatin1StringView("aws_ecs_task_definition")) {
        if (auto defs = get("container_definitions").asString())
            if (auto v = valueFromJson(*defs)) {
                for (const Value &c : v->items()) {
                    if (c.get(QStringLiteral("privileged")).asBool() == true)
                        facts.insert(key(attr::Privileged), true);
                    const QString user = c.get(QStringLiteral("user")).asString().value_or(QString());
                    if (user == QLatin1StringView("root") || user == QLatin1StringView("0"))
                        facts.insert(key(attr::RunsAsRoot), true);
                }
            }
    }
    if (type == QLatin1StringView("aws_kms_key"))
        facts.insert(key(fact::KeyRotation), get("enable_key_rotation").asBool().value_or(false));
    postureFacts(facts, type, cfg);
    return facts;
}

void mergeFacts(QJsonObject &into, const QJsonObject &from)
{
    for (auto it = from.begin(); it != from.end(); ++it) {
        const QString k = it.key();
        if (it.value().isArray()) {
            QJsonArray list = into.value(k).toArray();
            const QJsonArray add = it.value().toArray();
            for (const QJsonValue &v : add)
                if (!list.contains(v))
                    list.append(v);
            into.insert(k, list);
        } else if (k == QLatin1StringView(attr::PublicAccess) || k == QLatin1StringView(attr::InternetFacing)) {
            // Exposure anywhere exposes the whole resource.
            into.insert(k, into.value(k).toBool() || it.value().toBool());
        } else {
            into.insert(k, it.value());
        }
    }
}

void applyDefaults(QJsonObject &facts, const ResourceType *entry)
{
    if (!entry)
        return;
    auto setIfMissing = [&](const char *name, bool value) {
        if (!facts.contains(key(name)))
            facts.insert(key(name), value);
    };
    if (entry->flags & TypeFlag::EncryptedByDefault)
        setIfMissing(attr::EncryptedAtRest, true);
    if (entry->flags & TypeFlag::UnencryptedByDefault)
        setIfMissing(attr::EncryptedAtRest, false);
    if (entry->flags & TypeFlag::LoggingFact)
        setIfMissing(fact::Logging, false);
    if (entry->flags & TypeFlag::VersioningFact)
        setIfMissing(fact::Versioning, false);
    if (entry->type == "aws_s3_bucket")
        setIfMissing(fact::PublicAccessBlocked, false);
    if (entry->flags & TypeFlag::KeyFact)
        setIfMissing(fact::CustomerManagedKey, false);
}

} // namespace tw::terraform
