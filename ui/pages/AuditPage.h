#pragma once

#include "ConsolePage.h"

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace mcpauth {

class AuditTableModel;

// The audit log, newest first, lazily paged: filters (actor, action, target, outcome, time, text), the
// selected event's details, verification of the hash chain with its result in words, and export. New
// events appear at the top as the backend reports changes, without losing the selection.
class AuditPage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    explicit AuditPage(Backend& backend, QWidget* parent = nullptr);
    ~AuditPage() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] Capability capability() const override { return Capability::AuditLog; }
    void refresh() override;
    void focusFilter() override;

private:
    void applyFilter();
    void updateCount();
    void updateDetails();
    void verifyChain();
    void startVerification(qint64 total);
    void exportEvents();

    AuditTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QLineEdit* m_text = nullptr;
    QLineEdit* m_actor = nullptr;
    QLineEdit* m_action = nullptr;
    QLineEdit* m_target = nullptr;
    QComboBox* m_outcome = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_export = nullptr;
    QProgressBar* m_verifyProgress = nullptr;
    QLabel* m_verifyResult = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QTimer* m_debounce = nullptr;
    bool m_loaded = false;
};

} // namespace mcpauth
