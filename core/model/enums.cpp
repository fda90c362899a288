// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/enums.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace tw {
namespace {

template<typename E>
struct Names;

#define TW_ENUM_NAMES(Type, ...)                                                                  \
    template<>                                                                                    \
    struct Names<Type>                                                                            \
    {                                                                                             \
        static constexpr std::pair<Type, const char *> table[] = {__VA_ARGS__};                   \
    };

TW_ENUM_NAMES(ComponentKind,
              {ComponentKind::Service, "service"},
              {ComponentKind::Process, "process"},
              {ComponentKind::Datastore, "datastore"},
              {ComponentKind::Queue, "queue"},
              {ComponentKind::Gateway, "gateway"},
              {ComponentKind::Function, "function"},
              {ComponentKind::ExternalEntity, "external-entity"},
              {ComponentKind::Client, "client"},
              {ComponentKind::IdentityProvider, "identity-provider"},
              {ComponentKind::SecretStore, "secret-store"},
              {ComponentKind::AiService, "ai-service"},
              {ComponentKind::Generic, "generic"})
TW_ENUM_NAMES(BoundaryKind,
              {BoundaryKind::Internet, "internet"},
              {BoundaryKind::Network, "network"},
              {BoundaryKind::Vpc, "vpc"},
              {BoundaryKind::Subnet, "subnet"},
              {BoundaryKind::SecurityGroup, "security-group"},
              {BoundaryKind::Cluster, "cluster"},
              {BoundaryKind::Namespace, "namespace"},
              {BoundaryKind::CloudAccount, "cloud-account"},
              {BoundaryKind::Generic, "generic"})
TW_ENUM_NAMES(EntryPointKind,
              {EntryPointKind::HttpOperation, "http-operation"},
              {EntryPointKind::Port, "port"},
              {EntryPointKind::QueueTopic, "queue-topic"},
              {EntryPointKind::Webhook, "webhook"},
              {EntryPointKind::Rpc, "rpc"},
              {EntryPointKind::Generic, "generic"})
TW_ENUM_NAMES(Classification,
              {Classification::Public, "public"},
              {Classification::Internal, "internal"},
              {Classification::Confidential, "confidential"},
              {Classification::Restricted, "restricted"})
TW_ENUM_NAMES(Rating, {Rating::Low, "low"}, {Rating::Medium, "medium"}, {Rating::High, "high"})
TW_ENUM_NAMES(Stride,
              {Stride::Spoofing, "spoofing"},
              {Stride::Tampering, "tampering"},
              {Stride::Repudiation, "repudiation"},
              {Stride::InformationDisclosure, "information-disclosure"},
              {Stride::DenialOfService, "denial-of-service"},
              {Stride::ElevationOfPrivilege, "elevation-of-privilege"})
TW_ENUM_NAMES(Severity,
              {Severity::Info, "info"},
              {Severity::Low, "low"},
              {Severity::Medium, "medium"},
              {Severity::High, "high"},
              {Severity::Critical, "critical"})
TW_ENUM_NAMES(ThreatStatus,
              {ThreatStatus::Suggested, "suggested"},
              {ThreatStatus::Validated, "validated"},
              {ThreatStatus::Dismissed, "dismissed"},
              {ThreatStatus::Accepted, "accepted"},
              {ThreatStatus::Mitigated, "mitigated"},
              {ThreatStatus::ResolvedByChange, "resolved-by-change"})
TW_ENUM_NAMES(DiagnosticLevel,
              {DiagnosticLevel::Info, "info"},
              {DiagnosticLevel::Warning, "warning"},
              {DiagnosticLevel::Error, "error"})
#undef TW_ENUM_NAMES

} // namespace

template<typename E>
QString enumName(E value)
{
    for (const auto &[v, name] : Names<E>::table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename E>
std::optional<E> enumFromName(QStringView name)
{
    for (const auto &[v, n] : Names<E>::table) {
        if (name == QLatin1StringView(n))
            return v;
    }
    return std::nullopt;
}

template<typename E>
QList<E> enumValues()
{
    QList<E> values;
    for (const auto &entry : Names<E>::table)
        values.append(entry.first);
    return values;
}

#define TW_INSTANTIATE(Type)                                                                      \
    template QString enumName<Type>(Type);                                                        \
    template std::optional<Type> enumFromName<Type>(QStringView);                                 \
    template QList<Type> enumValues<Type>();
TW_INSTANTIATE(ComponentKind)
TW_INSTANTIATE(BoundaryKind)
TW_INSTANTIATE(EntryPointKind)
TW_INSTANTIATE(Classification)
TW_INSTANTIATE(Rating)
TW_INSTANTIATE(Stride)
TW_INSTANTIATE(Severity)
TW_INSTANTIATE(ThreatStatus)
TW_INSTANTIATE(DiagnosticLevel)
#undef TW_INSTANTIATE

QString displayName(ThreatStatus status)
{
    switch (status) {
    case ThreatStatus::Suggested: return QCoreApplication::translate("tw::Model", "Suggested");
    case ThreatStatus::Validated: return QCoreApplication::translate("tw::Model", "Validated");
    case ThreatStatus::Dismissed: return QCoreApplication::translate("tw::Model", "Dismissed");
    case ThreatStatus::Accepted: return QCoreApplication::translate("tw::Model", "Accepted");
    case ThreatStatus::Mitigated: return QCoreApplication::translate("tw::Model", "Mitigated");
    case ThreatStatus::ResolvedByChange: return QCoreApplication::translate("tw::Model", "Resolved by change");
    }
    return {};
}

QString displayName(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QCoreApplication::translate("tw::Model", "Info");
    case Severity::Low: return QCoreApplication::translate("tw::Model", "Low");
    case Severity::Medium: return QCoreApplication::translate("tw::Model", "Medium");
    case Severity::High: return QCoreApplication::translate("tw::Model", "High");
    case Severity::Critical: return QCoreApplication::translate("tw::Model", "Critical");
    }
    return {};
}

QString displayName(Stride stride)
{
    switch (stride) {
    case Stride::Spoofing: return QCoreApplication::translate("tw::Model", "Spoofing");
    case Stride::Tampering: return QCoreApplication::translate("tw::Model", "Tampering");
    case Stride::Repudiation: return QCoreApplication::translate("tw::Model", "Repudiation");
    case Stride::InformationDisclosure: return QCoreApplication::translate("tw::Model", "Information disclosure");
    case Stride::DenialOfService: return QCoreApplication::translate("tw::Model", "Denial of service");
    case Stride::ElevationOfPrivilege: return QCoreApplication::translate("tw::Model", "Elevation of privilege");
    }
    return {};
}

Severity severityForScore(double score)
{
    // CVSS-like bands, so scores read the way security people already read them.
    if (score >= 9.0)
        return Severity::Critical;
    if (score >= 7.0)
        return Severity::High;
    if (score >= 4.0)
        return Severity::Medium;
    if (score > 0.0)
        return Severity::Low;
    return Severity::Info;
}

} // namespace tw
