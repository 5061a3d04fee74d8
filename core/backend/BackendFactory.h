#pragma once

#include "ConnectionProfile.h"

#include <memory>

namespace mcpauth {

// Makes the backend a connection profile describes (not opened yet: call Backend::open).
class BackendFactory
{
public:
    // `secret`: the profile's secret from ProfileSecrets, empty when its kind takes none.
    [[nodiscard]] static Result<std::unique_ptr<Backend>> create(
        const ConnectionProfile& profile, const QString& secret);
};

} // namespace mcpauth
