#include "BackendFactory.h"

#include "LocalBackend.h"
#include "casdoor/CasdoorBackend.h"
#include "oauth/OAuthServerBackend.h"

#include <QCoreApplication>

namespace mcpauth {

Result<std::unique_ptr<Backend>> BackendFactory::create(const ConnectionProfile& profile, const QString& secret)
{
    if (Status valid = profile.validate(); !valid)
        return valid.error();
    switch (profile.kind) {
    case BackendKind::LocalSqlite:
    case BackendKind::LocalPostgres: {
        auto location = DatabaseLocation::parse(profile.location);
        if (!location)
            return location.error();
        StoreOpenOptions options;
        options.password = secret;
        return std::unique_ptr<Backend>(std::make_unique<LocalBackend>(*location, options));
    }
    case BackendKind::Casdoor:
        return std::unique_ptr<Backend>(
            std::make_unique<CasdoorBackend>(QUrl(profile.location), profile.organization, profile.clientId, secret));
    case BackendKind::Standards:
        return std::unique_ptr<Backend>(
            std::make_unique<OAuthServerBackend>(profile.location, profile.clientId, secret));
    }
    return Error::make(ErrorCode::Unsupported,
        QCoreApplication::translate("BackendFactory", "This build does not know how to connect to %1.")
            .arg(ConnectionProfile::kindTitle(profile.kind)));
}

} // namespace mcpauth
