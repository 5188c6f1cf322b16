#include "llm/llmtypes.h"

using namespace Qt::Literals::StringLiterals;

QString stopReasonName(LlmStopReason reason)
{
    switch (reason) {
    case LlmStopReason::EndTurn:
        return u"end_turn"_s;
    case LlmStopReason::ToolUse:
        return u"tool_use"_s;
    case LlmStopReason::MaxTokens:
        return u"max_tokens"_s;
    case LlmStopReason::StopSequence:
        return u"stop_sequence"_s;
    case LlmStopReason::Refusal:
        return u"refusal"_s;
    case LlmStopReason::PauseTurn:
        return u"pause_turn"_s;
    case LlmStopReason::ContextWindowExceeded:
        return u"model_context_window_exceeded"_s;
    case LlmStopReason::ContentFilter:
        return u"content_filter"_s;
    case LlmStopReason::Unknown:
        return u"unknown"_s;
    }
    return {};
}
