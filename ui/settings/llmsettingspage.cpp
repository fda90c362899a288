// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/llmsettingspage.h"

#include "analysis/llm/chatclient.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tw::ui {

LlmSettingsPage::LlmSettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_client(new analysis::llm::ChatClient(this))
{
    auto *intro = new QLabel(tr("Threatwright can ask a language model for threats its rules missed. Only a redacted summary "
                                "of one component's neighbourhood is sent — never secrets, never the project file. "
                                "A local server (llama.cpp, Ollama, vLLM) keeps everything on this machine."),
                             this);
    intro->setWordWrap(true);
    m_enabled = new QCheckBox(tr("&Suggest threats with a language model"), this);
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080"));
    m_baseUrl->setToolTip(tr("An OpenAI-compatible server: llama.cpp (http://127.0.0.1:8080), Ollama "
                             "(http://127.0.0.1:11434/v1), vLLM or a hosted API."));
    m_model = new QLineEdit(this);
    m_model->setPlaceholderText(tr("model name, e.g. qwen2.5-7b-instruct"));
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(5, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_key = new QLineEdit(this);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("not needed for most local servers"));
    m_keySource = new QLabel(this);
    m_keySource->setWordWrap(true);
    QPalette muted = m_keySource->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_keySource->setPalette(muted);

    auto *form = new QFormLayout;
    form->addRow(tr("Server &URL:"), m_baseUrl);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&Timeout per answer:"), m_timeout);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(QString(), m_keySource);

    m_test = new QPushButton(tr("Test &connection"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(m_enabled);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch(1);

    m_enabled->setObjectName(QStringLiteral("enabled"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_model->setObjectName(QStringLiteral("model"));
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_key->setObjectName(QStringLiteral("apiKey"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    connect(m_enabled, &QCheckBox::toggled, this, &LlmSettingsPage::updateEnabled);
    connect(m_key, &QLineEdit::textEdited, this, [this] {
        m_keyEdited = true;
        m_keySource->setText(tr("Stored in the system keychain when the preferences are applied; never in a project."));
    });
    connect(m_test, &QPushButton::clicked, this, &LlmSettingsPage::testConnection);
    updateEnabled();
}

LlmSettingsPage::~LlmSettingsPage() = default;

void LlmSettingsPage::load()
{
    const analysis::llm::Preferences p = analysis::llm::Preferences::load();
    m_enabled->setChecked(p.enabled);
    m_baseUrl->setText(p.baseUrl.toString());
    m_model->setText(p.model);
    m_timeout->setValue(p.timeoutSeconds);
    m_keyEdited = false;
    m_key->clear();
    if (!analysis::llm::apiKeyFromEnvironment().isEmpty()) {
        m_keySource->setText(tr("%1 is set: it is used instead of the keychain.").arg(QLatin1StringView(analysis::llm::ApiKeyVariable)));
        return;
    }
    m_keySource->setText(tr("Reading the system keychain…"));
    analysis::llm::readApiKey(this, [this](Result<QString> key) {
        if (m_keyEdited)
            return; // the user typed meanwhile: theirs wins
        if (!key) {
            m_keySource->setText(key.error().message);
            return;
        }
        m_key->setText(*key);
        m_keySource->setText(key->isEmpty() ? tr("No key stored. It would be kept in the system keychain, never in a project.")
                                            : tr("Stored in the system keychain."));
    });
}

analysis::llm::Preferences LlmSettingsPage::preferences() const
{
    analysis::llm::Preferences p;
    p.enabled = m_enabled->isChecked();
    p.baseUrl = QUrl(m_baseUrl->text().trimmed());
    p.model = m_model->text().trimmed();
    p.timeoutSeconds = m_timeout->value();
    return p;
}

void LlmSettingsPage::apply()
{
    preferences().save();
    if (!m_keyEdited)
        return;
    m_keyEdited = false;
    analysis::llm::writeApiKey(m_key->text(), this, [this](Result<void> r) {
        if (r)
            m_keySource->setText(m_key->text().isEmpty() ? tr("The key was removed from the system keychain.")
                                                         : tr("Stored in the system keychain."));
        else
            setStatus(false, r.error().message);
    });
}

QString LlmSettingsPage::statusText() const
{
    return m_status->text();
}

void LlmSettingsPage::testConnection()
{
    const QUrl base(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    if (!base.isValid() || base.host().isEmpty() || (base.scheme() != QLatin1StringView("http") && base.scheme() != QLatin1StringView("https"))) {
        setStatus(false, tr("Enter an http or https URL such as http://127.0.0.1:8080."));
        return;
    }
    QString key = m_key->text();
    if (key.isEmpty())
        key = analysis::llm::apiKeyFromEnvironment();
    analysis::llm::ClientOptions options;
    options.timeoutMs = 10000;
    options.maxAttempts = 1;
    m_client->setOptions(options);
    m_test->setEnabled(false);
    setStatus(true, tr("Connecting to %1…").arg(base.toDisplayString(QUrl::RemoveUserInfo)));
    const QString wanted = m_model->text().trimmed();
    m_client->get(analysis::llm::modelsUrl(base), key, [this, wanted](const analysis::llm::Response &r) {
        m_test->setEnabled(true);
        if (!r.ok()) {
            setStatus(false, r.error);
            return;
        }
        QStringList models;
        const QJsonArray data = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("data")).toArray();
        for (const QJsonValue &m : data)
            models << m.toObject().value(QStringLiteral("id")).toString();
        if (models.isEmpty()) {
            setStatus(true, tr("Connected; the server did not list its models."));
        } else if (!wanted.isEmpty() && !models.contains(wanted)) {
            setStatus(false, tr("Connected, but the server has no model \"%1\". It offers: %2")
                                 .arg(wanted, models.mid(0, 8).join(QStringLiteral(", "))));
        } else {
            setStatus(true, tr("Connected. Models: %1").arg(models.mid(0, 8).join(QStringLiteral(", "))));
        }
    });
}

void LlmSettingsPage::setStatus(bool ok, const QString &message)
{
    m_status->setText(message);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, ok ? palette.color(QPalette::Text) : QColor(0xb0, 0x20, 0x20));
    m_status->setPalette(palette);
    if (!message.endsWith(QChar(0x2026)))
        Q_EMIT statusChanged(ok, message);
}

void LlmSettingsPage::updateEnabled()
{
    const bool on = m_enabled->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_baseUrl), static_cast<QWidget *>(m_model), static_cast<QWidget *>(m_timeout),
                       static_cast<QWidget *>(m_key), static_cast<QWidget *>(m_test)})
        w->setEnabled(on);
}

} // namespace tw::ui
