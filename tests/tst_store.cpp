// The store against both backends: every repository's writes and refusals, the audit event each
// mutation writes in its own transaction, the hash chain and its tamper detection, keyset paging,
// schema migrations and the demo data. Each test function runs once per backend ("backend" column):
// SQLite in a fresh file, PostgreSQL (MCPAUTH_TEST_PG_URL) in a freshly emptied database.
#include "TestPostgres.h"
#include "common/Result.h"
#include "demo/DemoData.h"
#include "store/Migrations.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <initializer_list>
#include <memory>

using namespace mcpauth;

namespace {

const AuditContext kCtx{QStringLiteral("test:store"), QStringLiteral("tst_store")};
constexpr qint64 kT0 = 1735689600000; // 2025-01-01T00:00:00Z
constexpr qint64 kHour = 3600 * 1000;
const QString kPassword = QStringLiteral("correct horse battery staple");

QString resourceUri()
{
    return QStringLiteral("https://mcp.example.com/mcp");
}

QString otherResourceUri()
{
    return QStringLiteral("https://tools.example.com/mcp");
}

QString describe(const Error& e)
{
    return QStringLiteral("%1: %2 (field '%3')").arg(errorCodeName(e.code), e.message, e.field);
}

template <typename T>
QString describe(const Result<T>& r)
{
    return r.isOk() ? QStringLiteral("ok") : describe(r.error());
}

QStringList actions(std::initializer_list<const char*> names)
{
    QStringList out;
    for (const char* n : names)
        out << QString::fromLatin1(n);
    return out;
}

QString sha256Hex(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Organization makeOrganization(const QString& name)
{
    Organization o;
    o.name = name;
    o.displayName = QString(QStringLiteral("Organization ") + name);
    return o;
}

// A desktop MCP client: public, loopback redirect, PKCE.
Application publicApp(const QString& organizationId, const QString& name)
{
    Application a;
    a.organizationId = organizationId;
    a.name = name;
    a.displayName = QStringLiteral("Desktop client");
    a.clientType = ClientType::Public;
    a.authMethod = TokenEndpointAuthMethod::None;
    a.redirectUris = {QStringLiteral("http://127.0.0.1/callback")};
    a.grantTypes = {GrantType::AuthorizationCode, GrantType::RefreshToken};
    a.allowedScopes = {QStringLiteral("application:read")};
    a.corsOrigins = {QStringLiteral("http://localhost:6274")};
    return a;
}

// A web application with a server side.
Application confidentialApp(const QString& organizationId, const QString& name)
{
    Application a = publicApp(organizationId, name);
    a.displayName = QStringLiteral("Web portal");
    a.clientType = ClientType::Confidential;
    a.authMethod = TokenEndpointAuthMethod::ClientSecretBasic;
    a.redirectUris = {QStringLiteral("https://app.example.com/callback")};
    a.grantTypes = {GrantType::AuthorizationCode, GrantType::RefreshToken, GrantType::ClientCredentials};
    a.corsOrigins = {QStringLiteral("https://app.example.com")};
    a.accessTokenLifetime = 900;
    return a;
}

Scope makeScope(const QString& organizationId, const QString& name)
{
    return Scope{{}, organizationId, name, QString(QStringLiteral("Scope ") + name), QStringLiteral("For the tests.")};
}

Resource makeResource(const QString& organizationId, const QString& uri, const QStringList& scopes)
{
    Resource r;
    r.organizationId = organizationId;
    r.uri = uri;
    r.displayName = QStringLiteral("Example MCP server");
    r.description = QStringLiteral("Serves tools.");
    r.scopes = scopes;
    if (!scopes.isEmpty())
        r.toolScopes = {{QStringLiteral("list_things"), scopes.first()}};
    return r;
}

User makeUser(const QString& organizationId, const QString& username)
{
    User u;
    u.organizationId = organizationId;
    u.username = username;
    u.displayName = QString(QStringLiteral("User ") + username);
    u.email = QString(username + QStringLiteral("@example.com"));
    return u;
}

Token makeToken(const QString& id, const QString& applicationId, const QString& userId, qint64 issuedAt,
    TokenKind kind = TokenKind::Access, const QString& familyId = {}, const QString& resource = {})
{
    Token t;
    t.id = id;
    t.kind = kind;
    t.applicationId = applicationId;
    t.userId = userId;
    t.resource = resource.isEmpty() ? resourceUri() : resource;
    t.scopes = {QStringLiteral("application:read"), QStringLiteral("token:read")};
    t.issuedAt = issuedAt;
    t.expiresAt = issuedAt + kHour;
    t.familyId = familyId;
    t.valueHash = sha256Hex(id);
    return t;
}

// The newest event's sequence number; 0 for an empty log.
qint64 headSeq(Store& store)
{
    auto newest = store.audit().list({}, 0, 1);
    return newest && !newest->isEmpty() ? newest->first().seq : 0;
}

// The actions of the events written after `mark`, oldest first.
QStringList actionsSince(Store& store, qint64 mark)
{
    QStringList out;
    auto events = store.audit().list({}, 0, 10000);
    if (!events)
        return {QString(QStringLiteral("<audit list failed: ") + describe(events.error()) + QLatin1Char('>'))};
    for (const AuditEvent& e : *events) {
        if (e.seq > mark)
            out.prepend(e.action);
    }
    return out;
}

AuditEvent lastEvent(Store& store)
{
    auto newest = store.audit().list({}, 0, 1);
    return newest && !newest->isEmpty() ? newest->first() : AuditEvent{};
}

// TokenFilter without designated initializers (GCC warns about the members they leave out).
class Filter
{
public:
    Filter& app(const QString& id)
    {
        m_filter.applicationId = id;
        return *this;
    }
    Filter& user(const QString& id)
    {
        m_filter.userId = id;
        return *this;
    }
    Filter& kind(TokenKind k)
    {
        m_filter.kind = k;
        return *this;
    }
    Filter& state(TokenState s)
    {
        m_filter.state = s;
        return *this;
    }
    Filter& issuedFrom(qint64 ms)
    {
        m_filter.issuedFrom = ms;
        return *this;
    }
    Filter& issuedTo(qint64 ms)
    {
        m_filter.issuedTo = ms;
        return *this;
    }
    Filter& at(qint64 ms)
    {
        m_filter.now = ms;
        return *this;
    }
    operator TokenFilter() const { return m_filter; }

private:
    TokenFilter m_filter;
};

// One value from raw SQL, for the columns the repositories never hand out.
Result<QVariant> scalar(Store& store, const QString& sql, const QVariantList& values = {})
{
    auto q = store.database().exec(sql, values);
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Error::make(ErrorCode::NotFound, QString(QStringLiteral("no row for: ") + sql));
    return query.value(0);
}

qint64 rawCount(Store& store, const QString& sql, const QVariantList& values = {})
{
    auto v = scalar(store, sql, values);
    return v ? v->toLongLong() : -1;
}

// Empty when the chain verifies and the head matches; the report otherwise.
QString auditProblem(Store& store)
{
    auto report = store.audit().verify();
    if (!report)
        return describe(report.error());
    if (!report->intact)
        return QStringLiteral("audit chain broken at %1: %2").arg(report->firstBrokenSeq).arg(report->reason);
    auto count = store.audit().count({});
    if (!count)
        return describe(count.error());
    if (report->checked != *count)
        return QStringLiteral("verify checked %1 events of %2").arg(report->checked).arg(*count);
    return {};
}

QStringList ids(const QList<Token>& tokens)
{
    QStringList out;
    for (const Token& t : tokens)
        out << t.id;
    return out;
}

using test::resetPostgres;

} // namespace

// Each macro evaluates its argument once: a repository call in it must not run twice.
#define QVERIFY_OK(result)                                                                                             \
    do {                                                                                                               \
        const auto& ok_ = (result);                                                                                    \
        QVERIFY2(ok_.isOk(), qPrintable(describe(ok_)));                                                               \
    } while (false)

#define QVERIFY_REFUSED(result, expectedCode)                                                                          \
    do {                                                                                                               \
        const auto& refused_ = (result);                                                                               \
        QVERIFY2(!refused_.isOk(), "the store accepted what it should have refused");                                  \
        QVERIFY2(refused_.error().code == (expectedCode),                                                              \
            qPrintable(                                                                                                \
                QStringLiteral("expected %1, got %2").arg(errorCodeName(expectedCode), describe(refused_.error()))));  \
    } while (false)

#define QVERIFY_INVALID(result, fieldName)                                                                             \
    do {                                                                                                               \
        const auto& invalid_ = (result);                                                                               \
        QVERIFY_REFUSED(invalid_, ErrorCode::InvalidInput);                                                            \
        QCOMPARE(invalid_.error().field, QStringLiteral(fieldName));                                                   \
    } while (false)

#define QVERIFY_AUDIT_INTACT(store)                                                                                    \
    do {                                                                                                               \
        const QString problem_ = auditProblem(store);                                                                  \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                                            \
    } while (false)

// Prepares the row's backend (skipping or failing the row when it cannot) and opens a store on it.
#define OPEN_FRESH_STORE(store)                                                                                        \
    QFETCH(QString, backend);                                                                                          \
    if (const QString skip_ = setUpBackend(backend); !skip_.isEmpty())                                                 \
        QSKIP(qPrintable(skip_));                                                                                      \
    if (QTest::currentTestFailed())                                                                                    \
        return;                                                                                                        \
    std::unique_ptr<Store> store = openStore();                                                                        \
    if (!store)                                                                                                        \
    return

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void organizations_data() { addBackendRows(); }
    void organizations();
    void applications_data() { addBackendRows(); }
    void applications();
    void applicationSecretsAndUpdate_data() { addBackendRows(); }
    void applicationSecretsAndUpdate();
    void applicationDeleteCascades_data() { addBackendRows(); }
    void applicationDeleteCascades();
    void registrationPolicy_data() { addBackendRows(); }
    void registrationPolicy();
    void initialAccessTokens_data() { addBackendRows(); }
    void initialAccessTokens();
    void dynamicallyRegisteredClients_data() { addBackendRows(); }
    void dynamicallyRegisteredClients();
    void scopes_data() { addBackendRows(); }
    void scopes();
    void resources_data() { addBackendRows(); }
    void resources();
    void users_data() { addBackendRows(); }
    void users();
    void disablingOrDeletingAUserEndsTheirTokens_data() { addBackendRows(); }
    void disablingOrDeletingAUserEndsTheirTokens();
    void consents_data() { addBackendRows(); }
    void consents();
    void tokens_data() { addBackendRows(); }
    void tokens();
    void tokenPaging_data() { addBackendRows(); }
    void tokenPaging();
    void mutationRollsBackWithItsAuditEvent_data() { addBackendRows(); }
    void mutationRollsBackWithItsAuditEvent();
    void auditAppendOnly_data() { addBackendRows(); }
    void auditAppendOnly();
    void auditTamperDetected_data();
    void auditTamperDetected();
    void migrations_data() { addBackendRows(); }
    void migrations();
    void newerSchemaRefused_data() { addBackendRows(); }
    void newerSchemaRefused();
    void demoDataInstallsOnce_data() { addBackendRows(); }
    void demoDataInstallsOnce();
    void refusalsLeakNoServerStatements_data();
    void statementCache_data() { addBackendRows(); }
    void statementCache();
    void refusalsLeakNoServerStatements();
    void integrityCheck_data() { addBackendRows(); }
    void integrityCheck();
    void sqlitePragmas();

private:
    static void addBackendRows();
    // Empty when the backend is ready (or the test already failed); the reason to skip otherwise.
    QString setUpBackend(const QString& backend);
    std::unique_ptr<Store> openStore(int schemaVersion = -1);
    Result<std::unique_ptr<Store>> tryOpenStore(int schemaVersion = -1);

    QTemporaryDir m_dataDir;
    std::unique_ptr<QTemporaryDir> m_dbDir;
    DatabaseLocation m_location;
    QString m_password;
};

void TestStore::addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestStore::initTestCase()
{
    QVERIFY2(m_dataDir.isValid(), qPrintable(m_dataDir.errorString()));
    // The store writes its HMAC key file under the data directory.
    qputenv("MCPAUTH_DATA_DIR", QFile::encodeName(m_dataDir.path()));
    QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")));
    QLoggingCategory::setFilterRules(QStringLiteral("mcpauth.*.info=false"));
}

void TestStore::cleanup()
{
    m_dbDir.reset();
}

QString TestStore::setUpBackend(const QString& backend)
{
    m_password.clear();
    if (backend == QLatin1String("sqlite")) {
        m_dbDir = std::make_unique<QTemporaryDir>();
        if (!m_dbDir->isValid()) {
            QTest::qFail(qPrintable(m_dbDir->errorString()), __FILE__, __LINE__);
            return {};
        }
        auto location = DatabaseLocation::parse(m_dbDir->filePath(QStringLiteral("store.db")));
        if (!location) {
            QTest::qFail(qPrintable(describe(location.error())), __FILE__, __LINE__);
            return {};
        }
        m_location = *location;
        return {};
    }

    const QString url = qEnvironmentVariable("MCPAUTH_TEST_PG_URL");
    if (url.isEmpty()) {
        if (qEnvironmentVariable("MCPAUTH_REQUIRE_PG") == QLatin1String("1")) {
            QTest::qFail("MCPAUTH_REQUIRE_PG=1 but MCPAUTH_TEST_PG_URL is not set: the PostgreSQL tests cannot run. "
                         "Run the tests through tests/scripts/with-services.sh.",
                __FILE__, __LINE__);
            return {};
        }
        return QStringLiteral("MCPAUTH_TEST_PG_URL is not set (run through tests/scripts/with-services.sh)");
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        QTest::qFail("The Qt PostgreSQL driver (QPSQL) is not installed.", __FILE__, __LINE__);
        return {};
    }
    auto location = DatabaseLocation::parse(url);
    if (!location || location->dialect != SqlDialect::Postgres) {
        QTest::qFail(qPrintable(QString(QStringLiteral("MCPAUTH_TEST_PG_URL is not a PostgreSQL URL: ") + url)),
            __FILE__, __LINE__);
        return {};
    }
    m_location = *location;
    m_password = qEnvironmentVariable("MCPAUTH_DB_PASSWORD");
    if (const QString error = resetPostgres(m_location, m_password); !error.isEmpty()) {
        QTest::qFail(qPrintable(QString(QStringLiteral("Cannot empty the PostgreSQL test database: ") + error)),
            __FILE__, __LINE__);
        return {};
    }
    return {};
}

Result<std::unique_ptr<Store>> TestStore::tryOpenStore(int schemaVersion)
{
    return Store::open(m_location, StoreOpenOptions{.password = m_password, .schemaVersion = schemaVersion});
}

