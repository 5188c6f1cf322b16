#include "context/contextprovider.h"

#include "context/tokenestimator.h"

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

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

QList<ContextList> ContextProvider::lists() const
{
    return {};
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
    module.fullTokenEstimate = module.tokenEstimate;
    module.attention = attention(module.data);
    const QList<ContextList> declared = lists();
    module.splittable = !declared.isEmpty();
    module.hasDetails = std::ranges::any_of(declared, [](const ContextList &l) { return !l.attention; });
    return module;
}

ContextModule ContextProvider::shown(const ContextModule &built, const nlohmann::json &data,
                                     const ContextRequest &request, ContextDetail detail) const
{
    return rendered(built, ContextLists::atDetail(data, lists(), detail), request, detail);
}

ContextModule ContextProvider::rendered(const ContextModule &built, nlohmann::json shownData,
                                        const ContextRequest &request, ContextDetail detail) const
{
    ContextModule module = built.described();
    module.data = std::move(shownData);
    module.detail = detail;
    module.prompt = formatForPrompt(module.data, request);
    if (const QString note = module.managerNote.trimmed(); !note.isEmpty()) {
        // A manager's standing note for this module: theirs, not staff-written, so not fenced as data.
        module.prompt += u"\nA manager asks you to always keep in mind: "_s + note;
        module.data["managerNote"] = note.toStdString();
    }
    module.tokenEstimate = int(std::lround(estimateTokens(module.prompt) * request.tokenCorrection));
    module.attention = attention(module.data);
    return module;
}
