#include "context/providers/providerutil.h"

#include "context/contextformat.h"
#include "db/sqlsession.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUuid>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

bool ProviderUtil::tableExists(SqlSession &session, const QString &table)
{
    return session.hasTable(table);
}

QString ProviderUtil::uuidList(const QStringList &ids)
{
    QStringList valid;
    for (const QString &id : ids) {
        const QUuid uuid = QUuid::fromString(id);
        if (!uuid.isNull())
            valid << uuid.toString(QUuid::WithoutBraces);
    }
    return valid.join(u',');
}

std::string ProviderUtil::text(const QVariant &value)
{
    return value.toString().toStdString();
}

double ProviderUtil::round(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

nlohmann::json ProviderUtil::number(const QVariant &value, int decimals)
{
    if (value.isNull())
        return nullptr;
    return round(value.toDouble(), decimals);
}

QString ProviderUtil::label(const QString &modelText)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_.-]{1,64}$"_s);
    return plain.match(modelText).hasMatch() ? modelText : ContextFormat::fenced(modelText);
}

QString ProviderUtil::decimal(const nlohmann::json &value, int decimals)
{
    if (!value.is_number())
        return u"n/a"_s;
    return QLocale::c().toString(value.get<double>(), 'f', decimals);
}

QString ProviderUtil::str(const nlohmann::json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

QString ProviderUtil::personLabel(const nlohmann::json &item)
{
    // One arg() call: a name may contain "%1", which a chained arg() would substitute again.
    QString label =
        u"%1 [user %2]"_s.arg(str(item.value("name", nlohmann::json())), str(item.value("userId", nlohmann::json())));
    if (item.contains("location"))
        label += u" (%1)"_s.arg(str(item["location"]));
    return label;
}

QString ProviderUtil::money(const nlohmann::json &value)
{
    return u"$"_s + QLocale::c().toString(value.is_number() ? value.get<double>() : 0.0, 'f', 2);
}

QString ProviderUtil::localTime(const nlohmann::json &iso, const BusinessCalendar &calendar)
{
    return ContextFormat::localTime(QDateTime::fromString(str(iso), Qt::ISODate), calendar);
}
