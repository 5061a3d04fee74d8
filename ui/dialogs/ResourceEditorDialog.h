#pragma once

#include "domain/Resource.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace mcpauth {

class Backend;
class FieldErrorLabels;

// Adds or edits a resource (an MCP server): its canonical URI, checked as typed against RFC 8707 and
// the MCP rules (Resource::checkCanonicalUri), its name and description. Scopes and the tool map are
// edited on the page.
class ResourceEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceEditorDialog)

public:
    ResourceEditorDialog(Backend& backend, const Resource& resource, QWidget* parent = nullptr);
    ~ResourceEditorDialog() override;

    [[nodiscard]] bool isNew() const { return m_original.id.isEmpty(); }
    [[nodiscard]] Resource resource() const;

Q_SIGNALS:
    void saved(const Resource& resource);

private:
    void validate();
    void save();

    Backend& m_backend;
    Resource m_original;
    bool m_organizationsLoaded = false;
    bool m_saving = false;
    FieldErrorLabels* m_errors = nullptr;
    QComboBox* m_organization = nullptr;
    QLineEdit* m_uri = nullptr;
    QLineEdit* m_displayName = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace mcpauth
