// TokenRecorder, the write-behind queue of issued JWT access-token rows: a batch that meets a deleted
// application or user loses only those rows (and says so in the log, without token values); rows the
// store refuses for a passing reason stay pending and are written later; a token whose row was dropped
// because its user went is refused by the verifier.
#include "demo/DemoData.h"
#include "jose/KeyRing.h"
#include "oauth/AccessTokenVerifier.h"
#include "oauth/TokenRecorder.h"
#include "security/SecureRandom.h"
#include "store/SqlValues.h"
#include "store/Store.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace mcpauth;

namespace {

const AuditContext kCtx{u"test:recorder"_s, u"tst_tokenrecorder"_s};
constexpr qint64 kHour = 3600 * 1000;
constexpr int kRetryWaitMs = 10000; // TokenRecorder::kRetryDelayMs with room to spare

// Makes every insert into tokens fail on this connection, as a store that refuses writes would.
const QString kRefuseWrites = u"CREATE TEMP TRIGGER refuse_token_rows BEFORE INSERT ON tokens "
                              "BEGIN SELECT RAISE(ABORT, 'the store refuses writes for this test'); END"_s;
const QString kAllowWrites = u"DROP TRIGGER temp.refuse_token_rows"_s;

} // namespace

class TestTokenRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void writesABatch();
    void deletedApplicationLosesOnlyItsRows();
    void deletedUserLosesOnlyItsRows();
    void refusedRowsStayPendingAndAreWrittenLater();
    void expiredRowsAreNotRetried();
    void verifierRefusesTokenOfDeletedUser();

private:
    Token makeToken(const QString& applicationId, const QString& userId = {}, qint64 lifetimeMs = kHour) const;
    [[nodiscard]] bool stored(const QString& id) const { return m_store->tokens().revokedAt(id).isOk(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<TokenRecorder> m_recorder;
    QString m_appA;
    QString m_appB;
    QString m_userId;
};

void TestTokenRecorder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto location = DatabaseLocation::parse(m_dir->filePath(u"store.sqlite"_s));
    QVERIFY(location);
    auto store = Store::open(*location);
    QVERIFY2(store, store ? "" : qPrintable(store.error().message));
    m_store = std::move(store).value();
    auto demo = DemoData::install(*m_store, kCtx);
    QVERIFY2(demo, demo ? "" : qPrintable(demo.error().message));
    auto apps = m_store->applications().list();
    QVERIFY(apps && apps->size() >= 2);
    m_appA = apps->at(0).id;
    m_appB = apps->at(1).id;
    auto org = m_store->organizations().find(QString::fromLatin1(DemoData::kOrganization));
    QVERIFY(org);
    User bob;
    bob.organizationId = org->id;
    bob.username = u"bob"_s;
    bob.displayName = u"Bob Example"_s;
    auto created = m_store->users().create(bob, u"correct horse battery staple"_s, kCtx);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    m_userId = created->id;
    m_recorder = std::make_unique<TokenRecorder>(*m_store);
}

void TestTokenRecorder::cleanup()
{
    m_recorder.reset();
    m_store.reset();
    m_dir.reset();
}

Token TestTokenRecorder::makeToken(const QString& applicationId, const QString& userId, qint64 lifetimeMs) const
{
    const qint64 now = SqlValues::nowMs();
    Token t;
    t.id = SecureRandom::timeOrderedId(now);
    t.kind = TokenKind::Access;
    t.applicationId = applicationId;
    t.userId = userId;
    t.resource = QString::fromLatin1(DemoData::kResourceUri);
    t.scopes = {u"application:read"_s};
    t.issuedAt = now - 1000;
    t.expiresAt = now + lifetimeMs;
    return t;
}

void TestTokenRecorder::writesABatch()
{
    const Token a = makeToken(m_appA);
    const Token b = makeToken(m_appB, m_userId);
    m_recorder->enqueue(a);
    m_recorder->enqueue(b);
    QVERIFY(m_recorder->isPending(a.id) && m_recorder->isPending(b.id));
    QVERIFY(!stored(a.id));
    // Written by itself a moment later, in one go.
    QTRY_VERIFY(stored(a.id) && stored(b.id));
    QCOMPARE(m_recorder->pending(), 0);
    QVERIFY(!m_recorder->isPending(a.id) && !m_recorder->isPending(b.id));
}

void TestTokenRecorder::deletedApplicationLosesOnlyItsRows()
{
    const Token a1 = makeToken(m_appA);
    const Token b = makeToken(m_appB, m_userId);
    const Token a2 = makeToken(m_appA, m_userId);
    for (const Token& t : {a1, b, a2})
        m_recorder->enqueue(t);
    // Deleted through the store, as the GUI does, without flushing the queue first.
    QVERIFY(m_store->applications().remove(m_appB, kCtx));
    QTest::ignoreMessage(QtWarningMsg,
        QRegularExpression(
            u"^Dropped the rows of 1 issued access tokens because their application was deleted "
            "\\(application %1 \\)\\. The batch failed with: .+"_s.arg(QRegularExpression::escape(m_appB))));
    m_recorder->flush();
    QVERIFY(stored(a1.id));
    QVERIFY(stored(a2.id));
    QVERIFY(!stored(b.id));
    QCOMPARE(m_recorder->pending(), 0);
    QVERIFY(!m_recorder->isPending(b.id));
    QVERIFY(!m_recorder->isPending(a1.id));
}

