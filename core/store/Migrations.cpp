#include "Migrations.h"

#include "common/Logging.h"

#include <QDateTime>
#include <QSqlQuery>

namespace mcpauth {

namespace {

QStringList appendOnlyTriggers(SqlDialect dialect)
{
    if (dialect == SqlDialect::Sqlite) {
        return {
            QStringLiteral("CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events "
                           "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events "
                           "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
        };
    }
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION mcpauth_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$"),
        QStringLiteral("CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events "
                       "FOR EACH ROW EXECUTE FUNCTION mcpauth_audit_append_only()"),
        QStringLiteral("CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events "
                       "FOR EACH STATEMENT EXECUTE FUNCTION mcpauth_audit_append_only()"),
    };
}

// Version 1: the entities of PRODUCT.md section 4 and the append-only audit log.
QStringList version1(SqlDialect dialect)
{
    QStringList s{
        QStringLiteral("CREATE TABLE organizations ("
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " display_name TEXT NOT NULL DEFAULT '',"
                       " created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE applications ("
                       " id TEXT PRIMARY KEY,"
                       " organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,"
                       " name TEXT NOT NULL,"
                       " display_name TEXT NOT NULL DEFAULT '',"
                       " description TEXT NOT NULL DEFAULT '',"
                       " client_id TEXT NOT NULL UNIQUE,"
                       " client_secret_hash TEXT,"
                       " client_type TEXT NOT NULL,"
                       " auth_method TEXT NOT NULL,"
                       " redirect_uris TEXT NOT NULL,"
                       " grant_types TEXT NOT NULL,"
                       " pkce_required INTEGER NOT NULL,"
                       " token_format TEXT NOT NULL,"
                       " signing_alg TEXT NOT NULL,"
                       " access_lifetime INTEGER NOT NULL,"
                       " refresh_lifetime INTEGER NOT NULL,"
                       " consent_policy TEXT NOT NULL,"
                       " allowed_scopes TEXT NOT NULL,"
                       " cors_origins TEXT NOT NULL,"
                       " category TEXT NOT NULL,"
                       " app_type TEXT NOT NULL,"
                       " created_by TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL,"
                       " updated_at BIGINT NOT NULL,"
                       " UNIQUE (organization_id, name))"),
        QStringLiteral("CREATE TABLE scopes ("
                       " id TEXT PRIMARY KEY,"
                       " organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,"
                       " name TEXT NOT NULL,"
                       " display_name TEXT NOT NULL DEFAULT '',"
                       " description TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (organization_id, name))"),
        QStringLiteral("CREATE TABLE resources ("
                       " id TEXT PRIMARY KEY,"
                       " organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,"
                       " uri TEXT NOT NULL UNIQUE,"
                       " display_name TEXT NOT NULL DEFAULT '',"
                       " description TEXT NOT NULL DEFAULT '',"
                       " scopes TEXT NOT NULL,"
                       " tool_scopes TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE users ("
                       " id TEXT PRIMARY KEY,"
                       " organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,"
                       " username TEXT NOT NULL,"
                       " display_name TEXT NOT NULL DEFAULT '',"
                       " email TEXT NOT NULL DEFAULT '',"
                       " password_hash TEXT NOT NULL,"
                       " disabled INTEGER NOT NULL DEFAULT 0,"
                       " created_at BIGINT NOT NULL,"
                       " UNIQUE (organization_id, username))"),
        QStringLiteral("CREATE TABLE consents ("
                       " id TEXT PRIMARY KEY,"
                       " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                       " application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,"
                       " resource TEXT NOT NULL,"
                       " scopes TEXT NOT NULL,"
                       " granted_at BIGINT NOT NULL,"
                       " revoked_at BIGINT)"),
        QStringLiteral("CREATE TABLE tokens ("
                       " id TEXT PRIMARY KEY,"
                       " kind TEXT NOT NULL,"
                       " application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,"
                       " user_id TEXT REFERENCES users(id) ON DELETE CASCADE,"
                       " resource TEXT NOT NULL,"
                       " scopes TEXT NOT NULL,"
                       " issued_at BIGINT NOT NULL,"
                       " expires_at BIGINT NOT NULL,"
                       " revoked_at BIGINT,"
                       " family_id TEXT,"
                       " value_hash TEXT)"),
        QStringLiteral("CREATE TABLE signing_keys ("
                       " kid TEXT PRIMARY KEY,"
                       " algorithm TEXT NOT NULL,"
                       " state TEXT NOT NULL,"
                       " public_key TEXT NOT NULL,"
                       " private_key_encrypted TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL,"
                       " retired_at BIGINT,"
                       " publish_until BIGINT)"),
        QStringLiteral("CREATE TABLE audit_events ("
                       " seq BIGINT PRIMARY KEY,"
                       " time BIGINT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " target_type TEXT NOT NULL,"
                       " target_id TEXT NOT NULL,"
                       " outcome TEXT NOT NULL,"
                       " source TEXT NOT NULL,"
                       " details TEXT NOT NULL,"
                       " prev_hash TEXT NOT NULL,"
                       " hash TEXT NOT NULL)"),
        // One row: the end of the chain. Writers lock it, so two processes never fork the chain.
        QStringLiteral("CREATE TABLE audit_head ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " last_seq BIGINT NOT NULL,"
                       " last_hash TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, '%1')")
            .arg(QString(64, QLatin1Char('0'))),
    };
    s << appendOnlyTriggers(dialect);
    return s;
}

// Version 2: indexes for the GUI's token and audit queries (filter by application, user, resource,
// state and time; keyset paging on (time, id)).
QStringList version2(SqlDialect)
{
    return {
        QStringLiteral("CREATE INDEX idx_tokens_issued ON tokens (issued_at, id)"),
        // expires_at and revoked_at trail the keyset columns so that counting an application's or a
        // user's active (or expired, or revoked) tokens reads only this index: without them, each of
        // an application's 50,000 tokens cost a table lookup (SQLite: 80 ms instead of 4 ms at a
        // million tokens). The order of (filter, issued_at, id) is unchanged: id is unique.
        QStringLiteral("CREATE INDEX idx_tokens_app_issued ON tokens (application_id, issued_at, id, expires_at, "
                       "revoked_at)"),
        QStringLiteral(
            "CREATE INDEX idx_tokens_user_issued ON tokens (user_id, issued_at, id, expires_at, revoked_at)"),
        QStringLiteral("CREATE INDEX idx_tokens_resource_issued ON tokens (resource, issued_at, id)"),
        QStringLiteral("CREATE INDEX idx_tokens_expires ON tokens (expires_at, id)"),
        QStringLiteral("CREATE INDEX idx_tokens_family ON tokens (family_id) WHERE family_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX idx_tokens_value_hash ON tokens (value_hash) WHERE value_hash IS NOT NULL"),
        QStringLiteral("CREATE INDEX idx_consents_user ON consents (user_id)"),
        QStringLiteral("CREATE INDEX idx_consents_app ON consents (application_id)"),
        QStringLiteral("CREATE INDEX idx_audit_time ON audit_events (time, seq)"),
        QStringLiteral("CREATE INDEX idx_audit_actor ON audit_events (actor, seq)"),
        QStringLiteral("CREATE INDEX idx_audit_action ON audit_events (action, seq)"),
        QStringLiteral("CREATE INDEX idx_audit_target ON audit_events (target_type, target_id, seq)"),
    };
}

// Version 3: the local authorization server's state: per-organization registration policy,
// initial access tokens, RFC 7592 registration access tokens, login lockout, and key rotation lookups.
QStringList version3(SqlDialect)
{
    return {
        // open | open-restricted (redirect URIs must match a pattern) | admin (initial access token)
        QStringLiteral("ALTER TABLE organizations ADD COLUMN registration_policy TEXT NOT NULL DEFAULT 'open'"),
        // JSON array of redirect-URI patterns for open-restricted registration
        QStringLiteral(
            "ALTER TABLE organizations ADD COLUMN registration_redirect_patterns TEXT NOT NULL DEFAULT '[]'"),
        // keyed hash (SecretHasher) of the RFC 7592 registration access token; NULL when none
        QStringLiteral("ALTER TABLE applications ADD COLUMN registration_token_hash TEXT"),
        // client metadata kept verbatim for RFC 7592 reads and Client ID Metadata Documents (JSON)
        QStringLiteral("ALTER TABLE applications ADD COLUMN client_metadata TEXT NOT NULL DEFAULT '{}'"),
        QStringLiteral("ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE users ADD COLUMN locked_until BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE initial_access_tokens ("
                       " id TEXT PRIMARY KEY,"
                       " organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
                       " value_hash TEXT NOT NULL UNIQUE,"
                       " created_at BIGINT NOT NULL,"
                       " expires_at BIGINT NOT NULL,"
                       " revoked_at BIGINT)"),
        QStringLiteral("CREATE INDEX idx_signing_keys_state ON signing_keys (state, algorithm)"),
    };
}

// Version 4: administrators. Only they may hold the scopes that administer the server (the built-in
// MCP server's write scopes and audit:read), which McpEndpoint::prepare marks on every start; every
// existing user starts as a non-administrator, so an upgrade never widens anyone's grants.
QStringList version4(SqlDialect)
{
    return {
        QStringLiteral("ALTER TABLE users ADD COLUMN is_admin INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE scopes ADD COLUMN admin_only INTEGER NOT NULL DEFAULT 0"),
    };
}

using MigrationFn = QStringList (*)(SqlDialect);
constexpr MigrationFn kMigrations[] = {&version1, &version2, &version3, &version4};
constexpr int kLatest = static_cast<int>(std::size(kMigrations));

} // namespace

int Migrations::latestVersion()
{
    return kLatest;
}

Result<int> Migrations::currentVersion(const Database& db)
{
    if (!db.handle().tables().contains(QStringLiteral("schema_version")))
        return 0;
    auto q = db.exec(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    return query.next() ? query.value(0).toInt() : 0;
}

Status Migrations::migrate(Database& db, int targetVersion)
{
    const int target = targetVersion < 0 ? kLatest : targetVersion;
    if (const Status created = db.execAll({QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                                          " version INTEGER PRIMARY KEY,"
                                                          " applied_at BIGINT NOT NULL)")});
        !created)
        return created;

    // Statements prepared against the old schema must not be reused (PostgreSQL keeps their plans).
    db.clearStatementCache();
    return db.transaction([&]() -> Status {
        if (db.dialect() == SqlDialect::Postgres) {
            // Two processes opening a fresh shared store at once must not both migrate it.
            if (auto locked = db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7316027)")); !locked)
                return locked.error();
        }
        auto current = currentVersion(db);
        if (!current)
            return current.error();
        if (*current > kLatest)
            return Error::make(ErrorCode::Conflict,
                QStringLiteral("The store has schema version %1, newer than this program "
                               "understands (%2). Update MCP Auth Console.")
                    .arg(*current)
                    .arg(kLatest));
        for (int v = *current + 1; v <= target; ++v) {
            if (const Status applied = db.execAll(kMigrations[v - 1](db.dialect())); !applied)
                return Error::make(ErrorCode::Database,
                    QStringLiteral("Migrating the store to schema version %1 "
                                   "failed: %2")
                        .arg(v)
                        .arg(applied.error().message));
            auto recorded = db.exec(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"),
                {v, QDateTime::currentMSecsSinceEpoch()});
            if (!recorded)
                return recorded.error();
            qCInfo(lcStore) << "migrated" << db.location().display() << "to schema version" << v;
        }
        return {};
    });
}

} // namespace mcpauth
