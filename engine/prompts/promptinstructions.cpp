#include "prompts/promptinstructions.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kHeading = u"\n## Additional instructions from the managers\n"_s;

} // namespace

QString PromptInstructions::section(const QString &instructions)
{
    const QString text = instructions.trimmed();
    return text.isEmpty() ? QString() : kHeading + text;
}

std::optional<QString> PromptInstructions::withInstructions(const QString &systemText, const QString &responseFormat,
                                                            const QString &instructions)
{
    // The base prompt is its sections joined by '\n', and each section starts with "\n## ": the instructions, when
    // present, run from their heading to the response format, which ends the fixed part (guidance follows it).
    const QString tail = u"\n"_s + responseFormat;
    const qsizetype tailAt = systemText.indexOf(tail);
    if (tailAt < 0)
        return std::nullopt;
    const QString heading = u"\n"_s + kHeading;
    const qsizetype headingAt = QStringView(systemText).left(tailAt).indexOf(heading);
    const qsizetype start = headingAt >= 0 ? headingAt : tailAt;
    const QString replacement = section(instructions);
    return systemText.left(start) + (replacement.isEmpty() ? QString() : u"\n"_s + replacement) +
           systemText.mid(tailAt);
}
