#pragma once

#include "common/Result.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mcpauth {

// Edits a recorded JSON-RPC request before it is sent again. The flow engine sends requests of the
// user's own only at the end of a connection, so re-sending runs the connection again and ends with the
// edited request (a tools/call as the connection's tool call). initialize is part of every run (Run), and
// a notification has no answer to wait for: both are refused with the reason.
class ResendDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResendDialog)

public:
    ResendDialog(const QByteArray& request, QWidget* parent = nullptr);

    // The edited request as its method and params; an error says what is wrong in it, and its field
    // names the member ("request", "method", "id", "params", "params.name", "params.arguments").
    [[nodiscard]] static Result<QPair<QString, QJsonObject>> parse(const QString& text);

Q_SIGNALS:
    void sendRequested(const QString& method, const QJsonObject& params);

private:
    void send();

    QPlainTextEdit* m_text = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace mcpauth
