#pragma once

#include "common/Result.h"

#include <QString>

namespace mcpauth {

// User passwords as scrypt hashes (OpenSSL EVP_PBE_scrypt), self-describing so the cost can rise later:
//   scrypt$<log2 N>$<r>$<p>$<salt base64>$<hash base64>
class PasswordHasher
{
public:
    [[nodiscard]] static Result<QString> hash(const QString& password);
    [[nodiscard]] static bool verify(const QString& password, const QString& stored);
};

} // namespace mcpauth
