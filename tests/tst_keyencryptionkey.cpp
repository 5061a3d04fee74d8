// Where the signing keys' encryption key comes from: the OS keychain (a MemorySecretStore stands in
// for it here; tst_keychain covers the real Secret Service), a 0600 key file beside the database
// when there is none, the move of a key file into a keychain that appears later, and the refusal to
// start a new key file while the keys are sealed under a keychain that does not answer.
#include "jose/KeyEncryptionKey.h"
#include "secrets/MemorySecretStore.h"
#include "security/SecureRandom.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <optional>

using namespace mcpauth;
using namespace Qt::StringLiterals;

namespace {

// A keychain whose service never answers properly (locked, or not running).
class UnavailableSecretStore final : public SecretStore
{
public:
    void read(const QString&, ReadDone done) override
    {
        QTimer::singleShot(0, this,
            [done] { done(Error::make(ErrorCode::Unavailable, QStringLiteral("No keychain is available (test)."))); });
    }
    void write(const QString&, const QString&, WriteDone done) override
    {
        QTimer::singleShot(0, this,
            [done] { done(Error::make(ErrorCode::Unavailable, QStringLiteral("No keychain is available (test)."))); });
    }
    void remove(const QString&, WriteDone done) override
    {
        QTimer::singleShot(0, this, [done] { done({}); });
    }
};

Result<KekResult> obtain(SecretStore* keychain, const DatabaseLocation& location, bool storeHasKeys)
{
    KeyEncryptionKey kek(keychain, location);
    kek.setStoreHasKeys(storeHasKeys);
    std::optional<Result<KekResult>> answer;
    QObject::connect(
        &kek, &KeyEncryptionKey::finished, &kek, [&](const Result<KekResult>& result) { answer = result; });
    kek.obtain();
    for (int waited = 0; !answer && waited < 5000; waited += 10)
        QTest::qWait(10);
    if (!answer)
        return Error::make(ErrorCode::Internal, QStringLiteral("KeyEncryptionKey did not answer within 5 s."));
    return *answer;
}

QString why(const Result<KekResult>& result)
{
    return result ? QString() : result.error().message;
}

} // namespace

class TestKeyEncryptionKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void keyFileWithoutKeychain();
    void keychainKeepsTheKey();
    void keyFileMovesIntoKeychain();
    void unavailableKeychainFallsBackWhenNothingIsSealed();
    void unavailableKeychainRefusesWhenKeysAreSealed();
    void unavailableKeychainUsesExistingKeyFile();
    void damagedKeychainEntryIsRefused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseLocation m_location;
};

void TestKeyEncryptionKey::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("MCPAUTH_DATA_DIR", m_dir->path().toUtf8());
    auto location = DatabaseLocation::parse(m_dir->filePath(u"store.sqlite"_s));
    QVERIFY(location);
    m_location = *location;
}

void TestKeyEncryptionKey::keyFileWithoutKeychain()
{
    const auto first = obtain(nullptr, m_location, false);
    QVERIFY2(first, qPrintable(why(first)));
    QCOMPARE(first->key.size(), KeyEncryptionKey::kKeyBytes);
    const QString path = KeyEncryptionKey::keyFilePath(m_location);
    QCOMPARE(path, m_location.filePath + u".kek"_s);
    QVERIFY(first->description.contains(path));
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
        QFile::Permissions());

    const auto second = obtain(nullptr, m_location, true);
    QVERIFY(second);
    QCOMPARE(second->key, first->key);
}

void TestKeyEncryptionKey::keychainKeepsTheKey()
{
    MemorySecretStore keychain;
    const auto first = obtain(&keychain, m_location, false);
    QVERIFY2(first, qPrintable(why(first)));
    QCOMPARE(first->description, u"the OS keychain"_s);
    QVERIFY(!QFileInfo::exists(KeyEncryptionKey::keyFilePath(m_location)));

    const auto second = obtain(&keychain, m_location, true);
    QVERIFY(second);
    QCOMPARE(second->key, first->key);
}

void TestKeyEncryptionKey::keyFileMovesIntoKeychain()
{
    const auto headless = obtain(nullptr, m_location, false);
    QVERIFY(headless);
    MemorySecretStore keychain;
    const auto desktop = obtain(&keychain, m_location, true);
    QVERIFY2(desktop, qPrintable(why(desktop)));
    QCOMPARE(desktop->key, headless->key);
    QCOMPARE(desktop->description, u"the OS keychain"_s);
    QVERIFY2(!QFileInfo::exists(KeyEncryptionKey::keyFilePath(m_location)), "the key file must not stay behind");
}

void TestKeyEncryptionKey::unavailableKeychainFallsBackWhenNothingIsSealed()
{
    UnavailableSecretStore keychain;
    const auto answer = obtain(&keychain, m_location, false);
    QVERIFY2(answer, qPrintable(why(answer)));
    QVERIFY(answer->description.contains(u"key file"_s));
    QVERIFY(QFileInfo::exists(KeyEncryptionKey::keyFilePath(m_location)));
}

void TestKeyEncryptionKey::unavailableKeychainRefusesWhenKeysAreSealed()
{
    UnavailableSecretStore keychain;
    const auto answer = obtain(&keychain, m_location, true);
    QVERIFY(!answer);
    QCOMPARE(answer.error().code, ErrorCode::Unavailable);
    QVERIFY2(why(answer).contains(u"Unlock or start the keychain"_s), qPrintable(why(answer)));
    QVERIFY2(!QFileInfo::exists(KeyEncryptionKey::keyFilePath(m_location)), "no key file may be started");
}

void TestKeyEncryptionKey::unavailableKeychainUsesExistingKeyFile()
{
    const auto headless = obtain(nullptr, m_location, false);
    QVERIFY(headless);
    UnavailableSecretStore keychain;
    const auto answer = obtain(&keychain, m_location, true);
    QVERIFY2(answer, qPrintable(why(answer)));
    QCOMPARE(answer->key, headless->key);
}

void TestKeyEncryptionKey::damagedKeychainEntryIsRefused()
{
    MemorySecretStore keychain;
    bool written = false;
    keychain.write(KeyEncryptionKey::keychainEntry(m_location), u"abcd"_s, [&](Status) { written = true; });
    QTRY_VERIFY(written);
    const auto answer = obtain(&keychain, m_location, true);
    QVERIFY(!answer);
    QCOMPARE(answer.error().code, ErrorCode::Integrity);
}

QTEST_GUILESS_MAIN(TestKeyEncryptionKey)
#include "tst_keyencryptionkey.moc"
