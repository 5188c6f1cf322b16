#include "simulation/simulationoptions.h"

using namespace Qt::Literals::StringLiterals;

int SimulationOptions::staffCount() const
{
    if (staff > 0)
        return staff;
    switch (size) {
    case Size::Small:
        return 15;
    case Size::Medium:
        return 150;
    case Size::Large:
        return 2400;
    }
    return 15;
}

int SimulationOptions::locationCount() const
{
    switch (size) {
    case Size::Small:
        return 2;
    case Size::Medium:
        return 10;
    case Size::Large:
        return 40;
    }
    return 2;
}

QString SimulationOptions::modelName() const
{
    switch (model) {
    case Model::Rules:
        return u"rules"_s;
    case Model::Eager:
        return u"eager"_s;
    case Model::Injection:
        return u"injection"_s;
    case Model::Provider:
        return providerId + u'/' + providerModel;
    }
    return u"rules"_s;
}

std::optional<SimulationOptions::Size> SimulationOptions::parseSize(const QString &name)
{
    if (name == u"small"_s)
        return Size::Small;
    if (name == u"medium"_s)
        return Size::Medium;
    if (name == u"large"_s)
        return Size::Large;
    return std::nullopt;
}

QString SimulationOptions::sizeName(Size size)
{
    switch (size) {
    case Size::Small:
        return u"small"_s;
    case Size::Medium:
        return u"medium"_s;
    case Size::Large:
        return u"large"_s;
    }
    return u"small"_s;
}

std::optional<SimulationOptions::Model> SimulationOptions::parseModel(const QString &name)
{
    if (name == u"rules"_s)
        return Model::Rules;
    if (name == u"eager"_s)
        return Model::Eager;
    if (name == u"injection"_s)
        return Model::Injection;
    return std::nullopt;
}
