#include "context/contextprovider.h"

#include "context/tokenestimator.h"

#include <cmath>

bool ContextProvider::isEnabled(SqlSession &, const ContextRequest &) const
{
    return true;
}

QMap<QString, int> ContextProvider::attention(const nlohmann::json &) const
{
    return {};
}

int ContextProvider::estimateTokens(const QString &prompt) const
{
    return TokenEstimator::estimate(prompt);
}

ContextModule ContextProvider::build(SqlSession &session, const ContextRequest &request) const
{
    ContextModule module;
    module.moduleId = moduleId();
    module.moduleName = moduleName();
    module.priority = priority();
    module.data = getContext(session, request);
    module.prompt = formatForPrompt(module.data, request);
    module.tokenEstimate = int(std::lround(estimateTokens(module.prompt) * request.tokenCorrection));
    module.attention = attention(module.data);
    return module;
}
