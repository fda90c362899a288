// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "appsettings.h"

#include "store/project.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tw::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_actor(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_restartNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));

    auto *general = new QWidget;
    general->setObjectName(QStringLiteral("generalPage"));
    m_actor->setObjectName(QStringLiteral("actorField"));
    m_actor->setPlaceholderText(Project::defaultActor());
    m_actor->setText(settings::hasActorName() ? settings::actorName() : QString());
    m_actor->setClearButtonEnabled(true);
    auto *actorNote = new QLabel(tr("Every triage decision is recorded in the project's audit trail under this name. "
                                    "Leave it empty to use your user name (%1).")
                                     .arg(Project::defaultActor()),
                                 general);
    actorNote->setWordWrap(true);
    actorNote->setTextFormat(Qt::PlainText);
    actorNote->setForegroundRole(QPalette::PlaceholderText);
    auto *themeNote = new QLabel(tr("The workbench follows the system's light or dark colours."), general);
    themeNote->setWordWrap(true);
    themeNote->setForegroundRole(QPalette::PlaceholderText);

    // Each language under its own name, so that someone who cannot read the current one finds theirs.
    m_language->setObjectName(QStringLiteral("languageField"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings::language())));
    const QString running = settings::languageInEffect();
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setText(tr("The new language is used the next time Threatwright starts."));
    m_restartNote->setWordWrap(true);
    m_restartNote->setForegroundRole(QPalette::PlaceholderText);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this, running] { m_restartNote->setVisible(m_language->currentData().toString() != running); });

    auto *form = new QFormLayout(general);
    form->addRow(tr("&Actor name:"), m_actor);
    form->addRow(QString(), actorNote);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("Theme:"), themeNote);
    m_tabs->addTab(general, tr("&General"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, &SettingsDialog::apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);
    // Tall enough for the wrapped notes, whatever their language's length. The tab widget does not
    // pass heightForWidth on to its pages, so the page reserves what its form needs at a little
    // less than the dialog's width (narrower means taller: never too little).
    const int width = fontMetrics().averageCharWidth() * 80;
    // Measured with the restart note shown, so that it has room when the language changes.
    general->setMinimumHeight(form->totalHeightForWidth(width - 4 * style()->pixelMetric(QStyle::PM_LayoutLeftMargin)));
    m_restartNote->setVisible(false);
    resize(width, sizeHint().height());
}

int SettingsDialog::addPage(QWidget *page, const QString &title)
{
    return m_tabs->addTab(page, title);
}

void SettingsDialog::apply()
{
    settings::setActorName(m_actor->text());
    settings::setLanguage(m_language->currentData().toString());
}

} // namespace tw::ui
