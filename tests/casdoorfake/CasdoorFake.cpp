#include "CasdoorFake.h"

#include "http/HttpServer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

namespace mcpauth::test {

namespace {

const QString kAdmin = QStringLiteral("admin");

QString nameOfId(const QString& id)
{
    return id.section(QLatin1Char('/'), 1);
}

QString time(int minutesAgo)
{
    return QDateTime::currentDateTimeUtc().addSecs(-60LL * minutesAgo).toOffsetFromUtc(8 * 3600).toString(Qt::ISODate);
}

bool validName(const QJsonObject& body)
{
    static const QRegularExpression bad(QStringLiteral("[/?:#&%=+;]"));
    return !body.value(QStringLiteral("name")).toString().contains(bad);
}

// The application as Casdoor's add-application stores it (object/application.go defaults).
QJsonObject fullApplication(QJsonObject app)
{
    const QJsonObject defaults{{QStringLiteral("owner"), kAdmin}, {QStringLiteral("name"), QString()},
        {QStringLiteral("createdTime"), time(0)}, {QStringLiteral("displayName"), QString()},
        {QStringLiteral("logo"), QString()}, {QStringLiteral("homepageUrl"), QString()},
        {QStringLiteral("description"), QString()}, {QStringLiteral("organization"), QStringLiteral("built-in")},
        {QStringLiteral("cert"), QStringLiteral("cert-built-in")},
        {QStringLiteral("category"), QStringLiteral("Default")}, {QStringLiteral("type"), QStringLiteral("All")},
        {QStringLiteral("scopes"), QJsonArray()}, {QStringLiteral("customScopes"), QJsonArray()},
        {QStringLiteral("enablePassword"), true}, {QStringLiteral("enableSignUp"), true},
        {QStringLiteral("clientId"), QString()}, {QStringLiteral("clientSecret"), QString()},
        {QStringLiteral("redirectUris"), QJsonArray()}, {QStringLiteral("tokenFormat"), QStringLiteral("JWT")},
        {QStringLiteral("tokenSigningMethod"), QString()}, {QStringLiteral("tokenFields"), QJsonArray()},
        {QStringLiteral("expireInHours"), 168}, {QStringLiteral("refreshExpireInHours"), 168},
        {QStringLiteral("cookieExpireInHours"), 720},
        {QStringLiteral("grantTypes"), QJsonArray{QStringLiteral("authorization_code")}},
        {QStringLiteral("tags"), QJsonArray()}, {QStringLiteral("providers"), QJsonArray()},
        {QStringLiteral("signinMethods"), QJsonArray()}, {QStringLiteral("ipWhitelist"), QString()},
        {QStringLiteral("themeData"), QJsonValue::Null}};
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        if (!app.contains(it.key()))
            app.insert(it.key(), it.value());
    }
    return app;
}

} // namespace

CasdoorFake::CasdoorFake(QObject* parent)
    : QObject(parent)
    , m_server(new HttpServer(this))
{
    for (const QByteArray& method : {QByteArrayLiteral("GET"), QByteArrayLiteral("POST")})
        m_server->routePrefix(method, QStringLiteral("/api/"), [this](const HttpRequest& r) { return handle(r); });
    m_orgs.insert(QStringLiteral("built-in"),
        QJsonObject{{QStringLiteral("owner"), kAdmin}, {QStringLiteral("name"), QStringLiteral("built-in")},
            {QStringLiteral("createdTime"), time(5000)}, {QStringLiteral("displayName"), QStringLiteral("Built-in")},
            {QStringLiteral("dcrPolicy"), QString()}, {QStringLiteral("defaultTokenFormat"), QStringLiteral("JWT")}});
    m_apps.insert(QString::fromLatin1(kAppName),
        fullApplication(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(kAppName)},
            {QStringLiteral("organization"), QStringLiteral("built-in")},
            {QStringLiteral("clientId"), QString::fromLatin1(kClientId)},
            {QStringLiteral("clientSecret"), QString::fromLatin1(kClientSecret)}}));
}