void TestTokenRecorder::deletedUserLosesOnlyItsRows()
{
    const Token mine = makeToken(m_appA, m_userId);
    const Token clients = makeToken(m_appA);
    m_recorder->enqueue(mine);
    m_recorder->enqueue(clients);
    QVERIFY(m_store->users().remove(m_userId, kCtx));
    QTest::ignoreMessage(QtWarningMsg,
        QRegularExpression(u"^Dropped the rows of 1 issued access tokens because their user was deleted"_s));
    m_recorder->flush();
    QVERIFY(stored(clients.id));
    QVERIFY(!stored(mine.id));
    QCOMPARE(m_recorder->pending(), 0);
}

void TestTokenRecorder::refusedRowsStayPendingAndAreWrittenLater()
{
    const Token a = makeToken(m_appA, m_userId);
    const Token b = makeToken(m_appB);
    m_recorder->enqueue(a);
    m_recorder->enqueue(b);
    QVERIFY(m_store->database().exec(kRefuseWrites));
    QTest::ignoreMessage(QtWarningMsg,
        QRegularExpression(u"^Could not record 2 issued access tokens; trying again in [0-9]+ ms: .*refuses writes"_s));
    m_recorder->flush();
    // Still valid and still known: not in the store yet, but pending.
    QVERIFY(!stored(a.id) && !stored(b.id));
    QCOMPARE(m_recorder->pending(), 2);
    QVERIFY(m_recorder->isPending(a.id) && m_recorder->isPending(b.id));

    // Rows issued meanwhile join the queue.
    const Token c = makeToken(m_appA);
    m_recorder->enqueue(c);
    QVERIFY(m_store->database().exec(kAllowWrites));
    QTRY_VERIFY_WITH_TIMEOUT(stored(a.id) && stored(b.id) && stored(c.id), kRetryWaitMs);
    QCOMPARE(m_recorder->pending(), 0);
    QVERIFY(!m_recorder->isPending(a.id) && !m_recorder->isPending(c.id));
    // Written rows can be revoked by id.
    auto revoked = m_store->tokens().revoke(a.id, kCtx);
    QVERIFY2(revoked, revoked ? "" : qPrintable(revoked.error().message));
}

void TestTokenRecorder::expiredRowsAreNotRetried()
{
    const Token gone = makeToken(m_appA, {}, -1000);
    const Token live = makeToken(m_appA);
    m_recorder->enqueue(gone);
    m_recorder->enqueue(live);
    QVERIFY(m_store->database().exec(kRefuseWrites));
    QTest::ignoreMessage(QtWarningMsg,
        QRegularExpression(u"^Dropped the rows of 1 issued access tokens because they expired before the store"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^Could not record 1 issued access tokens"_s));
    m_recorder->flush();
    QVERIFY(!m_recorder->isPending(gone.id));
    QVERIFY(m_recorder->isPending(live.id));
    QVERIFY(m_store->database().exec(kAllowWrites));
    m_recorder->flush();
    QVERIFY(stored(live.id));
    QVERIFY(!stored(gone.id));
}

void TestTokenRecorder::verifierRefusesTokenOfDeletedUser()
{
    auto keys = KeyRing::open(*m_store, SecureRandom::bytes(32));
    QVERIFY(keys);
    AccessTokenVerifier verifier(*m_store, **keys, u"http://127.0.0.1:1"_s, 60);
    auto app = m_store->applications().find(m_appA);
    QVERIFY(app);
    const qint64 now = SqlValues::nowMs();
    VerifiedAccessToken token;
    token.jti = SecureRandom::timeOrderedId(now);
    token.clientId = app->clientId;
    token.userId = m_userId;
    token.audience = QString::fromLatin1(DemoData::kResourceUri);
    token.issuedAt = now;
    token.expiresAt = now + kHour;
    // No row and not queued (dropped, or cascaded away): refused, the verifier fails closed.
    const Status unrecorded = verifier.checkStored(token, now);
    QVERIFY(!unrecorded);
    QVERIFY2(unrecorded.error().message.contains(u"not on record"_s), qPrintable(unrecorded.error().message));
    // Queued in the verifier's recorder: accepted; written: accepted.
    Token row = makeToken(m_appA, m_userId);
    row.id = token.jti;
    verifier.recorder().enqueue(row);
    QVERIFY(verifier.checkStored(token, now));
    verifier.recorder().flush();
    QVERIFY(stored(row.id));
    QVERIFY(verifier.checkStored(token, now));
    // Its user deleted: the row goes with the user, and the token is refused.
    QVERIFY(m_store->users().remove(m_userId, kCtx));
    QVERIFY(!stored(row.id));
    QVERIFY(!verifier.checkStored(token, now));
}

QTEST_GUILESS_MAIN(TestTokenRecorder)
#include "tst_tokenrecorder.moc"
