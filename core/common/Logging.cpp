#include "Logging.h"

Q_LOGGING_CATEGORY(lcStore, "mcpauth.core.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDomain, "mcpauth.core.domain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecurity, "mcpauth.core.security", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "mcpauth.core.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "mcpauth.core.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "mcpauth.core.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOAuth, "mcpauth.core.oauth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMcp, "mcpauth.core.mcp", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJose, "mcpauth.core.jose", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFlow, "mcpauth.core.flow", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDiagnosis, "mcpauth.core.diagnosis", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBackend, "mcpauth.core.backend", QtInfoMsg)