CasdoorFake::~CasdoorFake()
{
    for (const auto& promise : m_hanging) {
        promise->addResult(error(QStringLiteral("shutting down")));
        promise->finish();
    }
}

Result<quint16> CasdoorFake::start()
{
    const Result<quint16> port = m_server->startListening(QHostAddress::LocalHost, 0);
    if (port)
        m_port = *port;
    return port;
}

QString CasdoorFake::origin() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

void CasdoorFake::seed(int apps, int tokens, int records)
{
    m_orgs.insert(QStringLiteral("acme"),
        QJsonObject{{QStringLiteral("owner"), kAdmin}, {QStringLiteral("name"), QStringLiteral("acme")},
            {QStringLiteral("createdTime"), time(4000)}, {QStringLiteral("displayName"), QStringLiteral("Acme Corp")},
            {QStringLiteral("dcrPolicy"), QStringLiteral("open")},
            {QStringLiteral("defaultTokenFormat"), QStringLiteral("JWT")}, {QStringLiteral("tokenRetentionDays"), 30}});
    for (int i = 0; i < apps; ++i) {
        const QString name = QStringLiteral("app-%1").arg(i);
        m_apps.insert(name,
            fullApplication(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("createdTime"), time(3000 - i)},
                {QStringLiteral("displayName"), QStringLiteral("Application %1").arg(i)},
                {QStringLiteral("description"), QStringLiteral("Seeded application %1").arg(i)},
                {QStringLiteral("organization"), QStringLiteral("acme")},
                {QStringLiteral("category"), QStringLiteral("Agent")}, {QStringLiteral("type"), QStringLiteral("MCP")},
                {QStringLiteral("clientId"), QStringLiteral("%1").arg(i, 20, 16, QLatin1Char('a'))},
                {QStringLiteral("clientSecret"), QStringLiteral("s%1").arg(i, 39, 16, QLatin1Char('b'))},
                {QStringLiteral("redirectUris"),
                    QJsonArray{
                        QStringLiteral("127.0.0.1/callback"), QStringLiteral("https://app%1.example.com/cb").arg(i)}},
                {QStringLiteral("grantTypes"),
                    QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token"),
                        QStringLiteral("password")}},
                {QStringLiteral("expireInHours"), 1}, {QStringLiteral("refreshExpireInHours"), 24},
                {QStringLiteral("tokenSigningMethod"), QStringLiteral("RS256")},
                {QStringLiteral("scopes"),
                    QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("application:read")},
                        {QStringLiteral("displayName"), QStringLiteral("Read applications")},
                        {QStringLiteral("description"), QStringLiteral("kept")},
                        {QStringLiteral("tools"), QJsonArray{QStringLiteral("get_applications")}}}}},
                {QStringLiteral("providers"),
                    QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("provider_github")}}}},
                {QStringLiteral("futureField"), QStringLiteral("unknown to the console")}}));
    }
    for (int i = 0; i < tokens; ++i) {
        m_tokens.append(QJsonObject{{QStringLiteral("owner"), kAdmin},
            {QStringLiteral("name"), QStringLiteral("5c0b2b1e-1111-4c2e-9a1b-%1").arg(i, 12, 10, QLatin1Char('0'))},
            {QStringLiteral("createdTime"), time(i)}, {QStringLiteral("application"), QStringLiteral("app-0")},
            {QStringLiteral("organization"), QStringLiteral("acme")},
            {QStringLiteral("user"), i % 2 == 0 ? QStringLiteral("alice") : QStringLiteral("bob")},
            {QStringLiteral("code"), QStringLiteral("c0ffee%1").arg(i)},
            {QStringLiteral("accessToken"), QStringLiteral("eyJhbGciOiJSUzI1NiIs...")},
            {QStringLiteral("refreshToken"), QString()},
            {QStringLiteral("accessTokenHash"), QStringLiteral("9f2c%1").arg(i)},
            {QStringLiteral("refreshTokenHash"), QString()}, {QStringLiteral("expiresIn"), 604800},
            {QStringLiteral("scope"), QStringLiteral("openid application:read")},
            {QStringLiteral("tokenType"), QStringLiteral("Bearer")}, {QStringLiteral("grantType"), QString()},
            {QStringLiteral("codeChallenge"), QString()}, {QStringLiteral("codeIsUsed"), true},
            {QStringLiteral("codeExpireIn"), 0}, {QStringLiteral("resource"), QStringLiteral("https://mcp.acme.test/")},
            {QStringLiteral("dPoPJkt"), QString()}});
    }
    for (const QString& user : {QStringLiteral("alice"), QStringLiteral("bob")}) {
        m_users.insert(QStringLiteral("acme/") + user,
            QJsonObject{{QStringLiteral("owner"), QStringLiteral("acme")}, {QStringLiteral("name"), user},
                {QStringLiteral("createdTime"), time(3500)}, {QStringLiteral("displayName"), user.toUpper()},
                {QStringLiteral("email"), QString(user + QStringLiteral("@acme.test"))},
                {QStringLiteral("isAdmin"), false}, {QStringLiteral("isForbidden"), false},
                {QStringLiteral("phone"), QStringLiteral("+1555")},
                {QStringLiteral("applicationScopes"),
                    QJsonArray{QJsonObject{{QStringLiteral("application"), QStringLiteral("admin/app-0")},
                                   {QStringLiteral("grantedScopes"), QJsonArray{QStringLiteral("files:read")}}},
                        QJsonObject{{QStringLiteral("application"), QStringLiteral("admin/app-1")},
                            {QStringLiteral("grantedScopes"),
                                QJsonArray{QStringLiteral("files:read"), QStringLiteral("files:write")}}}}}});
    }
    for (int i = records; i >= 1; --i) {
        m_records.append(QJsonObject{{QStringLiteral("id"), i}, {QStringLiteral("owner"), QStringLiteral("acme")},
            {QStringLiteral("name"), QStringLiteral("7d9e2c1a-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'))},
            {QStringLiteral("createdTime"), time(records - i)},
            {QStringLiteral("organization"), QStringLiteral("acme")},
            {QStringLiteral("clientIp"), QStringLiteral("127.0.0.1")},
            {QStringLiteral("user"), QStringLiteral("admin")}, {QStringLiteral("method"), QStringLiteral("POST")},
            {QStringLiteral("requestUri"), QStringLiteral("/api/update-application?id=admin/app-%1").arg(i % 3)},
            {QStringLiteral("action"), QStringLiteral("update-application")},
            {QStringLiteral("language"), QStringLiteral("en")},
            {QStringLiteral("object"), QStringLiteral("{\"owner\":\"admin\",\"clientSecret\":\"leak\"}")},
            {QStringLiteral("response"),
                i % 5 == 0 ? QStringLiteral("{status:\"error\", msg:\"Unauthorized operation\"}")
                           : QStringLiteral("{status:\"ok\", msg:\"\"}")},
            {QStringLiteral("statusCode"), 200}, {QStringLiteral("detail"), QString()},
            {QStringLiteral("isTriggered"), false}});
    }
}

void CasdoorFake::arm(const QString& action, Fault fault, const QString& msg)
{
    m_faults.insert(action, {fault, msg});
}

QList<CasdoorFake::Recorded> CasdoorFake::requests(const QString& action) const
{
    QList<Recorded> out;
    for (const Recorded& r : m_requests) {
        if (r.action == action)
            out << r;
    }
    return out;
}

QJsonObject CasdoorFake::token(const QString& name) const
{
    for (const QJsonObject& t : m_tokens) {
        if (t.value(QStringLiteral("name")).toString() == name)
            return t;
    }
    return {};
}

HttpResponse CasdoorFake::ok(const QJsonValue& data, const QJsonValue& data2)
{
    return HttpResponse::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
        {QStringLiteral("msg"), QString()}, {QStringLiteral("sub"), QString()}, {QStringLiteral("name"), QString()},
        {QStringLiteral("data"), data}, {QStringLiteral("data2"), data2}, {QStringLiteral("data3"), QJsonValue::Null}});
}

