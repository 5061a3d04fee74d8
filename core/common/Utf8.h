#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace mcpauth {

// `bytes` as text when they are valid UTF-8 (no replacement characters slipped in), else nothing:
// callers that must not lose a byte keep such data as it is (base64, Latin-1).
[[nodiscard]] std::optional<QString> strictUtf8(const QByteArray& bytes);

} // namespace mcpauth