std::unique_ptr<Store> TestStore::openStore(int schemaVersion)
{
    auto opened = tryOpenStore(schemaVersion);
    if (!opened) {
        QTest::qFail(
            qPrintable(QString(QStringLiteral("Store::open failed: ") + describe(opened.error()))), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(opened).value();
}

// ---------------------------------------------------------------------------------------------------------------

void TestStore::organizations()
{
    OPEN_FRESH_STORE(store);
    OrganizationRepository& orgs = store->organizations();

    qint64 mark = headSeq(*store);
    auto acme = orgs.create(makeOrganization(QStringLiteral("acme")), kCtx);
    QVERIFY_OK(acme);
    QVERIFY(!acme->id.isEmpty());
    QVERIFY(acme->createdAt > 0);
    QCOMPARE(actionsSince(*store, mark), actions({"organization.create"}));
    QCOMPARE(lastEvent(*store).targetId, acme->id);
    QCOMPARE(lastEvent(*store).actor, kCtx.actor);
    QCOMPARE(lastEvent(*store).source, kCtx.source);

    auto byName = orgs.find(QStringLiteral("acme"));
    QVERIFY_OK(byName);
    QCOMPARE(byName->id, acme->id);
    QCOMPARE(byName->displayName, QStringLiteral("Organization acme"));
    QCOMPARE(byName->createdAt, acme->createdAt);
    auto byId = orgs.find(acme->id);
    QVERIFY_OK(byId);
    QCOMPARE(byId->name, QStringLiteral("acme"));

    // Refusals write nothing.
    mark = headSeq(*store);
    auto duplicate = orgs.create(makeOrganization(QStringLiteral("acme")), kCtx);
    QVERIFY_REFUSED(duplicate, ErrorCode::Conflict);
    auto empty = orgs.create(makeOrganization(QString()), kCtx);
    QVERIFY_INVALID(empty, "name");
    auto slash = orgs.create(makeOrganization(QStringLiteral("a/b")), kCtx);
    QVERIFY_INVALID(slash, "name");
    auto missing = orgs.find(QStringLiteral("nope"));
    QVERIFY_REFUSED(missing, ErrorCode::NotFound);
    QCOMPARE(actionsSince(*store, mark), QStringList());

    auto beta = orgs.create(makeOrganization(QStringLiteral("beta")), kCtx);
    QVERIFY_OK(beta);
    auto all = orgs.list();
    QVERIFY_OK(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).name, QStringLiteral("acme"));
    QCOMPARE(all->at(1).name, QStringLiteral("beta"));

    // Update: rename.
    Organization renamed = *beta;
    renamed.name = QStringLiteral("gamma");
    renamed.displayName = QStringLiteral("Gamma Inc.");
    mark = headSeq(*store);
    auto updated = orgs.update(renamed, kCtx);
    QVERIFY_OK(updated);
    QCOMPARE(updated->name, QStringLiteral("gamma"));
    QCOMPARE(actionsSince(*store, mark), actions({"organization.update"}));
    auto gamma = orgs.find(QStringLiteral("gamma"));
    QVERIFY_OK(gamma);
    QCOMPARE(gamma->id, beta->id);
    QCOMPARE(gamma->displayName, QStringLiteral("Gamma Inc."));
    QCOMPARE(gamma->createdAt, beta->createdAt);
    auto oldName = orgs.find(QStringLiteral("beta"));
    QVERIFY_REFUSED(oldName, ErrorCode::NotFound);

    mark = headSeq(*store);
    renamed.name = QStringLiteral("acme");
    auto clash = orgs.update(renamed, kCtx);
    QVERIFY_REFUSED(clash, ErrorCode::Conflict);
    renamed.name = QString();
    auto invalidUpdate = orgs.update(renamed, kCtx);
    QVERIFY_INVALID(invalidUpdate, "name");
    Organization ghost = makeOrganization(QStringLiteral("ghost"));
    ghost.id = QStringLiteral("00000000-0000-4000-8000-000000000000");
    auto ghostUpdate = orgs.update(ghost, kCtx);
    QVERIFY_REFUSED(ghostUpdate, ErrorCode::NotFound);
    QCOMPARE(actionsSince(*store, mark), QStringList());
    QCOMPARE(orgs.find(beta->id)->name, QStringLiteral("gamma"));

    // Delete is refused while the organization still has an application or a scope.
    auto app = store->applications().create(publicApp(acme->id, QStringLiteral("inspector")), kCtx);
    QVERIFY_OK(app);
    auto scope = store->scopes().create(makeScope(beta->id, QStringLiteral("application:read")), kCtx);
    QVERIFY_OK(scope);
    mark = headSeq(*store);
    const Status refusedApps = orgs.remove(QStringLiteral("acme"), kCtx);
    QVERIFY_REFUSED(refusedApps, ErrorCode::Conflict);
    QVERIFY2(
        refusedApps.error().message.contains(QLatin1String("applications")), qPrintable(refusedApps.error().message));
    const Status refusedScopes = orgs.remove(beta->id, kCtx);
    QVERIFY_REFUSED(refusedScopes, ErrorCode::Conflict);
    QCOMPARE(actionsSince(*store, mark), QStringList());
    QVERIFY(orgs.find(QStringLiteral("acme")).isOk());

    QVERIFY_OK(store->applications().remove(app->application.id, kCtx));
    mark = headSeq(*store);
    QVERIFY_OK(orgs.remove(QStringLiteral("acme"), kCtx));
    QCOMPARE(actionsSince(*store, mark), actions({"organization.delete"}));
    QCOMPARE(lastEvent(*store).targetId, acme->id);
    auto gone = orgs.find(acme->id);
    QVERIFY_REFUSED(gone, ErrorCode::NotFound);

    mark = headSeq(*store);
    const Status again = orgs.remove(QStringLiteral("acme"), kCtx);
    QVERIFY_REFUSED(again, ErrorCode::NotFound);
    QCOMPARE(actionsSince(*store, mark), QStringList());
    QVERIFY_AUDIT_INTACT(*store);
}

void TestStore::applications()
{
    OPEN_FRESH_STORE(store);
    auto org = store->organizations().create(makeOrganization(QStringLiteral("acme")), kCtx);
    QVERIFY_OK(org);
    auto other = store->organizations().create(makeOrganization(QStringLiteral("other")), kCtx);
    QVERIFY_OK(other);
    ApplicationRepository& apps = store->applications();
    const QRegularExpression base64url(QStringLiteral("^[A-Za-z0-9_-]+$"));
    const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));

    // A public client has no secret.
    qint64 mark = headSeq(*store);
    auto pub = apps.create(publicApp(org->id, QStringLiteral("inspector")), kCtx);
    QVERIFY_OK(pub);
    QCOMPARE(actionsSince(*store, mark), actions({"application.create"}));
    QCOMPARE(lastEvent(*store).targetId, pub->application.id);
    QVERIFY(pub->clientSecret.isEmpty());
    QVERIFY(!pub->application.id.isEmpty());
    QVERIFY(!pub->application.clientId.isEmpty());
    auto pubHash = scalar(
        *store, QStringLiteral("SELECT client_secret_hash FROM applications WHERE id = ?"), {pub->application.id});
    QVERIFY_OK(pubHash);
    QVERIFY(pubHash->isNull());
    QVERIFY(!apps.verifySecret(pub->application.clientId, QString()));
    QVERIFY(!apps.verifySecret(pub->application.clientId, QStringLiteral("anything")));

    // A confidential client gets a 256-bit secret, once; only its keyed hash is stored.
    mark = headSeq(*store);
    auto conf = apps.create(confidentialApp(org->id, QStringLiteral("portal")), kCtx);
    QVERIFY_OK(conf);
    QCOMPARE(actionsSince(*store, mark), actions({"application.create"}));
    const QString secret = conf->clientSecret;
    const QString clientId = conf->application.clientId;
    QVERIFY2(secret.size() >= 43, qPrintable(secret));
    QVERIFY2(base64url.match(secret).hasMatch(), qPrintable(secret));
    QVERIFY(apps.verifySecret(clientId, secret));
    QString wrong = secret;
    wrong[wrong.size() - 1] = wrong.back() == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QVERIFY(!apps.verifySecret(clientId, wrong));
    QVERIFY(!apps.verifySecret(clientId, QString(secret + QLatin1Char('x'))));
    QVERIFY(!apps.verifySecret(clientId, QString()));
    QVERIFY(!apps.verifySecret(pub->application.clientId, secret));
    QVERIFY(!apps.verifySecret(QStringLiteral("no-such-client"), secret));
    auto storedHash = scalar(
        *store, QStringLiteral("SELECT client_secret_hash FROM applications WHERE id = ?"), {conf->application.id});
    QVERIFY_OK(storedHash);
    const QString hash = storedHash->toString();
    QVERIFY2(hex64.match(hash).hasMatch(), qPrintable(hash));
    QVERIFY(hash != secret);
    QVERIFY(!hash.contains(secret));
    QVERIFY(hash != sha256Hex(secret)); // keyed, not a plain digest
    // The secret appears in no audit event.
    auto events = store->audit().list({}, 0, 1000);
    QVERIFY_OK(events);
    for (const AuditEvent& e : *events)
        QVERIFY(!QString::fromUtf8(QJsonDocument(e.details).toJson()).contains(secret));

    // Found by id, client id and name, with every field as saved.
    for (const QString& ref : {conf->application.id, clientId, QStringLiteral("portal")}) {
        auto found = apps.find(ref);
        QVERIFY_OK(found);
        QCOMPARE(found->id, conf->application.id);
    }
    auto found = apps.find(clientId);
    QVERIFY_OK(found);
    const Application expected = confidentialApp(org->id, QStringLiteral("portal"));
    QCOMPARE(found->organizationId, org->id);
    QCOMPARE(found->name, expected.name);
    QCOMPARE(found->displayName, expected.displayName);
    QCOMPARE(found->clientType, ClientType::Confidential);
    QCOMPARE(found->authMethod, TokenEndpointAuthMethod::ClientSecretBasic);
    QCOMPARE(found->redirectUris, expected.redirectUris);
    QCOMPARE(found->grantTypes, expected.grantTypes);
    QCOMPARE(found->pkceRequired, expected.pkceRequired);
    QCOMPARE(found->accessTokenLifetime, expected.accessTokenLifetime);
    QCOMPARE(found->refreshTokenLifetime, expected.refreshTokenLifetime);
    QCOMPARE(found->allowedScopes, expected.allowedScopes);
    QCOMPARE(found->corsOrigins, expected.corsOrigins);
    QCOMPARE(found->category, expected.category);
    QCOMPARE(found->type, expected.type);
    QCOMPARE(found->createdAt, conf->application.createdAt);

    // The same name in another organization is allowed; the bare name is then ambiguous.
    auto twin = apps.create(publicApp(other->id, QStringLiteral("portal")), kCtx);
    QVERIFY_OK(twin);
    auto ambiguous = apps.find(QStringLiteral("portal"));
    QVERIFY_REFUSED(ambiguous, ErrorCode::Conflict);
    QCOMPARE(apps.find(twin->application.id)->organizationId, other->id);

    auto listed = apps.list(org->id);
    QVERIFY_OK(listed);
    QCOMPARE(listed->size(), 2);
    QCOMPARE(listed->at(0).name, QStringLiteral("inspector"));
    QCOMPARE(listed->at(1).name, QStringLiteral("portal"));
    auto everything = apps.list();
    QVERIFY_OK(everything);
    QCOMPARE(everything->size(), 3);

    // Refusals write nothing.
    mark = headSeq(*store);
    auto duplicate = apps.create(publicApp(org->id, QStringLiteral("portal")), kCtx);
    QVERIFY_REFUSED(duplicate, ErrorCode::Conflict);
    auto noName = apps.create(publicApp(org->id, QString()), kCtx);
    QVERIFY_INVALID(noName, "name");
    Application publicWithClientCredentials = publicApp(org->id, QStringLiteral("cc"));
    publicWithClientCredentials.grantTypes << GrantType::ClientCredentials;
    auto badGrant = apps.create(publicWithClientCredentials, kCtx);
    QVERIFY_INVALID(badGrant, "grantTypes");
    Application sameClientId = publicApp(org->id, QStringLiteral("copycat"));
    sameClientId.clientId = clientId;
    auto clientIdClash = apps.create(sameClientId, kCtx);
    QVERIFY_REFUSED(clientIdClash, ErrorCode::Conflict);
    auto unknownOrg = apps.create(
        publicApp(QStringLiteral("00000000-0000-4000-8000-000000000000"), QStringLiteral("orphan")), kCtx);
    QVERIFY2(!unknownOrg.isOk(), "an application of an unknown organization was accepted");
    auto notFound = apps.find(QStringLiteral("nope"));
    QVERIFY_REFUSED(notFound, ErrorCode::NotFound);
    auto rotateMissing = apps.rotateSecret(QStringLiteral("nope"), kCtx);
    QVERIFY_REFUSED(rotateMissing, ErrorCode::NotFound);
    auto rotatePublic = apps.rotateSecret(pub->application.id, kCtx);
    QVERIFY_INVALID(rotatePublic, "clientType");
    auto removeMissing = apps.remove(QStringLiteral("nope"), kCtx);
    QVERIFY_REFUSED(removeMissing, ErrorCode::NotFound);
    QCOMPARE(actionsSince(*store, mark), QStringList());
    QCOMPARE(apps.list()->size(), 3);
    QVERIFY_AUDIT_INTACT(*store);
}

