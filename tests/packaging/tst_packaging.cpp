// SPDX-License-Identifier: GPL-3.0-or-later
// What the packages ship, checked against the real binaries: every CLI command and option is in
// the manual page, the bash completion and docs/cli.md; the desktop file, metainfo and MIME type
// agree with each other and are recognised; the installed tree has everything and runs.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <sqlite3.h>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const QString &workingDir = {}, int timeoutMs = 120000)
{
    QProcess p;
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs))
        p.kill();
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
               QString::fromUtf8(p.readAllStandardError())};
}

QString source(const char *relative)
{
    return QStringLiteral(TW_SOURCE_DIR "/") + QString::fromLatin1(relative);
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

/** One option of a --help text: its names ("-o", "--format"), without the value. */
using OptionNames = QStringList;

/** The options QCommandLineParser lists under "Options:". */
QList<OptionNames> parseOptions(const QString &help)
{
    QList<OptionNames> options;
    bool inOptions = false;
    static const QRegularExpression nameRe(QStringLiteral("^(--?[A-Za-z0-9][A-Za-z0-9-]*)"));
    for (const QString &line : help.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1StringView("Options:"))) {
            inOptions = true;
            continue;
        }
        if (!inOptions)
            continue;
        if (line.trimmed().isEmpty() || !line.startsWith(QLatin1StringView("  ")))
            break; // the Arguments: section or the end
        const QString body = line.mid(2);
        if (!body.startsWith(QLatin1Char('-')))
            continue; // a wrapped description
        // "-h, --help  Displays…" / "--name <name>  The…": names end at the double space.
        const QString names = body.section(QStringLiteral("  "), 0, 0);
        OptionNames option;
        for (const QString &part : names.split(QStringLiteral(", "))) {
            const auto m = nameRe.match(part.trimmed());
            if (m.hasMatch())
                option.append(m.captured(1));
        }
        if (!option.isEmpty())
            options.append(option);
    }
    return options;
}

bool isHelpOption(const OptionNames &option)
{
    return option.contains(QStringLiteral("--help")) || option.contains(QStringLiteral("--help-all"));
}

/** The commands `threatwright-cli --help` lists. */
QStringList cliCommands()
{
    const Run r = run(QStringLiteral(TW_CLI_PATH), {QStringLiteral("--help")});
    QStringList commands;
    bool inCommands = false;
    for (const QString &line : r.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1StringView("Commands:"))) {
            inCommands = true;
            continue;
        }
        if (inCommands && line.trimmed().isEmpty())
            break;
        if (inCommands)
            commands.append(line.trimmed().section(QLatin1Char(' '), 0, 0));
    }
    return commands;
}

/** A command as the tests see it: its name, how to ask for its help, its options. */
struct CommandForm
{
    QString label;         ///< "scan", or "threats add"
    QStringList helpArgs;  ///< arguments that print its --help
    QStringList completionWords; ///< COMP_WORDS after the program name, up to the word being completed
};

QList<CommandForm> commandForms()
{
    QList<CommandForm> forms;
    for (const QString &c : cliCommands()) {
        forms.append({c, {c, QStringLiteral("--help")}, {c}});
        if (c == QLatin1StringView("threats")) // the one sub-form: 'threats PROJECT add'
            forms.append({QStringLiteral("threats add"),
                          {c, QStringLiteral("p.twdb"), QStringLiteral("add"), QStringLiteral("--help")},
                          {c, QStringLiteral("p.twdb"), QStringLiteral("add")}});
    }
    return forms;
}

/** Roff source as plain text: escapes for hyphens and fonts removed. */
QString roffText(const QString &roff)
{
    QString text = roff;
    text.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    static const QRegularExpression fonts(QStringLiteral("\\\\f[BIRP]"));
    text.remove(fonts);
    return text;
}

