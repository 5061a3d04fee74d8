#pragma once

#include "backend/ProfileSecrets.h"

#include <QObject>
#include <QUrl>
#include <functional>

namespace mcpauth {

// The registration access tokens (RFC 7592) of the clients this console registered at one issuer, and
// which clients those are: the standards offer no way to list a server's clients, so this is all the
// console can know. Each token lives in the keychain under "oauth-registration:<issuer>#<client id>"
// with its registration_client_uri; the list of client ids under "oauth-registrations:<issuer>".
// Without a keychain, ProfileSecrets keeps them for this session only and says so.
class RegistrationKeyring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistrationKeyring)

public:
    struct Entry
    {
        QString clientId;
        QString accessToken;
        QUrl clientUri;
    };

    // `secrets` is not owned and must outlive this object.
    RegistrationKeyring(ProfileSecrets& secrets, QString issuer, QObject* parent = nullptr);
    ~RegistrationKeyring() override;

    // The client ids, oldest registration first; empty when none (or the keychain cannot be read).
    void clientIds(QObject* context, std::function<void(QStringList)> done);
    // NotFound when this console holds no token for the client.
    void entry(const QString& clientId, QObject* context, std::function<void(Result<Entry>)> done);
    // Saves the token (a new client, or a token the server rotated) and lists the client.
    void save(const Entry& entry, QObject* context, ProfileSecrets::Stored done);
    void forget(const QString& clientId, QObject* context, ProfileSecrets::Done done);

private:
    [[nodiscard]] QString entryKey(const QString& clientId) const;
    [[nodiscard]] QString indexKey() const;
    void writeIndex(const QStringList& ids, QObject* context, ProfileSecrets::Stored done);

    ProfileSecrets& m_secrets;
    QString m_issuer;
};

} // namespace mcpauth