void TestStore::applicationSecretsAndUpdate()
{
    OPEN_FRESH_STORE(store);
    auto org = store->organizations().create(makeOrganization(QStringLiteral("acme")), kCtx);
    QVERIFY_OK(org);
    ApplicationRepository& apps = store->applications();
    auto conf = apps.create(confidentialApp(org->id, QStringLiteral("portal")), kCtx);
    QVERIFY_OK(conf);
    const QString clientId = conf->application.clientId;
    const QString firstSecret = conf->clientSecret;
    const auto rawHash = [&](const QString& id) {
        auto v = scalar(*store, QStringLiteral("SELECT client_secret_hash FROM applications WHERE id = ?"), {id});
        return v ? *v : QVariant(QStringLiteral("<query failed>"));
    };
    const QVariant firstHash = rawHash(conf->application.id);

    // Rotation: the new secret works, the old one no longer does.
    qint64 mark = headSeq(*store);
    auto rotated = apps.rotateSecret(clientId, kCtx);
    QVERIFY_OK(rotated);
    QCOMPARE(actionsSince(*store, mark), actions({"application.rotate_secret"}));
    QVERIFY(rotated->size() >= 43);
    QVERIFY(*rotated != firstSecret);
    QVERIFY(apps.verifySecret(clientId, *rotated));
    QVERIFY(!apps.verifySecret(clientId, firstSecret));
    QVERIFY(rawHash(conf->application.id) != firstHash);

    // An ordinary update keeps the secret and reveals none.
    auto current = apps.find(clientId);
    QVERIFY_OK(current);
    Application edited = *current;
    edited.displayName = QStringLiteral("Portal v2");
    edited.accessTokenLifetime = 600;
    edited.redirectUris << QStringLiteral("https://app.example.com/other");
    mark = headSeq(*store);
    auto saved = apps.update(edited, kCtx);
    QVERIFY_OK(saved);
    QCOMPARE(actionsSince(*store, mark), actions({"application.update"}));
    QVERIFY(saved->clientSecret.isEmpty());
    QVERIFY(apps.verifySecret(clientId, *rotated));
    auto reread = apps.find(clientId);
    QVERIFY_OK(reread);
    QCOMPARE(reread->displayName, QStringLiteral("Portal v2"));
    QCOMPARE(reread->accessTokenLifetime, 600);
    QCOMPARE(reread->redirectUris.size(), 2);
    QCOMPARE(reread->createdAt, conf->application.createdAt);
    QVERIFY(reread->updatedAt >= reread->createdAt);

    // Public -> confidential generates the first secret; confidential -> public drops it.
    auto pub = apps.create(publicApp(org->id, QStringLiteral("desktop")), kCtx);
    QVERIFY_OK(pub);
    Application promoted = pub->application;
    promoted.clientType = ClientType::Confidential;
    promoted.authMethod = TokenEndpointAuthMethod::ClientSecretPost;
    mark = headSeq(*store);
    auto promotedSaved = apps.update(promoted, kCtx);
    QVERIFY_OK(promotedSaved);
    QCOMPARE(actionsSince(*store, mark), actions({"application.update"}));
    QCOMPARE(lastEvent(*store).details.value(QStringLiteral("secretGenerated")).toBool(), true);
    const QString generated = promotedSaved->clientSecret;
    QVERIFY2(generated.size() >= 43, qPrintable(generated));
    QVERIFY(apps.verifySecret(pub->application.clientId, generated));
    QVERIFY(
        QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(rawHash(pub->application.id).toString()).hasMatch());
    QCOMPARE(apps.find(pub->application.id)->clientType, ClientType::Confidential);

    Application demoted = *apps.find(pub->application.id);
    demoted.clientType = ClientType::Public;
    demoted.authMethod = TokenEndpointAuthMethod::None;
    auto demotedSaved = apps.update(demoted, kCtx);
    QVERIFY_OK(demotedSaved);
    QVERIFY(demotedSaved->clientSecret.isEmpty());
    QVERIFY(!apps.verifySecret(pub->application.clientId, generated));
    QVERIFY(rawHash(pub->application.id).isNull());

    // Refused updates write nothing and change nothing.
    mark = headSeq(*store);
    Application changedClientId = *apps.find(clientId);
    changedClientId.clientId = QStringLiteral("another-client-id");
    auto clientIdChange = apps.update(changedClientId, kCtx);
    QVERIFY_INVALID(clientIdChange, "clientId");
    Application renamed = *apps.find(clientId);
    renamed.name = QStringLiteral("desktop");
    auto nameClash = apps.update(renamed, kCtx);
    QVERIFY_REFUSED(nameClash, ErrorCode::Conflict);
    Application tooShort = *apps.find(clientId);
    tooShort.accessTokenLifetime = 1;
    auto invalid = apps.update(tooShort, kCtx);
    QVERIFY_INVALID(invalid, "accessTokenLifetime");
    Application ghost = publicApp(org->id, QStringLiteral("ghost"));
    ghost.id = QStringLiteral("00000000-0000-4000-8000-000000000000");
    ghost.clientId = QStringLiteral("ghost-client");
    auto ghostUpdate = apps.update(ghost, kCtx);
    QVERIFY_REFUSED(ghostUpdate, ErrorCode::NotFound);
    QCOMPARE(actionsSince(*store, mark), QStringList());
    QCOMPARE(apps.find(clientId)->name, QStringLiteral("portal"));
    QCOMPARE(apps.find(clientId)->accessTokenLifetime, 600);
    QVERIFY(apps.verifySecret(clientId, *rotated));
    QVERIFY_AUDIT_INTACT(*store);
}

void TestStore::applicationDeleteCascades()
{
    OPEN_FRESH_STORE(store);
    auto org = store->organizations().create(makeOrganization(QStringLiteral("acme")), kCtx);
    QVERIFY_OK(org);
    QVERIFY_OK(store->scopes().create(makeScope(org->id, QStringLiteral("application:read")), kCtx));
    QVERIFY_OK(
        store->resources().create(makeResource(org->id, resourceUri(), {QStringLiteral("application:read")}), kCtx));
    auto doomed = store->applications().create(publicApp(org->id, QStringLiteral("doomed")), kCtx);
    QVERIFY_OK(doomed);
    auto kept = store->applications().create(publicApp(org->id, QStringLiteral("kept")), kCtx);
    QVERIFY_OK(kept);
    auto user = store->users().create(makeUser(org->id, QStringLiteral("alice")), kPassword, kCtx);
    QVERIFY_OK(user);
    const QString a = doomed->application.id;
    const QString b = kept->application.id;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    QList<Token> tokens{
        makeToken(QStringLiteral("doomed-access-0001"), a, user->id, now - 1000),
        makeToken(QStringLiteral("doomed-refresh-0001"), a, user->id, now - 1000, TokenKind::Refresh,
            QStringLiteral("family-doomed")),
        makeToken(QStringLiteral("doomed-expired-0001"), a, user->id, kT0), // long expired
        makeToken(QStringLiteral("kept-access-000001"), b, user->id, now - 1000),
        makeToken(QStringLiteral("kept-access-000002"), b, QString(), now - 1000),
    };
    QVERIFY_OK(store->tokens().insertBatch(tokens, kCtx));
    Consent consent{{}, user->id, a, resourceUri(), {QStringLiteral("application:read")}, 0, 0};
    QVERIFY_OK(store->consents().grant(consent, kCtx)); // replaced by the next grant
    QVERIFY_OK(store->consents().grant(consent, kCtx));
    consent.applicationId = b;
    QVERIFY_OK(store->consents().grant(consent, kCtx));

    auto impact = store->applications().impact(a);
    QVERIFY_OK(impact);
    QCOMPARE(impact->tokens, 3);
    QCOMPARE(impact->activeTokens, 2);
    QCOMPARE(impact->consents, 1);

    const qint64 mark = headSeq(*store);
    auto removed = store->applications().remove(doomed->application.clientId, kCtx);
    QVERIFY_OK(removed);
    QCOMPARE(removed->tokens, 3);
    QCOMPARE(removed->activeTokens, 2);
    QCOMPARE(removed->consents, 1);
    QCOMPARE(actionsSince(*store, mark), actions({"application.delete"}));
    const AuditEvent event = lastEvent(*store);
    QCOMPARE(event.targetId, a);
    QCOMPARE(event.details.value(QStringLiteral("tokensDeleted")).toInteger(), 3);

    auto gone = store->applications().find(a);
    QVERIFY_REFUSED(gone, ErrorCode::NotFound);
    QCOMPARE(rawCount(*store, QStringLiteral("SELECT COUNT(*) FROM tokens WHERE application_id = ?"), {a}), 0);
    QCOMPARE(rawCount(*store, QStringLiteral("SELECT COUNT(*) FROM consents WHERE application_id = ?"), {a}), 0);
    // The other application keeps everything.
    QCOMPARE(rawCount(*store, QStringLiteral("SELECT COUNT(*) FROM tokens WHERE application_id = ?"), {b}), 2);
    QCOMPARE(rawCount(*store, QStringLiteral("SELECT COUNT(*) FROM consents WHERE application_id = ?"), {b}), 1);
    QVERIFY(store->users().find(user->id).isOk());
    QVERIFY_OK(store->checkIntegrity());
    QVERIFY_AUDIT_INTACT(*store);
}

void TestStore::registrationPolicy()
{
    OPEN_FRESH_STORE(store);
    OrganizationRepository& orgs = store->organizations();
    auto org = orgs.create(makeOrganization(QStringLiteral("acme")), kCtx);
    QVERIFY_OK(org);
    auto initial = orgs.registrationPolicy(org->name);
    QVERIFY_OK(initial);
    QCOMPARE(initial->mode, RegistrationMode::Open);
    QVERIFY(initial->redirectPatterns.isEmpty());

    const QStringList patterns{QStringLiteral("http://127.0.0.1/callback"), QStringLiteral("https://*.example.com/cb")};
    qint64 mark = headSeq(*store);
    QVERIFY_OK(
        orgs.setRegistrationPolicy(org->id, RegistrationPolicy{RegistrationMode::OpenRestricted, patterns}, kCtx));
    QCOMPARE(actionsSince(*store, mark), actions({"organization.set_registration"}));
    auto restricted = orgs.registrationPolicy(org->id);
    QVERIFY_OK(restricted);
    QCOMPARE(restricted->mode, RegistrationMode::OpenRestricted);
    QCOMPARE(restricted->redirectPatterns, patterns);
    QVERIFY(restricted->allowsRedirect(QStringLiteral("http://127.0.0.1:5000/callback")));
    QVERIFY(!restricted->allowsRedirect(QStringLiteral("https://example.com/cb")));

    mark = headSeq(*store);
    QVERIFY_INVALID(orgs.setRegistrationPolicy(org->id, RegistrationPolicy{RegistrationMode::OpenRestricted, {}}, kCtx),
        "redirectPatterns");
    QVERIFY_INVALID(orgs.setRegistrationPolicy(
                        org->id, RegistrationPolicy{RegistrationMode::OpenRestricted, {QStringLiteral("*")}}, kCtx),
        "redirectPatterns");
    QVERIFY_INVALID(orgs.setRegistrationPolicy(org->id, RegistrationPolicy{RegistrationMode::Admin, patterns}, kCtx),
        "redirectPatterns");
    QVERIFY_REFUSED(
        orgs.setRegistrationPolicy(QStringLiteral("nobody"), RegistrationPolicy{}, kCtx), ErrorCode::NotFound);
    QCOMPARE(actionsSince(*store, mark), QStringList());
    QCOMPARE(orgs.registrationPolicy(org->id)->redirectPatterns, patterns);

    QVERIFY_OK(orgs.setRegistrationPolicy(org->id, RegistrationPolicy{RegistrationMode::Admin, {}}, kCtx));
    QCOMPARE(orgs.registrationPolicy(org->id)->mode, RegistrationMode::Admin);
    // A value no version writes (a hand-edited database) closes registration rather than opening it.
    QVERIFY(store->database().exec(
        QStringLiteral("UPDATE organizations SET registration_policy = 'wide-open' WHERE id = ?"), {org->id}));
    QCOMPARE(orgs.registrationPolicy(org->id)->mode, RegistrationMode::Admin);
    QVERIFY_AUDIT_INTACT(*store);
}

void TestStore::initialAccessTokens()
{
    OPEN_FRESH_STORE(store);
    auto org = store->organizations().create(makeOrganization(QStringLiteral("acme")), kCtx);
    auto other = store->organizations().create(makeOrganization(QStringLiteral("other")), kCtx);
    QVERIFY_OK(org);
    QVERIFY_OK(other);
    InitialAccessTokenRepository& tokens = store->initialAccessTokens();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    qint64 mark = headSeq(*store);
    auto issued = tokens.create(org->id, now + 3600 * 1000, kCtx);
    QVERIFY_OK(issued);
    QCOMPARE(actionsSince(*store, mark), actions({"initial_token.create"}));
    QCOMPARE(issued->value.size(), 43);
    QVERIFY(issued->token.isActiveAt(now));
    // Only the keyed hash is stored.
    QCOMPARE(rawCount(*store, QStringLiteral("SELECT COUNT(*) FROM initial_access_tokens WHERE value_hash = ?"),
                 {issued->value}),
        0);
    QCOMPARE(rawCount(*store, QStringLiteral("SELECT COUNT(*) FROM initial_access_tokens")), 1);

    auto checked = tokens.check(issued->value, org->id, now);
    QVERIFY_OK(checked);
    QCOMPARE(checked->id, issued->token.id);
    QVERIFY_INVALID(tokens.check(issued->value, other->id, now), "initialAccessToken");
    QVERIFY_INVALID(tokens.check(issued->value + QLatin1Char('x'), org->id, now), "initialAccessToken");
    QVERIFY_INVALID(tokens.check(QString(), org->id, now), "initialAccessToken");
    QVERIFY_INVALID(tokens.check(issued->value, org->id, now + 3600 * 1000), "initialAccessToken");

    QVERIFY_INVALID(tokens.create(org->id, now - 1, kCtx), "expires");
    QVERIFY_INVALID(
        tokens.create(org->id, now + InitialAccessTokenRepository::kMaxLifetimeMs + 60000, kCtx), "expires");
    QVERIFY_REFUSED(tokens.create(QStringLiteral("no-such-org"), now + 60000, kCtx), ErrorCode::NotFound);

    auto second = tokens.create(org->id, now + 7200 * 1000, kCtx);
    QVERIFY_OK(second);
    auto list = tokens.list(org->id);
    QVERIFY_OK(list);
    QCOMPARE(list->size(), 2);
    QVERIFY_OK(tokens.list(other->id));
    QVERIFY(tokens.list(other->id)->isEmpty());

    mark = headSeq(*store);
    auto revoked = tokens.revoke(issued->token.id, kCtx);
    QVERIFY_OK(revoked);
    QVERIFY(revoked->isRevoked());
    QCOMPARE(actionsSince(*store, mark), actions({"initial_token.revoke"}));
    QVERIFY_REFUSED(tokens.revoke(issued->token.id, kCtx), ErrorCode::Conflict);
    QVERIFY_REFUSED(tokens.revoke(QStringLiteral("no-such-token"), kCtx), ErrorCode::NotFound);
    QVERIFY_INVALID(tokens.check(issued->value, org->id, now), "initialAccessToken");
    QVERIFY_OK(tokens.check(second->value, org->id, now));
    QCOMPARE(tokens.find(issued->token.id)->revokedAt, revoked->revokedAt);
    QVERIFY_AUDIT_INTACT(*store);
}

