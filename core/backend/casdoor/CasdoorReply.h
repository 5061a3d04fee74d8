#pragma once

#include <QJsonValue>

namespace mcpauth {

// The parts of Casdoor's response envelope {status, msg, data, data2, ...} that an "ok" answer carries:
// `data` (an object, a list, "Affected"/"Unaffected", or null when not found) and `data2` (the total
// row count of a paged list).
struct CasdoorReply
{
    QJsonValue data;
    QJsonValue data2;
};

} // namespace mcpauth
