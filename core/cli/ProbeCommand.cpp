#include "ProbeCommand.h"

#include "CliOutput.h"
#include "common/Logging.h"
#include "diagnosis/Diagnoser.h"
#include "flow/FlowCredentialStore.h"
#include "flow/FlowEngine.h"
#include "flow/Transcript.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace mcpauth {

namespace {

QString stateName(FlowStepRecord::State state)
{
    switch (state) {
    case FlowStepRecord::State::Succeeded:
        return QStringLiteral("ok");
    case FlowStepRecord::State::Warning:
        return QStringLiteral("warning");
    case FlowStepRecord::State::Failed:
        return QStringLiteral("failed");
    case FlowStepRecord::State::Skipped:
        return QStringLiteral("skipped");
    }
    return QString();
}

#ifdef Q_OS_UNIX
int g_probeSignalPipe[2] = {-1, -1};

extern "C" void onProbeSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_probeSignalPipe[1], &byte, 1);
}
#endif

Error optionError(const QString& option, const QString& text)
{
    return Error::invalid(option, text);
}

} // namespace

ProbeCommand::ProbeCommand(CliOutput& out)
    : m_out(out)
{ }

QString ProbeCommand::description()
{
    return QStringLiteral(
        "Connect to an MCP server the way the MCP authorization specification says a client must "
        "(unauthenticated initialize, 401, protected resource metadata, authorization server metadata, client "
        "registration, authorization with PKCE, token, initialize, tools/list) and print one line per step.\n"
        "The client secret of a pre-registered client is read from the environment variable "
        "MCP_AUTH_CLIENT_SECRET, never from the command line. When MCP_CONFORMANCE_CONTEXT is set (the MCP "
        "conformance suite), its client_id and client_secret are used as a pre-registered client.\n"
        "Nothing is stored unless --remember is given: then the client and its tokens are kept in the OS keychain "
        "(per authorization server, resource and redirect URI) and the next --remember probe uses them again, "
        "refreshing an expired access token, without a browser; --forget removes them.\n"
        "Exit codes: 0 the flow completed; 2 usage error; 10 authorization failed (the server or the "
        "authorization server refused); 11 unreachable (DNS, refused connection, TLS, time-out); 12 protocol "
        "error (an answer broke the rules); 13 cancelled; 14 the transcript or HAR file could not be written; 15 "
        "--forget found no keychain.");
}

