#include "InspectorWidget.h"

#include "EventDetailsWidget.h"
#include "FindingsPanel.h"
#include "ResendDialog.h"
#include "ToolCallForm.h"
#include "TranscriptItemDelegate.h"
#include "backend/Backend.h"
#include "diagnosis/Diagnoser.h"
#include "flow/FlowEngine.h"
#include "flow/Transcript.h"
#include "models/TranscriptFilterProxyModel.h"
#include "models/TranscriptTableModel.h"
#include "widgets/ErrorMessage.h"
#include "widgets/StatusColors.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mcpauth {

namespace {

enum TimelineColumn { StepColumn, StateColumn, DurationColumn, SummaryColumn };
constexpr int kStepRole = Qt::UserRole;
constexpr int kStateRole = Qt::UserRole + 1;

enum class StepState { Pending, Running, Ok, Warning, Failed, Skipped, NotReached };

QString stateTitle(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return InspectorWidget::tr("pending");
    case StepState::Running:
        return InspectorWidget::tr("running…");
    case StepState::Ok:
        return InspectorWidget::tr("ok");
    case StepState::Warning:
        return InspectorWidget::tr("ok, with warnings");
    case StepState::Failed:
        return InspectorWidget::tr("failed");
    case StepState::Skipped:
        return InspectorWidget::tr("skipped");
    case StepState::NotReached:
        return InspectorWidget::tr("not reached");
    }
    return QString();
}

void setState(QTreeWidgetItem* item, StepState state)
{
    item->setData(StateColumn, kStateRole, int(state));
    item->setText(StateColumn, stateTitle(state));
    const QColor background = item->treeWidget() ? item->treeWidget()->palette().color(QPalette::Base)
                                                 : QGuiApplication::palette().color(QPalette::Base);
    QColor colour;
    switch (state) {
    case StepState::Ok:
        colour = StatusColors::color(StatusColors::Kind::Success, background);
        break;
    case StepState::Warning:
        colour = StatusColors::color(StatusColors::Kind::Warning, background);
        break;
    case StepState::Failed:
        colour = StatusColors::color(StatusColors::Kind::Error, background);
        break;
    case StepState::Running:
        colour = StatusColors::color(StatusColors::Kind::Info, background);
        break;
    case StepState::Pending:
    case StepState::Skipped:
    case StepState::NotReached:
        break;
    }
    for (int column = StepColumn; column <= StateColumn; ++column)
        item->setForeground(column, colour.isValid() ? QBrush(colour) : QBrush());
}

StepState stateOf(const QTreeWidgetItem* item)
{
    return StepState(item->data(StateColumn, kStateRole).toInt());
}

} // namespace