void TestStore::dynamicallyRegisteredClients()
{
    OPEN_FRESH_STORE(store);
    auto org = store->organizations().create(makeOrganization(QStringLiteral("acme")), kCtx);
    QVERIFY_OK(org);
    ApplicationRepository& apps = store->applications();
    const QJsonObject metadata{{QStringLiteral("client_name"), QStringLiteral("Desktop client")},
        {QStringLiteral("application_type"), QStringLiteral("native")}, {QStringLiteral("x_extra"), 1}};

    qint64 mark = headSeq(*store);
    auto registered = apps.registerClient(publicApp(org->id, QStringLiteral("dcr-desktop")), metadata, kCtx,
        {{QStringLiteral("policy"), QStringLiteral("open")}});
    QVERIFY_OK(registered);
    QCOMPARE(actionsSince(*store, mark), actions({"client.registered"}));
    const Application& app = registered->application;
    QCOMPARE(app.createdBy, CreatedBy::Dcr);
    QVERIFY(registered->clientSecret.isEmpty());
    const QString token = registered->registrationAccessToken;
    QCOMPARE(token.size(), 43);
    QVERIFY(apps.verifyRegistrationToken(app.clientId, token));
    QVERIFY(!apps.verifyRegistrationToken(app.clientId, QString()));
    QVERIFY(!apps.verifyRegistrationToken(QStringLiteral("other"), token));
    QCOMPARE(rawCount(*store, QStringLiteral("SELECT COUNT(*) FROM applications WHERE registration_token_hash = ?"),
                 {token}),
        0);
    QCOMPARE(apps.clientMetadata(app.id).value(), metadata);
    auto events = store->audit().list({}, 0, 1);
    QVERIFY_OK(events);
    QCOMPARE(events->first().details.value(QLatin1String("createdBy")).toString(), QStringLiteral("dcr"));
    QCOMPARE(events->first().details.value(QLatin1String("policy")).toString(), QStringLiteral("open"));

    // The update replaces fields and metadata, keeps the token, and makes the first secret when the
    // client turns confidential.
    Application changed = app;
    changed.clientType = ClientType::Confidential;
    changed.authMethod = TokenEndpointAuthMethod::ClientSecretPost;
    changed.redirectUris = {QStringLiteral("https://app.example.com/cb")};
    const QJsonObject newMetadata{{QStringLiteral("application_type"), QStringLiteral("web")}};
    mark = headSeq(*store);
    auto updated = apps.updateRegisteredClient(changed, newMetadata, kCtx);
    QVERIFY_OK(updated);
    QCOMPARE(actionsSince(*store, mark), actions({"client.registration_updated"}));
    QCOMPARE(updated->clientSecret.size(), 43);
    QVERIFY(updated->registrationAccessToken.isEmpty());
    QVERIFY(apps.verifySecret(app.clientId, updated->clientSecret));
    QVERIFY(apps.verifyRegistrationToken(app.clientId, token));
    QCOMPARE(apps.clientMetadata(app.id).value(), newMetadata);
    QCOMPARE(apps.find(app.clientId)->createdBy, CreatedBy::Dcr);

    // A refused update changes neither the row nor the metadata.
    Application invalid = changed;
    invalid.redirectUris = {QStringLiteral("http://evil.example/cb")};
    QVERIFY_INVALID(apps.updateRegisteredClient(invalid, QJsonObject{{QStringLiteral("x"), 1}}, kCtx), "redirectUris");
    QCOMPARE(apps.clientMetadata(app.id).value(), newMetadata);

    // Applications made otherwise have no registration token and no metadata.
    auto console = apps.create(publicApp(org->id, QStringLiteral("console-app")), kCtx);
    QVERIFY_OK(console);
    QVERIFY(!apps.verifyRegistrationToken(console->application.clientId, token));
    QCOMPARE(apps.clientMetadata(console->application.id).value(), QJsonObject());
    QVERIFY_AUDIT_INTACT(*store);
}

void TestStore::scopes()
{
    OPEN_FRESH_STORE(store);
    auto acme = store->organizations().create(makeOrganization(QStringLiteral("acme")), kCtx);
    QVERIFY_OK(acme);
    auto beta = store->organizations().create(makeOrganization(QStringLiteral("beta")), kCtx);
    QVERIFY_OK(beta);
    ScopeRepository& scopes = store->scopes();

    qint64 mark = headSeq(*store);
    auto read = scopes.create(makeScope(acme->id, QStringLiteral("application:read")), kCtx);
    QVERIFY_OK(read);
    QVERIFY(!read->id.isEmpty());
    QCOMPARE(actionsSince(*store, mark), actions({"scope.create"}));
    QCOMPARE(lastEvent(*store).targetId, read->id);
    auto write = scopes.create(makeScope(acme->id, QStringLiteral("application:write")), kCtx);
    QVERIFY_OK(write);
    auto spare = scopes.create(makeScope(acme->id, QStringLiteral("spare")), kCtx);
    QVERIFY_OK(spare);
    // Administrator-only: stored, shown in the audit event, and listed by name.
    QCOMPARE(scopes.find(write->id)->administratorOnly, false);
    Scope adminWrite = *write;
    adminWrite.administratorOnly = true;
    mark = headSeq(*store);
    QVERIFY_OK(scopes.update(adminWrite, kCtx));
    QCOMPARE(actionsSince(*store, mark), actions({"scope.update"}));
    QCOMPARE(lastEvent(*store).details.value(QStringLiteral("administratorOnly")).toBool(), true);
    QCOMPARE(scopes.find(write->id)->administratorOnly, true);
    QCOMPARE(scopes.find(read->id)->administratorOnly, false);
    QCOMPARE(*scopes.administratorOnly(acme->id), QStringList{QStringLiteral("application:write")});
    QCOMPARE(*scopes.administratorOnly(beta->id), QStringList());
    Scope adminCreated = makeScope(beta->id, QStringLiteral("audit:read"));
    adminCreated.administratorOnly = true;
    auto betaAudit = scopes.create(adminCreated, kCtx);
    QVERIFY_OK(betaAudit);
    QCOMPARE(scopes.find(betaAudit->id)->administratorOnly, true);
    QCOMPARE(*scopes.administratorOnly(beta->id), QStringList{QStringLiteral("audit:read")});
    QVERIFY_OK(scopes.remove(betaAudit->id, kCtx));

    auto byId = scopes.find(read->id);
    QVERIFY_OK(byId);
    QCOMPARE(byId->name, QStringLiteral("application:read"));
    QCOMPARE(byId->organizationId, acme->id);
    QCOMPARE(byId->displayName, QStringLiteral("Scope application:read"));
    QCOMPARE(byId->description, QStringLiteral("For the tests."));
    auto byName = scopes.find(QStringLiteral("application:read"));
    QVERIFY_OK(byName);
    QCOMPARE(byName->id, read->id);

    // The same name in another organization is allowed; the bare name is then ambiguous.
    auto betaRead = scopes.create(makeScope(beta->id, QStringLiteral("application:read")), kCtx);
    QVERIFY_OK(betaRead);
    auto ambiguous = scopes.find(QStringLiteral("application:read"));
    QVERIFY_REFUSED(ambiguous, ErrorCode::Conflict);
    QCOMPARE(scopes.find(QStringLiteral("application:read"), beta->id)->id, betaRead->id);
    QCOMPARE(scopes.find(QStringLiteral("application:read"), acme->id)->id, read->id);
    QCOMPARE(scopes.list(acme->id)->size(), 3);
    QCOMPARE(scopes.list()->size(), 4);

    // Refusals write nothing.
    mark = headSeq(*store);
    auto duplicate = scopes.create(makeScope(acme->id, QStringLiteral("application:read")), kCtx);
    QVERIFY_REFUSED(duplicate, ErrorCode::Conflict);
    auto invalid = scopes.create(makeScope(acme->id, QStringLiteral("bad scope")), kCtx);
    QVERIFY_INVALID(invalid, "name");
    auto quoted = scopes.create(makeScope(acme->id, QStringLiteral("say\"hi\"")), kCtx);
    QVERIFY_INVALID(quoted, "name");
    auto missing = scopes.find(QStringLiteral("no:such"));
    QVERIFY_REFUSED(missing, ErrorCode::NotFound);
    const Status removeMissing = scopes.remove(QStringLiteral("00000000-0000-4000-8000-000000000000"), kCtx);
    QVERIFY_REFUSED(removeMissing, ErrorCode::NotFound);
    QCOMPARE(actionsSince(*store, mark), QStringList());

    // Update changes the texts; the name is fixed.
    Scope edited = *read;
    edited.displayName = QStringLiteral("Read the applications");
    edited.description = QStringLiteral("Lists applications.");
    mark = headSeq(*store);
    QVERIFY_OK(scopes.update(edited, kCtx));
    QCOMPARE(actionsSince(*store, mark), actions({"scope.update"}));
    QCOMPARE(scopes.find(read->id)->displayName, QStringLiteral("Read the applications"));
    QCOMPARE(scopes.find(read->id)->description, QStringLiteral("Lists applications."));
    mark = headSeq(*store);
    edited.name = QStringLiteral("application:list");
    auto rename = scopes.update(edited, kCtx);
    QVERIFY_INVALID(rename, "name");
    Scope ghost = makeScope(acme->id, QStringLiteral("ghost"));
    ghost.id = QStringLiteral("00000000-0000-4000-8000-000000000000");
    auto ghostUpdate = scopes.update(ghost, kCtx);
    QVERIFY_REFUSED(ghostUpdate, ErrorCode::NotFound);
    QCOMPARE(actionsSince(*store, mark), QStringList());

    // Delete is refused while a resource lists the scope.
    auto resource
        = store->resources().create(makeResource(acme->id, resourceUri(),
                                        {QStringLiteral("application:read"), QStringLiteral("application:write")}),
            kCtx);
    QVERIFY_OK(resource);
    mark = headSeq(*store);
    const Status inUse = scopes.remove(read->id, kCtx);
    QVERIFY_REFUSED(inUse, ErrorCode::Conflict);
    QVERIFY2(inUse.error().message.contains(resourceUri()), qPrintable(inUse.error().message));
    QCOMPARE(actionsSince(*store, mark), QStringList());
    QVERIFY(scopes.find(read->id).isOk());
    // The same-named scope of another organization is not in use by acme's resource.
    QVERIFY_OK(scopes.remove(betaRead->id, kCtx));

    mark = headSeq(*store);
    QVERIFY_OK(scopes.remove(spare->id, kCtx));
    QCOMPARE(actionsSince(*store, mark), actions({"scope.delete"}));
    QCOMPARE(lastEvent(*store).targetId, spare->id);
    auto spareGone = scopes.find(spare->id);
    QVERIFY_REFUSED(spareGone, ErrorCode::NotFound);

    QVERIFY_OK(store->resources().remove(resource->id, kCtx));
    QVERIFY_OK(scopes.remove(read->id, kCtx));
    QCOMPARE(scopes.list(acme->id)->size(), 1);
    QVERIFY_AUDIT_INTACT(*store);
}

void TestStore::resources()
{
    OPEN_FRESH_STORE(store);
    auto org = store->organizations().create(makeOrganization(QStringLiteral("acme")), kCtx);
    QVERIFY_OK(org);
    auto other = store->organizations().create(makeOrganization(QStringLiteral("other")), kCtx);
    QVERIFY_OK(other);
    QVERIFY_OK(store->scopes().create(makeScope(org->id, QStringLiteral("application:read")), kCtx));
    QVERIFY_OK(store->scopes().create(makeScope(org->id, QStringLiteral("application:write")), kCtx));
    QVERIFY_OK(store->scopes().create(makeScope(other->id, QStringLiteral("token:read")), kCtx));
    ResourceRepository& resources = store->resources();

    qint64 mark = headSeq(*store);
    auto created = resources.create(makeResource(org->id, resourceUri(), {QStringLiteral("application:read")}), kCtx);
    QVERIFY_OK(created);
    QCOMPARE(actionsSince(*store, mark), actions({"resource.create"}));
    QCOMPARE(lastEvent(*store).targetId, created->id);
    QVERIFY(created->createdAt > 0);

    for (const QString& ref : {created->id, resourceUri()}) {
        auto found = resources.find(ref);
        QVERIFY_OK(found);
        QCOMPARE(found->id, created->id);
        QCOMPARE(found->uri, resourceUri());
        QCOMPARE(found->organizationId, org->id);
        QCOMPARE(found->scopes, QStringList{QStringLiteral("application:read")});
        QCOMPARE(found->toolScopes.value(QStringLiteral("list_things")), QStringLiteral("application:read"));
        QCOMPARE(found->description, QStringLiteral("Serves tools."));
        QCOMPARE(found->createdAt, created->createdAt);
    }

    // Refusals write nothing.
    mark = headSeq(*store);
    auto unknownScope = resources.create(
        makeResource(org->id, otherResourceUri(), {QStringLiteral("application:read"), QStringLiteral("no:such")}),
        kCtx);
    QVERIFY_INVALID(unknownScope, "scopes");
    QVERIFY2(unknownScope.error().message.contains(QLatin1String("no:such")), qPrintable(unknownScope.error().message));
    // A scope of another organization does not count.
    auto foreignScope
        = resources.create(makeResource(org->id, otherResourceUri(), {QStringLiteral("token:read")}), kCtx);
    QVERIFY_INVALID(foreignScope, "scopes");
    auto duplicate = resources.create(makeResource(org->id, resourceUri(), {QStringLiteral("application:read")}), kCtx);
    QVERIFY_REFUSED(duplicate, ErrorCode::Conflict);
    auto badUri = resources.create(
        makeResource(org->id, QStringLiteral("https://mcp.example.com/mcp#frag"), {QStringLiteral("application:read")}),
        kCtx);
    QVERIFY_INVALID(badUri, "uri");
    auto missing = resources.find(QStringLiteral("https://nowhere.example.com/"));
    QVERIFY_REFUSED(missing, ErrorCode::NotFound);
    const Status removeMissing = resources.remove(QStringLiteral("https://nowhere.example.com/"), kCtx);
    QVERIFY_REFUSED(removeMissing, ErrorCode::NotFound);
    QCOMPARE(actionsSince(*store, mark), QStringList());
    QCOMPARE(resources.list()->size(), 1);

    // Update.
    auto second = resources.create(makeResource(org->id, otherResourceUri(), {}), kCtx);
    QVERIFY_OK(second);
    Resource edited = *created;
    edited.scopes << QStringLiteral("application:write");
    edited.toolScopes.insert(QStringLiteral("write_things"), QStringLiteral("application:write"));
    edited.displayName = QStringLiteral("Renamed server");
    mark = headSeq(*store);
    auto updated = resources.update(edited, kCtx);
    QVERIFY_OK(updated);
    QCOMPARE(actionsSince(*store, mark), actions({"resource.update"}));
    auto reread = resources.find(created->id);
    QVERIFY_OK(reread);
    QCOMPARE(reread->scopes, edited.scopes);
    QVERIFY(reread->toolScopes == edited.toolScopes);
    QCOMPARE(reread->displayName, QStringLiteral("Renamed server"));
    QCOMPARE(reread->createdAt, created->createdAt);

    mark = headSeq(*store);
    Resource withUnknown = *reread;
    withUnknown.scopes << QStringLiteral("no:such");
    auto unknownUpdate = resources.update(withUnknown, kCtx);
    QVERIFY_INVALID(unknownUpdate, "scopes");
    Resource clash = *reread;
    clash.uri = otherResourceUri();
    auto uriClash = resources.update(clash, kCtx);
    QVERIFY_REFUSED(uriClash, ErrorCode::Conflict);
    Resource ghost = makeResource(org->id, QStringLiteral("https://ghost.example.com/"), {});
    ghost.id = QStringLiteral("00000000-0000-4000-8000-000000000000");
    auto ghostUpdate = resources.update(ghost, kCtx);
    QVERIFY_REFUSED(ghostUpdate, ErrorCode::NotFound);
    QCOMPARE(actionsSince(*store, mark), QStringList());
    QCOMPARE(resources.find(created->id)->uri, resourceUri());

    mark = headSeq(*store);
    QVERIFY_OK(resources.remove(resourceUri(), kCtx));
    QCOMPARE(actionsSince(*store, mark), actions({"resource.delete"}));
    QCOMPARE(lastEvent(*store).targetId, created->id);
    auto gone = resources.find(created->id);
    QVERIFY_REFUSED(gone, ErrorCode::NotFound);
    QCOMPARE(resources.list(org->id)->size(), 1);
    QVERIFY_AUDIT_INTACT(*store);
}

