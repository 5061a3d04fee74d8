// The authorization endpoint end to end: GET/POST /authorize, the login and consent pages, the
// redirects back to the client, the error pages, the audit trail, Client ID Metadata Documents served
// by a small HTTP server in this process, and the pages' translation by Accept-Language.
//
// Everything runs on this thread: the server, the metadata-document server and the synchronous
// HttpClient, whose wait turns the event loop that serves them.
#include "TestServer.h"
#include "oauth/AuthorizationCodeStore.h"
#include "oauth/AuthorizationRequest.h"
#include "oauth/ClientMetadataDocument.h"
#include "oauth/ClientMetadataFetcher.h"
#include "server/AuditSink.h"
#include "server/AuthorizeEndpoint.h"
#include "server/BrowserSessionStore.h"
#include "server/PageRenderer.h"
#include "server/PageTranslations.h"
#include "server/PendingRequestStore.h"
#include "server/ServerContext.h"
#include "store/AuditLog.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkCookieJar>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace mcpauth;
using namespace mcpauth::test;

namespace {

using Params = QList<QPair<QString, QString>>;
using Header = QPair<QByteArray, QByteArray>;

const QString kResource = QStringLiteral("https://mcp.test.example/mcp");
const QString kHostileResource = QStringLiteral("https://hostile.test.example/mcp");
const QString kWebRedirect = QStringLiteral("https://app.example.com/callback");
const QString kFixedPortRedirect = QStringLiteral("http://127.0.0.1:7777/fixed");
const QString kAnyPortRedirect = QStringLiteral("http://127.0.0.1/cb"); // RFC 8252: any port
const QString kWildcardRedirect = QStringLiteral("http://localhost:*/star");
const QString kQueryRedirect = QStringLiteral("https://app.example.com/q?tenant=1");
const QByteArray kVerifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-the-test-verifier";
const QString kOtherPassword = QStringLiteral("another long password for bob");
const QString kOrdinaryUser = QStringLiteral("dora"); // not an administrator; kUser is one in these tests

QString challengeFor(const QByteArray& verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString valueOf(const Params& params, const QString& name)
{
    for (const auto& p : params) {
        if (p.first == name)
            return p.second;
    }
    return {};
}

Params with(Params params, const QString& name, const QString& value)
{
    for (auto& p : params) {
        if (p.first == name) {
            p.second = value;
            return params;
        }
    }
    params.append({name, value});
    return params;
}

Params without(Params params, const QString& name)
{
    params.removeIf([&](const QPair<QString, QString>& p) { return p.first == name; });
    return params;
}

QByteArray encode(const Params& params)
{
    QByteArray out;
    for (const auto& p : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(p.first) + '=' + QUrl::toPercentEncoding(p.second);
    }
    return out;
}

QString decodeEntities(QString text)
{
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    QString out;
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        bool ok = false;
        const uint code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        out += ok ? QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1) : m.captured();
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    out.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    out.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    out.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    out.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return out;
}

// The hidden fields of the page's forms, as a browser would send them.
QMap<QString, QString> hiddenFields(const QByteArray& html)
{
    static const QRegularExpression input(QStringLiteral("<input\\b[^>]*>"));
    static const QRegularExpression name(QStringLiteral("\\bname=\"([^\"]*)\""));
    static const QRegularExpression value(QStringLiteral("\\bvalue=\"([^\"]*)\""));
    QMap<QString, QString> out;
    const QString text = QString::fromUtf8(html);
    for (auto it = input.globalMatch(text); it.hasNext();) {
        const QString tag = it.next().captured();
        if (!tag.contains(QLatin1String("type=\"hidden\"")))
            continue;
        const auto n = name.match(tag);
        if (n.hasMatch())
            out.insert(decodeEntities(n.captured(1)), decodeEntities(value.match(tag).captured(1)));
    }
    return out;
}

// What a person reads on the page: no tags, entities decoded, white space collapsed.
QString pageText(const QByteArray& html)
{
    QString text = QString::fromUtf8(html);
    static const QRegularExpression style(QStringLiteral("<style\\b.*?</style>"),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    text.remove(style);
    text.replace(tag, QStringLiteral(" "));
    return decodeEntities(text).simplified();
}

QUrl locationOf(const Reply& reply)
{
    return QUrl(QString::fromUtf8(reply.header("location")));
}

QString locationParam(const Reply& reply, const QString& name)
{
    return QUrlQuery(locationOf(reply)).queryItemValue(name, QUrl::FullyDecoded);
}

QByteArray describe(const Reply& r)
{
    return "HTTP " + QByteArray::number(r.status) + " Location: " + r.header("location") + "\n"
        + pageText(r.body).left(1500).toUtf8() + r.networkError.toUtf8();
}

// A tiny HTTP/1.1 server on loopback that serves metadata documents as the test tells it to, counts
// the requests per path, and can hang (never answer) to test the fetcher's time limit.
class DocumentServer : public QObject
{
public:
    struct Response
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool hang = false; // accept the request, never answer
        bool noLength = false; // no Content-Length: the body ends when the connection closes
    };

    bool start()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    [[nodiscard]] QString url(const QString& path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }
    void serve(const QString& path, const Response& response) { m_routes.insert(path, response); }
    [[nodiscard]] int hits(const QString& path) const { return m_hits.value(path); }
    void closeHanging()
    {
        for (const QPointer<QTcpSocket>& s : std::as_const(m_hanging)) {
            if (s)
                s->abort();
        }
        m_hanging.clear();
    }

    // A valid document for `path`, whose client_id is the document's own URL.
    QJsonObject document(const QString& path, const QString& name = QStringLiteral("Metadata Client")) const
    {
        return QJsonObject{{QStringLiteral("client_id"), url(path)}, {QStringLiteral("client_name"), name},
            {QStringLiteral("redirect_uris"), QJsonArray{kAnyPortRedirect}},
            {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("authorization_code")}},
            {QStringLiteral("response_types"), QJsonArray{QStringLiteral("code")}},
            {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("none")}};
    }
    void serveJson(const QString& path, const QJsonObject& json, const QByteArray& cacheControl = {})
    {
        Response r;
        r.body = QJsonDocument(json).toJson(QJsonDocument::Compact);
        if (!cacheControl.isEmpty())
            r.headers.append(Header("Cache-Control", cacheControl));
        serve(path, r);
    }

private:
    void accept()
    {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
        m_buffers.remove(socket);
        const QString path = QString::fromLatin1(requestLine.value(1));
        ++m_hits[path];
        Response r;
        if (auto it = m_routes.constFind(path); it != m_routes.cend()) {
            r = *it;
        } else {
            r.status = 404;
            r.contentType = "text/plain";
            r.body = "no such document";
        }
        if (r.hang) {
            m_hanging << QPointer<QTcpSocket>(socket);
            return;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + " Test\r\n";
        if (!r.contentType.isEmpty())
            out += "Content-Type: " + r.contentType + "\r\n";
        for (const auto& h : std::as_const(r.headers))
            out += h.first + ": " + h.second + "\r\n";
        if (!r.noLength)
            out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        out += "Connection: close\r\n\r\n" + r.body;
        socket->write(out);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QString, Response> m_routes;
    QHash<QString, int> m_hits;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<QPointer<QTcpSocket>> m_hanging;
};

} // namespace

class TestAuthorize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    // The pages themselves.
    void templatesDeclareEveryString();
    void htmlIsEscapedOnThePages();

    // The whole flow.
    void happyPath_data();
    void happyPath();
    void stateAndRedirectQueryRoundTrip();
    void consentPageNamesWhereTheBrowserGoes_data();
    void consentPageNamesWhereTheBrowserGoes();

    // Errors shown as a page.
    void errorPages_data();
    void errorPages();
    void redirectMismatch_data();
    void redirectMismatch();
    void redirectMatches_data();
    void redirectMatches();

    // Errors returned to the client.
    void redirectedErrors_data();
    void redirectedErrors();
    void promptNone();
    void consentDenied();

    // What the server chooses when the client leaves something out.
    void omittedScopeUsesDefaults();
    void omittedScopeForAnOrdinaryUser();
    void omittedResource();

    // Administrator-only scopes.
    void administratorScopesWithheld();
    void onlyAdministratorScopesAsked();
    void administratorScopesWithoutConsentPage();

    // Consent policies.
    void consentAlways();
    void consentOnce();
    void consentNever();

    // Login.
    void loginWrongPassword();
    void loginLockout();
    void loginDisabledUser();

    // Security of the pages.
    void csrfTokenRequired_data();
    void csrfTokenRequired();
    void sessionBinding();
    void securityHeaders();
    void cookiesOverTls();
    void pagesUnderIssuerPath();

    // Client ID Metadata Documents.
    void metadataDocumentEndToEnd();
    void metadataDocumentRefused_data();
    void metadataDocumentRefused();
    void metadataDocumentRedirectUriNotListed();
    void metadataDocumentSlowServer();
    void metadataDocumentRedirectsFollowed();
    void metadataDocumentCache();
    void fetcherOutsideTestMode();
    void fetcherAddressChecks_data();
    void fetcherAddressChecks();
    void clientIdUrlChecks_data();
    void clientIdUrlChecks();

    // Limits: what strangers can make the server hold or do.
    void requestSizeLimits();
    void pendingRequestStoreLimits();
    void pendingRequestsPerSession();
    void fetcherWaitingLimit();
    void metadataFetchRateLimits();
    void fetcherConcurrencyLimits();
    void fetcherCacheLimit();
    void sessionStoreLimits();
    void sessionLimitsEndToEnd();
    void loginRateLimits();
    void passwordCheckOffTheServerThread();
    void foreignOriginRefused_data();
    void foreignOriginRefused();
    void foreignHostRefused();

    // Translations.
    void acceptLanguage_data();
    void acceptLanguage();
    void pagesFollowAcceptLanguage();

private:
    // An application in the demo organization, allowed the test resource's read scopes.
    QString createApp(const QString& name, const QString& displayName, const QStringList& redirectUris,
        ConsentPolicy policy, const QStringList& allowedScopes = {});
    Params params(const QString& clientId, const QString& redirectUri, const QString& scope) const;
    Reply authorize(HttpClient& browser, const Params& p, bool post = false,
        const QList<QPair<QByteArray, QByteArray>>& headers = {});
    // Posts the login form of `loginPage` and follows the 303; returns the answer of /authorize/continue.
    Reply signIn(HttpClient& browser, const Reply& loginPage, const QString& user = QString::fromLatin1(kUser),
        const QString& password = QString::fromLatin1(kUserPassword), Reply* loginAnswer = nullptr);
    Reply decide(HttpClient& browser, const Reply& consentPage, const QString& decision);
    // The whole way from /authorize to the redirect back to the client, signing in and approving
    // whatever pages come. Returns the final 302 and counts the pages seen.
    Reply runFlow(HttpClient& browser, const Params& p, int* loginPages = nullptr, int* consentPages = nullptr);
    void verifyCode(const Reply& reply, const QString& redirectUri, const QString& state);
    void verifyError(const Reply& reply, const QString& redirectUri, const QString& error, const QString& state);
    void verifyErrorPage(const Reply& reply, int status, const QStringList& shows);
    [[nodiscard]] qint64 auditMark();
    [[nodiscard]] QList<AuditEvent> eventsSince(qint64 mark, const QString& action = {});
    void verifyNoPasswordInAudit(const QStringList& passwords);

    std::unique_ptr<RunningServer> m_server;
    DocumentServer m_docs;
    QString m_orgId;
    QString m_doraId;
    QString m_main; // consent Always; every redirect form of the tests
    QString m_once;
    QString m_never;
    QString m_hostile;
};

// -------------------------------------------------------------------------------------------------
// Fixture

void TestAuthorize::initTestCase()
{
    // The suite signs in and fetches documents far more often than a person: the rate limits have
    // their own tests, each on its own server.
    ServerSettings settings;
    settings.metadataFetchesPerMinute = 0;
    settings.metadataFetchesPerMinuteTotal = 0;
    settings.loginAttemptsPerMinute = 0;
    settings.loginAttemptsPerMinutePerUser = 0;
    QString why;
    m_server = startServer(&why, settings);
    QVERIFY2(m_server, qPrintable(why));
    QVERIFY(m_docs.start());
    Store& store = *m_server->store;
    const AuditContext ctx{QStringLiteral("test"), QStringLiteral("test")};
    auto org = store.organizations().find(QString::fromLatin1(DemoData::kOrganization));
    QVERIFY(org);
    m_orgId = org->id;
    // kUser may be granted the administrators' scopes (application:write and token:write of the test
    // resource share the demo organization's scope rows, which are administrator-only); dora may not.
    QCOMPARE(setAdministrator(store, QString::fromLatin1(kUser), true), QString());
    User dora;
    dora.organizationId = m_orgId;
    dora.username = kOrdinaryUser;
    dora.displayName = QStringLiteral("Dora Example");
    auto doraSaved = store.users().create(dora, kOtherPassword, ctx);
    QVERIFY2(doraSaved, qPrintable(doraSaved ? QString() : doraSaved.error().message));
    m_doraId = doraSaved->id;

    Resource resource;
    resource.organizationId = m_orgId;
    resource.uri = kResource;
    resource.displayName = QStringLiteral("Test MCP server");
    resource.scopes = {QStringLiteral("application:read"), QStringLiteral("application:write"),
        QStringLiteral("token:read"), QStringLiteral("token:write")};
    auto created = store.resources().create(resource, ctx);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));

    // A resource whose scope texts are hostile HTML, for the escaping test.
    auto hostileScope = store.scopes().create(
        Scope{{}, m_orgId, QStringLiteral("hostile:read"), QStringLiteral("<b>Bold</b> & \"quoted\""),
            QStringLiteral("<img src=x onerror=alert(1)><script>alert(2)</script>")},
        ctx);
    QVERIFY2(hostileScope, qPrintable(hostileScope ? QString() : hostileScope.error().message));
    Resource hostile;
    hostile.organizationId = m_orgId;
    hostile.uri = kHostileResource;
    hostile.displayName = QStringLiteral("<i>Hostile</i> server");
    hostile.scopes = {QStringLiteral("hostile:read")};
    QVERIFY(store.resources().create(hostile, ctx));

    m_main = createApp(QStringLiteral("test-main"), QStringLiteral("Test Main Client"),
        {kWebRedirect, kFixedPortRedirect, kAnyPortRedirect, kWildcardRedirect, kQueryRedirect}, ConsentPolicy::Always);
    m_once = createApp(
        QStringLiteral("test-once"), QStringLiteral("Once Client"), {kAnyPortRedirect}, ConsentPolicy::Once);
    m_never = createApp(
        QStringLiteral("test-never"), QStringLiteral("Never Client"), {kAnyPortRedirect}, ConsentPolicy::Never);
    m_hostile = createApp(QStringLiteral("test-hostile"), QStringLiteral("<script>alert(\"pwned\")</script> & Co"),
        {kAnyPortRedirect}, ConsentPolicy::Always, {QStringLiteral("hostile:read")});
    QVERIFY(!m_main.isEmpty() && !m_once.isEmpty() && !m_never.isEmpty() && !m_hostile.isEmpty());
}

void TestAuthorize::cleanupTestCase()
{
    m_docs.closeHanging();
    if (m_server)
        verifyNoPasswordInAudit({QString::fromLatin1(kUserPassword), kOtherPassword});
}

QString TestAuthorize::createApp(const QString& name, const QString& displayName, const QStringList& redirectUris,
    ConsentPolicy policy, const QStringList& allowedScopes)
{
    Application app;
    app.organizationId = m_orgId;
    app.name = name;
    app.displayName = displayName;
    app.redirectUris = redirectUris;
    app.consentPolicy = policy;
    app.allowedScopes = allowedScopes.isEmpty() ? QStringList{QStringLiteral("application:read"),
                            QStringLiteral("application:write"), QStringLiteral("token:read")}
                                                : allowedScopes;
    app.createdBy = CreatedBy::Cli;
    // The organization of the server the test talks to (some tests start their own).
    if (auto org = m_server->store->organizations().find(QString::fromLatin1(DemoData::kOrganization)))
        app.organizationId = org->id;
    auto saved
        = m_server->store->applications().create(app, AuditContext{QStringLiteral("test"), QStringLiteral("test")});
    if (!saved) {
        qWarning().noquote() << "createApp" << name << saved.error().message;
        return {};
    }
    return saved->application.clientId;
}

Params TestAuthorize::params(const QString& clientId, const QString& redirectUri, const QString& scope) const
{
    return {{QStringLiteral("response_type"), QStringLiteral("code")}, {QStringLiteral("client_id"), clientId},
        {QStringLiteral("redirect_uri"), redirectUri}, {QStringLiteral("scope"), scope},
        {QStringLiteral("state"), SecureRandom::token(12)}, {QStringLiteral("code_challenge"), challengeFor(kVerifier)},
        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}, {QStringLiteral("resource"), kResource}};
}

Reply TestAuthorize::authorize(
    HttpClient& browser, const Params& p, bool post, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    if (post)
        return browser.postForm(QUrl(m_server->url(QStringLiteral("/authorize"))), encode(p), headers);
    return browser.get(
        QUrl::fromEncoded(m_server->url(QStringLiteral("/authorize")).toUtf8() + '?' + encode(p)), headers);
}

Reply TestAuthorize::signIn(
    HttpClient& browser, const Reply& loginPage, const QString& user, const QString& password, Reply* loginAnswer)
{
    const auto fields = hiddenFields(loginPage.body);
    const Reply posted = browser.postForm(QUrl(m_server->url(QStringLiteral("/authorize/login"))),
        encode({{QStringLiteral("request"), fields.value(QStringLiteral("request"))},
            {QStringLiteral("csrf_token"), fields.value(QStringLiteral("csrf_token"))},
            {QStringLiteral("username"), user}, {QStringLiteral("password"), password}}));
    if (loginAnswer)
        *loginAnswer = posted;
    if (posted.status != 303)
        return posted;
    const QUrl next = locationOf(posted);
    if (!next.toString().startsWith(m_server->url(QStringLiteral("/authorize/continue?"))))
        qWarning() << "login redirected to" << next;
    return browser.get(next);
}

Reply TestAuthorize::decide(HttpClient& browser, const Reply& consentPage, const QString& decision)
{
    const auto fields = hiddenFields(consentPage.body);
    return browser.postForm(QUrl(m_server->url(QStringLiteral("/authorize/consent"))),
        encode({{QStringLiteral("request"), fields.value(QStringLiteral("request"))},
            {QStringLiteral("csrf_token"), fields.value(QStringLiteral("csrf_token"))},
            {QStringLiteral("decision"), decision}}));
}

