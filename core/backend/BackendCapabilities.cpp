#include "BackendCapabilities.h"

namespace mcpauth {

void BackendCapabilities::remove(Capability capability, const QString& reason)
{
    m_missing.insert(capability, reason);
}

} // namespace mcpauth
