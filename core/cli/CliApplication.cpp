#include "CliApplication.h"

#include "ConfigCommand.h"
#include "ProbeCommand.h"
#include "RemoteCommands.h"
#include "RemoteSession.h"
#include "backend/Backend.h"
#include "backend/ConnectionProfileStore.h"
#include "common/Logging.h"
#include "demo/DemoData.h"
#include "domain/ApplicationTemplate.h"
#include "domain/DomainJson.h"
#include "jose/KeyEncryptionKey.h"
#include "jose/KeyRing.h"
#include "secrets/KeychainSecretStore.h"
#include "server/LocalServerRunner.h"
#include "store/Migrations.h"
#include "store/SqlValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QSocketNotifier>
#include <QSqlQuery>
#include <QTextStream>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace mcpauth {

namespace {

QCommandLineOption opt(const QString& name, const QString& description, const QString& valueName = {})
{
    return valueName.isEmpty() ? QCommandLineOption(name, description)
                               : QCommandLineOption(name, description, valueName);
}

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return CliApplication::kExitInvalid;
    case ErrorCode::NotFound:
        return CliApplication::kExitNotFound;
    case ErrorCode::Conflict:
        return CliApplication::kExitConflict;
    case ErrorCode::Unavailable:
    case ErrorCode::Database:
        return CliApplication::kExitUnavailable;
    case ErrorCode::Integrity:
        return CliApplication::kExitIntegrity;
    case ErrorCode::Unsupported:
        return CliApplication::kExitUnsupported;
    case ErrorCode::Io:
    case ErrorCode::Crypto:
    case ErrorCode::Internal:
        return CliApplication::kExitFailure;
    }
    return CliApplication::kExitFailure;
}

// Accepts 2026-11-22, 2026-11-22T10:00, 2026-11-22T10:00:00Z; times without a zone are UTC.
Result<qint64> parseTime(const QString& text, const QString& option)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), Qt::UTC);
    } else if (t.timeSpec() == Qt::LocalTime) {
        t.setTimeSpec(Qt::UTC);
    }
    if (!t.isValid())
        return Error::invalid(option,
            QStringLiteral("--%1 takes a date or time such as 2026-11-22 or "
                           "2026-11-22T10:00:00Z, not '%2'.")
                .arg(option, text));
    return t.toMSecsSinceEpoch();
}

// "90s", "30m", "12h", "7d": a lifetime from now.
Result<qint64> parseDuration(const QString& text, const QString& option)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,6})([smhd])$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch() || m.captured(1).toLongLong() == 0)
        return Error::invalid(option,
            QStringLiteral("--%1 takes a duration such as 30m, 12h or 7d (a number and s, m, h or d), not '%2'.")
                .arg(option, text));
    const qint64 unit = m.captured(2) == QLatin1String("s") ? 1000
        : m.captured(2) == QLatin1String("m")               ? 60 * 1000
        : m.captured(2) == QLatin1String("h")               ? 3600 * 1000
                                                            : 24 * 3600 * 1000;
    return m.captured(1).toLongLong() * unit;
}

QString shortTime(qint64 ms)
{
    return ms == 0 ? QStringLiteral("-")
                   : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

template <typename E, std::size_t N>
Result<E> parseEnum(const EnumNames<E, N>& names, const QString& text, const QString& option)
{
    if (const auto v = enumFromName(names, text))
        return *v;
    return Error::invalid(option,
        QStringLiteral("--%1 must be one of %2, not '%3'.")
            .arg(option, enumAllNames(names).join(QStringLiteral(", ")), text));
}

QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')))
        return value;
    QString escaped = value;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Entry, global options and dispatch

int CliApplication::run(const QStringList& arguments)
{
    QStringList args = arguments.mid(1);
    bool wantsHelp = false;
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--json")) {
            m_out.setJson(true);
        } else if (a == QLatin1String("--db")) {
            if (args.isEmpty())
                return usage(QStringLiteral("--db needs a value: a file path, sqlite:///path or "
                                            "postgresql://user@host:port/database."));
            m_dbText = args.takeFirst();
            m_dbGiven = true;
        } else if (a.startsWith(QLatin1String("--db="))) {
            m_dbText = a.mid(5);
            m_dbGiven = true;
        } else if (a == QLatin1String("--profile") || a == QLatin1String("--backend")) {
            if (args.isEmpty())
                return usage(a == QLatin1String("--profile")
                        ? QStringLiteral("--profile needs the name of a connection profile saved in the console.")
                        : QStringLiteral("--backend needs oauth:ISSUER or casdoor:URL."));
            (a == QLatin1String("--profile") ? m_profileName : m_backendSpec) = args.takeFirst();
        } else if (a.startsWith(QLatin1String("--profile="))) {
            m_profileName = a.mid(10);
        } else if (a.startsWith(QLatin1String("--backend="))) {
            m_backendSpec = a.mid(10);
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            wantsHelp = true;
        } else if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            m_out.line(QStringLiteral("mcp-auth %1").arg(QStringLiteral(MCPAUTH_VERSION)));
            return kExitOk;
        } else {
            return usage(QStringLiteral("unknown option '%1' (see mcp-auth --help)").arg(a));
        }
    }
    if (int(m_dbGiven) + int(!m_profileName.isEmpty()) + int(!m_backendSpec.isEmpty()) > 1)
        return usage(QStringLiteral("--db, --profile and --backend each choose the backend: give one of them."));
    if (!m_profileName.isEmpty()) {
        if (const Status local = resolveLocalProfile(); !local)
            return fail(local.error());
    }
    if (!m_dbGiven && m_profileName.isEmpty() && m_backendSpec.isEmpty() && qEnvironmentVariableIsSet("MCPAUTH_DB")) {
        m_dbText = qEnvironmentVariable("MCPAUTH_DB");
        m_dbGiven = true;
    }
    // The CLI's output is its answer; progress chatter from the core stays off unless asked for.
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("mcpauth.*.info=false"));
    const QString user = qEnvironmentVariable("USER", QStringLiteral("unknown"));
    m_ctx = AuditContext{QStringLiteral("cli:") + user, QStringLiteral("cli")};

    const QList<Group> all = groups();
    if (args.isEmpty()) {
        m_out.line(mainHelp());
        return wantsHelp ? kExitOk : kExitUsage;
    }
    if (wantsHelp)
        args.append(QStringLiteral("--help")); // `mcp-auth --help app add` shows help and runs nothing
    const QString groupName = args.takeFirst();
    if (groupName == QLatin1String("help")) {
        m_out.line(mainHelp());
        return kExitOk;
    }
    for (const Group& group : all) {
        if (group.name != groupName)
            continue;
        // Single-verb groups (demo-data) take their options directly.
        if (group.verbs.size() == 1 && group.verbs.first().name.isEmpty())
            return runVerb(group, group.verbs.first(), args);
        auto groupHelp = [&] {
            QString text = QStringLiteral("Usage: mcp-auth [--db URL] [--json] %1 <verb> [options]\n\n%2\n\nVerbs:\n")
                               .arg(group.name, group.summary);
            for (const Verb& v : group.verbs)
                text += QStringLiteral("  %1%2\n").arg(v.name.leftJustified(16), v.summary);
            text += QStringLiteral("\nRun 'mcp-auth %1 <verb> --help' for the options of a verb.").arg(group.name);
            return text;
        };
        if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
            m_out.line(groupHelp());
            return args.isEmpty() ? kExitUsage : kExitOk;
        }
        const QString verbName = args.takeFirst();
        for (const Verb& verb : group.verbs) {
            if (verb.name == verbName)
                return runVerb(group, verb, args);
        }
        return usage(QStringLiteral("'%1' is not a verb of '%2' (see mcp-auth %2 --help)").arg(verbName, group.name));
    }
    return usage(QStringLiteral("unknown command '%1' (see mcp-auth --help)").arg(groupName));
}

QString CliApplication::mainHelp()
{
    QString text = QStringLiteral(
        "Usage: mcp-auth [--db URL | --profile NAME | --backend KIND:URL] [--json] <command> <verb> [options]\n\n"
        "Administers the local MCP Auth Console store: organizations, OAuth applications, MCP resources and\n"
        "their scopes, users, tokens, consents and the audit log; or a remote authorization server.\n\n"
        "Global options:\n"
        "  --db URL      the store: a SQLite file path, sqlite:///path, or postgresql://user@host:port/db\n"
        "                (default: MCPAUTH_DB, else the local SQLite store). The PostgreSQL password comes\n"
        "                from MCPAUTH_DB_PASSWORD, never from the command line.\n"
        "  --profile NAME  a connection profile saved in the console (File > Connection Profiles); its\n"
        "                secret comes from MCPAUTH_CLIENT_SECRET, else the keychain.\n"
        "  --backend KIND:URL  a remote server without a profile: oauth:ISSUER (any standards-based server)\n"
        "                or casdoor:URL. Credentials from MCPAUTH_CLIENT_ID, MCPAUTH_CLIENT_SECRET (else the\n"
        "                keychain entry of a saved profile with the same server and client id) and, for\n"
        "                Casdoor, MCPAUTH_ORGANIZATION; never from the command line.\n"
        "  --json        print JSON instead of tables\n"
        "  --help        show help (also after any command or verb)\n"
        "  --version     show the version\n\n"
        "Commands:\n");
    for (const Group& g : groups())
        text += QStringLiteral("  %1%2\n").arg(g.name.leftJustified(12), g.summary);
    text += QStringLiteral("\nExit codes: 0 ok, 1 failure, 2 usage, 3 invalid input, 4 not found, 5 conflict,\n"
                           "6 database or server unavailable, 7 audit chain broken, 8 the backend cannot do that.");
    return text;
}

