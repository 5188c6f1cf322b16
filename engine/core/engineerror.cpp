#include "core/engineerror.h"

EngineError::EngineError(Kind kind, QString message, QString detail)
    : m_errorKind(kind), m_message(std::move(message)), m_detail(std::move(detail)), m_what(m_message.toUtf8())
{}
