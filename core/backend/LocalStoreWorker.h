#pragma once

#include "common/Result.h"
#include "store/DatabaseLocation.h"
#include "store/Store.h"

#include <QObject>
#include <memory>

class QTimer;

namespace mcpauth {

// LocalBackend's half on its worker thread: the store's own connection (QtSql connections belong to the
// thread that opened them) and the poll of the audit chain's head that makes views live.
class LocalStoreWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalStoreWorker)

public:
    LocalStoreWorker(DatabaseLocation location, StoreOpenOptions options);
    ~LocalStoreWorker() override;

    // On the worker thread.
    [[nodiscard]] Status open();
    void close();
    [[nodiscard]] Store* store() { return m_store.get(); }
    // Why store() is null: the open's error, or that it was never opened.
    [[nodiscard]] const Error& notOpenError() const { return m_notOpen; }
    // Reads the audit head and emits auditAdvanced when it moved (a change here or in another process).
    void checkForChanges();

Q_SIGNALS:
    void auditAdvanced(qint64 seq);

private:
    DatabaseLocation m_location;
    StoreOpenOptions m_options;
    std::unique_ptr<Store> m_store;
    QTimer* m_poll = nullptr;
    qint64 m_lastSeq = -1;
    Error m_notOpen;
};

} // namespace mcpauth
