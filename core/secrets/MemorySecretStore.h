#pragma once

#include "SecretStore.h"

#include <QHash>
#include <QTimer>

namespace mcpauth {

// A secret store in memory, for unit tests of code that uses SecretStore. Answers asynchronously,
// like the real keychain, so callers cannot come to rely on a synchronous answer.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject* parent = nullptr)
        : SecretStore(parent)
    { }

    void read(const QString& key, ReadDone done) override
    {
        const auto it = m_entries.constFind(key);
        Result<QString> result = it == m_entries.constEnd()
            ? Result<QString>(Error::make(ErrorCode::NotFound, QStringLiteral("No entry '%1'.").arg(key)))
            : Result<QString>(*it);
        QTimer::singleShot(0, this, [done, result] { done(result); });
    }
    void write(const QString& key, const QString& secret, WriteDone done) override
    {
        m_entries.insert(key, secret);
        QTimer::singleShot(0, this, [done] { done({}); });
    }
    void remove(const QString& key, WriteDone done) override
    {
        m_entries.remove(key);
        QTimer::singleShot(0, this, [done] { done({}); });
    }

private:
    QHash<QString, QString> m_entries;
};

} // namespace mcpauth
