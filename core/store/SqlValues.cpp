#include "SqlValues.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace mcpauth {

QString SqlValues::listToJson(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList SqlValues::listFromJson(const QString& text)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& v : array)
        out << v.toString();
    return out;
}

QString SqlValues::mapToJson(const QMap<QString, QString>& map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return objectToJson(object);
}

QMap<QString, QString> SqlValues::mapFromJson(const QString& text)
{
    QMap<QString, QString> out;
    const QJsonObject object = objectFromJson(text);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QString SqlValues::objectToJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject SqlValues::objectFromJson(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QVariant SqlValues::nullableTime(qint64 ms)
{
    return ms == 0 ? QVariant() : QVariant(ms);
}

QVariant SqlValues::nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

qint64 SqlValues::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString SqlValues::multiRowInsert(const QString& table, const QString& columns, int columnCount, qsizetype rows)
{
    QString row(columnCount * 2 + 1, QLatin1Char('?'));
    row[0] = QLatin1Char('(');
    for (int i = 1; i < columnCount; ++i)
        row[i * 2] = QLatin1Char(',');
    row[row.size() - 1] = QLatin1Char(')');
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns);
    sql.reserve(sql.size() + rows * (row.size() + 1));
    for (qsizetype i = 0; i < rows; ++i) {
        if (i > 0)
            sql += QLatin1Char(',');
        sql += row;
    }
    return sql;
}

} // namespace mcpauth
