#pragma once

#include <QLoggingCategory>

// One category per module (QT-STYLE.md 6.6). Never log tokens, codes, verifiers or secrets.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcDomain)
Q_DECLARE_LOGGING_CATEGORY(lcSecurity)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
