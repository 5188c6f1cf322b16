#pragma once

#include <QDate>
#include <QString>
#include <optional>

// What `mentats simulate` and the console's Simulate tab ask for: a store of some size, a number of days from a seed,
// and the model the agents think with.
struct SimulationOptions
{
    enum class Size
    {
        Small,  // 15 staff, 2 locations
        Medium, // 150 staff, 10 locations
        Large   // 2,400 staff, 40 locations
    };
    enum class Model
    {
        Rules,     // the offline provider
        Eager,     // the worst case: a staff-facing action for every attention item, every tick
        Injection, // obeys instructions written inside staff text
        Provider   // a real model through providerId / providerModel / baseUrl (its cost is real)
    };

    Size size = Size::Small;
    int staff = 0; // people who work shifts; 0: the size's
    int days = 7;
    quint64 seed = 1;
    Model model = Model::Rules;
    QString providerId;    // Model::Provider: "anthropic", "openai", "openai-compatible"
    QString providerModel; // Model::Provider: the model's name
    QString baseUrl;       // Model::Provider: optional
    // The agents' configured model, which the simulated models are priced as.
    QString pricedAs = QStringLiteral("claude-haiku-4-5");
    int contextTokens = 0;    // the agents' context budget (max_context_tokens); 0: the configured default
    bool keep = false;        // leave the store's database for inspection
    QString clusterDirectory; // the private cluster; empty: the demo's (DemoDatabase::defaultDirectory())
    // The first simulated day, a Monday: 28 days from it cross the spring change to daylight saving time.
    QDate firstDay = QDate(2026, 3, 2);

    int staffCount() const;
    int locationCount() const;
    QString modelName() const;

    static std::optional<Size> parseSize(const QString &name);
    static QString sizeName(Size size);
    static std::optional<Model> parseModel(const QString &name);
};
