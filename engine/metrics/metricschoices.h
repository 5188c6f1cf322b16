#pragma once

#include "business/contextrequest.h"

#include <QList>
#include <QString>

class SqlSession;

// What the Metrics page's filters offer: every location, and the people whose names match what the manager types
// (a few at a time: the large demo has 2,400), people who left included but listed after those still here.
namespace MetricsChoices {

struct Choice
{
    QString id;
    QString name;
    bool active = true;
};

QList<Choice> locations(SqlSession &session);
// Case-insensitive, anywhere in the name; `%` and `_` are taken literally.
QList<Choice> people(SqlSession &session, const QString &text, const ContextRequest &request, int limit = 20);

} // namespace MetricsChoices
