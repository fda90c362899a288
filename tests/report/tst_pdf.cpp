// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report of a real project (the demo shop, analysed with the built-in rules), read back
// with poppler's pdftotext and pdfinfo; pages are rendered with pdftoppm into
// <build>/tests/report/pdf-pages/ so they can be looked at. A large synthetic model checks that
// the diagram is split over several pages instead of being shrunk or cut.

#include "analysis/engine.h"
#include "analysis/ruleset.h"
#include "import/importer.h"
#include "model/enums.h"
#include "model/synthetic.h"
#include "report/pdfreport.h"
#include "report/reportdata.h"
#include "store/project.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace tw;

namespace {

const QString kScript = QStringLiteral("<script>alert(1)</script>");

/** Runs a poppler tool; empty when it is not installed (the caller skips). */
QByteArray poppler(const QString &tool, const QStringList &args, bool *found = nullptr)
{
    const QString exe = QStandardPaths::findExecutable(tool);
    if (found)
        *found = !exe.isEmpty();
    if (exe.isEmpty())
        return {};
    QProcess p;
    p.start(exe, args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        qWarning() << tool << p.readAllStandardError();
        return {};
    }
    return p.readAllStandardOutput();
}

int pageCount(const QString &pdf)
{
    const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(QString::fromUtf8(poppler(QStringLiteral("pdfinfo"), {pdf}))).captured(1).toInt();
}

QString simplified(const QString &text)
{
    return text.simplified();
}

QString pagesDir()
{
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/pdf-pages");
    QDir().mkpath(dir);
    return dir;
}

} // namespace