void TestStore::users()
{
    OPEN_FRESH_STORE(store);
    auto org = store->organizations().create(makeOrganization(QStringLiteral("acme")), kCtx);
    QVERIFY_OK(org);
    UserRepository& users = store->users();

    qint64 mark = headSeq(*store);
    auto alice = users.create(makeUser(org->id, QStringLiteral("alice")), kPassword, kCtx);
    QVERIFY_OK(alice);
    QCOMPARE(actionsSince(*store, mark), actions({"user.create"}));
    QCOMPARE(lastEvent(*store).targetId, alice->id);
    auto rawHash = scalar(*store, QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {alice->id});
    QVERIFY_OK(rawHash);
    const QString stored = rawHash->toString();
    QVERIFY2(stored.startsWith(QLatin1String("scrypt$")), qPrintable(stored));
    QVERIFY(!stored.contains(kPassword));
    QCOMPARE(stored.count(QLatin1Char('$')), qsizetype(5));
    // The password is in no audit event either.
    auto events = store->audit().list({}, 0, 1000);
    QVERIFY_OK(events);
    for (const AuditEvent& e : *events)
        QVERIFY(!QString::fromUtf8(QJsonDocument(e.details).toJson()).contains(kPassword));

    auto found = users.find(QStringLiteral("alice"));
    QVERIFY_OK(found);
    QCOMPARE(found->id, alice->id);
    QCOMPARE(found->email, QStringLiteral("alice@example.com"));
    QCOMPARE(found->disabled, false);
    QCOMPARE(found->isAdmin, false);
    QCOMPARE(users.find(QStringLiteral("alice"), org->id)->id, alice->id);
    auto elsewhere = users.find(QStringLiteral("alice"), QStringLiteral("00000000-0000-4000-8000-000000000000"));
    QVERIFY_REFUSED(elsewhere, ErrorCode::NotFound);
    QCOMPARE(users.find(alice->id)->username, QStringLiteral("alice"));

    auto ok = users.authenticate(org->id, QStringLiteral("alice"), kPassword);
    QVERIFY_OK(ok);
    QCOMPARE(ok->id, alice->id);
    auto wrong = users.authenticate(org->id, QStringLiteral("alice"), QStringLiteral("not the password at all"));
    QVERIFY_REFUSED(wrong, ErrorCode::InvalidInput);
    auto unknown = users.authenticate(org->id, QStringLiteral("mallory"), kPassword);
    QVERIFY_REFUSED(unknown, ErrorCode::InvalidInput);
    QCOMPARE(unknown.error().message, wrong.error().message); // no username oracle

    // Refusals write nothing.
    auto bob = users.create(makeUser(org->id, QStringLiteral("bob")), kPassword, kCtx);
    QVERIFY_OK(bob);
    mark = headSeq(*store);
    auto duplicate = users.create(makeUser(org->id, QStringLiteral("alice")), kPassword, kCtx);
    QVERIFY_REFUSED(duplicate, ErrorCode::Conflict);
    auto shortPassword = users.create(makeUser(org->id, QStringLiteral("carol")), QStringLiteral("short"), kCtx);
    QVERIFY_INVALID(shortPassword, "password");
    User badEmail = makeUser(org->id, QStringLiteral("dave"));
    badEmail.email = QStringLiteral("dave.example.com");
    auto badEmailResult = users.create(badEmail, kPassword, kCtx);
    QVERIFY_INVALID(badEmailResult, "email");
    auto noName = users.create(makeUser(org->id, QString()), kPassword, kCtx);
    QVERIFY_INVALID(noName, "username");
    auto missing = users.find(QStringLiteral("nobody"));
    QVERIFY_REFUSED(missing, ErrorCode::NotFound);
    User renamed = *alice;
    renamed.username = QStringLiteral("bob");
    auto renameClash = users.update(renamed, kCtx);
    QVERIFY_REFUSED(renameClash, ErrorCode::Conflict);
    const Status shortReset = users.setPassword(alice->id, QStringLiteral("short"), kCtx);
    QVERIFY_INVALID(shortReset, "password");
    const Status removeMissing = users.remove(QStringLiteral("nobody"), kCtx);
    QVERIFY_REFUSED(removeMissing, ErrorCode::NotFound);
    QCOMPARE(actionsSince(*store, mark), QStringList());
    QCOMPARE(users.list(org->id)->size(), 2);

    // A disabled account cannot sign in, even with the right password.
    User disabled = *alice;
    disabled.disabled = true;
    mark = headSeq(*store);
    QVERIFY_OK(users.update(disabled, kCtx));
    QCOMPARE(actionsSince(*store, mark), actions({"user.update"}));
    QCOMPARE(users.find(alice->id)->disabled, true);
    auto refused = users.authenticate(org->id, QStringLiteral("alice"), kPassword);
    QVERIFY_REFUSED(refused, ErrorCode::InvalidInput);
    QVERIFY2(refused.error().message.contains(QLatin1String("disabled")), qPrintable(refused.error().message));
    disabled.disabled = false;
    QVERIFY_OK(users.update(disabled, kCtx));

    // Administrators: created as one, or made one and back; each change audited and marked as such.
    User admin = makeUser(org->id, QStringLiteral("root"));
    admin.isAdmin = true;
    mark = headSeq(*store);
    auto root = users.create(admin, kPassword, kCtx);
    QVERIFY_OK(root);
    QCOMPARE(actionsSince(*store, mark), actions({"user.create"}));
    QCOMPARE(lastEvent(*store).details.value(QStringLiteral("isAdmin")).toBool(), true);
    QCOMPARE(users.find(root->id)->isAdmin, true);
    QCOMPARE(users.authenticate(org->id, QStringLiteral("root"), kPassword)->isAdmin, true);
    User promoted = *users.find(alice->id);
    promoted.isAdmin = true;
    mark = headSeq(*store);
    QVERIFY_OK(users.update(promoted, kCtx));
    QCOMPARE(actionsSince(*store, mark), actions({"user.update"}));
    QCOMPARE(lastEvent(*store).details.value(QStringLiteral("isAdmin")).toBool(), true);
    QCOMPARE(lastEvent(*store).details.value(QStringLiteral("isAdminChanged")).toBool(), true);
    QCOMPARE(users.find(alice->id)->isAdmin, true);
    promoted.displayName = QStringLiteral("Alice, still administrator");
    QVERIFY_OK(users.update(promoted, kCtx));
    QVERIFY(!lastEvent(*store).details.contains(QStringLiteral("isAdminChanged")));
    promoted.isAdmin = false;
    QVERIFY_OK(users.update(promoted, kCtx));
    QCOMPARE(lastEvent(*store).details.value(QStringLiteral("isAdminChanged")).toBool(), true);
    QCOMPARE(users.find(alice->id)->isAdmin, false);
    QVERIFY_OK(users.remove(root->id, kCtx));

    // A new password replaces the old one.
    const QString newPassword = QStringLiteral("another long passphrase");
    mark = headSeq(*store);
    QVERIFY_OK(users.setPassword(QStringLiteral("alice"), newPassword, kCtx));
    QCOMPARE(actionsSince(*store, mark), actions({"user.set_password"}));
    QVERIFY(users.authenticate(org->id, QStringLiteral("alice"), newPassword).isOk());
    QVERIFY(!users.authenticate(org->id, QStringLiteral("alice"), kPassword).isOk());

    // Delete takes the user's tokens and consents with it.
    auto app = store->applications().create(publicApp(org->id, QStringLiteral("desktop")), kCtx);
    QVERIFY_OK(app);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY_OK(store->tokens().insert(
        makeToken(QStringLiteral("alice-token-00001"), app->application.id, alice->id, now), kCtx));
    QVERIFY_OK(store->tokens().insert(
        makeToken(QStringLiteral("bob-token-0000001"), app->application.id, bob->id, now), kCtx));
    QVERIFY_OK(store->consents().grant(
        Consent{{}, alice->id, app->application.id, resourceUri(), {QStringLiteral("application:read")}, 0, 0}, kCtx));
    mark = headSeq(*store);
    QVERIFY_OK(users.remove(alice->id, kCtx));
    QCOMPARE(actionsSince(*store, mark), actions({"user.delete"}));
    auto gone = users.find(alice->id);
    QVERIFY_REFUSED(gone, ErrorCode::NotFound);
    QCOMPARE(rawCount(*store, QStringLiteral("SELECT COUNT(*) FROM tokens WHERE user_id = ?"), {alice->id}), 0);
    QCOMPARE(rawCount(*store, QStringLiteral("SELECT COUNT(*) FROM consents WHERE user_id = ?"), {alice->id}), 0);
    QCOMPARE(rawCount(*store, QStringLiteral("SELECT COUNT(*) FROM tokens WHERE user_id = ?"), {bob->id}), 1);
    QVERIFY_AUDIT_INTACT(*store);
}

void TestStore::disablingOrDeletingAUserEndsTheirTokens()
{
    OPEN_FRESH_STORE(store);
    auto org = store->organizations().create(makeOrganization(QStringLiteral("acme")), kCtx);
    QVERIFY_OK(org);
    auto app = store->applications().create(publicApp(org->id, QStringLiteral("desktop")), kCtx);
    QVERIFY_OK(app);
    auto alice = store->users().create(makeUser(org->id, QStringLiteral("alice")), kPassword, kCtx);
    QVERIFY_OK(alice);
    auto bob = store->users().create(makeUser(org->id, QStringLiteral("bob")), kPassword, kCtx);
    QVERIFY_OK(bob);
    const QString appId = app->application.id;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Token revokedEarlier = makeToken(QStringLiteral("alice-revoked-0001"), appId, alice->id, now - 2000);
    revokedEarlier.revokedAt = now - 1000;
    QVERIFY_OK(store->tokens().insertBatch(
        {makeToken(QStringLiteral("alice-access-00001"), appId, alice->id, now - 1000),
            makeToken(QStringLiteral("alice-refresh-0001"), appId, alice->id, now - 1000, TokenKind::Refresh,
                QStringLiteral("family-alice")),
            revokedEarlier, makeToken(QStringLiteral("bob-access-000001"), appId, bob->id, now - 1000)},
        kCtx));
    const auto revokedAt = [&](const char* id) {
        auto row = store->tokens().find(QString::fromLatin1(id));
        return row ? row->revokedAt : qint64(-1);
    };

    // Disabling revokes every unrevoked token of the user, in the transaction of the change.
    User disabled = *alice;
    disabled.disabled = true;
    qint64 mark = headSeq(*store);
    QVERIFY_OK(store->users().update(disabled, kCtx));
    QCOMPARE(actionsSince(*store, mark), actions({"user.update"}));
    QCOMPARE(lastEvent(*store).details.value(QStringLiteral("tokensRevoked")).toInteger(), 2);
    QVERIFY(revokedAt("alice-access-00001") > 0);
    QVERIFY(revokedAt("alice-refresh-0001") > 0);
    QCOMPARE(revokedAt("alice-revoked-0001"), now - 1000); // the earlier revocation stands
    QCOMPARE(revokedAt("bob-access-000001"), 0);
    TokenFilter activeOfAlice;
    activeOfAlice.userId = alice->id;
    activeOfAlice.state = TokenState::Active;
    auto active = store->tokens().count(activeOfAlice);
    QVERIFY_OK(active);
    QCOMPARE(*active, 0);

    // Enabling the account again revives nothing.
    disabled.disabled = false;
    QVERIFY_OK(store->users().update(disabled, kCtx));
    QVERIFY(revokedAt("alice-access-00001") > 0);
    QVERIFY(!lastEvent(*store).details.contains(QStringLiteral("tokensRevoked")));

    // Deleting takes the rows (the server refuses a token without one); the audit event counts them.
    Consent consent{{}, bob->id, appId, resourceUri(), {QStringLiteral("application:read")}, 0, 0};
    QVERIFY_OK(store->consents().grant(consent, kCtx));
    mark = headSeq(*store);
    QVERIFY_OK(store->users().remove(bob->id, kCtx));
    QCOMPARE(actionsSince(*store, mark), actions({"user.delete"}));
    const AuditEvent deleted = lastEvent(*store);
    QCOMPARE(deleted.details.value(QStringLiteral("tokensDeleted")).toInteger(), 1);
    QCOMPARE(deleted.details.value(QStringLiteral("activeTokensDeleted")).toInteger(), 1);
    QCOMPARE(deleted.details.value(QStringLiteral("consentsDeleted")).toInteger(), 1);
    QCOMPARE(rawCount(*store, QStringLiteral("SELECT COUNT(*) FROM tokens WHERE user_id = ?"), {bob->id}), 0);
    QVERIFY_AUDIT_INTACT(*store);
}

