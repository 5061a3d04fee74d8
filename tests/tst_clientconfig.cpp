// The client configuration writers (core/clientconfig) and `mcp-auth config show|write`: the entry and
// command of every client, the file paths of every system, the order-preserving merge into an existing
// file, the refusals (invalid JSON, read-only file or folder, an existing entry), backup and diff.

#include "clientconfig/ClientConfigWriter.h"
#include "clientconfig/ConfigFileWriter.h"
#include "clientconfig/JsonTextEditor.h"
#include "clientconfig/UnifiedDiff.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mcpauth;

namespace {

const QList<McpClient> kFileClients{
    McpClient::ClaudeDesktop, McpClient::ClaudeCode, McpClient::Cursor, McpClient::VsCode, McpClient::Windsurf};

ClientConfig configFor(
    McpClient client, const QString& url = u"https://mcp.example.com/mcp"_s, const QString& name = u"mcp-auth"_s)
{
    ClientConfigRequest r;
    r.client = client;
    r.serverUrl = url;
    r.name = name;
    auto c = ClientConfigWriter::generate(r);
    if (!c)
        qFatal("generate failed: %s", qPrintable(c.error().message));
    return *c;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QStringList backupsIn(const QString& dir)
{
    return QDir(dir).entryList({u"*.bak-*"_s}, QDir::Files);
}

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList& args, const QString& home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    env.remove(u"XDG_CONFIG_HOME"_s);
    env.remove(u"QT_LOGGING_RULES"_s);
    p.setProcessEnvironment(env);
    // Standard input is a closed pipe, not a terminal: `config write` must not wait for an answer.
    p.start(QStringLiteral(MCPAUTH_CLI_PATH), args);
    p.closeWriteChannel();
    CliRun r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestClientConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entries();
    void commands();
    void requestValidation_data();
    void requestValidation();
    void paths_data();
    void paths();
    void noFile_data();
    void noFile();
    void mergeKeepsEverythingElse_data();
    void mergeKeepsEverythingElse();
    void addsContainerToCompactFile();
    void keepsTabsCrlfAndBom();
    void invalidJsonRefused_data();
    void invalidJsonRefused();
    void notAnObjectRefused();
    void duplicateKeyRefused();
    void existingEntry();
    void readOnlyFile_data();
    void readOnlyFile();
    void readOnlyFolder();
    void changedSinceShown();
    void backupKeepsOldContent();
    void diffFormat();
    void cliShow();
    void cliWrite();
    void cliRefusals();
    void cliConfirmsAtATerminal();
    void mcpRemoteAcceptsDesktopArgs();
};

void TestClientConfig::entries()
{
    ClientConfigRequest r;
    r.serverUrl = u"http://127.0.0.1:8765/mcp"_s;
    r.name = u"local"_s;
    r.clientId = u"abc"_s;
    r.callbackPort = 3335;
    r.scopes = {u"tools:read"_s, u"tools:call"_s};

    r.client = McpClient::ClaudeDesktop;
    auto desktop = ClientConfigWriter::generate(r);
    QVERIFY(desktop);
    QCOMPARE(desktop->containerKey, u"mcpServers"_s);
    QCOMPARE(desktop->entry.toJsonObject(),
        QJsonObject({{u"command"_s, u"npx"_s},
            {u"args"_s,
                QJsonArray{u"-y"_s, u"mcp-remote"_s, u"http://127.0.0.1:8765/mcp"_s, u"3335"_s, u"--host"_s,
                    u"127.0.0.1"_s, u"--allow-http"_s, u"--static-oauth-client-info"_s, u"{\"client_id\":\"abc\"}"_s,
                    u"--static-oauth-client-metadata"_s, u"{\"scope\":\"tools:read tools:call\"}"_s}}}));
    QVERIFY(desktop->command && desktop->command->runByClient && desktop->command->executesCode);
    QVERIFY(desktop->instructions.contains(u"https://claude.ai/api/mcp/auth_callback"_s));

    r.client = McpClient::ClaudeCode;
    auto code = ClientConfigWriter::generate(r);
    QVERIFY(code);
    QCOMPARE(code->entry.toText(JsonStyle{false, {}, {}}),
        u"{\"type\":\"http\",\"url\":\"http://127.0.0.1:8765/mcp\",\"oauth\":{\"clientId\":\"abc\",\"callbackPort\":3335,\"scopes\":\"tools:read tools:call\"}}"_s);

    r.client = McpClient::VsCode;
    auto vscode = ClientConfigWriter::generate(r);
    QVERIFY(vscode);
    QCOMPARE(vscode->containerKey, u"servers"_s);
    QCOMPARE(vscode->entry.toText(JsonStyle{false, {}, {}}),
        u"{\"type\":\"http\",\"url\":\"http://127.0.0.1:8765/mcp\",\"oauth\":{\"clientId\":\"abc\"}}"_s);
    QCOMPARE(vscode->warnings.size(), 2); // no callback port, no scopes

    r.client = McpClient::Cursor;
    auto cursor = ClientConfigWriter::generate(r);
    QVERIFY(cursor);
    QCOMPARE(cursor->entry.toText(JsonStyle{false, {}, {}}), u"{\"url\":\"http://127.0.0.1:8765/mcp\"}"_s);
    QCOMPARE(cursor->warnings.size(), 3);

    r.client = McpClient::Windsurf;
    auto windsurf = ClientConfigWriter::generate(r);
    QVERIFY(windsurf);
    QCOMPARE(windsurf->entry.toText(JsonStyle{false, {}, {}}), u"{\"serverUrl\":\"http://127.0.0.1:8765/mcp\"}"_s);

    r.client = McpClient::McpInspector;
    auto inspector = ClientConfigWriter::generate(r);
    QVERIFY(inspector);
    QVERIFY(!inspector->hasFile());
    QVERIFY(inspector->command && !inspector->command->runByClient && inspector->command->executesCode);
}

void TestClientConfig::commands()
{
    ClientConfigRequest r;
    r.serverUrl = u"https://mcp.example.com/mcp"_s;
    r.name = u"remote"_s;
    r.clientId = u"abc"_s;
    r.callbackPort = 6276;

    r.client = McpClient::McpInspector;
    auto inspector = ClientConfigWriter::generate(r);
    QVERIFY(inspector);
    QCOMPARE(inspector->command->text(TargetOs::Linux),
        u"npx -y @modelcontextprotocol/inspector --cli https://mcp.example.com/mcp --transport http --method "
        "tools/list --client-id abc --callback-url http://127.0.0.1:6276/oauth/callback"_s);

    r.client = McpClient::ClaudeCode;
    auto code = ClientConfigWriter::generate(r);
    QVERIFY(code);
    QCOMPARE(code->command->text(TargetOs::Linux),
        u"claude mcp add --transport http --scope user --client-id abc --callback-port 6276 remote "
        "https://mcp.example.com/mcp"_s);
    QVERIFY(!code->command->runByClient);
    r.scopes = {u"a"_s, u"b"_s};
    auto withScopes = ClientConfigWriter::generate(r);
    QVERIFY(withScopes);
    QCOMPARE(withScopes->command->argv.mid(0, 6),
        QStringList({u"claude"_s, u"mcp"_s, u"add-json"_s, u"--scope"_s, u"user"_s, u"remote"_s}));

    // Quoting as each system's shell reads it.
    const ClientCommand c{{u"npx"_s, u"{\"scope\":\"a b\"}"_s, u"it's"_s}, true, true};
    QCOMPARE(c.text(TargetOs::Linux), u"npx '{\"scope\":\"a b\"}' 'it'\\''s'"_s);
    QCOMPARE(c.text(TargetOs::Windows), u"npx \"{\\\"scope\\\":\\\"a b\\\"}\" \"it's\""_s);
}

void TestClientConfig::requestValidation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("field"); // empty: valid
    QTest::newRow("https") << u"https://mcp.example.com/mcp"_s << u"a"_s << QString() << QString();
    QTest::newRow("http loopback") << u"http://127.0.0.1:8765/mcp"_s << u"a"_s << QString() << QString();
    QTest::newRow("http localhost") << u"http://localhost/mcp"_s << u"a"_s << QString() << QString();
    QTest::newRow("http remote") << u"http://mcp.example.com/mcp"_s << u"a"_s << QString() << u"server"_s;
    QTest::newRow("ftp") << u"ftp://mcp.example.com/"_s << u"a"_s << QString() << u"server"_s;
    QTest::newRow("relative") << u"/mcp"_s << u"a"_s << QString() << u"server"_s;
    QTest::newRow("userinfo") << u"https://u:p@mcp.example.com/"_s << u"a"_s << QString() << u"server"_s;
    QTest::newRow("space in name") << u"https://mcp.example.com/"_s << u"a b"_s << QString() << u"name"_s;
    QTest::newRow("quote in name") << u"https://mcp.example.com/"_s << u"a\""_s << QString() << u"name"_s;
    QTest::newRow("quote in scope") << u"https://mcp.example.com/"_s << u"a"_s << u"x\""_s << u"scope"_s;
}

