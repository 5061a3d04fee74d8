#include "AuthServer.h"

#include "AuditSink.h"
#include "AuthorizeEndpoint.h"
#include "CorsPolicy.h"
#include "IntrospectionEndpoint.h"
#include "MetadataEndpoint.h"
#include "RegistrationEndpoint.h"
#include "RevocationEndpoint.h"
#include "ServerContext.h"
#include "TokenEndpoint.h"
#include "common/Logging.h"
#include "http/HttpServer.h"
#include "jose/KeyRing.h"
#include "mcp/McpEndpoint.h"
#include "oauth/AccessTokenVerifier.h"
#include "oauth/AuthorizationCodeStore.h"
#include "store/Store.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace mcpauth {

namespace {

Status configureTls(HttpServer& http, const ServerSettings& settings)
{
    if (settings.tlsCertificatePath.isEmpty() || settings.tlsKeyPath.isEmpty())
        return Error::invalid(QStringLiteral("tls"), QStringLiteral("HTTPS needs both --tls-cert and --tls-key."));
    QFile certFile(settings.tlsCertificatePath);
    if (!certFile.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io,
            QStringLiteral("Cannot read the TLS certificate %1: %2").arg(settings.tlsCertificatePath, certFile.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty())
        return Error::invalid(QStringLiteral("tls-cert"),
            QStringLiteral("%1 holds no PEM certificate.").arg(settings.tlsCertificatePath));
    QFile keyFile(settings.tlsKeyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io,
            QStringLiteral("Cannot read the TLS key %1: %2").arg(settings.tlsKeyPath, keyFile.errorString()));
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return Error::invalid(QStringLiteral("tls-key"),
            QStringLiteral("%1 holds no unencrypted PEM RSA or EC private key.").arg(settings.tlsKeyPath));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    http.sslSetup(config);
    return {};
}

} // namespace

AuthServer::AuthServer(Store& store, KeyRing& keys, const ServerSettings& settings, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_keys(keys)
    , m_audit(std::make_unique<AuditSink>(store))
    , m_codes(std::make_unique<AuthorizationCodeStore>())
    , m_verifier(std::make_unique<AccessTokenVerifier>(store, keys, QString(), settings.clockSkewSeconds))
{
    m_context = std::make_unique<ServerContext>(
        ServerContext{store, keys, *m_audit, *m_codes, *m_verifier, settings, QString(), false});
}

AuthServer::~AuthServer()
{
    stop();
}

QString AuthServer::issuer() const
{
    return m_context->issuer;
}

Status AuthServer::start()
{
    if (m_running)
        return {};
    const ServerSettings& settings = m_context->settings;
    const bool loopback = settings.address.isLoopback();
    const bool tls = !settings.tlsCertificatePath.isEmpty() || !settings.tlsKeyPath.isEmpty();
    if (!loopback && !tls)
        return Error::invalid(QStringLiteral("listen"),
            QStringLiteral("Listening on %1 needs HTTPS: give --tls-cert and --tls-key, or listen on 127.0.0.1.")
                .arg(settings.address.toString()));

    auto http = std::make_unique<HttpServer>();
    if (tls) {
        auto configured = configureTls(*http, settings);
        if (!configured)
            return configured;
    }
    const quint16 port = http->listen(settings.address, settings.port);
    if (port == 0)
        return Error::make(ErrorCode::Unavailable,
            QStringLiteral("Could not listen on %1 port %2: the port may be in use.")
                .arg(settings.address.toString())
                .arg(settings.port));

    m_port = port;
    m_context->tls = tls;
    QString host = settings.address.toString();
    if (settings.address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    m_context->issuer = settings.issuer.isEmpty()
        ? QStringLiteral("%1://%2:%3").arg(tls ? QStringLiteral("https") : QStringLiteral("http"), host).arg(port)
        : settings.issuer;
    while (m_context->issuer.endsWith(QLatin1Char('/')))
        m_context->issuer.chop(1);
    m_verifier->setIssuer(m_context->issuer);

    m_cors = std::make_unique<CorsPolicy>(*m_context);
    m_metadata = std::make_unique<MetadataEndpoint>(*m_context);
    m_registration = std::make_unique<RegistrationEndpoint>(*m_context);
    m_authorize = std::make_unique<AuthorizeEndpoint>(*m_context);
    m_token = std::make_unique<TokenEndpoint>(*m_context);
    m_introspection = std::make_unique<IntrospectionEndpoint>(*m_context);
    m_revocation = std::make_unique<RevocationEndpoint>(*m_context);
    m_mcp = std::make_unique<McpEndpoint>(*m_context);
    if (Status prepared = m_mcp->prepare(); !prepared)
        return prepared;

    m_cors->registerRoutes(*http);
    m_metadata->registerRoutes(*http);
    m_registration->registerRoutes(*http);
    m_authorize->registerRoutes(*http);
    m_token->registerRoutes(*http);
    m_introspection->registerRoutes(*http);
    m_revocation->registerRoutes(*http);
    m_mcp->registerRoutes(*http);
    connect(http.get(), &HttpServer::requestLogged, this, &AuthServer::requestLogged);

    m_http = std::move(http);
    m_running = true;
    qCInfo(lcServer).noquote() << "Local server listening at" << m_context->issuer;
    return {};
}

void AuthServer::stop()
{
    if (!m_running)
        return;
    m_audit->flush();
    m_http.reset();
    m_running = false;
}

} // namespace mcpauth
