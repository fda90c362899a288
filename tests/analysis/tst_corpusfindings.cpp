// SPDX-License-Identifier: GPL-3.0-or-later
// Findings a reviewer expects on real inputs: crAPI's challenges that are visible in its API
// design (docs/quality.md, GROUND_TRUTH.md) are found by the built-in rules.

#include "analysis/engine.h"
#include "analysis/ruleset.h"
#include "import/openapi/openapiimporter.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace tw;

class TestCorpusFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crapiChallengesVisibleInDesign_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("target");
        QTest::newRow("BOLA: another user's vehicle location") << QStringLiteral("TW-API-001")
                                                               << QStringLiteral("ep:owasp-crapi-api:GET /identity/api/v2/vehicle/{vehicleId}/location");
        QTest::newRow("BOLA: mechanic reports") << QStringLiteral("TW-API-001")
                                                << QStringLiteral("ep:owasp-crapi-api:GET /workshop/api/mechanic/mechanic_report");
        QTest::newRow("OTP brute force") << QStringLiteral("TW-API-022") << QStringLiteral("ep:owasp-crapi-api:POST /identity/api/auth/v2/check-otp");
        QTest::newRow("unauthenticated OTP check") << QStringLiteral("TW-API-003")
                                                   << QStringLiteral("ep:owasp-crapi-api:POST /identity/api/auth/v2/check-otp");
        QTest::newRow("SSRF through mechanic_api") << QStringLiteral("TW-API-011")
                                                   << QStringLiteral("ep:owasp-crapi-api:POST /workshop/api/merchant/contact_mechanic");
    }

    void crapiChallengesVisibleInDesign()
    {
        QFETCH(QString, rule);
        QFETCH(QString, target);
        static QSet<QString> fired = [] {
            QSet<QString> out;
            const QString spec = QStringLiteral(TW_CORPUS_DIR "/OWASP-crAPI/openapi-spec/crapi-openapi-spec.json");
            if (!QFile::exists(spec))
                return out;
            auto model = openapi::importSpec(spec);
            auto rules = analysis::RuleSet::loadBuiltin();
            if (!model || !rules)
                return out;
            auto threats = analysis::analyse(*model, *rules);
            for (const Threat &t : *threats)
                out.insert(t.ruleId + QLatin1Char(' ') + t.targets.first());
            return out;
        }();
        if (fired.isEmpty())
            QSKIP("corpus not available");
        QVERIFY2(fired.contains(rule + QLatin1Char(' ') + target), qPrintable(rule + QLatin1Char(' ') + target));
    }
};

QTEST_GUILESS_MAIN(TestCorpusFindings)
#include "tst_corpusfindings.moc"
