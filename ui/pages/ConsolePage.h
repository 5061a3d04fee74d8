#pragma once

#include "backend/Capability.h"

#include <QWidget>

namespace mcpauth {

class Backend;
struct Error;

// One page of the main window (Applications, Tokens, …). The window's menus and toolbar act on the
// current page through these functions, so New, Delete, Refresh and Find mean the same everywhere.
class ConsolePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsolePage)

public:
    ConsolePage(Backend& backend, QWidget* parent = nullptr);
    ~ConsolePage() override;

    [[nodiscard]] virtual QString title() const = 0;
    // The capability without which the page cannot work; the window shows the backend's reason instead.
    [[nodiscard]] virtual Capability capability() const = 0;

    // Loads what the page shows from the backend (asynchronously).
    virtual void refresh() = 0;
    // Ctrl+F: focus the page's filter.
    virtual void focusFilter() { }
    // Ctrl+N and Delete; canCreate/canDelete decide whether the actions are enabled.
    [[nodiscard]] virtual bool canCreate() const { return false; }
    virtual void createNew() { }
    [[nodiscard]] virtual bool canDelete() const { return false; }
    virtual void deleteSelected() { }

Q_SIGNALS:
    // A short message for the status bar ("Application 'cursor' saved.").
    void statusMessage(const QString& text);
    // canCreate or canDelete may have changed (selection, capabilities).
    void actionsChanged();

protected:
    [[nodiscard]] Backend& backend() const { return m_backend; }
    // A failed call: the sentence in the status bar and, when `interactive`, a message box whose
    // details hold the technical side.
    void reportError(const QString& what, const Error& error, bool interactive = false);

private:
    Backend& m_backend;
};

} // namespace mcpauth
