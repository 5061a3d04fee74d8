#pragma once

#include "ClientMetadataDocument.h"
#include "common/Result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace mcpauth {

// Fetches Client ID Metadata Documents for /authorize, asynchronously, with the protections a
// server that fetches URLs chosen by strangers needs (SSRF):
//  - https only (plain http only to loopback, and only when allowLoopback is set: the test suites);
//  - the host is resolved first and every address it resolves to must be public: loopback,
//    private, link-local, CGNAT, multicast, documentation and reserved ranges are refused; the
//    request then goes to that checked address (the certificate is still verified against the
//    name), so a second DNS answer cannot point it elsewhere;
//  - at most 3 redirects, each checked the same way; 5 seconds in all; at most 64 KiB; served as
//    application/json (or an application/...+json type);
//  - no proxy, no cookies, no compression.
// Documents are cached in memory as their Cache-Control says (max-age, no-store, no-cache); without
// one, for 5 minutes. Concurrent fetches of one URL share one request, and at most
// maxWaitingPerFetch callers wait for it: each holds a browser's answer in memory. At most
// maxInFlight documents are fetched at once, maxInFlightPerHost of them from one host, so that a
// page full of links to /authorize cannot turn this server into a crawler.
class ClientMetadataFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientMetadataFetcher)

public:
    struct Options
    {
        bool allowLoopback = false; // settings.testMode
        qint64 maxBytes = 64 * 1024;
        int timeoutMs = 5000;
        int maxRedirects = 3;
        qint64 defaultCacheSeconds = 300;
        qint64 maxCacheSeconds = 24 * 3600;
        qsizetype maxWaitingPerFetch = 32;
        qsizetype maxInFlight = 16;
        qsizetype maxInFlightPerHost = 4;
        // Documents kept in the cache; beyond it the one closest to expiry goes.
        qsizetype maxCacheEntries = 512;
    };
    struct Fetched
    {
        ClientMetadataDocument document;
        bool fromCache = false;
    };
    // The Error's field holds the OAuth error code: invalid_request for a malformed client_id URL,
    // invalid_client when the document cannot be fetched or is not acceptable, temporarily_unavailable
    // (ErrorCode::Unavailable) when too many fetches are under way.
    using Callback = std::function<void(const Result<Fetched>&)>;

    explicit ClientMetadataFetcher(Options options, QObject* parent = nullptr);
    ~ClientMetadataFetcher() override;

    // Calls `done` later, on this object's thread, exactly once (never from inside fetch()); or, when
    // too many fetches are under way or too many callers wait already, returns the error at once and
    // never calls `done`.
    [[nodiscard]] Status fetch(const QString& clientIdUrl, Callback done);
    // The document when the cache holds it and it is still fresh.
    [[nodiscard]] std::optional<ClientMetadataDocument> cached(const QString& clientIdUrl);
    void clearCache() { m_cache.clear(); }
    [[nodiscard]] qsizetype cacheSize() const { return m_cache.size(); }
    [[nodiscard]] qsizetype inFlight() const { return m_inFlight.size(); }

    // Does this client_id look like a metadata document URL (rather than a registered client id)?
    [[nodiscard]] static bool isUrlClientId(const QString& clientId);
    // The draft's rules for the client_id URL: https, a host, a path without dot segments, no
    // fragment, no user information, at most 2048 characters.
    [[nodiscard]] static Status checkClientIdUrl(const QString& url, bool allowLoopbackHttp);
    // May the fetch connect to this address? Loopback only when allowLoopback.
    [[nodiscard]] static bool isAllowedAddress(const QHostAddress& address, bool allowLoopback);
    // Seconds a response may be cached for, from its Cache-Control header; 0: do not cache.
    [[nodiscard]] static qint64 cacheLifetime(const QByteArray& cacheControl, qint64 defaultSeconds, qint64 maxSeconds);

private:
    struct Job
    {
        QString clientId;
        QString host; // of the client_id URL: what the per-host limit counts
        QUrl url; // the URL of the current hop
        int redirects = 0;
        QElapsedTimer elapsed;
        QPointer<QNetworkReply> reply;
        QByteArray body;
        bool tooLarge = false;
        bool done = false;
        int lookupId = -1;
        QTimer* timer = nullptr;
        QList<Callback> callbacks;
    };
    struct CacheEntry
    {
        ClientMetadataDocument document;
        qint64 expiresAtMs = 0;
    };

    void startHop(const std::shared_ptr<Job>& job);
    void connectTo(const std::shared_ptr<Job>& job, const QHostAddress& address);
    void onReplyFinished(const std::shared_ptr<Job>& job, QNetworkReply* reply);
    void finish(const std::shared_ptr<Job>& job, const Result<Fetched>& result);
    [[nodiscard]] Status checkHopUrl(const QUrl& url) const;

    Options m_options;
    QNetworkAccessManager* m_nam = nullptr;
    QHash<QString, std::shared_ptr<Job>> m_inFlight;
    QHash<QString, qsizetype> m_inFlightPerHost;
    QHash<QString, CacheEntry> m_cache;
};

} // namespace mcpauth