int CliApplication::runVerb(const Group& group, const Verb& verb, const QStringList& args)
{
    QCommandLineParser p;
    const QString command = verb.name.isEmpty() ? group.name : group.name + QLatin1Char(' ') + verb.name;
    p.setApplicationDescription(verb.summary);
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(
        QStringList{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    p.addOption(help);
    if (verb.options)
        verb.options(p);
    if (!verb.arguments.isEmpty())
        p.addPositionalArgument(verb.arguments, QString(), verb.arguments);
    if (!p.parse(QStringList{QStringLiteral("mcp-auth ") + command} + args))
        return usage(QStringLiteral("%1: %2").arg(command, p.errorText()));
    if (p.isSet(help)) {
        QString text = p.helpText();
        // QCommandLineParser names the program from argv[0]; show the whole command instead.
        text.replace(QRegularExpression(QStringLiteral("^Usage: \\S+ ")),
            QStringLiteral("Usage: mcp-auth ") + command + QLatin1Char(' '));
        m_out.line(text.trimmed());
        return kExitOk;
    }
    if (verb.needsStore && (!m_backendSpec.isEmpty() || !m_profileName.isEmpty()))
        return runRemote(command, p);
    if (verb.needsStore) {
        if (const Status opened = openStore(); !opened)
            return fail(opened.error());
    }
    return verb.run(p);
}

int CliApplication::report(const QJsonValue& json, const QString& text)
{
    if (m_out.json())
        m_out.jsonValue(json);
    else
        m_out.line(text);
    return kExitOk;
}

int CliApplication::fail(const Error& error)
{
    // One line, whatever the driver said (libpq's messages span several).
    m_out.errorLine(QStringLiteral("mcp-auth: error: %1").arg(error.message.simplified()));
    if (m_out.json()) {
        QJsonObject e{{QStringLiteral("code"), errorCodeName(error.code)},
            {QStringLiteral("message"), error.message.simplified()}};
        if (!error.field.isEmpty())
            e.insert(QStringLiteral("field"), error.field);
        m_out.jsonValue(QJsonObject{{QStringLiteral("error"), e}});
    }
    return exitCodeFor(error.code);
}

int CliApplication::usage(const QString& message)
{
    m_out.errorLine(QStringLiteral("mcp-auth: usage error: %1").arg(message));
    if (m_out.json())
        m_out.jsonValue(QJsonObject{{QStringLiteral("error"),
            QJsonObject{{QStringLiteral("code"), QStringLiteral("usage")}, {QStringLiteral("message"), message}}}});
    return kExitUsage;
}

Result<DatabaseLocation> CliApplication::location() const
{
    // An empty --db (say, from an unset variable) is an error, not a silent switch to the default store.
    if (!m_dbGiven)
        return DatabaseLocation::defaultLocation();
    return DatabaseLocation::parse(m_dbText);
}

Result<QString> CliApplication::keychainRead(const QString& key)
{
    KeychainSecretStore keychain;
    std::optional<Result<QString>> answer;
    QEventLoop loop;
    keychain.read(key, [&](Result<QString> r) {
        answer = std::move(r);
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return *answer;
}

Status CliApplication::keychainWrite(const QString& key, const QString& secret, bool remove)
{
    KeychainSecretStore keychain;
    std::optional<Status> answer;
    QEventLoop loop;
    auto done = [&](Status s) {
        answer = std::move(s);
        loop.quit();
    };
    if (remove)
        keychain.remove(key, done);
    else
        keychain.write(key, secret, done);
    if (!answer)
        loop.exec();
    return *answer;
}

Status CliApplication::openStore()
{
    if (m_store)
        return {};
    auto loc = location();
    if (!loc)
        return loc.error();
    const DatabaseLocation location = *loc;
    StoreOpenOptions options;
    if (location.dialect == SqlDialect::Postgres) {
        options.password = qEnvironmentVariable("MCPAUTH_DB_PASSWORD");
        if (options.password.isEmpty()) {
            auto stored = keychainRead(SecretStore::databasePasswordKey(location.identity()));
            if (stored) {
                options.password = *stored;
            } else if (stored.error().code != ErrorCode::NotFound) {
                // Not fatal: the server may not need a password (trust or peer authentication).
                qCDebug(lcCli) << "no password from the keychain:" << stored.error().message;
            }
        }
    }
    auto store = Store::open(location, options);
    if (!store)
        return store.error();
    m_store = std::move(store).value();
    return {};
}

namespace {

// The console's own settings, where it saves the connection profiles (the CLI's application name differs).
std::unique_ptr<QSettings> consoleSettings()
{
    return std::make_unique<QSettings>(QStringLiteral("mcp-auth"), QStringLiteral("mcp-auth-console"));
}

std::optional<ConnectionProfile> findProfile(const ConnectionProfileStore& store, const QString& nameOrId)
{
    for (const ConnectionProfile& p : store.profiles()) {
        if (p.id == nameOrId || p.name.compare(nameOrId, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

} // namespace

Status CliApplication::resolveLocalProfile()
{
    auto settings = consoleSettings();
    ConnectionProfileStore store(settings.get());
    const auto profile = findProfile(store, m_profileName);
    if (!profile) {
        QStringList names;
        for (const ConnectionProfile& p : store.profiles())
            names << p.name;
        return Error::make(ErrorCode::NotFound,
            names.isEmpty()
                ? QStringLiteral("There is no connection profile '%1': the console has none saved.").arg(m_profileName)
                : QStringLiteral("There is no connection profile '%1'; the saved ones are: %2.")
                      .arg(m_profileName, names.join(QStringLiteral(", "))));
    }
    if (profile->kind == BackendKind::LocalSqlite || profile->kind == BackendKind::LocalPostgres) {
        // A local store needs no backend: the command runs on it directly, as with --db.
        m_dbText = profile->location;
        m_dbGiven = true;
        m_profileName.clear();
    }
    return {};
}

int CliApplication::runRemote(const QString& command, QCommandLineParser& p)
{
    ConnectionProfile profile;
    std::optional<QString> secret;
    if (qEnvironmentVariableIsSet("MCPAUTH_CLIENT_SECRET"))
        secret = qEnvironmentVariable("MCPAUTH_CLIENT_SECRET");
    auto settings = consoleSettings();
    ConnectionProfileStore saved(settings.get());
    if (!m_profileName.isEmpty()) {
        const auto found = findProfile(saved, m_profileName);
        if (!found)
            return fail(Error::make(
                ErrorCode::NotFound, QStringLiteral("There is no connection profile '%1'.").arg(m_profileName)));
        profile = *found;
    } else {
        const qsizetype colon = m_backendSpec.indexOf(QLatin1Char(':'));
        const auto kind = ConnectionProfile::kindFromName(m_backendSpec.left(colon));
        if (colon < 0 || !kind || (*kind != BackendKind::Casdoor && *kind != BackendKind::Standards))
            return usage(
                QStringLiteral("--backend takes oauth:ISSUER or casdoor:URL, not '%1' (a local store is --db).")
                    .arg(m_backendSpec));
        profile.kind = *kind;
        profile.name = m_backendSpec;
        profile.location = m_backendSpec.mid(colon + 1);
        profile.clientId = qEnvironmentVariable("MCPAUTH_CLIENT_ID");
        profile.organization = qEnvironmentVariable("MCPAUTH_ORGANIZATION");
        if (profile.clientId.isEmpty())
            return fail(Error::invalid(QStringLiteral("clientId"),
                QStringLiteral("--backend needs the client id in MCPAUTH_CLIENT_ID (and its secret in "
                               "MCPAUTH_CLIENT_SECRET, or saved in a profile for the same server).")));
        if (!secret) {
            // The keychain entry of a saved profile for the same server and client.
            for (const ConnectionProfile& other : saved.profiles()) {
                if (other.kind == profile.kind && other.location == profile.location
                    && other.clientId == profile.clientId)
                    profile.id = other.id;
            }
            if (profile.id.isEmpty())
                return fail(Error::invalid(QStringLiteral("secret"),
                    QStringLiteral("Set MCPAUTH_CLIENT_SECRET, or save a connection profile for %1 with client id %2 "
                                   "in the console, whose secret the keychain keeps.")
                        .arg(profile.location, profile.clientId)));
        }
    }

    RemoteCommands commands(*this);
    const auto entry = commands.find(command, p);
    if (!entry)
        return fail(Error::make(ErrorCode::Unsupported,
            QStringLiteral("'%1' works on a local store only; %2 cannot serve it.")
                .arg(command, ConnectionProfile::kindTitle(profile.kind))));
    const std::optional<Capability> capability = entry->capability;
    const RemoteSession::Command run = entry->run;
    RemoteSession session(
        profile, secret, profile.secretKey(),
        [this, capability, run, command](Backend& backend, RemoteSession::Finish finish) {
            const BackendCapabilities caps = backend.capabilities();
            if (capability && !caps.supports(*capability))
                return finish(fail(Error::make(ErrorCode::Unsupported,
                    QStringLiteral("'%1' is not available on %2: %3")
                        .arg(command, backend.displayName(), caps.reason(*capability)))));
            run(backend, std::move(finish));
        },
        [this](const Error& error) { return fail(error); });
    // The CLI's one event loop: nothing runs it before, so it is not nested; the session ends it.
    QEventLoop loop;
    QObject::connect(&session, &RemoteSession::finished, &loop, &QEventLoop::exit);
    QMetaObject::invokeMethod(&session, &RemoteSession::start, Qt::QueuedConnection);
    return loop.exec();
}

int CliApplication::cmdRemoteOnly(QCommandLineParser&)
{
    return fail(Error::make(ErrorCode::Unsupported,
        QStringLiteral("This command asks a remote server: choose one with --profile NAME or --backend KIND:URL.")));
}

// ---------------------------------------------------------------------------------------------
// Shared helpers

Result<QString> CliApplication::positional(const QCommandLineParser& p, int index, const QString& what)
{
    const QStringList args = p.positionalArguments();
    if (index >= args.size())
        return Error::invalid(what, QStringLiteral("Missing %1.").arg(what));
    if (args.size() > index + 1 && index == 0 && args.size() > 1)
        return Error::invalid(what, QStringLiteral("Unexpected argument '%1'.").arg(args[1]));
    return args[index];
}

Result<QString> CliApplication::organizationId(const QCommandLineParser& p)
{
    if (p.isSet(QStringLiteral("org"))) {
        auto org = m_store->organizations().find(p.value(QStringLiteral("org")));
        if (!org)
            return org.error();
        return org->id;
    }
    auto orgs = m_store->organizations().list();
    if (!orgs)
        return orgs.error();
    if (orgs->size() == 1)
        return orgs->first().id;
    if (orgs->isEmpty())
        return Error::make(ErrorCode::NotFound,
            QStringLiteral("There is no organization yet: create one with "
                           "'mcp-auth org add NAME' (or 'mcp-auth demo-data')."));
    return Error::invalid(
        QStringLiteral("org"), QStringLiteral("There are several organizations; name one with --org."));
}

Result<QString> CliApplication::optionalOrganizationId(const QCommandLineParser& p)
{
    if (!p.isSet(QStringLiteral("org")))
        return QString(); // every organization
    return organizationId(p);
}

Result<QString> CliApplication::readSecretFromStdin(const QString& prompt)
{
    QTextStream in(stdin);
#ifdef Q_OS_UNIX
    const bool tty = isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (tty) {
        m_out.errorLine(prompt);
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
#endif
    const QString value = in.readLine();
#ifdef Q_OS_UNIX
    if (tty)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
#endif
    if (value.isEmpty())
        return Error::invalid(QStringLiteral("password"),
            QStringLiteral("No password was given on standard input (one line, e.g. "
                           "printf '%s\\n' \"$PASSWORD\" | mcp-auth user add NAME)."));
    return value;
}

Result<QString> CliApplication::resolveApplicationId(const QString& ref)
{
    auto app = m_store->applications().find(ref);
    if (!app)
        return app.error();
    return app->id;
}

Result<QString> CliApplication::resolveUserId(const QString& ref)
{
    auto user = m_store->users().find(ref);
    if (!user)
        return user.error();
    return user->id;
}

// ---------------------------------------------------------------------------------------------
// The command table

QList<CliApplication::Group> CliApplication::groups()
{
    using P = QCommandLineParser;
    auto orgOption = [](P& p) {
        p.addOption(opt(QStringLiteral("org"), QStringLiteral("Organization (needed when there are several)."),
            QStringLiteral("name")));
    };
    auto appOptions = [orgOption](P& p) {
        orgOption(p);
        p.addOption(opt(QStringLiteral("template"),
            QStringLiteral("Start from a client template: claude-desktop, claude-code, cursor, vscode, windsurf, "
                           "mcp-inspector, custom."),
            QStringLiteral("id")));
        p.addOption(opt(QStringLiteral("name"), QStringLiteral("New name (update only)."), QStringLiteral("name")));
        p.addOption(opt(QStringLiteral("display-name"), QStringLiteral("Display name."), QStringLiteral("text")));
        p.addOption(opt(QStringLiteral("description"), QStringLiteral("Description."), QStringLiteral("text")));
        p.addOption(
            opt(QStringLiteral("client-type"), QStringLiteral("public or confidential."), QStringLiteral("type")));
        p.addOption(opt(QStringLiteral("auth-method"),
            QStringLiteral("Token endpoint auth: none, client_secret_basic, client_secret_post."),
            QStringLiteral("method")));
        p.addOption(opt(QStringLiteral("redirect-uri"), QStringLiteral("Redirect URI (repeat; replaces the list)."),
            QStringLiteral("uri")));
        p.addOption(opt(
            QStringLiteral("add-redirect-uri"), QStringLiteral("Add a redirect URI (repeat)."), QStringLiteral("uri")));
        p.addOption(opt(QStringLiteral("remove-redirect-uri"), QStringLiteral("Remove a redirect URI (repeat)."),
            QStringLiteral("uri")));
        p.addOption(opt(QStringLiteral("grant"),
            QStringLiteral("Grant type (repeat; replaces the list): authorization_code, refresh_token, "
                           "client_credentials."),
            QStringLiteral("grant")));
        p.addOption(opt(QStringLiteral("pkce"), QStringLiteral("Require PKCE: yes or no."), QStringLiteral("yes|no")));
        p.addOption(opt(QStringLiteral("token-format"), QStringLiteral("jwt or opaque."), QStringLiteral("format")));
        p.addOption(opt(QStringLiteral("signing-alg"), QStringLiteral("RS256 or ES256."), QStringLiteral("alg")));
        p.addOption(opt(QStringLiteral("access-lifetime"), QStringLiteral("Access-token lifetime in seconds."),
            QStringLiteral("seconds")));
        p.addOption(opt(QStringLiteral("refresh-lifetime"), QStringLiteral("Refresh-token lifetime in seconds."),
            QStringLiteral("seconds")));
        p.addOption(opt(QStringLiteral("consent"), QStringLiteral("Consent policy: always, once, never."),
            QStringLiteral("policy")));
        p.addOption(opt(QStringLiteral("scope"), QStringLiteral("Allowed scope (repeat; replaces the list)."),
            QStringLiteral("scope")));
        p.addOption(opt(QStringLiteral("cors-origin"), QStringLiteral("CORS origin (repeat; replaces the list)."),
            QStringLiteral("origin")));
        p.addOption(opt(QStringLiteral("category"), QStringLiteral("Default or Agent."), QStringLiteral("category")));
        p.addOption(opt(QStringLiteral("type"),
            QStringLiteral("All, OIDC, OAuth, SAML, CAS (Default); MCP, A2A (Agent)."), QStringLiteral("type")));
    };
    auto tokenFilterOptions = [](P& p) {
        p.addOption(
            opt(QStringLiteral("app"), QStringLiteral("Only tokens of this application."), QStringLiteral("app")));
        p.addOption(opt(QStringLiteral("user"), QStringLiteral("Only tokens of this user."), QStringLiteral("user")));
        p.addOption(opt(
            QStringLiteral("resource"), QStringLiteral("Only tokens for this resource URI."), QStringLiteral("uri")));
        p.addOption(
            opt(QStringLiteral("state"), QStringLiteral("active, expired or revoked."), QStringLiteral("state")));
        p.addOption(opt(QStringLiteral("kind"), QStringLiteral("access or refresh."), QStringLiteral("kind")));
        p.addOption(opt(QStringLiteral("since"), QStringLiteral("Issued at or after (ISO date/time, UTC)."),
            QStringLiteral("time")));
        p.addOption(opt(
            QStringLiteral("until"), QStringLiteral("Issued before (ISO date/time, UTC)."), QStringLiteral("time")));
    };
    auto auditFilterOptions = [](P& p) {
        p.addOption(
            opt(QStringLiteral("actor"), QStringLiteral("Only events by this actor."), QStringLiteral("actor")));
        p.addOption(opt(QStringLiteral("action"),
            QStringLiteral("Only this action (application.create), or a prefix ending in '.' (token.)."),
            QStringLiteral("action")));
        p.addOption(
            opt(QStringLiteral("target"), QStringLiteral("Only events about this target id."), QStringLiteral("id")));
        p.addOption(
            opt(QStringLiteral("outcome"), QStringLiteral("success, failure or denied."), QStringLiteral("outcome")));
        p.addOption(
            opt(QStringLiteral("since"), QStringLiteral("At or after (ISO date/time, UTC)."), QStringLiteral("time")));
        p.addOption(
            opt(QStringLiteral("until"), QStringLiteral("Before (ISO date/time, UTC)."), QStringLiteral("time")));
    };
    auto limitOption = [](P& p) {
        p.addOption(
            opt(QStringLiteral("limit"), QStringLiteral("At most this many rows (default 100)."), QStringLiteral("n")));
    };
    auto bind = [this](int (CliApplication::*fn)(P&)) { return [this, fn](P& p) { return (this->*fn)(p); }; };

    const QString nameArg = QStringLiteral("<name>");
    const QString appArg = QStringLiteral("<app>");
    return {
        {QStringLiteral("org"),
            QStringLiteral("Organizations: the tenants that own applications, resources, scopes and users."),
            {
                {QStringLiteral("list"), QStringLiteral("List organizations."), {}, {},
                    bind(&CliApplication::cmdOrgList)},
                {QStringLiteral("show"), QStringLiteral("Show one organization."), nameArg, {},
                    bind(&CliApplication::cmdOrgShow)},
                {QStringLiteral("add"), QStringLiteral("Create an organization."), nameArg,
                    [](P& p) {
                        p.addOption(opt(
                            QStringLiteral("display-name"), QStringLiteral("Display name."), QStringLiteral("text")));
                    },
                    bind(&CliApplication::cmdOrgAdd)},
                {QStringLiteral("update"), QStringLiteral("Rename an organization or change its display name."),
                    nameArg,
                    [](P& p) {
                        p.addOption(opt(QStringLiteral("name"), QStringLiteral("New name."), QStringLiteral("name")));
                        p.addOption(opt(
                            QStringLiteral("display-name"), QStringLiteral("Display name."), QStringLiteral("text")));
                    },
                    bind(&CliApplication::cmdOrgUpdate)},
                {QStringLiteral("delete"), QStringLiteral("Delete an empty organization."), nameArg, {},
                    bind(&CliApplication::cmdOrgDelete)},
                {QStringLiteral("set-registration"),
                    QStringLiteral("Choose who may register clients dynamically (RFC 7591): open, open-restricted "
                                   "(redirect URIs must match a pattern) or admin (initial access token)."),
                    nameArg,
                    [](P& p) {
                        p.addOption(opt(QStringLiteral("policy"), QStringLiteral("open, open-restricted or admin."),
                            QStringLiteral("policy")));
                        p.addOption(opt(QStringLiteral("redirect-pattern"),
                            QStringLiteral("Allowed redirect URI for open-restricted (repeat): exact, with '*' as the "
                                           "leftmost host label (https://*.example.com/cb) or as the port (:*); a "
                                           "loopback http pattern without a port allows any port."),
                            QStringLiteral("pattern")));
                    },
                    bind(&CliApplication::cmdOrgSetRegistration)},
                {QStringLiteral("initial-token"),
                    QStringLiteral("Initial access tokens for admin-only registration: create (the token is printed "
                                   "once), list, revoke."),
                    QStringLiteral("<create|list|revoke> <name> [<token id>]"),
                    [](P& p) {
                        p.addOption(opt(QStringLiteral("expires"),
                            QStringLiteral("create: lifetime such as 30m, 12h or 7d (default 7d, at most 365d)."),
                            QStringLiteral("duration")));
                    },
                    bind(&CliApplication::cmdOrgInitialToken)},
            }},
        {QStringLiteral("app"),
            QStringLiteral("OAuth applications (clients): redirect URIs, grants, PKCE, tokens, consent, scopes."),
            {
                {QStringLiteral("list"), QStringLiteral("List applications."), {}, orgOption,
                    bind(&CliApplication::cmdAppList)},
                {QStringLiteral("show"), QStringLiteral("Show an application (by name, id or client id)."), appArg, {},
                    bind(&CliApplication::cmdAppShow)},
                {QStringLiteral("add"),
                    QStringLiteral("Create an application. A confidential client's secret is printed once."), nameArg,
                    appOptions, bind(&CliApplication::cmdAppAdd)},
                {QStringLiteral("update"), QStringLiteral("Change an application; options not given stay as they are."),
                    appArg, appOptions, bind(&CliApplication::cmdAppUpdate)},
                {QStringLiteral("delete"), QStringLiteral("Delete an application with its tokens and consents."),
                    appArg, {}, bind(&CliApplication::cmdAppDelete)},
                {QStringLiteral("rotate-secret"),
                    QStringLiteral("Replace a confidential client's secret; the new one is printed once."), appArg, {},
                    bind(&CliApplication::cmdAppRotateSecret)},
            }},
        {QStringLiteral("resource"),
            QStringLiteral("MCP servers (RFC 8707 resources): canonical URI, scopes, which tool needs which scope."),
            {
                {QStringLiteral("list"), QStringLiteral("List resources."), {}, orgOption,
                    bind(&CliApplication::cmdResourceList)},
                {QStringLiteral("show"), QStringLiteral("Show a resource."), QStringLiteral("<uri>"), {},
                    bind(&CliApplication::cmdResourceShow)},
                {QStringLiteral("add"), QStringLiteral("Register an MCP server."), QStringLiteral("<uri>"),
                    [orgOption](P& p) {
                        orgOption(p);
                        p.addOption(opt(
                            QStringLiteral("display-name"), QStringLiteral("Display name."), QStringLiteral("text")));
                        p.addOption(
                            opt(QStringLiteral("description"), QStringLiteral("Description."), QStringLiteral("text")));
                        p.addOption(opt(QStringLiteral("scope"), QStringLiteral("Supported scope (repeat)."),
                            QStringLiteral("scope")));
                        p.addOption(opt(QStringLiteral("tool"), QStringLiteral("Tool and the scope it needs (repeat)."),
                            QStringLiteral("tool=scope")));
                    },
                    bind(&CliApplication::cmdResourceAdd)},
                {QStringLiteral("update"), QStringLiteral("Change a resource; options given replace what was there."),
                    QStringLiteral("<uri>"),
                    [](P& p) {
                        p.addOption(
                            opt(QStringLiteral("uri"), QStringLiteral("New canonical URI."), QStringLiteral("uri")));
                        p.addOption(opt(
                            QStringLiteral("display-name"), QStringLiteral("Display name."), QStringLiteral("text")));
                        p.addOption(
                            opt(QStringLiteral("description"), QStringLiteral("Description."), QStringLiteral("text")));
                        p.addOption(opt(QStringLiteral("scope"), QStringLiteral("Supported scope (repeat)."),
                            QStringLiteral("scope")));
                        p.addOption(opt(QStringLiteral("tool"), QStringLiteral("Tool and the scope it needs (repeat)."),
                            QStringLiteral("tool=scope")));
                    },
                    bind(&CliApplication::cmdResourceUpdate)},
                {QStringLiteral("delete"), QStringLiteral("Remove a resource."), QStringLiteral("<uri>"), {},
                    bind(&CliApplication::cmdResourceDelete)},
            }},
        {QStringLiteral("scope"), QStringLiteral("Scopes: name (RFC 6749 scope-token), display name, description."),
            {
                {QStringLiteral("list"), QStringLiteral("List scopes."), {}, orgOption,
                    bind(&CliApplication::cmdScopeList)},
                {QStringLiteral("show"), QStringLiteral("Show a scope."), nameArg, orgOption,
                    bind(&CliApplication::cmdScopeShow)},
                {QStringLiteral("add"), QStringLiteral("Create a scope."), nameArg,
                    [orgOption](P& p) {
                        orgOption(p);
                        p.addOption(opt(
                            QStringLiteral("display-name"), QStringLiteral("Display name."), QStringLiteral("text")));
                        p.addOption(opt(QStringLiteral("description"),
                            QStringLiteral("Description shown on the consent page."), QStringLiteral("text")));
                    },
                    bind(&CliApplication::cmdScopeAdd)},
                {QStringLiteral("update"), QStringLiteral("Change a scope's display name or description."), nameArg,
                    [orgOption](P& p) {
                        orgOption(p);
                        p.addOption(opt(
                            QStringLiteral("display-name"), QStringLiteral("Display name."), QStringLiteral("text")));
                        p.addOption(
                            opt(QStringLiteral("description"), QStringLiteral("Description."), QStringLiteral("text")));
                    },
                    bind(&CliApplication::cmdScopeUpdate)},
                {QStringLiteral("delete"), QStringLiteral("Delete a scope no resource uses."), nameArg, orgOption,
                    bind(&CliApplication::cmdScopeDelete)},
            }},
        {QStringLiteral("user"), QStringLiteral("Users who sign in at the local authorization server."),
            {
                {QStringLiteral("list"), QStringLiteral("List users."), {}, orgOption,
                    bind(&CliApplication::cmdUserList)},
                {QStringLiteral("show"), QStringLiteral("Show a user."), QStringLiteral("<username>"), {},
                    bind(&CliApplication::cmdUserShow)},
                {QStringLiteral("add"),
                    QStringLiteral("Create a user; the password is read from standard input (one line)."),
                    QStringLiteral("<username>"),
                    [orgOption](P& p) {
                        orgOption(p);
                        p.addOption(opt(
                            QStringLiteral("display-name"), QStringLiteral("Display name."), QStringLiteral("text")));
                        p.addOption(
                            opt(QStringLiteral("email"), QStringLiteral("E-mail address."), QStringLiteral("address")));
                        p.addOption(opt(QStringLiteral("admin"),
                            QStringLiteral("Make the user an administrator, who alone may grant the built-in MCP "
                                           "server's write scopes and audit:read.")));
                    },
                    bind(&CliApplication::cmdUserAdd)},
                {QStringLiteral("update"), QStringLiteral("Change a user."), QStringLiteral("<username>"),
                    [](P& p) {
                        p.addOption(opt(
                            QStringLiteral("display-name"), QStringLiteral("Display name."), QStringLiteral("text")));
                        p.addOption(
                            opt(QStringLiteral("email"), QStringLiteral("E-mail address."), QStringLiteral("address")));
                        p.addOption(opt(QStringLiteral("disable"), QStringLiteral("Disable the account.")));
                        p.addOption(opt(QStringLiteral("enable"), QStringLiteral("Enable the account.")));
                        p.addOption(opt(QStringLiteral("admin"),
                            QStringLiteral("Administrator (may grant the built-in MCP server's write scopes and "
                                           "audit:read): yes or no."),
                            QStringLiteral("yes|no")));
                    },
                    bind(&CliApplication::cmdUserUpdate)},
                {QStringLiteral("set-password"), QStringLiteral("Reset a password (read from standard input)."),
                    QStringLiteral("<username>"), {}, bind(&CliApplication::cmdUserSetPassword)},
                {QStringLiteral("delete"), QStringLiteral("Delete a user with their tokens and consents."),
                    QStringLiteral("<username>"), {}, bind(&CliApplication::cmdUserDelete)},
            }},
        {QStringLiteral("token"), QStringLiteral("Issued access and refresh tokens: list, inspect, revoke."),
            {
                {QStringLiteral("list"), QStringLiteral("List tokens, newest first."), {},
                    [tokenFilterOptions, limitOption](P& p) {
                        tokenFilterOptions(p);
                        limitOption(p);
                    },
                    bind(&CliApplication::cmdTokenList)},
                {QStringLiteral("show"), QStringLiteral("Show a token by its id (jti)."), QStringLiteral("<id>"), {},
                    bind(&CliApplication::cmdTokenShow)},
                {QStringLiteral("revoke"),
                    QStringLiteral(
                        "Revoke one token (a refresh token takes its family), or every token matching filters."),
                    QStringLiteral("[<id>]"),
                    [tokenFilterOptions](P& p) {
                        tokenFilterOptions(p);
                        p.addOption(opt(QStringLiteral("stdin"),
                            QStringLiteral("Remote servers: revoke the token read from standard input (RFC 7009).")));
                    },
                    bind(&CliApplication::cmdTokenRevoke)},
                {QStringLiteral("introspect"),
                    QStringLiteral("Remote servers: look up the token read from standard input (RFC 7662)."), {}, {},
                    bind(&CliApplication::cmdRemoteOnly)},
            }},
        {QStringLiteral("consent"), QStringLiteral("Users' consents to applications."),
            {
                {QStringLiteral("list"), QStringLiteral("List consents in force."), {},
                    [](P& p) {
                        p.addOption(
                            opt(QStringLiteral("user"), QStringLiteral("Only this user's."), QStringLiteral("user")));
                        p.addOption(opt(QStringLiteral("app"), QStringLiteral("Only for this application."),
                            QStringLiteral("app")));
                        p.addOption(opt(QStringLiteral("all"), QStringLiteral("Include revoked consents.")));
                    },
                    bind(&CliApplication::cmdConsentList)},
                {QStringLiteral("revoke"), QStringLiteral("Revoke a consent and the tokens issued under it."),
                    QStringLiteral("<id>"), {}, bind(&CliApplication::cmdConsentRevoke)},
            }},
        {QStringLiteral("audit"), QStringLiteral("The append-only, hash-chained audit log."),
            {
                {QStringLiteral("list"), QStringLiteral("List events, newest first."), {},
                    [auditFilterOptions, limitOption](P& p) {
                        auditFilterOptions(p);
                        limitOption(p);
                    },
                    bind(&CliApplication::cmdAuditList)},
                {QStringLiteral("verify"), QStringLiteral("Recompute the hash chain; names the first broken link."), {},
                    {}, bind(&CliApplication::cmdAuditVerify)},
                {QStringLiteral("export"), QStringLiteral("Export events, oldest first, as csv or json."),
                    QStringLiteral("<csv|json>"),
                    [auditFilterOptions](P& p) {
                        auditFilterOptions(p);
                        p.addOption(opt(QStringLiteral("output"),
                            QStringLiteral("Write to this file (default: stdout)."), QStringLiteral("file")));
                    },
                    bind(&CliApplication::cmdAuditExport)},
            }},
        {QStringLiteral("key"),
            QStringLiteral("The local server's JWS signing keys (RS256 and ES256): list and rotate them."),
            {
                {QStringLiteral("list"), QStringLiteral("List the signing keys and until when each is published."), {},
                    {}, bind(&CliApplication::cmdKeyList)},
                {QStringLiteral("rotate"),
                    QStringLiteral("Replace the active key of --alg; the old key stays published until its tokens "
                                   "have expired."),
                    {},
                    [](P& p) {
                        p.addOption(opt(QStringLiteral("alg"), QStringLiteral("The key to rotate: RS256 or ES256."),
                            QStringLiteral("algorithm")));
                    },
                    bind(&CliApplication::cmdKeyRotate)},
            }},
        {QStringLiteral("db"),
            QStringLiteral("The store itself: where it is, its schema, its password in the keychain."),
            {
                {QStringLiteral("info"), QStringLiteral("Show the store's location, schema version and row counts."),
                    {}, {}, bind(&CliApplication::cmdDbInfo)},
                {QStringLiteral("set-password"),
                    QStringLiteral(
                        "Keep the PostgreSQL password of --db in the OS keychain (read from standard input)."),
                    {}, {}, bind(&CliApplication::cmdDbSetPassword), false},
                {QStringLiteral("forget-password"), QStringLiteral("Remove the --db password from the OS keychain."),
                    {}, {}, bind(&CliApplication::cmdDbForgetPassword), false},
            }},
        {QStringLiteral("config"),
            QStringLiteral("MCP clients' configuration for a server: show it, or merge it into the client's file."),
            {
                {QStringLiteral("show"),
                    QStringLiteral("Print a client's entry (or command) for a server and the file it goes in."), {},
                    &ConfigCommand::addShowOptions,
                    [this](P& p) {
                        const Status done = ConfigCommand(m_out).show(p);
                        return done ? kExitOk : fail(done.error());
                    },
                    false},
                {QStringLiteral("write"),
                    QStringLiteral("Merge a client's entry into its file: shows the diff, asks (or needs --yes), "
                                   "keeps a backup."),
                    {}, &ConfigCommand::addWriteOptions,
                    [this](P& p) {
                        const Status done = ConfigCommand(m_out).write(p);
                        return done ? kExitOk : fail(done.error());
                    },
                    false},
            }},
        {QStringLiteral("server"), QStringLiteral("A remote authorization server's published metadata and JWKS."),
            {
                {QStringLiteral("show"),
                    QStringLiteral("Show the server's metadata (RFC 8414) and signing keys (JWKS)."), {}, {},
                    bind(&CliApplication::cmdRemoteOnly)},
            }},
        {QStringLiteral("demo-data"),
            QStringLiteral(
                "Create the demo organization, the built-in MCP resource, client applications and an admin."),
            {{QString(), QStringLiteral("Create demo data (does nothing when it exists)."), {}, {},
                bind(&CliApplication::cmdDemoData)}}},
        {QStringLiteral("probe"),
            QStringLiteral("Run the MCP authorization flow against a server and report each step."),
            {{QString(), ProbeCommand::description(), QStringLiteral("<url>"), &ProbeCommand::addOptions,
                [this](P& p) { return ProbeCommand(m_out).run(p); }, false}}},
        {QStringLiteral("serve"),
            QStringLiteral("Run the local authorization server and the built-in MCP server until stopped."),
            {{QString(),
                QStringLiteral("Run the local OAuth 2.1 authorization server and the built-in MCP server (at /mcp) "
                               "on this store, printing the base URL and then one line per request. Stops cleanly "
                               "on Ctrl+C or SIGTERM."),
                {},
                [](P& p) {
                    p.addOption(opt(QStringLiteral("listen"),
                        QStringLiteral("Address and port to listen on (default 127.0.0.1:8765; port 0: any free port). "
                                       "Anything but loopback needs --tls-cert and --tls-key."),
                        QStringLiteral("address:port")));
                    p.addOption(opt(QStringLiteral("issuer"),
                        QStringLiteral("The issuer URL clients see (default: the listening URL), e.g. when a proxy "
                                       "in front serves https://auth.example.com."),
                        QStringLiteral("url")));
                    p.addOption(opt(QStringLiteral("tls-cert"),
                        QStringLiteral("PEM certificate (chain) to serve HTTPS with."), QStringLiteral("file")));
                    p.addOption(opt(QStringLiteral("tls-key"),
                        QStringLiteral("Unencrypted PEM private key of --tls-cert."), QStringLiteral("file")));
                    p.addOption(opt(QStringLiteral("org"),
                        QStringLiteral("Organization that dynamically registered clients join (default: the oldest)."),
                        QStringLiteral("name")));
                },
                bind(&CliApplication::cmdServe)}}},
    };
}

// ---------------------------------------------------------------------------------------------
// org

int CliApplication::cmdOrgList(QCommandLineParser&)
{
    auto orgs = m_store->organizations().list();
    if (!orgs)
        return fail(orgs.error());
    return printList(*orgs,
        {QStringLiteral("NAME"), QStringLiteral("DISPLAY NAME"), QStringLiteral("CREATED (UTC)"), QStringLiteral("ID")},
        [](const Organization& o) {
            return QStringList{o.name, o.displayName, shortTime(o.createdAt), o.id};
        });
}

int CliApplication::cmdOrgShow(QCommandLineParser& p)
{
    auto name = positional(p, 0, QStringLiteral("organization name"));
    if (!name)
        return fail(name.error());
    auto org = m_store->organizations().find(*name);
    if (!org)
        return fail(org.error());
    auto policy = m_store->organizations().registrationPolicy(org->id);
    if (!policy)
        return fail(policy.error());
    const QString mode = enumName(kRegistrationModeNames, policy->mode);
    if (m_out.json()) {
        QJsonObject o = DomainJson::toJson(*org);
        o.insert(QStringLiteral("registration"),
            QJsonObject{{QStringLiteral("policy"), mode},
                {QStringLiteral("redirectPatterns"), QJsonArray::fromStringList(policy->redirectPatterns)}});
        m_out.jsonValue(o);
    } else {
        QList<std::pair<QString, QString>> rows{{QStringLiteral("Name"), org->name},
            {QStringLiteral("Display name"), org->displayName}, {QStringLiteral("Created"), shortTime(org->createdAt)},
            {QStringLiteral("Id"), org->id}, {QStringLiteral("Registration"), mode}};
        for (const QString& pattern : policy->redirectPatterns)
            rows.append({QStringLiteral("Redirect pattern"), pattern});
        m_out.fields(rows);
    }
    return kExitOk;
}

int CliApplication::cmdOrgAdd(QCommandLineParser& p)
{
    auto name = positional(p, 0, QStringLiteral("organization name"));
    if (!name)
        return fail(name.error());
    Organization org;
    org.name = *name;
    org.displayName = p.value(QStringLiteral("display-name"));
    auto created = m_store->organizations().create(org, m_ctx);
    if (!created)
        return fail(created.error());
    return report(
        DomainJson::toJson(*created), QStringLiteral("Created organization %1 (%2).").arg(created->name, created->id));
}

int CliApplication::cmdOrgUpdate(QCommandLineParser& p)
{
    auto name = positional(p, 0, QStringLiteral("organization name"));
    if (!name)
        return fail(name.error());
    auto org = m_store->organizations().find(*name);
    if (!org)
        return fail(org.error());
    Organization changed = *org;
    if (p.isSet(QStringLiteral("name")))
        changed.name = p.value(QStringLiteral("name"));
    if (p.isSet(QStringLiteral("display-name")))
        changed.displayName = p.value(QStringLiteral("display-name"));
    auto saved = m_store->organizations().update(changed, m_ctx);
    if (!saved)
        return fail(saved.error());
    return report(DomainJson::toJson(*saved), QStringLiteral("Updated organization %1.").arg(saved->name));
}

int CliApplication::cmdOrgDelete(QCommandLineParser& p)
{
    auto name = positional(p, 0, QStringLiteral("organization name"));
    if (!name)
        return fail(name.error());
    if (const Status removed = m_store->organizations().remove(*name, m_ctx); !removed)
        return fail(removed.error());
    return report(
        QJsonObject{{QStringLiteral("deleted"), *name}}, QStringLiteral("Deleted organization %1.").arg(*name));
}

int CliApplication::cmdOrgSetRegistration(QCommandLineParser& p)
{
    auto name = positional(p, 0, QStringLiteral("organization name"));
    if (!name)
        return fail(name.error());
    if (!p.isSet(QStringLiteral("policy")))
        return usage(QStringLiteral("org set-registration: --policy is required (open, open-restricted or admin)."));
    auto mode = parseEnum(kRegistrationModeNames, p.value(QStringLiteral("policy")), QStringLiteral("policy"));
    if (!mode)
        return fail(mode.error());
    RegistrationPolicy policy;
    policy.mode = *mode;
    policy.redirectPatterns = p.values(QStringLiteral("redirect-pattern"));
    auto saved = m_store->organizations().setRegistrationPolicy(*name, policy, m_ctx);
    if (!saved)
        return fail(saved.error());
    QString text
        = QStringLiteral("Registration for %1 is now %2.").arg(*name, enumName(kRegistrationModeNames, saved->mode));
    if (saved->mode == RegistrationMode::OpenRestricted)
        text += QStringLiteral(" Allowed redirect URIs: %1.").arg(saved->redirectPatterns.join(QStringLiteral(", ")));
    else if (saved->mode == RegistrationMode::Admin)
        text
            += QStringLiteral(" Clients need an initial access token: mcp-auth org initial-token create %1").arg(*name);
    return report(QJsonObject{{QStringLiteral("organization"), *name},
                      {QStringLiteral("policy"), enumName(kRegistrationModeNames, saved->mode)},
                      {QStringLiteral("redirectPatterns"), QJsonArray::fromStringList(saved->redirectPatterns)}},
        text);
}

int CliApplication::cmdOrgInitialToken(QCommandLineParser& p)
{
    const QStringList args = p.positionalArguments();
    const QString action = args.value(0);
    const qsizetype expected = action == QLatin1String("revoke") ? 3 : 2;
    if ((action != QLatin1String("create") && action != QLatin1String("list") && action != QLatin1String("revoke"))
        || args.size() != expected)
        return usage(QStringLiteral("org initial-token takes create <name>, list <name> or revoke <name> <token id>."));
    if (p.isSet(QStringLiteral("expires")) && action != QLatin1String("create"))
        return usage(QStringLiteral("org initial-token: --expires applies to create only."));
    auto org = m_store->organizations().find(args.at(1));
    if (!org)
        return fail(org.error());
    auto& tokens = m_store->initialAccessTokens();
    const qint64 now = SqlValues::nowMs();
    const auto stateOf = [now](const InitialAccessToken& t) {
        return t.isRevoked() ? QStringLiteral("revoked")
                             : (t.isExpiredAt(now) ? QStringLiteral("expired") : QStringLiteral("active"));
    };
    const auto tokenJson = [&](const InitialAccessToken& t) {
        return QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("organization"), org->name},
            {QStringLiteral("createdAt"), DomainJson::isoTime(t.createdAt)},
            {QStringLiteral("expiresAt"), DomainJson::isoTime(t.expiresAt)},
            {QStringLiteral("revokedAt"), DomainJson::isoTime(t.revokedAt)}, {QStringLiteral("state"), stateOf(t)}};
    };

    if (action == QLatin1String("create")) {
        auto lifetime = parseDuration(
            p.isSet(QStringLiteral("expires")) ? p.value(QStringLiteral("expires")) : QStringLiteral("7d"),
            QStringLiteral("expires"));
        if (!lifetime)
            return fail(lifetime.error());
        auto issued = tokens.create(org->id, now + *lifetime, m_ctx);
        if (!issued)
            return fail(issued.error());
        auto policy = m_store->organizations().registrationPolicy(org->id);
        if (m_out.json()) {
            QJsonObject o = tokenJson(issued->token);
            o.insert(QStringLiteral("token"), issued->value);
            m_out.jsonValue(o);
            return kExitOk;
        }
        m_out.line(QStringLiteral("Initial access token %1 for %2, valid until %3 UTC:")
                       .arg(issued->token.id, org->name, shortTime(issued->token.expiresAt)));
        m_out.line(issued->value);
        m_out.line(QStringLiteral("Hand it to the client's developer now: it is shown only this once. The client "
                                  "sends it as 'Authorization: Bearer <token>' when it registers."));
        if (policy && policy->mode != RegistrationMode::Admin)
            m_out.line(QStringLiteral("Note: %1's registration policy is %2, so registering needs no token until you "
                                      "run: mcp-auth org set-registration %1 --policy admin")
                           .arg(org->name, enumName(kRegistrationModeNames, policy->mode)));
        return kExitOk;
    }
    if (action == QLatin1String("list")) {
        auto list = tokens.list(org->id);
        if (!list)
            return fail(list.error());
        if (m_out.json()) {
            QJsonArray array;
            for (const InitialAccessToken& t : *list)
                array << tokenJson(t);
            m_out.jsonValue(array);
            return kExitOk;
        }
        QList<QStringList> rows;
        for (const InitialAccessToken& t : *list)
            rows << QStringList{
                t.id, stateOf(t), shortTime(t.createdAt), shortTime(t.expiresAt), shortTime(t.revokedAt)};
        m_out.table({QStringLiteral("ID"), QStringLiteral("STATE"), QStringLiteral("CREATED (UTC)"),
                        QStringLiteral("EXPIRES (UTC)"), QStringLiteral("REVOKED (UTC)")},
            rows);
        return kExitOk;
    }
    auto existing = tokens.find(args.at(2));
    if (!existing)
        return fail(existing.error());
    if (existing->organizationId != org->id)
        return fail(Error::make(ErrorCode::NotFound,
            QStringLiteral("The initial access token %1 does not belong to the organization %2.")
                .arg(args.at(2), org->name)));
    auto revoked = tokens.revoke(existing->id, m_ctx);
    if (!revoked)
        return fail(revoked.error());
    return report(tokenJson(*revoked),
        QStringLiteral("Revoked initial access token %1 of %2; clients can no longer register with it.")
            .arg(revoked->id, org->name));
}

// ---------------------------------------------------------------------------------------------
// app

int CliApplication::printApplication(const Application& a, const QString& newSecret)
{
    if (m_out.json()) {
        QJsonObject o = DomainJson::toJson(a);
        if (!newSecret.isEmpty())
            o.insert(QStringLiteral("clientSecret"), newSecret);
        m_out.jsonValue(o);
        return kExitOk;
    }
    QStringList grants;
    for (GrantType g : a.grantTypes)
        grants << enumName(kGrantTypeNames, g);
    QList<std::pair<QString, QString>> rows{
        {QStringLiteral("Name"), a.name},
        {QStringLiteral("Display name"), a.displayName},
        {QStringLiteral("Client id"), a.clientId},
        {QStringLiteral("Client type"), enumName(kClientTypeNames, a.clientType)},
        {QStringLiteral("Token endpoint auth"), enumName(kAuthMethodNames, a.authMethod)},
        {QStringLiteral("Redirect URIs"), a.redirectUris.join(QStringLiteral("\n") + QString(21, QLatin1Char(' ')))},
        {QStringLiteral("Grant types"), grants.join(QStringLiteral(", "))},
        {QStringLiteral("PKCE required"), a.pkceRequired ? QStringLiteral("yes (S256)") : QStringLiteral("no")},
        {QStringLiteral("Token format"), enumName(kTokenFormatNames, a.tokenFormat)},
        {QStringLiteral("Signing algorithm"), enumName(kSigningAlgorithmNames, a.signingAlgorithm)},
        {QStringLiteral("Access lifetime"), QStringLiteral("%1 s").arg(a.accessTokenLifetime)},
        {QStringLiteral("Refresh lifetime"), QStringLiteral("%1 s").arg(a.refreshTokenLifetime)},
        {QStringLiteral("Consent"), enumName(kConsentPolicyNames, a.consentPolicy)},
        {QStringLiteral("Allowed scopes"), a.allowedScopes.join(QLatin1Char(' '))},
        {QStringLiteral("CORS origins"), a.corsOrigins.join(QLatin1Char(' '))},
        {QStringLiteral("Category / type"), enumName(kAppCategoryNames, a.category) + QStringLiteral(" / ") + a.type},
        {QStringLiteral("Created by"), enumName(kCreatedByNames, a.createdBy)},
        {QStringLiteral("Created"), shortTime(a.createdAt)},
        {QStringLiteral("Updated"), shortTime(a.updatedAt)},
        {QStringLiteral("Id"), a.id},
    };
    m_out.fields(rows);
    if (!newSecret.isEmpty()) {
        m_out.line(QString());
        m_out.line(QStringLiteral("Client secret: %1").arg(newSecret));
        m_out.line(QStringLiteral("Store it now: it is shown only this once and cannot be recovered."));
    }
    return kExitOk;
}

Status CliApplication::applyApplicationOptions(const QCommandLineParser& p, Application& app, bool creating)
{
    auto has = [&](const char* name) { return p.isSet(QString::fromLatin1(name)); };
    auto val = [&](const char* name) { return p.value(QString::fromLatin1(name)); };
    auto vals = [&](const char* name) { return p.values(QString::fromLatin1(name)); };
    if (has("template")) {
        if (!creating)
            return Error::invalid(QStringLiteral("template"), QStringLiteral("--template is for 'app add' only."));
        const auto tmpl = ApplicationTemplate::find(val("template"));
        if (!tmpl) {
            QStringList ids;
            for (const ApplicationTemplate& t : ApplicationTemplate::all())
                ids << t.id;
            return Error::invalid(QStringLiteral("template"),
                QStringLiteral("Unknown template '%1'; choose one of %2.")
                    .arg(val("template"), ids.join(QStringLiteral(", "))));
        }
        const Application keep = app;
        app = tmpl->application;
        app.organizationId = keep.organizationId;
        app.name = keep.name;
        app.createdBy = keep.createdBy;
    }
    if (has("name"))
        app.name = val("name");
    if (has("display-name"))
        app.displayName = val("display-name");
    if (has("description"))
        app.description = val("description");
    if (has("client-type")) {
        auto v = parseEnum(kClientTypeNames, val("client-type"), QStringLiteral("client-type"));
        if (!v)
            return v.error();
        app.clientType = *v;
        // Follow the type unless the auth method is given too, so `--client-type confidential` just works.
        if (!has("auth-method"))
            app.authMethod
                = app.isConfidential() ? TokenEndpointAuthMethod::ClientSecretBasic : TokenEndpointAuthMethod::None;
    }
    if (has("auth-method")) {
        auto v = parseEnum(kAuthMethodNames, val("auth-method"), QStringLiteral("auth-method"));
        if (!v)
            return v.error();
        app.authMethod = *v;
    }
    if (has("redirect-uri"))
        app.redirectUris = vals("redirect-uri");
    for (const QString& uri : vals("add-redirect-uri")) {
        if (!app.redirectUris.contains(uri))
            app.redirectUris << uri;
    }
    for (const QString& uri : vals("remove-redirect-uri")) {
        if (!app.redirectUris.removeOne(uri))
            return Error::invalid(QStringLiteral("redirectUris"),
                QStringLiteral("The application has no redirect URI '%1' to remove.").arg(uri));
    }
    if (has("grant")) {
        app.grantTypes.clear();
        for (const QString& g : vals("grant")) {
            auto v = parseEnum(kGrantTypeNames, g, QStringLiteral("grant"));
            if (!v)
                return v.error();
            app.grantTypes << *v;
        }
    }
    if (has("pkce")) {
        const QString v = val("pkce").toLower();
        if (v != QLatin1String("yes") && v != QLatin1String("no"))
            return Error::invalid(QStringLiteral("pkce"), QStringLiteral("--pkce takes yes or no."));
        app.pkceRequired = v == QLatin1String("yes");
    }
    if (has("token-format")) {
        auto v = parseEnum(kTokenFormatNames, val("token-format"), QStringLiteral("token-format"));
        if (!v)
            return v.error();
        app.tokenFormat = *v;
    }
    if (has("signing-alg")) {
        auto v = parseEnum(kSigningAlgorithmNames, val("signing-alg"), QStringLiteral("signing-alg"));
        if (!v)
            return v.error();
        app.signingAlgorithm = *v;
    }
    for (const char* name : {"access-lifetime", "refresh-lifetime"}) {
        if (!has(name))
            continue;
        bool ok = false;
        const int seconds = val(name).toInt(&ok);
        if (!ok)
            return Error::invalid(QString::fromLatin1(name),
                QStringLiteral("--%1 takes a number of seconds, not '%2'.").arg(QString::fromLatin1(name), val(name)));
        (qstrcmp(name, "access-lifetime") == 0 ? app.accessTokenLifetime : app.refreshTokenLifetime) = seconds;
    }
    if (has("consent")) {
        auto v = parseEnum(kConsentPolicyNames, val("consent"), QStringLiteral("consent"));
        if (!v)
            return v.error();
        app.consentPolicy = *v;
    }
    if (has("scope"))
        app.allowedScopes = vals("scope");
    if (has("cors-origin"))
        app.corsOrigins = vals("cors-origin");
    if (has("category")) {
        auto v = parseEnum(kAppCategoryNames, val("category"), QStringLiteral("category"));
        if (!v)
            return v.error();
        app.category = *v;
        if (!has("type"))
            app.type = app.category == AppCategory::Agent ? QStringLiteral("MCP") : QStringLiteral("All");
    }
    if (has("type"))
        app.type = val("type");
    return {};
}

int CliApplication::cmdAppList(QCommandLineParser& p)
{
    auto org = optionalOrganizationId(p);
    if (!org)
        return fail(org.error());
    auto apps = m_store->applications().list(*org);
    if (!apps)
        return fail(apps.error());
    return printList(*apps,
        {QStringLiteral("NAME"), QStringLiteral("CLIENT ID"), QStringLiteral("TYPE"), QStringLiteral("REDIRECTS"),
            QStringLiteral("CONSENT"), QStringLiteral("CREATED BY")},
        [](const Application& a) {
            return QStringList{a.name, a.clientId, enumName(kClientTypeNames, a.clientType),
                QString::number(a.redirectUris.size()), enumName(kConsentPolicyNames, a.consentPolicy),
                enumName(kCreatedByNames, a.createdBy)};
        });
}

int CliApplication::cmdAppShow(QCommandLineParser& p)
{
    auto ref = positional(p, 0, QStringLiteral("application"));
    if (!ref)
        return fail(ref.error());
    auto app = m_store->applications().find(*ref);
    if (!app)
        return fail(app.error());
    return printApplication(*app, {});
}

int CliApplication::cmdAppAdd(QCommandLineParser& p)
{
    auto name = positional(p, 0, QStringLiteral("application name"));
    if (!name)
        return fail(name.error());
    auto org = organizationId(p);
    if (!org)
        return fail(org.error());
    Application app;
    app.organizationId = *org;
    app.name = *name;
    app.createdBy = CreatedBy::Cli;
    if (const Status applied = applyApplicationOptions(p, app, true); !applied)
        return fail(applied.error());
    auto saved = m_store->applications().create(app, m_ctx);
    if (!saved)
        return fail(saved.error());
    return printApplication(saved->application, saved->clientSecret);
}

int CliApplication::cmdAppUpdate(QCommandLineParser& p)
{
    auto ref = positional(p, 0, QStringLiteral("application"));
    if (!ref)
        return fail(ref.error());
    auto app = m_store->applications().find(*ref);
    if (!app)
        return fail(app.error());
    Application changed = *app;
    if (const Status applied = applyApplicationOptions(p, changed, false); !applied)
        return fail(applied.error());
    auto saved = m_store->applications().update(changed, m_ctx);
    if (!saved)
        return fail(saved.error());
    return printApplication(saved->application, saved->clientSecret);
}

int CliApplication::cmdAppDelete(QCommandLineParser& p)
{
    auto ref = positional(p, 0, QStringLiteral("application"));
    if (!ref)
        return fail(ref.error());
    auto removed = m_store->applications().remove(*ref, m_ctx);
    if (!removed)
        return fail(removed.error());
    return report(QJsonObject{{QStringLiteral("deleted"), *ref}, {QStringLiteral("tokensDeleted"), removed->tokens},
                      {QStringLiteral("consentsDeleted"), removed->consents}},
        QStringLiteral("Deleted application %1 with %2 token(s) and %3 consent(s).")
            .arg(*ref)
            .arg(removed->tokens)
            .arg(removed->consents));
}

int CliApplication::cmdAppRotateSecret(QCommandLineParser& p)
{
    auto ref = positional(p, 0, QStringLiteral("application"));
    if (!ref)
        return fail(ref.error());
    auto secret = m_store->applications().rotateSecret(*ref, m_ctx);
    if (!secret)
        return fail(secret.error());
    if (m_out.json()) {
        m_out.jsonValue(QJsonObject{{QStringLiteral("application"), *ref}, {QStringLiteral("clientSecret"), *secret}});
    } else {
        m_out.line(QStringLiteral("New client secret for %1: %2").arg(*ref, *secret));
        m_out.line(QStringLiteral("Store it now: it is shown only this once. The old secret no longer works."));
    }
    return kExitOk;
}

// ---------------------------------------------------------------------------------------------
// resource

namespace {

Result<QMap<QString, QString>> parseTools(const QStringList& values)
{
    QMap<QString, QString> tools;
    for (const QString& v : values) {
        const qsizetype eq = v.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == v.size() - 1)
            return Error::invalid(QStringLiteral("tool"),
                QStringLiteral("--tool takes tool=scope (e.g. list_applications=application:read), "
                               "not '%1'.")
                    .arg(v));
        tools.insert(v.left(eq), v.mid(eq + 1));
    }
    return tools;
}

} // namespace

int CliApplication::cmdResourceList(QCommandLineParser& p)
{
    auto org = optionalOrganizationId(p);
    if (!org)
        return fail(org.error());
    auto list = m_store->resources().list(*org);
    if (!list)
        return fail(list.error());
    return printList(*list, {QStringLiteral("URI"), QStringLiteral("DISPLAY NAME"), QStringLiteral("SCOPES")},
        [](const Resource& r) {
            return QStringList{r.uri, r.displayName, r.scopes.join(QLatin1Char(' '))};
        });
}

int CliApplication::cmdResourceShow(QCommandLineParser& p)
{
    auto ref = positional(p, 0, QStringLiteral("resource URI"));
    if (!ref)
        return fail(ref.error());
    auto r = m_store->resources().find(*ref);
    if (!r)
        return fail(r.error());
    if (m_out.json()) {
        m_out.jsonValue(DomainJson::toJson(*r));
        return kExitOk;
    }
    QStringList tools;
    for (auto it = r->toolScopes.cbegin(); it != r->toolScopes.cend(); ++it)
        tools << it.key() + QStringLiteral(" needs ") + it.value();
    m_out.fields({{QStringLiteral("URI"), r->uri}, {QStringLiteral("Display name"), r->displayName},
        {QStringLiteral("Description"), r->description}, {QStringLiteral("Scopes"), r->scopes.join(QLatin1Char(' '))},
        {QStringLiteral("Tools"), tools.join(QStringLiteral("; "))}, {QStringLiteral("Id"), r->id}});
    return kExitOk;
}

int CliApplication::cmdResourceAdd(QCommandLineParser& p)
{
    auto uri = positional(p, 0, QStringLiteral("resource URI"));
    if (!uri)
        return fail(uri.error());
    auto org = organizationId(p);
    if (!org)
        return fail(org.error());
    auto tools = parseTools(p.values(QStringLiteral("tool")));
    if (!tools)
        return fail(tools.error());
    Resource r;
    r.organizationId = *org;
    r.uri = *uri;
    r.displayName = p.value(QStringLiteral("display-name"));
    r.description = p.value(QStringLiteral("description"));
    r.scopes = p.values(QStringLiteral("scope"));
    r.toolScopes = *tools;
    auto created = m_store->resources().create(r, m_ctx);
    if (!created)
        return fail(created.error());
    return report(DomainJson::toJson(*created), QStringLiteral("Registered resource %1.").arg(created->uri));
}

int CliApplication::cmdResourceUpdate(QCommandLineParser& p)
{
    auto ref = positional(p, 0, QStringLiteral("resource URI"));
    if (!ref)
        return fail(ref.error());
    auto r = m_store->resources().find(*ref);
    if (!r)
        return fail(r.error());
    Resource changed = *r;
    if (p.isSet(QStringLiteral("uri")))
        changed.uri = p.value(QStringLiteral("uri"));
    if (p.isSet(QStringLiteral("display-name")))
        changed.displayName = p.value(QStringLiteral("display-name"));
    if (p.isSet(QStringLiteral("description")))
        changed.description = p.value(QStringLiteral("description"));
    if (p.isSet(QStringLiteral("scope")))
        changed.scopes = p.values(QStringLiteral("scope"));
    if (p.isSet(QStringLiteral("tool"))) {
        auto tools = parseTools(p.values(QStringLiteral("tool")));
        if (!tools)
            return fail(tools.error());
        changed.toolScopes = *tools;
    }
    auto saved = m_store->resources().update(changed, m_ctx);
    if (!saved)
        return fail(saved.error());
    return report(DomainJson::toJson(*saved), QStringLiteral("Updated resource %1.").arg(saved->uri));
}

int CliApplication::cmdResourceDelete(QCommandLineParser& p)
{
    auto ref = positional(p, 0, QStringLiteral("resource URI"));
    if (!ref)
        return fail(ref.error());
    if (const Status removed = m_store->resources().remove(*ref, m_ctx); !removed)
        return fail(removed.error());
    return report(QJsonObject{{QStringLiteral("deleted"), *ref}}, QStringLiteral("Removed resource %1.").arg(*ref));
}

// ---------------------------------------------------------------------------------------------
// scope

int CliApplication::cmdScopeList(QCommandLineParser& p)
{
    auto org = optionalOrganizationId(p);
    if (!org)
        return fail(org.error());
    auto list = m_store->scopes().list(*org);
    if (!list)
        return fail(list.error());
    return printList(*list, {QStringLiteral("NAME"), QStringLiteral("DISPLAY NAME"), QStringLiteral("DESCRIPTION")},
        [](const Scope& s) {
            return QStringList{s.name, s.displayName, s.description};
        });
}

int CliApplication::cmdScopeShow(QCommandLineParser& p)
{
    auto name = positional(p, 0, QStringLiteral("scope name"));
    if (!name)
        return fail(name.error());
    auto org = optionalOrganizationId(p);
    if (!org)
        return fail(org.error());
    auto s = m_store->scopes().find(*name, *org);
    if (!s)
        return fail(s.error());
    if (m_out.json())
        m_out.jsonValue(DomainJson::toJson(*s));
    else
        m_out.fields({{QStringLiteral("Name"), s->name}, {QStringLiteral("Display name"), s->displayName},
            {QStringLiteral("Description"), s->description}, {QStringLiteral("Id"), s->id}});
    return kExitOk;
}

int CliApplication::cmdScopeAdd(QCommandLineParser& p)
{
    auto name = positional(p, 0, QStringLiteral("scope name"));
    if (!name)
        return fail(name.error());
    auto org = organizationId(p);
    if (!org)
        return fail(org.error());
    auto created = m_store->scopes().create(
        Scope{{}, *org, *name, p.value(QStringLiteral("display-name")), p.value(QStringLiteral("description"))}, m_ctx);
    if (!created)
        return fail(created.error());
    return report(DomainJson::toJson(*created), QStringLiteral("Created scope %1.").arg(created->name));
}

int CliApplication::cmdScopeUpdate(QCommandLineParser& p)
{
    auto name = positional(p, 0, QStringLiteral("scope name"));
    if (!name)
        return fail(name.error());
    auto org = optionalOrganizationId(p);
    if (!org)
        return fail(org.error());
    auto s = m_store->scopes().find(*name, *org);
    if (!s)
        return fail(s.error());
    Scope changed = *s;
    if (p.isSet(QStringLiteral("display-name")))
        changed.displayName = p.value(QStringLiteral("display-name"));
    if (p.isSet(QStringLiteral("description")))
        changed.description = p.value(QStringLiteral("description"));
    auto saved = m_store->scopes().update(changed, m_ctx);
    if (!saved)
        return fail(saved.error());
    return report(DomainJson::toJson(*saved), QStringLiteral("Updated scope %1.").arg(saved->name));
}

int CliApplication::cmdScopeDelete(QCommandLineParser& p)
{
    auto name = positional(p, 0, QStringLiteral("scope name"));
    if (!name)
        return fail(name.error());
    auto org = optionalOrganizationId(p);
    if (!org)
        return fail(org.error());
    auto s = m_store->scopes().find(*name, *org);
    if (!s)
        return fail(s.error());
    if (const Status removed = m_store->scopes().remove(s->id, m_ctx); !removed)
        return fail(removed.error());
    return report(QJsonObject{{QStringLiteral("deleted"), s->name}}, QStringLiteral("Deleted scope %1.").arg(s->name));
}

// ---------------------------------------------------------------------------------------------
// user

int CliApplication::cmdUserList(QCommandLineParser& p)
{
    auto org = optionalOrganizationId(p);
    if (!org)
        return fail(org.error());
    auto list = m_store->users().list(*org);
    if (!list)
        return fail(list.error());
    return printList(*list,
        {QStringLiteral("USERNAME"), QStringLiteral("DISPLAY NAME"), QStringLiteral("EMAIL"), QStringLiteral("STATE"),
            QStringLiteral("ROLE")},
        [](const User& u) {
            return QStringList{u.username, u.displayName, u.email,
                u.disabled ? QStringLiteral("disabled") : QStringLiteral("enabled"),
                u.isAdmin ? QStringLiteral("administrator") : QStringLiteral("user")};
        });
}

int CliApplication::cmdUserShow(QCommandLineParser& p)
{
    auto name = positional(p, 0, QStringLiteral("username"));
    if (!name)
        return fail(name.error());
    auto u = m_store->users().find(*name);
    if (!u)
        return fail(u.error());
    if (m_out.json())
        m_out.jsonValue(DomainJson::toJson(*u));
    else
        m_out.fields({{QStringLiteral("Username"), u->username}, {QStringLiteral("Display name"), u->displayName},
            {QStringLiteral("Email"), u->email},
            {QStringLiteral("State"), u->disabled ? QStringLiteral("disabled") : QStringLiteral("enabled")},
            {QStringLiteral("Administrator"), u->isAdmin ? QStringLiteral("yes") : QStringLiteral("no")},
            {QStringLiteral("Created"), shortTime(u->createdAt)}, {QStringLiteral("Id"), u->id}});
    return kExitOk;
}

int CliApplication::cmdUserAdd(QCommandLineParser& p)
{
    auto name = positional(p, 0, QStringLiteral("username"));
    if (!name)
        return fail(name.error());
    auto org = organizationId(p);
    if (!org)
        return fail(org.error());
    User u;
    u.organizationId = *org;
    u.username = *name;
    u.displayName = p.value(QStringLiteral("display-name"));
    u.email = p.value(QStringLiteral("email"));
    u.isAdmin = p.isSet(QStringLiteral("admin"));
    if (const ValidationErrors errors = u.validate(); !errors.isEmpty())
        return fail(validationError(errors)); // before asking for a password the user would type in vain
    auto password = readSecretFromStdin(QStringLiteral("Password for %1:").arg(u.username));
    if (!password)
        return fail(password.error());
    auto created = m_store->users().create(u, *password, m_ctx);
    if (!created)
        return fail(created.error());
    return report(DomainJson::toJson(*created), QStringLiteral("Created user %1.").arg(created->username));
}

int CliApplication::cmdUserUpdate(QCommandLineParser& p)
{
    auto name = positional(p, 0, QStringLiteral("username"));
    if (!name)
        return fail(name.error());
    if (p.isSet(QStringLiteral("disable")) && p.isSet(QStringLiteral("enable")))
        return usage(QStringLiteral("--disable and --enable contradict each other."));
    const QString admin = p.value(QStringLiteral("admin")).toLower();
    if (p.isSet(QStringLiteral("admin")) && admin != QLatin1String("yes") && admin != QLatin1String("no"))
        return fail(Error::invalid(QStringLiteral("admin"), QStringLiteral("--admin takes yes or no.")));
    auto u = m_store->users().find(*name);
    if (!u)
        return fail(u.error());
    User changed = *u;
    if (p.isSet(QStringLiteral("display-name")))
        changed.displayName = p.value(QStringLiteral("display-name"));
    if (p.isSet(QStringLiteral("email")))
        changed.email = p.value(QStringLiteral("email"));
    if (p.isSet(QStringLiteral("disable")))
        changed.disabled = true;
    if (p.isSet(QStringLiteral("enable")))
        changed.disabled = false;
    if (p.isSet(QStringLiteral("admin")))
        changed.isAdmin = admin == QLatin1String("yes");
    auto saved = m_store->users().update(changed, m_ctx);
    if (!saved)
        return fail(saved.error());
    return report(DomainJson::toJson(*saved), QStringLiteral("Updated user %1.").arg(saved->username));
}

int CliApplication::cmdUserSetPassword(QCommandLineParser& p)
{
    auto name = positional(p, 0, QStringLiteral("username"));
    if (!name)
        return fail(name.error());
    auto u = m_store->users().find(*name);
    if (!u)
        return fail(u.error());
    auto password = readSecretFromStdin(QStringLiteral("New password for %1:").arg(u->username));
    if (!password)
        return fail(password.error());
    if (const Status set = m_store->users().setPassword(u->id, *password, m_ctx); !set)
        return fail(set.error());
    return report(QJsonObject{{QStringLiteral("passwordChanged"), u->username}},
        QStringLiteral("Changed the password of %1.").arg(u->username));
}

int CliApplication::cmdUserDelete(QCommandLineParser& p)
{
    auto name = positional(p, 0, QStringLiteral("username"));
    if (!name)
        return fail(name.error());
    if (const Status removed = m_store->users().remove(*name, m_ctx); !removed)
        return fail(removed.error());
    return report(QJsonObject{{QStringLiteral("deleted"), *name}}, QStringLiteral("Deleted user %1.").arg(*name));
}

// ---------------------------------------------------------------------------------------------
// token

Result<TokenFilter> CliApplication::tokenFilterFrom(const QCommandLineParser& p)
{
    TokenFilter f;
    if (p.isSet(QStringLiteral("app"))) {
        auto id = resolveApplicationId(p.value(QStringLiteral("app")));
        if (!id)
            return id.error();
        f.applicationId = *id;
    }
    if (p.isSet(QStringLiteral("user"))) {
        auto id = resolveUserId(p.value(QStringLiteral("user")));
        if (!id)
            return id.error();
        f.userId = *id;
    }
    f.resource = p.value(QStringLiteral("resource"));
    if (p.isSet(QStringLiteral("state"))) {
        auto s = parseEnum(kTokenStateNames, p.value(QStringLiteral("state")), QStringLiteral("state"));
        if (!s)
            return s.error();
        f.state = *s;
    }
    if (p.isSet(QStringLiteral("kind"))) {
        auto k = parseEnum(kTokenKindNames, p.value(QStringLiteral("kind")), QStringLiteral("kind"));
        if (!k)
            return k.error();
        f.kind = *k;
    }
    for (const char* name : {"since", "until"}) {
        if (!p.isSet(QString::fromLatin1(name)))
            continue;
        auto t = parseTime(p.value(QString::fromLatin1(name)), QString::fromLatin1(name));
        if (!t)
            return t.error();
        (qstrcmp(name, "since") == 0 ? f.issuedFrom : f.issuedTo) = *t;
    }
    return f;
}

int CliApplication::cmdTokenList(QCommandLineParser& p)
{
    auto filter = tokenFilterFrom(p);
    if (!filter)
        return fail(filter.error());
    const TokenFilter f = *filter;
    TokenPageRequest request;
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        request.limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || request.limit < 1 || request.limit > 10000)
            return fail(
                Error::invalid(QStringLiteral("limit"), QStringLiteral("--limit takes a number from 1 to 10000.")));
    }
    auto page = m_store->tokens().page(f, request);
    if (!page)
        return fail(page.error());
    const qint64 now = SqlValues::nowMs();
    if (m_out.json()) {
        QJsonArray a;
        for (const Token& t : page->tokens)
            a << DomainJson::toJson(t, now);
        m_out.jsonValue(a);
        return kExitOk;
    }
    QList<QStringList> rows;
    for (const Token& t : page->tokens)
        rows << QStringList{t.id, enumName(kTokenKindNames, t.kind), enumName(kTokenStateNames, t.stateAt(now)),
            t.applicationId.left(8), t.userId.left(8), shortTime(t.issuedAt), shortTime(t.expiresAt),
            t.scopes.join(QLatin1Char(' '))};
    m_out.table({QStringLiteral("ID"), QStringLiteral("KIND"), QStringLiteral("STATE"), QStringLiteral("APP"),
                    QStringLiteral("USER"), QStringLiteral("ISSUED (UTC)"), QStringLiteral("EXPIRES (UTC)"),
                    QStringLiteral("SCOPES")},
        rows);
    return kExitOk;
}

int CliApplication::cmdTokenShow(QCommandLineParser& p)
{
    auto id = positional(p, 0, QStringLiteral("token id"));
    if (!id)
        return fail(id.error());
    auto t = m_store->tokens().find(*id);
    if (!t)
        return fail(t.error());
    const qint64 now = SqlValues::nowMs();
    if (m_out.json()) {
        m_out.jsonValue(DomainJson::toJson(*t, now));
        return kExitOk;
    }
    m_out.fields({{QStringLiteral("Id (jti)"), t->id}, {QStringLiteral("Kind"), enumName(kTokenKindNames, t->kind)},
        {QStringLiteral("State"), enumName(kTokenStateNames, t->stateAt(now))},
        {QStringLiteral("Application"), t->applicationId}, {QStringLiteral("User"), t->userId},
        {QStringLiteral("Resource (aud)"), t->resource}, {QStringLiteral("Scopes"), t->scopes.join(QLatin1Char(' '))},
        {QStringLiteral("Issued"), shortTime(t->issuedAt)}, {QStringLiteral("Expires"), shortTime(t->expiresAt)},
        {QStringLiteral("Revoked"), shortTime(t->revokedAt)}, {QStringLiteral("Family"), t->familyId}});
    return kExitOk;
}

int CliApplication::cmdTokenRevoke(QCommandLineParser& p)
{
    const QStringList args = p.positionalArguments();
    if (p.isSet(QStringLiteral("stdin")))
        return usage(QStringLiteral("token revoke --stdin revokes at a remote server: add --profile or --backend."));
    const bool filtered = p.isSet(QStringLiteral("app")) || p.isSet(QStringLiteral("user"))
        || p.isSet(QStringLiteral("resource")) || p.isSet(QStringLiteral("since")) || p.isSet(QStringLiteral("until"))
        || p.isSet(QStringLiteral("kind")) || p.isSet(QStringLiteral("state"));
    if (args.size() > 1 || (args.size() == 1 && filtered) || (args.isEmpty() && !filtered))
        return usage(QStringLiteral("token revoke takes either one token id or filters (--app, --user, --resource, "
                                    "--since, --until, --kind)."));
    Result<qint64> revoked = qint64(0);
    if (args.size() == 1) {
        revoked = m_store->tokens().revoke(args.first(), m_ctx);
    } else {
        auto filter = tokenFilterFrom(p);
        if (!filter)
            return fail(filter.error());
        revoked = m_store->tokens().revokeMatching(*filter, m_ctx);
    }
    if (!revoked)
        return fail(revoked.error());
    return report(QJsonObject{{QStringLiteral("revoked"), *revoked}},
        QStringLiteral("Revoked %1 token(s). JWT access tokens validated offline stay usable until they "
                       "expire.")
            .arg(*revoked));
}

// ---------------------------------------------------------------------------------------------
// consent

int CliApplication::cmdConsentList(QCommandLineParser& p)
{
    ConsentFilter f;
    f.includeRevoked = p.isSet(QStringLiteral("all"));
    if (p.isSet(QStringLiteral("user"))) {
        auto id = resolveUserId(p.value(QStringLiteral("user")));
        if (!id)
            return fail(id.error());
        f.userId = *id;
    }
    if (p.isSet(QStringLiteral("app"))) {
        auto id = resolveApplicationId(p.value(QStringLiteral("app")));
        if (!id)
            return fail(id.error());
        f.applicationId = *id;
    }
    auto list = m_store->consents().list(f);
    if (!list)
        return fail(list.error());
    return printList(*list,
        {QStringLiteral("ID"), QStringLiteral("USER"), QStringLiteral("APP"), QStringLiteral("RESOURCE"),
            QStringLiteral("SCOPES"), QStringLiteral("GRANTED (UTC)"), QStringLiteral("REVOKED")},
        [](const Consent& c) {
            return QStringList{c.id, c.userId.left(8), c.applicationId.left(8), c.resource,
                c.scopes.join(QLatin1Char(' ')), shortTime(c.grantedAt), shortTime(c.revokedAt)};
        });
}

int CliApplication::cmdConsentRevoke(QCommandLineParser& p)
{
    auto id = positional(p, 0, QStringLiteral("consent id"));
    if (!id)
        return fail(id.error());
    auto revoked = m_store->consents().revoke(*id, m_ctx);
    if (!revoked)
        return fail(revoked.error());
    return report(QJsonObject{{QStringLiteral("revoked"), *id}, {QStringLiteral("tokensRevoked"), *revoked}},
        QStringLiteral("Revoked consent %1 and %2 token(s) issued under it.").arg(*id).arg(*revoked));
}

// ---------------------------------------------------------------------------------------------
// audit

namespace {

Result<AuditFilter> auditFilterFrom(const QCommandLineParser& p)
{
    AuditFilter f;
    f.actor = p.value(QStringLiteral("actor"));
    f.action = p.value(QStringLiteral("action"));
    f.targetId = p.value(QStringLiteral("target"));
    if (p.isSet(QStringLiteral("outcome"))) {
        auto o = parseEnum(kAuditOutcomeNames, p.value(QStringLiteral("outcome")), QStringLiteral("outcome"));
        if (!o)
            return o.error();
        f.outcome = *o;
    }
    for (const char* name : {"since", "until"}) {
        if (!p.isSet(QString::fromLatin1(name)))
            continue;
        auto t = parseTime(p.value(QString::fromLatin1(name)), QString::fromLatin1(name));
        if (!t)
            return t.error();
        (qstrcmp(name, "since") == 0 ? f.from : f.to) = *t;
    }
    return f;
}

} // namespace

int CliApplication::cmdAuditList(QCommandLineParser& p)
{
    auto f = auditFilterFrom(p);
    if (!f)
        return fail(f.error());
    int limit = 100;
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 10000)
            return fail(
                Error::invalid(QStringLiteral("limit"), QStringLiteral("--limit takes a number from 1 to 10000.")));
    }
    auto events = m_store->audit().list(*f, 0, limit);
    if (!events)
        return fail(events.error());
    return printList(*events,
        {QStringLiteral("SEQ"), QStringLiteral("TIME (UTC)"), QStringLiteral("ACTOR"), QStringLiteral("ACTION"),
            QStringLiteral("TARGET"), QStringLiteral("OUTCOME")},
        [](const AuditEvent& e) {
            return QStringList{QString::number(e.seq), shortTime(e.time), e.actor, e.action,
                e.targetType + QLatin1Char(' ') + e.targetId.left(12), enumName(kAuditOutcomeNames, e.outcome)};
        });
}

int CliApplication::cmdAuditVerify(QCommandLineParser&)
{
    auto report = m_store->audit().verify();
    if (!report)
        return fail(report.error());
    if (m_out.json()) {
        QJsonObject o{{QStringLiteral("intact"), report->intact}, {QStringLiteral("checked"), report->checked}};
        if (!report->intact) {
            o.insert(QStringLiteral("firstBrokenSeq"), report->firstBrokenSeq);
            o.insert(QStringLiteral("reason"), report->reason);
        }
        m_out.jsonValue(o);
    } else if (report->intact) {
        m_out.line(QStringLiteral("The audit log is intact: %1 event(s) checked.").arg(report->checked));
    } else {
        m_out.line(
            QStringLiteral("The audit log is BROKEN at event %1: %2.").arg(report->firstBrokenSeq).arg(report->reason));
    }
    return report->intact ? kExitOk : kExitIntegrity;
}

int CliApplication::cmdAuditExport(QCommandLineParser& p)
{
    auto format = positional(p, 0, QStringLiteral("format (csv or json)"));
    if (!format)
        return fail(format.error());
    if (*format != QLatin1String("csv") && *format != QLatin1String("json"))
        return fail(Error::invalid(
            QStringLiteral("format"), QStringLiteral("The export format is csv or json, not '%1'.").arg(*format)));
    auto f = auditFilterFrom(p);
    if (!f)
        return fail(f.error());

    // A file is written atomically (QSaveFile): an interrupted export never leaves half a file behind.
    std::unique_ptr<QSaveFile> file;
    QFile standardOut;
    QIODevice* device = nullptr;
    if (p.isSet(QStringLiteral("output"))) {
        file = std::make_unique<QSaveFile>(p.value(QStringLiteral("output")));
        if (!file->open(QIODevice::WriteOnly))
            return fail(Error::make(ErrorCode::Io,
                QStringLiteral("Cannot write %1: %2").arg(p.value(QStringLiteral("output")), file->errorString())));
        device = file.get();
    } else {
        if (!standardOut.open(stdout, QIODevice::WriteOnly))
            return fail(Error::make(ErrorCode::Io, QStringLiteral("Cannot write to standard output.")));
        device = &standardOut;
    }
    const bool csv = *format == QLatin1String("csv");
    qint64 count = 0;
    if (csv)
        device->write("seq,time,actor,action,target_type,target_id,outcome,source,details,prev_hash,hash\n");
    else
        device->write("[");
    const Status walked = m_store->audit().forEach(*f, [&](const AuditEvent& e) {
        if (csv) {
            const QStringList cells{QString::number(e.seq), DomainJson::isoTime(e.time), e.actor, e.action,
                e.targetType, e.targetId, enumName(kAuditOutcomeNames, e.outcome), e.source,
                SqlValues::objectToJson(e.details), e.prevHash, e.hash};
            QStringList escaped;
            for (const QString& c : cells)
                escaped << csvField(c);
            device->write(escaped.join(QLatin1Char(',')).toUtf8() + '\n');
        } else {
            device->write(count == 0 ? "\n" : ",\n");
            device->write(QJsonDocument(DomainJson::toJson(e)).toJson(QJsonDocument::Compact));
        }
        ++count;
    });
    if (!walked) {
        if (file)
            file->cancelWriting();
        return fail(walked.error());
    }
    if (!csv)
        device->write("\n]\n");
    if (file) {
        if (!file->commit())
            return fail(Error::make(ErrorCode::Io,
                QStringLiteral("Cannot write %1: %2").arg(p.value(QStringLiteral("output")), file->errorString())));
        m_out.errorLine(
            QStringLiteral("Exported %1 event(s) to %2.").arg(count).arg(p.value(QStringLiteral("output"))));
    }
    return kExitOk;
}

// ---------------------------------------------------------------------------------------------
// db

int CliApplication::cmdDbInfo(QCommandLineParser&)
{
    auto version = Migrations::currentVersion(m_store->database());
    if (!version)
        return fail(version.error());
    QList<std::pair<QString, QString>> rows{{QStringLiteral("Location"), m_store->database().location().display()},
        {QStringLiteral("Database"),
            m_store->database().dialect() == SqlDialect::Sqlite ? QStringLiteral("SQLite")
                                                                : QStringLiteral("PostgreSQL")},
        {QStringLiteral("Schema version"), QString::number(*version)}};
    QJsonObject json{{QStringLiteral("location"), rows[0].second}, {QStringLiteral("dialect"), rows[1].second},
        {QStringLiteral("schemaVersion"), *version}};
    for (const char* table :
        {"organizations", "applications", "resources", "scopes", "users", "consents", "tokens", "audit_events"}) {
        auto q = m_store->database().exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table)));
        if (!q)
            return fail(q.error());
        QSqlQuery query = std::move(q).value();
        const qint64 n = query.next() ? query.value(0).toLongLong() : 0;
        rows << std::pair{QString::fromLatin1(table), QString::number(n)};
        json.insert(QString::fromLatin1(table), n);
    }
    if (m_out.json())
        m_out.jsonValue(json);
    else
        m_out.fields(rows);
    return kExitOk;
}

