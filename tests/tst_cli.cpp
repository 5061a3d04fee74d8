// End-to-end tests of the `mcp-auth` command line: every test runs the real binary (MCPAUTH_CLI_PATH)
// with QProcess against a store of its own (a SQLite file in a per-test temporary directory, or the
// PostgreSQL database named by MCPAUTH_TEST_PG_URL) and checks exit codes, JSON output and stderr.
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Long enough for a PostgreSQL connection attempt (connect_timeout=10) plus slack; no sleeps anywhere.
constexpr int kProcessTimeoutMs = 30000;

const QString kDemoResource = u"http://127.0.0.1:8765/mcp"_s;
const QStringList kDemoApps{u"claude-desktop"_s, u"claude-code"_s, u"cursor"_s, u"vscode"_s};
const QByteArray kGoodPassword = "correct horse battery staple";

struct CliResult
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    bool timedOut = false;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QString stdOut() const { return QString::fromUtf8(out); }
    [[nodiscard]] QString stdErr() const { return QString::fromUtf8(err); }
    [[nodiscard]] QStringList errLines() const { return stdErr().split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    [[nodiscard]] QByteArray describe() const
    {
        auto cut = [](const QByteArray& b) { return b.size() > 3000 ? QByteArray(b.left(3000) + "...") : b; };
        return QByteArray("exit code ") + QByteArray::number(exitCode) + (timedOut ? " (timed out)" : "")
            + (status == QProcess::CrashExit ? " (crashed)" : "") + "\n--- stdout:\n" + cut(out) + "\n--- stderr:\n"
            + cut(err);
    }
};

bool checkExit(const CliResult& r, int expected, QByteArray* why)
{
    if (!r.timedOut && r.status == QProcess::NormalExit && r.exitCode == expected)
        return true;
    *why = "expected exit code " + QByteArray::number(expected) + ", got " + r.describe();
    return false;
}

bool parseJson(const CliResult& r, QJsonDocument* doc, QByteArray* why)
{
    QJsonParseError error;
    *doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error == QJsonParseError::NoError)
        return true;
    *why = "stdout is not JSON (" + error.errorString().toUtf8() + "): " + r.describe();
    return false;
}

// A failed command: the exit code, one "mcp-auth: error: …" line on stderr and, since every caller
// passes --json, {"error":{"code","message","field"?}} on stdout. An empty field is not checked.
bool checkError(const CliResult& r, int exitCode, const QString& code, const QString& field, QByteArray* why)
{
    if (!checkExit(r, exitCode, why))
        return false;
    const QStringList lines = r.errLines();
    if (lines.size() != 1 || !lines.first().startsWith(QLatin1String("mcp-auth: error: "))) {
        *why = "stderr should be exactly one 'mcp-auth: error: …' line: " + r.describe();
        return false;
    }
    QJsonDocument doc;
    if (!parseJson(r, &doc, why))
        return false;
    const QJsonObject error = doc.object().value(QLatin1String("error")).toObject();
    if (error.value(QLatin1String("code")).toString() != code) {
        *why = "expected error code " + code.toUtf8() + ": " + r.describe();
        return false;
    }
    if (error.value(QLatin1String("message")).toString().isEmpty()) {
        *why = "the JSON error has no message: " + r.describe();
        return false;
    }
    if (!field.isEmpty() && error.value(QLatin1String("field")).toString() != field) {
        *why = "expected error field " + field.toUtf8() + ": " + r.describe();
        return false;
    }
    return true;
}

QJsonObject findByName(const QJsonArray& array, const QString& key, const QString& name)
{
    for (const QJsonValue& v : array) {
        if (v.toObject().value(key).toString() == name)
            return v.toObject();
    }
    return {};
}

QStringList stringValues(const QJsonArray& array, const QString& key)
{
    QStringList out;
    for (const QJsonValue& v : array)
        out << (key.isEmpty() ? v.toString() : v.toObject().value(key).toString());
    return out;
}

// A direct connection to a store's database, for what the CLI must never do: tampering, and
// looking at the stored bytes. Removes its connection again when it goes out of scope.
class DirectDb
{
public:
    DirectDb(const QString& driver, const QUrl& pgUrl, const QString& sqlitePath)
        : m_name(u"tst_cli-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_name);
        if (driver == QLatin1String("QPSQL")) {
            db.setHostName(pgUrl.host());
            db.setPort(pgUrl.port(5432));
            db.setUserName(pgUrl.userName());
            db.setDatabaseName(pgUrl.path().mid(1));
            db.setPassword(qEnvironmentVariable("MCPAUTH_DB_PASSWORD"));
            db.setConnectOptions(u"connect_timeout=10"_s);
        } else {
            db.setDatabaseName(sqlitePath);
        }
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~DirectDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    DirectDb(const DirectDb&) = delete;
    DirectDb& operator=(const DirectDb&) = delete;

    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QString lastError() const { return m_error; }

    // Runs one statement; returns the rows (all columns as text) or an error in lastError().
    bool exec(const QString& sql, const QVariantList& values = {}, QList<QStringList>* rows = nullptr,
        int* affected = nullptr)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        // Without values, run the statement as it is: PostgreSQL cannot PREPARE DDL such as DROP SCHEMA.
        if (values.isEmpty() ? !q.exec(sql) : !q.prepare(sql)) {
            m_error = q.lastError().text();
            return false;
        }
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!values.isEmpty() && !q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
        if (affected)
            *affected = q.numRowsAffected();
        while (rows && q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i).toString();
            *rows << row;
        }
        return true;
    }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

} // namespace

#define CLI_EXPECT_EXIT(result, expected)                                                                              \
    do {                                                                                                               \
        QByteArray why_;                                                                                               \
        QVERIFY2(checkExit((result), (expected), &why_), why_.constData());                                            \
    } while (false)

#define CLI_EXPECT_ERROR(result, exitCode, code, field)                                                                \
    do {                                                                                                               \
        QByteArray why_;                                                                                               \
        QVERIFY2(checkError((result), (exitCode), (code), (field), &why_), why_.constData());                          \
    } while (false)

// Declares `var` and fills it with stdout parsed as a JSON object (or array).
#define CLI_JSON_OBJECT(var, result)                                                                                   \
    QJsonObject var;                                                                                                   \
    do {                                                                                                               \
        QByteArray why_;                                                                                               \
        QJsonDocument doc_;                                                                                            \
        QVERIFY2(parseJson((result), &doc_, &why_), why_.constData());                                                 \
        QVERIFY2(doc_.isObject(), QByteArray("expected a JSON object: " + (result).describe()).constData());           \
        var = doc_.object();                                                                                           \
    } while (false)

#define CLI_JSON_ARRAY(var, result)                                                                                    \
    QJsonArray var;                                                                                                    \
    do {                                                                                                               \
        QByteArray why_;                                                                                               \
        QJsonDocument doc_;                                                                                            \
        QVERIFY2(parseJson((result), &doc_, &why_), why_.constData());                                                 \
        QVERIFY2(doc_.isArray(), QByteArray("expected a JSON array: " + (result).describe()).constData());             \
        var = doc_.array();                                                                                            \
    } while (false)

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void helpAtEveryLevel_data();
    void helpAtEveryLevel();
    void helpBeforeTheCommandShowsHelpAndRunsNothing();
    void noArgumentsIsAUsageError();
    void usageErrors_data();
    void usageErrors();
    void version();

    void demoData();
    void demoDataTextMode();
    void organizationLifecycle();
    void registrationPolicy();
    void initialTokenLifecycle();
    void scopeLifecycle();
    void resourceLifecycle();
    void publicApplicationLifecycle();
    void confidentialApplicationLifecycle();
    void userLifecycle();
    void tokensAndConsentsStartEmpty();
    void auditListAndVerify();
    void auditExport();
    void signingKeysListAndRotate();
    void signingKeyRotationRefusals();

    void invalidInput_data();
    void invalidInput();
    void tokenRevokeNeedsAnIdOrFilters();
    void databaseLocationRefused_data();
    void databaseLocationRefused();
    void databaseUnavailable_data();
    void databaseUnavailable();

    void auditTamperingIsReported();
    void auditTruncationIsReported();
    void noSecretsInTheSqliteFile();

    void postgresLifecycle();

private:
    // Runs mcp-auth with exactly these arguments.
    CliResult runRaw(const QStringList& args, const QByteArray& input = {});
    // Runs mcp-auth --db <this test's store> args.
    CliResult run(const QStringList& args, const QByteArray& input = {});
    // Runs mcp-auth --db <this test's store> --json args.
    CliResult json(const QStringList& args, const QByteArray& input = {});
    [[nodiscard]] QString storeFile() const { return m_dir->filePath(u"store.sqlite"_s); }
    // Number of audit events the store holds (0 on any failure, which the caller's checks catch).
    int auditCount();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QMap<QString, QString> m_extraEnv;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    m_db = storeFile();
    m_extraEnv.clear();
}

void TestCli::cleanup()
{
    m_dir.reset();
}

CliResult TestCli::runRaw(const QStringList& args, const QByteArray& input)
{
    CliResult r;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MCPAUTH_DATA_DIR"_s, m_dir->path());
    env.insert(u"USER"_s, u"clitest"_s);
    // Nothing from the caller's shell may pick another store, key or log level.
    env.remove(u"MCPAUTH_DB"_s);
    env.remove(u"MCPAUTH_STORE_KEY"_s);
    env.remove(u"QT_LOGGING_RULES"_s);
    for (auto it = m_extraEnv.cbegin(); it != m_extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MCPAUTH_CLI_PATH), args);
    if (!p.waitForStarted(kProcessTimeoutMs)) {
        r.err = "could not start " MCPAUTH_CLI_PATH ": " + p.errorString().toUtf8();
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(kProcessTimeoutMs)) {
        r.timedOut = true;
        p.kill();
        p.waitForFinished(kProcessTimeoutMs);
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.status = p.exitStatus();
    r.exitCode = p.exitCode();
    return r;
}

CliResult TestCli::run(const QStringList& args, const QByteArray& input)
{
    return runRaw(QStringList{u"--db"_s, m_db} + args, input);
}

CliResult TestCli::json(const QStringList& args, const QByteArray& input)
{
    return run(QStringList{u"--json"_s} + args, input);
}

int TestCli::auditCount()
{
    const CliResult r = json({u"audit"_s, u"verify"_s});
    return QJsonDocument::fromJson(r.out).object().value(QLatin1String("checked")).toInt();
}

namespace {

// Keeps the signing keys' encryption key out of the developer's keychain: a bus address that reaches
// nothing makes mcp-auth use the 0600 key file beside the store, as a headless server does.
const QString kNoSessionBus = u"unix:path=/nonexistent/mcpauth-test-bus"_s;

} // namespace

// ---------------------------------------------------------------------------------------------
// Help, usage errors, version

void TestCli::helpAtEveryLevel_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("mcp-auth --help") << QStringList{u"--help"_s}
                                     << QStringList{u"Usage: mcp-auth"_s, u"Commands:"_s, u"app"_s, u"audit"_s,
                                            u"demo-data"_s, u"Exit codes"_s};
    QTest::newRow("mcp-auth -h") << QStringList{u"-h"_s} << QStringList{u"Usage: mcp-auth"_s, u"Commands:"_s};
    QTest::newRow("mcp-auth help") << QStringList{u"help"_s} << QStringList{u"Usage: mcp-auth"_s, u"Commands:"_s};
    QTest::newRow("mcp-auth app --help") << QStringList{u"app"_s,
        u"--help"_s} << QStringList{u"mcp-auth [--db URL] [--json] app <verb>"_s, u"add"_s, u"rotate-secret"_s};
    QTest::newRow("mcp-auth audit -h") << QStringList{
        u"audit"_s, u"-h"_s} << QStringList{u"mcp-auth [--db URL] [--json] audit <verb>"_s, u"verify"_s, u"export"_s};
    // A verb's help names the whole command, not just the program (CliApplication::runVerb says so).
    QTest::newRow("mcp-auth app add --help") << QStringList{u"app"_s, u"add"_s,
        u"--help"_s} << QStringList{u"mcp-auth app add"_s, u"--redirect-uri"_s, u"--client-type"_s, u"<name>"_s};
    QTest::newRow("mcp-auth token list --help") << QStringList{u"token"_s, u"list"_s, u"--help"_s}
                                                << QStringList{u"mcp-auth token list"_s, u"--limit"_s, u"--since"_s};
    QTest::newRow("mcp-auth user add -h")
        << QStringList{u"user"_s, u"add"_s, u"-h"_s} << QStringList{u"mcp-auth user add"_s, u"--email"_s};
    QTest::newRow("mcp-auth demo-data --help")
        << QStringList{u"demo-data"_s, u"--help"_s} << QStringList{u"mcp-auth demo-data"_s};
    QTest::newRow("mcp-auth key rotate --help")
        << QStringList{u"key"_s, u"rotate"_s, u"--help"_s} << QStringList{u"mcp-auth key rotate"_s, u"--alg"_s};
}

void TestCli::helpAtEveryLevel()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, mentions);
    const CliResult r = run(args);
    CLI_EXPECT_EXIT(r, 0);
    QVERIFY2(r.err.isEmpty(), r.describe().constData());
    for (const QString& m : mentions)
        QVERIFY2(r.stdOut().contains(m),
            QByteArray("help should mention '" + m.toUtf8() + "': " + r.describe()).constData());
    QVERIFY2(!QFile::exists(storeFile()), "asking for help must not create or open the store");
}

