#include "TestPage.h"

#include "ConnectionWizard.h"
#include "inspector/InspectorWidget.h"
#include "widgets/StatusColors.h"

#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mcpauth {

TestPage::TestPage(ConnectionWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_inspector(new InspectorWidget(&wizard->backend(), this))
{
    setObjectName(QStringLiteral("testPage"));
    setTitle(tr("Test the connection"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("testNote"));
    m_note->setAccessibleName(tr("About the test"));
    m_note->setWordWrap(true);
    m_test = new QPushButton(tr("&Sign In and Test"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setAccessibleName(tr("Sign in and test the connection"));
    m_test->setToolTip(tr("Opens your browser to sign in, then connects as the client will and lists the tools."));
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("testOutcome"));
    m_outcome->setAccessibleName(tr("Test result"));
    m_outcome->setWordWrap(true);
    QFont bold = m_outcome->font();
    bold.setBold(true);
    m_outcome->setFont(bold);
    m_tools = new QListWidget(this);
    m_tools->setObjectName(QStringLiteral("toolsList"));
    m_tools->setAccessibleName(tr("Tools the server offers"));
    m_tools->setAlternatingRowColors(true);
    m_toolDescription = new QLabel(this);
    m_toolDescription->setObjectName(QStringLiteral("toolDescription"));
    m_toolDescription->setAccessibleName(tr("Description of the selected tool"));
    m_toolDescription->setWordWrap(true);
    m_toolDescription->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_toolDescription->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_toolDescription->setMinimumHeight(m_toolDescription->fontMetrics().lineSpacing() * 6);

    m_toolsBox = new QWidget(this);
    auto* toolsLayout = new QVBoxLayout(m_toolsBox);
    toolsLayout->setContentsMargins(0, 0, 0, 0);
    auto* toolsLabel = new QLabel(tr("&Tools the server offers:"), m_toolsBox);
    toolsLabel->setBuddy(m_tools);
    toolsLayout->addWidget(toolsLabel);
    toolsLayout->addWidget(m_tools, 1);
    toolsLayout->addWidget(m_toolDescription);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("testSplitter"));
    split->addWidget(m_inspector);
    split->addWidget(m_toolsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({800, 260});

    auto* row = new QHBoxLayout;
    row->addWidget(m_outcome, 1);
    row->addWidget(m_test);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(row);
    layout->addWidget(split, 1);

    connect(m_test, &QPushButton::clicked, m_inspector, &InspectorWidget::run);
    connect(m_tools, &QListWidget::currentItemChanged, this,
        [this](QListWidgetItem* item) { m_toolDescription->setText(item ? item->toolTip() : QString()); });
    connect(m_inspector, &InspectorWidget::runFinished, this, &TestPage::onFinished);
    connect(m_inspector, &InspectorWidget::statusMessage, m_wizard, &ConnectionWizard::statusMessage);
}

void TestPage::initializePage()
{
    const ConnectionPlan& plan = m_wizard->plan();
    setSubTitle(tr("Signs in through your browser and connects to %1 the way %2 will, then lists the tools.")
                    .arg(plan.serverUrl, ConnectionPlan::clientTitle(plan.client)));
    m_inspector->setConnection(plan.testOptions());
    const FlowOptions options = plan.testOptions();
    QString note = options.clientId.isEmpty()
        ? tr("The test registers a client of its own and uses the redirect URI http://%1:<port>%2.")
              .arg(options.callbackHost, options.callbackPath)
        : tr("The test uses the client ID %1 and the redirect URI http://%2:%3%4, as %5 does.")
              .arg(options.clientId, options.callbackHost,
                  options.callbackPort ? QString::number(options.callbackPort) : tr("<any port>"), options.callbackPath,
                  ConnectionPlan::clientTitle(plan.client));
    if (!plan.testNote().isEmpty())
        note = plan.testNote();
    m_note->setText(note);
    m_outcome->setText(tr("Click Sign In and Test."));
    m_outcome->setPalette(palette());
    m_tools->clear();
    m_toolDescription->clear();
    m_toolsBox->hide();
    m_test->setFocus();
}

void TestPage::cleanupPage()
{
    m_inspector->cancel();
}

void TestPage::onFinished(const FlowResult& result)
{
    m_tools->clear();
    m_toolDescription->clear();
    m_toolsBox->hide();
    m_outcome->setPalette(palette());
    if (result.outcome == FlowOutcome::Success) {
        for (const QJsonValue& value : result.tools) {
            const QJsonObject tool = value.toObject();
            const QString name = tool.value(QLatin1String("name")).toString();
            const QString description = tool.value(QLatin1String("description")).toString();
            auto* item = new QListWidgetItem(name, m_tools);
            item->setData(Qt::UserRole, name);
            item->setToolTip(description);
        }
        m_outcome->setText(
            tr("Connected: the server offers %n tool(s). The client is ready.", nullptr, int(result.tools.size())));
        m_tools->setCurrentRow(0);
        m_toolsBox->show();
        StatusColors::apply(m_outcome, StatusColors::Kind::Success);
        m_test->setText(tr("&Test Again"));
    } else if (result.outcome == FlowOutcome::Cancelled) {
        m_outcome->setText(tr("The test was cancelled."));
    } else {
        m_outcome->setText(tr("The connection failed: the findings below say why and how to fix it. After a "
                              "fix, click Sign In and Test again."));
        StatusColors::apply(m_outcome, StatusColors::Kind::Error);
        if (auto* tabs = m_inspector->findChild<QTabWidget*>(QStringLiteral("resultTabs")))
            tabs->setCurrentIndex(0);
        m_test->setText(tr("&Sign In and Test"));
    }
}

} // namespace mcpauth
