#include "OAuthServerBackend.h"

#include "ClientRegistration.h"
#include "OAuthRequest.h"
#include "RegistrationKeyring.h"
#include "backend/ConnectionProfile.h"
#include "backend/ProfileSecrets.h"
#include "flow/DiscoveryUrls.h"
#include "secrets/KeychainSecretStore.h"
#include "security/SecureRandom.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>

namespace mcpauth {

namespace {

template <typename T>
Backend::Reply<T> guarded(QObject* context, Backend::Reply<T> done)
{
    return [guard = QPointer<QObject>(context), done = std::move(done)](Result<T> result) {
        if (guard)
            done(std::move(result));
    };
}

Backend::Done guarded(QObject* context, Backend::Done done)
{
    return [guard = QPointer<QObject>(context), done = std::move(done)](Status status) {
        if (guard)
            done(std::move(status));
    };
}

Error withMore(Error error, const QString& more)
{
    error.message = QStringLiteral("%1 %2").arg(error.message, more);
    return error;
}

} // namespace

OAuthServerBackend::OAuthServerBackend(
    QString issuer, QString clientId, QString clientSecret, SecretStore* keychain, QObject* parent)
    : Backend(parent)
    , m_issuer(std::move(issuer))
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
{
    // The issuer stays as typed: the metadata must name exactly it (RFC 8414 section 3.3), and some
    // servers' issuers end in '/'. The discovery URLs drop a terminating '/' themselves.
    // HttpExchange neither sends nor keeps cookies and follows no redirect: an admin API must not ride
    // on a browser-like session.
    m_network = new QNetworkAccessManager(this);
    if (!keychain)
        keychain = new KeychainSecretStore(this);
    m_secrets = new ProfileSecrets(keychain, this);
    m_keyring = new RegistrationKeyring(*m_secrets, m_issuer, this);
}

OAuthServerBackend::~OAuthServerBackend() = default;

QString OAuthServerBackend::displayName() const
{
    return tr("Standards-based server: %1").arg(m_issuer);
}

BackendCapabilities OAuthServerBackend::capabilities() const
{
    BackendCapabilities caps = ConnectionProfile::expectedCapabilities(BackendKind::Standards);
    if (!m_open)
        return caps;
    if (!m_metadata.registrationEndpoint)
        caps.remove(Capability::ApplicationWrite,
            tr("The server publishes no registration_endpoint (RFC 7591), so clients cannot be registered from "
               "the console."));
    if (!m_metadata.introspectionEndpoint)
        caps.remove(Capability::TokenLookup,
            tr("The server publishes no introspection_endpoint (RFC 7662), so tokens cannot be looked up."));
    if (!m_metadata.revocationEndpoint)
        caps.remove(Capability::TokenRevoke,
            tr("The server publishes no revocation_endpoint (RFC 7009), so tokens cannot be revoked from the "
               "console."));
    return caps;
}

Status OAuthServerBackend::requireOpen() const
{
    if (m_open)
        return {};
    return Error::make(ErrorCode::Unavailable, tr("Not connected to %1 yet.").arg(m_issuer));
}

// ---------------------------------------------------------------------------------------------
// Discovery and credentials

void OAuthServerBackend::open(QObject* context, Done done)
{
    auto urls = DiscoveryUrls::authorizationServerMetadata(m_issuer, true);
    if (!urls) {
        deliver(context, std::move(done), Status(urls.error()));
        return;
    }
    discover(*urls, std::nullopt, this, guarded(context, std::move(done)));
}

void OAuthServerBackend::discover(QList<QUrl> candidates, std::optional<Error> firstProblem, QObject*, Done done)
{
    if (candidates.isEmpty()) {
        done(withMore(firstProblem.value_or(Error::make(ErrorCode::NotFound, QString())),
            tr("No authorization server metadata was found for %1 (RFC 8414 or OpenID Connect Discovery).")
                .arg(m_issuer)));
        return;
    }
    const QUrl url = candidates.takeFirst();
    OAuthRequest::send(m_network, tr("the metadata document %1").arg(url.toString()), HttpExchange::Request::get(url),
        true, this, [this, url, candidates, firstProblem, done](Result<OAuthRequest::Answer> answer) {
            if (!answer) {
                // The server is down or refuses outright: the next URL would say the same.
                if (answer.error().code == ErrorCode::Unavailable && !answer.error().field.isEmpty()) {
                    done(answer.error());
                    return;
                }
                discover(candidates, firstProblem ? firstProblem : answer.error(), this, done);
                return;
            }
            auto parsed = AuthorizationServerMetadata::parse(
                QJsonDocument(answer->json).toJson(QJsonDocument::Compact), m_issuer, true);
            if (!parsed) {
                Error e = parsed.error();
                e.message = tr("The metadata at %1 is not usable: %2").arg(url.toString(), e.message);
                discover(candidates, firstProblem ? firstProblem : e, this, done);
                return;
            }
            m_metadata = std::move(parsed).value();
            m_metadataUrl = url;
            m_open = true;
            checkCredentials(this, done);
        });
}

void OAuthServerBackend::checkCredentials(QObject*, Done done)
{
    // Introspecting a token nobody issued costs nothing and tells whether the client id and secret are
    // accepted: 200 with active false when they are, 401 when not.
    if (!m_metadata.introspectionEndpoint) {
        done({});
        return;
    }
    const auto request
        = authenticatedForm(*m_metadata.introspectionEndpoint, {{QStringLiteral("token"), SecureRandom::uuid()}},
            QStringLiteral("introspection_endpoint_auth_methods_supported"));
    OAuthRequest::send(m_network, tr("the introspection endpoint"), request, true, this,
        [this, done](Result<OAuthRequest::Answer> answer) {
            if (!answer) {
                m_open = false;
                done(answer.error().field == QLatin1String("unauthorized") ? withMore(answer.error(),
                         tr("Check the client id (%1) and secret of the connection profile.").arg(m_clientId))
                                                                           : answer.error());
                return;
            }
            done({});
        });
}

HttpExchange::Request OAuthServerBackend::authenticatedForm(
    const QUrl& url, QList<QPair<QString, QString>> fields, const QString& authMethodsMember) const
{
    QStringList methods;
    for (const QJsonValue& m : m_metadata.json.value(authMethodsMember).toArray())
        methods << m.toString();
    if (methods.isEmpty())
        methods = m_metadata.tokenEndpointAuthMethodsSupported;
    const bool post = !methods.contains(QLatin1String("client_secret_basic"))
        && methods.contains(QLatin1String("client_secret_post"));
    if (post) {
        fields << qMakePair(QStringLiteral("client_id"), m_clientId)
               << qMakePair(QStringLiteral("client_secret"), m_clientSecret);
        return HttpExchange::Request::postForm(url, fields);
    }
    HttpExchange::Request request = HttpExchange::Request::postForm(url, fields);
    // RFC 6749 section 2.3.1: each part form-encoded before the Basic encoding.
    const QByteArray pair = QUrl::toPercentEncoding(m_clientId) + ':' + QUrl::toPercentEncoding(m_clientSecret);
    request.headers.append({QByteArrayLiteral("Authorization"), "Basic " + pair.toBase64()});
    return request;
}

HttpExchange::Request OAuthServerBackend::withBearer(HttpExchange::Request request, const QString& token)
{
    request.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8()});
    return request;
}

