#include "llm/pricetable.h"

#include "core/logging.h"

#include <QFile>
#include <QHash>
#include <QStandardPaths>
#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

using namespace Qt::Literals::StringLiterals;
using json = nlohmann::json;

namespace {

const QString kBuiltInPath = u":/mentats/llm/prices.json"_s;

// A price is parsed as dollars (exact, to the femtodollar) and must then be a whole number of nanodollars per
// million tokens, i.e. have at most 9 decimals.
constexpr qint64 kFemtodollarsPerNanodollar = 1'000'000;
// $1,000,000 per million tokens: far above any real price, low enough that no product or sum can overflow.
constexpr qint64 kMaxNanodollarsPerMillion = 1'000'000'000'000'000;

const std::set<std::string> kTopLevelKeys = {"valid_from", "currency",           "unit", "models", "note",
                                             "sources",    "batch_share_percent"};
const std::set<std::string> kPriceKeys = {"input", "output", "cache_read", "cache_write_5m", "cache_write_1h"};
const std::set<std::string> kModelKeys = {"provider", "model",  "aliases",    "long_context",   "note",
                                          "input",    "output", "cache_read", "cache_write_5m", "cache_write_1h"};
const std::set<std::string> kLongContextKeys = {"above_input_tokens", "input",          "output",
                                                "cache_read",         "cache_write_5m", "cache_write_1h"};

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

// What a JSON value is, for a sentence such as "must be a string, not the number 3".
QString describe(const json &value)
{
    if (value.is_string())
        return u"the text \"%1\""_s.arg(qs(value.get<std::string>()));
    if (value.is_number())
        return u"the number %1"_s.arg(qs(value.dump()));
    if (value.is_boolean())
        return qs(value.dump());
    if (value.is_null())
        return u"null"_s;
    if (value.is_array())
        return u"a list"_s;
    return u"an object"_s;
}

void rejectUnknownKeys(const json &object, const std::set<std::string> &known, const QString &where,
                       QStringList &errors)
{
    for (const auto &[key, value] : object.items()) {
        if (!known.contains(key))
            errors << u"%1 has an unknown field \"%2\"."_s.arg(where, qs(key));
    }
}

std::optional<qint64> parsePrice(const json &object, const std::string &key, const QString &where, QStringList &errors)
{
    const QString field = qs(key);
    const auto it = object.find(key);
    if (it == object.end()) {
        errors << u"%1: \"%2\" is missing."_s.arg(where, field);
        return std::nullopt;
    }
    if (!it->is_string()) {
        const QString why = it->is_number()
                                ? u" (write it in quotes: JSON numbers are binary fractions and would not stay exact)"_s
                                : QString();
        errors << u"%1: \"%2\" must be a decimal string such as \"0.075\", not %3%4."_s.arg(where, field, describe(*it),
                                                                                            why);
        return std::nullopt;
    }
    const QString text = qs(it->get<std::string>());
    const std::optional<Cost> dollars = Cost::fromDollars(text);
    if (!dollars) {
        errors << u"%1: \"%2\" is \"%3\", which is not a decimal number of dollars such as \"0.075\" "
                  "(digits and at most one point; no exponent, sign, spaces or currency symbol)."_s.arg(where, field,
                                                                                                        text);
        return std::nullopt;
    }
    if (dollars->femtodollars() < 0) {
        errors << u"%1: \"%2\" is negative (\"%3\"); a price cannot be below zero."_s.arg(where, field, text);
        return std::nullopt;
    }
    if (dollars->femtodollars() % kFemtodollarsPerNanodollar != 0) {
        errors
            << u"%1: \"%2\" (\"%3\") has more than 9 decimals; prices are counted in nanodollars per million tokens."_s
                   .arg(where, field, text);
        return std::nullopt;
    }
    const auto nanodollars = dollars->femtodollars() / kFemtodollarsPerNanodollar;
    if (nanodollars > kMaxNanodollarsPerMillion) {
        errors << u"%1: \"%2\" (\"%3\") is more than $1,000,000 per million tokens, which cannot be a real price."_s
                      .arg(where, field, text);
        return std::nullopt;
    }
    return static_cast<qint64>(nanodollars);
}

// All five prices, reporting every missing or malformed one rather than stopping at the first.
std::optional<TokenPrices> parsePrices(const json &object, const QString &where, QStringList &errors)
{
    const auto input = parsePrice(object, "input", where, errors);
    const auto output = parsePrice(object, "output", where, errors);
    const auto cacheRead = parsePrice(object, "cache_read", where, errors);
    const auto cacheWrite5m = parsePrice(object, "cache_write_5m", where, errors);
    const auto cacheWrite1h = parsePrice(object, "cache_write_1h", where, errors);
    if (!input || !output || !cacheRead || !cacheWrite5m || !cacheWrite1h)
        return std::nullopt;
    return TokenPrices{*input, *output, *cacheRead, *cacheWrite5m, *cacheWrite1h};
}

QString requiredText(const json &object, const std::string &key, const QString &where, QStringList &errors)
{
    const auto it = object.find(key);
    if (it == object.end()) {
        errors << u"%1 has no \"%2\"."_s.arg(where, qs(key));
        return {};
    }
    if (!it->is_string() || it->get<std::string>().empty()) {
        errors << u"%1: \"%2\" must be a non-empty string, not %3."_s.arg(where, qs(key), describe(*it));
        return {};
    }
    return qs(it->get<std::string>());
}

std::optional<ModelPrice> parseModel(const json &entry, qsizetype index, QStringList &errors)
{
    const QString position = u"Model %1 of \"models\""_s.arg(index + 1);
    if (!entry.is_object()) {
        errors << u"%1 is %2, not an object."_s.arg(position, describe(entry));
        return std::nullopt;
    }
    const qsizetype errorsBefore = errors.size();
    ModelPrice price;
    price.provider = requiredText(entry, "provider", position, errors);
    price.model = requiredText(entry, "model", position, errors);
    const QString where = price.model.isEmpty() ? position : u"Model \"%1\" (%2)"_s.arg(price.model, price.provider);
    rejectUnknownKeys(entry, kModelKeys, where, errors);

    if (const auto aliases = entry.find("aliases"); aliases != entry.end()) {
        if (!aliases->is_array()) {
            errors << u"%1: \"aliases\" must be a list of model ids, not %2."_s.arg(where, describe(*aliases));
        } else {
            for (const json &alias : *aliases) {
                if (alias.is_string() && !alias.get<std::string>().empty())
                    price.aliases << qs(alias.get<std::string>());
                else
                    errors << u"%1: every alias must be a non-empty string, not %2."_s.arg(where, describe(alias));
            }
        }
    }

    if (const auto prices = parsePrices(entry, where, errors))
        price.prices = *prices;

    if (const auto longContext = entry.find("long_context"); longContext != entry.end()) {
        const QString tierWhere = where + u", \"long_context\""_s;
        if (!longContext->is_object()) {
            errors << u"%1 must be an object, not %2."_s.arg(tierWhere, describe(*longContext));
        } else {
            rejectUnknownKeys(*longContext, kLongContextKeys, tierWhere, errors);
            LongContextPrices tier;
            const auto threshold = longContext->find("above_input_tokens");
            if (threshold == longContext->end())
                errors << u"%1: \"above_input_tokens\" is missing."_s.arg(tierWhere);
            else if (!threshold->is_number_integer() || threshold->get<qint64>() <= 0)
                errors << u"%1: \"above_input_tokens\" must be a positive whole number of tokens, not %2."_s.arg(
                    tierWhere, describe(*threshold));
            else
                tier.aboveInputTokens = threshold->get<qint64>();
            if (const auto prices = parsePrices(*longContext, tierWhere, errors))
                tier.prices = *prices;
            price.longContext = tier;
        }
    }

    if (const auto note = entry.find("note"); note != entry.end()) {
        if (note->is_string())
            price.note = qs(note->get<std::string>());
        else
            errors << u"%1: \"note\" must be a string, not %2."_s.arg(where, describe(*note));
    }

    if (errors.size() != errorsBefore)
        return std::nullopt;
    return price;
}

QString jsonErrorSentence(const json::exception &error)
{
    // nlohmann prefixes "[json.exception.parse_error.101] "; the rest says where and what.
    QString text = QString::fromUtf8(error.what());
    if (const qsizetype end = text.indexOf(u"] "_s); text.startsWith(u'[') && end > 0)
        text = text.mid(end + 2);
    return u"The file is not valid JSON: %1."_s.arg(text);
}

} // namespace

