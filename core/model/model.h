// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * The system model: plain value types, no QObject. Every element has a stable string id derived
 * from what it is ("svc:orders", "ep:orders:GET /orders/{id}", "tf:aws_s3_bucket.data"), so a
 * re-import of unchanged input yields the same ids, and every element carries the evidence it
 * came from (SourceRef).
 */
namespace tw {

/** Where an element or a finding came from: an artifact, a file inside it, a position. */
struct SourceRef
{
    QString artifact; ///< the imported input (a spec, a directory, "git:<rev>"); may be empty
    QString file;     ///< path relative to the import root when there is one
    int line = 0;     ///< 1-based; 0 when unknown
    int column = 0;   ///< 1-based; 0 when unknown

    bool isValid() const { return !file.isEmpty(); }
    /** "file:line:col", leaving out what is unknown. */
    QString toString() const;
    friend bool operator==(const SourceRef &, const SourceRef &) = default;
};

/** Well-known attribute names shared by importers, rules and views. */
namespace attr {
inline constexpr char InternetFacing[] = "internet-facing";
inline constexpr char Authenticated[] = "authenticated";
inline constexpr char EncryptedAtRest[] = "encrypted-at-rest";
inline constexpr char RunsAsRoot[] = "runs-as-root";
inline constexpr char Privileged[] = "privileged";
inline constexpr char PublicAccess[] = "public-access";
inline constexpr char PlainHttp[] = "plain-http";
} // namespace attr

enum class ComponentKind {
    Service,
    Process,
    Datastore,
    Queue,
    Gateway,
    Function,
    ExternalEntity,
    Client,
    IdentityProvider,
    SecretStore,
    AiService,
    Generic,
};

enum class BoundaryKind { Internet, Network, Vpc, Subnet, SecurityGroup, Cluster, Namespace, CloudAccount, Generic };

enum class EntryPointKind { HttpOperation, Port, QueueTopic, Webhook, Rpc, Generic };

enum class Classification { Public, Internal, Confidential, Restricted };

/** Confidentiality/integrity/availability need of an asset. */
enum class Rating { Low, Medium, High };

enum class Stride { Spoofing, Tampering, Repudiation, InformationDisclosure, DenialOfService, ElevationOfPrivilege };

enum class Severity { Info, Low, Medium, High, Critical };

/** The threat lifecycle of DESIGN.md. */
enum class ThreatStatus { Suggested, Validated, Dismissed, Accepted, Mitigated, ResolvedByChange };

struct Component
{
    QString id;
    QString name;
    ComponentKind kind = ComponentKind::Generic;
    QString technology;
    QStringList tags;
    QJsonObject attributes; ///< facts such as attr::InternetFacing → true
    QString boundaryId;     ///< innermost trust boundary; empty when outside every boundary
    QList<SourceRef> sources;
    friend bool operator==(const Component &, const Component &) = default;
};

struct TrustBoundary
{
    QString id;
    QString name;
    BoundaryKind kind = BoundaryKind::Generic;
    QString parentId; ///< boundaries nest; empty at the top
    QJsonObject attributes;
    QList<SourceRef> sources;
    friend bool operator==(const TrustBoundary &, const TrustBoundary &) = default;
};

struct Parameter
{
    QString name;
    QString in; ///< path, query, header, cookie, body, formData
    bool required = false;
    bool objectReference = false; ///< identifies an object (e.g. /orders/{orderId})
    QString type;                 ///< schema type or format when known
    friend bool operator==(const Parameter &, const Parameter &) = default;
};

/** One security alternative: every scheme named must hold (AND). */
using SecurityRequirement = QStringList;

struct EntryPoint
{
    QString id;
    QString componentId;
    EntryPointKind kind = EntryPointKind::HttpOperation;
    QString name;
    QString method; ///< upper case for HTTP
    QString path;
    QString operationId;
    QStringList tags;
    QList<Parameter> parameters;
    /// Effective security: nullopt when nothing is declared anywhere, an empty list when
    /// explicitly none, otherwise alternatives (OR) of AND-sets of scheme names.
    std::optional<QList<SecurityRequirement>> security;
    QStringList requestMediaTypes;
    QStringList responseMediaTypes;
    QStringList requestAssetIds;
    QStringList responseAssetIds;
    bool deprecated = false;
    QJsonObject attributes;
    QList<SourceRef> sources;
    friend bool operator==(const EntryPoint &, const EntryPoint &) = default;
};

struct DataFlow
{
    QString id;
    QString sourceId;
    QString targetId;
    QString protocol;
    int port = 0; ///< 0 when unknown
    std::optional<bool> encrypted;     ///< nullopt when unknown
    std::optional<bool> authenticated; ///< nullopt when unknown
    QStringList assetIds;
    QString label;
    QJsonObject attributes;
    QList<SourceRef> sources;
    friend bool operator==(const DataFlow &, const DataFlow &) = default;
};

struct DataAsset
{
    QString id;
    QString name;
    Classification classification = Classification::Internal;
    QStringList tags; ///< pii, credential, payment, health …
    Rating confidentiality = Rating::Medium;
    Rating integrity = Rating::Medium;
    Rating availability = Rating::Medium;
    bool userOverride = false; ///< classification set by a person, not inferred
    QJsonObject attributes;
    QList<SourceRef> sources;
    friend bool operator==(const DataAsset &, const DataAsset &) = default;
};

struct Reference
{
    QString kind; ///< CWE, CAPEC, OWASP-API-2023, OWASP-2021, OWASP-LLM, ATT&CK, ATLAS, URL
    QString id;
    QString url;
    friend bool operator==(const Reference &, const Reference &) = default;
};

/** One input to a risk score, kept so every score can be explained. */
struct RiskFactor
{
    QString name;
    double value = 0;
    QString explanation;
    friend bool operator==(const RiskFactor &, const RiskFactor &) = default;
};

struct Threat
{
    QString fingerprint; ///< stable across re-imports; the identity decisions are keyed by
    QString ruleId;
    QString origin = QStringLiteral("rule"); ///< rule, path, llm:<model>, manual
    Stride stride = Stride::Tampering;
    QStringList targets;    ///< element ids
    QStringList attackPath; ///< element ids, entry to goal, for path threats
    QString title;
    QString rationale;
    QString mitigation;
    QList<Reference> references;
    int likelihood = 3; ///< 1..5
    int impact = 3;     ///< 1..5
    double score = 0;   ///< 0..10
    Severity severity = Severity::Medium;
    QList<RiskFactor> factors;
    QList<SourceRef> sources;