Reply TestAuthorize::runFlow(HttpClient& browser, const Params& p, int* loginPages, int* consentPages)
{
    int logins = 0;
    int consents = 0;
    Reply r = authorize(browser, p);
    for (int i = 0; i < 4 && r.status == 200; ++i) {
        const QString text = pageText(r.body);
        if (r.body.contains("name=\"password\"")) {
            ++logins;
            r = signIn(browser, r);
        } else if (r.body.contains("name=\"decision\"")) {
            ++consents;
            r = decide(browser, r, QStringLiteral("approve"));
        } else {
            break;
        }
    }
    if (loginPages)
        *loginPages = logins;
    if (consentPages)
        *consentPages = consents;
    return r;
}

void TestAuthorize::verifyCode(const Reply& reply, const QString& redirectUri, const QString& state)
{
    QVERIFY2(reply.status == 302, describe(reply).constData());
    const QUrl location = locationOf(reply);
    const QUrl expected(redirectUri);
    QCOMPARE(location.scheme(), expected.scheme());
    QCOMPARE(location.host(), expected.host());
    QCOMPARE(location.port(), expected.port());
    QCOMPARE(location.path(), expected.path());
    const QUrlQuery query(location);
    QVERIFY2(!query.hasQueryItem(QStringLiteral("error")), reply.header("location").constData());
    QVERIFY(query.queryItemValue(QStringLiteral("code")).size() >= 43);
    QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), state);
    QCOMPARE(query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded), m_server->issuer);
}

void TestAuthorize::verifyError(
    const Reply& reply, const QString& redirectUri, const QString& error, const QString& state)
{
    QVERIFY2(reply.status == 302, describe(reply).constData());
    QVERIFY2(reply.header("location").startsWith(QByteArray(redirectUri.toUtf8() + '?')),
        reply.header("location").constData());
    QCOMPARE(locationParam(reply, QStringLiteral("error")), error);
    QVERIFY(!locationParam(reply, QStringLiteral("error_description")).isEmpty());
    QVERIFY(!QUrlQuery(locationOf(reply)).hasQueryItem(QStringLiteral("code")));
    QCOMPARE(locationParam(reply, QStringLiteral("state")), state);
    QCOMPARE(locationParam(reply, QStringLiteral("iss")), m_server->issuer);
}

void TestAuthorize::verifyErrorPage(const Reply& reply, int status, const QStringList& shows)
{
    QVERIFY2(reply.status == status, describe(reply).constData());
    QVERIFY2(reply.header("location").isEmpty(), reply.header("location").constData());
    QVERIFY(reply.header("content-type").startsWith("text/html"));
    const QString text = pageText(reply.body);
    QVERIFY2(text.contains(QLatin1String("This sign-in cannot continue")), qPrintable(text));
    for (const QString& s : shows)
        QVERIFY2(text.contains(s), qPrintable(QStringLiteral("'%1' not on the page: %2").arg(s, text)));
}

qint64 TestAuthorize::auditMark()
{
    m_server->server->context().audit.flush();
    auto last = m_server->store->audit().list({}, 0, 1);
    return last && !last->isEmpty() ? last->first().seq : 0;
}

QList<AuditEvent> TestAuthorize::eventsSince(qint64 mark, const QString& action)
{
    m_server->server->context().audit.flush();
    AuditFilter filter;
    filter.action = action;
    auto events = m_server->store->audit().list(filter, 0, 1000);
    QList<AuditEvent> out;
    if (!events)
        return out;
    for (const AuditEvent& e : *events) {
        if (e.seq > mark)
            out.prepend(e); // oldest first
    }
    return out;
}

void TestAuthorize::verifyNoPasswordInAudit(const QStringList& passwords)
{
    m_server->server->context().audit.flush();
    const Status visited = m_server->store->audit().forEach({}, [&](const AuditEvent& e) {
        const QString all = e.actor + e.action + e.targetId + e.source
            + QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
        for (const QString& p : passwords)
            QVERIFY2(!all.contains(p), qPrintable(QStringLiteral("a password in audit event %1").arg(e.action)));
    });
    QVERIFY(visited);
}

// -------------------------------------------------------------------------------------------------
// Pages

void TestAuthorize::templatesDeclareEveryString()
{
    // lupdate reads the QT_TRANSLATE_NOOP list in PageRenderer.cpp, not the HTML: they must agree.
    QStringList inTemplates = PageRenderer::templateStrings();
    QStringList declared = PageRenderer::declaredStrings();
    QVERIFY(!inTemplates.isEmpty());
    inTemplates.sort();
    declared.sort();
    QCOMPARE(inTemplates, declared);
}

void TestAuthorize::htmlIsEscapedOnThePages()
{
    HttpClient browser;
    const Params p
        = with(params(m_hostile, QStringLiteral("http://127.0.0.1:40001/cb"), QStringLiteral("hostile:read")),
            QStringLiteral("resource"), kHostileResource);
    const Reply login = authorize(browser, p);
    QVERIFY2(login.status == 200, describe(login).constData());
    QVERIFY(!login.body.contains("<script>alert"));
    QVERIFY(login.body.contains("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &amp; Co"));
    const Reply consent = signIn(browser, login);
    QVERIFY2(consent.status == 200 && consent.body.contains("name=\"decision\""), describe(consent).constData());
    QVERIFY(!consent.body.contains("<script>"));
    QVERIFY(!consent.body.contains("<img"));
    QVERIFY(!consent.body.contains("<i>Hostile"));
    QVERIFY(!consent.body.contains("<b>Bold"));
    const QString text = pageText(consent.body);
    QVERIFY2(text.contains(QLatin1String("<script>alert(\"pwned\")</script> & Co")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("<b>Bold</b> & \"quoted\"")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("<img src=x onerror=alert(1)><script>alert(2)</script>")), qPrintable(text));
    // No script may run on these pages at all.
    QVERIFY(consent.header("content-security-policy").contains("default-src 'none'"));
    QVERIFY(!consent.header("content-security-policy").contains("script-src"));
}

// -------------------------------------------------------------------------------------------------
// The whole flow

void TestAuthorize::happyPath_data()
{
    QTest::addColumn<bool>("post");
    QTest::newRow("GET /authorize") << false;
    QTest::newRow("POST /authorize") << true;
}

void TestAuthorize::happyPath()
{
    QFETCH(bool, post);
    const qint64 mark = auditMark();
    HttpClient browser;
    const QString redirect = QStringLiteral("http://127.0.0.1:45678/cb"); // any port of kAnyPortRedirect
    const Params p = params(m_main, redirect, QStringLiteral("application:read token:read"));

    const Reply login = authorize(browser, p, post);
    QVERIFY2(login.status == 200, describe(login).constData());
    const QString loginText = pageText(login.body);
    QVERIFY2(loginText.contains(QLatin1String("Sign in")), qPrintable(loginText));
    QVERIFY2(loginText.contains(QLatin1String("Test Main Client")), qPrintable(loginText));
    const auto fields = hiddenFields(login.body);
    QVERIFY(!fields.value(QStringLiteral("request")).isEmpty());
    QVERIFY(fields.value(QStringLiteral("csrf_token")).size() >= 43);
    QVERIFY(login.header("set-cookie").startsWith("mcpauth_session="));

    const Reply consent = signIn(browser, login);
    QVERIFY2(consent.status == 200 && consent.body.contains("name=\"decision\""), describe(consent).constData());
    const QString text = pageText(consent.body);
    // The client, where the browser goes next, and each scope with its display name and description.
    QVERIFY2(text.contains(QLatin1String("Test Main Client wants to access Test MCP server")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("127.0.0.1:45678")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("This is an application on this computer.")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Signed in as Alice Example (alice)")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Read applications")));
    QVERIFY(text.contains(QLatin1String("List and show OAuth applications and their settings.")));
    QVERIFY(text.contains(QLatin1String("Read tokens")));
    QVERIFY(text.contains(QLatin1String("List issued tokens and see their state.")));
    QVERIFY(!text.contains(QLatin1String("Manage applications"))); // not requested
    QVERIFY(text.contains(kResource));
    // A new CSRF token after signing in (the session was rotated).
    QVERIFY(
        hiddenFields(consent.body).value(QStringLiteral("csrf_token")) != fields.value(QStringLiteral("csrf_token")));

    const Reply done = decide(browser, consent, QStringLiteral("approve"));
    verifyCode(done, redirect, valueOf(p, QStringLiteral("state")));
    QVERIFY(done.header("cache-control").contains("no-store"));

    // The code stands for exactly this client, user, redirect URI, PKCE challenge, resource and scopes.
    const QString code = locationParam(done, QStringLiteral("code"));
    auto redeemed = m_server->server->context().codes.redeem(code, ServerContext::now());
    QVERIFY(std::holds_alternative<AuthorizationCodeStore::Redeemed>(redeemed));
    const AuthorizationGrant grant = std::get<AuthorizationCodeStore::Redeemed>(redeemed).grant;
    QCOMPARE(grant.clientId, m_main);
    QCOMPARE(grant.redirectUri, redirect);
    QCOMPARE(grant.codeChallenge, challengeFor(kVerifier));
    QCOMPARE(grant.resource, kResource);
    QCOMPARE(grant.scopes, (QStringList{QStringLiteral("application:read"), QStringLiteral("token:read")}));
    auto alice = m_server->store->users().find(QString::fromLatin1(kUser));
    QVERIFY(alice);
    QCOMPARE(grant.userId, alice->id);
    QVERIFY(grant.expiresAt > ServerContext::now() && grant.expiresAt <= ServerContext::now() + 61000);

    const auto logins = eventsSince(mark, QStringLiteral("login.success"));
    QCOMPARE(logins.size(), 1);
    QCOMPARE(logins.first().details.value(QStringLiteral("username")).toString(), QString::fromLatin1(kUser));
    const auto consents = eventsSince(mark, QStringLiteral("consent.grant"));
    QCOMPARE(consents.size(), 1);
    // The code was issued for what was asked and granted.
    const auto issued = eventsSince(mark, QStringLiteral("authorize.code_issued"));
    QCOMPARE(issued.size(), 1);
    QCOMPARE(issued.first().details.value(QStringLiteral("resource")).toString(), kResource);
    QCOMPARE(issued.first().details.value(QStringLiteral("scopes")).toArray(),
        (QJsonArray{QStringLiteral("application:read"), QStringLiteral("token:read")}));
    QCOMPARE(issued.first().details.value(QStringLiteral("consent")).toString(), QStringLiteral("page"));
    // The code itself is never audited.
    for (const AuditEvent& e : eventsSince(mark))
        QVERIFY(!QJsonDocument(e.details).toJson().contains(code.toUtf8()));
}

void TestAuthorize::stateAndRedirectQueryRoundTrip()
{
    // A state with every character that needs encoding, and a redirect URI that has a query already.
    HttpClient browser;
    const QString state = QStringLiteral("a+b c&d=e/f?g#h%20i\u00e9\u2603");
    const Params p
        = with(params(m_main, kQueryRedirect, QStringLiteral("application:read")), QStringLiteral("state"), state);
    int logins = 0;
    int consents = 0;
    const Reply done = runFlow(browser, p, &logins, &consents);
    QCOMPARE(logins, 1);
    QCOMPARE(consents, 1);
    verifyCode(done, kQueryRedirect, state);
    QVERIFY2(done.header("location").startsWith("https://app.example.com/q?tenant=1&code="),
        done.header("location").constData());
    QCOMPARE(QUrlQuery(locationOf(done)).queryItemValue(QStringLiteral("tenant")), QStringLiteral("1"));
}

void TestAuthorize::consentPageNamesWhereTheBrowserGoes_data()
{
    QTest::addColumn<QString>("registered");
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("https") << kWebRedirect << kWebRedirect << QStringLiteral("app.example.com") << false;
    QTest::newRow("https with port") << QStringLiteral("https://app.example.com:8443/cb")
                                     << QStringLiteral("https://app.example.com:8443/cb")
                                     << QStringLiteral("app.example.com:8443") << false;
    QTest::newRow("loopback IPv4") << kAnyPortRedirect << QStringLiteral("http://127.0.0.1:51000/cb")
                                   << QStringLiteral("127.0.0.1:51000") << true;
    QTest::newRow("loopback IPv6") << QStringLiteral("http://[::1]/cb") << QStringLiteral("http://[::1]:51001/cb")
                                   << QStringLiteral("[::1]:51001") << true;
    QTest::newRow("private-use scheme (Cursor)") << QStringLiteral("cursor://anysphere.cursor-retrieval/oauth/callback")
                                                 << QStringLiteral("cursor://anysphere.cursor-retrieval/oauth/callback")
                                                 << QStringLiteral("cursor://anysphere.cursor-retrieval") << false;
    QTest::newRow("reverse-DNS scheme") << QStringLiteral("com.example.app:/oauth2redirect")
                                        << QStringLiteral("com.example.app:/oauth2redirect")
                                        << QStringLiteral("com.example.app:") << false;
}

void TestAuthorize::consentPageNamesWhereTheBrowserGoes()
{
    QFETCH(QString, registered);
    QFETCH(QString, requested);
    QFETCH(QString, shown);
    QFETCH(bool, loopback);
    static int n = 0;
    const QString app = createApp(QStringLiteral("goes-%1").arg(++n), QStringLiteral("Goes Client"), {registered},
        ConsentPolicy::Always, {QStringLiteral("application:read")});
    QVERIFY(!app.isEmpty());
    HttpClient browser;
    const Params p = params(app, requested, QStringLiteral("application:read"));
    const Reply consent = signIn(browser, authorize(browser, p));
    QVERIFY2(consent.status == 200 && consent.body.contains("name=\"decision\""), describe(consent).constData());
    static const QRegularExpression host(QStringLiteral("<span class=\"host\">([^<]*)</span>"));
    QCOMPARE(decodeEntities(host.match(QString::fromUtf8(consent.body)).captured(1)), shown);
    QCOMPARE(pageText(consent.body).contains(QLatin1String("This is an application on this computer.")), loopback);
    verifyCode(decide(browser, consent, QStringLiteral("approve")), requested, valueOf(p, QStringLiteral("state")));
}

// -------------------------------------------------------------------------------------------------
// Errors shown as a page

void TestAuthorize::errorPages_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QByteArray>("query"); // appended raw: repeated parameters cannot be built otherwise
    QTest::addColumn<QString>("shows");

    const QByteArray rest
        = "&response_type=code&code_challenge_method=S256&code_challenge=" + challengeFor(kVerifier).toLatin1();
    QTest::newRow("unknown client") << QStringLiteral("no-such-client")
                                    << QByteArray("redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback") + rest
                                    << QStringLiteral("not registered with this server (client ID no-such-client)");
    QTest::newRow("no client_id") << QString()
                                  << QByteArray("redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback") + rest
                                  << QStringLiteral("no client ID");
    QTest::newRow("client_id twice") << QStringLiteral("@main")
                                     << QByteArray("client_id=x&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback")
            + rest << QStringLiteral("client ID more than once");
    QTest::newRow("no redirect_uri") << QStringLiteral("@main") << rest << QStringLiteral("no redirect_uri");
    QTest::newRow("redirect_uri twice")
        << QStringLiteral("@main")
        << QByteArray(
               "redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&redirect_uri=https%3A%2F%2Fevil.example%2F")
            + rest
        << QStringLiteral("redirect URI more than once");
    QTest::newRow("unregistered redirect_uri")
        << QStringLiteral("@main") << QByteArray("redirect_uri=https%3A%2F%2Fevil.example.net%2Fsteal") + rest
        << QStringLiteral("https://evil.example.net/steal, which is not one of its registered redirect URIs");
    QTest::newRow("redirect_uri not a URI")
        << QStringLiteral("@main") << QByteArray("redirect_uri=not%20a%20uri") + rest
        << QStringLiteral("not one of its registered redirect URIs");
}

void TestAuthorize::errorPages()
{
    QFETCH(QString, clientId);
    QFETCH(QByteArray, query);
    QFETCH(QString, shows);
    if (clientId == QLatin1String("@main"))
        clientId = m_main;
    const qint64 mark = auditMark();
    HttpClient browser;
    QByteArray q = query;
    if (!clientId.isEmpty())
        q = "client_id=" + QUrl::toPercentEncoding(clientId) + '&' + q;
    q += "&state=keep-me";
    const Reply r = browser.get(QUrl::fromEncoded(m_server->url(QStringLiteral("/authorize")).toUtf8() + '?' + q));
    verifyErrorPage(r, 400, {shows});
    QVERIFY(!r.body.contains("keep-me")); // nothing of the request is sent anywhere
    QVERIFY(r.header("x-frame-options") == "DENY");
    QVERIFY(r.header("cache-control").contains("no-store"));
    const auto refused = eventsSince(mark, QStringLiteral("authorize.refused"));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().outcome, AuditOutcome::Failure);
}

void TestAuthorize::redirectMismatch_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("reason");

    // Seed 001's kinds (scheme, trailing slash, port) and the rest of our rules.
    QTest::newRow("trailing slash") << QStringLiteral("https://app.example.com/callback/")
                                    << QStringLiteral("the path differs only by a trailing slash");
    QTest::newRow("different path") << QStringLiteral("https://app.example.com/other")
                                    << QStringLiteral("the path differs: requested /other, registered /callback");
    QTest::newRow("path case") << QStringLiteral("https://app.example.com/Callback")
                               << QStringLiteral("only the letter case differs");
    QTest::newRow("http instead of https") << QStringLiteral("http://app.example.com/callback")
                                           << QStringLiteral("the scheme differs: requested http, registered https");
    QTest::newRow("https instead of http") << QStringLiteral("https://127.0.0.1:7777/fixed")
                                           << QStringLiteral("the scheme differs: requested https, registered http");
    QTest::newRow("different host") << QStringLiteral("https://evil.example.com/callback")
                                    << QStringLiteral("the host differs: requested evil.example.com, registered "
                                                      "app.example.com");
    QTest::newRow("localhost for 127.0.0.1")
        << QStringLiteral("http://localhost:7777/fixed") << QStringLiteral("loopback names are not interchangeable");
    QTest::newRow("[::1] for localhost") << QStringLiteral("http://[::1]:5000/star")
                                         << QStringLiteral("loopback names are not interchangeable");
    QTest::newRow("other port than the registered fixed port") << QStringLiteral(
        "http://127.0.0.1:7778/fixed") << QStringLiteral("the port differs: requested 7778, registered 7777");
    QTest::newRow("no port for a registered fixed port") << QStringLiteral(
        "http://127.0.0.1/fixed") << QStringLiteral("the port differs: requested none, registered 7777");
    QTest::newRow("path under a port-less loopback registration") << QStringLiteral(
        "http://127.0.0.1:9000/cb/x") << QStringLiteral("the path differs: requested /cb/x, registered /cb");
    QTest::newRow("port on an https registration") << QStringLiteral(
        "https://app.example.com:8443/callback") << QStringLiteral("the port differs: requested 8443, registered none");
    QTest::newRow("query added") << QStringLiteral("https://app.example.com/callback?x=1")
                                 << QStringLiteral("the query differs: requested ?x=1, registered none");
    QTest::newRow("query changed") << QStringLiteral("https://app.example.com/q?tenant=2")
                                   << QStringLiteral("the query differs: requested ?tenant=2, registered ?tenant=1");
    QTest::newRow("fragment") << QStringLiteral("https://app.example.com/callback#frag")
                              << QStringLiteral("must not contain a fragment");
    QTest::newRow("empty fragment") << QStringLiteral("https://app.example.com/callback#")
                                    << QStringLiteral("must not contain a fragment");
    QTest::newRow("userinfo") << QStringLiteral("https://app.example.com@evil.example/callback")
                              << QStringLiteral("userinfo");
}

