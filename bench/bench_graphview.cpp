// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench's system graph, end to end: a generated model handed to a real GraphView (Qt
// Widgets under QT_QPA_PLATFORM=offscreen), laid out on the layout thread, its scene items built
// on the GUI thread, and the first frame drawn. Issue target: 500 components laid out and drawn
// in < 1 s, with no GUI-thread stall over 50 ms (docs/performance.md).
//
// Usage: QT_QPA_PLATFORM=offscreen bench_graphview [--runs N] [--save DIR] [COMPONENTS...]
//
// Per size and run it prints the wall time to the first drawn frame, the GUI thread's CPU time
// over the same span (the figure that does not depend on how loaded the machine is), the
// longest GUI-thread stall while the graph was built (a 2 ms precise timer, as tst_guistall),
// and the cost of the first frame itself.

#include "graphview.h"

#include "model/synthetic.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QSignalSpy>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace tw;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/** The longest gap between the ticks of a 2 ms precise timer, less its interval. */
class Stalls
{
public:
    Stalls()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    void reset()
    {
        m_last = m_clock.nsecsElapsed();
        m_longest = 0;
    }
    double longestMs() const { return std::max(0.0, double(m_longest) / 1e6 - 2); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

struct Run
{
    double wallMs = 0;     ///< setModel() → first frame drawn
    double cpuMs = 0;      ///< GUI thread CPU over the same span
    double stallMs = 0;    ///< longest GUI stall while laying out and building
    double frameMs = 0;    ///< the first full repaint of the view
    double zoom = 0;       ///< the fitted scale: below 0.3 items draw their overview form
    qsizetype items = 0;
};

Run measure(const SystemModel &model, const QString &saveAs)
{
    ui::GraphView view;
    view.resize(1600, 1000);
    view.show();
    QCoreApplication::processEvents();
    Stalls stalls;
    QSignalSpy finished(&view, &ui::GraphView::layoutFinished);
    QElapsedTimer clock;
    clock.start();
    const double cpu0 = threadCpuMs();
    stalls.reset();
    view.setModel(model);
    while (finished.isEmpty() && clock.elapsed() < 600000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    // One more tick of the stall timer: the build ends inside the event that emitted the signal.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 10)
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents, 2);
    Run run;
    run.stallMs = stalls.longestMs();
    const double frame0 = clock.nsecsElapsed() / 1e6;
    // The frame the user sees: every visible item painted once, as a repaint of the viewport.
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    view.viewport()->render(&image);
    run.frameMs = clock.nsecsElapsed() / 1e6 - frame0;
    run.wallMs = clock.nsecsElapsed() / 1e6;
    run.cpuMs = threadCpuMs() - cpu0;
    if (!saveAs.isEmpty()) {
        // What the figures are of, for a person to look at; the flow layer arrives a moment
        // after the first frame, so this frame is taken once it is there.
        QElapsedTimer wait;
        wait.start();
        while (wait.elapsed() < 1500)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        view.viewport()->render(&image);
        image.save(saveAs);
    }
    run.items = view.scene()->items().size();
    run.zoom = view.transform().m11();
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QList<int> sizes;
    int runs = 3;
    QString saveDir; // --save DIR: the last run's frame of each size as DIR/graph-SIZE.png
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (qstrcmp(argv[i], "--save") == 0 && i + 1 < argc)
            saveDir = QString::fromLocal8Bit(argv[++i]);
        else
            sizes.append(std::atoi(argv[i]));
    }
    if (sizes.isEmpty())
        sizes = {500, 2000};
    for (const int size : sizes) {
        const SystemModel model = syntheticModel({size, 3, size * 4, 5});
        QList<Run> all;
        for (int r = 0; r < runs; ++r) {
            const bool last = r + 1 == runs;
            all.append(measure(model, last && !saveDir.isEmpty() ? QStringLiteral("%1/graph-%2.png").arg(saveDir).arg(size) : QString()));
            const Run &run = all.last();
            std::printf("%5d components, %5lld flows, %5lld items: drawn in %7.1f ms wall, GUI CPU %7.1f ms, "
                        "longest stall %6.1f ms, first frame %6.1f ms, zoom %.2f\n",
                        size, qint64(model.flows.size()), qint64(run.items), run.wallMs, run.cpuMs, run.stallMs, run.frameMs, run.zoom);
            std::fflush(stdout);
        }
    }
    return 0;
}
