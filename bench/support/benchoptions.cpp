#include "benchoptions.h"

using namespace Qt::Literals::StringLiterals;

BenchOptions BenchOptions::parse(const QString &name, const QStringList &arguments)
{
    BenchOptions options;
    options.name = name;
    options.arguments = arguments;
    options.tiny = arguments.contains(u"--tiny"_s) || qEnvironmentVariableIntValue("MENTATS_BENCH_TINY") != 0;
    options.large = arguments.contains(u"--large"_s) && !options.tiny;
    if (const qsizetype at = arguments.indexOf(u"--dir"_s); at >= 0)
        options.directory = arguments.value(at + 1);
    return options;
}

int BenchOptions::value(const QString &option, int normal, int tinyValue) const
{
    if (const qsizetype at = arguments.indexOf(option); at >= 0)
        return arguments.value(at + 1).toInt();
    return tiny ? tinyValue : normal;
}
