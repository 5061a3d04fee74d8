#include "ConfigCommand.h"

#include "clientconfig/ClientConfigWriter.h"
#include "clientconfig/ConfigFileWriter.h"
#include "clientconfig/PlatformDirs.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace mcpauth {

namespace {

void addCommonOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("client"),
        QStringLiteral("The client: %1.").arg(mcpClientNames().join(QStringLiteral(", "))), QStringLiteral("name")});
    p.addOption({QStringLiteral("server"), QStringLiteral("The MCP server's URL, e.g. http://127.0.0.1:8765/mcp."),
        QStringLiteral("url")});
    p.addOption({QStringLiteral("name"), QStringLiteral("The server's name in the client (default: mcp-auth)."),
        QStringLiteral("name")});
    p.addOption({QStringLiteral("client-id"),
        QStringLiteral("A pre-registered client id (default: the client registers itself). Secrets are never "
                       "written into client files."),
        QStringLiteral("id")});
    p.addOption({QStringLiteral("callback-port"),
        QStringLiteral("The port of the client's loopback callback, where the client lets you choose."),
        QStringLiteral("port")});
    p.addOption({QStringLiteral("scope"), QStringLiteral("A scope to ask for (repeatable)."), QStringLiteral("scope")});
    p.addOption({QStringLiteral("project"),
        QStringLiteral("Use the project file in this folder (Claude Code .mcp.json, Cursor .cursor/mcp.json, "
                       "VS Code .vscode/mcp.json) instead of the user-wide one."),
        QStringLiteral("folder")});
    p.addOption({QStringLiteral("file"), QStringLiteral("Use this file instead of the client's usual one."),
        QStringLiteral("path")});
}

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

} // namespace

void ConfigCommand::addShowOptions(QCommandLineParser& p)
{
    addCommonOptions(p);
    p.addOption({QStringLiteral("os"),
        QStringLiteral("Show the configuration for windows, macos or linux (default: this system)."),
        QStringLiteral("os")});
}

void ConfigCommand::addWriteOptions(QCommandLineParser& p)
{
    addCommonOptions(p);
    p.addOption({QStringLiteral("replace"), QStringLiteral("Replace an entry of the same name.")});
    p.addOption({QStringLiteral("yes"), QStringLiteral("Write without asking (needed when not at a terminal).")});
    p.addOption({QStringLiteral("dry-run"), QStringLiteral("Show the changes and write nothing.")});
}

Result<ClientConfigRequest> ConfigCommand::request(const QCommandLineParser& p, TargetOs os)
{
    ClientConfigRequest r;
    r.os = os;
    const QString client = p.value(QStringLiteral("client"));
    const auto parsed = mcpClientFromName(client);
    if (!parsed)
        return Error::invalid(QStringLiteral("client"),
            QStringLiteral("--client must be one of %1, not '%2'.")
                .arg(mcpClientNames().join(QStringLiteral(", ")), client));
    r.client = *parsed;
    if (!p.isSet(QStringLiteral("server")))
        return Error::invalid(QStringLiteral("server"), QStringLiteral("--server is required: the MCP server's URL."));
    r.serverUrl = p.value(QStringLiteral("server"));
    if (p.isSet(QStringLiteral("name")))
        r.name = p.value(QStringLiteral("name"));
    r.clientId = p.value(QStringLiteral("client-id"));
    if (p.isSet(QStringLiteral("client-id")) && r.clientId.isEmpty())
        return Error::invalid(QStringLiteral("client-id"), QStringLiteral("--client-id must not be empty."));
    if (p.isSet(QStringLiteral("callback-port"))) {
        bool ok = false;
        r.callbackPort = p.value(QStringLiteral("callback-port")).toInt(&ok);
        if (!ok || r.callbackPort < 1 || r.callbackPort > 65535)
            return Error::invalid(QStringLiteral("callback-port"),
                QStringLiteral("--callback-port takes a port number from 1 to 65535, not '%1'.")
                    .arg(p.value(QStringLiteral("callback-port"))));
    }
    // "--scope 'a b'" is the same as "--scope a --scope b".
    for (const QString& value : p.values(QStringLiteral("scope")))
        r.scopes << value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    r.scopes.removeDuplicates();
    return r;
}

