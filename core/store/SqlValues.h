#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace mcpauth {

// Conversions between domain values and the portable column types the schema uses (TEXT, BIGINT,
// INTEGER): lists and maps as compact JSON text, "not set" times as NULL.
class SqlValues
{
public:
    [[nodiscard]] static QString listToJson(const QStringList& list);
    [[nodiscard]] static QStringList listFromJson(const QString& text);
    [[nodiscard]] static QString mapToJson(const QMap<QString, QString>& map);
    [[nodiscard]] static QMap<QString, QString> mapFromJson(const QString& text);
    [[nodiscard]] static QString objectToJson(const QJsonObject& object);
    [[nodiscard]] static QJsonObject objectFromJson(const QString& text);
    // 0 means "not set" in the domain and NULL in the database.
    [[nodiscard]] static QVariant nullableTime(qint64 ms);
    [[nodiscard]] static QVariant nullableText(const QString& text);
    [[nodiscard]] static qint64 nowMs();
    // "INSERT INTO table (columns) VALUES (?,…),(?,…)…": `rows` rows of `columnCount` placeholders.
    [[nodiscard]] static QString multiRowInsert(
        const QString& table, const QString& columns, int columnCount, qsizetype rows);
};

} // namespace mcpauth
