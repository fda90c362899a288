// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/terraform/resourcetypes.h"
#include "import/terraform/value.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

/**
 * Security facts read from an evaluated resource configuration (nested blocks appear as lists of
 * maps under the block name). Only what the configuration states is reported; defaults of the
 * provider are applied separately (applyDefaults) after modifier resources had their say.
 */
namespace tw::terraform {

/** Attribute names of the facts this importer sets (beyond tw::attr). */
namespace fact {
inline constexpr char Logging[] = "logging";
inline constexpr char Versioning[] = "versioning";
inline constexpr char Backup[] = "backup";
inline constexpr char PublicAccessBlocked[] = "public-access-blocked";
inline constexpr char PublicIp[] = "public-ip";
inline constexpr char WorldOpenPorts[] = "world-open-ports";
inline constexpr char WildcardAction[] = "wildcard-action";
inline constexpr char WildcardResource[] = "wildcard-resource";
inline constexpr char PassRole[] = "pass-role";
inline constexpr char PublicPrincipal[] = "public-principal";
inline constexpr char AdminPolicy[] = "admin-policy";
inline constexpr char PrivilegedRole[] = "privileged-role";
inline constexpr char KeyRotation[] = "key-rotation";
inline constexpr char HardcodedSecrets[] = "hardcoded-secrets";
inline constexpr char PlaintextSecret[] = "plaintext-secret";
inline constexpr char HostNetwork[] = "host-network";
inline constexpr char PublicEndpoint[] = "public-endpoint";
// Posture facts read by the cloud rule pack (resources/rules/cloud.yaml, docs/rules.md).
inline constexpr char PublicWrite[] = "public-write";
inline constexpr char CustomerManagedKey[] = "customer-managed-key";
inline constexpr char ObjectEvents[] = "object-events";
inline constexpr char AuditAllRegions[] = "audit-all-regions";
inline constexpr char AuditAllEvents[] = "audit-all-events";
inline constexpr char Waf[] = "waf";
inline constexpr char ImdsV1[] = "imds-v1";
inline constexpr char TlsEnforced[] = "tls-enforced";
inline constexpr char MinTlsVersion[] = "min-tls-version";
inline constexpr char DeletionProtection[] = "deletion-protection";
inline constexpr char IamDatabaseAuth[] = "iam-database-auth";
inline constexpr char ImageTagMutable[] = "image-tag-mutable";
inline constexpr char ImageScanning[] = "image-scanning";
inline constexpr char SecretsEncryption[] = "secrets-encryption";
inline constexpr char NetworkPolicy[] = "network-policy";
inline constexpr char RbacEnabled[] = "rbac-enabled";
inline constexpr char LegacyAbac[] = "legacy-abac";
inline constexpr char Dashboard[] = "dashboard";
} // namespace fact

/** Facts stated by one resource's configuration. */
QJsonObject extractFacts(const QString &type, const ResourceType *entry, const Value &config);

/** Merges facts of a modifier into its target: "bad" booleans (public, open) win, lists join. */
void mergeFacts(QJsonObject &into, const QJsonObject &from);

/** Fills what the configuration left unsaid with the provider's documented default. */
void applyDefaults(QJsonObject &facts, const ResourceType *entry);

/** Privilege facts of an IAM policy document (JSON text or an already decoded value). */
QJsonObject policyFacts(const Value &document);

/**
 * Secrets written in clear in a configuration: each as {path, type, fingerprint}; the value itself
 * is never returned. `path` names the attribute (e.g. "environment.variables.secret_key").
 */
QJsonArray findSecrets(const Value &config, const QString &path = {});

/** Secrets inside free text (user data, scripts, templates with unknown parts). */
QJsonArray findSecretsInText(const QString &text, const QString &path);

/** "sha256:" + the first 8 hex digits: enough to tell two secrets apart, too little to recover one. */
QString secretFingerprint(const QString &secret);

/** Whether a CIDR or address prefix means "anyone" (0.0.0.0/0, ::/0, *, Internet …). */
bool isWorld(const QString &source);

} // namespace tw::terraform
