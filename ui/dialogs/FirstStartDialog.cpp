#include "FirstStartDialog.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

namespace mcpauth {

FirstStartDialog::FirstStartDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("firstStartDialog"));
    setWindowTitle(tr("Welcome to MCP Auth Console"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The local store is empty. How would you like to start?"), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* demo = new QCommandLinkButton(tr("Create demo data"),
        tr("An organization, the built-in MCP server with its scopes, applications for Claude Desktop, Claude "
           "Code, Cursor and VS Code, and an administrator whose password is shown once."),
        this);
    demo->setObjectName(QStringLiteral("demoDataButton"));
    auto* empty = new QCommandLinkButton(
        tr("Start empty"), tr("Create your organization, resources and applications yourself."), this);
    empty->setObjectName(QStringLiteral("startEmptyButton"));
    auto* remote = new QCommandLinkButton(tr("Connect to a remote backend"),
        tr("Manage Casdoor or another standards-based authorization server through a connection profile."), this);
    remote->setObjectName(QStringLiteral("connectRemoteButton"));
    layout->addWidget(demo);
    layout->addWidget(empty);
    layout->addWidget(remote);
    demo->setDefault(true);
    demo->setFocus();

    connect(demo, &QCommandLinkButton::clicked, this, [this] { choose(Choice::DemoData); });
    connect(empty, &QCommandLinkButton::clicked, this, [this] { choose(Choice::StartEmpty); });
    connect(remote, &QCommandLinkButton::clicked, this, [this] { choose(Choice::ConnectRemote); });
}

FirstStartDialog::~FirstStartDialog() = default;

void FirstStartDialog::choose(Choice choice)
{
    m_choice = choice;
    Q_EMIT chosen(choice);
    accept();
}

} // namespace mcpauth
