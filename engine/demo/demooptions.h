#pragma once

#include <QString>
#include <optional>

// What `mentats demo-db start` builds: a small business for trying the console, or a large one for benchmarks.
struct DemoOptions
{
    enum class Size
    {
        Small,
        Large
    };

    Size size = Size::Small;
    quint64 seed = 1;

    // Every demo admin and manager signs in to the console with this password (staff keep unusable hashes).
    static constexpr auto kManagerPassword = "mentats-demo";

    static std::optional<Size> parseSize(const QString &name);
    static QString sizeName(Size size);
};
