#include "CasdoorFake.h"
#include "backend/BackendFactory.h"
#include "backend/casdoor/CasdoorBackend.h"
#include "backend/casdoor/CasdoorMapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <optional>

using namespace mcpauth;
using mcpauth::test::CasdoorFake;

namespace {

// Runs one asynchronous backend call and waits for its answer.
template <typename T, typename Call>
Result<T> await(Call call)
{
    std::optional<Result<T>> out;
    QObject context;
    call(&context, [&](Result<T> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 10'000))
        return Error::make(ErrorCode::Internal, QStringLiteral("no answer within 10 s"));
    return std::move(*out);
}

Status awaitStatus(Backend& b)
{
    std::optional<Status> out;
    QObject context;
    b.open(&context, [&](Status s) { out = s; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 10'000))
        return Error::make(ErrorCode::Internal, QStringLiteral("no answer within 10 s"));
    return *out;
}

Application find(const QList<Application>& apps, const QString& name)
{
    for (const Application& a : apps) {
        if (a.name == name)
            return a;
    }
    return {};
}

} // namespace

// The Casdoor adapter against a stand-in that answers with Casdoor's real shapes (CASDOOR.md section 7)
// and records what the adapter sends; plus, with CASDOOR_URL, CASDOOR_CLIENT_ID and
// CASDOOR_CLIENT_SECRET set, a live run against a real Casdoor.
class TestCasdoorBackend : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CasdoorFake> m_fake;
    std::unique_ptr<CasdoorBackend> m_backend;

    void makeBackend(const QString& secret = QString::fromLatin1(CasdoorFake::kClientSecret))
    {
        m_backend = std::make_unique<CasdoorBackend>(
            QUrl(m_fake->origin()), QStringLiteral("acme"), QString::fromLatin1(CasdoorFake::kClientId), secret);
        m_backend->setPageSize(10);
    }

    QList<Application> listApps()
    {
        auto apps = await<QList<Application>>([&](QObject* c, auto done) { m_backend->applications({}, c, done); });
        if (!apps) {
            qWarning() << apps.error().message;
            return {};
        }
        return *apps;
    }

private Q_SLOTS:
    void init()
    {
        m_fake = std::make_unique<CasdoorFake>();
        QVERIFY(m_fake->start());
        m_fake->seed(25, 30, 25);
        makeBackend();
    }

    void cleanup()
    {
        m_backend.reset();
        m_fake.reset();
    }

    void everyRequestAuthenticatesWithBasicInEnglishWithoutCookies()
    {
        QVERIFY(awaitStatus(*m_backend));
        QCOMPARE(listApps().size(), 25);
        const QByteArray basic = "Basic "
            + QByteArray(QByteArray(CasdoorFake::kClientId) + ':' + QByteArray(CasdoorFake::kClientSecret)).toBase64();
        QVERIFY(m_fake->requests().size() >= 4);
        for (const CasdoorFake::Recorded& r : m_fake->requests()) {
            QCOMPARE(r.headers.value("authorization"), basic);
            QCOMPARE(r.headers.value("accept-language"), QByteArray("en"));
            // The fake set a session cookie on every answer; sending it back would authenticate by itself.
            QVERIFY2(!r.headers.contains("cookie"), r.headers.value("cookie").constData());
            QVERIFY(!r.query.hasQueryItem(QStringLiteral("clientSecret")));
        }
    }

    void wrongCredentialsAreReportedAsSuch()
    {
        makeBackend(QStringLiteral("wrong"));
        const Status opened = awaitStatus(*m_backend);
        QVERIFY(!opened);
        QVERIFY2(
            opened.error().message.contains(QLatin1String("Please sign in first")), qPrintable(opened.error().message));
        QVERIFY(opened.error().message.contains(QLatin1String("client ID")));
    }

    void unknownOrganizationIsRefusedAtOpen()
    {
        m_backend = std::make_unique<CasdoorBackend>(QUrl(m_fake->origin()), QStringLiteral("nope"),
            QString::fromLatin1(CasdoorFake::kClientId), QString::fromLatin1(CasdoorFake::kClientSecret));
        const Status opened = awaitStatus(*m_backend);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::NotFound);
        QVERIFY(opened.error().message.contains(QLatin1String("nope")));
    }

    void pagingStopsOnTheTotal_data()
    {
        QTest::addColumn<int>("apps");
        QTest::addColumn<int>("pages");
        QTest::newRow("25 in pages of 10") << 25 << 3;
        // Exactly two pages: a third request would get page 2 again (clamped), never an empty page.
        QTest::newRow("20 in pages of 10") << 20 << 2;
        QTest::newRow("none") << 0 << 1;
    }

    void pagingStopsOnTheTotal()
    {
        QFETCH(int, apps);
        QFETCH(int, pages);
        m_fake = std::make_unique<CasdoorFake>();
        QVERIFY(m_fake->start());
        m_fake->seed(apps, 0, 0);
        makeBackend();
        const QList<Application> list = listApps();
        QCOMPARE(list.size(), apps);
        const auto sent = m_fake->requests(QStringLiteral("get-organization-applications"));
        QCOMPARE(sent.size(), pages);
        for (int i = 0; i < pages; ++i) {
            QCOMPARE(sent.at(i).query.queryItemValue(QStringLiteral("p")), QString::number(i + 1));
            QCOMPARE(sent.at(i).query.queryItemValue(QStringLiteral("pageSize")), QStringLiteral("10"));
            QCOMPARE(sent.at(i).query.queryItemValue(QStringLiteral("owner")), QStringLiteral("admin"));
            QCOMPARE(sent.at(i).query.queryItemValue(QStringLiteral("organization")), QStringLiteral("acme"));
        }
        QStringList names;
        for (const Application& a : list)
            names << a.name;
        names.removeDuplicates();
        QCOMPARE(names.size(), apps);
    }

    void applicationsMapCasdoorFields()
    {
        const Application app = find(listApps(), QStringLiteral("app-0"));
        QCOMPARE(app.organizationId, QStringLiteral("acme"));
        QCOMPARE(app.displayName, QStringLiteral("Application 0"));
        // Casdoor's scheme-less loopback entry is shown with the console's port wildcard.
        QCOMPARE(app.redirectUris,
            (QStringList{
                QStringLiteral("http://127.0.0.1:*/callback"), QStringLiteral("https://app0.example.com/cb")}));
        QCOMPARE(app.grantTypes, (QList<GrantType>{GrantType::AuthorizationCode, GrantType::RefreshToken}));
        QCOMPARE(app.accessTokenLifetime, 3600);
        QCOMPARE(app.refreshTokenLifetime, 24 * 3600);
        QCOMPARE(app.consentPolicy, ConsentPolicy::Once);
        QCOMPARE(app.allowedScopes, QStringList{QStringLiteral("application:read")});
        QCOMPARE(app.category, AppCategory::Agent);
        QVERIFY(app.createdAt > 0);
    }

    void missingApplicationIsNotFound()
    {
        // Casdoor answers status ok with data null for an application it does not have.
        auto app = await<Application>(
            [&](QObject* c, auto done) { m_backend->application(QStringLiteral("ghost"), c, done); });
        QVERIFY(!app);
        QCOMPARE(app.error().code, ErrorCode::NotFound);
        QCOMPARE(m_fake->requests(QStringLiteral("get-application")).first().query.queryItemValue(QStringLiteral("id")),
            QStringLiteral("admin/ghost"));
    }

    void updateWritesTheWholeObjectAndKeepsUntouchedFields()
    {
        Application app = find(listApps(), QStringLiteral("app-0"));
        const QJsonObject before = m_fake->application(QStringLiteral("app-0"));
        // Someone changes the description in Casdoor meanwhile; our edit does not touch it.
        QJsonObject meanwhile = before;
        meanwhile.insert(QStringLiteral("description"), QStringLiteral("changed in Casdoor"));
        m_fake->putApplication(meanwhile);

        app.displayName = QStringLiteral("Renamed display");
        m_fake->clearRequests();
        auto saved
            = await<SavedApplication>([&](QObject* c, auto done) { m_backend->updateApplication(app, c, done); });
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QCOMPARE(saved->application.displayName, QStringLiteral("Renamed display"));

        const auto writes = m_fake->requests(QStringLiteral("update-application"));
        QCOMPARE(writes.size(), 1);
        QCOMPARE(writes.first().method, QByteArray("POST"));
        QCOMPARE(writes.first().query.queryItemValue(QStringLiteral("id")), QStringLiteral("admin/app-0"));
        // The whole object went: every key read, the unknown one too.
        for (const QString& key : before.keys())
            QVERIFY2(writes.first().body.contains(key), qPrintable(key));

        const QJsonObject after = m_fake->application(QStringLiteral("app-0"));
        QCOMPARE(after.value(QStringLiteral("displayName")).toString(), QStringLiteral("Renamed display"));
        QCOMPARE(after.value(QStringLiteral("description")).toString(), QStringLiteral("changed in Casdoor"));
        for (const char* key : {"providers", "futureField", "grantTypes", "scopes", "redirectUris", "clientSecret",
                 "expireInHours", "tokenSigningMethod", "cert"})
            QCOMPARE(after.value(QLatin1String(key)), before.value(QLatin1String(key)));
        // Read back after the write.
        QVERIFY(m_fake->requests(QStringLiteral("get-application")).size() >= 2);
    }

    void grantsTheConsoleDoesNotModelSurviveAnEdit()
    {
        Application app = find(listApps(), QStringLiteral("app-0"));
        app.grantTypes = {GrantType::AuthorizationCode, GrantType::ClientCredentials};
        auto saved
            = await<SavedApplication>([&](QObject* c, auto done) { m_backend->updateApplication(app, c, done); });
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        const QJsonArray grants
            = m_fake->application(QStringLiteral("app-0")).value(QStringLiteral("grantTypes")).toArray();
        QVERIFY(grants.contains(QStringLiteral("password")));
        QVERIFY(grants.contains(QStringLiteral("client_credentials")));
        QVERIFY(!grants.contains(QStringLiteral("refresh_token")));
    }

    void wildcardRedirectBecomesSchemeLessLoopback()
    {
        Application app = find(listApps(), QStringLiteral("app-1"));
        app.redirectUris << QStringLiteral("http://localhost:*/oauth/cb");
        QVERIFY(!m_backend->difference(QStringLiteral("application.redirectUris")).isEmpty());
        QVERIFY(CasdoorMapping::redirectNote(QStringLiteral("http://localhost:*/oauth/cb"))
                    .contains(QLatin1String("localhost/oauth/cb")));
        auto saved
            = await<SavedApplication>([&](QObject* c, auto done) { m_backend->updateApplication(app, c, done); });
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QCOMPARE(m_fake->application(QStringLiteral("app-1")).value(QStringLiteral("redirectUris")).toArray(),
            (QJsonArray{QStringLiteral("127.0.0.1/callback"), QStringLiteral("https://app1.example.com/cb"),
                QStringLiteral("localhost/oauth/cb")}));
        QCOMPARE(saved->application.redirectUris, app.redirectUris);

        // On any other host the scheme-less form would accept plain http: refused, nothing sent.
        app.redirectUris << QStringLiteral("https://app.example.com:*/cb");
        m_fake->clearRequests();
        auto refused
            = await<SavedApplication>([&](QObject* c, auto done) { m_backend->updateApplication(app, c, done); });
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("redirectUris"));
        QVERIFY(m_fake->requests(QStringLiteral("update-application")).isEmpty());
    }

    void whatCasdoorCannotStoreIsRefusedWithTheReason()
    {
        Application app = find(listApps(), QStringLiteral("app-2"));
        app.consentPolicy = ConsentPolicy::Always;
        m_fake->clearRequests();
        auto refused
            = await<SavedApplication>([&](QObject* c, auto done) { m_backend->updateApplication(app, c, done); });
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("consentPolicy"));
        QVERIFY(refused.error().message.contains(QLatin1String("once")));
        QVERIFY(m_fake->requests(QStringLiteral("update-application")).isEmpty());
    }