/** The lines of a man page's `.SS name` subsection (up to the next .SS or .SH). */
QString manSection(const QString &roff, const QString &name)
{
    const QStringList lines = roff.split(QLatin1Char('\n'));
    QString section;
    bool inside = false;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1StringView(".SS ")) || line.startsWith(QLatin1StringView(".SH "))) {
            QString title = line.mid(4).trimmed();
            if (title.startsWith(QLatin1Char('"')))
                title = title.mid(1).chopped(1);
            inside = title == name;
            continue;
        }
        if (inside)
            section += line + QLatin1Char('\n');
    }
    return section;
}

/** The lines of docs/cli.md's "### `name`" section. */
QString markdownSection(const QString &markdown, const QString &heading)
{
    QString section;
    bool inside = false;
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('#'))) {
            inside = line == heading;
            continue;
        }
        if (inside)
            section += line + QLatin1Char('\n');
    }
    return section;
}

/** Asks a bash completion function what it offers for `words` (the last one is completed). */
QStringList complete(const QString &script, const QString &function, const QStringList &words)
{
    QString array;
    for (const QString &w : words)
        array += QLatin1Char('\'') + w + QStringLiteral("' ");
    const QString program = QStringLiteral("source '%1' && COMP_WORDS=(%2) && COMP_CWORD=%3 && %4 && printf '%s\\n' \"${COMPREPLY[@]}\"")
                                .arg(script, array)
                                .arg(words.size() - 1)
                                .arg(function);
    const Run r = run(QStringLiteral("bash"), {QStringLiteral("--norc"), QStringLiteral("--noprofile"), QStringLiteral("-c"), program});
    if (r.code != 0)
        return {QStringLiteral("<bash failed: %1>").arg(r.err)};
    return r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

/** The value of `key=` in a desktop file's [Desktop Entry] group. */
QString desktopValue(const QString &desktop, const QString &key)
{
    for (const QString &line : desktop.split(QLatin1Char('\n')))
        if (line.startsWith(key + QLatin1Char('=')))
            return line.mid(key.size() + 1).trimmed();
    return {};
}

/** Text of every element named `name` in an XML document. */
QStringList xmlTexts(const QString &xml, const QString &name, const QString &attribute = {})
{
    QStringList texts;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == name)
            texts.append(attribute.isEmpty() ? reader.readElementText(QXmlStreamReader::IncludeChildElements)
                                             : reader.attributes().value(attribute).toString());
    }
    return texts;
}

