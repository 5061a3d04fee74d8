#pragma once

#include "domain/FieldError.h"

#include <QHash>
#include <QObject>

class QLabel;
class QWidget;

namespace mcpauth {

// The inline validation of an editor: one label under each field that shows the domain's message for
// that field (FieldError::field), and one general label for messages about fields the editor does
// not show. Labels are hidden while their field is fine.
class FieldErrorLabels final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldErrorLabels)

public:
    explicit FieldErrorLabels(QWidget* parent);
    ~FieldErrorLabels() override;

    // A label for `field` (objectName "<field>ErrorLabel"), for the caller to put under the field.
    [[nodiscard]] QLabel* labelFor(const QString& field);
    // For messages about fields without a label of their own (objectName "generalErrorLabel").
    [[nodiscard]] QLabel* generalLabel();
    // Shows `errors`, each under its field; all labels without a message are hidden.
    void show(const ValidationErrors& errors);
    // One error (from a save that failed on the backend): under its field when known.
    void show(const Error& error);
    void clear();
    // The message shown for `field`, empty when none.
    [[nodiscard]] QString message(const QString& field) const;

private:
    [[nodiscard]] QLabel* makeLabel(const QString& objectName);
    void growToFit();

    QWidget* m_parent = nullptr;
    QHash<QString, QLabel*> m_labels;
    QLabel* m_general = nullptr;
};

} // namespace mcpauth
