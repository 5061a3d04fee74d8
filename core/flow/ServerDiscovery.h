#pragma once

#include "DiscoverySummary.h"
#include "FlowOptions.h"

#include <QObject>

namespace mcpauth {

class FlowEngine;
class Transcript;

// Discovery of one MCP server, asynchronous: the flow engine's first steps (unauthenticated request,
// protected resource metadata, authorization server metadata) and nothing registered or authorized.
// A new start() cancels the run before it; finished is emitted once per start() that is not
// cancelled.
class ServerDiscovery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerDiscovery)

public:
    explicit ServerDiscovery(QObject* parent = nullptr);
    ~ServerDiscovery() override;

    void start(const QString& mcpUrl);
    void cancel();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] Transcript* transcript() const { return m_transcript; }

Q_SIGNALS:
    void stepStarted(mcpauth::FlowStep step);
    void finished(const mcpauth::DiscoverySummary& summary);

private:
    Transcript* m_transcript = nullptr;
    FlowEngine* m_engine = nullptr;
    bool m_cancelled = false;
};

} // namespace mcpauth
