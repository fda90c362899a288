// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string_view>

namespace tw::openapi {

/** Sensitivity categories of one schema property (bit flags). */
enum SensitiveCategory : std::uint8_t {
    NotSensitive = 0,
    Credential = 1,
    Pii = 2,
    Payment = 4,
    Health = 8,
};

/**
 * Classifies a property from its name, `format` and `pattern`. The name is compared in a
 * normalised form (lower case, separators removed) so `card_number`, `cardNumber` and
 * `Card-Number` are one rule; whole-name and suffix rules keep `company` from matching `pan`.
 */
std::uint8_t classifyProperty(std::string_view name, std::string_view format, std::string_view pattern);

} // namespace tw::openapi
