#pragma once

#include "Finding.h"

#include <QList>

namespace mcpauth {

class DiagnosisContext;

// The diagnosis rules about discovery (protected resource and authorization server metadata): each reads the context
// and appends what it finds.
namespace DiscoveryRules {
void apply(const DiagnosisContext& context, QList<Finding>& findings);
} // namespace DiscoveryRules

} // namespace mcpauth