InspectorWidget::InspectorWidget(Backend* backend, QWidget* parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_transcript(new Transcript(this))
    , m_model(new TranscriptTableModel(this))
    , m_proxy(new TranscriptFilterProxyModel(this))
{
    setObjectName(QStringLiteral("inspector"));
    m_model->setTranscript(m_transcript);
    m_proxy->setSourceModel(m_model);
    buildForm();

    m_timeline = new QTreeWidget(this);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setAccessibleName(tr("Step timeline"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setHeaderLabels({tr("Step"), tr("State"), tr("Duration"), tr("Summary")});
    m_timeline->header()->setSectionResizeMode(StepColumn, QHeaderView::ResizeToContents);
    m_timeline->header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_timeline->header()->setSectionResizeMode(DurationColumn, QHeaderView::ResizeToContents);
    m_timeline->header()->setSectionResizeMode(SummaryColumn, QHeaderView::Stretch);
    m_timeline->setMinimumWidth(m_timeline->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 45);

    m_filterText = new QLineEdit(this);
    m_filterText->setObjectName(QStringLiteral("messageFilter"));
    m_filterText->setAccessibleName(tr("Filter messages"));
    m_filterText->setPlaceholderText(tr("Filter messages (URL, method, body, status…)"));
    m_filterText->setClearButtonEnabled(true);
    m_filterKind = new QComboBox(this);
    m_filterKind->setObjectName(QStringLiteral("kindFilter"));
    m_filterKind->setAccessibleName(tr("Kind of message"));
    m_filterKind->addItem(tr("All kinds"), -1);
    for (const auto kind :
        {TranscriptEvent::Kind::Http, TranscriptEvent::Kind::JsonRpcRequest, TranscriptEvent::Kind::JsonRpcResponse,
            TranscriptEvent::Kind::JsonRpcNotification, TranscriptEvent::Kind::Browser, TranscriptEvent::Kind::Note})
        m_filterKind->addItem(TranscriptTableModel::kindTitle(kind), int(kind));
    m_filterStatus = new QComboBox(this);
    m_filterStatus->setObjectName(QStringLiteral("statusFilter"));
    m_filterStatus->setAccessibleName(tr("Status of message"));
    m_filterStatus->addItem(tr("Any status"), int(TranscriptFilterProxyModel::StatusFilter::Any));
    m_filterStatus->addItem(tr("Errors and failures"), int(TranscriptFilterProxyModel::StatusFilter::Problems));
    m_filterStatus->addItem(tr("Successes"), int(TranscriptFilterProxyModel::StatusFilter::Successes));

    m_messages = new QTableView(this);
    m_messages->setObjectName(QStringLiteral("messages"));
    m_messages->setAccessibleName(tr("Messages"));
    m_messages->setModel(m_proxy);
    m_messages->setItemDelegate(new TranscriptItemDelegate(m_messages));
    m_messages->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_messages->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_messages->setWordWrap(false);
    m_messages->verticalHeader()->hide();
    m_messages->verticalHeader()->setDefaultSectionSize(m_messages->fontMetrics().height() + 6);
    m_messages->horizontalHeader()->setStretchLastSection(false);
    // Fixed widths from the font, not ResizeToContents: measuring every row costs seconds at 100,000
    // messages.
    const QFontMetrics metrics = m_messages->fontMetrics();
    const auto width = [&metrics](const QString& sample) { return metrics.horizontalAdvance(sample) + 16; };
    m_messages->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_messages->setColumnWidth(TranscriptTableModel::SequenceColumn, width(QStringLiteral("99999")));
    m_messages->setColumnWidth(TranscriptTableModel::TimeColumn, width(tr("+%1 ms").arg(99999)));
    m_messages->setColumnWidth(
        TranscriptTableModel::StepColumn, width(flowStepTitle(FlowStep::AuthorizationServerMetadata)));
    m_messages->setColumnWidth(TranscriptTableModel::KindColumn,
        width(TranscriptTableModel::kindTitle(TranscriptEvent::Kind::JsonRpcNotification)));
    m_messages->setColumnWidth(TranscriptTableModel::StatusColumn, width(QStringLiteral("401 Unauthorized")));
    m_messages->setColumnWidth(TranscriptTableModel::DurationColumn, width(tr("%1 ms").arg(99999)));
    m_messages->horizontalHeader()->setSectionResizeMode(TranscriptTableModel::SummaryColumn, QHeaderView::Stretch);

    m_details = new EventDetailsWidget(this);
    m_findings = new FindingsPanel(this);
    m_toolForm = new ToolCallForm(this);
    m_resultTabs = new QTabWidget(this);
    m_resultTabs->setObjectName(QStringLiteral("resultTabs"));
    m_resultTabs->addTab(m_findings, tr("Findings"));
    m_resultTabs->addTab(m_toolForm, tr("Call a tool"));

    // Layout: the form; then timeline | messages above, details | findings below.
    auto* messagesBox = new QWidget(this);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterText, 1);
    filterRow->addWidget(m_filterKind);
    filterRow->addWidget(m_filterStatus);
    m_resend = new QPushButton(tr("Re-send…"), this);
    m_resend->setObjectName(QStringLiteral("resend"));
    m_resend->setToolTip(tr("Edit the selected JSON-RPC request and send it again."));
    m_resend->setEnabled(false);
    filterRow->addWidget(m_resend);
    auto* messagesLayout = new QVBoxLayout(messagesBox);
    messagesLayout->setContentsMargins(0, 0, 0, 0);
    messagesLayout->addLayout(filterRow);
    messagesLayout->addWidget(m_messages, 1);

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->setObjectName(QStringLiteral("inspectorTopSplitter"));
    top->addWidget(m_timeline);
    top->addWidget(messagesBox);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);
    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->setObjectName(QStringLiteral("inspectorBottomSplitter"));
    bottom->addWidget(m_details);
    bottom->addWidget(m_resultTabs);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    auto* main = new QSplitter(Qt::Vertical, this);
    main->setObjectName(QStringLiteral("inspectorSplitter"));
    main->addWidget(top);
    main->addWidget(bottom);
    main->setStretchFactor(0, 1);
    main->setStretchFactor(1, 1);
    qobject_cast<QVBoxLayout*>(layout())->addWidget(main, 1);

    connect(m_proxy, &TranscriptFilterProxyModel::filtered, this, &InspectorWidget::restoreCurrent);
    connect(m_filterText, &QLineEdit::textChanged, this,
        [this](const QString& text) { refilter([this, text] { m_proxy->setText(text); }); });
    connect(m_filterKind, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = m_filterKind->currentData().toInt();
        refilter(
            [this, kind] { m_proxy->setKind(kind < 0 ? std::nullopt : std::optional(TranscriptEvent::Kind(kind))); });
    });
    connect(m_filterStatus, &QComboBox::currentIndexChanged, this, [this] {
        const auto status = TranscriptFilterProxyModel::StatusFilter(m_filterStatus->currentData().toInt());
        refilter([this, status] { m_proxy->setStatus(status); });
    });
    // Follow the newest message while the view is at the bottom; scrolling up stops it, scrolling back
    // to the bottom resumes it.
    QScrollBar* scroll = m_messages->verticalScrollBar();
    connect(scroll, &QScrollBar::valueChanged, this,
        [this, scroll](int value) { m_followNewest = value >= scroll->maximum(); });
    connect(scroll, &QScrollBar::rangeChanged, this, [this, scroll](int, int maximum) {
        if (m_followNewest)
            scroll->setValue(maximum);
    });
    connect(m_messages->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &InspectorWidget::onCurrentEventChanged);
    connect(m_transcript, &Transcript::cleared, m_details, &EventDetailsWidget::clear);
    connect(m_findings, &FindingsPanel::eventsSelected, this, &InspectorWidget::selectEvents);
    connect(m_findings, &FindingsPanel::remedyRequested, this, &InspectorWidget::applyRemedy);
    connect(m_toolForm, &ToolCallForm::callRequested, this, &InspectorWidget::callTool);
    connect(m_resend, &QPushButton::clicked, this, &InspectorWidget::resendCurrent);

    const bool local = m_backend
        && (m_backend->kind() == BackendKind::LocalSqlite || m_backend->kind() == BackendKind::LocalPostgres)
        && m_backend->capabilities().supports(Capability::ApplicationWrite);
    m_findings->setRemediesAvailable(local,
        m_backend ? tr("Fixes are applied only to the local authorization server; this window is connected to %1.")
                        .arg(m_backend->displayName())
                  : tr("No backend to apply fixes to."));
    resetTimeline(FlowOptions{});
    updateButtons();
}

