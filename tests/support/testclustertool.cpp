// mentats-test-cluster start|stop DIR: the ctest fixture that gives a whole test run one PostgreSQL cluster.
#include "core/bootstrap.h"
#include "db/dberror.h"
#include "testcluster.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Bootstrap::initialize(QStringLiteral("mentats-test-cluster"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3 || (args.at(1) != u"start" && args.at(1) != u"stop")) {
        std::fputs("usage: mentats-test-cluster start|stop DIR\n", stderr);
        return 2;
    }
    try {
        if (args.at(1) == u"start")
            TestCluster::prepare(args.at(2));
        else
            PgCluster(args.at(2)).stop();
    } catch (const DbError &error) {
        std::fprintf(stderr, "mentats-test-cluster: %s\n%s\n", error.what(), qPrintable(error.detail()));
        return 1;
    }
    return 0;
}
