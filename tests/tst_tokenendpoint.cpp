// The token, introspection and revocation endpoints of the local authorization server, over HTTP
// against a running AuthServer (tests/TestServer.h). Authorization codes come from the code store
// directly (server->context().codes), so these tests do not depend on the login and consent pages;
// one test walks the whole /authorize → login → consent → /token flow as well.
#include "TestServer.h"
#include "http/HttpRequest.h"
#include "jose/JwtValidator.h"
#include "oauth/AccessTokenVerifier.h"
#include "oauth/AuthorizationCodeStore.h"
#include "oauth/TokenRecorder.h"
#include "server/AuditSink.h"
#include "server/ServerContext.h"
#include "server/TokenEndpoint.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace mcpauth;
using namespace mcpauth::test;

namespace {

using Form = QMap<QString, QString>;
using Headers = QList<QPair<QByteArray, QByteArray>>;

const QString kResource = QString::fromLatin1(DemoData::kResourceUri);
const QString kOtherResource = u"https://other.example.com/mcp"_s; // same organization, fewer scopes
const QString kForeignResource = u"https://foreign.example.com/mcp"_s; // another organization
const QString kPublicRedirect = u"http://127.0.0.1/callback"_s;
const QString kWebRedirect = u"https://app.example.com/cb"_s;

struct Client
{
    Application app;
    QString secret;
};

struct Pkce
{
    QString verifier;
    QString challenge;
};

Pkce makePkce()
{
    Pkce p;
    p.verifier = SecureRandom::token(32); // 43 characters of the base64url alphabet
    p.challenge = QString::fromLatin1(QCryptographicHash::hash(p.verifier.toLatin1(), QCryptographicHash::Sha256)
                                          .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    return p;
}

QByteArray basic(const QString& id, const QString& secret)
{
    const QByteArray credentials = QUrl::toPercentEncoding(id) + ':' + QUrl::toPercentEncoding(secret);
    return "Basic " + credentials.toBase64();
}

QStringList scopesOf(const QJsonObject& body)
{
    return body.value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts);
}

// The jti of a JWT we issued (read without a check: the server checked it).
QString jtiOf(const QString& jwt)
{
    const QByteArray payload = QByteArray::fromBase64(
        jwt.section(u'.', 1, 1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QJsonDocument::fromJson(payload).object().value(u"jti"_s).toString();
}

// The value of a hidden form field in one of the authorization pages.
QString hiddenField(const QByteArray& page, const QString& name)
{
    const QRegularExpression re(u"name=\"%1\" value=\"([^\"]*)\""_s.arg(name));
    return re.match(QString::fromUtf8(page)).captured(1);
}

} // namespace

class TestTokenEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // authorization_code
    void codeIssuesJwtAndRefreshToken();
    void codeWithoutRefreshGrant();
    void codeOpaqueEs256();
    void codePkce();
    void codeRedirectUriMismatch();
    void codeResourceMismatch();
    void codeOfAnotherClient();
    void codeReplayRevokesFirstTokens();
    void codeReplayAfterARefusedFirstUse();
    void codeExpiredOrUnknown();
    void fullAuthorizeFlow();

    // refresh_token
    void refreshRotatesAndNarrows();
    void refreshReuseRevokesFamily();
    void refreshChecks();
    void refreshFollowsCurrentPolicy();
    void disabledUserLosesTheGrant();
    void deletedUserLosesTheirTokens();
    void userCheckCoversRowsWrittenLate();
    void administratorScopesEndWithAdministration();

    // client_credentials
    void clientCredentialsBasicRs256();
    void clientCredentialsPostEs256();
    void clientCredentialsOpaque();
    void clientCredentialsScopes();
    void clientCredentialsResource();
    void resourceLookupFailureIsAServerError();
    void clientCredentialsPublicClientRefused();

    // client authentication and the request itself
    void clientAuthentication();
    void requestFormat();
    void cacheHeaders();
    void corsAndMetadata();
    void auditHasNoSecrets();
    void cachesFollowTheStore();

    // RFC 7662
    void introspectionActive();
    void introspectionInactive();
    void introspectionCallers();
    void unrecordedJwtIsInactive();

    // RFC 7009
    void revokeAccessToken();
    void revokeRefreshFamily();
    void revokeOtherClientsToken();
    void revokeUnknownToken();
    void storeOutage();
    void refusalFloodIsCounted();

    // Shutdown
    void stopWhileSigning();

private:
    Client addClient(const QString& name, ClientType type, TokenEndpointAuthMethod method, QList<GrantType> grants,
        TokenFormat format = TokenFormat::Jwt, SigningAlgorithm alg = SigningAlgorithm::RS256, int lifetime = 600,
        QStringList allowed = {}, const QString& organizationId = {});
    QString issueCode(const Client& client, const Pkce& pkce, const QString& redirectUri,
        const QStringList& scopes = {u"application:read"_s, u"token:read"_s}, const QString& resource = kResource,
        qint64 lifetimeMs = 60000);
    Reply token(const Form& form, const Headers& headers = {});
    // Client authentication for `client` as it registered.
    void authenticate(const Client& client, Form& form, Headers& headers) const;
    Reply redeem(const Client& client, const QString& code, const Pkce& pkce, const QString& redirectUri);
    Reply refresh(const Client& client, const QString& refreshToken, const Form& extra = {});
    Reply clientCredentials(const Client& client, const Form& extra = {});
    QJsonObject introspect(const QString& token, const Client& caller = {});
    Reply revoke(const Client& client, const QString& tokenValue);
    // Checks a JWT access token as a resource server would, and its RFC 9068 claims.
    QJsonObject checkJwt(const QString& jwt, const Client& client, const QString& subject, const QStringList& scopes,
        const QString& resource = kResource);
    qint64 auditCount(const QString& action, const QString& targetId = {});
    // A JWT access token signed with the server's key for `client` and `userId` (empty: the client
    // itself), with its row written to the store when `record` (as the token endpoint's write-behind
    // would), or never recorded.
    QString signAccessToken(const Client& client, const QString& userId, bool record);
    User addUser(const QString& username);
    // Takes the tokens table away (every statement on it fails as a lost database would) or brings it back.
    void setTokensTableReachable(bool reachable);

    std::unique_ptr<RunningServer> m_server;
    HttpClient m_http;
    QString m_orgId;
    QString m_aliceId;
    QStringList m_allScopes;
    Client m_public; // none; code + refresh; JWT RS256
    Client m_publicNoRefresh; // none; code only
    Client m_basic; // client_secret_basic; code + refresh + client_credentials; JWT RS256
    Client m_post; // client_secret_post; client_credentials; JWT ES256; two allowed scopes
    Client m_opaque; // client_secret_basic; code + refresh + client_credentials; opaque
    Client m_foreign; // client_secret_basic; client_credentials; another organization
};

Client TestTokenEndpoint::addClient(const QString& name, ClientType type, TokenEndpointAuthMethod method,
    QList<GrantType> grants, TokenFormat format, SigningAlgorithm alg, int lifetime, QStringList allowed,
    const QString& organizationId)
{
    Application app;
    app.organizationId = organizationId.isEmpty() ? m_orgId : organizationId;
    app.name = name;
    app.displayName = name;
    app.clientType = type;
    app.authMethod = method;
    app.grantTypes = std::move(grants);
    if (app.hasGrant(GrantType::AuthorizationCode))
        app.redirectUris = {type == ClientType::Public ? kPublicRedirect : kWebRedirect};
    else
        app.redirectUris.clear();
    app.tokenFormat = format;
    app.signingAlgorithm = alg;
    app.accessTokenLifetime = lifetime;
    app.allowedScopes = allowed.isEmpty() ? m_allScopes : allowed;
    auto saved = m_server->store->applications().create(app, {u"test"_s, u"test"_s});
    if (!saved)
        qFatal("cannot create the application %s: %s", qPrintable(name), qPrintable(saved.error().message));
    return Client{saved->application, saved->clientSecret};
}

void TestTokenEndpoint::initTestCase()
{
    QString why;
    m_server = startServer(&why);
    QVERIFY2(m_server, qPrintable(why));
    Store& store = *m_server->store;
    const AuditContext ctx{u"test"_s, u"test"_s};
    auto org = store.organizations().find(QString::fromLatin1(DemoData::kOrganization));
    QVERIFY(org);
    m_orgId = org->id;
    auto alice = store.users().find(QString::fromLatin1(kUser));
    QVERIFY(alice);
    m_aliceId = alice->id;
    auto demo = store.resources().find(kResource);
    QVERIFY(demo);
    m_allScopes = demo->scopes;

    Resource other;
    other.organizationId = m_orgId;
    other.uri = kOtherResource;
    other.displayName = u"Other"_s;
    other.scopes = {u"application:read"_s};
    QVERIFY(store.resources().create(other, ctx));

    auto foreignOrg = store.organizations().create(Organization{{}, u"foreign"_s, u"Foreign"_s, 0}, ctx);
    QVERIFY(foreignOrg);
    QVERIFY(store.scopes().create(Scope{{}, foreignOrg->id, u"data:read"_s, u"Read data"_s, {}}, ctx));
    Resource foreign;
    foreign.organizationId = foreignOrg->id;
    foreign.uri = kForeignResource;
    foreign.displayName = u"Foreign"_s;
    foreign.scopes = {u"data:read"_s};
    QVERIFY(store.resources().create(foreign, ctx));

    using G = GrantType;
    m_public = addClient(u"pub"_s, ClientType::Public, TokenEndpointAuthMethod::None,
        {G::AuthorizationCode, G::RefreshToken}, TokenFormat::Jwt, SigningAlgorithm::RS256, 600);
    m_publicNoRefresh = addClient(u"pub-norefresh"_s, ClientType::Public, TokenEndpointAuthMethod::None,
        {G::AuthorizationCode}, TokenFormat::Jwt, SigningAlgorithm::RS256, 600);
    m_basic = addClient(u"conf-basic"_s, ClientType::Confidential, TokenEndpointAuthMethod::ClientSecretBasic,
        {G::AuthorizationCode, G::RefreshToken, G::ClientCredentials}, TokenFormat::Jwt, SigningAlgorithm::RS256, 900);
    m_post = addClient(u"conf-post"_s, ClientType::Confidential, TokenEndpointAuthMethod::ClientSecretPost,
        {G::ClientCredentials}, TokenFormat::Jwt, SigningAlgorithm::ES256, 300,
        {u"application:read"_s, u"token:read"_s});
    m_opaque = addClient(u"conf-opaque"_s, ClientType::Confidential, TokenEndpointAuthMethod::ClientSecretBasic,
        {G::AuthorizationCode, G::RefreshToken, G::ClientCredentials}, TokenFormat::Opaque, SigningAlgorithm::ES256,
        1200);
    m_foreign = addClient(u"foreign-conf"_s, ClientType::Confidential, TokenEndpointAuthMethod::ClientSecretBasic,
        {G::ClientCredentials}, TokenFormat::Jwt, SigningAlgorithm::RS256, 600, {u"data:read"_s}, foreignOrg->id);
    QVERIFY(!m_basic.secret.isEmpty());
}

QString TestTokenEndpoint::issueCode(const Client& client, const Pkce& pkce, const QString& redirectUri,
    const QStringList& scopes, const QString& resource, qint64 lifetimeMs)
{
    AuthorizationGrant grant;
    grant.clientId = client.app.clientId;
    grant.applicationId = client.app.id;
    grant.userId = m_aliceId;
    grant.redirectUri = redirectUri;
    grant.codeChallenge = pkce.challenge;
    grant.resource = resource;
    grant.scopes = scopes;
    grant.expiresAt = QDateTime::currentMSecsSinceEpoch() + lifetimeMs;
    return m_server->server->context().codes.issue(grant);
}

Reply TestTokenEndpoint::token(const Form& form, const Headers& headers)
{
    return m_http.postForm(QUrl(m_server->url(u"/token"_s)), FormData::encode(form), headers);
}

void TestTokenEndpoint::authenticate(const Client& client, Form& form, Headers& headers) const
{
    switch (client.app.authMethod) {
    case TokenEndpointAuthMethod::None:
        form.insert(u"client_id"_s, client.app.clientId);
        break;
    case TokenEndpointAuthMethod::ClientSecretBasic:
        headers.append({"Authorization", basic(client.app.clientId, client.secret)});
        break;
    case TokenEndpointAuthMethod::ClientSecretPost:
        form.insert(u"client_id"_s, client.app.clientId);
        form.insert(u"client_secret"_s, client.secret);
        break;
    }
}

Reply TestTokenEndpoint::redeem(const Client& client, const QString& code, const Pkce& pkce, const QString& redirectUri)
{
    Form form{{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, code}, {u"redirect_uri"_s, redirectUri},
        {u"code_verifier"_s, pkce.verifier}};
    Headers headers;
    authenticate(client, form, headers);
    return token(form, headers);
}

Reply TestTokenEndpoint::refresh(const Client& client, const QString& refreshToken, const Form& extra)
{
    Form form{{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refreshToken}};
    form.insert(extra);
    Headers headers;
    authenticate(client, form, headers);
    return token(form, headers);
}

Reply TestTokenEndpoint::clientCredentials(const Client& client, const Form& extra)
{
    Form form{{u"grant_type"_s, u"client_credentials"_s}, {u"resource"_s, kResource}};
    form.insert(extra);
    Headers headers;
    authenticate(client, form, headers);
    return token(form, headers);
}

QJsonObject TestTokenEndpoint::introspect(const QString& tokenValue, const Client& caller)
{
    const Client& who = caller.app.clientId.isEmpty() ? m_basic : caller;
    Form form{{u"token"_s, tokenValue}};
    Headers headers;
    authenticate(who, form, headers);
    const Reply r = m_http.postForm(QUrl(m_server->url(u"/introspect"_s)), FormData::encode(form), headers);
    if (r.status != 200)
        qWarning("introspection answered %d: %s", r.status, r.body.constData());
    return r.json();
}

Reply TestTokenEndpoint::revoke(const Client& client, const QString& tokenValue)
{
    Form form{{u"token"_s, tokenValue}};
    Headers headers;
    authenticate(client, form, headers);
    return m_http.postForm(QUrl(m_server->url(u"/revoke"_s)), FormData::encode(form), headers);
}

QJsonObject TestTokenEndpoint::checkJwt(const QString& jwt, const Client& client, const QString& subject,
    const QStringList& scopes, const QString& resource)
{
    JwtExpectations expect;
    expect.issuer = m_server->issuer;
    expect.audience = resource;
    expect.nowMs = QDateTime::currentMSecsSinceEpoch();
    auto validated = JwtValidator(*m_server->keys).validate(jwt.toLatin1(), expect);
    if (!validated) {
        qWarning("JWT refused: %s", qPrintable(validated.error().message));
        return {};
    }
    const QJsonObject& h = validated->header;
    const QJsonObject& c = validated->claims;
    const QString alg = enumName(kSigningAlgorithmNames, client.app.signingAlgorithm);
    const bool ok = h.value(u"typ"_s).toString() == u"at+jwt"_s && h.value(u"alg"_s).toString() == alg
        && !h.value(u"kid"_s).toString().isEmpty() && c.value(u"iss"_s).toString() == m_server->issuer
        && c.value(u"aud"_s).toString() == resource && c.value(u"sub"_s).toString() == subject
        && c.value(u"client_id"_s).toString() == client.app.clientId && scopesOf(c) == scopes
        && c.value(u"jti"_s).toString().size() >= 16
        && qint64(c.value(u"exp"_s).toDouble()) - qint64(c.value(u"iat"_s).toDouble())
            == client.app.accessTokenLifetime;
    if (!ok) {
        qWarning("unexpected JWT: %s %s", QJsonDocument(h).toJson(QJsonDocument::Compact).constData(),
            QJsonDocument(c).toJson(QJsonDocument::Compact).constData());
        return {};
    }
    return c;
}

qint64 TestTokenEndpoint::auditCount(const QString& action, const QString& targetId)
{
    m_server->server->context().audit.flush();
    AuditFilter filter;
    filter.action = action;
    filter.targetId = targetId;
    auto n = m_server->store->audit().count(filter);
    return n ? *n : -1;
}

QString TestTokenEndpoint::signAccessToken(const Client& client, const QString& userId, bool record)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Token row;
    row.id = SecureRandom::timeOrderedId(now);
    row.kind = TokenKind::Access;
    row.applicationId = client.app.id;
    row.userId = userId;
    row.resource = kResource;
    row.scopes = {u"application:read"_s};
    row.issuedAt = now / 1000 * 1000;
    row.expiresAt = row.issuedAt + 600'000;
    const QJsonObject claims{{u"iss"_s, m_server->issuer}, {u"sub"_s, userId.isEmpty() ? client.app.clientId : userId},
        {u"aud"_s, kResource}, {u"client_id"_s, client.app.clientId}, {u"scope"_s, row.scopes.join(u' ')},
        {u"jti"_s, row.id}, {u"iat"_s, row.issuedAt / 1000}, {u"exp"_s, row.expiresAt / 1000}};
    auto jwt = m_server->keys->sign(SigningAlgorithm::RS256, claims);
    if (!jwt)
        qFatal("cannot sign: %s", qPrintable(jwt.error().message));
    if (record) {
        if (const Status written = m_server->store->tokens().insertIssued({row}); !written)
            qFatal("cannot record the token: %s", qPrintable(written.error().message));
    }
    return QString::fromLatin1(*jwt);
}

