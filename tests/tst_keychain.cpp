#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <optional>

using namespace mcpauth;

// The secret store contract, against a real Secret Service (gnome-keyring on a private session bus,
// started by tests/scripts/with-services.sh) and against the in-memory fake used by unit tests.
class TestKeychain : public QObject
{
    Q_OBJECT

private:
    template <typename T>
    static std::optional<T> await(const std::function<void(std::function<void(T)>)>& call)
    {
        std::optional<T> answer;
        call([&answer](T value) { answer = std::move(value); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 15000))
            return std::nullopt;
        return answer;
    }

    void roundTrip(SecretStore& store)
    {
        const QString key = QStringLiteral("test:roundtrip:") + QString::number(QDateTime::currentMSecsSinceEpoch());
        auto written = await<Status>([&](auto done) { store.write(key, QStringLiteral("s3cret value ✓"), done); });
        QVERIFY(written);
        QVERIFY2(*written, written->isOk() ? "" : qPrintable(written->error().message));

        auto read = await<Result<QString>>([&](auto done) { store.read(key, done); });
        QVERIFY(read);
        QVERIFY2(*read, read->isOk() ? "" : qPrintable(read->error().message));
        QCOMPARE(read->value(), QStringLiteral("s3cret value ✓"));

        auto removed = await<Status>([&](auto done) { store.remove(key, done); });
        QVERIFY(removed && *removed);

        auto gone = await<Result<QString>>([&](auto done) { store.read(key, done); });
        QVERIFY(gone);
        QVERIFY(!*gone);
        QCOMPARE(gone->error().code, ErrorCode::NotFound);
    }

    static bool keyringAvailable() { return qEnvironmentVariableIntValue("MCPAUTH_TEST_KEYRING") == 1; }
    // Under the test fixture the secret service is required: a broken one must fail, not skip.
    static bool keyringRequired() { return qEnvironmentVariableIntValue("MCPAUTH_REQUIRE_KEYRING") == 1; }

private Q_SLOTS:
    void memoryStoreKeepsTheContract()
    {
        MemorySecretStore store;
        roundTrip(store);
    }

    void realKeychainKeepsTheContract()
    {
        if (!keyringAvailable() && keyringRequired())
            QFAIL("the test fixture could not start its secret service (see its first line)");
        if (!keyringAvailable())
            QSKIP("no secret service (run under tests/scripts/with-services.sh)");
        KeychainSecretStore store;
        roundTrip(store);
    }

    void noSecretServiceIsReportedInWords()
    {
        // A session bus address that leads nowhere: the keychain must say it is unavailable, not hang
        // and not fall back to plain text.
        const QByteArray saved = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/mcpauth-test-bus");
        KeychainSecretStore store(nullptr, 5000);
        auto read = await<Result<QString>>([&](auto done) { store.read(QStringLiteral("test:none"), done); });
        qputenv("DBUS_SESSION_BUS_ADDRESS", saved);
        QVERIFY(read);
        QVERIFY(!*read);
        QVERIFY2(read->error().code == ErrorCode::Unavailable || read->error().code == ErrorCode::NotFound,
            qPrintable(read->error().message));
    }

    void cliKeepsThePostgresPasswordInTheKeychain()
    {
        if (!keyringAvailable() && keyringRequired())
            QFAIL("the test fixture could not start its secret service (see its first line)");
        if (!keyringAvailable())
            QSKIP("no secret service (run under tests/scripts/with-services.sh)");
        const QString url = qEnvironmentVariable("MCPAUTH_TEST_PG_URL");
        const QString password = qEnvironmentVariable("MCPAUTH_DB_PASSWORD");
        if (url.isEmpty())
            QSKIP("no PostgreSQL server (run under tests/scripts/with-services.sh)");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("MCPAUTH_DB_PASSWORD"));
        auto run = [&](const QStringList& args, const QByteArray& input = {}) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(MCPAUTH_CLI_PATH), QStringList{QStringLiteral("--db"), url} + args);
            p.write(input);
            p.closeWriteChannel();
            p.waitForFinished(60000);
            return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
        };
        // Without the environment variable and without a stored password the server refuses us.
        run({QStringLiteral("db"), QStringLiteral("forget-password")});
        auto refused = run({QStringLiteral("db"), QStringLiteral("info")});
        QCOMPARE(refused.first, 6);
        QVERIFY2(!refused.second.contains(password), "the password leaked into the output");

        auto stored = run({QStringLiteral("db"), QStringLiteral("set-password")}, password.toUtf8() + '\n');
        QVERIFY2(stored.first == 0, qPrintable(stored.second));
        QVERIFY(!stored.second.contains(password));
        auto info = run({QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("info")});
        QVERIFY2(info.first == 0, qPrintable(info.second));
        QVERIFY(info.second.contains(QLatin1String("PostgreSQL")));

        auto forgotten = run({QStringLiteral("db"), QStringLiteral("forget-password")});
        QVERIFY2(forgotten.first == 0, qPrintable(forgotten.second));
        QCOMPARE(run({QStringLiteral("db"), QStringLiteral("info")}).first, 6);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