void TestAuthorize::redirectMismatch()
{
    QFETCH(QString, requested);
    QFETCH(QString, reason);
    const qint64 mark = auditMark();
    HttpClient browser;
    const Reply r = authorize(browser, params(m_main, requested, QStringLiteral("application:read")));
    verifyErrorPage(r, 400, {requested, reason, QStringLiteral("Test Main Client")});
    QVERIFY(r.header("set-cookie").isEmpty()); // no session for a request that goes nowhere
    const auto refused = eventsSince(mark, QStringLiteral("authorize.refused"));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().targetId, m_main);
    QVERIFY(refused.first().details.value(QStringLiteral("description")).toString().contains(reason));
}

void TestAuthorize::redirectMatches_data()
{
    QTest::addColumn<QString>("requested");
    QTest::newRow("exact https") << kWebRedirect;
    QTest::newRow("exact fixed loopback port") << kFixedPortRedirect;
    QTest::newRow("port-less loopback registration, port 1") << QStringLiteral("http://127.0.0.1:1/cb");
    QTest::newRow("port-less loopback registration, port 65535") << QStringLiteral("http://127.0.0.1:65535/cb");
    QTest::newRow("port-less loopback registration, no port") << kAnyPortRedirect;
    QTest::newRow(":* registration, port 5000") << QStringLiteral("http://localhost:5000/star");
    QTest::newRow(":* registration, port 61000") << QStringLiteral("http://localhost:61000/star");
    QTest::newRow("registered query") << kQueryRedirect;
}

void TestAuthorize::redirectMatches()
{
    QFETCH(QString, requested);
    HttpClient browser;
    const Params p = params(m_main, requested, QStringLiteral("application:read"));
    const Reply r = authorize(browser, p);
    QVERIFY2(r.status == 200 && r.body.contains("name=\"password\""), describe(r).constData());
    // And the redirect goes to exactly the requested URI, port included.
    const Reply done = decide(browser, signIn(browser, r), QStringLiteral("approve"));
    verifyCode(done, requested, valueOf(p, QStringLiteral("state")));
    QVERIFY2(done.header("location").startsWith(requested.toUtf8()), done.header("location").constData());
}

// -------------------------------------------------------------------------------------------------
// Errors returned to the client

void TestAuthorize::redirectedErrors_data()
{
    QTest::addColumn<QString>("change"); // name=value, name= (empty), -name (removed), +name=value (added twice)
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("says");

    QTest::newRow("response_type token") << QStringLiteral("response_type=token")
                                         << QStringLiteral("unsupported_response_type") << QStringLiteral("code");
    QTest::newRow("response_type missing")
        << QStringLiteral("-response_type") << QStringLiteral("invalid_request") << QStringLiteral("response_type");
    QTest::newRow("PKCE missing") << QStringLiteral("-code_challenge") << QStringLiteral("invalid_request")
                                  << QStringLiteral("PKCE is required");
    QTest::newRow("PKCE plain") << QStringLiteral("code_challenge_method=plain") << QStringLiteral("invalid_request")
                                << QStringLiteral("plain");
    QTest::newRow("PKCE method missing") << QStringLiteral("-code_challenge_method")
                                         << QStringLiteral("invalid_request") << QStringLiteral("S256");
    QTest::newRow("PKCE method unknown") << QStringLiteral("code_challenge_method=S512")
                                         << QStringLiteral("invalid_request") << QStringLiteral("S512");
    QTest::newRow("challenge too short") << QStringLiteral("code_challenge=abc") << QStringLiteral("invalid_request")
                                         << QStringLiteral("43 characters");
    QTest::newRow("challenge bad characters") << QStringLiteral("code_challenge=%1").arg(QString(43, u'+'))
                                              << QStringLiteral("invalid_request") << QStringLiteral("43 characters");
    QTest::newRow("challenge padded") << QStringLiteral("code_challenge=%1=").arg(challengeFor(kVerifier))
                                      << QStringLiteral("invalid_request") << QStringLiteral("43 characters");
    QTest::newRow("unknown resource") << QStringLiteral("resource=https://unknown.example/mcp")
                                      << QStringLiteral("invalid_target")
                                      << QStringLiteral("https://unknown.example/mcp");
    QTest::newRow("resource with a trailing slash")
        << QStringLiteral("resource=%1/").arg(kResource) << QStringLiteral("invalid_target") << QStringLiteral("mcp/");
    QTest::newRow("resource of another kind")
        << QStringLiteral("resource=urn:x") << QStringLiteral("invalid_target") << QStringLiteral("urn:x");
    QTest::newRow("scope outside the resource") << QStringLiteral("scope=application:read hostile:read")
                                                << QStringLiteral("invalid_scope") << QStringLiteral("hostile:read");
    QTest::newRow("scope unknown") << QStringLiteral("scope=openid") << QStringLiteral("invalid_scope")
                                   << QStringLiteral("openid");
    QTest::newRow("scope not allowed for the application")
        << QStringLiteral("scope=token:write") << QStringLiteral("invalid_scope") << QStringLiteral("token:write");
    QTest::newRow("scope syntax") << QStringLiteral("scope=a\"b") << QStringLiteral("invalid_scope")
                                  << QStringLiteral("not a valid scope token");
    QTest::newRow("scope repeated") << QStringLiteral("+scope=token:read") << QStringLiteral("invalid_request")
                                    << QStringLiteral("scope was sent more than once");
    QTest::newRow("code_challenge repeated") << QStringLiteral("+code_challenge=%1").arg(challengeFor("other"))
                                             << QStringLiteral("invalid_request") << QStringLiteral("code_challenge");
    // RFC 8707 section 2 allows several resources; this server binds a grant to one.
    QTest::newRow("resource repeated") << QStringLiteral("+resource=%1").arg(kHostileResource)
                                       << QStringLiteral("invalid_target")
                                       << QStringLiteral("names resource more than once");
    QTest::newRow("resource repeated with the same value")
        << QStringLiteral("+resource=%1").arg(kResource) << QStringLiteral("invalid_target")
        << QStringLiteral("one resource parameter");
    QTest::newRow("prompt unknown") << QStringLiteral("prompt=select_account") << QStringLiteral("invalid_request")
                                    << QStringLiteral("select_account");
    QTest::newRow("request object") << QStringLiteral("request=eyJhbGciOiJub25lIn0.e30.")
                                    << QStringLiteral("invalid_request") << QStringLiteral("Request objects");
}

void TestAuthorize::redirectedErrors()
{
    QFETCH(QString, change);
    QFETCH(QString, error);
    QFETCH(QString, says);
    const qint64 mark = auditMark();
    Params p = params(m_main, kWebRedirect, QStringLiteral("application:read"));
    if (change.startsWith(u'-')) {
        p = without(p, change.mid(1));
    } else if (change.startsWith(u'+')) {
        const qsizetype eq = change.indexOf(u'=');
        p.append({change.mid(1, eq - 1), change.mid(eq + 1)});
    } else {
        const qsizetype eq = change.indexOf(u'=');
        p = with(p, change.left(eq), change.mid(eq + 1));
    }
    HttpClient browser;
    const Reply r = authorize(browser, p);
    verifyError(r, kWebRedirect, error, valueOf(p, QStringLiteral("state")));
    const QString description = locationParam(r, QStringLiteral("error_description"));
    QVERIFY2(description.contains(says), qPrintable(description));
    // RFC 6749 4.1.2.1: only printable ASCII without '"' and '\' in error_description.
    for (const QChar c : description)
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() <= 0x7e && c != u'"' && c != u'\\', qPrintable(description));
    QVERIFY(r.header("cache-control").contains("no-store"));
    const auto refused = eventsSince(mark, QStringLiteral("authorize.refused"));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().details.value(QStringLiteral("error")).toString(), error);
}

void TestAuthorize::promptNone()
{
    // Without a session: login_required, and no page.
    HttpClient fresh;
    Params p = with(params(m_once, QStringLiteral("http://127.0.0.1:40002/cb"), QStringLiteral("application:read")),
        QStringLiteral("prompt"), QStringLiteral("none"));
    verifyError(authorize(fresh, p), QStringLiteral("http://127.0.0.1:40002/cb"), QStringLiteral("login_required"),
        valueOf(p, QStringLiteral("state")));

    // Signed in, but not consented yet (policy Once): consent_required.
    HttpClient browser;
    const Params first
        = params(m_never, QStringLiteral("http://127.0.0.1:40002/cb"), QStringLiteral("application:read"));
    verifyCode(
        runFlow(browser, first), QStringLiteral("http://127.0.0.1:40002/cb"), valueOf(first, QStringLiteral("state")));
    p = with(p, QStringLiteral("scope"), QStringLiteral("application:write"));
    verifyError(authorize(browser, p), QStringLiteral("http://127.0.0.1:40002/cb"), QStringLiteral("consent_required"),
        valueOf(p, QStringLiteral("state")));

    // Signed in with nothing to ask: the code without a page.
    const Params never = with(first, QStringLiteral("prompt"), QStringLiteral("none"));
    verifyCode(authorize(browser, never), QStringLiteral("http://127.0.0.1:40002/cb"),
        valueOf(never, QStringLiteral("state")));

    // prompt=login asks for the password again even with a session.
    const Params again = with(first, QStringLiteral("prompt"), QStringLiteral("login"));
    const Reply login = authorize(browser, again);
    QVERIFY2(login.status == 200 && login.body.contains("name=\"password\""), describe(login).constData());
    verifyCode(
        signIn(browser, login), QStringLiteral("http://127.0.0.1:40002/cb"), valueOf(again, QStringLiteral("state")));
}

void TestAuthorize::consentDenied()
{
    const qint64 mark = auditMark();
    HttpClient browser;
    const Params p = params(m_main, kWebRedirect, QStringLiteral("application:read"));
    const Reply consent = signIn(browser, authorize(browser, p));
    QVERIFY2(consent.status == 200, describe(consent).constData());
    const Reply denied = decide(browser, consent, QStringLiteral("deny"));
    verifyError(denied, kWebRedirect, QStringLiteral("access_denied"), valueOf(p, QStringLiteral("state")));
    QCOMPARE(eventsSince(mark, QStringLiteral("authorize.access_denied")).size(), 1);
    QCOMPARE(eventsSince(mark, QStringLiteral("consent.grant")).size(), 0);
    QCOMPARE(eventsSince(mark, QStringLiteral("authorize.code_issued")).size(), 0);
    // The pending request is gone: approving it afterwards is refused.
    const Reply late = decide(browser, consent, QStringLiteral("approve"));
    verifyErrorPage(late, 400, {QStringLiteral("expired or was already used")});
}

// -------------------------------------------------------------------------------------------------
// Omitted parameters

void TestAuthorize::omittedScopeUsesDefaults()
{
    // The Claude Code quirk (seed 004, anthropics/claude-code#12077): no scope parameter at all. The
    // application's allowed scopes on the resource are used, and the audit log says so.
    const qint64 mark = auditMark();
    HttpClient browser;
    const Params p = without(params(m_main, kWebRedirect, {}), QStringLiteral("scope"));
    const Reply login = authorize(browser, p);
    QVERIFY2(login.status == 200, describe(login).constData());
    const auto defaulted = eventsSince(mark, QStringLiteral("authorize.default_scope"));
    QCOMPARE(defaulted.size(), 1);
    auto mainApp = m_server->store->applications().find(m_main);
    QVERIFY(mainApp);
    QCOMPARE(defaulted.first().targetId, mainApp->id);
    QCOMPARE(defaulted.first().details.value(QStringLiteral("clientId")).toString(), m_main);
    // The defaults for anyone, and those only an administrator (as kUser is here) gets on top.
    QCOMPARE(defaulted.first().details.value(QStringLiteral("scopes")).toArray(),
        (QJsonArray{QStringLiteral("application:read"), QStringLiteral("token:read")}));
    QCOMPARE(defaulted.first().details.value(QStringLiteral("administratorScopes")).toArray(),
        QJsonArray{QStringLiteral("application:write")});
    const QJsonArray expected{
        QStringLiteral("application:read"), QStringLiteral("application:write"), QStringLiteral("token:read")};

    const Reply consent = signIn(browser, login);
    const QString text = pageText(consent.body);
    QVERIFY2(text.contains(QLatin1String("Read applications")) && text.contains(QLatin1String("Manage applications"))
            && text.contains(QLatin1String("Read tokens")) && !text.contains(QLatin1String("Revoke tokens")),
        qPrintable(text));
    verifyCode(decide(browser, consent, QStringLiteral("approve")), kWebRedirect, valueOf(p, QStringLiteral("state")));
    const auto issued = eventsSince(mark, QStringLiteral("authorize.code_issued"));
    QCOMPARE(issued.size(), 1);
    QCOMPARE(issued.first().details.value(QStringLiteral("scopes")).toArray(), expected);

    // An empty scope parameter is the same as none.
    const qint64 mark2 = auditMark();
    HttpClient other;
    QVERIFY(authorize(other, with(p, QStringLiteral("scope"), QString())).status == 200);
    QCOMPARE(eventsSince(mark2, QStringLiteral("authorize.default_scope")).size(), 1);
}

void TestAuthorize::omittedScopeForAnOrdinaryUser()
{
    // Least privilege by default: someone who is not an administrator gets the application's allowed
    // scopes that are not administrator-only, and the page does not list the rest as withheld, since
    // nobody asked for them.
    const qint64 mark = auditMark();
    HttpClient browser;
    const Params p = without(params(m_main, kWebRedirect, {}), QStringLiteral("scope"));
    const Reply consent = signIn(browser, authorize(browser, p), kOrdinaryUser, kOtherPassword);
    QVERIFY2(consent.status == 200 && consent.body.contains("name=\"decision\""), describe(consent).constData());
    const QString text = pageText(consent.body);
    QVERIFY2(text.contains(QLatin1String("Read applications")) && text.contains(QLatin1String("Read tokens"))
            && !text.contains(QLatin1String("Manage applications"))
            && !text.contains(QLatin1String("only administrators")),
        qPrintable(text));
    const Reply done = decide(browser, consent, QStringLiteral("approve"));
    verifyCode(done, kWebRedirect, valueOf(p, QStringLiteral("state")));
    auto redeemed
        = m_server->server->context().codes.redeem(locationParam(done, QStringLiteral("code")), ServerContext::now());
    QVERIFY(std::holds_alternative<AuthorizationCodeStore::Redeemed>(redeemed));
    QCOMPARE(std::get<AuthorizationCodeStore::Redeemed>(redeemed).grant.scopes,
        (QStringList{QStringLiteral("application:read"), QStringLiteral("token:read")}));
    QCOMPARE(eventsSince(mark, QStringLiteral("authorize.default_scope")).size(), 1);
    const auto issued = eventsSince(mark, QStringLiteral("authorize.code_issued"));
    QCOMPARE(issued.size(), 1);
    QCOMPARE(issued.first().actor, m_doraId);
    QVERIFY(!issued.first().details.contains(QStringLiteral("withheld")));
}

// -------------------------------------------------------------------------------------------------
// Administrator-only scopes

