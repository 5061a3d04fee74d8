#pragma once

#include "domain/Application.h"

#include <QJsonObject>

namespace mcpauth {

// An application as RFC 7591 client metadata and back. The console edits the members an Application
// has (client_name, redirect_uris, grant_types, response_types, token_endpoint_auth_method, scope);
// every other member of a registration (jwks, logo_uri, contacts, a server's own extensions) is kept
// as the server has it, so an update never blanks what the console does not show.
class ClientRegistration
{
public:
    // The metadata to send: `current` (the registration as read, empty for a new one) with the
    // console's members set from `app`, and the members RFC 7592 section 2.2 forbids in an update left out.
    [[nodiscard]] static QJsonObject toMetadata(const Application& app, const QJsonObject& current = {});
    // `organizationId` names the server (the standards have no organizations; an Application needs one).
    [[nodiscard]] static Application toApplication(const QJsonObject& registration, const QString& organizationId = {});
    // The console's members whose value differs between `expected` and `actual` (lists compared as sets).
    [[nodiscard]] static QStringList differences(const QJsonObject& expected, const QJsonObject& actual);
    // Members a client must not send in an RFC 7592 update (the server's to assign).
    [[nodiscard]] static const QStringList& serverManagedFields();
};

} // namespace mcpauth