InspectorWidget::~InspectorWidget() = default;

void InspectorWidget::buildForm()
{
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setAccessibleName(tr("MCP server URL"));
    m_url->setPlaceholderText(tr("https://mcp.example.com/mcp"));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("authorizationMode"));
    m_mode->setAccessibleName(tr("How to authorize"));
    m_mode->addItem(tr("System browser"), false);
    m_mode->addItem(tr("Headless (server approves without a person)"), true);
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientId->setAccessibleName(tr("Client ID"));
    m_clientId->setPlaceholderText(tr("empty: register dynamically"));
    m_clientSecret = new QLineEdit(this);
    m_clientSecret->setObjectName(QStringLiteral("clientSecret"));
    m_clientSecret->setAccessibleName(tr("Client secret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setPlaceholderText(tr("only for a confidential client; never saved"));
    m_grant = new QComboBox(this);
    m_grant->setObjectName(QStringLiteral("grant"));
    m_grant->setAccessibleName(tr("Grant"));
    m_grant->addItem(tr("Automatic"), int(FlowOptions::Grant::Automatic));
    m_grant->addItem(tr("Authorization code (a user signs in)"), int(FlowOptions::Grant::AuthorizationCode));
    m_grant->addItem(tr("Client credentials (a service, no user)"), int(FlowOptions::Grant::ClientCredentials));
    m_scopes = new QLineEdit(this);
    m_scopes->setObjectName(QStringLiteral("scopes"));
    m_scopes->setAccessibleName(tr("Scopes"));
    m_scopes->setPlaceholderText(tr("empty: what the server asks for"));

    m_run = new QPushButton(tr("&Run"), this);
    m_run->setObjectName(QStringLiteral("run"));
    m_run->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_open = new QPushButton(tr("Open…"), this);
    m_open->setObjectName(QStringLiteral("openTranscript"));
    m_open->setToolTip(tr("Open a saved transcript (JSON) to inspect it offline."));
    m_exportJson = new QPushButton(tr("Export JSON…"), this);
    m_exportJson->setObjectName(QStringLiteral("exportJson"));
    m_exportJson->setToolTip(tr("Save the transcript, secrets masked, to open it again here or share it."));
    m_exportHar = new QPushButton(tr("Export HAR…"), this);
    m_exportHar->setObjectName(QStringLiteral("exportHar"));
    m_exportHar->setToolTip(tr("Save the HTTP exchanges as HAR 1.2, for browser developer tools."));
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setWordWrap(true);
    QFont outcomeFont = m_outcome->font();
    outcomeFont.setBold(true);
    m_outcome->setFont(outcomeFont);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    auto* urlLabel = new QLabel(tr("MCP server &URL:"), this);
    urlLabel->setBuddy(m_url);
    auto* urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_run);
    urlRow->addWidget(m_cancel);
    form->addRow(urlLabel, urlRow);
    auto* modeLabel = new QLabel(tr("&Authorize with:"), this);
    modeLabel->setBuddy(m_mode);
    auto* clientIdLabel = new QLabel(tr("Client &ID:"), this);
    clientIdLabel->setBuddy(m_clientId);
    auto* secretLabel = new QLabel(tr("&Secret:"), this);
    secretLabel->setBuddy(m_clientSecret);
    auto* clientRow = new QHBoxLayout;
    clientRow->addWidget(m_mode);
    clientRow->addWidget(clientIdLabel);
    clientRow->addWidget(m_clientId, 1);
    clientRow->addWidget(secretLabel);
    clientRow->addWidget(m_clientSecret, 1);
    form->addRow(modeLabel, clientRow);
    auto* grantLabel = new QLabel(tr("&Grant:"), this);
    grantLabel->setBuddy(m_grant);
    auto* scopesLabel = new QLabel(tr("S&copes:"), this);
    scopesLabel->setBuddy(m_scopes);
    auto* scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_grant);
    scopeRow->addWidget(scopesLabel);
    scopeRow->addWidget(m_scopes, 1);
    scopeRow->addSpacing(12);
    scopeRow->addWidget(m_open);
    scopeRow->addWidget(m_exportJson);
    scopeRow->addWidget(m_exportHar);
    form->addRow(grantLabel, scopeRow);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_outcome);

    connect(m_url, &QLineEdit::returnPressed, this, &InspectorWidget::run);
    connect(m_url, &QLineEdit::textChanged, this, &InspectorWidget::updateButtons);
    connect(m_run, &QPushButton::clicked, this, &InspectorWidget::run);
    connect(m_cancel, &QPushButton::clicked, this, &InspectorWidget::cancel);
    connect(m_open, &QPushButton::clicked, this, [this] {
        chooseFile(false, tr("Open transcript"), tr("Transcripts (*.json)"), QString(), [this](const QString& path) {
            if (const Status s = openTranscript(path); !s)
                showError(tr("Could not open the transcript."), s.error());
        });
    });
    connect(m_exportJson, &QPushButton::clicked, this, [this] {
        chooseFile(true, tr("Export transcript"), tr("Transcripts (*.json)"), QStringLiteral("json"),
            [this](const QString& path) {
                if (const Status s = saveTranscript(path); !s)
                    showError(tr("Could not save the transcript."), s.error());
                else
                    Q_EMIT statusMessage(tr("Transcript saved to %1.").arg(path));
            });
    });
    connect(m_exportHar, &QPushButton::clicked, this, [this] {
        chooseFile(true, tr("Export HAR"), tr("HAR files (*.har)"), QStringLiteral("har"), [this](const QString& path) {
            if (const Status s = saveHar(path); !s)
                showError(tr("Could not save the HAR file."), s.error());
            else
                Q_EMIT statusMessage(tr("HAR saved to %1.").arg(path));
        });
    });
}