void TestAuthorize::administratorScopesWithheld()
{
    // Someone who is not an administrator asks for a write scope with others: the consent page lists
    // what will be granted and, apart, what is withheld and why; the code carries the rest.
    const qint64 mark = auditMark();
    const QString scope = QStringLiteral("application:read application:write token:read");
    HttpClient browser;
    const Params p = params(m_main, kWebRedirect, scope);
    const Reply consent = signIn(browser, authorize(browser, p), kOrdinaryUser, kOtherPassword);
    QVERIFY2(consent.status == 200 && consent.body.contains("name=\"decision\""), describe(consent).constData());
    const QString text = pageText(consent.body);
    const qsizetype withheldAt = text.indexOf(QLatin1String("Not granted, because only administrators can allow it:"));
    QVERIFY2(withheldAt > 0, qPrintable(text));
    const QString granted = text.left(withheldAt);
    const QString withheld = text.mid(withheldAt);
    QVERIFY2(granted.contains(QLatin1String("Read applications")) && granted.contains(QLatin1String("Read tokens"))
            && !granted.contains(QLatin1String("Manage applications")),
        qPrintable(granted));
    QVERIFY2(withheld.contains(QLatin1String("Manage applications"))
            && withheld.contains(QLatin1String("application:write"))
            && !withheld.contains(QLatin1String("Read tokens")),
        qPrintable(withheld));
    QVERIFY(consent.body.contains("class=\"scopes withheld\""));

    const Reply done = decide(browser, consent, QStringLiteral("approve"));
    verifyCode(done, kWebRedirect, valueOf(p, QStringLiteral("state")));
    auto redeemed
        = m_server->server->context().codes.redeem(locationParam(done, QStringLiteral("code")), ServerContext::now());
    QVERIFY(std::holds_alternative<AuthorizationCodeStore::Redeemed>(redeemed));
    QCOMPARE(std::get<AuthorizationCodeStore::Redeemed>(redeemed).grant.scopes,
        (QStringList{QStringLiteral("application:read"), QStringLiteral("token:read")}));
    const auto issued = eventsSince(mark, QStringLiteral("authorize.code_issued"));
    QCOMPARE(issued.size(), 1);
    QCOMPARE(issued.first().details.value(QStringLiteral("withheld")).toArray(),
        QJsonArray{QStringLiteral("application:write")});
    // The consent holds what was granted, not what was asked.
    const auto grants = eventsSince(mark, QStringLiteral("consent.grant"));
    QCOMPARE(grants.size(), 1);
    auto stored = m_server->store->consents().find(grants.first().targetId);
    QVERIFY(stored);
    QVERIFY(!stored->scopes.contains(QStringLiteral("application:write")));

    // An administrator asking the same gets it all, with nothing withheld.
    const qint64 mark2 = auditMark();
    HttpClient admin;
    const Params q = params(m_main, kWebRedirect, scope);
    const Reply adminConsent = signIn(admin, authorize(admin, q));
    QVERIFY2(adminConsent.status == 200, describe(adminConsent).constData());
    const QString adminText = pageText(adminConsent.body);
    QVERIFY2(
        adminText.contains(QLatin1String("Manage applications")) && !adminText.contains(QLatin1String("Not granted")),
        qPrintable(adminText));
    const Reply adminDone = decide(admin, adminConsent, QStringLiteral("approve"));
    verifyCode(adminDone, kWebRedirect, valueOf(q, QStringLiteral("state")));
    auto adminCode = m_server->server->context().codes.redeem(
        locationParam(adminDone, QStringLiteral("code")), ServerContext::now());
    QVERIFY(std::holds_alternative<AuthorizationCodeStore::Redeemed>(adminCode));
    QCOMPARE(std::get<AuthorizationCodeStore::Redeemed>(adminCode).grant.scopes,
        (QStringList{
            QStringLiteral("application:read"), QStringLiteral("application:write"), QStringLiteral("token:read")}));
    const auto adminIssued = eventsSince(mark2, QStringLiteral("authorize.code_issued"));
    QCOMPARE(adminIssued.size(), 1);
    QVERIFY(!adminIssued.first().details.contains(QStringLiteral("withheld")));

    // The same browser, signed in again as someone else: decided again for that person.
    const Params r = with(params(m_main, kWebRedirect, scope), QStringLiteral("prompt"), QStringLiteral("login"));
    const Reply again = signIn(admin, authorize(admin, r), kOrdinaryUser, kOtherPassword);
    QVERIFY2(again.status == 200, describe(again).constData());
    QVERIFY(pageText(again.body).contains(QLatin1String("Not granted, because only administrators can allow it:")));
}

void TestAuthorize::onlyAdministratorScopesAsked()
{
    // Nothing left to grant: the client hears access_denied, with the reason, once the user is known.
    const qint64 mark = auditMark();
    HttpClient browser;
    const Params p = params(m_main, kWebRedirect, QStringLiteral("application:write"));
    const Reply login = authorize(browser, p);
    QVERIFY2(login.status == 200 && login.body.contains("name=\"password\""), describe(login).constData());
    const Reply refused = signIn(browser, login, kOrdinaryUser, kOtherPassword);
    verifyError(refused, kWebRedirect, QStringLiteral("access_denied"), valueOf(p, QStringLiteral("state")));
    const QString description = locationParam(refused, QStringLiteral("error_description"));
    QVERIFY2(description.contains(QLatin1String("Only administrators"))
            && description.contains(QLatin1String("application:write")),
        qPrintable(description));
    QCOMPARE(eventsSince(mark, QStringLiteral("authorize.code_issued")).size(), 0);
    QCOMPARE(eventsSince(mark, QStringLiteral("consent.grant")).size(), 0);
    const auto audited = eventsSince(mark, QStringLiteral("authorize.refused"));
    QCOMPARE(audited.size(), 1);
    QCOMPARE(audited.first().details.value(QStringLiteral("error")).toString(), QStringLiteral("access_denied"));
}

void TestAuthorize::administratorScopesWithoutConsentPage()
{
    // An application that skips the consent page does not skip the rule: the code carries only what
    // this user may hold, and the audit log names what was withheld.
    const qint64 mark = auditMark();
    const QString redirect = QStringLiteral("http://127.0.0.1:40006/cb");
    HttpClient browser;
    const Params p = params(m_never, redirect, QStringLiteral("application:read application:write"));
    const Reply done = signIn(browser, authorize(browser, p), kOrdinaryUser, kOtherPassword);
    verifyCode(done, redirect, valueOf(p, QStringLiteral("state")));
    auto redeemed
        = m_server->server->context().codes.redeem(locationParam(done, QStringLiteral("code")), ServerContext::now());
    QVERIFY(std::holds_alternative<AuthorizationCodeStore::Redeemed>(redeemed));
    QCOMPARE(std::get<AuthorizationCodeStore::Redeemed>(redeemed).grant.scopes,
        QStringList{QStringLiteral("application:read")});
    const auto issued = eventsSince(mark, QStringLiteral("authorize.code_issued"));
    QCOMPARE(issued.size(), 1);
    QCOMPARE(issued.first().details.value(QStringLiteral("consent")).toString(), QStringLiteral("policy_never"));
    QCOMPARE(issued.first().details.value(QStringLiteral("withheld")).toArray(),
        QJsonArray{QStringLiteral("application:write")});
}

void TestAuthorize::omittedResource()
{
    // RFC 8707 leaves `resource` optional and some clients omit it (claude-code#10572, MCP-AUTH Q3).
    // Every token needs an audience, so the server picks one only when the choice is unambiguous: the
    // built-in MCP server when it belongs to the application's organization, else the organization's
    // only resource; the choice is audited. With several resources and no built-in one the request
    // is refused with invalid_target, because guessing would mint a token for the wrong server.
    Store& store = *m_server->store;
    const AuditContext ctx{QStringLiteral("test"), QStringLiteral("test")};

    auto makeOrg = [&](const QString& name, const QStringList& resources) -> QPair<QString, QString> {
        auto org = store.organizations().create(Organization{{}, name, name, 0}, ctx);
        if (!org)
            return {};
        if (!store.scopes().create(Scope{{}, org->id, QStringLiteral("data:read"), QStringLiteral("Read data"),
                                       QStringLiteral("Read the data.")},
                ctx))
            return {};
        for (const QString& uri : resources) {
            Resource r;
            r.organizationId = org->id;
            r.uri = uri;
            r.scopes = {QStringLiteral("data:read")};
            if (!store.resources().create(r, ctx))
                return {};
        }
        Application app;
        app.organizationId = org->id;
        app.name = name + QStringLiteral("-app");
        app.redirectUris = {kAnyPortRedirect};
        app.allowedScopes = {QStringLiteral("data:read")};
        app.consentPolicy = ConsentPolicy::Never;
        auto saved = store.applications().create(app, ctx);
        if (!saved)
            return {};
        User bob;
        bob.organizationId = org->id;
        bob.username = QStringLiteral("bob");
        if (!store.users().create(bob, kOtherPassword, ctx))
            return {};
        return {org->id, saved->application.clientId};
    };

    // One resource: it is the audience.
    const auto solo = makeOrg(QStringLiteral("solo"), {QStringLiteral("https://solo.example/mcp")});
    QVERIFY(!solo.second.isEmpty());
    const qint64 mark = auditMark();
    HttpClient browser;
    const Params p
        = without(params(solo.second, QStringLiteral("http://127.0.0.1:40003/cb"), QStringLiteral("data:read")),
            QStringLiteral("resource"));
    const Reply login = authorize(browser, p);
    QVERIFY2(login.status == 200, describe(login).constData());
    const Reply done = signIn(browser, login, QStringLiteral("bob"), kOtherPassword);
    verifyCode(done, QStringLiteral("http://127.0.0.1:40003/cb"), valueOf(p, QStringLiteral("state")));
    const auto chosen = eventsSince(mark, QStringLiteral("authorize.default_resource"));
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().details.value(QStringLiteral("resource")).toString(),
        QStringLiteral("https://solo.example/mcp"));
    const auto issued = eventsSince(mark, QStringLiteral("authorize.code_issued"));
    QCOMPARE(issued.size(), 1);
    QCOMPARE(issued.first().details.value(QStringLiteral("resource")).toString(),
        QStringLiteral("https://solo.example/mcp"));

    // Two resources and no built-in one: refused.
    const auto multi = makeOrg(QStringLiteral("multi"),
        {QStringLiteral("https://one.example/mcp"), QStringLiteral("https://two.example/mcp")});
    QVERIFY(!multi.second.isEmpty());
    HttpClient other;
    const Params q
        = without(params(multi.second, QStringLiteral("http://127.0.0.1:40003/cb"), QStringLiteral("data:read")),
            QStringLiteral("resource"));
    const Reply refused = authorize(other, q);
    verifyError(refused, QStringLiteral("http://127.0.0.1:40003/cb"), QStringLiteral("invalid_target"),
        valueOf(q, QStringLiteral("state")));
    QVERIFY(locationParam(refused, QStringLiteral("error_description")).contains(QLatin1String("RFC 8707")));

    // The built-in MCP server of this issuer wins in its organization, however many resources it has.
    const QString builtIn = m_server->issuer + QStringLiteral("/mcp");
    auto existing = store.resources().find(builtIn);
    QString builtInOrg;
    if (existing && existing->uri == builtIn) {
        builtInOrg = existing->organizationId;
    } else {
        Resource r;
        r.organizationId = multi.first;
        r.uri = builtIn;
        r.scopes = {QStringLiteral("data:read")};
        QVERIFY(store.resources().create(r, ctx));
        builtInOrg = multi.first;
    }
    if (builtInOrg == multi.first) {
        const qint64 mark2 = auditMark();
        HttpClient third;
        QVERIFY(authorize(third, q).status == 200);
        const auto picked = eventsSince(mark2, QStringLiteral("authorize.default_resource"));
        QCOMPARE(picked.size(), 1);
        QCOMPARE(picked.first().details.value(QStringLiteral("resource")).toString(), builtIn);
    }
}

// -------------------------------------------------------------------------------------------------
// Consent policies

void TestAuthorize::consentAlways()
{
    HttpClient browser;
    int logins = 0;
    int consents = 0;
    const Params p = params(m_main, kWebRedirect, QStringLiteral("application:read"));
    verifyCode(runFlow(browser, p, &logins, &consents), kWebRedirect, valueOf(p, QStringLiteral("state")));
    QCOMPARE(logins, 1);
    QCOMPARE(consents, 1);
    // Signed in now, same scopes: the page comes again, without the login.
    const Params again = params(m_main, kWebRedirect, QStringLiteral("application:read"));
    verifyCode(runFlow(browser, again, &logins, &consents), kWebRedirect, valueOf(again, QStringLiteral("state")));
    QCOMPARE(logins, 0);
    QCOMPARE(consents, 1);
}

void TestAuthorize::consentOnce()
{
    const QString redirect = QStringLiteral("http://127.0.0.1:40004/cb");
    HttpClient browser;
    int logins = 0;
    int consents = 0;
    const qint64 mark = auditMark();
    const Params first = params(m_once, redirect, QStringLiteral("application:read application:write"));
    verifyCode(runFlow(browser, first, &logins, &consents), redirect, valueOf(first, QStringLiteral("state")));
    QCOMPARE(logins, 1);
    QCOMPARE(consents, 1);

    // The same scopes, and fewer: straight back with a code.
    for (const QString& scope :
        {QStringLiteral("application:read application:write"), QStringLiteral("application:read")}) {
        const Params p = params(m_once, redirect, scope);
        const Reply r = authorize(browser, p);
        verifyCode(r, redirect, valueOf(p, QStringLiteral("state")));
    }
    auto issued = eventsSince(mark, QStringLiteral("authorize.code_issued"));
    QCOMPARE(issued.size(), 3);
    QCOMPARE(issued.at(1).details.value(QStringLiteral("consent")).toString(), QStringLiteral("remembered"));

    // A new scope: the page again, listing what is asked.
    const Params wider = params(m_once, redirect, QStringLiteral("application:read token:read"));
    const Reply page = authorize(browser, wider);
    QVERIFY2(page.status == 200 && page.body.contains("name=\"decision\""), describe(page).constData());
    QVERIFY(pageText(page.body).contains(QLatin1String("Read tokens")));
    verifyCode(decide(browser, page, QStringLiteral("approve")), redirect, valueOf(wider, QStringLiteral("state")));

    // The consent now holds the union; all three scopes pass without a page.
    auto consentsNow = m_server->store->consents().list({});
    QVERIFY(consentsNow);
    QStringList granted;
    for (const Consent& c : *consentsNow) {
        if (c.resource == kResource && !c.isRevoked()) {
            auto app = m_server->store->applications().find(m_once);
            if (app && c.applicationId == app->id)
                granted = c.scopes;
        }
    }
    granted.sort();
    QCOMPARE(granted,
        (QStringList{
            QStringLiteral("application:read"), QStringLiteral("application:write"), QStringLiteral("token:read")}));
    const Params all = params(m_once, redirect, QStringLiteral("token:read application:write application:read"));
    verifyCode(authorize(browser, all), redirect, valueOf(all, QStringLiteral("state")));

    // Another user (another browser) is asked for their own consent.
    HttpClient second;
    const Reply login = authorize(second, params(m_once, redirect, QStringLiteral("application:read")));
    QVERIFY(login.status == 200 && login.body.contains("name=\"password\""));

    // prompt=consent asks even when covered.
    const Params forced = with(params(m_once, redirect, QStringLiteral("application:read")), QStringLiteral("prompt"),
        QStringLiteral("consent"));
    const Reply asked = authorize(browser, forced);
    QVERIFY2(asked.status == 200 && asked.body.contains("name=\"decision\""), describe(asked).constData());
}

void TestAuthorize::consentNever()
{
    const qint64 mark = auditMark();
    HttpClient browser;
    int logins = 0;
    int consents = 0;
    const Params p = params(m_never, QStringLiteral("http://127.0.0.1:40005/cb"), QStringLiteral("token:read"));
    verifyCode(runFlow(browser, p, &logins, &consents), QStringLiteral("http://127.0.0.1:40005/cb"),
        valueOf(p, QStringLiteral("state")));
    QCOMPARE(logins, 1);
    QCOMPARE(consents, 0);
    const auto issued = eventsSince(mark, QStringLiteral("authorize.code_issued"));
    QCOMPARE(issued.size(), 1);
    QCOMPARE(issued.first().details.value(QStringLiteral("consent")).toString(), QStringLiteral("policy_never"));
    QCOMPARE(eventsSince(mark, QStringLiteral("consent.grant")).size(), 0);
}

// -------------------------------------------------------------------------------------------------
// Login

void TestAuthorize::loginWrongPassword()
{
    const qint64 mark = auditMark();
    HttpClient browser;
    const Params p = params(m_main, kWebRedirect, QStringLiteral("application:read"));
    const Reply login = authorize(browser, p);
    const QString wrong = QStringLiteral("this is not the password");
    const Reply again = signIn(browser, login, QString::fromLatin1(kUser), wrong);
    QVERIFY2(again.status == 200 && again.body.contains("name=\"password\""), describe(again).constData());
    const QString text = pageText(again.body);
    QVERIFY2(text.contains(QLatin1String("Sign-in failed. Check your username and password.")), qPrintable(text));
    QVERIFY(again.body.contains("value=\"alice\"")); // the username stays, the password does not
    QVERIFY(!again.body.contains(wrong.toUtf8()));
    // An unknown user gets the same words; what was typed as the name (often a password in the
    // wrong field) stays out of the audit log.
    const QString typedName = QStringLiteral("Tr0ub4dor&3-typed-into-the-name-field");
    const Reply unknown = signIn(browser, login, typedName, wrong);
    QVERIFY(pageText(unknown.body).contains(QLatin1String("Sign-in failed. Check your username and password.")));
    // The right password still works on the same page.
    verifyCode(decide(browser, signIn(browser, login), QStringLiteral("approve")), kWebRedirect,
        valueOf(p, QStringLiteral("state")));

    const auto failures = eventsSince(mark, QStringLiteral("login.failure"));
    QCOMPARE(failures.size(), 2);
    QCOMPARE(failures.at(0).details.value(QStringLiteral("reason")).toString(), QStringLiteral("wrong_password"));
    QCOMPARE(failures.at(0).details.value(QStringLiteral("username")).toString(), QString::fromLatin1(kUser));
    QCOMPARE(failures.at(0).outcome, AuditOutcome::Failure);
    QCOMPARE(failures.at(1).details.value(QStringLiteral("reason")).toString(), QStringLiteral("unknown_user"));
    QVERIFY(!failures.at(1).details.contains(QStringLiteral("username")));
    QCOMPARE(eventsSince(mark, QStringLiteral("login.success")).size(), 1);
    verifyNoPasswordInAudit({wrong, QString::fromLatin1(kUserPassword), typedName});
}

void TestAuthorize::loginLockout()
{
    ServerSettings settings;
    settings.maxLoginFailures = 3;
    settings.lockoutSeconds = 120;
    QString why;
    auto server = startServer(&why, settings);
    QVERIFY2(server, qPrintable(why));
    std::swap(server, m_server); // the helpers talk to m_server
    const auto restore = qScopeGuard([&] { std::swap(server, m_server); });
    const QString app = createApp(QStringLiteral("lockout"), QStringLiteral("Lockout Client"), {kAnyPortRedirect},
        ConsentPolicy::Never, {QStringLiteral("application:read")});
    QVERIFY(!app.isEmpty());
    const QString redirect = QStringLiteral("http://127.0.0.1:40006/cb");
    const Params p = with(params(app, redirect, QStringLiteral("application:read")), QStringLiteral("resource"),
        QString::fromLatin1(DemoData::kResourceUri));

    const qint64 mark = auditMark();
    HttpClient browser;
    const Reply login = authorize(browser, p);
    QVERIFY2(login.status == 200, describe(login).constData());
    for (int i = 1; i <= 2; ++i) {
        const Reply r
            = signIn(browser, login, QString::fromLatin1(kUser), QStringLiteral("wrong password number %1").arg(i));
        QVERIFY(pageText(r.body).contains(QLatin1String("Sign-in failed")));
        QVERIFY(!pageText(r.body).contains(QLatin1String("locked")));
    }
    // The third failure locks the account, and the page says so and for how long.
    const Reply locked = signIn(browser, login, QString::fromLatin1(kUser), QStringLiteral("wrong password number 3"));
    QString text = pageText(locked.body);
    QVERIFY2(text.contains(QLatin1String("locked")) && text.contains(QLatin1String("2 minutes")), qPrintable(text));
    // The right password is refused while locked.
    const Reply refused = signIn(browser, login);
    QVERIFY2(refused.status == 200 && refused.body.contains("name=\"password\""), describe(refused).constData());
    text = pageText(refused.body);
    QVERIFY2(text.contains(QLatin1String("locked")) && text.contains(QLatin1String("2 minutes")), qPrintable(text));

    QCOMPARE(eventsSince(mark, QStringLiteral("login.locked")).size(), 1);
    const auto failures = eventsSince(mark, QStringLiteral("login.failure"));
    QCOMPARE(failures.size(), 4);
    QCOMPARE(failures.last().details.value(QStringLiteral("reason")).toString(), QStringLiteral("locked"));
    QCOMPARE(eventsSince(mark, QStringLiteral("login.success")).size(), 0);

    // When the lock has passed (lifted by an administrator here), the right password works.
    QVERIFY(m_server->store->users().unlock(
        QString::fromLatin1(kUser), AuditContext{QStringLiteral("test"), QStringLiteral("test")}));
    verifyCode(signIn(browser, login), redirect, valueOf(p, QStringLiteral("state")));
    verifyNoPasswordInAudit({QString::fromLatin1(kUserPassword), QStringLiteral("wrong password number")});
}

