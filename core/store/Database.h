#pragma once

#include "CachedStatement.h"
#include "DatabaseLocation.h"
#include "common/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <initializer_list>
#include <memory>

namespace mcpauth {

// One named QtSql connection (QT-STYLE.md 6.11), used from the thread that opened it. Maps every
// driver error into our Error type, and runs transactions that roll back on any failure.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // `password` is used for PostgreSQL only and is never logged.
    [[nodiscard]] Status open(const DatabaseLocation& location, const QString& password);
    void close();

    [[nodiscard]] SqlDialect dialect() const { return m_location.dialect; }
    [[nodiscard]] const DatabaseLocation& location() const { return m_location; }
    [[nodiscard]] QSqlDatabase handle() const;

    // Prepares, binds positionally and runs one statement.
    [[nodiscard]] Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {}) const;
    [[nodiscard]] Status execAll(const QStringList& statements) const;

    // Like exec(), for the statements the local server runs thousands of times a second: the statement
    // is prepared once and kept, keyed by its text, for the connection's life (parsing and planning
    // cost more than running most of them). Give it fixed SQL text with every value bound, never text
    // built from values. While one caller holds a statement, another asking for the same text gets a
    // fresh one. Least recently used statements leave beyond kStatementCacheSize; a statement whose
    // execution fails leaves at once, so one made stale by a schema change is prepared again.
    [[nodiscard]] Result<CachedStatement> cached(const QString& sql, const QVariantList& values = {}) const;
    // Drops every cached statement (after a schema change, a failed PostgreSQL transaction, or close()).
    void clearStatementCache() const;
    [[nodiscard]] qsizetype cachedStatementCount() const { return m_statements.size(); }
    static constexpr qsizetype kStatementCacheSize = 64;

    // Runs `work` in one transaction: commits when it returns Ok, rolls back otherwise. Nested calls
    // join the outer transaction. SQLite takes the write lock at BEGIN (IMMEDIATE) so two writers
    // never deadlock half-way.
    [[nodiscard]] Status transaction(const std::function<Status()>& work);
    [[nodiscard]] bool inTransaction() const { return m_transactionDepth > 0; }

    // Changes made through this connection that can end access tokens (revocations, deleted users,
    // applications, organizations): a cached verdict on a token (AccessTokenVerifier) holds only while
    // this count stays the same. Repositories call noteTokensEnded() after such a statement.
    void noteTokensEnded() { ++m_tokenEndings; }
    [[nodiscard]] quint64 tokenEndings() const { return m_tokenEndings; }

    // The value as it must be bound: null strings become '' (see Database.cpp).
    [[nodiscard]] static QVariant bindable(const QVariant& value);
    [[nodiscard]] Error sqlError(const QSqlQuery& query, const QString& what) const;

private:
    void releaseAbortedStatements();
    // BEGIN, COMMIT, ROLLBACK: from the statement cache where the driver can prepare them.
    [[nodiscard]] Status execCached(const QString& sql) const;

    QString m_connectionName;
    DatabaseLocation m_location;
    int m_transactionDepth = 0;
    mutable QHash<QString, std::shared_ptr<CachedStatement::Slot>> m_statements;
    mutable quint64 m_statementUses = 0;
    quint64 m_tokenEndings = 0;
};

} // namespace mcpauth