void TestClientConfig::requestValidation()
{
    QFETCH(QString, url);
    QFETCH(QString, name);
    QFETCH(QString, scope);
    QFETCH(QString, field);
    ClientConfigRequest r;
    r.serverUrl = url;
    r.name = name;
    if (!scope.isEmpty())
        r.scopes << scope;
    const auto c = ClientConfigWriter::generate(r);
    QCOMPARE(c.isOk(), field.isEmpty());
    if (!c)
        QCOMPARE(c.error().field, field);
}

void TestClientConfig::paths_data()
{
    QTest::addColumn<McpClient>("client");
    QTest::addColumn<TargetOs>("os");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("project"); // empty: none

    const auto W = TargetOs::Windows;
    const auto M = TargetOs::MacOs;
    const auto L = TargetOs::Linux;
    QTest::newRow("claude-desktop windows")
        << McpClient::ClaudeDesktop << W << u"C:\\Users\\u\\AppData\\Roaming\\Claude\\claude_desktop_config.json"_s
        << QString();
    QTest::newRow("claude-desktop macos")
        << McpClient::ClaudeDesktop << M << u"/Users/u/Library/Application Support/Claude/claude_desktop_config.json"_s
        << QString();
    QTest::newRow("claude-desktop linux")
        << McpClient::ClaudeDesktop << L << u"/home/u/.config/Claude/claude_desktop_config.json"_s << QString();
    QTest::newRow("claude-code windows") << McpClient::ClaudeCode << W << u"C:\\Users\\u\\.claude.json"_s
                                         << u"D:\\proj\\.mcp.json"_s;
    QTest::newRow("claude-code macos") << McpClient::ClaudeCode << M << u"/Users/u/.claude.json"_s
                                       << u"/proj/.mcp.json"_s;
    QTest::newRow("claude-code linux") << McpClient::ClaudeCode << L << u"/home/u/.claude.json"_s
                                       << u"/proj/.mcp.json"_s;
    QTest::newRow("cursor windows") << McpClient::Cursor << W << u"C:\\Users\\u\\.cursor\\mcp.json"_s
                                    << u"D:\\proj\\.cursor\\mcp.json"_s;
    QTest::newRow("cursor macos") << McpClient::Cursor << M << u"/Users/u/.cursor/mcp.json"_s
                                  << u"/proj/.cursor/mcp.json"_s;
    QTest::newRow("cursor linux") << McpClient::Cursor << L << u"/home/u/.cursor/mcp.json"_s
                                  << u"/proj/.cursor/mcp.json"_s;
    QTest::newRow("vscode windows") << McpClient::VsCode << W
                                    << u"C:\\Users\\u\\AppData\\Roaming\\Code\\User\\mcp.json"_s
                                    << u"D:\\proj\\.vscode\\mcp.json"_s;
    QTest::newRow("vscode macos") << McpClient::VsCode << M
                                  << u"/Users/u/Library/Application Support/Code/User/mcp.json"_s
                                  << u"/proj/.vscode/mcp.json"_s;
    QTest::newRow("vscode linux") << McpClient::VsCode << L << u"/home/u/.config/Code/User/mcp.json"_s
                                  << u"/proj/.vscode/mcp.json"_s;
    QTest::newRow("windsurf windows") << McpClient::Windsurf << W
                                      << u"C:\\Users\\u\\.codeium\\windsurf\\mcp_config.json"_s << QString();
    QTest::newRow("windsurf macos") << McpClient::Windsurf << M << u"/Users/u/.codeium/windsurf/mcp_config.json"_s
                                    << QString();
    QTest::newRow("windsurf linux") << McpClient::Windsurf << L << u"/home/u/.codeium/windsurf/mcp_config.json"_s
                                    << QString();
}