    void refusedNamesAreNeverSent_data()
    {
        QTest::addColumn<QString>("name");
        for (const char c : QByteArray("/?:#&%=+;"))
            QTest::newRow(QByteArray(1, c).constData()) << QStringLiteral("bad%1name").arg(QLatin1Char(c));
    }

    void refusedNamesAreNeverSent()
    {
        QFETCH(QString, name);
        Application fresh;
        fresh.name = name;
        fresh.organizationId = QStringLiteral("acme");
        fresh.redirectUris = {QStringLiteral("https://x.example.com/cb")};
        auto created
            = await<SavedApplication>([&](QObject* c, auto done) { m_backend->createApplication(fresh, c, done); });
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::InvalidInput);
        QCOMPARE(created.error().field, QStringLiteral("name"));

        Application renamed = find(listApps(), QStringLiteral("app-3"));
        renamed.name = name;
        auto updated
            = await<SavedApplication>([&](QObject* c, auto done) { m_backend->updateApplication(renamed, c, done); });
        QVERIFY(!updated);
        QCOMPARE(updated.error().field, QStringLiteral("name"));
        QVERIFY(m_fake->requests(QStringLiteral("add-application")).isEmpty());
        QVERIFY(m_fake->requests(QStringLiteral("update-application")).isEmpty());
    }

    void createReadsBackTheGeneratedClientIdAndSecret()
    {
        Application fresh;
        fresh.name = QStringLiteral("new-app");
        fresh.displayName = QStringLiteral("New app");
        fresh.organizationId = QStringLiteral("acme");
        fresh.redirectUris = {QStringLiteral("http://127.0.0.1:*/callback")};
        fresh.allowedScopes = {QStringLiteral("application:read")};
        fresh.accessTokenLifetime = 1800;
        auto created
            = await<SavedApplication>([&](QObject* c, auto done) { m_backend->createApplication(fresh, c, done); });
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        const QJsonObject stored = m_fake->application(QStringLiteral("new-app"));
        QCOMPARE(created->clientSecret, stored.value(QStringLiteral("clientSecret")).toString());
        QCOMPARE(created->clientSecret.size(), 40);
        QCOMPARE(created->application.clientId.size(), 20);
        const auto adds = m_fake->requests(QStringLiteral("add-application"));
        QCOMPARE(adds.size(), 1);
        QVERIFY(!adds.first().body.contains(QStringLiteral("clientId")));
        QVERIFY(!adds.first().body.contains(QStringLiteral("clientSecret")));
        QCOMPARE(adds.first().body.value(QStringLiteral("owner")).toString(), QStringLiteral("admin"));
        QCOMPARE(adds.first().body.value(QStringLiteral("organization")).toString(), QStringLiteral("acme"));
        QCOMPARE(adds.first().body.value(QStringLiteral("redirectUris")).toArray(),
            QJsonArray{QStringLiteral("127.0.0.1/callback")});
        QCOMPARE(adds.first().body.value(QStringLiteral("expireInHours")).toDouble(), 0.5);
        QCOMPARE(stored.value(QStringLiteral("scopes"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
            QStringLiteral("application:read"));

        // A duplicate: Casdoor answers "Unaffected".
        auto again
            = await<SavedApplication>([&](QObject* c, auto done) { m_backend->createApplication(fresh, c, done); });
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
    }

    void deleteSendsOwnerNameAndOrganization()
    {
        auto removed = await<ApplicationImpact>(
            [&](QObject* c, auto done) { m_backend->removeApplication(QStringLiteral("app-4"), c, done); });
        QVERIFY2(removed, removed ? "" : qPrintable(removed.error().message));
        const auto deletes = m_fake->requests(QStringLiteral("delete-application"));
        QCOMPARE(deletes.size(), 1);
        QCOMPARE(deletes.first().body,
            (QJsonObject{{QStringLiteral("owner"), QStringLiteral("admin")},
                {QStringLiteral("name"), QStringLiteral("app-4")},
                {QStringLiteral("organization"), QStringLiteral("acme")}}));
        QVERIFY(m_fake->application(QStringLiteral("app-4")).isEmpty());
    }

    void errorEnvelopeGivesCasdoorsMessage()
    {
        m_fake->arm(QStringLiteral("get-organization-applications"), CasdoorFake::Fault::StatusError,
            QStringLiteral("Internal database error: disk full"));
        auto apps = await<QList<Application>>([&](QObject* c, auto done) { m_backend->applications({}, c, done); });
        QVERIFY(!apps);
        QVERIFY2(apps.error().message.contains(QLatin1String("Internal database error: disk full")),
            qPrintable(apps.error().message));
    }

    void malformedAnswerIsAClearError()
    {
        m_fake->arm(QStringLiteral("get-organization-applications"), CasdoorFake::Fault::Malformed);
        auto apps = await<QList<Application>>([&](QObject* c, auto done) { m_backend->applications({}, c, done); });
        QVERIFY(!apps);
        QCOMPARE(apps.error().code, ErrorCode::Io);
        QVERIFY2(
            apps.error().message.contains(QLatin1String("not the JSON envelope")), qPrintable(apps.error().message));
    }

    void forbiddenIsACredentialsError()
    {
        m_fake->arm(QStringLiteral("get-organizations"), CasdoorFake::Fault::Http403);
        const Status opened = awaitStatus(*m_backend);
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(QLatin1String("HTTP 403")), qPrintable(opened.error().message));
    }

    void timeoutIsAClearError()
    {
        m_backend->setTimeout(300);
        m_fake->arm(QStringLiteral("get-organizations"), CasdoorFake::Fault::Hang);
        const Status opened = awaitStatus(*m_backend);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::Unavailable);
        QVERIFY2(opened.error().message.contains(m_fake->origin()), qPrintable(opened.error().message));
    }

    void unreachableServerIsAClearError()
    {
        const QString origin = m_fake->origin();
        m_fake.reset();
        m_backend = std::make_unique<CasdoorBackend>(
            QUrl(origin), QStringLiteral("acme"), QStringLiteral("x"), QStringLiteral("y"));
        const Status opened = awaitStatus(*m_backend);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::Unavailable);
        QVERIFY2(
            opened.error().message.contains(QLatin1String("could not be reached")), qPrintable(opened.error().message));
    }

    void tlsFailureIsAClearError()
    {
        // https to a server that speaks plain http: the handshake fails.
        QUrl url(m_fake->origin());
        url.setScheme(QStringLiteral("https"));
        m_backend
            = std::make_unique<CasdoorBackend>(url, QStringLiteral("acme"), QStringLiteral("x"), QStringLiteral("y"));
        const Status opened = awaitStatus(*m_backend);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::Unavailable);
        QVERIFY2(
            opened.error().message.contains(QLatin1String("could not be reached")), qPrintable(opened.error().message));
        QVERIFY(m_fake->requests().isEmpty());
    }

    void failedUpdateLeavesTheRemoteObjectAsItWas()
    {
        Application app = find(listApps(), QStringLiteral("app-5"));
        const QJsonObject before = m_fake->application(QStringLiteral("app-5"));
        app.description = QStringLiteral("will not stick");
        m_fake->arm(QStringLiteral("update-application"), CasdoorFake::Fault::StatusError,
            QStringLiteral("The application quota is exceeded"));
        auto failed
            = await<SavedApplication>([&](QObject* c, auto done) { m_backend->updateApplication(app, c, done); });
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(QLatin1String("The application quota is exceeded")),
            qPrintable(failed.error().message));
        QVERIFY2(
            failed.error().message.contains(QLatin1String("Nothing was changed")), qPrintable(failed.error().message));
        QCOMPARE(m_fake->application(QStringLiteral("app-5")), before);

        // Casdoor says "Affected" but stores nothing: the read-back tells.
        m_fake->arm(QStringLiteral("update-application"), CasdoorFake::Fault::AcceptButIgnore);
        auto ignored
            = await<SavedApplication>([&](QObject* c, auto done) { m_backend->updateApplication(app, c, done); });
        QVERIFY(!ignored);
        QCOMPARE(ignored.error().field, QStringLiteral("description"));

        m_fake->arm(QStringLiteral("update-application"), CasdoorFake::Fault::Unaffected);
        auto unaffected
            = await<SavedApplication>([&](QObject* c, auto done) { m_backend->updateApplication(app, c, done); });
        QVERIFY(!unaffected);
        QVERIFY(unaffected.error().message.contains(QLatin1String("Nothing was changed")));
        QCOMPARE(m_fake->application(QStringLiteral("app-5")), before);
    }

    void tokensArePagedByCasdoor()
    {
        TokenPageRequest request;
        request.limit = 10;
        auto first = await<TokenPage>([&](QObject* c, auto done) { m_backend->tokenPage({}, request, c, done); });
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QCOMPARE(first->tokens.size(), 10);
        QVERIFY(first->next);
        const Token& t = first->tokens.first();
        QCOMPARE(t.applicationId, QStringLiteral("app-0"));
        QCOMPARE(t.userId, QStringLiteral("acme/alice"));
        QCOMPARE(t.scopes, (QStringList{QStringLiteral("openid"), QStringLiteral("application:read")}));
        QCOMPARE(t.expiresAt - t.issuedAt, 604800LL * 1000);
        QCOMPARE(t.stateAt(QDateTime::currentMSecsSinceEpoch()), TokenState::Active);
        request.after = first->next;
        request.after = TokenCursor{3, {}};
        auto third = await<TokenPage>([&](QObject* c, auto done) { m_backend->tokenPage({}, request, c, done); });
        QVERIFY(third);
        QCOMPARE(third->tokens.size(), 10);
        QVERIFY(!third->next);
        const auto sent = m_fake->requests(QStringLiteral("get-tokens"));
        QCOMPARE(sent.first().query.queryItemValue(QStringLiteral("sortField")), QStringLiteral("createdTime"));
        QCOMPARE(sent.first().query.queryItemValue(QStringLiteral("sortOrder")), QStringLiteral("descend"));
        QCOMPARE(sent.last().query.queryItemValue(QStringLiteral("p")), QStringLiteral("3"));

        auto count = await<qint64>([&](QObject* c, auto done) { m_backend->tokenCount({}, c, done); });
        QVERIFY(count);
        QCOMPARE(*count, 30);
    }

    void revokeExpiresTheTokenAndKeepsTheRow()
    {
        const QString name = QStringLiteral("5c0b2b1e-1111-4c2e-9a1b-000000000004");
        const QJsonObject before = m_fake->token(name);
        auto revoked = await<qint64>([&](QObject* c, auto done) { m_backend->revokeToken(name, c, done); });
        QVERIFY2(revoked, revoked ? "" : qPrintable(revoked.error().message));
        QCOMPARE(*revoked, 1);
        const auto writes = m_fake->requests(QStringLiteral("update-token"));
        QCOMPARE(writes.size(), 1);
        QCOMPARE(writes.first().query.queryItemValue(QStringLiteral("id")), QStringLiteral("admin/") + name);
        QCOMPARE(writes.first().body.value(QStringLiteral("expiresIn")).toInt(-1), 0);
        // The whole token went back (update-token is an all-columns update).
        QJsonObject expected = before;
        expected.insert(QStringLiteral("expiresIn"), 0);
        QCOMPARE(writes.first().body, expected);
        QCOMPARE(m_fake->tokenCount(), 30);
        auto token = await<Token>([&](QObject* c, auto done) { m_backend->token(name, c, done); });
        QVERIFY(token);
        QCOMPARE(token->stateAt(QDateTime::currentMSecsSinceEpoch()), TokenState::Revoked);
        // Twice: already expired.
        auto again = await<qint64>([&](QObject* c, auto done) { m_backend->revokeToken(name, c, done); });
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QVERIFY(m_backend->difference(QStringLiteral("token.revoke")).contains(QLatin1String("offline")));
    }

    void deleteRemovesTheTokenRow()
    {
        const QString name = QStringLiteral("5c0b2b1e-1111-4c2e-9a1b-000000000007");
        QVERIFY(m_backend->capabilities().supports(Capability::TokenDelete));
        auto deleted = await<qint64>([&](QObject* c, auto done) { m_backend->deleteToken(name, c, done); });
        QVERIFY2(deleted, deleted ? "" : qPrintable(deleted.error().message));
        const auto writes = m_fake->requests(QStringLiteral("delete-token"));
        QCOMPARE(writes.size(), 1);
        QCOMPARE(writes.first().body,
            (QJsonObject{{QStringLiteral("owner"), QStringLiteral("admin")}, {QStringLiteral("name"), name},
                {QStringLiteral("organization"), QStringLiteral("acme")}}));
        QCOMPARE(m_fake->tokenCount(), 29);
        QVERIFY(m_fake->token(name).isEmpty());
    }

    void revokeAllOfAUserExpiresEachActiveToken()
    {
        TokenFilter filter;
        filter.userId = QStringLiteral("acme/bob");
        auto revoked = await<qint64>([&](QObject* c, auto done) { m_backend->revokeTokens(filter, c, done); });
        QVERIFY2(revoked, revoked ? "" : qPrintable(revoked.error().message));
        QCOMPARE(*revoked, 15);
        QCOMPARE(m_fake->requests(QStringLiteral("update-token")).size(), 15);
    }

    void consentsComeFromApplicationScopes()
    {
        auto all = await<QList<Consent>>([&](QObject* c, auto done) { m_backend->consents({}, c, done); });
        QVERIFY2(all, all ? "" : qPrintable(all.error().message));
        QCOMPARE(all->size(), 4);
        const QJsonObject aliceBefore = m_fake->user(QStringLiteral("acme/alice"));
        const QString id = CasdoorMapping::consentId(QStringLiteral("acme/alice"), QStringLiteral("admin/app-1"));
        auto revoked = await<qint64>([&](QObject* c, auto done) { m_backend->revokeConsent(id, c, done); });
        QVERIFY2(revoked, revoked ? "" : qPrintable(revoked.error().message));
        const auto writes = m_fake->requests(QStringLiteral("update-user"));
        QCOMPARE(writes.size(), 1);
        QCOMPARE(writes.first().query.queryItemValue(QStringLiteral("id")), QStringLiteral("acme/alice"));
        QCOMPARE(writes.first().query.queryItemValue(QStringLiteral("columns")), QStringLiteral("applicationScopes"));
        const QJsonObject alice = m_fake->user(QStringLiteral("acme/alice"));
        QCOMPARE(alice.value(QStringLiteral("applicationScopes")).toArray().size(), 1);
        QCOMPARE(alice.value(QStringLiteral("phone")), aliceBefore.value(QStringLiteral("phone")));
        ConsentFilter ofAlice;
        ofAlice.userId = QStringLiteral("acme/alice");
        auto left = await<QList<Consent>>([&](QObject* c, auto done) { m_backend->consents(ofAlice, c, done); });
        QVERIFY(left);
        QCOMPARE(left->size(), 1);
        QCOMPARE(left->first().applicationId, QStringLiteral("app-0"));
    }

    void auditRecordsAsAUserWhenAppCredentialsNeedOne()
    {
        auto events
            = await<QList<AuditEvent>>([&](QObject* c, auto done) { m_backend->auditEvents({}, 0, 10, c, done); });
        QVERIFY2(events, events ? "" : qPrintable(events.error().message));
        QCOMPARE(events->size(), 10);
        QCOMPARE(events->first().seq, 25);
        QCOMPARE(events->first().action, QStringLiteral("update-application"));
        QCOMPARE(events->first().targetType, QStringLiteral("application"));
        QCOMPARE(events->first().targetId, QStringLiteral("admin/app-1"));
        QCOMPARE(events->first().actor, QStringLiteral("acme/admin"));
        QCOMPARE(events->at(5).outcome, AuditOutcome::Failure); // id 20: an error response
        for (const AuditEvent& e : *events)
            QVERIFY(!QJsonDocument(e.details).toJson().contains("leak"));
        const auto sent = m_fake->requests(QStringLiteral("get-records"));
        QCOMPARE(sent.size(), 2);
        QVERIFY(!sent.first().query.hasQueryItem(QStringLiteral("userId")));
        QCOMPARE(sent.last().query.queryItemValue(QStringLiteral("userId")), QStringLiteral("built-in/admin"));
        QCOMPARE(sent.last().query.queryItemValue(QStringLiteral("organizationName")), QStringLiteral("acme"));

        auto next
            = await<QList<AuditEvent>>([&](QObject* c, auto done) { m_backend->auditEvents({}, 16, 10, c, done); });
        QVERIFY(next);
        QCOMPARE(next->size(), 10);
        QCOMPARE(next->first().seq, 15);
        auto rest
            = await<QList<AuditEvent>>([&](QObject* c, auto done) { m_backend->auditEvents({}, 6, 10, c, done); });
        QVERIFY(rest);
        QCOMPARE(rest->size(), 5);
        QCOMPARE(rest->last().seq, 1);
        // Once known, userId goes with every request.
        for (const auto& r : m_fake->requests(QStringLiteral("get-records")).mid(1))
            QVERIFY(r.query.hasQueryItem(QStringLiteral("userId")));
        auto count = await<qint64>([&](QObject* c, auto done) { m_backend->auditCount({}, c, done); });
        QVERIFY(count);
        QCOMPARE(*count, 25);
    }

    void concurrentFirstRecordCallsEachRetryAsAUser()
    {
        std::optional<Result<QList<AuditEvent>>> events;
        std::optional<Result<qint64>> count;
        QObject context;
        m_backend->auditEvents({}, 0, 10, &context, [&](Result<QList<AuditEvent>> r) { events = std::move(r); });
        m_backend->auditCount({}, &context, [&](Result<qint64> r) { count = std::move(r); });
        QTRY_VERIFY(events.has_value() && count.has_value());
        QVERIFY2(*events, *events ? "" : qPrintable(events->error().message));
        QVERIFY2(*count, *count ? "" : qPrintable(count->error().message));
        QCOMPARE(count->value(), 25);
    }

    void registrationPolicyIsTheOrganizationsDcrPolicy()
    {
        auto policy = await<RegistrationPolicy>(
            [&](QObject* c, auto done) { m_backend->registrationPolicy(QStringLiteral("acme"), c, done); });
        QVERIFY2(policy, policy ? "" : qPrintable(policy.error().message));
        QCOMPARE(policy->mode, RegistrationMode::Open);
        RegistrationPolicy closed;
        closed.mode = RegistrationMode::Admin;
        auto set = await<RegistrationPolicy>(
            [&](QObject* c, auto done) { m_backend->setRegistrationPolicy(QStringLiteral("acme"), closed, c, done); });
        QVERIFY2(set, set ? "" : qPrintable(set.error().message));
        QCOMPARE(set->mode, RegistrationMode::Admin);
        QCOMPARE(m_fake->organization(QStringLiteral("acme")).value(QStringLiteral("dcrPolicy")).toString(),
            QStringLiteral("disabled"));
        QCOMPARE(m_fake->organization(QStringLiteral("acme")).value(QStringLiteral("displayName")).toString(),
            QStringLiteral("Acme Corp"));
        const auto writes = m_fake->requests(QStringLiteral("update-organization"));
        QCOMPARE(writes.first().query.queryItemValue(QStringLiteral("columns")), QStringLiteral("dcrPolicy"));
        RegistrationPolicy restricted;
        restricted.mode = RegistrationMode::OpenRestricted;
        auto refused = await<RegistrationPolicy>([&](QObject* c, auto done) {
            m_backend->setRegistrationPolicy(QStringLiteral("acme"), restricted, c, done);
        });
        QVERIFY(!refused);
        QCOMPARE(m_fake->requests(QStringLiteral("update-organization")).size(), 1);
    }

    void organizationsAndCapabilities()
    {
        auto orgs = await<QList<Organization>>([&](QObject* c, auto done) { m_backend->organizations(c, done); });
        QVERIFY(orgs);
        QCOMPARE(orgs->size(), 2);
        const BackendCapabilities caps = m_backend->capabilities();
        QVERIFY(caps.supports(Capability::Applications) && caps.supports(Capability::ApplicationWrite));
        QVERIFY(caps.supports(Capability::TokenList) && caps.supports(Capability::TokenRevoke));
        QVERIFY(caps.supports(Capability::Consents) && caps.supports(Capability::AuditLog));
        QVERIFY(!caps.supports(Capability::AuditVerify));
        QVERIFY(!caps.reason(Capability::SecretRotation).isEmpty());
        for (const char* topic :
            {"application.consentPolicy", "application.redirectUris", "token.revoke", "consents", "audit"})
            QVERIFY2(!m_backend->difference(QLatin1String(topic)).isEmpty(), topic);
    }

    void factoryMakesACasdoorBackend()
    {
        ConnectionProfile profile;
        profile.id = QStringLiteral("p1");
        profile.name = QStringLiteral("Casdoor");
        profile.kind = BackendKind::Casdoor;
        profile.location = m_fake->origin();
        profile.organization = QStringLiteral("acme");
        profile.clientId = QString::fromLatin1(CasdoorFake::kClientId);
        auto backend = BackendFactory::create(profile, QString::fromLatin1(CasdoorFake::kClientSecret));
        QVERIFY2(backend, backend ? "" : qPrintable(backend.error().message));
        QCOMPARE(backend.value()->kind(), BackendKind::Casdoor);
        QVERIFY(awaitStatus(*backend.value()));
    }

    // A real Casdoor: read-only calls, then one throw-away application added and deleted.
    // The command line on a Casdoor: `mcp-auth --backend casdoor:URL` with the credentials from the
    // environment. The CLI runs as a child process while this process's event loop serves the fake.
    void cliWorksOnCasdoor()
    {
        QTemporaryDir home;
        const auto run = [&](const QStringList& args, const QString& secret) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("MCPAUTH_CLIENT_ID"), QString::fromLatin1(CasdoorFake::kClientId));
            env.insert(QStringLiteral("MCPAUTH_CLIENT_SECRET"), secret);
            env.insert(QStringLiteral("MCPAUTH_ORGANIZATION"), QStringLiteral("acme"));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path()); // no saved profiles
            env.remove(QStringLiteral("MCPAUTH_DB"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(MCPAUTH_CLI_PATH),
                QStringList{QStringLiteral("--backend=casdoor:") + m_fake->origin()} + args);
            if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000))
                p.kill();
            p.waitForFinished();
            return std::make_tuple(p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError());
        };
        const QString secret = QString::fromLatin1(CasdoorFake::kClientSecret);
        const auto [listed, out, err]
            = run({QStringLiteral("--json"), QStringLiteral("app"), QStringLiteral("list")}, secret);
        QVERIFY2(listed == 0, err.constData());
        const QJsonArray apps = QJsonDocument::fromJson(out).array();
        QCOMPARE(apps.size(), 25);
        QVERIFY2(out.contains("\"app-0\""), out.constData());
        // Every request of the child went through the adapter's rules too.
        QVERIFY(!m_fake->requests(QStringLiteral("get-organization-applications")).isEmpty());
        for (const CasdoorFake::Recorded& r : m_fake->requests())
            QVERIFY(!r.headers.contains("cookie"));

        const auto [users, usersOut, usersErr] = run({QStringLiteral("user"), QStringLiteral("list")}, secret);
        QCOMPARE(users, 8); // what Casdoor cannot do here: said, with its own exit code
        QVERIFY2(!usersErr.isEmpty(), usersOut.constData());

        const auto [refused, refusedOut, refusedErr]
            = run({QStringLiteral("app"), QStringLiteral("list")}, QStringLiteral("wrong-secret"));
        QCOMPARE(refused, 6);
        QVERIFY2(!refusedErr.isEmpty(), refusedOut.constData());
    }

    void live()
    {
        const QString url = qEnvironmentVariable("CASDOOR_URL");
        const QString clientId = qEnvironmentVariable("CASDOOR_CLIENT_ID");
        const QString secret = qEnvironmentVariable("CASDOOR_CLIENT_SECRET");
        if (url.isEmpty() || clientId.isEmpty() || secret.isEmpty())
            QSKIP("Set CASDOOR_URL, CASDOOR_CLIENT_ID and CASDOOR_CLIENT_SECRET (and CASDOOR_ORGANIZATION, default "
                  "built-in) to run against a real Casdoor.");
        const QString organization = qEnvironmentVariable("CASDOOR_ORGANIZATION", QStringLiteral("built-in"));
        CasdoorBackend live(QUrl(url), organization, clientId, secret);
        if (const QString user = qEnvironmentVariable("CASDOOR_AUDIT_USER"); !user.isEmpty())
            live.setAuditUser(user);
        const Status opened = awaitStatus(live);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        auto orgs = await<QList<Organization>>([&](QObject* c, auto done) { live.organizations(c, done); });
        QVERIFY2(orgs, orgs ? "" : qPrintable(orgs.error().message));
        auto apps = await<QList<Application>>([&](QObject* c, auto done) { live.applications({}, c, done); });
        QVERIFY2(apps, apps ? "" : qPrintable(apps.error().message));
        TokenPageRequest request;
        request.limit = 5;
        auto tokens = await<TokenPage>([&](QObject* c, auto done) { live.tokenPage({}, request, c, done); });
        QVERIFY2(tokens, tokens ? "" : qPrintable(tokens.error().message));
        auto policy = await<RegistrationPolicy>([&](QObject* c, auto done) { live.registrationPolicy({}, c, done); });
        QVERIFY2(policy, policy ? "" : qPrintable(policy.error().message));
        auto records = await<QList<AuditEvent>>([&](QObject* c, auto done) { live.auditEvents({}, 0, 5, c, done); });
        if (!records)
            qWarning("Casdoor records not readable: %s", qPrintable(records.error().message));

        Application scratch;
        scratch.name = QStringLiteral("mcp-auth-live-%1").arg(QDateTime::currentMSecsSinceEpoch());
        scratch.organizationId = organization;
        scratch.displayName = QStringLiteral("mcp-auth live test (delete me)");
        scratch.redirectUris = {QStringLiteral("http://127.0.0.1:*/callback")};
        scratch.accessTokenLifetime = 3600;
        scratch.refreshTokenLifetime = 3600;
        auto created
            = await<SavedApplication>([&](QObject* c, auto done) { live.createApplication(scratch, c, done); });
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        QVERIFY(!created->clientSecret.isEmpty());
        Application edited = created->application;
        edited.description = QStringLiteral("edited by the live test");
        auto updated = await<SavedApplication>([&](QObject* c, auto done) { live.updateApplication(edited, c, done); });
        QVERIFY2(updated, updated ? "" : qPrintable(updated.error().message));
        QCOMPARE(updated->application.redirectUris, scratch.redirectUris);
        auto removed
            = await<ApplicationImpact>([&](QObject* c, auto done) { live.removeApplication(scratch.name, c, done); });
        QVERIFY2(removed, removed ? "" : qPrintable(removed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestCasdoorBackend)
#include "tst_casdoorbackend.moc"
