#pragma once

#include "Backend.h"

#include <QJsonObject>

namespace mcpauth {

// A saved way to reach a backend: which kind, where, and as whom. No secret is ever part of it: the
// PostgreSQL password, the Casdoor client secret and the OAuth client secret live in the keychain
// under secretKey(), or for this session only when there is no keychain.
struct ConnectionProfile
{
    QString id; // stable, random; names the keychain entry
    QString name; // what the user calls it
    BackendKind kind = BackendKind::LocalSqlite;
    QString location; // SQLite file, postgresql:// URL, Casdoor base URL, or issuer URL
    QString organization; // Casdoor only
    QString clientId; // Casdoor and standards-based servers

    // Whether this kind of profile takes a secret, and what the user should call it.
    [[nodiscard]] bool needsSecret() const;
    [[nodiscard]] QString secretLabel() const;
    [[nodiscard]] QString secretKey() const { return QStringLiteral("profile:") + id; }

    // Every rule, the first broken one as an InvalidInput error naming its field.
    [[nodiscard]] Status validate() const;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<ConnectionProfile> fromJson(const QJsonObject& json);

    [[nodiscard]] static QString kindName(BackendKind kind); // "sqlite", "postgresql", "casdoor", "oauth"
    [[nodiscard]] static QString kindTitle(BackendKind kind); // "Local SQLite", …
    [[nodiscard]] static std::optional<BackendKind> kindFromName(const QString& name);
    // What a backend of this kind can do, before connecting; the adapters report the same.
    [[nodiscard]] static BackendCapabilities expectedCapabilities(BackendKind kind);
};

} // namespace mcpauth
