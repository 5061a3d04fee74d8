#include "Store.h"

#include "Migrations.h"
#include "security/StoreKey.h"

#include <QSqlQuery>

namespace mcpauth {

Store::Store(QByteArray storeKey)
    : m_hasher(std::move(storeKey))
{
    m_audit = std::make_unique<AuditLog>(m_db);
    m_organizations = std::make_unique<OrganizationRepository>(m_db, *m_audit);
    m_applications = std::make_unique<ApplicationRepository>(m_db, *m_audit, m_hasher);
    m_scopes = std::make_unique<ScopeRepository>(m_db, *m_audit);
    m_resources = std::make_unique<ResourceRepository>(m_db, *m_audit);
    m_users = std::make_unique<UserRepository>(m_db, *m_audit);
    m_consents = std::make_unique<ConsentRepository>(m_db, *m_audit);
    m_tokens = std::make_unique<TokenRepository>(m_db, *m_audit);
    m_signingKeys = std::make_unique<SigningKeyRepository>(m_db, *m_audit);
    m_initialAccessTokens = std::make_unique<InitialAccessTokenRepository>(m_db, *m_audit, m_hasher);
}

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const DatabaseLocation& location, const StoreOpenOptions& options)
{
    auto key = StoreKey::load(location.identity());
    if (!key)
        return key.error();
    std::unique_ptr<Store> store(new Store(*key));
    if (const Status opened = store->m_db.open(location, options.password); !opened)
        return opened.error();
    if (const Status migrated = Migrations::migrate(store->m_db, options.schemaVersion); !migrated)
        return migrated.error();
    return store;
}

Status Store::checkIntegrity()
{
    if (m_db.dialect() == SqlDialect::Postgres) {
        auto q = m_db.exec(QStringLiteral("SELECT 1"));
        return q ? Status() : Status(q.error());
    }
    for (const QString& pragma :
        {QStringLiteral("PRAGMA integrity_check"), QStringLiteral("PRAGMA foreign_key_check")}) {
        auto q = m_db.exec(pragma);
        if (!q)
            return q.error();
        QSqlQuery query = std::move(q).value();
        QStringList problems;
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok"))
                problems << line;
        }
        if (!problems.isEmpty())
            return Error::make(ErrorCode::Integrity,
                QStringLiteral("%1 found problems: %2").arg(pragma, problems.join(QStringLiteral("; "))));
    }
    return {};
}

} // namespace mcpauth