const TokenPrices &ModelPrice::pricesFor(const LlmUsage &usage) const
{
    if (longContext && usage.totalInputTokens() > longContext->aboveInputTokens)
        return longContext->prices;
    return prices;
}

std::optional<Cost> ModelPrice::cost(const LlmUsage &usage) const
{
    if (usage.inputTokens < 0 || usage.outputTokens < 0 || usage.cacheReadTokens < 0 || usage.cacheWriteTokens < 0 ||
        usage.cacheWrite1hTokens < 0 || usage.cacheWrite1hTokens > usage.cacheWriteTokens) {
        qCWarning(lcLlm).nospace() << "Not pricing impossible usage of " << model << ": input " << usage.inputTokens
                                   << ", output " << usage.outputTokens << ", cache read " << usage.cacheReadTokens
                                   << ", cache write " << usage.cacheWriteTokens << " (1h: " << usage.cacheWrite1hTokens
                                   << ")";
        return std::nullopt;
    }
    const TokenPrices &p = pricesFor(usage);
    const Cost standard = Cost::ofTokens(usage.inputTokens, p.input) +
                          Cost::ofTokens(usage.cacheWriteTokens - usage.cacheWrite1hTokens, p.cacheWrite5m) +
                          Cost::ofTokens(usage.cacheWrite1hTokens, p.cacheWrite1h) +
                          Cost::ofTokens(usage.cacheReadTokens, p.cacheRead) +
                          Cost::ofTokens(usage.outputTokens, p.output);
    // Batch and cache discounts stack (Anthropic prices a batch call's cache reads and writes at the batch share too):
    // the batch share applies to the whole call.
    return usage.serviceTier == u"batch"_s ? standard.percent(batchSharePercent) : standard;
}