    // Triage state: carried between versions by fingerprint.
    ThreatStatus status = ThreatStatus::Suggested;
    int priority = 3;                     ///< computed, 1 (urgent) .. 4
    std::optional<int> priorityOverride;  ///< a person's choice; wins over `priority`
    QString owner;
    QString justification;
    QDateTime expiresAt; ///< for accepted risks; invalid when none
    bool isNew = false;  ///< first seen in this version
    /// The scoped suppression that dismissed it (status dismissed, its reason as the
    /// justification); 0 when none, or when a person's own decision on it wins.
    qint64 suppressionId = 0;

    int effectivePriority() const { return priorityOverride.value_or(priority); }
    friend bool operator==(const Threat &, const Threat &) = default;
};

enum class DiagnosticLevel { Info, Warning, Error };

/** A problem found while importing, shown in the Problems panel. */
struct Diagnostic
{
    DiagnosticLevel level = DiagnosticLevel::Warning;
    QString message;
    SourceRef source;
    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

/**
 * A whole system model, or the fragment one importer produced. Fragments are merged into one
 * model by the reconciler.
 */
struct SystemModel
{
    QList<Component> components;
    QList<TrustBoundary> boundaries;
    QList<EntryPoint> entryPoints;
    QList<DataFlow> flows;
    QList<DataAsset> assets;
    QList<Threat> threats;
    QList<Diagnostic> diagnostics;

    bool isEmpty() const
    {
        return components.isEmpty() && boundaries.isEmpty() && entryPoints.isEmpty() && flows.isEmpty()
            && assets.isEmpty() && threats.isEmpty();
    }
    friend bool operator==(const SystemModel &, const SystemModel &) = default;
};
using ModelFragment = SystemModel;

} // namespace tw
