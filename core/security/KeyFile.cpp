#include "KeyFile.h"

#include "SecureRandom.h"
#include "common/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace mcpauth {

bool KeyFile::exists(const QString& path)
{
    return QFileInfo::exists(path);
}

Result<QByteArray> KeyFile::loadOrCreate(const QString& path, int bytes, const QString& what)
{
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return Error::make(
                ErrorCode::Io, QStringLiteral("Cannot read %1 %2: %3").arg(what, path, existing.errorString()));
        const QByteArray key = QByteArray::fromHex(existing.readAll().trimmed());
        if (key.size() != bytes)
            return Error::make(ErrorCode::Integrity,
                QStringLiteral("The file %1 (%2) is damaged: it should hold %3 hexadecimal characters.")
                    .arg(path, what)
                    .arg(2 * bytes));
        return key;
    }

    const QString folder = QFileInfo(path).absolutePath();
    // Only a folder made here is closed to others: the signing keys' key file lives beside the database,
    // in a folder of the user's that must keep its permissions.
    const bool newFolder = !QFileInfo::exists(folder);
    if (!QDir().mkpath(folder))
        return Error::make(ErrorCode::Io, QStringLiteral("Cannot create the folder for %1 %2.").arg(what, path));
    if (newFolder)
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QByteArray key = SecureRandom::bytes(bytes);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(
            ErrorCode::Io, QStringLiteral("Cannot create %1 %2: %3").arg(what, path, file.errorString()));
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(key.toHex() + '\n');
    if (!file.commit())
        return Error::make(ErrorCode::Io, QStringLiteral("Cannot write %1 %2: %3").arg(what, path, file.errorString()));
    qCInfo(lcSecurity).noquote() << "created" << what << path;
    return key;
}

} // namespace mcpauth
