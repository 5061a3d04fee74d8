#pragma once

#include "backend/Backend.h"
#include "flow/AuthorizationServerMetadata.h"
#include "flow/HttpExchange.h"

#include <QUrl>

class QNetworkAccessManager;

namespace mcpauth {

class ProfileSecrets;
class RegistrationKeyring;
class SecretStore;

// Any authorization server that follows the standards: RFC 8414 discovery (OpenID Connect Discovery as
// the fallback), RFC 7591/7592 dynamic registration and its management, RFC 7662 introspection and
// RFC 7009 revocation with the profile's client credentials. Applications are the clients this console
// registered (the standards cannot list a server's clients); their registration access tokens live in
// the keychain. An update sends the whole metadata (RFC 7592 PUT), then reads it back: a refused update
// is checked to have left the registration as it was, an accepted one to hold what was sent.
class OAuthServerBackend final : public Backend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthServerBackend)

public:
    // `keychain` keeps the registration access tokens; not owned; nullptr: the OS keychain.
    OAuthServerBackend(QString issuer, QString clientId, QString clientSecret, SecretStore* keychain = nullptr,
        QObject* parent = nullptr);
    ~OAuthServerBackend() override;

    [[nodiscard]] BackendKind kind() const override { return BackendKind::Standards; }
    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] QString actor() const override { return m_clientId; }
    [[nodiscard]] BackendCapabilities capabilities() const override;

    void open(QObject* context, Done done) override;

    void applications(const QString& organizationId, QObject* context, Reply<QList<Application>> done) override;
    void application(const QString& ref, QObject* context, Reply<Application> done) override;
    void createApplication(const Application& app, QObject* context, Reply<SavedApplication> done) override;
    void updateApplication(const Application& app, QObject* context, Reply<SavedApplication> done) override;
    void applicationImpact(const QString& ref, QObject* context, Reply<ApplicationImpact> done) override;
    void removeApplication(const QString& ref, QObject* context, Reply<ApplicationImpact> done) override;

    void introspectToken(const QString& token, QObject* context, Reply<TokenIntrospection> done) override;
    void revokeTokenValue(const QString& token, QObject* context, Done done) override;
    void serverDocuments(QObject* context, Reply<ServerDocuments> done) override;

    [[nodiscard]] const AuthorizationServerMetadata& metadata() const { return m_metadata; }

private:
    void discover(QList<QUrl> candidates, std::optional<Error> firstProblem, QObject* context, Done done);
    void checkCredentials(QObject* context, Done done);
    // The registration as the server holds it now (RFC 7592 read), saving a rotated token.
    void readRegistration(const QString& clientId, QObject* context, Reply<QJsonObject> done);
    // The client id of a name or client id among the clients this console registered.
    void resolveClient(const QString& ref, QObject* context, Reply<QString> done);
    void afterFailedUpdate(const QString& clientId, const QJsonObject& before, const Error& failure, QObject* context,
        Reply<SavedApplication> done);
    [[nodiscard]] Status requireOpen() const;
    // The form with the console's client credentials (RFC 6749 section 2.3.1): Basic unless the server
    // names only client_secret_post for this endpoint.
    [[nodiscard]] HttpExchange::Request authenticatedForm(
        const QUrl& url, QList<QPair<QString, QString>> fields, const QString& authMethodsMember) const;
    [[nodiscard]] static HttpExchange::Request withBearer(HttpExchange::Request request, const QString& token);

    QString m_issuer;
    QString m_clientId;
    QString m_clientSecret;
    QNetworkAccessManager* m_network = nullptr;
    ProfileSecrets* m_secrets = nullptr;
    RegistrationKeyring* m_keyring = nullptr;
    bool m_open = false;
    AuthorizationServerMetadata m_metadata;
    QUrl m_metadataUrl;
};

} // namespace mcpauth
