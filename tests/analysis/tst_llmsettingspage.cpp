// SPDX-License-Identifier: GPL-3.0-or-later
// The LLM settings page, offscreen: off by default, saves to QSettings (never the key), and
// "Test connection" talks to a real HTTP server on 127.0.0.1.

#include "settings/llmsettingspage.h"
#include "testhttpserver.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace tw;

class TestLlmSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ThreatwrightTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_llmsettingspage"));
        QSettings().clear();
        qunsetenv(analysis::llm::ApiKeyVariable);
    }

    void offByDefaultAndSaved()
    {
        ui::LlmSettingsPage page;
        page.load();
        auto *enabled = page.findChild<QCheckBox *>();
        QVERIFY(enabled);
        QVERIFY(!enabled->isChecked());
        QVERIFY(!page.findChild<QPushButton *>()->isEnabled());
        enabled->setChecked(true);
        const QList<QLineEdit *> edits = {page.findChild<QLineEdit *>(QStringLiteral("baseUrl")),
                                          page.findChild<QLineEdit *>(QStringLiteral("model")),
                                          page.findChild<QLineEdit *>(QStringLiteral("apiKey"))};
        QVERIFY(!edits.contains(nullptr));
        edits[0]->setText(QStringLiteral("http://127.0.0.1:11434/v1"));
        edits[1]->setText(QStringLiteral("llama3.1:8b"));
        page.apply(); // the key was not edited: the keychain is not touched
        const analysis::llm::Preferences saved = analysis::llm::Preferences::load();
        QVERIFY(saved.enabled);
        QCOMPARE(saved.baseUrl.toString(), QStringLiteral("http://127.0.0.1:11434/v1"));
        QCOMPARE(saved.model, QStringLiteral("llama3.1:8b"));
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!key.contains(QStringLiteral("key"), Qt::CaseInsensitive), qPrintable(key));
    }

    void testConnectionAgainstALocalServer()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.script({Recorded{200, QByteArrayLiteral(R"({"object":"list","data":[{"id":"qwen2.5-7b-instruct","object":"model"}]})"), 0, {}},
                       Recorded{200, QByteArrayLiteral(R"({"object":"list","data":[{"id":"qwen2.5-7b-instruct","object":"model"}]})"), 0, {}},
                       Recorded{401, QByteArrayLiteral(R"({"error":"invalid api key"})"), 0, {}}});
        ui::LlmSettingsPage page;
        page.load();
        page.findChild<QCheckBox *>()->setChecked(true);
        const QList<QLineEdit *> edits = {page.findChild<QLineEdit *>(QStringLiteral("baseUrl")),
                                          page.findChild<QLineEdit *>(QStringLiteral("model")),
                                          page.findChild<QLineEdit *>(QStringLiteral("apiKey"))};
        edits[0]->setText(server.url().toString());
        edits[1]->setText(QStringLiteral("qwen2.5-7b-instruct"));
        QTest::keyClicks(edits[2], QStringLiteral("sk-typed"));
        QSignalSpy status(&page, &ui::LlmSettingsPage::statusChanged);
        page.resize(560, 360);
        page.show();
        QTest::mouseClick(page.findChild<QPushButton *>(), Qt::LeftButton);
        QVERIFY(status.wait(10000));
        QCOMPARE(status.last().at(0).toBool(), true);
        QVERIFY2(page.statusText().contains(QStringLiteral("qwen2.5-7b-instruct")), qPrintable(page.statusText()));
        QCOMPARE(server.seen().size(), 1);
        QVERIFY(server.seen().first().head.startsWith("GET /v1/models HTTP/1.1"));
        QVERIFY(server.seen().first().head.contains("Authorization: Bearer sk-typed"));
        const QString shots = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
        QDir().mkpath(shots);
        QVERIFY(page.grab().save(shots + QStringLiteral("/llmsettingspage.png")));

        // A model the server does not have, then a refused key: both said plainly.
        edits[1]->setText(QStringLiteral("gpt-imaginary"));
        page.testConnection();
        QVERIFY(status.wait(10000));
        QCOMPARE(status.last().at(0).toBool(), false);
        QVERIFY(page.statusText().contains(QStringLiteral("no model \"gpt-imaginary\"")));
        page.testConnection();
        QVERIFY(status.wait(10000));
        QVERIFY2(page.statusText().contains(QStringLiteral("HTTP 401")), qPrintable(page.statusText()));

        edits[0]->setText(QStringLiteral("not a url"));
        page.testConnection();
        QCOMPARE(status.last().at(0).toBool(), false);
    }
};

QTEST_MAIN(TestLlmSettingsPage)
#include "tst_llmsettingspage.moc"