void TestStore::consents()
{
    OPEN_FRESH_STORE(store);
    auto org = store->organizations().create(makeOrganization(QStringLiteral("acme")), kCtx);
    QVERIFY_OK(org);
    auto app = store->applications().create(publicApp(org->id, QStringLiteral("desktop")), kCtx);
    QVERIFY_OK(app);
    auto alice = store->users().create(makeUser(org->id, QStringLiteral("alice")), kPassword, kCtx);
    QVERIFY_OK(alice);
    auto bob = store->users().create(makeUser(org->id, QStringLiteral("bob")), kPassword, kCtx);
    QVERIFY_OK(bob);
    const QString appId = app->application.id;
    ConsentRepository& consents = store->consents();
    const auto consentFor = [&](const QString& userId, const QString& resource, const QStringList& scopes) {
        return Consent{{}, userId, appId, resource, scopes, 0, 0};
    };

    qint64 mark = headSeq(*store);
    auto first = consents.grant(consentFor(alice->id, resourceUri(), {QStringLiteral("application:read")}), kCtx);
    QVERIFY_OK(first);
    QCOMPARE(actionsSince(*store, mark), actions({"consent.grant"}));
    QCOMPARE(lastEvent(*store).targetId, first->id);
    QVERIFY(first->grantedAt > 0);
    QVERIFY(!first->isRevoked());

    // A new grant for the same user, application and resource replaces the one in force.
    mark = headSeq(*store);
    auto second = consents.grant(
        consentFor(alice->id, resourceUri(), {QStringLiteral("application:read"), QStringLiteral("token:read")}), kCtx);
    QVERIFY_OK(second);
    QCOMPARE(actionsSince(*store, mark), actions({"consent.grant"}));
    QVERIFY(second->id != first->id);
    auto replaced = consents.find(first->id);
    QVERIFY_OK(replaced);
    QVERIFY(replaced->isRevoked());
    auto current = consents.find(second->id);
    QVERIFY_OK(current);
    QVERIFY(!current->isRevoked());
    QCOMPARE(current->scopes, (QStringList{QStringLiteral("application:read"), QStringLiteral("token:read")}));

    // Grants for another resource or another user are separate.
    auto otherResource
        = consents.grant(consentFor(alice->id, otherResourceUri(), {QStringLiteral("application:read")}), kCtx);
    QVERIFY_OK(otherResource);
    auto bobs = consents.grant(consentFor(bob->id, resourceUri(), {QStringLiteral("application:read")}), kCtx);
    QVERIFY_OK(bobs);
    QVERIFY(!consents.find(second->id)->isRevoked());

    auto inForce = consents.list({alice->id, {}, false});
    QVERIFY_OK(inForce);
    QCOMPARE(inForce->size(), 2);
    QCOMPARE(QSet<QString>({inForce->at(0).id, inForce->at(1).id}), QSet<QString>({second->id, otherResource->id}));
    auto withRevoked = consents.list({alice->id, {}, true});
    QVERIFY_OK(withRevoked);
    QCOMPARE(withRevoked->size(), 3);
    QCOMPARE(consents.list({{}, appId, false})->size(), 3);

    // Refusals write nothing.
    mark = headSeq(*store);
    auto noScopes = consents.grant(consentFor(alice->id, resourceUri(), {}), kCtx);
    QVERIFY_INVALID(noScopes, "scopes");
    auto badResource = consents.grant(
        consentFor(alice->id, QStringLiteral("not a uri"), {QStringLiteral("application:read")}), kCtx);
    QVERIFY_INVALID(badResource, "resource");
    auto unknownUser = consents.grant(consentFor(QStringLiteral("00000000-0000-4000-8000-000000000000"), resourceUri(),
                                          {QStringLiteral("application:read")}),
        kCtx);
    QVERIFY2(!unknownUser.isOk(), "a consent of an unknown user was accepted");
    QCOMPARE(actionsSince(*store, mark), QStringList());
    QVERIFY(!consents.find(second->id)->isRevoked()); // the refused grant replaced nothing

    // Revoking a consent revokes the tokens issued under it, and only those.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Token alreadyRevoked = makeToken(QStringLiteral("alice-r1-revoked-01"), appId, alice->id, now - 5000);
    alreadyRevoked.revokedAt = now - 4000;
    const QList<Token> tokens{
        makeToken(QStringLiteral("alice-r1-access-001"), appId, alice->id, now - 1000),
        makeToken(QStringLiteral("alice-r1-refresh-01"), appId, alice->id, now - 1000, TokenKind::Refresh,
            QStringLiteral("family-alice")),
        alreadyRevoked,
        makeToken(QStringLiteral("alice-r2-access-001"), appId, alice->id, now - 1000, TokenKind::Access, {},
            otherResourceUri()),
        makeToken(QStringLiteral("bob-r1-access-00001"), appId, bob->id, now - 1000),
    };
    QVERIFY_OK(store->tokens().insertBatch(tokens, kCtx));

    mark = headSeq(*store);
    auto revoked = consents.revoke(second->id, kCtx);
    QVERIFY_OK(revoked);
    QCOMPARE(*revoked, 2);
    QCOMPARE(actionsSince(*store, mark), actions({"consent.revoke"}));
    QCOMPARE(lastEvent(*store).targetId, second->id);
    QVERIFY(consents.find(second->id)->isRevoked());
    QVERIFY(store->tokens().find(QStringLiteral("alice-r1-access-001"))->revokedAt != 0);
    QVERIFY(store->tokens().find(QStringLiteral("alice-r1-refresh-01"))->revokedAt != 0);
    QCOMPARE(store->tokens().find(QStringLiteral("alice-r1-revoked-01"))->revokedAt, now - 4000);
    QCOMPARE(store->tokens().find(QStringLiteral("alice-r2-access-001"))->revokedAt, 0);
    QCOMPARE(store->tokens().find(QStringLiteral("bob-r1-access-00001"))->revokedAt, 0);
    QVERIFY(!consents.find(otherResource->id)->isRevoked());

    mark = headSeq(*store);
    auto again = consents.revoke(second->id, kCtx);
    QVERIFY_REFUSED(again, ErrorCode::Conflict);
    auto unknown = consents.revoke(QStringLiteral("00000000-0000-4000-8000-000000000000"), kCtx);
    QVERIFY_REFUSED(unknown, ErrorCode::NotFound);
    auto missing = consents.find(QStringLiteral("00000000-0000-4000-8000-000000000000"));
    QVERIFY_REFUSED(missing, ErrorCode::NotFound);
    QCOMPARE(actionsSince(*store, mark), QStringList());
    QVERIFY_AUDIT_INTACT(*store);
}

void TestStore::tokens()
{
    OPEN_FRESH_STORE(store);
    auto org = store->organizations().create(makeOrganization(QStringLiteral("acme")), kCtx);
    QVERIFY_OK(org);
    auto appA = store->applications().create(publicApp(org->id, QStringLiteral("alpha")), kCtx);
    QVERIFY_OK(appA);
    auto appB = store->applications().create(confidentialApp(org->id, QStringLiteral("beta")), kCtx);
    QVERIFY_OK(appB);
    auto user = store->users().create(makeUser(org->id, QStringLiteral("alice")), kPassword, kCtx);
    QVERIFY_OK(user);
    const QString a = appA->application.id;
    const QString b = appB->application.id;
    TokenRepository& tokens = store->tokens();

    // Insert and find, every field as stored.
    Token access = makeToken(QStringLiteral("access-token-0001"), a, user->id, kT0);
    qint64 mark = headSeq(*store);
    QVERIFY_OK(tokens.insert(access, kCtx));
    QCOMPARE(actionsSince(*store, mark), actions({"token.issue"}));
    QCOMPARE(lastEvent(*store).targetId, access.id);
    auto found = tokens.find(access.id);
    QVERIFY_OK(found);
    QCOMPARE(found->kind, TokenKind::Access);
    QCOMPARE(found->applicationId, a);
    QCOMPARE(found->userId, user->id);
    QCOMPARE(found->resource, resourceUri());
    QCOMPARE(found->scopes, access.scopes);
    QCOMPARE(found->issuedAt, access.issuedAt);
    QCOMPARE(found->expiresAt, access.expiresAt);
    QCOMPARE(found->revokedAt, 0);
    QCOMPARE(found->familyId, QString());
    QCOMPARE(found->valueHash, access.valueHash);

    // Refusals write nothing.
    mark = headSeq(*store);
    const Status duplicate = tokens.insert(access, kCtx);
    QVERIFY_REFUSED(duplicate, ErrorCode::Conflict);
    Token shortId = makeToken(QStringLiteral("short"), a, user->id, kT0);
    const Status invalid = tokens.insert(shortId, kCtx);
    QVERIFY_INVALID(invalid, "id");
    Token noFamily = makeToken(QStringLiteral("refresh-no-family-01"), a, user->id, kT0, TokenKind::Refresh);
    const Status invalidRefresh = tokens.insert(noFamily, kCtx);
    QVERIFY_INVALID(invalidRefresh, "familyId");
    const Status unknownApp
        = tokens.insert(makeToken(QStringLiteral("orphan-token-00001"), QStringLiteral("no-such-app"), {}, kT0), kCtx);
    QVERIFY2(!unknownApp.isOk(), "a token of an unknown application was accepted");
    // A batch with one bad token stores none of them.
    const Status badBatch
        = tokens.insertBatch({makeToken(QStringLiteral("batch-good-000001"), a, user->id, kT0), shortId}, kCtx);
    QVERIFY_INVALID(badBatch, "id");
    auto missing = tokens.find(QStringLiteral("batch-good-000001"));
    QVERIFY_REFUSED(missing, ErrorCode::NotFound);
    auto revokeMissing = tokens.revoke(QStringLiteral("no-such-token-0001"), kCtx);
    QVERIFY_REFUSED(revokeMissing, ErrorCode::NotFound);
    QCOMPARE(actionsSince(*store, mark), QStringList());

    // A batch: one transaction, one audit event.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<Token> batch{
        makeToken(QStringLiteral("a-active-user-0001"), a, user->id, now - 1000),
        makeToken(QStringLiteral("a-active-user-0002"), a, user->id, now - 2000),
        makeToken(QStringLiteral("a-refresh-f1-00001"), a, user->id, now - 3000, TokenKind::Refresh,
            QStringLiteral("family-1")),
        makeToken(QStringLiteral("a-refresh-f1-00002"), a, user->id, now - 2500, TokenKind::Refresh,
            QStringLiteral("family-1")),
        makeToken(QStringLiteral("a-access-f1-000001"), a, user->id, now - 2500, TokenKind::Access,
            QStringLiteral("family-1")),
        makeToken(QStringLiteral("a-refresh-f2-00001"), a, user->id, now - 3000, TokenKind::Refresh,
            QStringLiteral("family-2")),
        makeToken(QStringLiteral("b-client-creds-001"), b, {}, now - 1000),
        makeToken(QStringLiteral("b-client-creds-002"), b, {}, now - 1000),
        makeToken(QStringLiteral("b-expired-user-001"), b, user->id, kT0 + 1000),
    };
    mark = headSeq(*store);
    QVERIFY_OK(tokens.insertBatch(batch, kCtx));
    QCOMPARE(actionsSince(*store, mark), actions({"token.import"}));
    QCOMPARE(lastEvent(*store).details.value(QStringLiteral("count")).toInteger(), qint64(batch.size()));
    QCOMPARE(tokens.find(QStringLiteral("b-client-creds-001"))->userId, QString());

    // Counts and pages by application, user and state (access + batch = 10 tokens).
    const auto countOf = [&](const TokenFilter& f) {
        auto c = tokens.count(f);
        return c ? *c : -1;
    };
    const auto pageIds = [&](const TokenFilter& f) {
        TokenPageRequest request;
        request.limit = 1000;
        auto p = tokens.page(f, request);
        const QStringList listed = p ? ids(p->tokens) : QStringList{QStringLiteral("<page failed>")};
        return QSet<QString>(listed.cbegin(), listed.cend());
    };
    QCOMPARE(countOf({}), 10);
    QCOMPARE(countOf(Filter().app(a)), 7);
    QCOMPARE(countOf(Filter().app(b)), 3);
    QCOMPARE(countOf(Filter().user(user->id)), 8);
    QCOMPARE(countOf(Filter().app(b).user(user->id)), 1);
    QCOMPARE(countOf(Filter().kind(TokenKind::Refresh)), 3);
    QCOMPARE(countOf(Filter().state(TokenState::Expired)), 2);
    QCOMPARE(countOf(Filter().state(TokenState::Active)), 8);
    QCOMPARE(countOf(Filter().state(TokenState::Revoked)), 0);
    QCOMPARE(countOf(Filter().issuedFrom(now - 2500).issuedTo(now)), 6);
    QCOMPARE(pageIds(Filter().app(b)),
        QSet<QString>({QStringLiteral("b-client-creds-001"), QStringLiteral("b-client-creds-002"),
            QStringLiteral("b-expired-user-001")}));
    QCOMPARE(pageIds(Filter().app(a).state(TokenState::Expired)), QSet<QString>({QStringLiteral("access-token-0001")}));
    // "now" in the filter moves the line between active and expired.
    QCOMPARE(countOf(Filter().state(TokenState::Active).at(kT0 + 500)), 10);

    // Revoking an access token revokes it alone.
    mark = headSeq(*store);
    auto one = tokens.revoke(QStringLiteral("a-active-user-0001"), kCtx);
    QVERIFY_OK(one);
    QCOMPARE(*one, 1);
    QCOMPARE(actionsSince(*store, mark), actions({"token.revoke"}));
    QVERIFY(tokens.find(QStringLiteral("a-active-user-0001"))->revokedAt != 0);
    QCOMPARE(tokens.find(QStringLiteral("a-active-user-0002"))->revokedAt, 0);
    mark = headSeq(*store);
    auto twice = tokens.revoke(QStringLiteral("a-active-user-0001"), kCtx);
    QVERIFY_REFUSED(twice, ErrorCode::Conflict);
    QCOMPARE(actionsSince(*store, mark), QStringList());

    // Revoking a refresh token revokes its whole family, and no other.
    mark = headSeq(*store);
    auto family = tokens.revoke(QStringLiteral("a-refresh-f1-00001"), kCtx);
    QVERIFY_OK(family);
    QCOMPARE(*family, 3);
    QCOMPARE(actionsSince(*store, mark), actions({"token.revoke"}));
    for (const char* id : {"a-refresh-f1-00001", "a-refresh-f1-00002", "a-access-f1-000001"})
        QVERIFY2(tokens.find(QString::fromLatin1(id))->revokedAt != 0, id);
    QCOMPARE(tokens.find(QStringLiteral("a-refresh-f2-00001"))->revokedAt, 0);
    QCOMPARE(countOf(Filter().state(TokenState::Revoked)), 4);
    QCOMPARE(pageIds(Filter().app(a).state(TokenState::Revoked)),
        QSet<QString>({QStringLiteral("a-active-user-0001"), QStringLiteral("a-refresh-f1-00001"),
            QStringLiteral("a-refresh-f1-00002"), QStringLiteral("a-access-f1-000001")}));

    // revokeMatching: by application; an empty filter is refused.
    mark = headSeq(*store);
    auto matching = tokens.revokeMatching(Filter().app(b), kCtx);
    QVERIFY_OK(matching);
    QCOMPARE(*matching, 3);
    QCOMPARE(actionsSince(*store, mark), actions({"token.revoke_matching"}));
    QCOMPARE(countOf(Filter().app(b).state(TokenState::Revoked)), 3);
    QCOMPARE(countOf(Filter().app(a).state(TokenState::Active)), 2);
    auto none = tokens.revokeMatching(Filter().app(b), kCtx);
    QVERIFY_OK(none);
    QCOMPARE(*none, 0);
    mark = headSeq(*store);
    auto everything = tokens.revokeMatching(TokenFilter{}, kCtx);
    QVERIFY_INVALID(everything, "filter");
    QCOMPARE(actionsSince(*store, mark), QStringList());
    QCOMPARE(countOf(Filter().app(a).state(TokenState::Active)), 2);
    QVERIFY_AUDIT_INTACT(*store);
}