void TestCli::helpBeforeTheCommandShowsHelpAndRunsNothing()
{
    CLI_EXPECT_EXIT(json({u"org"_s, u"add"_s, u"keepme"_s}), 0);

    // `mcp-auth --help org delete keepme` is a request for help, not a deletion.
    const CliResult r = run({u"--help"_s, u"org"_s, u"delete"_s, u"keepme"_s});
    CLI_EXPECT_EXIT(r, 0);
    CLI_EXPECT_EXIT(json({u"org"_s, u"show"_s, u"keepme"_s}), 0);

    const CliResult group = run({u"--help"_s, u"app"_s});
    CLI_EXPECT_EXIT(group, 0);
    QVERIFY2(group.stdOut().contains(u"rotate-secret"_s), group.describe().constData());
}

void TestCli::noArgumentsIsAUsageError()
{
    const CliResult none = runRaw({});
    CLI_EXPECT_EXIT(none, 2);
    QVERIFY2(none.stdOut().contains(u"Usage: mcp-auth"_s), none.describe().constData());

    const CliResult onlyDb = run({});
    CLI_EXPECT_EXIT(onlyDb, 2);

    const CliResult groupWithoutVerb = run({u"app"_s});
    CLI_EXPECT_EXIT(groupWithoutVerb, 2);
    QVERIFY2(groupWithoutVerb.stdOut().contains(u"rotate-secret"_s), groupWithoutVerb.describe().constData());
    QVERIFY2(!QFile::exists(storeFile()), "a usage error must not create the store");
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("unknown verb") << QStringList{u"app"_s, u"frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("unknown verb option") << QStringList{u"app"_s, u"list"_s, u"--frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("unknown global option") << QStringList{u"--frobnicate"_s, u"app"_s, u"list"_s} << u"frobnicate"_s;
    QTest::newRow("option without its value")
        << QStringList{u"app"_s, u"add"_s, u"x"_s, u"--redirect-uri"_s} << u"redirect-uri"_s;
    QTest::newRow("--db without a value") << QStringList{u"--db"_s} << u"--db"_s;
    QTest::newRow("unknown command with --json") << QStringList{u"--json"_s, u"frobnicate"_s} << u"frobnicate"_s;
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const CliResult r = run(args);
    CLI_EXPECT_EXIT(r, 2);
    const QStringList lines = r.errLines();
    QVERIFY2(lines.size() == 1, QByteArray("expected one line on stderr: " + r.describe()).constData());
    QVERIFY2(lines.first().startsWith(u"mcp-auth: "_s), r.describe().constData());
    QVERIFY2(lines.first().contains(mentions), r.describe().constData());
    QVERIFY2(!QFile::exists(storeFile()), "a usage error must not create the store");
}

void TestCli::version()
{
    for (const QString& flag : {u"--version"_s, u"-v"_s}) {
        const CliResult r = runRaw({flag});
        CLI_EXPECT_EXIT(r, 0);
        QCOMPARE(r.stdOut().trimmed(), QStringLiteral("mcp-auth " MCPAUTH_VERSION));
        QVERIFY(QRegularExpression(u"^mcp-auth \\d+\\.\\d+\\.\\d+$"_s).match(r.stdOut().trimmed()).hasMatch());
    }
}

// ---------------------------------------------------------------------------------------------
// demo-data

void TestCli::demoData()
{
    const CliResult first = json({u"demo-data"_s});
    CLI_EXPECT_EXIT(first, 0);
    CLI_JSON_OBJECT(report, first);
    QCOMPARE(report.value(u"created"_s).toBool(), true);
    QCOMPARE(report.value(u"organization"_s).toString(), u"demo"_s);
    QCOMPARE(report.value(u"resource"_s).toString(), kDemoResource);
    QCOMPARE(stringValues(report.value(u"applications"_s).toArray(), {}), kDemoApps);
    QCOMPARE(report.value(u"adminUsername"_s).toString(), u"admin"_s);
    const QString password = report.value(u"adminPassword"_s).toString();
    QVERIFY2(password.size() >= 12, first.describe().constData());

    // What it created.
    const CliResult orgs = json({u"org"_s, u"list"_s});
    CLI_EXPECT_EXIT(orgs, 0);
    CLI_JSON_ARRAY(orgList, orgs);
    QCOMPARE(stringValues(orgList, u"name"_s), QStringList{u"demo"_s});

    const CliResult resource = json({u"resource"_s, u"show"_s, kDemoResource});
    CLI_EXPECT_EXIT(resource, 0);
    CLI_JSON_OBJECT(res, resource);
    QCOMPARE(res.value(u"uri"_s).toString(), kDemoResource);
    QVERIFY(!res.value(u"scopes"_s).toArray().isEmpty());
    QVERIFY(!res.value(u"toolScopes"_s).toObject().isEmpty());

    const CliResult apps = json({u"app"_s, u"list"_s});
    CLI_EXPECT_EXIT(apps, 0);
    CLI_JSON_ARRAY(appList, apps);
    QCOMPARE(appList.size(), kDemoApps.size());
    for (const QString& name : kDemoApps) {
        const QJsonObject app = findByName(appList, u"name"_s, name);
        QVERIFY2(!app.isEmpty(), qPrintable(name));
        QVERIFY2(!app.value(u"redirectUris"_s).toArray().isEmpty(), qPrintable(name));
        QVERIFY2(!app.value(u"clientId"_s).toString().isEmpty(), qPrintable(name));
    }
    const CliResult claudeCode = json({u"app"_s, u"show"_s, u"claude-code"_s});
    CLI_EXPECT_EXIT(claudeCode, 0);
    CLI_JSON_OBJECT(cc, claudeCode);
    QVERIFY2(stringValues(cc.value(u"redirectUris"_s).toArray(), {}).contains(u"http://localhost/callback"_s),
        claudeCode.describe().constData());
    QCOMPARE(cc.value(u"clientType"_s).toString(), u"public"_s);
    QCOMPARE(cc.value(u"pkceRequired"_s).toBool(), true);

    const CliResult admin = json({u"user"_s, u"show"_s, u"admin"_s});
    CLI_EXPECT_EXIT(admin, 0);
    CLI_JSON_OBJECT(adminUser, admin);
    QCOMPARE(adminUser.value(u"isAdmin"_s).toBool(), true);
    // The built-in MCP server's scopes that administer the server are administrators' alone.
    for (const QString& scope : {u"application:write"_s, u"token:write"_s, u"consent:write"_s, u"audit:read"_s,
             u"application:read"_s, u"token:read"_s}) {
        const CliResult shownScopeResult = json({u"scope"_s, u"show"_s, scope});
        CLI_JSON_OBJECT(shownScope, shownScopeResult);
        QCOMPARE(
            shownScope.value(u"administratorOnly"_s).toBool(), !scope.endsWith(u"read"_s) || scope == u"audit:read"_s);
    }

    // Second run: nothing new, and the password is not shown again.
    const CliResult second = json({u"demo-data"_s});
    CLI_EXPECT_EXIT(second, 0);
    CLI_JSON_OBJECT(again, second);
    QCOMPARE(again.value(u"created"_s).toBool(), false);
    QVERIFY2(!again.contains(u"adminPassword"_s), second.describe().constData());
    QVERIFY2(!second.stdOut().contains(password), "the admin password must be shown only once");
    const CliResult appsAfter = json({u"app"_s, u"list"_s});
    CLI_JSON_ARRAY(appListAfter, appsAfter);
    QCOMPARE(appListAfter.size(), kDemoApps.size());
}

void TestCli::demoDataTextMode()
{
    const CliResult first = run({u"demo-data"_s});
    CLI_EXPECT_EXIT(first, 0);
    const QRegularExpressionMatch m = QRegularExpression(u"password: (\\S+)"_s).match(first.stdOut());
    QVERIFY2(m.hasMatch(), first.describe().constData());
    QVERIFY(first.stdOut().contains(kDemoResource));
    for (const QString& name : kDemoApps)
        QVERIFY2(first.stdOut().contains(name), first.describe().constData());

    const CliResult second = run({u"demo-data"_s});
    CLI_EXPECT_EXIT(second, 0);
    QVERIFY2(!second.stdOut().contains(m.captured(1)), second.describe().constData());
    QVERIFY2(!second.stdOut().contains(u"password:"_s), second.describe().constData());
}

// ---------------------------------------------------------------------------------------------
// Entity lifecycles

void TestCli::organizationLifecycle()
{
    const CliResult add = json({u"org"_s, u"add"_s, u"acme"_s, u"--display-name"_s, u"Acme Inc."_s});
    CLI_EXPECT_EXIT(add, 0);
    CLI_JSON_OBJECT(org, add);
    QCOMPARE(org.value(u"name"_s).toString(), u"acme"_s);
    QCOMPARE(org.value(u"displayName"_s).toString(), u"Acme Inc."_s);
    const QString id = org.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());

    // Without --display-name (an empty, not a NULL, display name).
    const CliResult bare = json({u"org"_s, u"add"_s, u"bare"_s});
    CLI_EXPECT_EXIT(bare, 0);
    CLI_JSON_OBJECT(bareOrg, bare);
    QCOMPARE(bareOrg.value(u"displayName"_s).toString(), QString());

    const CliResult list = json({u"org"_s, u"list"_s});
    CLI_EXPECT_EXIT(list, 0);
    CLI_JSON_ARRAY(orgs, list);
    QCOMPARE(orgs.size(), 2);
    QCOMPARE(findByName(orgs, u"name"_s, u"acme"_s).value(u"id"_s).toString(), id);

    const CliResult show = json({u"org"_s, u"show"_s, u"acme"_s});
    CLI_EXPECT_EXIT(show, 0);
    CLI_JSON_OBJECT(shown, show);
    // show adds who may register clients dynamically (registrationPolicy covers it).
    QCOMPARE(shown.value(u"registration"_s).toObject().value(u"policy"_s).toString(), u"open"_s);
    shown.remove(u"registration"_s);
    QCOMPARE(shown, org);

    const CliResult textList = run({u"org"_s, u"list"_s});
    CLI_EXPECT_EXIT(textList, 0);
    QVERIFY2(textList.stdOut().startsWith(u"NAME"_s) && textList.stdOut().contains(u"Acme Inc."_s),
        textList.describe().constData());

    const CliResult update
        = json({u"org"_s, u"update"_s, u"acme"_s, u"--name"_s, u"acme2"_s, u"--display-name"_s, u"Acme Two"_s});
    CLI_EXPECT_EXIT(update, 0);
    CLI_JSON_OBJECT(updated, update);
    QCOMPARE(updated.value(u"name"_s).toString(), u"acme2"_s);
    QCOMPARE(updated.value(u"displayName"_s).toString(), u"Acme Two"_s);
    QCOMPARE(updated.value(u"id"_s).toString(), id);
    CLI_EXPECT_ERROR(json({u"org"_s, u"show"_s, u"acme"_s}), 4, u"not_found"_s, QString());

    // Only what is given changes.
    const CliResult rename = json({u"org"_s, u"update"_s, u"acme2"_s, u"--name"_s, u"acme3"_s});
    CLI_EXPECT_EXIT(rename, 0);
    CLI_JSON_OBJECT(renamed, rename);
    QCOMPARE(renamed.value(u"displayName"_s).toString(), u"Acme Two"_s);

    CLI_EXPECT_ERROR(json({u"org"_s, u"add"_s, u"bare"_s}), 5, u"conflict"_s, QString());

    const CliResult del = json({u"org"_s, u"delete"_s, u"acme3"_s});
    CLI_EXPECT_EXIT(del, 0);
    CLI_JSON_OBJECT(deleted, del);
    QCOMPARE(deleted.value(u"deleted"_s).toString(), u"acme3"_s);
    CLI_EXPECT_ERROR(json({u"org"_s, u"show"_s, u"acme3"_s}), 4, u"not_found"_s, QString());
    CLI_EXPECT_ERROR(json({u"org"_s, u"delete"_s, u"acme3"_s}), 4, u"not_found"_s, QString());

    CLI_EXPECT_EXIT(json({u"org"_s, u"delete"_s, u"bare"_s}), 0);
    const CliResult empty = json({u"org"_s, u"list"_s});
    CLI_JSON_ARRAY(none, empty);
    QVERIFY(none.isEmpty());
}