void ProbeCommand::addOptions(QCommandLineParser& p)
{
    auto add = [&p](const QString& name, const QString& text, const QString& value = {}) {
        p.addOption(value.isEmpty() ? QCommandLineOption(name, text) : QCommandLineOption(name, text, value));
    };
    add(QStringLiteral("client-id"), QStringLiteral("A pre-registered client ID (skips registration)."),
        QStringLiteral("id"));
    add(QStringLiteral("client-metadata-url"),
        QStringLiteral("A client ID metadata document URL, used when the authorization server supports them."),
        QStringLiteral("url"));
    add(QStringLiteral("scope"),
        QStringLiteral("Request this scope instead of the spec's choice (repeatable; space-separated lists too)."),
        QStringLiteral("scope"));
    add(QStringLiteral("resource"), QStringLiteral("Send this resource instead of the canonical server URL."),
        QStringLiteral("uri"));
    add(QStringLiteral("no-resource"),
        QStringLiteral("Send no resource parameter (the token is then not bound to this server)."));
    add(QStringLiteral("callback-host"),
        QStringLiteral("Host of the loopback redirect URI: 127.0.0.1 (default), ::1 or localhost."),
        QStringLiteral("host"));
    add(QStringLiteral("callback-port"), QStringLiteral("Fixed port of the loopback redirect URI (default: any)."),
        QStringLiteral("port"));
    add(QStringLiteral("client-credentials"),
        QStringLiteral("Use the client_credentials grant (needs --client-id and MCP_AUTH_CLIENT_SECRET) instead of "
                       "authorizing a user."));
    add(QStringLiteral("headless"),
        QStringLiteral("Read the authorization endpoint's redirect instead of using a browser (for servers that "
                       "approve without a person)."));
    add(QStringLiteral("header"), QStringLiteral("An extra request header \"Name: value\" (repeatable)."),
        QStringLiteral("header"));
    add(QStringLiteral("protocol-version"), QStringLiteral("MCP protocol version to ask for (default 2025-11-25)."),
        QStringLiteral("version"));
    add(QStringLiteral("allow-http-loopback"),
        QStringLiteral("Allow plain http to 127.0.0.1, [::1] and localhost (the default; see --no-http-loopback)."));
    add(QStringLiteral("no-http-loopback"),
        QStringLiteral("Refuse plain http even to loopback hosts (allowed by default)."));
    add(QStringLiteral("allow-missing-pkce"),
        QStringLiteral("Continue when the authorization server does not advertise PKCE S256 (MCP says to refuse)."));
    add(QStringLiteral("call"), QStringLiteral("After tools/list, call this tool."), QStringLiteral("tool"));
    add(QStringLiteral("arguments"), QStringLiteral("The JSON object of arguments for --call (default {})."),
        QStringLiteral("json"));
    add(QStringLiteral("call-first-tool"),
        QStringLiteral("After tools/list, call the first tool with placeholder arguments built from its input "
                       "schema."));
    add(QStringLiteral("browser-command"),
        QStringLiteral("Run this command with the authorization URL as its last argument (default: print the URL "
                       "and wait)."),
        QStringLiteral("command"));
    add(QStringLiteral("timeout"), QStringLiteral("Time limit of each HTTP exchange in seconds (default 15)."),
        QStringLiteral("seconds"));
    add(QStringLiteral("callback-timeout"),
        QStringLiteral("How long to wait for the browser's callback in seconds (default 300)."),
        QStringLiteral("seconds"));
    add(QStringLiteral("transcript"), QStringLiteral("Save the transcript (JSON, secrets masked) to this file."),
        QStringLiteral("file"));
    add(QStringLiteral("har"), QStringLiteral("Save the HTTP exchanges as HAR 1.2 to this file."),
        QStringLiteral("file"));
    add(QStringLiteral("remember"),
        QStringLiteral("Keep the client and tokens in the OS keychain and use them again next time (the callback "
                       "port then defaults to one derived from the URL, so the redirect URI stays the same)."));
    add(QStringLiteral("forget"),
        QStringLiteral("Remove what --remember stored for this server from the keychain (give the same "
                       "--callback-port, if any), without connecting."));
    add(QStringLiteral("json"), QStringLiteral("Print the whole result as JSON."));
}

