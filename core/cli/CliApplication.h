#pragma once

#include "CliOutput.h"
#include "common/Result.h"
#include "domain/DomainJson.h"
#include "jose/KeyEncryptionKey.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <functional>
#include <memory>

namespace mcpauth {

// The `mcp-auth` command line: global options, then a command group and a verb.
//   mcp-auth [--db URL | --profile NAME | --backend KIND:URL] [--json] <group> <verb> [options] [arguments]
// Exit codes: 0 ok, 1 failure, 2 usage, 3 invalid input, 4 not found, 5 conflict,
// 6 database or server unavailable, 7 integrity (a broken audit chain), 8 the backend cannot do that.
class CliApplication
{
public:
    [[nodiscard]] int run(const QStringList& arguments);

    static constexpr int kExitOk = 0;
    static constexpr int kExitFailure = 1;
    static constexpr int kExitUsage = 2;
    static constexpr int kExitInvalid = 3;
    static constexpr int kExitNotFound = 4;
    static constexpr int kExitConflict = 5;
    static constexpr int kExitUnavailable = 6;
    static constexpr int kExitIntegrity = 7;
    static constexpr int kExitUnsupported = 8;

private:
    friend class RemoteCommands; // the remote path prints and parses options like the local one

    struct Verb
    {
        QString name;
        QString summary;
        QString arguments; // positional syntax for help, e.g. "<name>"
        std::function<void(QCommandLineParser&)> options;
        std::function<int(QCommandLineParser&)> run;
        bool needsStore = true; // false for verbs that must work before the store can be opened
    };
    struct Group
    {
        QString name;
        QString summary;
        QList<Verb> verbs;
    };

    [[nodiscard]] QList<Group> groups();
    [[nodiscard]] int runVerb(const Group& group, const Verb& verb, const QStringList& args);
    // With --profile or --backend: the command through the Backend interface, in one event loop.
    [[nodiscard]] int runRemote(const QString& command, QCommandLineParser& p);
    // A --profile naming a local store becomes --db; false with the error when it names nothing usable.
    [[nodiscard]] Status resolveLocalProfile();
    [[nodiscard]] int fail(const Error& error);
    // The outcome of a command: `json` with --json, else `text`. Returns kExitOk.
    int report(const QJsonValue& json, const QString& text);
    [[nodiscard]] int usage(const QString& message);
    [[nodiscard]] Status openStore();
    [[nodiscard]] Result<DatabaseLocation> location() const;
    // The CLI has no event loop of its own: these run one until the keychain answers.
    [[nodiscard]] Result<QString> keychainRead(const QString& key);
    [[nodiscard]] Status keychainWrite(const QString& key, const QString& secret, bool remove);
    // The signing keys' encryption key of the store, from the keychain or the key file as the server finds it.
    [[nodiscard]] Result<KekResult> keyEncryptionKey();
    [[nodiscard]] QString mainHelp();

    // Helpers shared by the commands.
    [[nodiscard]] Result<QString> organizationId(const QCommandLineParser& p);
    // Empty (all organizations) without --org.
    [[nodiscard]] Result<QString> optionalOrganizationId(const QCommandLineParser& p);
    [[nodiscard]] Result<TokenFilter> tokenFilterFrom(const QCommandLineParser& p);
    [[nodiscard]] Result<QString> positional(const QCommandLineParser& p, int index, const QString& what);
    [[nodiscard]] Result<QString> readSecretFromStdin(const QString& prompt);
    // A list as a JSON array of DomainJson objects, or as a table with one row per item.
    template <typename T, typename RowFn>
    int printList(const QList<T>& items, const QStringList& headers, RowFn row)
    {
        if (m_out.json()) {
            QJsonArray array;
            for (const T& item : items)
                array << DomainJson::toJson(item);
            m_out.jsonValue(array);
            return kExitOk;
        }
        QList<QStringList> rows;
        for (const T& item : items)
            rows << row(item);
        m_out.table(headers, rows);
        return kExitOk;
    }
    [[nodiscard]] int printApplication(const Application& app, const QString& newSecret);
    [[nodiscard]] Status applyApplicationOptions(const QCommandLineParser& p, Application& app, bool creating);
    [[nodiscard]] Result<QString> resolveApplicationId(const QString& ref);
    [[nodiscard]] Result<QString> resolveUserId(const QString& ref);

    int cmdOrgList(QCommandLineParser& p);
    int cmdOrgShow(QCommandLineParser& p);
    int cmdOrgAdd(QCommandLineParser& p);
    int cmdOrgUpdate(QCommandLineParser& p);
    int cmdOrgDelete(QCommandLineParser& p);
    int cmdOrgSetRegistration(QCommandLineParser& p);
    int cmdOrgInitialToken(QCommandLineParser& p);
    int cmdAppList(QCommandLineParser& p);
    int cmdAppShow(QCommandLineParser& p);
    int cmdAppAdd(QCommandLineParser& p);
    int cmdAppUpdate(QCommandLineParser& p);
    int cmdAppDelete(QCommandLineParser& p);
    int cmdAppRotateSecret(QCommandLineParser& p);
    int cmdResourceList(QCommandLineParser& p);
    int cmdResourceShow(QCommandLineParser& p);
    int cmdResourceAdd(QCommandLineParser& p);
    int cmdResourceUpdate(QCommandLineParser& p);
    int cmdResourceDelete(QCommandLineParser& p);
    int cmdScopeList(QCommandLineParser& p);
    int cmdScopeShow(QCommandLineParser& p);
    int cmdScopeAdd(QCommandLineParser& p);
    int cmdScopeUpdate(QCommandLineParser& p);
    int cmdScopeDelete(QCommandLineParser& p);
    int cmdUserList(QCommandLineParser& p);
    int cmdUserShow(QCommandLineParser& p);
    int cmdUserAdd(QCommandLineParser& p);
    int cmdUserUpdate(QCommandLineParser& p);
    int cmdUserSetPassword(QCommandLineParser& p);
    int cmdUserDelete(QCommandLineParser& p);
    int cmdTokenList(QCommandLineParser& p);
    int cmdTokenShow(QCommandLineParser& p);
    int cmdTokenRevoke(QCommandLineParser& p);
    int cmdRemoteOnly(QCommandLineParser& p);
    int cmdConsentList(QCommandLineParser& p);
    int cmdConsentRevoke(QCommandLineParser& p);
    int cmdAuditList(QCommandLineParser& p);
    int cmdAuditVerify(QCommandLineParser& p);
    int cmdAuditExport(QCommandLineParser& p);
    int cmdKeyList(QCommandLineParser& p);
    int cmdKeyRotate(QCommandLineParser& p);
    int cmdDemoData(QCommandLineParser& p);
    int cmdServe(QCommandLineParser& p);
    int cmdDbInfo(QCommandLineParser& p);
    int cmdDbSetPassword(QCommandLineParser& p);
    int cmdDbForgetPassword(QCommandLineParser& p);

    CliOutput m_out;
    QString m_dbText;
    bool m_dbGiven = false;
    QString m_profileName; // --profile
    QString m_backendSpec; // --backend
    std::unique_ptr<Store> m_store;
    AuditContext m_ctx;
};

} // namespace mcpauth
