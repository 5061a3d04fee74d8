#pragma once

#include "Finding.h"

#include <QList>

namespace mcpauth {

class DiagnosisContext;

// The diagnosis rules about the token endpoint and the token it issued: each reads the context and appends what it
// finds.
namespace TokenRules {
void apply(const DiagnosisContext& context, QList<Finding>& findings);
} // namespace TokenRules

} // namespace mcpauth