int CliApplication::cmdDbSetPassword(QCommandLineParser&)
{
    auto loc = location();
    if (!loc)
        return fail(loc.error());
    if (loc->dialect != SqlDialect::Postgres)
        return fail(Error::invalid(QStringLiteral("db"),
            QStringLiteral("A SQLite store has no password; name a "
                           "PostgreSQL store with --db.")));
    auto password = readSecretFromStdin(QStringLiteral("Password for %1:").arg(loc->display()));
    if (!password)
        return fail(password.error());
    if (const Status saved = keychainWrite(SecretStore::databasePasswordKey(loc->identity()), *password, false); !saved)
        return fail(saved.error());
    return report(QJsonObject{{QStringLiteral("stored"), loc->display()}},
        QStringLiteral("The password for %1 is now in the keychain.").arg(loc->display()));
}

int CliApplication::cmdDbForgetPassword(QCommandLineParser&)
{
    auto loc = location();
    if (!loc)
        return fail(loc.error());
    if (const Status removed = keychainWrite(SecretStore::databasePasswordKey(loc->identity()), {}, true); !removed)
        return fail(removed.error());
    return report(QJsonObject{{QStringLiteral("removed"), loc->display()}},
        QStringLiteral("Removed the password for %1 from the keychain.").arg(loc->display()));
}

