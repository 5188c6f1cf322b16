#include "output.h"

#include <cstdio>

void Output::line(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void Output::error(const QString &sentence)
{
    std::fputs("mentats: ", stderr);
    std::fputs(sentence.toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

namespace {

void toStandardError(const QString &text, const char *ending)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fputs(ending, stderr);
    std::fflush(stderr);
}

} // namespace

void Output::progress(const QString &step)
{
    toStandardError(step, "...\n");
}

void Output::note(const QString &sentence)
{
    toStandardError(sentence, "\n");
}
