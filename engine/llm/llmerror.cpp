#include "llm/llmerror.h"

LlmError::LlmError(Kind kind, QString message, QString detail, int httpStatus, QString requestId)
    : m_kind(kind), m_message(std::move(message)), m_detail(std::move(detail)), m_httpStatus(httpStatus),
      m_requestId(std::move(requestId)), m_what(m_message.toUtf8())
{}
