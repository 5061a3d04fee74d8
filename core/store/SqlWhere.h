#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

namespace mcpauth {

// Builds a WHERE clause from optional conditions with positional bind values, so filters never
// splice user text into SQL.
class SqlWhere
{
public:
    void add(const QString& condition, const QVariantList& values = {})
    {
        m_conditions << condition;
        m_values << values;
    }
    [[nodiscard]] QString clause() const
    {
        return m_conditions.isEmpty() ? QString()
                                      : QStringLiteral(" WHERE ") + m_conditions.join(QStringLiteral(" AND "));
    }
    [[nodiscard]] const QVariantList& values() const { return m_values; }

private:
    QStringList m_conditions;
    QVariantList m_values;
};

} // namespace mcpauth
