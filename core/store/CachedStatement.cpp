#include "CachedStatement.h"

namespace mcpauth {

CachedStatement::~CachedStatement()
{
    if (!m_slot)
        return; // moved from
    // SQLite: sqlite3_reset, which ends the statement's read transaction; PostgreSQL: frees the result.
    // The statement itself stays prepared.
    m_slot->query.finish();
    m_slot->inUse = false;
}

} // namespace mcpauth