Result<FlowOptions> ProbeCommand::options(const QCommandLineParser& p)
{
    FlowOptions o;
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 1)
        return optionError(QStringLiteral("url"), QStringLiteral("Give exactly one MCP server URL."));
    o.mcpUrl = positional.first();
    o.clientId = p.value(QStringLiteral("client-id"));
    o.clientSecret = qEnvironmentVariable("MCP_AUTH_CLIENT_SECRET");
    if (!o.clientSecret.isEmpty() && o.clientId.isEmpty())
        return optionError(QStringLiteral("client-id"),
            QStringLiteral("MCP_AUTH_CLIENT_SECRET is set but --client-id is not: a secret needs its client ID."));
    if (qEnvironmentVariableIsSet("MCP_CONFORMANCE_CONTEXT") && o.clientId.isEmpty()) {
        const QJsonDocument context = QJsonDocument::fromJson(qgetenv("MCP_CONFORMANCE_CONTEXT"));
        if (!context.isObject())
            return optionError(QStringLiteral("MCP_CONFORMANCE_CONTEXT"),
                QStringLiteral("MCP_CONFORMANCE_CONTEXT is not a JSON object."));
        const QJsonObject c = context.object();
        o.clientId = c.value(QLatin1String("client_id")).toString();
        o.clientSecret = c.value(QLatin1String("client_secret")).toString();
        o.clientPrivateKeyPem = c.value(QLatin1String("private_key_pem")).toString().toUtf8();
        if (c.contains(QLatin1String("signing_algorithm")))
            o.clientSigningAlgorithm = c.value(QLatin1String("signing_algorithm")).toString();
        o.idpIdToken = c.value(QLatin1String("idp_id_token")).toString();
        o.idpTokenEndpoint = c.value(QLatin1String("idp_token_endpoint")).toString();
        o.idpClientId = c.value(QLatin1String("idp_client_id")).toString();
    }
    o.clientMetadataUrl = p.value(QStringLiteral("client-metadata-url"));
    if (p.isSet(QStringLiteral("scope"))) {
        QStringList scopes;
        for (const QString& value : p.values(QStringLiteral("scope")))
            scopes << value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        o.scopes = scopes;
    }
    o.resourceOverride = p.value(QStringLiteral("resource"));
    o.omitResource = p.isSet(QStringLiteral("no-resource"));
    if (o.omitResource && !o.resourceOverride.isEmpty())
        return optionError(
            QStringLiteral("resource"), QStringLiteral("--resource and --no-resource exclude each other."));
    if (p.isSet(QStringLiteral("callback-host")))
        o.callbackHost = p.value(QStringLiteral("callback-host"));
    if (p.isSet(QStringLiteral("callback-port"))) {
        bool ok = false;
        const uint port = p.value(QStringLiteral("callback-port")).toUInt(&ok);
        if (!ok || port > 65535)
            return optionError(QStringLiteral("callback-port"), QStringLiteral("--callback-port needs a port number."));
        o.callbackPort = static_cast<quint16>(port);
    }
    o.headless = p.isSet(QStringLiteral("headless"));
    if (p.isSet(QStringLiteral("client-credentials"))) {
        if (o.clientId.isEmpty())
            return optionError(QStringLiteral("client-credentials"),
                QStringLiteral("--client-credentials needs --client-id (and the secret in MCP_AUTH_CLIENT_SECRET)."));
        o.grant = FlowOptions::Grant::ClientCredentials;
    }
    for (const QString& header : p.values(QStringLiteral("header"))) {
        const qsizetype colon = header.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return optionError(QStringLiteral("header"), QStringLiteral("--header needs \"Name: value\"."));
        o.extraHeaders.append({header.left(colon).trimmed().toUtf8(), header.mid(colon + 1).trimmed().toUtf8()});
    }
    if (p.isSet(QStringLiteral("protocol-version")))
        o.protocolVersion = p.value(QStringLiteral("protocol-version"));
    if (p.isSet(QStringLiteral("allow-http-loopback")) && p.isSet(QStringLiteral("no-http-loopback")))
        return optionError(QStringLiteral("no-http-loopback"),
            QStringLiteral("--allow-http-loopback and --no-http-loopback exclude each other."));
    o.allowLoopbackHttp = !p.isSet(QStringLiteral("no-http-loopback"));
    o.allowMissingPkceAdvertisement = p.isSet(QStringLiteral("allow-missing-pkce"));
    if (p.isSet(QStringLiteral("call")) && p.isSet(QStringLiteral("call-first-tool")))
        return optionError(QStringLiteral("call"), QStringLiteral("--call and --call-first-tool exclude each other."));
    if (p.isSet(QStringLiteral("call"))) {
        o.toolCall = FlowOptions::ToolCall::Named;
        o.toolName = p.value(QStringLiteral("call"));
        if (p.isSet(QStringLiteral("arguments"))) {
            const QJsonDocument arguments = QJsonDocument::fromJson(p.value(QStringLiteral("arguments")).toUtf8());
            if (!arguments.isObject())
                return optionError(
                    QStringLiteral("arguments"), QStringLiteral("--arguments needs a JSON object, e.g. '{\"a\": 1}'."));
            o.toolArguments = arguments.object();
        }
    } else if (p.isSet(QStringLiteral("arguments"))) {
        return optionError(QStringLiteral("arguments"), QStringLiteral("--arguments goes with --call."));
    }
    if (p.isSet(QStringLiteral("call-first-tool")))
        o.toolCall = FlowOptions::ToolCall::FirstTool;
    auto seconds = [&p](const QString& name, int& target) -> Status {
        if (!p.isSet(name))
            return {};
        bool ok = false;
        const int value = p.value(name).toInt(&ok);
        if (!ok || value <= 0 || value > 3600)
            return optionError(name, QStringLiteral("--%1 needs a number of seconds from 1 to 3600.").arg(name));
        target = value * 1000;
        return {};
    };
    if (auto s = seconds(QStringLiteral("timeout"), o.stepTimeoutMs); !s)
        return s.error();
    if (auto s = seconds(QStringLiteral("callback-timeout"), o.callbackTimeoutMs); !s)
        return s.error();
    // Without --remember the probe keeps what it obtains in memory only: it is a diagnostic first.
    o.useCredentialStore = p.isSet(QStringLiteral("remember"));
    o.forgetCredentials = p.isSet(QStringLiteral("forget"));
    if (o.useCredentialStore && o.forgetCredentials)
        return optionError(QStringLiteral("forget"), QStringLiteral("--remember and --forget exclude each other."));
    if ((o.useCredentialStore || o.forgetCredentials) && !p.isSet(QStringLiteral("callback-port")))
        o.callbackPort = rememberedCallbackPort(o.mcpUrl);
    return o;
}

