#include "business/staffscope.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

QString StaffScope::everCondition(const ContextRequest &request, const QString &alias)
{
    QString sql = u"true"_s;
    // Only a well-formed UUID is ever spliced into SQL.
    const QUuid aiUser = QUuid::fromString(request.aiSystemUserId);
    if (!aiUser.isNull())
        sql += u" AND %1.id <> '%2'::uuid"_s.arg(alias, aiUser.toString(QUuid::WithoutBraces));
    if (request.features.userTypes)
        sql += u" AND NOT EXISTS (SELECT 1 FROM user_types ut WHERE ut.id = %1.user_type_id "
               "AND lower(ut.name) = 'vendor')"_s.arg(alias);
    return sql;
}

QString StaffScope::condition(const ContextRequest &request, const QString &alias)
{
    return u"%1.is_active AND "_s.arg(alias) + everCondition(request, alias);
}
