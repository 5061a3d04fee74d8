// RateLimiter: the token bucket per source address behind the registration endpoint's 429s, driven
// by a fake clock so that refill times are exact.
#include "http/RateLimiter.h"

#include <QTest>

using mcpauth::RateLimiter;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstThenRefusal();
    void refillsAtTheRate();
    void keysAreIndependent();
    void firstRefusalOncePerBurst();
    void retryAfterIsAtLeastOneSecond();
    void disabledWhenZero();
    void memoryIsBounded();
    void fullBucketsAreForgottenFirst();

private:
    qint64 m_now = 1000000;
    RateLimiter::Clock clock()
    {
        return [this] { return m_now; };
    }
};

void TestRateLimiter::burstThenRefusal()
{
    RateLimiter limiter(3, 100, clock());
    for (int i = 0; i < 3; ++i)
        QVERIFY2(limiter.take(QStringLiteral("10.0.0.1")).allowed, qPrintable(QString::number(i)));
    const RateLimiter::Decision refused = limiter.take(QStringLiteral("10.0.0.1"));
    QVERIFY(!refused.allowed);
    // Three a minute: the next token comes 20 seconds after the bucket ran dry.
    QCOMPARE(refused.retryAfterSeconds, 20);
}

void TestRateLimiter::refillsAtTheRate()
{
    RateLimiter limiter(3, 100, clock());
    for (int i = 0; i < 3; ++i)
        QVERIFY(limiter.take(QStringLiteral("a")).allowed);
    m_now += 10000;
    const RateLimiter::Decision early = limiter.take(QStringLiteral("a"));
    QVERIFY(!early.allowed);
    QCOMPARE(early.retryAfterSeconds, 10);
    m_now += 10000;
    QVERIFY(limiter.take(QStringLiteral("a")).allowed);
    QVERIFY(!limiter.take(QStringLiteral("a")).allowed);
    // A long pause refills the bucket to its size, not beyond.
    m_now += 3600 * 1000;
    for (int i = 0; i < 3; ++i)
        QVERIFY(limiter.take(QStringLiteral("a")).allowed);
    QVERIFY(!limiter.take(QStringLiteral("a")).allowed);
}

void TestRateLimiter::keysAreIndependent()
{
    RateLimiter limiter(1, 100, clock());
    QVERIFY(limiter.take(QStringLiteral("a")).allowed);
    QVERIFY(!limiter.take(QStringLiteral("a")).allowed);
    QVERIFY(limiter.take(QStringLiteral("b")).allowed);
    QVERIFY(!limiter.take(QStringLiteral("b")).allowed);
}

void TestRateLimiter::firstRefusalOncePerBurst()
{
    RateLimiter limiter(2, 100, clock());
    QVERIFY(limiter.take(QStringLiteral("a")).allowed);
    QVERIFY(limiter.take(QStringLiteral("a")).allowed);
    const RateLimiter::Decision first = limiter.take(QStringLiteral("a"));
    QVERIFY(!first.allowed);
    QVERIFY(first.firstRefusal);
    const RateLimiter::Decision second = limiter.take(QStringLiteral("a"));
    QVERIFY(!second.allowed);
    QVERIFY(!second.firstRefusal);
    m_now += 30000;
    QVERIFY(limiter.take(QStringLiteral("a")).allowed);
    const RateLimiter::Decision nextBurst = limiter.take(QStringLiteral("a"));
    QVERIFY(!nextBurst.allowed);
    QVERIFY(nextBurst.firstRefusal);
}

void TestRateLimiter::retryAfterIsAtLeastOneSecond()
{
    RateLimiter limiter(600, 100, clock()); // one token every 100 ms
    for (int i = 0; i < 600; ++i)
        QVERIFY(limiter.take(QStringLiteral("a")).allowed);
    const RateLimiter::Decision refused = limiter.take(QStringLiteral("a"));
    QVERIFY(!refused.allowed);
    QCOMPARE(refused.retryAfterSeconds, 1);
}

void TestRateLimiter::disabledWhenZero()
{
    RateLimiter limiter(0, 100, clock());
    for (int i = 0; i < 1000; ++i)
        QVERIFY(limiter.take(QStringLiteral("a")).allowed);
    QCOMPARE(limiter.trackedKeys(), 0);
}

void TestRateLimiter::memoryIsBounded()
{
    RateLimiter limiter(1, 8, clock());
    for (int i = 0; i < 1000; ++i) {
        m_now += 1;
        QVERIFY(limiter.take(QStringLiteral("10.0.%1.%2").arg(i / 256).arg(i % 256)).allowed);
        QVERIFY(limiter.trackedKeys() <= 8);
    }
    // When every tracked key is limited, the one seen longest ago makes room: the newest are kept.
    QVERIFY(!limiter.take(QStringLiteral("10.0.3.231")).allowed);
}

void TestRateLimiter::fullBucketsAreForgottenFirst()
{
    RateLimiter limiter(2, 3, clock());
    QVERIFY(limiter.take(QStringLiteral("busy")).allowed);
    QVERIFY(limiter.take(QStringLiteral("busy")).allowed);
    QVERIFY(!limiter.take(QStringLiteral("busy")).allowed);
    m_now += 1000;
    QVERIFY(limiter.take(QStringLiteral("quiet1")).allowed);
    QVERIFY(limiter.take(QStringLiteral("quiet2")).allowed);
    // 45 s later the quiet buckets are full again; busy, seen longest ago, holds 1.5 of 2 tokens.
    m_now += 45000;
    QVERIFY(limiter.take(QStringLiteral("new")).allowed);
    QCOMPARE(limiter.trackedKeys(), 2);
    // busy was remembered: one request, not a fresh bucket's two.
    QVERIFY(limiter.take(QStringLiteral("busy")).allowed);
    QVERIFY(!limiter.take(QStringLiteral("busy")).allowed);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