const QString kAppId = QStringLiteral("org.threatwright.Threatwright");
const QString kMimeType = QStringLiteral("application/x-threatwright-project");
const QList<int> kIconSizes = {16, 22, 24, 32, 48, 64, 128, 256};

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    bool m_mimeReady = false;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The MIME database as the package's trigger leaves it: freedesktop.org's types and ours
        // compiled into one mime.cache by update-mime-database. (Qt would also read our XML on
        // its own, but it lets a compiled cache's lower-priority match win over it.)
        const QString updater = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
        const QString freedesktop = QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml");
        if (updater.isEmpty() || !QFile::exists(freedesktop))
            return; // mimeTypeRecognisesProjectsByContent skips
        const QString packages = m_dir.filePath(QStringLiteral("xdg/mime/packages"));
        QVERIFY(QDir().mkpath(packages));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("xdg-home"))));
        QVERIFY(QFile::copy(freedesktop, packages + QStringLiteral("/freedesktop.org.xml")));
        QVERIFY(QFile::copy(source("packaging/mime/threatwright.xml"), packages + QStringLiteral("/threatwright.xml")));
        const Run r = run(updater, {m_dir.filePath(QStringLiteral("xdg/mime"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // QMimeDatabase reads these once, on first use.
        qputenv("XDG_DATA_DIRS", m_dir.filePath(QStringLiteral("xdg")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("xdg-home")).toLocal8Bit());
        m_mimeReady = true;
    }

    void cliHelpIsParsed()
    {
        // Guards the parsing below: a change in --help's layout must not make every check vacuous.
        const QStringList commands = cliCommands();
        QVERIFY2(commands.size() >= 12, qPrintable(commands.join(QLatin1Char(' '))));
        for (const char *known : {"init", "import", "scan", "report", "check", "threats"})
            QVERIFY2(commands.contains(QString::fromLatin1(known)), known);
        const Run r = run(QStringLiteral(TW_CLI_PATH), {QStringLiteral("scan"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QList<OptionNames> options = parseOptions(r.out);
        QVERIFY(options.contains(OptionNames{QStringLiteral("--sarif")}));
        QVERIFY(options.contains(OptionNames{QStringLiteral("--fail-on")}));
        options = parseOptions(run(QStringLiteral(TW_CLI_PATH), {QStringLiteral("report"), QStringLiteral("--help")}).out);
        QVERIFY(options.contains(OptionNames{QStringLiteral("-o")}));
    }

    void everyCommandIsDocumented_data()
    {
        QTest::addColumn<QStringList>("helpArgs");
        QTest::addColumn<QStringList>("completionWords");
        for (const CommandForm &f : commandForms())
            QTest::newRow(qPrintable(f.label)) << f.helpArgs << f.completionWords;
    }

    void everyCommandIsDocumented()
    {
        QFETCH(QStringList, helpArgs);
        QFETCH(QStringList, completionWords);
        const QString label = QString::fromLatin1(QTest::currentDataTag());
        const Run help = run(QStringLiteral(TW_CLI_PATH), helpArgs);
        QCOMPARE(help.code, 0);
        const QList<OptionNames> options = parseOptions(help.out);
        QVERIFY2(!options.isEmpty(), qPrintable(help.out));

        const bool subForm = label == QLatin1StringView("threats add");
        const QString manTitle = subForm ? QStringLiteral("threats ... add") : label;
        const QString man = roffText(manSection(readText(source("packaging/man/threatwright-cli.1.in")), manTitle));
        QVERIFY2(!man.isEmpty(), qPrintable(QStringLiteral("packaging/man/threatwright-cli.1.in has no '.SS %1' section").arg(manTitle)));
        const QString mdHeading = subForm ? QStringLiteral("### `threats PROJECT add`") : QStringLiteral("### `%1`").arg(label);
        const QString md = markdownSection(readText(source("docs/cli.md")), mdHeading);
        QVERIFY2(!md.isEmpty(), qPrintable(QStringLiteral("docs/cli.md has no '%1' section").arg(mdHeading)));

        QStringList words = completionWords;
        words.prepend(QStringLiteral("threatwright-cli"));
        words.append(QStringLiteral("-"));
        const QStringList offered = complete(source("packaging/completion/threatwright-cli"), QStringLiteral("_threatwright_cli"), words);

        static const QRegularExpression wordEnd(QStringLiteral("[^A-Za-z0-9-]"));
        auto mentions = [](const QString &text, const QString &name) {
            // "--rev" must not be satisfied by "--reverse": the name ends at a non-name character.
            for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                const qsizetype end = at + name.size();
                const bool startOk = at == 0 || !(text.at(at - 1).isLetterOrNumber() || text.at(at - 1) == QLatin1Char('-'));
                const bool endOk = end == text.size() || wordEnd.match(text.mid(end, 1)).hasMatch();
                if (startOk && endOk)
                    return true;
            }
            return false;
        };
        for (const OptionNames &option : options) {
            if (isHelpOption(option)) {
                QVERIFY2(offered.contains(QStringLiteral("--help")), qPrintable(label + QStringLiteral(": completion lacks --help")));
                continue;
            }
            const QString name = option.last();
            QVERIFY2(mentions(man, name), qPrintable(QStringLiteral("man page section '%1' does not describe %2").arg(manTitle, name)));
            QVERIFY2(mentions(md, name), qPrintable(QStringLiteral("docs/cli.md section '%1' does not describe %2").arg(mdHeading, name)));
            QVERIFY2(offered.contains(name), qPrintable(QStringLiteral("bash completion of '%1' does not offer %2 (offers: %3)")
                                                            .arg(label, name, offered.join(QLatin1Char(' ')))));
        }
        // Nothing offered that the command does not know: a removed option must leave the completion too.
        for (const QString &o : offered) {
            const bool known = o == QLatin1StringView("--help")
                || std::any_of(options.cbegin(), options.cend(), [&o](const OptionNames &n) { return n.contains(o); });
            QVERIFY2(known, qPrintable(QStringLiteral("bash completion of '%1' offers %2, which the command does not have").arg(label, o)));
        }
    }

    void completionKnowsEveryCommand()
    {
        const QStringList commands = cliCommands();
        const QString script = source("packaging/completion/threatwright-cli");
        const QStringList offered = complete(script, QStringLiteral("_threatwright_cli"), {QStringLiteral("threatwright-cli"), QString()});
        for (const QString &c : commands)
            QVERIFY2(offered.contains(c), qPrintable(QStringLiteral("bash completion does not offer the command %1").arg(c)));
        QVERIFY(offered.contains(QStringLiteral("--version")));
        // Completion of values, as a person would use it.
        QCOMPARE(complete(script, QStringLiteral("_threatwright_cli"),
                          {QStringLiteral("threatwright-cli"), QStringLiteral("report"), QStringLiteral("p.twdb"), QStringLiteral("--format"), QStringLiteral("s")}),
                 QStringList{QStringLiteral("sarif")});
        QCOMPARE(complete(script, QStringLiteral("_threatwright_cli"),
                          {QStringLiteral("threatwright-cli"), QStringLiteral("scan"), QStringLiteral("."), QStringLiteral("--fail-on"), QStringLiteral("="), QStringLiteral("cr")}),
                 QStringList{QStringLiteral("critical")});
        QCOMPARE(complete(script, QStringLiteral("_threatwright_cli"),
                          {QStringLiteral("threatwright-cli"), QStringLiteral("threats"), QStringLiteral("p.twdb"), QStringLiteral("a")}),
                 QStringList{QStringLiteral("add")});
    }

    void manPageCoversGlobalsAndExitCodes()
    {
        const QString man = roffText(readText(source("packaging/man/threatwright-cli.1.in")));
        QVERIFY(man.contains(QStringLiteral(".SH EXIT STATUS")));
        const QString exits = manSection(readText(source("packaging/man/threatwright-cli.1.in")), QStringLiteral("EXIT STATUS"));
        for (const char *code : {".B 0", ".B 1", ".B 2"})
            QVERIFY2(exits.contains(QString::fromLatin1(code)), code);
        const QString globals = roffText(manSection(readText(source("packaging/man/threatwright-cli.1.in")), QStringLiteral("GLOBAL OPTIONS")));
        for (const char *option : {"--help", "-h", "--version", "-v"})
            QVERIFY2(globals.contains(QString::fromLatin1(option)), option);
        const QString md = readText(source("docs/cli.md"));
        for (const char *text : {"`0` ok", "`1` a check failed", "`2` usage or input error"})
            QVERIFY2(md.contains(QString::fromUtf8(text)), text);
    }

#ifdef TW_GUI_PATH
    void guiOptionsAreDocumented()
    {
        const Run help = run(QStringLiteral(TW_GUI_PATH), {QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        const QList<OptionNames> options = parseOptions(help.out);
        QVERIFY2(options.contains(OptionNames{QStringLiteral("--screenshot")}), qPrintable(help.out));
        const QString man = roffText(readText(source("packaging/man/threatwright.1.in")));
        const QStringList offered = complete(source("packaging/completion/threatwright"), QStringLiteral("_threatwright"),
                                             {QStringLiteral("threatwright"), QStringLiteral("--")});
        for (const OptionNames &option : options) {
            for (const QString &name : option) {
                QVERIFY2(man.contains(name), qPrintable(QStringLiteral("threatwright.1 does not describe %1").arg(name)));
                if (name.startsWith(QLatin1StringView("--")))
                    QVERIFY2(offered.contains(name), qPrintable(QStringLiteral("threatwright completion lacks %1").arg(name)));
            }
        }
    }
#endif

    void desktopFileAgreesWithTheRest()
    {
        const QString desktop = readText(source("packaging/org.threatwright.Threatwright.desktop"));
        QVERIFY(!desktop.isEmpty());
        QCOMPARE(desktopValue(desktop, QStringLiteral("Icon")), kAppId);
        // %f: a file manager passes the double-clicked project; app/gui/main.cpp opens it.
        QCOMPARE(desktopValue(desktop, QStringLiteral("Exec")), QStringLiteral("threatwright %f"));
        QCOMPARE(desktopValue(desktop, QStringLiteral("MimeType")), kMimeType + QLatin1Char(';'));
        // The id main.cpp gives Qt (setDesktopFileName) is the file's name, so Wayland matches the window.
        QVERIFY(readText(source("app/gui/main.cpp")).contains(QStringLiteral("setDesktopFileName(QStringLiteral(\"%1\"))").arg(kAppId)));

        const QString metainfo = readText(source("packaging/org.threatwright.Threatwright.metainfo.xml"));
        QCOMPARE(xmlTexts(metainfo, QStringLiteral("id")), QStringList{kAppId});
        QCOMPARE(xmlTexts(metainfo, QStringLiteral("launchable")), QStringList{kAppId + QStringLiteral(".desktop")});
        QCOMPARE(xmlTexts(metainfo, QStringLiteral("mediatype")), QStringList{kMimeType});
        QCOMPARE(xmlTexts(metainfo, QStringLiteral("binary")), (QStringList{QStringLiteral("threatwright"), QStringLiteral("threatwright-cli")}));
        // The newest release is this version, on the date the manual pages carry.
        const QStringList versions = xmlTexts(metainfo, QStringLiteral("release"), QStringLiteral("version"));
        QVERIFY(!versions.isEmpty());
        QCOMPARE(versions.first(), QStringLiteral(TW_VERSION_STRING));
        const QString date = xmlTexts(metainfo, QStringLiteral("release"), QStringLiteral("date")).value(0);
        const QString man = readText(QStringLiteral(TW_BUILD_DIR "/packaging/man/threatwright-cli.1"));
        QVERIFY2(man.contains(QStringLiteral(".TH THREATWRIGHT-CLI 1 \"%1\" \"Threatwright %2\"").arg(date, QStringLiteral(TW_VERSION_STRING))),
                 "the manual page's date and version differ from the metainfo's newest release");

        // Every icon the files name exists as SVG and in every PNG size, at that size.
        for (const QString &icon : {kAppId, QStringLiteral("application-x-threatwright-project")}) {
            QVERIFY(QFile::exists(source("resources/icons/") + icon + QStringLiteral(".svg")));
            for (int size : kIconSizes) {
                const QImage png(QStringLiteral(TW_SOURCE_DIR "/resources/icons/png/%1/%2.png").arg(size).arg(icon));
                QVERIFY2(png.size() == QSize(size, size), qPrintable(QStringLiteral("%1 at %2 px").arg(icon).arg(size)));
            }
        }
    }

    void validatorsAccept_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("args");
        QTest::newRow("desktop-file-validate") << QStringLiteral("desktop-file-validate")
                                               << QStringList{source("packaging/org.threatwright.Threatwright.desktop")};
        QTest::newRow("appstreamcli") << QStringLiteral("appstreamcli")
                                      << QStringList{QStringLiteral("validate"), QStringLiteral("--no-net"),
                                                     source("packaging/org.threatwright.Threatwright.metainfo.xml")};
        QTest::newRow("update-mime-database")
            << QStringLiteral("update-mime-database") << QStringList{m_dir.filePath(QStringLiteral("xdg-validate/mime"))};
    }

    void validatorsAccept()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, args);
        const QString path = QStandardPaths::findExecutable(program);
        if (path.isEmpty())
            QSKIP(qPrintable(program + QStringLiteral(" is not installed (setup.sh installs it)")));
        if (program == QLatin1StringView("update-mime-database")) {
            // It compiles the package into a scratch database and rejects what it cannot use.
            QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("xdg-validate/mime/packages"))));
            QFile::copy(source("packaging/mime/threatwright.xml"), m_dir.filePath(QStringLiteral("xdg-validate/mime/packages/threatwright.xml")));
        }
        const Run r = run(path, args);
        QVERIFY2(r.code == 0 && !r.err.contains(QStringLiteral("rror")), qPrintable(r.out + r.err));
        if (program == QLatin1StringView("update-mime-database"))
            QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("xdg-validate/mime/application/x-threatwright-project.xml"))));
    }

    void mimeTypeRecognisesProjectsByContent()
    {
        if (!m_mimeReady)
            QSKIP("update-mime-database and shared-mime-info's freedesktop.org.xml are needed (setup.sh installs them)");
        // A real project, renamed so that only its content can tell.
        const QString project = m_dir.filePath(QStringLiteral("real.twdb"));
        QCOMPARE(run(QStringLiteral(TW_CLI_PATH), {QStringLiteral("init"), project}).code, 0);
        const QString renamed = m_dir.filePath(QStringLiteral("renamed.bin"));
        QVERIFY(QFile::copy(project, renamed));
        // A plain SQLite database beside it must stay SQLite.
        const QString plain = m_dir.filePath(QStringLiteral("plain.bin"));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(plain.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "CREATE TABLE t(x); PRAGMA application_id = 7;", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);

        QMimeDatabase mime;
        const QMimeType type = mime.mimeTypeForName(kMimeType);
        QVERIFY2(type.isValid(), "the MIME package was not loaded");
        QCOMPARE(type.iconName(), QStringLiteral("application-x-threatwright-project"));
        QCOMPARE(type.globPatterns(), QStringList{QStringLiteral("*.twdb")});
        QCOMPARE(mime.mimeTypeForFile(renamed, QMimeDatabase::MatchContent).name(), kMimeType);
        QCOMPARE(mime.mimeTypeForFile(project).name(), kMimeType);
        QVERIFY(mime.mimeTypeForFile(plain, QMimeDatabase::MatchContent).name() != kMimeType);
        QVERIFY(mime.mimeTypeForFile(renamed, QMimeDatabase::MatchContent).inherits(QStringLiteral("application/vnd.sqlite3")));
    }

    void installedTreeIsCompleteAndRuns()
    {
        // Staged as the package is: DESTDIR + /usr.
        const QString root = m_dir.filePath(QStringLiteral("root"));
        const QString prefix = root + QStringLiteral("/usr");
        QProcess install;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DESTDIR"), root);
        install.setProcessEnvironment(env);
        install.start(QStringLiteral(TW_CMAKE_COMMAND),
                      {QStringLiteral("--install"), QStringLiteral(TW_BUILD_DIR), QStringLiteral("--prefix"), QStringLiteral("/usr")});
        QVERIFY(install.waitForFinished(300000));
        QVERIFY2(install.exitCode() == 0, install.readAllStandardError().constData());
        QStringList expected = {
            QStringLiteral("bin/threatwright-cli"),
            QStringLiteral("share/applications/%1.desktop").arg(kAppId),
            QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId),
            QStringLiteral("share/mime/packages/threatwright.xml"),
            QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(kAppId),
            QStringLiteral("share/icons/hicolor/scalable/mimetypes/application-x-threatwright-project.svg"),
            QStringLiteral("share/man/man1/threatwright.1.gz"),
            QStringLiteral("share/man/man1/threatwright-cli.1.gz"),
            QStringLiteral("share/bash-completion/completions/threatwright-cli"),
            QStringLiteral("share/bash-completion/completions/threatwright"),
            QStringLiteral("share/doc/threatwright/copyright"),
        };
