#pragma once

#include "common/Result.h"
#include "domain/Application.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QString>

namespace mcpauth {

class Store;
struct HttpResponse;

struct AuthenticatedClient
{
    Application application;
    TokenEndpointAuthMethod method = TokenEndpointAuthMethod::None; // how this request authenticated
};

// Client authentication at the token, introspection and revocation endpoints (RFC 6749 section 2.3),
// exactly as the client registered: `none` (a public client names itself with client_id in the body),
// `client_secret_basic` (RFC 6749 section 2.3.1: the form-urlencoded id and secret inside HTTP Basic)
// or `client_secret_post` (client_id and client_secret in the body). Refused: no client, an unknown
// client, two methods in one request, a method other than the registered one, a wrong secret.
//
// Applications are cached by client_id with their secret's HMAC, each entry re-read after
// kReloadIntervalMs, so a change made in the console or by the CLI (another process) takes effect
// within a second without a query per request. Main thread only (the store).
class ClientAuthenticator
{
public:
    static constexpr qint64 kReloadIntervalMs = 1000;

    explicit ClientAuthenticator(Store& store);

    // `authorization`: the request's Authorization header (may be empty); `form`: its parsed body. On
    // failure the Error's field holds the OAuth error code (invalid_client, invalid_request) and its
    // message the error_description.
    [[nodiscard]] Result<AuthenticatedClient> authenticate(
        const QByteArray& authorization, const QMap<QString, QString>& form);
    // The registered application with this client_id (cached as above); NotFound when there is none.
    [[nodiscard]] Result<Application> application(const QString& clientId);
    // The same by the application's id (a token row names its application by id).
    [[nodiscard]] Result<Application> applicationWithId(const QString& applicationId);

    // The RFC 6749 section 5.2 answer to a refused authentication: 401 with
    // `WWW-Authenticate: Basic realm="<realm>"` when the client tried HTTP Basic, else 400.
    [[nodiscard]] static HttpResponse refusal(
        const Error& error, const QByteArray& authorization, const QString& realm);
    [[nodiscard]] static bool triedBasic(const QByteArray& authorization);

private:
    struct Cached
    {
        Application application;
        QString secretHash;
        QElapsedTimer loaded;
    };
    [[nodiscard]] Result<const Cached*> lookup(const QString& clientId);

    Store& m_store;
    QHash<QString, Cached> m_cache;
    // An application's id never changes, nor does its client_id.
    QHash<QString, QString> m_clientIdByApplicationId;
};

} // namespace mcpauth
