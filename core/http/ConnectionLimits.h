#pragma once

namespace mcpauth {

// What one client can hold of the HTTP server: connections, time and queued answers. Loopback is no
// shield: any local program, or a web page through DNS rebinding, can open connections.
struct ConnectionLimits
{
    // Open connections in all; one more is answered 503 and closed (TLS ones are closed).
    int maxConnections = 512;
    // Open connections from one address other than loopback (every local client shares 127.0.0.1).
    int maxPerSource = 64;
    // A kept-alive connection with nothing to do is closed after this long.
    int idleTimeoutMs = 60'000;
    // A request must arrive whole within this long of its first byte (slow senders hold a connection).
    int requestTimeoutMs = 30'000;
    // Requests pipelined on one connection whose answers are not sent yet; a client sending more
    // without reading is cut off.
    int maxPipelined = 32;
};

} // namespace mcpauth
