#include "FlowCredentialStore.h"

#include "common/Logging.h"
#include "secrets/SecretStore.h"

#include <QJsonDocument>
#include <QTimer>
#include <QUrl>

namespace mcpauth {

namespace {

// The caller's context object, if it gave one: once it is destroyed, `done` is not called.
class Guard
{
public:
    explicit Guard(QObject* context)
        : m_context(context)
        , m_hasContext(context != nullptr)
    { }
    [[nodiscard]] bool alive() const { return !m_hasContext || !m_context.isNull(); }

private:
    QPointer<QObject> m_context;
    bool m_hasContext;
};

} // namespace

FlowCredentialStore::FlowCredentialStore(SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
{ }

QString FlowCredentialStore::keyFor(const QString& issuer, const QString& resource, const QString& redirectUri)
{
    auto part = [](const QString& s) { return QString::fromLatin1(QUrl::toPercentEncoding(s, ":/?#[]@!$&'()*+,;=")); };
    return QStringLiteral("flow:%1 %2 %3").arg(part(issuer), part(resource), part(redirectUri));
}

void FlowCredentialStore::load(
    const QString& issuer, const QString& resource, const QString& redirectUri, QObject* context, LoadDone done)
{
    const QString key = keyFor(issuer, resource, redirectUri);
    const Guard guard(context);
    m_secrets.read(key, [guard, done, issuer, resource, redirectUri](Result<QString> read) {
        if (!guard.alive())
            return;
        if (!read) {
            done(read.error().code == ErrorCode::NotFound ? Error::make(ErrorCode::NotFound,
                     QStringLiteral("No credentials are stored for %1 (resource %2, redirect URI %3).")
                         .arg(issuer, resource.isEmpty() ? QStringLiteral("none") : resource, redirectUri))
                                                          : read.error());
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(read.value().toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            done(Error::make(ErrorCode::Integrity,
                QStringLiteral("The credentials stored for %1 in the keychain are not readable; forget them and "
                               "connect again.")
                    .arg(issuer)));
            return;
        }
        auto credentials = FlowCredentials::fromJson(doc.object());
        if (!credentials) {
            done(Error::make(ErrorCode::Integrity,
                QStringLiteral("The credentials stored for %1 in the keychain are not usable: %2")
                    .arg(issuer, credentials.error().message)));
            return;
        }
        // The entry's name is the key, but what it holds must say the same: an entry copied or edited
        // in a keychain viewer must not send one server's client or tokens to another.
        if (credentials->issuer != issuer || credentials->resource != resource
            || credentials->redirectUri != redirectUri) {
            done(Error::make(ErrorCode::Integrity,
                QStringLiteral("The keychain entry for %1 holds credentials for another server, resource or "
                               "redirect URI; they were not used.")
                    .arg(issuer)));
            return;
        }
        done(credentials);
    });
}

void FlowCredentialStore::save(const FlowCredentials& credentials, QObject* context, Done done)
{
    const Guard guard(context);
    if (credentials.issuer.isEmpty()) {
        const Error error = Error::invalid(QStringLiteral("issuer"),
            QStringLiteral("Credentials are stored per authorization server: the issuer is missing."));
        QTimer::singleShot(0, this, [guard, done, error] {
            if (guard.alive())
                done(error);
        });
        return;
    }
    const QString key = keyFor(credentials.issuer, credentials.resource, credentials.redirectUri);
    const QString json = QString::fromUtf8(QJsonDocument(credentials.toJson()).toJson(QJsonDocument::Compact));
    const QString issuer = credentials.issuer;
    m_secrets.write(key, json, [guard, done, issuer](Status written) {
        if (written)
            qCInfo(lcFlow).noquote() << "Credentials for" << issuer << "saved in the secret store";
        if (guard.alive())
            done(written);
    });
}

void FlowCredentialStore::forget(
    const QString& issuer, const QString& resource, const QString& redirectUri, QObject* context, Done done)
{
    const Guard guard(context);
    m_secrets.remove(keyFor(issuer, resource, redirectUri), [guard, done](Status removed) {
        if (!guard.alive())
            return;
        // Nothing stored is what forgetting wants.
        if (!removed && removed.error().code == ErrorCode::NotFound)
            done(Status());
        else
            done(removed);
    });
}

} // namespace mcpauth
