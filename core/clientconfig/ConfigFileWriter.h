#pragma once

#include "ClientConfig.h"
#include "ConfigFilePlan.h"
#include "common/Result.h"

namespace mcpauth {

// Merges a client configuration into its file on disk: plan() reads the file and computes the new
// text and its diff without touching anything; write() backs the old file up beside it
// (<file>.bak-<UTC time>) and replaces it atomically (QSaveFile). Either everything happens or
// nothing changes.
class ConfigFileWriter
{
public:
    [[nodiscard]] static Result<ConfigFilePlan> plan(const QString& path, const ClientConfig& config, bool replace);
    // The backup's path, empty when there was no file before (or nothing to write).
    [[nodiscard]] static Result<QString> write(const ConfigFilePlan& plan);
};

} // namespace mcpauth
