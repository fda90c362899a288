// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

#include <optional>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace tw::ui {

/**
 * Asks why a threat is dismissed or its risk accepted. The reason is required (OK stays disabled
 * until there is one) because it goes into the audit trail for an auditor to read; accepting a
 * risk can also carry an expiry date, after which the decision should be reviewed.
 *
 * Ctrl+Return accepts from the text field, so the whole step works from the keyboard.
 */
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Dismiss, Accept };

    /** `count` is how many threats the reason is for; `title` names the threat when it is one. */
    ReasonDialog(Kind kind, int count, const QString &title, QWidget *parent = nullptr);

    QString reason() const;
    /** The expiry date, when one was chosen (Accept only). */
    std::optional<QDate> expiry() const;

    void setReason(const QString &reason);
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QCheckBox *expiryCheck() const { return m_expires; }
    QDateEdit *expiryEdit() const { return m_date; }
    QDialogButtonBox *buttons() const { return m_buttons; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateOk();

    Kind m_kind;
    QPlainTextEdit *m_reason;
    QCheckBox *m_expires = nullptr;
    QDateEdit *m_date = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace tw::ui