void TestCli::registrationPolicy()
{
    CLI_EXPECT_EXIT(json({u"org"_s, u"add"_s, u"acme"_s}), 0);
    const auto registration = [this]() {
        const CliResult show = json({u"org"_s, u"show"_s, u"acme"_s});
        return QJsonDocument::fromJson(show.out).object().value(u"registration"_s).toObject();
    };
    QCOMPARE(registration().value(u"policy"_s).toString(), u"open"_s);
    QCOMPARE(registration().value(u"redirectPatterns"_s).toArray(), QJsonArray());

    const QStringList patterns{u"http://127.0.0.1/callback"_s, u"https://*.example.com/callback"_s};
    const CliResult restricted = json({u"org"_s, u"set-registration"_s, u"acme"_s, u"--policy"_s, u"open-restricted"_s,
        u"--redirect-pattern"_s, patterns.at(0), u"--redirect-pattern"_s, patterns.at(1)});
    CLI_EXPECT_EXIT(restricted, 0);
    CLI_JSON_OBJECT(set, restricted);
    QCOMPARE(set.value(u"policy"_s).toString(), u"open-restricted"_s);
    QCOMPARE(set.value(u"redirectPatterns"_s).toArray(), QJsonArray::fromStringList(patterns));
    QCOMPARE(registration().value(u"policy"_s).toString(), u"open-restricted"_s);
    QCOMPARE(registration().value(u"redirectPatterns"_s).toArray(), QJsonArray::fromStringList(patterns));
    const CliResult text = run({u"org"_s, u"show"_s, u"acme"_s});
    CLI_EXPECT_EXIT(text, 0);
    QVERIFY2(text.stdOut().contains(u"open-restricted"_s) && text.stdOut().contains(patterns.at(1)),
        text.describe().constData());

    // Refusals change nothing.
    CLI_EXPECT_ERROR(json({u"org"_s, u"set-registration"_s, u"acme"_s, u"--policy"_s, u"open-restricted"_s}), 3,
        u"invalid_input"_s, u"redirectPatterns"_s);
    const CliResult topLevel = json({u"org"_s, u"set-registration"_s, u"acme"_s, u"--policy"_s, u"open-restricted"_s,
        u"--redirect-pattern"_s, u"https://*.com/callback"_s});
    CLI_EXPECT_ERROR(topLevel, 3, u"invalid_input"_s, u"redirectPatterns"_s);
    QVERIFY2(topLevel.stdErr().contains(u"two host labels"_s), topLevel.describe().constData());
    CLI_EXPECT_ERROR(json({u"org"_s, u"set-registration"_s, u"acme"_s, u"--policy"_s, u"open-restricted"_s,
                         u"--redirect-pattern"_s, u"https://app.example.com/*"_s}),
        3, u"invalid_input"_s, u"redirectPatterns"_s);
    CLI_EXPECT_ERROR(json({u"org"_s, u"set-registration"_s, u"acme"_s, u"--policy"_s, u"admin"_s,
                         u"--redirect-pattern"_s, patterns.at(0)}),
        3, u"invalid_input"_s, u"redirectPatterns"_s);
    CLI_EXPECT_ERROR(json({u"org"_s, u"set-registration"_s, u"acme"_s, u"--policy"_s, u"closed"_s}), 3,
        u"invalid_input"_s, u"policy"_s);
    CLI_EXPECT_ERROR(
        json({u"org"_s, u"set-registration"_s, u"nobody"_s, u"--policy"_s, u"open"_s}), 4, u"not_found"_s, QString());
    CLI_EXPECT_EXIT(json({u"org"_s, u"set-registration"_s, u"acme"_s}), 2);
    QCOMPARE(registration().value(u"policy"_s).toString(), u"open-restricted"_s);

    const CliResult admin = run({u"org"_s, u"set-registration"_s, u"acme"_s, u"--policy"_s, u"admin"_s});
    CLI_EXPECT_EXIT(admin, 0);
    QVERIFY2(admin.stdOut().contains(u"initial-token create acme"_s), admin.describe().constData());
    QCOMPARE(registration().value(u"policy"_s).toString(), u"admin"_s);
    QCOMPARE(registration().value(u"redirectPatterns"_s).toArray(), QJsonArray());

    const CliResult audit = json({u"audit"_s, u"list"_s, u"--action"_s, u"organization.set_registration"_s});
    CLI_JSON_ARRAY(events, audit);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).toObject().value(u"details"_s).toObject().value(u"policy"_s).toString(), u"admin"_s);
    QCOMPARE(events.at(1).toObject().value(u"details"_s).toObject().value(u"redirectPatterns"_s).toArray(),
        QJsonArray::fromStringList(patterns));
}

void TestCli::initialTokenLifecycle()
{
    CLI_EXPECT_EXIT(json({u"org"_s, u"add"_s, u"acme"_s}), 0);
    CLI_EXPECT_EXIT(json({u"org"_s, u"add"_s, u"other"_s}), 0);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto expiresIn = [now](const QJsonObject& token) {
        return QDateTime::fromString(token.value(u"expiresAt"_s).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch()
            - now;
    };

    const CliResult twoHours = json({u"org"_s, u"initial-token"_s, u"create"_s, u"acme"_s, u"--expires"_s, u"2h"_s});
    CLI_EXPECT_EXIT(twoHours, 0);
    CLI_JSON_OBJECT(first, twoHours);
    const QString firstValue = first.value(u"token"_s).toString();
    const QString firstId = first.value(u"id"_s).toString();
    QCOMPARE(firstValue.size(), 43); // 256 bits, base64url
    QCOMPARE(first.value(u"state"_s).toString(), u"active"_s);
    QCOMPARE(first.value(u"organization"_s).toString(), u"acme"_s);
    QVERIFY2(qAbs(expiresIn(first) - 2 * 3600 * 1000) < 60 * 1000, twoHours.describe().constData());

    const CliResult byDefault = json({u"org"_s, u"initial-token"_s, u"create"_s, u"acme"_s});
    CLI_JSON_OBJECT(second, byDefault);
    QVERIFY2(qAbs(expiresIn(second) - 7LL * 24 * 3600 * 1000) < 60 * 1000, byDefault.describe().constData());
    const QString secondValue = second.value(u"token"_s).toString();
    QVERIFY(secondValue != firstValue);

    const CliResult text = run({u"org"_s, u"initial-token"_s, u"create"_s, u"acme"_s, u"--expires"_s, u"30m"_s});
    CLI_EXPECT_EXIT(text, 0);
    QVERIFY2(text.stdOut().contains(u"shown only this once"_s), text.describe().constData());
    // acme's policy is still open, and the command says the token is not needed yet.
    QVERIFY2(text.stdOut().contains(u"--policy admin"_s), text.describe().constData());
    const QRegularExpressionMatch printed
        = QRegularExpression(u"^[A-Za-z0-9_-]{43}$"_s, QRegularExpression::MultilineOption).match(text.stdOut());
    QVERIFY2(printed.hasMatch(), text.describe().constData());
    const QString thirdValue = printed.captured(0);

    const CliResult list = json({u"org"_s, u"initial-token"_s, u"list"_s, u"acme"_s});
    CLI_EXPECT_EXIT(list, 0);
    CLI_JSON_ARRAY(tokens, list);
    QCOMPARE(tokens.size(), 3);
    for (const QJsonValue& v : tokens) {
        QCOMPARE(v.toObject().value(u"state"_s).toString(), u"active"_s);
        QVERIFY2(!v.toObject().contains(u"token"_s), "a list never shows token values");
    }
    const CliResult otherList = json({u"org"_s, u"initial-token"_s, u"list"_s, u"other"_s});
    CLI_JSON_ARRAY(otherTokens, otherList);
    QVERIFY(otherTokens.isEmpty());

    // Revoking: only within its organization, and only once.
    CLI_EXPECT_ERROR(
        json({u"org"_s, u"initial-token"_s, u"revoke"_s, u"other"_s, firstId}), 4, u"not_found"_s, QString());
    const CliResult revoke = json({u"org"_s, u"initial-token"_s, u"revoke"_s, u"acme"_s, firstId});
    CLI_EXPECT_EXIT(revoke, 0);
    CLI_JSON_OBJECT(revoked, revoke);
    QCOMPARE(revoked.value(u"state"_s).toString(), u"revoked"_s);
    QVERIFY(!revoked.value(u"revokedAt"_s).toString().isEmpty());
    CLI_EXPECT_ERROR(
        json({u"org"_s, u"initial-token"_s, u"revoke"_s, u"acme"_s, firstId}), 5, u"conflict"_s, QString());
    CLI_EXPECT_ERROR(
        json({u"org"_s, u"initial-token"_s, u"revoke"_s, u"acme"_s, u"no-such-id"_s}), 4, u"not_found"_s, QString());
    const CliResult after = json({u"org"_s, u"initial-token"_s, u"list"_s, u"acme"_s});
    CLI_JSON_ARRAY(afterTokens, after);
    QCOMPARE(findByName(afterTokens, u"id"_s, firstId).value(u"state"_s).toString(), u"revoked"_s);
    const CliResult table = run({u"org"_s, u"initial-token"_s, u"list"_s, u"acme"_s});
    QVERIFY2(table.stdOut().startsWith(u"ID"_s) && table.stdOut().contains(u"revoked"_s), table.describe().constData());

    // Bad input.
    CLI_EXPECT_ERROR(json({u"org"_s, u"initial-token"_s, u"create"_s, u"acme"_s, u"--expires"_s, u"400d"_s}), 3,
        u"invalid_input"_s, u"expires"_s);
    CLI_EXPECT_ERROR(json({u"org"_s, u"initial-token"_s, u"create"_s, u"acme"_s, u"--expires"_s, u"soon"_s}), 3,
        u"invalid_input"_s, u"expires"_s);
    CLI_EXPECT_ERROR(json({u"org"_s, u"initial-token"_s, u"create"_s, u"acme"_s, u"--expires"_s, u"0d"_s}), 3,
        u"invalid_input"_s, u"expires"_s);
    CLI_EXPECT_ERROR(json({u"org"_s, u"initial-token"_s, u"create"_s, u"nobody"_s}), 4, u"not_found"_s, QString());
    CLI_EXPECT_EXIT(json({u"org"_s, u"initial-token"_s, u"create"_s}), 2);
    CLI_EXPECT_EXIT(json({u"org"_s, u"initial-token"_s, u"frobnicate"_s, u"acme"_s}), 2);
    CLI_EXPECT_EXIT(json({u"org"_s, u"initial-token"_s, u"list"_s, u"acme"_s, u"--expires"_s, u"1d"_s}), 2);
    CLI_EXPECT_EXIT(json({u"org"_s, u"initial-token"_s, u"revoke"_s, u"acme"_s}), 2);

    // Audited, and the values are nowhere in the store or its audit trail.
    const CliResult creates = json({u"audit"_s, u"list"_s, u"--action"_s, u"initial_token."_s});
    CLI_JSON_ARRAY(events, creates);
    QStringList actions = stringValues(events, u"action"_s);
    QCOMPARE(actions.count(u"initial_token.create"_s), 3);
    QCOMPARE(actions.count(u"initial_token.revoke"_s), 1);
    const CliResult exported = run({u"audit"_s, u"export"_s, u"json"_s});
    CLI_EXPECT_EXIT(exported, 0);
    for (const QString& value : {firstValue, secondValue, thirdValue}) {
        QVERIFY2(!exported.out.contains(value.toUtf8()), "a token value is in the audit trail");
        for (const QString& path : QStringList{storeFile(), storeFile() + u"-wal"_s}) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(value.toUtf8()), qPrintable(u"a token value is in "_s + path));
        }
    }
}

void TestCli::scopeLifecycle()
{
    CLI_EXPECT_EXIT(json({u"org"_s, u"add"_s, u"acme"_s}), 0);

    const CliResult add = json({u"scope"_s, u"add"_s, u"files:read"_s, u"--display-name"_s, u"Read files"_s,
        u"--description"_s, u"Read the files"_s});
    CLI_EXPECT_EXIT(add, 0);
    CLI_JSON_OBJECT(scope, add);
    QCOMPARE(scope.value(u"name"_s).toString(), u"files:read"_s);
    QCOMPARE(scope.value(u"displayName"_s).toString(), u"Read files"_s);
    QCOMPARE(scope.value(u"description"_s).toString(), u"Read the files"_s);
    CLI_EXPECT_EXIT(json({u"scope"_s, u"add"_s, u"files:write"_s}), 0);

    const CliResult list = json({u"scope"_s, u"list"_s});
    CLI_EXPECT_EXIT(list, 0);
    CLI_JSON_ARRAY(scopes, list);
    QCOMPARE(stringValues(scopes, u"name"_s).size(), 2);
    QVERIFY(stringValues(scopes, u"name"_s).contains(u"files:write"_s));

    const CliResult show = json({u"scope"_s, u"show"_s, u"files:read"_s, u"--org"_s, u"acme"_s});
    CLI_EXPECT_EXIT(show, 0);
    CLI_JSON_OBJECT(shown, show);
    QCOMPARE(shown, scope);

    const CliResult update = json({u"scope"_s, u"update"_s, u"files:read"_s, u"--description"_s, u"All files"_s});
    CLI_EXPECT_EXIT(update, 0);
    CLI_JSON_OBJECT(updated, update);
    QCOMPARE(updated.value(u"description"_s).toString(), u"All files"_s);
    QCOMPARE(updated.value(u"displayName"_s).toString(), u"Read files"_s); // not given: unchanged

    CLI_EXPECT_ERROR(json({u"scope"_s, u"add"_s, u"files:read"_s}), 5, u"conflict"_s, QString());

    const CliResult del = json({u"scope"_s, u"delete"_s, u"files:read"_s});
    CLI_EXPECT_EXIT(del, 0);
    CLI_JSON_OBJECT(deleted, del);
    QCOMPARE(deleted.value(u"deleted"_s).toString(), u"files:read"_s);
    CLI_EXPECT_ERROR(json({u"scope"_s, u"show"_s, u"files:read"_s}), 4, u"not_found"_s, QString());
    const CliResult after = json({u"scope"_s, u"list"_s});
    CLI_JSON_ARRAY(left, after);
    QCOMPARE(stringValues(left, u"name"_s), QStringList{u"files:write"_s});
}

