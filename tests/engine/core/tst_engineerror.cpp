// The engine's errors share one base: a caller that catches EngineError gets the area, the person's sentence and
// the detail of a database, model or validation failure, while each type keeps its own finer kind.
#include "core/engineerror.h"
#include "db/dberror.h"
#include "llm/llmerror.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestEngineError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void databaseErrors()
    {
        try {
            throw DbError(DbError::Kind::Timeout, u"The database took too long."_s, u"canceling statement"_s,
                          u"57014"_s);
        } catch (const EngineError &error) {
            QCOMPARE(error.errorKind(), EngineError::Kind::Database);
            QCOMPARE(error.message(), u"The database took too long."_s);
            QCOMPARE(error.detail(), u"canceling statement"_s);
            QCOMPARE(QByteArray(error.what()), QByteArray("The database took too long."));
            const auto &db = dynamic_cast<const DbError &>(error);
            QCOMPARE(db.kind(), DbError::Kind::Timeout);
            QCOMPARE(db.sqlState(), u"57014"_s);
        }
    }

    void modelErrors()
    {
        try {
            LlmError failed(LlmError::Kind::RateLimited, u"Too many requests; try again in a minute."_s,
                            u"rate_limit_error"_s, 429, u"req_1"_s);
            failed.setAttempts(3);
            throw failed;
        } catch (const std::exception &caught) {
            const auto *error = dynamic_cast<const EngineError *>(&caught);
            QVERIFY(error);
            QCOMPARE(error->errorKind(), EngineError::Kind::Llm);
            QCOMPARE(error->detail(), u"rate_limit_error"_s);
            const auto &llm = dynamic_cast<const LlmError &>(caught);
            QCOMPARE(llm.kind(), LlmError::Kind::RateLimited);
            QCOMPARE(llm.httpStatus(), 429);
            QCOMPARE(llm.attempts(), 3);
            QCOMPARE(QString::fromUtf8(caught.what()), u"Too many requests; try again in a minute."_s);
        }
    }

    void validationErrors()
    {
        const EngineError error(EngineError::Kind::Validation, u"No such approval."_s);
        QCOMPARE(error.errorKind(), EngineError::Kind::Validation);
        QVERIFY(error.detail().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEngineError)
#include "tst_engineerror.moc"
