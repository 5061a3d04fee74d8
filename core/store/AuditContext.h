#pragma once

#include <QString>

namespace mcpauth {

// Who makes a change and from where; every mutation of the store takes one and records it in the
// audit event it writes in the same transaction.
struct AuditContext
{
    QString actor; // "cli:root", "console:alice", "server"
    QString source; // "cli", "console", "server 127.0.0.1"
};

} // namespace mcpauth
