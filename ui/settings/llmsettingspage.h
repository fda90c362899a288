// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/llm/settings.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace tw::analysis::llm {
class ChatClient;
}

namespace tw::ui {

/**
 * The preferences page of the optional LLM suggestion provider (docs/llm.md): on/off (off by
 * default), base URL, model, timeout, and the API key, which goes to the system keychain and
 * nowhere else. "Test connection" asks the server for its model list with what is typed in.
 * The preferences dialog calls load() when it opens and apply() when the user accepts.
 */
class LlmSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit LlmSettingsPage(QWidget *parent = nullptr);
    ~LlmSettingsPage() override;

    /** Shows the saved preferences; the key is read from the keychain in the background. */
    void load();
    /** Saves the preferences and, when the key field was edited, stores the key in the keychain. */
    void apply();

    analysis::llm::Preferences preferences() const;
    /** The status line under the buttons (connection test, keychain), for tests. */
    QString statusText() const;

public Q_SLOTS:
    void testConnection();

Q_SIGNALS:
    /** A connection test or keychain operation finished; `ok` says how. */
    void statusChanged(bool ok, const QString &message);

private:
    void setStatus(bool ok, const QString &message);
    void updateEnabled();

    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_model = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_keySource = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_status = nullptr;
    analysis::llm::ChatClient *m_client = nullptr;
    bool m_keyEdited = false;
};

} // namespace tw::ui
