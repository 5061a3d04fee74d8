#pragma once

#include "ConnectionProfile.h"

#include <QList>

class QSettings;

namespace mcpauth {

// The saved connection profiles and which one opens by default, in the application's settings. Holds
// no secret (ConnectionProfile has none); unreadable entries are skipped with a warning, not fatal.
class ConnectionProfileStore
{
public:
    // `settings` is not owned; by default the application's QSettings.
    explicit ConnectionProfileStore(QSettings* settings = nullptr);
    ~ConnectionProfileStore();
    Q_DISABLE_COPY_MOVE(ConnectionProfileStore)

    [[nodiscard]] QList<ConnectionProfile> profiles() const;
    [[nodiscard]] std::optional<ConnectionProfile> find(const QString& id) const;
    // Validates, then adds or replaces by id (a new profile without an id gets one). Names are unique.
    [[nodiscard]] Result<ConnectionProfile> save(ConnectionProfile profile);
    [[nodiscard]] Status remove(const QString& id);

    [[nodiscard]] QString defaultProfileId() const;
    void setDefaultProfileId(const QString& id);

private:
    void write(const QList<ConnectionProfile>& profiles);

    QSettings* m_settings;
    std::unique_ptr<QSettings> m_owned;
};

} // namespace mcpauth
