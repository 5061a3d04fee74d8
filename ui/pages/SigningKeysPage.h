#pragma once

#include "ConsolePage.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace mcpauth {

class SigningKeyTableModel;

// The local server's signing keys: kid, algorithm, state and dates, what each state means, and rotation
// with a confirmation that says what happens to the tokens the old key signed.
class SigningKeysPage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SigningKeysPage)

public:
    explicit SigningKeysPage(Backend& backend, QWidget* parent = nullptr);
    ~SigningKeysPage() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] Capability capability() const override { return Capability::SigningKeys; }
    void refresh() override;

private:
    void rotate();
    void retireNow();
    void updateButtons();

    SigningKeyTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_algorithm = nullptr;
    QPushButton* m_rotate = nullptr;
    QPushButton* m_retire = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace mcpauth
