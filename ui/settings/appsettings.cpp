// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include "store/project.h"

#include <QSettings>

namespace tw::ui::settings {
namespace {

QString actorKey()
{
    return QStringLiteral("Triage/actor");
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

} // namespace tw::ui::settings
