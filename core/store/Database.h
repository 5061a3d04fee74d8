#pragma once

#include "DatabaseLocation.h"
#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <initializer_list>

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

    // Runs `work` in one transaction: commits when it returns Ok, rolls back otherwise. Nested calls
    // join the outer transaction. SQLite takes the write lock at BEGIN (IMMEDIATE) so two writers
    // never deadlock half-way.
    [[nodiscard]] Status transaction(const std::function<Status()>& work);
    [[nodiscard]] bool inTransaction() const { return m_transactionDepth > 0; }

    // The value as it must be bound: null strings become '' (see Database.cpp).
    [[nodiscard]] static QVariant bindable(const QVariant& value);
    [[nodiscard]] Error sqlError(const QSqlQuery& query, const QString& what) const;

private:
    void releaseAbortedStatements();

    QString m_connectionName;
    DatabaseLocation m_location;
    int m_transactionDepth = 0;
};

} // namespace mcpauth
