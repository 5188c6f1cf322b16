#include "tools/killswitch.h"

#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;

bool KillSwitch::agentEnabled(SqlSession &session, Agent agent)
{
    return session
        .scalar(u"SELECT coalesce((SELECT enabled FROM ai_config WHERE agent::text = ?), false)"_s, {Agents::id(agent)})
        .toBool();
}
