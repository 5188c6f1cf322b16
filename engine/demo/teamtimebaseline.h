#pragma once

#include <QString>

class SqlSession;

// TeamTime's baseline schema (24 tables, 9 enums), for the demo database and the tests only: the console never
// creates TeamTime's own tables in a real TeamTime database.
namespace TeamTimeBaseline {
const QString &sql();
void create(SqlSession &session); // in one transaction; throws DbError
} // namespace TeamTimeBaseline
