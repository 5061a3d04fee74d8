#include "ScopesPage.h"

#include "ConnectionWizard.h"
#include "backend/Backend.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace mcpauth {

ScopesPage::ScopesPage(ConnectionWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("scopesPage"));
    setTitle(tr("Which scopes may the client ask for?"));
    setSubTitle(tr("Check the scopes to request. None checked: the client asks for those the server advertises."));
    m_scopes = new QListWidget(this);
    m_scopes->setObjectName(QStringLiteral("scopeList"));
    m_scopes->setAccessibleName(tr("Scopes"));
    m_scopes->setWordWrap(true);
    m_scopes->setAlternatingRowColors(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("scopeSummary"));
    m_summary->setAccessibleName(tr("Requested scopes"));
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scopes, 1);
    layout->addWidget(m_summary);
    connect(m_scopes, &QListWidget::itemChanged, this, &ScopesPage::updateSummary);
}

void ScopesPage::initializePage()
{
    const QStringList offered = m_wizard->discovery().scopes;
    QStringList checked = m_wizard->plan().scopes;
    {
        const QSignalBlocker blocker(m_scopes);
        m_scopes->clear();
        for (const QString& name : offered) {
            auto* item = new QListWidgetItem(name, m_scopes);
            item->setData(Qt::UserRole, name);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(checked.contains(name) ? Qt::Checked : Qt::Unchecked);
        }
    }
    if (offered.isEmpty())
        m_summary->setText(tr("The server advertises no scopes: the client asks for none."));
    else
        updateSummary();
    // Descriptions come from the backend when the scopes are ours; another server's stay bare.
    m_wizard->backend().scopes(m_wizard->organizationId(), this, [this](Result<QList<Scope>> scopes) {
        if (!scopes)
            return;
        const QSignalBlocker blocker(m_scopes);
        for (int row = 0; row < m_scopes->count(); ++row) {
            QListWidgetItem* item = m_scopes->item(row);
            const QString name = item->data(Qt::UserRole).toString();
            for (const Scope& s : *scopes) {
                if (s.name != name)
                    continue;
                const QString about = s.description.isEmpty() ? s.displayName : s.description;
                QString text = about.isEmpty() ? name : tr("%1 — %2").arg(name, about);
                if (s.administratorOnly)
                    text = tr("%1 (administrators only)").arg(text);
                item->setText(text);
                item->setToolTip(about);
            }
        }
    });
}

void ScopesPage::updateSummary()
{
    QStringList checked;
    for (int row = 0; row < m_scopes->count(); ++row) {
        if (m_scopes->item(row)->checkState() == Qt::Checked)
            checked << m_scopes->item(row)->data(Qt::UserRole).toString();
    }
    m_summary->setText(checked.isEmpty() ? tr("The client asks for the scopes the server advertises.")
                                         : tr("The client asks for: %1").arg(checked.join(QLatin1Char(' '))));
}

bool ScopesPage::validatePage()
{
    QStringList checked;
    for (int row = 0; row < m_scopes->count(); ++row) {
        if (m_scopes->item(row)->checkState() == Qt::Checked)
            checked << m_scopes->item(row)->data(Qt::UserRole).toString();
    }
    m_wizard->plan().scopes = checked;
    return true;
}

} // namespace mcpauth
