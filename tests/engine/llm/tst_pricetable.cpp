// What a model call costs: exact integer money, a dated price table, and a user file that can correct it.
#include "llm/cost.h"
#include "llm/pricetable.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

// Femtodollars: $1 per million tokens is 1e9 femtodollars per token.
constexpr qint64 kPerDollarPerMillion = 1'000'000'000;

LlmUsage usage(qint64 input, qint64 output, qint64 cacheRead = 0, qint64 cacheWrite = 0, qint64 cacheWrite1h = 0)
{
    LlmUsage u;
    u.inputTokens = input;
    u.outputTokens = output;
    u.cacheReadTokens = cacheRead;
    u.cacheWriteTokens = cacheWrite;
    u.cacheWrite1hTokens = cacheWrite1h;
    return u;
}

// -1 when there is no cost, so QCOMPARE shows plain numbers.
qint64 femtodollars(const std::optional<Cost> &cost)
{
    return cost ? cost->femtodollars64().value_or(-2) : -1;
}

// One model with all five prices, as a price file writes it.
QString modelJson(const QString &provider, const QString &model, const QString &input, const QString &extra = {})
{
    return uR"({"provider": "%1", "model": "%2", "input": "%3", "output": "4", "cache_read": "0.08",
               "cache_write_5m": "1", "cache_write_1h": "1.60"%4})"_s.arg(provider, model, input, extra);
}

QByteArray priceFile(const QStringList &models, const QString &validFrom = u"2026-12-01"_s)
{
    return uR"({"valid_from": "%1", "currency": "USD", "unit": "per million tokens", "models": [%2]})"_s
        .arg(validFrom, models.join(u", "_s))
        .toUtf8();
}

} // namespace

namespace QTest {
template <>
char *toString(const Cost &cost)
{
    return qstrdup(cost.exactDollars().toUtf8().constData());
}
} // namespace QTest

