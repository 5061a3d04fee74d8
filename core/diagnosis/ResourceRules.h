#pragma once

#include "Finding.h"

#include <QList>

namespace mcpauth {

class DiagnosisContext;

// The diagnosis rules about using the token at the MCP server (expiry, audience, header, scope): each reads the context
// and appends what it finds.
namespace ResourceRules {
void apply(const DiagnosisContext& context, QList<Finding>& findings);
} // namespace ResourceRules

} // namespace mcpauth
