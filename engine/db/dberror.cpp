#include "db/dberror.h"

DbError::DbError(Kind kind, QString message, QString detail, QString sqlState)
    : m_kind(kind), m_message(std::move(message)), m_detail(std::move(detail)), m_sqlState(std::move(sqlState)),
      m_what(m_message.toUtf8())
{}
