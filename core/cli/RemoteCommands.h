#pragma once

#include "RemoteSession.h"
#include "backend/Capability.h"

#include <QCommandLineParser>
#include <optional>

namespace mcpauth {

class CliApplication;

// The commands `mcp-auth --profile NAME` and `--backend KIND:URL` run through the Backend interface
// (a remote server) rather than on the local store. Each is asynchronous and ends by calling finish
// with the exit code; CliApplication runs it in its one event loop. Output and option handling are
// CliApplication's, so a remote `app show` reads like a local one.
class RemoteCommands
{
public:
    struct Entry
    {
        std::optional<Capability> capability; // what the backend must support; checked once it is open
        RemoteSession::Command run;
    };

    explicit RemoteCommands(CliApplication& cli);

    // The command for "group verb" ("app list"), or nullopt when it works on the local store only.
    // `p` must outlive the command.
    [[nodiscard]] std::optional<Entry> find(const QString& command, QCommandLineParser& p);

private:
    void appList(QCommandLineParser& p, Backend& backend, const RemoteSession::Finish& finish);
    void appShow(QCommandLineParser& p, Backend& backend, const RemoteSession::Finish& finish);
    void appAdd(QCommandLineParser& p, Backend& backend, const RemoteSession::Finish& finish);
    void appUpdate(QCommandLineParser& p, Backend& backend, const RemoteSession::Finish& finish);
    void appDelete(QCommandLineParser& p, Backend& backend, const RemoteSession::Finish& finish);
    void appRotateSecret(QCommandLineParser& p, Backend& backend, const RemoteSession::Finish& finish);
    void orgList(Backend& backend, const RemoteSession::Finish& finish);
    void tokenList(QCommandLineParser& p, Backend& backend, const RemoteSession::Finish& finish);
    void tokenShow(QCommandLineParser& p, Backend& backend, const RemoteSession::Finish& finish);
    void tokenRevoke(QCommandLineParser& p, Backend& backend, const RemoteSession::Finish& finish);
    void tokenIntrospect(Backend& backend, const RemoteSession::Finish& finish);
    void auditList(QCommandLineParser& p, Backend& backend, const RemoteSession::Finish& finish);
    void keyList(Backend& backend, const RemoteSession::Finish& finish);
    void serverShow(Backend& backend, const RemoteSession::Finish& finish);

    CliApplication& m_cli;
    QObject m_context; // the callbacks' context: gone with this object
};

} // namespace mcpauth
