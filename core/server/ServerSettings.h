#pragma once

#include "http/ConnectionLimits.h"

#include <QHostAddress>
#include <QString>

namespace mcpauth {

// How the local authorization server and built-in MCP server run (`mcp-auth serve` options, or the
// GUI's defaults).
struct ServerSettings
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8765; // 0: any free port (tests)
    QString issuer; // empty: http(s)://127.0.0.1:<port>, the scheme following TLS
    QString tlsCertificatePath; // PEM; required to listen on anything but loopback
    QString tlsKeyPath;
    // The organization that dynamically registered clients join; empty: the oldest organization,
    // created as "default" when the store has none.
    QString organization;
    // Allows plain-http Client ID Metadata Document URLs on loopback (the test suites serve them so).
    bool testMode = false;
    int authorizationCodeLifetime = 60; // seconds
    int maxLoginFailures = 5; // then the account is locked
    int lockoutSeconds = 300;
    int registrationsPerMinute = 20; // per source address
    // Client ID Metadata Documents fetched (not served from the cache) per source address and from all
    // sources together; 0: no limit.
    int metadataFetchesPerMinute = 30;
    int metadataFetchesPerMinuteTotal = 120;
    // Sign-in attempts at the login page per source address and per username, besides the lockout
    // (attempts refused here cost no password check); 0: no limit.
    int loginAttemptsPerMinute = 30;
    int loginAttemptsPerMinutePerUser = 10;
    // Browser sessions at the login page, in all and per source address; anonymous ones go first.
    int maxBrowserSessions = 10000;
    int maxBrowserSessionsPerSource = 1000;
    int clockSkewSeconds = 60; // tolerated on exp, nbf and iat
    // Refusals and other failures written to the audit log in full per source address and action
    // each minute; more are counted in one event at the minute's end. 0: every one in full.
    int auditFailuresPerMinute = 20;
    int mcpChangesPerMinute = 120; // built-in MCP server's write tools, per user and client; 0: no limit
    // How often the running server looks for signing keys rotated by another program (mcp-auth key
    // rotate) and starts signing with them; 0: never.
    int signingKeyCheckMs = 5000;
    ConnectionLimits connections;
};

} // namespace mcpauth
