#pragma once

#include <QString>
#include <QStringList>

namespace mcpauth {

// A validated authorization request waiting for the user to sign in and decide (AuthorizeEndpoint).
// Every text in it is bounded: the client, redirect URI, resource and scopes are registered values,
// and the state is at most AuthorizationRequest::kMaxStateLength characters.
struct PendingRequest
{
    QString id; // 192 random bits, base64url: the pages' hidden "request" field
    QString sessionId;
    QString source; // the source address, for the per-source limit
    QString clientId;
    QString applicationId; // empty for a metadata-document client not stored yet
    bool unsavedClient = false; // AuthorizeEndpoint keeps the client in memory until it is approved
    QString redirectUri;
    QString state;
    QString codeChallenge;
    QString resource; // the registered resource's URI: what consents are recorded for
    QString audience; // the URI the client asked for, the tokens' aud (the localhost alias, else `resource`)
    QStringList requested; // as the request named them, or the defaults when it named none
    bool defaultScopes = false; // the request named no scope
    // Decided once the user is known: what this user may be granted of `requested`, and the
    // administrator-only scopes withheld from a user who is not an administrator.
    QStringList scopes;
    QStringList withheld;
    bool forceLogin = false; // prompt=login, until the user signed in again
    bool forceConsent = false; // prompt=consent
    bool noPrompt = false; // prompt=none
    qint64 expiresAt = 0;
    quint64 sequence = 0; // order of arrival, set by PendingRequestStore
};

} // namespace mcpauth