// ---------------------------------------------------------------------------------------------
// Applications: the clients this console registered

void OAuthServerBackend::readRegistration(const QString& clientId, QObject* context, Reply<QJsonObject> done)
{
    m_keyring->entry(clientId, this, [this, clientId, done = guarded(context, std::move(done))](auto entry) {
        if (!entry) {
            done(entry.error());
            return;
        }
        const RegistrationKeyring::Entry e = *entry;
        OAuthRequest::send(m_network, tr("the registration of client %1").arg(clientId),
            withBearer(HttpExchange::Request::get(e.clientUri), e.accessToken), true, this,
            [this, e, done](Result<OAuthRequest::Answer> answer) {
                if (!answer) {
                    done(answer.error());
                    return;
                }
                const QString rotated = answer->json.value(QStringLiteral("registration_access_token")).toString();
                if (rotated.isEmpty() || rotated == e.accessToken) {
                    done(answer->json);
                    return;
                }
                RegistrationKeyring::Entry next = e;
                next.accessToken = rotated;
                m_keyring->save(next, this, [json = answer->json, done](Result<SecretPersistence>) { done(json); });
            });
    });
}

void OAuthServerBackend::applications(const QString&, QObject* context, Reply<QList<Application>> done)
{
    if (Status ready = requireOpen(); !ready) {
        deliver(context, std::move(done), ready.error());
        return;
    }
    m_keyring->clientIds(this, [this, done = guarded(context, std::move(done))](QStringList ids) {
        if (ids.isEmpty()) {
            done(QList<Application>());
            return;
        }
        struct Pending
        {
            QList<Application> apps;
            qsizetype left = 0;
        };
        auto pending = std::make_shared<Pending>();
        pending->left = ids.size();
        for (const QString& id : ids) {
            readRegistration(id, this, [this, id, pending, done](Result<QJsonObject> registration) {
                Application app;
                if (registration) {
                    app = ClientRegistration::toApplication(*registration, m_issuer);
                } else {
                    // Still listed, so the administrator sees it and can delete it.
                    app.id = app.clientId = app.name = id;
                    app.description = registration.error().message;
                }
                pending->apps << app;
                if (--pending->left == 0) {
                    std::sort(
                        pending->apps.begin(), pending->apps.end(), [](const Application& a, const Application& b) {
                            return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
                        });
                    done(pending->apps);
                }
            });
        }
    });
}

