#pragma once

#include "Finding.h"

#include <QList>

namespace mcpauth {

class DiagnosisContext;

// The diagnosis rules about client identification (dynamic registration, pre-registered clients): each reads the
// context and appends what it finds.
namespace RegistrationRules {
void apply(const DiagnosisContext& context, QList<Finding>& findings);
} // namespace RegistrationRules

} // namespace mcpauth