void TestClientConfig::paths()
{
    QFETCH(McpClient, client);
    QFETCH(TargetOs, os);
    QFETCH(QString, user);
    QFETCH(QString, project);
    PlatformDirs dirs;
    switch (os) {
    case TargetOs::Windows:
        // As PlatformDirs::current() reads them there: Qt's forward slashes for home, APPDATA as set.
        dirs = {u"C:/Users/u"_s, u"C:\\Users\\u\\AppData\\Roaming"_s, QString()};
        break;
    case TargetOs::MacOs:
        dirs = {u"/Users/u"_s, QString(), QString()};
        break;
    case TargetOs::Linux:
        dirs = {u"/home/u"_s, QString(), u"/home/u/.config"_s};
        break;
    }
    const auto path = ClientConfigWriter::userFile(client, os, dirs);
    QVERIFY2(path, qPrintable(path ? QString() : path.error().message));
    QCOMPARE(*path, user);
    const auto projectPath
        = ClientConfigWriter::projectFile(client, os, os == TargetOs::Windows ? u"D:\\proj"_s : u"/proj"_s);
    QCOMPARE(projectPath.isOk(), !project.isEmpty());
    if (projectPath)
        QCOMPARE(*projectPath, project);
    QVERIFY(!ClientConfigWriter::userFile(McpClient::McpInspector, os, dirs));
}

void TestClientConfig::noFile_data()
{
    QTest::addColumn<McpClient>("client");
    for (McpClient c : kFileClients)
        QTest::newRow(qPrintable(mcpClientName(c))) << c;
}