void OAuthServerBackend::resolveClient(const QString& ref, QObject* context, Reply<QString> done)
{
    m_keyring->clientIds(this, [this, ref, done = guarded(context, std::move(done))](QStringList ids) {
        if (ids.contains(ref)) {
            done(ref);
            return;
        }
        applications({}, this, [this, ref, done](Result<QList<Application>> apps) {
            if (apps) {
                for (const Application& app : *apps) {
                    // client_name is the display name; a name the console's rules refuse is the client id.
                    if (app.name.compare(ref, Qt::CaseInsensitive) == 0
                        || app.displayName.compare(ref, Qt::CaseInsensitive) == 0) {
                        done(app.clientId);
                        return;
                    }
                }
            }
            done(Error::make(ErrorCode::NotFound,
                tr("This console registered no client named '%1' at %2. It can only know the clients it "
                   "registered itself: the standards have no way to list a server's clients.")
                    .arg(ref, m_issuer)));
        });
    });
}

void OAuthServerBackend::application(const QString& ref, QObject* context, Reply<Application> done)
{
    if (Status ready = requireOpen(); !ready) {
        deliver(context, std::move(done), ready.error());
        return;
    }
    resolveClient(ref, this, [this, done = guarded(context, std::move(done))](Result<QString> clientId) {
        if (!clientId) {
            done(clientId.error());
            return;
        }
        readRegistration(*clientId, this, [this, done](Result<QJsonObject> registration) {
            if (!registration)
                done(registration.error());
            else
                done(ClientRegistration::toApplication(*registration, m_issuer));
        });
    });
}

void OAuthServerBackend::createApplication(const Application& app, QObject* context, Reply<SavedApplication> done)
{
    if (Status ready = requireOpen(); !ready) {
        deliver(context, std::move(done), ready.error());
        return;
    }
    if (!m_metadata.registrationEndpoint) {
        deliver(context, std::move(done), unsupported(Capability::ApplicationWrite));
        return;
    }
    const QJsonObject metadata = ClientRegistration::toMetadata(app);
    OAuthRequest::send(m_network, tr("the registration endpoint"),
        HttpExchange::Request::postJson(*m_metadata.registrationEndpoint, QJsonDocument(metadata)), true, this,
        [this, done = guarded(context, std::move(done))](Result<OAuthRequest::Answer> answer) {
            if (!answer) {
                done(answer.error());
                return;
            }
            const QJsonObject& json = answer->json;
            SavedApplication saved;
            saved.application = ClientRegistration::toApplication(json, m_issuer);
            saved.clientSecret = json.value(QStringLiteral("client_secret")).toString();
            RegistrationKeyring::Entry entry{saved.application.clientId,
                json.value(QStringLiteral("registration_access_token")).toString(),
                QUrl(json.value(QStringLiteral("registration_client_uri")).toString())};
            if (saved.application.clientId.isEmpty()) {
                done(Error::make(ErrorCode::Unavailable,
                    tr("The registration endpoint answered without a client_id (RFC 7591 section 3.2.1).")));
                return;
            }
            if (entry.accessToken.isEmpty() || !entry.clientUri.isValid() || entry.clientUri.isEmpty()) {
                done(Error::make(ErrorCode::Unsupported,
                    tr("The server registered client %1 but gave no registration access token or "
                       "registration_client_uri (RFC 7592), so the console cannot read, change or delete it.")
                        .arg(saved.application.clientId)));
                return;
            }
            m_keyring->save(entry, this, [saved, entry, done](Result<SecretPersistence> stored) mutable {
                // Kept for this session only: hand the token over once, as it cannot be recovered.
                if (!stored || *stored == SecretPersistence::SessionOnly)
                    saved.registrationAccessToken = entry.accessToken;
                done(saved);
            });
        });
}

