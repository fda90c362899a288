// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

/**
 * The thread pools our background work runs on. None of it may use QThreadPool::globalInstance():
 * Qt 6.4's raster paint engine splits large fills and line drawing across the global pool and
 * waits for those pieces on the GUI thread, so a long task queued there (an import, a version
 * read, a rendered flow layer) froze every large repaint until it ended — stalls of 2–5 s in
 * bench_graphview, with the GUI thread in QSemaphore::acquire under QRasterPaintEngine::drawLines.
 */
namespace tw {

/** Long jobs started on their own (an import, reading a version, writing a report). */
QThreadPool *jobPool();

/**
 * Data-parallel loops inside a job (hashing and reading files, mapping). Separate from jobPool(),
 * so a job that waits for its loop never waits for a thread it is itself holding.
 */
QThreadPool *parallelPool();

} // namespace tw