void TestAuthorize::loginDisabledUser()
{
    const AuditContext ctx{QStringLiteral("test"), QStringLiteral("test")};
    User carol;
    carol.organizationId = m_orgId;
    carol.username = QStringLiteral("carol");
    carol.disabled = true;
    auto created = m_server->store->users().create(carol, kOtherPassword, ctx);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    if (!created->disabled) {
        User u = *created;
        u.disabled = true;
        QVERIFY(m_server->store->users().update(u, ctx));
    }
    const qint64 mark = auditMark();
    HttpClient browser;
    const Reply login = authorize(browser, params(m_main, kWebRedirect, QStringLiteral("application:read")));
    const Reply refused = signIn(browser, login, QStringLiteral("carol"), kOtherPassword);
    QVERIFY2(refused.status == 200 && refused.body.contains("name=\"password\""), describe(refused).constData());
    const QString text = pageText(refused.body);
    QVERIFY2(text.contains(QLatin1String("disabled")), qPrintable(text));
    const auto failures = eventsSince(mark, QStringLiteral("login.failure"));
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().details.value(QStringLiteral("reason")).toString(), QStringLiteral("disabled"));
    QCOMPARE(failures.first().targetId, created->id);
    // A wrong password for a disabled account says nothing about the account.
    const Reply wrong = signIn(browser, login, QStringLiteral("carol"), QStringLiteral("not carol's password at all"));
    QVERIFY(!pageText(wrong.body).contains(QLatin1String("disabled")));
    QCOMPARE(eventsSince(mark, QStringLiteral("login.success")).size(), 0);
}

// -------------------------------------------------------------------------------------------------
// Security of the pages

void TestAuthorize::csrfTokenRequired_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("token"); // "missing", "wrong", "other session"
    for (const char* form : {"login", "consent"}) {
        for (const char* token : {"missing", "wrong", "empty", "other session"})
            QTest::newRow(qPrintable(QStringLiteral("%1, %2").arg(QLatin1String(form), QLatin1String(token))))
                << QString::fromLatin1(form) << QString::fromLatin1(token);
    }
}

void TestAuthorize::csrfTokenRequired()
{
    QFETCH(QString, form);
    QFETCH(QString, token);
    HttpClient browser;
    const Params p = params(m_main, kWebRedirect, QStringLiteral("application:read"));
    Reply page = authorize(browser, p);
    if (form == QLatin1String("consent"))
        page = signIn(browser, page);
    QVERIFY2(page.status == 200, describe(page).constData());
    auto fields = hiddenFields(page.body);

    QString csrf;
    if (token == QLatin1String("wrong"))
        csrf = SecureRandom::token(32);
    else if (token == QLatin1String("other session")) {
        HttpClient other;
        csrf = hiddenFields(authorize(other, p).body).value(QStringLiteral("csrf_token"));
    }
    Params body{{QStringLiteral("request"), fields.value(QStringLiteral("request"))}};
    if (token != QLatin1String("missing"))
        body.append({QStringLiteral("csrf_token"), csrf});
    if (form == QLatin1String("login")) {
        body.append({QStringLiteral("username"), QString::fromLatin1(kUser)});
        body.append({QStringLiteral("password"), QString::fromLatin1(kUserPassword)});
    } else {
        body.append({QStringLiteral("decision"), QStringLiteral("approve")});
    }
    const qint64 mark = auditMark();
    const Reply r = browser.postForm(QUrl(m_server->url(QStringLiteral("/authorize/") + form)), encode(body));
    verifyErrorPage(r, 403, {QStringLiteral("security token is missing or wrong")});
    QCOMPARE(eventsSince(mark, QStringLiteral("authorize.csrf_refused")).size(), 1);
    QCOMPARE(eventsSince(mark, QStringLiteral("login.success")).size(), 0);
    QCOMPARE(eventsSince(mark, QStringLiteral("authorize.code_issued")).size(), 0);
    // The real form still works afterwards.
    if (form == QLatin1String("login"))
        page = signIn(browser, page);
    verifyCode(decide(browser, page, QStringLiteral("approve")), kWebRedirect, valueOf(p, QStringLiteral("state")));
}

void TestAuthorize::sessionBinding()
{
    const Params p = params(m_main, kWebRedirect, QStringLiteral("application:read"));
    HttpClient victim;
    const Reply victimPage = authorize(victim, p);
    const QString victimRequest = hiddenFields(victimPage.body).value(QStringLiteral("request"));
    QVERIFY(!victimRequest.isEmpty());

    // Another browser, with its own valid session and CSRF token, cannot use the victim's request.
    HttpClient attacker;
    const Reply attackerPage = authorize(attacker, params(m_main, kWebRedirect, QStringLiteral("application:read")));
    const QString attackerCsrf = hiddenFields(attackerPage.body).value(QStringLiteral("csrf_token"));
    Reply r = attacker.postForm(QUrl(m_server->url(QStringLiteral("/authorize/login"))),
        encode({{QStringLiteral("request"), victimRequest}, {QStringLiteral("csrf_token"), attackerCsrf},
            {QStringLiteral("username"), QString::fromLatin1(kUser)},
            {QStringLiteral("password"), QString::fromLatin1(kUserPassword)}}));
    verifyErrorPage(r, 400, {QStringLiteral("expired or was already used")});
    r = attacker.get(QUrl(m_server->url(QStringLiteral("/authorize/continue?request=")) + victimRequest));
    verifyErrorPage(r, 400, {QStringLiteral("expired or was already used")});

    // A browser without any session cookie is refused as well.
    HttpClient noCookie;
    r = noCookie.postForm(QUrl(m_server->url(QStringLiteral("/authorize/login"))),
        encode({{QStringLiteral("request"), victimRequest},
            {QStringLiteral("csrf_token"), hiddenFields(victimPage.body).value(QStringLiteral("csrf_token"))},
            {QStringLiteral("username"), QString::fromLatin1(kUser)},
            {QStringLiteral("password"), QString::fromLatin1(kUserPassword)}}));
    verifyErrorPage(r, 400, {QStringLiteral("did not send its cookie")});

    // The session signed in by the attacker does not carry over to the victim's request either: after
    // the attacker signs in on their own request, the victim still sees the login page.
    const Reply attackerConsent = signIn(attacker, attackerPage);
    QVERIFY(attackerConsent.status == 200);
    r = victim.get(QUrl(m_server->url(QStringLiteral("/authorize/continue?request=")) + victimRequest));
    QVERIFY2(r.status == 200 && r.body.contains("name=\"password\""), describe(r).constData());

    // The session id changes when signing in (no fixation): the pre-login cookie is dead afterwards.
    const QByteArray before = victimPage.header("set-cookie");
    const Reply consent = signIn(victim, victimPage);
    QVERIFY(consent.status == 200);
    const QByteArray oldId = before.mid(before.indexOf('=') + 1, before.indexOf(';') - before.indexOf('=') - 1);
    HttpClient replay;
    r = replay.get(QUrl(m_server->url(QStringLiteral("/authorize/continue?request=")) + victimRequest),
        {{"Cookie", "mcpauth_session=" + oldId}});
    verifyErrorPage(r, 400, {QStringLiteral("did not send its cookie")});
}

void TestAuthorize::securityHeaders()
{
    HttpClient browser;
    const Params p = params(m_main, QStringLiteral("http://127.0.0.1:40007/cb"), QStringLiteral("application:read"));
    const Reply login = authorize(browser, p);
    Reply signedIn;
    const Reply consent
        = signIn(browser, login, QString::fromLatin1(kUser), QString::fromLatin1(kUserPassword), &signedIn);
    const Reply error = browser.get(QUrl(m_server->url(QStringLiteral("/authorize?client_id=nobody"))));
    const Reply redirect = decide(browser, consent, QStringLiteral("approve"));
    const Reply* const all[] = {&login, &signedIn, &consent, &error, &redirect};
    QCOMPARE(signedIn.status, 303);
    for (const Reply* r : all) {
        QCOMPARE(r->header("x-frame-options"), QByteArray("DENY"));
        const QByteArray csp = r->header("content-security-policy");
        QVERIFY2(csp.contains("frame-ancestors 'none'"), csp.constData());
        QVERIFY2(csp.contains("default-src 'none'"), csp.constData());
        QVERIFY(r->header("cache-control").contains("no-store"));
        // Not no-referrer: a browser would send "Origin: null" on our own forms.
        QCOMPARE(r->header("referrer-policy"), QByteArray("same-origin"));
        QCOMPARE(r->header("x-content-type-options"), QByteArray("nosniff"));
    }
    for (const Reply* r : {&login, &consent, &error})
        QVERIFY2(!r->body.contains("no-referrer"), "a page's meta referrer would make its forms send Origin: null");
    for (const Reply* r : {&login, &consent, &error})
        QVERIFY(r->header("content-type").startsWith("text/html; charset=utf-8")
            || r->header("content-type").startsWith("text/html;charset=utf-8"));
    // The forms may post to us, and the redirect after them may go to the client's origin only.
    QVERIFY2(consent.header("content-security-policy").contains("form-action 'self' http://127.0.0.1:40007;"),
        consent.header("content-security-policy").constData());

    const QByteArray cookie = login.header("set-cookie");
    QVERIFY2(cookie.startsWith("mcpauth_session="), cookie.constData());
    QVERIFY(cookie.contains("; HttpOnly"));
    QVERIFY(cookie.contains("; SameSite=Lax"));
    QVERIFY(cookie.contains("; Path=/"));
    QVERIFY(!cookie.contains("Secure")); // plain http on loopback: a Secure cookie would never come back
    // Signing in sets a new session id with the same attributes.
    const QByteArray rotated = signedIn.header("set-cookie");
    QVERIFY2(
        rotated.startsWith("mcpauth_session=") && rotated.contains("; HttpOnly") && rotated.contains("; SameSite=Lax"),
        rotated.constData());
    QVERIFY(rotated.left(rotated.indexOf(';')) != cookie.left(cookie.indexOf(';')));
    QVERIFY(consent.header("set-cookie").isEmpty());

    // The cookie builder under TLS, whatever the server does.
    BrowserSession session;
    session.id = QStringLiteral("abc");
    const QByteArray tls = BrowserSessionStore::setCookieHeader(session, true);
    QCOMPARE(tls, QByteArray("__Host-mcpauth_session=abc; Path=/; HttpOnly; SameSite=Lax; Secure"));
}

void TestAuthorize::cookiesOverTls()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("no openssl command to make a test certificate");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess p;
    p.start(openssl,
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
            QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
            QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY(p.waitForFinished(30000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

    ServerSettings settings;
    settings.tlsCertificatePath = cert;
    settings.tlsKeyPath = key;
    QString why;
    auto server = startServer(&why, settings);
    QVERIFY2(server, qPrintable(why));
    QVERIFY(server->issuer.startsWith(QLatin1String("https://127.0.0.1:")));
    std::swap(server, m_server);
    const auto restore = qScopeGuard([&] { std::swap(server, m_server); });

    // Trust exactly this certificate for the client side of the test.
    QFile certFile(cert);
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    const QSslConfiguration saved = config;
    config.addCaCertificates(QSslCertificate::fromData(certFile.readAll(), QSsl::Pem));
    QSslConfiguration::setDefaultConfiguration(config);
    const auto restoreSsl = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(saved); });

    const QString app = createApp(QStringLiteral("tls-client"), QStringLiteral("TLS Client"), {kAnyPortRedirect},
        ConsentPolicy::Always, {QStringLiteral("application:read")});
    HttpClient browser;
    const Params params_
        = with(params(app, QStringLiteral("http://127.0.0.1:40008/cb"), QStringLiteral("application:read")),
            QStringLiteral("resource"), QString::fromLatin1(DemoData::kResourceUri));
    const Reply login = authorize(browser, params_);
    QVERIFY2(login.status == 200, describe(login).constData());
    const QByteArray cookie = login.header("set-cookie");
    QVERIFY2(cookie.startsWith("__Host-mcpauth_session="), cookie.constData());
    QVERIFY(cookie.contains("; Secure"));
    QVERIFY(cookie.contains("; HttpOnly"));
    QVERIFY(cookie.contains("; SameSite=Lax"));
    QVERIFY(cookie.contains("; Path=/"));
    QVERIFY(!cookie.contains("Domain="));
    Reply signedIn;
    const Reply consent
        = signIn(browser, login, QString::fromLatin1(kUser), QString::fromLatin1(kUserPassword), &signedIn);
    QVERIFY2(consent.status == 200, describe(consent).constData());
    QVERIFY(signedIn.header("set-cookie").startsWith("__Host-mcpauth_session="));
    QVERIFY(signedIn.header("set-cookie").contains("; Secure"));
    const Reply done = decide(browser, consent, QStringLiteral("approve"));
    verifyCode(done, QStringLiteral("http://127.0.0.1:40008/cb"), valueOf(params_, QStringLiteral("state")));
    QVERIFY(locationParam(done, QStringLiteral("iss")).startsWith(QLatin1String("https://")));
}

void TestAuthorize::pagesUnderIssuerPath()
{
    // Behind a proxy that serves the server at http(s)://host/auth, the forms must post under /auth.
    ServerSettings settings;
    settings.issuer = QStringLiteral("http://127.0.0.1/auth");
    QString why;
    auto server = startServer(&why, settings);
    QVERIFY2(server, qPrintable(why));
    QCOMPARE(server->issuer, QStringLiteral("http://127.0.0.1/auth"));
    // Requests reach the test's port; the pages speak of the configured issuer.
    const QUrl base(QStringLiteral("http://127.0.0.1:%1/auth/").arg(server->server->port()));
    const auto direct = [&](QUrl url) {
        url.setPort(server->server->port());
        return url;
    };
    auto org = server->store->organizations().find(QString::fromLatin1(DemoData::kOrganization));
    QVERIFY(org);
    Application app;
    app.organizationId = org->id;
    app.name = QStringLiteral("behind-proxy");
    app.redirectUris = {kAnyPortRedirect};
    app.allowedScopes = {QStringLiteral("application:read")};
    app.consentPolicy = ConsentPolicy::Always;
    auto saved
        = server->store->applications().create(app, AuditContext{QStringLiteral("test"), QStringLiteral("test")});
    QVERIFY(saved);
    const Params p = with(params(saved->application.clientId, QStringLiteral("http://127.0.0.1:40009/cb"),
                              QStringLiteral("application:read")),
        QStringLiteral("resource"), QString::fromLatin1(DemoData::kResourceUri));

    HttpClient browser;
    const Reply login = browser.get(
        QUrl::fromEncoded(base.resolved(QUrl(QStringLiteral("authorize"))).toEncoded() + '?' + encode(p)));
    QVERIFY2(login.status == 200, describe(login).constData());
    QVERIFY2(login.body.contains("action=\"/auth/authorize/login\""), login.body.constData());
    auto fields = hiddenFields(login.body);
    const Reply posted = browser.postForm(base.resolved(QUrl(QStringLiteral("/auth/authorize/login"))),
        encode({{QStringLiteral("request"), fields.value(QStringLiteral("request"))},
            {QStringLiteral("csrf_token"), fields.value(QStringLiteral("csrf_token"))},
            {QStringLiteral("username"), QString::fromLatin1(kUser)},
            {QStringLiteral("password"), QString::fromLatin1(kUserPassword)}}));
    QVERIFY2(posted.status == 303, describe(posted).constData());
    QVERIFY(posted.header("location").startsWith("http://127.0.0.1/auth/authorize/continue?"));
    const Reply consent = browser.get(direct(locationOf(posted)));
    QVERIFY2(consent.status == 200, describe(consent).constData());
    QVERIFY(consent.body.contains("action=\"/auth/authorize/consent\""));
    fields = hiddenFields(consent.body);
    const Reply done = browser.postForm(base.resolved(QUrl(QStringLiteral("/auth/authorize/consent"))),
        encode({{QStringLiteral("request"), fields.value(QStringLiteral("request"))},
            {QStringLiteral("csrf_token"), fields.value(QStringLiteral("csrf_token"))},
            {QStringLiteral("decision"), QStringLiteral("approve")}}));
    QVERIFY2(done.status == 302, describe(done).constData());
    QCOMPARE(locationParam(done, QStringLiteral("state")), valueOf(p, QStringLiteral("state")));
    QCOMPARE(locationParam(done, QStringLiteral("iss")), QStringLiteral("http://127.0.0.1/auth"));
    QVERIFY(!locationParam(done, QStringLiteral("code")).isEmpty());
}

// -------------------------------------------------------------------------------------------------
// Client ID Metadata Documents