void TestClientConfig::noFile()
{
    QFETCH(McpClient, client);
    QTemporaryDir dir;
    // The folder does not exist yet either (~/.cursor on a fresh machine).
    const QString path = dir.filePath(u"sub/folder/config.json"_s);
    const ClientConfig config = configFor(client);
    auto plan = ConfigFileWriter::plan(path, config, false);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    QVERIFY(!plan->exists);
    QVERIFY(plan->diff.startsWith(u"--- /dev/null\n+++ "_s + path + u"\n@@ -0,0 +1,"_s));
    auto backup = ConfigFileWriter::write(*plan);
    QVERIFY2(backup, qPrintable(backup ? QString() : backup.error().message));
    QVERIFY(backup->isEmpty());
    const QByteArray written = readFile(path);
    QVERIFY(written.endsWith("}\n"));
    const QJsonObject root = QJsonDocument::fromJson(written).object();
    QCOMPARE(root.keys(), QStringList{config.containerKey});
    QCOMPARE(root.value(config.containerKey).toObject().value(u"mcp-auth"_s).toObject(), config.entry.toJsonObject());
}

void TestClientConfig::mergeKeepsEverythingElse_data()
{
    noFile_data();
}

void TestClientConfig::mergeKeepsEverythingElse()
{
    QFETCH(McpClient, client);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"config.json"_s);
    const ClientConfig config = configFor(client);
    const QString container = config.containerKey;
    // Keys out of alphabetical order, unknown keys before and after, another server, an unusual layout.
    const QString head = u"{\n    \"zeta\": {\"keep\": [1, 2,3]},\n    \""_s + container
        + u"\": {\n        \"other\": {\"command\": \"x\",  \"args\": []},\n        \"b-server\": {\"url\": "
          "\"https://b.example\"}"_s;
    const QString tail = u"\n    },\n    \"alpha\": true,\n    \"unknownNested\": {\"y\": null, \"a\": 1.5}\n}\n"_s;
    writeFile(path, (head + tail).toUtf8());

    auto plan = ConfigFileWriter::plan(path, config, false);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    auto backup = ConfigFileWriter::write(*plan);
    QVERIFY2(backup, qPrintable(backup ? QString() : backup.error().message));
    const QString written = QString::fromUtf8(readFile(path));
    // Byte-identical outside the new member, which follows the last server in the file's indentation.
    const QString expected = head + u",\n        \"mcp-auth\": "_s
        + config.entry.toText(JsonStyle{true, u"    "_s, u"\n"_s}, u"        "_s) + tail;
    QCOMPARE(written, expected);
    const QJsonObject root = QJsonDocument::fromJson(written.toUtf8()).object();
    QCOMPARE(root.value(container).toObject().keys().size(), 3);
    QCOMPARE(readFile(*backup), (head + tail).toUtf8());
}

void TestClientConfig::addsContainerToCompactFile()
{
    const ClientConfig config = configFor(McpClient::Windsurf);
    auto edit = JsonTextEditor::upsert(u"{\"b\":1,\"a\":[]}"_s, config.containerKey, config.name, config.entry, false);
    QVERIFY(edit);
    QCOMPARE(edit->text,
        u"{\"b\":1,\"a\":[],\"mcpServers\":{\"mcp-auth\":{\"serverUrl\":\"https://mcp.example.com/mcp\"}}}"_s);

    // An empty object gets the default layout.
    auto empty = JsonTextEditor::upsert(u"{}\n"_s, config.containerKey, config.name, config.entry, false);
    QVERIFY(empty);
    QCOMPARE(empty->text,
        u"{\n  \"mcpServers\": {\n    \"mcp-auth\": {\n      \"serverUrl\": \"https://mcp.example.com/mcp\"\n    }\n  "
        "}\n}\n"_s);

    // An empty container in a pretty file.
    auto emptyContainer = JsonTextEditor::upsert(
        u"{\n  \"x\": 1,\n  \"mcpServers\": {}\n}"_s, config.containerKey, config.name, config.entry, false);
    QVERIFY(emptyContainer);
    QCOMPARE(emptyContainer->text,
        u"{\n  \"x\": 1,\n  \"mcpServers\": {\n    \"mcp-auth\": {\n      \"serverUrl\": "
        "\"https://mcp.example.com/mcp\"\n    }\n  }\n}"_s);
}

void TestClientConfig::keepsTabsCrlfAndBom()
{
    const ClientConfig config = configFor(McpClient::Cursor);
    const QString original
        = QChar(0xFEFF) + u"{\r\n\t\"mcpServers\": {\r\n\t\t\"a\": {\"url\": \"u\"}\r\n\t}\r\n}\r\n"_s;
    auto edit = JsonTextEditor::upsert(original, config.containerKey, config.name, config.entry, false);
    QVERIFY2(edit, qPrintable(edit ? QString() : edit.error().message));
    QCOMPARE(edit->text,
        QChar(0xFEFF)
            + u"{\r\n\t\"mcpServers\": {\r\n\t\t\"a\": {\"url\": \"u\"},\r\n\t\t\"mcp-auth\": {\r\n\t\t\t\"url\": "
              "\"https://mcp.example.com/mcp\"\r\n\t\t}\r\n\t}\r\n}\r\n"_s);
}

