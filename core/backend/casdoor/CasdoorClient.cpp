#include "CasdoorClient.h"

#include "flow/HttpExchange.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>

namespace mcpauth {

namespace {

bool isCredentialsProblem(const QString& msg)
{
    // What Casdoor says when Basic credentials were ignored (it then treats the call as anonymous) or
    // belong to nobody allowed to make it.
    return msg.contains(QLatin1String("Please sign in first")) || msg.contains(QLatin1String("Unauthorized operation"))
        || msg.contains(QLatin1String("Access token doesn't exist"));
}

bool isNotFound(const QString& msg)
{
    return msg.contains(QLatin1String("doesn't exist")) || msg.contains(QLatin1String("not found"))
        || msg.contains(QLatin1String("not exist"));
}

} // namespace

CasdoorClient::CasdoorClient(const QUrl& baseUrl, const QString& clientId, const QString& clientSecret, QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_baseUrl(baseUrl)
    , m_clientId(clientId)
    , m_clientSecret(clientSecret)
{
    // HttpExchange neither loads nor saves cookies (Manual cookie control), and no jar is ever consulted.
    m_network->setCookieJar(nullptr);
}

CasdoorClient::~CasdoorClient()
{
    // Exchanges still running hold replies of m_network, which is an older child and would go first.
    qDeleteAll(findChildren<HttpExchange*>(Qt::FindDirectChildrenOnly));
}

void CasdoorClient::get(const QString& action, const Query& query, QObject* context, Callback done)
{
    send("GET", action, query, {}, context, std::move(done));
}

void CasdoorClient::post(
    const QString& action, const Query& query, const QJsonObject& body, QObject* context, Callback done)
{
    send("POST", action, query, QJsonDocument(body).toJson(QJsonDocument::Compact), context, std::move(done));
}

void CasdoorClient::send(const QByteArray& method, const QString& action, const Query& query, const QByteArray& body,
    QObject* context, Callback done)
{
    QUrl url = m_baseUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/api/") + action);
    QByteArray text;
    for (const auto& [name, value] : query) {
        if (!text.isEmpty())
            text += '&';
        text += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value, "/");
    }
    if (!text.isEmpty())
        url.setQuery(QString::fromLatin1(text), QUrl::StrictMode);

    HttpExchange::Request request;
    request.method = method;
    request.url = url;
    request.accept = "application/json";
    const QByteArray basic = (m_clientId + QLatin1Char(':') + m_clientSecret).toUtf8().toBase64();
    request.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + basic});
    request.headers.append({QByteArrayLiteral("Accept-Language"), QByteArrayLiteral("en")});
    if (method == "POST") {
        request.body = body;
        request.contentType = "application/json";
    }
    HttpExchange::Options options;
    options.timeoutMs = m_timeoutMs;

    auto* exchange = new HttpExchange(m_network, nullptr, this);
    const QString where = m_baseUrl.toString(QUrl::RemoveUserInfo);
    QPointer<QObject> guard(context);
    connect(exchange, &HttpExchange::finished, this,
        [this, exchange, guard, action, where, done = std::move(done)](const Result<HttpResult>& result) {
            exchange->deleteLater();
            if (!guard)
                return;
            if (!result) {
                done(Error::make(ErrorCode::Unavailable,
                    tr("Casdoor at %1 could not be reached: %2").arg(where, result.error().message)));
                return;
            }
            const HttpResult& http = *result;
            const QJsonDocument json = QJsonDocument::fromJson(http.body);
            const QJsonObject envelope = json.object();
            const QString msg = envelope.value(QStringLiteral("msg")).toString();
            if (http.status == 401 || http.status == 403) {
                done(Error::make(ErrorCode::Unavailable,
                    tr("Casdoor refused the console's credentials (HTTP %1%2). Check the profile's client ID and "
                       "the client secret in the keychain.")
                        .arg(QString::number(http.status), msg.isEmpty() ? QString() : QStringLiteral(": ") + msg)));
                return;
            }
            if (!json.isObject() || !envelope.value(QStringLiteral("status")).isString()) {
                done(Error::make(ErrorCode::Io,
                    tr("Casdoor's answer to %1 (HTTP %2) is not the JSON envelope Casdoor sends. Is %3 a Casdoor "
                       "server?")
                        .arg(action, QString::number(http.status), where)));
                return;
            }
            if (envelope.value(QStringLiteral("status")).toString() != QLatin1String("ok")) {
                if (isCredentialsProblem(msg)) {
                    done(Error::make(ErrorCode::Unavailable,
                        tr("Casdoor did not accept the console's client ID and secret (it answered \"%1\"). Casdoor "
                           "ignores wrong credentials and treats the call as anonymous: check the profile's client "
                           "ID and the client secret in the keychain.")
                            .arg(msg)));
                    return;
                }
                done(Error::make(isNotFound(msg) ? ErrorCode::NotFound : ErrorCode::InvalidInput,
                    tr("Casdoor refused %1: %2").arg(action, msg.isEmpty() ? tr("(no reason given)") : msg)));
                return;
            }
            if (http.status != 200) {
                done(Error::make(
                    ErrorCode::Io, tr("Casdoor answered %1 with HTTP %2.").arg(action, QString::number(http.status))));
                return;
            }
            done(CasdoorReply{envelope.value(QStringLiteral("data")), envelope.value(QStringLiteral("data2"))});
        });
    exchange->start(QStringLiteral("casdoor ") + action, request, options);
}

void CasdoorClient::getPage(
    const QString& action, const Query& query, int page, int pageSize, QObject* context, Callback done)
{
    Query paged = query;
    paged.append({QStringLiteral("p"), QString::number(page)});
    paged.append({QStringLiteral("pageSize"), QString::number(pageSize)});
    get(action, paged, context, [this, action, done = std::move(done)](Result<CasdoorReply> reply) {
        if (reply && (!reply->data.isArray() || !reply->data2.isDouble())) {
            done(Error::make(ErrorCode::Io,
                tr("Casdoor's page of %1 has no list or no total count; the server may be older than this "
                   "console supports.")
                    .arg(action)));
            return;
        }
        done(std::move(reply));
    });
}

void CasdoorClient::getAll(const QString& action, const Query& query, QObject* context, ListCallback done)
{
    nextPage(action, query, 1, {}, context, std::move(done));
}

void CasdoorClient::nextPage(
    const QString& action, const Query& query, int page, QJsonArray collected, QObject* context, ListCallback done)
{
    getPage(action, query, page, m_pageSize, context,
        [this, action, query, page, collected, context, done = std::move(done)](Result<CasdoorReply> reply) mutable {
            if (!reply) {
                done(reply.error());
                return;
            }
            const qint64 total = static_cast<qint64>(reply->data2.toDouble());
            const QJsonArray rows = reply->data.toArray();
            for (const QJsonValue& row : rows)
                collected.append(row);
            // Casdoor clamps a page number past the end to the last page: only the total says when to stop.
            const bool more = !rows.isEmpty() && static_cast<qint64>(page) * m_pageSize < total;
            if (!more) {
                done(collected);
                return;
            }
            if (page >= kMaxPages) {
                done(Error::make(ErrorCode::Io,
                    tr("Casdoor's list %1 has more than %2 pages; narrow it down.")
                        .arg(action, QString::number(kMaxPages))));
                return;
            }
            nextPage(action, query, page + 1, std::move(collected), context, std::move(done));
        });
}

} // namespace mcpauth
