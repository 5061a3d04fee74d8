#pragma once

#include "common/Result.h"

#include <QObject>
#include <functional>

namespace mcpauth {

// Where the console keeps secrets it must remember (database passwords, later client secrets and
// registration tokens): the OS keychain in production, memory in unit tests. Asynchronous: each call
// ends by calling `done` exactly once, on the object's thread.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadDone = std::function<void(Result<QString>)>; // NotFound when there is no such entry
    using WriteDone = std::function<void(Status)>;

    explicit SecretStore(QObject* parent = nullptr)
        : QObject(parent)
    { }

    virtual void read(const QString& key, ReadDone done) = 0;
    virtual void write(const QString& key, const QString& secret, WriteDone done) = 0;
    virtual void remove(const QString& key, WriteDone done) = 0;

    // Scoped key names (QT-STYLE.md 6.8): "<purpose>:<what>", e.g. "db:postgresql://u@h:5432/db".
    [[nodiscard]] static QString databasePasswordKey(const QString& storeIdentity)
    {
        return QStringLiteral("db:") + storeIdentity;
    }
};

} // namespace mcpauth