void TestClientConfig::invalidJsonRefused_data()
{
    noFile_data();
}

void TestClientConfig::invalidJsonRefused()
{
    QFETCH(McpClient, client);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"config.json"_s);
    const QByteArray broken = "{\n  \"mcpServers\": {\n    \"a\": {\"url\": \"u\",}\n  }\n}\n";
    writeFile(path, broken);
    auto plan = ConfigFileWriter::plan(path, configFor(client), true);
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, ErrorCode::InvalidInput);
    QVERIFY2(plan.error().message.contains(u"line 3, column"_s), qPrintable(plan.error().message));
    QVERIFY(plan.error().message.contains(u"Nothing was changed"_s));
    QCOMPARE(readFile(path), broken);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"config.json"_s});

    auto comments = JsonTextEditor::checkSyntax(u"{\n  // a comment\n}"_s);
    QVERIFY(!comments);
    QVERIFY(comments.error().message.contains(u"comments"_s));
    QVERIFY(comments.error().message.contains(u"line 2"_s));
}

void TestClientConfig::notAnObjectRefused()
{
    const ClientConfig config = configFor(McpClient::ClaudeCode);
    QVERIFY(!JsonTextEditor::upsert(u"[1, 2]"_s, config.containerKey, config.name, config.entry, false));
    auto notObject
        = JsonTextEditor::upsert(u"{\"mcpServers\": []}"_s, config.containerKey, config.name, config.entry, false);
    QVERIFY(!notObject);
    QVERIFY(notObject.error().message.contains(u"not an object"_s));
}

void TestClientConfig::duplicateKeyRefused()
{
    const ClientConfig config = configFor(McpClient::ClaudeCode);
    auto twice = JsonTextEditor::upsert(
        u"{\"mcpServers\": {}, \"mcpServers\": {}}"_s, config.containerKey, config.name, config.entry, false);
    QVERIFY(!twice);
    QVERIFY(twice.error().message.contains(u"twice"_s));
    auto entryTwice = JsonTextEditor::upsert(u"{\"mcpServers\": {\"mcp-auth\": {}, \"mcp\\u002dauth\": {}}}"_s,
        config.containerKey, config.name, config.entry, true);
    QVERIFY(!entryTwice);
}

void TestClientConfig::existingEntry()
{
    const ClientConfig config = configFor(McpClient::VsCode);
    const QString before = u"{\n  \"servers\": {\n    \"mcp-auth\": {\"type\": \"http\", \"url\": \"https://old\"},\n"
                           "    \"z\": {}\n  },\n  \"inputs\": []\n}\n"_s;
    auto refused = JsonTextEditor::upsert(before, config.containerKey, config.name, config.entry, false);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);

    auto replaced = JsonTextEditor::upsert(before, config.containerKey, config.name, config.entry, true);
    QVERIFY(replaced);
    QVERIFY(replaced->replaced);
    QCOMPARE(replaced->text,
        u"{\n  \"servers\": {\n    \"mcp-auth\": {\n      \"type\": \"http\",\n      \"url\": "
        "\"https://mcp.example.com/mcp\"\n    },\n    \"z\": {}\n  },\n  \"inputs\": []\n}\n"_s);

    // Already as requested: nothing to do, with or without --replace.
    auto same = JsonTextEditor::upsert(replaced->text, config.containerKey, config.name, config.entry, false);
    QVERIFY(same);
    QVERIFY(same->unchanged);
    QCOMPARE(same->text, replaced->text);
}

void TestClientConfig::readOnlyFile_data()
{
    noFile_data();
}

void TestClientConfig::readOnlyFile()
{
    QFETCH(McpClient, client);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"config.json"_s);
    const QByteArray before = "{\"other\": 1}\n";
    writeFile(path, before);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    auto plan = ConfigFileWriter::plan(path, configFor(client), false);
    QVERIFY(plan); // reading works; the refusal comes when writing
    auto written = ConfigFileWriter::write(*plan);
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::Io);
    QVERIFY2(written.error().message.contains(u"read-only"_s), qPrintable(written.error().message));
    QCOMPARE(readFile(path), before);
    QVERIFY(backupsIn(dir.path()).isEmpty());
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void TestClientConfig::readOnlyFolder()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"locked"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString existing = folder + u"/existing.json"_s;
    writeFile(existing, "{}");
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup));
    for (const QString& path : {existing, QString(folder + u"/new.json"_s)}) {
        auto plan = ConfigFileWriter::plan(path, configFor(McpClient::Cursor), false);
        QVERIFY(plan);
        auto written = ConfigFileWriter::write(*plan);
        QVERIFY(!written);
        QVERIFY2(written.error().message.contains(u"read-only"_s), qPrintable(written.error().message));
    }
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{u"existing.json"_s});
    QCOMPARE(readFile(existing), QByteArray("{}"));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestClientConfig::changedSinceShown()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"config.json"_s);
    writeFile(path, "{}");
    auto plan = ConfigFileWriter::plan(path, configFor(McpClient::Cursor), false);
    QVERIFY(plan);
    writeFile(path, "{\"changed\": true}");
    auto written = ConfigFileWriter::write(*plan);
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::Conflict);
    QCOMPARE(readFile(path), QByteArray("{\"changed\": true}"));
}