// ---------------------------------------------------------------------------------------------
// demo-data

int CliApplication::cmdDemoData(QCommandLineParser&)
{
    auto report = DemoData::install(*m_store, m_ctx);
    if (!report)
        return fail(report.error());
    if (m_out.json()) {
        QJsonObject o{{QStringLiteral("created"), report->created},
            {QStringLiteral("organization"), report->organizationName},
            {QStringLiteral("resource"), report->resourceUri},
            {QStringLiteral("applications"), QJsonArray::fromStringList(report->applications)},
            {QStringLiteral("adminUsername"), report->adminUsername}};
        if (!report->adminPassword.isEmpty())
            o.insert(QStringLiteral("adminPassword"), report->adminPassword);
        m_out.jsonValue(o);
        return kExitOk;
    }
    if (!report->created) {
        m_out.line(QStringLiteral("Demo data is already present (organization '%1'); nothing changed.")
                       .arg(report->organizationName));
        return kExitOk;
    }
    m_out.line(QStringLiteral("Created the demo organization '%1' with:").arg(report->organizationName));
    m_out.line(QStringLiteral("  resource     %1 (the built-in MCP server) and its scopes").arg(report->resourceUri));
    m_out.line(QStringLiteral("  applications %1").arg(report->applications.join(QStringLiteral(", "))));
    m_out.line(QStringLiteral("  user         %1, password: %2").arg(report->adminUsername, report->adminPassword));
    m_out.line(
        QStringLiteral("The password is shown only this once; change it with 'mcp-auth user set-password admin'."));
    return kExitOk;
}

