#include "llm/modelcapabilities.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

bool ModelCapabilities::acceptsTemperature(const QString &model)
{
    static const std::array noSampling = {u"claude-opus-4-7"_s,
                                          u"claude-opus-4-8"_s,
                                          u"claude-opus-5"_s,
                                          u"claude-sonnet-5"_s,
                                          u"claude-fable-5"_s,
                                          u"claude-mythos"_s,
                                          u"o1"_s,
                                          u"o3"_s,
                                          u"o4"_s,
                                          u"gpt-5"_s};
    for (const QString &prefix : noSampling) {
        if (model == prefix || model.startsWith(prefix + u'-') || model.startsWith(prefix + u'.'))
            return false;
    }
    return true;
}
