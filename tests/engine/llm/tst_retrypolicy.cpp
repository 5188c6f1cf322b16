// The official SDKs' retry policy, as pure decisions: which failures retry, and how long to wait.
#include "llm/retrypolicy.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

using Headers = QMap<QByteArray, QByteArray>;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decidesWhatRetries_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<bool>("quota");
        QTest::addColumn<int>("retriesSoFar");
        QTest::addColumn<bool>("retry");
        QTest::newRow("connection error") << 0 << Headers{} << false << 0 << true;
        QTest::newRow("408") << 408 << Headers{} << false << 0 << true;
        QTest::newRow("409") << 409 << Headers{} << false << 0 << true;
        QTest::newRow("429 rate limit") << 429 << Headers{} << false << 0 << true;
        QTest::newRow("500") << 500 << Headers{} << false << 1 << true;
        QTest::newRow("503") << 503 << Headers{} << false << 0 << true;
        QTest::newRow("529 overloaded") << 529 << Headers{} << false << 0 << true;
        QTest::newRow("400") << 400 << Headers{} << false << 0 << false;
        QTest::newRow("401") << 401 << Headers{} << false << 0 << false;
        QTest::newRow("403") << 403 << Headers{} << false << 0 << false;
        QTest::newRow("404") << 404 << Headers{} << false << 0 << false;
        QTest::newRow("413") << 413 << Headers{} << false << 0 << false;
        QTest::newRow("422") << 422 << Headers{} << false << 0 << false;
        QTest::newRow("429 spend limit") << 429 << Headers{} << true << 0 << false;
        QTest::newRow("server says no") << 500 << Headers{{"x-should-retry", "false"}} << false << 0 << false;
        QTest::newRow("server says yes") << 400 << Headers{{"x-should-retry", "true"}} << false << 0 << true;
        QTest::newRow("out of retries") << 529 << Headers{} << false << 2 << false;
    }

    void decidesWhatRetries()
    {
        QFETCH(int, status);
        QFETCH(Headers, headers);
        QFETCH(bool, quota);
        QFETCH(int, retriesSoFar);
        QFETCH(bool, retry);
        const RetryPolicy policy;
        QCOMPARE(policy.shouldRetry({status, headers, quota}, retriesSoFar), retry);
    }

    void waits_data()
    {
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<int>("retriesSoFar");
        QTest::addColumn<double>("random");
        QTest::addColumn<int>("delayMs");
        QTest::newRow("retry-after-ms") << Headers{{"retry-after-ms", "1500"}} << 0 << 0.0 << 1500;
        QTest::newRow("retry-after seconds") << Headers{{"retry-after", "3"}} << 0 << 0.0 << 3000;
        QTest::newRow("retry-after-ms wins")
            << Headers{{"retry-after-ms", "250"}, {"retry-after", "9"}} << 0 << 0.0 << 250;
        QTest::newRow("retry-after as a date")
            << Headers{{"retry-after", "Tue, 24 Nov 2026 20:00:05 GMT"}} << 0 << 0.0 << 5000;
        QTest::newRow("too long: back off instead") << Headers{{"retry-after", "120"}} << 0 << 0.0 << 500;
        QTest::newRow("negative: back off instead") << Headers{{"retry-after-ms", "-5"}} << 1 << 0.0 << 1000;
        QTest::newRow("first backoff") << Headers{} << 0 << 0.0 << 500;
        QTest::newRow("second backoff") << Headers{} << 1 << 0.0 << 1000;
        QTest::newRow("fourth backoff") << Headers{} << 3 << 0.0 << 4000;
        QTest::newRow("capped at 8 s") << Headers{} << 6 << 0.0 << 8000;
        QTest::newRow("full jitter takes a quarter off") << Headers{} << 1 << 0.999999 << 750;
        QTest::newRow("half jitter") << Headers{} << 2 << 0.5 << 1750;
    }

    void waits()
    {
        QFETCH(Headers, headers);
        QFETCH(int, retriesSoFar);
        QFETCH(double, random);
        QFETCH(int, delayMs);
        const QDateTime now = QDateTime::fromString(u"2026-11-24T20:00:00Z"_s, Qt::ISODate);
        QCOMPARE(RetryPolicy().delayMs({429, headers, false}, retriesSoFar, now, random), delayMs);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