HttpResponse CasdoorFake::error(const QString& msg)
{
    return HttpResponse::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
        {QStringLiteral("msg"), msg}, {QStringLiteral("sub"), QString()}, {QStringLiteral("name"), QString()},
        {QStringLiteral("data"), QJsonValue::Null}, {QStringLiteral("data2"), QJsonValue::Null},
        {QStringLiteral("data3"), QJsonValue::Null}});
}

HttpResponse CasdoorFake::affected(bool yes)
{
    return ok(yes ? QStringLiteral("Affected") : QStringLiteral("Unaffected"));
}

HttpResponse CasdoorFake::list(const QJsonArray& all, const QUrlQuery& query)
{
    QJsonArray rows = all;
    const QString field = query.queryItemValue(QStringLiteral("field"));
    const QString value = query.queryItemValue(QStringLiteral("value"), QUrl::FullyDecoded);
    static const QRegularExpression alnum(QStringLiteral("^[A-Za-z0-9]+$"));
    if (!field.isEmpty() && alnum.match(field).hasMatch()) {
        QJsonArray filtered;
        for (const QJsonValue& row : all) {
            if (row.toObject().value(field).toVariant().toString().contains(value))
                filtered.append(row);
        }
        rows = filtered;
    }
    if (!query.hasQueryItem(QStringLiteral("p")) || !query.hasQueryItem(QStringLiteral("pageSize")))
        return ok(rows);
    const int size = qMax(1, query.queryItemValue(QStringLiteral("pageSize")).toInt());
    const int lastPage = qMax(1, static_cast<int>((rows.size() + size - 1) / size));
    // Beego's paginator clamps a page past the end to the last page.
    const int page = qBound(1, query.queryItemValue(QStringLiteral("p")).toInt(), lastPage);
    QJsonArray slice;
    for (qsizetype i = static_cast<qsizetype>(page - 1) * size;
         i < rows.size() && i < static_cast<qsizetype>(page) * size; ++i)
        slice.append(rows.at(i));
    return ok(slice, static_cast<int>(rows.size()));
}