PriceTable PriceTable::fromJson(const QByteArray &data, QString *error, const QString &source)
{
    QStringList errors;
    PriceTable table;
    if (error)
        error->clear();
    const auto finish = [&]() {
        if (errors.isEmpty())
            return table;
        if (error)
            *error = errors.join(u'\n');
        PriceTable failed;
        failed.m_problems = errors;
        return failed;
    };

    json document;
    try {
        document = json::parse(data.constBegin(), data.constEnd());
    } catch (const json::exception &parseError) {
        errors << jsonErrorSentence(parseError);
        return finish();
    }
    if (!document.is_object()) {
        errors
            << u"The file must be a JSON object with \"valid_from\", \"currency\", \"unit\" and \"models\", not %1."_s
                   .arg(describe(document));
        return finish();
    }
    rejectUnknownKeys(document, kTopLevelKeys, u"The file"_s, errors);

    const auto validFrom = document.find("valid_from");
    if (validFrom == document.end() || !validFrom->is_string() ||
        !QDate::fromString(qs(validFrom->get<std::string>()), Qt::ISODate).isValid()) {
        errors << u"\"valid_from\" must be the date the prices apply from, written like \"2026-11-01\"."_s;
    } else {
        table.m_validFrom = QDate::fromString(qs(validFrom->get<std::string>()), Qt::ISODate);
    }
    if (document.value("currency", json()) != "USD")
        errors << u"\"currency\" must be \"USD\": costs are kept in dollars and never converted."_s;
    if (document.value("unit", json()) != "per million tokens")
        errors << u"\"unit\" must be \"per million tokens\"."_s;
    // What a Message Batches call costs, as a share of the standard price. Missing: the standard price (never less
    // than was billed).
    int batchShare = 100;
    if (const auto share = document.find("batch_share_percent"); share != document.end()) {
        if (!share->is_number_integer() || share->get<int>() < 1 || share->get<int>() > 100)
            errors << u"\"batch_share_percent\" must be a whole number from 1 to 100 (50: batches cost half)."_s;
        else
            batchShare = share->get<int>();
    }
    if (const auto note = document.find("note"); note != document.end() && !note->is_string())
        errors << u"\"note\" must be a string, not %1."_s.arg(describe(*note));
    if (const auto sources = document.find("sources");
        sources != document.end() && !(sources->is_array() && std::all_of(sources->begin(), sources->end(),
                                                                          [](const json &s) { return s.is_string(); })))
        errors << u"\"sources\" must be a list of strings."_s;

    const auto models = document.find("models");
    if (models == document.end() || !models->is_array()) {
        errors << u"\"models\" must be a list of models."_s;
        return finish();
    }

    // provider + id → the model that claimed it: an id or alias listed twice would make lookups depend on order.
    QHash<QString, QString> claimed;
    for (qsizetype i = 0; i < qsizetype(models->size()); ++i) {
        std::optional<ModelPrice> price = parseModel((*models)[size_t(i)], i, errors);
        if (!price)
            continue;
        price->validFrom = table.m_validFrom;
        price->source = source;
        price->batchSharePercent = batchShare;
        bool clash = false;
        for (const QString &id : QStringList{price->model} + price->aliases) {
            const QString key = price->provider + u'\n' + id;
            if (const auto owner = claimed.constFind(key); owner != claimed.constEnd()) {
                errors << u"Model \"%1\" (%2): the id \"%3\" is already used by model \"%4\"."_s.arg(
                    price->model, price->provider, id, *owner);
                clash = true;
            } else {
                claimed.insert(key, price->model);
            }
        }
        if (!clash)
            table.m_models << *price;
    }
    return finish();
}

