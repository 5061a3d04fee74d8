#include "CliOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace mcpauth {

CliOutput::CliOutput()
    : m_out(stdout)
    , m_err(stderr)
{ }

void CliOutput::table(const QStringList& headers, const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QString& h : headers)
        widths << h.size();
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    auto print = [&](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i + 1 < cells.size())
                text += cells[i].leftJustified(widths[i] + 2);
            else
                text += cells[i];
        }
        m_out << text << '\n';
    };
    print(headers);
    for (const QStringList& row : rows)
        print(row);
    if (rows.isEmpty())
        m_out << "(none)\n";
    m_out.flush();
}

void CliOutput::fields(const QList<std::pair<QString, QString>>& rows)
{
    qsizetype width = 0;
    for (const auto& [key, value] : rows)
        width = std::max(width, key.size());
    for (const auto& [key, value] : rows)
        m_out << QString(key + QLatin1Char(':')).leftJustified(width + 2) << value << '\n';
    m_out.flush();
}

void CliOutput::jsonValue(const QJsonValue& value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CliOutput::line(const QString& text)
{
    m_out << text << '\n';
    m_out.flush();
}

void CliOutput::errorLine(const QString& text)
{
    m_err << text << '\n';
    m_err.flush();
}

} // namespace mcpauth
