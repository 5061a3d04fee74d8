#include "ServerDiscovery.h"

#include "FlowEngine.h"
#include "Transcript.h"

namespace mcpauth {

ServerDiscovery::ServerDiscovery(QObject* parent)
    : QObject(parent)
    , m_transcript(new Transcript(this))
    , m_engine(new FlowEngine(m_transcript, this))
{
    connect(m_engine, &FlowEngine::stepStarted, this, &ServerDiscovery::stepStarted);
    connect(m_engine, &FlowEngine::finished, this, [this](const FlowResult& result) {
        if (m_cancelled)
            return;
        Q_EMIT finished(DiscoverySummary::fromRun(m_transcript->events(), result));
    });
}

ServerDiscovery::~ServerDiscovery() = default;

void ServerDiscovery::start(const QString& mcpUrl)
{
    cancel();
    m_cancelled = false;
    m_transcript->clear();
    FlowOptions options;
    options.mcpUrl = mcpUrl;
    options.discoverOnly = true;
    options.useCredentialStore = false;
    options.stepTimeoutMs = 10'000;
    m_engine->start(options);
}

void ServerDiscovery::cancel()
{
    if (!m_engine->isRunning())
        return;
    // The engine reports its cancellation; that is not a discovery result.
    m_cancelled = true;
    m_engine->cancel();
}

bool ServerDiscovery::isRunning() const
{
    return m_engine->isRunning();
}

} // namespace mcpauth
