#pragma once

#include "llm/cost.h"
#include "llm/llmtypes.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// What model calls cost, from a dated data file rather than constants in code: prices change every few months.
//
// The built-in table is llm/prices.json, compiled in as :/mentats/llm/prices.json. A user file with the same shape
// (MENTATS_PRICES_FILE, else ~/.config/mentats/prices.json) replaces or adds models without a new release.
//
// The usage contract, for every provider adapter: LlmUsage.inputTokens is ALWAYS the uncached remainder of the
// prompt. Anthropic reports input_tokens that way already. OpenAI-style usage counts cached tokens inside
// prompt_tokens, so the adapter must put prompt_tokens_details.cached_tokens into cacheReadTokens and only
// prompt_tokens − cached_tokens into inputTokens (and cache_write_tokens, when a server reports it, into
// cacheWriteTokens). One formula then prices every provider:
//
//   input × in + (cacheWrite − cacheWrite1h) × write5m + cacheWrite1h × write1h
//     + cacheRead × read + output × out
//
// OpenAI charges nothing extra for writing its cache, so its rows carry cache_write_5m = cache_write_1h = input.
// Prices are the standard tier. A call answered through a Message Batch (LlmUsage.serviceTier "batch") costs the
// file's batch_share_percent of it (50 in the built-in file); priority/fast modes and regional uplifts are not
// modelled.

// USD per million tokens, each held as integer nanodollars per million tokens, which is the same number as
// femtodollars per token: Cost::ofTokens(tokens, price) is exact.
struct TokenPrices
{
    qint64 input = 0;
    qint64 output = 0;
    qint64 cacheRead = 0;
    qint64 cacheWrite5m = 0;
    qint64 cacheWrite1h = 0;
};

// Some models bill a whole call at higher rates once its prompt (input + cache reads + cache writes) passes a size:
// Claude Sonnet 4/4.5 above 200K tokens, gpt-5.4 above 272K. Every token of such a call, output included, is then
// billed at these prices.
struct LongContextPrices
{
    qint64 aboveInputTokens = 0;
    TokenPrices prices;
};

struct ModelPrice
{
    QString provider;    // "anthropic", "openai", ...
    QString model;       // the API id, case-sensitive
    QStringList aliases; // other ids for the same prices, e.g. dated snapshots
    TokenPrices prices;
    std::optional<LongContextPrices> longContext;
    int batchSharePercent = 100; // of the standard price, for usage with serviceTier "batch"
    QString note;                // where a price came from when that is worth knowing
    QDate validFrom;             // of the file it came from
    QString source;              // that file

    bool answersTo(const QString &id) const { return model == id || aliases.contains(id); }
    const TokenPrices &pricesFor(const LlmUsage &usage) const;
    // std::nullopt for usage that cannot be priced honestly: a negative count, or more 1-hour cache writes than
    // cache writes.
    std::optional<Cost> cost(const LlmUsage &usage) const;
};

class PriceTable
{
public:
    PriceTable() = default;

    static PriceTable builtIn();
    // Parses a price file. On any problem: an empty table, and *error (when given) holds one sentence per problem,
    // each naming the model and field at fault. `source` is recorded in every ModelPrice.
    static PriceTable fromJson(const QByteArray &json, QString *error, const QString &source = {});
    // The built-in table with each model of the user file (userFilePath()) replacing the built-in entry it names
    // (by id or alias, same provider; the replacement keeps answering to the replaced entry's ids) or adding to it.
    // A user file that fails to parse is ignored as a whole, never half applied; problems() says why.
    static PriceTable load();
    // MENTATS_PRICES_FILE when set, else ~/.config/mentats/prices.json.
    static QString userFilePath();

    // The newest valid_from among the files that contributed; each ModelPrice keeps its own.
    QDate validFrom() const { return m_validFrom; }
    QStringList problems() const { return m_problems; }
    const QList<ModelPrice> &models() const { return m_models; }
    bool isEmpty() const { return m_models.isEmpty(); }

    // By exact id or alias (case-sensitive), of that provider's models only: the same id served by someone else (a
    // local server naming its model "gpt-4o") has no price. An empty provider matches on the id alone, which must
    // then be unambiguous.
    std::optional<ModelPrice> find(const QString &provider, const QString &model) const;
    // std::nullopt for a model the table does not know (never another model's price), or for implausible usage.
    std::optional<Cost> cost(const QString &provider, const QString &model, const LlmUsage &usage) const;

private:
    void overrideWith(const PriceTable &user);

    QList<ModelPrice> m_models;
    QDate m_validFrom;
    QStringList m_problems;
};
