#include "db/dberror.h"

DbError::DbError(Kind kind, QString message, QString detail, QString sqlState)
    : EngineError(EngineError::Kind::Database, std::move(message), std::move(detail)), m_kind(kind),
      m_sqlState(std::move(sqlState))
{}
