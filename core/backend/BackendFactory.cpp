#include "BackendFactory.h"

#include "LocalBackend.h"
#include "casdoor/CasdoorBackend.h"

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
        break;
    }
    return Error::make(ErrorCode::Unsupported,
        QCoreApplication::translate("BackendFactory",
            "This build cannot connect to %1 yet; the profile is saved and will work once the adapter is installed.")
            .arg(ConnectionProfile::kindTitle(profile.kind)));
}

} // namespace mcpauth
