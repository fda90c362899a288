# SPDX-License-Identifier: GPL-3.0-or-later
# The threat engine: rule packs (data) compiled into conditions, evaluated over the model.
set(TW_ANALYSIS_SOURCES
    analysis/rule.h
    analysis/ruleset.h analysis/ruleset.cpp
    analysis/engine.h analysis/engine.cpp
    analysis/attackpaths.h analysis/attackpaths.cpp
    analysis/feedback.h analysis/feedback.cpp
    analysis/llm/chatclient.h analysis/llm/chatclient.cpp
    analysis/llm/prompt.h analysis/llm/prompt.cpp
    analysis/llm/redaction.h analysis/llm/redaction.cpp
    analysis/llm/reply.h analysis/llm/reply.cpp
    analysis/llm/settings.h analysis/llm/settings.cpp
    analysis/llm/suggester.h analysis/llm/suggester.cpp
)
