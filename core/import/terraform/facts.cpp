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
}

} // namespace tw::terraform