void TestCli::resourceLifecycle()
{
    const QString uri = u"https://mcp.example.com/mcp"_s;
    CLI_EXPECT_EXIT(json({u"org"_s, u"add"_s, u"acme"_s}), 0);
    CLI_EXPECT_EXIT(json({u"scope"_s, u"add"_s, u"files:read"_s}), 0);
    CLI_EXPECT_EXIT(json({u"scope"_s, u"add"_s, u"files:write"_s}), 0);

    const CliResult add = json(
        {u"resource"_s, u"add"_s, uri, u"--display-name"_s, u"Files"_s, u"--scope"_s, u"files:read"_s, u"--scope"_s,
            u"files:write"_s, u"--tool"_s, u"read_file=files:read"_s, u"--tool"_s, u"write_file=files:write"_s});
    CLI_EXPECT_EXIT(add, 0);
    CLI_JSON_OBJECT(res, add);
    QCOMPARE(res.value(u"uri"_s).toString(), uri);
    QCOMPARE(res.value(u"displayName"_s).toString(), u"Files"_s);
    QCOMPARE(stringValues(res.value(u"scopes"_s).toArray(), {}), (QStringList{u"files:read"_s, u"files:write"_s}));
    const QJsonObject tools = res.value(u"toolScopes"_s).toObject();
    QCOMPARE(tools.size(), 2);
    QCOMPARE(tools.value(u"read_file"_s).toString(), u"files:read"_s);
    QCOMPARE(tools.value(u"write_file"_s).toString(), u"files:write"_s);

    const CliResult show = json({u"resource"_s, u"show"_s, uri});
    CLI_EXPECT_EXIT(show, 0);
    CLI_JSON_OBJECT(shown, show);
    QCOMPARE(shown, res);
    const CliResult byId = json({u"resource"_s, u"show"_s, res.value(u"id"_s).toString()});
    CLI_EXPECT_EXIT(byId, 0);

    const CliResult textShow = run({u"resource"_s, u"show"_s, uri});
    CLI_EXPECT_EXIT(textShow, 0);
    QVERIFY2(textShow.stdOut().contains(u"read_file needs files:read"_s), textShow.describe().constData());

    // A scope in use cannot go.
    CLI_EXPECT_ERROR(json({u"scope"_s, u"delete"_s, u"files:write"_s}), 5, u"conflict"_s, QString());

    const CliResult rename = json({u"resource"_s, u"update"_s, uri, u"--display-name"_s, u"File server"_s});
    CLI_EXPECT_EXIT(rename, 0);
    CLI_JSON_OBJECT(renamed, rename);
    QCOMPARE(renamed.value(u"displayName"_s).toString(), u"File server"_s);
    QCOMPARE(renamed.value(u"scopes"_s), res.value(u"scopes"_s)); // not given: unchanged
    QCOMPARE(renamed.value(u"toolScopes"_s), res.value(u"toolScopes"_s));

    const CliResult retool = json(
        {u"resource"_s, u"update"_s, uri, u"--scope"_s, u"files:read"_s, u"--tool"_s, u"read_file=files:read"_s});
    CLI_EXPECT_EXIT(retool, 0);
    CLI_JSON_OBJECT(retooled, retool);
    QCOMPARE(stringValues(retooled.value(u"scopes"_s).toArray(), {}), QStringList{u"files:read"_s});
    QCOMPARE(retooled.value(u"toolScopes"_s).toObject().keys(), QStringList{u"read_file"_s});
    CLI_EXPECT_EXIT(json({u"scope"_s, u"delete"_s, u"files:write"_s}), 0); // no longer used

    const CliResult list = json({u"resource"_s, u"list"_s});
    CLI_JSON_ARRAY(resources, list);
    QCOMPARE(stringValues(resources, u"uri"_s), QStringList{uri});

    const CliResult del = json({u"resource"_s, u"delete"_s, uri});
    CLI_EXPECT_EXIT(del, 0);
    CLI_JSON_OBJECT(deleted, del);
    QCOMPARE(deleted.value(u"deleted"_s).toString(), uri);
    CLI_EXPECT_ERROR(json({u"resource"_s, u"show"_s, uri}), 4, u"not_found"_s, QString());
    const CliResult empty = json({u"resource"_s, u"list"_s});
    CLI_JSON_ARRAY(none, empty);
    QVERIFY(none.isEmpty());
}

void TestCli::publicApplicationLifecycle()
{
    CLI_EXPECT_EXIT(json({u"org"_s, u"add"_s, u"acme"_s}), 0);

    const CliResult add = json({u"app"_s, u"add"_s, u"my-agent"_s, u"--redirect-uri"_s,
        u"http://localhost:3000/callback"_s, u"--display-name"_s, u"My agent"_s, u"--description"_s, u"For tests"_s});
    CLI_EXPECT_EXIT(add, 0);
    CLI_JSON_OBJECT(app, add);
    QCOMPARE(app.value(u"name"_s).toString(), u"my-agent"_s);
    QCOMPARE(app.value(u"clientType"_s).toString(), u"public"_s);
    QCOMPARE(app.value(u"tokenEndpointAuthMethod"_s).toString(), u"none"_s);
    QCOMPARE(app.value(u"createdBy"_s).toString(), u"cli"_s);
    QCOMPARE(
        stringValues(app.value(u"redirectUris"_s).toArray(), {}), QStringList{u"http://localhost:3000/callback"_s});
    QVERIFY2(!app.contains(u"clientSecret"_s), "a public client has no secret");
    const QString clientId = app.value(u"clientId"_s).toString();
    QVERIFY(!clientId.isEmpty());

    // Update: what is given changes, everything else stays as it was.
    const CliResult update = json({u"app"_s, u"update"_s, u"my-agent"_s, u"--add-redirect-uri"_s,
        u"http://127.0.0.1/cb"_s, u"--consent"_s, u"always"_s});
    CLI_EXPECT_EXIT(update, 0);
    CLI_JSON_OBJECT(updated, update);
    QCOMPARE(stringValues(updated.value(u"redirectUris"_s).toArray(), {}),
        (QStringList{u"http://localhost:3000/callback"_s, u"http://127.0.0.1/cb"_s}));
    QCOMPARE(updated.value(u"consentPolicy"_s).toString(), u"always"_s);
    QVERIFY(!updated.contains(u"clientSecret"_s));
    for (const QString& key : app.keys()) {
        if (key == QLatin1String("redirectUris") || key == QLatin1String("consentPolicy")
            || key == QLatin1String("updatedAt"))
            continue;
        QVERIFY2(updated.value(key) == app.value(key),
            qPrintable(u"'%1' changed although it was not given: %2"_s.arg(key, update.stdOut())));
    }

    // A public client cannot drop PKCE (OAuth 2.1); the refusal names the field.
    CLI_EXPECT_ERROR(
        json({u"app"_s, u"update"_s, u"my-agent"_s, u"--pkce"_s, u"no"_s}), 3, u"invalid_input"_s, u"pkceRequired"_s);

    // Several options at once, by client id.
    const CliResult more
        = json({u"app"_s, u"update"_s, clientId, u"--remove-redirect-uri"_s, u"http://localhost:3000/callback"_s,
            u"--access-lifetime"_s, u"600"_s, u"--token-format"_s, u"opaque"_s, u"--grant"_s, u"authorization_code"_s});
    CLI_EXPECT_EXIT(more, 0);
    CLI_JSON_OBJECT(changed, more);
    QCOMPARE(stringValues(changed.value(u"redirectUris"_s).toArray(), {}), QStringList{u"http://127.0.0.1/cb"_s});
    QCOMPARE(changed.value(u"pkceRequired"_s).toBool(), true);
    QCOMPARE(changed.value(u"accessTokenLifetime"_s).toInt(), 600);
    QCOMPARE(changed.value(u"tokenFormat"_s).toString(), u"opaque"_s);
    QCOMPARE(stringValues(changed.value(u"grantTypes"_s).toArray(), {}), QStringList{u"authorization_code"_s});
    QCOMPARE(changed.value(u"consentPolicy"_s).toString(), u"always"_s);
    QCOMPARE(changed.value(u"displayName"_s).toString(), u"My agent"_s);

    const CliResult show = json({u"app"_s, u"show"_s, u"my-agent"_s});
    CLI_EXPECT_EXIT(show, 0);
    CLI_JSON_OBJECT(shown, show);
    QCOMPARE(shown, changed);
    const CliResult byId = json({u"app"_s, u"show"_s, app.value(u"id"_s).toString()});
    CLI_EXPECT_EXIT(byId, 0);

    const CliResult rename = json({u"app"_s, u"update"_s, u"my-agent"_s, u"--name"_s, u"agent-two"_s});
    CLI_EXPECT_EXIT(rename, 0);
    CLI_EXPECT_ERROR(json({u"app"_s, u"show"_s, u"my-agent"_s}), 4, u"not_found"_s, QString());

    const CliResult textList = run({u"app"_s, u"list"_s});
    CLI_EXPECT_EXIT(textList, 0);
    QVERIFY2(textList.stdOut().contains(u"agent-two"_s) && textList.stdOut().contains(clientId),
        textList.describe().constData());

    const CliResult del = json({u"app"_s, u"delete"_s, u"agent-two"_s});
    CLI_EXPECT_EXIT(del, 0);
    CLI_JSON_OBJECT(deleted, del);
    QCOMPARE(deleted.value(u"deleted"_s).toString(), u"agent-two"_s);
    QVERIFY2(
        deleted.contains(u"tokensDeleted"_s) && deleted.contains(u"consentsDeleted"_s), del.describe().constData());
    QCOMPARE(deleted.value(u"tokensDeleted"_s).toInt(-1), 0);
    QCOMPARE(deleted.value(u"consentsDeleted"_s).toInt(-1), 0);
    CLI_EXPECT_ERROR(json({u"app"_s, u"show"_s, u"agent-two"_s}), 4, u"not_found"_s, QString());
    const CliResult empty = json({u"app"_s, u"list"_s});
    CLI_JSON_ARRAY(none, empty);
    QVERIFY(none.isEmpty());
}

void TestCli::confidentialApplicationLifecycle()
{
    CLI_EXPECT_EXIT(json({u"org"_s, u"add"_s, u"acme"_s}), 0);

    const CliResult add = json({u"app"_s, u"add"_s, u"backend"_s, u"--client-type"_s, u"confidential"_s,
        u"--redirect-uri"_s, u"https://app.example.com/cb"_s});
    CLI_EXPECT_EXIT(add, 0);
    CLI_JSON_OBJECT(app, add);
    QCOMPARE(app.value(u"clientType"_s).toString(), u"confidential"_s);
    QCOMPARE(app.value(u"tokenEndpointAuthMethod"_s).toString(), u"client_secret_basic"_s);
    const QString secret = app.value(u"clientSecret"_s).toString();
    QVERIFY2(secret.size() >= 43, add.describe().constData()); // 32 random bytes, base64url

    // Shown once: neither show nor an ordinary update prints it again.
    const CliResult show = json({u"app"_s, u"show"_s, u"backend"_s});
    CLI_EXPECT_EXIT(show, 0);
    QVERIFY2(
        !show.stdOut().contains(u"clientSecret"_s) && !show.stdOut().contains(secret), show.describe().constData());
    const CliResult update = json({u"app"_s, u"update"_s, u"backend"_s, u"--display-name"_s, u"Backend"_s});
    CLI_EXPECT_EXIT(update, 0);
    QVERIFY2(!update.stdOut().contains(u"clientSecret"_s), update.describe().constData());
    CLI_JSON_OBJECT(updated, update);
    QCOMPARE(updated.value(u"clientType"_s).toString(), u"confidential"_s);

    const CliResult rotate = json({u"app"_s, u"rotate-secret"_s, u"backend"_s});
    CLI_EXPECT_EXIT(rotate, 0);
    CLI_JSON_OBJECT(rotated, rotate);
    const QString secret2 = rotated.value(u"clientSecret"_s).toString();
    QVERIFY2(secret2.size() >= 43, rotate.describe().constData());
    QVERIFY(secret2 != secret);

    const CliResult rotateText = run({u"app"_s, u"rotate-secret"_s, u"backend"_s});
    CLI_EXPECT_EXIT(rotateText, 0);
    const QRegularExpressionMatch m
        = QRegularExpression(u"New client secret for backend: (\\S+)"_s).match(rotateText.stdOut());
    QVERIFY2(m.hasMatch(), rotateText.describe().constData());
    QVERIFY(m.captured(1) != secret2 && m.captured(1).size() >= 43);

    // A public client turned confidential gets its secret then.
    CLI_EXPECT_EXIT(json({u"app"_s, u"add"_s, u"cli-tool"_s, u"--redirect-uri"_s, u"http://localhost/cb"_s}), 0);
    const CliResult promote = json({u"app"_s, u"update"_s, u"cli-tool"_s, u"--client-type"_s, u"confidential"_s});
    CLI_EXPECT_EXIT(promote, 0);
    CLI_JSON_OBJECT(promoted, promote);
    QVERIFY2(promoted.value(u"clientSecret"_s).toString().size() >= 43, promote.describe().constData());
    QCOMPARE(promoted.value(u"tokenEndpointAuthMethod"_s).toString(), u"client_secret_basic"_s);
    const CliResult demote = json({u"app"_s, u"update"_s, u"cli-tool"_s, u"--client-type"_s, u"public"_s});
    CLI_EXPECT_EXIT(demote, 0);
    CLI_JSON_OBJECT(demoted, demote);
    QCOMPARE(demoted.value(u"tokenEndpointAuthMethod"_s).toString(), u"none"_s);
    CLI_EXPECT_ERROR(json({u"app"_s, u"rotate-secret"_s, u"cli-tool"_s}), 3, u"invalid_input"_s, u"clientType"_s);

    const CliResult text = run({u"app"_s, u"add"_s, u"backend2"_s, u"--client-type"_s, u"confidential"_s,
        u"--redirect-uri"_s, u"https://app.example.com/cb2"_s});
    CLI_EXPECT_EXIT(text, 0);
    QCOMPARE(text.stdOut().count(u"Client secret: "_s), 1);

    const CliResult del = json({u"app"_s, u"delete"_s, u"backend"_s});
    CLI_EXPECT_EXIT(del, 0);
    CLI_JSON_OBJECT(deleted, del);
    QCOMPARE(deleted.value(u"tokensDeleted"_s).toInt(-1), 0);
    QCOMPARE(deleted.value(u"consentsDeleted"_s).toInt(-1), 0);
    CLI_EXPECT_ERROR(json({u"app"_s, u"rotate-secret"_s, u"backend"_s}), 4, u"not_found"_s, QString());
}