User TestTokenEndpoint::addUser(const QString& username)
{
    User user;
    user.organizationId = m_orgId;
    user.username = username;
    user.displayName = username;
    auto created = m_server->store->users().create(user, u"another long password"_s, {u"test"_s, u"test"_s});
    if (!created)
        qFatal("cannot create the user %s: %s", qPrintable(username), qPrintable(created.error().message));
    return *created;
}

void TestTokenEndpoint::setTokensTableReachable(bool reachable)
{
    const QString sql
        = reachable ? u"ALTER TABLE tokens_away RENAME TO tokens"_s : u"ALTER TABLE tokens RENAME TO tokens_away"_s;
    if (const Status done = m_server->store->database().execAll({sql}); !done)
        qFatal("cannot rename the tokens table: %s", qPrintable(done.error().message));
}

// ---------------------------------------------------------------------------------------------
// authorization_code

void TestTokenEndpoint::codeIssuesJwtAndRefreshToken()
{
    const Pkce pkce = makePkce();
    const QString code = issueCode(m_public, pkce, kPublicRedirect);
    const Reply r = redeem(m_public, code, pkce, kPublicRedirect);
    QCOMPARE(r.status, 200);
    const QJsonObject body = r.json();
    QCOMPARE(body.value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(body.value(u"expires_in"_s).toInt(), m_public.app.accessTokenLifetime);
    QCOMPARE(scopesOf(body), (QStringList{u"application:read"_s, u"token:read"_s}));
    QVERIFY(!body.value(u"refresh_token"_s).toString().isEmpty());
    const QJsonObject claims = checkJwt(
        body.value(u"access_token"_s).toString(), m_public, m_aliceId, {u"application:read"_s, u"token:read"_s});
    QVERIFY(!claims.isEmpty());
    QCOMPARE(auditCount(u"token.issued"_s, claims.value(u"jti"_s).toString()), 1);

    // The row is written behind; once there, it says what the token is.
    m_server->server->context().verifier.recorder().flush();
    auto row = m_server->store->tokens().find(claims.value(u"jti"_s).toString());
    QVERIFY(row);
    QCOMPARE(row->userId, m_aliceId);
    QCOMPARE(row->resource, kResource);
    QCOMPARE(row->expiresAt - row->issuedAt, qint64(m_public.app.accessTokenLifetime) * 1000);
    QVERIFY(!row->familyId.isEmpty());
}

void TestTokenEndpoint::codeWithoutRefreshGrant()
{
    const Pkce pkce = makePkce();
    const Reply r
        = redeem(m_publicNoRefresh, issueCode(m_publicNoRefresh, pkce, kPublicRedirect), pkce, kPublicRedirect);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json().contains(u"refresh_token"_s));
    QVERIFY(!checkJwt(r.json().value(u"access_token"_s).toString(), m_publicNoRefresh, m_aliceId,
        {u"application:read"_s, u"token:read"_s})
                 .isEmpty());
}

