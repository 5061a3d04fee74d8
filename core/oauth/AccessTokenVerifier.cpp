#include "AccessTokenVerifier.h"

namespace mcpauth {

AccessTokenVerifier::AccessTokenVerifier(Store& store, const KeyRing& keys, QString issuer, int skewSeconds)
    : m_store(store)
    , m_keys(keys)
    , m_issuer(std::move(issuer))
    , m_skewSeconds(skewSeconds)
{ }

Result<VerifiedAccessToken> AccessTokenVerifier::verify(const QByteArray&, const QString&, qint64) const
{
    return Error::make(ErrorCode::Internal, QStringLiteral("not built yet"));
}

Result<VerifiedAccessToken> AccessTokenVerifier::verifyJwt(const QByteArray&, const QString&, qint64) const
{
    return Error::make(ErrorCode::Internal, QStringLiteral("not built yet"));
}

Status AccessTokenVerifier::checkStored(const VerifiedAccessToken&, qint64) const
{
    return Error::make(ErrorCode::Internal, QStringLiteral("not built yet"));
}

} // namespace mcpauth