void TestAuthorize::metadataDocumentEndToEnd()
{
    const QString path = QStringLiteral("/cimd/good.json");
    m_docs.serveJson(path, m_docs.document(path, QStringLiteral("Docs <script>x()</script> Agent")));
    const QString clientId = m_docs.url(path);
    const qint64 mark = auditMark();
    HttpClient browser;
    const QString redirect = QStringLiteral("http://127.0.0.1:41000/cb"); // port-less registration in the document
    const Params p = params(clientId, redirect, QStringLiteral("application:read"));
    const Reply login = authorize(browser, p);
    QVERIFY2(login.status == 200, describe(login).constData());
    QCOMPARE(m_docs.hits(path), 1);
    QVERIFY(!login.body.contains("<script>x()"));

    // Anyone can make a browser send this request: the client is not stored before a user approves it.
    QVERIFY2(!m_server->store->applications().find(clientId), "stored before anyone approved it");
    QCOMPARE(eventsSince(mark, QStringLiteral("application.create")).size(), 0);

    const Reply consent = signIn(browser, login);
    QVERIFY2(consent.status == 200, describe(consent).constData());
    const QString text = pageText(consent.body);
    QVERIFY2(text.contains(QLatin1String("Identified by a metadata document at 127.0.0.1")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("metadata document published at 127.0.0.1")), qPrintable(text));
    QVERIFY(text.contains(clientId));
    QVERIFY(!consent.body.contains("<script>x()"));
    QVERIFY(!m_server->store->applications().find(clientId));
    verifyCode(decide(browser, consent, QStringLiteral("approve")), redirect, valueOf(p, QStringLiteral("state")));

    auto app = m_server->store->applications().find(clientId);
    QVERIFY2(app, "the metadata-document client was not saved when the user approved it");
    QCOMPARE(app->clientId, clientId);
    QCOMPARE(app->createdBy, CreatedBy::Cimd);
    QCOMPARE(app->clientType, ClientType::Public);
    QCOMPARE(app->redirectUris, QStringList{kAnyPortRedirect});
    QCOMPARE(app->displayName, QStringLiteral("Docs <script>x()</script> Agent"));
    QCOMPARE(eventsSince(mark, QStringLiteral("application.create")).size(), 1);

    // A client the user turns down is never stored.
    const QString deniedPath = QStringLiteral("/cimd/denied.json");
    m_docs.serveJson(deniedPath, m_docs.document(deniedPath, QStringLiteral("Denied Agent")));
    const QString deniedId = m_docs.url(deniedPath);
    const Reply deniedConsent = authorize(browser, params(deniedId, redirect, QStringLiteral("application:read")));
    QVERIFY2(deniedConsent.body.contains("name=\"decision\""), describe(deniedConsent).constData());
    const Reply denied = decide(browser, deniedConsent, QStringLiteral("deny"));
    QCOMPARE(locationParam(denied, QStringLiteral("error")), QStringLiteral("access_denied"));
    QVERIFY(!m_server->store->applications().find(deniedId));
    QCOMPARE(eventsSince(mark, QStringLiteral("application.create")).size(), 1);
}

void TestAuthorize::metadataDocumentRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("shows");

    QTest::newRow("client_id differs") << QStringLiteral("other-id") << QStringLiteral("names a different client_id");
    QTest::newRow("client_id missing") << QStringLiteral("no-id") << QStringLiteral("has no \"client_id\"");
    QTest::newRow("redirect_uris missing")
        << QStringLiteral("no-redirects") << QStringLiteral("has no \"redirect_uris\"");
    QTest::newRow("redirect_uris empty") << QStringLiteral("empty-redirects") << QStringLiteral("no redirect URI");
    QTest::newRow("redirect_uris not strings")
        << QStringLiteral("bad-redirects") << QStringLiteral("not an array of strings");
    QTest::newRow("client_name missing") << QStringLiteral("no-name") << QStringLiteral("has no \"client_name\"");
    QTest::newRow("client secret inside") << QStringLiteral("secret") << QStringLiteral("must never hold a secret");
    QTest::newRow("confidential auth method") << QStringLiteral("basic") << QStringLiteral("client_secret_basic");
    QTest::newRow("javascript redirect") << QStringLiteral("js-redirect") << QStringLiteral("javascript");
    QTest::newRow("not JSON") << QStringLiteral("not-json") << QStringLiteral("is not a JSON object");
    QTest::newRow("JSON array") << QStringLiteral("array") << QStringLiteral("is not a JSON object");
    QTest::newRow("content type text/html") << QStringLiteral("html-type") << QStringLiteral("text/html");
    QTest::newRow("no content type") << QStringLiteral("no-type") << QStringLiteral("application/json");
    QTest::newRow("larger than 64 KiB") << QStringLiteral("huge") << QStringLiteral("larger than 64 KiB");
    QTest::newRow("larger than 64 KiB, no length")
        << QStringLiteral("huge-stream") << QStringLiteral("larger than 64 KiB");
    QTest::newRow("HTTP 404") << QStringLiteral("missing") << QStringLiteral("HTTP 404");
    QTest::newRow("too many redirects") << QStringLiteral("loop") << QStringLiteral("redirects more than 3 times");
    QTest::newRow("redirect to a private address")
        << QStringLiteral("to-private") << QStringLiteral("private or local address");
    QTest::newRow("redirect to plain http elsewhere")
        << QStringLiteral("to-http-name") << QStringLiteral("private or local address");
    QTest::newRow("unreachable") << QStringLiteral("closed-port") << QStringLiteral("could not be fetched");
}

void TestAuthorize::metadataDocumentRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, shows);
    const QString path = QStringLiteral("/cimd/refused/%1.json").arg(name);
    QString clientId = m_docs.url(path);
    QJsonObject doc = m_docs.document(path);
    DocumentServer::Response raw;
    bool useRaw = false;
    if (name == QLatin1String("other-id")) {
        doc.insert(QStringLiteral("client_id"), m_docs.url(QStringLiteral("/cimd/refused/else.json")));
    } else if (name == QLatin1String("no-id")) {
        doc.remove(QStringLiteral("client_id"));
    } else if (name == QLatin1String("no-redirects")) {
        doc.remove(QStringLiteral("redirect_uris"));
    } else if (name == QLatin1String("empty-redirects")) {
        doc.insert(QStringLiteral("redirect_uris"), QJsonArray());
    } else if (name == QLatin1String("bad-redirects")) {
        doc.insert(QStringLiteral("redirect_uris"), QJsonArray{1, 2});
    } else if (name == QLatin1String("no-name")) {
        doc.remove(QStringLiteral("client_name"));
    } else if (name == QLatin1String("secret")) {
        doc.insert(QStringLiteral("client_secret"), QStringLiteral("s3cret"));
    } else if (name == QLatin1String("basic")) {
        doc.insert(QStringLiteral("token_endpoint_auth_method"), QStringLiteral("client_secret_basic"));
    } else if (name == QLatin1String("js-redirect")) {
        doc.insert(QStringLiteral("redirect_uris"), QJsonArray{QStringLiteral("javascript:alert(1)")});
    } else if (name == QLatin1String("not-json")) {
        useRaw = true;
        raw.body = "{\"client_id\": ";
    } else if (name == QLatin1String("array")) {
        useRaw = true;
        raw.body = "[1,2,3]";
    } else if (name == QLatin1String("html-type")) {
        useRaw = true;
        raw.contentType = "text/html";
        raw.body = QJsonDocument(doc).toJson();
    } else if (name == QLatin1String("no-type")) {
        useRaw = true;
        raw.contentType.clear();
        raw.body = QJsonDocument(doc).toJson();
    } else if (name == QLatin1String("huge") || name == QLatin1String("huge-stream")) {
        useRaw = true;
        doc.insert(QStringLiteral("padding"), QString(70 * 1024, u'x'));
        raw.body = QJsonDocument(doc).toJson();
        raw.noLength = name == QLatin1String("huge-stream");
    } else if (name == QLatin1String("missing")) {
        // nothing served at this path: the document server answers 404
    } else if (name == QLatin1String("loop")) {
        for (int i = 0; i < 5; ++i) {
            DocumentServer::Response hop;
            hop.status = 302;
            hop.headers.append(Header("Location", QStringLiteral("/cimd/loop/%1").arg(i + 1).toLatin1()));
            m_docs.serve(i == 0 ? path : QStringLiteral("/cimd/loop/%1").arg(i), hop);
        }
        m_docs.serveJson(QStringLiteral("/cimd/loop/5"), doc);
    } else if (name == QLatin1String("to-private")) {
        useRaw = true;
        raw.status = 307;
        raw.headers.append(Header("Location", "http://10.1.2.3/doc.json"));
    } else if (name == QLatin1String("to-http-name")) {
        useRaw = true;
        raw.status = 301;
        raw.headers.append(Header("Location", "http://192.168.1.1/doc.json"));
    } else if (name == QLatin1String("closed-port")) {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        clientId = QStringLiteral("http://127.0.0.1:%1/doc.json").arg(closed.serverPort());
        closed.close();
    }
    if (useRaw)
        m_docs.serve(path, raw);
    else if (name != QLatin1String("missing") && name != QLatin1String("loop"))
        m_docs.serveJson(path, doc);

    const qint64 mark = auditMark();
    HttpClient browser;
    const Reply r = authorize(browser, params(clientId, QStringLiteral("http://127.0.0.1:41001/cb"), {}));
    verifyErrorPage(r, 400, {QStringLiteral("metadata document"), shows});
    QVERIFY(!m_server->store->applications().find(clientId));
    const auto refused = eventsSince(mark, QStringLiteral("authorize.refused"));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().targetId, clientId);
    QCOMPARE(refused.first().details.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
}

void TestAuthorize::metadataDocumentRedirectUriNotListed()
{
    const QString path = QStringLiteral("/cimd/redirects.json");
    QJsonObject doc = m_docs.document(path);
    doc.insert(QStringLiteral("redirect_uris"),
        QJsonArray{QStringLiteral("http://127.0.0.1:9000/callback"), QStringLiteral("https://agent.example/cb")});
    m_docs.serveJson(path, doc);
    HttpClient browser;
    const QString clientId = m_docs.url(path);
    for (const auto& [requested, reason] : QList<QPair<QString, QString>>{
             {QStringLiteral("http://127.0.0.1:9001/callback"), QStringLiteral("the port differs")},
             {QStringLiteral("https://agent.example/other"), QStringLiteral("the path differs")},
             {QStringLiteral("https://evil.example/cb"), QStringLiteral("the host differs")}}) {
        const Reply r = authorize(browser, params(clientId, requested, {}));
        verifyErrorPage(r, 400, {requested, reason});
    }
    // The listed ones work.
    const Reply ok = authorize(browser, params(clientId, QStringLiteral("https://agent.example/cb"), {}));
    QVERIFY2(ok.status == 200, describe(ok).constData());
}

void TestAuthorize::metadataDocumentSlowServer()
{
    const QString path = QStringLiteral("/cimd/slow.json");
    DocumentServer::Response hang;
    hang.hang = true;
    m_docs.serve(path, hang);
    HttpClient browser;
    QElapsedTimer clock;
    clock.start();
    const Reply r = authorize(browser, params(m_docs.url(path), QStringLiteral("http://127.0.0.1:41002/cb"), {}));
    const qint64 took = clock.elapsed();
    verifyErrorPage(r, 400, {QStringLiteral("did not arrive within 5 seconds")});
    QVERIFY2(took >= 4500 && took < 12000, qPrintable(QString::number(took)));
    QCOMPARE(m_docs.hits(path), 1);
    m_docs.closeHanging();
}

void TestAuthorize::metadataDocumentRedirectsFollowed()
{
    // Up to three redirects are followed; the client_id stays the URL the client named.
    const QString path = QStringLiteral("/cimd/moved.json");
    DocumentServer::Response hop;
    hop.status = 301;
    hop.headers.append(Header("Location", "/cimd/moved-1.json"));
    m_docs.serve(path, hop);
    hop.headers = {{"Location", m_docs.url(QStringLiteral("/cimd/moved-2.json")).toLatin1()}};
    hop.status = 308;
    m_docs.serve(QStringLiteral("/cimd/moved-1.json"), hop);
    m_docs.serveJson(QStringLiteral("/cimd/moved-2.json"), m_docs.document(path));
    HttpClient browser;
    const Reply r = authorize(browser, params(m_docs.url(path), QStringLiteral("http://127.0.0.1:41003/cb"), {}));
    QVERIFY2(r.status == 200, describe(r).constData());
    QCOMPARE(m_docs.hits(QStringLiteral("/cimd/moved-2.json")), 1);
}

void TestAuthorize::metadataDocumentCache()
{
    // max-age: the second authorization within it does not fetch again.
    const QString cached = QStringLiteral("/cimd/cached.json");
    m_docs.serveJson(cached, m_docs.document(cached), "public, max-age=600");
    HttpClient browser;
    for (int i = 0; i < 2; ++i) {
        const Reply r = authorize(browser, params(m_docs.url(cached), QStringLiteral("http://127.0.0.1:41004/cb"), {}));
        QVERIFY2(r.status == 200, describe(r).constData());
    }
    QCOMPARE(m_docs.hits(cached), 1);

    // no-store and no-cache: fetched every time.
    for (const QByteArray& control : {QByteArray("no-store"), QByteArray("no-cache"), QByteArray("max-age=0")}) {
        const QString path = QStringLiteral("/cimd/uncached-%1.json").arg(QString::fromLatin1(control.left(8)));
        m_docs.serveJson(path, m_docs.document(path), control);
        for (int i = 0; i < 2; ++i) {
            const Reply r
                = authorize(browser, params(m_docs.url(path), QStringLiteral("http://127.0.0.1:41004/cb"), {}));
            QVERIFY2(r.status == 200, describe(r).constData());
        }
        QVERIFY2(m_docs.hits(path) == 2, control.constData());
    }

    // A changed document (fetched anew) updates the stored application, once a sign-in with it
    // succeeds: a request alone changes nothing in the store.
    const QString changing = QStringLiteral("/cimd/changing.json");
    const QString redirect = QStringLiteral("http://127.0.0.1:41004/cb");
    QJsonObject doc = m_docs.document(changing, QStringLiteral("First Name"));
    m_docs.serveJson(changing, doc, "no-store");
    const Params first = params(m_docs.url(changing), redirect, QStringLiteral("application:read"));
    verifyCode(runFlow(browser, first), redirect, valueOf(first, QStringLiteral("state")));
    doc.insert(QStringLiteral("client_name"), QStringLiteral("Second Name"));
    m_docs.serveJson(changing, doc, "no-store");
    HttpClient stranger;
    QCOMPARE(
        authorize(stranger, params(m_docs.url(changing), redirect, QStringLiteral("application:read"))).status, 200);
    auto app = m_server->store->applications().find(m_docs.url(changing));
    QVERIFY(app);
    QCOMPARE(app->displayName, QStringLiteral("First Name"));
    const Params again = params(m_docs.url(changing), redirect, QStringLiteral("application:read"));
    verifyCode(runFlow(browser, again), redirect, valueOf(again, QStringLiteral("state")));
    app = m_server->store->applications().find(m_docs.url(changing));
    QVERIFY(app);
    QCOMPARE(app->displayName, QStringLiteral("Second Name"));
}

void TestAuthorize::fetcherOutsideTestMode()
{
    // The server under test runs in test mode; the fetcher's production rules are checked directly.
    ClientMetadataFetcher::Options options;
    options.allowLoopback = false;
    ClientMetadataFetcher fetcher(options);
    const QString path = QStringLiteral("/cimd/production.json");
    m_docs.serveJson(path, m_docs.document(path));

    auto fetchOnce = [&](const QString& url) -> Result<ClientMetadataFetcher::Fetched> {
        std::optional<Result<ClientMetadataFetcher::Fetched>> result;
        if (const Status started
            = fetcher.fetch(url, [&](const Result<ClientMetadataFetcher::Fetched>& r) { result = r; });
            !started)
            return started.error();
        if (result)
            qWarning("the callback ran inside fetch()");
        QElapsedTimer clock;
        clock.start();
        while (!result && clock.elapsed() < 10000)
            QTest::qWait(10);
        return result ? *result
                      : Result<ClientMetadataFetcher::Fetched>(
                          Error::invalid(QStringLiteral("timeout"), QStringLiteral("no answer within 10 s")));
    };
    // Plain http, even to loopback.
    auto r = fetchOnce(m_docs.url(path));
    QVERIFY(!r);
    QCOMPARE(r.error().field, QStringLiteral("invalid_request"));
    QVERIFY2(r.error().message.contains(QLatin1String("must use https")), qPrintable(r.error().message));
    // https to loopback and private addresses, by literal and by name: refused before connecting.
    for (const QString& url :
        {QStringLiteral("https://127.0.0.1:%1/cimd/production.json").arg(QUrl(m_docs.url(path)).port()),
            QStringLiteral("https://[::1]/client.json"), QStringLiteral("https://10.0.0.8/client.json"),
            QStringLiteral("https://192.168.0.10/client.json"),
            QStringLiteral("https://169.254.169.254/latest/meta-data"), QStringLiteral("https://localhost/client.json"),
            QStringLiteral("https://[fd00::1]/client.json"),
            QStringLiteral("https://[::ffff:127.0.0.1]/client.json")}) {
        r = fetchOnce(url);
        QVERIFY2(!r, qPrintable(url));
        QVERIFY2(r.error().message.contains(QLatin1String("private or local address")),
            qPrintable(url + QStringLiteral(": ") + r.error().message));
    }
    QCOMPARE(m_docs.hits(path), 0);
    QCOMPARE(fetcher.cacheSize(), 0);
}

void TestAuthorize::fetcherAddressChecks_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<bool>("allowedInTestMode");
    const QList<std::tuple<const char*, bool, bool>> rows{{"93.184.216.34", true, true},
        {"2606:4700::6810:84e5", true, true}, {"127.0.0.1", false, true}, {"127.1.2.3", false, true},
        {"::1", false, true}, {"::ffff:127.0.0.1", false, true}, {"10.0.0.1", false, false},
        {"172.16.5.4", false, false}, {"172.31.255.255", false, false}, {"172.32.0.1", true, true},
        {"192.168.1.1", false, false}, {"169.254.169.254", false, false}, {"100.64.0.1", false, false},
        {"0.0.0.0", false, false}, {"224.0.0.1", false, false}, {"255.255.255.255", false, false},
        {"192.0.2.1", false, false}, {"198.18.0.1", false, false}, {"fc00::1", false, false},
        {"fd12:3456::1", false, false}, {"fe80::1", false, false}, {"ff02::1", false, false},
        {"::ffff:10.0.0.1", false, false}, {"64:ff9b::a00:1", false, false}, {"2002:a00:1::", false, false},
        {"2001:db8::1", false, false}, {"::", false, false}};
    for (const auto& [address, allowed, test] : rows)
        QTest::newRow(address) << QString::fromLatin1(address) << allowed << test;
}

