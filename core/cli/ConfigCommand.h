#pragma once

#include "CliOutput.h"
#include "clientconfig/ClientConfig.h"
#include "clientconfig/ClientConfigRequest.h"
#include "common/Result.h"

#include <QCommandLineParser>

namespace mcpauth {

// `mcp-auth config show|write`: a client's configuration for an MCP server, shown or merged into the
// client's file. Needs no store. `write` shows the diff (and, for Claude Desktop, the command the
// client will execute) and then writes only when confirmed: --yes, or "y" typed at a terminal. On a
// standard input that is not a terminal, and with --json, it refuses without --yes rather than
// write silently (exit code 3); --dry-run shows the diff and writes nothing.
class ConfigCommand
{
public:
    explicit ConfigCommand(CliOutput& out)
        : m_out(out)
    { }

    static void addShowOptions(QCommandLineParser& p);
    static void addWriteOptions(QCommandLineParser& p);

    [[nodiscard]] Status show(const QCommandLineParser& p);
    [[nodiscard]] Status write(const QCommandLineParser& p);

private:
    [[nodiscard]] static Result<ClientConfigRequest> request(const QCommandLineParser& p, TargetOs os);
    [[nodiscard]] static Result<QString> targetPath(const QCommandLineParser& p, const ClientConfig& config);
    [[nodiscard]] static QJsonObject toJson(const ClientConfig& config, const QString& path);
    void printConfig(const ClientConfig& config, const QString& path);
    void printCommand(const ClientConfig& config);
    [[nodiscard]] Status confirm(const QCommandLineParser& p, const QString& path);

    CliOutput& m_out;
};

} // namespace mcpauth
