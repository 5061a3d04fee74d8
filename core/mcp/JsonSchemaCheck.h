#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QJsonValue>

namespace mcpauth {

// Checks a value against the part of JSON Schema (2020-12) the built-in MCP server's tool schemas use:
// type, properties, required, additionalProperties, enum, items, minItems/maxItems,
// minimum/maximum, minLength/maxLength and format "date-time". A refusal is ErrorCode::InvalidInput
// whose field is the path of the offending value ("redirectUris[1]") and whose message says what is
// wrong in words.
class JsonSchemaCheck
{
public:
    [[nodiscard]] static Status check(const QJsonObject& schema, const QJsonValue& value, const QString& path = {});
};

} // namespace mcpauth
