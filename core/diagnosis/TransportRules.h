#pragma once

#include "Finding.h"

#include <QList>

namespace mcpauth {

class DiagnosisContext;

// The diagnosis rules about the MCP transport (the unauthenticated request, JSON-RPC, SSE, CORS): each reads the
// context and appends what it finds.
namespace TransportRules {
void apply(const DiagnosisContext& context, QList<Finding>& findings);
} // namespace TransportRules

} // namespace mcpauth
