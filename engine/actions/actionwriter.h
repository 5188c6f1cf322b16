#pragma once

#include "actions/actionrow.h"

class SqlSession;

// The one way rows are appended to ai_actions, so that every writer fills the same columns the same way and the
// action log reads them back alike. Runs in the caller's transaction.
namespace ActionWriter {

// Returns the new row's id.
QString append(SqlSession &session, const ActionRow &row);

} // namespace ActionWriter
