#include "Diagnoser.h"

#include "AuthorizationRules.h"
#include "DiagnosisContext.h"
#include "DiscoveryRules.h"
#include "RegistrationRules.h"
#include "ResourceRules.h"
#include "TokenRules.h"
#include "TransportRules.h"
#include "common/Logging.h"

#include <algorithm>

namespace mcpauth {

QList<Finding> Diagnoser::diagnose(const QList<TranscriptEvent>& events, const FlowResult& result)
{
    const DiagnosisContext context(events, result);
    QList<Finding> findings;
    TransportRules::apply(context, findings);
    DiscoveryRules::apply(context, findings);
    RegistrationRules::apply(context, findings);
    AuthorizationRules::apply(context, findings);
    TokenRules::apply(context, findings);
    ResourceRules::apply(context, findings);
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        return a.step < b.step;
    });
    qCDebug(lcDiagnosis) << findings.size() << "findings for" << events.size() << "events";
    return findings;
}

} // namespace mcpauth
