// SPDX-License-Identifier: GPL-3.0-or-later
#include "reasondialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tw::ui {

ReasonDialog::ReasonDialog(Kind kind, int count, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("reasonDialog"));
    const bool dismiss = kind == Kind::Dismiss;
    setWindowTitle(dismiss ? (count == 1 ? tr("Dismiss Threat") : tr("Dismiss %n Threats", nullptr, count))
                           : (count == 1 ? tr("Accept Risk") : tr("Accept the Risk of %n Threats", nullptr, count)));

    auto *what = new QLabel(this);
    what->setObjectName(QStringLiteral("reasonSubject"));
    what->setWordWrap(true);
    what->setTextFormat(Qt::PlainText); // a title comes from the inputs: data, not markup
    what->setText(count == 1 ? title : tr("%n selected threats", nullptr, count));
    QFont bold = what->font();
    bold.setBold(true);
    what->setFont(bold);

    auto *prompt = new QLabel(dismiss ? tr("Why is this not a threat here? (false positive, not applicable, covered "
                                           "elsewhere…) The reason is recorded in the audit trail.")
                                      : tr("Why is the risk acceptable, and who accepted it? The reason is recorded in "
                                           "the audit trail."),
                              this);
    prompt->setWordWrap(true);
    prompt->setBuddy(m_reason);

    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Reason (required)"));
    m_reason->setMinimumHeight(m_reason->fontMetrics().lineSpacing() * 5);
    m_reason->installEventFilter(this);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReasonDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(prompt);
    layout->addWidget(m_reason, 1);

    if (!dismiss) {
        m_expires = new QCheckBox(tr("Review again on"), this);
        m_expires->setObjectName(QStringLiteral("expiryCheck"));
        m_date = new QDateEdit(QDate::currentDate().addDays(90), this);
        m_date->setObjectName(QStringLiteral("expiryDate"));
        m_date->setCalendarPopup(true);
        m_date->setMinimumDate(QDate::currentDate().addDays(1));
        m_date->setEnabled(false);
        m_date->setAccessibleName(tr("Expiry date"));
        connect(m_expires, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
        auto *row = new QHBoxLayout;
        row->addWidget(m_expires);
        row->addWidget(m_date);
        row->addStretch(1);
        layout->addLayout(row);
    }

    m_buttons->button(QDialogButtonBox::Ok)->setText(dismiss ? tr("&Dismiss") : tr("&Accept Risk"));
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Ctrl+Return"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    resize(QFontMetrics(font()).averageCharWidth() * 70, sizeHint().height());
    m_reason->setFocus();
    updateOk();
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

std::optional<QDate> ReasonDialog::expiry() const
{
    if (!m_expires || !m_expires->isChecked())
        return std::nullopt;
    return m_date->date();
}

void ReasonDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

void ReasonDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

bool ReasonDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Return types a new line in the reason; Ctrl+Return is "done".
    if (watched == m_reason && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            if (!reason().isEmpty())
                accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace tw::ui