// ---------------------------------------------------------------------------------------------
// key

Result<KekResult> CliApplication::keyEncryptionKey()
{
    // The same keychain-or-key-file choice as the server, so both find the same key.
    const std::unique_ptr<SecretStore> keychain = KeyEncryptionKey::systemKeychain();
    KeyEncryptionKey kek(keychain.get(), m_store->database().location());
    const auto existing = m_store->signingKeys().list();
    kek.setStoreHasKeys(existing && !existing->isEmpty());
    std::optional<Result<KekResult>> answer;
    QEventLoop loop;
    QObject::connect(&kek, &KeyEncryptionKey::finished, &loop, [&](const Result<KekResult>& result) {
        answer = result;
        loop.quit();
    });
    kek.obtain();
    if (!answer)
        loop.exec();
    return *answer;
}

int CliApplication::cmdKeyList(QCommandLineParser& p)
{
    if (!p.positionalArguments().isEmpty())
        return usage(QStringLiteral("key list takes no arguments."));
    // Metadata only: listing needs no key-encryption key.
    auto keys = m_store->signingKeys().list();
    if (!keys)
        return fail(keys.error());
    const qint64 now = SqlValues::nowMs();
    if (m_out.json()) {
        QJsonArray array;
        for (const SigningKey& key : *keys)
            array << DomainJson::toJson(key, now);
        m_out.jsonValue(array);
        return kExitOk;
    }
    if (keys->isEmpty()) {
        m_out.line(QStringLiteral("There are no signing keys yet: the local server makes an RS256 and an ES256 key "
                                  "when it first starts (mcp-auth serve, or the console)."));
        return kExitOk;
    }
    QList<QStringList> rows;
    for (const SigningKey& key : *keys) {
        QString published = QStringLiteral("yes");
        if (key.state == KeyState::Retired)
            published = key.publishUntil > now ? QStringLiteral("until %1").arg(shortTime(key.publishUntil))
                                               : QStringLiteral("no, since %1").arg(shortTime(key.publishUntil));
        else if (key.state == KeyState::Revoked)
            published = QStringLiteral("no");
        rows << QStringList{key.kid, enumName(kSigningAlgorithmNames, key.algorithm),
            enumName(kKeyStateNames, key.state), shortTime(key.createdAt), shortTime(key.retiredAt), published};
    }
    m_out.table({QStringLiteral("KID"), QStringLiteral("ALG"), QStringLiteral("STATE"), QStringLiteral("CREATED (UTC)"),
                    QStringLiteral("RETIRED (UTC)"), QStringLiteral("PUBLISHED (UTC)")},
        rows);
    return kExitOk;
}

