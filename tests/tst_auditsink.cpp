// AuditSink, the server's write-behind audit queue: failures repeated from one source are written in
// full up to a limit per window and then counted in one event, so a flood of refusals cannot fill the
// audit log; the queue never grows past its bound; the chain stays intact throughout.
#include "server/AuditSink.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace mcpauth;

class TestAuditSink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void repeatedFailuresAreCounted();
    void noLimitWritesEveryFailure();
    void queueIsBounded();

private:
    [[nodiscard]] qint64 count(const AuditFilter& filter) const
    {
        auto n = m_store->audit().count(filter);
        return n ? *n : -1;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestAuditSink::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto location = DatabaseLocation::parse(m_dir->filePath(u"store.sqlite"_s));
    QVERIFY(location);
    auto store = Store::open(*location);
    QVERIFY2(store, store ? "" : qPrintable(store.error().message));
    m_store = std::move(store).value();
}

void TestAuditSink::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestAuditSink::repeatedFailuresAreCounted()
{
    const qint64 before = count({});
    AuditSink sink(*m_store);
    sink.setFailureLimit(3, 300);
    const AuditContext a{u"server"_s, u"server 10.0.0.1"_s};
    const AuditContext b{u"server"_s, u"server 10.0.0.2"_s};
    for (int i = 0; i < 10; ++i)
        sink.record(a, u"token.refused"_s, u"client"_s, u"probe-%1"_s.arg(i), AuditOutcome::Failure);
    for (int i = 0; i < 2; ++i)
        sink.record(b, u"token.refused"_s, u"client"_s, u"other"_s, AuditOutcome::Failure);
    for (int i = 0; i < 4; ++i)
        sink.record(a, u"login.failure"_s, u"user"_s, u"alice"_s, AuditOutcome::Failure);
    for (int i = 0; i < 5; ++i) // successes are never held back
        sink.record(a, u"token.issued"_s, u"token"_s, u"t%1"_s.arg(i));
    sink.flush();
    QCOMPARE(count({}) - before, 3 + 2 + 3 + 5);

    // When the window ends, one event says how many were counted, per source and action.
    AuditFilter repeats;
    repeats.targetType = u"repeats"_s;
    QTRY_COMPARE_WITH_TIMEOUT((sink.flush(), count(repeats)), 2, 3000);
    repeats.action = u"token.refused"_s;
    auto events = m_store->audit().list(repeats, 0, 10);
    QVERIFY(events && events->size() == 1);
    const AuditEvent& e = events->first();
    QCOMPARE(e.source, a.source);
    QCOMPARE(e.outcome, AuditOutcome::Failure);
    QCOMPARE(e.details.value(u"repeated"_s).toInteger(), 7);
    QVERIFY(e.details.value(u"note"_s).toString().contains(u"7 more events"_s));
    QVERIFY(e.details.value(u"firstAt"_s).toInteger() <= e.details.value(u"lastAt"_s).toInteger());

    // A new window writes in full again.
    sink.record(a, u"token.refused"_s, u"client"_s, u"again"_s, AuditOutcome::Failure);
    sink.flush();
    AuditFilter again;
    again.targetId = u"again"_s;
    QCOMPARE(count(again), 1);
    auto report = m_store->audit().verify();
    QVERIFY(report && report->intact);
}

void TestAuditSink::noLimitWritesEveryFailure()
{
    const qint64 before = count({});
    AuditSink sink(*m_store); // the default: no limit (the server sets one)
    const AuditContext a{u"server"_s, u"server 10.0.0.1"_s};
    for (int i = 0; i < 50; ++i)
        sink.record(a, u"token.refused"_s, u"client"_s, u"x"_s, AuditOutcome::Failure);
    sink.flush();
    QCOMPARE(count({}) - before, 50);
}

void TestAuditSink::queueIsBounded()
{
    AuditSink sink(*m_store);
    const AuditContext a{u"server"_s, u"server 127.0.0.1"_s};
    for (qsizetype i = 0; i < AuditSink::kMaxQueued * 2 + 5; ++i) {
        sink.record(a, u"token.issued"_s, u"token"_s, u"t"_s);
        QVERIFY(sink.pending() < AuditSink::kMaxQueued);
    }
    QCOMPARE(sink.pending(), 5);
}

QTEST_GUILESS_MAIN(TestAuditSink)
#include "tst_auditsink.moc"
