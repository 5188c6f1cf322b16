#pragma once

#include "db/dberror.h"

struct ConnectionSettings;

// Turns libpq's multi-line connection error into one sentence that says what failed and what to check.
DbError describeConnectionFailure(const ConnectionSettings &settings, const QString &libpqMessage);
