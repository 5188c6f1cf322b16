#include "demo/demonames.h"

using namespace Qt::Literals::StringLiterals;

const std::vector<QString> &DemoNames::firstNames()
{
    static const std::vector<QString> names{
        u"Maria"_s,   u"James"_s,   u"Aisha"_s,  u"Daniel"_s, u"Priya"_s,   u"Marcus"_s,  u"Elena"_s,  u"Kevin"_s,
        u"Sofia"_s,   u"Tyrone"_s,  u"Mei"_s,    u"Jordan"_s, u"Rosa"_s,    u"Ethan"_s,   u"Hannah"_s, u"Luis"_s,
        u"Grace"_s,   u"Andre"_s,   u"Olivia"_s, u"Samuel"_s, u"Fatima"_s,  u"Noah"_s,    u"Chloe"_s,  u"Diego"_s,
        u"Leah"_s,    u"Omar"_s,    u"Naomi"_s,  u"Victor"_s, u"Isabel"_s,  u"Caleb"_s,   u"Yuki"_s,   u"Brandon"_s,
        u"Lucia"_s,   u"Trevor"_s,  u"Amara"_s,  u"Connor"_s, u"Jasmine"_s, u"Miguel"_s,  u"Tessa"_s,  u"Raj"_s,
        u"Brianna"_s, u"Hector"_s,  u"Kayla"_s,  u"Malik"_s,  u"Ingrid"_s,  u"Wesley"_s,  u"Camila"_s, u"Devon"_s,
        u"Nora"_s,    u"Isaac"_s,   u"Alicia"_s, u"Felix"_s,  u"Monique"_s, u"Gabriel"_s, u"Ruth"_s,   u"Tomas"_s,
        u"Linh"_s,    u"Patrick"_s, u"Zoe"_s,    u"Adrian"_s, u"Beatriz"_s, u"Curtis"_s,  u"Dana"_s,   u"Emmett"_s,
        u"Farah"_s,   u"Gordon"_s,  u"Helena"_s, u"Ivan"_s,   u"Jade"_s,    u"Kofi"_s,    u"Lorena"_s, u"Mateo"_s,
        u"Nadia"_s,   u"Owen"_s,    u"Paloma"_s, u"Quinn"_s,  u"Rashid"_s,  u"Sienna"_s,  u"Theo"_s,   u"Ursula"_s,
        u"Vanessa"_s, u"Wyatt"_s,   u"Ximena"_s, u"Yusuf"_s,  u"Zara"_s,    u"Colleen"_s, u"Darius"_s, u"Esther"_s,
        u"Frank"_s,   u"Gloria"_s,  u"Henry"_s,  u"Irene"_s,  u"Jamal"_s,   u"Keiko"_s,   u"Lamar"_s,  u"Maribel"_s,
        u"Nathan"_s,  u"Opal"_s,
    };
    return names;
}

const std::vector<QString> &DemoNames::lastNames()
{
    static const std::vector<QString> names{
        u"Gonzalez"_s, u"Whitfield"_s, u"Okafor"_s,    u"Nguyen"_s,   u"Patel"_s,      u"Webb"_s,     u"Rossi"_s,
        u"Chen"_s,     u"Alvarez"_s,   u"Brooks"_s,    u"Tanaka"_s,   u"Reyes"_s,      u"Kowalski"_s, u"Murphy"_s,
        u"Haddad"_s,   u"Lindqvist"_s, u"Castillo"_s,  u"Boateng"_s,  u"Sullivan"_s,   u"Park"_s,     u"Moreno"_s,
        u"Fischer"_s,  u"Adeyemi"_s,   u"Delgado"_s,   u"Hughes"_s,   u"Ibrahim"_s,    u"Jensen"_s,   u"Kaur"_s,
        u"Lopez"_s,    u"Mendoza"_s,   u"Novak"_s,     u"O'Brien"_s,  u"Pham"_s,       u"Quintero"_s, u"Ramirez"_s,
        u"Schmidt"_s,  u"Torres"_s,    u"Underwood"_s, u"Vargas"_s,   u"Washington"_s, u"Yamamoto"_s, u"Zhang"_s,
        u"Bennett"_s,  u"Carver"_s,    u"Dubois"_s,    u"Ellison"_s,  u"Flores"_s,     u"Garrison"_s, u"Hoffman"_s,
        u"Iverson"_s,  u"Jimenez"_s,   u"Keller"_s,    u"Larsen"_s,   u"McAllister"_s, u"Nakamura"_s, u"Ortega"_s,
        u"Pereira"_s,  u"Russo"_s,     u"Santos"_s,    u"Thornton"_s, u"Valdez"_s,     u"Whitaker"_s, u"Abbott"_s,
        u"Baptiste"_s, u"Coleman"_s,   u"D'Souza"_s,   u"Esposito"_s, u"Fitzgerald"_s, u"Gupta"_s,    u"Hernandez"_s,
        u"Ishikawa"_s, u"Johansson"_s, u"Khan"_s,      u"Lambert"_s,  u"Mahoney"_s,    u"Nilsson"_s,  u"Osei"_s,
        u"Price"_s,    u"Quinlan"_s,   u"Rahman"_s,    u"Sato"_s,     u"Tran"_s,       u"Ueda"_s,     u"Vance"_s,
        u"Wolfe"_s,    u"Young"_s,     u"Zamora"_s,    u"Bishop"_s,   u"Cruz"_s,       u"Dawson"_s,
    };
    return names;
}