void TestStore::tokenPaging()
{
    OPEN_FRESH_STORE(store);
    auto org = store->organizations().create(makeOrganization(QStringLiteral("acme")), kCtx);
    QVERIFY_OK(org);
    auto appA = store->applications().create(publicApp(org->id, QStringLiteral("alpha")), kCtx);
    QVERIFY_OK(appA);
    auto appB = store->applications().create(publicApp(org->id, QStringLiteral("beta")), kCtx);
    QVERIFY_OK(appB);
    auto user = store->users().create(makeUser(org->id, QStringLiteral("alice")), kPassword, kCtx);
    QVERIFY_OK(user);

    // 1234 tokens: more than two full 500-row insert statements. Groups of three share an issue time
    // and expiry times repeat, so paging must break ties on the id. Ids are digits only, so SQL and
    // QString order them alike under any collation.
    constexpr int kCount = 1234;
    const qint64 now = kT0 + 1000LL * kCount / 2;
    QList<Token> all;
    for (int i = 0; i < kCount; ++i) {
        const int scrambled = (i * 7919) % kCount;
        const QString id = QStringLiteral("jti%1").arg(scrambled, 13, 10, QLatin1Char('0'));
        Token t = makeToken(id, i % 4 == 0 ? appB->application.id : appA->application.id,
            i % 3 == 0 ? QString() : user->id, kT0 + 1000LL * (i / 3));
        t.expiresAt = t.issuedAt + 1000LL * ((i * 31) % 17 + 1) * 60;
        if (i % 10 == 0)
            t.revokedAt = t.issuedAt + 1;
        all << t;
    }
    qint64 mark = headSeq(*store);
    QVERIFY_OK(store->tokens().insertBatch(all, kCtx));
    QCOMPARE(actionsSince(*store, mark), actions({"token.import"}));

    struct Case
    {
        const char* name;
        TokenFilter filter;
        TokenSort sort;
        bool descending;
        int limit;
    };
    const QList<Case> cases{
        {"issued desc", {}, TokenSort::IssuedAt, true, 50},
        {"issued asc", {}, TokenSort::IssuedAt, false, 97},
        {"expires desc", {}, TokenSort::ExpiresAt, true, 100},
        {"expires asc", {}, TokenSort::ExpiresAt, false, 1000},
        {"one per page", Filter().app(appB->application.id).issuedTo(kT0 + 30000), TokenSort::IssuedAt, true, 1},
        {"app A", Filter().app(appA->application.id), TokenSort::IssuedAt, true, 33},
        {"user active", Filter().user(user->id).state(TokenState::Active).at(now), TokenSort::ExpiresAt, false, 64},
        {"revoked", Filter().state(TokenState::Revoked), TokenSort::IssuedAt, true, 7},
        {"all in one page", {}, TokenSort::IssuedAt, true, 5000},
    };
    for (const Case& c : cases) {
        const QByteArray label = c.name;
        // The expected rows, in the expected order, computed here.
        QList<Token> expected;
        for (const Token& t : all) {
            const TokenFilter& f = c.filter;
            if (!f.applicationId.isEmpty() && t.applicationId != f.applicationId)
                continue;
            if (!f.userId.isEmpty() && t.userId != f.userId)
                continue;
            if (f.issuedTo > 0 && t.issuedAt >= f.issuedTo)
                continue;
            if (f.state && t.stateAt(f.now) != *f.state)
                continue;
            expected << t;
        }
        const auto key = [&](const Token& t) { return c.sort == TokenSort::IssuedAt ? t.issuedAt : t.expiresAt; };
        std::sort(expected.begin(), expected.end(), [&](const Token& l, const Token& r) {
            if (key(l) != key(r))
                return c.descending ? key(l) > key(r) : key(l) < key(r);
            return c.descending ? l.id > r.id : l.id < r.id;
        });
        const QStringList expectedIds = ids(expected);
        QVERIFY2(!expectedIds.isEmpty(), label.constData());

        auto counted = store->tokens().count(c.filter);
        QVERIFY_OK(counted);
        QCOMPARE(*counted, qint64(expectedIds.size()));

        // Walk every page with the cursors.
        QStringList walked;
        TokenPageRequest request{c.sort, c.descending, c.limit, std::nullopt, false};
        int pages = 0;
        for (;;) {
            auto page = store->tokens().page(c.filter, request);
            QVERIFY2(
                page.isOk(), qPrintable(QString(QString::fromLatin1(label) + QStringLiteral(": ") + describe(page))));
            QVERIFY2(page->tokens.size() <= c.limit, label.constData());
            walked << ids(page->tokens);
            ++pages;
            QVERIFY2(pages <= expectedIds.size() / c.limit + 2, label.constData()); // no endless walk
            if (!page->next)
                break;
            QCOMPARE(page->tokens.size(), c.limit); // only the last page may be short
            request.after = page->next;
        }
        QVERIFY2(walked == expectedIds,
            qPrintable(QStringLiteral("%1: walked %2 rows, expected %3; first difference at %4")
                           .arg(QString::fromLatin1(label))
                           .arg(walked.size())
                           .arg(expectedIds.size())
                           .arg([&] {
                               qsizetype i = 0;
                               while (i < walked.size() && i < expectedIds.size() && walked[i] == expectedIds[i])
                                   ++i;
                               return i;
                           }())));
        QCOMPARE(QSet<QString>(walked.cbegin(), walked.cend()).size(), walked.size());

        // The last page: the final rows, still in the requested order.
        TokenPageRequest lastRequest{c.sort, c.descending, c.limit, std::nullopt, true};
        auto last = store->tokens().page(c.filter, lastRequest);
        QVERIFY_OK(last);
        const qsizetype tail = std::min<qsizetype>(c.limit, expectedIds.size());
        QVERIFY2(ids(last->tokens) == expectedIds.mid(expectedIds.size() - tail),
            qPrintable(QString(QString::fromLatin1(label) + QStringLiteral(": last page differs: ")
                + ids(last->tokens).mid(0, 5).join(QLatin1Char(',')))));
    }
    QVERIFY_AUDIT_INTACT(*store);
}

void TestStore::mutationRollsBackWithItsAuditEvent()
{
    OPEN_FRESH_STORE(store);
    auto org = store->organizations().create(makeOrganization(QStringLiteral("acme")), kCtx);
    QVERIFY_OK(org);
    auto app = store->applications().create(publicApp(org->id, QStringLiteral("desktop")), kCtx);
    QVERIFY_OK(app);

    // Make every audit append fail: the change it records must not stay behind.
    const bool sqlite = store->database().dialect() == SqlDialect::Sqlite;
    const QStringList block = sqlite
        ? QStringList{QStringLiteral("CREATE TRIGGER test_block_audit BEFORE INSERT ON audit_events "
                                     "BEGIN SELECT RAISE(ABORT, 'blocked by the test'); END")}
        : QStringList{QStringLiteral("CREATE FUNCTION test_block_audit() RETURNS trigger LANGUAGE plpgsql AS "
                                     "$$ BEGIN RAISE EXCEPTION 'blocked by the test'; END $$"),
            QStringLiteral("CREATE TRIGGER test_block_audit BEFORE INSERT ON audit_events "
                           "FOR EACH ROW EXECUTE FUNCTION test_block_audit()")};
    QVERIFY_OK(store->database().execAll(block));
    const qint64 events = *store->audit().count({});

    auto org2 = store->organizations().create(makeOrganization(QStringLiteral("blocked")), kCtx);
    QVERIFY(!org2.isOk());
    QVERIFY(!store->organizations().find(QStringLiteral("blocked")).isOk());
    auto app2 = store->applications().create(confidentialApp(org->id, QStringLiteral("blocked")), kCtx);
    QVERIFY(!app2.isOk());
    QVERIFY(!store->applications().find(QStringLiteral("blocked")).isOk());
    QVERIFY(!store->tokens()
                 .insert(makeToken(QStringLiteral("blocked-token-0001"), app->application.id, {}, kT0), kCtx)
                 .isOk());
    QVERIFY(!store->tokens().find(QStringLiteral("blocked-token-0001")).isOk());
    QVERIFY(!store->applications().remove(app->application.id, kCtx).isOk());
    QVERIFY(store->applications().find(app->application.id).isOk());
    QVERIFY(!store->organizations().remove(QStringLiteral("acme"), kCtx).isOk());
    QCOMPARE(*store->audit().count({}), events);
    QCOMPARE(rawCount(*store, QStringLiteral("SELECT last_seq FROM audit_head WHERE id = 1")), events);

    QVERIFY_OK(store->database().execAll({sqlite ? QStringLiteral("DROP TRIGGER test_block_audit")
                                                 : QStringLiteral("DROP TRIGGER test_block_audit ON audit_events")}));
    QVERIFY_OK(store->organizations().create(makeOrganization(QStringLiteral("blocked")), kCtx));
    QCOMPARE(*store->audit().count({}), events + 1);
    QVERIFY_AUDIT_INTACT(*store);
}

void TestStore::auditAppendOnly()
{
    OPEN_FRESH_STORE(store);
    auto org = store->organizations().create(makeOrganization(QStringLiteral("acme")), kCtx);
    QVERIFY_OK(org);
    for (const char* name : {"one", "two", "three"})
        QVERIFY_OK(store->scopes().create(makeScope(org->id, QString::fromLatin1(name)), kCtx));
    QCOMPARE(*store->audit().count({}), 4);
    QVERIFY_AUDIT_INTACT(*store);
    Database& db = store->database();

    auto update
        = db.exec(QStringLiteral("UPDATE audit_events SET actor = ? WHERE seq = ?"), {QStringLiteral("mallory"), 2});
    QVERIFY2(!update.isOk(), "UPDATE on audit_events succeeded");
    auto updateAll = db.exec(QStringLiteral("UPDATE audit_events SET details = '{}'"));
    QVERIFY2(!updateAll.isOk(), "UPDATE of every audit event succeeded");
    auto remove = db.exec(QStringLiteral("DELETE FROM audit_events WHERE seq = ?"), {2});
    QVERIFY2(!remove.isOk(), "DELETE on audit_events succeeded");
    auto removeAll = db.exec(QStringLiteral("DELETE FROM audit_events"));
    QVERIFY2(!removeAll.isOk(), "DELETE of every audit event succeeded");
    if (db.dialect() == SqlDialect::Postgres) {
        const Status truncate = db.execAll({QStringLiteral("TRUNCATE audit_events")});
        QVERIFY2(!truncate.isOk(), "TRUNCATE of audit_events succeeded");
    }

    QCOMPARE(*store->audit().count({}), 4);
    auto actor = scalar(*store, QStringLiteral("SELECT actor FROM audit_events WHERE seq = ?"), {2});
    QVERIFY_OK(actor);
    QCOMPARE(actor->toString(), kCtx.actor);
    QVERIFY_AUDIT_INTACT(*store);
    // Still appendable.
    QVERIFY_OK(store->scopes().create(makeScope(org->id, QStringLiteral("four")), kCtx));
    QVERIFY_AUDIT_INTACT(*store);
}

void TestStore::auditTamperDetected_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("tamper");
    for (const char* backend : {"sqlite", "postgresql"}) {
        for (const char* tamper : {"change-actor", "delete-middle", "delete-last"}) {
            QTest::addRow("%s/%s", backend, tamper) << QString::fromLatin1(backend) << QString::fromLatin1(tamper);
        }
    }
}

void TestStore::auditTamperDetected()
{
    QFETCH(QString, tamper);
    OPEN_FRESH_STORE(store);
    auto org = store->organizations().create(makeOrganization(QStringLiteral("acme")), kCtx);
    QVERIFY_OK(org);
    for (const char* name : {"one", "two", "three", "four"})
        QVERIFY_OK(store->scopes().create(makeScope(org->id, QString::fromLatin1(name)), kCtx));
    Organization renamed = *org;
    renamed.displayName = QStringLiteral("Renamed");
    QVERIFY_OK(store->organizations().update(renamed, kCtx));
    constexpr qint64 kEvents = 6;
    QCOMPARE(*store->audit().count({}), kEvents);
    QVERIFY_AUDIT_INTACT(*store);

    Database& db = store->database();
    const bool sqlite = db.dialect() == SqlDialect::Sqlite;
    // Lift the append-only protection, as someone with raw database access could.
    QVERIFY_OK(db.execAll(sqlite ? QStringList{QStringLiteral("DROP TRIGGER audit_events_no_update"),
                              QStringLiteral("DROP TRIGGER audit_events_no_delete")}
                                 : QStringList{QStringLiteral("ALTER TABLE audit_events DISABLE TRIGGER USER")}));

    qint64 brokenAt = 0;
    if (tamper == QLatin1String("change-actor")) {
        brokenAt = 3;
        auto changed = db.exec(QStringLiteral("UPDATE audit_events SET actor = ? WHERE seq = ?"),
            {QStringLiteral("someone-else"), brokenAt});
        QVERIFY_OK(changed);
        QCOMPARE(changed->numRowsAffected(), 1);
    } else if (tamper == QLatin1String("delete-middle")) {
        brokenAt = 3;
        auto removed = db.exec(QStringLiteral("DELETE FROM audit_events WHERE seq = ?"), {brokenAt});
        QVERIFY_OK(removed);
        QCOMPARE(removed->numRowsAffected(), 1);
    } else {
        brokenAt = kEvents;
        auto removed = db.exec(QStringLiteral("DELETE FROM audit_events WHERE seq = ?"), {brokenAt});
        QVERIFY_OK(removed);
        QCOMPARE(removed->numRowsAffected(), 1);
    }

    auto report = store->audit().verify();
    QVERIFY_OK(report);
    QVERIFY2(!report->intact, "tampering went unnoticed");
    QVERIFY(!report->reason.isEmpty());
    QVERIFY2(report->firstBrokenSeq == brokenAt,
        qPrintable(QStringLiteral("firstBrokenSeq is %1, expected %2 (reason: %3)")
                       .arg(report->firstBrokenSeq)
                       .arg(brokenAt)
                       .arg(report->reason)));
    if (tamper == QLatin1String("delete-last"))
        QVERIFY2(report->reason.contains(QLatin1String("head")), qPrintable(report->reason));
}