void TestCli::userLifecycle()
{
    CLI_EXPECT_EXIT(json({u"org"_s, u"add"_s, u"acme"_s}), 0);

    // Refused passwords: too short, and none at all. Nothing is created.
    CLI_EXPECT_ERROR(json({u"user"_s, u"add"_s, u"bob"_s}, "short\n"), 3, u"invalid_input"_s, u"password"_s);
    CLI_EXPECT_ERROR(json({u"user"_s, u"add"_s, u"bob"_s}), 3, u"invalid_input"_s, u"password"_s);
    CLI_EXPECT_ERROR(json({u"user"_s, u"add"_s, u"bob"_s}, "\n"), 3, u"invalid_input"_s, u"password"_s);
    CLI_EXPECT_ERROR(json({u"user"_s, u"show"_s, u"bob"_s}), 4, u"not_found"_s, QString());

    const CliResult add
        = json({u"user"_s, u"add"_s, u"bob"_s, u"--display-name"_s, u"Bob"_s, u"--email"_s, u"bob@example.com"_s},
            kGoodPassword + '\n');
    CLI_EXPECT_EXIT(add, 0);
    CLI_JSON_OBJECT(user, add);
    QCOMPARE(user.value(u"username"_s).toString(), u"bob"_s);
    QCOMPARE(user.value(u"displayName"_s).toString(), u"Bob"_s);
    QCOMPARE(user.value(u"email"_s).toString(), u"bob@example.com"_s);
    QCOMPARE(user.value(u"disabled"_s).toBool(true), false);
    QCOMPARE(user.value(u"isAdmin"_s).toBool(true), false);
    for (const QString& key : user.keys())
        QVERIFY2(!key.contains(u"password"_s, Qt::CaseInsensitive) && !key.contains(u"hash"_s, Qt::CaseInsensitive),
            qPrintable(key));
    QVERIFY(!add.out.contains(kGoodPassword));

    CLI_EXPECT_ERROR(json({u"user"_s, u"add"_s, u"bob"_s}, kGoodPassword + '\n'), 5, u"conflict"_s, QString());

    const CliResult list = json({u"user"_s, u"list"_s});
    CLI_EXPECT_EXIT(list, 0);
    CLI_JSON_ARRAY(users, list);
    QCOMPARE(stringValues(users, u"username"_s), QStringList{u"bob"_s});

    const CliResult disable = json({u"user"_s, u"update"_s, u"bob"_s, u"--disable"_s});
    CLI_EXPECT_EXIT(disable, 0);
    CLI_JSON_OBJECT(disabled, disable);
    QCOMPARE(disabled.value(u"disabled"_s).toBool(), true);
    QCOMPARE(disabled.value(u"displayName"_s).toString(), u"Bob"_s); // not given: unchanged
    QCOMPARE(disabled.value(u"email"_s).toString(), u"bob@example.com"_s);
    const CliResult show = json({u"user"_s, u"show"_s, u"bob"_s});
    CLI_JSON_OBJECT(shown, show);
    QCOMPARE(shown.value(u"disabled"_s).toBool(), true);
    const CliResult enable = json({u"user"_s, u"update"_s, u"bob"_s, u"--enable"_s, u"--email"_s, u"b@example.org"_s});
    CLI_EXPECT_EXIT(enable, 0);
    CLI_JSON_OBJECT(enabled, enable);
    QCOMPARE(enabled.value(u"disabled"_s).toBool(true), false);
    QCOMPARE(enabled.value(u"email"_s).toString(), u"b@example.org"_s);
    CLI_EXPECT_EXIT(json({u"user"_s, u"update"_s, u"bob"_s, u"--enable"_s, u"--disable"_s}), 2);

    // Administrators: made at creation, or by update (yes|no); list and show say so.
    const CliResult addAdmin = json({u"user"_s, u"add"_s, u"root"_s, u"--admin"_s}, kGoodPassword + '\n');
    CLI_EXPECT_EXIT(addAdmin, 0);
    CLI_JSON_OBJECT(root, addAdmin);
    QCOMPARE(root.value(u"isAdmin"_s).toBool(), true);
    const CliResult promote = json({u"user"_s, u"update"_s, u"bob"_s, u"--admin"_s, u"YES"_s});
    CLI_EXPECT_EXIT(promote, 0);
    CLI_JSON_OBJECT(promoted, promote);
    QCOMPARE(promoted.value(u"isAdmin"_s).toBool(), true);
    QCOMPARE(promoted.value(u"email"_s).toString(), u"b@example.org"_s); // not given: unchanged
    CLI_EXPECT_ERROR(
        json({u"user"_s, u"update"_s, u"bob"_s, u"--admin"_s, u"maybe"_s}), 3, u"invalid_input"_s, u"admin"_s);
    const CliResult showAdmin = json({u"user"_s, u"show"_s, u"bob"_s});
    CLI_JSON_OBJECT(stillAdmin, showAdmin);
    QCOMPARE(stillAdmin.value(u"isAdmin"_s).toBool(), true);
    const CliResult listed = run({u"user"_s, u"list"_s});
    CLI_EXPECT_EXIT(listed, 0);
    QVERIFY2(listed.stdOut().contains(u"ROLE"_s) && listed.stdOut().contains(u"administrator"_s),
        listed.describe().constData());
    const CliResult shownText = run({u"user"_s, u"show"_s, u"root"_s});
    QVERIFY2(shownText.stdOut().contains(u"Administrator"_s) && shownText.stdOut().contains(u"yes"_s),
        shownText.describe().constData());
    const CliResult demote = json({u"user"_s, u"update"_s, u"bob"_s, u"--admin"_s, u"no"_s});
    CLI_EXPECT_EXIT(demote, 0);
    CLI_JSON_OBJECT(demoted, demote);
    QCOMPARE(demoted.value(u"isAdmin"_s).toBool(true), false);
    const CliResult listedJson = json({u"user"_s, u"list"_s});
    CLI_JSON_ARRAY(everyone, listedJson);
    for (const QJsonValue& u : everyone)
        QCOMPARE(u.toObject().value(u"isAdmin"_s).toBool(), u.toObject().value(u"username"_s).toString() == u"root"_s);
    const CliResult updates = json({u"audit"_s, u"list"_s, u"--action"_s, u"user.update"_s, u"--limit"_s, u"2"_s});
    CLI_JSON_ARRAY(changes, updates);
    QCOMPARE(changes.at(0).toObject().value(u"details"_s).toObject().value(u"isAdminChanged"_s).toBool(), true);
    CLI_EXPECT_EXIT(json({u"user"_s, u"delete"_s, u"root"_s}), 0);

    const CliResult setPassword = json({u"user"_s, u"set-password"_s, u"bob"_s}, "a different long passphrase\n");
    CLI_EXPECT_EXIT(setPassword, 0);
    CLI_JSON_OBJECT(changed, setPassword);
    QCOMPARE(changed.value(u"passwordChanged"_s).toString(), u"bob"_s);
    CLI_EXPECT_ERROR(json({u"user"_s, u"set-password"_s, u"bob"_s}, "short\n"), 3, u"invalid_input"_s, u"password"_s);
    CLI_EXPECT_ERROR(json({u"user"_s, u"set-password"_s, u"bob"_s}), 3, u"invalid_input"_s, u"password"_s);
    CLI_EXPECT_ERROR(
        json({u"user"_s, u"set-password"_s, u"nobody"_s}, kGoodPassword + '\n'), 4, u"not_found"_s, QString());

    const CliResult del = json({u"user"_s, u"delete"_s, u"bob"_s});
    CLI_EXPECT_EXIT(del, 0);
    CLI_JSON_OBJECT(deleted, del);
    QCOMPARE(deleted.value(u"deleted"_s).toString(), u"bob"_s);
    CLI_EXPECT_ERROR(json({u"user"_s, u"show"_s, u"bob"_s}), 4, u"not_found"_s, QString());
    CLI_EXPECT_ERROR(json({u"user"_s, u"delete"_s, u"bob"_s}), 4, u"not_found"_s, QString());
}

void TestCli::tokensAndConsentsStartEmpty()
{
    CLI_EXPECT_EXIT(json({u"demo-data"_s}), 0);
    const QList<QStringList> emptyLists{
        {u"token"_s, u"list"_s},
        {u"token"_s, u"list"_s, u"--app"_s, u"claude-code"_s, u"--state"_s, u"active"_s, u"--kind"_s, u"refresh"_s},
        {u"token"_s, u"list"_s, u"--since"_s, u"2000-01-01"_s, u"--until"_s, u"2999-01-01T00:00:00Z"_s},
        {u"token"_s, u"list"_s, u"--user"_s, u"admin"_s, u"--limit"_s, u"5"_s},
        {u"consent"_s, u"list"_s},
        {u"consent"_s, u"list"_s, u"--all"_s},
        {u"consent"_s, u"list"_s, u"--user"_s, u"admin"_s, u"--app"_s, u"cursor"_s},
    };
    for (const QStringList& args : emptyLists) {
        const CliResult r = json(args);
        CLI_EXPECT_EXIT(r, 0);
        CLI_JSON_ARRAY(items, r);
        QVERIFY2(items.isEmpty(), r.describe().constData());
    }
    const CliResult text = run({u"token"_s, u"list"_s});
    CLI_EXPECT_EXIT(text, 0);
    QVERIFY2(text.stdOut().contains(u"(none)"_s), text.describe().constData());

    const CliResult revoke = json({u"token"_s, u"revoke"_s, u"--app"_s, u"claude-code"_s});
    CLI_EXPECT_EXIT(revoke, 0);
    CLI_JSON_OBJECT(revoked, revoke);
    QCOMPARE(revoked.value(u"revoked"_s).toInt(-1), 0);
}

// ---------------------------------------------------------------------------------------------
// Audit log

void TestCli::auditListAndVerify()
{
    CLI_EXPECT_EXIT(json({u"demo-data"_s}), 0);
    CLI_EXPECT_EXIT(json({u"app"_s, u"add"_s, u"audited"_s, u"--redirect-uri"_s, u"http://localhost/cb"_s}), 0);
    CLI_EXPECT_EXIT(json({u"app"_s, u"update"_s, u"audited"_s, u"--consent"_s, u"never"_s}), 0);
    CLI_EXPECT_EXIT(json({u"app"_s, u"delete"_s, u"audited"_s}), 0);
    CLI_EXPECT_EXIT(json({u"user"_s, u"add"_s, u"carol"_s}, kGoodPassword + '\n'), 0);

    const CliResult list = json({u"audit"_s, u"list"_s});
    CLI_EXPECT_EXIT(list, 0);
    CLI_JSON_ARRAY(events, list);
    const QStringList actions = stringValues(events, u"action"_s);
    for (const QString& a : {u"organization.create"_s, u"application.create"_s, u"application.update"_s,
             u"application.delete"_s, u"user.create"_s, u"scope.create"_s, u"resource.create"_s})
        QVERIFY2(actions.contains(a), qPrintable(QString(a + u" missing from "_s + actions.join(u", "_s))));
    // Newest first, numbered without gaps, attributed to the CLI and this user.
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const QJsonValue& v : events) {
        const QJsonObject e = v.toObject();
        const qint64 seq = e.value(u"seq"_s).toInteger();
        QVERIFY2(seq == previous - 1 || previous == std::numeric_limits<qint64>::max(), list.describe().constData());
        previous = seq;
        QCOMPARE(e.value(u"actor"_s).toString(), u"cli:clitest"_s);
        QCOMPARE(e.value(u"source"_s).toString(), u"cli"_s);
        QCOMPARE(e.value(u"outcome"_s).toString(), u"success"_s);
        QCOMPARE(e.value(u"hash"_s).toString().size(), 64);
    }
    QCOMPARE(previous, 1);
    QCOMPARE(actions.first(), u"user.create"_s);

    // Filters.
    const CliResult creates = json({u"audit"_s, u"list"_s, u"--action"_s, u"application.create"_s});
    CLI_EXPECT_EXIT(creates, 0);
    CLI_JSON_ARRAY(createEvents, creates);
    QCOMPARE(createEvents.size(), kDemoApps.size() + 1);
    for (const QJsonValue& v : createEvents)
        QCOMPARE(v.toObject().value(u"action"_s).toString(), u"application.create"_s);
    const CliResult prefix = json({u"audit"_s, u"list"_s, u"--action"_s, u"application."_s});
    CLI_JSON_ARRAY(appEvents, prefix);
    QCOMPARE(appEvents.size(), kDemoApps.size() + 3);
    const CliResult limited = json({u"audit"_s, u"list"_s, u"--limit"_s, u"2"_s});
    CLI_JSON_ARRAY(two, limited);
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.at(0).toObject().value(u"seq"_s).toInteger(), events.at(0).toObject().value(u"seq"_s).toInteger());
    const CliResult future = json({u"audit"_s, u"list"_s, u"--since"_s, u"2999-01-01"_s});
    CLI_EXPECT_EXIT(future, 0);
    CLI_JSON_ARRAY(none, future);
    QVERIFY(none.isEmpty());
    const CliResult past = json({u"audit"_s, u"list"_s, u"--until"_s, u"2000-01-01T00:00"_s});
    CLI_EXPECT_EXIT(past, 0);
    CLI_JSON_ARRAY(noneEither, past);
    QVERIFY(noneEither.isEmpty());
    const CliResult window
        = json({u"audit"_s, u"list"_s, u"--since"_s, u"2000-01-01T00:00:00Z"_s, u"--until"_s, u"2999-12-31"_s});
    CLI_JSON_ARRAY(all, window);
    QCOMPARE(all.size(), events.size());
    const CliResult denied = json({u"audit"_s, u"list"_s, u"--outcome"_s, u"denied"_s});
    CLI_EXPECT_EXIT(denied, 0);

    const CliResult verify = json({u"audit"_s, u"verify"_s});
    CLI_EXPECT_EXIT(verify, 0);
    CLI_JSON_OBJECT(report, verify);
    QCOMPARE(report.value(u"intact"_s).toBool(), true);
    QCOMPARE(report.value(u"checked"_s).toInteger(), qint64(events.size()));
    QVERIFY(!report.contains(u"firstBrokenSeq"_s));
    const CliResult verifyText = run({u"audit"_s, u"verify"_s});
    CLI_EXPECT_EXIT(verifyText, 0);
    QVERIFY2(verifyText.stdOut().contains(u"intact"_s), verifyText.describe().constData());
}

