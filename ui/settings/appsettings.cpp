// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include "common/translations.h"
#include "store/project.h"

#include <QSettings>

namespace tw::ui::settings {
namespace {

QString actorKey()
{
    return QStringLiteral("Triage/actor");
}

QString languageKey()
{
    return QStringLiteral("General/language");
}

QString &inEffect()
{
    static QString language;
    return language;
}

bool isKnownLanguage(const QString &language)
{
    return language == QLatin1String("en") || tw::i18n::shippedLanguages().contains(language);
}

} // namespace

QString actorName()
{
    const QString stored = QSettings().value(actorKey()).toString().trimmed();
    return stored.isEmpty() ? Project::defaultActor() : stored;
}

void setActorName(const QString &name)
{
    QSettings settings;
    if (name.trimmed().isEmpty())
        settings.remove(actorKey());
    else
        settings.setValue(actorKey(), name.trimmed());
}

bool hasActorName()
{
    return !QSettings().value(actorKey()).toString().trimmed().isEmpty();
}

QString language()
{
    const QString stored = QSettings().value(languageKey()).toString();
    return isKnownLanguage(stored) ? stored : QString();
}

void setLanguage(const QString &language)
{
    QSettings settings;
    if (isKnownLanguage(language))
        settings.setValue(languageKey(), language);
    else
        settings.remove(languageKey());
}

QString languageInEffect()
{
    return inEffect();
}

void setLanguageInEffect(const QString &language)
{
    inEffect() = language;
}

} // namespace tw::ui::settings
