// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/referencepages.h"

#include <QRegularExpression>

namespace tw {
namespace {

// The official page names of the two OWASP lists.
const char *const ApiSlugs[] = {"0xa1-broken-object-level-authorization",
                                "0xa2-broken-authentication",
                                "0xa3-broken-object-property-level-authorization",
                                "0xa4-unrestricted-resource-consumption",
                                "0xa5-broken-function-level-authorization",
                                "0xa6-unrestricted-access-to-sensitive-business-flows",
                                "0xa7-server-side-request-forgery",
                                "0xa8-security-misconfiguration",
                                "0xa9-improper-inventory-management",
                                "0xaa-unsafe-consumption-of-apis"};
const char *const WebSlugs[] = {"A01_2021-Broken_Access_Control",
                                "A02_2021-Cryptographic_Failures",
                                "A03_2021-Injection",
                                "A04_2021-Insecure_Design",
                                "A05_2021-Security_Misconfiguration",
                                "A06_2021-Vulnerable_and_Outdated_Components",
                                "A07_2021-Identification_and_Authentication_Failures",
                                "A08_2021-Software_and_Data_Integrity_Failures",
                                "A09_2021-Security_Logging_and_Monitoring_Failures",
                                "A10_2021-Server-Side_Request_Forgery_%28SSRF%29"};

} // namespace

QString referencePage(const QString &kindText, const QString &idText)
{
    const QString kind = kindText.toUpper();
    const QString id = idText.trimmed();
    QRegularExpressionMatch m;
    if (kind == QLatin1StringView("CWE")) {
        static const QRegularExpression re(QStringLiteral("^(?:CWE-)?([0-9]{1,5})$"), QRegularExpression::CaseInsensitiveOption);
        if ((m = re.match(id)).hasMatch())
            return QStringLiteral("https://cwe.mitre.org/data/definitions/%1.html").arg(m.captured(1));
    } else if (kind == QLatin1StringView("CAPEC")) {
        static const QRegularExpression re(QStringLiteral("^(?:CAPEC-)?([0-9]{1,4})$"), QRegularExpression::CaseInsensitiveOption);
        if ((m = re.match(id)).hasMatch())
            return QStringLiteral("https://capec.mitre.org/data/definitions/%1.html").arg(m.captured(1));
    } else if (kind == QLatin1StringView("ATT&CK")) {
        static const QRegularExpression re(QStringLiteral("^(T[0-9]{4})(?:\\.([0-9]{3}))?$"));
        if ((m = re.match(id)).hasMatch()) {
            return m.captured(2).isEmpty() ? QStringLiteral("https://attack.mitre.org/techniques/%1/").arg(m.captured(1))
                                           : QStringLiteral("https://attack.mitre.org/techniques/%1/%2/").arg(m.captured(1), m.captured(2));
        }
    } else if (kind == QLatin1StringView("ATLAS")) {
        static const QRegularExpression re(QStringLiteral("^AML\\.T[0-9]{4}(?:\\.[0-9]{3})?$"));
        if (re.match(id).hasMatch())
            return QStringLiteral("https://atlas.mitre.org/techniques/%1").arg(id);
    } else if (kind == QLatin1StringView("OWASP-2021")) {
        static const QRegularExpression re(QStringLiteral("^A(0[1-9]|10)(?::2021)?$"));
        if ((m = re.match(id)).hasMatch())
            return QStringLiteral("https://owasp.org/Top10/%1/").arg(QLatin1StringView(WebSlugs[m.captured(1).toInt() - 1]));
    } else if (kind == QLatin1StringView("OWASP-API-2023")) {
        static const QRegularExpression re(QStringLiteral("^API([1-9]|10)(?::2023)?$"));
        if ((m = re.match(id)).hasMatch())
            return QStringLiteral("https://owasp.org/API-Security/editions/2023/en/%1/").arg(QLatin1StringView(ApiSlugs[m.captured(1).toInt() - 1]));
    } else if (kind.startsWith(QLatin1StringView("OWASP-LLM"))) {
        return QStringLiteral("https://genai.owasp.org/llm-top-10/");
    }
    return {};
}

} // namespace tw
