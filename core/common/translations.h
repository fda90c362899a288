// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

/**
 * Loading the translations (docs/translations.md). Both binaries call installTranslators() once,
 * after the application object exists and before any text is made: Threatwright's own catalogue
 * (threatwright_<lang>.qm, compiled in under ":/translations" and installed beside the binaries
 * in share/threatwright/translations) and Qt's (qtbase_<lang>.qm, so standard dialogs and
 * buttons speak the same language; Debian: qt6-translations-l10n).
 */
namespace tw::i18n {

/** The languages Threatwright ships a catalogue for, besides English (the source language). */
QStringList shippedLanguages();

/**
 * The locale a language choice means: "" follows the system (QLocale::system(), which reads
 * LANGUAGE, LC_ALL, LC_MESSAGES and LANG), anything else is a language code such as "de".
 */
QLocale localeFor(const QString &language);

/** What installTranslators() loaded, for diagnostics and tests. */
struct Loaded
{
    QString application; ///< the threatwright_*.qm file, empty when none (English)
    QString qt;          ///< the qtbase_*.qm file, empty when none
};

/**
 * Installs the translators for `locale` on `app`. `folders` are searched before the compiled-in
 * catalogues (the installed share/threatwright/translations). English, C and languages without a
 * catalogue load nothing: the source text is English.
 */
Loaded installTranslators(QCoreApplication &app, const QLocale &locale, const QStringList &folders = {});

/** share/threatwright/translations relative to an installed binary in bin/. */
QString installedFolder(const QString &applicationDir);

} // namespace tw::i18n
