// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace tw::i18n {
namespace {

/** Loads `<name>_<lang>.qm` for `locale` from the first folder that has it; returns its path. */
QString install(QCoreApplication &app, const QLocale &locale, const QString &name, const QStringList &folders)
{
    for (const QString &folder : folders) {
        auto *translator = new QTranslator(&app);
        if (translator->load(locale, name, QStringLiteral("_"), folder) && QCoreApplication::installTranslator(translator))
            return translator->filePath();
        delete translator;
    }
    return {};
}

} // namespace

QStringList shippedLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("fr")};
}

QLocale localeFor(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

Loaded installTranslators(QCoreApplication &app, const QLocale &locale, const QStringList &folders)
{
    // QTranslator::load() walks the locale's UI languages ("de-CH", "de", …); English and C
    // are the source text, so nothing is loaded for them (not even a stray catalogue).
    const QString first = locale.uiLanguages().value(0);
    if (first.isEmpty() || first == QLatin1String("C") || first.section(QLatin1Char('-'), 0, 0) == QLatin1String("en"))
        return {};
    Loaded loaded;
    loaded.qt = install(app, locale, QStringLiteral("qtbase"), {QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
    loaded.application = install(app, locale, QStringLiteral("threatwright"), folders + QStringList{QStringLiteral(":/translations")});
    return loaded;
}

QString installedFolder(const QString &applicationDir)
{
    return QDir::cleanPath(applicationDir + QStringLiteral("/../share/threatwright/translations"));
}

} // namespace tw::i18n
