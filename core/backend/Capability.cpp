#include "Capability.h"

#include <QCoreApplication>

namespace mcpauth {

QList<Capability> allCapabilities()
{
    return {Capability::Organizations, Capability::Applications, Capability::ApplicationWrite,
        Capability::SecretRotation, Capability::Resources, Capability::Scopes, Capability::Users, Capability::TokenList,
        Capability::TokenLookup, Capability::TokenRevoke, Capability::Consents, Capability::AuditLog,
        Capability::AuditVerify, Capability::SigningKeys, Capability::RegistrationPolicy, Capability::LiveUpdates,
        Capability::TokenDelete};
}

QString capabilityTitle(Capability capability)
{
    switch (capability) {
    case Capability::Organizations:
        return QCoreApplication::translate("Capability", "Organizations");
    case Capability::Applications:
        return QCoreApplication::translate("Capability", "List applications");
    case Capability::ApplicationWrite:
        return QCoreApplication::translate("Capability", "Create, edit and delete applications");
    case Capability::SecretRotation:
        return QCoreApplication::translate("Capability", "Rotate client secrets");
    case Capability::Resources:
        return QCoreApplication::translate("Capability", "Resources");
    case Capability::Scopes:
        return QCoreApplication::translate("Capability", "Scopes");
    case Capability::Users:
        return QCoreApplication::translate("Capability", "Users");
    case Capability::TokenList:
        return QCoreApplication::translate("Capability", "List tokens");
    case Capability::TokenLookup:
        return QCoreApplication::translate("Capability", "Look up a token");
    case Capability::TokenRevoke:
        return QCoreApplication::translate("Capability", "Revoke tokens");
    case Capability::Consents:
        return QCoreApplication::translate("Capability", "Consents");
    case Capability::AuditLog:
        return QCoreApplication::translate("Capability", "Audit log");
    case Capability::AuditVerify:
        return QCoreApplication::translate("Capability", "Verify the audit chain");
    case Capability::SigningKeys:
        return QCoreApplication::translate("Capability", "Signing keys");
    case Capability::RegistrationPolicy:
        return QCoreApplication::translate("Capability", "Dynamic registration policy");
    case Capability::LiveUpdates:
        return QCoreApplication::translate("Capability", "Live updates");
    case Capability::TokenDelete:
        return QCoreApplication::translate("Capability", "Delete token records");
    }
    return {};
}

} // namespace mcpauth
