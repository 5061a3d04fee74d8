#pragma once

#include "Finding.h"
#include "flow/FlowResult.h"
#include "flow/TranscriptEvent.h"

#include <QList>

namespace mcpauth {

// Explains a connection attempt: runs every diagnosis rule (core/diagnosis/*Rules) over the
// transcript and the flow's result and returns what they found, errors first, then warnings, then
// information, each group in the order of the flow's steps. Pure: no I/O, the same input gives the
// same findings, and a saved transcript diagnoses like a live one.
class Diagnoser
{
public:
    [[nodiscard]] static QList<Finding> diagnose(const QList<TranscriptEvent>& events, const FlowResult& result);
};

} // namespace mcpauth
