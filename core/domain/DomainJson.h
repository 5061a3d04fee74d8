#pragma once

#include "Application.h"
#include "AuditEvent.h"
#include "Consent.h"
#include "Organization.h"
#include "Resource.h"
#include "Scope.h"
#include "SigningKey.h"
#include "Token.h"
#include "User.h"

#include <QJsonObject>

namespace mcpauth {

// The JSON shape of each entity, shared by the CLI's --json output and later the MCP tools.
// Never contains a secret or a hash of one.
class DomainJson
{
public:
    [[nodiscard]] static QJsonObject toJson(const Organization& o);
    [[nodiscard]] static QJsonObject toJson(const Application& a);
    [[nodiscard]] static QJsonObject toJson(const Resource& r);
    [[nodiscard]] static QJsonObject toJson(const Scope& s);
    [[nodiscard]] static QJsonObject toJson(const User& u);
    [[nodiscard]] static QJsonObject toJson(const Consent& c);
    [[nodiscard]] static QJsonObject toJson(const Token& t, qint64 nowMs);
    [[nodiscard]] static QJsonObject toJson(const AuditEvent& e);
    // Metadata and public key only; `published` says whether the JWKS lists it at `nowMs`.
    [[nodiscard]] static QJsonObject toJson(const SigningKey& k, qint64 nowMs);
    [[nodiscard]] static QString isoTime(qint64 ms); // "" for 0
};

} // namespace mcpauth
