#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace mcpauth {

// A window-modal question with a destructive action named on its button (never "Yes"), opened with
// open(): `accepted` runs when the user confirms. Escape and the other button cancel.
class Confirmation
{
public:
    static void ask(QWidget* parent, const QString& title, const QString& text, const QString& actionText,
        std::function<void()> accepted);
};

} // namespace mcpauth