void TestClientConfig::backupKeepsOldContent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"claude_desktop_config.json"_s);
    const QByteArray first = "{\"globalShortcut\": \"Ctrl+Space\"}";
    writeFile(path, first);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    auto plan = ConfigFileWriter::plan(path, configFor(McpClient::ClaudeDesktop), false);
    QVERIFY(plan);
    auto backup = ConfigFileWriter::write(*plan);
    QVERIFY(backup);
    QVERIFY(backup->startsWith(path + u".bak-"_s));
    QCOMPARE(readFile(*backup), first);
    QCOMPARE(QFile::permissions(*backup) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    QCOMPARE(QFile::permissions(path) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

    // A second write in the same second gets its own backup.
    auto again
        = ConfigFileWriter::plan(path, configFor(McpClient::ClaudeDesktop, u"https://b.example/mcp"_s, u"b"_s), false);
    QVERIFY(again);
    auto secondBackup = ConfigFileWriter::write(*again);
    QVERIFY(secondBackup);
    QVERIFY(*secondBackup != *backup);
    QCOMPARE(readFile(*secondBackup), again->oldContent);
    QCOMPARE(backupsIn(dir.path()).size(), 2);
}

void TestClientConfig::diffFormat()
{
    const QString a = u"1\n2\n3\n4\n5\n6\n7\n8\n9\n"_s;
    const QString b = u"1\n2\n3\n4\n5x\n5y\n6\n7\n8\n9\n"_s;
    QCOMPARE(UnifiedDiff::diff(a, b, u"a"_s, u"b"_s),
        u"--- a\n+++ b\n@@ -2,7 +2,8 @@\n 2\n 3\n 4\n-5\n+5x\n+5y\n 6\n 7\n 8\n"_s);
    QCOMPARE(UnifiedDiff::diff(u"x"_s, u"y"_s, u"a"_s, u"b"_s),
        u"--- a\n+++ b\n@@ -1 +1 @@\n-x\n\\ No newline at end of file\n+y\n\\ No newline at end of file\n"_s);
    QVERIFY(UnifiedDiff::diff(a, a, u"a"_s, u"a"_s).isEmpty());
}

void TestClientConfig::cliShow()
{
    QTemporaryDir home;
    const CliRun r = runCli({u"--json"_s, u"config"_s, u"show"_s, u"--client"_s, u"vscode"_s, u"--server"_s,
                                u"https://mcp.example.com/mcp"_s, u"--os"_s, u"windows"_s, u"--client-id"_s, u"abc"_s},
        home.path());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"path"_s).toString(), u"%APPDATA%\\Code\\User\\mcp.json"_s);
    QCOMPARE(o.value(u"container"_s).toString(), u"servers"_s);
    QCOMPARE(o.value(u"entry"_s).toObject().value(u"oauth"_s).toObject().value(u"clientId"_s).toString(), u"abc"_s);

    const CliRun desktop = runCli({u"config"_s, u"show"_s, u"--client"_s, u"claude-desktop"_s, u"--server"_s,
                                      u"http://127.0.0.1:8765/mcp"_s, u"--callback-port"_s, u"3335"_s},
        home.path());
    QCOMPARE(desktop.exitCode, 0);
    QVERIFY(desktop.out.contains("CODE EXECUTION"));
    QVERIFY(desktop.out.contains("  npx -y mcp-remote http://127.0.0.1:8765/mcp 3335 --host 127.0.0.1 --allow-http\n"));
    QVERIFY(desktop.out.contains((home.path() + u"/.config/Claude/claude_desktop_config.json"_s).toUtf8()));

    const CliRun inspector = runCli(
        {u"config"_s, u"show"_s, u"--client"_s, u"mcp-inspector"_s, u"--server"_s, u"https://mcp.example.com/mcp"_s},
        home.path());
    QCOMPARE(inspector.exitCode, 0);
    QVERIFY(inspector.out.contains("npx -y @modelcontextprotocol/inspector --cli https://mcp.example.com/mcp"));
    QVERIFY(QDir(home.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty()); // show writes nothing
}