void InspectorWidget::setConnection(const FlowOptions& options)
{
    m_base = options;
    m_url->setText(options.mcpUrl);
    m_mode->setCurrentIndex(m_mode->findData(options.headless));
    m_clientId->setText(options.clientId);
    m_clientSecret->setText(options.clientSecret);
    m_grant->setCurrentIndex(m_grant->findData(int(options.grant)));
    m_scopes->setText(options.scopes.value_or(QStringList()).join(QLatin1Char(' ')));
    updateButtons();
}

Result<FlowOptions> InspectorWidget::options() const
{
    FlowOptions o;
    o.callbackHost = m_base.callbackHost;
    o.callbackPort = m_base.callbackPort;
    o.callbackPath = m_base.callbackPath;
    o.checkAuthorizationRequest = m_base.checkAuthorizationRequest;
    o.mcpUrl = m_url->text().trimmed();
    const QUrl url(o.mcpUrl, QUrl::StrictMode);
    if (o.mcpUrl.isEmpty())
        return Error::invalid(QStringLiteral("url"), tr("Enter the URL of the MCP server."));
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty())
        return Error::invalid(
            QStringLiteral("url"), tr("The MCP server URL must start with https:// (or http:// for this computer)."));
    o.headless = m_mode->currentData().toBool();
    o.clientId = m_clientId->text().trimmed();
    o.clientSecret = m_clientSecret->text();
    if (!o.clientSecret.isEmpty() && o.clientId.isEmpty())
        return Error::invalid(QStringLiteral("clientId"), tr("A client secret needs its client ID."));
    o.grant = FlowOptions::Grant(m_grant->currentData().toInt());
    if (o.grant == FlowOptions::Grant::ClientCredentials && o.clientId.isEmpty())
        return Error::invalid(QStringLiteral("clientId"),
            tr("The client credentials grant needs a pre-registered client ID and secret."));
    const QStringList scopes = m_scopes->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!scopes.isEmpty())
        o.scopes = scopes;
    // The console keeps no tokens between runs: each run shows the whole flow.
    o.useCredentialStore = false;
    return o;
}

