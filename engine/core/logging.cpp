#include "core/logging.h"

Q_LOGGING_CATEGORY(lcDb, "mentats.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCluster, "mentats.cluster", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMigrate, "mentats.migrate", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "mentats.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDoctor, "mentats.doctor", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLlm, "mentats.llm", QtInfoMsg)
Q_LOGGING_CATEGORY(lcContext, "mentats.context", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTools, "mentats.tools", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRuns, "mentats.runs", QtInfoMsg)
Q_LOGGING_CATEGORY(lcScheduler, "mentats.scheduler", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "mentats.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMetrics, "mentats.metrics", QtInfoMsg)