void TestClientConfig::cliWrite()
{
    QTemporaryDir home;
    const QStringList args{u"config"_s, u"write"_s, u"--client"_s, u"claude-code"_s, u"--server"_s,
        u"https://mcp.example.com/mcp"_s, u"--name"_s, u"remote"_s, u"--yes"_s};
    const CliRun first = runCli(args, home.path());
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY(first.out.startsWith("--- /dev/null\n"));
    const QString path = home.filePath(u".claude.json"_s);
    QCOMPARE(QJsonDocument::fromJson(readFile(path)).object().value(u"mcpServers"_s).toObject().keys(),
        QStringList{u"remote"_s});

    const CliRun second = runCli(
        QStringList{u"--json"_s} + args.mid(0, 6) + QStringList{u"--name"_s, u"second"_s, u"--yes"_s}, home.path());
    QVERIFY2(second.exitCode == 0, second.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(second.out).object();
    QVERIFY(o.value(u"written"_s).toBool());
    QVERIFY(o.value(u"diff"_s).toString().contains(u"+    \"second\": {"_s));
    QCOMPARE(readFile(o.value(u"backup"_s).toString()).isEmpty(), false);

    const CliRun project
        = runCli({u"config"_s, u"write"_s, u"--client"_s, u"vscode"_s, u"--server"_s, u"https://mcp.example.com/mcp"_s,
                     u"--project"_s, home.filePath(u"proj"_s), u"--yes"_s},
            home.path());
    QVERIFY2(project.exitCode == 0, project.err.constData());
    QVERIFY(QFile::exists(home.filePath(u"proj/.vscode/mcp.json"_s)));

    const CliRun dryRun = runCli({u"config"_s, u"write"_s, u"--client"_s, u"cursor"_s, u"--server"_s,
                                     u"https://mcp.example.com/mcp"_s, u"--dry-run"_s},
        home.path());
    QCOMPARE(dryRun.exitCode, 0);
    QVERIFY(dryRun.out.contains("Dry run: nothing written."));
    QVERIFY(!QFile::exists(home.filePath(u".cursor/mcp.json"_s)));
}

void TestClientConfig::cliRefusals()
{
    QTemporaryDir home;
    const QString path = home.filePath(u".cursor/mcp.json"_s);
    // Not at a terminal and no --yes: the diff is shown, nothing is written, exit code 3.
    const CliRun noYes
        = runCli({u"config"_s, u"write"_s, u"--client"_s, u"cursor"_s, u"--server"_s, u"https://mcp.example.com/mcp"_s},
            home.path());
    QCOMPARE(noYes.exitCode, 3);
    QVERIFY(noYes.out.contains("+++ "));
    QVERIFY(noYes.err.contains("--yes"));
    QVERIFY(!QFile::exists(path));

    // With --json nobody reads a prompt either: the refusal is a JSON error on stdout.
    const CliRun json = runCli({u"--json"_s, u"config"_s, u"write"_s, u"--client"_s, u"cursor"_s, u"--server"_s,
                                   u"https://mcp.example.com/mcp"_s},
        home.path());
    QCOMPARE(json.exitCode, 3);
    QCOMPARE(
        QJsonDocument::fromJson(json.out).object().value(u"error"_s).toObject().value(u"field"_s).toString(), u"yes"_s);
    QVERIFY(!QFile::exists(path));
    const CliRun both
        = runCli({u"config"_s, u"write"_s, u"--client"_s, u"cursor"_s, u"--server"_s, u"https://mcp.example.com/mcp"_s,
                     u"--file"_s, u"a.json"_s, u"--project"_s, u"."_s, u"--yes"_s},
            home.path());
    QCOMPARE(both.exitCode, 3);

    writeFile(path, "{\"mcpServers\": {\"x\": }}");
    const CliRun invalid = runCli({u"config"_s, u"write"_s, u"--client"_s, u"cursor"_s, u"--server"_s,
                                      u"https://mcp.example.com/mcp"_s, u"--yes"_s},
        home.path());
    QCOMPARE(invalid.exitCode, 3);
    QCOMPARE(invalid.err.count('\n'), 1);
    QVERIFY(invalid.err.startsWith("mcp-auth: error: The file is not valid JSON"));
    QCOMPARE(readFile(path), QByteArray("{\"mcpServers\": {\"x\": }}"));

    const CliRun inspector = runCli({u"config"_s, u"write"_s, u"--client"_s, u"mcp-inspector"_s, u"--server"_s,
                                        u"https://mcp.example.com/mcp"_s, u"--yes"_s},
        home.path());
    QCOMPARE(inspector.exitCode, 3);
    const CliRun badClient
        = runCli({u"config"_s, u"show"_s, u"--client"_s, u"emacs"_s, u"--server"_s, u"https://mcp.example.com/mcp"_s},
            home.path());
    QCOMPARE(badClient.exitCode, 3);
    QVERIFY(badClient.err.contains("claude-desktop, claude-code, cursor, vscode, windsurf, mcp-inspector"));
    const CliRun insecure
        = runCli({u"config"_s, u"show"_s, u"--client"_s, u"cursor"_s, u"--server"_s, u"http://mcp.example.com/mcp"_s},
            home.path());
    QCOMPARE(insecure.exitCode, 3);
}

// At a terminal `config write` asks, and writes only on "y". script(1) gives the command a terminal.
void TestClientConfig::cliConfirmsAtATerminal()
{
    const QString script = QStandardPaths::findExecutable(u"script"_s);
    if (script.isEmpty())
        QSKIP("script(1) (util-linux) is not installed");
    QTemporaryDir home;
    const QString path = home.filePath(u".codeium/windsurf/mcp_config.json"_s);
    auto answer = [&](const QByteArray& typed, const QString& name) {
        const ClientCommand command{
            {QStringLiteral(MCPAUTH_CLI_PATH), u"config"_s, u"write"_s, u"--client"_s, u"windsurf"_s, u"--server"_s,
                u"https://mcp.example.com/mcp"_s, u"--name"_s, name},
            false, false};
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home.path());
        p.setProcessEnvironment(env);
        p.start(script, {u"-qec"_s, command.text(TargetOs::Linux), u"/dev/null"_s});
        p.write(typed);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return std::pair{p.exitCode(), p.readAllStandardOutput()};
    };
    const auto [declined, declinedOut] = answer("n\n", u"first"_s);
    QCOMPARE(declined, 3);
    QVERIFY(declinedOut.contains(QByteArray("Write these changes to " + path.toUtf8() + "? [y/N]")));
    QVERIFY(!QFile::exists(path));
    const auto [accepted, acceptedOut] = answer("y\n", u"first"_s);
    QVERIFY2(accepted == 0, acceptedOut.constData());
    QVERIFY(QJsonDocument::fromJson(readFile(path)).object().value(u"mcpServers"_s).toObject().contains(u"first"_s));
}

