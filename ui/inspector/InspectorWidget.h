#pragma once

#include "common/Result.h"
#include "diagnosis/Finding.h"
#include "flow/FlowOptions.h"
#include "flow/FlowResult.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace mcpauth {

class Backend;
class EventDetailsWidget;
class FindingsPanel;
class FlowEngine;
class Transcript;
class TranscriptFilterProxyModel;
class TranscriptTableModel;
class ToolCallForm;

// The live inspector: runs the flow engine against any MCP server URL and shows, while it runs, the
// step timeline, every HTTP exchange and JSON-RPC message (filterable, following the newest unless
// the user scrolled up), the selected message in full, and when the run ends the diagnosis with its
// evidence and fixes; remedies are applied through the backend after a confirmation. Transcripts are
// exported as JSON or HAR and opened again offline.
class InspectorWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorWidget)

public:
    // `backend` (may be nullptr) is where remedies are applied.
    explicit InspectorWidget(Backend* backend, QWidget* parent = nullptr);
    ~InspectorWidget() override;

    // The options the form describes; an error names the field that is wrong.
    [[nodiscard]] Result<FlowOptions> options() const;
    // Fills the form from `options` (URL, client ID, scopes, browser or headless) and keeps what the
    // form has no field for (the callback's host, port and path, the authorization check) for every
    // later run: the connection wizard tests a client's own redirect URI this way.
    void setConnection(const FlowOptions& options);
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] Transcript* transcript() const { return m_transcript; }
    [[nodiscard]] const std::optional<FlowResult>& result() const { return m_result; }
    [[nodiscard]] QList<Finding> findings() const;

    void focusFilter();
    void run();
    // Runs the connection again and calls `tool` with `arguments` at its end.
    void callTool(const QString& tool, const QJsonObject& arguments);
    // Runs the connection again and sends this JSON-RPC request at its end (tools/call: callTool).
    void sendRequest(const QString& method, const QJsonObject& params);
    void cancel();
    Status saveTranscript(const QString& path) const;
    Status saveHar(const QString& path) const;
    // Replaces what is shown with a saved transcript and its diagnosis (without the flow's result).
    Status openTranscript(const QString& path);

Q_SIGNALS:
    void statusMessage(const QString& text);
    void runFinished(const mcpauth::FlowResult& result);

private:
    void buildForm();
    void start(FlowOptions options);
    void onStepStarted(FlowStep step);
    void onStepFinished(const FlowStepRecord& record);
    void onFinished(const FlowResult& result);
    void onAuthorizationUrl(const QUrl& url);
    void onCurrentEventChanged();
    void refilter(const std::function<void()>& change);
    void restoreCurrent();
    void resendCurrent();
    void selectEvents(const QList<qint64>& sequences);
    void applyRemedy(const Finding& finding);
    void addRedirectUri(const QString& application, const QString& uri);
    void updateButtons();
    void resetTimeline(const FlowOptions& options);
    void showError(const QString& what, const Error& error);
    void chooseFile(bool save, const QString& title, const QString& filter, const QString& suffix,
        const std::function<void(const QString&)>& done);

    QPointer<Backend> m_backend;
    Transcript* m_transcript = nullptr;
    FlowEngine* m_engine = nullptr;
    std::optional<FlowResult> m_result;
    FlowOptions m_base; // what the form does not show (setConnection)
    bool m_followNewest = true;
    qint64 m_keptSequence = -1; // the current message's, kept across a filter change

    QLineEdit* m_url = nullptr;
    QComboBox* m_mode = nullptr;
    QLineEdit* m_clientId = nullptr;
    QLineEdit* m_clientSecret = nullptr;
    QComboBox* m_grant = nullptr;
    QLineEdit* m_scopes = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_exportJson = nullptr;
    QPushButton* m_exportHar = nullptr;
    QLabel* m_outcome = nullptr;

    QTreeWidget* m_timeline = nullptr;
    TranscriptTableModel* m_model = nullptr;
    TranscriptFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_filterText = nullptr;
    QComboBox* m_filterKind = nullptr;
    QComboBox* m_filterStatus = nullptr;
    QPushButton* m_resend = nullptr;
    QTableView* m_messages = nullptr;
    EventDetailsWidget* m_details = nullptr;
    FindingsPanel* m_findings = nullptr;
    ToolCallForm* m_toolForm = nullptr;
    QTabWidget* m_resultTabs = nullptr;
    QString m_calledTool; // the tool the running flow calls at its end; empty: none
    QString m_sentMethod; // the JSON-RPC method the running flow sends at its end; empty: none
};

} // namespace mcpauth
