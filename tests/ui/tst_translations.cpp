// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped translations, as a user meets them: the real MainWindow started in German and in
// French through the Preferences setting (the path app/gui/main.cpp takes), its menus, actions
// and core messages translated, no accelerator used twice in a menu; Qt's own dialogs in the
// same language; the Preferences language choice; and the CLI following the locale while its
// --json output and exit codes stay the same in every language.

#include "graphview.h"
#include "mainwindow.h"
#include "support/windowdriver.h"
#include "export/reportexport.h"
#include "settings/appsettings.h"
#include "settings/llmsettingspage.h"
#include "settings/settingsdialog.h"

#include "common/translations.h"
#include "model/enums.h"
#include "model/synthetic.h"
#include "store/project.h"

#include <QApplication>
#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace tw;
using namespace tw::ui;

namespace {

/** A project with one analysed version; returns its path or an empty string. */
QString makeProject(const QString &path)
{
    auto project = Project::create(path, QStringLiteral("Harbor Shop"), QStringLiteral("alice"));
    if (!project)
        return {};
    const VersionMeta meta{QStringLiteral("alice"), QStringLiteral("Initial import"), {}, {}};
    if (!(*project)->createVersion(syntheticModel({10, 2, 24, 1}), meta))
        return {};
    return path;
}

/** Removes every translator a previous test installed (they are children of the application). */
void removeTranslators()
{
    const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

/** What app/gui/main.cpp does at start-up with the stored language choice. */
i18n::Loaded applyStoredLanguage()
{
    removeTranslators();
    const QString language = settings::language();
    settings::setLanguageInEffect(language);
    return i18n::installTranslators(*qApp, i18n::localeFor(language));
}

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    const QList<QAction *> actions = window.menuBar()->actions();
    for (const QAction *action : actions)
        titles << action->text();
    return titles;
}

/** The texts of a menu's entries (separators left out). */
QStringList entries(const QMenu *menu)
{
    QStringList texts;
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        if (!action->isSeparator())
            texts << action->text();
    }
    return texts;
}

/** The accelerator letter of a menu text ("Ö&ffnen…" → 'f'), or a null QChar. */
QChar accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

/** Fails with the clashing entries when two entries of one menu share an accelerator. */
QString acceleratorClash(const QMenu *menu)
{
    QHash<QChar, QString> seen;
    const QStringList texts = entries(menu);
    for (const QString &text : texts) {
        const QChar key = accelerator(text);
        if (key.isNull())
            continue;
        if (seen.contains(key))
            return QStringLiteral("%1: \"%2\" and \"%3\" both use &%4").arg(menu->title(), seen.value(key), text, key);
        seen.insert(key, text);
    }
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        if (action->menu()) {
            if (const QString clash = acceleratorClash(action->menu()); !clash.isEmpty())
                return clash;
        }
    }
    return {};
}

/** The accelerators of the labels and buttons under `root` (not inside `skip`), with their texts. */
void collectAccelerators(const QWidget *root, const QWidget *skip, QList<std::pair<QChar, QString>> &out)
{
    const QList<QWidget *> children = root->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (const QWidget *child : children) {
        if (child == skip)
            continue;
        QString text;
        if (const auto *label = qobject_cast<const QLabel *>(child))
            text = label->text();
        else if (const auto *button = qobject_cast<const QAbstractButton *>(child))
            text = button->text();
        else if (const auto *group = qobject_cast<const QGroupBox *>(child))
            text = group->title();
        if (const QChar key = accelerator(text); !key.isNull())
            out.append({key, text});
        collectAccelerators(child, skip, out);
    }
}

/**
 * Two labels or buttons a user sees together sharing an accelerator: per tab of `tabs` (the tab
 * titles, that page, and everything outside the tab widget), or the whole dialog without tabs.
 */
QString dialogClash(const QWidget *dialog, const QTabWidget *tabs)
{
    const int pages = tabs ? tabs->count() : 1;
    for (int page = 0; page < pages; ++page) {
        QList<std::pair<QChar, QString>> seen;
        collectAccelerators(dialog, tabs, seen);
        if (tabs) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (const QChar key = accelerator(tabs->tabText(i)); !key.isNull())
                    seen.append({key, tabs->tabText(i)});
            }
            collectAccelerators(tabs->widget(page), nullptr, seen);
        }
        for (qsizetype i = 0; i < seen.size(); ++i) {
            for (qsizetype j = i + 1; j < seen.size(); ++j) {
                if (seen.at(i).first == seen.at(j).first)
                    return QStringLiteral("\"%1\" and \"%2\" both use &%3").arg(seen.at(i).second, seen.at(j).second, seen.at(i).first);
            }
        }
    }
    return {};
}