void TestAuthorize::fetcherAddressChecks()
{
    QFETCH(QString, address);
    QFETCH(bool, allowed);
    QFETCH(bool, allowedInTestMode);
    const QHostAddress a(address);
    QVERIFY(!a.isNull());
    QCOMPARE(ClientMetadataFetcher::isAllowedAddress(a, false), allowed);
    QCOMPARE(ClientMetadataFetcher::isAllowedAddress(a, true), allowedInTestMode);
}

void TestAuthorize::clientIdUrlChecks_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("testMode");
    QTest::addColumn<QString>("refusal"); // empty: accepted
    QTest::newRow("https with path") << QStringLiteral("https://app.example.com/client.json") << false << QString();
    QTest::newRow("http loopback, test mode") << QStringLiteral("http://127.0.0.1:8080/c.json") << true << QString();
    QTest::newRow("http loopback, production")
        << QStringLiteral("http://127.0.0.1:8080/c.json") << false << QStringLiteral("must use https");
    QTest::newRow("http elsewhere, test mode")
        << QStringLiteral("http://app.example.com/c.json") << true << QStringLiteral("must use https");
    QTest::newRow("no path") << QStringLiteral("https://app.example.com") << false
                             << QStringLiteral("must have a path");
    QTest::newRow("fragment") << QStringLiteral("https://app.example.com/c.json#x") << false
                              << QStringLiteral("fragment");
    QTest::newRow("user info") << QStringLiteral("https://user:pw@app.example.com/c.json") << false
                               << QStringLiteral("user name or password");
    QTest::newRow("dot segment") << QStringLiteral("https://app.example.com/a/../c.json") << false
                                 << QStringLiteral("path segments");
    QTest::newRow("encoded dot segment") << QStringLiteral("https://app.example.com/a/%2e%2e/c.json") << false
                                         << QStringLiteral("path segments");
    QTest::newRow("too long") << QStringLiteral("https://app.example.com/") + QString(2100, u'a') << false
                              << QStringLiteral("longer than");
}

void TestAuthorize::clientIdUrlChecks()
{
    QFETCH(QString, url);
    QFETCH(bool, testMode);
    QFETCH(QString, refusal);
    const Status s = ClientMetadataFetcher::checkClientIdUrl(url, testMode);
    if (refusal.isEmpty()) {
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    } else {
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(refusal), qPrintable(s.error().message));
    }
}

// -------------------------------------------------------------------------------------------------
// Limits

void TestAuthorize::requestSizeLimits()
{
    HttpClient browser;
    const Params base = params(m_main, kWebRedirect, QStringLiteral("application:read"));

    // The whole request: more than 16 KiB is refused as a page, GET or POST, before anything is parsed.
    const Params huge = with(base, QStringLiteral("padding"), QString(17 * 1024, u'a'));
    for (const bool post : {false, true}) {
        const Reply r = authorize(browser, huge, post);
        verifyErrorPage(r, 400, {QStringLiteral("too large"), QStringLiteral("at most 16384")});
    }

    // A state of 2048 characters (far beyond what clients send) is kept and returned as it came.
    const QString longState = QString(2048, u's');
    const Params longest = with(base, QStringLiteral("state"), longState);
    Reply r = authorize(browser, longest);
    QVERIFY2(r.status == 200 && r.body.contains("name=\"password\""), describe(r).constData());
    verifyCode(decide(browser, signIn(browser, r), QStringLiteral("approve")), kWebRedirect, longState);

    // One character more, or any other value over 2048: the error goes back to the client.
    const Params tooLongState = with(base, QStringLiteral("state"), longState + u's');
    verifyError(authorize(browser, tooLongState), kWebRedirect, QStringLiteral("invalid_request"), longState + u's');
    QVERIFY(locationParam(authorize(browser, tooLongState), QStringLiteral("error_description"))
                .contains(QLatin1String("state is longer than 2048")));
    for (const QString& name : {QStringLiteral("scope"), QStringLiteral("resource"), QStringLiteral("nonce")}) {
        const Params p = with(base, name, QString(2049, u'x'));
        r = authorize(browser, p);
        verifyError(r, kWebRedirect, QStringLiteral("invalid_request"), valueOf(p, QStringLiteral("state")));
        QVERIFY2(locationParam(r, QStringLiteral("error_description"))
                     .contains(QStringLiteral("%1 is longer than 2048").arg(name)),
            r.header("location").left(300).constData());
    }

    // What cannot be trusted yet is refused on a page: a long client_id or redirect URI.
    verifyErrorPage(authorize(browser, with(base, QStringLiteral("client_id"), QString(2049, u'c'))), 400,
        {QStringLiteral("client ID is longer than 2048")});
    verifyErrorPage(authorize(browser, with(base, QStringLiteral("redirect_uri"), kWebRedirect + QString(2049, u'r'))),
        400, {QStringLiteral("redirect URI is longer than 2048")});
}

void TestAuthorize::pendingRequestStoreLimits()
{
    constexpr qint64 now = 1'000'000;
    PendingRequestStore store;
    int made = 0;
    const auto addAt = [&](const QString& session, const QString& source, qint64 at) {
        PendingRequest p;
        p.id = QStringLiteral("r%1").arg(++made);
        p.sessionId = session;
        p.source = source;
        p.expiresAt = at + PendingRequestStore::kLifetimeMs;
        return store.insert(p, at).id;
    };
    const auto add = [&](const QString& session, const QString& source) { return addAt(session, source, now); };

    // Per session: the oldest of that session goes, the other sessions keep theirs.
    const QString otherSession = add(QStringLiteral("s0"), QStringLiteral("a"));
    const QString first = add(QStringLiteral("s1"), QStringLiteral("a"));
    QString last;
    for (int i = 0; i < PendingRequestStore::kMaxPerSession; ++i)
        last = add(QStringLiteral("s1"), QStringLiteral("a"));
    QCOMPARE(store.countForSession(QStringLiteral("s1")), PendingRequestStore::kMaxPerSession);
    QVERIFY(!store.find(first, now));
    QVERIFY(store.find(last, now));
    QVERIFY(store.find(otherSession, now));

    // Moving a session's requests to its new id after signing in keeps them, bounded the same way.
    store.moveSession(QStringLiteral("s1"), QStringLiteral("s1-new"));
    QCOMPARE(store.countForSession(QStringLiteral("s1")), 0);
    QCOMPARE(store.countForSession(QStringLiteral("s1-new")), PendingRequestStore::kMaxPerSession);
    QCOMPARE(store.find(last, now)->sessionId, QStringLiteral("s1-new"));
    // Joined with another session's request, the session is cut back to its share, oldest first.
    store.moveSession(QStringLiteral("s0"), QStringLiteral("s1-new"));
    QCOMPARE(store.countForSession(QStringLiteral("s1-new")), PendingRequestStore::kMaxPerSession);
    QVERIFY(!store.find(otherSession, now));
    QVERIFY(store.find(last, now));

    // Per source: one address cannot take the whole store; another address keeps its requests.
    PendingRequestStore bySource;
    std::swap(store, bySource);
    const QString elsewhere = add(QStringLiteral("x"), QStringLiteral("b"));
    const QString oldest = add(QStringLiteral("s-0"), QStringLiteral("a"));
    for (int i = 1; i <= PendingRequestStore::kMaxPerSource; ++i)
        (void)add(QStringLiteral("s-%1").arg(i), QStringLiteral("a"));
    QCOMPARE(store.countForSource(QStringLiteral("a")), PendingRequestStore::kMaxPerSource);
    QVERIFY(!store.find(oldest, now));
    QVERIFY(store.find(elsewhere, now));

    // In all: never more than kMaxRequests, the oldest first.
    PendingRequestStore all;
    std::swap(store, all);
    const QString firstOfAll = add(QStringLiteral("t-0"), QStringLiteral("src-0"));
    for (int i = 1; i <= PendingRequestStore::kMaxRequests; ++i)
        (void)add(QStringLiteral("t-%1").arg(i), QStringLiteral("src-%1").arg(i % 50));
    QCOMPARE(store.size(), PendingRequestStore::kMaxRequests);
    QVERIFY(!store.find(firstOfAll, now));

    // Expired requests are not found and make room as new ones arrive.
    const qint64 later = now + PendingRequestStore::kLifetimeMs + 1;
    QVERIFY(!store.find(QStringLiteral("r%1").arg(made), later));
    (void)addAt(QStringLiteral("fresh"), QStringLiteral("src-fresh"), later);
    QCOMPARE(store.size(), 1);
}

void TestAuthorize::pendingRequestsPerSession()
{
    // One browser opening request after request (a client that retries): its oldest requests go,
    // its newest still work, and the store holds no more than its share for that session.
    HttpClient browser;
    const Params p = params(m_main, kWebRedirect, QStringLiteral("application:read"));
    const Reply first = authorize(browser, p);
    QVERIFY2(first.status == 200, describe(first).constData());
    Reply newest;
    for (int i = 0; i < PendingRequestStore::kMaxPerSession; ++i)
        newest = authorize(browser, p);
    QVERIFY2(newest.status == 200, describe(newest).constData());
    verifyErrorPage(signIn(browser, first), 400, {QStringLiteral("expired or was already used")});
    verifyCode(decide(browser, signIn(browser, newest), QStringLiteral("approve")), kWebRedirect,
        valueOf(p, QStringLiteral("state")));
}

void TestAuthorize::fetcherWaitingLimit()
{
    // Callers waiting for one document are capped: each holds a browser's answer in memory.
    const QString path = QStringLiteral("/cimd/waited-for.json");
    DocumentServer::Response hang;
    hang.hang = true;
    m_docs.serve(path, hang);
    ClientMetadataFetcher::Options options;
    options.allowLoopback = true;
    options.maxWaitingPerFetch = 3;
    int called = 0;
    {
        ClientMetadataFetcher fetcher(options);
        for (int i = 0; i < 3; ++i)
            QVERIFY(fetcher.fetch(m_docs.url(path), [&](const Result<ClientMetadataFetcher::Fetched>&) { ++called; }));
        const Status refused
            = fetcher.fetch(m_docs.url(path), [&](const Result<ClientMetadataFetcher::Fetched>&) { ++called; });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Unavailable);
        QCOMPARE(refused.error().field, QStringLiteral("temporarily_unavailable"));
        QVERIFY2(refused.error().message.contains(QLatin1String("3 sign-in requests are already waiting")),
            qPrintable(refused.error().message));
        QTRY_COMPARE(m_docs.hits(path), 1);
    }
    QCOMPARE(called, 0);
    m_docs.closeHanging();
}

void TestAuthorize::metadataFetchRateLimits()
{
    const auto run = [&](int perSource, int total, const QString& shows) {
        ServerSettings settings;
        settings.metadataFetchesPerMinute = perSource;
        settings.metadataFetchesPerMinuteTotal = total;
        QString why;
        auto server = startServer(&why, settings);
        QVERIFY2(server, qPrintable(why));
        std::swap(server, m_server);
        const auto restore = qScopeGuard([&] { std::swap(server, m_server); });
        const QString path = QStringLiteral("/cimd/rate-%1-%2.json").arg(perSource).arg(total);
        m_docs.serveJson(path, m_docs.document(path), "no-store");
        const qint64 mark = auditMark();
        HttpClient browser;
        const Params p = with(
            params(m_docs.url(path), QStringLiteral("http://127.0.0.1:41010/cb"), QStringLiteral("application:read")),
            QStringLiteral("resource"), QString::fromLatin1(DemoData::kResourceUri));
        for (int i = 0; i < 2; ++i) {
            const Reply r = authorize(browser, p);
            QVERIFY2(r.status == 200, describe(r).constData());
        }
        for (int i = 0; i < 3; ++i) {
            const Reply refused = authorize(browser, p);
            verifyErrorPage(refused, 429, {shows});
            QVERIFY(refused.header("retry-after").toInt() >= 1);
        }
        QCOMPARE(m_docs.hits(path), 2);
        // One audit event for the refusals in a row, not one per request.
        int audited = 0;
        for (const AuditEvent& e : eventsSince(mark, QStringLiteral("authorize.refused")))
            audited += e.details.value(QStringLiteral("error")).toString() == QLatin1String("temporarily_unavailable");
        QCOMPARE(audited, 1);
    };
    run(2, 0, QStringLiteral("metadata documents for your address in the last minute"));
    if (QTest::currentTestFailed())
        return;
    run(0, 2, QStringLiteral("fetched too many application metadata documents in the last minute"));
}

void TestAuthorize::fetcherConcurrencyLimits()
{
    for (const QString& name : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) {
        DocumentServer::Response hang;
        hang.hang = true;
        m_docs.serve(QStringLiteral("/cimd/busy-%1.json").arg(name), hang);
    }
    const auto url
        = [&](const char* name) { return m_docs.url(QStringLiteral("/cimd/busy-%1.json").arg(QLatin1String(name))); };
    int called = 0;
    const auto count = [&](const Result<ClientMetadataFetcher::Fetched>&) { ++called; };
    ClientMetadataFetcher::Options options;
    options.allowLoopback = true;
    options.maxInFlight = 3;
    options.maxInFlightPerHost = 2;
    {
        ClientMetadataFetcher fetcher(options);
        QVERIFY(fetcher.fetch(url("a"), count));
        QVERIFY(fetcher.fetch(url("b"), count));
        const Status refused = fetcher.fetch(url("c"), count);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Unavailable);
        QVERIFY2(refused.error().message.contains(QLatin1String("2 metadata documents from 127.0.0.1")),
            qPrintable(refused.error().message));
        QCOMPARE(fetcher.inFlight(), 2);
    }
    options.maxInFlight = 2;
    options.maxInFlightPerHost = 5;
    {
        ClientMetadataFetcher fetcher(options);
        QVERIFY(fetcher.fetch(url("a"), count));
        QVERIFY(fetcher.fetch(url("b"), count));
        const Status refused = fetcher.fetch(url("c"), count);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("already fetching 2 metadata documents.")),
            qPrintable(refused.error().message));
        // A second caller for a document under way joins it: that is no new fetch.
        QVERIFY(fetcher.fetch(url("a"), count));
        QCOMPARE(fetcher.inFlight(), 2);
    }
    QCOMPARE(called, 0);
    m_docs.closeHanging();
}

void TestAuthorize::fetcherCacheLimit()
{
    ClientMetadataFetcher::Options options;
    options.allowLoopback = true;
    options.maxCacheEntries = 2;
    ClientMetadataFetcher fetcher(options);
    const auto fetchOnce = [&](const QString& path, const QByteArray& cacheControl) {
        m_docs.serveJson(path, m_docs.document(path), cacheControl);
        bool done = false;
        QVERIFY(fetcher.fetch(m_docs.url(path), [&](const Result<ClientMetadataFetcher::Fetched>& r) {
            QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
            done = true;
        }));
        QTRY_VERIFY(done);
    };
    fetchOnce(QStringLiteral("/cimd/cache-long.json"), "max-age=600");
    fetchOnce(QStringLiteral("/cimd/cache-short.json"), "max-age=60");
    QCOMPARE(fetcher.cacheSize(), 2);
    fetchOnce(QStringLiteral("/cimd/cache-third.json"), "max-age=300");
    QCOMPARE(fetcher.cacheSize(), 2);
    // The one closest to expiry made room.
    QVERIFY(!fetcher.cached(m_docs.url(QStringLiteral("/cimd/cache-short.json"))));
    QVERIFY(fetcher.cached(m_docs.url(QStringLiteral("/cimd/cache-long.json"))));
    QVERIFY(fetcher.cached(m_docs.url(QStringLiteral("/cimd/cache-third.json"))));
}

void TestAuthorize::sessionStoreLimits()
{
    const qint64 now = 1'000'000;
    BrowserSessionStore store(4, 2);
    const QString a1 = store.create(QStringLiteral("a"), now).id;
    const QString signedIn = store.signIn(store.create(QStringLiteral("a"), now).id, now).id;
    // Per source: the oldest anonymous session of that source makes room, never the signed-in one.
    const QString a3 = store.create(QStringLiteral("a"), now).id;
    QCOMPARE(store.countForSource(QStringLiteral("a")), 2);
    QVERIFY(!store.find(a1, now));
    QVERIFY(store.find(signedIn, now));
    QVERIFY(store.find(a3, now));
    const QString a4 = store.create(QStringLiteral("a"), now).id;
    QVERIFY(!store.find(a3, now));
    QVERIFY(store.find(signedIn, now));
    // In all: anonymous sessions go first, oldest first.
    const QString b1 = store.create(QStringLiteral("b"), now).id;
    const QString b2 = store.create(QStringLiteral("b"), now).id;
    QCOMPARE(store.size(), 4);
    const QString c1 = store.create(QStringLiteral("c"), now).id;
    QCOMPARE(store.size(), 4);
    QVERIFY(!store.find(a4, now));
    for (const QString& id : {signedIn, b1, b2, c1})
        QVERIFY(store.find(id, now));
    QCOMPARE(store.anonymousCount(), 3);

    // Only signed-in sessions left: the oldest of them goes.
    BrowserSessionStore full(2, 2);
    const QString s1 = full.signIn(full.create(QStringLiteral("x"), now).id, now).id;
    const QString s2 = full.signIn(full.create(QStringLiteral("y"), now).id, now).id;
    const QString z = full.create(QStringLiteral("z"), now).id;
    QVERIFY(!full.find(s1, now));
    QVERIFY(full.find(s2, now));
    QVERIFY(full.find(z, now));

    // Expired sessions are dropped before anything live.
    BrowserSessionStore expiring(2, 2);
    const QString old = expiring.create(QStringLiteral("x"), now).id;
    const QString live = expiring.create(QStringLiteral("x"), now + 1000).id;
    const qint64 later = now + BrowserSessionStore::kLifetimeMs + 1;
    const QString fresh = expiring.create(QStringLiteral("x"), later).id;
    QVERIFY(!expiring.find(old, later));
    QVERIFY(expiring.find(live, later));
    QVERIFY(expiring.find(fresh, later));
}

