// PLACEHOLDER - being written
#include "demo/demodatagenerator.h"
DemoDataGenerator::DemoDataGenerator(DemoOptions options, BusinessCalendar calendar) : m_options(options), m_calendar(std::move(calendar)) {}
DemoSummary DemoDataGenerator::generate(SqlSession &) const { return {}; }