int CliApplication::cmdKeyRotate(QCommandLineParser& p)
{
    if (!p.positionalArguments().isEmpty())
        return usage(QStringLiteral("key rotate takes no arguments, only --alg RS256 or --alg ES256."));
    if (!p.isSet(QStringLiteral("alg")))
        return usage(QStringLiteral("key rotate needs --alg RS256 or --alg ES256."));
    auto algorithm = parseEnum(kSigningAlgorithmNames, p.value(QStringLiteral("alg")), QStringLiteral("alg"));
    if (!algorithm)
        return fail(algorithm.error());

    // A token signed by the old key lives at most as long as the longest access-token lifetime, so the
    // old key stays in the JWKS that long. With no application yet, the default lifetime.
    auto apps = m_store->applications().list();
    if (!apps)
        return fail(apps.error());
    int longest = apps->isEmpty() ? Application().accessTokenLifetime : 0;
    for (const Application& app : *apps)
        longest = qMax(longest, app.accessTokenLifetime);

    auto kek = keyEncryptionKey();
    if (!kek)
        return fail(kek.error());
    auto ring = KeyRing::open(*m_store, kek->key);
    if (!ring)
        return fail(ring.error());
    KeyRing& keys = *ring.value();
    const QString previous = keys.activeKid(*algorithm);
    const qint64 publishUntil = SqlValues::nowMs() + qint64(longest) * 1000;
    if (const Status rotated = keys.rotate(*algorithm, publishUntil, m_ctx); !rotated)
        return fail(rotated.error());
    const QString name = enumName(kSigningAlgorithmNames, *algorithm);
    const QString kid = keys.activeKid(*algorithm);
    return report(QJsonObject{{QStringLiteral("algorithm"), name}, {QStringLiteral("kid"), kid},
                      {QStringLiteral("previousKid"), previous},
                      {QStringLiteral("previousPublishedUntil"), DomainJson::isoTime(publishUntil)},
                      {QStringLiteral("keyEncryptionKey"), kek->description}},
        QStringLiteral("Rotated the %1 signing key: the new key is %2. The old key %3 stays published until %4 UTC, "
                       "when the last token it signed has expired (the longest access-token lifetime is %5 s).\n"
                       "A local server running on this store (mcp-auth serve or the console) signs with the new key "
                       "within %6 seconds, without a restart.")
            .arg(name, kid, previous, shortTime(publishUntil))
            .arg(longest)
            .arg(ServerSettings().signingKeyCheckMs / 1000));
}