HttpReply CasdoorFake::handle(const HttpRequest& request)
{
    Recorded r;
    r.method = request.method;
    r.action = request.path.mid(5);
    r.query = request.query;
    r.rawBody = request.body;
    r.body = QJsonDocument::fromJson(request.body).object();
    r.headers = request.headers;
    m_requests << r;

    const QByteArray auth = request.header("authorization");
    QString caller;
    if (auth
        == QByteArrayLiteral("Basic ") + QByteArray(QByteArray(kClientId) + ':' + QByteArray(kClientSecret)).toBase64())
        caller = QStringLiteral("app/") + QString::fromLatin1(kAppName);

    const auto [fault, msg] = m_faults.take(r.action);
    HttpResponse response;
    switch (fault) {
    case Fault::Hang: {
        auto promise = std::make_shared<QPromise<HttpResponse>>();
        promise->start();
        m_hanging << promise;
        return promise->future();
    }
    case Fault::StatusError:
        response = error(msg);
        break;
    case Fault::Malformed:
        response = HttpResponse::html(QByteArrayLiteral("<html><body>502 Bad Gateway</body></html>"));
        break;
    case Fault::Unaffected:
        response = affected(false);
        break;
    case Fault::Http403:
        response = HttpResponse::text(QByteArrayLiteral("Forbidden"), 403);
        break;
    case Fault::AcceptButIgnore:
        response = affected(true);
        break;
    case Fault::None:
        response = answer(r, caller);
        break;
    }
    response.addHeader(QByteArrayLiteral("Set-Cookie"),
        QByteArrayLiteral("casdoor_session_id=") + QByteArray::number(++m_generated)
            + QByteArrayLiteral("; Path=/; HttpOnly"));
    return response;
}