PriceTable PriceTable::builtIn()
{
    // Parsed once: the resource never changes while the program runs.
    static const PriceTable table = [] {
        QFile file(kBuiltInPath);
        if (!file.open(QIODevice::ReadOnly)) {
            PriceTable missing;
            missing.m_problems << u"The built-in price table %1 is missing from the program."_s.arg(kBuiltInPath);
            qCCritical(lcLlm).noquote() << missing.m_problems.constFirst();
            return missing;
        }
        QString error;
        PriceTable parsed = fromJson(file.readAll(), &error, kBuiltInPath);
        if (!error.isEmpty())
            qCCritical(lcLlm).noquote() << "The built-in price table is broken:" << error;
        return parsed;
    }();
    return table;
}

QString PriceTable::userFilePath()
{
    const QString fromEnvironment = qEnvironmentVariable("MENTATS_PRICES_FILE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // One file for the console and the CLI alike (AppConfigLocation differs between the two programs).
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/mentats/prices.json"_s;
}

PriceTable PriceTable::load()
{
    PriceTable table = builtIn();
    const QString path = userFilePath();
    QFile file(path);
    if (!file.exists()) {
        // No file at the default place is the normal case; a variable naming a missing file is a mistake.
        if (qEnvironmentVariableIsSet("MENTATS_PRICES_FILE"))
            table.m_problems << u"MENTATS_PRICES_FILE names %1, which does not exist; the built-in prices apply."_s.arg(
                path);
        return table;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        table.m_problems << u"Could not read the price file %1 (%2); the built-in prices apply."_s.arg(
            path, file.errorString());
        return table;
    }
    QString error;
    const PriceTable user = fromJson(file.readAll(), &error, path);
    if (!error.isEmpty()) {
        for (const QString &problem : user.problems())
            table.m_problems << u"Ignored the price file %1: %2"_s.arg(path, problem);
        qCWarning(lcLlm).noquote() << "Ignored the price file" << path << "and kept the built-in prices:" << error;
        return table;
    }
    table.overrideWith(user);
    qCInfo(lcLlm).noquote() << "Prices of" << user.models().size() << "models from" << path;
    return table;
}

void PriceTable::overrideWith(const PriceTable &user)
{
    for (ModelPrice replacement : user.m_models) {
        // Replace whatever entry of that provider answers to any of the new entry's ids, so no id stays ambiguous,
        // and keep answering to the replaced entry's ids: a user who reprices "claude-haiku-4-5" means its dated
        // snapshot too, and a dated id that suddenly had no price would leave its calls uncounted.
        m_models.removeIf([&](const ModelPrice &existing) {
            if (existing.provider != replacement.provider)
                return false;
            const QStringList existingIds = QStringList{existing.model} + existing.aliases;
            const bool replaced = std::any_of(existingIds.cbegin(), existingIds.cend(),
                                              [&](const QString &id) { return replacement.answersTo(id); });
            if (replaced) {
                for (const QString &id : existingIds) {
                    if (!replacement.answersTo(id))
                        replacement.aliases << id;
                }
            }
            return replaced;
        });
        m_models << replacement;
    }
    if (user.m_validFrom > m_validFrom)
        m_validFrom = user.m_validFrom;
}

std::optional<ModelPrice> PriceTable::find(const QString &provider, const QString &model) const
{
    // A price belongs to a provider's model: the same id served elsewhere (a local server calling its model
    // "gpt-4o") is not priced as the original. Without a provider, the id alone must be unambiguous.
    const ModelPrice *found = nullptr;
    for (const ModelPrice &price : m_models) {
        if (!price.answersTo(model) || (!provider.isEmpty() && price.provider != provider))
            continue;
        if (found)
            return std::nullopt;
        found = &price;
    }
    return found ? std::optional<ModelPrice>(*found) : std::nullopt;
}

std::optional<Cost> PriceTable::cost(const QString &provider, const QString &model, const LlmUsage &usage) const
{
    const std::optional<ModelPrice> price = find(provider, model);
    if (!price)
        return std::nullopt;
    return price->cost(usage);
}
