#pragma once

#include <QJsonObject>
#include <QStringList>

namespace mcpauth {

// What a server said about a pasted token (RFC 7662 section 2.2): active or not, and for an active
// token the members it chose to tell. Times are ms since the epoch, UTC; 0 when not told.
struct TokenIntrospection
{
    bool active = false;
    QString clientId;
    QString subject;
    QString scope;
    QStringList audience;
    QString tokenType; // token_type: "Bearer", …
    QString issuer;
    qint64 issuedAt = 0;
    qint64 expiresAt = 0;
    QJsonObject json; // the whole answer, members we do not know included

    [[nodiscard]] static TokenIntrospection fromJson(const QJsonObject& json);
    // The answer in sentences, one a line: "Active: the server accepts this token.", "Client: …".
    [[nodiscard]] QStringList describe(qint64 nowMs) const;
};

} // namespace mcpauth
