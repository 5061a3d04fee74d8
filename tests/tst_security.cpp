#include "security/PasswordHasher.h"
#include "security/SecretHasher.h"
#include "security/SecureRandom.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace mcpauth;

// The security primitives every stored secret depends on.
class TestSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomTokensAreUrlSafeAndDistinct()
    {
        QSet<QString> seen;
        const QRegularExpression urlSafe(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
        for (int i = 0; i < 1000; ++i) {
            const QString t = SecureRandom::token(32);
            QVERIFY2(urlSafe.match(t).hasMatch(), qPrintable(t));
            seen.insert(t);
        }
        QCOMPARE(seen.size(), 1000);
    }

    void timeOrderedIdsSortByTime()
    {
        QStringList ids;
        const qint64 start = 1'790'000'000'000;
        for (int i = 0; i < 200; ++i)
            ids << SecureRandom::timeOrderedId(start + i * 7);
        QStringList sorted = ids;
        sorted.sort();
        QCOMPARE(sorted, ids);
        QCOMPARE(ids.first().size(), 28);
        QVERIFY(ids.first().startsWith(QStringLiteral("%1").arg(start, 12, 16, QLatin1Char('0'))));
        // Same millisecond: still distinct (96 random bits).
        QVERIFY(SecureRandom::timeOrderedId(start) != SecureRandom::timeOrderedId(start));
    }

    void uuidsAreVersion4()
    {
        const QString id = SecureRandom::uuid();
        QVERIFY2(
            QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
                .match(id)
                .hasMatch(),
            qPrintable(id));
    }

    void secretHashIsKeyed()
    {
        const QString secret = SecretHasher::generateSecret();
        QVERIFY(secret.size() >= 43); // 256 bits
        SecretHasher a(QByteArray(32, 'a'));
        SecretHasher b(QByteArray(32, 'b'));
        const QString hashA = a.hash(secret);
        QCOMPARE(hashA.size(), 64);
        QVERIFY(!hashA.contains(secret));
        QVERIFY(hashA != b.hash(secret)); // another store key, another hash
        QVERIFY(a.verify(secret, hashA));
        QVERIFY(!b.verify(secret, hashA));
        QVERIFY(!a.verify(secret + QLatin1Char('x'), hashA));
        QVERIFY(!a.verify(secret, hashA.left(63)));
        QVERIFY(!a.verify(secret, QString()));
    }

    void passwordsAreScryptHashes()
    {
        auto hashed = PasswordHasher::hash(QStringLiteral("correct horse battery staple"));
        QVERIFY(hashed);
        QVERIFY2(hashed->startsWith(QStringLiteral("scrypt$15$8$1$")), qPrintable(*hashed));
        QVERIFY(!hashed->contains(QStringLiteral("horse")));
        QVERIFY(PasswordHasher::verify(QStringLiteral("correct horse battery staple"), *hashed));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("correct horse battery stapl"), *hashed));
        auto again = PasswordHasher::hash(QStringLiteral("correct horse battery staple"));
        QVERIFY(again && *again != *hashed); // a fresh salt every time
    }

    void malformedPasswordHashesNeverVerify_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain text") << QStringLiteral("correct horse battery staple");
        QTest::newRow("wrong scheme") << QStringLiteral("bcrypt$15$8$1$AAAA$AAAA");
        QTest::newRow("huge cost") << QStringLiteral("scrypt$40$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA");
        QTest::newRow("missing part") << QStringLiteral("scrypt$15$8$1$AAAAAAAAAAAAAAAAAAAAAA==");
        QTest::newRow("empty hash") << QStringLiteral("scrypt$15$8$1$AAAAAAAAAAAAAAAAAAAAAA==$");
    }
    void malformedPasswordHashesNeverVerify()
    {
        QFETCH(QString, stored);
        QVERIFY(!PasswordHasher::verify(QStringLiteral("correct horse battery staple"), stored));
    }
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
