#pragma once

#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QTextStream>

namespace mcpauth {

// How the CLI prints: aligned tables and "key: value" blocks for people, JSON for scripts (--json).
class CliOutput
{
public:
    CliOutput();

    void setJson(bool json) { m_json = json; }
    [[nodiscard]] bool json() const { return m_json; }

    void table(const QStringList& headers, const QList<QStringList>& rows);
    void fields(const QList<std::pair<QString, QString>>& rows);
    void jsonValue(const QJsonValue& value);
    void line(const QString& text);
    void errorLine(const QString& text);

private:
    bool m_json = false;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace mcpauth
