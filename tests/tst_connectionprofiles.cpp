#include "backend/BackendFactory.h"
#include "backend/ConnectionProfileStore.h"
#include "backend/LocalBackend.h"
#include "backend/ProfileSecrets.h"
#include "secrets/MemorySecretStore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpauth;

namespace {

// A keychain that is not there: every call fails the way QtKeychain does without a secret service.
class AbsentKeychain final : public SecretStore
{
public:
    void read(const QString&, ReadDone done) override { done(unavailable()); }
    void write(const QString&, const QString&, WriteDone done) override { done(unavailable()); }
    void remove(const QString&, WriteDone done) override { done(unavailable()); }

private:
    static Error unavailable()
    {
        return Error::make(ErrorCode::Unavailable, QStringLiteral("No secret service is running on the session bus."));
    }
};

ConnectionProfile casdoor()
{
    ConnectionProfile p;
    p.name = QStringLiteral("Production Casdoor");
    p.kind = BackendKind::Casdoor;
    p.location = QStringLiteral("https://casdoor.example.com");
    p.organization = QStringLiteral("built-in");
    p.clientId = QStringLiteral("console-client");
    return p;
}

} // namespace

// Connection profiles: validation in words, saved without secrets, secrets in the keychain or for the
// session only, and the capability model each kind of backend announces.
class TestConnectionProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settingsPath = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_counter));
    }

    void validation_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("organization");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("field"); // empty: valid

        const int sqlite = int(BackendKind::LocalSqlite), pg = int(BackendKind::LocalPostgres),
                  cas = int(BackendKind::Casdoor), std = int(BackendKind::Standards);
        QTest::newRow("sqlite ok") << sqlite << "Mine"
                                   << "/tmp/x.sqlite"
                                   << ""
                                   << ""
                                   << "";
        QTest::newRow("no name") << sqlite << "  "
                                 << "/tmp/x.sqlite"
                                 << ""
                                 << ""
                                 << "name";
        QTest::newRow("sqlite no file") << sqlite << "Mine"
                                        << ""
                                        << ""
                                        << ""
                                        << "location";
        QTest::newRow("sqlite given a pg url") << sqlite << "Mine"
                                               << "postgresql://u@h/db"
                                               << ""
                                               << ""
                                               << "location";
        QTest::newRow("pg ok") << pg << "Team"
                               << "postgresql://mcpauth@db.example.com:5432/mcpauth"
                               << ""
                               << ""
                               << "";
        QTest::newRow("pg password in url") << pg << "Team"
                                            << "postgresql://u:secret@h/db"
                                            << ""
                                            << ""
                                            << "location";
        QTest::newRow("pg not a url") << pg << "Team"
                                      << "/tmp/x.sqlite"
                                      << ""
                                      << ""
                                      << "location";
        QTest::newRow("casdoor ok") << cas << "C"
                                    << "https://casdoor.example.com"
                                    << "built-in"
                                    << "id"
                                    << "";
        QTest::newRow("casdoor http remote") << cas << "C"
                                             << "http://casdoor.example.com"
                                             << "built-in"
                                             << "id"
                                             << "location";
        QTest::newRow("casdoor http loopback") << cas << "C"
                                               << "http://127.0.0.1:8000"
                                               << "built-in"
                                               << "id"
                                               << "";
        QTest::newRow("casdoor no org") << cas << "C"
                                        << "https://casdoor.example.com"
                                        << ""
                                        << "id"
                                        << "organization";
        QTest::newRow("casdoor no client") << cas << "C"
                                           << "https://casdoor.example.com"
                                           << "o"
                                           << ""
                                           << "clientId";
        QTest::newRow("casdoor user in url") << cas << "C"
                                             << "https://admin:pw@casdoor.example.com"
                                             << "o"
                                             << "id"
                                             << "location";
        QTest::newRow("oauth ok") << std << "AS"
                                  << "https://auth.example.com/realms/x"
                                  << ""
                                  << "console"
                                  << "";
        QTest::newRow("oauth query") << std << "AS"
                                     << "https://auth.example.com/?a=b"
                                     << ""
                                     << "console"
                                     << "location";
        QTest::newRow("oauth not a url") << std << "AS"
                                         << "auth"
                                         << ""
                                         << "console"
                                         << "location";
    }

    void validation()
    {
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(QString, location);
        QFETCH(QString, organization);
        QFETCH(QString, clientId);
        QFETCH(QString, field);
        ConnectionProfile p;
        p.kind = BackendKind(kind);
        p.name = name;
        p.location = location;
        p.organization = organization;
        p.clientId = clientId;
        const Status valid = p.validate();
        if (field.isEmpty()) {
            QVERIFY2(valid, valid ? "" : qPrintable(valid.error().message));
        } else {
            QVERIFY(!valid);
            QCOMPARE(valid.error().field, field);
            QVERIFY(!valid.error().message.isEmpty());
        }
    }

    void savedWithoutSecretsAndReadBack()
    {
        QSettings settings(m_settingsPath, QSettings::IniFormat);
        ConnectionProfileStore store(&settings);
        auto saved = store.save(casdoor());
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QVERIFY(!saved->id.isEmpty());
        store.setDefaultProfileId(saved->id);

        ConnectionProfile local;
        local.name = QStringLiteral("Laptop");
        local.location = m_dir.filePath(QStringLiteral("store.sqlite"));
        QVERIFY(store.save(local));

        QSettings again(m_settingsPath, QSettings::IniFormat);
        ConnectionProfileStore reread(&again);
        const QList<ConnectionProfile> all = reread.profiles();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).name, QStringLiteral("Production Casdoor"));
        QCOMPARE(all.at(0).kind, BackendKind::Casdoor);
        QCOMPARE(all.at(0).organization, QStringLiteral("built-in"));
        QCOMPARE(all.at(0).clientId, QStringLiteral("console-client"));
        QCOMPARE(reread.defaultProfileId(), saved->id);

        // Same name, another profile: refused. Renaming the same profile: fine.
        ConnectionProfile twin = casdoor();
        twin.name = QStringLiteral("production casdoor");
        auto refused = reread.save(twin);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        ConnectionProfile renamed = all.at(0);
        renamed.name = QStringLiteral("Casdoor (prod)");
        QVERIFY(reread.save(renamed));
        QCOMPARE(reread.profiles().size(), 2);

        QVERIFY(reread.remove(saved->id));
        QCOMPARE(reread.profiles().size(), 1);
        QVERIFY(reread.defaultProfileId().isEmpty());
        QCOMPARE(reread.remove(saved->id).error().code, ErrorCode::NotFound);
    }

    // A damaged entry is skipped, the others survive.
    void unreadableEntriesAreSkipped()
    {
        QSettings settings(m_settingsPath, QSettings::IniFormat);
        settings.setValue(QStringLiteral("connections/profiles"),
            QByteArray(R"([{"id":"a","name":"Good","kind":"sqlite","location":"/tmp/a.sqlite"},)"
                       R"({"id":"b","name":"Bad","kind":"mainframe","location":"x"}])"));
        ConnectionProfileStore store(&settings);
        const auto all = store.profiles();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.at(0).name, QStringLiteral("Good"));
        settings.setValue(QStringLiteral("connections/profiles"), QByteArray("{not json"));
        QVERIFY(store.profiles().isEmpty());
    }

    void secretGoesToTheKeychain()
    {
        MemorySecretStore keychain;
        ProfileSecrets secrets(&keychain);
        QObject context;
        std::optional<Result<SecretPersistence>> stored;
        secrets.store(QStringLiteral("profile:x"), QStringLiteral("s3cret"), &context,
            [&](Result<SecretPersistence> r) { stored = std::move(r); });
        QTRY_VERIFY(stored.has_value());
        QVERIFY(*stored);
        QCOMPARE(**stored, SecretPersistence::Keychain);
        QVERIFY(secrets.keychainProblem().isEmpty());

        std::optional<Result<QString>> read;
        secrets.read(QStringLiteral("profile:x"), &context, [&](Result<QString> r) { read = std::move(r); });
        QTRY_VERIFY(read.has_value());
        QCOMPARE(read->value(), QStringLiteral("s3cret"));

        std::optional<Status> forgotten;
        secrets.forget(QStringLiteral("profile:x"), &context, [&](Status s) { forgotten = s; });
        QTRY_VERIFY(forgotten.has_value());
        QVERIFY(*forgotten);
        read.reset();
        secrets.read(QStringLiteral("profile:x"), &context, [&](Result<QString> r) { read = std::move(r); });
        QTRY_VERIFY(read.has_value());
        QCOMPARE(read->error().code, ErrorCode::NotFound);
    }

    // No secret service: the secret is kept in memory for this session, and the reason is known.
    void noKeychainKeepsTheSecretForTheSessionOnly()
    {
        AbsentKeychain keychain;
        ProfileSecrets secrets(&keychain);
        QObject context;
        std::optional<Result<SecretPersistence>> stored;
        secrets.store(QStringLiteral("profile:y"), QStringLiteral("pw"), &context,
            [&](Result<SecretPersistence> r) { stored = std::move(r); });
        QTRY_VERIFY(stored.has_value());
        QCOMPARE(**stored, SecretPersistence::SessionOnly);
        QVERIFY(secrets.keychainProblem().contains(QLatin1String("secret service")));
        std::optional<Result<QString>> read;
        secrets.read(QStringLiteral("profile:y"), &context, [&](Result<QString> r) { read = std::move(r); });
        QTRY_VERIFY(read.has_value());
        QCOMPARE(read->value(), QStringLiteral("pw"));

        // A new session (a new ProfileSecrets) does not have it: nothing was written anywhere.
        ProfileSecrets nextSession(&keychain);
        read.reset();
        nextSession.read(QStringLiteral("profile:y"), &context, [&](Result<QString> r) { read = std::move(r); });
        QTRY_VERIFY(read.has_value());
        QVERIFY(!*read);
    }

    // The local kinds support everything but deleting a token's record; the remote kinds say what they
    // lack and why.
    void capabilitiesPerKind()
    {
        const auto local = ConnectionProfile::expectedCapabilities(BackendKind::LocalSqlite);
        for (Capability c : allCapabilities())
            QCOMPARE(local.supports(c), c != Capability::TokenDelete);
        QVERIFY(local.reason(Capability::TokenDelete).contains(QLatin1String("audit trail")));
        const auto cas = ConnectionProfile::expectedCapabilities(BackendKind::Casdoor);
        QVERIFY(cas.supports(Capability::Applications));
        QVERIFY(cas.supports(Capability::TokenRevoke));
        QVERIFY(cas.supports(Capability::AuditLog));
        QVERIFY(!cas.supports(Capability::AuditVerify));
        QVERIFY(cas.reason(Capability::AuditVerify).contains(QLatin1String("hash-chained")));
        const auto std = ConnectionProfile::expectedCapabilities(BackendKind::Standards);
        QVERIFY(std.supports(Capability::ApplicationWrite));
        QVERIFY(std.supports(Capability::TokenLookup));
        QVERIFY(!std.supports(Capability::TokenList));
        QVERIFY(std.reason(Capability::TokenList).contains(QLatin1String("RFC 7662")));
        for (Capability c : allCapabilities())
            QVERIFY(!capabilityTitle(c).isEmpty());
    }

    // The factory makes a working local backend from a profile, and says plainly what it cannot make.
    void factoryMakesLocalBackends()
    {
        ConnectionProfile p;
        p.name = QStringLiteral("Factory");
        p.location = m_dir.filePath(QStringLiteral("factory.sqlite"));
        auto backend = BackendFactory::create(p, {});
        QVERIFY2(backend, backend ? "" : qPrintable(backend.error().message));
        QCOMPARE((*backend)->kind(), BackendKind::LocalSqlite);
        QObject context;
        std::optional<Status> opened;
        (*backend)->open(&context, [&](Status s) { opened = s; });
        QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 20000);
        QVERIFY2(*opened, qPrintable(opened->error().message));
        std::optional<Result<QList<Application>>> apps;
        (*backend)->applications({}, &context, [&](Result<QList<Application>> r) { apps = std::move(r); });
        QTRY_VERIFY(apps.has_value());
        QVERIFY(*apps);
        QVERIFY(apps->value().isEmpty());

        // Made, not opened: a Casdoor profile connects only when the backend is opened.
        auto remote = BackendFactory::create(casdoor(), QStringLiteral("secret"));
        QVERIFY2(remote, remote ? "" : qPrintable(remote.error().message));
        QCOMPARE((*remote)->kind(), BackendKind::Casdoor);

        ConnectionProfile invalid;
        QCOMPARE(BackendFactory::create(invalid, {}).error().code, ErrorCode::InvalidInput);
    }

    // A store that cannot be opened fails every call with the open's reason.
    void unopenableStoreSaysWhy()
    {
        DatabaseLocation nowhere;
        nowhere.filePath = QStringLiteral("/proc/no-such-dir/store.sqlite");
        LocalBackend backend(nowhere, {});
        QObject context;
        std::optional<Status> opened;
        backend.open(&context, [&](Status s) { opened = s; });
        QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 20000);
        QVERIFY(!*opened);
        std::optional<Result<QList<User>>> users;
        backend.users({}, &context, [&](Result<QList<User>> r) { users = std::move(r); });
        QTRY_VERIFY(users.has_value());
        QVERIFY(!*users);
        QCOMPARE(users->error().message, opened->error().message);
    }

    // A context destroyed before the answer: the callback never runs.
    void destroyedContextGetsNoCallback()
    {
        ConnectionProfile p;
        p.name = QStringLiteral("Gone");
        p.location = m_dir.filePath(QStringLiteral("gone.sqlite"));
        auto backend = BackendFactory::create(p, {});
        QVERIFY(backend);
        bool called = false;
        {
            QObject context;
            (*backend)->open(&context, [&](Status) { called = true; });
        }
        QObject witness;
        std::optional<Status> after;
        (*backend)->users({}, &witness, [&](Result<QList<User>>) { after = Status(); });
        QTRY_VERIFY(after.has_value());
        QVERIFY(!called);
    }

private:
    QTemporaryDir m_dir;
    QString m_settingsPath;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestConnectionProfiles)
#include "tst_connectionprofiles.moc"
