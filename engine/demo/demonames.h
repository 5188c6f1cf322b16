#pragma once

#include <QString>
#include <vector>

// Names and places for the demo business: realistic enough to read like a real roster, obviously invented
// (example.com addresses, 555 phone numbers).
class DemoNames
{
public:
    struct Town
    {
        QString name;
        QString street;
        QString zip;
        QString areaCode;
        double lat;
        double lng;
    };

    static const std::vector<QString> &firstNames();
    static const std::vector<QString> &lastNames();
    // The stores' towns, the first two being the small demo's Old Town (Sacramento) and Harbor (San Francisco).
    static const std::vector<Town> &towns();
    static const std::vector<QString> &storeKinds();
};