void TestTokenEndpoint::codeOpaqueEs256()
{
    const Pkce pkce = makePkce();
    const Reply r = redeem(m_opaque, issueCode(m_opaque, pkce, kWebRedirect), pkce, kWebRedirect);
    QCOMPARE(r.status, 200);
    const QString access = r.json().value(u"access_token"_s).toString();
    QCOMPARE(access.size(), 43); // 256 bits, base64url
    QVERIFY(!access.contains(u'.'));
    QCOMPARE(r.json().value(u"expires_in"_s).toInt(), 1200);
    const QJsonObject info = introspect(access);
    QCOMPARE(info.value(u"active"_s).toBool(), true);
    QCOMPARE(info.value(u"sub"_s).toString(), m_aliceId);
    QCOMPARE(info.value(u"client_id"_s).toString(), m_opaque.app.clientId);
    QCOMPARE(info.value(u"exp"_s).toInteger() - info.value(u"iat"_s).toInteger(), 1200);
}

void TestTokenEndpoint::codePkce()
{
    const Pkce pkce = makePkce();
    {
        // No verifier: refused, and the code is spent.
        const QString code = issueCode(m_public, pkce, kPublicRedirect);
        Form form{{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, code}, {u"redirect_uri"_s, kPublicRedirect},
            {u"client_id"_s, m_public.app.clientId}};
        const Reply r = token(form);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_grant"_s);
        QCOMPARE(redeem(m_public, code, pkce, kPublicRedirect).json().value(u"error"_s).toString(), u"invalid_grant"_s);
    }
    {
        // A well-formed but wrong verifier.
        const QString code = issueCode(m_public, pkce, kPublicRedirect);
        const Reply r = redeem(m_public, code, makePkce(), kPublicRedirect);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_grant"_s);
        QVERIFY(r.json().value(u"error_description"_s).toString().contains(u"code_verifier"_s));
    }
    {
        // Bad syntax (too short, a character outside the unreserved set): a malformed request, which
        // leaves the code usable.
        const QString code = issueCode(m_public, pkce, kPublicRedirect);
        for (const QString& bad : {u"short"_s, QString(pkce.verifier).replace(0, 1, u'+'), QString(129, u'a')}) {
            const Reply r = redeem(m_public, code, Pkce{bad, {}}, kPublicRedirect);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_request"_s);
        }
        QCOMPARE(redeem(m_public, code, pkce, kPublicRedirect).status, 200);
    }
}

void TestTokenEndpoint::codeRedirectUriMismatch()
{
    const Pkce pkce = makePkce();
    Reply r = redeem(m_public, issueCode(m_public, pkce, kPublicRedirect), pkce, kPublicRedirect + u"/"_s);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    // The exact string counts, even where a URL parser sees no difference.
    r = redeem(m_public, issueCode(m_public, pkce, kPublicRedirect), pkce, u"http://127.0.0.1:80/callback"_s);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    Form form{{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, issueCode(m_public, pkce, kPublicRedirect)},
        {u"code_verifier"_s, pkce.verifier}, {u"client_id"_s, m_public.app.clientId}};
    r = token(form);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_request"_s);
}

void TestTokenEndpoint::codeResourceMismatch()
{
    const Pkce pkce = makePkce();
    Form form{{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, issueCode(m_public, pkce, kPublicRedirect)},
        {u"redirect_uri"_s, kPublicRedirect}, {u"code_verifier"_s, pkce.verifier},
        {u"client_id"_s, m_public.app.clientId}, {u"resource"_s, kOtherResource}};
    Reply r = token(form);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_target"_s);
    // The same resource as at /authorize is fine.
    form[u"code"_s] = issueCode(m_public, pkce, kPublicRedirect);
    form[u"resource"_s] = kResource;
    r = token(form);
    QCOMPARE(r.status, 200);
}

void TestTokenEndpoint::codeOfAnotherClient()
{
    const Pkce pkce = makePkce();
    const QString code = issueCode(m_public, pkce, kPublicRedirect);
    const Reply r = redeem(m_basic, code, pkce, kPublicRedirect);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_grant"_s);
}