Result<QString> ConfigCommand::targetPath(const QCommandLineParser& p, const ClientConfig& config)
{
    if (p.isSet(QStringLiteral("file")) && p.isSet(QStringLiteral("project")))
        return Error::invalid(QStringLiteral("file"), QStringLiteral("Give --file or --project, not both."));
    if (!config.hasFile())
        return QString();
    if (p.isSet(QStringLiteral("file")))
        return p.value(QStringLiteral("file"));
    if (p.isSet(QStringLiteral("project"))) {
        QString dir = p.value(QStringLiteral("project"));
        if (config.os == currentTargetOs())
            dir = QDir(dir).absolutePath();
        return ClientConfigWriter::projectFile(config.client, config.os, dir);
    }
    const PlatformDirs dirs
        = config.os == currentTargetOs() ? PlatformDirs::current() : PlatformDirs::placeholders(config.os);
    return ClientConfigWriter::userFile(config.client, config.os, dirs);
}

QJsonObject ConfigCommand::toJson(const ClientConfig& config, const QString& path)
{
    QJsonObject o{{QStringLiteral("client"), mcpClientName(config.client)},
        {QStringLiteral("clientTitle"), mcpClientTitle(config.client)}, {QStringLiteral("os"), targetOsName(config.os)},
        {QStringLiteral("name"), config.name}};
    if (config.hasFile()) {
        o.insert(QStringLiteral("path"), path);
        o.insert(QStringLiteral("container"), config.containerKey);
        o.insert(QStringLiteral("entry"), config.entry.toJsonObject());
    }
    if (config.command) {
        o.insert(QStringLiteral("command"),
            QJsonObject{{QStringLiteral("argv"), QJsonArray::fromStringList(config.command->argv)},
                {QStringLiteral("text"), config.command->text(config.os)},
                {QStringLiteral("runByClient"), config.command->runByClient},
                {QStringLiteral("executesCode"), config.command->executesCode}});
    }
    if (!config.instructions.isEmpty())
        o.insert(QStringLiteral("instructions"), config.instructions);
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(config.warnings));
    return o;
}

void ConfigCommand::printCommand(const ClientConfig& config)
{
    if (!config.command)
        return;
    const ClientCommand& c = *config.command;
    if (c.runByClient)
        m_out.line(QStringLiteral("CODE EXECUTION: %1 will run this command itself, with your privileges, every "
                                  "time it starts (npx downloads and runs the package). Check it in full before "
                                  "writing the file:")
                       .arg(mcpClientTitle(config.client)));
    else if (c.executesCode)
        m_out.line(QStringLiteral("Run this command (code execution: npx downloads and runs the package):"));
    else
        m_out.line(QStringLiteral("Or run this command:"));
    m_out.line(QStringLiteral("  ") + c.text(config.os));
}

void ConfigCommand::printConfig(const ClientConfig& config, const QString& path)
{
    QList<std::pair<QString, QString>> rows{
        {QStringLiteral("client"), mcpClientTitle(config.client)}, {QStringLiteral("os"), targetOsName(config.os)}};
    if (config.hasFile()) {
        rows.append({QStringLiteral("file"), path});
        rows.append({QStringLiteral("entry"), config.containerKey + QLatin1Char('.') + config.name});
    } else {
        rows.append({QStringLiteral("file"), QStringLiteral("none: it is started with the command below")});
    }
    m_out.fields(rows);
    if (config.hasFile()) {
        m_out.line(QString());
        m_out.line(config.snippet());
    }
    if (config.command) {
        m_out.line(QString());
        printCommand(config);
    }
    for (const QString& w : config.warnings)
        m_out.line(QStringLiteral("\nNote: ") + w);
    if (!config.instructions.isEmpty())
        m_out.line(QStringLiteral("\n") + config.instructions);
}

Status ConfigCommand::show(const QCommandLineParser& p)
{
    TargetOs os = currentTargetOs();
    if (p.isSet(QStringLiteral("os"))) {
        const auto parsed = targetOsFromName(p.value(QStringLiteral("os")));
        if (!parsed)
            return Error::invalid(QStringLiteral("os"),
                QStringLiteral("--os must be windows, macos or linux, not '%1'.").arg(p.value(QStringLiteral("os"))));
        os = *parsed;
    }
    auto req = request(p, os);
    if (!req)
        return req.error();
    auto config = ClientConfigWriter::generate(*req);
    if (!config)
        return config.error();
    auto path = targetPath(p, *config);
    if (!path)
        return path.error();
    if (m_out.json())
        m_out.jsonValue(toJson(*config, *path));
    else
        printConfig(*config, *path);
    return {};
}

