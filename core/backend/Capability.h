#pragma once

#include <QList>
#include <QString>

namespace mcpauth {

// What a backend can do. The GUI and the CLI ask before they offer an action: a view whose capability
// is missing is disabled with the backend's reason, never hidden without a word.
enum class Capability {
    Organizations,
    Applications, // list and read
    ApplicationWrite, // create, update, delete
    SecretRotation,
    Resources,
    Scopes,
    Users,
    TokenList, // browse every token with filters
    TokenLookup, // look a pasted token up (introspection)
    TokenRevoke,
    Consents,
    AuditLog,
    AuditVerify, // the hash chain
    SigningKeys,
    RegistrationPolicy,
    LiveUpdates, // changes made elsewhere appear without a refresh
    TokenDelete, // delete a token's record instead of marking it revoked
};

[[nodiscard]] QList<Capability> allCapabilities();
// "Tokens list", … : for messages and the capability table in Connections.
[[nodiscard]] QString capabilityTitle(Capability capability);

} // namespace mcpauth