const std::vector<DemoNames::Town> &DemoNames::towns()
{
    static const std::vector<Town> towns{
        {u"Old Town"_s, u"1021 2nd St, Sacramento, CA"_s, u"95814"_s, u"916"_s, 38.5841, -121.5050},
        {u"Harbor"_s, u"2801 Leavenworth St, San Francisco, CA"_s, u"94133"_s, u"415"_s, 37.8067, -122.4194},
        {u"Davis"_s, u"217 G St, Davis, CA"_s, u"95616"_s, u"530"_s, 38.5449, -121.7405},
        {u"Roseville"_s, u"238 Vernon St, Roseville, CA"_s, u"95678"_s, u"916"_s, 38.7521, -121.2880},
        {u"Folsom"_s, u"705 Sutter St, Folsom, CA"_s, u"95630"_s, u"916"_s, 38.6780, -121.1761},
        {u"Elk Grove"_s, u"9080 Elk Grove Blvd, Elk Grove, CA"_s, u"95624"_s, u"916"_s, 38.4088, -121.3716},
        {u"Oakland"_s, u"4301 Piedmont Ave, Oakland, CA"_s, u"94611"_s, u"510"_s, 37.8270, -122.2504},
        {u"Berkeley"_s, u"2985 College Ave, Berkeley, CA"_s, u"94705"_s, u"510"_s, 37.8575, -122.2528},
        {u"San Jose"_s, u"1090 Lincoln Ave, San Jose, CA"_s, u"95125"_s, u"408"_s, 37.3080, -121.9015},
        {u"Palo Alto"_s, u"425 California Ave, Palo Alto, CA"_s, u"94306"_s, u"650"_s, 37.4275, -122.1435},
        {u"San Mateo"_s, u"60 E 3rd Ave, San Mateo, CA"_s, u"94401"_s, u"650"_s, 37.5650, -122.3240},
        {u"Walnut Creek"_s, u"1520 N Main St, Walnut Creek, CA"_s, u"94596"_s, u"925"_s, 37.9010, -122.0620},
        {u"Vallejo"_s, u"401 Georgia St, Vallejo, CA"_s, u"94590"_s, u"707"_s, 38.1015, -122.2570},
        {u"Napa"_s, u"1300 1st St, Napa, CA"_s, u"94559"_s, u"707"_s, 38.2990, -122.2850},
        {u"Sonoma"_s, u"453 1st St E, Sonoma, CA"_s, u"95476"_s, u"707"_s, 38.2930, -122.4560},
        {u"Petaluma"_s, u"140 Kentucky St, Petaluma, CA"_s, u"94952"_s, u"707"_s, 38.2355, -122.6410},
        {u"Santa Rosa"_s, u"520 4th St, Santa Rosa, CA"_s, u"95401"_s, u"707"_s, 38.4400, -122.7130},
        {u"Stockton"_s, u"2300 Pacific Ave, Stockton, CA"_s, u"95204"_s, u"209"_s, 37.9730, -121.3070},
        {u"Lodi"_s, u"11 S School St, Lodi, CA"_s, u"95240"_s, u"209"_s, 38.1330, -121.2720},
        {u"Auburn"_s, u"1530 Lincoln Way, Auburn, CA"_s, u"95603"_s, u"530"_s, 38.8990, -121.0760},
    };
    return towns;
}

const std::vector<QString> &DemoNames::storeKinds()
{
    static const std::vector<QString> kinds{u"Antiques"_s, u"Consignment"_s};
    return kinds;
}