void TestStore::migrations()
{
    OPEN_FRESH_STORE(store);
    store.reset(); // opened at the latest version; start over from version 1 in a fresh store
    if (m_location.dialect == SqlDialect::Postgres) {
        const QString error = resetPostgres(m_location, m_password);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    } else {
        QVERIFY(QFile::remove(m_location.filePath));
        QFile::remove(QString(m_location.filePath + QStringLiteral("-wal")));
        QFile::remove(QString(m_location.filePath + QStringLiteral("-shm")));
    }
    const auto indexExists = [](Store& s, const QString& name) {
        const QString sql = s.database().dialect() == SqlDialect::Sqlite
            ? QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = ?")
            : QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE indexname = ?");
        return rawCount(s, sql, {name});
    };

    QString secret;
    QString appId;
    {
        std::unique_ptr<Store> v1 = openStore(1);
        QVERIFY(v1);
        auto version = Migrations::currentVersion(v1->database());
        QVERIFY_OK(version);
        QCOMPARE(*version, 1);
        QCOMPARE(indexExists(*v1, QStringLiteral("idx_tokens_app_issued")), 0);
        auto org = v1->organizations().create(makeOrganization(QStringLiteral("acme")), kCtx);
        QVERIFY_OK(org);
        auto app = v1->applications().create(confidentialApp(org->id, QStringLiteral("portal")), kCtx);
        QVERIFY_OK(app);
        secret = app->clientSecret;
        appId = app->application.id;
        QList<Token> tokens;
        for (int i = 0; i < 25; ++i)
            tokens << makeToken(
                QStringLiteral("migrated-token-%1").arg(i, 4, 10, QLatin1Char('0')), appId, {}, kT0 + i * 1000);
        QVERIFY_OK(v1->tokens().insertBatch(tokens, kCtx));
        QVERIFY_OK(v1->tokens().insert(makeToken(QStringLiteral("migrated-single-001"), appId, {}, kT0), kCtx));
        // A user and a scope as older versions wrote them (the repositories write today's columns).
        QVERIFY_OK(v1->database().exec(
            QStringLiteral("INSERT INTO users (id, organization_id, username, display_name, email, password_hash, "
                           "disabled, created_at) VALUES (?, ?, 'old-user', '', '', 'scrypt$x', 0, ?)"),
            {QStringLiteral("00000000-0000-4000-8000-0000000000aa"), org->id, kT0}));
        QVERIFY_OK(v1->database().exec(
            QStringLiteral("INSERT INTO scopes (id, organization_id, name, display_name, description) "
                           "VALUES (?, ?, 'application:write', '', '')"),
            {QStringLiteral("00000000-0000-4000-8000-0000000000bb"), org->id}));
    }

    std::unique_ptr<Store> latest = openStore();
    QVERIFY(latest);
    auto version = Migrations::currentVersion(latest->database());
    QVERIFY_OK(version);
    QCOMPARE(*version, Migrations::latestVersion());
    QCOMPARE(rawCount(*latest, QStringLiteral("SELECT COUNT(*) FROM schema_version")), Migrations::latestVersion());
    QCOMPARE(indexExists(*latest, QStringLiteral("idx_tokens_app_issued")), 1);
    QCOMPARE(indexExists(*latest, QStringLiteral("idx_audit_time")), 1);

    // The data of the version-1 store is all there and usable.
    auto org = latest->organizations().find(QStringLiteral("acme"));
    QVERIFY_OK(org);
    auto app = latest->applications().find(appId);
    QVERIFY_OK(app);
    QCOMPARE(app->name, QStringLiteral("portal"));
    QVERIFY(latest->applications().verifySecret(app->clientId, secret));
    QCOMPARE(*latest->tokens().count(Filter().app(appId)), 26);
    QCOMPARE(latest->tokens().find(QStringLiteral("migrated-token-0024"))->issuedAt, kT0 + 24000);
    TokenPageRequest request;
    request.limit = 10;
    auto page = latest->tokens().page(Filter().app(appId), request);
    QVERIFY_OK(page);
    QCOMPARE(page->tokens.first().id, QStringLiteral("migrated-token-0024"));
    QCOMPARE(*latest->audit().count({}), 4);
    // Version 4: nobody became an administrator and no scope became administrator-only by migrating.
    auto oldUser = latest->users().find(QStringLiteral("old-user"));
    QVERIFY_OK(oldUser);
    QCOMPARE(oldUser->isAdmin, false);
    auto oldScope = latest->scopes().find(QStringLiteral("application:write"), org->id);
    QVERIFY_OK(oldScope);
    QCOMPARE(oldScope->administratorOnly, false);
    User promoted = *oldUser;
    promoted.isAdmin = true;
    QVERIFY_OK(latest->users().update(promoted, kCtx));
    QCOMPARE(latest->users().find(promoted.id)->isAdmin, true);
    QCOMPARE(*latest->audit().count({}), 5);
    QVERIFY_AUDIT_INTACT(*latest);
    QVERIFY_OK(latest->checkIntegrity());
    QVERIFY_OK(latest->organizations().create(makeOrganization(QStringLiteral("after-migration")), kCtx));

    // Opening an up-to-date store again changes nothing.
    latest.reset();
    std::unique_ptr<Store> again = openStore();
    QVERIFY(again);
    QCOMPARE(*Migrations::currentVersion(again->database()), Migrations::latestVersion());
    QCOMPARE(rawCount(*again, QStringLiteral("SELECT COUNT(*) FROM schema_version")), Migrations::latestVersion());
}

void TestStore::newerSchemaRefused()
{
    OPEN_FRESH_STORE(store);
    QVERIFY_OK(store->organizations().create(makeOrganization(QStringLiteral("acme")), kCtx));
    auto inserted
        = store->database().exec(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"),
            {Migrations::latestVersion() + 1, QDateTime::currentMSecsSinceEpoch()});
    QVERIFY_OK(inserted);
    store.reset();

    auto refused = tryOpenStore();
    QVERIFY_REFUSED(refused, ErrorCode::Conflict);
    QVERIFY2(refused.error().message.contains(QString::number(Migrations::latestVersion() + 1)),
        qPrintable(refused.error().message));
}

void TestStore::demoDataInstallsOnce()
{
    OPEN_FRESH_STORE(store);
    auto first = DemoData::install(*store, kCtx);
    QVERIFY_OK(first);
    QVERIFY(first->created);
    QCOMPARE(first->organizationName, QString::fromLatin1(DemoData::kOrganization));
    QCOMPARE(first->applications.size(), 4);
    QVERIFY(first->adminPassword.size() >= 12);
    auto org = store->organizations().find(QString::fromLatin1(DemoData::kOrganization));
    QVERIFY_OK(org);
    auto resource = store->resources().find(QString::fromLatin1(DemoData::kResourceUri));
    QVERIFY_OK(resource);
    QCOMPARE(store->applications().list(org->id)->size(), 4);
    QCOMPARE(store->scopes().list(org->id)->size(), resource->scopes.size());
    QVERIFY_OK(store->users().authenticate(org->id, first->adminUsername, first->adminPassword));
    const qint64 events = *store->audit().count({});
    // One event per entity created: organization, scopes, resource, applications, user.
    QCOMPARE(events, 1 + resource->scopes.size() + 1 + 4 + 1);
    QVERIFY_AUDIT_INTACT(*store);

    auto second = DemoData::install(*store, kCtx);
    QVERIFY_OK(second);
    QVERIFY(!second->created);
    QVERIFY(second->adminPassword.isEmpty());
    QCOMPARE(*store->audit().count({}), events);
    QCOMPARE(store->organizations().list()->size(), 1);
    QCOMPARE(store->applications().list()->size(), 4);
    QCOMPARE(store->users().list()->size(), 1);
    QVERIFY_AUDIT_INTACT(*store);
}

void TestStore::refusalsLeakNoServerStatements_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

// A refused write on PostgreSQL must not leave server-side prepared statements behind: a long-running
// console or server refuses duplicates all day on one connection.
void TestStore::refusalsLeakNoServerStatements()
{
    OPEN_FRESH_STORE(store);
    auto org = store->organizations().create(makeOrganization(QStringLiteral("acme")), kCtx);
    QVERIFY_OK(org);
    auto app = store->applications().create(publicApp(org->id, QStringLiteral("desktop")), kCtx);
    QVERIFY_OK(app);
    const Token token = makeToken(QStringLiteral("leak-check-token-01"), app->application.id, {}, kT0);
    QVERIFY_OK(store->tokens().insert(token, kCtx));
    const QString countSql = QStringLiteral("SELECT COUNT(*) FROM pg_prepared_statements");
    const qint64 before = rawCount(*store, countSql);
    QVERIFY(before >= 0);
    for (int i = 0; i < 20; ++i) {
        const Status duplicate = store->tokens().insert(token, kCtx);
        QVERIFY_REFUSED(duplicate, ErrorCode::Conflict);
    }
    const qint64 after = rawCount(*store, countSql);
    // Fewer is fine: a failed transaction empties the statement cache (DEALLOCATE ALL).
    QVERIFY2(after <= before,
        qPrintable(QStringLiteral("20 refused inserts left %1 prepared statements on the server connection")
                       .arg(after - before)));
}

// The server's hot statements are prepared once; the cache stays correct when the same text is in use
// twice, when it is full, when a statement fails, and after a schema change.
void TestStore::statementCache()
{
    OPEN_FRESH_STORE(store);
    Database& db = store->database();
    db.clearStatementCache();
    QCOMPARE(db.cachedStatementCount(), 0);
    const QString sql = QStringLiteral("SELECT ? + 1");
    {
        auto first = db.cached(sql, {1});
        QVERIFY_OK(first);
        // The same text while the first is lent: a statement of its own, with its own result.
        auto second = db.cached(sql, {41});
        QVERIFY_OK(second);
        QVERIFY(first.value().next() && second.value().next());
        QCOMPARE(first.value().value(0).toInt(), 2);
        QCOMPARE(second.value().value(0).toInt(), 42);
    }
    QCOMPARE(db.cachedStatementCount(), 1);
    for (int i = 0; i < 3; ++i) {
        auto again = db.cached(sql, {i});
        QVERIFY_OK(again);
        QVERIFY(again.value().next());
        QCOMPARE(again.value().value(0).toInt(), i + 1);
    }
    QCOMPARE(db.cachedStatementCount(), 1);

    // Full: the least recently used statements make room, the cache never grows past its size.
    for (qsizetype i = 0; i < Database::kStatementCacheSize + 10; ++i)
        QVERIFY_OK(db.cached(QStringLiteral("SELECT %1").arg(i)));
    QCOMPARE(db.cachedStatementCount(), Database::kStatementCacheSize);

    // A failing statement is an error, and leaves the cache.
    QVERIFY_OK(db.execAll({QStringLiteral("CREATE TABLE cache_probe (a INTEGER PRIMARY KEY, b TEXT)")}));
    const QString insert = QStringLiteral("INSERT INTO cache_probe (a, b) VALUES (?, ?)");
    QVERIFY_OK(db.cached(insert, {1, QStringLiteral("x")}));
    const qsizetype before = db.cachedStatementCount();
    QVERIFY(!db.cached(insert, {1, QStringLiteral("y")}));
    QCOMPARE(db.cachedStatementCount(), before - 1);

    // After a schema change and clearStatementCache(), statements see the new columns.
    const QString select = QStringLiteral("SELECT * FROM cache_probe WHERE a = ?");
    {
        auto row = db.cached(select, {1});
        QVERIFY_OK(row);
        QVERIFY(row.value().next());
        QCOMPARE(row.value().query().record().count(), 2);
    }
    QVERIFY_OK(db.execAll({QStringLiteral("ALTER TABLE cache_probe ADD COLUMN c TEXT")}));
    db.clearStatementCache();
    auto row = db.cached(select, {1});
    QVERIFY_OK(row);
    QVERIFY(row.value().next());
    QCOMPARE(row.value().query().record().count(), 3);
}

void TestStore::integrityCheck()
{
    OPEN_FRESH_STORE(store);
    QVERIFY_OK(store->checkIntegrity());
    auto report = DemoData::install(*store, kCtx);
    QVERIFY_OK(report);
    auto app = store->applications().find(QStringLiteral("claude-code"));
    QVERIFY_OK(app);
    QVERIFY_OK(store->tokens().insert(makeToken(QStringLiteral("integrity-token-01"), app->id, {}, kT0), kCtx));
    QVERIFY_OK(store->checkIntegrity());

    if (store->database().dialect() == SqlDialect::Sqlite) {
        // The check can fail: a token whose application does not exist, slipped in with the foreign keys off.
        QVERIFY_OK(store->database().execAll({QStringLiteral("PRAGMA foreign_keys=OFF"),
            QStringLiteral("INSERT INTO tokens (id, kind, application_id, resource, scopes, issued_at, expires_at) "
                           "VALUES ('orphan-token-000001', 'access', 'no-such-app', 'https://mcp.example.com/mcp', "
                           "'', 1, 2)"),
            QStringLiteral("PRAGMA foreign_keys=ON")}));
        const Status broken = store->checkIntegrity();
        QVERIFY_REFUSED(broken, ErrorCode::Integrity);
    }
}

void TestStore::sqlitePragmas()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto location = DatabaseLocation::parse(dir.filePath(QStringLiteral("pragmas.db")));
    QVERIFY_OK(location);
    auto opened = Store::open(*location);
    QVERIFY_OK(opened);
    Store& store = **opened;
    auto journal = scalar(store, QStringLiteral("PRAGMA journal_mode"));
    QVERIFY_OK(journal);
    QCOMPARE(journal->toString().toLower(), QStringLiteral("wal"));
    auto foreignKeys = scalar(store, QStringLiteral("PRAGMA foreign_keys"));
    QVERIFY_OK(foreignKeys);
    QCOMPARE(foreignKeys->toInt(), 1);
    auto synchronous = scalar(store, QStringLiteral("PRAGMA synchronous"));
    QVERIFY_OK(synchronous);
    QCOMPARE(synchronous->toInt(), 1); // NORMAL
    QVERIFY_OK(store.checkIntegrity());
    QVERIFY(!(QFile::permissions(location->filePath) & (QFile::ReadGroup | QFile::ReadOther)));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
