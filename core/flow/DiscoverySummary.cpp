#include "DiscoverySummary.h"

#include "AuthorizationServerMetadata.h"
#include "ProtectedResourceMetadata.h"

namespace mcpauth {

namespace {

// The newest successful HTTP answer of a step: the document the engine went on with.
const TranscriptEvent* documentOf(const QList<TranscriptEvent>& events, FlowStep step)
{
    const QString name = flowStepName(step);
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->kind == TranscriptEvent::Kind::Http && it->step == name && it->response && it->response->status == 200)
            return &*it;
    }
    return nullptr;
}

} // namespace

QString DiscoverySummary::selfRegistration() const
{
    if (clientIdMetadataDocuments)
        return QStringLiteral("metadata-document");
    if (supportsDynamicRegistration())
        return QStringLiteral("dynamic-registration");
    return {};
}

DiscoverySummary DiscoverySummary::fromRun(const QList<TranscriptEvent>& events, const FlowResult& result)
{
    DiscoverySummary s;
    s.mcpUrl = result.mcpUrl;
    s.succeeded = result.outcome == FlowOutcome::Success;
    s.failedStep = result.failedStep;
    if (!s.succeeded)
        s.error = result.error.message;
    s.resourceMetadataUrl = result.resourceMetadataUrl;
    s.issuer = result.issuer;
    for (const FlowStepRecord& step : result.steps)
        s.warnings << step.warnings;
    // Past the metadata into the MCP session: the server let initialize through without a token.
    for (const FlowStepRecord& step : result.steps) {
        if (step.step == FlowStep::Initialize && step.state != FlowStepRecord::State::Failed && result.issuer.isEmpty())
            s.openServer = true;
    }

    std::optional<QStringList> prmScopes;
    if (const TranscriptEvent* event = documentOf(events, FlowStep::ProtectedResourceMetadata)) {
        if (auto prm = ProtectedResourceMetadata::parse(event->response->body, {}, true)) {
            s.resource = prm->resource;
            s.resourceName = prm->resourceName;
            s.authorizationServers = prm->authorizationServers;
            prmScopes = prm->scopesSupported;
            if (s.resourceMetadataUrl.isEmpty())
                s.resourceMetadataUrl = event->request.url.toString();
        }
    }
    if (const TranscriptEvent* event = documentOf(events, FlowStep::AuthorizationServerMetadata)) {
        if (auto as = AuthorizationServerMetadata::parse(event->response->body, {}, true)) {
            if (s.issuer.isEmpty())
                s.issuer = as->issuer;
            if (as->registrationEndpoint)
                s.registrationEndpoint = as->registrationEndpoint->toString();
            s.clientIdMetadataDocuments = as->clientIdMetadataDocumentSupported;
            if (!prmScopes && as->scopesSupported) {
                s.scopes = *as->scopesSupported;
                s.scopesSource = QStringLiteral("authorization-server");
            }
        }
    }
    if (prmScopes) {
        s.scopes = *prmScopes;
        s.scopesSource = QStringLiteral("protected-resource-metadata");
    }
    s.warnings.removeDuplicates();
    return s;
}

} // namespace mcpauth