bool InspectorWidget::isRunning() const
{
    return m_engine && m_engine->isRunning();
}

QList<Finding> InspectorWidget::findings() const
{
    return m_findings->findings();
}

void InspectorWidget::focusFilter()
{
    m_filterText->setFocus(Qt::ShortcutFocusReason);
    m_filterText->selectAll();
}

void InspectorWidget::run()
{
    if (isRunning())
        return;
    auto o = options();
    if (!o) {
        m_outcome->setText(o.error().message);
        if (o.error().field == QLatin1String("url"))
            m_url->setFocus();
        else
            m_clientId->setFocus();
        return;
    }
    m_calledTool.clear();
    m_sentMethod.clear();
    start(*std::move(o));
}

void InspectorWidget::callTool(const QString& tool, const QJsonObject& arguments)
{
    if (isRunning())
        return;
    auto o = options();
    if (!o) {
        m_outcome->setText(o.error().message);
        return;
    }
    FlowOptions withCall = *o;
    withCall.toolCall = FlowOptions::ToolCall::Named;
    withCall.toolName = tool;
    withCall.toolArguments = arguments;
    m_calledTool = tool;
    m_sentMethod = QStringLiteral("tools/call");
    start(withCall);
}

void InspectorWidget::sendRequest(const QString& method, const QJsonObject& params)
{
    if (method == QLatin1String("tools/call")) {
        callTool(params.value(QLatin1String("name")).toString(), params.value(QLatin1String("arguments")).toObject());
        return;
    }
    if (isRunning())
        return;
    auto o = options();
    if (!o) {
        m_outcome->setText(o.error().message);
        return;
    }
    FlowOptions withRequest = *o;
    withRequest.requestMethod = method;
    withRequest.requestParams = params;
    m_calledTool.clear();
    m_sentMethod = method;
    start(withRequest);
}

void InspectorWidget::start(FlowOptions options)
{
    if (!m_engine) {
        m_engine = new FlowEngine(m_transcript, this);
        connect(m_engine, &FlowEngine::stepStarted, this, &InspectorWidget::onStepStarted);
        connect(m_engine, &FlowEngine::stepFinished, this, &InspectorWidget::onStepFinished);
        connect(m_engine, &FlowEngine::finished, this, &InspectorWidget::onFinished);
        connect(m_engine, &FlowEngine::authorizationUrlReady, this, &InspectorWidget::onAuthorizationUrl);
    }
    m_transcript->clear();
    m_result.reset();
    m_followNewest = true;
    m_findings->setFindings({}, false);
    m_run->setText(tr("&Run"));
    resetTimeline(options);
    m_outcome->setPalette(palette());
    m_outcome->setText(tr("Connecting to %1…").arg(options.mcpUrl));
    m_engine->start(options);
    updateButtons();
}

void InspectorWidget::cancel()
{
    if (isRunning())
        m_engine->cancel();
}

void InspectorWidget::resetTimeline(const FlowOptions& options)
{
    m_timeline->clear();
    QList<FlowStep> expected{FlowStep::UnauthenticatedRequest, FlowStep::ProtectedResourceMetadata,
        FlowStep::AuthorizationServerMetadata, FlowStep::ClientRegistration};
    if (options.grant != FlowOptions::Grant::ClientCredentials)
        expected << FlowStep::Authorization << FlowStep::Callback;
    expected << FlowStep::TokenRequest << FlowStep::Initialize << FlowStep::ToolsList;
    if (options.toolCall != FlowOptions::ToolCall::None)
        expected << FlowStep::ToolsCall;
    if (!options.requestMethod.isEmpty())
        expected << FlowStep::Request;
    for (const FlowStep step : expected) {
        auto* item = new QTreeWidgetItem(m_timeline, {flowStepTitle(step)});
        item->setData(StepColumn, kStepRole, int(step));
        setState(item, StepState::Pending);
    }
}

