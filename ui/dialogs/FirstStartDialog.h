#pragma once

#include <QDialog>

namespace mcpauth {

// Shown once when the console opens an empty local store: explore with demo data, start empty, or
// connect to a remote backend instead.
class FirstStartDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstStartDialog)

public:
    enum class Choice { DemoData, StartEmpty, ConnectRemote };

    explicit FirstStartDialog(QWidget* parent = nullptr);
    ~FirstStartDialog() override;

    [[nodiscard]] Choice choice() const { return m_choice; }

Q_SIGNALS:
    void chosen(mcpauth::FirstStartDialog::Choice choice);

private:
    void choose(Choice choice);

    Choice m_choice = Choice::StartEmpty;
};

} // namespace mcpauth
