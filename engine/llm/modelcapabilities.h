#pragma once

#include <QString>

// What a model accepts beyond the common request. Some reject sampling parameters outright (HTTP 400): Anthropic's
// adaptive-thinking models (Opus 4.7 and later, Sonnet 5, Fable 5) and OpenAI's reasoning models (the o-series and
// the GPT-5 family). A configured temperature is then left out rather than failing every run.
namespace ModelCapabilities {
bool acceptsTemperature(const QString &model);
}