void InspectorWidget::onStepStarted(FlowStep step)
{
    QTreeWidgetItem* target = nullptr;
    for (int i = 0; i < m_timeline->topLevelItemCount() && !target; ++i) {
        QTreeWidgetItem* item = m_timeline->topLevelItem(i);
        if (item->data(StepColumn, kStepRole).toInt() == int(step) && stateOf(item) == StepState::Pending)
            target = item;
    }
    // A step the plan did not foresee (refresh, step-up) or a repeated one: after the last one that ran.
    if (!target) {
        int after = -1;
        for (int i = 0; i < m_timeline->topLevelItemCount(); ++i) {
            if (stateOf(m_timeline->topLevelItem(i)) != StepState::Pending)
                after = i;
        }
        target = new QTreeWidgetItem({flowStepTitle(step)});
        target->setData(StepColumn, kStepRole, int(step));
        m_timeline->insertTopLevelItem(after + 1, target);
    }
    // Steps the flow went past without running them (a pre-registered client skips registration).
    for (int i = 0; i < m_timeline->indexOfTopLevelItem(target); ++i) {
        if (stateOf(m_timeline->topLevelItem(i)) == StepState::Pending)
            setState(m_timeline->topLevelItem(i), StepState::Skipped);
    }
    setState(target, StepState::Running);
    target->setText(DurationColumn, QString());
    target->setText(SummaryColumn, QString());
    m_timeline->scrollToItem(target);
}

void InspectorWidget::onStepFinished(const FlowStepRecord& record)
{
    QTreeWidgetItem* target = nullptr;
    for (int i = m_timeline->topLevelItemCount() - 1; i >= 0 && !target; --i) {
        QTreeWidgetItem* item = m_timeline->topLevelItem(i);
        if (item->data(StepColumn, kStepRole).toInt() == int(record.step) && stateOf(item) == StepState::Running)
            target = item;
    }
    if (!target) {
        target = new QTreeWidgetItem(m_timeline, {flowStepTitle(record.step)});
        target->setData(StepColumn, kStepRole, int(record.step));
    }
    StepState state = StepState::Ok;
    switch (record.state) {
    case FlowStepRecord::State::Succeeded:
        state = StepState::Ok;
        break;
    case FlowStepRecord::State::Warning:
        state = StepState::Warning;
        break;
    case FlowStepRecord::State::Failed:
        state = StepState::Failed;
        break;
    case FlowStepRecord::State::Skipped:
        state = StepState::Skipped;
        break;
    }
    setState(target, state);
    target->setText(DurationColumn, tr("%1 ms").arg(record.durationMs));
    target->setText(SummaryColumn, record.summary);
    QStringList tip{record.summary};
    tip << record.warnings;
    target->setToolTip(SummaryColumn, tip.join(QLatin1Char('\n')));
}

void InspectorWidget::onFinished(const FlowResult& result)
{
    m_result = result;
    for (int i = 0; i < m_timeline->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_timeline->topLevelItem(i);
        if (stateOf(item) == StepState::Pending || stateOf(item) == StepState::Running)
            setState(item, StepState::NotReached);
    }
    QPalette palette = m_outcome->palette();
    palette.setColor(QPalette::WindowText,
        result.outcome == FlowOutcome::Success
            ? StatusColors::color(StatusColors::Kind::Success, palette, QPalette::Window)
            : result.outcome == FlowOutcome::Cancelled
            ? palette.color(QPalette::WindowText)
            : StatusColors::color(StatusColors::Kind::Error, palette, QPalette::Window));
    m_outcome->setPalette(palette);
    switch (result.outcome) {
    case FlowOutcome::Success:
        m_outcome->setText(
            tr("Connected to %1: the server lists %n tool(s).", nullptr, int(result.tools.size())).arg(result.mcpUrl));
        break;
    case FlowOutcome::Cancelled:
        m_outcome->setText(tr("Cancelled."));
        break;
    case FlowOutcome::AuthorizationFailed:
    case FlowOutcome::Unreachable:
    case FlowOutcome::ProtocolError:
        m_outcome->setText(result.failedStep
                ? tr("Failed at “%1”: %2").arg(flowStepTitle(*result.failedStep), result.error.message)
                : tr("Failed: %1").arg(result.error.message));
        break;
    }
    if (result.outcome == FlowOutcome::Success && !m_sentMethod.isEmpty()) {
        // The answer is the newest response to the method sent: shown at once.
        m_outcome->setText(m_calledTool.isEmpty()
                ? tr("Sent %1; its answer is selected below.").arg(m_sentMethod)
                : tr("Called the tool %1; its answer is selected below.").arg(m_calledTool));
        const QList<TranscriptEvent>& events = m_transcript->events();
        for (auto it = events.crbegin(); it != events.crend(); ++it) {
            if (it->kind == TranscriptEvent::Kind::JsonRpcResponse && it->request.method == m_sentMethod) {
                selectEvents({it->sequence});
                break;
            }
        }
    }
    if (!result.tools.isEmpty())
        m_toolForm->setTools(result.tools);
    const QList<Finding> findings = Diagnoser::diagnose(m_transcript->events(), result);
    m_findings->setFindings(findings, true);
    // After a failure the first error's evidence is what the user wants to see; after a success the
    // list stays on the newest message.
    if (result.outcome != FlowOutcome::Success && result.outcome != FlowOutcome::Cancelled && !findings.isEmpty()
        && findings.first().severity == Finding::Severity::Error)
        selectEvents(findings.first().events);
    updateButtons();
    Q_EMIT statusMessage(m_outcome->text());
    Q_EMIT runFinished(result);
}

