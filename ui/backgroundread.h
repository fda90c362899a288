// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QtGlobal>

namespace tw::ui {

/**
 * What a read on a worker answers the window: the request's tag and the value or why it failed.
 * The window tags each request with a generation and drops answers to older ones (stale).
 */
template <typename T>
struct BackgroundRead
{
    quint64 generation = 0;
    Result<T> result{Error{}};
};

} // namespace tw::ui
