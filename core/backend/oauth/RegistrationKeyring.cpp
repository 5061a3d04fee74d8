#include "RegistrationKeyring.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace mcpauth {

RegistrationKeyring::RegistrationKeyring(ProfileSecrets& secrets, QString issuer, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_issuer(std::move(issuer))
{ }

RegistrationKeyring::~RegistrationKeyring() = default;

QString RegistrationKeyring::entryKey(const QString& clientId) const
{
    return QStringLiteral("oauth-registration:%1#%2").arg(m_issuer, clientId);
}

QString RegistrationKeyring::indexKey() const
{
    return QStringLiteral("oauth-registrations:") + m_issuer;
}

void RegistrationKeyring::clientIds(QObject* context, std::function<void(QStringList)> done)
{
    m_secrets.read(indexKey(), context, [done](Result<QString> text) {
        QStringList ids;
        if (text) {
            for (const QJsonValue& id : QJsonDocument::fromJson(text->toUtf8()).array())
                ids << id.toString();
        }
        done(ids);
    });
}

void RegistrationKeyring::entry(const QString& clientId, QObject* context, std::function<void(Result<Entry>)> done)
{
    m_secrets.read(entryKey(clientId), context, [clientId, done](Result<QString> text) {
        if (!text) {
            done(Error::make(ErrorCode::NotFound,
                QCoreApplication::translate("RegistrationKeyring",
                    "This console holds no registration access token for client '%1', so it cannot manage it: "
                    "only clients registered from this console (on this machine) can be.")
                    .arg(clientId)));
            return;
        }
        const QJsonObject json = QJsonDocument::fromJson(text->toUtf8()).object();
        done(Entry{clientId, json.value(QStringLiteral("registration_access_token")).toString(),
            QUrl(json.value(QStringLiteral("registration_client_uri")).toString())});
    });
}

void RegistrationKeyring::save(const Entry& entry, QObject* context, ProfileSecrets::Stored done)
{
    const QJsonObject json{{QStringLiteral("registration_access_token"), entry.accessToken},
        {QStringLiteral("registration_client_uri"), entry.clientUri.toString()}};
    QPointer<QObject> guard(context);
    m_secrets.store(entryKey(entry.clientId), QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)),
        this, [this, guard, clientId = entry.clientId, done](Result<SecretPersistence> stored) {
            if (!stored) {
                if (guard)
                    done(stored);
                return;
            }
            const SecretPersistence persistence = *stored;
            clientIds(this, [this, guard, clientId, persistence, done](QStringList ids) {
                if (ids.contains(clientId)) {
                    if (guard)
                        done(persistence);
                    return;
                }
                ids << clientId;
                writeIndex(ids, this, [guard, persistence, done](Result<SecretPersistence> indexed) {
                    if (guard)
                        done(indexed ? Result<SecretPersistence>(persistence) : indexed);
                });
            });
        });
}

void RegistrationKeyring::forget(const QString& clientId, QObject* context, ProfileSecrets::Done done)
{
    QPointer<QObject> guard(context);
    m_secrets.forget(entryKey(clientId), this, [this, guard, clientId, done](Status forgotten) {
        if (!forgotten) {
            if (guard)
                done(forgotten);
            return;
        }
        clientIds(this, [this, guard, clientId, done](QStringList ids) {
            ids.removeAll(clientId);
            writeIndex(ids, this, [guard, done](Result<SecretPersistence> written) {
                if (guard)
                    done(written ? Status() : Status(written.error()));
            });
        });
    });
}

void RegistrationKeyring::writeIndex(const QStringList& ids, QObject* context, ProfileSecrets::Stored done)
{
    m_secrets.store(indexKey(),
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)), context,
        std::move(done));
}

} // namespace mcpauth
