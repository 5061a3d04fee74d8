#pragma once

#include <QString>

namespace mcpauth {

// Builds a PostgreSQL array literal ({"a","b",NULL}) so that a bulk insert binds one parameter per
// column (`unnest(?::text[], …)`) instead of one per value: Qt's QPSQL driver sends every bound value
// as text inside an EXECUTE, and thousands of parameters cost more than the rows themselves.
class PgArrayLiteral
{
public:
    void append(const QString& text);
    void append(qint64 number);
    void appendNull();
    [[nodiscard]] QString finish() const { return m_text + QLatin1Char('}'); }

private:
    void separator();

    QString m_text = QStringLiteral("{");
    bool m_empty = true;
};

} // namespace mcpauth
