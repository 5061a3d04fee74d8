#include "FlowStep.h"

#include <array>

namespace mcpauth {

namespace {

struct StepText
{
    FlowStep step;
    const char* name;
    const char* title;
};

constexpr std::array kSteps{
    StepText{FlowStep::UnauthenticatedRequest, "unauthenticated-request", "Request without a token"},
    StepText{FlowStep::ProtectedResourceMetadata, "protected-resource-metadata", "Protected resource metadata"},
    StepText{FlowStep::AuthorizationServerMetadata, "authorization-server-metadata", "Authorization server metadata"},
    StepText{FlowStep::ClientRegistration, "client-registration", "Client identification"},
    StepText{FlowStep::Authorization, "authorization", "Authorization"},
    StepText{FlowStep::Callback, "callback", "Redirect back to the client"},
    StepText{FlowStep::TokenRequest, "token", "Token request"},
    StepText{FlowStep::Initialize, "initialize", "MCP initialize"},
    StepText{FlowStep::ToolsList, "tools-list", "MCP tools/list"},
    StepText{FlowStep::ToolsCall, "tools-call", "MCP tools/call"},
    StepText{FlowStep::Refresh, "refresh", "Token refresh"},
    StepText{FlowStep::StepUp, "step-up", "Step-up authorization"},
    StepText{FlowStep::Request, "request", "MCP request"},
};

static_assert(kSteps.size() == static_cast<std::size_t>(FlowStep::Request) + 1);

const StepText& textOf(FlowStep step)
{
    return kSteps[static_cast<std::size_t>(step)];
}

} // namespace

QString flowStepName(FlowStep step)
{
    return QString::fromLatin1(textOf(step).name);
}

std::optional<FlowStep> flowStepFromName(const QString& name)
{
    for (const StepText& t : kSteps) {
        if (name == QLatin1String(t.name))
            return t.step;
    }
    return std::nullopt;
}

QString flowStepTitle(FlowStep step)
{
    return QString::fromLatin1(textOf(step).title);
}

} // namespace mcpauth
