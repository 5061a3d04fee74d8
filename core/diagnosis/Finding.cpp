#include "Finding.h"

#include <QJsonArray>

namespace mcpauth {

QString Finding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return QStringLiteral("error");
}

QJsonObject Finding::toJson() const
{
    QJsonArray evidenceJson;
    for (const FindingEvidence& line : evidence) {
        evidenceJson.append(QJsonObject{{QStringLiteral("label"), line.label},
            {QStringLiteral("expected"), line.expected}, {QStringLiteral("actual"), line.actual}});
    }
    QJsonArray eventsJson;
    for (const qint64 sequence : events)
        eventsJson.append(sequence);
    QJsonObject json{{QStringLiteral("id"), id}, {QStringLiteral("severity"), severityName(severity)},
        {QStringLiteral("title"), title}, {QStringLiteral("explanation"), explanation},
        {QStringLiteral("evidence"), evidenceJson}, {QStringLiteral("fix"), fix},
        {QStringLiteral("specReference"), specReference}, {QStringLiteral("step"), flowStepName(step)},
        {QStringLiteral("events"), eventsJson}};
    if (!remedy.isEmpty())
        json.insert(QStringLiteral("remedy"), remedy);
    return json;
}

} // namespace mcpauth
