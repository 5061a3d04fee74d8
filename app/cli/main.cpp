#include "cli/CliApplication.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mcp-auth"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MCPAUTH_VERSION));
    return mcpauth::CliApplication().run(QCoreApplication::arguments());
}