void TestCli::auditExport()
{
    CLI_EXPECT_EXIT(json({u"demo-data"_s}), 0);
    CLI_EXPECT_EXIT(json({u"app"_s, u"add"_s, u"exported"_s, u"--redirect-uri"_s, u"http://localhost/cb"_s,
                        u"--redirect-uri"_s, u"http://127.0.0.1/cb"_s}),
        0);

    const CliResult list = json({u"audit"_s, u"list"_s, u"--limit"_s, u"10000"_s});
    CLI_EXPECT_EXIT(list, 0);
    CLI_JSON_ARRAY(events, list);
    const qsizetype count = events.size();
    QVERIFY(count > kDemoApps.size());

    // JSON to a file: every event, oldest first, the same as audit list.
    const QString jsonFile = m_dir->filePath(u"audit.json"_s);
    const CliResult toFile = run({u"audit"_s, u"export"_s, u"json"_s, u"--output"_s, jsonFile});
    CLI_EXPECT_EXIT(toFile, 0);
    QVERIFY2(toFile.stdErr().contains(u"Exported %1 event(s)"_s.arg(count)), toFile.describe().constData());
    QFile file(jsonFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument exported = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(exported.isArray());
    QCOMPARE(exported.array().size(), count);
    for (qsizetype i = 0; i < count; ++i) {
        const QJsonObject e = exported.array().at(i).toObject();
        QCOMPARE(e.value(u"seq"_s).toInteger(), qint64(i + 1));
        QCOMPARE(e, events.at(count - 1 - i).toObject());
    }

    // JSON to stdout (with and without --json).
    for (const bool globalJson : {false, true}) {
        const QStringList args{u"audit"_s, u"export"_s, u"json"_s};
        const CliResult out = globalJson ? json(args) : run(args);
        CLI_EXPECT_EXIT(out, 0);
        CLI_JSON_ARRAY(stdoutEvents, out);
        QCOMPARE(stdoutEvents, exported.array());
    }

    // CSV to a file and to stdout: a header and one record per event.
    const QByteArray header = "seq,time,actor,action,target_type,target_id,outcome,source,details,prev_hash,hash";
    const QString csvFile = m_dir->filePath(u"audit.csv"_s);
    CLI_EXPECT_EXIT(run({u"audit"_s, u"export"_s, u"csv"_s, u"--output"_s, csvFile}), 0);
    QFile csv(csvFile);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csv.readAll();
    const QList<QByteArray> csvLines = csvBytes.trimmed().split('\n');
    QCOMPARE(csvLines.first(), header);
    QCOMPARE(csvLines.size(), count + 1);
    QVERIFY(csvLines.at(1).startsWith("1,"));
    // Details are JSON: commas and quotes, so the field is quoted and its quotes doubled.
    QVERIFY2(csvBytes.contains(",\"{\"\"clientId\"\":\"\""), csvBytes.constData());
    const CliResult csvOut = run({u"audit"_s, u"export"_s, u"csv"_s});
    CLI_EXPECT_EXIT(csvOut, 0);
    QCOMPARE(csvOut.out, csvBytes);

    // Filters apply to exports too.
    const CliResult filtered = json({u"audit"_s, u"export"_s, u"json"_s, u"--action"_s, u"application.create"_s});
    CLI_EXPECT_EXIT(filtered, 0);
    CLI_JSON_ARRAY(creates, filtered);
    QCOMPARE(creates.size(), kDemoApps.size() + 1);

    // An unwritable target fails cleanly and leaves nothing behind.
    const QString bad = m_dir->filePath(u"missing-folder/audit.json"_s);
    CLI_EXPECT_ERROR(json({u"audit"_s, u"export"_s, u"json"_s, u"--output"_s, bad}), 1, u"io"_s, QString());
    QVERIFY(!QFile::exists(bad));
}

// ---------------------------------------------------------------------------------------------
// Signing keys

void TestCli::signingKeysListAndRotate()
{
    m_extraEnv.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, kNoSessionBus);
    CLI_EXPECT_EXIT(json({u"demo-data"_s}), 0);
    {
        const CliResult none = json({u"key"_s, u"list"_s});
        CLI_EXPECT_EXIT(none, 0);
        CLI_JSON_ARRAY(keys, none);
        QCOMPARE(keys.size(), 0);
        const CliResult text = run({u"key"_s, u"list"_s});
        CLI_EXPECT_EXIT(text, 0);
        QVERIFY2(text.stdOut().contains(u"There are no signing keys yet"_s), text.describe().constData());
    }

    // The longest access-token lifetime of any application decides how long the old key stays published.
    CLI_EXPECT_EXIT(json({u"app"_s, u"update"_s, u"claude-code"_s, u"--access-lifetime"_s, u"7200"_s}), 0);
    // The key file goes beside the store; the folder, the user's, keeps its permissions.
    const QFile::Permissions folderPermissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
        | QFile::ReadUser | QFile::WriteUser | QFile::ExeUser | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(m_dir->path(), folderPermissions));
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const CliResult rotated = json({u"key"_s, u"rotate"_s, u"--alg"_s, u"RS256"_s});
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    CLI_EXPECT_EXIT(rotated, 0);
    CLI_JSON_OBJECT(rotation, rotated);
    QCOMPARE(rotation.value(u"algorithm"_s).toString(), u"RS256"_s);
    const QString newKid = rotation.value(u"kid"_s).toString();
    const QString oldKid = rotation.value(u"previousKid"_s).toString();
    QVERIFY2(!newKid.isEmpty() && !oldKid.isEmpty() && newKid != oldKid, rotated.describe().constData());
    const QString until = rotation.value(u"previousPublishedUntil"_s).toString();
    const qint64 untilMs = QDateTime::fromString(until, Qt::ISODateWithMs).toMSecsSinceEpoch();
    QVERIFY2(untilMs >= before + 7200 * 1000 && untilMs <= after + 7200 * 1000, qPrintable(until));
    const QString kekFile = storeFile() + u".kek"_s;
    QVERIFY2(rotation.value(u"keyEncryptionKey"_s).toString().contains(kekFile), rotated.describe().constData());
    QVERIFY(QFileInfo::exists(kekFile));
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    QVERIFY2(!(QFile::permissions(kekFile) & others), "the key-encryption key file must be 0600");
    QCOMPARE(QFile::permissions(m_dir->path()), folderPermissions);

    const CliResult listed = json({u"key"_s, u"list"_s});
    CLI_EXPECT_EXIT(listed, 0);
    QVERIFY2(!listed.out.contains("PRIVATE") && !listed.out.contains("v1:"), listed.describe().constData());
    CLI_JSON_ARRAY(keys, listed);
    QCOMPARE(keys.size(), 3);
    const QJsonObject retired = findByName(keys, u"kid"_s, oldKid);
    QCOMPARE(retired.value(u"algorithm"_s).toString(), u"RS256"_s);
    QCOMPARE(retired.value(u"state"_s).toString(), u"retired"_s);
    QCOMPARE(retired.value(u"published"_s).toBool(), true);
    QCOMPARE(retired.value(u"publishUntil"_s).toString(), until);
    QVERIFY(retired.value(u"publicKeyPem"_s).toString().startsWith(u"-----BEGIN PUBLIC KEY-----"_s));
    const QJsonObject active = findByName(keys, u"kid"_s, newKid);
    QCOMPARE(active.value(u"state"_s).toString(), u"active"_s);
    QCOMPARE(active.value(u"publishUntil"_s).toString(), QString());
    QCOMPARE(stringValues(keys, u"algorithm"_s).count(u"ES256"_s), 1);

    const CliResult table = run({u"key"_s, u"list"_s});
    CLI_EXPECT_EXIT(table, 0);
    QVERIFY2(table.stdOut().contains(oldKid) && table.stdOut().contains(u"until "_s), table.describe().constData());

    // The next run finds the same key-encryption key in the key file and opens the same keys.
    const CliResult second = json({u"key"_s, u"rotate"_s, u"--alg"_s, u"ES256"_s});
    CLI_EXPECT_EXIT(second, 0);
    CLI_JSON_OBJECT(ecRotation, second);
    QCOMPARE(ecRotation.value(u"previousKid"_s).toString(),
        stringValues(keys, u"kid"_s).value(stringValues(keys, u"algorithm"_s).indexOf(u"ES256"_s)));

    const CliResult audit = json({u"audit"_s, u"list"_s, u"--action"_s, u"signing_key."_s});
    CLI_EXPECT_EXIT(audit, 0);
    CLI_JSON_ARRAY(events, audit);
    QStringList actions;
    for (const QJsonValue& e : events)
        actions << e.toObject().value(u"action"_s).toString() + u" "_s + e.toObject().value(u"actor"_s).toString();
    actions.sort();
    QCOMPARE(actions,
        (QStringList{u"signing_key.created server"_s, u"signing_key.created server"_s,
            u"signing_key.retired cli:clitest"_s, u"signing_key.retired cli:clitest"_s,
            u"signing_key.rotated cli:clitest"_s, u"signing_key.rotated cli:clitest"_s}));
    CLI_EXPECT_EXIT(json({u"audit"_s, u"verify"_s}), 0);
}

void TestCli::signingKeyRotationRefusals()
{
    m_extraEnv.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, kNoSessionBus);
    const CliResult noAlg = json({u"key"_s, u"rotate"_s});
    CLI_EXPECT_EXIT(noAlg, 2);
    QVERIFY2(noAlg.stdErr().contains(u"--alg RS256 or --alg ES256"_s), noAlg.describe().constData());
    CLI_EXPECT_ERROR(json({u"key"_s, u"rotate"_s, u"--alg"_s, u"HS256"_s}), 3, u"invalid_input"_s, u"alg"_s);

    CLI_EXPECT_EXIT(json({u"key"_s, u"rotate"_s, u"--alg"_s, u"ES256"_s}), 0);
    const CliResult before = json({u"key"_s, u"list"_s});
    CLI_EXPECT_EXIT(before, 0);

    // Another key-encryption key (a key file restored from the wrong machine) is refused, and nothing
    // is replaced: the keys are listed as before.
    const QString kekFile = storeFile() + u".kek"_s;
    QFile file(kekFile);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray(32, '\x5a').toHex() + '\n');
    file.close();
    const CliResult wrong = json({u"key"_s, u"rotate"_s, u"--alg"_s, u"RS256"_s});
    CLI_EXPECT_ERROR(wrong, 1, u"crypto"_s, QString());
    QVERIFY2(
        wrong.stdErr().contains(u"were encrypted with another key-encryption key"_s), wrong.describe().constData());
    QVERIFY2(wrong.stdErr().contains(kekFile), wrong.describe().constData());
    const CliResult after = json({u"key"_s, u"list"_s});
    CLI_EXPECT_EXIT(after, 0);
    QCOMPARE(after.out, before.out);
}

// ---------------------------------------------------------------------------------------------
// Bad input