#ifdef TW_GUI_PATH
        expected.append(QStringLiteral("bin/threatwright"));
#endif
        for (int size : kIconSizes) {
            expected.append(QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(kAppId));
            expected.append(QStringLiteral("share/icons/hicolor/%1x%1/mimetypes/application-x-threatwright-project.png").arg(size));
        }
        const QDir rules(source("resources/rules"));
        for (const QString &pack : rules.entryList({QStringLiteral("*.yaml")}, QDir::Files))
            expected.append(QStringLiteral("share/threatwright/rules/") + pack);
        for (const QString &file : expected)
            QVERIFY2(QFileInfo(prefix + QLatin1Char('/') + file).isFile(), qPrintable(file));
        // Both binaries look for their translations here first (app/gui: TW_TRANSLATIONS_RELDIR):
        // one compiled catalogue per shipped .ts, and it loads.
        const QStringList shipped = QDir(source("translations")).entryList({QStringLiteral("threatwright_*.ts")}, QDir::Files);
        QVERIFY2(shipped.size() >= 2, "translations/threatwright_de.ts and _fr.ts");
        for (const QString &ts : shipped) {
            const QString qm = prefix + QStringLiteral("/share/threatwright/translations/") + QFileInfo(ts).completeBaseName() + QStringLiteral(".qm");
            QTranslator translator;
            QVERIFY2(translator.load(qm), qPrintable(qm));
            QVERIFY2(!translator.isEmpty(), qPrintable(qm));
        }

        // AppStream's view of the whole tree: metainfo, the desktop file it launches, its icon.
        if (const QString appstream = QStandardPaths::findExecutable(QStringLiteral("appstreamcli")); !appstream.isEmpty()) {
            const Run r = run(appstream, {QStringLiteral("validate-tree"), QStringLiteral("--no-net"), root});
            QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        }

        // The manual pages are valid roff that man can format, with every section.
        if (!QStandardPaths::findExecutable(QStringLiteral("man")).isEmpty()) {
            for (const char *page : {"threatwright.1.gz", "threatwright-cli.1.gz"}) {
                QProcess man;
                man.setProcessEnvironment([] {
                    auto env = QProcessEnvironment::systemEnvironment();
                    env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("100"));
                    env.insert(QStringLiteral("MAN_KEEP_FORMATTING"), QString());
                    return env;
                }());
                man.start(QStringLiteral("man"), {QStringLiteral("--warnings"), QStringLiteral("-l"),
                                                  prefix + QStringLiteral("/share/man/man1/") + QString::fromLatin1(page)});
                QVERIFY(man.waitForFinished(60000));
                const QString text = QString::fromUtf8(man.readAllStandardOutput());
                const QString warnings = QString::fromUtf8(man.readAllStandardError());
                QCOMPARE(man.exitCode(), 0);
                QVERIFY2(warnings.trimmed().isEmpty(), qPrintable(warnings));
                for (const char *heading : {"NAME", "SYNOPSIS", "DESCRIPTION", "EXIT STATUS", "SEE ALSO"})
                    QVERIFY2(text.contains(QString::fromLatin1(heading)), heading);
            }
        }

        // The installed binaries run on their own.
        Run r = run(prefix + QStringLiteral("/bin/threatwright-cli"), {QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("threatwright-cli " TW_VERSION_STRING));
#ifdef TW_GUI_PATH
        r = run(prefix + QStringLiteral("/bin/threatwright"), {QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral(TW_VERSION_STRING)), qPrintable(r.out));
#endif
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