void InspectorWidget::onAuthorizationUrl(const QUrl& url)
{
    // Only web pages go to the system browser: a server-chosen scheme could start any program.
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) {
        m_outcome->setText(
            tr("The authorization server's sign-in page has the scheme “%1”, which the console does not open: %2")
                .arg(url.scheme(), url.toDisplayString()));
        cancel();
        return;
    }
    if (!QDesktopServices::openUrl(url)) {
        m_outcome->setText(
            tr("Could not open a browser. Open this address yourself to sign in: %1").arg(url.toDisplayString()));
        return;
    }
    m_outcome->setText(tr("Sign in and approve in your browser; the inspector waits for the callback."));
}

void InspectorWidget::onCurrentEventChanged()
{
    const QModelIndex current = m_proxy->mapToSource(m_messages->currentIndex());
    if (!current.isValid()) {
        m_details->clear();
        m_resend->setEnabled(false);
        return;
    }
    const TranscriptEvent& event = m_model->event(current.row());
    m_details->setEvent(event);
    updateButtons();
}

void InspectorWidget::refilter(const std::function<void()>& change)
{
    // A filter change resets the list: the message in the details pane stays selected when it still
    // shows (at once, or when a large transcript's filter ends: TranscriptFilterProxyModel::filtered).
    const QModelIndex current = m_proxy->mapToSource(m_messages->currentIndex());
    if (current.isValid())
        m_keptSequence = m_model->event(current.row()).sequence;
    change();
    if (!m_proxy->isFiltering())
        restoreCurrent();
}

void InspectorWidget::restoreCurrent()
{
    const qint64 sequence = std::exchange(m_keptSequence, -1);
    if (sequence < 0)
        return;
    const QModelIndex again = m_proxy->mapFromSource(m_model->index(m_model->rowOfSequence(sequence), 0));
    if (!again.isValid()) {
        onCurrentEventChanged();
        return;
    }
    m_messages->selectionModel()->setCurrentIndex(
        again, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_messages->scrollTo(again, QAbstractItemView::PositionAtCenter);
}

void InspectorWidget::resendCurrent()
{
    const QModelIndex current = m_proxy->mapToSource(m_messages->currentIndex());
    if (!current.isValid() || isRunning())
        return;
    auto* dialog = new ResendDialog(m_model->event(current.row()).request.body, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResendDialog::sendRequested, this, &InspectorWidget::sendRequest);
    dialog->open();
}

void InspectorWidget::selectEvents(const QList<qint64>& sequences)
{
    QItemSelection selection;
    QModelIndex first;
    for (const qint64 sequence : sequences) {
        const int row = m_model->rowOfSequence(sequence);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (!index.isValid())
            continue; // filtered out
        selection.select(index, index);
        if (!first.isValid())
            first = index;
    }
    if (!first.isValid())
        return;
    m_messages->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_messages->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_followNewest = false;
    m_messages->scrollTo(first);
    onCurrentEventChanged();
}

void InspectorWidget::applyRemedy(const Finding& finding)
{
    const QString kind = finding.remedy.value(QLatin1String("remedy")).toString();
    const QString application = finding.remedy.value(QLatin1String("application")).toString();
    QString value = finding.remedy.value(QLatin1String("value")).toString();
    if (kind != QLatin1String("add-redirect-uri") || !m_backend)
        return;
    // A loopback callback listens on a new free port each time (the inspector's, and most desktop
    // clients'): registered without its port it matches any port (RFC 8252 section 7.3), so the fix
    // still holds on the next run.
    QUrl url(value);
    const QHostAddress host(url.host());
    const bool loopback = url.scheme() == QLatin1String("http")
        && (url.host() == QLatin1String("localhost") || (!host.isNull() && host.isLoopback()));
    QString information = tr("Clients that use this application may then be sent to this address after signing in.");
    if (loopback && url.port() != -1) {
        url.setPort(-1);
        value = url.toString();
        information = tr("The port is left out: this computer's address then matches on any port, as the callback "
                         "port changes from run to run.");
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Add the redirect URI?"),
        tr("Add %1 to the redirect URIs of the application %2 in %3?")
            .arg(value, application, m_backend->displayName()),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("remedyConfirmation"));
    box->setInformativeText(information);
    box->setDefaultButton(QMessageBox::Yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, application, value](int answer) {
        if (answer == QMessageBox::Yes)
            addRedirectUri(application, value);
    });
    box->open();
}