// mcp-remote's own argument parser (parseCommandLineArgs, exported by its dist chunk) reads exactly the
// arguments of the Claude Desktop entry, after npx's "-y mcp-remote", and understands each of them.
void TestClientConfig::mcpRemoteAcceptsDesktopArgs()
{
    const QString dist = QStringLiteral(MCPAUTH_SOURCE_DIR) + u"/tests/npm/node_modules/mcp-remote/dist"_s;
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    if (node.isEmpty() || !QFileInfo::exists(dist))
        QSKIP("node or tests/npm's mcp-remote is not installed (npm ci in tests/npm)");
    QTemporaryDir dir;
    const QString script = dir.filePath(u"parse.mjs"_s);
    writeFile(script,
        "import { readdirSync } from 'node:fs';\n"
        "import { join } from 'node:path';\n"
        "import { pathToFileURL } from 'node:url';\n"
        "const [dist, json] = process.argv.slice(2);\n"
        "for (const f of readdirSync(dist).filter((f) => f.startsWith('chunk-'))) {\n"
        "  const m = await import(pathToFileURL(join(dist, f)).href);\n"
        "  if (!m.parseCommandLineArgs) continue;\n"
        "  const r = await m.parseCommandLineArgs(JSON.parse(json), 'usage');\n"
        "  process.stdout.write(JSON.stringify({ serverUrl: r.serverUrl, callbackPort: r.callbackPort, host: r.host,\n"
        "    info: r.staticOAuthClientInfo, metadata: r.staticOAuthClientMetadata }));\n"
        "  process.exit(0);\n"
        "}\n"
        "process.exit(3);\n");

    ClientConfigRequest r;
    r.client = McpClient::ClaudeDesktop;
    r.serverUrl = u"http://127.0.0.1:8765/mcp"_s;
    r.clientId = u"client-123"_s;
    r.callbackPort = 43335;
    r.scopes = {u"tools:read"_s, u"tools:call"_s};
    auto config = ClientConfigWriter::generate(r);
    QVERIFY(config);
    const QJsonArray args = config->entry.toJsonObject().value(u"args"_s).toArray();
    QCOMPARE(args.at(1).toString(), u"mcp-remote"_s);

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MCP_REMOTE_CONFIG_DIR"_s, dir.filePath(u"mcp-auth-state"_s)); // never the user's ~/.mcp-auth
    p.setProcessEnvironment(env);
    QStringList afterNpx; // what npx hands to mcp-remote
    for (qsizetype i = 2; i < args.size(); ++i)
        afterNpx << args.at(i).toString();
    p.start(node,
        {script, dist,
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(afterNpx)).toJson(QJsonDocument::Compact))});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QJsonObject parsed = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(parsed.value(u"serverUrl"_s).toString(), r.serverUrl);
    QCOMPARE(parsed.value(u"callbackPort"_s).toInt(), 43335);
    QCOMPARE(parsed.value(u"host"_s).toString(), u"127.0.0.1"_s);
    QCOMPARE(parsed.value(u"info"_s).toObject().value(u"client_id"_s).toString(), u"client-123"_s);
    QCOMPARE(parsed.value(u"metadata"_s).toObject().value(u"scope"_s).toString(), u"tools:read tools:call"_s);
}

QTEST_GUILESS_MAIN(TestClientConfig)
#include "tst_clientconfig.moc"
