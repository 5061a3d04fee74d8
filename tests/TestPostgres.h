#pragma once

#include "store/DatabaseLocation.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace mcpauth::test {

// Empties the test PostgreSQL database (DROP SCHEMA public CASCADE) over a plain connection of its
// own, so each test or benchmark starts from nothing. Returns the error text, empty on success.
inline QString resetPostgres(const DatabaseLocation& location, const QString& password)
{
    const QString name = QStringLiteral("mcpauth-test-pg-reset");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setDatabaseName(location.database);
        db.setPassword(password);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        if (!db.open()) {
            error = QStringLiteral("Cannot open %1: %2").arg(location.display(), db.lastError().text());
        } else {
            QSqlQuery query(db);
            for (const char* sql : {"SET client_min_messages TO WARNING", "DROP SCHEMA IF EXISTS public CASCADE",
                     "CREATE SCHEMA public"}) {
                if (!query.exec(QString::fromLatin1(sql))) {
                    error = QStringLiteral("%1: %2").arg(QString::fromLatin1(sql), query.lastError().text());
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace mcpauth::test
