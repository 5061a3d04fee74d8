#include "DatabaseLocation.h"

#include "DataPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace mcpauth {

Result<DatabaseLocation> DatabaseLocation::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(QStringLiteral("db"), QStringLiteral("The database location is empty."));

    const bool isPg = trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
    if (isPg) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return Error::invalid(QStringLiteral("db"),
                QStringLiteral("'%1' is not a valid PostgreSQL URL; expected "
                               "postgresql://user@host:port/database.")
                    .arg(trimmed));
        if (!url.password().isEmpty())
            return Error::invalid(QStringLiteral("db"),
                QStringLiteral("The PostgreSQL URL contains a password. Remove it from the URL and "
                               "set MCPAUTH_DB_PASSWORD or store it in the keychain instead."));
        DatabaseLocation loc;
        loc.dialect = SqlDialect::Postgres;
        loc.host = url.host();
        loc.port = url.port(5432);
        loc.user = url.userName();
        loc.database = url.path().mid(1);
        if (loc.user.isEmpty())
            return Error::invalid(QStringLiteral("db"),
                QStringLiteral("The PostgreSQL URL names no user; expected "
                               "postgresql://user@host:port/database."));
        if (loc.database.isEmpty() || loc.database.contains(QLatin1Char('/')))
            return Error::invalid(QStringLiteral("db"),
                QStringLiteral("The PostgreSQL URL names no database; expected "
                               "postgresql://user@host:port/database."));
        return loc;
    }

    QString path = trimmed;
    if (trimmed.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive)) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.path().isEmpty())
            return Error::invalid(QStringLiteral("db"),
                QStringLiteral("'%1' is not a valid SQLite URL; expected sqlite:///path/to/file.").arg(trimmed));
        path = url.path();
    } else if (trimmed.contains(QLatin1String("://"))) {
        return Error::invalid(QStringLiteral("db"),
            QStringLiteral("'%1' is not a database location this program knows; use a file path, "
                           "sqlite:///path or postgresql://user@host:port/database.")
                .arg(trimmed));
    }
    DatabaseLocation loc;
    loc.dialect = SqlDialect::Sqlite;
    loc.filePath = QFileInfo(path).absoluteFilePath();
    return loc;
}

DatabaseLocation DatabaseLocation::defaultLocation()
{
    DatabaseLocation loc;
    loc.filePath = DataPaths::defaultDatabaseFile();
    return loc;
}

QString DatabaseLocation::display() const
{
    if (dialect == SqlDialect::Sqlite)
        return QDir::toNativeSeparators(filePath);
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString DatabaseLocation::identity() const
{
    return dialect == SqlDialect::Sqlite ? QStringLiteral("sqlite:") + filePath : display();
}

} // namespace mcpauth