class TestPriceTable : public QObject
{
    Q_OBJECT

private:
    QString writeUserFile(const QByteArray &content)
    {
        const QString path = m_dir.filePath(u"prices.json"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write the test price file");
        file.write(content);
        file.close();
        qputenv("MENTATS_PRICES_FILE", path.toLocal8Bit());
        return path;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        // load() must never see a real user's price file.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { qunsetenv("MENTATS_PRICES_FILE"); }

    // --- Cost ---------------------------------------------------------------------------------------------------

    void tokensTimesPriceIsExact_data()
    {
        QTest::addColumn<qint64>("tokens");
        QTest::addColumn<QString>("dollarsPerMillion");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("1 token at $0.075/M") << qint64(1) << u"0.075"_s << qint64(75'000'000);
        QTest::newRow("1 token at $0.005/M") << qint64(1) << u"0.005"_s << qint64(5'000'000);
        QTest::newRow("3 tokens at $0.3125/M") << qint64(3) << u"0.3125"_s << qint64(937'500'000);
        QTest::newRow("a million tokens at $15/M") << qint64(1'000'000) << u"15"_s << qint64(15'000'000'000'000'000);
        QTest::newRow("nine decimals") << qint64(7) << u"0.000000001"_s << qint64(7);
    }

    void tokensTimesPriceIsExact()
    {
        QFETCH(qint64, tokens);
        QFETCH(QString, dollarsPerMillion);
        QFETCH(qint64, expected);
        // The price file route: dollars per million → nanodollars per million → femtodollars per token.
        const auto price = Cost::fromDollars(dollarsPerMillion);
        QVERIFY(price);
        QVERIFY(price->femtodollars() % 1'000'000 == 0);
        const auto nanodollarsPerMillion = static_cast<qint64>(price->femtodollars() / 1'000'000);
        QCOMPARE(femtodollars(Cost::ofTokens(tokens, nanodollarsPerMillion)), expected);
    }

    void thousandTinyCallsCostExactlyOneBigCall()
    {
        const PriceTable table = PriceTable::builtIn();
        // gpt-5-nano: $0.05 in, $0.005 cached, $0.40 out. One call: 3 × 50,000,000 + 1 × 5,000,000 + 1 × 400,000,000
        // = 555,000,000 fs, i.e. $0.000000555, which is 0.0000555 cents.
        Cost sum;
        double roundedCents = 0; // what TeamTime's first release did: round each call to a cent
        for (int i = 0; i < 1000; ++i) {
            const auto call = table.cost(u"openai"_s, u"gpt-5-nano"_s, usage(3, 1, 1));
            QVERIFY(call);
            QCOMPARE(femtodollars(call), qint64(555'000'000));
            sum += *call;
            roundedCents += std::round(call->cents());
        }
        const auto big = table.cost(u"openai"_s, u"gpt-5-nano"_s, usage(3000, 1000, 1000));
        QVERIFY(big);
        QCOMPARE(sum, *big);
        QCOMPARE(femtodollars(sum), qint64(555'000'000'000));
        QCOMPARE(sum.exactDollars(), u"0.000555"_s);
        QCOMPARE(sum.display(), u"$0.000555"_s);
        QCOMPARE(roundedCents, 0.0); // per-call rounding would have reported nothing at all

        // Decimal prices stay decimal: ten dimes are a dollar, unlike ten doubles of 0.1.
        Cost dimes;
        double doubleDimes = 0;
        for (int i = 0; i < 10; ++i) {
            dimes += *Cost::fromDollars(u"0.1");
            doubleDimes += 0.1;
        }
        QCOMPARE(dimes, *Cost::fromDollars(u"1"));
        QVERIFY(doubleDimes != 1.0);
    }

    void sumsBeyondSixtyFourBits()
    {
        // 64 bits of femtodollars end near $9,223; a year of spend must not wrap.
        Cost total;
        for (int i = 0; i < 20; ++i)
            total += *Cost::fromDollars(u"1000");
        QCOMPARE(total.exactDollars(), u"20000"_s);
        QVERIFY(!total.femtodollars64());
        QCOMPARE(total.display(), u"$20,000.00"_s);
        QCOMPARE(total.dollars(), 20000.0);
    }

    void display_data()
    {
        QTest::addColumn<qint64>("femtodollars");
        QTest::addColumn<QString>("shown");
        QTest::newRow("nothing") << qint64(0) << u"$0.00"_s;
        QTest::newRow("one femtodollar") << qint64(1) << u"$0.000000000000001"_s;
        QTest::newRow("75 millionths") << qint64(75'000'000'000) << u"$0.000075"_s;
        QTest::newRow("0.42 mills") << qint64(420'000'000'000) << u"$0.00042"_s;
        QTest::newRow("a cent and a bit") << qint64(12'300'000'000'000) << u"$0.0123"_s;
        QTest::newRow("three significant digits") << qint64(12'345'000'000'000) << u"$0.0123"_s;
        QTest::newRow("rounds half up") << qint64(12'355'000'000'000) << u"$0.0124"_s;
        QTest::newRow("half a dollar") << qint64(500'000'000'000'000) << u"$0.50"_s;
        QTest::newRow("rounds up to a dollar") << qint64(999'600'000'000'000) << u"$1.00"_s;
        QTest::newRow("a dollar") << qint64(1'000'000'000'000'000) << u"$1.00"_s;
        QTest::newRow("cents round half up") << qint64(1'005'000'000'000'000) << u"$1.01"_s;
        QTest::newRow("thousands") << qint64(1'234'567'000'000'000'000) << u"$1,234.57"_s;
        QTest::newRow("negative") << qint64(-1'500'000'000'000'000) << u"-$1.50"_s;
    }

    void display()
    {
        QFETCH(qint64, femtodollars);
        QFETCH(QString, shown);
        QCOMPARE(Cost::fromFemtodollars(femtodollars).display(), shown);
    }

    void exactDollarsRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("femtodollars");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("zero") << u"0"_s << qint64(0) << u"0"_s;
        QTest::newRow("trailing zeros") << u"1.50"_s << qint64(1'500'000'000'000'000) << u"1.5"_s;
        QTest::newRow("tiny") << u"0.000000075"_s << qint64(75'000'000) << u"0.000000075"_s;
        QTest::newRow("one femtodollar") << u"0.000000000000001"_s << qint64(1) << u"0.000000000000001"_s;
        QTest::newRow("negative") << u"-2.25"_s << qint64(-2'250'000'000'000'000) << u"-2.25"_s;
    }

    void exactDollarsRoundTrip()
    {
        QFETCH(QString, text);
        QFETCH(qint64, femtodollars);
        QFETCH(QString, canonical);
        const auto cost = Cost::fromDollars(text);
        QVERIFY(cost);
        QCOMPARE(cost->femtodollars64().value_or(-1), femtodollars);
        QCOMPARE(cost->exactDollars(), canonical);
        QVERIFY(Cost::fromDollars(cost->exactDollars()) == cost);
    }

    void rejectsWhatIsNotAPlainDecimal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("exponent") << u"1e-6"_s;
        QTest::newRow("plus sign") << u"+1"_s;
        QTest::newRow("space") << u" 1"_s;
        QTest::newRow("comma") << u"1,5"_s;
        QTest::newRow("dollar sign") << u"$1"_s;
        QTest::newRow("bare point") << u"1."_s;
        QTest::newRow("no whole part") << u".5"_s;
        QTest::newRow("below a femtodollar") << u"0.0000000000000001"_s;
        QTest::newRow("words") << u"free"_s;
    }

    void rejectsWhatIsNotAPlainDecimal()
    {
        QFETCH(QString, text);
        QVERIFY(!Cost::fromDollars(text));
    }

    void arithmeticAndOrder()
    {
        const Cost a = Cost::fromFemtodollars(5);
        const Cost b = Cost::fromFemtodollars(7);
        QCOMPARE(femtodollars(a + b), qint64(12));
        QVERIFY(a < b);
        QVERIFY(b > a);
        QVERIFY(a != b);
        QVERIFY(Cost().isZero());
        QCOMPARE(Cost::fromFemtodollars(12'340'000'000'000).cents(), 1.234);
    }

    // --- Price rules ---------------------------------------------------------------------------------------------

    void priceRules_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("model");
        QTest::addColumn<qint64>("input");
        QTest::addColumn<qint64>("output");
        QTest::addColumn<qint64>("cacheRead");
        QTest::addColumn<qint64>("cacheWrite");
        QTest::addColumn<qint64>("cacheWrite1h");
        QTest::addColumn<qint64>("expected");

        // Haiku 4.5, $1 in / $5 out: 1000 × 1e9 + 500 × 5e9.
        QTest::newRow("plain input and output")
            << u"anthropic"_s << u"claude-haiku-4-5"_s << qint64(1000) << qint64(500) << qint64(0) << qint64(0)
            << qint64(0) << qint64(3'500'000'000'000);
        // Cache reads at $0.10: 100 × 1e9 + 10,000 × 1e8.
        QTest::newRow("Anthropic cache read") << u"anthropic"_s << u"claude-haiku-4-5"_s << qint64(100) << qint64(0)
                                              << qint64(10'000) << qint64(0) << qint64(0) << qint64(1'100'000'000'000);
        // Sonnet 4.6, 5-minute writes at $3.75: 10 × 3e9 + 20 × 15e9 + 2000 × 3.75e9.
        QTest::newRow("5-minute cache write") << u"anthropic"_s << u"claude-sonnet-4-6"_s << qint64(10) << qint64(20)
                                              << qint64(0) << qint64(2000) << qint64(0) << qint64(7'830'000'000'000);
        // 3000 writes of which 1000 for an hour: 2000 × 3.75e9 + 1000 × 6e9.
        QTest::newRow("1-hour cache write") << u"anthropic"_s << u"claude-sonnet-4-6"_s << qint64(0) << qint64(0)
                                            << qint64(0) << qint64(3000) << qint64(1000) << qint64(13'500'000'000'000);
        // The plan's default model; its cache prices are Anthropic's rounded $0.03 / $0.30 / $0.50:
        // 0.25e9 + 1.25e9 + 0.03e9 + 0.30e9 + 0.50e9.
        QTest::newRow("Haiku 3, every kind once")
            << u"anthropic"_s << u"claude-3-haiku-20240307"_s << qint64(1) << qint64(1) << qint64(1) << qint64(2)
            << qint64(1) << qint64(2'330'000'000);
        // Fable 5.1 reads its cache at $0.25, not 0.1 × $10.
        QTest::newRow("Fable 5.1 cache read") << u"anthropic"_s << u"claude-fable-5-1"_s << qint64(0) << qint64(0)
                                              << qint64(1000) << qint64(0) << qint64(0) << qint64(250'000'000'000);
        // gpt-4o-mini: prompt_tokens 1500 with 1024 cached → input 476 at $0.15, 1024 at $0.075, 100 out at $0.60.
        QTest::newRow("OpenAI cached input") << u"openai"_s << u"gpt-4o-mini"_s << qint64(476) << qint64(100)
                                             << qint64(1024) << qint64(0) << qint64(0) << qint64(208'200'000'000);
        // OpenAI does not charge extra for writing its cache: 100 × $2.
        QTest::newRow("OpenAI cache write at input price")
            << u"openai"_s << u"gpt-4.1"_s << qint64(0) << qint64(0) << qint64(0) << qint64(100) << qint64(0)
            << qint64(200'000'000'000);
        // Sonnet 4.5 at exactly 200K prompt tokens is still standard: 200,000 × 3e9 + 1000 × 15e9.
        QTest::newRow("Sonnet 4.5 at 200K")
            << u"anthropic"_s << u"claude-sonnet-4-5"_s << qint64(200'000) << qint64(1000) << qint64(0) << qint64(0)
            << qint64(0) << qint64(615'000'000'000'000);
        // One more prompt token and the whole call is long-context: 200,001 × 6e9 + 1000 × 22.5e9.
        QTest::newRow("Sonnet 4.5 above 200K")
            << u"anthropic"_s << u"claude-sonnet-4-5"_s << qint64(200'001) << qint64(1000) << qint64(0) << qint64(0)
            << qint64(0) << qint64(1'222'506'000'000'000);
        // Cached tokens count toward gpt-5.4's 272K: 100K × 5e9 + 200K × 0.5e9 + 1000 × 22.5e9.
        QTest::newRow("gpt-5.4 above 272K with cache")
            << u"openai"_s << u"gpt-5.4"_s << qint64(100'000) << qint64(1000) << qint64(200'000) << qint64(0)
            << qint64(0) << qint64(622'500'000'000'000);
        QTest::newRow("a dated alias") << u"anthropic"_s << u"claude-haiku-4-5-20251001"_s << qint64(1000)
                                       << qint64(500) << qint64(0) << qint64(0) << qint64(0)
                                       << qint64(3'500'000'000'000);
    }

    void priceRules()
    {
        QFETCH(QString, provider);
        QFETCH(QString, model);
        QFETCH(qint64, input);
        QFETCH(qint64, output);
        QFETCH(qint64, cacheRead);
        QFETCH(qint64, cacheWrite);
        QFETCH(qint64, cacheWrite1h);
        QFETCH(qint64, expected);
        const PriceTable table = PriceTable::builtIn();
        QCOMPARE(femtodollars(table.cost(provider, model, usage(input, output, cacheRead, cacheWrite, cacheWrite1h))),
                 expected);
    }

    void unknownModelsHaveNoCost_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("model");
        QTest::newRow("never heard of it") << u"anthropic"_s << u"claude-unknown-9"_s;
        // An older gpt-4o snapshot costs $5/$15: it must not borrow gpt-4o's price.
        QTest::newRow("other snapshot") << u"openai"_s << u"gpt-4o-2024-05-13"_s;
        QTest::newRow("ids are case-sensitive") << u"anthropic"_s << u"CLAUDE-HAIKU-4-5"_s;
        QTest::newRow("a prefix is not a match") << u"anthropic"_s << u"claude-haiku"_s;
        QTest::newRow("empty") << u"openai"_s << QString();
    }

    void unknownModelsHaveNoCost()
    {
        QFETCH(QString, provider);
        QFETCH(QString, model);
        const PriceTable table = PriceTable::builtIn();
        QVERIFY(!table.find(provider, model));
        QVERIFY(!table.cost(provider, model, usage(1000, 1000)));
    }

    void impossibleUsageHasNoCost()
    {
        const PriceTable table = PriceTable::builtIn();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^Not pricing impossible usage"_s));
        QVERIFY(!table.cost(u"openai"_s, u"gpt-4o"_s, usage(-1, 10)));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^Not pricing impossible usage"_s));
        QVERIFY(!table.cost(u"anthropic"_s, u"claude-haiku-4-5"_s, usage(0, 0, 0, 10, 11)));
    }

    // A price belongs to a provider's model, not to a name another server may also use.
    void pricesOnlyTheProvidersOwnModel()
    {
        const PriceTable table = PriceTable::builtIn();
        QVERIFY(table.find(u"openai"_s, u"gpt-4o"_s).has_value());
        QVERIFY(table.find(QString(), u"gpt-4o"_s).has_value());
        QVERIFY(!table.find(u"openai-compatible"_s, u"gpt-4o"_s).has_value());
        QVERIFY(!table.find(u"anthropic"_s, u"gpt-4o"_s).has_value());
        QVERIFY(!table.cost(u"openai-compatible"_s, u"gpt-4o"_s, LlmUsage{1000, 100, 0, 0, 0, {}}).has_value());
    }

    void aliasesFindTheirModel_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QString>("model");
        QTest::newRow("Haiku 4.5 snapshot")
            << u"anthropic"_s << u"claude-haiku-4-5-20251001"_s << u"claude-haiku-4-5"_s;
        QTest::newRow("Sonnet 4.5 snapshot")
            << u"anthropic"_s << u"claude-sonnet-4-5-20250929"_s << u"claude-sonnet-4-5"_s;
        QTest::newRow("Opus 4.1 short name") << u"anthropic"_s << u"claude-opus-4-1"_s << u"claude-opus-4-1-20250805"_s;
        QTest::newRow("gpt-4o snapshot") << u"openai"_s << u"gpt-4o-2024-11-20"_s << u"gpt-4o"_s;
        QTest::newRow("o3 snapshot") << u"openai"_s << u"o3-2025-04-16"_s << u"o3"_s;
        QTest::newRow("the id itself") << u"openai"_s << u"gpt-5.4-mini"_s << u"gpt-5.4-mini"_s;
    }

    void aliasesFindTheirModel()
    {
        QFETCH(QString, provider);
        QFETCH(QString, alias);
        QFETCH(QString, model);
        const auto found = PriceTable::builtIn().find(provider, alias);
        QVERIFY(found);
        QCOMPARE(found->model, model);
        QCOMPARE(found->provider, provider);
    }

    void providerBreaksTies()
    {
        QString error;
        const PriceTable table = PriceTable::fromJson(priceFile({modelJson(u"openai"_s, u"shared-7b"_s, u"1"_s),
                                                                 modelJson(u"deepseek"_s, u"shared-7b"_s, u"2"_s)}),
                                                      &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(table.find(u"openai"_s, u"shared-7b"_s)->prices.input, 1 * kPerDollarPerMillion);
        QCOMPARE(table.find(u"deepseek"_s, u"shared-7b"_s)->prices.input, 2 * kPerDollarPerMillion);
        // Neither provider asked: no guessing between two prices.
        QVERIFY(!table.find(u"ollama"_s, u"shared-7b"_s));
    }

    // --- The built-in table --------------------------------------------------------------------------------------

    void builtInTableIsComplete()
    {
        const PriceTable table = PriceTable::builtIn();
        QVERIFY2(table.problems().isEmpty(), qPrintable(table.problems().join(u'\n')));
        QCOMPARE(table.validFrom(), QDate(2026, 11, 1));
        QVERIFY(table.models().size() >= 30);
        for (const ModelPrice &price : table.models()) {
            const QByteArray name = price.model.toUtf8();
            QVERIFY2(price.prices.input > 0 && price.prices.output > 0 && price.prices.cacheRead > 0 &&
                         price.prices.cacheWrite5m > 0 && price.prices.cacheWrite1h > 0,
                     name.constData());
            QCOMPARE(price.validFrom, QDate(2026, 11, 1));
            QCOMPARE(price.source, u":/mentats/llm/prices.json"_s);
            const TokenPrices &p = price.prices;
            if (price.provider == u"openai"_s) {
                // Writing OpenAI's cache costs the input price, and the file says so explicitly.
                QVERIFY2(p.cacheWrite5m == p.input && p.cacheWrite1h == p.input, name.constData());
                QVERIFY2(p.cacheRead < p.input, name.constData());
            } else {
                QCOMPARE(price.provider, u"anthropic"_s);
                // Anthropic's multipliers, except where its pricing page says otherwise.
                QVERIFY2(p.cacheWrite1h == 2 * p.input, name.constData());
                if (price.model != u"claude-3-haiku-20240307"_s) {
                    QVERIFY2(4 * p.cacheWrite5m == 5 * p.input, name.constData());
                    if (price.model != u"claude-fable-5-1"_s)
                        QVERIFY2(10 * p.cacheRead == p.input, name.constData());
                }
            }
        }
    }

    void builtInTableHasThePlannedModels_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("output");
        QTest::newRow("plan default") << u"anthropic"_s << u"claude-3-haiku-20240307"_s << u"0.25"_s << u"1.25"_s;
        QTest::newRow("Haiku 4.5") << u"anthropic"_s << u"claude-haiku-4-5"_s << u"1"_s << u"5"_s;
        QTest::newRow("Sonnet 4.6") << u"anthropic"_s << u"claude-sonnet-4-6"_s << u"3"_s << u"15"_s;
        QTest::newRow("Sonnet 5") << u"anthropic"_s << u"claude-sonnet-5"_s << u"2"_s << u"10"_s;
        QTest::newRow("Opus 5") << u"anthropic"_s << u"claude-opus-5"_s << u"5"_s << u"25"_s;
        QTest::newRow("Opus 4") << u"anthropic"_s << u"claude-opus-4-20250514"_s << u"15"_s << u"75"_s;
        QTest::newRow("Fable 5.1") << u"anthropic"_s << u"claude-fable-5-1"_s << u"10"_s << u"50"_s;
        QTest::newRow("gpt-4o") << u"openai"_s << u"gpt-4o"_s << u"2.50"_s << u"10"_s;
        QTest::newRow("gpt-4o-mini") << u"openai"_s << u"gpt-4o-mini"_s << u"0.15"_s << u"0.60"_s;
        QTest::newRow("gpt-4.1-nano") << u"openai"_s << u"gpt-4.1-nano"_s << u"0.10"_s << u"0.40"_s;
        QTest::newRow("o3") << u"openai"_s << u"o3"_s << u"2"_s << u"8"_s;
        QTest::newRow("o4-mini") << u"openai"_s << u"o4-mini"_s << u"1.10"_s << u"4.40"_s;
        QTest::newRow("o3-mini") << u"openai"_s << u"o3-mini"_s << u"1.10"_s << u"4.40"_s;
        QTest::newRow("o1") << u"openai"_s << u"o1"_s << u"15"_s << u"60"_s;
        QTest::newRow("gpt-5") << u"openai"_s << u"gpt-5"_s << u"1.25"_s << u"10"_s;
        QTest::newRow("gpt-5-mini") << u"openai"_s << u"gpt-5-mini"_s << u"0.25"_s << u"2"_s;
        QTest::newRow("gpt-5-nano") << u"openai"_s << u"gpt-5-nano"_s << u"0.05"_s << u"0.40"_s;
        QTest::newRow("gpt-5.4") << u"openai"_s << u"gpt-5.4"_s << u"2.50"_s << u"15"_s;
        QTest::newRow("gpt-5.4-mini") << u"openai"_s << u"gpt-5.4-mini"_s << u"0.75"_s << u"4.50"_s;
    }

    void builtInTableHasThePlannedModels()
    {
        QFETCH(QString, provider);
        QFETCH(QString, model);
        QFETCH(QString, input);
        QFETCH(QString, output);
        const auto price = PriceTable::builtIn().find(provider, model);
        QVERIFY(price);
        QCOMPARE(price->provider, provider);
        QCOMPARE(Cost::fromFemtodollars(price->prices.input * 1'000'000), *Cost::fromDollars(input));
        QCOMPARE(Cost::fromFemtodollars(price->prices.output * 1'000'000), *Cost::fromDollars(output));
    }

    // --- Parsing and the user file -------------------------------------------------------------------------------

    void malformedFilesSaySentences_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("expected");
        const QString haiku = u"Model \"claude-haiku-4-5\" (anthropic)"_s;

        QTest::newRow("bad JSON") << QByteArray(R"({"valid_from": "2026-12-01", "models": [)")
                                  << QStringList{u"not valid JSON"_s};
        QTest::newRow("price as a number")
            << priceFile({uR"({"provider": "anthropic", "model": "claude-haiku-4-5", "input": 0.8, "output": "4",
                            "cache_read": "0.08", "cache_write_5m": "1", "cache_write_1h": "1.60"})"_s})
            << QStringList{haiku, u"\"input\" must be a decimal string"_s, u"the number 0.8"_s};
        QTest::newRow("negative price") << priceFile({modelJson(u"anthropic"_s, u"claude-haiku-4-5"_s, u"-1"_s)})
                                        << QStringList{haiku, u"\"input\" is negative"_s};
        QTest::newRow("exponent") << priceFile({modelJson(u"anthropic"_s, u"claude-haiku-4-5"_s, u"8e-1"_s)})
                                  << QStringList{haiku, u"\"input\" is \"8e-1\", which is not a decimal number"_s};
        QTest::newRow("too many decimals")
            << priceFile({modelJson(u"anthropic"_s, u"claude-haiku-4-5"_s, u"0.0000000001"_s)})
            << QStringList{haiku, u"more than 9 decimals"_s};
        QTest::newRow("missing price")
            << priceFile({uR"({"provider": "anthropic", "model": "claude-haiku-4-5", "input": "1", "output": "5",
                            "cache_read": "0.1", "cache_write_5m": "1.25"})"_s})
            << QStringList{haiku, u"\"cache_write_1h\" is missing"_s};
        QTest::newRow("misspelt field") << priceFile({modelJson(u"anthropic"_s, u"claude-haiku-4-5"_s, u"1"_s,
                                                                u", \"cache_raed\": \"0.1\""_s)})
                                        << QStringList{haiku, u"unknown field \"cache_raed\""_s};
        QTest::newRow("no model id")
            << priceFile({uR"({"provider": "anthropic", "input": "1", "output": "5", "cache_read": "0.1",
                            "cache_write_5m": "1.25", "cache_write_1h": "2"})"_s})
            << QStringList{u"Model 1 of \"models\" has no \"model\""_s};
        QTest::newRow("bad date") << priceFile({}, u"next Tuesday"_s) << QStringList{u"\"valid_from\""_s};
        QTest::newRow("id listed twice")
            << priceFile(
                   {modelJson(u"anthropic"_s, u"claude-haiku-4-5"_s, u"1"_s),
                    modelJson(u"anthropic"_s, u"haiku-copy"_s, u"1"_s, u", \"aliases\": [\"claude-haiku-4-5\"]"_s)})
            << QStringList{u"\"claude-haiku-4-5\" is already used by model \"claude-haiku-4-5\""_s};
        QTest::newRow("long context without a threshold")
            << priceFile({modelJson(u"anthropic"_s, u"claude-haiku-4-5"_s, u"1"_s,
                                    uR"(, "long_context": {"input": "2", "output": "8", "cache_read": "0.2",
                                        "cache_write_5m": "2.5", "cache_write_1h": "4"})"_s)})
            << QStringList{haiku, u"\"long_context\": \"above_input_tokens\" is missing"_s};
    }

    void malformedFilesSaySentences()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, expected);
        QString error;
        const PriceTable table = PriceTable::fromJson(content, &error);
        QVERIFY(table.isEmpty());
        QVERIFY(!error.isEmpty());
        QCOMPARE(table.problems().join(u'\n'), error);
        for (const QString &part : expected)
            QVERIFY2(error.contains(part), qPrintable(u"expected \"%1\" in: %2"_s.arg(part, error)));
    }

    void userFileReplacesAndAdds()
    {
        const QString path = writeUserFile(priceFile({
            modelJson(u"anthropic"_s, u"claude-haiku-4-5"_s, u"0.80"_s),
            modelJson(u"deepseek"_s, u"deepseek-v4-flash"_s, u"0.14"_s),
        }));
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(u"^Prices of 2 models from"_s));
        const PriceTable table = PriceTable::load();
        QVERIFY2(table.problems().isEmpty(), qPrintable(table.problems().join(u'\n')));
        QCOMPARE(table.validFrom(), QDate(2026, 12, 1));
        QCOMPARE(table.models().size(), PriceTable::builtIn().models().size() + 1);

        const auto haiku = table.find(u"anthropic"_s, u"claude-haiku-4-5"_s);
        QVERIFY(haiku);
        QCOMPARE(haiku->prices.input, qint64(800'000'000));
        QCOMPARE(haiku->source, path);
        QCOMPARE(haiku->validFrom, QDate(2026, 12, 1));
        // The dated id follows the new price rather than losing it.
        QCOMPARE(table.find(u"anthropic"_s, u"claude-haiku-4-5-20251001"_s)->prices.input, qint64(800'000'000));

        const auto deepseek = table.cost(u"deepseek"_s, u"deepseek-v4-flash"_s, usage(1000, 0));
        QCOMPARE(femtodollars(deepseek), qint64(140'000'000'000));

        // Everything else keeps its built-in price and date.
        const auto gpt4o = table.find(u"openai"_s, u"gpt-4o"_s);
        QVERIFY(gpt4o);
        QCOMPARE(gpt4o->prices.input, qint64(2'500'000'000));
        QCOMPARE(gpt4o->validFrom, QDate(2026, 11, 1));
    }

    void malformedUserFileKeepsBuiltInPrices_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("explanation");
        QTest::newRow("bad JSON") << QByteArray("{\"valid_from\": \"2026-12-01\",,}") << u"not valid JSON"_s;
        QTest::newRow("price is not a decimal string")
            << priceFile({uR"({"provider": "anthropic", "model": "claude-haiku-4-5", "input": 0.5, "output": "4",
                            "cache_read": "0.05", "cache_write_5m": "0.625", "cache_write_1h": "1"})"_s})
            << u"Model \"claude-haiku-4-5\" (anthropic): \"input\" must be a decimal string"_s;
        QTest::newRow("negative price") << priceFile({modelJson(u"anthropic"_s, u"claude-haiku-4-5"_s, u"-0.5"_s)})
                                        << u"Model \"claude-haiku-4-5\" (anthropic): \"input\" is negative"_s;
        // One good model next to a bad one: the file is refused as a whole, not half applied.
        QTest::newRow("one bad model among good")
            << priceFile({modelJson(u"deepseek"_s, u"deepseek-v4-flash"_s, u"0.14"_s),
                          modelJson(u"anthropic"_s, u"claude-haiku-4-5"_s, u"cheap"_s)})
            << u"\"input\" is \"cheap\""_s;
    }

    void malformedUserFileKeepsBuiltInPrices()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, explanation);
        const QString path = writeUserFile(content);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^Ignored the price file"_s));
        const PriceTable table = PriceTable::load();

        QVERIFY(!table.problems().isEmpty());
        const QString problems = table.problems().join(u'\n');
        QVERIFY2(problems.contains(path), qPrintable(problems));
        QVERIFY2(problems.contains(explanation), qPrintable(problems));

        QCOMPARE(table.validFrom(), QDate(2026, 11, 1));
        QCOMPARE(table.models().size(), PriceTable::builtIn().models().size());
        QCOMPARE(table.find(u"anthropic"_s, u"claude-haiku-4-5"_s)->prices.input, kPerDollarPerMillion);
        QVERIFY(!table.find(u"deepseek"_s, u"deepseek-v4-flash"_s));
    }

    void missingUserFile()
    {
        // The variable names a file that is not there: say so, keep the built-in prices.
        qputenv("MENTATS_PRICES_FILE", m_dir.filePath(u"nowhere.json"_s).toLocal8Bit());
        const PriceTable named = PriceTable::load();
        QCOMPARE(named.problems().size(), 1);
        QVERIFY(named.problems().constFirst().contains(u"nowhere.json"_s));
        QCOMPARE(named.models().size(), PriceTable::builtIn().models().size());

        // No variable and nothing in the config directory is the normal case.
        qunsetenv("MENTATS_PRICES_FILE");
        QVERIFY(PriceTable::userFilePath().endsWith(u"/prices.json"_s));
        QVERIFY(!QFile::exists(PriceTable::userFilePath()));
        const PriceTable plain = PriceTable::load();
        QVERIFY(plain.problems().isEmpty());
        QCOMPARE(plain.validFrom(), QDate(2026, 11, 1));
    }
};

QTEST_GUILESS_MAIN(TestPriceTable)
#include "tst_pricetable.moc"