// ---------------------------------------------------------------------------------------------
// serve

namespace {

// "127.0.0.1:8765", "[::1]:8765", "0.0.0.0:443", "localhost:8765", or just a port (on 127.0.0.1).
Result<std::pair<QHostAddress, quint16>> parseListen(const QString& text)
{
    const auto refuse = [&] {
        return Error::invalid(QStringLiteral("listen"),
            QStringLiteral("--listen takes address:port, such as 127.0.0.1:8765 or [::1]:8765, not '%1'.").arg(text));
    };
    QString host = QStringLiteral("127.0.0.1");
    QString portText = text;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1String("]:"));
        if (close < 0)
            return refuse();
        host = text.mid(1, close - 1);
        portText = text.mid(close + 2);
    } else if (const qsizetype colon = text.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        if (text.indexOf(QLatin1Char(':')) != colon)
            return refuse(); // a bare IPv6 address needs brackets
        host = text.left(colon);
        portText = text.mid(colon + 1);
    }
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (!ok || port > 65535)
        return refuse();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        host = QStringLiteral("127.0.0.1");
    QHostAddress address;
    if (!address.setAddress(host))
        return Error::invalid(QStringLiteral("listen"),
            QStringLiteral("--listen takes an IP address (or localhost), not the name '%1'.").arg(host));
    return std::pair{address, quint16(port)};
}

