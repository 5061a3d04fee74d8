#include "FindingsPanel.h"

#include "flow/FlowStep.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mcpauth {

FindingsPanel::FindingsPanel(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_details(new QTextBrowser(this))
    , m_remedy(new QPushButton(this))
{
    setObjectName(QStringLiteral("findingsPanel"));
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("findingsList"));
    m_list->setAccessibleName(tr("Findings"));
    m_details->setObjectName(QStringLiteral("findingDetails"));
    m_details->setAccessibleName(tr("Finding details"));
    m_details->setOpenExternalLinks(false);
    m_remedy->setObjectName(QStringLiteral("applyRemedy"));
    m_remedy->setAccessibleName(tr("Apply the fix"));
    m_remedy->hide();

    m_list->setWordWrap(true);
    auto* below = new QWidget(this);
    auto* belowLayout = new QVBoxLayout(below);
    belowLayout->setContentsMargins(0, 0, 0, 0);
    belowLayout->addWidget(m_details, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_remedy);
    belowLayout->addLayout(buttons);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("findingsSplitter"));
    split->addWidget(m_list);
    split->addWidget(below);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &FindingsPanel::showFinding);
    connect(m_remedy, &QPushButton::clicked, this, [this] {
        const int current = m_list->currentRow();
        if (current >= 0 && current < m_findings.size())
            Q_EMIT remedyRequested(m_findings.at(current));
    });
    setFindings({}, false);
}

QString FindingsPanel::severityTitle(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return tr("Error");
    case Finding::Severity::Warning:
        return tr("Warning");
    case Finding::Severity::Info:
        return tr("Information");
    }
    return QString();
}

QString FindingsPanel::remedyTitle(const QJsonObject& remedy)
{
    const QString kind = remedy.value(QLatin1String("remedy")).toString();
    const QString application = remedy.value(QLatin1String("application")).toString();
    if (kind == QLatin1String("add-redirect-uri"))
        return tr("Add this redirect URI to %1…").arg(application);
    return QString();
}

void FindingsPanel::setFindings(const QList<Finding>& findings, bool diagnosed)
{
    m_findings = findings;
    m_list->clear();
    int errors = 0;
    int warnings = 0;
    for (const Finding& f : findings) {
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        if (f.severity == Finding::Severity::Error) {
            ++errors;
            icon = QStyle::SP_MessageBoxCritical;
        } else if (f.severity == Finding::Severity::Warning) {
            ++warnings;
            icon = QStyle::SP_MessageBoxWarning;
        }
        auto* item = new QListWidgetItem(style()->standardIcon(icon), f.title, m_list);
        item->setToolTip(tr("%1 · %2 · %3").arg(severityTitle(f.severity), flowStepTitle(f.step), f.id));
        item->setData(Qt::UserRole, f.id);
    }
    if (!diagnosed)
        m_summary->setText(tr("Findings appear here when a run ends: what went wrong, the evidence and the fix."));
    else if (findings.isEmpty())
        m_summary->setText(tr("No findings: nothing in this run breaks the specification or looks wrong."));
    else
        m_summary->setText(tr("%1, %2, %3")
                               .arg(tr("%n finding(s)", nullptr, int(findings.size())),
                                   tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings)));
    if (findings.isEmpty()) {
        m_details->clear();
        m_remedy->hide();
    } else {
        // Shown, but the message list is left where it is: the user did not pick this finding.
        m_populating = true;
        m_list->setCurrentRow(0);
        m_populating = false;
    }
}

void FindingsPanel::setRemediesAvailable(bool available, const QString& reason)
{
    m_remediesAvailable = available;
    m_remediesReason = reason;
    showFinding(m_list->currentRow());
}

void FindingsPanel::selectFinding(int row)
{
    m_list->setCurrentRow(row);
}

void FindingsPanel::showFinding(int row)
{
    if (row < 0 || row >= m_findings.size()) {
        m_details->clear();
        m_remedy->hide();
        return;
    }
    const Finding& f = m_findings.at(row);
    QString html = QStringLiteral("<h3>%1</h3><p><b>%2</b> · %3 · <code>%4</code></p><p>%5</p>")
                       .arg(f.title.toHtmlEscaped(), severityTitle(f.severity).toHtmlEscaped(),
                           flowStepTitle(f.step).toHtmlEscaped(), f.id.toHtmlEscaped(), f.explanation.toHtmlEscaped());
    if (!f.evidence.isEmpty()) {
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                               "<tr><th></th><th align=\"left\">%1</th><th align=\"left\">%2</th></tr>")
                    .arg(tr("Expected").toHtmlEscaped(), tr("Actual").toHtmlEscaped());
        for (const FindingEvidence& e : f.evidence) {
            html += QStringLiteral("<tr><td><b>%1</b></td><td><code>%2</code></td><td><code>%3</code></td></tr>")
                        .arg(e.label.toHtmlEscaped(), e.expected.toHtmlEscaped(), e.actual.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Fix:").toHtmlEscaped(), f.fix.toHtmlEscaped());
    if (!f.specReference.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Specification:").toHtmlEscaped(), f.specReference.toHtmlEscaped());
    m_details->setHtml(html);

    const QString remedy = remedyTitle(f.remedy);
    m_remedy->setVisible(!remedy.isEmpty());
    m_remedy->setText(remedy);
    m_remedy->setEnabled(m_remediesAvailable);
    m_remedy->setToolTip(m_remediesAvailable ? tr("Asks before changing anything.") : m_remediesReason);
    if (!m_populating)
        Q_EMIT eventsSelected(f.events);
}

} // namespace mcpauth