quint16 ProbeCommand::rememberedCallbackPort(const QString& mcpUrl)
{
    // Stored credentials are keyed by the redirect URI, so a remembering probe must listen where it
    // listened before. 20000-29999 stays below the ephemeral ports Linux, macOS and Windows hand out.
    const QByteArray digest = QCryptographicHash::hash(mcpUrl.toUtf8(), QCryptographicHash::Sha256);
    const quint32 value = (quint32(quint8(digest[0])) << 24) | (quint32(quint8(digest[1])) << 16)
        | (quint32(quint8(digest[2])) << 8) | quint32(quint8(digest[3]));
    return static_cast<quint16>(20000 + value % 10000);
}

QString ProbeCommand::outcomeName(FlowOutcome outcome)
{
    switch (outcome) {
    case FlowOutcome::Success:
        return QStringLiteral("success");
    case FlowOutcome::AuthorizationFailed:
        return QStringLiteral("authorization-failed");
    case FlowOutcome::Unreachable:
        return QStringLiteral("unreachable");
    case FlowOutcome::ProtocolError:
        return QStringLiteral("protocol-error");
    case FlowOutcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

int ProbeCommand::exitCode(FlowOutcome outcome)
{
    switch (outcome) {
    case FlowOutcome::Success:
        return kExitOk;
    case FlowOutcome::AuthorizationFailed:
        return kExitAuthorizationFailed;
    case FlowOutcome::Unreachable:
        return kExitUnreachable;
    case FlowOutcome::ProtocolError:
        return kExitProtocolError;
    case FlowOutcome::Cancelled:
        return kExitCancelled;
    }
    return kExitProtocolError;
}

QJsonObject ProbeCommand::toJson(const FlowResult& r)
{
    QJsonArray steps;
    for (const FlowStepRecord& s : r.steps) {
        steps << QJsonObject{{QStringLiteral("step"), flowStepName(s.step)},
            {QStringLiteral("state"), stateName(s.state)}, {QStringLiteral("durationMs"), s.durationMs},
            {QStringLiteral("summary"), s.summary},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(s.warnings)}};
    }
    QJsonObject json{{QStringLiteral("outcome"), outcomeName(r.outcome)}, {QStringLiteral("steps"), steps},
        {QStringLiteral("mcpUrl"), r.mcpUrl}, {QStringLiteral("resource"), r.resource},
        {QStringLiteral("resourceMetadataUrl"), r.resourceMetadataUrl}, {QStringLiteral("issuer"), r.issuer},
        {QStringLiteral("clientId"), r.clientId}, {QStringLiteral("clientIdentification"), r.clientIdentification},
        {QStringLiteral("tokenEndpointAuthMethod"), r.tokenEndpointAuthMethod},
        {QStringLiteral("redirectUri"), r.redirectUri},
        {QStringLiteral("requestedScopes"), QJsonArray::fromStringList(r.requestedScopes)},
        {QStringLiteral("grantedScopes"), QJsonArray::fromStringList(r.grantedScopes)},
        {QStringLiteral("protocolVersion"), r.protocolVersion}, {QStringLiteral("tools"), r.tools},
        {QStringLiteral("stepUps"), r.stepUps}};
    if (r.outcome != FlowOutcome::Success) {
        QJsonObject error{{QStringLiteral("message"), r.error.message}};
        if (!r.error.field.isEmpty())
            error.insert(QStringLiteral("field"), r.error.field);
        if (r.failedStep)
            error.insert(QStringLiteral("step"), flowStepName(*r.failedStep));
        json.insert(QStringLiteral("error"), error);
    }
    return json;
}

void ProbeCommand::printFindings(const QList<Finding>& findings)
{
    if (findings.isEmpty())
        return;
    m_out.line(QString());
    m_out.line(
        findings.size() == 1 ? QStringLiteral("1 finding:") : QStringLiteral("%1 findings:").arg(findings.size()));
    for (const Finding& f : findings) {
        m_out.line(QString());
        m_out.line(QStringLiteral("[%1] %2 (%3, step %4)")
                       .arg(Finding::severityName(f.severity), f.title, f.id, flowStepName(f.step)));
        m_out.line(QStringLiteral("    %1").arg(f.explanation));
        for (const FindingEvidence& e : f.evidence) {
            m_out.line(QStringLiteral("    %1").arg(e.label));
            m_out.line(QStringLiteral("      expected: %1").arg(e.expected));
            m_out.line(QStringLiteral("      actual:   %1").arg(e.actual));
        }
        if (!f.fix.isEmpty())
            m_out.line(QStringLiteral("    fix: %1").arg(f.fix));
        if (!f.specReference.isEmpty())
            m_out.line(QStringLiteral("    see: %1").arg(f.specReference));
    }
}

int ProbeCommand::run(const QCommandLineParser& p)
{
    auto parsed = ProbeCommand::options(p);
    if (!parsed) {
        m_out.errorLine(QStringLiteral("mcp-auth: usage error: probe: %1").arg(parsed.error().message));
        return kExitUsage;
    }
    FlowOptions options = *parsed;
    const bool json = m_out.json() || p.isSet(QStringLiteral("json"));
    const QString browserCommand = p.value(QStringLiteral("browser-command"));

    Transcript transcript;
    FlowEngine engine(&transcript);
    std::unique_ptr<KeychainSecretStore> keychain;
    std::unique_ptr<FlowCredentialStore> credentialStore;
    if (options.useCredentialStore || options.forgetCredentials) {
        keychain = std::make_unique<KeychainSecretStore>();
        credentialStore = std::make_unique<FlowCredentialStore>(*keychain);
        engine.setCredentialStore(credentialStore.get());
    }
    bool noKeychainToForget = false;
    FlowResult result;
    int exitCode = kExitProtocolError;
    QObject::connect(&engine, &FlowEngine::stepFinished, &engine, [this, json](const FlowStepRecord& record) {
        if (json)
            return;
        m_out.line(QStringLiteral("%1  %2  %3 ms  %4")
                       .arg(flowStepName(record.step), -30)
                       .arg(stateName(record.state), -8)
                       .arg(record.durationMs, 6)
                       .arg(record.summary));
        for (const QString& warning : record.warnings)
            m_out.line(QStringLiteral("    warning: %1").arg(warning));
    });
    QObject::connect(&engine, &FlowEngine::authorizationUrlReady, &engine, [this, browserCommand](const QUrl& url) {
        if (browserCommand.isEmpty()) {
            m_out.errorLine(QStringLiteral("Open this URL in a browser to authorize:\n%1").arg(url.toString()));
            return;
        }
        QStringList arguments = QProcess::splitCommand(browserCommand);
        const QString program = arguments.isEmpty() ? QString() : arguments.takeFirst();
        arguments << url.toString();
        if (program.isEmpty() || !QProcess::startDetached(program, arguments))
            m_out.errorLine(
                QStringLiteral("Could not run the browser command; open this URL yourself:\n%1").arg(url.toString()));
    });
    QObject::connect(&engine, &FlowEngine::finished, &engine, [&](const FlowResult& finished) {
        result = finished;
        exitCode = ProbeCommand::exitCode(finished.outcome);
        QCoreApplication::exit(exitCode);
    });
#ifdef Q_OS_UNIX
    // Ctrl+C or SIGTERM cancels the flow, so that what happened so far is still reported and saved.
    struct sigaction oldInt = {};
    struct sigaction oldTerm = {};
    std::unique_ptr<QSocketNotifier> stopNotifier;
    if (::pipe(g_probeSignalPipe) == 0) {
        for (int fd : g_probeSignalPipe)
            ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        ::fcntl(g_probeSignalPipe[1], F_SETFL, O_NONBLOCK);
        struct sigaction action = {};
        action.sa_handler = onProbeSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, &oldInt);
        ::sigaction(SIGTERM, &action, &oldTerm);
        stopNotifier = std::make_unique<QSocketNotifier>(g_probeSignalPipe[0], QSocketNotifier::Read);
        QObject::connect(stopNotifier.get(), &QSocketNotifier::activated, &engine, [&engine, &stopNotifier] {
            char byte = 0;
            [[maybe_unused]] const ssize_t got = ::read(g_probeSignalPipe[0], &byte, 1);
            stopNotifier->setEnabled(false);
            engine.cancel();
        });
    }
#endif
    if (keychain) {
        // One read tells whether a secret service answers at all, before the flow depends on it.
        keychain->read(QStringLiteral("flow:availability"), [&](const Result<QString>& read) {
            if (!read && read.error().code != ErrorCode::NotFound) {
                qCInfo(lcFlow).noquote() << "keychain:" << read.error().message;
                engine.setCredentialStore(nullptr);
                if (options.forgetCredentials) {
                    m_out.errorLine(
                        QStringLiteral("mcp-auth: error: the OS keychain is not available (start a secret "
                                       "service such as GNOME Keyring or KWallet); nothing was forgotten."));
                    noKeychainToForget = true;
                    QCoreApplication::exit(kExitNoKeychain);
                    return;
                }
                m_out.errorLine(
                    QStringLiteral("mcp-auth: the OS keychain is not available (start a secret service "
                                   "such as GNOME Keyring or KWallet); the credentials are not remembered."));
                options.useCredentialStore = false;
            }
            engine.start(options);
        });
    } else {
        engine.start(options);
    }
    QCoreApplication::exec();
#ifdef Q_OS_UNIX
    if (stopNotifier) {
        stopNotifier.reset();
        ::sigaction(SIGINT, &oldInt, nullptr);
        ::sigaction(SIGTERM, &oldTerm, nullptr);
        for (int& fd : g_probeSignalPipe) {
            ::close(fd);
            fd = -1;
        }
    }
#endif
    if (noKeychainToForget)
        return kExitNoKeychain;

    const QList<Finding> findings = Diagnoser::diagnose(transcript.events(), result);
    if (json) {
        QJsonObject out = toJson(result);
        QJsonArray findingsJson;
        for (const Finding& f : findings)
            findingsJson.append(f.toJson());
        out.insert(QStringLiteral("findings"), findingsJson);
        m_out.jsonValue(out);
    } else if (result.outcome == FlowOutcome::Success && options.forgetCredentials) {
        m_out.line(QStringLiteral("The keychain holds no credentials for %1 (redirect URI %2) any more.")
                       .arg(result.issuer, result.redirectUri.isEmpty() ? QStringLiteral("none") : result.redirectUri));
    } else if (result.outcome == FlowOutcome::Success) {
        m_out.line(QStringLiteral("The flow completed: %1 tool(s), protocol %2.")
                       .arg(result.tools.size())
                       .arg(result.protocolVersion));
    } else {
        m_out.line(
            QStringLiteral("The flow stopped%1 (%2): %3")
                .arg(result.failedStep ? QStringLiteral(" at %1").arg(flowStepName(*result.failedStep)) : QString(),
                    outcomeName(result.outcome), result.error.message));
    }
    if (!json)
        printFindings(findings);
    if (p.isSet(QStringLiteral("transcript"))) {
        if (auto saved = transcript.save(p.value(QStringLiteral("transcript"))); !saved) {
            m_out.errorLine(QStringLiteral("mcp-auth: error: %1").arg(saved.error().message));
            return kExitFileError;
        }
    }
    if (p.isSet(QStringLiteral("har"))) {
        if (auto saved = transcript.saveHar(p.value(QStringLiteral("har"))); !saved) {
            m_out.errorLine(QStringLiteral("mcp-auth: error: %1").arg(saved.error().message));
            return kExitFileError;
        }
    }
    return exitCode;
}

} // namespace mcpauth