#ifdef Q_OS_UNIX
// SIGINT and SIGTERM only write a byte here; the event loop reads it and shuts down in order.
int g_signalPipe[2] = {-1, -1};

extern "C" void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}
#endif

} // namespace

int CliApplication::cmdServe(QCommandLineParser& p)
{
    if (!p.positionalArguments().isEmpty())
        return usage(QStringLiteral("serve takes no arguments, only options (see mcp-auth serve --help)."));
    ServerSettings settings;
    if (p.isSet(QStringLiteral("listen"))) {
        auto listen = parseListen(p.value(QStringLiteral("listen")));
        if (!listen)
            return usage(listen.error().message);
        settings.address = listen->first;
        settings.port = listen->second;
    }
    settings.issuer = p.value(QStringLiteral("issuer"));
    settings.tlsCertificatePath = p.value(QStringLiteral("tls-cert"));
    settings.tlsKeyPath = p.value(QStringLiteral("tls-key"));
    if (settings.tlsCertificatePath.isEmpty() != settings.tlsKeyPath.isEmpty())
        return usage(QStringLiteral("HTTPS needs both --tls-cert and --tls-key."));
    if (!settings.address.isLoopback() && settings.tlsCertificatePath.isEmpty())
        return usage(QStringLiteral("listening on %1 would send passwords and tokens unencrypted over the network. "
                                    "Give --tls-cert and --tls-key to serve HTTPS, or listen on 127.0.0.1.")
                         .arg(settings.address.toString()));
    if (p.isSet(QStringLiteral("org"))) {
        auto org = m_store->organizations().find(p.value(QStringLiteral("org")));
        if (!org)
            return fail(org.error());
        settings.organization = org->id;
    }

    LocalServerRunner runner;
    int exitCode = kExitOk;
    QObject::connect(
        &runner, &LocalServerRunner::requestLogged, &runner, [this](const QString& line) { m_out.line(line); });
    QObject::connect(&runner, &LocalServerRunner::started, &runner, [&](const Status& status) {
        if (!status) {
            exitCode = fail(status.error());
            QCoreApplication::exit(exitCode);
            return;
        }
        m_out.line(
            QStringLiteral("MCP Auth Console local server at %1 (MCP endpoint %2)").arg(runner.url(), runner.mcpUrl()));
        m_out.errorLine(QStringLiteral("Signing keys are encrypted with a key from %1.").arg(runner.keySource()));
        // Behind a proxy the issuer is not where we listen; say both, so the proxy can be pointed here.
        const QString local = runner.listeningUrl();
        if (local != runner.url())
            m_out.errorLine(QStringLiteral("Serving %1, listening on %2.").arg(runner.url(), local));
    });

#ifdef Q_OS_UNIX
    if (::pipe(g_signalPipe) != 0)
        return fail(Error::make(ErrorCode::Internal, QStringLiteral("Cannot set up signal handling.")));
    for (int fd : g_signalPipe)
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    ::fcntl(g_signalPipe[1], F_SETFL, O_NONBLOCK);
    struct sigaction action = {};
    struct sigaction oldInt = {};
    struct sigaction oldTerm = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &oldInt);
    ::sigaction(SIGTERM, &action, &oldTerm);
    QSocketNotifier stopNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&stopNotifier, &QSocketNotifier::activated, &runner, [&] {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_signalPipe[0], &byte, 1);
        stopNotifier.setEnabled(false);
        m_out.errorLine(QStringLiteral("Stopping the local server."));
        runner.stop(); // writes the audit events still queued
        QCoreApplication::exit(kExitOk);
    });
#endif

    // Started from the loop, so that a failure reported at once can end it.
    QMetaObject::invokeMethod(
        &runner, [&] { runner.start(*m_store, settings); }, Qt::QueuedConnection);
    const int loopCode = QCoreApplication::exec();
    runner.stop();

#ifdef Q_OS_UNIX
    ::sigaction(SIGINT, &oldInt, nullptr);
    ::sigaction(SIGTERM, &oldTerm, nullptr);
    for (int& fd : g_signalPipe) {
        ::close(fd);
        fd = -1;
    }
#endif
    return exitCode != kExitOk ? exitCode : loopCode;
}

} // namespace mcpauth
