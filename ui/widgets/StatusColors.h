#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace mcpauth {

// Colours that say something (failure, success, warning, a redirect, a message kind), readable on the
// palette in use: light and dark system themes alike. Each starts from a hue chosen for a light
// background and is made lighter or darker until it contrasts with the background at least
// kMinimumContrast (WCAG AA for body text).
class StatusColors final
{
public:
    enum class Kind { Error, Success, Warning, Info, Message };
    static constexpr double kMinimumContrast = 4.5;

    // The colour of `kind` on `background` (a view's Base, a dialog's Window).
    [[nodiscard]] static QColor color(Kind kind, const QColor& background);
    [[nodiscard]] static QColor color(Kind kind, const QPalette& palette, QPalette::ColorRole background);
    // WCAG 2 contrast ratio, from 1 (same) to 21 (black on white).
    [[nodiscard]] static double contrast(const QColor& a, const QColor& b);
    // Sets a label's (or any widget's) text colour for `kind` on its window background.
    static void apply(QWidget* widget, Kind kind);
};

} // namespace mcpauth
