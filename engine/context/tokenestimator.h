#pragma once

#include <QString>

// A quick token estimate for budgeting context before any call: about four characters per token for English and
// JSON-ish text, counted in UTF-8 bytes so non-Latin text is not undercounted. The assembler keeps a correction
// ratio learnt from the provider's real input token counts.
namespace TokenEstimator {
int estimate(const QString &text, double correction = 1.0);
}