Status ConfigCommand::confirm(const QCommandLineParser& p, const QString& path)
{
    if (p.isSet(QStringLiteral("yes")))
        return {};
    if (m_out.json())
        return Error::invalid(QStringLiteral("yes"),
            QStringLiteral("Nothing written: with --json there is no one to confirm the changes; run again with "
                           "--yes to write them, or --dry-run to only see them."));
    if (!stdinIsTerminal())
        return Error::invalid(QStringLiteral("yes"),
            QStringLiteral("Nothing written: standard input is not a terminal, so nobody can confirm the changes "
                           "above; review them and run again with --yes to write them."));
    m_out.errorLine(QStringLiteral("Write these changes to %1? [y/N]").arg(QDir::toNativeSeparators(path)));
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    if (answer != QLatin1String("y") && answer != QLatin1String("yes"))
        return Error::invalid(
            QStringLiteral("yes"), QStringLiteral("Nothing written: the changes were not confirmed."));
    return {};
}

Status ConfigCommand::write(const QCommandLineParser& p)
{
    auto req = request(p, currentTargetOs());
    if (!req)
        return req.error();
    auto config = ClientConfigWriter::generate(*req);
    if (!config)
        return config.error();
    if (!config->hasFile())
        return Error::invalid(QStringLiteral("client"),
            QStringLiteral("%1 has no configuration file to write; 'mcp-auth config show --client %2' prints its "
                           "command.")
                .arg(mcpClientTitle(config->client), mcpClientName(config->client)));
    auto path = targetPath(p, *config);
    if (!path)
        return path.error();
    auto plan = ConfigFileWriter::plan(*path, *config, p.isSet(QStringLiteral("replace")));
    if (!plan)
        return plan.error();

    QJsonObject result{{QStringLiteral("path"), plan->path}, {QStringLiteral("name"), config->name},
        {QStringLiteral("diff"), plan->diff}, {QStringLiteral("unchanged"), plan->unchanged},
        {QStringLiteral("replaced"), plan->replaced}, {QStringLiteral("written"), false}};
    if (config->command)
        result.insert(QStringLiteral("command"), toJson(*config, *path).value(QStringLiteral("command")));
    if (plan->unchanged) {
        if (m_out.json())
            m_out.jsonValue(result);
        else
            m_out.line(QStringLiteral("%1 already has this entry for %2; nothing to write.")
                           .arg(QDir::toNativeSeparators(plan->path), config->name));
        return {};
    }
    if (!m_out.json()) {
        QString diff = plan->diff;
        if (diff.endsWith(QLatin1Char('\n')))
            diff.chop(1);
        m_out.line(diff);
        if (config->command && config->command->runByClient)
            printCommand(*config);
        for (const QString& w : config->warnings)
            m_out.line(QStringLiteral("Note: ") + w);
    }
    if (p.isSet(QStringLiteral("dry-run"))) {
        if (m_out.json())
            m_out.jsonValue(result);
        else
            m_out.line(QStringLiteral("Dry run: nothing written."));
        return {};
    }
    if (const Status confirmed = confirm(p, plan->path); !confirmed)
        return confirmed;
    auto backup = ConfigFileWriter::write(*plan);
    if (!backup)
        return backup.error();
    result.insert(QStringLiteral("written"), true);
    result.insert(QStringLiteral("backup"), backup->isEmpty() ? QJsonValue() : QJsonValue(*backup));
    if (m_out.json())
        m_out.jsonValue(result);
    else if (backup->isEmpty())
        m_out.line(QStringLiteral("Wrote %1.").arg(QDir::toNativeSeparators(plan->path)));
    else
        m_out.line(QStringLiteral("Wrote %1 (the previous version is in %2).")
                       .arg(QDir::toNativeSeparators(plan->path), QDir::toNativeSeparators(*backup)));
    return {};
}

} // namespace mcpauth
