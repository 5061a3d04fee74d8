#pragma once

#include "common/Result.h"
#include "diagnosis/Finding.h"
#include "flow/FlowOptions.h"
#include "flow/FlowResult.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace mcpauth {

class CliOutput;

// `mcp-auth probe URL`: runs the connection flow engine against an MCP server and prints one line per
// step (or, with --json, the whole FlowResult). The exit code says how the attempt ended.
class ProbeCommand
{
public:
    static constexpr int kExitOk = 0;
    static constexpr int kExitUsage = 2;
    static constexpr int kExitAuthorizationFailed = 10;
    static constexpr int kExitUnreachable = 11;
    static constexpr int kExitProtocolError = 12;
    static constexpr int kExitCancelled = 13;
    static constexpr int kExitFileError = 14;
    static constexpr int kExitNoKeychain = 15; // --forget without a keychain

    [[nodiscard]] static QString description();
    static void addOptions(QCommandLineParser& parser);

    explicit ProbeCommand(CliOutput& out);
    // Runs the application's event loop until the flow ends.
    [[nodiscard]] int run(const QCommandLineParser& parser);

    // The options from the command line and the environment (MCP_AUTH_CLIENT_SECRET,
    // MCP_CONFORMANCE_CONTEXT); the error names the option.
    [[nodiscard]] static Result<FlowOptions> options(const QCommandLineParser& parser);
    [[nodiscard]] static QJsonObject toJson(const FlowResult& result);
    [[nodiscard]] static int exitCode(FlowOutcome outcome);
    [[nodiscard]] static QString outcomeName(FlowOutcome outcome);
    // The callback port of --remember and --forget without --callback-port: the same for the same URL.
    [[nodiscard]] static quint16 rememberedCallbackPort(const QString& mcpUrl);

private:
    // After the outcome: each finding of the diagnosis with its evidence, fix and reference.
    void printFindings(const QList<Finding>& findings);

    CliOutput& m_out;
};

} // namespace mcpauth
