#include "providerfixture.h"

using namespace Qt::Literals::StringLiterals;

LlmRequest sampleRequest()
{
    LlmRequest request;
    request.model = u"claude-haiku-4-5"_s;
    request.system = {{u"You are the Office Manager."_s, true}, {u"Now: Tuesday 12:00."_s, false}};
    request.messages = {LlmMessage::user(u"Current state: Ana is 25 minutes late."_s)};
    request.tools = {
        {u"send_direct_message"_s,
         u"Send a direct message."_s,
         {{"type", "object"},
          {"properties", {{"toUserId", {{"type", "string"}}}, {"message", {{"type", "string"}}}}},
          {"required", {"toUserId", "message"}}}},
        {u"flag_for_manager"_s,
         u"Flag for a manager."_s,
         {{"type", "object"}, {"properties", {{"reason", {{"type", "string"}}}}}, {"required", {"reason"}}}},
    };
    request.maxOutputTokens = 512;
    request.timeoutMs = 5000;
    return request;
}
