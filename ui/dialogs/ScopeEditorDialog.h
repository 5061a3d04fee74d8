#pragma once

#include "domain/Scope.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace mcpauth {

class Backend;
class FieldErrorLabels;

// Adds a scope to an organization or edits one's display name and description (the consent page shows
// both), with the domain's validation under each field.
class ScopeEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopeEditorDialog)

public:
    // A new scope (empty `scope.id`, with its organizationId set) or an existing one.
    ScopeEditorDialog(Backend& backend, const Scope& scope, QWidget* parent = nullptr);
    ~ScopeEditorDialog() override;

    [[nodiscard]] bool isNew() const { return m_original.id.isEmpty(); }
    [[nodiscard]] Scope scope() const;

Q_SIGNALS:
    void saved(const Scope& scope);

private:
    void validate();
    void save();

    Backend& m_backend;
    Scope m_original;
    bool m_saving = false;
    FieldErrorLabels* m_errors = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_displayName = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace mcpauth
