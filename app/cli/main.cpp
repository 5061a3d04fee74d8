#include "cli/CliApplication.h"
#include "logging/FileLogger.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <memory>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mcp-auth"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MCPAUTH_VERSION));
    // MCPAUTH_LOG_LEVEL=errors|warnings|info|debug and MCPAUTH_LOG_FILE=path: the console's log file and
    // masking for the CLI (a long-running `mcp-auth serve`, or a probe to troubleshoot). Environment
    // variables rather than options, so that every command takes them the same way.
    if (const auto level = mcpauth::FileLogger::levelFromName(qEnvironmentVariable("MCPAUTH_LOG_LEVEL")))
        QLoggingCategory::setFilterRules(mcpauth::FileLogger::filterRules(*level));
    std::unique_ptr<mcpauth::FileLogger> logger;
    if (const QString file = qEnvironmentVariable("MCPAUTH_LOG_FILE"); !file.isEmpty())
        logger = std::make_unique<mcpauth::FileLogger>(file);
    return mcpauth::CliApplication().run(QCoreApplication::arguments());
}