void OAuthServerBackend::updateApplication(const Application& app, QObject* context, Reply<SavedApplication> done)
{
    if (Status ready = requireOpen(); !ready) {
        deliver(context, std::move(done), ready.error());
        return;
    }
    const QString clientId = app.clientId;
    readRegistration(
        clientId, this, [this, app, clientId, done = guarded(context, std::move(done))](Result<QJsonObject> before) {
            if (!before) {
                done(before.error());
                return;
            }
            QJsonObject metadata = ClientRegistration::toMetadata(app, *before);
            metadata.insert(QStringLiteral("client_id"), clientId);
            m_keyring->entry(clientId, this, [this, clientId, metadata, before = *before, done](auto entry) {
                if (!entry) {
                    done(entry.error());
                    return;
                }
                const RegistrationKeyring::Entry e = *entry;
                HttpExchange::Request put = HttpExchange::Request::postJson(e.clientUri, QJsonDocument(metadata));
                put.method = "PUT";
                OAuthRequest::send(m_network, tr("the registration of client %1").arg(clientId),
                    withBearer(put, e.accessToken), true, this,
                    [this, e, clientId, metadata, before, done](Result<OAuthRequest::Answer> answer) {
                        if (!answer) {
                            afterFailedUpdate(clientId, before, answer.error(), this, done);
                            return;
                        }
                        auto readBack = [this, clientId, metadata, done] {
                            readRegistration(
                                clientId, this, [this, clientId, metadata, done](Result<QJsonObject> after) {
                                    if (!after) {
                                        done(withMore(after.error(),
                                            tr("The server accepted the update, but it could not be read back to check "
                                               "it.")));
                                        return;
                                    }
                                    const QStringList changed = ClientRegistration::differences(metadata, *after);
                                    if (!changed.isEmpty()) {
                                        done(Error::make(ErrorCode::Conflict,
                                            tr("The server accepted the update of %1 but, read back, holds other "
                                               "values "
                                               "for: %2. It may not support them; see the application as it is now.")
                                                .arg(clientId, changed.join(QStringLiteral(", ")))));
                                        return;
                                    }
                                    done(SavedApplication{ClientRegistration::toApplication(*after, m_issuer), {}, {}});
                                });
                        };
                        const QString rotated
                            = answer->json.value(QStringLiteral("registration_access_token")).toString();
                        if (rotated.isEmpty() || rotated == e.accessToken) {
                            readBack();
                            return;
                        }
                        RegistrationKeyring::Entry next = e;
                        next.accessToken = rotated;
                        m_keyring->save(next, this, [readBack](Result<SecretPersistence>) { readBack(); });
                    });
            });
        });
}

void OAuthServerBackend::afterFailedUpdate(const QString& clientId, const QJsonObject& before, const Error& failure,
    QObject* context, Reply<SavedApplication> done)
{
    // RFC 7592 updates replace the whole registration: check that a refused one changed nothing.
    readRegistration(clientId, context, [before, failure, done](Result<QJsonObject> now) {
        if (!now) {
            done(withMore(failure,
                tr("The registration could not be read back to check that it is unchanged: %1")
                    .arg(now.error().message)));
            return;
        }
        const QStringList changed = ClientRegistration::differences(before, *now);
        done(withMore(failure,
            changed.isEmpty() ? tr("Read back, the registration on the server is unchanged.")
                              : tr("Read back, the server's registration differs from before in: %1.")
                                    .arg(changed.join(QStringLiteral(", ")))));
    });
}

