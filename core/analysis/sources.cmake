# SPDX-License-Identifier: GPL-3.0-or-later
# The threat engine: rule packs (data) compiled into conditions, evaluated over the model.
set(TW_ANALYSIS_SOURCES
    analysis/rule.h
    analysis/ruleset.h analysis/ruleset.cpp
    analysis/engine.h analysis/engine.cpp
    analysis/attackpaths.h analysis/attackpaths.cpp
    analysis/feedback.h analysis/feedback.cpp
)
