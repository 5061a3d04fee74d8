#pragma once

#include "common/Result.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mcpauth {

// Edits a recorded tools/call request before it is sent again. The flow engine sends a tool call
// only at the end of a connection, so re-sending runs the connection again with the edited tool name
// and arguments; other methods are part of every run and are re-sent with Run.
class ResendDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResendDialog)

public:
    ResendDialog(const QByteArray& request, QWidget* parent = nullptr);

    // The edited request as a tool name and its arguments; an error says what is wrong in it.
    [[nodiscard]] static Result<QPair<QString, QJsonObject>> parse(const QString& text);

Q_SIGNALS:
    void sendRequested(const QString& tool, const QJsonObject& arguments);

private:
    void send();

    QPlainTextEdit* m_text = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace mcpauth
