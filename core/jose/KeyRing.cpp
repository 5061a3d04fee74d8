#include "KeyRing.h"

namespace mcpauth {

struct KeyRing::Private
{ };

struct KeyRing::VerificationKey
{ };

KeyRing::KeyRing()
    : d(std::make_unique<Private>())
{ }

KeyRing::~KeyRing() = default;

Result<std::unique_ptr<KeyRing>> KeyRing::open(Store&, const QByteArray&)
{
    return Error::make(ErrorCode::Internal, QStringLiteral("not built yet"));
}

Result<QByteArray> KeyRing::sign(SigningAlgorithm, const QJsonObject&, const QByteArray&) const
{
    return Error::make(ErrorCode::Internal, QStringLiteral("not built yet"));
}

QString KeyRing::activeKid(SigningAlgorithm) const
{
    return {};
}

QJsonObject KeyRing::jwks(qint64) const
{
    return {};
}

Status KeyRing::rotate(SigningAlgorithm, qint64, const AuditContext&)
{
    return Error::make(ErrorCode::Internal, QStringLiteral("not built yet"));
}

QList<SigningKey> KeyRing::keys() const
{
    return {};
}

std::shared_ptr<const KeyRing::VerificationKey> KeyRing::verificationKey(const QString&, qint64) const
{
    return {};
}

} // namespace mcpauth
