#pragma once

#include "common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace mcpauth {

// Calls one of the tools a server listed: a form built from the tool's input schema (string,
// number, integer, boolean and enum properties; required ones marked), whose values become the
// tools/call arguments. Other property types (objects, arrays) are entered as JSON text.
class ToolCallForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolCallForm)

public:
    explicit ToolCallForm(QWidget* parent = nullptr);

    // tools/list's tools; empty: no run has listed any yet.
    void setTools(const QJsonArray& tools);
    [[nodiscard]] QString toolName() const;
    // The arguments as the form describes them, checked against the schema's types and required list.
    [[nodiscard]] Result<QJsonObject> arguments() const;
    void setCallEnabled(bool enabled);

Q_SIGNALS:
    void callRequested(const QString& tool, const QJsonObject& arguments);

private:
    void buildFields();

    QJsonArray m_tools;
    QComboBox* m_tool = nullptr;
    QLabel* m_description = nullptr;
    QWidget* m_fieldsBox = nullptr;
    QFormLayout* m_fields = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_call = nullptr;
    QList<QPair<QString, QWidget*>> m_editors; // property name, its editor
};

} // namespace mcpauth
