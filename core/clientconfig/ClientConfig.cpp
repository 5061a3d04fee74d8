#include "ClientConfig.h"

namespace mcpauth {

QString ClientConfig::snippet(const JsonStyle& style) const
{
    OrderedJsonObject servers;
    servers.insert(name, entry);
    OrderedJsonObject root;
    root.insert(containerKey, servers);
    return root.toText(style);
}

} // namespace mcpauth
