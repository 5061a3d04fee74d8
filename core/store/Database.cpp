#include "Database.h"

#include "common/Logging.h"
#include "security/SecureRandom.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace mcpauth {

Database::~Database()
{
    close();
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::open(const DatabaseLocation& location, const QString& password)
{
    close();
    m_location = location;
    m_connectionName = QStringLiteral("mcpauth-") + SecureRandom::uuid();
    const bool sqlite = location.dialect == SqlDialect::Sqlite;
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error::make(ErrorCode::Unavailable,
            QStringLiteral("The Qt SQL driver %1 is not installed (Debian package %2).")
                .arg(driver, sqlite ? QStringLiteral("libqt6sql6-sqlite") : QStringLiteral("libqt6sql6-psql")));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connectionName);
    if (sqlite) {
        const QString folder = QFileInfo(location.filePath).absolutePath();
        if (!QDir().mkpath(folder))
            return Error::make(ErrorCode::Io, QStringLiteral("Cannot create the folder %1.").arg(folder));
        db.setDatabaseName(location.filePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setDatabaseName(location.database);
        db.setPassword(password);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=mcp-auth"));
    }
    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = QSqlDatabase(); // release the handle, or removeDatabase() warns that it is still in use
        close();
        return Error::make(
            ErrorCode::Unavailable, QStringLiteral("Cannot open the database %1: %2").arg(location.display(), reason));
    }
    if (sqlite) {
        // WAL: readers never block the writer. synchronous=NORMAL is durable against a crash of the
        // process (the test kills writers with SIGKILL); foreign keys are off by default in SQLite.
        const Status pragmas = execAll({QStringLiteral("PRAGMA journal_mode=WAL"),
            QStringLiteral("PRAGMA synchronous=NORMAL"), QStringLiteral("PRAGMA foreign_keys=ON"),
            QStringLiteral("PRAGMA busy_timeout=5000"), QStringLiteral("PRAGMA cache_size=-65536")});
        if (!pragmas)
            return pragmas.error();
        QFile::setPermissions(location.filePath, QFile::ReadOwner | QFile::WriteOwner);
    } else {
        const Status settings = execAll({QStringLiteral("SET client_min_messages TO WARNING")});
        if (!settings)
            return settings.error();
    }
    qCDebug(lcStore) << "opened" << location.display();
    return {};
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    clearStatementCache(); // statements must go before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_transactionDepth = 0;
}

Error Database::sqlError(const QSqlQuery& query, const QString& what) const
{
    const QSqlError err = query.lastError();
    const QString native = err.nativeErrorCode();
    const QString text = err.databaseText().isEmpty() ? err.text() : err.databaseText();
    // Unique and foreign-key violations are the user's data meeting a rule, not a broken database.
    const bool conflict = native == QLatin1String("23505") || native == QLatin1String("23503")
        || native == QLatin1String("2067") || native == QLatin1String("1555") || native == QLatin1String("787")
        || native == QLatin1String("19") || text.contains(QLatin1String("UNIQUE constraint"))
        || text.contains(QLatin1String("FOREIGN KEY constraint"));
    return Error::make(conflict ? ErrorCode::Conflict : ErrorCode::Database, QStringLiteral("%1: %2").arg(what, text));
}

QVariant Database::bindable(const QVariant& value)
{
    // A null QString means "no text" in Qt but NULL to the SQL drivers; NOT NULL text columns want ''.
    // Columns that may be NULL get an invalid QVariant (SqlValues::nullableText).
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1String(""));
    return value;
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& values) const
{
    QSqlQuery query(handle());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query, QStringLiteral("preparing a statement failed"));
    for (const QVariant& v : values)
        query.addBindValue(bindable(v));
    if (!query.exec())
        return sqlError(query, QStringLiteral("a database statement failed"));
    return query;
}

Result<CachedStatement> Database::cached(const QString& sql, const QVariantList& values) const
{
    std::shared_ptr<CachedStatement::Slot> slot;
    auto it = m_statements.find(sql);
    if (it != m_statements.end() && !(*it)->inUse) {
        slot = *it;
    } else {
        slot = std::make_shared<CachedStatement::Slot>(QSqlQuery(handle()));
        slot->query.setForwardOnly(true);
        if (!slot->query.prepare(sql))
            return sqlError(slot->query, QStringLiteral("preparing a statement failed"));
        if (it == m_statements.end()) {
            if (m_statements.size() >= kStatementCacheSize) {
                // The least recently used idle statement makes room.
                auto oldest = m_statements.end();
                for (auto i = m_statements.begin(); i != m_statements.end(); ++i) {
                    if (!(*i)->inUse && (oldest == m_statements.end() || (*i)->lastUsed < (*oldest)->lastUsed))
                        oldest = i;
                }
                if (oldest != m_statements.end())
                    m_statements.erase(oldest);
            }
            if (m_statements.size() < kStatementCacheSize)
                m_statements.insert(sql, slot);
        }
    }
    slot->inUse = true;
    slot->lastUsed = ++m_statementUses;
    for (qsizetype i = 0; i < values.size(); ++i)
        slot->query.bindValue(int(i), bindable(values[i]));
    CachedStatement statement(slot); // from here on, any return releases the slot
    if (!slot->query.exec()) {
        const Error error = sqlError(slot->query, QStringLiteral("a database statement failed"));
        if (auto cachedSlot = m_statements.constFind(sql); cachedSlot != m_statements.cend() && *cachedSlot == slot)
            m_statements.erase(cachedSlot);
        return error;
    }
    return statement;
}

void Database::clearStatementCache() const
{
    // A statement lent right now is not in the cache any more: it is finalized when its holder lets go.
    m_statements.clear();
}

Status Database::execCached(const QString& sql) const
{
    // QPSQL prepares with SQL PREPARE, which takes no transaction control statements.
    if (dialect() == SqlDialect::Postgres)
        return execAll({sql});
    auto q = cached(sql);
    if (!q)
        return q.error();
    return {};
}

Status Database::execAll(const QStringList& statements) const
{
    for (const QString& sql : statements) {
        QSqlQuery query(handle());
        if (!query.exec(sql))
            return sqlError(query, QStringLiteral("a database statement failed"));
    }
    return {};
}

void Database::releaseAbortedStatements()
{
    // PostgreSQL frees a prepared statement when its QSqlQuery dies; inside a failed transaction that
    // DEALLOCATE is refused, and the statement would stay on the server for the connection's life.
    // Every query of the transaction is gone by now, so the leftovers can all go.
    if (dialect() == SqlDialect::Postgres) {
        clearStatementCache(); // DEALLOCATE ALL takes the cached statements too
        (void)execAll({QStringLiteral("DEALLOCATE ALL")});
    }
}

Status Database::transaction(const std::function<Status()>& work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        const Status inner = work();
        --m_transactionDepth;
        return inner;
    }
    const QString begin = dialect() == SqlDialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (const Status started = execCached(begin); !started)
        return started;
    m_transactionDepth = 1;
    Status result = work();
    m_transactionDepth = 0;
    if (result) {
        if (const Status committed = execCached(QStringLiteral("COMMIT")); !committed) {
            (void)execAll({QStringLiteral("ROLLBACK")});
            releaseAbortedStatements();
            return committed;
        }
        return {};
    }
    if (const Status rolledBack = execCached(QStringLiteral("ROLLBACK")); !rolledBack)
        qCWarning(lcStore) << "rollback failed:" << rolledBack.error().message;
    releaseAbortedStatements();
    return result;
}

} // namespace mcpauth
