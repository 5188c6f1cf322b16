#pragma once

#include "runs/modelconversation.h"
#include "runs/preparedrun.h"
#include "runs/runoptions.h"

#include <memory>

class QNetworkAccessManager;
class ToolExecutor;

// The second stage of a run: who answers, and what they are asked. The conversation itself is ModelConversation's
// (or, for a batch run, BatchSubmission's).
namespace RunAsk {

struct Answerer
{
    std::shared_ptr<LlmProvider> provider;
    QString model;
    QString notice; // set when another provider answers than the one configured (no key: the rules)
};

// The caller's provider and model where it gave them (the CLI's --provider, tests), else the agent's configured ones
// with the caller's API key.
Answerer choose(const RunOptions &options, const AgentSettings &config, QNetworkAccessManager *network);

// The request and the controls of the conversation of model call `call` (a split run makes several, each with its
// part of the context). `prepared` must outlive it (the tools read its request).
ModelConversation::Setup conversation(const PreparedRun &prepared, const RunOptions &options,
                                      const ToolExecutor &executor, const QString &model, int call = 0);
// How many model calls the run makes: 1, or its parts when it was split.
int callCount(const PreparedRun &prepared);

} // namespace RunAsk
