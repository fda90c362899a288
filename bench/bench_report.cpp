// SPDX-License-Identifier: GPL-3.0-or-later
// Report writing for a project with many threats (docs/performance.md; issue targets for 1,000
// threats: HTML < 1 s, PDF < 5 s). The project is a real file: collect() reads it back like the
// CLI does. Usage: bench_report [THREATS] [COMPONENTS]

#include "model/synthetic.h"
#include "report/htmlreport.h"
#include "report/pdfreport.h"
#include "report/reportdata.h"
#include "store/project.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace tw;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int threats = argc > 1 ? std::atoi(argv[1]) : 1000;
    const int components = argc > 2 ? std::atoi(argv[2]) : 100;

    QTemporaryDir dir;
    const SystemModel model = syntheticModel({components, 3, threats, 1});
    auto project = Project::create(dir.filePath(QStringLiteral("bench.twdb")), QStringLiteral("bench"), QStringLiteral("bench"));
    if (!project || !(*project)->createVersion(model, VersionMeta{QStringLiteral("bench"), QStringLiteral("v1"), {}, {}})) {
        std::printf("cannot create the project\n");
        return 1;
    }
    std::printf("%d components, %lld flows, %lld threats\n", components, qint64(model.flows.size()), qint64(model.threats.size()));

    QElapsedTimer timer;
    timer.start();
    auto data = report::collect(**project, 0);
    if (!data) {
        std::printf("collect: %s\n", qPrintable(data.errorString()));
        return 1;
    }
    std::printf("collect %8.1f ms\n", timer.nsecsElapsed() / 1e6);

    timer.restart();
    auto html = report::writeHtml(*data);
    const double htmlMs = timer.nsecsElapsed() / 1e6;
    if (!html) {
        std::printf("html: %s\n", qPrintable(html.errorString()));
        return 1;
    }
    std::printf("html    %8.1f ms  %7lld KB  (target < 1000 ms)\n", htmlMs, qint64(html->size() / 1024));

    timer.restart();
    auto pdf = report::writePdf(*data);
    const double pdfMs = timer.nsecsElapsed() / 1e6;
    if (!pdf) {
        std::printf("pdf: %s\n", qPrintable(pdf.errorString()));
        return 1;
    }
    const qsizetype pages = pdf->count("/Type /Page\n") + pdf->count("/Type /Page\r") + pdf->count("/Type /Page ") ;
    std::printf("pdf     %8.1f ms  %7lld KB  ~%lld pages  (target < 5000 ms)\n", pdfMs, qint64(pdf->size() / 1024), qint64(pages));
    return htmlMs < 1000 && pdfMs < 5000 ? 0 : 1;
}