/** The dialogs with labelled fields: Preferences (with the language-model page) and Export Report. */
QString dialogsClash()
{
    SettingsDialog preferences;
    preferences.addPage(new LlmSettingsPage, QStringLiteral("LLM"));
    if (const QString clash = dialogClash(&preferences, preferences.tabs()); !clash.isEmpty())
        return clash;
    VersionInfo version;
    version.id = 1;
    version.createdAt = QDateTime::currentDateTimeUtc();
    ExportDialog exportDialog(QStringLiteral("/tmp/shop.twdb"), {version}, 1);
    return dialogClash(&exportDialog, nullptr);
}

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &args, const QString &locale)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(TW_CLI_PATH), args);
    if (!cli.waitForFinished(120000))
        cli.kill();
    return Run{cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1, cli.readAllStandardOutput(), cli.readAllStandardError()};
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void germanWindow();
    void frenchWindow();
    void englishIsTheSource();
    void preferencesOfferTheLanguages();
    void cliFollowsTheLocale();
    void cliJsonIsTheSameInEveryLanguage();

private:
    /** Opens the project in a window of 1600×1000 and saves it as screenshots/<name>.png. */
    void showAndSave(MainWindow &window, const QString &name);

    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    QString m_project;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_translations"));
    QApplication::setQuitOnLastWindowClosed(false);
    m_project = makeProject(m_dir.filePath(QStringLiteral("shop.twdb")));
    QVERIFY(!m_project.isEmpty());
}

void TestTranslations::init()
{
    QSettings().clear();
    removeTranslators();
}

void TestTranslations::cleanupTestCase()
{
    removeTranslators();
}

void TestTranslations::showAndSave(MainWindow &window, const QString &name)
{
    QVERIFY(test::showWindow(window));
    QVERIFY(test::openAndWait(window, m_project));
    QVERIFY(!test::saveScreenshot(&window, name + QStringLiteral(".png")).isEmpty());
}

void TestTranslations::germanWindow()
{
    settings::setLanguage(QStringLiteral("de"));
    const i18n::Loaded loaded = applyStoredLanguage();
    QCOMPARE(loaded.application, QStringLiteral(":/translations/threatwright_de.qm"));

    MainWindow window;
    QCOMPARE(menuTitles(window), (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"),
                                              QStringLiteral("&Triage"), QStringLiteral("&Projekt"), QStringLiteral("&Hilfe")}));
    const QMenu *file = window.menuBar()->actions().first()->menu();
    QVERIFY(file);
    const QStringList fileEntries = entries(file);
    for (const char *text : {"&Neues Projekt…", "Ö&ffnen…", "&Zuletzt geöffnet", "Bericht &exportieren…", "&Schließen", "&Beenden"})
        QVERIFY2(fileEntries.contains(QString::fromUtf8(text)), qPrintable(fileEntries.join(QStringLiteral(" | "))));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionPreferences"))->text(), QStringLiteral("&Einstellungen…"));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionCompareVersions"))->text(), QStringLiteral("&Versionen vergleichen…"));
    const QMenu *triage = window.findChild<QMenu *>(QStringLiteral("triageMenu"));
    QVERIFY(triage);
    QVERIFY2(entries(triage).contains(QStringLiteral("&Bestätigen")), qPrintable(entries(triage).join(QStringLiteral(" | "))));
    for (const QAction *menu : window.menuBar()->actions())
        QVERIFY2(acceleratorClash(menu->menu()).isEmpty(), qPrintable(acceleratorClash(menu->menu())));

    QVERIFY2(dialogsClash().isEmpty(), qPrintable(dialogsClash()));

    // Text made in core/ (tw::Model, tw::Project contexts) comes out in German too.
    QCOMPARE(displayName(ThreatStatus::Suggested), QStringLiteral("Vorgeschlagen"));
    QCOMPARE(displayName(Severity::High), QStringLiteral("Hoch"));
    const QString empty = m_dir.filePath(QStringLiteral("empty.twdb"));
    {
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const auto refused = Project::open(empty, Project::OpenMode::ReadOnly);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("ist kein Threatwright-Projekt")), qPrintable(refused.error().message));

    showAndSave(window, QStringLiteral("mainwindow-de"));
    SettingsDialog preferences(&window);
    preferences.languageField()->setCurrentIndex(3); // shows the restart note
    preferences.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preferences));
    QVERIFY(preferences.grab().save(QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots/preferences-de.png"), "PNG"));

    // Qt's own strings (standard buttons) from qt6-translations-l10n.
    if (loaded.qt.isEmpty())
        QSKIP("qtbase_de.qm is not installed (Debian: qt6-translations-l10n; setup.sh installs it)");
    QCOMPARE(preferences.buttons()->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
}

void TestTranslations::frenchWindow()
{
    settings::setLanguage(QStringLiteral("fr"));
    const i18n::Loaded loaded = applyStoredLanguage();
    QCOMPARE(loaded.application, QStringLiteral(":/translations/threatwright_fr.qm"));

    MainWindow window;
    QCOMPARE(menuTitles(window), (QStringList{QStringLiteral("&Fichier"), QStringLiteral("É&dition"), QStringLiteral("Affic&hage"),
                                              QStringLiteral("&Triage"), QStringLiteral("&Projet"), QStringLiteral("&Aide")}));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionOpen"))->text(), QStringLiteral("&Ouvrir…"));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionPreferences"))->text(), QStringLiteral("&Préférences…"));
    for (const QAction *menu : window.menuBar()->actions())
        QVERIFY2(acceleratorClash(menu->menu()).isEmpty(), qPrintable(acceleratorClash(menu->menu())));
    QVERIFY2(dialogsClash().isEmpty(), qPrintable(dialogsClash()));
    QCOMPARE(displayName(Stride::InformationDisclosure), QStringLiteral("Divulgation d’informations"));
    if (!loaded.qt.isEmpty()) {
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Annuler"));
    }
    showAndSave(window, QStringLiteral("mainwindow-fr"));
}

