#pragma once

#include "Finding.h"

#include <QList>

namespace mcpauth {

class DiagnosisContext;

// The diagnosis rules about the authorize request and its callback (redirect URI, scope, resource, PKCE, consent): each
// reads the context and appends what it finds.
namespace AuthorizationRules {
void apply(const DiagnosisContext& context, QList<Finding>& findings);
} // namespace AuthorizationRules

} // namespace mcpauth
