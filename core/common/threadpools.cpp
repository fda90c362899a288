// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/threadpools.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace tw {
namespace {

QThreadPool *makePool(const char *name)
{
    auto *pool = new QThreadPool; // lives as long as the process: workers may run until exit
    pool->setObjectName(QString::fromLatin1(name));
    pool->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    return pool;
}

} // namespace

QThreadPool *jobPool()
{
    static QThreadPool *const pool = makePool("tw-jobs");
    return pool;
}

QThreadPool *parallelPool()
{
    static QThreadPool *const pool = makePool("tw-parallel");
    return pool;
}

} // namespace tw