void TestTranslations::englishIsTheSource()
{
    // "English" loads nothing, even where the system would say otherwise; so does the C locale.
    settings::setLanguage(QStringLiteral("en"));
    QCOMPARE(applyStoredLanguage().application, QString());
    QVERIFY(i18n::installTranslators(*qApp, QLocale::c()).application.isEmpty());
    MainWindow window;
    QCOMPARE(menuTitles(window).first(), QStringLiteral("&File"));
    QVERIFY2(dialogsClash().isEmpty(), qPrintable(dialogsClash()));
    QCOMPARE(displayName(ThreatStatus::Suggested), QStringLiteral("Suggested"));
    // An unknown stored code falls back to the system's language.
    QSettings().setValue(QStringLiteral("General/language"), QStringLiteral("xx"));
    QCOMPARE(settings::language(), QString());
}

void TestTranslations::preferencesOfferTheLanguages()
{
    settings::setLanguageInEffect(QString());
    SettingsDialog dialog;
    QComboBox *language = dialog.languageField();
    QCOMPARE(language->count(), 4);
    QStringList codes;
    for (int i = 0; i < language->count(); ++i)
        codes << language->itemData(i).toString();
    QCOMPARE(codes, (QStringList{QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}));
    QCOMPARE(language->currentIndex(), 0);
    // Each language under its own name, whatever the current one.
    QCOMPARE(language->itemText(2), QStringLiteral("Deutsch"));
    QCOMPARE(language->itemText(3), QStringLiteral("Français"));

    QVERIFY(dialog.restartNote()->isHidden());
    language->setCurrentIndex(2);
    QVERIFY(!dialog.restartNote()->isHidden());
    language->setCurrentIndex(0);
    QVERIFY(dialog.restartNote()->isHidden());
    language->setCurrentIndex(3);
    dialog.buttons()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(settings::language(), QStringLiteral("fr"));
    QCOMPARE(QSettings().value(QStringLiteral("General/language")).toString(), QStringLiteral("fr"));

    SettingsDialog again;
    QCOMPARE(again.languageField()->currentData().toString(), QStringLiteral("fr"));
    again.languageField()->setCurrentIndex(0);
    again.buttons()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(!QSettings().contains(QStringLiteral("General/language")));
}

void TestTranslations::cliFollowsTheLocale()
{
    const Run german = runCli({QStringLiteral("--help")}, QStringLiteral("de_DE.UTF-8"));
    QCOMPARE(german.code, 0);
    QVERIFY2(german.out.contains("Befehle:") && german.out.contains("Eine neue Projektdatei anlegen"), german.out.constData());
    const Run french = runCli({QStringLiteral("--help")}, QStringLiteral("fr_FR.UTF-8"));
    QVERIFY2(french.out.contains("Commandes :"), french.out.constData());
    const Run english = runCli({QStringLiteral("--help")}, QStringLiteral("C.UTF-8"));
    QVERIFY2(english.out.contains("Commands:"), english.out.constData());

    // A core error message, and the exit code, through the whole CLI.
    const QString empty = m_dir.filePath(QStringLiteral("empty-cli.twdb"));
    {
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const Run refused = runCli({QStringLiteral("versions"), empty}, QStringLiteral("de_DE.UTF-8"));
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains("ist kein Threatwright-Projekt"), refused.err.constData());
    QCOMPARE(runCli({QStringLiteral("versions"), empty}, QStringLiteral("C.UTF-8")).code, 2);
}

void TestTranslations::cliJsonIsTheSameInEveryLanguage()
{
    for (const QStringList &args : {QStringList{QStringLiteral("threats"), m_project, QStringLiteral("--json")},
                                    QStringList{QStringLiteral("versions"), m_project, QStringLiteral("--json")},
                                    QStringList{QStringLiteral("audit"), m_project, QStringLiteral("--verify"), QStringLiteral("--json")}}) {
        const Run english = runCli(args, QStringLiteral("C.UTF-8"));
        QCOMPARE(english.code, 0);
        QVERIFY(!english.out.isEmpty());
        for (const char *locale : {"de_DE.UTF-8", "fr_FR.UTF-8"}) {
            const Run other = runCli(args, QString::fromLatin1(locale));
            QCOMPARE(other.code, english.code);
            QVERIFY2(other.out == english.out, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" differs in ") + QLatin1StringView(locale)));
        }
    }
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
