#pragma once

#include "FlowCredentials.h"
#include "common/Result.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace mcpauth {

class SecretStore;

// Keeps what a connection flow obtained (FlowCredentials) in the secret store, the OS keychain in
// production: one entry per (authorization server issuer, resource, redirect URI), holding the
// credentials as JSON, never in a plain file. A client registered for another redirect URI (an old
// port) or another server is a different entry, so it is never sent where it does not belong.
//
// Asynchronous like SecretStore: each call ends by calling `done` exactly once, later, on this
// object's thread, and not at all once `context` is destroyed (so a destroyed engine is not called);
// with a null context, always.
class FlowCredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowCredentialStore)

public:
    using LoadDone = std::function<void(const Result<FlowCredentials>&)>; // NotFound when none is stored
    using Done = std::function<void(const Status&)>;

    explicit FlowCredentialStore(SecretStore& secrets, QObject* parent = nullptr);

    // "flow:<issuer> <resource> <redirect URI>", each part percent-encoded (so a space cannot occur
    // in one): readable in a keychain viewer, and distinct for distinct keys.
    [[nodiscard]] static QString keyFor(const QString& issuer, const QString& resource, const QString& redirectUri);

    void load(
        const QString& issuer, const QString& resource, const QString& redirectUri, QObject* context, LoadDone done);
    // Replaces what is stored under the credentials' own key. The issuer is required.
    void save(const FlowCredentials& credentials, QObject* context, Done done);
    // Removes the entry; forgetting an entry that is not there succeeds.
    void forget(
        const QString& issuer, const QString& resource, const QString& redirectUri, QObject* context, Done done);

private:
    SecretStore& m_secrets;
};

} // namespace mcpauth
