#pragma once

#include "common/Result.h"

namespace mcpauth {

struct ServerContext;

// The organization the local server works in when a request does not name one: where dynamically
// registered and metadata-document clients join, and where the built-in MCP resource is created.
class ServerOrganization
{
public:
    // --organization when given (it must exist), else the oldest organization, created as "default"
    // (audited as "server") when the store has none. Main thread.
    [[nodiscard]] static Result<QString> id(ServerContext& context);
};

} // namespace mcpauth