HttpResponse CasdoorFake::answer(const Recorded& r, const QString& caller)
{
    const QString& a = r.action;
    const QUrlQuery& q = r.query;
    const QString id = q.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);
    if (caller.isEmpty())
        return error(a.startsWith(QLatin1String("get-")) ? QStringLiteral("Please sign in first")
                                                         : QStringLiteral("Unauthorized operation"));
    if ((a.startsWith(QLatin1String("add-")) || a.startsWith(QLatin1String("update-"))) && !validName(r.body))
        return error(QStringLiteral("The name contains invalid characters"));

    if (a == QLatin1String("get-organizations")) {
        QJsonArray all;
        for (const QJsonObject& o : std::as_const(m_orgs))
            all.append(o);
        return list(all, q);
    }
    if (a == QLatin1String("get-organization")) {
        const QJsonObject o = m_orgs.value(nameOfId(id));
        return ok(o.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(o));
    }
    if (a == QLatin1String("update-organization")) {
        const QString name = nameOfId(id);
        if (!m_orgs.contains(name))
            return affected(false);
        QJsonObject o = m_orgs.value(name);
        for (const QString& col :
            q.queryItemValue(QStringLiteral("columns")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            o.insert(col, r.body.value(col));
        m_orgs.insert(name, o);
        return affected(true);
    }
    if (a == QLatin1String("get-organization-applications")) {
        const QString org = q.queryItemValue(QStringLiteral("organization"));
        if (org.isEmpty())
            return error(QStringLiteral("Parameter organization is missing"));
        QJsonArray all;
        QList<QJsonObject> apps = m_apps.values();
        std::sort(apps.begin(), apps.end(), [](const QJsonObject& x, const QJsonObject& y) {
            return x.value(QStringLiteral("createdTime")).toString()
                > y.value(QStringLiteral("createdTime")).toString();
        });
        for (const QJsonObject& app : apps) {
            if (app.value(QStringLiteral("organization")).toString() == org)
                all.append(app);
        }
        return list(all, q);
    }
    if (a == QLatin1String("get-application")) {
        const QJsonObject app = m_apps.value(nameOfId(id));
        return ok(
            app.isEmpty() || !id.startsWith(QLatin1String("admin/")) ? QJsonValue(QJsonValue::Null) : QJsonValue(app));
    }
    if (a == QLatin1String("add-application")) {
        QJsonObject app = r.body;
        const QString name = app.value(QStringLiteral("name")).toString();
        if (m_apps.contains(name))
            return affected(false);
        if (app.value(QStringLiteral("clientId")).toString().isEmpty())
            app.insert(QStringLiteral("clientId"), QStringLiteral("%1").arg(++m_generated, 20, 16, QLatin1Char('c')));
        app.insert(QStringLiteral("clientSecret"), QStringLiteral("%1").arg(++m_generated, 40, 16, QLatin1Char('d')));
        app.insert(QStringLiteral("owner"), kAdmin);
        if (app.value(QStringLiteral("grantTypes")).toArray().isEmpty())
            app.insert(QStringLiteral("grantTypes"), QJsonArray{QStringLiteral("authorization_code")});
        m_apps.insert(name, fullApplication(app));
        return affected(true);
    }
    if (a == QLatin1String("update-application")) {
        const QString oldName = nameOfId(id);
        if (!m_apps.contains(oldName))
            return affected(false);
        const QStringList columns
            = q.queryItemValue(QStringLiteral("columns")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        QJsonObject app;
        if (columns.isEmpty()) {
            // AllCols(): whatever the body omits is zeroed.
            app = r.body;
        } else {
            app = m_apps.value(oldName);
            for (const QString& col : columns)
                app.insert(col, r.body.value(col));
        }
        if (app.value(QStringLiteral("clientSecret")).toString() == QLatin1String("***"))
            app.insert(QStringLiteral("clientSecret"), m_apps.value(oldName).value(QStringLiteral("clientSecret")));
        m_apps.remove(oldName);
        m_apps.insert(app.value(QStringLiteral("name")).toString(), app);
        return affected(true);
    }
    if (a == QLatin1String("delete-application")) {
        const QString name = r.body.value(QStringLiteral("name")).toString();
        const QJsonObject app = m_apps.value(name);
        if (app.isEmpty() || app.value(QStringLiteral("organization")) != r.body.value(QStringLiteral("organization")))
            return affected(false);
        m_apps.remove(name);
        return affected(true);
    }
    if (a == QLatin1String("get-tokens")) {
        const QString org = q.queryItemValue(QStringLiteral("organization"));
        QJsonArray all;
        for (const QJsonObject& t : m_tokens) {
            if (org.isEmpty() || t.value(QStringLiteral("organization")).toString() == org)
                all.append(t);
        }
        if (q.queryItemValue(QStringLiteral("sortOrder")) == QLatin1String("ascend")) {
            QJsonArray reversed;
            for (qsizetype i = all.size() - 1; i >= 0; --i)
                reversed.append(all.at(i));
            all = reversed;
        }
        return list(all, q);
    }
    if (a == QLatin1String("get-token")) {
        const QJsonObject t = token(nameOfId(id));
        return ok(t.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t));
    }
    if (a == QLatin1String("update-token")) {
        for (QJsonObject& t : m_tokens) {
            if (t.value(QStringLiteral("name")).toString() == nameOfId(id)) {
                t = r.body; // AllCols()
                return affected(true);
            }
        }
        return affected(false);
    }
    if (a == QLatin1String("delete-token")) {
        for (qsizetype i = 0; i < m_tokens.size(); ++i) {
            const QJsonObject& t = m_tokens.at(i);
            if (t.value(QStringLiteral("name")) == r.body.value(QStringLiteral("name"))
                && t.value(QStringLiteral("organization")) == r.body.value(QStringLiteral("organization"))) {
                m_tokens.removeAt(i);
                return affected(true);
            }
        }
        return affected(false);
    }
    if (a == QLatin1String("get-users")) {
        const QString owner = q.queryItemValue(QStringLiteral("owner"));
        QJsonArray all;
        for (const QJsonObject& u : std::as_const(m_users)) {
            if (u.value(QStringLiteral("owner")).toString() == owner)
                all.append(u);
        }
        return list(all, q);
    }
    if (a == QLatin1String("get-user")) {
        const QJsonObject u = m_users.value(id);
        return ok(u.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(u));
    }
    if (a == QLatin1String("update-user")) {
        if (!m_users.contains(id))
            return affected(false);
        const QStringList columns
            = q.queryItemValue(QStringLiteral("columns")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        QJsonObject u = columns.isEmpty() ? r.body : m_users.value(id);
        for (const QString& col : columns)
            u.insert(col, r.body.value(col));
        m_users.insert(id, u);
        return affected(true);
    }
    if (a == QLatin1String("get-records")) {
        // RequireAdmin needs a real user: application credentials are none unless userId names one.
        const QString userId = q.queryItemValue(QStringLiteral("userId"), QUrl::FullyDecoded);
        if (caller.startsWith(QLatin1String("app/")) && userId.isEmpty())
            return error(QStringLiteral("The user: %1 doesn't exist").arg(caller));
        QJsonArray all;
        for (const QJsonObject& rec : m_records)
            all.append(rec);
        return list(all, q);
    }
    return error(QStringLiteral("Unknown action: %1").arg(a));
}

} // namespace mcpauth::test