class TestPdf : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_project;
    QList<Threat> m_threats;

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils (pdftotext, pdfinfo, pdftoppm) not installed");
        auto imported = importer::importPaths({QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop")});
        QVERIFY2(imported.ok(), qPrintable(imported.errorString()));
        auto rules = analysis::RuleSet::loadBuiltin();
        QVERIFY(rules.ok());
        auto threats = analysis::analyse(imported->model, *rules);
        QVERIFY(threats.ok());
        QVERIFY(threats->size() > 5);
        imported->model.threats = *threats;
        m_threats = *threats;

        m_project = m_dir.filePath(QStringLiteral("shop.twdb"));
        auto project = Project::create(m_project, QStringLiteral("Shop ") + kScript, QStringLiteral("auditor"));
        QVERIFY(project.ok());
        VersionMeta meta{QStringLiteral("ci"), QStringLiteral("import of the demo"), QStringLiteral("0123abcd"), imported->inputs};
        QVERIFY((*project)->createVersion(imported->model, meta).ok());
        QVERIFY((*project)->triage({m_threats.first().fingerprint, TriageAction::Accept, kScript + QStringLiteral(" until Q3"),
                                    QStringLiteral("mallory"), {}, {}, {}}).ok());
        meta.message = QStringLiteral("second import");
        QVERIFY((*project)->createVersion(imported->model, meta).ok());
    }

    void demoProjectThroughTheCli()
    {
        const QString pdf = pagesDir() + QStringLiteral("/demo.pdf");
        QProcess cli;
        // As on a CI runner: no display, no platform chosen; the CLI must pick offscreen itself.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(TW_CLI_PATH), {QStringLiteral("report"), m_project, QStringLiteral("--format"), QStringLiteral("pdf"),
                                               QStringLiteral("-o"), pdf, QStringLiteral("--diff"), QStringLiteral("1")});
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        file.close();

        const int pages = pageCount(pdf);
        QVERIFY2(pages > 3, qPrintable(QString::number(pages)));
        const QString text = QString::fromUtf8(poppler(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}));
        QVERIFY(!text.isEmpty());
        const QString flat = simplified(text);

        // Title page with the contents and their page numbers.
        // (A long title may wrap anywhere, so compare without white space.)
        QVERIFY(QString(flat).remove(QLatin1Char(' ')).contains(QStringLiteral("Threatmodel:Shop") + kScript));
        QVERIFY(flat.contains(QStringLiteral("Contents")));
        const QStringList headings = {QStringLiteral("1. Scope and inputs"), QStringLiteral("2. System diagram"), QStringLiteral("3. Inventory"),
                                      QStringLiteral("4. Threats"), QStringLiteral("5. Attack paths"), QStringLiteral("6. Triage decisions"),
                                      QStringLiteral("7. Audit trail"), QStringLiteral("8. Changes since version 1")};
        const QString firstPage = text.section(QChar(u'\f'), 0, 0);
        for (const QString &h : headings) {
            const QRegularExpression entry(QRegularExpression::escape(h) + QStringLiteral("\\s+(\\d+)\\s*$"), QRegularExpression::MultilineOption);
            const QRegularExpressionMatch match = entry.match(firstPage);
            QVERIFY2(match.hasMatch(), qPrintable(h + QStringLiteral(" not in the contents")));
            const int page = match.captured(1).toInt();
            QVERIFY(page >= 2 && page <= pages);
            // The heading really is on the page the contents name.
            const QString thatPage = text.section(QChar(u'\f'), page - 1, page - 1);
            QVERIFY2(thatPage.contains(h), qPrintable(h + QStringLiteral(" not on page ") + QString::number(page)));
        }
        // Header and footer on every page.
        QVERIFY(flat.contains(QStringLiteral("page 1 of %1").arg(pages)));
        QVERIFY(flat.contains(QStringLiteral("page %1 of %1").arg(pages)));
        QCOMPARE(int(text.count(QStringLiteral("Threatwright · Shop ") + kScript + QStringLiteral(" · version 2"))), pages);

        // Content: sections, threats, the hostile decision as literal text, evidence with lines.
        for (const char *s : {"Scope and inputs", "Inputs", "SHA-256", "api/openapi.yaml", "Components", "Trust boundaries", "Entry points",
                              "Data flows", "Data assets", "Mitigation:", "References:", "Risk factors:", "Hash chain verified", "Time (UTC)"})
            QVERIFY2(flat.contains(QLatin1StringView(s)), s);
        QList<Threat> bySeverity = m_threats;
        std::stable_sort(bySeverity.begin(), bySeverity.end(), [](const Threat &a, const Threat &b) { return a.severity > b.severity; });
        for (const Threat &t : bySeverity.mid(0, 5))
            QVERIFY2(flat.contains(simplified(t.title)), qPrintable(t.title));
        QVERIFY2(flat.contains(kScript + QStringLiteral(" until Q3")), "the hostile triage reason is not shown literally");
        QVERIFY(flat.contains(QStringLiteral("mallory")));
        QVERIFY(QRegularExpression(QStringLiteral("api/openapi\\.yaml:\\d+")).match(flat).hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("Evidence: api/openapi\\.yaml:\\d+")).match(flat).hasMatch());

        // Pages as images, to be looked at.
        const QString dir = pagesDir();
        for (const QString &old : QDir(dir).entryList({QStringLiteral("demo-*.png")}))
            QFile::remove(dir + QLatin1Char('/') + old);
        bool found = false;
        poppler(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"), pdf, dir + QStringLiteral("/demo")}, &found);
        if (!found)
            QSKIP("pdftoppm not installed");
        const QStringList pngs = QDir(dir).entryList({QStringLiteral("demo-*.png")});
        QCOMPARE(int(pngs.size()), pages);
        for (const QString &png : pngs)
            QVERIFY(QFileInfo(dir + QLatin1Char('/') + png).size() > 1000);
    }

    void largeDiagramIsSplitOverPages()
    {
        report::ReportData data;
        data.projectName = QStringLiteral("synthetic");
        data.projectFile = QStringLiteral("synthetic.twdb");
        data.version.id = 1;
        data.version.createdAt = QDateTime::currentDateTimeUtc();
        data.generatedAt = data.version.createdAt;
        data.model = syntheticModel({300, 2, 200, 1});
        auto bytes = report::writePdf(data);
        QVERIFY2(bytes.ok(), qPrintable(bytes.errorString()));
        const QString pdf = pagesDir() + QStringLiteral("/large.pdf");
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*bytes);
        file.close();

        const QString text = QString::fromUtf8(poppler(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}));
        const QRegularExpression part(QStringLiteral("System diagram, part (\\d+) of (\\d+)"));
        QSet<int> seen;
        int total = 0;
        for (auto it = part.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            seen.insert(m.captured(1).toInt());
            total = m.captured(2).toInt();
        }
        QVERIFY2(total >= 2, "the large diagram was not split");
        QCOMPARE(int(seen.size()), total); // every part on a page of its own, once
        QVERIFY(text.contains(QStringLiteral("split into %1 parts").arg(total)));
        // Every component's name is drawn (as text, in some part).
        const QString flat = simplified(text);
        int drawn = 0;
        for (const Component &c : data.model.components)
            drawn += flat.contains(c.name.left(27)) ? 1 : 0;
        QVERIFY2(drawn == data.model.components.size(), qPrintable(QStringLiteral("%1 of %2 names").arg(drawn).arg(data.model.components.size())));

        const QString dir = pagesDir();
        for (const QString &old : QDir(dir).entryList({QStringLiteral("large-*.png")}))
            QFile::remove(dir + QLatin1Char('/') + old);
        // The diagram pages only: the title page, scope, the overview and the parts.
        bool found = false;
        poppler(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"), QStringLiteral("-l"),
                                             QString::number(total + 4), pdf, dir + QStringLiteral("/large")},
                &found);
        if (!found)
            QSKIP("pdftoppm not installed");
        QVERIFY(QDir(dir).entryList({QStringLiteral("large-*.png")}).size() >= total + 2);
    }

    void needsAGuiApplicationOnlyForFonts()
    {
        // Guarded: without a QGuiApplication the writer reports an error instead of crashing;
        // here one exists, so an empty model still gives a valid PDF.
        report::ReportData data;
        data.projectName = QStringLiteral("empty");
        data.version.id = 1;
        auto bytes = report::writePdf(data);
        QVERIFY(bytes.ok());
        QVERIFY(bytes->startsWith("%PDF-"));
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestPdf test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pdf.moc"
