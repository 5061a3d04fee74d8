#include "ConnectionProfileStore.h"

#include "common/Logging.h"
#include "security/SecureRandom.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

namespace mcpauth {

namespace {
const char* const kProfilesKey = "connections/profiles";
const char* const kDefaultKey = "connections/default";
} // namespace

ConnectionProfileStore::ConnectionProfileStore(QSettings* settings)
    : m_settings(settings)
{
    if (!m_settings) {
        m_owned = std::make_unique<QSettings>();
        m_settings = m_owned.get();
    }
}

ConnectionProfileStore::~ConnectionProfileStore() = default;

QList<ConnectionProfile> ConnectionProfileStore::profiles() const
{
    // One JSON array: QSettings' own arrays would split a profile over many keys.
    const QByteArray text = m_settings->value(QLatin1String(kProfilesKey)).toByteArray();
    QList<ConnectionProfile> out;
    if (text.isEmpty())
        return out;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (!doc.isArray()) {
        qCWarning(lcBackend) << "The saved connection profiles are unreadable:" << error.errorString();
        return out;
    }
    for (const QJsonValue& value : doc.array()) {
        auto profile = ConnectionProfile::fromJson(value.toObject());
        if (!profile) {
            qCWarning(lcBackend) << "Skipped a saved connection profile:" << profile.error().message;
            continue;
        }
        out.append(std::move(profile).value());
    }
    return out;
}

std::optional<ConnectionProfile> ConnectionProfileStore::find(const QString& id) const
{
    for (const ConnectionProfile& p : profiles()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

Result<ConnectionProfile> ConnectionProfileStore::save(ConnectionProfile profile)
{
    profile.name = profile.name.trimmed();
    profile.location = profile.location.trimmed();
    profile.organization = profile.organization.trimmed();
    profile.clientId = profile.clientId.trimmed();
    if (Status valid = profile.validate(); !valid)
        return valid.error();
    if (profile.id.isEmpty())
        profile.id = SecureRandom::uuid();
    QList<ConnectionProfile> all = profiles();
    bool replaced = false;
    for (ConnectionProfile& p : all) {
        if (p.id != profile.id && p.name.compare(profile.name, Qt::CaseInsensitive) == 0)
            return Error::make(ErrorCode::Conflict,
                QCoreApplication::translate("ConnectionProfileStore", "A profile named '%1' exists already.")
                    .arg(profile.name));
    }
    for (ConnectionProfile& p : all) {
        if (p.id == profile.id) {
            p = profile;
            replaced = true;
        }
    }
    if (!replaced)
        all.append(profile);
    write(all);
    return profile;
}

Status ConnectionProfileStore::remove(const QString& id)
{
    QList<ConnectionProfile> all = profiles();
    const auto removed = all.removeIf([&](const ConnectionProfile& p) { return p.id == id; });
    if (removed == 0)
        return Error::make(
            ErrorCode::NotFound, QCoreApplication::translate("ConnectionProfileStore", "There is no such profile."));
    write(all);
    if (defaultProfileId() == id)
        setDefaultProfileId({});
    return {};
}

QString ConnectionProfileStore::defaultProfileId() const
{
    return m_settings->value(QLatin1String(kDefaultKey)).toString();
}

void ConnectionProfileStore::setDefaultProfileId(const QString& id)
{
    if (id.isEmpty())
        m_settings->remove(QLatin1String(kDefaultKey));
    else
        m_settings->setValue(QLatin1String(kDefaultKey), id);
    m_settings->sync();
}

void ConnectionProfileStore::write(const QList<ConnectionProfile>& profiles)
{
    QJsonArray array;
    for (const ConnectionProfile& p : profiles)
        array.append(p.toJson());
    m_settings->setValue(QLatin1String(kProfilesKey), QJsonDocument(array).toJson(QJsonDocument::Compact));
    m_settings->sync();
}

} // namespace mcpauth
