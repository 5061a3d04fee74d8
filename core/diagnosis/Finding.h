#pragma once

#include "flow/FlowStep.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace mcpauth {

// One line of a finding's evidence: what the rule expected beside what the transcript shows.
struct FindingEvidence
{
    QString label; // "redirect_uri port", "aud"
    QString expected;
    QString actual;
};

// One cause a diagnosis rule found in a connection attempt: named, explained for an administrator,
// with the evidence side by side, the fix and the specification text it rests on.
struct Finding
{
    enum class Severity { Error, Warning, Info };

    QString id; // stable: "redirect-uri-port-mismatch"; the README's table lists them
    Severity severity = Severity::Error;
    QString title; // one line
    QString explanation; // sentences an administrator understands
    QList<FindingEvidence> evidence;
    QString fix; // what to do, concretely
    QString specReference; // "RFC 9728 section 3.3"
    FlowStep step = FlowStep::UnauthenticatedRequest;
    QList<qint64> events; // TranscriptEvent::sequence of the exchanges that show it
    // A remedy the console can apply when the authorization server is ours, as data for the GUI:
    // {"remedy": "add-redirect-uri", "issuer": issuer, "application": clientId, "value": uri}; the GUI
    // offers it when the issuer is the local server. Empty when there is none.
    QJsonObject remedy;

    [[nodiscard]] static QString severityName(Severity severity); // "error", "warning", "info"
    // {"id", "severity", "title", "explanation", "evidence": [{label, expected, actual}], "fix",
    //  "specReference", "step", "events": [sequence, ...], "remedy"?}
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace mcpauth