void TestCli::invalidInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    auto row
        = [](const char* name, const QStringList& args, int exitCode, const QString& code, const QString& field = {},
              const QByteArray& input = {}) { QTest::newRow(name) << args << input << exitCode << code << field; };
    const QString nf = u"not_found"_s;
    const QString inv = u"invalid_input"_s;
    const QString conflict = u"conflict"_s;

    row("unknown app: show", {u"app"_s, u"show"_s, u"no-such-app"_s}, 4, nf);
    row("unknown app: update", {u"app"_s, u"update"_s, u"no-such-app"_s, u"--consent"_s, u"always"_s}, 4, nf);
    row("unknown app: delete", {u"app"_s, u"delete"_s, u"no-such-app"_s}, 4, nf);
    row("unknown app: rotate-secret", {u"app"_s, u"rotate-secret"_s, u"no-such-app"_s}, 4, nf);
    row("unknown app: token filter", {u"token"_s, u"list"_s, u"--app"_s, u"no-such-app"_s}, 4, nf);
    row("unknown user", {u"user"_s, u"show"_s, u"nobody"_s}, 4, nf);
    row("unknown org", {u"org"_s, u"show"_s, u"nope"_s}, 4, nf);
    row("unknown org option", {u"app"_s, u"list"_s, u"--org"_s, u"nope"_s}, 4, nf);
    row("unknown scope", {u"scope"_s, u"show"_s, u"nope:read"_s}, 4, nf);
    row("unknown resource", {u"resource"_s, u"show"_s, u"https://nope.example.com/mcp"_s}, 4, nf);
    row("unknown token", {u"token"_s, u"show"_s, u"nope"_s}, 4, nf);
    row("unknown token revoke", {u"token"_s, u"revoke"_s, u"nope"_s}, 4, nf);
    row("unknown consent", {u"consent"_s, u"revoke"_s, u"nope"_s}, 4, nf);

    row("redirect: http, not loopback", {u"app"_s, u"add"_s, u"bad"_s, u"--redirect-uri"_s, u"http://example.com/cb"_s},
        3, inv, u"redirectUris"_s);
    row("redirect: fragment", {u"app"_s, u"add"_s, u"bad"_s, u"--redirect-uri"_s, u"https://app.example.com/cb#frag"_s},
        3, inv, u"redirectUris"_s);
    row("redirect: javascript", {u"app"_s, u"add"_s, u"bad"_s, u"--redirect-uri"_s, u"javascript:alert(1)"_s}, 3, inv,
        u"redirectUris"_s);
    row("redirect: bad one added on update",
        {u"app"_s, u"update"_s, u"claude-code"_s, u"--add-redirect-uri"_s, u"http://example.com/cb"_s}, 3, inv,
        u"redirectUris"_s);
    row("redirect: removing one it lacks",
        {u"app"_s, u"update"_s, u"claude-code"_s, u"--remove-redirect-uri"_s, u"http://localhost/nope"_s}, 3, inv,
        u"redirectUris"_s);

    row("duplicate app name", {u"app"_s, u"add"_s, u"claude-code"_s, u"--redirect-uri"_s, u"http://localhost/cb"_s}, 5,
        conflict);
    row("rename onto another app", {u"app"_s, u"update"_s, u"cursor"_s, u"--name"_s, u"claude-code"_s}, 5, conflict);
    row("duplicate org", {u"org"_s, u"add"_s, u"demo"_s}, 5, conflict);
    row("duplicate scope", {u"scope"_s, u"add"_s, u"application:read"_s}, 5, conflict);
    row("duplicate resource", {u"resource"_s, u"add"_s, kDemoResource}, 5, conflict);
    row("duplicate user", {u"user"_s, u"add"_s, u"admin"_s}, 5, conflict, {}, kGoodPassword + '\n');
    row("scope still in use", {u"scope"_s, u"delete"_s, u"application:read"_s}, 5, conflict);
    row("organization not empty", {u"org"_s, u"delete"_s, u"demo"_s}, 5, conflict);

    row("audit --limit abc", {u"audit"_s, u"list"_s, u"--limit"_s, u"abc"_s}, 3, inv, u"limit"_s);
    row("audit --limit 0", {u"audit"_s, u"list"_s, u"--limit"_s, u"0"_s}, 3, inv, u"limit"_s);
    row("audit --limit 10001", {u"audit"_s, u"list"_s, u"--limit"_s, u"10001"_s}, 3, inv, u"limit"_s);
    row("token --limit abc", {u"token"_s, u"list"_s, u"--limit"_s, u"abc"_s}, 3, inv, u"limit"_s);
    row("audit --since not a date", {u"audit"_s, u"list"_s, u"--since"_s, u"yesterday"_s}, 3, inv, u"since"_s);
    row("audit --until not a date", {u"audit"_s, u"list"_s, u"--until"_s, u"2026-13-45"_s}, 3, inv, u"until"_s);
    row("token --since not a date", {u"token"_s, u"list"_s, u"--since"_s, u"2026-02-30"_s}, 3, inv, u"since"_s);
    row("export --since not a date", {u"audit"_s, u"export"_s, u"json"_s, u"--since"_s, u"soon"_s}, 3, inv, u"since"_s);
    row("audit --outcome", {u"audit"_s, u"list"_s, u"--outcome"_s, u"maybe"_s}, 3, inv, u"outcome"_s);
    row("token --state", {u"token"_s, u"list"_s, u"--state"_s, u"zombie"_s}, 3, inv, u"state"_s);
    row("export format", {u"audit"_s, u"export"_s, u"xml"_s}, 3, inv, u"format"_s);

    row("--pkce", {u"app"_s, u"update"_s, u"cursor"_s, u"--pkce"_s, u"maybe"_s}, 3, inv, u"pkce"_s);
    row("--client-type", {u"app"_s, u"update"_s, u"cursor"_s, u"--client-type"_s, u"secretive"_s}, 3, inv,
        u"client-type"_s);
    row("--consent", {u"app"_s, u"update"_s, u"cursor"_s, u"--consent"_s, u"sometimes"_s}, 3, inv, u"consent"_s);
    row("--grant", {u"app"_s, u"update"_s, u"cursor"_s, u"--grant"_s, u"password"_s}, 3, inv, u"grant"_s);
    row("--access-lifetime", {u"app"_s, u"update"_s, u"cursor"_s, u"--access-lifetime"_s, u"long"_s}, 3, inv,
        u"access-lifetime"_s);
    row("--template on update", {u"app"_s, u"update"_s, u"cursor"_s, u"--template"_s, u"vscode"_s}, 3, inv,
        u"template"_s);
    row("unknown --template", {u"app"_s, u"add"_s, u"t"_s, u"--template"_s, u"emacs"_s}, 3, inv, u"template"_s);
    row("--tool without a scope", {u"resource"_s, u"add"_s, u"https://x.example.com/mcp"_s, u"--tool"_s, u"read"_s}, 3,
        inv, u"tool"_s);
    row("relative resource URI", {u"resource"_s, u"add"_s, u"not-a-uri"_s}, 3, inv, u"uri"_s);
    row("resource with an unknown scope",
        {u"resource"_s, u"add"_s, u"https://x.example.com/mcp"_s, u"--scope"_s, u"nope:read"_s}, 3, inv);
    row("missing name", {u"org"_s, u"add"_s}, 3, inv);

    row("password too short", {u"user"_s, u"add"_s, u"eve"_s}, 3, inv, u"password"_s, "short\n");
    row("password on an empty stdin", {u"user"_s, u"add"_s, u"eve"_s}, 3, inv, u"password"_s);
    row("set-password on an empty stdin", {u"user"_s, u"set-password"_s, u"admin"_s}, 3, inv, u"password"_s);
}

void TestCli::invalidInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, code);
    QFETCH(QString, field);

    CLI_EXPECT_EXIT(json({u"demo-data"_s}), 0);
    const int eventsBefore = auditCount();
    QVERIFY(eventsBefore > 0);

    CLI_EXPECT_ERROR(json(args, input), exitCode, code, field);

    // A refused command changes nothing.
    QCOMPARE(auditCount(), eventsBefore);
    const CliResult apps = json({u"app"_s, u"list"_s});
    CLI_JSON_ARRAY(appList, apps);
    QCOMPARE(appList.size(), kDemoApps.size());
}

void TestCli::tokenRevokeNeedsAnIdOrFilters()
{
    CLI_EXPECT_EXIT(json({u"demo-data"_s}), 0);
    const QList<QStringList> wrong{
        {u"token"_s, u"revoke"_s},
        {u"token"_s, u"revoke"_s, u"some-id"_s, u"--app"_s, u"cursor"_s},
        {u"token"_s, u"revoke"_s, u"id-1"_s, u"id-2"_s},
    };
    for (const QStringList& args : wrong) {
        const CliResult r = json(args);
        CLI_EXPECT_EXIT(r, 2);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.errLines().first().startsWith(u"mcp-auth: usage error: "_s), r.describe().constData());
    }
}

void TestCli::databaseLocationRefused_data()
{
    QTest::addColumn<QString>("db");
    QTest::addColumn<QString>("secret");

    // An explicit but empty --db (say --db "$UNSET_VARIABLE") must not fall back to the default store.
    QTest::newRow("empty --db") << QString() << QString();
    QTest::newRow("postgresql:// alone") << u"postgresql://"_s << QString();
    QTest::newRow("mysql URL") << u"mysql://x"_s << QString();
    QTest::newRow("sqlite:// without a path") << u"sqlite://"_s << QString();
    QTest::newRow("PostgreSQL URL without a user") << u"postgresql://127.0.0.1/db"_s << QString();
    QTest::newRow("PostgreSQL URL without a database") << u"postgresql://u@127.0.0.1/"_s << QString();
    QTest::newRow("password in the URL") << u"postgresql://u:secret@127.0.0.1/db"_s << u"secret"_s;
    QTest::newRow("password in a postgres:// URL")
        << u"postgres://admin:Hunter2-Zq8@localhost:5432/mcp"_s << u"Hunter2-Zq8"_s;
}

void TestCli::databaseLocationRefused()
{
    QFETCH(QString, db);
    QFETCH(QString, secret);
    for (const bool asJson : {true, false}) {
        const QStringList global = asJson ? QStringList{u"--json"_s} : QStringList{};
        const CliResult r = runRaw(global + QStringList{u"--db"_s, db, u"app"_s, u"list"_s});
        if (asJson) {
            CLI_EXPECT_ERROR(r, 3, u"invalid_input"_s, u"db"_s);
        } else {
            CLI_EXPECT_EXIT(r, 3);
            QCOMPARE(r.errLines().size(), 1);
        }
        if (!secret.isEmpty()) {
            QVERIFY2(!r.out.contains(secret.toUtf8()) && !r.err.contains(secret.toUtf8()),
                QByteArray("the password must not be echoed: " + r.describe()).constData());
        }
    }
}

void TestCli::databaseUnavailable_data()
{
    QTest::addColumn<QString>("db");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("code");

    // @DIR@ is this test's temporary directory.
    QTest::newRow("a directory") << u"@DIR@"_s << 6 << u"unavailable"_s;
    QTest::newRow("not a database") << u"@DIR@/garbage.sqlite"_s << 6 << u"database"_s;
    // Creating the parent folder fails before any database is involved: an I/O failure, exit 1.
    QTest::newRow("folder cannot be created") << u"/proc/nope/x.sqlite"_s << 1 << u"io"_s;
    QTest::newRow("PostgreSQL not listening") << u"postgresql://clitest@127.0.0.1:1/nope"_s << 6 << u"unavailable"_s;
}

void TestCli::databaseUnavailable()
{
    QFETCH(QString, db);
    QFETCH(int, exitCode);
    QFETCH(QString, code);

    QByteArray garbage(4096, '\0');
    for (qsizetype i = 0; i < garbage.size(); ++i)
        garbage[i] = char(i * 37 % 251);
    const QString garbageFile = m_dir->filePath(u"garbage.sqlite"_s);
    {
        QFile f(garbageFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    db.replace(u"@DIR@"_s, m_dir->path());
    // Some password, so a PostgreSQL location does not look for one in the keychain.
    const QString password = u"Not-The-Password-41"_s;
    m_extraEnv.insert(u"MCPAUTH_DB_PASSWORD"_s, password);

    const CliResult r = runRaw({u"--json"_s, u"--db"_s, db, u"app"_s, u"list"_s});
    // Exit code and JSON first, then the one-line stderr (checked on its own so each failure is named).
    CLI_EXPECT_EXIT(r, exitCode);
    CLI_JSON_OBJECT(error, r);
    QCOMPARE(error.value(u"error"_s).toObject().value(u"code"_s).toString(), code);
    QVERIFY2(!r.stdErr().contains(u"QSqlDatabasePrivate"_s),
        QByteArray("a Qt warning leaks onto stderr: " + r.describe()).constData());
    CLI_EXPECT_ERROR(r, exitCode, code, QString());
    QVERIFY(!r.out.contains(password.toUtf8()) && !r.err.contains(password.toUtf8()));

    // Someone else's file is never touched.
    QFile f(garbageFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), garbage);
}

// ---------------------------------------------------------------------------------------------
// Tampering and secrets, seen from outside the CLI

void TestCli::auditTamperingIsReported()
{
    CLI_EXPECT_EXIT(json({u"demo-data"_s}), 0);
    CLI_EXPECT_EXIT(json({u"app"_s, u"add"_s, u"victim"_s, u"--redirect-uri"_s, u"http://localhost/cb"_s}), 0);
    const int count = auditCount();
    QVERIFY(count > 6);
    CLI_EXPECT_EXIT(json({u"audit"_s, u"verify"_s}), 0);
    const int tampered = 5;

    {
        DirectDb db(u"QSQLITE"_s, {}, storeFile());
        QVERIFY2(db.isOpen(), qPrintable(db.lastError()));
        // The append-only trigger refuses the change first...
        QVERIFY(!db.exec(u"UPDATE audit_events SET actor = 'mallory' WHERE seq = ?"_s, {tampered}));
        // ...someone with the file drops it.
        QVERIFY2(db.exec(u"DROP TRIGGER audit_events_no_update"_s), qPrintable(db.lastError()));
        int affected = 0;
        QVERIFY2(db.exec(u"UPDATE audit_events SET actor = 'mallory' WHERE seq = ?"_s, {tampered}, nullptr, &affected),
            qPrintable(db.lastError()));
        QCOMPARE(affected, 1);
    }

    const CliResult verify = json({u"audit"_s, u"verify"_s});
    CLI_EXPECT_EXIT(verify, 7);
    CLI_JSON_OBJECT(report, verify);
    QCOMPARE(report.value(u"intact"_s).toBool(true), false);
    QCOMPARE(report.value(u"firstBrokenSeq"_s).toInteger(), qint64(tampered));
    QVERIFY(!report.value(u"reason"_s).toString().isEmpty());

    const CliResult text = run({u"audit"_s, u"verify"_s});
    CLI_EXPECT_EXIT(text, 7);
    QVERIFY2(text.stdOut().contains(u"BROKEN at event %1"_s.arg(tampered)), text.describe().constData());

    // The log can still be read, tampered event included.
    const CliResult list = json({u"audit"_s, u"list"_s, u"--actor"_s, u"mallory"_s});
    CLI_EXPECT_EXIT(list, 0);
    CLI_JSON_ARRAY(events, list);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).toObject().value(u"seq"_s).toInteger(), qint64(tampered));
}

