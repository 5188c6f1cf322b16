#include "llm/llmerror.h"

LlmError::LlmError(Kind kind, QString message, QString detail, int httpStatus, QString requestId)
    : EngineError(EngineError::Kind::Llm, std::move(message), std::move(detail)), m_kind(kind),
      m_httpStatus(httpStatus), m_requestId(std::move(requestId))
{}
