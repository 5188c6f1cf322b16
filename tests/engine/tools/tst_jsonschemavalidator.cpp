// A tool call's arguments against its schema: what passes, and the sentences the model gets back when they don't
// (TeamTime's first release let names, "null" and "all" through where an id was required).
#include "tools/jsonschemavalidator.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

const json kSendMessage = json::parse(R"({
  "type": "object",
  "properties": {
    "toUserId": {"type": "string", "format": "uuid"},
    "message": {"type": "string", "minLength": 10, "maxLength": 500},
    "priority": {"type": "string", "enum": ["low", "normal", "high"]},
    "dueInMinutes": {"type": "integer", "minimum": 5, "maximum": 1440},
    "dueAt": {"type": "string", "format": "date-time"},
    "day": {"type": "string", "format": "date"},
    "tags": {"type": "array", "items": {"type": "string", "maxLength": 10}, "maxItems": 2}
  },
  "required": ["toUserId", "message"],
  "additionalProperties": false
})");

} // namespace

class TestJsonSchemaValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explains_data()
    {
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<QStringList>("problems");
        QTest::newRow("valid")
            << uR"({"toUserId": "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed", "message": "Hi Ana, all good?"})"_s
            << QStringList{};
        QTest::newRow("a name for an id")
            << uR"({"toUserId": "Ana Ruiz", "message": "Hi Ana, all good?"})"_s
            << QStringList{u"toUserId must be an id copied from the context (like "
                           "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed), not \"Ana Ruiz\": use the "
                           "id in square brackets, never a name, \"null\" or \"all\"."_s};
        QTest::newRow("the word null") << uR"({"toUserId": "null", "message": "Hi Ana, all good?"})"_s
                                       << QStringList{
                                              u"toUserId must be an id copied from the context (like "
                                              "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed), not \"null\": use the id in "
                                              "square brackets, never a name, \"null\" or \"all\"."_s};
        QTest::newRow("a real null") << uR"({"toUserId": null, "message": "Hi Ana, all good?"})"_s
                                     << QStringList{u"toUserId is required."_s};
        QTest::newRow("missing and unknown")
            << uR"({"message": "Hi Ana, all good?", "everyone": true})"_s
            << QStringList{u"toUserId is required."_s, u"everyone is not a parameter of this tool."_s};
        QTest::newRow("too short, wrong enum, out of range")
            << uR"({"toUserId": "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed", "message": "Hi", "priority": "urgent", "dueInMinutes": 2})"_s
            << QStringList{u"dueInMinutes must be at least 5, not 2."_s,
                           u"message must be at least 10 characters long."_s,
                           u"priority must be one of \"low\", \"normal\", \"high\", not \"urgent\"."_s};
        QTest::newRow("wrong types") << uR"({"toUserId": 42, "message": ["Hi Ana, all good?"], "dueInMinutes": 30.5})"_s
                                     << QStringList{u"dueInMinutes must be an integer, not 30.5."_s,
                                                    u"message must be a string, not [\"Hi Ana, all good?\"]."_s,
                                                    u"toUserId must be a string, not 42."_s};
        QTest::newRow("a whole number written as 30.0 is an integer")
            << uR"({"toUserId": "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed", "message": "Hi Ana, all good?", "dueInMinutes": 30.0})"_s
            << QStringList{};
        QTest::newRow("arrays and dates")
            << uR"({"toUserId": "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed", "message": "Hi Ana, all good?", "tags": ["a", "bbbbbbbbbbbbbbb", "c"], "dueAt": "tomorrow"})"_s
            << QStringList{u"dueAt must be a date and time like 2026-11-24T17:00:00-08:00, not \"tomorrow\"."_s,
                           u"tags takes at most 2 items."_s,
                           u"tags[1] must be at most 10 characters long (it has 15)."_s};
        QTest::newRow("a calendar day")
            << uR"({"toUserId": "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed", "message": "Hi Ana, all good?", "day": "2026-02-30"})"_s
            << QStringList{u"day must be a date like 2026-11-24, not \"2026-02-30\"."_s};
        QTest::newRow("not an object") << u"[1, 2]"_s << QStringList{u"the arguments must be an object, not [1,2]."_s};
    }

    void explains()
    {
        QFETCH(QString, arguments);
        QFETCH(QStringList, problems);
        QCOMPARE(JsonSchemaValidator::validate(kSendMessage, json::parse(arguments.toStdString())), problems);
    }
};

QTEST_GUILESS_MAIN(TestJsonSchemaValidator)
#include "tst_jsonschemavalidator.moc"