void InspectorWidget::addRedirectUri(const QString& application, const QString& uri)
{
    m_backend->application(application, this, [this, uri](Result<Application> found) {
        if (!found) {
            showError(tr("Could not find the application in this backend."), found.error());
            return;
        }
        Application app = *std::move(found);
        if (!app.redirectUris.contains(uri))
            app.redirectUris.append(uri);
        m_backend->updateApplication(app, this, [this, uri](Result<SavedApplication> saved) {
            if (!saved) {
                showError(tr("Could not add the redirect URI."), saved.error());
                return;
            }
            m_outcome->setText(
                tr("Added %1 to the application %2. Run again to check the fix.").arg(uri, saved->application.name));
            m_run->setText(tr("&Run again"));
            m_run->setFocus();
            Q_EMIT statusMessage(m_outcome->text());
        });
    });
}

Status InspectorWidget::saveTranscript(const QString& path) const
{
    return m_transcript->save(path);
}

Status InspectorWidget::saveHar(const QString& path) const
{
    return m_transcript->saveHar(path);
}

Status InspectorWidget::openTranscript(const QString& path)
{
    if (isRunning())
        return Error::invalid(QStringLiteral("path"), tr("Cancel the running connection first."));
    const Status loaded = m_transcript->load(path);
    if (!loaded)
        return loaded;
    m_result.reset();
    resetTimeline(FlowOptions{});
    // A saved transcript has no flow result: the timeline shows which steps it has events for.
    QList<QString> steps;
    for (const TranscriptEvent& event : m_transcript->events()) {
        if (!steps.contains(event.step))
            steps << event.step;
    }
    for (int i = 0; i < m_timeline->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_timeline->topLevelItem(i);
        const bool seen = steps.contains(flowStepName(FlowStep(item->data(StepColumn, kStepRole).toInt())));
        setState(item, seen ? StepState::Ok : StepState::NotReached);
        item->setText(SummaryColumn, seen ? tr("from the saved transcript") : QString());
    }
    FlowResult offline;
    if (!m_transcript->events().isEmpty())
        offline.mcpUrl = m_transcript->events().constFirst().request.url.toString();
    m_findings->setFindings(Diagnoser::diagnose(m_transcript->events(), offline), true);
    m_outcome->setText(tr("Opened %1 offline: %n message(s); the diagnosis reads only the transcript.", nullptr,
        int(m_transcript->events().size()))
                           .arg(path));
    updateButtons();
    return {};
}

void InspectorWidget::updateButtons()
{
    const bool running = isRunning();
    m_run->setEnabled(!running && !m_url->text().trimmed().isEmpty());
    m_cancel->setEnabled(running);
    m_open->setEnabled(!running);
    const bool any = !m_transcript->events().isEmpty();
    m_exportJson->setEnabled(any);
    m_exportHar->setEnabled(any);
    m_toolForm->setCallEnabled(!running && !m_url->text().trimmed().isEmpty());
    const QModelIndex current = m_proxy->mapToSource(m_messages->currentIndex());
    bool resendable = false;
    if (current.isValid()) {
        const TranscriptEvent& event = m_model->event(current.row());
        resendable = event.kind == TranscriptEvent::Kind::JsonRpcRequest
            && ResendDialog::parse(QString::fromUtf8(event.request.body)).isOk();
    }
    m_resend->setEnabled(!running && resendable && !m_url->text().trimmed().isEmpty());
    for (QWidget* w : std::initializer_list<QWidget*>{m_url, m_mode, m_clientId, m_clientSecret, m_grant, m_scopes})
        w->setEnabled(!running);
}

void InspectorWidget::showError(const QString& what, const Error& error)
{
    m_outcome->setText(ErrorMessage::sentence(what, error));
    ErrorMessage::show(this, what, error);
}

void InspectorWidget::chooseFile(bool save, const QString& title, const QString& filter, const QString& suffix,
    const std::function<void(const QString&)>& done)
{
    auto* dialog = new QFileDialog(this, title, QString(), filter);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    if (!suffix.isEmpty())
        dialog->setDefaultSuffix(suffix);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, done);
    dialog->open();
}

} // namespace mcpauth
