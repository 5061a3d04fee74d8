#pragma once

#include <QSqlQuery>
#include <QVariant>
#include <memory>

namespace mcpauth {

// A prepared statement lent by Database::cached(), executed and positioned on its result like a
// QSqlQuery. When it goes out of scope its result is released and the statement goes back to the
// cache, still prepared, for the next caller. Releasing matters: a SQLite statement that has returned
// a row but was not reset keeps its read transaction (and so an old snapshot of the database) open.
// Move-only; must not outlive the Database that lent it.
class CachedStatement
{
public:
    // One prepared statement of the cache (or, while the cached one is lent, a fresh one of its own).
    struct Slot
    {
        explicit Slot(QSqlQuery q)
            : query(std::move(q))
        { }
        QSqlQuery query;
        bool inUse = false;
        quint64 lastUsed = 0; // the cache's use counter when it was last lent (LRU eviction)
    };

    explicit CachedStatement(std::shared_ptr<Slot> slot)
        : m_slot(std::move(slot))
    { }
    CachedStatement(CachedStatement&& other) noexcept = default;
    CachedStatement& operator=(CachedStatement&& other) = delete;
    CachedStatement(const CachedStatement&) = delete;
    CachedStatement& operator=(const CachedStatement&) = delete;
    ~CachedStatement();

    bool next() { return m_slot->query.next(); }
    [[nodiscard]] QVariant value(int index) const { return m_slot->query.value(index); }
    [[nodiscard]] int numRowsAffected() const { return m_slot->query.numRowsAffected(); }
    // For the repositories' row readers, which take a QSqlQuery.
    [[nodiscard]] const QSqlQuery& query() const { return m_slot->query; }

private:
    std::shared_ptr<Slot> m_slot;
};

} // namespace mcpauth