void TestCli::auditTruncationIsReported()
{
    CLI_EXPECT_EXIT(json({u"demo-data"_s}), 0);
    const int count = auditCount();
    QVERIFY(count > 2);
    {
        DirectDb db(u"QSQLITE"_s, {}, storeFile());
        QVERIFY2(db.isOpen(), qPrintable(db.lastError()));
        QVERIFY(!db.exec(u"DELETE FROM audit_events WHERE seq = ?"_s, {count}));
        QVERIFY2(db.exec(u"DROP TRIGGER audit_events_no_delete"_s), qPrintable(db.lastError()));
        QVERIFY2(db.exec(u"DELETE FROM audit_events WHERE seq = ?"_s, {count}), qPrintable(db.lastError()));
    }
    const CliResult verify = json({u"audit"_s, u"verify"_s});
    CLI_EXPECT_EXIT(verify, 7);
    CLI_JSON_OBJECT(report, verify);
    QCOMPARE(report.value(u"intact"_s).toBool(true), false);
    QCOMPARE(report.value(u"firstBrokenSeq"_s).toInteger(), qint64(count));
}

void TestCli::noSecretsInTheSqliteFile()
{
    // A known store key, so the test can recompute the HMAC the store must keep instead of the secret.
    const QByteArray key = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    m_extraEnv.insert(u"MCPAUTH_STORE_KEY"_s, QString::fromLatin1(key.toHex()));

    const CliResult demo = json({u"demo-data"_s});
    CLI_EXPECT_EXIT(demo, 0);
    CLI_JSON_OBJECT(report, demo);
    const QString adminPassword = report.value(u"adminPassword"_s).toString();
    QVERIFY(!adminPassword.isEmpty());

    // Keep a connection open meanwhile: SQLite then leaves the write-ahead log in place, with the
    // newest pages in it, instead of folding it into the main file when the CLI exits.
    DirectDb keeper(u"QSQLITE"_s, {}, storeFile());
    QVERIFY2(keeper.isOpen(), qPrintable(keeper.lastError()));
    QVERIFY2(keeper.exec(u"SELECT count(*) FROM applications"_s), qPrintable(keeper.lastError()));

    const CliResult add = json({u"app"_s, u"add"_s, u"backend"_s, u"--client-type"_s, u"confidential"_s,
        u"--redirect-uri"_s, u"https://app.example.com/cb"_s});
    CLI_EXPECT_EXIT(add, 0);
    CLI_JSON_OBJECT(app, add);
    const QString secret = app.value(u"clientSecret"_s).toString();
    QVERIFY(secret.size() >= 43);
    const CliResult rotate = json({u"app"_s, u"rotate-secret"_s, u"backend"_s});
    CLI_EXPECT_EXIT(rotate, 0);
    CLI_JSON_OBJECT(rotated, rotate);
    const QString rotatedSecret = rotated.value(u"clientSecret"_s).toString();
    QVERIFY(rotatedSecret.size() >= 43);
    CLI_EXPECT_EXIT(json({u"user"_s, u"add"_s, u"dave"_s}, kGoodPassword + '\n'), 0);

    // The stored value is the HMAC of the current secret, nothing else.
    QList<QStringList> rows;
    QVERIFY2(keeper.exec(u"SELECT client_secret_hash FROM applications WHERE name = 'backend'"_s, {}, &rows),
        qPrintable(keeper.lastError()));
    QCOMPARE(rows.size(), 1);
    const QString expected = QString::fromLatin1(
        QMessageAuthenticationCode::hash(rotatedSecret.toUtf8(), key, QCryptographicHash::Sha256).toHex());
    QCOMPARE(rows.first().first(), expected);

    // The raw bytes of every file of the store: main file, write-ahead log, shared memory.
    const QStringList files{storeFile(), storeFile() + u"-wal"_s, storeFile() + u"-shm"_s};
    QVERIFY2(QFileInfo(files.at(1)).size() > 0, "the write-ahead log should hold the latest writes");
    const QList<std::pair<const char*, QByteArray>> secrets{
        {"client secret", secret.toUtf8()},
        {"rotated client secret", rotatedSecret.toUtf8()},
        {"demo admin password", adminPassword.toUtf8()},
        {"user password", kGoodPassword},
    };
    for (const QString& path : files) {
        QFile f(path);
        if (!f.exists())
            continue;
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = f.readAll();
        for (const auto& [what, value] : secrets)
            QVERIFY2(!bytes.contains(value),
                qPrintable(u"the %1 is stored in plain text in %2"_s.arg(QString::fromLatin1(what), path)));
    }
    QVERIFY2(QFileInfo(storeFile()).size() > 0, "the main database file should exist");

    // Nor does it appear in the audit trail.
    const CliResult exported = run({u"audit"_s, u"export"_s, u"json"_s});
    CLI_EXPECT_EXIT(exported, 0);
    for (const auto& [what, value] : secrets)
        QVERIFY2(!exported.out.contains(value), what);
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL

void TestCli::postgresLifecycle()
{
    const QString url = qEnvironmentVariable("MCPAUTH_TEST_PG_URL");
    if (url.isEmpty()) {
        if (qEnvironmentVariable("MCPAUTH_REQUIRE_PG") == QLatin1String("1"))
            QFAIL("MCPAUTH_REQUIRE_PG=1 but MCPAUTH_TEST_PG_URL is not set");
        QSKIP("MCPAUTH_TEST_PG_URL is not set (run under tests/scripts/with-services.sh)");
    }
    const QUrl pgUrl(url);
    {
        DirectDb db(u"QPSQL"_s, pgUrl, {});
        QVERIFY2(db.isOpen(), qPrintable(db.lastError()));
        QVERIFY2(db.exec(u"DROP SCHEMA public CASCADE"_s), qPrintable(db.lastError()));
        QVERIFY2(db.exec(u"CREATE SCHEMA public"_s), qPrintable(db.lastError()));
    }
    m_db = url;

    const CliResult demo = json({u"demo-data"_s});
    CLI_EXPECT_EXIT(demo, 0);
    CLI_JSON_OBJECT(report, demo);
    QCOMPARE(report.value(u"created"_s).toBool(), true);
    QVERIFY(!report.value(u"adminPassword"_s).toString().isEmpty());
    const CliResult again = json({u"demo-data"_s});
    CLI_EXPECT_EXIT(again, 0);
    CLI_JSON_OBJECT(report2, again);
    QCOMPARE(report2.value(u"created"_s).toBool(), false);
    QVERIFY(!report2.contains(u"adminPassword"_s));

    const CliResult cc = json({u"app"_s, u"show"_s, u"claude-code"_s});
    CLI_EXPECT_EXIT(cc, 0);
    CLI_JSON_OBJECT(claudeCode, cc);
    QVERIFY(stringValues(claudeCode.value(u"redirectUris"_s).toArray(), {}).contains(u"http://localhost/callback"_s));

    const CliResult add = json({u"app"_s, u"add"_s, u"pg-app"_s, u"--redirect-uri"_s, u"http://localhost/cb"_s});
    CLI_EXPECT_EXIT(add, 0);
    CLI_JSON_OBJECT(app, add);
    const CliResult update = json({u"app"_s, u"update"_s, u"pg-app"_s, u"--add-redirect-uri"_s,
        u"https://app.example.com/cb"_s, u"--consent"_s, u"always"_s});
    CLI_EXPECT_EXIT(update, 0);
    CLI_JSON_OBJECT(updated, update);
    QCOMPARE(stringValues(updated.value(u"redirectUris"_s).toArray(), {}),
        (QStringList{u"http://localhost/cb"_s, u"https://app.example.com/cb"_s}));
    QCOMPARE(updated.value(u"consentPolicy"_s).toString(), u"always"_s);
    QCOMPARE(updated.value(u"clientId"_s), app.value(u"clientId"_s));
    QCOMPARE(updated.value(u"displayName"_s), app.value(u"displayName"_s));

    CLI_EXPECT_ERROR(json({u"app"_s, u"add"_s, u"pg-app"_s, u"--redirect-uri"_s, u"http://localhost/cb"_s}), 5,
        u"conflict"_s, QString());
    CLI_EXPECT_ERROR(json({u"app"_s, u"show"_s, u"nope"_s}), 4, u"not_found"_s, QString());
    CLI_EXPECT_ERROR(json({u"app"_s, u"add"_s, u"x"_s, u"--redirect-uri"_s, u"http://example.com/cb"_s}), 3,
        u"invalid_input"_s, u"redirectUris"_s);

    const CliResult conf = json({u"app"_s, u"add"_s, u"pg-backend"_s, u"--client-type"_s, u"confidential"_s,
        u"--redirect-uri"_s, u"https://app.example.com/cb"_s});
    CLI_EXPECT_EXIT(conf, 0);
    CLI_JSON_OBJECT(confApp, conf);
    const QString secret = confApp.value(u"clientSecret"_s).toString();
    QVERIFY(secret.size() >= 43);

    // No table holds the secret in plain text.
    {
        DirectDb db(u"QPSQL"_s, pgUrl, {});
        QVERIFY2(db.isOpen(), qPrintable(db.lastError()));
        QList<QStringList> tables;
        QVERIFY2(
            db.exec(u"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"_s, {}, &tables),
            qPrintable(db.lastError()));
        QVERIFY(tables.size() > 5);
        for (const QStringList& t : tables) {
            QList<QStringList> rows;
            QVERIFY2(db.exec(u"SELECT t::text FROM \"%1\" t"_s.arg(t.first()), {}, &rows), qPrintable(db.lastError()));
            for (const QStringList& row : rows)
                QVERIFY2(!row.first().contains(secret), qPrintable(u"the client secret is in table "_s + t.first()));
        }
    }

    const CliResult del = json({u"app"_s, u"delete"_s, u"pg-app"_s});
    CLI_EXPECT_EXIT(del, 0);
    CLI_JSON_OBJECT(deleted, del);
    QCOMPARE(deleted.value(u"tokensDeleted"_s).toInt(-1), 0);
    QCOMPARE(deleted.value(u"consentsDeleted"_s).toInt(-1), 0);
    CLI_EXPECT_ERROR(json({u"app"_s, u"show"_s, u"pg-app"_s}), 4, u"not_found"_s, QString());

    const CliResult list = json({u"audit"_s, u"list"_s, u"--limit"_s, u"10000"_s});
    CLI_EXPECT_EXIT(list, 0);
    CLI_JSON_ARRAY(events, list);
    QVERIFY(stringValues(events, u"action"_s).contains(u"application.delete"_s));
    const CliResult verify = json({u"audit"_s, u"verify"_s});
    CLI_EXPECT_EXIT(verify, 0);
    CLI_JSON_OBJECT(intact, verify);
    QCOMPARE(intact.value(u"intact"_s).toBool(), true);
    QCOMPARE(intact.value(u"checked"_s).toInteger(), qint64(events.size()));

    const CliResult exported = json({u"audit"_s, u"export"_s, u"json"_s});
    CLI_EXPECT_EXIT(exported, 0);
    CLI_JSON_ARRAY(exportedEvents, exported);
    QCOMPARE(exportedEvents.size(), events.size());

    // Tampering with the PostgreSQL log is seen as well.
    const int tampered = 3;
    {
        DirectDb db(u"QPSQL"_s, pgUrl, {});
        QVERIFY2(db.isOpen(), qPrintable(db.lastError()));
        QVERIFY(!db.exec(u"UPDATE audit_events SET actor = 'mallory' WHERE seq = ?"_s, {tampered}));
        QVERIFY2(db.exec(u"DROP TRIGGER audit_events_no_change ON audit_events"_s), qPrintable(db.lastError()));
        int affected = 0;
        QVERIFY2(db.exec(u"UPDATE audit_events SET actor = 'mallory' WHERE seq = ?"_s, {tampered}, nullptr, &affected),
            qPrintable(db.lastError()));
        QCOMPARE(affected, 1);
    }
    const CliResult broken = json({u"audit"_s, u"verify"_s});
    CLI_EXPECT_EXIT(broken, 7);
    CLI_JSON_OBJECT(brokenReport, broken);
    QCOMPARE(brokenReport.value(u"intact"_s).toBool(true), false);
    QCOMPARE(brokenReport.value(u"firstBrokenSeq"_s).toInteger(), qint64(tampered));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
