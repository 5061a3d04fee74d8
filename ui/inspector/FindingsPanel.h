#pragma once

#include "diagnosis/Finding.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace mcpauth {

// The diagnosis of a connection attempt: one line per finding (severity and title), and for the
// selected one its explanation, the evidence (expected beside actual), the fix and the specification
// reference, with a button for the finding's remedy when the console can apply it.
class FindingsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsPanel)

public:
    explicit FindingsPanel(QWidget* parent = nullptr);

    // `diagnosed` false: no diagnosis yet (running, or nothing run), said as such instead of "no findings".
    void setFindings(const QList<Finding>& findings, bool diagnosed);
    [[nodiscard]] const QList<Finding>& findings() const { return m_findings; }
    // Whether remedies can be applied; `reason` says why not (tooltip of the disabled button).
    void setRemediesAvailable(bool available, const QString& reason);
    void selectFinding(int row);

    [[nodiscard]] static QString severityTitle(Finding::Severity severity);
    [[nodiscard]] static QString remedyTitle(const QJsonObject& remedy);

Q_SIGNALS:
    // The transcript events (sequences) the selected finding rests on.
    void eventsSelected(const QList<qint64>& sequences);
    void remedyRequested(const mcpauth::Finding& finding);

private:
    void showFinding(int row);

    QList<Finding> m_findings;
    bool m_remediesAvailable = false;
    bool m_populating = false;
    QString m_remediesReason;
    QLabel* m_summary = nullptr;
    QListWidget* m_list = nullptr;
    QTextBrowser* m_details = nullptr;
    QPushButton* m_remedy = nullptr;
};

} // namespace mcpauth
