#pragma once

#include "Capability.h"

#include <QHash>

namespace mcpauth {

// The capabilities of one backend: everything is supported unless the backend says why not. The reason
// is a sentence for the user ("Casdoor has no audit chain to verify.").
class BackendCapabilities
{
public:
    // Everything supported.
    BackendCapabilities() = default;

    void remove(Capability capability, const QString& reason);
    [[nodiscard]] bool supports(Capability capability) const { return !m_missing.contains(capability); }
    // Empty when supported.
    [[nodiscard]] QString reason(Capability capability) const { return m_missing.value(capability); }

private:
    QHash<Capability, QString> m_missing;
};

} // namespace mcpauth
