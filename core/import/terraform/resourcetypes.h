// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <span>
#include <string_view>

/**
 * The mapping table: which Terraform resource type becomes which model element. Data, not code,
 * so the documentation table (docs/terraform-importer.md) can be checked against it by a test.
 */
namespace tw::terraform {

enum class Role : quint8 {
    Component, ///< a node of the graph
    Boundary,  ///< a trust boundary (network, security group, namespace …)
    Modifier,  ///< configures another resource (named by `target`): its facts land on that one
};

/** Defaults and facts that apply when the configuration says nothing. */
namespace TypeFlag {
enum : quint16 {
    EncryptedByDefault = 1,   ///< the provider encrypts at rest unless told otherwise
    UnencryptedByDefault = 2, ///< at-rest encryption must be asked for
    LoggingFact = 4,          ///< absence of a logging block means no access logging
    VersioningFact = 8,       ///< absence of a versioning block means no versioning
    InternetFacing = 16,      ///< public by nature (CDN, public API gateway) unless marked internal
    Iam = 32,                 ///< identity/privilege element: carries privilege facts
    LoadBalancer = 64,        ///< internet-facing unless `internal = true`
    KeyFact = 128,            ///< absence of a key reference means provider-managed keys
};
}

struct ResourceType
{
    std::string_view type;
    Role role;
    ComponentKind kind;    ///< Component role
    BoundaryKind boundary; ///< Boundary role
    std::string_view technology;
    quint16 flags = 0;
    std::string_view target = {}; ///< Modifier role: the attribute that names the configured resource
};

/** Every mapped type, sorted by name. */
std::span<const ResourceType> resourceTypes();
/** The entry for a type, or nullptr for unmapped types (they become generic components). */
const ResourceType *findResourceType(std::string_view type);

} // namespace tw::terraform
