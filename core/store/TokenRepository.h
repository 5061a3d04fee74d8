#pragma once

#include "AuditContext.h"
#include "AuditLog.h"
#include "Database.h"
#include "domain/Token.h"

#include <optional>

namespace mcpauth {

struct TokenFilter
{
    QString applicationId;
    QString userId;
    QString resource;
    std::optional<TokenKind> kind;
    std::optional<TokenState> state;
    qint64 issuedFrom = 0; // ms, inclusive; 0 = open
    qint64 issuedTo = 0; // ms, exclusive; 0 = open
    qint64 now = 0; // the instant "active" and "expired" are judged at; 0 = now
    // Tokens of this organization's applications (last, with an initializer, so that positional
    // initializations of the fields above keep their meaning).
    QString organizationId{};

    [[nodiscard]] bool isEmpty() const
    {
        return organizationId.isEmpty() && applicationId.isEmpty() && userId.isEmpty() && resource.isEmpty() && !kind
            && !state && issuedFrom == 0 && issuedTo == 0;
    }
};

enum class TokenSort { IssuedAt, ExpiresAt };

// Keyset paging (no OFFSET): a page continues strictly after (or before) the last row's sort key and id,
// so the first, the next and the last page all cost one index range scan.
struct TokenCursor
{
    qint64 key = 0;
    QString id;
};

struct TokenPageRequest
{
    TokenSort sort = TokenSort::IssuedAt;
    bool descending = true; // newest first
    int limit = 100;
    std::optional<TokenCursor> after; // continue after this row, in the requested order
    bool last = false; // the last page in the requested order (rows still returned in that order)
};

struct TokenPage
{
    QList<Token> tokens;
    std::optional<TokenCursor> next; // set when more rows may follow
};

class TokenRepository
{
public:
    TokenRepository(Database& db, AuditLog& audit);

    // Records an issued token (the local authorization server calls this) with its audit event.
    [[nodiscard]] Status insert(const Token& token, const AuditContext& ctx);
    // Many tokens in one transaction with one audit event (imports and the benchmark).
    [[nodiscard]] Status insertBatch(const QList<Token>& tokens, const AuditContext& ctx);

    [[nodiscard]] Result<TokenPage> page(const TokenFilter& filter, const TokenPageRequest& request) const;
    [[nodiscard]] Result<qint64> count(const TokenFilter& filter) const;
    [[nodiscard]] Result<Token> find(const QString& id) const;
    // Revokes one token; revoking a refresh token revokes its whole family (RFC 9700 rotation).
    [[nodiscard]] Result<qint64> revoke(const QString& id, const AuditContext& ctx);
    // Revokes every token that matches (all of a user, of an application, …); refuses an empty filter.
    [[nodiscard]] Result<qint64> revokeMatching(const TokenFilter& filter, const AuditContext& ctx);

    // For the local authorization server (its hot paths: one indexed statement each).
    // Rows only, no audit event: the server audits each token through its write-behind AuditSink.
    // Joins the caller's transaction, if any.
    [[nodiscard]] Status insertIssued(const QList<Token>& tokens);
    // The token whose value hashes to `valueHash` (opaque access tokens, refresh tokens); NotFound if none.
    [[nodiscard]] Result<Token> findByValueHash(const QString& valueHash) const;
    // When the token was revoked: 0 while it is not; NotFound when no token has that id.
    [[nodiscard]] Result<qint64> revokedAt(const QString& id) const;
    // Marks one unrevoked token revoked at `nowMs` (a refresh token being rotated away); false when it
    // was already revoked or does not exist, so two requests cannot both rotate the same token.
    [[nodiscard]] Result<bool> claim(const QString& id, qint64 nowMs);
    // Revokes a refresh family and the listed tokens (what a replayed code or a reused refresh token
    // produced), with one audit event naming `reason`.
    [[nodiscard]] Result<qint64> revokeGrant(
        const QString& familyId, const QStringList& ids, const QString& reason, const AuditContext& ctx);

private:
    [[nodiscard]] Status insertRows(const QList<Token>& tokens);
    [[nodiscard]] Status insertRowsPostgres(const QList<Token>& tokens);

    Database& m_db;
    AuditLog& m_audit;
};

} // namespace mcpauth
