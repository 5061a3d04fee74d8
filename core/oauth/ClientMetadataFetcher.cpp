#include "ClientMetadataFetcher.h"

#include "common/Logging.h"
#include "redirect/RedirectUriRules.h"

#include <QDateTime>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <algorithm>

namespace mcpauth {

namespace {

constexpr qsizetype kMaxUrlLength = 2048;

Error invalidRequest(const QString& text)
{
    return Error::invalid(QStringLiteral("invalid_request"), text);
}

Error invalidClient(const QString& text)
{
    return Error::invalid(QStringLiteral("invalid_client"), text);
}

Error busy(const QString& text)
{
    return Error{ErrorCode::Unavailable, text, QStringLiteral("temporarily_unavailable")};
}

// Ranges a fetch must never reach besides loopback: RFC 6890 special-purpose registries, private
// networks (RFC 1918, RFC 4193), link-local, CGNAT, multicast, documentation, benchmarking and
// transition prefixes that embed an IPv4 address.
const QList<QPair<QHostAddress, int>>& forbiddenSubnets()
{
    static const QList<QPair<QHostAddress, int>> subnets = [] {
        QList<QPair<QHostAddress, int>> out;
        for (const char* text : {"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
                 "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15",
                 "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4", "::/96", "::1/128", "64:ff9b::/96",
                 "64:ff9b:1::/48", "100::/64", "2001::/32", "2001:2::/48", "2001:10::/28", "2001:20::/28",
                 "2001:db8::/32", "2002::/16", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8"})
            out << QHostAddress::parseSubnet(QString::fromLatin1(text));
        return out;
    }();
    return subnets;
}

QHostAddress unmapped(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

bool hasDotSegment(const QString& url)
{
    // The path as written, before QUrl could normalise "a/../b" away.
    qsizetype start = url.indexOf(QStringLiteral("://"));
    start = start < 0 ? 0 : url.indexOf(QLatin1Char('/'), start + 3);
    if (start < 0)
        return false;
    qsizetype end = url.size();
    for (const QChar stop : {QChar(u'?'), QChar(u'#')}) {
        const qsizetype at = url.indexOf(stop, start);
        if (at >= 0 && at < end)
            end = at;
    }
    const QStringList segments = url.mid(start, end - start).split(QLatin1Char('/'));
    for (QString segment : segments) {
        segment.replace(QStringLiteral("%2e"), QStringLiteral("."), Qt::CaseInsensitive);
        if (segment == QLatin1String(".") || segment == QLatin1String(".."))
            return true;
    }
    return false;
}

} // namespace

ClientMetadataFetcher::ClientMetadataFetcher(Options options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setProxy(QNetworkProxy::NoProxy);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ClientMetadataFetcher::~ClientMetadataFetcher()
{
    // Nobody is told: the callbacks belong to the endpoint being destroyed with us.
    for (const auto& job : std::as_const(m_inFlight)) {
        job->done = true;
        if (job->lookupId >= 0)
            QHostInfo::abortHostLookup(job->lookupId);
        if (job->reply)
            job->reply->abort();
    }
}

bool ClientMetadataFetcher::isUrlClientId(const QString& clientId)
{
    return clientId.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || clientId.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

Status ClientMetadataFetcher::checkClientIdUrl(const QString& text, bool allowLoopbackHttp)
{
    if (text.size() > kMaxUrlLength)
        return invalidRequest(QStringLiteral("The client_id URL is longer than %1 characters.").arg(kMaxUrlLength));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return invalidRequest(QStringLiteral("The client_id %1 is not a valid URL.").arg(text.left(300)));
    const QString scheme = url.scheme();
    const bool loopbackHost = RedirectUriRules::isLoopbackHost(url.host());
    if (scheme != QLatin1String("https")) {
        if (scheme == QLatin1String("http") && allowLoopbackHttp && loopbackHost) {
            // The test suites serve their documents on loopback.
        } else {
            return invalidRequest(QStringLiteral("A client_id URL must use https; %1 does not.").arg(text.left(300)));
        }
    }
    if (url.host().isEmpty())
        return invalidRequest(QStringLiteral("The client_id URL %1 has no host.").arg(text.left(300)));
    if (!url.userInfo().isEmpty() || text.left(text.indexOf(QLatin1Char('/'), 8)).contains(QLatin1Char('@')))
        return invalidRequest(QStringLiteral("A client_id URL must not contain a user name or password."));
    if (url.hasFragment() || text.contains(QLatin1Char('#')))
        return invalidRequest(QStringLiteral("A client_id URL must not contain a fragment."));
    if (url.path().isEmpty())
        return invalidRequest(
            QStringLiteral("A client_id URL must have a path, such as https://app.example.com/client.json."));
    if (hasDotSegment(text))
        return invalidRequest(QStringLiteral("A client_id URL must not contain \".\" or \"..\" path segments."));
    return {};
}

bool ClientMetadataFetcher::isAllowedAddress(const QHostAddress& address, bool allowLoopback)
{
    const QHostAddress a = unmapped(address);
    if (a.isNull() || a.protocol() == QAbstractSocket::UnknownNetworkLayerProtocol)
        return false;
    if (a.isLoopback())
        return allowLoopback;
    if (a.isLinkLocal() || a.isSiteLocal() || a.isUniqueLocalUnicast() || a.isMulticast() || a.isBroadcast())
        return false;
    for (const auto& subnet : forbiddenSubnets()) {
        if (a.isInSubnet(subnet))
            return false;
    }
    return true;
}

qint64 ClientMetadataFetcher::cacheLifetime(const QByteArray& cacheControl, qint64 defaultSeconds, qint64 maxSeconds)
{
    qint64 lifetime = defaultSeconds;
    for (QByteArray directive : cacheControl.split(',')) {
        directive = directive.trimmed().toLower();
        if (directive == "no-store" || directive == "no-cache")
            return 0;
        if (directive.startsWith("max-age=")) {
            QByteArray value = directive.mid(8).trimmed();
            if (value.startsWith('"') && value.endsWith('"') && value.size() >= 2)
                value = value.mid(1, value.size() - 2);
            bool ok = false;
            const qint64 seconds = value.toLongLong(&ok);
            lifetime = ok && seconds >= 0 ? seconds : 0;
        }
    }
    return qBound<qint64>(0, lifetime, maxSeconds);
}

std::optional<ClientMetadataDocument> ClientMetadataFetcher::cached(const QString& clientIdUrl)
{
    const auto it = m_cache.constFind(clientIdUrl);
    if (it == m_cache.cend())
        return std::nullopt;
    if (it->expiresAtMs <= QDateTime::currentMSecsSinceEpoch()) {
        m_cache.erase(it);
        return std::nullopt;
    }
    return it->document;
}

Status ClientMetadataFetcher::fetch(const QString& clientIdUrl, Callback done)
{
    if (const auto it = m_inFlight.constFind(clientIdUrl); it != m_inFlight.cend()) {
        if ((*it)->callbacks.size() >= m_options.maxWaitingPerFetch)
            return busy(QStringLiteral("%1 sign-in requests are already waiting for the metadata document at %2. "
                                       "Try again in a few seconds.")
                            .arg(QString::number(m_options.maxWaitingPerFetch), clientIdUrl.left(300)));
        (*it)->callbacks << std::move(done);
        return {};
    }
    auto job = std::make_shared<Job>();
    job->clientId = clientIdUrl;
    job->url = QUrl(clientIdUrl, QUrl::StrictMode);
    job->host = job->url.host().toLower();
    if (m_inFlight.size() >= m_options.maxInFlight)
        return busy(QStringLiteral("This server is already fetching %1 metadata documents. Try again in a few seconds.")
                        .arg(m_options.maxInFlight));
    if (m_inFlightPerHost.value(job->host) >= m_options.maxInFlightPerHost)
        return busy(QStringLiteral("This server is already fetching %1 metadata documents from %2. Try again in a few "
                                   "seconds.")
                        .arg(QString::number(m_options.maxInFlightPerHost), job->host.left(200)));
    ++m_inFlightPerHost[job->host];
    job->callbacks << std::move(done);
    job->elapsed.start();
    m_inFlight.insert(clientIdUrl, job);

    const Status valid = checkClientIdUrl(clientIdUrl, m_options.allowLoopback);
    if (!valid) {
        QMetaObject::invokeMethod(
            this, [this, job, valid] { finish(job, valid.error()); }, Qt::QueuedConnection);
        return {};
    }
    job->timer = new QTimer(this);
    job->timer->setSingleShot(true);
    connect(job->timer, &QTimer::timeout, this, [this, job] {
        finish(job,
            invalidClient(QStringLiteral("The client's metadata document at %1 did not arrive within %2 seconds.")
                              .arg(job->clientId)
                              .arg(m_options.timeoutMs / 1000)));
    });
    job->timer->start(m_options.timeoutMs);
    // Queued, so that the caller never sees its callback run inside fetch().
    QMetaObject::invokeMethod(
        this, [this, job] { startHop(job); }, Qt::QueuedConnection);
    return {};
}

Status ClientMetadataFetcher::checkHopUrl(const QUrl& url) const
{
    if (!url.isValid() || url.host().isEmpty())
        return invalidClient(QStringLiteral("The client's metadata document redirects to an invalid URL."));
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http") && m_options.allowLoopback)
        return {}; // the address check then insists on loopback
    return invalidClient(QStringLiteral("The client's metadata document redirects to %1, which is not https.")
                             .arg(url.toDisplayString().left(300)));
}

void ClientMetadataFetcher::startHop(const std::shared_ptr<Job>& job)
{
    if (job->done)
        return;
    if (const Status ok = checkHopUrl(job->url); !ok) {
        finish(job, ok.error());
        return;
    }
    const QString host = job->url.host();
    QHostAddress literal;
    if (literal.setAddress(host)) {
        connectTo(job, literal);
        return;
    }
    job->lookupId = QHostInfo::lookupHost(host, this, [this, job](const QHostInfo& info) {
        job->lookupId = -1;
        if (job->done)
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            finish(job,
                invalidClient(QStringLiteral("The host of the client's metadata document, %1, could not be found.")
                                  .arg(job->url.host())));
            return;
        }
        // Every address must pass: a name that resolves to one public and one private address is
        // refused rather than trusted to pick the public one.
        for (const QHostAddress& address : info.addresses()) {
            if (!isAllowedAddress(address, m_options.allowLoopback)) {
                finish(job,
                    invalidClient(QStringLiteral("The host of the client's metadata document, %1, resolves to a "
                                                 "private or local address, which this server does not fetch from.")
                                      .arg(job->url.host())));
                return;
            }
        }
        connectTo(job, info.addresses().constFirst());
    });
}

void ClientMetadataFetcher::connectTo(const std::shared_ptr<Job>& job, const QHostAddress& address)
{
    const bool https = job->url.scheme() == QLatin1String("https");
    if (!isAllowedAddress(address, m_options.allowLoopback) || (!https && !unmapped(address).isLoopback())) {
        finish(job,
            invalidClient(QStringLiteral("The client's metadata document at %1 is on a private or local address, "
                                         "which this server does not fetch from.")
                              .arg(job->url.toDisplayString().left(300))));
        return;
    }
    QUrl target = job->url;
    target.setHost(unmapped(address).toString());
    target.setFragment(QString());
    QNetworkRequest request(target);
    QByteArray hostHeader = job->url.host(QUrl::FullyEncoded).toUtf8();
    if (hostHeader.contains(':'))
        hostHeader = '[' + hostHeader + ']';
    const int defaultPort = https ? 443 : 80;
    if (job->url.port(defaultPort) != defaultPort)
        hostHeader += ':' + QByteArray::number(job->url.port());
    request.setRawHeader("Host", hostHeader);
    if (https)
        request.setPeerVerifyName(job->url.host());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Accept-Encoding", "identity"); // no decompression bombs
    request.setRawHeader("User-Agent", "mcp-auth-console/" MCPAUTH_VERSION);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    const qint64 remaining = qMax<qint64>(1, m_options.timeoutMs - job->elapsed.elapsed());
    request.setTransferTimeout(static_cast<int>(remaining));

    job->body.clear();
    QNetworkReply* reply = m_nam->get(request);
    job->reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, job, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_options.maxBytes) {
            job->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, job, reply] {
        job->body += reply->read(m_options.maxBytes + 1 - job->body.size());
        if (job->body.size() > m_options.maxBytes) {
            job->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, job, reply] { onReplyFinished(job, reply); });
}

void ClientMetadataFetcher::onReplyFinished(const std::shared_ptr<Job>& job, QNetworkReply* reply)
{
    reply->deleteLater();
    if (job->done || job->reply != reply)
        return;
    job->reply = nullptr;
    const QString where = job->url.toDisplayString().left(300);
    if (job->tooLarge) {
        finish(job,
            invalidClient(QStringLiteral("The client's metadata document at %1 is larger than %2 KiB.")
                              .arg(where)
                              .arg(m_options.maxBytes / 1024)));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        finish(job,
            invalidClient(QStringLiteral("The client's metadata document at %1 could not be fetched: %2")
                              .arg(where, reply->errorString())));
        return;
    }
    if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
        const QByteArray location = reply->rawHeader("Location");
        if (location.isEmpty()) {
            finish(job,
                invalidClient(QStringLiteral("The server of %1 answered a redirect without a target.").arg(where)));
            return;
        }
        if (++job->redirects > m_options.maxRedirects) {
            finish(job,
                invalidClient(QStringLiteral("The client's metadata document at %1 redirects more than %2 times.")
                                  .arg(job->clientId)
                                  .arg(m_options.maxRedirects)));
            return;
        }
        job->url = job->url.resolved(QUrl::fromEncoded(location, QUrl::StrictMode));
        startHop(job);
        return;
    }
    if (status != 200) {
        finish(job,
            invalidClient(QStringLiteral(
                "The client's metadata document at %1 could not be fetched: the server answered HTTP %2.")
                              .arg(where)
                              .arg(status)));
        return;
    }
    // A document served as HTML or text is not the client's metadata, whatever it parses as: a page
    // that happens to contain JSON must not become a client.
    const QByteArray mediaType = reply->rawHeader("Content-Type").split(';').first().trimmed().toLower();
    if (mediaType != "application/json" && !(mediaType.startsWith("application/") && mediaType.endsWith("+json"))) {
        finish(job,
            invalidClient(mediaType.isEmpty()
                    ? QStringLiteral("The client's metadata document at %1 is served without a content type; it "
                                     "must be application/json.")
                          .arg(where)
                    : QStringLiteral("The client's metadata document at %1 is served as %2; it must be "
                                     "application/json.")
                          .arg(where, QString::fromLatin1(mediaType.left(100)))));
        return;
    }
    job->body += reply->read(m_options.maxBytes + 1 - job->body.size());
    if (job->body.size() > m_options.maxBytes) {
        finish(job,
            invalidClient(QStringLiteral("The client's metadata document at %1 is larger than %2 KiB.")
                              .arg(where)
                              .arg(m_options.maxBytes / 1024)));
        return;
    }
    auto document = ClientMetadataDocument::parse(job->clientId, job->body);
    if (!document) {
        finish(job, document.error());
        return;
    }
    const qint64 lifetime
        = cacheLifetime(reply->rawHeader("Cache-Control"), m_options.defaultCacheSeconds, m_options.maxCacheSeconds);
    if (lifetime > 0) {
        if (m_cache.size() >= m_options.maxCacheEntries && !m_cache.contains(job->clientId)) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            m_cache.removeIf([now](const QHash<QString, CacheEntry>::iterator it) { return it->expiresAtMs <= now; });
            // Still full of fresh documents: the one that would expire first goes.
            while (!m_cache.isEmpty() && m_cache.size() >= m_options.maxCacheEntries)
                m_cache.erase(std::min_element(m_cache.begin(), m_cache.end(),
                    [](const CacheEntry& a, const CacheEntry& b) { return a.expiresAtMs < b.expiresAtMs; }));
        }
        m_cache.insert(job->clientId, CacheEntry{*document, QDateTime::currentMSecsSinceEpoch() + lifetime * 1000});
    }
    qCInfo(lcOAuth).noquote() << "Fetched the client metadata document" << job->clientId;
    finish(job, Fetched{*document, false});
}

void ClientMetadataFetcher::finish(const std::shared_ptr<Job>& job, const Result<Fetched>& result)
{
    if (job->done)
        return;
    job->done = true;
    if (job->timer) {
        job->timer->stop();
        job->timer->deleteLater();
        job->timer = nullptr;
    }
    if (job->lookupId >= 0) {
        QHostInfo::abortHostLookup(job->lookupId);
        job->lookupId = -1;
    }
    if (job->reply) {
        QNetworkReply* reply = job->reply;
        job->reply = nullptr;
        reply->abort();
    }
    if (!result)
        qCInfo(lcOAuth).noquote() << "Refused the client metadata document" << job->clientId << ":"
                                  << result.error().message;
    m_inFlight.remove(job->clientId);
    if (auto count = m_inFlightPerHost.find(job->host); count != m_inFlightPerHost.end() && --count.value() <= 0)
        m_inFlightPerHost.erase(count);
    const QList<Callback> callbacks = std::move(job->callbacks);
    for (const Callback& callback : callbacks)
        callback(result);
}

} // namespace mcpauth