void TestTokenEndpoint::codeReplayRevokesFirstTokens()
{
    const Pkce pkce = makePkce();
    const QString code = issueCode(m_public, pkce, kPublicRedirect);
    const Reply first = redeem(m_public, code, pkce, kPublicRedirect);
    QCOMPARE(first.status, 200);
    const QString access = first.json().value(u"access_token"_s).toString();
    const QString refreshToken = first.json().value(u"refresh_token"_s).toString();
    QCOMPARE(introspect(access).value(u"active"_s).toBool(), true);
    QCOMPARE(introspect(refreshToken).value(u"active"_s).toBool(), true);
    const qint64 replaysBefore = auditCount(u"token.code_replayed"_s);

    const Reply second = redeem(m_public, code, pkce, kPublicRedirect);
    QCOMPARE(second.status, 400);
    QCOMPARE(second.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    QVERIFY(!second.json().contains(u"access_token"_s));
    QVERIFY(second.json().value(u"error_description"_s).toString().contains(u"revoked"_s));

    QCOMPARE(introspect(access).value(u"active"_s).toBool(), false);
    QCOMPARE(introspect(refreshToken).value(u"active"_s).toBool(), false);
    QCOMPARE(refresh(m_public, refreshToken).json().value(u"error"_s).toString(), u"invalid_grant"_s);
    QCOMPARE(auditCount(u"token.code_replayed"_s), replaysBefore + 1);
    QVERIFY(auditCount(u"token.revoke_grant"_s) >= 1);
}

void TestTokenEndpoint::codeReplayAfterARefusedFirstUse()
{
    // The first use was refused (wrong verifier): the code is spent, but nothing was issued, so the
    // replay must not claim that tokens were revoked.
    const Pkce pkce = makePkce();
    const QString code = issueCode(m_public, pkce, kPublicRedirect);
    const Reply first = redeem(m_public, code, makePkce(), kPublicRedirect);
    QCOMPARE(first.status, 400);
    QCOMPARE(first.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    const Reply second = redeem(m_public, code, pkce, kPublicRedirect);
    QCOMPARE(second.status, 400);
    QCOMPARE(second.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    const QString description = second.json().value(u"error_description"_s).toString();
    QVERIFY2(description.contains(u"already used"_s), qPrintable(description));
    QVERIFY2(!description.contains(u"revoked"_s), qPrintable(description));
}

void TestTokenEndpoint::codeExpiredOrUnknown()
{
    const Pkce pkce = makePkce();
    Reply r = redeem(m_public, issueCode(m_public, pkce, kPublicRedirect, {u"application:read"_s}, kResource, -1000),
        pkce, kPublicRedirect);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    QVERIFY(r.json().value(u"error_description"_s).toString().contains(u"expired"_s));
    r = redeem(m_public, SecureRandom::token(32), pkce, kPublicRedirect);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    Form form{{u"grant_type"_s, u"authorization_code"_s}, {u"client_id"_s, m_public.app.clientId},
        {u"redirect_uri"_s, kPublicRedirect}};
    QCOMPARE(token(form).json().value(u"error"_s).toString(), u"invalid_request"_s);
}

void TestTokenEndpoint::fullAuthorizeFlow()
{
    HttpClient browser; // its own cookie jar: the session of one browser
    const Pkce pkce = makePkce();
    const QString redirectUri = u"http://127.0.0.1:43123/callback"_s; // loopback, any port (RFC 8252)
    QUrlQuery query;
    query.addQueryItem(u"response_type"_s, u"code"_s);
    query.addQueryItem(u"client_id"_s, m_public.app.clientId);
    query.addQueryItem(u"redirect_uri"_s, redirectUri);
    query.addQueryItem(u"code_challenge"_s, pkce.challenge);
    query.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    query.addQueryItem(u"state"_s, u"xyz"_s);
    query.addQueryItem(u"resource"_s, kResource);
    query.addQueryItem(u"scope"_s, u"application:read"_s);
    QUrl authorize(m_server->url(u"/authorize"_s));
    authorize.setQuery(query);
    Reply r = browser.get(authorize);
    QCOMPARE(r.status, 200);
    QString request = hiddenField(r.body, u"request"_s);
    QString csrf = hiddenField(r.body, u"csrf_token"_s);
    QVERIFY(!request.isEmpty() && !csrf.isEmpty());

    Form login{{u"request"_s, request}, {u"csrf_token"_s, csrf}, {u"username"_s, QString::fromLatin1(kUser)},
        {u"password"_s, QString::fromLatin1(kUserPassword)}};
    r = browser.postForm(QUrl(m_server->url(u"/authorize/login"_s)), FormData::encode(login));
    QCOMPARE(r.status, 303);
    const QUrl next = QUrl(m_server->url(u"/"_s)).resolved(QUrl(QString::fromUtf8(r.header("location"))));
    r = browser.get(next);
    QCOMPARE(r.status, 200); // the consent page (policy "once", nothing granted yet)
    request = hiddenField(r.body, u"request"_s);
    csrf = hiddenField(r.body, u"csrf_token"_s);
    Form consent{{u"request"_s, request}, {u"csrf_token"_s, csrf}, {u"decision"_s, u"approve"_s}};
    r = browser.postForm(QUrl(m_server->url(u"/authorize/consent"_s)), FormData::encode(consent));
    QCOMPARE(r.status, 302);
    const QUrl back(QString::fromUtf8(r.header("location")));
    QVERIFY2(back.toString().startsWith(redirectUri), r.header("location").constData());
    const QUrlQuery answer(back);
    QCOMPARE(answer.queryItemValue(u"state"_s), u"xyz"_s);
    const QString code = answer.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());

    const Reply tokens = redeem(m_public, code, pkce, redirectUri);
    QCOMPARE(tokens.status, 200);
    QVERIFY(!checkJwt(tokens.json().value(u"access_token"_s).toString(), m_public, m_aliceId, {u"application:read"_s})
                 .isEmpty());
}

// ---------------------------------------------------------------------------------------------
// refresh_token

void TestTokenEndpoint::refreshRotatesAndNarrows()
{
    const Pkce pkce = makePkce();
    const Reply first = redeem(m_public, issueCode(m_public, pkce, kPublicRedirect), pkce, kPublicRedirect);
    const QString rt1 = first.json().value(u"refresh_token"_s).toString();
    QVERIFY(!rt1.isEmpty());

    const Reply second = refresh(m_public, rt1);
    QCOMPARE(second.status, 200);
    const QString rt2 = second.json().value(u"refresh_token"_s).toString();
    QVERIFY(!rt2.isEmpty() && rt2 != rt1);
    QCOMPARE(introspect(rt1).value(u"active"_s).toBool(), false); // rotated away
    QVERIFY(!checkJwt(second.json().value(u"access_token"_s).toString(), m_public, m_aliceId,
        {u"application:read"_s, u"token:read"_s})
                 .isEmpty());

    // Widening is refused and leaves the token usable.
    Reply wide = refresh(m_public, rt2, {{u"scope"_s, u"application:read audit:read"_s}});
    QCOMPARE(wide.status, 400);
    QCOMPARE(wide.json().value(u"error"_s).toString(), u"invalid_scope"_s);

    // Narrowing: the access token gets less, the grant keeps its scopes.
    const Reply narrow = refresh(m_public, rt2, {{u"scope"_s, u"token:read"_s}});
    QCOMPARE(narrow.status, 200);
    QCOMPARE(scopesOf(narrow.json()), QStringList{u"token:read"_s});
    QVERIFY(
        !checkJwt(narrow.json().value(u"access_token"_s).toString(), m_public, m_aliceId, {u"token:read"_s}).isEmpty());
    const QString rt3 = narrow.json().value(u"refresh_token"_s).toString();
    const QJsonObject rt3Info = introspect(rt3);
    // RFC 7662 token_type is an access token type: a refresh token has none.
    QVERIFY(rt3Info.value(u"active"_s).toBool());
    QVERIFY(!rt3Info.contains(u"token_type"_s));
    QCOMPARE(scopesOf(rt3Info), (QStringList{u"application:read"_s, u"token:read"_s}));
    const Reply full = refresh(m_public, rt3);
    QCOMPARE(full.status, 200);
    QCOMPARE(scopesOf(full.json()), (QStringList{u"application:read"_s, u"token:read"_s}));
    // The same resource may be named again.
    QCOMPARE(
        refresh(m_public, full.json().value(u"refresh_token"_s).toString(), {{u"resource"_s, kResource}}).status, 200);
}

void TestTokenEndpoint::refreshReuseRevokesFamily()
{
    const Pkce pkce = makePkce();
    const Reply first = redeem(m_opaque, issueCode(m_opaque, pkce, kWebRedirect), pkce, kWebRedirect);
    const QString access1 = first.json().value(u"access_token"_s).toString();
    const QString rt1 = first.json().value(u"refresh_token"_s).toString();
    const Reply second = refresh(m_opaque, rt1);
    QCOMPARE(second.status, 200);
    const QString access2 = second.json().value(u"access_token"_s).toString();
    const QString rt2 = second.json().value(u"refresh_token"_s).toString();
    QCOMPARE(introspect(access2).value(u"active"_s).toBool(), true);
    const qint64 reusesBefore = auditCount(u"token.refresh_reused"_s);

    const Reply reused = refresh(m_opaque, rt1);
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    QCOMPARE(auditCount(u"token.refresh_reused"_s), reusesBefore + 1);

    // The whole family is gone: the current refresh token and every access token of the grant.
    QCOMPARE(refresh(m_opaque, rt2).json().value(u"error"_s).toString(), u"invalid_grant"_s);
    QCOMPARE(introspect(access1).value(u"active"_s).toBool(), false);
    QCOMPARE(introspect(access2).value(u"active"_s).toBool(), false);
    QCOMPARE(introspect(rt2).value(u"active"_s).toBool(), false);
}

void TestTokenEndpoint::refreshChecks()
{
    const Pkce pkce = makePkce();
    const Reply first = redeem(m_public, issueCode(m_public, pkce, kPublicRedirect), pkce, kPublicRedirect);
    const QString rt = first.json().value(u"refresh_token"_s).toString();

    Reply r = refresh(m_public, rt, {{u"resource"_s, kOtherResource}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_target"_s);
    // Another client cannot use it, and does not burn it.
    r = refresh(m_opaque, rt);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    // An access token is not a refresh token; neither is a random string.
    QCOMPARE(refresh(m_public, first.json().value(u"access_token"_s).toString()).json().value(u"error"_s).toString(),
        u"invalid_grant"_s);
    QCOMPARE(refresh(m_public, SecureRandom::token(32)).json().value(u"error"_s).toString(), u"invalid_grant"_s);
    QCOMPARE(refresh(m_public, rt).status, 200);

    // An expired refresh token.
    Token expired;
    const QByteArray value = SecureRandom::token(32).toLatin1();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    expired.id = SecureRandom::timeOrderedId(now - 10000);
    expired.kind = TokenKind::Refresh;
    expired.applicationId = m_public.app.id;
    expired.userId = m_aliceId;
    expired.resource = kResource;
    expired.scopes = {u"application:read"_s};
    expired.issuedAt = now - 10000;
    expired.expiresAt = now - 1000;
    expired.familyId = SecureRandom::uuid();
    expired.valueHash = AccessTokenVerifier::valueHash(value);
    QVERIFY(m_server->store->tokens().insertIssued({expired}));
    r = refresh(m_public, QString::fromLatin1(value));
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    QVERIFY(r.json().value(u"error_description"_s).toString().contains(u"expired"_s));
}

void TestTokenEndpoint::refreshFollowsCurrentPolicy()
{
    // An administrator narrows the application's allowed scopes and the resource's scopes, then
    // deletes the resource: each refresh gets only what is still allowed, and a refusal burns nothing.
    const AuditContext ctx{u"test"_s, u"test"_s};
    Resource policy;
    policy.organizationId = m_orgId;
    policy.uri = u"https://policy.example.com/mcp"_s;
    policy.displayName = u"Policy"_s;
    policy.scopes = {u"application:read"_s, u"token:read"_s, u"consent:read"_s};
    auto created = m_server->store->resources().create(policy, ctx);
    QVERIFY(created);
    Client client = addClient(u"policy-pub"_s, ClientType::Public, TokenEndpointAuthMethod::None,
        {GrantType::AuthorizationCode, GrantType::RefreshToken});
    const Pkce pkce = makePkce();
    const Reply first
        = redeem(client, issueCode(client, pkce, kPublicRedirect, policy.scopes, policy.uri), pkce, kPublicRedirect);
    QCOMPARE(first.status, 200);
    QCOMPARE(scopesOf(first.json()), policy.scopes);
    QString rt = first.json().value(u"refresh_token"_s).toString();

    Application narrowed = client.app;
    narrowed.allowedScopes = {u"application:read"_s, u"token:read"_s};
    QVERIFY(m_server->store->applications().update(narrowed, ctx));
    Resource fewer = *created;
    fewer.scopes = {u"application:read"_s, u"consent:read"_s};
    QVERIFY(m_server->store->resources().update(fewer, ctx));
    QTest::qWait(int(std::max(ClientAuthenticator::kReloadIntervalMs, TokenEndpoint::kResourceReloadIntervalMs)) + 100);

    Reply r = refresh(client, rt);
    QCOMPARE(r.status, 200);
    QCOMPARE(scopesOf(r.json()), QStringList{u"application:read"_s});
    QVERIFY(
        !checkJwt(r.json().value(u"access_token"_s).toString(), client, m_aliceId, {u"application:read"_s}, policy.uri)
             .isEmpty());
    rt = r.json().value(u"refresh_token"_s).toString();
    // The grant itself shrank: what was withdrawn cannot be asked for again.
    QCOMPARE(scopesOf(introspect(rt)), QStringList{u"application:read"_s});
    r = refresh(client, rt, {{u"scope"_s, u"token:read"_s}});
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_scope"_s);

    // Nothing left: refused, and the refresh token stays usable (nothing claimed or revoked).
    narrowed.allowedScopes = {u"consent:read"_s};
    QVERIFY(m_server->store->applications().update(narrowed, ctx));
    QTest::qWait(int(ClientAuthenticator::kReloadIntervalMs) + 100);
    r = refresh(client, rt);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_scope"_s);
    QCOMPARE(introspect(rt).value(u"active"_s).toBool(), true);
    narrowed.allowedScopes = m_allScopes;
    QVERIFY(m_server->store->applications().update(narrowed, ctx));

    // The resource deleted: invalid_target, and again nothing burnt.
    QVERIFY(m_server->store->resources().remove(created->id, ctx));
    QTest::qWait(int(std::max(ClientAuthenticator::kReloadIntervalMs, TokenEndpoint::kResourceReloadIntervalMs)) + 100);
    r = refresh(client, rt);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_target"_s);
    QCOMPARE(introspect(rt).value(u"active"_s).toBool(), true);
}

void TestTokenEndpoint::disabledUserLosesTheGrant()
{
    User bob;
    bob.organizationId = m_orgId;
    bob.username = u"bob"_s;
    bob.displayName = u"Bob"_s;
    auto created = m_server->store->users().create(bob, u"another long password"_s, {u"test"_s, u"test"_s});
    QVERIFY(created);
    const Pkce pkce = makePkce();
    AuthorizationGrant grant;
    grant.clientId = m_public.app.clientId;
    grant.applicationId = m_public.app.id;
    grant.userId = created->id;
    grant.redirectUri = kPublicRedirect;
    grant.codeChallenge = pkce.challenge;
    grant.resource = kResource;
    grant.scopes = {u"application:read"_s};
    grant.expiresAt = QDateTime::currentMSecsSinceEpoch() + 60000;
    const QString firstCode = m_server->server->context().codes.issue(grant);
    const QString secondCode = m_server->server->context().codes.issue(grant);
    const Reply r = redeem(m_public, firstCode, pkce, kPublicRedirect);
    QCOMPARE(r.status, 200);
    QVERIFY(!checkJwt(r.json().value(u"access_token"_s).toString(), m_public, created->id, {u"application:read"_s})
                 .isEmpty());

    const QString access = r.json().value(u"access_token"_s).toString();
    QCOMPARE(introspect(access).value(u"active"_s).toBool(), true);

    User disabled = *created;
    disabled.disabled = true;
    m_server->server->context().verifier.recorder().flush();
    QVERIFY(m_server->store->users().update(disabled, {u"test"_s, u"test"_s}));
    // The access token ends with the account, at once (its row is revoked with the change), and the
    // console sees it revoked.
    QCOMPARE(introspect(access).value(u"active"_s).toBool(), false);
    const QString jti = jtiOf(access);
    auto row = m_server->store->tokens().find(jti);
    QVERIFY(row);
    QVERIFY(row->revokedAt != 0);
    QCOMPARE(introspect(r.json().value(u"refresh_token"_s).toString()).value(u"active"_s).toBool(), false);
    const Reply refused = refresh(m_public, r.json().value(u"refresh_token"_s).toString());
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    QCOMPARE(
        redeem(m_public, secondCode, pkce, kPublicRedirect).json().value(u"error"_s).toString(), u"invalid_grant"_s);
}

void TestTokenEndpoint::deletedUserLosesTheirTokens()
{
    const User carol = addUser(u"carol"_s);
    const Pkce pkce = makePkce();
    AuthorizationGrant grant;
    grant.clientId = m_public.app.clientId;
    grant.applicationId = m_public.app.id;
    grant.userId = carol.id;
    grant.redirectUri = kPublicRedirect;
    grant.codeChallenge = pkce.challenge;
    grant.resource = kResource;
    grant.scopes = {u"application:read"_s};
    grant.expiresAt = QDateTime::currentMSecsSinceEpoch() + 60000;
    const Reply r = redeem(m_public, m_server->server->context().codes.issue(grant), pkce, kPublicRedirect);
    QCOMPARE(r.status, 200);
    const QString access = r.json().value(u"access_token"_s).toString();
    const QString refreshToken = r.json().value(u"refresh_token"_s).toString();
    QCOMPARE(introspect(access).value(u"active"_s).toBool(), true);

    // Written, then deleted with the user (ON DELETE CASCADE): the token must not outlive its row.
    m_server->server->context().verifier.recorder().flush();
    QVERIFY(m_server->store->users().remove(carol.id, {u"test"_s, u"test"_s}));
    QCOMPARE(introspect(access), (QJsonObject{{u"active"_s, false}}));
    QCOMPARE(introspect(refreshToken).value(u"active"_s).toBool(), false);
    QCOMPARE(refresh(m_public, refreshToken).json().value(u"error"_s).toString(), u"invalid_grant"_s);
}

void TestTokenEndpoint::userCheckCoversRowsWrittenLate()
{
    // A JWT's row is written behind: disabling the user in that moment (another process, the CLI)
    // revokes the rows there are, and this one arrives afterwards, unrevoked. The user check catches it.
    User dave = addUser(u"dave"_s);
    const QString before = signAccessToken(m_public, dave.id, true);
    QCOMPARE(introspect(before).value(u"active"_s).toBool(), true); // dave's verdict is now cached
    dave.disabled = true;
    QVERIFY(m_server->store->users().update(dave, {u"test"_s, u"test"_s}));
    const QString late = signAccessToken(m_public, dave.id, true);
    const QString jti = jtiOf(late);
    QCOMPARE(m_server->store->tokens().revokedAt(jti).value(), qint64(0));
    // Within the user cache's second.
    QTRY_COMPARE_WITH_TIMEOUT(introspect(late).value(u"active"_s).toBool(), false, 2500);
    QCOMPARE(introspect(before).value(u"active"_s).toBool(), false);
}

void TestTokenEndpoint::administratorScopesEndWithAdministration()
{
    // Administrator-only scopes (application:write of the demo resource) live in a code or a refresh
    // token only as long as the user is an administrator; what is left is issued, never more.
    Store& store = *m_server->store;
    const QString alice = QString::fromLatin1(kUser);
    const QStringList wide{u"application:read"_s, u"application:write"_s};
    QCOMPARE(setAdministrator(store, alice, true), QString());
    const Pkce pkce = makePkce();
    const Reply first = redeem(m_public, issueCode(m_public, pkce, kPublicRedirect, wide), pkce, kPublicRedirect);
    QCOMPARE(first.status, 200);
    QCOMPARE(scopesOf(first.json()), wide);
    const Pkce pending = makePkce();
    const QString issuedWhileAdmin = issueCode(m_public, pending, kPublicRedirect, wide);
    const Pkce adminOnly = makePkce();
    const QString onlyWrite = issueCode(m_public, adminOnly, kPublicRedirect, {u"application:write"_s});
    QCOMPARE(setAdministrator(store, alice, false), QString());

    // The refresh drops the scope from the new access token and from the grant itself.
    const Reply renewed = refresh(m_public, first.json().value(u"refresh_token"_s).toString());
    QCOMPARE(renewed.status, 200);
    QCOMPARE(scopesOf(renewed.json()), QStringList{u"application:read"_s});
    const QString renewedRefresh = renewed.json().value(u"refresh_token"_s).toString();
    QCOMPARE(scopesOf(introspect(renewedRefresh)), QStringList{u"application:read"_s});
    const Reply asked = refresh(m_public, renewedRefresh, {{u"scope"_s, u"application:write"_s}});
    QCOMPARE(asked.status, 400);
    QCOMPARE(asked.json().value(u"error"_s).toString(), u"invalid_scope"_s);
    // Made an administrator again, the grant does not grow back: that takes a new authorization.
    QCOMPARE(setAdministrator(store, alice, true), QString());
    const Reply stillNarrow = refresh(m_public, renewedRefresh);
    QCOMPARE(stillNarrow.status, 200);
    QCOMPARE(scopesOf(stillNarrow.json()), QStringList{u"application:read"_s});
    QCOMPARE(setAdministrator(store, alice, false), QString());

    // A code issued before the change gives what the user may hold now; one of nothing else, nothing.
    const Reply late = redeem(m_public, issuedWhileAdmin, pending, kPublicRedirect);
    QCOMPARE(late.status, 200);
    QCOMPARE(scopesOf(late.json()), QStringList{u"application:read"_s});
    const Reply none = redeem(m_public, onlyWrite, adminOnly, kPublicRedirect);
    QCOMPARE(none.status, 400);
    QCOMPARE(none.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    QVERIFY2(none.json().value(u"error_description"_s).toString().contains(u"administrator"_s), none.body.constData());
}

// ---------------------------------------------------------------------------------------------
// client_credentials

void TestTokenEndpoint::clientCredentialsBasicRs256()
{
    const Reply r = clientCredentials(m_basic);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json().contains(u"refresh_token"_s));
    QCOMPARE(r.json().value(u"expires_in"_s).toInt(), 900);
    // No scope asked for: what the application is allowed on the resource.
    QVERIFY(
        !checkJwt(r.json().value(u"access_token"_s).toString(), m_basic, m_basic.app.clientId, m_allScopes).isEmpty());
}

void TestTokenEndpoint::clientCredentialsPostEs256()
{
    Reply r = clientCredentials(m_post, {{u"scope"_s, u"token:read application:read"_s}});
    QCOMPARE(r.status, 200);
    // In the resource's order.
    const QJsonObject claims = checkJwt(r.json().value(u"access_token"_s).toString(), m_post, m_post.app.clientId,
        {u"application:read"_s, u"token:read"_s});
    QVERIFY(!claims.isEmpty());
    r = clientCredentials(m_post);
    QCOMPARE(r.status, 200);
    QCOMPARE(scopesOf(r.json()), (QStringList{u"application:read"_s, u"token:read"_s}));
}

void TestTokenEndpoint::clientCredentialsOpaque()
{
    const Reply r = clientCredentials(m_opaque, {{u"scope"_s, u"audit:read"_s}});
    QCOMPARE(r.status, 200);
    const QString access = r.json().value(u"access_token"_s).toString();
    QVERIFY(!AccessTokenVerifier::looksLikeJwt(access.toLatin1()));
    auto row = m_server->store->tokens().findByValueHash(AccessTokenVerifier::valueHash(access.toLatin1()));
    QVERIFY(row); // stored before the answer
    QCOMPARE(row->kind, TokenKind::Access);
    QVERIFY(row->userId.isEmpty());
    QCOMPARE(row->scopes, QStringList{u"audit:read"_s});
    const QJsonObject info = introspect(access);
    QCOMPARE(info.value(u"active"_s).toBool(), true);
    QCOMPARE(info.value(u"sub"_s).toString(), m_opaque.app.clientId);
    QCOMPARE(info.value(u"aud"_s).toString(), kResource);
    QCOMPARE(info.value(u"token_type"_s).toString(), u"Bearer"_s);
}

void TestTokenEndpoint::clientCredentialsScopes()
{
    Reply r = clientCredentials(m_post, {{u"scope"_s, u"audit:read"_s}}); // the resource's, not allowed to the app
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_scope"_s);
    r = clientCredentials(m_basic, {{u"scope"_s, u"nonsense:scope"_s}});
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_scope"_s);
    r = clientCredentials(m_basic, {{u"resource"_s, kOtherResource}, {u"scope"_s, u"token:read"_s}});
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_scope"_s);
    r = clientCredentials(m_basic, {{u"resource"_s, kOtherResource}});
    QCOMPARE(r.status, 200);
    QCOMPARE(scopesOf(r.json()), QStringList{u"application:read"_s});
}

void TestTokenEndpoint::clientCredentialsResource()
{
    for (const QString& bad : {u"https://unknown.example.com/mcp"_s, kForeignResource, QString()}) {
        const Reply r = clientCredentials(m_basic, {{u"resource"_s, bad}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_target"_s);
    }
    // The foreign organization's own client may have it.
    QCOMPARE(clientCredentials(m_foreign, {{u"resource"_s, kForeignResource}}).status, 200);
}

void TestTokenEndpoint::resourceLookupFailureIsAServerError()
{
    // The store cannot say whether the resource exists: the client did nothing wrong, so not
    // invalid_target but server_error (RFC 6749 section 5.2), and the next request works again.
    const QString uri = u"https://uncached.example.com/mcp"_s;
    Database& db = m_server->store->database();
    QVERIFY(db.execAll({u"ALTER TABLE resources RENAME TO resources_away"_s}));
    db.clearStatementCache();
    Reply r = clientCredentials(m_basic, {{u"resource"_s, uri}});
    QVERIFY(db.execAll({u"ALTER TABLE resources_away RENAME TO resources"_s}));
    db.clearStatementCache();
    QCOMPARE(r.status, 500);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"server_error"_s);
    QVERIFY2(!r.json().value(u"error_description"_s).toString().contains(u"resources"_s),
        qPrintable(r.json().value(u"error_description"_s).toString())); // the store's words stay in the log

    r = clientCredentials(m_basic, {{u"resource"_s, uri}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_target"_s);
}

void TestTokenEndpoint::clientCredentialsPublicClientRefused()
{
    const Reply r = clientCredentials(m_public);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"unauthorized_client"_s);
    // A confidential client without the grant.
    const Pkce pkce = makePkce();
    QCOMPARE(
        redeem(m_post, issueCode(m_post, pkce, kWebRedirect), pkce, kWebRedirect).json().value(u"error"_s).toString(),
        u"unauthorized_client"_s);
}

// ---------------------------------------------------------------------------------------------
// Client authentication, request format

void TestTokenEndpoint::clientAuthentication()
{
    const Form cc{{u"grant_type"_s, u"client_credentials"_s}, {u"resource"_s, kResource}};
    const QString id = m_basic.app.clientId;

    // Basic, with the RFC 6749 section 2.3.1 form-encoding undone (an encoded first character).
    QByteArray encodedId = '%' + QByteArray(1, id.at(0).toLatin1()).toHex().toUpper() + id.mid(1).toLatin1();
    const QByteArray credentials = encodedId + ':' + m_basic.secret.toLatin1();
    Reply r = token(cc, {{"Authorization", "Basic " + credentials.toBase64()}});
    QCOMPARE(r.status, 200);

    // Wrong secret over Basic: 401 with a Basic challenge.
    r = token(cc, {{"Authorization", basic(id, m_basic.secret + u"x"_s)}});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_client"_s);
    QVERIFY(r.header("www-authenticate").startsWith("Basic realm="));
    // Malformed Basic credentials.
    r = token(cc, {{"Authorization", "Basic !!!"}});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_client"_s);

    // Wrong secret in the body: 400 (no Authorization header was tried).
    Form post = cc;
    post.insert(u"client_id"_s, m_post.app.clientId);
    post.insert(u"client_secret"_s, u"wrong"_s);
    r = token(post);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_client"_s);
    QVERIFY(r.header("www-authenticate").isEmpty());

    // Two methods at once.
    Form both = cc;
    both.insert(u"client_secret"_s, m_basic.secret);
    r = token(both, {{"Authorization", basic(id, m_basic.secret)}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_request"_s);

    // Right secret, wrong method: registered for Basic, sent in the body; and the other way round.
    Form inBody = cc;
    inBody.insert(u"client_id"_s, id);
    inBody.insert(u"client_secret"_s, m_basic.secret);
    r = token(inBody);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_client"_s);
    QVERIFY(r.json().value(u"error_description"_s).toString().contains(u"client_secret_basic"_s));
    r = token(cc, {{"Authorization", basic(m_post.app.clientId, m_post.secret)}});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_client"_s);
    // A confidential client naming itself without its secret.
    Form bare = cc;
    bare.insert(u"client_id"_s, id);
    QCOMPARE(token(bare).json().value(u"error"_s).toString(), u"invalid_client"_s);
    // A public client presenting a secret.
    const Pkce pkce = makePkce();
    Form withSecret{{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, issueCode(m_public, pkce, kPublicRedirect)},
        {u"redirect_uri"_s, kPublicRedirect}, {u"code_verifier"_s, pkce.verifier},
        {u"client_id"_s, m_public.app.clientId}, {u"client_secret"_s, u"x"_s}};
    QCOMPARE(token(withSecret).json().value(u"error"_s).toString(), u"invalid_client"_s);

    // Unknown client; no client at all; another Authorization scheme.
    Form unknown = cc;
    unknown.insert(u"client_id"_s, u"no-such-client"_s);
    QCOMPARE(token(unknown).json().value(u"error"_s).toString(), u"invalid_client"_s);
    QCOMPARE(token(cc).json().value(u"error"_s).toString(), u"invalid_client"_s);
    r = token(cc, {{"Authorization", "Bearer abc"}});
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_client"_s);
    // client_id in the body must agree with Basic.
    Form mismatch = cc;
    mismatch.insert(u"client_id"_s, m_post.app.clientId);
    QCOMPARE(token(mismatch, {{"Authorization", basic(id, m_basic.secret)}}).json().value(u"error"_s).toString(),
        u"invalid_request"_s);

    QVERIFY(auditCount(u"token.refused"_s) >= 10);
}

void TestTokenEndpoint::requestFormat()
{
    const QByteArray body = FormData::encode({{u"grant_type"_s, u"client_credentials"_s}, {u"resource"_s, kResource}});
    const Headers auth{{"Authorization", basic(m_basic.app.clientId, m_basic.secret)}};

    Reply r = m_http.postJson(QUrl(m_server->url(u"/token"_s)),
        QJsonObject{{u"grant_type"_s, u"client_credentials"_s}, {u"resource"_s, kResource}}, auth);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_request"_s);
    QVERIFY(r.json().value(u"error_description"_s).toString().contains(u"application/x-www-form-urlencoded"_s));
    r = m_http.send("POST", QUrl(m_server->url(u"/token"_s)), body, auth + Headers{{"Content-Type", "text/plain"}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_request"_s);

    // A parameter sent twice (RFC 6749 section 3.1).
    r = m_http.postForm(QUrl(m_server->url(u"/token"_s)), body + "&grant_type=client_credentials", auth);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_request"_s);
    QVERIFY(r.json().value(u"error_description"_s).toString().contains(u"more than once"_s));
    // Except resource: RFC 8707 section 2 allows several, and one grant here has one (invalid_target),
    // whether the values differ or not.
    for (const QString& second : {kOtherResource, kResource}) {
        r = m_http.postForm(
            QUrl(m_server->url(u"/token"_s)), body + "&resource=" + QUrl::toPercentEncoding(second), auth);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_target"_s);
        QVERIFY2(r.json().value(u"error_description"_s).toString().contains(u"one resource parameter"_s),
            r.body.constData());
    }

    // The grant type.
    r = token({{u"grant_type"_s, u"password"_s}, {u"username"_s, u"alice"_s}}, auth);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"unsupported_grant_type"_s);
    r = token({{u"resource"_s, kResource}}, auth);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_request"_s);

    // Only POST.
    r = m_http.get(QUrl(m_server->url(u"/token"_s)));
    QCOMPARE(r.status, 405);
}

void TestTokenEndpoint::cacheHeaders()
{
    Reply r = clientCredentials(m_basic);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
    QCOMPARE(r.header("pragma"), QByteArray("no-cache"));
    QVERIFY(r.header("content-type").startsWith("application/json"));
    r = clientCredentials(m_opaque);
    QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
    r = clientCredentials(m_public);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
    QCOMPARE(r.header("pragma"), QByteArray("no-cache"));
}

void TestTokenEndpoint::corsAndMetadata()
{
    const QJsonObject metadata = m_http.get(QUrl(m_server->url(u"/.well-known/oauth-authorization-server"_s))).json();
    QCOMPARE(metadata.value(u"token_endpoint"_s).toString(), m_server->url(u"/token"_s));
    QCOMPARE(metadata.value(u"introspection_endpoint"_s).toString(), m_server->url(u"/introspect"_s));
    QCOMPARE(metadata.value(u"revocation_endpoint"_s).toString(), m_server->url(u"/revoke"_s));
    // The scopes of the server's organization only: not the foreign organization's data:read.
    const QStringList scopes = metadata.value(u"scopes_supported"_s).toVariant().toStringList();
    QVERIFY2(scopes.contains(u"application:read"_s) && !scopes.contains(u"data:read"_s), qPrintable(scopes.join(u' ')));
    for (const QString& scope : std::as_const(m_allScopes))
        QVERIFY2(scopes.contains(scope), qPrintable(scope));
    // Public clients cannot introspect, so none is not a method there; they can revoke.
    QCOMPARE(metadata.value(u"introspection_endpoint_auth_methods_supported"_s).toVariant().toStringList(),
        (QStringList{u"client_secret_basic"_s, u"client_secret_post"_s}));
    QVERIFY(
        metadata.value(u"revocation_endpoint_auth_methods_supported"_s).toVariant().toStringList().contains(u"none"_s));
    // No ID tokens are issued: RFC 8414's document names no ID token algorithm. OpenID discovery
    // requires the member, so that document keeps it, otherwise the same.
    QVERIFY(!metadata.contains(u"id_token_signing_alg_values_supported"_s));
    QVERIFY(!metadata.contains(u"subject_types_supported"_s));
    QJsonObject openId = m_http.get(QUrl(m_server->url(u"/.well-known/openid-configuration"_s))).json();
    QVERIFY(openId.contains(u"id_token_signing_alg_values_supported"_s));
    QVERIFY(openId.contains(u"subject_types_supported"_s));
    openId.remove(u"id_token_signing_alg_values_supported"_s);
    openId.remove(u"subject_types_supported"_s);
    QCOMPARE(openId, metadata);

    for (const QString& path : {u"/token"_s, u"/introspect"_s, u"/revoke"_s}) {
        const Reply preflight = m_http.send("OPTIONS", QUrl(m_server->url(path)), {},
            {{"Origin", "http://localhost:6274"}, {"Access-Control-Request-Method", "POST"},
                {"Access-Control-Request-Headers", "content-type"}});
        QCOMPARE(preflight.status, 204);
        QCOMPARE(preflight.header("access-control-allow-origin"), QByteArray("http://localhost:6274"));
        QVERIFY(preflight.header("access-control-allow-methods").contains("POST"));
    }
    const Reply r = m_http.postForm(QUrl(m_server->url(u"/token"_s)),
        FormData::encode({{u"grant_type"_s, u"client_credentials"_s}, {u"resource"_s, kResource}}),
        {{"Authorization", basic(m_basic.app.clientId, m_basic.secret)}, {"Origin", "http://127.0.0.1:6274"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("access-control-allow-origin"), QByteArray("http://127.0.0.1:6274"));
}

void TestTokenEndpoint::auditHasNoSecrets()
{
    const Pkce pkce = makePkce();
    const QString code = issueCode(m_basic, pkce, kWebRedirect);
    const Reply r = redeem(m_basic, code, pkce, kWebRedirect);
    QCOMPARE(r.status, 200);
    const QString access = r.json().value(u"access_token"_s).toString();
    const QString refreshToken = r.json().value(u"refresh_token"_s).toString();
    QVERIFY(redeem(m_basic, code, pkce, kWebRedirect).status == 400); // a replay, audited too
    QCOMPARE(refresh(m_basic, refreshToken).status, 400); // revoked by the replay: audited as reuse
    (void)token({{u"grant_type"_s, u"client_credentials"_s}, {u"resource"_s, kResource}},
        {{"Authorization", basic(m_basic.app.clientId, u"not-the-secret"_s)}});

    m_server->server->context().audit.flush();
    int seen = 0;
    QStringList leaking;
    const QList<QString> secrets{
        access.section(u'.', 2), refreshToken, code, pkce.verifier, m_basic.secret, u"not-the-secret"_s};
    const Status walked = m_server->store->audit().forEach({}, [&](const AuditEvent& e) {
        const QString text = QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)) + e.targetId;
        for (const QString& secret : secrets) {
            if (text.contains(secret))
                leaking << e.action;
        }
        ++seen;
    });
    QVERIFY(walked);
    QVERIFY(seen > 10);
    QVERIFY2(leaking.isEmpty(), qPrintable(leaking.join(u", "_s)));
    for (const char* action : {"token.issued", "token.refused", "token.code_replayed", "token.refresh_reused"})
        QVERIFY2(auditCount(QString::fromLatin1(action)) > 0, action);
}

void TestTokenEndpoint::cachesFollowTheStore()
{
    // Applications and resources are cached; a change by the console or the CLI (another process,
    // so nothing tells the server) must count within about a second.
    Client client = addClient(u"rotating"_s, ClientType::Confidential, TokenEndpointAuthMethod::ClientSecretPost,
        {GrantType::ClientCredentials}, TokenFormat::Jwt, SigningAlgorithm::ES256, 600);
    Resource resource;
    resource.organizationId = m_orgId;
    resource.uri = u"https://cache.example.com/mcp"_s;
    resource.displayName = u"Cache"_s;
    resource.scopes = {u"application:read"_s};
    auto created = m_server->store->resources().create(resource, {u"test"_s, u"test"_s});
    QVERIFY(created);
    const Form wide{{u"resource"_s, resource.uri}, {u"scope"_s, u"token:read"_s}};
    QCOMPARE(clientCredentials(client, wide).json().value(u"error"_s).toString(), u"invalid_scope"_s);
    QCOMPARE(clientCredentials(client, {{u"resource"_s, resource.uri}}).status, 200);

    auto rotated = m_server->store->applications().rotateSecret(client.app.clientId, {u"test"_s, u"test"_s});
    QVERIFY(rotated);
    Resource changed = *created;
    changed.scopes << u"token:read"_s;
    QVERIFY(m_server->store->resources().update(changed, {u"test"_s, u"test"_s}));

    const Client old = client;
    client.secret = *rotated;
    QTRY_COMPARE_WITH_TIMEOUT(clientCredentials(old).json().value(u"error"_s).toString(), u"invalid_client"_s, 2500);
    QTRY_COMPARE_WITH_TIMEOUT(clientCredentials(client, wide).status, 200, 2500);
}

// ---------------------------------------------------------------------------------------------
// Introspection

void TestTokenEndpoint::introspectionActive()
{
    const Pkce pkce = makePkce();
    const Reply r = redeem(m_public, issueCode(m_public, pkce, kPublicRedirect), pkce, kPublicRedirect);
    const QString access = r.json().value(u"access_token"_s).toString();
    const QJsonObject claims = checkJwt(access, m_public, m_aliceId, {u"application:read"_s, u"token:read"_s});
    for (const Client& caller : {m_basic, m_opaque}) { // any confidential client of the organization
        const QJsonObject info = introspect(access, caller);
        QCOMPARE(info.value(u"active"_s).toBool(), true);
        QCOMPARE(info.value(u"scope"_s).toString(), u"application:read token:read"_s);
        QCOMPARE(info.value(u"client_id"_s).toString(), m_public.app.clientId);
        QCOMPARE(info.value(u"sub"_s).toString(), m_aliceId);
        QCOMPARE(info.value(u"aud"_s).toString(), kResource);
        QCOMPARE(info.value(u"iss"_s).toString(), m_server->issuer);
        QCOMPARE(info.value(u"jti"_s).toString(), claims.value(u"jti"_s).toString());
        QCOMPARE(info.value(u"exp"_s).toInteger(), claims.value(u"exp"_s).toInteger());
        QCOMPARE(info.value(u"iat"_s).toInteger(), claims.value(u"iat"_s).toInteger());
        QCOMPARE(info.value(u"token_type"_s).toString(), u"Bearer"_s);
    }
    const QJsonObject rt = introspect(r.json().value(u"refresh_token"_s).toString());
    QCOMPARE(rt.value(u"active"_s).toBool(), true);
    QVERIFY(!rt.contains(u"token_type"_s));
    QCOMPARE(rt.value(u"client_id"_s).toString(), m_public.app.clientId);
    QCOMPARE(rt.value(u"sub"_s).toString(), m_aliceId);
    // A hint that names the other kind does not hide the token.
    Form form{{u"token"_s, access}, {u"token_type_hint"_s, u"refresh_token"_s}};
    const Reply hinted = m_http.postForm(QUrl(m_server->url(u"/introspect"_s)), FormData::encode(form),
        {{"Authorization", basic(m_basic.app.clientId, m_basic.secret)}});
    QCOMPARE(hinted.json().value(u"active"_s).toBool(), true);
    QCOMPARE(hinted.header("cache-control"), QByteArray("no-store"));
}

void TestTokenEndpoint::introspectionInactive()
{
    const auto inactive = [this](const QString& tokenValue) {
        const QJsonObject info = introspect(tokenValue);
        return info.value(u"active"_s) == QJsonValue(false) && info.size() == 1;
    };
    QVERIFY(inactive(SecureRandom::token(32))); // unknown opaque
    QVERIFY(inactive(u"a.b.c"_s)); // malformed JWT
    QVERIFY(inactive(u"x"_s));

    // Expired: a JWT we signed ourselves, with exp an hour ago.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims{{u"iss"_s, m_server->issuer}, {u"sub"_s, m_basic.app.clientId}, {u"aud"_s, kResource},
        {u"client_id"_s, m_basic.app.clientId}, {u"scope"_s, u"application:read"_s},
        {u"jti"_s, SecureRandom::timeOrderedId(now * 1000)}, {u"iat"_s, now - 7200}, {u"exp"_s, now - 3600}};
    auto expired = m_server->keys->sign(SigningAlgorithm::RS256, claims);
    QVERIFY(expired);
    QVERIFY(inactive(QString::fromLatin1(*expired)));
    // Not ours: signed, but a tampered payload.
    const Reply fresh = clientCredentials(m_basic);
    QStringList parts = fresh.json().value(u"access_token"_s).toString().split(u'.');
    QCOMPARE(parts.size(), 3);
    QVERIFY(!inactive(parts.join(u'.')));
    parts[1] = QString::fromLatin1(QJsonDocument(QJsonObject{{u"sub"_s, u"mallory"_s}})
                                       .toJson(QJsonDocument::Compact)
                                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QVERIFY(inactive(parts.join(u'.')));

    // Revoked: through /revoke.
    const QString access = clientCredentials(m_opaque).json().value(u"access_token"_s).toString();
    QVERIFY(!inactive(access));
    QCOMPARE(revoke(m_opaque, access).status, 200);
    QVERIFY(inactive(access));
}

void TestTokenEndpoint::introspectionCallers()
{
    const QString access = clientCredentials(m_basic).json().value(u"access_token"_s).toString();
    const QUrl url(m_server->url(u"/introspect"_s));
    const QByteArray body = FormData::encode({{u"token"_s, access}});

    // A public client has no credentials to introspect with.
    Reply r = m_http.postForm(url, FormData::encode({{u"token"_s, access}, {u"client_id"_s, m_public.app.clientId}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_client"_s);
    // No client, a wrong secret.
    r = m_http.postForm(url, body);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_client"_s);
    r = m_http.postForm(url, body, {{"Authorization", basic(m_basic.app.clientId, u"wrong"_s)}});
    QCOMPARE(r.status, 401);
    QVERIFY(r.header("www-authenticate").startsWith("Basic"));
    // No token.
    r = m_http.postForm(url, {}, {{"Authorization", basic(m_basic.app.clientId, m_basic.secret)}});
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_request"_s);
    // Not form-encoded.
    r = m_http.postJson(
        url, QJsonObject{{u"token"_s, access}}, {{"Authorization", basic(m_basic.app.clientId, m_basic.secret)}});
    QCOMPARE(r.status, 400);
    // A client of another organization learns nothing.
    QCOMPARE(introspect(access, m_foreign), (QJsonObject{{u"active"_s, false}}));
    QCOMPARE(introspect(access, m_post).value(u"active"_s).toBool(), true);
}

void TestTokenEndpoint::unrecordedJwtIsInactive()
{
    // Signed with our key, for a registered client, never recorded: the server fails closed (a row
    // that is missing went with its user or application).
    QCOMPARE(introspect(signAccessToken(m_basic, {}, false)), (QJsonObject{{u"active"_s, false}}));
    QCOMPARE(introspect(signAccessToken(m_basic, {}, true)).value(u"active"_s).toBool(), true);
    QCOMPARE(introspect(signAccessToken(m_public, m_aliceId, false)), (QJsonObject{{u"active"_s, false}}));
    // Issued a moment ago and still queued behind: known, so active.
    const QString fresh = clientCredentials(m_basic).json().value(u"access_token"_s).toString();
    QCOMPARE(introspect(fresh).value(u"active"_s).toBool(), true);
}

// ---------------------------------------------------------------------------------------------
// Revocation

void TestTokenEndpoint::revokeAccessToken()
{
    const Pkce pkce = makePkce();
    const Reply r = redeem(m_public, issueCode(m_public, pkce, kPublicRedirect), pkce, kPublicRedirect);
    const QString access = r.json().value(u"access_token"_s).toString();
    const QString refreshToken = r.json().value(u"refresh_token"_s).toString();
    // At once: the JWT's row may still be queued behind.
    const Reply revoked = revoke(m_public, access);
    QCOMPARE(revoked.status, 200);
    QCOMPARE(introspect(access).value(u"active"_s).toBool(), false);
    // The refresh token lives on: only the access token was revoked.
    QCOMPARE(introspect(refreshToken).value(u"active"_s).toBool(), true);
    QCOMPARE(revoke(m_public, access).status, 200); // again: nothing left to do, still 200

    const QString opaque = clientCredentials(m_opaque).json().value(u"access_token"_s).toString();
    QCOMPARE(revoke(m_opaque, opaque).status, 200);
    QCOMPARE(introspect(opaque).value(u"active"_s).toBool(), false);
    QVERIFY(auditCount(u"token.revoke"_s) >= 2);
}

void TestTokenEndpoint::revokeRefreshFamily()
{
    const Pkce pkce = makePkce();
    const Reply first = redeem(m_public, issueCode(m_public, pkce, kPublicRedirect), pkce, kPublicRedirect);
    const Reply second = refresh(m_public, first.json().value(u"refresh_token"_s).toString());
    QCOMPARE(second.status, 200);
    const QString access = second.json().value(u"access_token"_s).toString();
    const QString rt = second.json().value(u"refresh_token"_s).toString();
    QCOMPARE(revoke(m_public, rt).status, 200);
    QCOMPARE(introspect(rt).value(u"active"_s).toBool(), false);
    QCOMPARE(introspect(access).value(u"active"_s).toBool(), false);
    QCOMPARE(introspect(first.json().value(u"access_token"_s).toString()).value(u"active"_s).toBool(), false);
    QCOMPARE(refresh(m_public, rt).json().value(u"error"_s).toString(), u"invalid_grant"_s);
}

void TestTokenEndpoint::revokeOtherClientsToken()
{
    const Pkce pkce = makePkce();
    const Reply r = redeem(m_public, issueCode(m_public, pkce, kPublicRedirect), pkce, kPublicRedirect);
    const QString access = r.json().value(u"access_token"_s).toString();
    const QString refreshToken = r.json().value(u"refresh_token"_s).toString();
    const qint64 deniedBefore = auditCount(u"token.revoke_denied"_s);
    QCOMPARE(revoke(m_basic, access).status, 200);
    QCOMPARE(revoke(m_post, refreshToken).status, 200);
    QCOMPARE(introspect(access).value(u"active"_s).toBool(), true);
    QCOMPARE(introspect(refreshToken).value(u"active"_s).toBool(), true);
    QCOMPARE(auditCount(u"token.revoke_denied"_s), deniedBefore + 2);
    QCOMPARE(refresh(m_public, refreshToken).status, 200);
}

void TestTokenEndpoint::revokeUnknownToken()
{
    QCOMPARE(revoke(m_basic, SecureRandom::token(32)).status, 200);
    QCOMPARE(revoke(m_basic, u"a.b.c"_s).status, 200);
    // But the client must still authenticate, and name a token.
    const QUrl url(m_server->url(u"/revoke"_s));
    Reply r = m_http.postForm(url, FormData::encode({{u"token"_s, u"abc"_s}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_client"_s);
    r = m_http.postForm(
        url, FormData::encode({{u"token"_s, u"abc"_s}}), {{"Authorization", basic(m_basic.app.clientId, u"wrong"_s)}});
    QCOMPARE(r.status, 401);
    r = m_http.postForm(url, FormData::encode({{u"client_id"_s, m_public.app.clientId}}));
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_request"_s);
}

// A stranger hammering /token with a made-up client writes a few audit events, not one per request.
void TestTokenEndpoint::refusalFloodIsCounted()
{
    ServerSettings settings;
    settings.auditFailuresPerMinute = 3;
    QString why;
    auto own = startServer(&why, settings);
    QVERIFY2(own, qPrintable(why));
    AuditFilter refused;
    refused.action = u"token.refused"_s;
    own->server->context().audit.flush();
    const qint64 before = *own->store->audit().count(refused);
    const Form form{{u"grant_type"_s, u"client_credentials"_s}, {u"client_id"_s, u"made-up-client"_s},
        {u"client_secret"_s, u"guess"_s}};
    for (int i = 0; i < 8; ++i) {
        const Reply r = m_http.postForm(QUrl(own->url(u"/token"_s)), FormData::encode(form));
        QCOMPARE(r.status, 400); // credentials in the body: 400 (RFC 6749 section 5.2)
        QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_client"_s);
    }
    own->server->context().audit.flush();
    QCOMPARE(*own->store->audit().count(refused) - before, 3);
}

void TestTokenEndpoint::storeOutage()
{
    // The token table unreachable, as with a lost database connection or a lock held elsewhere.
    const QString opaque = clientCredentials(m_opaque).json().value(u"access_token"_s).toString();
    QVERIFY(!opaque.isEmpty());
    TokenRecorder& recorder = m_server->server->context().verifier.recorder();
    recorder.flush();
    setTokensTableReachable(false);
    auto restore = qScopeGuard([this] { setTokensTableReachable(true); });

    // A JWT issued now (client_credentials needs no row before the answer) keeps working while its
    // row cannot be written: the verifier fails closed on JWTs it does not know.
    const Reply issued = clientCredentials(m_basic);
    QCOMPARE(issued.status, 200);
    const QString jwt = issued.json().value(u"access_token"_s).toString();
    const QString jti = jtiOf(jwt);
    QTest::qWait(TokenRecorder::kFlushDelayMs * 5);
    recorder.flush();
    QVERIFY(recorder.isPending(jti));
    QCOMPARE(introspect(jwt).value(u"active"_s).toBool(), true);

    // Revocation cannot reach the store: 503, and the tokens stay as they were (RFC 7009 section 2.2.1).
    for (const QString& value : {jwt, opaque}) {
        const Reply r = revoke(value == jwt ? m_basic : m_opaque, value);
        QCOMPARE(r.status, 503);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"temporarily_unavailable"_s);
        QVERIFY(!r.json().value(u"error_description"_s).toString().isEmpty());
        QCOMPARE(r.header("retry-after"), QByteArray("1"));
        QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
    }
    QCOMPARE(introspect(jwt).value(u"active"_s).toBool(), true);

    // A code replayed meanwhile ends what its first use issued even though no row can be revoked, and
    // does not claim a revocation the store did not make.
    const Pkce pkce = makePkce();
    const QString code = issueCode(m_publicNoRefresh, pkce, kPublicRedirect);
    const Reply first = redeem(m_publicNoRefresh, code, pkce, kPublicRedirect);
    QCOMPARE(first.status, 200);
    const QString replayed = first.json().value(u"access_token"_s).toString();
    QCOMPARE(introspect(replayed).value(u"active"_s).toBool(), true);
    const Reply second = redeem(m_publicNoRefresh, code, pkce, kPublicRedirect);
    QCOMPARE(second.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    QVERIFY(!second.json().value(u"error_description"_s).toString().contains(u"revoked"_s));
    QCOMPARE(introspect(replayed).value(u"active"_s).toBool(), false);
    QVERIFY(!recorder.isPending(jtiOf(replayed)));

    // Back: the waiting row is written on the next attempt, and revocation works again.
    restore.dismiss();
    setTokensTableReachable(true);
    QTRY_VERIFY_WITH_TIMEOUT(!recorder.isPending(jti), TokenRecorder::kRetryDelayMs * 3);
    QVERIFY(m_server->store->tokens().find(jti));
    QCOMPARE(introspect(jwt).value(u"active"_s).toBool(), true);
    QCOMPARE(revoke(m_basic, jwt).status, 200);
    QCOMPARE(introspect(jwt).value(u"active"_s).toBool(), false);
    QCOMPARE(revoke(m_opaque, opaque).status, 200);
    QCOMPARE(introspect(opaque).value(u"active"_s).toBool(), false);
}

// ---------------------------------------------------------------------------------------------
// Shutdown

void TestTokenEndpoint::stopWhileSigning()
{
    // A server of its own: stopping it must wait for the signatures in flight (they use the key ring,
    // which the caller destroys next) and drop their answers, not crash.
    QString why;
    auto server = startServer(&why);
    QVERIFY2(server, qPrintable(why));
    auto org = server->store->organizations().find(QString::fromLatin1(DemoData::kOrganization));
    QVERIFY(org);
    Application app;
    app.organizationId = org->id;
    app.name = u"stopper"_s;
    app.clientType = ClientType::Confidential;
    app.authMethod = TokenEndpointAuthMethod::ClientSecretBasic;
    app.grantTypes = {GrantType::ClientCredentials};
    app.redirectUris.clear();
    app.allowedScopes = m_allScopes;
    auto saved = server->store->applications().create(app, {u"test"_s, u"test"_s});
    QVERIFY(saved);

    QNetworkAccessManager nam;
    QList<QNetworkReply*> replies;
    QNetworkRequest request(QUrl(server->url(u"/token"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    request.setRawHeader("Authorization", basic(saved->application.clientId, saved->clientSecret));
    const QByteArray body = FormData::encode({{u"grant_type"_s, u"client_credentials"_s}, {u"resource"_s, kResource}});
    // Stopped as soon as the first answer arrives, while the other connections' tokens are being signed.
    bool stopped = false;
    for (int i = 0; i < 24; ++i) {
        QNetworkReply* reply = nam.post(request, body);
        connect(reply, &QNetworkReply::finished, &nam, [&] {
            if (stopped)
                return;
            stopped = true;
            server->server->stop();
            server->keys.reset();
        });
        replies << reply;
    }
    QTRY_VERIFY_WITH_TIMEOUT(stopped, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply* r) { return r->isFinished(); }), 15000);
    qsizetype answered = 0;
    for (QNetworkReply* r : std::as_const(replies)) {
        if (r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
            ++answered;
        r->deleteLater();
    }
    QVERIFY(answered >= 1);
}

QTEST_GUILESS_MAIN(TestTokenEndpoint)
#include "tst_tokenendpoint.moc"
