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

void Output::progress(const QString &step)
{
    std::fputs(step.toLocal8Bit().constData(), stderr);
    std::fputs("...\n", stderr);
    std::fflush(stderr);
}
