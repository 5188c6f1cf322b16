#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <nlohmann/json.hpp>

class BusinessCalendar;
class SqlSession;

// Small things every provider needs when it reads TeamTime: whether an optional table is there, ids it may put
// into SQL, and SQL values as JSON.
namespace ProviderUtil {
// Optional tables (the AI and metrics tables) are missing on a TeamTime the console has not migrated yet.
bool tableExists(SqlSession &session, const QString &table);
// The well-formed UUIDs among ids, comma-separated, for `= ANY (string_to_array(?, ',')::uuid[])`: an id that is
// not a UUID (a model's "all", a name) is dropped instead of failing the cast.
QString uuidList(const QStringList &ids);
std::string text(const QVariant &value);
// A numeric column as a JSON number rounded to `decimals`, or null when the column is NULL (not zero: "no data"
// and "nothing sold" are different facts).
nlohmann::json number(const QVariant &value, int decimals = 2);
double round(double value, int decimals);
inline double round1(double value)
{
    return round(value, 1);
}
inline double cents(double value)
{
    return round(value, 2);
}
// A JSON string as a QString (empty for anything else).
QString str(const nlohmann::json &value);
// How a history module names a person item: "Name [user id]", and " (Location)" when it has one.
QString personLabel(const nlohmann::json &item);
// "$12.50" for a JSON number.
QString money(const nlohmann::json &value);
// An ISO timestamp from a module's data, shown in the business zone ("14:05", or with the date when not today).
QString localTime(const nlohmann::json &iso, const BusinessCalendar &calendar);
// A short model-written label (a memory type, a tool name) for the prompt: as it is when it is a plain identifier,
// fenced as data when it is anything else.
QString label(const QString &modelText);
// A JSON number for the prompt, "n/a" for null.
QString decimal(const nlohmann::json &value, int decimals = 2);
} // namespace ProviderUtil