void OAuthServerBackend::applicationImpact(const QString& ref, QObject* context, Reply<ApplicationImpact> done)
{
    // The server does not tell how many tokens a client holds; deleting it invalidates them there.
    resolveClient(ref, this, [done = guarded(context, std::move(done))](Result<QString> clientId) {
        if (!clientId)
            done(clientId.error());
        else
            done(ApplicationImpact{});
    });
}

void OAuthServerBackend::removeApplication(const QString& ref, QObject* context, Reply<ApplicationImpact> done)
{
    if (Status ready = requireOpen(); !ready) {
        deliver(context, std::move(done), ready.error());
        return;
    }
    resolveClient(ref, this, [this, done = guarded(context, std::move(done))](Result<QString> clientId) {
        if (!clientId) {
            done(clientId.error());
            return;
        }
        const QString id = *clientId;
        m_keyring->entry(id, this, [this, id, done](auto entry) {
            if (!entry) {
                done(entry.error());
                return;
            }
            HttpExchange::Request del = HttpExchange::Request::get(entry->clientUri);
            del.method = "DELETE";
            OAuthRequest::send(m_network, tr("the registration of client %1").arg(id),
                withBearer(del, entry->accessToken), false, this,
                [this, id, done](Result<OAuthRequest::Answer> answer) {
                    if (!answer) {
                        done(answer.error());
                        return;
                    }
                    m_keyring->forget(id, this, [done](Status) { done(ApplicationImpact{}); });
                });
        });
    });
}

// ---------------------------------------------------------------------------------------------
// Tokens and documents

void OAuthServerBackend::introspectToken(const QString& token, QObject* context, Reply<TokenIntrospection> done)
{
    if (Status ready = requireOpen(); !ready) {
        deliver(context, std::move(done), ready.error());
        return;
    }
    if (!m_metadata.introspectionEndpoint) {
        deliver(context, std::move(done), unsupported(Capability::TokenLookup));
        return;
    }
    const auto request = authenticatedForm(*m_metadata.introspectionEndpoint, {{QStringLiteral("token"), token}},
        QStringLiteral("introspection_endpoint_auth_methods_supported"));
    OAuthRequest::send(m_network, tr("the introspection endpoint"), request, true, this,
        [done = guarded(context, std::move(done))](Result<OAuthRequest::Answer> answer) {
            if (!answer)
                done(answer.error());
            else
                done(TokenIntrospection::fromJson(answer->json));
        });
}

void OAuthServerBackend::revokeTokenValue(const QString& token, QObject* context, Done done)
{
    if (Status ready = requireOpen(); !ready) {
        deliver(context, std::move(done), ready);
        return;
    }
    if (!m_metadata.revocationEndpoint) {
        deliver(context, std::move(done), Status(unsupported(Capability::TokenRevoke)));
        return;
    }
    const auto request = authenticatedForm(*m_metadata.revocationEndpoint, {{QStringLiteral("token"), token}},
        QStringLiteral("revocation_endpoint_auth_methods_supported"));
    OAuthRequest::send(m_network, tr("the revocation endpoint"), request, false, this,
        [done = guarded(context, std::move(done))](
            Result<OAuthRequest::Answer> answer) { done(answer ? Status() : Status(answer.error())); });
}

void OAuthServerBackend::serverDocuments(QObject* context, Reply<ServerDocuments> done)
{
    if (Status ready = requireOpen(); !ready) {
        deliver(context, std::move(done), ready.error());
        return;
    }
    ServerDocuments docs;
    docs.metadataUrl = m_metadataUrl;
    docs.metadata = m_metadata.json;
    if (!m_metadata.jwksUri) {
        docs.jwksProblem = tr("The metadata names no jwks_uri.");
        deliver(context, std::move(done), docs);
        return;
    }
    docs.jwksUrl = *m_metadata.jwksUri;
    OAuthRequest::send(m_network, tr("the JWKS %1").arg(docs.jwksUrl.toString()),
        HttpExchange::Request::get(docs.jwksUrl, "application/jwk-set+json, application/json"), true, this,
        [docs, done = guarded(context, std::move(done))](Result<OAuthRequest::Answer> answer) mutable {
            if (answer)
                docs.jwks = answer->json;
            else
                docs.jwksProblem = answer.error().message;
            done(docs);
        });
}

} // namespace mcpauth
