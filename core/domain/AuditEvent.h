#pragma once

#include "EnumText.h"

#include <QJsonObject>
#include <QString>

namespace mcpauth {

enum class AuditOutcome { Success, Failure, Denied };

inline constexpr EnumNames<AuditOutcome, 3> kAuditOutcomeNames{{
    {AuditOutcome::Success, "success"},
    {AuditOutcome::Failure, "failure"},
    {AuditOutcome::Denied, "denied"},
}};

// One entry of the append-only, hash-chained audit log.
struct AuditEvent
{
    qint64 seq = 0; // position in the chain, from 1
    qint64 time = 0; // ms since the epoch, UTC
    QString actor; // who: "cli:root", "console:admin", "server", a user id
    QString action; // what: "application.create", "token.revoke", ...
    QString targetType; // "application", "token", ...
    QString targetId;
    AuditOutcome outcome = AuditOutcome::Success;
    QString source; // where from: "cli", "console", "server 127.0.0.1"
    QJsonObject details; // never holds secrets
    QString prevHash; // hex SHA-256 of the previous event, 64 zeros for the first
    QString hash; // hex SHA-256 of this event's canonical form (which includes prevHash)
};

} // namespace mcpauth
