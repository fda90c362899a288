// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/openapi/classifier.h"

#include <algorithm>
#include <array>
#include <string>

namespace tw::openapi {
namespace {

struct Rule
{
    std::string_view word;
    bool suffix; ///< also matches as the end of a longer name ("userPassword")
    std::uint8_t category;
};

// Whole names (suffix=false) are too short or too generic to match inside other words.
constexpr std::array<Rule, 72> Rules{{
    {"password", true, Credential},        {"passwd", true, Credential},          {"pwd", false, Credential},
    {"passphrase", true, Credential},      {"secret", true, Credential},          {"apikey", true, Credential},
    {"token", true, Credential},           {"privatekey", true, Credential},      {"secretkey", true, Credential},
    {"accesskey", true, Credential},       {"credential", true, Credential},      {"credentials", true, Credential},
    {"otp", false, Credential},            {"totp", false, Credential},           {"pin", false, Credential},
    {"pincode", false, Credential},        {"sessionid", false, Credential},      {"cookie", false, Credential},
    {"authorization", false, Credential},  {"signingkey", true, Credential},      {"mfacode", false, Credential},

    {"email", true, Pii},                  {"emailaddress", true, Pii},           {"phone", true, Pii},
    {"phonenumber", true, Pii},            {"mobile", false, Pii},                {"mobilenumber", true, Pii},
    {"address", false, Pii},               {"streetaddress", true, Pii},          {"street", false, Pii},
    {"addressline1", false, Pii},          {"addressline2", false, Pii},          {"homeaddress", true, Pii},
    {"billingaddress", true, Pii},         {"shippingaddress", true, Pii},        {"postalcode", true, Pii},
    {"zipcode", true, Pii},                {"zip", false, Pii},                   {"birthdate", true, Pii},
    {"dateofbirth", true, Pii},            {"dob", false, Pii},                   {"birthday", true, Pii},
    {"ssn", true, Pii},                    {"socialsecuritynumber", true, Pii},   {"nationalid", true, Pii},
    {"passportnumber", true, Pii},         {"passport", false, Pii},              {"taxid", true, Pii},
    {"driverslicense", true, Pii},         {"firstname", true, Pii},              {"lastname", true, Pii},
    {"fullname", true, Pii},               {"surname", true, Pii},                {"givenname", true, Pii},
    {"familyname", true, Pii},             {"gender", false, Pii},                {"ipaddress", true, Pii},

    {"cardnumber", true, Payment},         {"creditcard", true, Payment},         {"pan", false, Payment},
    {"cvv", true, Payment},                {"cvc", true, Payment},                {"iban", true, Payment},
    {"accountnumber", true, Payment},      {"routingnumber", true, Payment},      {"bankaccount", true, Payment},

    {"diagnosis", true, Health},           {"medicalrecord", true, Health},       {"bloodtype", true, Health},
    {"allergies", true, Health},           {"medication", true, Health},          {"healthrecord", true, Health},
}};

bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

} // namespace

std::uint8_t classifyProperty(std::string_view name, std::string_view format, std::string_view pattern)
{
    std::uint8_t result = NotSensitive;
    char buffer[64];
    std::size_t n = 0;
    for (char c : name) {
        if (n == sizeof buffer)
            break;
        if (c >= 'A' && c <= 'Z')
            buffer[n++] = char(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            buffer[n++] = c;
    }
    const std::string_view norm(buffer, n);
    if (!norm.empty()) {
        for (const Rule &rule : Rules) {
            if (norm == rule.word || (rule.suffix && endsWith(norm, rule.word)))
                result |= rule.category;
        }
        // Token counts and token types describe tokens rather than carry them.
        if ((result & Credential) && (endsWith(norm, "tokens") || norm.find("tokentype") != std::string_view::npos))
            result &= std::uint8_t(~Credential);
    }
    if (format == "password")
        result |= Credential;
    else if (format == "email" || format == "idn-email")
        result |= Pii;
    if (!pattern.empty()) {
        // Shapes of well-known identifiers: IBAN, US SSN, payment card numbers.
        if (pattern.find("[A-Z]{2}[0-9]{2}") != std::string_view::npos)
            result |= Payment;
        if (pattern.find("{3}-") != std::string_view::npos && pattern.find("{2}-") != std::string_view::npos
            && pattern.find("{4}") != std::string_view::npos)
            result |= Pii;
        if (pattern.find("{13,19}") != std::string_view::npos || pattern.find("{15,16}") != std::string_view::npos)
            result |= Payment;
    }
    return result;
}

} // namespace tw::openapi
