#pragma once

namespace mcpauth {

// The token lifetimes an application may be given. The defaults are the local server's policy: an
// access token is a bearer credential, so it lives at most a day. A remote backend that accepts longer
// ones (Casdoor ships 168 hours) says so through Backend::applicationLimits(), and the editor explains
// the difference instead of refusing to save an application it merely reads back.
struct ApplicationLimits
{
    int minAccessLifetime = 60; // one minute
    int maxAccessLifetime = 24 * 3600; // one day
    int maxRefreshLifetime = 365 * 24 * 3600; // one year
};

} // namespace mcpauth
