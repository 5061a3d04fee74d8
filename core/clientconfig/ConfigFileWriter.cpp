#include "ConfigFileWriter.h"

#include "JsonTextEditor.h"
#include "UnifiedDiff.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStringDecoder>

namespace mcpauth {

namespace {

// Here rather than in common/Logging.h: only this file of the module logs.
Q_LOGGING_CATEGORY(lcClientConfig, "mcpauth.core.clientconfig", QtInfoMsg)

Error ioError(const QString& text)
{
    return Error::make(ErrorCode::Io, text + QStringLiteral(" Nothing was changed."));
}

// No write permission bit at all means someone made it read-only on purpose; we honour that even
// when running as root, for whom access(2) would allow the write.
bool isReadOnly(const QFileInfo& info)
{
    const QFile::Permissions writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return !info.isWritable() || !(info.permissions() & writeBits);
}

Result<QByteArray> readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ioError(
            QStringLiteral("%1 cannot be read: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    return file.readAll();
}

} // namespace

Result<ConfigFilePlan> ConfigFileWriter::plan(const QString& path, const ClientConfig& config, bool replace)
{
    if (!config.hasFile())
        return Error::make(ErrorCode::InvalidInput,
            QStringLiteral("%1 has no configuration file; use the command shown instead.")
                .arg(mcpClientTitle(config.client)));
    ConfigFilePlan plan;
    plan.path = path;
    const QFileInfo info(path);
    plan.exists = info.exists();
    if (plan.exists && !info.isFile())
        return ioError(QStringLiteral("%1 is not a regular file.").arg(QDir::toNativeSeparators(path)));
    QString oldText;
    if (plan.exists) {
        auto bytes = readAll(path);
        if (!bytes)
            return bytes.error();
        plan.oldContent = *bytes;
        QStringDecoder decoder(QStringDecoder::Utf8);
        oldText = decoder(plan.oldContent);
        if (decoder.hasError())
            return Error::invalid(QStringLiteral("file"),
                QStringLiteral("%1 is not UTF-8 text, which every client expects. Nothing was changed.")
                    .arg(QDir::toNativeSeparators(path)));
    }
    auto edit = JsonTextEditor::upsert(oldText, config.containerKey, config.name, config.entry, replace);
    if (!edit)
        return edit.error();
    plan.newContent = edit->text.toUtf8();
    plan.replaced = edit->replaced;
    plan.unchanged = edit->unchanged;
    plan.diff = UnifiedDiff::diff(oldText, edit->text, plan.exists ? path : QStringLiteral("/dev/null"), path);
    return plan;
}

Result<QString> ConfigFileWriter::write(const ConfigFilePlan& plan)
{
    if (plan.unchanged)
        return QString();
    const QFileInfo info(plan.path);
    const QString shown = QDir::toNativeSeparators(plan.path);
    const QString dir = info.absolutePath();
    if (info.exists() != plan.exists)
        return Error::make(ErrorCode::Conflict,
            QStringLiteral("%1 was %2 since the changes were shown; review them again. Nothing was changed.")
                .arg(shown, plan.exists ? QStringLiteral("removed") : QStringLiteral("created")));
    if (plan.exists) {
        auto current = readAll(plan.path);
        if (!current)
            return current.error();
        if (*current != plan.oldContent)
            return Error::make(ErrorCode::Conflict,
                QStringLiteral("%1 changed since the changes were shown (is the client running and rewriting it?); "
                               "review them again. Nothing was changed.")
                    .arg(shown));
        if (isReadOnly(info))
            return ioError(QStringLiteral("%1 is read-only.").arg(shown));
    } else if (!QDir().mkpath(dir)) {
        return ioError(QStringLiteral("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(dir)));
    }
    if (isReadOnly(QFileInfo(dir)))
        return ioError(QStringLiteral("The folder %1 is read-only, so neither a backup nor the new file can be written "
                                      "there.")
                           .arg(QDir::toNativeSeparators(dir)));

    QString backup;
    if (plan.exists) {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        backup = plan.path + QStringLiteral(".bak-") + stamp;
        for (int n = 2; QFileInfo::exists(backup); ++n)
            backup = plan.path + QStringLiteral(".bak-%1-%2").arg(stamp).arg(n);
        // QFile::copy keeps the permissions: the file may hold headers a user keeps private.
        if (!QFile::copy(plan.path, backup))
            return ioError(QStringLiteral("The backup %1 cannot be written.").arg(QDir::toNativeSeparators(backup)));
    }
    QSaveFile file(plan.path);
    const bool ok
        = file.open(QIODevice::WriteOnly) && file.write(plan.newContent) == plan.newContent.size() && file.commit();
    if (!ok) {
        const QString why = file.errorString();
        if (!backup.isEmpty())
            QFile::remove(backup);
        return ioError(QStringLiteral("%1 cannot be written: %2.").arg(shown, why));
    }
    qCInfo(lcClientConfig) << "wrote" << plan.path << "backup" << backup;
    return backup;
}

} // namespace mcpauth