void TestAuthorize::sessionLimitsEndToEnd()
{
    ServerSettings settings;
    settings.maxBrowserSessions = 3;
    settings.maxBrowserSessionsPerSource = 2;
    QString why;
    auto server = startServer(&why, settings);
    QVERIFY2(server, qPrintable(why));
    std::swap(server, m_server);
    const auto restore = qScopeGuard([&] { std::swap(server, m_server); });
    const QString app = createApp(QStringLiteral("sessions"), QStringLiteral("Sessions Client"), {kAnyPortRedirect},
        ConsentPolicy::Always, {QStringLiteral("application:read")});
    const QString redirect = QStringLiteral("http://127.0.0.1:40011/cb");
    const Params p = with(params(app, redirect, QStringLiteral("application:read")), QStringLiteral("resource"),
        QString::fromLatin1(DemoData::kResourceUri));

    HttpClient person;
    const Reply consent = signIn(person, authorize(person, p));
    QVERIFY2(consent.status == 200 && consent.body.contains("name=\"decision\""), describe(consent).constData());
    // Strangers (new cookie jars, same address) open anonymous sessions: they push each other out,
    // not the person who signed in.
    for (int i = 0; i < 4; ++i) {
        HttpClient stranger;
        QCOMPARE(authorize(stranger, p).status, 200);
    }
    const AuthorizeEndpoint& endpoint = m_server->server->authorizeEndpoint();
    QCOMPARE(endpoint.sessionCount(), 2);
    QCOMPARE(endpoint.sessions().anonymousCount(), 1);
    verifyCode(decide(person, consent, QStringLiteral("approve")), redirect, valueOf(p, QStringLiteral("state")));
}

void TestAuthorize::loginRateLimits()
{
    ServerSettings settings;
    settings.loginAttemptsPerMinute = 5;
    settings.loginAttemptsPerMinutePerUser = 2;
    QString why;
    auto server = startServer(&why, settings);
    QVERIFY2(server, qPrintable(why));
    std::swap(server, m_server);
    const auto restore = qScopeGuard([&] { std::swap(server, m_server); });
    const QString app = createApp(QStringLiteral("rate"), QStringLiteral("Rate Client"), {kAnyPortRedirect},
        ConsentPolicy::Never, {QStringLiteral("application:read")});
    const Params p = with(params(app, QStringLiteral("http://127.0.0.1:40012/cb"), QStringLiteral("application:read")),
        QStringLiteral("resource"), QString::fromLatin1(DemoData::kResourceUri));
    HttpClient browser;
    const Reply login = authorize(browser, p);
    QVERIFY2(login.status == 200, describe(login).constData());
    const qint64 mark = auditMark();
    for (int i = 1; i <= 2; ++i) {
        const Reply r
            = signIn(browser, login, QString::fromLatin1(kUser), QStringLiteral("wrong guess number %1").arg(i));
        QVERIFY2(
            r.status == 200 && pageText(r.body).contains(QLatin1String("Sign-in failed")), describe(r).constData());
    }
    // The account's limit: even the right password is not checked now.
    for (int i = 0; i < 2; ++i) {
        const Reply limited = signIn(browser, login);
        QVERIFY2(limited.status == 429, describe(limited).constData());
        QVERIFY(limited.body.contains("name=\"password\""));
        QVERIFY2(pageText(limited.body).contains(QLatin1String("Too many sign-in attempts for this account")),
            describe(limited).constData());
        QVERIFY(limited.header("retry-after").toInt() >= 1);
    }
    // Another name from the same address is checked, until the address's own limit.
    const Reply other = signIn(browser, login, QStringLiteral("nobody-here"), QStringLiteral("x"));
    QVERIFY2(other.status == 200 && pageText(other.body).contains(QLatin1String("Sign-in failed")),
        describe(other).constData());
    const Reply address = signIn(browser, login, QStringLiteral("someone-else"), QStringLiteral("y"));
    QVERIFY2(address.status == 429, describe(address).constData());
    QVERIFY2(pageText(address.body).contains(QLatin1String("Too many sign-in attempts from your address")),
        describe(address).constData());

    // One event per limited key, not per refused attempt; unknown names stay out of the log.
    const auto limited = eventsSince(mark, QStringLiteral("login.rate_limited"));
    QCOMPARE(limited.size(), 2);
    QCOMPARE(limited.at(0).details.value(QStringLiteral("limit")).toString(), QStringLiteral("username"));
    QCOMPARE(limited.at(0).details.value(QStringLiteral("username")).toString(), QString::fromLatin1(kUser));
    QCOMPARE(limited.at(1).details.value(QStringLiteral("limit")).toString(), QStringLiteral("source"));
    QVERIFY(!limited.at(1).details.contains(QStringLiteral("username")));
    QCOMPARE(eventsSince(mark, QStringLiteral("login.failure")).size(), 3);
    // Refused attempts do not count toward the lockout.
    auto org = m_server->store->organizations().find(QString::fromLatin1(DemoData::kOrganization));
    QVERIFY(org);
    auto state = m_server->store->users().loginState(org->id, QString::fromLatin1(kUser));
    QVERIFY(state);
    QCOMPARE(state->failedLogins, 2);
    verifyNoPasswordInAudit({QString::fromLatin1(kUserPassword), QStringLiteral("wrong guess number")});
}

void TestAuthorize::passwordCheckOffTheServerThread()
{
    HttpClient browser;
    const Reply login = authorize(
        browser, params(m_main, QStringLiteral("http://127.0.0.1:40013/cb"), QStringLiteral("application:read")));
    QVERIFY2(login.status == 200, describe(login).constData());
    const auto fields = hiddenFields(login.body);
    QNetworkRequest request(QUrl(m_server->url(QStringLiteral("/authorize/login"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    const QByteArray form = encode({{QStringLiteral("request"), fields.value(QStringLiteral("request"))},
        {QStringLiteral("csrf_token"), fields.value(QStringLiteral("csrf_token"))},
        {QStringLiteral("username"), QStringLiteral("nobody-at-all")},
        {QStringLiteral("password"), QStringLiteral("x")}});
    QList<QNetworkReply*> replies;
    for (int i = 0; i < 3; ++i)
        replies << browser.nam().post(request, form);
    // The handler returned while the scrypt checks still run: on the server's thread they could not
    // be seen under way from here (this thread is the server's).
    const AuthorizeEndpoint& endpoint = m_server->server->authorizeEndpoint();
    QTRY_VERIFY(endpoint.passwordChecksUnderway() > 0);
    HttpClient other;
    QCOMPARE(other.get(QUrl(m_server->url(QStringLiteral("/.well-known/oauth-authorization-server")))).status, 200);
    for (QNetworkReply* reply : std::as_const(replies)) {
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(pageText(reply->readAll()).contains(QLatin1String("Sign-in failed")));
        reply->deleteLater();
    }
    QCOMPARE(endpoint.passwordChecksUnderway(), 0);
}

void TestAuthorize::foreignOriginRefused_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("value"); // PORT: the server's
    QTest::addColumn<bool>("accepted");

    QTest::newRow("own origin") << QByteArray("Origin") << QStringLiteral("http://127.0.0.1:PORT") << true;
    QTest::newRow("localhost alias") << QByteArray("Origin") << QStringLiteral("http://localhost:PORT") << true;
    QTest::newRow("own page as referer") << QByteArray("Referer")
                                         << QStringLiteral("http://127.0.0.1:PORT/authorize?x=1") << true;
    QTest::newRow("neither header") << QByteArray() << QString() << true;
    QTest::newRow("other site") << QByteArray("Origin") << QStringLiteral("https://evil.example") << false;
    QTest::newRow("null origin") << QByteArray("Origin") << QStringLiteral("null") << false;
    QTest::newRow("other port") << QByteArray("Origin") << QStringLiteral("http://127.0.0.1:1") << false;
    QTest::newRow("other scheme") << QByteArray("Origin") << QStringLiteral("https://127.0.0.1:PORT") << false;
    QTest::newRow("rebound name") << QByteArray("Origin") << QStringLiteral("http://evil.example:PORT") << false;
    QTest::newRow("other site as referer")
        << QByteArray("Referer") << QStringLiteral("https://evil.example/page") << false;
}

void TestAuthorize::foreignOriginRefused()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    value.replace(QLatin1String("PORT"), QString::number(m_server->server->port()));
    QList<Header> headers;
    if (!header.isEmpty())
        headers << Header(header, value.toUtf8());
    const QString redirect = QStringLiteral("http://127.0.0.1:40014/cb");
    const Params p = params(m_main, redirect, QStringLiteral("application:read"));
    HttpClient browser;
    const Reply login = authorize(browser, p);
    QVERIFY2(login.status == 200, describe(login).constData());
    const qint64 mark = auditMark();
    auto fields = hiddenFields(login.body);
    const QByteArray loginForm = encode({{QStringLiteral("request"), fields.value(QStringLiteral("request"))},
        {QStringLiteral("csrf_token"), fields.value(QStringLiteral("csrf_token"))},
        {QStringLiteral("username"), QString::fromLatin1(kUser)},
        {QStringLiteral("password"), QString::fromLatin1(kUserPassword)}});
    const QUrl loginUrl(m_server->url(QStringLiteral("/authorize/login")));
    Reply posted = browser.postForm(loginUrl, loginForm, headers);
    if (!accepted) {
        verifyErrorPage(posted, 403, {QStringLiteral("sent from another web site")});
        QCOMPARE(eventsSince(mark, QStringLiteral("authorize.origin_refused")).size(), 1);
        QCOMPARE(eventsSince(mark, QStringLiteral("login.success")).size(), 0);
        posted = browser.postForm(loginUrl, loginForm); // as the server's own page sends it
    }
    QVERIFY2(posted.status == 303, describe(posted).constData());
    const Reply consent = browser.get(locationOf(posted));
    QVERIFY2(consent.status == 200, describe(consent).constData());
    fields = hiddenFields(consent.body);
    const QByteArray consentForm = encode({{QStringLiteral("request"), fields.value(QStringLiteral("request"))},
        {QStringLiteral("csrf_token"), fields.value(QStringLiteral("csrf_token"))},
        {QStringLiteral("decision"), QStringLiteral("approve")}});
    const QUrl consentUrl(m_server->url(QStringLiteral("/authorize/consent")));
    if (!accepted)
        verifyErrorPage(
            browser.postForm(consentUrl, consentForm, headers), 403, {QStringLiteral("sent from another web site")});
    verifyCode(browser.postForm(consentUrl, consentForm, accepted ? headers : QList<Header>{}), redirect,
        valueOf(p, QStringLiteral("state")));
}

void TestAuthorize::foreignHostRefused()
{
    // DNS rebinding: a page of evil.example whose name now resolves to 127.0.0.1 reaches this port
    // with its own name in Host.
    const QString port = QString::number(m_server->server->port());
    const Params p = params(m_main, QStringLiteral("http://127.0.0.1:40015/cb"), QStringLiteral("application:read"));
    const QStringList foreign{QStringLiteral("evil.example"), QStringLiteral("evil.example:") + port,
        QStringLiteral("127.0.0.1:1"), QStringLiteral("localhost.evil.example:") + port};
    for (const QString& host : foreign) {
        HttpClient browser;
        const Reply r = authorize(browser, p, false, {Header("Host", host.toUtf8())});
        verifyErrorPage(r, 403, {QStringLiteral("does not answer to the name")});
        QVERIFY2(r.header("set-cookie").isEmpty(), qPrintable(host));
        const Reply posted = browser.postForm(QUrl(m_server->url(QStringLiteral("/authorize/login"))),
            "request=x&csrf_token=y&username=alice&password=z", {Header("Host", host.toUtf8())});
        verifyErrorPage(posted, 403, {QStringLiteral("does not answer to the name")});
    }
    // The names of loopback are all ours.
    const QStringList loopback{
        QStringLiteral("localhost:") + port, QStringLiteral("[::1]:") + port, QStringLiteral("127.0.0.1:") + port};
    for (const QString& host : loopback) {
        HttpClient browser;
        const Reply r = authorize(browser, p, false, {Header("Host", host.toUtf8())});
        QVERIFY2(
            r.status == 200 && r.body.contains("name=\"password\""), qPrintable(host + QString::fromUtf8(describe(r))));
    }
}

// -------------------------------------------------------------------------------------------------
// Translations

void TestAuthorize::acceptLanguage_data()
{
    // The test translation en-XA (pseudo-English) is compiled into this test's resources.
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("chosen");
    QTest::newRow("none") << QByteArray() << QStringLiteral("en");
    QTest::newRow("english") << QByteArray("en-US,en;q=0.9") << QStringLiteral("en");
    QTest::newRow("the test language") << QByteArray("en-XA") << QStringLiteral("en-XA");
    QTest::newRow("case-insensitive") << QByteArray("EN-xa") << QStringLiteral("en-XA");
    QTest::newRow("unavailable first") << QByteArray("pt-BR, pt;q=0.9, en-XA;q=0.8, en;q=0.7")
                                       << QStringLiteral("en-XA");
    QTest::newRow("q decides, not order") << QByteArray("en;q=0.5, en-XA;q=0.9") << QStringLiteral("en-XA");
    QTest::newRow("english preferred") << QByteArray("en;q=0.9, en-XA;q=0.5") << QStringLiteral("en");
    QTest::newRow("q=0 excludes") << QByteArray("en-XA;q=0, pt") << QStringLiteral("en");
    QTest::newRow("longer range falls back") << QByteArray("en-XA-x-private") << QStringLiteral("en-XA");
    QTest::newRow("wildcard") << QByteArray("*") << QStringLiteral("en");
    QTest::newRow("only unavailable") << QByteArray("pt-PT, ko") << QStringLiteral("en");
    // The languages the product ships (translations/mcpauth_pages_*.ts).
    QTest::newRow("German") << QByteArray("de-DE, de;q=0.9, en;q=0.5") << QStringLiteral("de");
    QTest::newRow("French from a region") << QByteArray("fr-CH") << QStringLiteral("fr");
    QTest::newRow("Spanish") << QByteArray("es") << QStringLiteral("es");
    QTest::newRow("Japanese") << QByteArray("ja-JP, ja;q=0.9") << QStringLiteral("ja");
    QTest::newRow("Simplified Chinese") << QByteArray("zh-CN, zh;q=0.9") << QStringLiteral("zh-CN");
    QTest::newRow("garbage") << QByteArray(";;;q=abc,,=,") << QStringLiteral("en");
    QTest::newRow("bad q") << QByteArray("en-XA;q=2, en;q=0.1") << QStringLiteral("en");
}

void TestAuthorize::acceptLanguage()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, chosen);
    const PageTranslations translations;
    QVERIFY2(
        translations.languages().contains(QStringLiteral("en-XA")), qPrintable(translations.languages().join(u',')));
    QCOMPARE(translations.choose(header).tag(), chosen);
}

void TestAuthorize::pagesFollowAcceptLanguage()
{
    const Params p = params(m_main, kWebRedirect, QStringLiteral("application:read"));
    HttpClient browser;
    const QList<QPair<QByteArray, QByteArray>> pseudo{{"Accept-Language", "pt;q=0.9, en-XA"}};

    // The login page: template texts translated, lang attribute and Content-Language set.
    const Reply login = authorize(browser, p, false, pseudo);
    QVERIFY2(login.status == 200, describe(login).constData());
    QVERIFY(login.body.contains("<html lang=\"en-XA\">"));
    QCOMPARE(login.header("content-language"), QByteArray("en-XA"));
    QString text = pageText(login.body);
    QVERIFY2(text.contains(QStringLiteral("[\u015a\u00ee\u011d\u00f1 \u00ee\u00f1]")), qPrintable(text));
    // With %1 arguments, translated around the escaped value.
    QVERIFY2(text.contains(QStringLiteral(
                 "[\u0163\u00f6 \u00e7\u00f6\u00f1\u0163\u00ee\u00f1\u00fb\u00e9 \u0163\u00f6] Test Main Client")),
        qPrintable(text));
    // An untranslated text falls back to English.
    QVERIFY2(text.contains(QLatin1String("Username")), qPrintable(text));

    // A message made in code (the login error), translated too.
    const Reply failed = browser.postForm(QUrl(m_server->url(QStringLiteral("/authorize/login"))),
        encode({{QStringLiteral("request"), hiddenFields(login.body).value(QStringLiteral("request"))},
            {QStringLiteral("csrf_token"), hiddenFields(login.body).value(QStringLiteral("csrf_token"))},
            {QStringLiteral("username"), QString::fromLatin1(kUser)},
            {QStringLiteral("password"), QStringLiteral("wrong password here")}}),
        pseudo);
    text = pageText(failed.body);
    QVERIFY2(
        text.contains(QStringLiteral("[\u015a\u00ee\u011d\u00f1-\u00ee\u00f1 \u0192\u00e4\u00ee\u013c\u00e9\u0111.]")),
        qPrintable(text));

    // The error page, with the message's argument kept as given.
    const Reply error = browser.get(QUrl(m_server->url(QStringLiteral("/authorize?client_id=nobody-here"))), pseudo);
    QVERIFY(error.body.contains("<html lang=\"en-XA\">"));
    text = pageText(error.body);
    QVERIFY2(text.contains(QStringLiteral("nobody-here")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(
                 "[\u0162\u0125\u00ee\u0161 \u0161\u00ee\u011d\u00f1-\u00ee\u00f1 \u00e7\u00e4\u00f1\u00f1\u00f6\u0163 "
                 "\u00e7\u00f6\u00f1\u0163\u00ee\u00f1\u00fb\u00e9]")),
        qPrintable(text));
    // The audit log keeps the English text, whatever the browser's language.
    const qint64 mark = auditMark();
    (void)browser.get(QUrl(m_server->url(QStringLiteral("/authorize?client_id=nobody-else"))), pseudo);
    const auto refused = eventsSince(mark, QStringLiteral("authorize.refused"));
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.first()
                .details.value(QStringLiteral("description"))
                .toString()
                .startsWith(QLatin1String("The application that sent you here is not registered")));

    // English when nothing matches.
    HttpClient other;
    const Reply english = authorize(other, p, false, {{"Accept-Language", "pt-PT, ko;q=0.5"}});
    QVERIFY(english.body.contains("<html lang=\"en\">"));
    QCOMPARE(english.header("content-language"), QByteArray("en"));
    QVERIFY(pageText(english.body).contains(QLatin1String("Sign in to continue to Test Main Client")));

    // A language the product ships: German, from the compiled translation.
    HttpClient german;
    const Reply deutsch = authorize(german, p, false, {{"Accept-Language", "de-DE, de;q=0.9, en;q=0.5"}});
    QVERIFY(deutsch.body.contains("<html lang=\"de\">"));
    QCOMPARE(deutsch.header("content-language"), QByteArray("de"));
    QVERIFY2(pageText(deutsch.body).contains(QStringLiteral("um mit Test Main Client fortzufahren")),
        qPrintable(pageText(deutsch.body)));
}

QTEST_GUILESS_MAIN(TestAuthorize)
#include "tst_authorize.moc"
