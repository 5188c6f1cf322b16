#include "demo/demooptions.h"

using namespace Qt::Literals::StringLiterals;

std::optional<DemoOptions::Size> DemoOptions::parseSize(const QString &name)
{
    if (name == u"small"_s)
        return Size::Small;
    if (name == u"large"_s)
        return Size::Large;
    return std::nullopt;
}

QString DemoOptions::sizeName(Size size)
{
    return size == Size::Small ? u"small"_s : u"large"_s;
}
