#include "Logging.h"

Q_LOGGING_CATEGORY(lcStore, "mcpauth.core.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDomain, "mcpauth.core.domain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecurity, "mcpauth.core.security", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "mcpauth.core.cli", QtInfoMsg)
