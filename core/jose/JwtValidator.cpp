#include "JwtValidator.h"

namespace mcpauth {

JwtValidator::JwtValidator(const KeyRing& keys)
    : m_keys(keys)
{ }

Result<ValidatedJwt> JwtValidator::validate(const QByteArray&, const JwtExpectations&) const
{
    return Error::make(ErrorCode::Internal, QStringLiteral("not built yet"));
}

} // namespace mcpauth
